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
	// AutoBackbonePairs is the most interacting pairs drawn whole when
	// Options.Backbone is 0: a dense graph of few actors (40 actors, 780
	// pairs) is reduced to its backbone too.
	AutoBackbonePairs = 300
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
	if k < 0 {
		return g, ""
	}
	pairs := g.Pairs()
	if k == 0 {
		if len(g.Nodes) <= AutoBackboneNodes && len(pairs) <= AutoBackbonePairs {
			return g, ""
		}
		k = DefaultTopK
	}
	type tie struct {
		other    string
		strength float64
	}
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

// summary draws a graph of more than max actors as its max most
// influential actors (Options.Influence; then strength, then id) that are
// tied to one another (each has a relation with one more influential, or
// failing that with any drawn), with each
// one's strongest ties among them (Options.Backbone of them, DefaultTopK if
// 0, all if negative; MinStrength applies). The backbone of 20,000 actors
// still drew 19,809 of them (a 42 MB SVG, 197 s). It returns the graph to
// draw and the caption's sentence.
func summary(g *graph.Graph, opt Options, max int) (*graph.Graph, string) {
	strength := map[string]float64{}
	for _, p := range g.Pairs() {
		strength[p.A] += p.Strength()
		strength[p.B] += p.Strength()
	}
	nodes := append([]graph.Node(nil), g.Nodes...)
	sort.SliceStable(nodes, func(i, j int) bool {
		a, b := nodes[i], nodes[j]
		if ia, ib := opt.Influence[a.ID], opt.Influence[b.ID]; ia != ib {
			return ia > ib
		}
		if sa, sb := strength[a.ID], strength[b.ID]; sa != sb {
			return sa > sb
		}
		return a.ID < b.ID
	})
	// In order of influence, an actor is drawn when it has a relation
	// with one already drawn (the first is drawn regardless); a second
	// pass takes those tied to any actor drawn by then. An actor with no
	// relation among those drawn would be a lone circle saying nothing
	// (a 27-actor summary drew 14 actors and 8 relations).
	adj := map[string]map[string]bool{}
	for _, p := range g.Pairs() {
		if p.Strength() == 0 && p.Count == 0 {
			continue
		}
		for _, x := range [][2]string{{p.A, p.B}, {p.B, p.A}} {
			if adj[x[0]] == nil {
				adj[x[0]] = map[string]bool{}
			}
			adj[x[0]][x[1]] = true
		}
	}
	keep := make(map[string]bool, max)
	tied := func(id string) bool {
		for o := range adj[id] {
			if keep[o] {
				return true
			}
		}
		return false
	}
	for pass := 0; pass < 2 && len(keep) < max; pass++ {
		for _, n := range nodes {
			if len(keep) == max {
				break
			}
			if !keep[n.ID] && (len(keep) == 0 || tied(n.ID)) {
				keep[n.ID] = true
			}
		}
	}
	for _, n := range nodes { // too few tied actors: the next by influence
		if len(keep) == max {
			break
		}
		keep[n.ID] = true
	}
	h := &graph.Graph{Title: g.Title, Level: g.Level, Documents: g.Documents, DateFrom: g.DateFrom, DateTo: g.DateTo}
	for _, n := range g.Nodes { // in the graph's order
		if keep[n.ID] {
			h.Nodes = append(h.Nodes, n)
		}
	}
	for _, e := range g.Edges {
		if keep[e.Source] && keep[e.Target] {
			h.Edges = append(h.Edges, e)
		}
	}
	k := opt.Backbone
	if k == 0 {
		k = DefaultTopK
	}
	ties := "all their ties among them"
	if k > 0 {
		h = strongestTies(h, k, opt.MinStrength)
		ties = fmt.Sprintf("each one's %d strongest ties among them", k)
	}
	return h, fmt.Sprintf("Summary: the %d most influential of %d actors that are tied to one another, %s (%d of %d relations drawn); the report's tables and the data exports hold the whole graph",
		len(h.Nodes), len(g.Nodes), ties, len(h.Edges), len(g.Edges))
}

// strongestTies keeps every node of g and the typed edges of the pairs
// that are among the k strongest of either of their actors.
func strongestTies(g *graph.Graph, k int, min float64) *graph.Graph {
	type tie struct {
		other    string
		strength float64
	}
	ties := map[string][]tie{}
	for _, p := range g.Pairs() {
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
			if i == k || t.strength < min || t.strength == 0 {
				break
			}
			a, b := id, t.other
			if a > b {
				a, b = b, a
			}
			keep[key{a, b}] = true
		}
	}
	h := *g
	h.Edges = nil
	for _, e := range g.Edges {
		a, b := e.Source, e.Target
		if a > b {
			a, b = b, a
		}
		if keep[key{a, b}] {
			h.Edges = append(h.Edges, e)
		}
	}
	return &h
}
