package analysis

import (
	"math"
	"math/rand/v2"
)

// signed is one level of the signed multiplex Louvain: a compact (CSR)
// undirected graph whose arcs carry a cooperation weight (wp) and a
// conflict weight (wn). The arcs of v are to[off[v]:off[v+1]], one each way
// per pair. After aggregation a node is a community of the level below:
// selfP, selfN hold the weight inside it (ordered pairs, so twice the
// weight of the pairs inside) and kp, kn its degree (Σ of its members'
// degrees, self weight included).
type signed struct {
	off          []int32
	to           []int32
	wp, wn       []float64
	selfP, selfN []float64
	kp, kn       []float64
}

func (g *signed) len() int { return len(g.kp) }

// signedGraph is level 0: the cooperation and conflict of every pair.
func (nw *Network) signedGraph() *signed {
	l := nw.Layers()
	return signedOf([]*adjacency{&l.layers[0].adj, &l.layers[1].adj}, LayerWeights)
}

// signedOf is level 0 of the layers: a layer of positive weight ω adds
// ω·|w| to the attraction (wp) of each of its edges, one of negative weight
// adds |ω|·|w| to the repulsion (wn), as in gonum's ModularizeMultiplex.
func signedOf(layers []*adjacency, weights []float64) *signed {
	n := 0
	if len(layers) > 0 {
		n = layers[0].len()
	}
	g := &signed{off: make([]int32, n+1), selfP: make([]float64, n), selfN: make([]float64, n),
		kp: make([]float64, n), kn: make([]float64, n)}
	// The union of the layers' neighbour lists, merged per node.
	pos := make([]int32, len(layers))
	for v := 0; v < n; v++ {
		for l, a := range layers {
			pos[l] = a.off[v]
		}
		for {
			next := int32(-1)
			for l, a := range layers {
				if pos[l] < a.off[v+1] && (next < 0 || a.to[pos[l]] < next) {
					next = a.to[pos[l]]
				}
			}
			if next < 0 {
				break
			}
			var wp, wn float64
			for l, a := range layers {
				if pos[l] < a.off[v+1] && a.to[pos[l]] == next {
					w := math.Abs(a.w[pos[l]]) * weights[l]
					if w >= 0 {
						wp += w
					} else {
						wn -= w
					}
					pos[l]++
				}
			}
			g.to = append(g.to, next)
			g.wp = append(g.wp, wp)
			g.wn = append(g.wn, wn)
			g.kp[v] += wp
			g.kn[v] += wn
		}
		g.off[v+1] = int32(len(g.to))
	}
	return g
}

// louvain is one run of the Louvain method (Blondel et al. 2008) on the
// signed modularity of the package documentation: local moving of the
// nodes in an order shuffled by rnd at every sweep, until a sweep moves
// nothing; then every community becomes a node and the next level starts;
// coarsening stops when a level moves nothing. Then the partition is
// refined level by level back down (Rotta and Noack 2011): local moving on
// each finer level, starting from the coarse partition, which can only
// raise Q. m2p and m2n are 2m⁺ and 2m⁻ of level 0. It returns each node's
// community, numbered 0, 1, ... in order of first appearance, and its Q.
func (g *signed) louvain(gamma, m2p, m2n float64, searchAll bool, rnd *rand.Rand) ([]int32, float64) {
	// Gains are Q·(2m⁺+2m⁻)/2 (see run); a move must gain more than
	// 10⁻¹² in Q, far above the rounding of the incremental sums.
	lm := newMover(g.len(), gamma, m2p, m2n, (m2p+m2n)/2*1e-12)
	levels := []*signed{g}
	var up [][]int32 // up[i][v]: the node of level i+1 that v of level i belongs to
	for {
		comm, moved := lm.run(g, nil, searchAll, rnd)
		if !moved {
			break
		}
		comm = append([]int32(nil), comm...)
		k := renumber(comm)
		if k == g.len() {
			break
		}
		g = g.aggregate(comm, k)
		levels = append(levels, g)
		up = append(up, comm)
	}
	// Refinement: the top level is a partition into singletons.
	part := make([]int32, levels[len(levels)-1].len())
	for v := range part {
		part[v] = int32(v)
	}
	for i := len(levels) - 2; i >= 0; i-- {
		fine := make([]int32, levels[i].len())
		for v, x := range up[i] {
			fine[v] = part[x]
		}
		comm, _ := lm.run(levels[i], fine, searchAll, rnd)
		part = append(fine[:0], comm...)
	}
	renumber(part)
	return part, levels[0].modularity(part, lm.gp, lm.gn, m2p+m2n)
}

// modularity is Q of the partition comm of g (the package
// documentation's formula, with gp = γ/2m⁺, gn = γ/2m⁻, m2 = 2m⁺+2m⁻).
func (g *signed) modularity(comm []int32, gp, gn, m2 float64) float64 {
	n := g.len()
	kp, kn := make([]float64, n), make([]float64, n)
	var q float64
	for v := 0; v < n; v++ {
		c := comm[v]
		kp[c] += g.kp[v]
		kn[c] += g.kn[v]
		q += g.selfP[v] - g.selfN[v]
		for j := g.off[v]; j < g.off[v+1]; j++ {
			if comm[g.to[j]] == c {
				q += g.wp[j] - g.wn[j]
			}
		}
	}
	for c := range kp {
		q -= gp*kp[c]*kp[c] - gn*kn[c]*kn[c]
	}
	return q / m2
}

// mover is the state of the local moving step, reused across levels: per
// community its degree sums and size, per neighbour community the weight
// to the node being moved.
type mover struct {
	gp, gn   float64 // γ/2m⁺ and γ/2m⁻ (0 for a layer without edges)
	eps      float64
	comm     []int32
	kp, kn   []float64 // community degree sums
	size     []int32
	free     []int32 // empty communities
	wp, wn   []float64
	seen     []bool
	touched  []int32
	order    []int32
	commBuf  []int32
	sizeBuf  []int32
	kpBuf    []float64
	knBuf    []float64
	wpBuf    []float64
	wnBuf    []float64
	seenBuf  []bool
	orderBuf []int32
}

func newMover(n int, gamma, m2p, m2n, eps float64) *mover {
	lm := &mover{eps: eps,
		commBuf: make([]int32, n), sizeBuf: make([]int32, n), kpBuf: make([]float64, n), knBuf: make([]float64, n),
		wpBuf: make([]float64, n), wnBuf: make([]float64, n), seenBuf: make([]bool, n), orderBuf: make([]int32, n)}
	if m2p > 0 {
		lm.gp = gamma / m2p
	}
	if m2n > 0 {
		lm.gn = gamma / m2n
	}
	return lm
}

// run moves nodes of g between communities, starting from the partition
// init (community ids in 0..n-1) or from singletons if init is nil, while
// a sweep moves something, and returns the communities (ids in 0..n-1,
// not contiguous; the slice is reused by the next call) and whether
// anything moved.
//
// Moving node v, taken out of its community, into community c changes
// Q·(2m⁺+2m⁻)/2 by
//
//	gain(c) = w⁺(v,c) − γ k⁺_v K⁺_c / 2m⁺ − [ w⁻(v,c) − γ k⁻_v K⁻_c / 2m⁻ ]
//
// with w±(v,c) the weight from v to the members of c and K±_c their
// degree sum; an empty community gains 0. The candidates are v's own
// community, its neighbours' communities and an empty community (all
// communities with searchAll); v moves to the best if it gains more than
// eps over staying, the first candidate on ties.
func (lm *mover) run(g *signed, init []int32, searchAll bool, rnd *rand.Rand) ([]int32, bool) {
	n := g.len()
	lm.comm, lm.size, lm.kp, lm.kn = lm.commBuf[:n], lm.sizeBuf[:n], lm.kpBuf[:n], lm.knBuf[:n]
	lm.wp, lm.wn, lm.seen, lm.order = lm.wpBuf[:n], lm.wnBuf[:n], lm.seenBuf[:n], lm.orderBuf[:n]
	lm.free = lm.free[:0]
	comm, size, kp, kn := lm.comm, lm.size, lm.kp, lm.kn
	wp, wn, seen := lm.wp, lm.wn, lm.seen
	for v := 0; v < n; v++ {
		comm[v], size[v], kp[v], kn[v] = int32(v), 0, 0, 0
		lm.order[v] = int32(v)
	}
	if init != nil {
		copy(comm, init)
	}
	for v, c := range comm {
		size[c]++
		kp[c] += g.kp[v]
		kn[c] += g.kn[v]
	}
	for c := int32(n) - 1; c >= 0; c-- {
		if size[c] == 0 {
			lm.free = append(lm.free, c)
		}
	}
	gp, gn := lm.gp, lm.gn
	moved := false
	for {
		rnd.Shuffle(n, func(i, j int) { lm.order[i], lm.order[j] = lm.order[j], lm.order[i] })
		sweep := false
		for _, v := range lm.order {
			cv := comm[v]
			touched := lm.touched[:0]
			for j := g.off[v]; j < g.off[v+1]; j++ {
				c := comm[g.to[j]]
				if !seen[c] {
					seen[c] = true
					touched = append(touched, c)
				}
				wp[c] += g.wp[j]
				wn[c] += g.wn[j]
			}
			kpv, knv := g.kp[v], g.kn[v]
			kp[cv] -= kpv
			kn[cv] -= knv
			size[cv]--
			gain := func(c int32) float64 {
				return wp[c] - gp*kpv*kp[c] - (wn[c] - gn*knv*kn[c])
			}
			stay := gain(cv)
			best, bestGain := cv, stay
			for _, c := range touched {
				if c != cv {
					if x := gain(c); x > bestGain {
						best, bestGain = c, x
					}
				}
			}
			if searchAll {
				for c := int32(0); c < int32(n); c++ {
					if size[c] > 0 && c != cv && !seen[c] {
						if x := gain(c); x > bestGain {
							best, bestGain = c, x
						}
					}
				}
			}
			if size[cv] > 0 && bestGain < 0 && len(lm.free) > 0 {
				// An empty community gains 0. (v's community is empty
				// without v when size is 0: staying is then the same.)
				best, bestGain = lm.free[len(lm.free)-1], 0
			}
			if best != cv && bestGain-stay > lm.eps {
				if size[best] == 0 {
					lm.free = lm.free[:len(lm.free)-1]
				}
				if size[cv] == 0 {
					lm.free = append(lm.free, cv)
				}
				cv = best
				comm[v] = cv
				sweep = true
			}
			kp[cv] += kpv
			kn[cv] += knv
			size[cv]++
			for _, c := range touched {
				wp[c], wn[c], seen[c] = 0, 0, false
			}
			lm.touched = touched
		}
		if !sweep {
			return comm, moved
		}
		moved = true
	}
}

// renumber maps the communities in comm to 0, 1, ... in order of first
// appearance and returns their number.
func renumber(comm []int32) int {
	id := make([]int32, len(comm))
	for i := range id {
		id[i] = -1
	}
	next := int32(0)
	for v, c := range comm {
		if id[c] < 0 {
			id[c] = next
			next++
		}
		comm[v] = id[c]
	}
	return int(next)
}

// aggregate returns the graph whose nodes are the k communities of comm
// (numbered 0..k-1): the weight between two communities is the sum over
// their pairs, the weight inside one becomes its self weight.
func (g *signed) aggregate(comm []int32, k int) *signed {
	n := g.len()
	// Members of each community, by counting sort.
	start := make([]int32, k+1)
	for _, c := range comm {
		start[c+1]++
	}
	for c := 0; c < k; c++ {
		start[c+1] += start[c]
	}
	members := make([]int32, n)
	fill := append([]int32(nil), start[:k]...)
	for v, c := range comm {
		members[fill[c]] = int32(v)
		fill[c]++
	}
	h := &signed{off: make([]int32, k+1), selfP: make([]float64, k), selfN: make([]float64, k),
		kp: make([]float64, k), kn: make([]float64, k)}
	wp, wn := make([]float64, k), make([]float64, k)
	seen := make([]bool, k)
	var touched []int32
	for c := int32(0); c < int32(k); c++ {
		touched = touched[:0]
		for _, v := range members[start[c]:start[c+1]] {
			h.selfP[c] += g.selfP[v]
			h.selfN[c] += g.selfN[v]
			h.kp[c] += g.kp[v]
			h.kn[c] += g.kn[v]
			for j := g.off[v]; j < g.off[v+1]; j++ {
				d := comm[g.to[j]]
				if d == c {
					h.selfP[c] += g.wp[j]
					h.selfN[c] += g.wn[j]
					continue
				}
				if !seen[d] {
					seen[d] = true
					touched = append(touched, d)
				}
				wp[d] += g.wp[j]
				wn[d] += g.wn[j]
			}
		}
		for _, d := range touched {
			h.to = append(h.to, d)
			h.wp = append(h.wp, wp[d])
			h.wn = append(h.wn, wn[d])
			wp[d], wn[d], seen[d] = 0, 0, false
		}
		h.off[c+1] = int32(len(h.to))
	}
	return h
}
