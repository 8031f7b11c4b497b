// Command actorgraph turns news articles into an actor graph.
//
// Usage:
//
//	actorgraph extract [flags] FILE|DIR|- ...   relation mentions as JSON Lines
//	actorgraph build   [flags] [EVENTS.jsonl|-] events → graph JSON
//	actorgraph analyze [flags] [GRAPH.json|-]   influence or community table (TSV)
//	actorgraph render  [flags] [GRAPH.json|-]   DOT, SVG or PNG drawing
//	actorgraph run     [flags] INPUT... -o DIR  all of the above into DIR
//	actorgraph import  -format gdelt|icews|polecat|acled FILE...  coded events → JSON Lines
//
// Inputs are .txt, .md, .html and .jsonl files ({"id", "text", "title",
// "date", "url"} per line), directories of them, or - for standard input.
// Flags may follow the inputs. Every output file is written atomically.
//
// Exit status: 0 on success; 1 if an input could not be processed (each
// such problem is printed as "actorgraph: FILE: problem" and the other
// inputs are still processed) or on any other failure; 2 for a usage
// error. "actorgraph COMMAND -h" prints each command's flags and the
// formulas it uses.
package main
