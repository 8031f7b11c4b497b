// Package tables writes the results of package analysis for people and
// other programs, and reads the tables back: influence.tsv,
// communities.tsv, triads.tsv, bridges.tsv and ego tables (tab-separated,
// a header line, floats with 6 decimals, tabs and line breaks in names
// become spaces), one JSON document and one Markdown report of a whole
// analysis, and the same for windows over time and for the comparison of
// two graphs. The computation stays in package analysis; the same results
// always give the same bytes.
package tables
