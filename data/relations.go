package data

import _ "embed"

// Relations is the relation trigger lexicon (see extract/lexicon).
//
//go:embed relations.txt
var Relations []byte
