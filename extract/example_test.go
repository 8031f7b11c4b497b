package extract_test

import (
	"context"
	"fmt"
	"log"

	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/extract/document"
)

// Extract finds the relations of a document, each with its evidence
// sentence, PLOVER type, score and modality: the denied meeting is kept,
// marked negated, for the graph to leave out, and the refusal itself is a
// relation (REJECT).
func ExampleExtractor_Extract() {
	x, err := extract.New(extract.Options{})
	if err != nil {
		log.Fatal(err)
	}
	doc := document.Document{ID: "a", Text: "Russia attacked Ukraine on Monday. Iran said it would not meet Israel."}
	events, err := x.Extract(context.Background(), doc)
	if err != nil {
		log.Fatal(err)
	}
	for _, e := range events {
		fmt.Printf("%s %s %s (%s, %+g): %s\n", e.Source.ID, e.Type, e.Target.ID, e.Modality, e.Weight, e.Text)
	}
	// Output:
	// RUS ASSAULT UKR (asserted, -9): Russia attacked Ukraine on Monday.
	// IRN CONSULT ISR (negated, +2.5): Iran said it would not meet Israel.
	// IRN REJECT ISR (asserted, -2): Iran said it would not meet Israel.
}
