package graph_test

import (
	"fmt"

	"github.com/actorgraph/actorgraph/event"
	"github.com/actorgraph/actorgraph/graph"
)

// Build aggregates relation mentions into edges at the organisation
// level: Kerry and Lavrov are their states, two sentences make a count of
// 2, and the negated mention is left out unless Options.Modalities asks
// for it, in which case the edge says so.
func ExampleBuild() {
	kerry := event.Actor{ID: "JOHN_KERRY", Name: "John Kerry", Kind: "person", Country: "USA", Sector: "GOV", Affiliation: "USA"}
	lavrov := event.Actor{ID: "SERGEI_LAVROV", Name: "Sergei Lavrov", Kind: "person", Country: "RUS", Sector: "GOV", Affiliation: "RUS"}
	meet := func(doc string, sentence int, modality string) event.Event {
		return event.Event{Doc: doc, Sentence: sentence, Source: kerry, Target: lavrov, Type: "CONSULT", Weight: 2.5, Modality: modality,
			Text: "Kerry met Lavrov."}
	}
	events := []event.Event{meet("a", 0, event.Asserted), meet("b", 3, event.Asserted), meet("c", 1, event.Negated)}

	g := graph.Build(events, graph.Options{})
	for _, e := range g.Edges {
		fmt.Printf("%s %s %s: %d mentions in %d documents, weight %g\n", e.Source, e.Label, e.Target, e.Count, e.Documents, e.Weight)
	}
	all := graph.Build(events, graph.Options{Modalities: []string{event.Asserted, event.Negated}})
	fmt.Println("with negated mentions:", all.Edges[0].Count, "mentions, not asserted:", all.Edges[0].Modalities)
	// Output:
	// RUS talks with USA: 2 mentions in 2 documents, weight 5
	// with negated mentions: 3 mentions, not asserted: map[negated:1]
}
