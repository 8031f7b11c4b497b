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
// The analyses read strength (influence), 1/strength (path distances) and the
// signed cooperation/conflict layers (communities). Only asserted mentions
// become edges unless Options.Modalities says otherwise.
package graph
