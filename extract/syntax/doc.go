// Package syntax tags and parses English sentences: an averaged-perceptron
// part-of-speech tagger (UD universal tags and Penn Treebank tags) and a
// greedy transition-based dependency parser giving Universal Dependencies
// trees with full labels (nsubj:pass, obl:agent, nmod:poss, acl:relcl, ...).
// Pure Go, deterministic, safe for concurrent use; the model is embedded.
//
//	m, err := syntax.Default()
//	t := m.Parse([]string{"The", "rebels", "were", "backed", "by", "Russia", "."})
//	// t.Head[1] == 3, t.Rel[1] == "nsubj:pass"; t.Rel[5] == "obl:agent"
//
// Words must be tokenised as UD English does: "Russia" "'s", "do" "n't",
// "US" "-" "led" (hyphenated words split, "-" a token of its own).
//
// # Tagger
//
// Greedy, left to right: one decision per word among joint "XPOS UPOS"
// classes ("VBN VERB", "NNP PROPN"), averaged perceptron (Collins 2002),
// features after Ratnaparkhi (1996) and Honnibal's textblob-aptagger: the
// word, its lower-case form with digits as 0, prefixes and suffixes of one
// to four characters, its shape (Xxxx, dddd, x-x), neighbours' words,
// shapes and suffixes, the two previous tags, and ambiguity classes (the
// set of tags a word had in training) of the word and the next two.
//
// # Parser
//
// Arc-hybrid (Kuhlmann et al. 2011) with the root at the end of the
// buffer, so that the output is always a tree with one root; labelled
// transitions scored by an averaged perceptron over the templates of Zhang
// and Nivre (2011) (words, tags, distance, valency, children's labels and
// label sets), trained with the dynamic oracle of Goldberg and Nivre (2013)
// and error exploration, on tags predicted by jackknifing (5 folds).
// Non-projective training trees are projectivised by lifting (Nivre and
// Nilsson 2005, labels unchanged); the parser only builds projective trees.
//
// # Model
//
// Features are hashed to 64-bit keys; the averaged weights are quantised
// to int16, features updated fewer than twice dropped, and the file
// (varints, gzip) embedded. Training is integer arithmetic over sorted and
// seeded iteration, so "go generate" rebuilds the same bytes.
//
// The training data, copied in treebank/ with its licences, is UD English
// EWT (dev and test: the training split is not available here; web text)
// and English PUD (news and Wikipedia), CC BY-SA; the model is a derived
// work and ships under CC BY-SA 4.0 (treebank/NOTICE). The older subtypes
// tmod and npmod are read as unmarked (see package conllu).
//
// # Accuracy
//
// See ACCURACY.md: measured by "go run ./internal/train -eval" (make
// syntax-eval) on data the models did not train on.
package syntax
