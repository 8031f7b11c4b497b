package analysis

import (
	"math"
	"sort"

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

	// The columns below were added after the ones above, whose meaning
	// is unchanged.

	// Closeness is NetworkX closeness_centrality on distance 1/strength
	// (Wasserman–Faust scaling for disconnected graphs).
	Closeness float64
	// DegreePos and DegreeNeg count the neighbours whose pair has net > 0
	// (allies) and net < 0 (adversaries); pairs with net 0 count in
	// neither.
	DegreePos, DegreeNeg int
	// EigenvectorCoop and EigenvectorConf are Eigenvector computed on the
	// cooperation layer alone and on the conflict layer alone.
	EigenvectorCoop, EigenvectorConf float64
	// PageRankCoop and PageRankConf are PageRank on the directed
	// cooperation graph and the directed conflict graph.
	PageRankCoop, PageRankConf float64
	// Core is the k-core number on the interaction graph (NetworkX
	// core_number).
	Core int
	// Broker is the number of extra connected components the graph would
	// have without this node (0: not an articulation point).
	Broker int
}

// Influence computes the influence measures of every node of g, sorted by
// composite score (rounded to 6 decimals) descending, then by ID. A nil or
// empty graph gives no scores. An invalid graph is an error wrapping
// graph.ErrInvalid.
func Influence(g *graph.Graph) ([]Score, error) {
	return InfluenceWith(g, PathOptions{})
}

// InfluenceWith is Influence with options for the shortest-path measures
// (sampled betweenness on large graphs).
func InfluenceWith(g *graph.Graph, opt PathOptions) ([]Score, error) {
	nw, err := newNetwork(g)
	if err != nil {
		return nil, err
	}
	scores, _ := nw.influence(opt)
	return scores, nil
}

func (nw *network) influence(opt PathOptions) ([]Score, Paths) {
	n := nw.len()
	if n == 0 {
		return nil, Paths{}
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
			switch net := a.coop - a.conf; {
			case net > 0:
				s.DegreePos++
			case net < 0:
				s.DegreeNeg++
			}
		}
		s.Strength = strength[i]
	}
	paths := nw.paths(opt)
	bc, hc := paths.Betweenness, paths.Harmonic
	ev := nw.eigenvector(func(a arc) float64 { return a.strength })
	evCoop := nw.eigenvector(func(a arc) float64 { return a.coop })
	evConf := nw.eigenvector(func(a arc) float64 { return a.conf })
	pr := pageRank(nw.out, Damping)
	prCoop := pageRank(nw.outCoop, Damping)
	prConf := pageRank(nw.outConf, Damping)
	core := nw.cores()
	cut := nw.articulation()
	for i := range scores {
		s := &scores[i]
		s.Betweenness, s.Harmonic, s.Closeness = bc[i], hc[i], paths.Closeness[i]
		if n > 1 {
			s.HarmonicNorm = hc[i] / float64(n-1)
		}
		s.Eigenvector, s.PageRank = ev[i], pr[i]
		s.EigenvectorCoop, s.EigenvectorConf = evCoop[i], evConf[i]
		s.PageRankCoop, s.PageRankConf = prCoop[i], prConf[i]
		s.Core, s.Broker = core[i], cut[i]
	}
	composite(scores, [][]float64{strength, bc, hc, ev, pr})
	sort.SliceStable(scores, func(i, j int) bool {
		a, b := math.Round(scores[i].Composite*compositeScale), math.Round(scores[j].Composite*compositeScale)
		if a != b {
			return a > b
		}
		return scores[i].ID < scores[j].ID
	})
	return scores, paths
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

// eigenvector is NetworkX's eigenvector_centrality: power iteration with
// A+I (the shift avoids oscillation on bipartite graphs and does not change
// the principal eigenvector), starting from the uniform vector, L2-normalised
// at every step.
func (nw *network) eigenvector(weight func(arc) float64) []float64 {
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
				next[a.to] += x[v] * weight(a)
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
func pageRank(out [][]arc, alpha float64) []float64 {
	n := len(out)
	outStrength := make([]float64, n)
	for v, arcs := range out {
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
		for v, arcs := range out {
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
