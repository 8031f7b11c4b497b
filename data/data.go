package data

import _ "embed"

// PloverScores is the PLOVER type/mode → conflict-cooperation score table
// (-10..+10), from the PLOVER manual (openeventdata/PLOVER), with ACCUSE's
// sign typo corrected to -3.
//
//go:embed plover_scores.tsv
var PloverScores []byte

// Cameo2Plover maps CAMEO event codes to PLOVER types and modes
// (openeventdata/PLOVER, CAMEO2PLOVER-2021): tab-separated cameo_code,
// plover_event, plover_mode, plover_context, cameo_description. The feed
// importers (package feed) read it for GDELT and ICEWS.
//
//go:embed cameo2plover.tsv
var Cameo2Plover []byte
