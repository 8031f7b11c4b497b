package analysis

import (
	"errors"
	"fmt"
	"math"
	"sort"

	"github.com/actorgraph/actorgraph/graph"
)

// ErrFormat is wrapped by errors about a malformed TSV file.
var ErrFormat = errors.New("analysis: malformed TSV")

// arc is one neighbour in the compact adjacency built from a graph.Graph.
type arc struct {
	to       int
	strength float64 // cooperation + conflict (undirected) or edge strength (directed)
	coop     float64
	conf     float64
}

// network is the index-based form of a graph.Graph that the algorithms read.
// Nodes are numbered 0..n-1 in ID order; adjacency lists are sorted by
// neighbour, so every iteration is deterministic.
type network struct {
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
}

func (nw *network) len() int { return len(nw.ids) }

// newNetwork checks g and builds its compact form. Bad data (an edge naming
// an unknown node, a self-loop, a duplicate node id, a negative or
// non-finite cooperation or conflict) is an error wrapping graph.ErrInvalid.
func newNetwork(g *graph.Graph) (*network, error) {
	nw := &network{index: make(map[string]int)}
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
