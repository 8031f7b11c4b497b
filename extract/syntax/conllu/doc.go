// Package conllu reads the CoNLL-U format of the Universal Dependencies
// treebanks (https://universaldependencies.org/format.html): one token a
// line, ten tab-separated fields, sentences separated by a blank line,
// comments starting with '#'.
//
// Only the basic tree is kept: multiword-token range lines ("2-3 don't")
// and empty nodes ("8.1") are skipped, as the tagger and the parser work on
// syntactic words. Errors name the file and the line.
//
// Label normalisation: UD v2.14 renamed the subtypes tmod and npmod to
// unmarked (obl:tmod, obl:npmod → obl:unmarked; nmod:tmod, nmod:npmod →
// nmod:unmarked; advmod:tmod → advmod:unmarked). With Reader.Normalize set,
// older treebanks are read in the new scheme, the one English EWT and PUD
// use now, so a model never learns two labels for one relation.
package conllu
