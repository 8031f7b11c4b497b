// Command actorgraph turns news articles into an actor graph.
//
// Usage:
//
//	actorgraph extract [flags] FILE|DIR|- ...          find actors and relations in articles; print JSON Lines events
//	actorgraph build [flags] [EVENTS.jsonl|-]          aggregate events into an actor graph (JSON)
//	actorgraph analyze [flags] [GRAPH.json|-]          influence and community tables of a graph
//	actorgraph render [flags] [GRAPH.json|-]           draw a graph as DOT, SVG or PNG
//	actorgraph run [flags] INPUT... -o DIR             all of it: events, graph, tables and drawings in DIR
//	actorgraph why [flags] ACTOR ACTOR [GRAPH.json|-]  the evidence behind the relations between two actors
//	actorgraph report [flags] [GRAPH.json|-]           one self-contained HTML report: drawing, tables, evidence
//	actorgraph diff [flags] A.json B.json              what changed between two graphs: new, lost and flipped relations, influence moves
//	actorgraph import -format F [flags] FILE|- ...     coded events (GDELT, ICEWS, POLECAT, ACLED) as JSON Lines events
//	actorgraph version                                 print the version of actorgraph
//
// Inputs are .txt, .md, .html and .jsonl files ({"id", "text", "title",
// "date", "url"} per line), directories of them, or - for standard input;
// a command that reads standard input from a terminal says so. Flags may
// follow the inputs. Every output file is written atomically. Each command
// checks that its input is what it reads (events for build, a graph for
// analyze, render, report, why and diff) and says what it was given
// instead.
//
// Exit status: 0 on success; 1 if an input could not be processed (each
// such problem is printed as "actorgraph: FILE: problem" and the other
// inputs are still processed), if an actor name fits no actor or several,
// or on any other failure; 2 for a usage error (an unknown flag or value,
// a missing argument). "actorgraph COMMAND -h" prints each command's flags
// and the formulas it uses.
package main
