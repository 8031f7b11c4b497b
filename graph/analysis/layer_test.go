package analysis

import (
	"sort"

	gonum "gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/community"
	"gonum.org/v1/gonum/graph/iterator"
	"gonum.org/v1/gonum/graph/simple"
)

// layer is one layer of the signed multiplex handed to gonum's Louvain
// (community.ModularizeMultiplex) and QMultiplex, which the tests compare
// with ours: an undirected weighted graph on the nodes 0..n-1 whose
// iterators are ordered by ID. (gonum's simple graphs iterate maps, which
// would make Louvain's result depend on map order even with a fixed seed.)
type layer struct {
	nbr [][]int64   // sorted neighbours
	w   [][]float64 // weights, parallel to nbr
}

var (
	_ gonum.WeightedUndirected      = layer{}
	_ community.UndirectedMultiplex = community.UndirectedLayers{}
)

// newLayer builds a layer from the arcs of nw, keeping the arcs for which
// weight returns a non-zero value.
func newLayer(nw *network, weight func(arc) float64) layer {
	l := layer{nbr: make([][]int64, nw.len()), w: make([][]float64, nw.len())}
	for v, arcs := range nw.und {
		for _, a := range arcs {
			if w := weight(a); w != 0 {
				l.nbr[v] = append(l.nbr[v], int64(a.to))
				l.w[v] = append(l.w[v], w)
			}
		}
	}
	return l
}

func (l layer) has(id int64) bool { return id >= 0 && id < int64(len(l.nbr)) }

func (l layer) Node(id int64) gonum.Node {
	if !l.has(id) {
		return nil
	}
	return simple.Node(id)
}

func (l layer) Nodes() gonum.Nodes {
	nodes := make([]gonum.Node, len(l.nbr))
	for i := range nodes {
		nodes[i] = simple.Node(i)
	}
	return iterator.NewOrderedNodes(nodes)
}

func (l layer) From(id int64) gonum.Nodes {
	if !l.has(id) {
		return gonum.Empty
	}
	nodes := make([]gonum.Node, len(l.nbr[id]))
	for i, v := range l.nbr[id] {
		nodes[i] = simple.Node(v)
	}
	return iterator.NewOrderedNodes(nodes)
}

func (l layer) find(x, y int64) (float64, bool) {
	if !l.has(x) || !l.has(y) {
		return 0, false
	}
	nb := l.nbr[x]
	i := sort.Search(len(nb), func(i int) bool { return nb[i] >= y })
	if i < len(nb) && nb[i] == y {
		return l.w[x][i], true
	}
	return 0, false
}

func (l layer) HasEdgeBetween(x, y int64) bool { _, ok := l.find(x, y); return ok }

func (l layer) Edge(u, v int64) gonum.Edge { return l.WeightedEdgeBetween(u, v) }

func (l layer) EdgeBetween(x, y int64) gonum.Edge { return l.WeightedEdgeBetween(x, y) }

func (l layer) WeightedEdge(u, v int64) gonum.WeightedEdge { return l.WeightedEdgeBetween(u, v) }

func (l layer) WeightedEdgeBetween(x, y int64) gonum.WeightedEdge {
	w, ok := l.find(x, y)
	if !ok {
		return nil
	}
	return simple.WeightedEdge{F: simple.Node(x), T: simple.Node(y), W: w}
}

// Weight returns the weight of the edge x–y; a node has no self weight.
func (l layer) Weight(x, y int64) (float64, bool) {
	if x == y {
		return 0, l.has(x)
	}
	return l.find(x, y)
}
