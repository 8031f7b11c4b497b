package report_test

import (
	"bytes"
	"context"
	"fmt"
	"log"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/report"
)

// Write makes one self-contained page: the drawing, influence, blocs,
// structural balance and every relation with its evidence, linked to its
// article. The zero Options run the analyses with their defaults.
func ExampleWrite() {
	g := &graph.Graph{Title: "Syria",
		Nodes: []graph.Node{{ID: "RUS", Name: "Russia"}, {ID: "SYR", Name: "Syria"}},
		Edges: []graph.Edge{{Source: "RUS", Target: "SYR", Type: "SUPPORT", Directed: true, Quad: 1, Label: "backs", Count: 1, Documents: 1,
			Weight: 5, Cooperation: 5, Evidence: []graph.Evidence{{Doc: "a", Text: "Russia backs Syria.", Trigger: "backs",
				URL: "https://example.org/a"}}}}}
	var page bytes.Buffer
	if err := report.Write(context.Background(), &page, g, report.Options{Names: map[string][]string{"RUS": {"Moscow"}}}); err != nil {
		log.Fatal(err)
	}
	for _, want := range []string{"<svg", `id="influence"`, "Russia <b>backs</b> Syria.", `href="https://example.org/a"`, "Moscow"} {
		fmt.Println(want, strings.Contains(page.String(), want))
	}
	// Output:
	// <svg true
	// id="influence" true
	// Russia <b>backs</b> Syria. true
	// href="https://example.org/a" true
	// Moscow true
}
