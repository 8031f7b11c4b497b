package actorgraph_test

import (
	"context"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/export"
	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/extract/document"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/analysis"
)

// The whole pipeline: extract relations from an article, build the graph,
// analyse it and draw it. The README shows this program.
func Example() {
	ctx := context.Background()
	x, err := extract.New(extract.Options{}) // the built-in dictionary and lexicon
	if err != nil {
		log.Fatal(err)
	}
	doc := document.Document{ID: "a", Date: "2022-02-24",
		Text: "Russia attacked Ukraine on Thursday. The United States condemned Russia."}
	events, err := x.Extract(ctx, doc)
	if err != nil {
		log.Fatal(err)
	}
	g := graph.Build(events, graph.Options{Title: "February 2022"})
	scores, err := analysis.InfluenceWith(g, analysis.Options{}) // PN centrality
	if err != nil {
		log.Fatal(err)
	}
	for _, e := range g.Edges {
		fmt.Println(e.Source, e.Label, e.Target)
	}
	// PN centrality counts adversaries against an actor: Russia, in
	// conflict with both, ranks last.
	fmt.Println("most influential:", scores[0].Name)

	// The drawing: the zero Options would compute the same influence and
	// communities; here the scores are passed.
	f, err := os.Create(filepath.Join(os.TempDir(), "february.svg"))
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	opt := export.Options{Influence: analysis.Scaled(scores), InfluenceName: analysis.DefaultMeasure.Title()}
	if err := export.Render(ctx, f, g, export.SVG, opt); err != nil {
		log.Fatal(err)
	}
	// Output:
	// RUS attacks UKR
	// USA accuses RUS
	// most influential: Ukraine
}

// The README's example program is this Example: every statement of its
// body is in the README, so that a Go user copies a program that runs.
func TestREADMEExample(t *testing.T) {
	src, err := os.ReadFile("example_test.go")
	if err != nil {
		t.Fatal(err)
	}
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	body := string(src)
	body = body[strings.Index(body, "func Example() {"):strings.Index(body, "// Output:")]
	for _, line := range strings.Split(body, "\n") {
		l := strings.TrimSpace(line)
		if l == "" || strings.HasPrefix(l, "//") || strings.HasPrefix(l, "func Example") || strings.Contains(l, "TempDir") {
			continue
		}
		if !strings.Contains(string(readme), l) {
			t.Errorf("README's example lacks %q", l)
		}
	}
}
