package analysis

import (
	"math"
	"math/rand/v2"
	"runtime"
	"sort"
	"sync"

	gonum "gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/community"
	"gonum.org/v1/gonum/graph/simple"

	"github.com/actorgraph/actorgraph/graph"
)

// DefaultSeed is the Louvain seed used when CommunityOptions.Seed is 0.
const DefaultSeed = 1

// DefaultRuns is the number of Louvain runs when CommunityOptions.Runs is 0.
const DefaultRuns = 10

// CommunityOptions control community detection. The zero value is the
// default: resolution 1, seed DefaultSeed, DefaultRuns runs.
type CommunityOptions struct {
	// Resolution is γ (Reichardt and Bornholdt), applied to both layers;
	// higher values give more, smaller communities. 0 means 1.
	Resolution float64
	// Seed is the base seed; run i uses PCG(Seed, i). 0 means DefaultSeed.
	Seed uint64
	// Runs is the number of Louvain runs; the partition with the highest
	// modularity is kept (the earliest run on ties). 0 means DefaultRuns.
	Runs int
	// SearchAll lets Louvain's local moving step consider every community
	// for a node, not only its own, its neighbours' and an empty one.
	// With a conflict layer this can find a higher Q (a node with only
	// conflict edges may join a community it has no edge to), but each
	// sweep costs O(n²) (array scans: fine for thousands of nodes, slow
	// for hundreds of thousands).
	SearchAll bool
}

func (o CommunityOptions) withDefaults() CommunityOptions {
	if o.Resolution == 0 {
		o.Resolution = 1
	}
	if o.Seed == 0 {
		o.Seed = DefaultSeed
	}
	if o.Runs <= 0 {
		o.Runs = DefaultRuns
	}
	return o
}

// Partition is the result of community detection.
type Partition struct {
	// Modularity is the signed modularity Q of the partition (see the
	// package documentation); 0 for a graph without interactions.
	Modularity float64
	// Options are the options used, defaults filled in.
	Options CommunityOptions
	// Communities are numbered 0, 1, ... by size descending, then by
	// smallest member ID.
	Communities []Community
	// Members lists every node, sorted by community then ID.
	Members []Member
}

// Community is one community and its cooperation and conflict, inside and
// across its border.
type Community struct {
	ID      int
	Members []string // node IDs, sorted
	// Cooperation and Conflict sum the pairs with both ends inside.
	Cooperation float64
	Conflict    float64
	// CooperationOut and ConflictOut sum the pairs with one end inside.
	CooperationOut float64
	ConflictOut    float64
}

// Member is one node's community and how it interacts with its own
// community (In) and with the others (Out).
type Member struct {
	ID             string
	Name           string
	Community      int
	CooperationIn  float64
	ConflictIn     float64
	CooperationOut float64
	ConflictOut    float64
}

// Of returns the community of the node with the given ID.
func (p *Partition) Of(id string) (int, bool) {
	for _, m := range p.Members {
		if m.ID == id {
			return m.Community, true
		}
	}
	return 0, false
}

// Communities finds communities of g on its signed graph by the Louvain
// method (a cooperation layer counted positively, a conflict layer
// negatively; see the package documentation), keeping the best of
// opt.Runs seeded runs. An invalid graph is an error wrapping
// graph.ErrInvalid.
func Communities(g *graph.Graph, opt CommunityOptions) (*Partition, error) {
	nw, err := NewNetwork(g)
	if err != nil {
		return nil, err
	}
	return nw.communities(opt.withDefaults()), nil
}

// Louvain finds communities of the signed multiplex m by our Louvain
// method (see the package documentation), keeping the best of opt.Runs
// seeded runs. Layer l of weight weights[l] attracts (weight > 0) or
// repels (< 0) by the magnitude of its edge weights, as in gonum's
// community.ModularizeMultiplex; a Network's Layers with LayerWeights give
// the signed modularity of the package documentation. It returns the
// communities (nodes in order of ID) and their Q.
//
// It is our own kernel: ModularizeMultiplex measured 23–38× slower on the
// benchmark graph (make bench); the tests check that ours reaches at
// least its modularity over the same runs.
func Louvain(m community.UndirectedMultiplex, weights []float64, opt CommunityOptions) ([][]gonum.Node, float64) {
	opt = opt.withDefaults()
	layers := make([]*adjacency, m.Depth())
	var ids []int64
	for l := range layers {
		layers[l], ids = undirectedOf(m.Layer(l))
	}
	if weights == nil {
		weights = make([]float64, len(layers))
		for i := range weights {
			weights[i] = 1
		}
	}
	g := signedOf(layers, weights)
	memb, q := g.bestOf(opt)
	groups := map[int][]gonum.Node{}
	var order []int
	for v, c := range memb {
		id := int64(v)
		if ids != nil {
			id = ids[v]
		}
		if groups[c] == nil {
			order = append(order, c)
		}
		groups[c] = append(groups[c], simple.Node(id))
	}
	out := make([][]gonum.Node, len(order))
	for i, c := range order {
		out[i] = groups[c]
	}
	return out, q
}

// bestOf runs opt.Runs seeded Louvain runs in parallel and returns the
// membership with the highest Q (the earliest run on ties within 10⁻¹²),
// singletons if there is nothing to modularise.
func (g *signed) bestOf(opt CommunityOptions) ([]int, float64) {
	n := g.len()
	var m2p, m2n float64
	for v := range g.kp {
		m2p += g.kp[v]
		m2n += g.kn[v]
	}
	best := make([]int, n)
	for i := range best {
		best[i] = i
	}
	bestQ := 0.0
	if m2p+m2n == 0 {
		return best, bestQ
	}
	// The runs are independent: run them in parallel, then pick the best
	// in run order, so the result does not depend on scheduling.
	membs := make([][]int, opt.Runs)
	qs := make([]float64, opt.Runs)
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	var wg sync.WaitGroup
	for run := 0; run < opt.Runs; run++ {
		wg.Add(1)
		sem <- struct{}{}
		go func(run int) {
			defer func() { <-sem; wg.Done() }()
			rnd := rand.New(rand.NewPCG(opt.Seed, uint64(run)))
			memb, q := g.louvain(opt.Resolution, m2p, m2n, opt.SearchAll, rnd)
			m := make([]int, n)
			for v, c := range memb {
				m[v] = int(c)
			}
			membs[run], qs[run] = m, q
		}(run)
	}
	wg.Wait()
	for run := range membs {
		if run == 0 || qs[run] > bestQ+1e-12 {
			best, bestQ = membs[run], qs[run]
		}
	}
	return best, bestQ
}

func (nw *Network) communities(opt CommunityOptions) *Partition {
	n := nw.len()
	g := nw.signedGraph()
	var m2p, m2n float64
	for v := range g.kp {
		m2p += g.kp[v]
		m2n += g.kn[v]
	}

	// Singletons are the starting point and the answer when there is
	// nothing to modularise.
	best := make([]int, n)
	for i := range best {
		best[i] = i
	}
	bestQ := nw.modularity(best, opt.Resolution)
	if m2p+m2n > 0 {
		// The runs are independent: run them in parallel, then pick the
		// best in run order, so the result does not depend on scheduling.
		membs := make([][]int, opt.Runs)
		qs := make([]float64, opt.Runs)
		sem := make(chan struct{}, runtime.GOMAXPROCS(0))
		var wg sync.WaitGroup
		for run := 0; run < opt.Runs; run++ {
			wg.Add(1)
			sem <- struct{}{}
			go func(run int) {
				defer func() { <-sem; wg.Done() }()
				rnd := rand.New(rand.NewPCG(opt.Seed, uint64(run)))
				memb, _ := g.louvain(opt.Resolution, m2p, m2n, opt.SearchAll, rnd)
				m := make([]int, n)
				for v, c := range memb {
					m[v] = int(c)
				}
				membs[run] = m
				// Q is recomputed from the membership alone; it equals
				// the Q the run reports (TestLouvainQ).
				qs[run] = nw.modularity(m, opt.Resolution)
			}(run)
		}
		wg.Wait()
		for run := range membs {
			if run == 0 || qs[run] > bestQ+1e-12 {
				best, bestQ = membs[run], qs[run]
			}
		}
	}
	return nw.partition(best, bestQ, opt)
}

// modularity is the signed modularity of Gómez, Jensen and Arenas (2009)
// as used by Traag and Bruggeman (2009):
//
//	Q = [ Σ_ij (A⁺_ij − γ k⁺_i k⁺_j / 2m⁺) − Σ_ij (A⁻_ij − γ k⁻_i k⁻_j / 2m⁻) ] δ(c_i, c_j) / (2m⁺ + 2m⁻)
//
// where a layer with no edges contributes 0.
func (nw *Network) modularity(memb []int, gamma float64) float64 {
	n := nw.len()
	kp, kn := make([]float64, n), make([]float64, n)
	var m2p, m2n, inP, inN float64
	for v, arcs := range nw.und {
		for _, a := range arcs {
			kp[v] += a.coop
			kn[v] += a.conf
			if memb[v] == memb[a.to] {
				inP += a.coop
				inN += a.conf
			}
		}
		m2p += kp[v]
		m2n += kn[v]
	}
	if m2p+m2n == 0 {
		return 0
	}
	// Σ_ij k_i k_j δ = Σ_c K_c², K_c the degree sum of community c.
	kcP, kcN := map[int]float64{}, map[int]float64{}
	for v := range kp {
		kcP[memb[v]] += kp[v]
		kcN[memb[v]] += kn[v]
	}
	var q float64
	q += inP - inN
	if m2p > 0 {
		q -= gamma * sumSquares(kcP) / m2p
	}
	if m2n > 0 {
		q += gamma * sumSquares(kcN) / m2n
	}
	return q / (m2p + m2n)
}

func sumSquares(m map[int]float64) float64 {
	keys := make([]int, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	var s float64
	for _, k := range keys {
		s += m[k] * m[k]
	}
	return s
}

// partition numbers the communities of memb deterministically and
// computes their statistics.
func (nw *Network) partition(memb []int, q float64, opt CommunityOptions) *Partition {
	n := nw.len()
	groups := map[int][]int{}
	for v, c := range memb {
		groups[c] = append(groups[c], v) // v ascending, so IDs sorted
	}
	order := make([][]int, 0, len(groups))
	for _, g := range groups {
		order = append(order, g)
	}
	sort.Slice(order, func(i, j int) bool {
		if len(order[i]) != len(order[j]) {
			return len(order[i]) > len(order[j])
		}
		return order[i][0] < order[j][0]
	})
	p := &Partition{Modularity: q, Options: opt, Communities: make([]Community, len(order)), Members: make([]Member, 0, n)}
	label := make([]int, n)
	for c, g := range order {
		for _, v := range g {
			label[v] = c
		}
	}
	for c, g := range order {
		com := &p.Communities[c]
		com.ID = c
		for _, v := range g {
			com.Members = append(com.Members, nw.ids[v])
			m := Member{ID: nw.ids[v], Name: nw.names[v], Community: c}
			for _, a := range nw.und[v] {
				if label[a.to] == c {
					m.CooperationIn += a.coop
					m.ConflictIn += a.conf
				} else {
					m.CooperationOut += a.coop
					m.ConflictOut += a.conf
				}
			}
			com.Cooperation += m.CooperationIn / 2
			com.Conflict += m.ConflictIn / 2
			com.CooperationOut += m.CooperationOut
			com.ConflictOut += m.ConflictOut
			p.Members = append(p.Members, m)
		}
	}
	if math.Abs(p.Modularity) < 1e-15 {
		p.Modularity = 0
	}
	return p
}
