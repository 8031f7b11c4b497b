package analysis_test

import (
	"fmt"
	"math/rand/v2"

	"gonum.org/v1/gonum/graph/community"
	"gonum.org/v1/gonum/graph/path"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/analysis"
)

func Example() {
	// Two allies consult each other and both attack a third actor. The
	// attacked actor is the most central by strength and betweenness:
	// conflict is interaction too, and its strong ties make it the shortest
	// path between the allies (distance 1/10 + 1/10 < 1/2). Communities
	// separate the allies from the actor they fight.
	g := &graph.Graph{
		Nodes: []graph.Node{{ID: "IRN", Name: "Iran"}, {ID: "ISR", Name: "Israel"}, {ID: "SYR", Name: "Syria"}},
		Edges: []graph.Edge{
			{Source: "IRN", Target: "ISR", Type: "FIGHT", Directed: true, Quad: 4, Count: 1, Weight: -10, Conflict: 10},
			{Source: "IRN", Target: "SYR", Type: "CONSULT", Quad: 1, Count: 2, Weight: 2, Cooperation: 2},
			{Source: "SYR", Target: "ISR", Type: "FIGHT", Directed: true, Quad: 4, Count: 1, Weight: -10, Conflict: 10},
		},
	}
	scores, err := analysis.Influence(g)
	if err != nil {
		fmt.Println(err)
		return
	}
	// Influence is PN centrality by default: Israel, attacked by both,
	// ranks last although it is the most central by strength.
	for _, s := range scores {
		fmt.Printf("%s influence %.3f, strength %g, betweenness %g, status %+g\n", s.ID, s.Influence, s.Strength, s.Betweenness, s.Status)
	}
	p, err := analysis.Communities(g, analysis.CommunityOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, c := range p.Communities {
		fmt.Println("community", c.ID, c.Members)
	}
	fmt.Printf("Q = %.6f\n", p.Modularity)
	// Output:
	// IRN influence 2.000, strength 12, betweenness 0, status +1
	// SYR influence 2.000, strength 12, betweenness 0, status +1
	// ISR influence -1.000, strength 20, betweenness 1, status -2
	// community 0 [IRN SYR]
	// community 1 [ISR]
	// Q = 0.454545
}

// The views of a Network are gonum graphs: any gonum algorithm reads them.
func ExampleNetwork() {
	g := &graph.Graph{
		Nodes: []graph.Node{{ID: "IRN", Name: "Iran"}, {ID: "ISR", Name: "Israel"}, {ID: "SYR", Name: "Syria"}},
		Edges: []graph.Edge{
			{Source: "IRN", Target: "ISR", Type: "FIGHT", Directed: true, Quad: 4, Count: 1, Weight: -10, Conflict: 10},
			{Source: "IRN", Target: "SYR", Type: "CONSULT", Quad: 1, Count: 2, Weight: 2, Cooperation: 2},
			{Source: "SYR", Target: "ISR", Type: "FIGHT", Directed: true, Quad: 4, Count: 1, Weight: -10, Conflict: 10},
		},
	}
	nw, err := analysis.NewNetwork(g)
	if err != nil {
		fmt.Println(err)
		return
	}
	// Shortest paths on distance 1/strength, by gonum.
	irn, _ := nw.Node("IRN")
	syr, _ := nw.Node("SYR")
	route, length := path.DijkstraFrom(nw.Distance().Node(irn), nw.Distance()).To(syr)
	for _, n := range route {
		fmt.Print(nw.ID(n.ID()), " ")
	}
	fmt.Printf("length %g\n", length)
	// Signed communities by gonum's Louvain on the two layers.
	r := community.ModularizeMultiplex(nw.Layers(), analysis.LayerWeights, nil, true, rand.NewPCG(1, 1))
	for _, c := range r.Communities() {
		var ids []string
		for _, n := range c {
			ids = append(ids, nw.ID(n.ID()))
		}
		fmt.Println(ids)
	}
	// Output:
	// IRN ISR SYR length 0.2
	// [IRN SYR]
	// [ISR]
}
