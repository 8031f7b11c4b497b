// Package event holds the types that extraction produces and the graph
// consumes: a relation mention (Event), its actors (Actor) and the pieces
// of text that are its evidence (Span), with the modality values and the
// sector vocabulary both sides share. It depends on nothing else in the
// project, so the graph and analysis layers can be used without the
// extractor, and events coded elsewhere can enter at this point.
package event
