package data

import _ "embed"

// PloverScores is the PLOVER type/mode → conflict-cooperation score table
// (-10..+10), from the PLOVER manual (openeventdata/PLOVER), with ACCUSE's
// sign typo corrected to -3.
//
//go:embed plover_scores.tsv
var PloverScores []byte
