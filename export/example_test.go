package export_test

import (
	"context"
	"fmt"
	"log"
	"os"
	"strings"

	"github.com/actorgraph/actorgraph/export"
	"github.com/actorgraph/actorgraph/graph"
)

// Render draws a graph for a page column (7 × 8 inches by default): the
// zero Options compute influence and blocs as 'actorgraph run' does. Write
// gives the same graph to other tools; GEXF carries the drawing's colours,
// sizes and positions for Gephi.
func ExampleRender() {
	g := &graph.Graph{Title: "Syria",
		Nodes: []graph.Node{{ID: "RUS", Name: "Russia"}, {ID: "SYR", Name: "Syria"}, {ID: "USA", Name: "United States"}},
		Edges: []graph.Edge{
			{Source: "RUS", Target: "SYR", Type: "SUPPORT", Directed: true, Quad: 1, Label: "backs", Count: 3, Documents: 2, Weight: 15, Cooperation: 15},
			{Source: "RUS", Target: "USA", Type: "CONSULT", Quad: 1, Label: "talks with", Count: 1, Documents: 1, Weight: 2.5, Cooperation: 2.5},
		}}
	var svg strings.Builder
	if err := export.Render(context.Background(), &svg, g, export.SVG, export.Options{}); err != nil {
		log.Fatal(err)
	}
	fmt.Println(strings.Count(svg.String(), `class="node"`), "actors drawn")

	if err := export.Write(os.Stdout, g, export.CSVEdges, export.Options{}); err != nil {
		log.Fatal(err)
	}
	// Output:
	// 3 actors drawn
	// source,target,type,label,directed,quad,quad_name,count,documents,weight,score,cooperation,conflict,modes,evidence,evidence_doc,evidence_date,evidence_url,not_asserted
	// RUS,SYR,SUPPORT,backs,true,1,verbal cooperation,3,2,15,15,15,0,,,,,,
	// RUS,USA,CONSULT,talks with,false,1,verbal cooperation,1,1,2.5,2.5,2.5,0,,,,,,
}
