package analysis

import (
	"fmt"
	"math"
	"sort"

	gonum "gonum.org/v1/gonum/graph"

	"github.com/actorgraph/actorgraph/graph"
)

// Damping is the PageRank damping factor α.
const Damping = 0.85

// Power iterations stop when Σ_v |x_v − x'_v| < n·tol, as in NetworkX, but
// with a tolerance tight enough that the result is the fixed point to well
// below the 6 printed decimals.
const (
	powerTol     = 1e-12
	pageRankIter = 10000
	eigenIter    = 10000
	sortScale    = 1e6 // influence is compared after rounding to 6 decimals
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
	// (NetworkX pagerank); the values sum to 1. It measures attention
	// received, hostile or friendly.
	PageRank float64
	// Influence is the value of the measure chosen as influence
	// (Options.Measure, DefaultMeasure if empty): the column the tables
	// sort by and the drawings size nodes by.
	Influence float64
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
	// PN is the PN centrality of Everett and Borgatti (2014) on the signed
	// graph: allies raise it, adversaries lower it twice as much, and so
	// on along walks.
	PN float64
	// EigenvectorSigned is the signed eigenvector centrality of Bonacich
	// and Lloyd (2004), scaled so that the largest magnitude is 1; 0 for
	// every node when the signed graph has no dominant eigenvalue.
	EigenvectorSigned float64
	// Status is the status score of Leskovec, Huttenlocher and Kleinberg
	// (2010) on the directed signed graph: support received and hostility
	// shown count up, support given and hostility received count down.
	Status float64
}

// Measure names a per-actor measure that can be the influence column.
type Measure string

// The measures Options.Measure may name.
const (
	MeasurePN                Measure = "pn"
	MeasureEigenvectorSigned Measure = "eigenvector_signed"
	MeasureStatus            Measure = "status"
	MeasureStrength          Measure = "strength"
	MeasureCooperation       Measure = "cooperation"
	MeasureDegree            Measure = "degree"
	MeasureBetweenness       Measure = "betweenness"
	MeasureHarmonic          Measure = "harmonic"
	MeasureCloseness         Measure = "closeness"
	MeasureEigenvector       Measure = "eigenvector"
	MeasureEigenvectorCoop   Measure = "eigenvector_coop"
	MeasurePageRank          Measure = "pagerank"
	MeasurePageRankCoop      Measure = "pagerank_coop"
)

// DefaultMeasure is the influence measure when none is chosen: PN
// centrality, which counts allies for an actor and adversaries against it
// (twice as much), and their allies and adversaries in turn. Unlike the
// measures of the strength graph (strength, eigenvector, PageRank), it
// does not rank an actor high for being attacked a lot.
const DefaultMeasure = MeasurePN

var measures = []struct {
	m     Measure
	title string
	of    func(Score) float64
	doc   string
}{
	{MeasurePN, "PN centrality", func(s Score) float64 { return s.PN }, "PN centrality (Everett and Borgatti 2014): allies count for, adversaries twice against, along walks"},
	{MeasureEigenvectorSigned, "signed eigenvector centrality", func(s Score) float64 { return s.EigenvectorSigned }, "signed eigenvector centrality (Bonacich and Lloyd 2004), largest magnitude 1"},
	{MeasureStatus, "status", func(s Score) float64 { return s.Status }, "status (Leskovec et al. 2010): support received + hostility shown − support given − hostility received"},
	{MeasureStrength, "strength", func(s Score) float64 { return s.Strength }, "interaction strength: cooperation + conflict with all others"},
	{MeasureCooperation, "cooperation", func(s Score) float64 { return s.Cooperation }, "cooperation with all others"},
	{MeasureDegree, "degree", func(s Score) float64 { return float64(s.Degree) }, "number of actors interacted with"},
	{MeasureBetweenness, "betweenness", func(s Score) float64 { return s.Betweenness }, "shortest-path betweenness on distance 1/strength"},
	{MeasureHarmonic, "harmonic closeness", func(s Score) float64 { return s.Harmonic }, "harmonic closeness on distance 1/strength"},
	{MeasureCloseness, "closeness", func(s Score) float64 { return s.Closeness }, "closeness on distance 1/strength"},
	{MeasureEigenvector, "eigenvector centrality", func(s Score) float64 { return s.Eigenvector }, "eigenvector centrality of the strength graph"},
	{MeasureEigenvectorCoop, "eigenvector centrality of cooperation", func(s Score) float64 { return s.EigenvectorCoop }, "eigenvector centrality of the cooperation layer"},
	{MeasurePageRank, "PageRank", func(s Score) float64 { return s.PageRank }, "PageRank of the directed strength graph: attention received, friendly or hostile"},
	{MeasurePageRankCoop, "PageRank of cooperation", func(s Score) float64 { return s.PageRankCoop }, "PageRank of the directed cooperation graph: support received"},
}

// Measures lists the measures that can be the influence column, the
// default first.
func Measures() []Measure {
	out := make([]Measure, len(measures))
	for i, m := range measures {
		out[i] = m.m
	}
	return out
}

// ParseMeasure parses a measure name; "" is DefaultMeasure.
func ParseMeasure(s string) (Measure, error) {
	if s == "" {
		return DefaultMeasure, nil
	}
	for _, m := range measures {
		if string(m.m) == s {
			return m.m, nil
		}
	}
	return "", fmt.Errorf("analysis: unknown influence measure %q (want one of %v)", s, Measures())
}

// Of returns the measure's value in s.
func (m Measure) Of(s Score) float64 {
	for _, x := range measures {
		if x.m == m {
			return x.of(s)
		}
	}
	return 0
}

// Title is the measure's name in words ("PN centrality").
func (m Measure) Title() string {
	for _, x := range measures {
		if x.m == m {
			return x.title
		}
	}
	return string(m)
}

// Doc is a one-line description of the measure.
func (m Measure) Doc() string {
	for _, x := range measures {
		if x.m == m {
			return x.doc
		}
	}
	return ""
}

// Scaled maps every actor's Influence to [0, 1] by its position between
// the smallest and the largest (all 0.5 when they are equal): what a
// drawing sizes nodes by, since measures such as PN and status are not
// on a 0..1 scale.
func Scaled(scores []Score) map[string]float64 {
	out := make(map[string]float64, len(scores))
	if len(scores) == 0 {
		return out
	}
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, s := range scores {
		lo, hi = math.Min(lo, s.Influence), math.Max(hi, s.Influence)
	}
	for _, s := range scores {
		v := 0.5
		if hi > lo {
			v = (s.Influence - lo) / (hi - lo)
		}
		out[s.ID] = v
	}
	return out
}

// Influence computes the influence measures of every node of g with the
// default options, sorted by influence (DefaultMeasure). A nil or empty
// graph gives no scores. An invalid graph is an error wrapping
// graph.ErrInvalid.
func Influence(g *graph.Graph) ([]Score, error) {
	return InfluenceWith(g, Options{})
}

// InfluenceWith is Influence with options: the influence measure
// (opt.Measure) and the shortest-path measures (opt.Paths, sampled
// betweenness on large graphs). Scores are sorted by influence rounded to
// 6 decimals, descending, then by ID.
func InfluenceWith(g *graph.Graph, opt Options) ([]Score, error) {
	m, err := ParseMeasure(string(opt.Measure))
	if err != nil {
		return nil, err
	}
	nw, err := NewNetwork(g)
	if err != nil {
		return nil, err
	}
	scores, _, _ := nw.influence(m, opt.Paths)
	return scores, nil
}

// influence computes the scores, sorted by m; the paths result and notes
// on the measures that are undefined on this graph come with them.
func (nw *Network) influence(m Measure, opt PathOptions) ([]Score, Paths, []string) {
	n := nw.len()
	if n == 0 {
		return nil, Paths{}, nil
	}
	var notes []string
	scores := make([]Score, n)
	for i := range scores {
		s := &scores[i]
		s.ID, s.Name = nw.ids[i], nw.names[i]
		s.Degree = len(nw.und[i])
		s.Cooperation, s.Conflict = nw.coop[i], nw.conf[i]
		for _, a := range nw.und[i] {
			s.Strength += a.strength
			switch net := a.coop - a.conf; {
			case net > 0:
				s.DegreePos++
			case net < 0:
				s.DegreeNeg++
			}
		}
	}
	paths := paths(&nw.Distance().adj, opt)
	ev := eigenvector(&nw.Strength().adj)
	layers := nw.Layers()
	evCoop := eigenvector(&layers.layers[0].adj)
	evConf := eigenvector(&layers.layers[1].adj)
	pr := pageRank(&nw.Directed().out, Damping)
	prCoop := pageRank(&nw.DirectedCooperation().out, Damping)
	prConf := pageRank(&nw.DirectedConflict().out, Damping)
	core := cores(&nw.Strength().adj)
	cut, _, _, _, _, _, _ := dfs(&nw.Strength().adj)
	pn, ok := pnIndex(&nw.Signed().adj)
	if !ok {
		pn = make([]float64, n)
		notes = append(notes, "PN centrality is undefined (two adversaries alone): 0 for both")
	}
	evSigned, ok := signedEigenvector(&nw.Signed().adj)
	if !ok {
		evSigned = make([]float64, n)
		notes = append(notes, "the signed graph has no dominant eigenvalue: signed eigenvector centrality is 0 for all")
	}
	st := status(&nw.SignedDirected().out)
	for i := range scores {
		s := &scores[i]
		s.Betweenness, s.Harmonic, s.Closeness = paths.Betweenness[i], paths.Harmonic[i], paths.Closeness[i]
		if n > 1 {
			s.HarmonicNorm = s.Harmonic / float64(n-1)
		}
		s.Eigenvector, s.PageRank = ev[i], pr[i]
		s.EigenvectorCoop, s.EigenvectorConf = evCoop[i], evConf[i]
		s.PageRankCoop, s.PageRankConf = prCoop[i], prConf[i]
		s.Core, s.Broker = core[i], cut[i]
		s.PN, s.EigenvectorSigned, s.Status = pn[i], evSigned[i], st[i]
		s.Influence = m.Of(*s)
	}
	sort.SliceStable(scores, func(i, j int) bool {
		a, b := math.Round(scores[i].Influence*sortScale), math.Round(scores[j].Influence*sortScale)
		if a != b {
			return a > b
		}
		return scores[i].ID < scores[j].ID
	})
	return scores, paths, notes
}

// Eigenvector returns the eigenvector centrality of every node of g,
// weights read as strengths (their magnitude; 1 for an unweighted graph):
// NetworkX's eigenvector_centrality, see the package documentation. gonum
// has no sparse eigensolver; a dense decomposition (mat.EigenSym, which
// the tests cross-check) takes 4 s at 1000 nodes where this takes
// milliseconds.
func Eigenvector(g gonum.Undirected) map[int64]float64 {
	adj, ids := undirectedOf(g)
	return byID(ids, eigenvector(adj))
}

// eigenvector is NetworkX's eigenvector_centrality: power iteration with
// A+I (the shift avoids oscillation on bipartite graphs and does not change
// the principal eigenvector), starting from the uniform vector, L2-normalised
// at every step.
func eigenvector(adj *adjacency) []float64 {
	n := adj.len()
	x := make([]float64, n)
	for i := range x {
		x[i] = 1 / float64(n)
	}
	next := make([]float64, n)
	for it := 0; it < eigenIter; it++ {
		copy(next, x)
		for v := 0; v < n; v++ {
			for j := adj.off[v]; j < adj.off[v+1]; j++ {
				next[adj.to[j]] += x[v] * math.Abs(adj.w[j])
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

// PageRank returns the PageRank of every node of the directed graph g,
// weights read as strengths (their magnitude; 1 for an unweighted graph),
// with damping alpha: NetworkX's pagerank, see the package documentation.
// gonum's network.PageRankSparse computes the same (the tests check it)
// but measured 3–4× slower on the benchmark graph (make bench), and it
// starts from a random vector, so its last digits change from run to run.
func PageRank(g gonum.Directed, alpha float64) map[int64]float64 {
	adj, ids := directedOf(g)
	return byID(ids, pageRank(adj, alpha))
}

// pageRank is NetworkX's pagerank with uniform personalisation and uniform
// redistribution of dangling mass: x ← α(xM + Σ_{dangling} x_d/n) + (1−α)/n,
// M the out-strength row-normalised matrix of the directed graph.
func pageRank(out *adjacency, alpha float64) []float64 {
	n := out.len()
	outStrength := make([]float64, n)
	for v := 0; v < n; v++ {
		for j := out.off[v]; j < out.off[v+1]; j++ {
			outStrength[v] += math.Abs(out.w[j])
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
		for v := 0; v < n; v++ {
			if outStrength[v] == 0 {
				continue
			}
			f := alpha * x[v] / outStrength[v]
			for j := out.off[v]; j < out.off[v+1]; j++ {
				next[out.to[j]] += f * math.Abs(out.w[j])
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
