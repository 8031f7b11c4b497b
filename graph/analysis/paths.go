package analysis

import (
	"fmt"
	"math"
	"math/rand/v2"
	"runtime"
	"sync"

	gonum "gonum.org/v1/gonum/graph"
)

// PathOptions control the shortest-path measures (betweenness, harmonic,
// closeness). The zero value computes them exactly.
type PathOptions struct {
	// Samples, if positive and smaller than the number of nodes, estimates
	// the measures from that many source nodes drawn without replacement
	// (seeded by Seed) instead of all of them; see Betweenness for the
	// estimator and its error bound.
	Samples int
	// Seed of the source sample; 0 means DefaultSeed.
	Seed uint64
}

// Paths is the result of the shortest-path measures, indexed by node:
// node i is the i-th node in order of ID (for a Network's views, the
// node of ID i).
type Paths struct {
	Betweenness []float64 // normalised as NetworkX (see the package documentation)
	Harmonic    []float64 // Σ_{u≠v} 1/d(v,u)
	Closeness   []float64 // NetworkX closeness_centrality, wf_improved=True
	// Sources is the number of single-source passes: n when exact.
	Sources int
	// Bound is, for a sampled run, the half-width ε of the simultaneous
	// confidence interval of the normalised betweenness at level
	// 1−BoundDelta (0 when exact).
	Bound float64
}

// BoundDelta is the failure probability δ of Paths.Bound.
const BoundDelta = 0.05

// SampleBound returns the Hoeffding bound ε such that, when k of n sources
// are sampled, every node's estimated normalised betweenness is within ε
// of the exact value with probability at least 1−delta:
//
//	ε = n/(n−1) · √( ln(2n/δ) / (2k) )
//
// Each sampled source s contributes X_s = n·δ_s(v)/((n−1)(n−2)) to the
// estimate of node v, with δ_s(v) ∈ [0, n−2] Brandes' dependency, so
// X_s ∈ [0, n/(n−1)]; Hoeffding's inequality (which also holds for
// sampling without replacement, Hoeffding 1963 §6) bounds one node's error,
// and a union bound over the n nodes gives the ln(2n/δ). It returns 0 when
// k ≥ n (exact).
func SampleBound(n, k int, delta float64) float64 {
	if k >= n || n < 3 {
		return 0
	}
	if k < 1 {
		return math.Inf(1)
	}
	r := float64(n) / float64(n-1)
	return r * math.Sqrt(math.Log(2*float64(n)/delta)/(2*float64(k)))
}

// ShortestPaths computes betweenness, harmonic and closeness of every
// node of g, whose weights are edge lengths (gonum's convention; a
// Network's Distance view, or 1 for an unweighted graph), exactly or
// estimated from opt.Samples sources. A length that is not positive and
// finite is an error. The values are indexed by node in order of ID.
//
// It is our own kernel: gonum's network.BetweennessWeighted needs all
// pairs' shortest paths in memory first, and its unweighted
// network.Betweenness measured 12–17× slower than this on the benchmark
// graph (make bench; 39–52× with lengths); the tests check both give the same values.
func ShortestPaths(g gonum.Undirected, opt PathOptions) (Paths, error) {
	adj, _ := undirectedOf(g)
	for _, w := range adj.w {
		if !(w > 0) || math.IsInf(w, 1) {
			return Paths{}, fmt.Errorf("analysis: edge length %v (want > 0 and finite)", w)
		}
	}
	return paths(adj, opt), nil
}

// csr is an undirected graph in compressed sparse row form: the arcs of v
// are to[off[v]:off[v+1]], of length ln. Both directions of a pair store
// the same float64 (in a Network's Distance view, 1/strength), so a path
// has the same length read from either end.
type csr struct {
	off []int32
	to  []int32
	ln  []float64
	// unit is set when every arc has the same length: breadth-first search
	// then settles nodes in the same order as Dijkstra. ldist[k] is then
	// the length of a path of k arcs, added up arc by arc as Dijkstra
	// would, and linv[k] = 1/ldist[k].
	unit        bool
	ldist, linv []float64
}

func newCSR(adj *adjacency) *csr {
	n := adj.len()
	c := &csr{off: adj.off, to: adj.to, ln: adj.w, unit: true}
	for _, l := range c.ln {
		if l != c.ln[0] {
			c.unit = false
			break
		}
	}
	if c.unit && len(c.ln) > 0 {
		c.ldist, c.linv = make([]float64, n), make([]float64, n)
		for k := 1; k < n; k++ {
			c.ldist[k] = c.ldist[k-1] + c.ln[0]
			c.linv[k] = 1 / c.ldist[k]
		}
	}
	return c
}

// sourceBlocks is the fixed number of blocks the sources are split into.
// Partial betweenness sums are added in block order, so the result does not
// depend on the number of CPUs.
const sourceBlocks = 64

// paths computes betweenness, harmonic and closeness on the lengths of
// adj by Brandes' algorithm (one Dijkstra pass per source, in parallel over
// sources).
func paths(adj *adjacency, opt PathOptions) Paths {
	n := adj.len()
	res := Paths{Betweenness: make([]float64, n), Harmonic: make([]float64, n), Closeness: make([]float64, n)}
	if n == 0 {
		return res
	}
	c := newCSR(adj)
	sources := make([]int32, n)
	for i := range sources {
		sources[i] = int32(i)
	}
	sampled := opt.Samples > 0 && opt.Samples < n
	if sampled {
		seed := opt.Seed
		if seed == 0 {
			seed = DefaultSeed
		}
		rnd := rand.New(rand.NewPCG(seed, 0x6265747765656e)) // "between"
		rnd.Shuffle(n, func(i, j int) { sources[i], sources[j] = sources[j], sources[i] })
		sources = sources[:opt.Samples]
		res.Bound = SampleBound(n, opt.Samples, BoundDelta)
	}
	res.Sources = len(sources)

	blocks := sourceBlocks
	if blocks > len(sources) {
		blocks = len(sources)
	}
	workers := runtime.GOMAXPROCS(0)
	if workers > blocks {
		workers = blocks
	}
	// Sampled runs estimate harmonic and closeness from the distances to
	// the sampled sources (Eppstein and Wang 2004): per node, Σ 1/d, Σ d
	// and the number of sources that reach it.
	type partial struct{ bc, hs, ds, reach []float64 }
	states := make([]*brandes, workers)
	for i := range states {
		states[i] = newBrandes(n, len(c.to))
	}
	parts := make([]partial, workers)
	for i := range parts {
		parts[i] = partial{bc: make([]float64, n)}
		if sampled {
			parts[i].hs, parts[i].ds, parts[i].reach = make([]float64, n), make([]float64, n), make([]float64, n)
		}
	}
	var est partial
	if sampled {
		est = partial{hs: make([]float64, n), ds: make([]float64, n), reach: make([]float64, n)}
	}
	// Blocks run in rounds of `workers`; each round's partial sums are
	// added in block order.
	for first := 0; first < blocks; first += workers {
		var wg sync.WaitGroup
		last := min(first+workers, blocks)
		for b := first; b < last; b++ {
			wg.Add(1)
			go func(b int, st *brandes, p partial) {
				defer wg.Done()
				clear(p.bc)
				if sampled {
					clear(p.hs)
					clear(p.ds)
					clear(p.reach)
				}
				for i := b; i < len(sources); i += blocks {
					s := sources[i]
					h, sum, reached := st.run(c, s, p.bc)
					if !sampled {
						res.Harmonic[s] = h
						res.Closeness[s] = closeness(sum, reached, n)
						continue
					}
					for _, v := range st.order[1:] {
						d := st.distance(c, v)
						p.hs[v] += 1 / d
						p.ds[v] += d
						p.reach[v]++
					}
				}
			}(b, states[b-first], parts[b-first])
		}
		wg.Wait()
		for b := first; b < last; b++ {
			p := parts[b-first]
			for i, v := range p.bc {
				res.Betweenness[i] += v
			}
			if sampled {
				for i := range p.hs {
					est.hs[i] += p.hs[i]
					est.ds[i] += p.ds[i]
					est.reach[i] += p.reach[i]
				}
			}
		}
	}
	scale := 1.0
	if sampled {
		// Unbiased: every node is a source with probability k/n.
		scale = float64(n) / float64(len(sources))
		inSample := make([]bool, n)
		for _, s := range sources {
			inSample[s] = true
		}
		for v := 0; v < n; v++ {
			// Sources other than v itself: k, or k−1 when v was sampled.
			k := float64(len(sources))
			if inSample[v] {
				k--
			}
			if k <= 0 {
				continue
			}
			f := float64(n-1) / k
			res.Harmonic[v] = est.hs[v] * f
			res.Closeness[v] = closeness(est.ds[v]*f, int(math.Round(est.reach[v]*f))+1, n)
		}
	}
	// The sum runs over ordered pairs (s, t); NetworkX's normalisation
	// for undirected graphs divides that sum by (n−1)(n−2), and leaves it
	// unscaled when n ≤ 2.
	if n > 2 {
		scale /= float64((n - 1) * (n - 2))
	}
	for i := range res.Betweenness {
		res.Betweenness[i] *= scale
	}
	return res
}

// closeness is NetworkX's closeness_centrality with wf_improved=True for a
// node that reaches `reached` nodes (itself included) at total distance sum:
// (r−1)/sum · (r−1)/(n−1), 0 if it reaches nothing.
func closeness(sum float64, reached, n int) float64 {
	if sum <= 0 || n < 2 {
		return 0
	}
	r := float64(reached - 1)
	return r / sum * r / float64(n-1)
}

// tieTol is the relative tolerance within which two path lengths are
// equal, as in igraph (igraph_cmp_epsilon): with lengths 1/strength,
// 1/3 + 1/6 and 1/2 are the same length, which exact floating-point
// comparison (NetworkX on float distances) would miss.
const tieTol = 1e-10

// brandes is the per-worker state of Brandes' algorithm: flat arrays
// reused from source to source (a pass resets only the nodes it reached)
// and an indexed 4-ary heap. A node's σ and predecessors are found when it
// is settled, by one scan of its neighbours that also relaxes the arcs
// out of it: its predecessors are the settled neighbours u with
// dist[u] + len(u,v) equal to dist[v] within tieTol. They go to one flat
// list (pred, cut by ends), which the backward pass reads instead of the
// adjacency.
type brandes struct {
	dist, sigma, delta []float64
	lvl                []int32 // breadth-first level for unit lengths, −1 unreached
	pos                []int32 // 1 + heap index; 0 not queued; −1 settled
	heap               []hent
	order              []int32 // settled nodes in order of distance
	pred               []int32 // predecessors of order[i]: pred[ends[i]:ends[i+1]]
	ends               []int32
}

// newBrandes returns the state for a graph of n nodes and m arcs.
func newBrandes(n, m int) *brandes {
	b := &brandes{dist: make([]float64, n), sigma: make([]float64, n), delta: make([]float64, n),
		lvl: make([]int32, n), pos: make([]int32, n), heap: make([]hent, 0, n), order: make([]int32, 0, n+1),
		pred: make([]int32, 0, m+1), ends: make([]int32, 0, n+1)}
	for i := range b.dist {
		b.dist[i] = math.Inf(1)
		b.lvl[i] = -1
	}
	return b
}

// distance is the distance from the last source to v, a node it reached.
func (b *brandes) distance(c *csr, v int32) float64 {
	if c.unit {
		return c.ldist[b.lvl[v]]
	}
	return b.dist[v]
}

// run does one single-source pass from s, adds the dependencies of s to
// acc and returns Σ_t 1/d(s,t), Σ_t d(s,t) and the number of nodes reached
// (s included).
func (b *brandes) run(c *csr, s int32, acc []float64) (harmonic, sum float64, reached int) {
	for _, v := range b.order {
		b.dist[v], b.lvl[v], b.pos[v], b.delta[v] = math.Inf(1), -1, 0, 0
	}
	b.order, b.pred, b.ends = b.order[:0], b.pred[:0], append(b.ends[:0], 0)
	if c.unit {
		b.bfs(c, s)
	} else {
		b.dijkstra(c, s)
	}
	order, pred, ends, sigma, delta := b.order, b.pred, b.ends, b.sigma, b.delta
	for i := len(order) - 1; i > 0; i-- {
		w := order[i]
		var dw float64
		if c.unit {
			l := b.lvl[w]
			harmonic += c.linv[l]
			dw = c.ldist[l]
		} else {
			dw = b.dist[w]
			harmonic += 1 / dw
		}
		sum += dw
		coeff := (1 + delta[w]) / sigma[w]
		for _, v := range pred[ends[i]:ends[i+1]] {
			delta[v] += sigma[v] * coeff
		}
		acc[w] += delta[w]
	}
	return harmonic, sum, len(order)
}

func (b *brandes) dijkstra(c *csr, s int32) {
	dist, sigma, pos := b.dist, b.sigma, b.pos
	b.heap = append(b.heap[:0], hent{0, s})
	dist[s], pos[s] = 0, 1
	for len(b.heap) > 0 {
		v := b.pop()
		pos[v] = -1
		b.order = append(b.order, v)
		dv := dist[v]
		lo, hi := dv*(1-tieTol), dv*(1+tieTol)
		sv := 0.0
		if v == s {
			sv = 1
		}
		for j := c.off[v]; j < c.off[v+1]; j++ {
			w := c.to[j]
			if pos[w] < 0 {
				if d := dist[w] + c.ln[j]; d >= lo && d <= hi {
					sv += sigma[w]
					b.pred = append(b.pred, w)
				}
				continue
			}
			// A tie keeps the first length.
			if d := dv + c.ln[j]; d < dist[w]*(1-tieTol) {
				dist[w] = d
				if p := pos[w]; p == 0 {
					b.heap = append(b.heap, hent{d, w})
					b.up(len(b.heap) - 1)
				} else {
					b.heap[p-1].d = d
					b.up(int(p - 1))
				}
			}
		}
		sigma[v] = sv
		b.ends = append(b.ends, int32(len(b.pred)))
	}
}

// bfs is dijkstra for equal arc lengths: a FIFO queue settles nodes in
// the same order, and levels replace distances (c.ldist). All nodes of
// level l−1 are settled before any of level l, so σ is complete then too.
// The scan is branch-free: every neighbour is written to the end of order
// and of pred, and the ends only advance for a new node or a predecessor.
func (b *brandes) bfs(c *csr, s int32) {
	lvl, sigma := b.lvl, b.sigma
	order, pred, ends := b.order[:cap(b.order)], b.pred[:cap(b.pred)], b.ends
	order[0], lvl[s] = s, 0
	no, np := 1, 0
	for i := 0; i < no; i++ {
		v := order[i]
		l := lvl[v]
		sv := 0.0
		if i == 0 {
			sv = 1
		}
		for _, w := range c.to[c.off[v]:c.off[v+1]] {
			lw := lvl[w]
			isNew := int32(uint32(lw) >> 31) // lw = −1
			lvl[w] = lw + isNew*(l+2)
			order[no] = w
			no += int(isNew)
			isPred := b2i(lw == l-1) &^ int(isNew)
			pred[np] = w
			np += isPred
			sv += math.Float64frombits(math.Float64bits(sigma[w]) & -uint64(isPred))
		}
		sigma[v] = sv
		ends = append(ends, int32(np))
	}
	b.order, b.pred, b.ends = order[:no], pred[:np], ends
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// The heap is 4-ary and keeps each node's key next to it, so that sifting
// reads contiguous memory.
type hent struct {
	d float64
	v int32
}

func (b *brandes) up(i int) {
	h, pos := b.heap, b.pos
	e := h[i]
	for i > 0 {
		p := (i - 1) / 4
		if h[p].d <= e.d {
			break
		}
		h[i] = h[p]
		pos[h[i].v] = int32(i + 1)
		i = p
	}
	h[i] = e
	pos[e.v] = int32(i + 1)
}

func (b *brandes) pop() int32 {
	h, pos := b.heap, b.pos
	top := h[0].v
	n := len(h) - 1
	last := h[n]
	h = h[:n]
	b.heap = h
	if n == 0 {
		return top
	}
	i := 0
	for {
		c := 4*i + 1
		if c >= n {
			break
		}
		m := c
		end := min(c+4, n)
		for k := c + 1; k < end; k++ {
			if h[k].d < h[m].d {
				m = k
			}
		}
		if h[m].d >= last.d {
			break
		}
		h[i] = h[m]
		pos[h[i].v] = int32(i + 1)
		i = m
	}
	h[i] = last
	pos[last.v] = int32(i + 1)
	return top
}
