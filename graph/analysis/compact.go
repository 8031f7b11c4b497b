package analysis

import (
	"slices"

	gonum "gonum.org/v1/gonum/graph"
)

// The measures of this package take gonum graphs. Their kernels run on a
// compact adjacency (CSR, nodes numbered 0..n−1); the views of a Network
// are that already and are read as they are (the fast path), any other
// gonum graph is read once through its interface, its nodes numbered in
// order of ID. This is how golang.org/x/tools' internal graph package
// pairs a generic interface with a fast concrete form.

// undirectedOf returns the adjacency of g and the gonum ID of each index
// (nil when the index is the ID). Weights are g's (gonum.Weighted), or 1;
// self-loops are left out.
func undirectedOf(g gonum.Undirected) (*adjacency, []int64) {
	if u, ok := g.(*Undirected); ok {
		return &u.adj, nil
	}
	return compact(g, g.From)
}

// directedOf is undirectedOf for the arcs of a directed graph: the
// adjacency holds the arcs out of every node.
func directedOf(g gonum.Directed) (*adjacency, []int64) {
	if d, ok := g.(*Directed); ok {
		return &d.out, nil
	}
	return compact(g, g.From)
}

func compact(g gonum.Graph, from func(int64) gonum.Nodes) (*adjacency, []int64) {
	nodes := gonum.NodesOf(g.Nodes())
	ids := make([]int64, len(nodes))
	for i, n := range nodes {
		ids[i] = n.ID()
	}
	slices.Sort(ids)
	index := make(map[int64]int32, len(ids))
	for i, id := range ids {
		index[id] = int32(i)
	}
	weight := func(u, v int64) float64 { return 1 }
	if wg, ok := g.(gonum.Weighted); ok {
		weight = func(u, v int64) float64 { w, _ := wg.Weight(u, v); return w }
	}
	a := &adjacency{off: make([]int32, len(ids)+1)}
	type nb struct {
		to int32
		w  float64
	}
	var row []nb
	for i, u := range ids {
		row = row[:0]
		for it := from(u); it.Next(); {
			v := it.Node().ID()
			if v == u {
				continue
			}
			row = append(row, nb{index[v], weight(u, v)})
		}
		slices.SortFunc(row, func(x, y nb) int { return int(x.to) - int(y.to) })
		for _, x := range row {
			a.to = append(a.to, x.to)
			a.w = append(a.w, x.w)
		}
		a.off[i+1] = int32(len(a.to))
	}
	return a, ids
}

// byID maps per-index values to the gonum IDs of ids (nil: index = ID).
func byID[T any](ids []int64, vals []T) map[int64]T {
	out := make(map[int64]T, len(vals))
	for i, v := range vals {
		id := int64(i)
		if ids != nil {
			id = ids[i]
		}
		out[id] = v
	}
	return out
}
