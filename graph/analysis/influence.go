package analysis

import (
	"math"
	"runtime"
	"sort"
	"sync"

	"github.com/actorgraph/actorgraph/graph"
)

// Damping is the PageRank damping factor α.
const Damping = 0.85

// Power iterations stop when Σ_v |x_v − x'_v| < n·tol, as in NetworkX, but
// with a tolerance tight enough that the result is the fixed point to well
// below the 6 printed decimals.
const (
	powerTol       = 1e-12
	pageRankIter   = 10000
	eigenIter      = 10000
	compositeScale = 1e6 // composite is compared after rounding to 6 decimals
)

// Score is the influence of one node. See the package documentation for
// the formulas.
type Score struct {
	ID   string
	Name string
	// Degree is the number of neighbours with positive interaction strength.
	Degree int
	// Strength is Σ over neighbours of cooperation + conflict.
	Strength float64
	// Cooperation and Conflict split Strength: Σ positive scores and
	// Σ |negative scores| of the node's pairs. Strength = Cooperation + Conflict.
	Cooperation float64
	Conflict    float64
	// Betweenness is normalised shortest-path betweenness on distance
	// 1/strength (NetworkX betweenness_centrality, normalized=True).
	Betweenness float64
	// Harmonic is Σ_{u≠v} 1/d(u,v) on distance 1/strength (NetworkX
	// harmonic_centrality); HarmonicNorm is Harmonic/(n−1).
	Harmonic     float64
	HarmonicNorm float64
	// Eigenvector is the L2-normalised principal eigenvector of the strength
	// adjacency (NetworkX eigenvector_centrality).
	Eigenvector float64
	// PageRank is computed on the directed strength graph, α = 0.85
	// (NetworkX pagerank); the values sum to 1.
	PageRank float64
	// Composite is the mean of the max-normalised measures, in [0, 1].
	Composite float64
}

// Influence computes the influence measures of every node of g, sorted by
// composite score (rounded to 6 decimals) descending, then by ID. A nil or
// empty graph gives no scores. An invalid graph is an error wrapping
// graph.ErrInvalid.
func Influence(g *graph.Graph) ([]Score, error) {
	nw, err := newNetwork(g)
	if err != nil {
		return nil, err
	}
	return nw.influence(), nil
}

func (nw *network) influence() []Score {
	n := nw.len()
	if n == 0 {
		return nil
	}
	scores := make([]Score, n)
	strength := make([]float64, n)
	for i := range scores {
		s := &scores[i]
		s.ID, s.Name = nw.ids[i], nw.names[i]
		s.Degree = len(nw.und[i])
		s.Cooperation, s.Conflict = nw.coop[i], nw.conf[i]
		for _, a := range nw.und[i] {
			strength[i] += a.strength
		}
		s.Strength = strength[i]
	}
	bc, hc := nw.paths()
	ev := nw.eigenvector()
	pr := nw.pageRank(Damping)
	for i := range scores {
		s := &scores[i]
		s.Betweenness, s.Harmonic = bc[i], hc[i]
		if n > 1 {
			s.HarmonicNorm = hc[i] / float64(n-1)
		}
		s.Eigenvector, s.PageRank = ev[i], pr[i]
	}
	composite(scores, [][]float64{strength, bc, hc, ev, pr})
	sort.SliceStable(scores, func(i, j int) bool {
		a, b := math.Round(scores[i].Composite*compositeScale), math.Round(scores[j].Composite*compositeScale)
		if a != b {
			return a > b
		}
		return scores[i].ID < scores[j].ID
	})
	return scores
}

// composite sets Composite to the mean, over the measures whose maximum is
// positive, of value/maximum.
func composite(scores []Score, measures [][]float64) {
	var used int
	sum := make([]float64, len(scores))
	for _, m := range measures {
		var max float64
		for _, v := range m {
			max = math.Max(max, v)
		}
		if max <= 0 {
			continue
		}
		used++
		for i, v := range m {
			sum[i] += v / max
		}
	}
	if used == 0 {
		return
	}
	for i := range scores {
		scores[i].Composite = sum[i] / float64(used)
	}
}

// sourceBlocks is the fixed number of blocks the sources of Brandes'
// algorithm are split into. Partial sums are added in block order, so the
// result does not depend on the number of CPUs.
const sourceBlocks = 64

// paths returns normalised betweenness and harmonic centrality on the
// distance 1/strength, by Brandes' algorithm with Dijkstra (one
// single-source pass per node).
func (nw *network) paths() (bc, hc []float64) {
	n := nw.len()
	bc = make([]float64, n)
	hc = make([]float64, n)
	blocks := sourceBlocks
	if blocks > n {
		blocks = n
	}
	partial := make([][]float64, blocks)
	work := make(chan int)
	var wg sync.WaitGroup
	workers := runtime.GOMAXPROCS(0)
	if workers > blocks {
		workers = blocks
	}
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			st := newBrandes(n)
			for b := range work {
				acc := make([]float64, n)
				for s := b; s < n; s += blocks {
					hc[s] = st.run(nw, s, acc)
				}
				partial[b] = acc
			}
		}()
	}
	for b := 0; b < blocks; b++ {
		work <- b
	}
	close(work)
	wg.Wait()
	for _, acc := range partial {
		for i, v := range acc {
			bc[i] += v
		}
	}
	// The sum runs over ordered pairs (s, t); NetworkX's normalisation
	// for undirected graphs divides that sum by (n−1)(n−2), and leaves it
	// unscaled when n ≤ 2.
	if n > 2 {
		scale := 1 / float64((n-1)*(n-2))
		for i := range bc {
			bc[i] *= scale
		}
	}
	return bc, hc
}

// brandes is the per-worker state of Brandes' algorithm.
type brandes struct {
	dist  []float64
	sigma []float64
	delta []float64
	done  []bool
	seen  []bool
	preds [][]int
	stack []int
	queue distHeap
}

func newBrandes(n int) *brandes {
	return &brandes{
		dist: make([]float64, n), sigma: make([]float64, n), delta: make([]float64, n),
		done: make([]bool, n), seen: make([]bool, n), preds: make([][]int, n),
	}
}

// run does one single-source pass from s, adds the dependencies of s to acc
// and returns Σ_t 1/d(s,t), the harmonic centrality of s.
func (b *brandes) run(nw *network, s int, acc []float64) float64 {
	for i := range b.dist {
		b.dist[i], b.sigma[i], b.delta[i] = 0, 0, 0
		b.done[i], b.seen[i] = false, false
		b.preds[i] = b.preds[i][:0]
	}
	b.stack = b.stack[:0]
	b.queue = b.queue[:0]
	b.sigma[s], b.seen[s] = 1, true
	b.queue.push(item{0, s})
	var harmonic float64
	for len(b.queue) > 0 {
		it := b.queue.pop()
		v := it.node
		if b.done[v] {
			continue
		}
		b.done[v] = true
		b.stack = append(b.stack, v)
		if v != s {
			harmonic += 1 / b.dist[v]
		}
		for _, a := range nw.und[v] {
			w := a.to
			d := b.dist[v] + 1/a.strength
			switch {
			case !b.seen[w] || d < b.dist[w]:
				b.seen[w], b.dist[w] = true, d
				b.sigma[w] = b.sigma[v]
				b.preds[w] = append(b.preds[w][:0], v)
				b.queue.push(item{d, w})
			case d == b.dist[w] && !b.done[w]:
				b.sigma[w] += b.sigma[v]
				b.preds[w] = append(b.preds[w], v)
			}
		}
	}
	for i := len(b.stack) - 1; i >= 0; i-- {
		w := b.stack[i]
		coeff := (1 + b.delta[w]) / b.sigma[w]
		for _, v := range b.preds[w] {
			b.delta[v] += b.sigma[v] * coeff
		}
		if w != s {
			acc[w] += b.delta[w]
		}
	}
	return harmonic
}

type item struct {
	dist float64
	node int
}

// distHeap is a binary min-heap by distance, then node index
// (deterministic), without container/heap's boxing.
type distHeap []item

func (h distHeap) less(i, j int) bool {
	if h[i].dist != h[j].dist {
		return h[i].dist < h[j].dist
	}
	return h[i].node < h[j].node
}

func (h *distHeap) push(it item) {
	*h = append(*h, it)
	q := *h
	for i := len(q) - 1; i > 0; {
		p := (i - 1) / 2
		if !q.less(i, p) {
			break
		}
		q[i], q[p] = q[p], q[i]
		i = p
	}
}

func (h *distHeap) pop() item {
	q := *h
	top := q[0]
	last := len(q) - 1
	q[0] = q[last]
	q = q[:last]
	for i := 0; ; {
		l, r, m := 2*i+1, 2*i+2, i
		if l < len(q) && q.less(l, m) {
			m = l
		}
		if r < len(q) && q.less(r, m) {
			m = r
		}
		if m == i {
			break
		}
		q[i], q[m] = q[m], q[i]
		i = m
	}
	*h = q
	return top
}

// eigenvector is NetworkX's eigenvector_centrality: power iteration with
// A+I (the shift avoids oscillation on bipartite graphs and does not change
// the principal eigenvector), starting from the uniform vector, L2-normalised
// at every step.
func (nw *network) eigenvector() []float64 {
	n := nw.len()
	x := make([]float64, n)
	for i := range x {
		x[i] = 1 / float64(n)
	}
	next := make([]float64, n)
	for it := 0; it < eigenIter; it++ {
		copy(next, x)
		for v := range nw.und {
			for _, a := range nw.und[v] {
				next[a.to] += x[v] * a.strength
			}
		}
		var norm float64
		for _, v := range next {
			norm += v * v
		}
		norm = math.Sqrt(norm)
		if norm == 0 {
			norm = 1
		}
		var diff float64
		for i := range next {
			next[i] /= norm
			diff += math.Abs(next[i] - x[i])
		}
		x, next = next, x
		if diff < float64(n)*powerTol {
			break
		}
	}
	return x
}

// pageRank is NetworkX's pagerank with uniform personalisation and uniform
// redistribution of dangling mass: x ← α(xM + Σ_{dangling} x_d/n) + (1−α)/n,
// M the out-strength row-normalised matrix of the directed graph.
func (nw *network) pageRank(alpha float64) []float64 {
	n := nw.len()
	outStrength := make([]float64, n)
	for v, arcs := range nw.out {
		for _, a := range arcs {
			outStrength[v] += a.strength
		}
	}
	x := make([]float64, n)
	for i := range x {
		x[i] = 1 / float64(n)
	}
	next := make([]float64, n)
	for it := 0; it < pageRankIter; it++ {
		var dangling float64
		for v := range x {
			if outStrength[v] == 0 {
				dangling += x[v]
			}
		}
		base := alpha*dangling/float64(n) + (1-alpha)/float64(n)
		for i := range next {
			next[i] = base
		}
		for v, arcs := range nw.out {
			if outStrength[v] == 0 {
				continue
			}
			f := alpha * x[v] / outStrength[v]
			for _, a := range arcs {
				next[a.to] += f * a.strength
			}
		}
		var diff float64
		for i := range next {
			diff += math.Abs(next[i] - x[i])
		}
		x, next = next, x
		if diff < float64(n)*powerTol {
			break
		}
	}
	return x
}
