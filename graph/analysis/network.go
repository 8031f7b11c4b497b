package analysis

import (
	"fmt"
	"math"
	"sort"
	"sync"

	"github.com/actorgraph/actorgraph/graph"
)

// arc is one neighbour in the compact adjacency built from a graph.Graph.
type arc struct {
	to       int
	strength float64 // cooperation + conflict (undirected) or edge strength (directed)
	coop     float64
	conf     float64
}

// Network is the index-based form of a graph.Graph that the algorithms
// read, and the source of its gonum views (Strength, Distance, Signed,
// Directed, SignedDirected, Layers). Nodes are numbered 0..n−1 in ID order
// (ID and Node convert); adjacency lists are sorted by neighbour, so every
// iteration is deterministic. A Network is read-only once built and safe
// for concurrent use.
type Network struct {
	ids   []string
	names []string
	index map[string]int
	// und is the undirected interaction graph: one arc each way per pair
	// with strength > 0.
	und [][]arc
	// out is the directed graph used by PageRank: a directed edge s→t
	// contributes its strength to s→t; an undirected edge to both s→t and
	// t→s. Arcs with zero strength are dropped.
	out [][]arc
	// outCoop and outConf split out into the cooperation and the
	// conflict of the edges (for PageRank per layer).
	outCoop, outConf [][]arc
	// coop and conf are the per-node sums of pair cooperation and conflict.
	coop, conf []float64

	views struct {
		once                                 sync.Once
		strength, distance, signed, coop, cf *Undirected
		directed, dirCoop, dirConf, signDir  *Directed
	}
}

func (nw *Network) len() int { return len(nw.ids) }

// NewNetwork checks g and builds its compact form. Bad data (an edge naming
// an unknown node, a self-loop, a duplicate node id, a negative or
// non-finite cooperation or conflict) is an error wrapping graph.ErrInvalid.
func NewNetwork(g *graph.Graph) (*Network, error) {
	nw := &Network{index: make(map[string]int)}
	if g == nil {
		return nw, nil
	}
	nodes := append([]graph.Node(nil), g.Nodes...)
	sort.SliceStable(nodes, func(i, j int) bool { return nodes[i].ID < nodes[j].ID })
	for i, n := range nodes {
		if n.ID == "" {
			return nil, fmt.Errorf("%w: node with empty id", graph.ErrInvalid)
		}
		if i > 0 && nodes[i-1].ID == n.ID {
			return nil, fmt.Errorf("%w: duplicate node id %q", graph.ErrInvalid, n.ID)
		}
		nw.index[n.ID] = i
		nw.ids = append(nw.ids, n.ID)
		name := n.Name
		if name == "" {
			name = n.ID
		}
		nw.names = append(nw.names, name)
	}
	n := len(nodes)
	nw.und = make([][]arc, n)
	nw.out = make([][]arc, n)
	nw.outCoop = make([][]arc, n)
	nw.outConf = make([][]arc, n)
	nw.coop = make([]float64, n)
	nw.conf = make([]float64, n)

	type dkey struct{ s, t int }
	directed := map[dkey][2]float64{}
	for i, e := range g.Edges {
		s, ok1 := nw.index[e.Source]
		t, ok2 := nw.index[e.Target]
		if !ok1 || !ok2 {
			return nil, fmt.Errorf("%w: edge %d (%s→%s) names an unknown node", graph.ErrInvalid, i, e.Source, e.Target)
		}
		if s == t {
			return nil, fmt.Errorf("%w: edge %d is a self-loop on %q", graph.ErrInvalid, i, e.Source)
		}
		if !validWeight(e.Cooperation) || !validWeight(e.Conflict) {
			return nil, fmt.Errorf("%w: edge %d (%s→%s %s) has cooperation %v, conflict %v (want finite, ≥ 0)",
				graph.ErrInvalid, i, e.Source, e.Target, e.Type, e.Cooperation, e.Conflict)
		}
		if e.Cooperation+e.Conflict <= 0 {
			continue
		}
		for _, k := range []dkey{{s, t}, {t, s}} {
			w := directed[k]
			w[0] += e.Cooperation
			w[1] += e.Conflict
			directed[k] = w
			if e.Directed {
				break
			}
		}
	}
	for k, w := range directed {
		nw.out[k.s] = append(nw.out[k.s], arc{to: k.t, strength: w[0] + w[1], coop: w[0], conf: w[1]})
		if w[0] > 0 {
			nw.outCoop[k.s] = append(nw.outCoop[k.s], arc{to: k.t, strength: w[0]})
		}
		if w[1] > 0 {
			nw.outConf[k.s] = append(nw.outConf[k.s], arc{to: k.t, strength: w[1]})
		}
	}
	for _, p := range g.Pairs() {
		a, b := nw.index[p.A], nw.index[p.B]
		nw.coop[a] += p.Cooperation
		nw.coop[b] += p.Cooperation
		nw.conf[a] += p.Conflict
		nw.conf[b] += p.Conflict
		if p.Strength() <= 0 {
			continue
		}
		nw.und[a] = append(nw.und[a], arc{to: b, strength: p.Strength(), coop: p.Cooperation, conf: p.Conflict})
		nw.und[b] = append(nw.und[b], arc{to: a, strength: p.Strength(), coop: p.Cooperation, conf: p.Conflict})
	}
	for i := range nw.und {
		sortArcs(nw.und[i])
		sortArcs(nw.out[i])
		sortArcs(nw.outCoop[i])
		sortArcs(nw.outConf[i])
	}
	return nw, nil
}

func validWeight(w float64) bool { return w >= 0 && !math.IsInf(w, 0) && !math.IsNaN(w) }

func sortArcs(a []arc) { sort.Slice(a, func(i, j int) bool { return a[i].to < a[j].to }) }

// Len returns the number of nodes.
func (nw *Network) Len() int { return nw.len() }

// ID returns the actor ID of the node, "" if there is none.
func (nw *Network) ID(node int64) string {
	if node < 0 || node >= int64(nw.len()) {
		return ""
	}
	return nw.ids[node]
}

// Name returns the actor name of the node (its ID if it has none).
func (nw *Network) Name(node int64) string {
	if node < 0 || node >= int64(nw.len()) {
		return ""
	}
	return nw.names[node]
}

// Node returns the node of the actor with the given ID.
func (nw *Network) Node(id string) (int64, bool) {
	i, ok := nw.index[id]
	return int64(i), ok
}

// Strength is the undirected interaction graph: an edge for every pair of
// strength > 0, weighted by its strength (cooperation + conflict); absent
// and self weights 0. Eigenvector centrality and degree read it.
func (nw *Network) Strength() *Undirected { nw.buildViews(); return nw.views.strength }

// Distance is Strength with length 1/strength on every edge (strong ties
// are short), absent weight +Inf and self weight 0: the graph of the
// shortest-path measures, in gonum's convention that weights are lengths
// (path.DijkstraAllPaths).
func (nw *Network) Distance() *Undirected { nw.buildViews(); return nw.views.distance }

// Signed is the signed graph: an edge for every pair whose net
// (cooperation − conflict) is not 0, weighted by its sign, +1 or −1.
// Balance, PN and signed eigenvector centrality read it.
func (nw *Network) Signed() *Undirected { nw.buildViews(); return nw.views.signed }

// Layers are the cooperation and the conflict of every pair as the two
// layers of a gonum multiplex (see Multiplex): what signed community
// detection reads.
func (nw *Network) Layers() *Multiplex {
	nw.buildViews()
	return &Multiplex{layers: [2]*Undirected{nw.views.coop, nw.views.cf}}
}

// Directed is the directed strength graph: a directed edge s→t adds its
// cooperation + conflict to the arc s→t, an undirected one (CONSULT, AGREE,
// COOPERATE) to s→t and t→s. PageRank reads it.
func (nw *Network) Directed() *Directed { nw.buildViews(); return nw.views.directed }

// DirectedCooperation and DirectedConflict split Directed into the
// cooperation and the conflict of its arcs (weights > 0 both).
func (nw *Network) DirectedCooperation() *Directed { nw.buildViews(); return nw.views.dirCoop }

// DirectedConflict is the conflict half of Directed; see DirectedCooperation.
func (nw *Network) DirectedConflict() *Directed { nw.buildViews(); return nw.views.dirConf }

// SignedDirected is the directed signed graph: an arc s→t for every
// ordered pair whose directed net (cooperation − conflict of the arcs
// s→t, mutual types counting both ways) is not 0, weighted by its sign.
// Status scores read it.
func (nw *Network) SignedDirected() *Directed { nw.buildViews(); return nw.views.signDir }

func (nw *Network) buildViews() {
	nw.views.once.Do(func() {
		v := &nw.views
		und := func(w func(arc) float64, absent float64) *Undirected {
			return &Undirected{adj: fromArcs(nw.und, w), absent: absent}
		}
		v.strength = und(func(a arc) float64 { return a.strength }, 0)
		v.distance = und(func(a arc) float64 { return 1 / a.strength }, math.Inf(1))
		v.signed = und(func(a arc) float64 { return sign(a.coop - a.conf) }, 0)
		v.coop = und(func(a arc) float64 { return a.coop }, 0)
		v.cf = und(func(a arc) float64 { return -a.conf }, 0)
		dir := func(out [][]arc, w func(arc) float64) *Directed {
			d := &Directed{out: fromArcs(out, w)}
			d.in = d.out.transpose()
			return d
		}
		v.directed = dir(nw.out, func(a arc) float64 { return a.strength })
		v.dirCoop = dir(nw.outCoop, func(a arc) float64 { return a.strength })
		v.dirConf = dir(nw.outConf, func(a arc) float64 { return a.strength })
		v.signDir = dir(nw.out, func(a arc) float64 { return sign(a.coop - a.conf) })
	})
}

func sign(x float64) float64 {
	switch {
	case x > 0:
		return 1
	case x < 0:
		return -1
	}
	return 0
}

// fromArcs builds the adjacency of the arcs whose weight w is not 0.
func fromArcs(arcs [][]arc, w func(arc) float64) adjacency {
	a := adjacency{off: make([]int32, len(arcs)+1)}
	for v, as := range arcs {
		for _, x := range as {
			if wx := w(x); wx != 0 {
				a.to = append(a.to, int32(x.to))
				a.w = append(a.w, wx)
			}
		}
		a.off[v+1] = int32(len(a.to))
	}
	return a
}

// transpose returns the adjacency with every arc reversed, neighbours
// sorted.
func (a *adjacency) transpose() adjacency {
	n := a.len()
	t := adjacency{off: make([]int32, n+1), to: make([]int32, len(a.to)), w: make([]float64, len(a.w))}
	for _, u := range a.to {
		t.off[u+1]++
	}
	for v := 0; v < n; v++ {
		t.off[v+1] += t.off[v]
	}
	next := append([]int32(nil), t.off[:n]...)
	for v := 0; v < n; v++ { // v ascending: each reversed list is sorted
		for j := a.off[v]; j < a.off[v+1]; j++ {
			u := a.to[j]
			t.to[next[u]], t.w[next[u]] = int32(v), a.w[j]
			next[u]++
		}
	}
	return t
}
