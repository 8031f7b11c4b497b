package analysis

import (
	"fmt"
	"math"
	"testing"

	gonum "gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/simple"
	"gonum.org/v1/gonum/graph/testgraph"

	"github.com/actorgraph/actorgraph/graph"
)

// viewCase builds one view of an actor graph made from testgraph's nodes
// and edges: every test edge becomes a relation of score w (cooperation,
// or conflict when the view is of conflict or signs), and want is the
// weight the view must report for it.
type viewCase struct {
	name     string
	directed bool
	conflict bool
	view     func(nw *Network) gonum.Graph
	want     func(w float64) float64
	absent   float64
}

var viewCases = []viewCase{
	{"Strength", false, false, func(nw *Network) gonum.Graph { return nw.Strength() }, func(w float64) float64 { return w }, 0},
	{"Distance", false, false, func(nw *Network) gonum.Graph { return nw.Distance() }, func(w float64) float64 { return 1 / w }, math.Inf(1)},
	{"Signed", false, true, func(nw *Network) gonum.Graph { return nw.Signed() }, func(float64) float64 { return -1 }, 0},
	{"Cooperation", false, false, func(nw *Network) gonum.Graph { return nw.Layers().Layer(0) }, func(w float64) float64 { return w }, 0},
	{"Conflict", false, true, func(nw *Network) gonum.Graph { return nw.Layers().Layer(1) }, func(w float64) float64 { return -w }, 0},
	{"Directed", true, false, func(nw *Network) gonum.Graph { return nw.Directed() }, func(w float64) float64 { return w }, 0},
	{"DirectedConflict", true, true, func(nw *Network) gonum.Graph { return nw.DirectedConflict() }, func(w float64) float64 { return w }, 0},
	{"SignedDirected", true, true, func(nw *Network) gonum.Graph { return nw.SignedDirected() }, func(float64) float64 { return -1 }, 0},
}

// builder is a testgraph.Builder for one view. The views number their
// nodes 0..n−1, so cases whose node IDs are not that are skipped, as are
// self-loops (an actor graph has none); of an undirected view's repeated
// pairs, the first is kept.
func (c viewCase) builder(nodes []gonum.Node, edges []testgraph.WeightedLine, _, _ float64) (g gonum.Graph, n []gonum.Node, e []testgraph.Edge, s, a float64, ok bool) {
	ids := map[int64]bool{}
	for _, x := range nodes {
		ids[x.ID()] = true
	}
	type pair struct{ a, b int64 }
	seen := map[pair]bool{}
	var kept []testgraph.WeightedLine
	for _, l := range edges {
		f, t := l.From().ID(), l.To().ID()
		if f == t {
			continue
		}
		k := pair{f, t}
		if !c.directed && f > t {
			k = pair{t, f}
		}
		if seen[k] {
			continue
		}
		seen[k] = true
		ids[f], ids[t] = true, true
		kept = append(kept, l)
	}
	if len(kept) == 0 && len(edges) != 0 {
		return nil, nil, nil, 0, 0, false
	}
	for i := range ids {
		if i < 0 || i >= int64(len(ids)) {
			return nil, nil, nil, 0, 0, false
		}
	}
	name := func(i int64) string { return fmt.Sprintf("n%03d", i) }
	ag := &graph.Graph{}
	for i := 0; i < len(ids); i++ {
		ag.Nodes = append(ag.Nodes, graph.Node{ID: name(int64(i))})
		n = append(n, simple.Node(i))
	}
	for _, l := range kept {
		f, t, w := l.From().ID(), l.To().ID(), l.Weight()
		ge := graph.Edge{Source: name(f), Target: name(t), Type: "X", Directed: c.directed, Count: 1, Weight: w, Cooperation: w}
		if c.conflict {
			ge.Weight, ge.Cooperation, ge.Conflict = -w, 0, w
		}
		if !c.directed && f > t {
			ge.Source, ge.Target = ge.Target, ge.Source
		}
		ag.Edges = append(ag.Edges, ge)
		e = append(e, simple.WeightedEdge{F: simple.Node(f), T: simple.Node(t), W: c.want(w)})
	}
	nw, err := NewNetwork(ag)
	if err != nil {
		panic(err)
	}
	return c.view(nw), n, e, 0, c.absent, true
}

// TestViewsConform runs gonum's conformance suite on every view.
func TestViewsConform(t *testing.T) {
	for _, c := range viewCases {
		b := c.builder
		t.Run(c.name, func(t *testing.T) {
			t.Run("AdjacencyMatrix", func(t *testing.T) { testgraph.AdjacencyMatrix(t, b) })
			t.Run("EdgeExistence", func(t *testing.T) { testgraph.EdgeExistence(t, b, true) })
			t.Run("NodeExistence", func(t *testing.T) { testgraph.NodeExistence(t, b) })
			t.Run("ReturnAdjacentNodes", func(t *testing.T) { testgraph.ReturnAdjacentNodes(t, b, true, true) })
			t.Run("ReturnAllEdges", func(t *testing.T) { testgraph.ReturnAllEdges(t, b, true) })
			t.Run("ReturnAllNodes", func(t *testing.T) { testgraph.ReturnAllNodes(t, b, true) })
			t.Run("ReturnAllWeightedEdges", func(t *testing.T) { testgraph.ReturnAllWeightedEdges(t, b, true) })
			t.Run("ReturnNodeSlice", func(t *testing.T) { testgraph.ReturnNodeSlice(t, b, true) })
			t.Run("Weight", func(t *testing.T) { testgraph.Weight(t, b) })
		})
	}
}
