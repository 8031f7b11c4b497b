package data

import "embed"

// Rules holds the extractor's rule tables (rules/*.txt) and word lists
// (words/*.txt); see package extract/rules for their formats.
//
//go:embed rules/*.txt words/*.txt
var Rules embed.FS
