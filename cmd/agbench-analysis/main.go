// Command agbench-analysis times every measure of package analysis against
// gonum and igraph on the same graph, in one run, and prints one table:
// for each measure our time, gonum's, igraph's, gonum's time over ours,
// which implementation the analysis uses by the rule "gonum's wherever it
// is within 2× of ours", and the largest difference between the values.
// Then it times the exact and sampled betweenness and the whole analysis
// on larger graphs.
//
//	go run ./cmd/agbench-analysis [-n 1000] [-m 5000] [-big-n 10000] [-big-m 50000] [-igraph=false] [-big=false]
//
// The graphs are a path through all n nodes (so they are connected) plus
// random pairs up to m pairs, strengths 1..10, one pair in three a
// conflict (a directed attack), the others cooperation (mutual talks).
// igraph runs in /usr/bin/python3 (Debian's python3-igraph) and is
// skipped if that fails; it has no signed measures. gonum has no sparse
// eigensolver or linear solver: its rows for the eigenvectors and PN are
// gonum/mat's dense decompositions, which is why the table graph is small.
package main

import (
	"bufio"
	_ "embed"
	"flag"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"time"

	"gonum.org/v1/gonum/graph/community"
	"gonum.org/v1/gonum/graph/network"
	"gonum.org/v1/gonum/graph/path"
	"gonum.org/v1/gonum/graph/topo"
	"gonum.org/v1/gonum/mat"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/analysis"
)

//go:embed igraph_bench.py
var igraphScript []byte

func main() {
	n := flag.Int("n", 1000, "nodes of the table graph")
	m := flag.Int("m", 5000, "pairs of the table graph")
	bigN := flag.Int("big-n", 10000, "nodes of the large graph (exact and sampled betweenness)")
	bigM := flag.Int("big-m", 50000, "pairs of the large graph")
	withIgraph := flag.Bool("igraph", true, "time igraph (python3-igraph)")
	withBig := flag.Bool("big", true, "time the large graphs too")
	samples := flag.Int("samples", 1000, "sources of the sampled estimate on the large graph")
	bigEdges := flag.Int("analysis-edges", 100000, "typed edges of the actor graph for the whole-analysis timing")
	flag.Parse()
	if err := run(*n, *m, *withIgraph); err == nil && *withBig {
		err = runBig(*bigN, *bigM, *withIgraph, *samples, *bigEdges)
	} else if err != nil {
		fmt.Fprintln(os.Stderr, "agbench-analysis:", err)
		os.Exit(1)
	}
}

type pair struct {
	a, b     int
	w        float64
	conflict bool
}

func randomPairs(n, m int, seed uint64) []pair {
	rnd := rand.New(rand.NewPCG(seed, seed))
	seen := map[[2]int]bool{}
	var ps []pair
	add := func(a, b int) {
		if a == b {
			return
		}
		a, b = min(a, b), max(a, b)
		if seen[[2]int{a, b}] {
			return
		}
		seen[[2]int{a, b}] = true
		ps = append(ps, pair{a, b, float64(1 + rnd.IntN(10)), rnd.IntN(3) == 0})
	}
	for i := 1; i < n; i++ {
		add(i-1, i)
	}
	for len(ps) < m {
		add(rnd.IntN(n), rnd.IntN(n))
	}
	return ps
}

func id(i int) string { return fmt.Sprintf("n%06d", i) }

// toGraph builds the actor graph: cooperation as mutual CONSULT, conflict
// as an attack from the lower to the higher node; unit sets every
// strength to 1.
func toGraph(n int, ps []pair, unit bool) *graph.Graph {
	g := &graph.Graph{}
	for i := 0; i < n; i++ {
		g.Nodes = append(g.Nodes, graph.Node{ID: id(i), Name: id(i)})
	}
	for _, p := range ps {
		w := p.w
		if unit {
			w = 1
		}
		e := graph.Edge{Source: id(p.a), Target: id(p.b), Type: "CONSULT", Count: 1, Weight: w, Cooperation: w}
		if p.conflict {
			e = graph.Edge{Source: id(p.a), Target: id(p.b), Type: "FIGHT", Directed: true, Count: 1, Weight: -w, Conflict: w}
		}
		g.Edges = append(g.Edges, e)
	}
	return g
}

// timeIt times f; a fast f is repeated (up to 0.2 s or 1000 times) and
// its mean time returned, so that millisecond measures compare too.
func timeIt(f func()) time.Duration {
	t := time.Now()
	f()
	d := time.Since(t)
	if d >= 20*time.Millisecond {
		return d
	}
	runs := 1
	for ; runs < 1000 && time.Since(t) < 200*time.Millisecond; runs++ {
		f()
	}
	return time.Since(t) / time.Duration(runs)
}

// row is one line of the table; a zero time is "not available", a NaN
// difference "not compared".
type row struct {
	measure              string
	ours, gonum, igraph  time.Duration
	dGonum, dIgraph      float64
	note                 string
	usesGonumInAnalysis  bool // what package analysis does today
	gonumOnlyForChecking bool // gonum's is a dense or test-only stand-in
}

func maxDiff(a []float64, b func(i int) float64) float64 {
	var d float64
	for i := range a {
		d = math.Max(d, math.Abs(a[i]-b(i)))
	}
	return d
}

func toSlice(n int, m map[int64]float64) []float64 {
	out := make([]float64, n)
	for k, v := range m {
		out[k] = v
	}
	return out
}

func run(n, m int, withIgraph bool) error {
	ps := randomPairs(n, m, 1)
	g, gu := toGraph(n, ps, false), toGraph(n, ps, true)
	var nw, nu *analysis.Network
	var err error
	conv := timeIt(func() {
		if nw, err = analysis.NewNetwork(g); err == nil {
			nu, err = analysis.NewNetwork(gu)
		}
	})
	if err != nil {
		return err
	}
	fmt.Printf("Table graph: %d actors, %d pairs (a path + random pairs; strengths 1..10; a third conflict); GOMAXPROCS %d\n",
		n, len(ps), runtime.GOMAXPROCS(0))
	fmt.Printf("actor graph → Network and its views (not counted below): %.3fs\n\n", conv.Seconds())

	var ig map[string]igraphResult
	if withIgraph {
		if ig, err = runIgraph(n, ps, "all"); err != nil {
			fmt.Printf("igraph: skipped (%v)\n\n", err)
			ig = nil
		}
	}
	igr := func(name string) (time.Duration, []float64) {
		r, ok := ig[name]
		if !ok {
			return 0, nil
		}
		return r.t, r.vals
	}
	var rows []row

	// Shortest paths, unit lengths.
	var ou analysis.Paths
	r := row{measure: "betweenness, unit lengths", dGonum: math.NaN(), dIgraph: math.NaN()}
	r.ours = timeIt(func() { ou, err = analysis.ShortestPaths(nu.Distance(), analysis.PathOptions{}) })
	if err != nil {
		return err
	}
	var gb map[int64]float64
	r.gonum = timeIt(func() { gb = network.Betweenness(nu.Strength()) })
	scale := 1 / float64((n-1)*(n-2))
	r.dGonum = maxDiff(ou.Betweenness, func(i int) float64 { return gb[int64(i)] * scale })
	if t, v := igr("betweenness_unit"); v != nil {
		r.igraph, r.dIgraph = t, maxDiff(ou.Betweenness, func(i int) float64 { return v[i] })
	}
	rows = append(rows, r)

	// Shortest paths on distance 1/strength: betweenness, harmonic, closeness.
	var ow analysis.Paths
	r = row{measure: "betweenness+harmonic+closeness, 1/strength", dGonum: math.NaN(), dIgraph: math.NaN()}
	r.ours = timeIt(func() { ow, err = analysis.ShortestPaths(nw.Distance(), analysis.PathOptions{}) })
	if err != nil {
		return err
	}
	var gw, gh map[int64]float64
	r.gonum = timeIt(func() {
		all := path.DijkstraAllPaths(nw.Distance())
		gw = network.BetweennessWeighted(nw.Distance(), all)
		gh = network.Harmonic(nw.Distance(), all)
		network.Closeness(nw.Distance(), all)
	})
	// gonum compares path lengths exactly, so with lengths 1/strength it
	// misses ties that differ in the last bit: harmonic is compared (it
	// does not depend on ties), betweenness only by igraph.
	r.dGonum = maxDiff(ow.Harmonic, func(i int) float64 { return gh[int64(i)] })
	_ = gw
	r.note = "gonum: all pairs in memory; Δ gonum on harmonic"
	if t, v := igr("betweenness_weighted"); v != nil {
		th, _ := igr("harmonic_weighted")
		tc, _ := igr("closeness_weighted")
		r.igraph, r.dIgraph = t+th+tc, maxDiff(ow.Betweenness, func(i int) float64 { return v[i] })
	}
	rows = append(rows, r)

	// PageRank on the directed strength graph.
	var pr map[int64]float64
	r = row{measure: "PageRank, directed strength", dGonum: math.NaN(), dIgraph: math.NaN()}
	r.ours = timeIt(func() { pr = analysis.PageRank(nw.Directed(), analysis.Damping) })
	var gp map[int64]float64
	r.gonum = timeIt(func() { gp = network.PageRankSparse(nw.Directed(), analysis.Damping, 1e-10) })
	ours := toSlice(n, pr)
	r.dGonum = maxDiff(ours, func(i int) float64 { return gp[int64(i)] })
	if t, v := igr("pagerank"); v != nil {
		r.igraph, r.dIgraph = t, maxDiff(ours, func(i int) float64 { return v[i] })
	}
	rows = append(rows, r)

	// Eigenvector centrality of the strength graph.
	var ev map[int64]float64
	r = row{measure: "eigenvector, strength", dGonum: math.NaN(), dIgraph: math.NaN(), gonumOnlyForChecking: true, note: "gonum: dense mat.EigenSym"}
	r.ours = timeIt(func() { ev = analysis.Eigenvector(nw.Strength()) })
	var vecs mat.Dense
	r.gonum = timeIt(func() {
		var es mat.EigenSym
		es.Factorize(nw.Strength().Matrix().(*mat.SymDense), true)
		es.VectorsTo(&vecs)
	})
	ours = toSlice(n, ev)
	top := mat.Col(nil, n-1, &vecs)
	if top[0] < 0 {
		for i := range top {
			top[i] = -top[i]
		}
	}
	r.dGonum = maxDiff(ours, func(i int) float64 { return top[i] })
	if t, v := igr("eigenvector"); v != nil {
		r.igraph, r.dIgraph = t, maxDiff(ours, func(i int) float64 { return v[i] })
	}
	rows = append(rows, r)

	// k-cores.
	var cores map[int64]int
	r = row{measure: "k-core numbers", dGonum: math.NaN(), dIgraph: math.NaN()}
	r.ours = timeIt(func() { cores = analysis.CoreNumbers(nw.Strength()) })
	var shells [][]gonumNode
	r.gonum = timeIt(func() {
		_, s := topo.DegeneracyOrdering(nw.Strength())
		shells = make([][]gonumNode, len(s))
		for k, ns := range s {
			for _, x := range ns {
				shells[k] = append(shells[k], x)
			}
		}
	})
	var bad float64
	for k, ns := range shells {
		for _, x := range ns {
			bad = math.Max(bad, math.Abs(float64(cores[x.ID()]-k)))
		}
	}
	r.dGonum = bad
	if t, v := igr("coreness"); v != nil {
		r.igraph, r.dIgraph = t, maxDiff(toSliceInt(n, cores), func(i int) float64 { return v[i] })
	}
	rows = append(rows, r)

	// Connected components.
	var comps [][]int64
	r = row{measure: "connected components", dGonum: math.NaN(), dIgraph: math.NaN()}
	r.ours = timeIt(func() { comps = analysis.Components(nw.Strength()) })
	var gc int
	r.gonum = timeIt(func() { gc = len(topo.ConnectedComponents(nw.Strength())) })
	r.dGonum = math.Abs(float64(len(comps) - gc))
	if t, v := igr("components"); v != nil {
		r.igraph, r.dIgraph = t, math.Abs(float64(len(comps))-v[0])
	}
	r.note = "Δ: number of components"
	rows = append(rows, r)

	// Articulation points and bridges: gonum has none.
	var brokers map[int64]int
	r = row{measure: "brokers (articulation points)", dGonum: math.NaN(), dIgraph: math.NaN()}
	r.ours = timeIt(func() { brokers = analysis.Brokers(nw.Strength()) })
	if t, v := igr("articulation"); v != nil {
		cut := 0
		for _, b := range brokers {
			if b > 0 {
				cut++
			}
		}
		r.igraph, r.dIgraph = t, math.Abs(float64(cut)-v[0])
		r.note = "Δ: number of articulation points"
	}
	rows = append(rows, r)
	var bridges [][2]int64
	r = row{measure: "bridges", dGonum: math.NaN(), dIgraph: math.NaN()}
	r.ours = timeIt(func() { bridges = analysis.Bridges(nw.Strength()) })
	if t, v := igr("bridges"); v != nil {
		r.igraph, r.dIgraph = t, math.Abs(float64(len(bridges))-v[0])
		r.note = "Δ: number of bridges"
	}
	rows = append(rows, r)

	// Signed Louvain, one run each.
	var q float64
	r = row{measure: "signed Louvain (1 run)", dGonum: math.NaN(), dIgraph: math.NaN()}
	r.ours = timeIt(func() {
		_, q = analysis.Louvain(nw.Layers(), analysis.LayerWeights, analysis.CommunityOptions{Runs: 1})
	})
	var gq float64
	r.gonum = timeIt(func() {
		red := community.ModularizeMultiplex(nw.Layers(), analysis.LayerWeights, nil, false, rand.NewPCG(1, 0))
		qs := community.QMultiplex(nw.Layers(), red.Communities(), analysis.LayerWeights, nil)
		var m2 float64
		for l := 0; l < 2; l++ {
			for it := nw.Layers().Layer(l).(*analysis.Undirected).WeightedEdges(); it.Next(); {
				m2 += 2 * math.Abs(it.WeightedEdge().Weight())
			}
		}
		gq = (qs[0] + qs[1]) / m2
	})
	r.dGonum = q - gq
	r.note = fmt.Sprintf("Δ: our Q − gonum's (Q %.4f); igraph: unsigned only", q)
	if t, _ := igr("multilevel"); t > 0 {
		r.igraph = t
	}
	rows = append(rows, r)

	// The signed measures: no library has them; gonum's rows are gonum/mat's
	// dense solvers.
	var pn map[int64]float64
	r = row{measure: "PN centrality", dGonum: math.NaN(), dIgraph: math.NaN(), gonumOnlyForChecking: true, note: "gonum: dense mat LU solve"}
	r.ours = timeIt(func() { pn, err = analysis.PN(nw.Signed()) })
	if err != nil {
		return err
	}
	var x mat.VecDense
	r.gonum = timeIt(func() {
		a := mat.NewDense(n, n, nil)
		s := nw.Signed().Matrix()
		beta := 1 / float64(2*n-2)
		for i := 0; i < n; i++ {
			for j := 0; j < n; j++ {
				v := s.At(i, j)
				if v < 0 {
					v = -2
				}
				a.Set(i, j, -beta*v)
			}
			a.Set(i, i, 1)
		}
		ones := mat.NewVecDense(n, nil)
		for i := 0; i < n; i++ {
			ones.SetVec(i, 1)
		}
		x.SolveVec(a, ones)
	})
	ours = toSlice(n, pn)
	r.dGonum = maxDiff(ours, func(i int) float64 { return x.AtVec(i) })
	rows = append(rows, r)

	var se map[int64]float64
	r = row{measure: "signed eigenvector", dGonum: math.NaN(), dIgraph: math.NaN(), gonumOnlyForChecking: true, note: "gonum: dense mat.EigenSym"}
	r.ours = timeIt(func() { se, err = analysis.SignedEigenvector(nw.Signed()) })
	var svals []float64
	var svecs mat.Dense
	r.gonum = timeIt(func() {
		var es mat.EigenSym
		es.Factorize(nw.Signed().Matrix().(*mat.SymDense), true)
		svals = es.Values(nil)
		es.VectorsTo(&svecs)
	})
	if err == nil {
		k := 0
		for i := range svals {
			if math.Abs(svals[i]) > math.Abs(svals[k]) {
				k = i
			}
		}
		v := mat.Col(nil, k, &svecs)
		big := 0.0
		for _, y := range v {
			if math.Abs(y) > math.Abs(big)+1e-12 {
				big = y
			}
		}
		ours = toSlice(n, se)
		r.dGonum = maxDiff(ours, func(i int) float64 { return v[i] / big })
	} else {
		r.note += "; undefined here: " + err.Error()
	}
	rows = append(rows, r)

	var k float64
	r = row{measure: "walk balance", dGonum: math.NaN(), dIgraph: math.NaN(), usesGonumInAnalysis: true, note: "ours is gonum/mat per component"}
	r.ours = timeIt(func() { k, err = analysis.WalkBalance(nw.Signed()) })
	if err != nil {
		return err
	}
	var gk float64
	r.gonum = timeIt(func() {
		var es, ea mat.EigenSym
		s := nw.Signed().Matrix().(*mat.SymDense)
		a := mat.NewSymDense(n, nil)
		for i := 0; i < n; i++ {
			for j := i; j < n; j++ {
				a.SetSym(i, j, math.Abs(s.At(i, j)))
			}
		}
		es.Factorize(s, false)
		ea.Factorize(a, false)
		l, mu := es.Values(nil), ea.Values(nil)
		var num, den float64
		for i := range l {
			num += math.Exp(l[i] - mu[n-1])
			den += math.Exp(mu[i] - mu[n-1])
		}
		gk = num / den
	})
	r.dGonum = math.Abs(k - gk)
	rows = append(rows, r)

	r = row{measure: "status (directed signed)", dGonum: math.NaN(), dIgraph: math.NaN(), note: "no library has it"}
	r.ours = timeIt(func() { analysis.Status(nw.SignedDirected()) })
	rows = append(rows, r)
	r = row{measure: "signed triangles", dGonum: math.NaN(), dIgraph: math.NaN(), note: "no library has it"}
	r.ours = timeIt(func() { analysis.SignedTriangles(nw.Signed()) })
	rows = append(rows, r)
	r = row{measure: "frustration index", dGonum: math.NaN(), dIgraph: math.NaN(), note: "no library has it (heuristic at this size)"}
	r.ours = timeIt(func() { analysis.Frustration(nw.Signed(), analysis.BalanceOptions{}) })
	rows = append(rows, r)

	printTable(rows)
	return nil
}

type gonumNode interface{ ID() int64 }

func toSliceInt(n int, m map[int64]int) []float64 {
	out := make([]float64, n)
	for k, v := range m {
		out[k] = float64(v)
	}
	return out
}

func secs(d time.Duration) string {
	switch {
	case d == 0:
		return "—"
	case d < time.Second:
		return fmt.Sprintf("%.2fms", float64(d)/float64(time.Millisecond))
	}
	return fmt.Sprintf("%.2fs", d.Seconds())
}

func diff(d float64) string {
	if math.IsNaN(d) {
		return "—"
	}
	return fmt.Sprintf("%.1g", d)
}

// printTable prints the table and checks the rule: gonum's algorithm
// wherever it is within 2× of ours.
func printTable(rows []row) {
	fmt.Printf("%-44s %9s %9s %9s %11s  %-6s %12s %12s  %s\n", "measure", "ours", "gonum", "igraph", "gonum/ours", "uses", "max|Δ|gonum", "max|Δ|igraph", "note")
	var broken []string
	for _, r := range rows {
		ratio, uses := "—", "ours"
		if r.gonum > 0 && r.ours > 0 {
			x := r.gonum.Seconds() / r.ours.Seconds()
			ratio = fmt.Sprintf("%.1f×", x)
			if x <= 2 && !r.gonumOnlyForChecking {
				uses = "gonum"
			}
		}
		if r.usesGonumInAnalysis {
			uses = "gonum"
		}
		if uses == "gonum" && !r.usesGonumInAnalysis {
			broken = append(broken, r.measure)
		}
		fmt.Printf("%-44s %9s %9s %9s %11s  %-6s %12s %12s  %s\n", r.measure, secs(r.ours), secs(r.gonum), secs(r.igraph), ratio, uses,
			diff(r.dGonum), diff(r.dIgraph), r.note)
	}
	fmt.Println("uses: gonum's algorithm where it is within 2× of ours on this graph (the dense gonum/mat rows are stand-ins, not options).")
	if len(broken) > 0 {
		fmt.Printf("NOTE: gonum is within 2× of ours here, but package analysis uses its own kernel for: %s\n", strings.Join(broken, ", "))
	}
}

type igraphResult struct {
	t    time.Duration
	vals []float64
}

// runIgraph runs igraph_bench.py on the graph for the measures named
// (comma-separated, or all) and reads its timings and values.
func runIgraph(n int, ps []pair, measures string) (map[string]igraphResult, error) {
	dir, err := os.MkdirTemp("", "agbench-analysis")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	script := filepath.Join(dir, "igraph_bench.py")
	if err := os.WriteFile(script, igraphScript, 0o644); err != nil {
		return nil, err
	}
	edges := filepath.Join(dir, "edges.tsv")
	f, err := os.Create(edges)
	if err != nil {
		return nil, err
	}
	bw := bufio.NewWriter(f)
	fmt.Fprintln(bw, n)
	for _, p := range ps {
		fmt.Fprintf(bw, "%d\t%d\t%g\t%t\n", p.a, p.b, p.w, p.conflict)
	}
	if err := bw.Flush(); err != nil {
		return nil, err
	}
	f.Close()
	out, err := exec.Command("/usr/bin/python3", script, edges, filepath.Join(dir, "val"), measures).CombinedOutput()
	if err != nil {
		return nil, fmt.Errorf("%v: %s", err, strings.TrimSpace(string(out)))
	}
	res := map[string]igraphResult{}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		fs := strings.Fields(line)
		if len(fs) != 2 {
			continue
		}
		s, _ := strconv.ParseFloat(fs[1], 64)
		r := igraphResult{t: time.Duration(s * float64(time.Second))}
		if data, err := os.ReadFile(filepath.Join(dir, "val."+fs[0])); err == nil {
			for _, x := range strings.Fields(string(data)) {
				v, _ := strconv.ParseFloat(x, 64)
				r.vals = append(r.vals, v)
			}
		}
		res[fs[0]] = r
	}
	return res, nil
}

// runBig times the exact betweenness (unit lengths) against igraph, the
// sampled estimate, and the whole analysis of a large actor graph.
func runBig(n, m int, withIgraph bool, samples, bigEdges int) error {
	ps := randomPairs(n, m, 2)
	nw, err := analysis.NewNetwork(toGraph(n, ps, false))
	if err != nil {
		return err
	}
	nu, err := analysis.NewNetwork(toGraph(n, ps, true))
	if err != nil {
		return err
	}
	fmt.Printf("\nLarge graph: %d actors, %d pairs\n", n, len(ps))
	var exact analysis.Paths
	tu := timeIt(func() { exact, err = analysis.ShortestPaths(nu.Distance(), analysis.PathOptions{}) })
	if err != nil {
		return err
	}
	fmt.Printf("exact betweenness, unit lengths (BFS):       %8.2fs\n", tu.Seconds())
	if withIgraph {
		unit := make([]pair, len(ps))
		for i, p := range ps {
			unit[i] = p
			unit[i].w = 1
		}
		if ig, err := runIgraphOnly(n, unit, "betweenness_unit"); err != nil {
			fmt.Printf("igraph: skipped (%v)\n", err)
		} else {
			fmt.Printf("igraph betweenness, unit (1 thread):          %8.2fs  → ours/igraph time %.2f (max |Δ| %.1g)\n",
				ig.t.Seconds(), tu.Seconds()/ig.t.Seconds(), maxDiff(exact.Betweenness, func(i int) float64 { return ig.vals[i] }))
		}
	}
	var est analysis.Paths
	ts := timeIt(func() { est, err = analysis.ShortestPaths(nu.Distance(), analysis.PathOptions{Samples: samples}) })
	if err != nil {
		return err
	}
	fmt.Printf("sampled betweenness, unit, %d sources:      %8.2fs  max |error| %.2g, stated bound ±%.3g (95%%)\n",
		samples, ts.Seconds(), maxDiff(est.Betweenness, func(i int) float64 { return exact.Betweenness[i] }), est.Bound)
	tw := timeIt(func() { _, err = analysis.ShortestPaths(nw.Distance(), analysis.PathOptions{Samples: samples}) })
	if err != nil {
		return err
	}
	fmt.Printf("sampled betweenness, 1/strength, %d sources: %7.2fs\n", samples, tw.Seconds())

	actors := bigEdges / 20
	rnd := rand.New(rand.NewPCG(7, 7))
	big := &graph.Graph{}
	for i := 0; i < actors; i++ {
		big.Nodes = append(big.Nodes, graph.Node{ID: id(i), Name: id(i)})
	}
	types := []struct {
		typ      string
		directed bool
		sign     float64
	}{{"CONSULT", false, 1}, {"SUPPORT", true, 1}, {"AGREE", false, 1}, {"ACCUSE", true, -1}, {"FIGHT", true, -1}}
	for len(big.Edges) < bigEdges {
		a, b := rnd.IntN(actors), rnd.IntN(actors)
		if rnd.IntN(2) == 0 {
			a = rnd.IntN(actors/20 + 1) // half the edges touch the first 5%
		}
		if a == b {
			continue
		}
		t := types[rnd.IntN(len(types))]
		w := float64(1 + rnd.IntN(10))
		e := graph.Edge{Source: id(a), Target: id(b), Type: t.typ, Directed: t.directed, Count: 1, Weight: t.sign * w}
		if t.sign > 0 {
			e.Cooperation = w
		} else {
			e.Conflict = w
		}
		big.Edges = append(big.Edges, e)
	}
	var r *analysis.Report
	ta := timeIt(func() {
		r, err = analysis.Analyze(big, analysis.Options{Paths: analysis.PathOptions{Samples: samples}})
	})
	if err != nil {
		return err
	}
	walk := "not computed (component too large)"
	if r.Balance.WalkDefined {
		walk = fmt.Sprintf("%.3f", r.Balance.Walk)
	}
	fmt.Printf("whole analysis (%d sampled sources), %d actors, %d edges, %d pairs: %.2fs (frustration %d..%d, Q %.3f, walk balance %s)\n",
		samples, actors, bigEdges, r.Pairs, ta.Seconds(), r.Balance.FrustrationLower, r.Balance.Frustration, r.Partition.Modularity, walk)
	return nil
}

func runIgraphOnly(n int, ps []pair, name string) (igraphResult, error) {
	res, err := runIgraph(n, ps, name)
	if err != nil {
		return igraphResult{}, err
	}
	r, ok := res[name]
	if !ok || len(r.vals) != n {
		keys := make([]string, 0, len(res))
		for k := range res {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		return igraphResult{}, fmt.Errorf("igraph gave no %s (%v)", name, keys)
	}
	return r, nil
}
