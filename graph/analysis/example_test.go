package analysis_test

import (
	"fmt"
	"os"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/analysis"
)

func Example() {
	// Two allies consult each other and both attack a third actor. The
	// attacked actor is the most central: conflict is interaction too, and
	// its strong ties make it the shortest path between the allies
	// (distance 1/10 + 1/10 < 1/2). Communities separate the allies from
	// the actor they fight.
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
	analysis.WriteInfluence(os.Stdout, scores)

	p, err := analysis.Communities(g, analysis.CommunityOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	analysis.WriteCommunities(os.Stdout, p)
	fmt.Println("Q =", analysis.FormatFloat(p.Modularity))
	// Output:
	// rank	id	name	degree	strength	cooperation	conflict	betweenness	harmonic	harmonic_norm	eigenvector	pagerank	composite	closeness	degree_pos	degree_neg	eigenvector_coop	eigenvector_conf	pagerank_coop	pagerank_conf	core	broker
	// 1	ISR	Israel	2	20.000000	0.000000	20.000000	1.000000	20.000000	10.000000	0.681713	0.532164	1.000000	10.000000	0	2	0.000000	0.707107	0.069767	0.574468	2	0
	// 2	IRN	Iran	2	12.000000	2.000000	10.000000	0.000000	15.000000	7.500000	0.517333	0.233918	0.509687	6.666667	1	1	0.707107	0.500000	0.465116	0.212766	2	0
	// 3	SYR	Syria	2	12.000000	2.000000	10.000000	0.000000	15.000000	7.500000	0.517333	0.233918	0.509687	6.666667	1	1	0.707107	0.500000	0.465116	0.212766	2	0
	// community	size	id	name	cooperation_in	conflict_in	cooperation_out	conflict_out
	// 0	2	IRN	Iran	2.000000	0.000000	0.000000	10.000000
	// 0	2	SYR	Syria	2.000000	0.000000	0.000000	10.000000
	// 1	1	ISR	Israel	0.000000	0.000000	0.000000	20.000000
	// Q = 0.454545
}
