package analysis

import (
	"math"
	"slices"
	"testing"

	gonum "gonum.org/v1/gonum/graph"
	gnetwork "gonum.org/v1/gonum/graph/network"
	"gonum.org/v1/gonum/graph/simple"
	"gonum.org/v1/gonum/graph/topo"
	"gonum.org/v1/gonum/mat"

	"github.com/actorgraph/actorgraph/graph"
)

// crossGraphs are the graphs the own kernels are checked on against gonum.
func crossGraphs(t *testing.T) map[string]*graph.Graph {
	return map[string]*graph.Graph{
		"karate":      karate(t, false),
		"mixed":       mixed(t),
		"blocs":       blocs(),
		"middleeast":  refGraph(t, "middleeast"),
		"lesmis":      refGraph(t, "lesmis"),
		"random_300":  synthetic(300, 300, 5),
		"forest":      newGraph([]graph.Edge{consult("a", "b", 1), consult("b", "c", 2), consult("d", "e", 1)}, "f"),
		"random_1000": synthetic(1000, 1500, 9),
	}
}

// without is g less node x (and its edges), as a gonum graph.
func without(g gonum.Undirected, x int64) gonum.Undirected {
	h := simple.NewUndirectedGraph()
	for it := g.Nodes(); it.Next(); {
		if n := it.Node(); n.ID() != x {
			h.AddNode(n)
		}
	}
	for it := g.Nodes(); it.Next(); {
		u := it.Node().ID()
		for nb := g.From(u); nb.Next(); {
			if v := nb.Node().ID(); u < v && u != x && v != x {
				h.SetEdge(simple.Edge{F: simple.Node(u), T: simple.Node(v)})
			}
		}
	}
	return h
}

// TestStructureGonum checks core numbers against gonum's
// topo.DegeneracyOrdering, components against topo.ConnectedComponents,
// and brokers and bridges against
// topo.ConnectedComponents of the graph less each node and each edge.
func TestStructureGonum(t *testing.T) {
	for name, g := range crossGraphs(t) {
		t.Run(name, func(t *testing.T) {
			nw, err := NewNetwork(g)
			if err != nil {
				t.Fatal(err)
			}
			u := nw.Strength()
			cores := CoreNumbers(u)
			_, shells := topo.DegeneracyOrdering(u)
			for k, nodes := range shells {
				for _, n := range nodes {
					if cores[n.ID()] != k {
						t.Errorf("node %s: core %d, gonum %d", nw.ID(n.ID()), cores[n.ID()], k)
					}
				}
			}
			comps := Components(u)
			var wantComps [][]int64
			for _, c := range topo.ConnectedComponents(u) {
				var ids []int64
				for _, n := range c {
					ids = append(ids, n.ID())
				}
				slices.Sort(ids)
				wantComps = append(wantComps, ids)
			}
			slices.SortFunc(wantComps, func(a, b []int64) int { return int(a[0] - b[0]) })
			if len(comps) != len(wantComps) {
				t.Fatalf("%d components, gonum %d", len(comps), len(wantComps))
			}
			for i := range wantComps {
				if !slices.Equal(comps[i], wantComps[i]) {
					t.Errorf("component %d: %v, gonum %v", i, comps[i], wantComps[i])
				}
			}
			if len(cores) > 300 {
				return // one components run per node: enough on the smaller graphs
			}
			base := len(topo.ConnectedComponents(u))
			brokers := Brokers(u)
			for v := int64(0); v < int64(nw.Len()); v++ {
				// Without v, the graph has one node fewer; an isolated v
				// takes its own component with it.
				want := len(topo.ConnectedComponents(without(u, v))) - base
				if u.From(v).Len() == 0 {
					want++
				}
				if brokers[v] != want {
					t.Errorf("node %s: broker %d, gonum components say %d", nw.ID(v), brokers[v], want)
				}
			}
			var want [][2]int64
			for it := u.Edges(); it.Next(); {
				e := it.Edge()
				h := simple.NewUndirectedGraph()
				gonum.Copy(h, u)
				h.RemoveEdge(e.From().ID(), e.To().ID())
				if len(topo.ConnectedComponents(h)) > base {
					want = append(want, [2]int64{e.From().ID(), e.To().ID()})
				}
			}
			if got := Bridges(u); !slices.Equal(got, want) {
				t.Errorf("bridges %v, gonum components say %v", got, want)
			}
		})
	}
}

// TestSpectralGonum checks eigenvector centrality against gonum/mat's
// EigenSym on the strength matrix (connected graphs: the principal
// eigenvector is unique), and PageRank against gonum's PageRankSparse on
// the directed view.
func TestSpectralGonum(t *testing.T) {
	for name, g := range crossGraphs(t) {
		t.Run(name, func(t *testing.T) {
			nw, _ := NewNetwork(g)
			u := nw.Strength()
			if len(topo.ConnectedComponents(u)) == 1 && nw.Len() <= 400 {
				var es mat.EigenSym
				if !es.Factorize(u.Matrix().(*mat.SymDense), true) {
					t.Fatal("EigenSym failed")
				}
				var vecs mat.Dense
				es.VectorsTo(&vecs)
				v := mat.Col(nil, nw.Len()-1, &vecs) // values ascending
				if v[0] < 0 {
					for i := range v {
						v[i] = -v[i]
					}
				}
				ev := Eigenvector(u)
				for i := range v {
					if math.Abs(ev[int64(i)]-v[i]) > 1e-6 {
						t.Errorf("eigenvector %s: %v, EigenSym %v", nw.ID(int64(i)), ev[int64(i)], v[i])
					}
				}
			}
			pr := PageRank(nw.Directed(), Damping)
			gp := gnetwork.PageRankSparse(nw.Directed(), Damping, 1e-13)
			for id, x := range pr {
				if math.Abs(x-gp[id]) > 1e-9 {
					t.Errorf("pagerank %s: %v, gonum %v", nw.ID(id), x, gp[id])
				}
			}
		})
	}
}
