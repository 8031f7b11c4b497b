package analysis

import (
	"cmp"
	"fmt"
	"slices"
	"sort"

	gonum "gonum.org/v1/gonum/graph"

	"github.com/actorgraph/actorgraph/graph"
)

// CoreNumbers returns the k-core number of every node of g (Batagelj and
// Zaversnik 2003; NetworkX core_number): the largest k such that the node
// belongs to a subgraph where every node has degree ≥ k. Weights are
// ignored. gonum's topo.DegeneracyOrdering gives the same cores (the
// tests check it) but measured 24–30× slower on the benchmark graph (make
// bench): it keeps its buckets in maps.
func CoreNumbers(g gonum.Undirected) map[int64]int {
	adj, ids := undirectedOf(g)
	return byID(ids, cores(adj))
}

func cores(adj *adjacency) []int {
	n := adj.len()
	deg := make([]int, n)
	maxDeg := 0
	for v := range deg {
		deg[v] = int(adj.off[v+1] - adj.off[v])
		maxDeg = max(maxDeg, deg[v])
	}
	// Bucket sort by degree.
	bin := make([]int, maxDeg+1)
	for _, d := range deg {
		bin[d]++
	}
	start := 0
	for d := range bin {
		bin[d], start = start, start+bin[d]
	}
	vert := make([]int, n)
	pos := make([]int, n)
	for v, d := range deg {
		pos[v] = bin[d]
		vert[pos[v]] = v
		bin[d]++
	}
	for d := maxDeg; d > 0; d-- {
		bin[d] = bin[d-1]
	}
	if len(bin) > 0 {
		bin[0] = 0
	}
	for i := 0; i < n; i++ {
		v := vert[i]
		for _, x := range adj.to[adj.off[v]:adj.off[v+1]] {
			u := int(x)
			if deg[u] > deg[v] {
				du, pu := deg[u], pos[u]
				pw := bin[du]
				w := vert[pw]
				if u != w {
					pos[u], pos[w] = pw, pu
					vert[pu], vert[pw] = w, u
				}
				bin[du]++
				deg[u]--
			}
		}
	}
	return deg
}

// Components returns the connected components of g, each sorted by ID, in
// order of their smallest node. Weights are ignored. gonum's
// topo.ConnectedComponents finds the same (the tests check it) but
// measured 25–30× slower on the benchmark graph (make bench): it walks the
// graph through its interface with maps of visited nodes.
func Components(g gonum.Undirected) [][]int64 {
	adj, ids := undirectedOf(g)
	var out [][]int64
	for _, c := range components(adj) {
		comp := make([]int64, len(c))
		for i, v := range c {
			comp[i] = int64(v)
			if ids != nil {
				comp[i] = ids[v]
			}
		}
		out = append(out, comp)
	}
	return out
}

// Brokers returns, for every node of g, the number of extra connected
// components g would have without it (> 0: an articulation point), and
// Bridges the edges whose removal disconnects g, as (lower ID, higher ID)
// pairs. Weights are ignored. gonum has neither; the tests check both
// against gonum's topo.ConnectedComponents on g less each node and edge.
func Brokers(g gonum.Undirected) map[int64]int {
	adj, ids := undirectedOf(g)
	cut, _, _, _, _, _, _ := dfs(adj)
	return byID(ids, cut)
}

// Bridges returns the bridges of g; see Brokers.
func Bridges(g gonum.Undirected) [][2]int64 {
	adj, ids := undirectedOf(g)
	_, bs, _, _, _, _, _ := dfs(adj)
	out := make([][2]int64, len(bs))
	for i, b := range bs {
		x, y := int64(b[0]), int64(b[1])
		if ids != nil {
			x, y = ids[b[0]], ids[b[1]]
		}
		out[i] = [2]int64{min(x, y), max(x, y)}
	}
	slices.SortFunc(out, func(a, b [2]int64) int {
		if a[0] != b[0] {
			return cmp.Compare(a[0], b[0])
		}
		return cmp.Compare(a[1], b[1])
	})
	return out
}

// dfs finds the articulation points and bridges of the graph (Hopcroft
// and Tarjan 1973), iteratively. cut[v] is the number of extra connected
// components the graph has without v; bridges are index pairs (parent,
// child) of the DFS tree. The DFS tree is returned too: the subtree of v
// is byDisc[disc[v]-1 : disc[v]-1+size[v]], and comp[v] is the size of
// v's component, which is byDisc[start[v] : start[v]+comp[v]].
func dfs(adj *adjacency) (cut []int, bridges [][2]int, disc, size, byDisc, comp, start []int) {
	n := adj.len()
	cut = make([]int, n)
	disc, size, comp, start = make([]int, n), make([]int, n), make([]int, n), make([]int, n)
	low := make([]int, n)
	type frame struct{ v, parent, next int }
	var stack []frame
	timer := 0
	for r := 0; r < n; r++ {
		if disc[r] != 0 {
			continue
		}
		timer++
		first := timer
		disc[r], low[r] = timer, timer
		byDisc = append(byDisc, r)
		stack = append(stack[:0], frame{r, -1, 0})
		rootChildren := 0
		for len(stack) > 0 {
			f := &stack[len(stack)-1]
			if nb := adj.to[adj.off[f.v]:adj.off[f.v+1]]; f.next < len(nb) {
				w := int(nb[f.next])
				f.next++
				switch {
				case disc[w] == 0:
					timer++
					disc[w], low[w] = timer, timer
					byDisc = append(byDisc, w)
					if f.v == r {
						rootChildren++
					}
					stack = append(stack, frame{w, f.v, 0})
				case w != f.parent:
					low[f.v] = min(low[f.v], disc[w])
				}
				continue
			}
			v, p := f.v, f.parent
			stack = stack[:len(stack)-1]
			size[v] = timer - disc[v] + 1
			if p < 0 {
				continue
			}
			low[p] = min(low[p], low[v])
			if low[v] >= disc[p] && p != r {
				cut[p]++
			}
			if low[v] > disc[p] {
				bridges = append(bridges, [2]int{p, v})
			}
		}
		if rootChildren > 1 {
			cut[r] = rootChildren - 1
		}
		for _, v := range byDisc[first-1:] {
			comp[v], start[v] = timer-first+1, first-1
		}
	}
	return cut, bridges, disc, size, byDisc, comp, start
}

// BridgeListed is the most nodes Bridge.SmallerSideNodes lists.
const BridgeListed = 20

// Bridge is a pair of actors whose tie is the only connection between two
// parts of the interaction graph.
type Bridge struct {
	A, B             string // A < B
	NameA, NameB     string
	Cooperation      float64
	Conflict         float64
	SmallerSide      int      // nodes on the smaller side of the cut
	SmallerSideNodes []string // its first BridgeListed IDs, sorted
}

// bridges returns the bridges of the interaction graph with the size of the
// part each one cuts off, largest cut first, then by IDs.
func (nw *Network) bridges() []Bridge {
	_, bs, disc, size, byDisc, comp, start := dfs(&nw.Strength().adj)
	out := make([]Bridge, 0, len(bs))
	for _, b := range bs {
		p, c := b[0], b[1]
		var coop, conf float64
		for _, x := range nw.und[p] {
			if x.to == c {
				coop, conf = x.coop, x.conf
			}
		}
		// The child's DFS subtree is one side, the rest of the component
		// the other.
		sub := byDisc[disc[c]-1 : disc[c]-1+size[c]]
		var small []int
		if size[c] <= comp[c]-size[c] {
			small = append(small, sub...)
		} else {
			whole := byDisc[start[c] : start[c]+comp[c]]
			lo := disc[c] - 1 - start[c]
			small = append(append(small, whole[:lo]...), whole[lo+size[c]:]...)
		}
		sort.Ints(small)
		k := len(small)
		if len(small) > BridgeListed {
			small = small[:BridgeListed]
		}
		ids := make([]string, len(small))
		for i, v := range small {
			ids[i] = nw.ids[v]
		}
		a, z := min(p, c), max(p, c)
		out = append(out, Bridge{A: nw.ids[a], B: nw.ids[z], NameA: nw.names[a], NameB: nw.names[z],
			Cooperation: coop, Conflict: conf, SmallerSide: k, SmallerSideNodes: ids})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].SmallerSide != out[j].SmallerSide {
			return out[i].SmallerSide > out[j].SmallerSide
		}
		if out[i].A != out[j].A {
			return out[i].A < out[j].A
		}
		return out[i].B < out[j].B
	})
	return out
}

// EgoMember is one node of an ego network: its distance in hops from the
// ego and its pair with the ego (zero unless adjacent).
type EgoMember struct {
	ID          string
	Name        string
	Hops        int
	Cooperation float64 // with the ego
	Conflict    float64
}

// Ego returns the ego network of the node id: the subgraph induced by the
// nodes within depth hops of it on the interaction graph (pairs with
// strength > 0), and its members sorted by hops, then ID. An unknown id is
// an error wrapping graph.ErrInvalid; depth < 0 means 1.
func Ego(g *graph.Graph, id string, depth int) (*graph.Graph, []EgoMember, error) {
	nw, err := NewNetwork(g)
	if err != nil {
		return nil, nil, err
	}
	c, ok := nw.index[id]
	if !ok {
		return nil, nil, fmt.Errorf("%w: ego %q is not a node of the graph", graph.ErrInvalid, id)
	}
	if depth < 0 {
		depth = 1
	}
	hops := map[int]int{c: 0}
	queue := []int{c}
	for i := 0; i < len(queue); i++ {
		v := queue[i]
		if hops[v] == depth {
			continue
		}
		for _, a := range nw.und[v] {
			if _, seen := hops[a.to]; !seen {
				hops[a.to] = hops[v] + 1
				queue = append(queue, a.to)
			}
		}
	}
	members := make([]EgoMember, 0, len(hops))
	keep := map[string]bool{}
	for v, h := range hops {
		m := EgoMember{ID: nw.ids[v], Name: nw.names[v], Hops: h}
		for _, a := range nw.und[c] {
			if a.to == v {
				m.Cooperation, m.Conflict = a.coop, a.conf
			}
		}
		members = append(members, m)
		keep[m.ID] = true
	}
	sort.Slice(members, func(i, j int) bool {
		if members[i].Hops != members[j].Hops {
			return members[i].Hops < members[j].Hops
		}
		return members[i].ID < members[j].ID
	})
	sub := &graph.Graph{Title: g.Title, Level: g.Level, DateFrom: g.DateFrom, DateTo: g.DateTo}
	if sub.Title != "" {
		sub.Title += " — "
	}
	sub.Title += fmt.Sprintf("ego network of %s, depth %d", id, depth)
	docs := map[string]bool{}
	for _, n := range g.Nodes {
		if keep[n.ID] {
			sub.Nodes = append(sub.Nodes, n)
		}
	}
	for _, e := range g.Edges {
		if keep[e.Source] && keep[e.Target] {
			sub.Edges = append(sub.Edges, e)
			for _, ev := range e.Evidence {
				docs[ev.Doc] = true
			}
		}
	}
	sub.Documents = len(docs)
	return sub, members, nil
}
