// Command agbench-analysis times the exact betweenness of package analysis
// against gonum's network.Betweenness and igraph's betweenness on the same
// random graph, in one run, and prints the ratios; then the sampled
// estimate and the whole analysis of a large actor graph.
//
//	go run ./cmd/agbench-analysis [-n 10000] [-m 50000] [-gonum=false] [-igraph=false] [-cpuprofile file]
//
// The graph is a path through all n nodes (so it is connected) plus
// random pairs up to m pairs, with integer strengths 1..10. gonum's
// Betweenness is unweighted, so it is compared with the unit-strength
// graph; igraph is timed on both. igraph runs in /usr/bin/python3
// (Debian's python3-igraph) and is skipped if that fails.
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
	"runtime/pprof"
	"strconv"
	"strings"
	"time"

	"gonum.org/v1/gonum/graph/network"
	"gonum.org/v1/gonum/graph/simple"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/analysis"
)

//go:embed igraph_bench.py
var igraphScript []byte

func main() {
	n := flag.Int("n", 10000, "nodes")
	m := flag.Int("m", 50000, "pairs")
	withGonum := flag.Bool("gonum", true, "time gonum's network.Betweenness (minutes at 10k nodes)")
	withIgraph := flag.Bool("igraph", true, "time igraph (python3-igraph)")
	samples := flag.Int("samples", 1000, "sources of the sampled estimate")
	bigEdges := flag.Int("analysis-edges", 100000, "typed edges of the actor graph for the whole-analysis timing")
	cpuprofile := flag.String("cpuprofile", "", "write a CPU profile of the whole run to `file`")
	flag.Parse()
	if *cpuprofile != "" {
		f, err := os.Create(*cpuprofile)
		if err == nil {
			err = pprof.StartCPUProfile(f)
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, "agbench-analysis:", err)
			os.Exit(1)
		}
		defer pprof.StopCPUProfile()
	}
	if err := run(*n, *m, *withGonum, *withIgraph, *samples, *bigEdges); err != nil {
		pprof.StopCPUProfile()
		fmt.Fprintln(os.Stderr, "agbench-analysis:", err)
		os.Exit(1)
	}
}

type pair struct{ a, b, w int }

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
		ps = append(ps, pair{a, b, 1 + rnd.IntN(10)})
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

func toGraph(n int, ps []pair, unit bool) *graph.Graph {
	g := &graph.Graph{}
	for i := 0; i < n; i++ {
		g.Nodes = append(g.Nodes, graph.Node{ID: id(i), Name: id(i)})
	}
	for _, p := range ps {
		w := float64(p.w)
		if unit {
			w = 1
		}
		g.Edges = append(g.Edges, graph.Edge{Source: id(p.a), Target: id(p.b), Type: "CONSULT", Count: 1, Weight: w, Cooperation: w})
	}
	return g
}

func timeIt(f func()) time.Duration {
	t := time.Now()
	f()
	return time.Since(t)
}

func maxDiff(a, b []float64) float64 {
	var d float64
	for i := range a {
		d = math.Max(d, math.Abs(a[i]-b[i]))
	}
	return d
}

func run(n, m int, withGonum, withIgraph bool, samples, bigEdges int) error {
	fmt.Printf("graph: %d nodes, %d pairs (path + random), strengths 1..10; GOMAXPROCS %d\n", n, m, runtime.GOMAXPROCS(0))
	ps := randomPairs(n, m, 1)
	// Node IDs n000000.. sort like their indices, so index i is node i.
	weighted, unit := toGraph(n, ps, false), toGraph(n, ps, true)

	var ours, oursUnit analysis.Paths
	var nwW, nwU *analysis.Network
	var err error
	conv := timeIt(func() {
		if nwW, err = analysis.NewNetwork(weighted); err == nil {
			nwU, err = analysis.NewNetwork(unit)
		}
	})
	if err != nil {
		return err
	}
	tw := timeIt(func() { ours, err = analysis.ShortestPaths(nwW.Distance(), analysis.PathOptions{}) })
	if err != nil {
		return err
	}
	tu := timeIt(func() { oursUnit, err = analysis.ShortestPaths(nwU.Distance(), analysis.PathOptions{}) })
	if err != nil {
		return err
	}
	fmt.Printf("graph.Graph → compact adjacency (excluded below):          %8.2fs\n", conv.Seconds())
	fmt.Printf("analysis exact betweenness, weighted (distance 1/strength): %8.2fs\n", tw.Seconds())
	fmt.Printf("analysis exact betweenness, unit strengths (BFS):          %8.2fs\n", tu.Seconds())

	if withGonum {
		ug := simple.NewUndirectedGraph()
		for i := 0; i < n; i++ {
			ug.AddNode(simple.Node(i))
		}
		for _, p := range ps {
			ug.SetEdge(simple.Edge{F: simple.Node(p.a), T: simple.Node(p.b)})
		}
		var bc map[int64]float64
		tg := timeIt(func() { bc = network.Betweenness(ug) })
		ref := make([]float64, n)
		scale := 1 / float64((n-1)*(n-2)) // gonum sums ordered pairs
		for v, x := range bc {
			ref[v] = x * scale
		}
		fmt.Printf("gonum network.Betweenness, unit:                           %8.2fs  → analysis is %.1f× faster (max |difference| %.2g)\n",
			tg.Seconds(), tg.Seconds()/tu.Seconds(), maxDiff(ref, oursUnit.Betweenness))
	}

	if withIgraph {
		if err := igraph(n, ps, ours.Betweenness, oursUnit.Betweenness, tw, tu); err != nil {
			fmt.Printf("igraph: skipped (%v)\n", err)
		}
	}

	var est analysis.Paths
	ts := timeIt(func() { est, err = analysis.ShortestPaths(nwW.Distance(), analysis.PathOptions{Samples: samples}) })
	if err != nil {
		return err
	}
	fmt.Printf("analysis sampled betweenness, %d sources:                %8.2fs  max |error| %.2g, stated bound ±%.3g (95%%)\n",
		samples, ts.Seconds(), maxDiff(est.Betweenness, ours.Betweenness), est.Bound)

	// The whole analysis of an actor graph with bigEdges typed edges.
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
		if a == b {
			continue
		}
		// Preferential: half the edges touch the first 5% of actors.
		if rnd.IntN(2) == 0 {
			a = rnd.IntN(actors/20 + 1)
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
	ta := timeIt(func() { r, err = analysis.Analyze(big, analysis.Options{}) })
	if err != nil {
		return err
	}
	fmt.Printf("whole analysis (influence, communities, balance, bridges), %d actors, %d edges, %d pairs: %.2fs (frustration %d..%d, Q %.3f)\n",
		actors, bigEdges, r.Pairs, ta.Seconds(), r.Balance.FrustrationLower, r.Balance.Frustration, r.Partition.Modularity)
	return nil
}

func igraph(n int, ps []pair, weighted, unit []float64, tw, tu time.Duration) error {
	dir, err := os.MkdirTemp("", "agbench-analysis")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	script := filepath.Join(dir, "igraph_bench.py")
	if err := os.WriteFile(script, igraphScript, 0o644); err != nil {
		return err
	}
	edges := filepath.Join(dir, "edges.tsv")
	f, err := os.Create(edges)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(f)
	fmt.Fprintln(bw, n)
	for _, p := range ps {
		fmt.Fprintf(bw, "%d\t%d\t%d\n", p.a, p.b, p.w)
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	f.Close()
	out, err := exec.Command("/usr/bin/python3", script, edges, filepath.Join(dir, "bc")).CombinedOutput()
	if err != nil {
		return fmt.Errorf("%v: %s", err, strings.TrimSpace(string(out)))
	}
	secs := map[string]float64{}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		if f := strings.Fields(line); len(f) == 2 {
			secs[f[0]], _ = strconv.ParseFloat(f[1], 64)
		}
	}
	for _, c := range []struct {
		name string
		ours []float64
		t    time.Duration
	}{{"weighted", weighted, tw}, {"unit", unit, tu}} {
		data, err := os.ReadFile(filepath.Join(dir, "bc."+c.name))
		if err != nil {
			return err
		}
		var ref []float64
		for _, s := range strings.Fields(string(data)) {
			v, _ := strconv.ParseFloat(s, 64)
			ref = append(ref, v)
		}
		if len(ref) != len(c.ours) {
			return fmt.Errorf("igraph gave %d values, want %d", len(ref), len(c.ours))
		}
		fmt.Printf("igraph betweenness, %-8s (1 thread):                   %8.2fs  → analysis/igraph time ratio %.2f (max |difference| %.2g)\n",
			c.name, secs[c.name], c.t.Seconds()/secs[c.name], maxDiff(ref, c.ours))
	}
	return nil
}
