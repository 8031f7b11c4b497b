// Package graph aggregates relation mentions (event.Event) into a
// weighted, signed, typed actor graph, and reads and writes it as JSON.
//
// # Aggregation
//
// Events are first mapped to graph nodes by a Level (see Level). For every
// (source, target, type) the graph keeps one Edge with
//
//	count     = number of mentions: sentences that state the relation
//	            (a sentence counts once per pair and type at the level)
//	documents = number of distinct documents
//	weight    = Σ signed PLOVER scores of the mentions
//
// Symmetric types (CONSULT, AGREE, COOPERATE) are undirected: their endpoints
// are stored in sorted order. For every unordered actor pair, Pairs derives
//
//	cooperation = Σ positive scores      (quads 1 and 2)
//	conflict    = Σ |negative scores|    (quads 3 and 4)
//	net         = cooperation − conflict
//	strength    = cooperation + conflict (interaction strength)
//
// A sentence repeated by near-duplicate documents (event.Event.CopyOf: a
// syndicated or republished story) counts once, with the copies listed in
// its evidence; documents counts the copies as one.
//
// # Combining
//
// Build is an Accumulator fed every event. An Accumulator can be split
// (create, add, merge, extract: the shape of a Beam CombineFn) and its
// parts merged in any order with the same result, byte for byte, so the
// distributed pipeline in beam/ aggregates with this very code.
//
// The analyses read strength (influence), 1/strength (path distances) and the
// signed cooperation/conflict layers (communities). Only asserted mentions
// become edges unless Options.Modalities says otherwise.
//
// # Time
//
// BuildDated also splits every edge's figures by the date of its
// documents (Edge.Dates) and counts the documents of every date
// (Graph.Dates): it partitions the events by date and calls Build on each
// part, which adds up to the whole since a document has one date. From
// such a graph, Between cuts the relations stated from one date to
// another, and Series cuts the whole period into windows (ParseWindow:
// 1w, 2w, 1m, 1q, 1y, ...; weeks start on Monday, months on the 1st),
// empty windows included. A graph without dates can be cut only if its
// evidence holds every mention (built with MaxEvidence 0).
package graph
