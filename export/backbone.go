package export

import (
	"fmt"
	"sort"

	"github.com/actorgraph/actorgraph/graph"
)

// Backbone reduction of large graphs, documented in doc.go.
const (
	// AutoBackboneNodes is the largest graph drawn whole when
	// Options.Backbone is 0; larger graphs are reduced to their backbone.
	AutoBackboneNodes = 150
	// DefaultTopK is the number of strongest ties kept per actor in a
	// backbone when Options.Backbone is 0.
	DefaultTopK = 3
)

// backbone reduces g for drawing when the options ask for it (or, by
// default, when g has more than AutoBackboneNodes nodes): a pair of actors
// is kept if it is among the TopK strongest ties (cooperation + conflict)
// of either actor and its strength is at least MinStrength; then only the
// largest connected component of the kept pairs is drawn, with every typed
// edge of its pairs. It returns the graph to draw and a sentence stating
// the reduction ("" when g is drawn whole).
func backbone(g *graph.Graph, opt Options) (*graph.Graph, string) {
	k := opt.Backbone
	switch {
	case k < 0:
		return g, ""
	case k == 0:
		if len(g.Nodes) <= AutoBackboneNodes {
			return g, ""
		}
		k = DefaultTopK
	}
	type tie struct {
		other    string
		strength float64
	}
	pairs := g.Pairs()
	ties := map[string][]tie{}
	for _, p := range pairs {
		s := p.Strength()
		ties[p.A] = append(ties[p.A], tie{p.B, s})
		ties[p.B] = append(ties[p.B], tie{p.A, s})
	}
	type key struct{ a, b string }
	keep := map[key]bool{}
	for id, ts := range ties {
		sort.Slice(ts, func(i, j int) bool {
			if ts[i].strength != ts[j].strength {
				return ts[i].strength > ts[j].strength
			}
			return ts[i].other < ts[j].other
		})
		for i, t := range ts {
			if i == k || t.strength < opt.MinStrength || t.strength == 0 {
				break
			}
			a, b := id, t.other
			if a > b {
				a, b = b, a
			}
			keep[key{a, b}] = true
		}
	}
	// Largest connected component of the kept pairs (union-find; ties go
	// to the component with the smallest id).
	parent := map[string]string{}
	var find func(string) string
	find = func(x string) string {
		for parent[x] != x {
			parent[x] = parent[parent[x]]
			x = parent[x]
		}
		return x
	}
	for _, n := range g.Nodes {
		parent[n.ID] = n.ID
	}
	for _, p := range pairs {
		if keep[key{p.A, p.B}] {
			ra, rb := find(p.A), find(p.B)
			if ra != rb {
				if ra < rb {
					parent[rb] = ra
				} else {
					parent[ra] = rb
				}
			}
		}
	}
	size := map[string]int{}
	for _, n := range g.Nodes {
		size[find(n.ID)]++
	}
	best := ""
	for r, s := range size {
		if best == "" || s > size[best] || s == size[best] && r < best {
			best = r
		}
	}
	h := &graph.Graph{Title: g.Title, Level: g.Level, Documents: g.Documents, DateFrom: g.DateFrom, DateTo: g.DateTo}
	for _, n := range g.Nodes {
		if find(n.ID) == best {
			h.Nodes = append(h.Nodes, n)
		}
	}
	for _, e := range g.Edges {
		a, b := e.Source, e.Target
		if a > b {
			a, b = b, a
		}
		if keep[key{a, b}] && find(a) == best {
			h.Edges = append(h.Edges, e)
		}
	}
	note := fmt.Sprintf("Backbone: %d of %d actors and %d of %d relations drawn (each actor's %d strongest ties",
		len(h.Nodes), len(g.Nodes), len(h.Edges), len(g.Edges), k)
	if opt.MinStrength > 0 {
		note += ", strength ≥ " + num(opt.MinStrength)
	}
	return h, note + "; largest connected component)"
}
