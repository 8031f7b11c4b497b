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
// classes ("VBN VERB", "NNP PROPN"; pairs seen fewer than 10 times fall
// back on their XPOS's commonest pair), averaged perceptron (Collins 2002),
// features after Ratnaparkhi (1996) and Honnibal's textblob-aptagger: the
// word, its lower-case form with digits as 0, prefixes and suffixes of one
// to four characters, its shape (Xxxx, dddd, x-x), neighbours' words,
// shapes and suffixes, the two previous tags, and ambiguity classes (the
// set of tags a word had in training) of the word and the next two. In
// training a word's ambiguity class leaves out its own sentence, so words
// seen once look unknown and the unknown-word features learn. For unknown
// words the tagger also reads WordNet 3.0 (lexicon/wordnet.txt: which of
// noun, verb, adjective, adverb a word can be, names, irregular forms) and
// the regular inflection that leads to a WordNet base ("studied" → study).
//
// # Parser
//
// Arc-hybrid (Kuhlmann et al. 2011) with the root at the end of the
// buffer, so that the output is always a tree with one root. Transitions
// (shift, left, right) are scored by an averaged perceptron over the
// templates of Zhang and Nivre (2011) (words, fine and universal tags,
// distance, valency, children's labels and label sets) read at the
// arc-hybrid positions; the label of an arc is then chosen by a second
// perceptron over the head, the dependent, their children (the "by" under
// an agent) and direction. Training uses the dynamic oracle of Goldberg and
// Nivre (2013) with error exploration (p = 0.9 from the second epoch), 15
// epochs, on tags predicted by jackknifing (5 folds). Non-projective
// training trees are projectivised by lifting (Nivre and Nilsson 2005,
// labels unchanged); the parser builds projective trees only.
//
// # Model
//
// Features are hashed to 64-bit keys; the averaged weights are quantised
// to int16 with one scale per model, features updated fewer than twice
// dropped, and the file (varints, gzip, about 7 MB) embedded. At run time
// the weights sit in open-addressing tables: 8-byte slots pointing at
// sparse or dense rows for the tagger and the labels, 12-byte slots with
// the three transition weights inline for the parser; about 20 MB in
// memory. Training is integer
// arithmetic over sorted and seeded iteration, so "go generate" rebuilds
// the same bytes (make check-generate checks it).
//
// The training data, copied in treebank/ with its licences, is UD English
// EWT (dev and test: the training split is not available here; web text)
// and English PUD (news and Wikipedia), CC BY-SA; the model is a derived
// work and ships under CC BY-SA 4.0 (treebank/NOTICE). The older subtypes
// tmod and npmod are read as unmarked (see package conllu), and PUD's
// passive agents, plain obl there, are relabelled obl:agent as in EWT.
// The shipped model trains on all three files except every 20th sentence
// of EWT test, which TestSmoke scores.
//
// # Accuracy
//
// On data the models did not train on (ACCURACY.md; make syntax-eval),
// CoNLL 2018 scoring (punctuation included, gold tokenisation):
//
//	                                   UPOS   XPOS   UAS    LAS
//	(a) trained on EWT, tested on PUD  0.942  0.938  0.786  0.743
//	(b) 5-fold cross-validation on PUD 0.957  0.954  0.814  0.781
//	    (EWT always in training)
//
// PUD is news and Wikipedia; EWT dev+test (50k words) is web text. The
// shipped model trains on both.
package syntax
