package analysis

import (
	"sort"

	gonum "gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/community"
	"gonum.org/v1/gonum/graph/iterator"
	"gonum.org/v1/gonum/graph/simple"
	"gonum.org/v1/gonum/mat"
)

// The views of an actor graph are gonum graphs: any gonum algorithm takes
// them, and the measures of this package take any gonum graph (and read
// these without copying).
var (
	_ gonum.WeightedUndirected      = (*Undirected)(nil)
	_ gonum.WeightedDirected        = (*Directed)(nil)
	_ community.UndirectedMultiplex = (*Multiplex)(nil)
	_ gonum.NodeSlicer              = (*csrNodes)(nil)
)

// adjacency is a compressed sparse row graph on the nodes 0..n−1: the
// neighbours of v are to[off[v]:off[v+1]], sorted, with weights w.
type adjacency struct {
	off []int32
	to  []int32
	w   []float64
}

func (a *adjacency) len() int { return len(a.off) - 1 }

func (a *adjacency) has(id int64) bool { return id >= 0 && id < int64(a.len()) }

// find returns the weight of the arc x→y.
func (a *adjacency) find(x, y int64) (float64, bool) {
	if !a.has(x) || !a.has(y) {
		return 0, false
	}
	nb := a.to[a.off[x]:a.off[x+1]]
	i := sort.Search(len(nb), func(i int) bool { return int64(nb[i]) >= y })
	if i < len(nb) && int64(nb[i]) == y {
		return a.w[int(a.off[x])+i], true
	}
	return 0, false
}

func (a *adjacency) nodes() gonum.Nodes {
	n := a.len()
	if n <= 0 {
		return gonum.Empty
	}
	return iterator.NewImplicitNodes(0, n, func(id int) gonum.Node { return simple.Node(id) })
}

func (a *adjacency) from(id int64) gonum.Nodes {
	if !a.has(id) || a.off[id] == a.off[id+1] {
		return gonum.Empty
	}
	return &csrNodes{ids: a.to[a.off[id]:a.off[id+1]]}
}

// arcs returns the arcs as weighted edges; with half set, only those with
// from < to (an undirected graph's edges, each once).
func (a *adjacency) arcs(half bool) []gonum.WeightedEdge {
	var out []gonum.WeightedEdge
	for v := 0; v < a.len(); v++ {
		for j := a.off[v]; j < a.off[v+1]; j++ {
			if u := a.to[j]; !half || int32(v) < u {
				out = append(out, simple.WeightedEdge{F: simple.Node(v), T: simple.Node(u), W: a.w[j]})
			}
		}
	}
	return out
}

// csrNodes iterates over a neighbour list without copying it.
type csrNodes struct {
	ids []int32
	i   int // 1 + index of the current node; 0 before the first Next
}

func (it *csrNodes) Next() bool {
	if it.i >= len(it.ids) {
		it.i = len(it.ids) + 1
		return false
	}
	it.i++
	return true
}

func (it *csrNodes) Len() int {
	if it.i > len(it.ids) {
		return 0
	}
	return len(it.ids) - it.i
}

func (it *csrNodes) Reset() { it.i = 0 }

func (it *csrNodes) Node() gonum.Node {
	if it.i < 1 || it.i > len(it.ids) {
		return nil
	}
	return simple.Node(it.ids[it.i-1])
}

func (it *csrNodes) NodeSlice() []gonum.Node {
	if it.i >= len(it.ids) {
		it.i = len(it.ids) + 1
		return nil
	}
	out := make([]gonum.Node, 0, len(it.ids)-it.i)
	for _, v := range it.ids[it.i:] {
		out = append(out, simple.Node(v))
	}
	it.i = len(it.ids) + 1
	return out
}

// Undirected is an undirected weighted view of an actor graph (see
// Network): its nodes are simple.Node(0..n−1), the actors in the order of
// their IDs, and its edges are the pairs the view keeps, with their
// weight. It is read-only and safe for concurrent use. Iteration follows
// node order, so gonum algorithms that depend on it are deterministic.
type Undirected struct {
	adj          adjacency
	self, absent float64
}

// Node returns the node with the given ID, or nil.
func (g *Undirected) Node(id int64) gonum.Node {
	if !g.adj.has(id) {
		return nil
	}
	return simple.Node(id)
}

// Nodes returns all nodes in order of ID.
func (g *Undirected) Nodes() gonum.Nodes { return g.adj.nodes() }

// From returns the neighbours of the node id, in order of ID.
func (g *Undirected) From(id int64) gonum.Nodes { return g.adj.from(id) }

// HasEdgeBetween reports whether x and y are joined.
func (g *Undirected) HasEdgeBetween(x, y int64) bool { _, ok := g.adj.find(x, y); return ok }

// Edge returns the edge from u to v, or nil.
func (g *Undirected) Edge(u, v int64) gonum.Edge { return g.WeightedEdgeBetween(u, v) }

// EdgeBetween returns the edge between x and y, or nil.
func (g *Undirected) EdgeBetween(x, y int64) gonum.Edge { return g.WeightedEdgeBetween(x, y) }

// WeightedEdge returns the weighted edge from u to v, or nil.
func (g *Undirected) WeightedEdge(u, v int64) gonum.WeightedEdge { return g.WeightedEdgeBetween(u, v) }

// WeightedEdgeBetween returns the weighted edge between x and y, or nil.
func (g *Undirected) WeightedEdgeBetween(x, y int64) gonum.WeightedEdge {
	w, ok := g.adj.find(x, y)
	if !ok {
		return nil
	}
	return simple.WeightedEdge{F: simple.Node(x), T: simple.Node(y), W: w}
}

// Weight returns the weight of the edge x–y and true; for x = y, the self
// weight and true when x is a node; otherwise the absent weight and false.
func (g *Undirected) Weight(x, y int64) (float64, bool) {
	if x == y && g.adj.has(x) {
		return g.self, true
	}
	if w, ok := g.adj.find(x, y); ok {
		return w, true
	}
	return g.absent, false
}

// Edges returns every edge once, from the lower ID to the higher.
func (g *Undirected) Edges() gonum.Edges {
	arcs := g.adj.arcs(true)
	if len(arcs) == 0 {
		return gonum.Empty
	}
	edges := make([]gonum.Edge, len(arcs))
	for i, e := range arcs {
		edges[i] = e
	}
	return iterator.NewOrderedEdges(edges)
}

// WeightedEdges returns every edge once, from the lower ID to the higher.
func (g *Undirected) WeightedEdges() gonum.WeightedEdges {
	arcs := g.adj.arcs(true)
	if len(arcs) == 0 {
		return gonum.Empty
	}
	return iterator.NewOrderedWeightedEdges(arcs)
}

// Matrix returns the weighted adjacency matrix (self weight on the
// diagonal, the absent weight where there is no edge): n×n dense, for
// small graphs.
func (g *Undirected) Matrix() mat.Matrix {
	n := g.adj.len()
	if n == 0 {
		return &mat.SymDense{}
	}
	m := mat.NewSymDense(n, nil)
	for v := 0; v < n; v++ {
		for u := v + 1; u < n && g.absent != 0; u++ {
			m.SetSym(v, u, g.absent)
		}
		m.SetSym(v, v, g.self)
		for j := g.adj.off[v]; j < g.adj.off[v+1]; j++ {
			m.SetSym(v, int(g.adj.to[j]), g.adj.w[j])
		}
	}
	return m
}

// Directed is a directed weighted view of an actor graph (see Network),
// numbered like Undirected.
type Directed struct {
	out, in      adjacency
	self, absent float64
}

// Node returns the node with the given ID, or nil.
func (g *Directed) Node(id int64) gonum.Node {
	if !g.out.has(id) {
		return nil
	}
	return simple.Node(id)
}

// Nodes returns all nodes in order of ID.
func (g *Directed) Nodes() gonum.Nodes { return g.out.nodes() }

// From returns the nodes that id has an arc to, in order of ID.
func (g *Directed) From(id int64) gonum.Nodes { return g.out.from(id) }

// To returns the nodes that have an arc to id, in order of ID.
func (g *Directed) To(id int64) gonum.Nodes { return g.in.from(id) }

// HasEdgeBetween reports whether there is an arc x→y or y→x.
func (g *Directed) HasEdgeBetween(x, y int64) bool {
	return g.HasEdgeFromTo(x, y) || g.HasEdgeFromTo(y, x)
}

// HasEdgeFromTo reports whether there is an arc u→v.
func (g *Directed) HasEdgeFromTo(u, v int64) bool { _, ok := g.out.find(u, v); return ok }

// Edge returns the arc u→v, or nil.
func (g *Directed) Edge(u, v int64) gonum.Edge { return g.WeightedEdge(u, v) }

// WeightedEdge returns the weighted arc u→v, or nil.
func (g *Directed) WeightedEdge(u, v int64) gonum.WeightedEdge {
	w, ok := g.out.find(u, v)
	if !ok {
		return nil
	}
	return simple.WeightedEdge{F: simple.Node(u), T: simple.Node(v), W: w}
}

// Weight returns the weight of the arc x→y and true; for x = y, the self
// weight and true when x is a node; otherwise the absent weight and false.
func (g *Directed) Weight(x, y int64) (float64, bool) {
	if x == y && g.out.has(x) {
		return g.self, true
	}
	if w, ok := g.out.find(x, y); ok {
		return w, true
	}
	return g.absent, false
}

// Edges returns every arc, by source then target.
func (g *Directed) Edges() gonum.Edges {
	arcs := g.out.arcs(false)
	if len(arcs) == 0 {
		return gonum.Empty
	}
	edges := make([]gonum.Edge, len(arcs))
	for i, e := range arcs {
		edges[i] = e
	}
	return iterator.NewOrderedEdges(edges)
}

// WeightedEdges returns every arc, by source then target.
func (g *Directed) WeightedEdges() gonum.WeightedEdges {
	arcs := g.out.arcs(false)
	if len(arcs) == 0 {
		return gonum.Empty
	}
	return iterator.NewOrderedWeightedEdges(arcs)
}

// Matrix returns the weighted adjacency matrix, A[u][v] the weight of
// u→v (the absent weight where there is none): n×n dense, for small graphs.
func (g *Directed) Matrix() mat.Matrix {
	n := g.out.len()
	if n == 0 {
		return &mat.Dense{}
	}
	m := mat.NewDense(n, n, nil)
	for v := 0; v < n; v++ {
		for u := 0; u < n && g.absent != 0; u++ {
			m.Set(v, u, g.absent)
		}
		m.Set(v, v, g.self)
		for j := g.out.off[v]; j < g.out.off[v+1]; j++ {
			m.Set(v, int(g.out.to[j]), g.out.w[j])
		}
	}
	return m
}

// Multiplex is the signed actor graph as two layers on the same nodes,
// the form of gonum's community.ModularizeMultiplex and QMultiplex: layer
// 0 the cooperation of every pair (weights > 0), layer 1 its conflict as a
// negative weight (weights < 0, gonum's convention for a layer of
// negative weight). Pass the layer weights {1, −1}.
type Multiplex struct {
	layers [2]*Undirected
}

// Nodes returns all nodes in order of ID.
func (m *Multiplex) Nodes() gonum.Nodes { return m.layers[0].Nodes() }

// Depth is 2.
func (m *Multiplex) Depth() int { return len(m.layers) }

// Layer returns layer l: 0 cooperation, 1 conflict.
func (m *Multiplex) Layer(l int) gonum.Undirected { return m.layers[l] }

// LayerWeights are the layer weights that make Q the signed modularity of
// the package documentation: cooperation attracts, conflict repels.
var LayerWeights = []float64{1, -1}
