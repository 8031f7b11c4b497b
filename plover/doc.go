// Package plover describes the PLOVER event ontology as actorgraph uses it:
// the sixteen event types, their quad classes, human edge labels, and the
// signed conflict-cooperation score of each type and mode.
//
// Scores come from the PLOVER manual's score table (embedded from
// data/plover_scores.tsv): -10 is the most hostile act, +10 the most
// cooperative. Quad classes follow CAMEO/PLOVER: 1 verbal cooperation,
// 2 material cooperation, 3 verbal conflict, 4 material conflict.
package plover
