package analysis

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"sort"
	"strconv"
	"strings"
	"testing"

	gonum "gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/community"
	gnetwork "gonum.org/v1/gonum/graph/network"
	"gonum.org/v1/gonum/graph/path"
	"gonum.org/v1/gonum/graph/simple"

	"github.com/actorgraph/actorgraph/graph"
)

// readRows reads a testdata TSV: '#' comments, a header line, rows.
func readRows(t testing.TB, name string) (header []string, rows [][]string) {
	t.Helper()
	f, err := os.Open("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if header == nil {
			header = strings.Split(line, "\t")
			continue
		}
		rows = append(rows, strings.Split(line, "\t"))
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return header, rows
}

func atof(t testing.TB, s string) float64 {
	t.Helper()
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// consult is an undirected cooperation edge (CONSULT) of the given score.
func consult(a, b string, w float64) graph.Edge {
	if a > b {
		a, b = b, a
	}
	return graph.Edge{Source: a, Target: b, Type: "CONSULT", Quad: 1, Label: "talks with", Count: 1, Documents: 1, Weight: w, Cooperation: w}
}

// attack is a directed conflict edge (FIGHT) of score −w.
func attack(a, b string, w float64) graph.Edge {
	return graph.Edge{Source: a, Target: b, Type: "FIGHT", Directed: true, Quad: 4, Label: "attacks", Count: 1, Documents: 1, Weight: -w, Conflict: w}
}

// newGraph builds a graph with the given edges and nodes (endpoints of the
// edges are added as nodes).
func newGraph(edges []graph.Edge, nodes ...string) *graph.Graph {
	seen := map[string]bool{}
	g := &graph.Graph{Level: graph.LevelOrganisation, Edges: edges}
	add := func(id string) {
		if !seen[id] {
			seen[id] = true
			g.Nodes = append(g.Nodes, graph.Node{ID: id, Name: id, Kind: "state"})
		}
	}
	for _, id := range nodes {
		add(id)
	}
	for _, e := range edges {
		add(e.Source)
		add(e.Target)
	}
	sort.Slice(g.Nodes, func(i, j int) bool { return g.Nodes[i].ID < g.Nodes[j].ID })
	return g
}

// karate returns Zachary's karate club (testdata/karate_edges.tsv, from
// NetworkX) as CONSULT edges; with unit set, every score is 1.
func karate(t testing.TB, unit bool) *graph.Graph {
	_, rows := readRows(t, "karate_edges.tsv")
	var edges []graph.Edge
	for _, r := range rows {
		w := atof(t, r[2])
		if unit {
			w = 1
		}
		edges = append(edges, consult(r[0], r[1], w))
	}
	return newGraph(edges)
}

// mixed returns testdata/mixed_edges.tsv: directed and undirected,
// cooperation and conflict, a dangling node F and an isolated node G.
func mixed(t testing.TB) *graph.Graph {
	_, rows := readRows(t, "mixed_edges.tsv")
	var edges []graph.Edge
	for _, r := range rows {
		e := graph.Edge{Source: r[0], Target: r[1], Type: "X", Directed: r[2] == "true", Count: 1,
			Cooperation: atof(t, r[3]), Conflict: atof(t, r[4])}
		e.Weight = e.Cooperation - e.Conflict
		edges = append(edges, e)
	}
	return newGraph(edges, "G")
}

// TestNetworkX compares every measure with NetworkX 2.8.8
// (testdata/karate_networkx.tsv, written by testdata/gen_karate.py, whose
// docstring gives the NetworkX call for each column).
func TestNetworkX(t *testing.T) {
	const tol = 1e-6
	header, rows := readRows(t, "karate_networkx.tsv")
	if got := strings.Join(header, " "); got != "graph node strength betweenness harmonic eigenvector pagerank" {
		t.Fatalf("unexpected reference header %q", got)
	}
	want := map[string]map[string][]float64{}
	for _, r := range rows {
		if want[r[0]] == nil {
			want[r[0]] = map[string][]float64{}
		}
		var v []float64
		for _, s := range r[2:] {
			v = append(v, atof(t, s))
		}
		want[r[0]][r[1]] = v
	}
	cases := []struct {
		name  string
		g     *graph.Graph
		nodes int
	}{
		{"karate_unit", karate(t, true), 34},
		{"karate_weighted", karate(t, false), 34},
		{"mixed", mixed(t), 7},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			scores, err := Influence(c.g)
			if err != nil {
				t.Fatal(err)
			}
			ref := want[c.name]
			if len(scores) != c.nodes || len(ref) != c.nodes {
				t.Fatalf("got %d scores, %d reference rows, want %d", len(scores), len(ref), c.nodes)
			}
			for _, s := range scores {
				w := ref[s.ID]
				got := []float64{s.Strength, s.Betweenness, s.Harmonic, s.Eigenvector, s.PageRank}
				for i, name := range header[2:] {
					// NetworkX on float distances misses tied paths
					// (1/3+1/6 vs 1/2) in the weighted club; TestReference
					// checks betweenness against exact distances.
					if name == "betweenness" && c.name == "karate_weighted" {
						continue
					}
					if math.Abs(got[i]-w[i]) > tol {
						t.Errorf("%s %s: got %.12g, want %.12g (NetworkX)", s.ID, name, got[i], w[i])
					}
				}
				if math.Abs(s.Cooperation+s.Conflict-s.Strength) > 1e-9 {
					t.Errorf("%s: cooperation %v + conflict %v != strength %v", s.ID, s.Cooperation, s.Conflict, s.Strength)
				}
				if want := s.Harmonic / float64(c.nodes-1); math.Abs(s.HarmonicNorm-want) > 1e-12 {
					t.Errorf("%s: harmonic_norm %v, want %v", s.ID, s.HarmonicNorm, want)
				}
			}
		})
	}
}

// TestMixedSplit checks cooperation and conflict columns on the mixed graph
// against sums done by hand from testdata/mixed_edges.tsv.
func TestMixedSplit(t *testing.T) {
	scores, err := Influence(mixed(t))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][2]float64{ // cooperation, conflict
		"A": {7.5, 2}, "B": {7, 1}, "C": {4.5, 12}, "D": {1.5, 15},
		"E": {8, 6}, "F": {7.5, 0}, "G": {0, 0},
	}
	for _, s := range scores {
		if w := want[s.ID]; s.Cooperation != w[0] || s.Conflict != w[1] {
			t.Errorf("%s: cooperation, conflict = %v, %v; want %v, %v", s.ID, s.Cooperation, s.Conflict, w[0], w[1])
		}
	}
}

// dyadic returns g with every pair's strength replaced by a power of two
// (1, 2, 4 or 8): path lengths 1/strength then add up exactly in floating
// point, so gonum's exact comparison of path lengths finds the same ties
// as the tolerance of paths.go.
func dyadic(g *graph.Graph) *graph.Graph {
	var edges []graph.Edge
	for i, p := range g.Pairs() {
		edges = append(edges, consult(p.A, p.B, float64(int(1)<<(i%4))))
	}
	return newGraph(edges)
}

// TestGonumCrossCheck compares the Brandes/Dijkstra implementation with
// gonum's network.BetweennessWeighted (ordered pairs: divide by
// (n−1)(n−2)) and network.Harmonic, and PageRank with gonum's
// network.PageRank, on graphs whose path lengths are exact in floating
// point (gonum compares lengths exactly).
func TestGonumCrossCheck(t *testing.T) {
	cases := []struct {
		name string
		g    *graph.Graph
	}{
		{"karate_unit", karate(t, true)},
		{"karate_dyadic", dyadic(karate(t, false))},
		{"random_60_dyadic", dyadic(synthetic(60, 150, 7))},
		{"random_300_dyadic", dyadic(synthetic(300, 900, 5))},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			scores, err := Influence(c.g)
			if err != nil {
				t.Fatal(err)
			}
			nw, _ := NewNetwork(c.g)
			n := nw.len()
			// gonum reads the views directly: lengths 1/strength for
			// paths, strengths for PageRank.
			paths := path.DijkstraAllPaths(nw.Distance())
			bc := gnetwork.BetweennessWeighted(nw.Distance(), paths)
			hc := gnetwork.Harmonic(nw.Distance(), paths)
			pr := gnetwork.PageRankSparse(nw.Directed(), Damping, 1e-12)
			scale := 1 / float64((n-1)*(n-2))
			for _, s := range scores {
				id := int64(nw.index[s.ID])
				if got, want := s.Betweenness, bc[id]*scale; math.Abs(got-want) > 1e-9 {
					t.Errorf("%s betweenness: got %v, gonum %v", s.ID, got, want)
				}
				if got, want := s.Harmonic, hc[id]; math.Abs(got-want) > 1e-9 {
					t.Errorf("%s harmonic: got %v, gonum %v", s.ID, got, want)
				}
				if got, want := s.PageRank, pr[id]; math.Abs(got-want) > 1e-6 {
					t.Errorf("%s pagerank: got %v, gonum %v", s.ID, got, want)
				}
			}
		})
	}
}

// synthetic returns a random connected graph: a path through all n nodes
// plus extra random edges, cooperation or conflict, seeded.
func synthetic(n, extra int, seed uint64) *graph.Graph {
	rnd := rand.New(rand.NewPCG(seed, seed))
	id := func(i int) string { return fmt.Sprintf("n%05d", i) }
	var edges []graph.Edge
	for i := 1; i < n; i++ {
		edges = append(edges, consult(id(i-1), id(i), float64(1+rnd.IntN(8))))
	}
	for k := 0; k < extra; k++ {
		a, b := rnd.IntN(n), rnd.IntN(n)
		if a == b {
			continue
		}
		w := float64(1 + rnd.IntN(10))
		if rnd.IntN(3) == 0 {
			edges = append(edges, attack(id(a), id(b), w))
		} else {
			edges = append(edges, consult(id(a), id(b), w))
		}
	}
	return newGraph(edges)
}

// blocs is two cooperating blocs, a1..a4 and b1..b4, in conflict with each
// other; one cooperation bridge a1–b1 is outweighed by conflict.
func blocs() *graph.Graph {
	var edges []graph.Edge
	for _, bloc := range []string{"a", "b"} {
		for i := 1; i <= 4; i++ {
			for j := i + 1; j <= 4; j++ {
				edges = append(edges, consult(fmt.Sprint(bloc, i), fmt.Sprint(bloc, j), 3))
			}
		}
	}
	edges = append(edges, consult("a1", "b1", 2))
	for i := 1; i <= 4; i++ {
		edges = append(edges, attack(fmt.Sprint("a", i), fmt.Sprint("b", 5-i), 8))
		edges = append(edges, attack(fmt.Sprint("b", i), fmt.Sprint("a", i), 5))
	}
	return newGraph(edges)
}

func TestCommunitiesBlocs(t *testing.T) {
	p, err := Communities(blocs(), CommunityOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Communities) != 2 {
		t.Fatalf("got %d communities %+v, want 2", len(p.Communities), p.Communities)
	}
	// Numbering: equal sizes, so the community holding "a1" (smallest id) is 0.
	want := [][]string{{"a1", "a2", "a3", "a4"}, {"b1", "b2", "b3", "b4"}}
	for i, c := range p.Communities {
		if strings.Join(c.Members, " ") != strings.Join(want[i], " ") {
			t.Errorf("community %d = %v, want %v", i, c.Members, want[i])
		}
		if c.Conflict != 0 || c.Cooperation != 18 || c.ConflictOut != 52 || c.CooperationOut != 2 {
			t.Errorf("community %d stats %+v, want cooperation 18, conflict 0, out 2 and 52 (by hand)", i, c)
		}
	}
	if p.Modularity <= 0 {
		t.Errorf("modularity %v, want > 0", p.Modularity)
	}
	// Without the conflict layer the blocs still split; with the conflict
	// layer the partition must be the same and Q must match gonum's
	// QMultiplex scaled by 1/(2m⁺+2m⁻) (2m⁺ = 2·38, 2m⁻ = 2·52).
	nw, _ := NewNetwork(blocs())
	var comms [][]gonum.Node
	for _, c := range p.Communities {
		var ns []gonum.Node
		for _, id := range c.Members {
			ns = append(ns, simple.Node(nw.index[id]))
		}
		comms = append(comms, ns)
	}
	q := community.QMultiplex(nw.Layers(), comms, LayerWeights, []float64{1})
	if got, want := p.Modularity, (q[0]+q[1])/(2*38+2*52); math.Abs(got-want) > 1e-12 {
		t.Errorf("modularity %v, gonum QMultiplex gives %v", got, want)
	}
}

// TestCommunitiesKarate checks that the best of 10 Louvain runs on the
// unweighted karate club reaches modularity close to the known optimum
// 0.4198 (Brandes et al., "On modularity clustering", IEEE TKDE 2008).
func TestCommunitiesKarate(t *testing.T) {
	p, err := Communities(karate(t, true), CommunityOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if p.Modularity < 0.41 || p.Modularity > 0.41979+1e-5 {
		t.Errorf("karate modularity %v, want in [0.41, 0.41979]", p.Modularity)
	}
	if n := len(p.Members); n != 34 {
		t.Errorf("%d members, want 34", n)
	}
	// Higher resolution, more communities.
	p2, err := Communities(karate(t, true), CommunityOptions{Resolution: 3})
	if err != nil {
		t.Fatal(err)
	}
	if len(p2.Communities) <= len(p.Communities) {
		t.Errorf("resolution 3 gave %d communities, resolution 1 %d; want more", len(p2.Communities), len(p.Communities))
	}
}

func writeAll(t testing.TB, g *graph.Graph) []byte {
	t.Helper()
	var buf bytes.Buffer
	scores, err := Influence(g)
	if err != nil {
		t.Fatal(err)
	}
	p, err := Communities(g, CommunityOptions{})
	if err != nil {
		t.Fatal(err)
	}
	f6 := func(x float64) string { return strconv.FormatFloat(x, 'f', 6, 64) }
	for _, s := range scores {
		fmt.Fprintln(&buf, s.ID, s.Name, s.Degree, s.DegreePos, s.DegreeNeg, s.Core, s.Broker)
		for _, x := range []float64{s.Strength, s.Cooperation, s.Conflict, s.Betweenness, s.Harmonic, s.HarmonicNorm,
			s.Closeness, s.Eigenvector, s.EigenvectorCoop, s.EigenvectorConf, s.PageRank, s.PageRankCoop,
			s.PageRankConf, s.PN, s.EigenvectorSigned, s.Status, s.Influence} {
			fmt.Fprint(&buf, f6(x), " ")
		}
		fmt.Fprintln(&buf)
	}
	for _, m := range p.Members {
		fmt.Fprintln(&buf, m.ID, m.Community, f6(m.CooperationIn), f6(m.ConflictIn), f6(m.CooperationOut), f6(m.ConflictOut))
	}
	fmt.Fprintf(&buf, "Q=%s\n", f6(p.Modularity))
	return buf.Bytes()
}

// TestDeterminism: the same graph gives the same bytes, also when its nodes
// and edges come in another order.
func TestDeterminism(t *testing.T) {
	for _, g := range []*graph.Graph{karate(t, false), mixed(t), blocs(), synthetic(300, 900, 3)} {
		first := writeAll(t, g)
		for i := 0; i < 3; i++ {
			h := *g
			h.Nodes = append([]graph.Node(nil), g.Nodes...)
			h.Edges = append([]graph.Edge(nil), g.Edges...)
			rnd := rand.New(rand.NewPCG(uint64(i), 9))
			rnd.Shuffle(len(h.Nodes), func(i, j int) { h.Nodes[i], h.Nodes[j] = h.Nodes[j], h.Nodes[i] })
			rnd.Shuffle(len(h.Edges), func(i, j int) { h.Edges[i], h.Edges[j] = h.Edges[j], h.Edges[i] })
			if again := writeAll(t, &h); !bytes.Equal(first, again) {
				t.Fatalf("output differs between runs:\n%s\n---\n%s", first, again)
			}
		}
	}
}

func TestEdgeCases(t *testing.T) {
	zero := consult("a", "b", 0)
	cases := []struct {
		name string
		g    *graph.Graph
		// want: id → strength, betweenness, harmonic, eigenvector, pagerank, PN
		want        map[string][6]float64
		communities int
	}{
		{name: "nil", g: nil, want: map[string][6]float64{}},
		{name: "empty", g: &graph.Graph{}, want: map[string][6]float64{}},
		// NetworkX: a single node has eigenvector 1 and PageRank 1.
		// PN of a node without signed ties is 1.
		{name: "single", g: newGraph(nil, "a"), want: map[string][6]float64{"a": {0, 0, 0, 1, 1, 1}}, communities: 1},
		// Two nodes: betweenness 0 (NetworkX leaves n ≤ 2 unscaled),
		// harmonic 1/(1/2) = 2, eigenvector 1/√2, PageRank 1/2; PN solves
		// x − y/2 = 1 = y − x/2 (β = 1/(2n−2) = 1/2): 2.
		{name: "pair", g: newGraph([]graph.Edge{consult("a", "b", 2)}), want: map[string][6]float64{
			"a": {2, 0, 2, math.Sqrt2 / 2, 0.5, 2}, "b": {2, 0, 2, math.Sqrt2 / 2, 0.5, 2}}, communities: 1},
		// Zero weights: the edge exists but carries no interaction; it is
		// ignored, so both nodes are isolated (NetworkX on a graph with no
		// edges: eigenvector 1/√n, PageRank 1/n).
		{name: "zero_weight", g: newGraph([]graph.Edge{zero}), want: map[string][6]float64{
			"a": {0, 0, 0, math.Sqrt2 / 2, 0.5, 1}, "b": {0, 0, 0, math.Sqrt2 / 2, 0.5, 1}}, communities: 2},
		// Disconnected: two equal pairs; by symmetry all nodes are equal;
		// PN: x − y/6 = 1 = y − x/6, so 6/5.
		{name: "disconnected", g: newGraph([]graph.Edge{consult("a", "b", 1), consult("c", "d", 1)}), want: map[string][6]float64{
			"a": {1, 0, 1, 0.5, 0.25, 1.2}, "b": {1, 0, 1, 0.5, 0.25, 1.2},
			"c": {1, 0, 1, 0.5, 0.25, 1.2}, "d": {1, 0, 1, 0.5, 0.25, 1.2}}, communities: 2},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			scores, err := Influence(c.g)
			if err != nil {
				t.Fatal(err)
			}
			if len(scores) != len(c.want) {
				t.Fatalf("got %d scores, want %d", len(scores), len(c.want))
			}
			for _, s := range scores {
				w := c.want[s.ID]
				got := [6]float64{s.Strength, s.Betweenness, s.Harmonic, s.Eigenvector, s.PageRank, s.PN}
				if s.Influence != s.PN {
					t.Errorf("%s: influence %v is not PN %v, the default", s.ID, s.Influence, s.PN)
				}
				for i := range got {
					if math.Abs(got[i]-w[i]) > 1e-9 {
						t.Errorf("%s: got %v, want %v", s.ID, got, w)
						break
					}
				}
			}
			p, err := Communities(c.g, CommunityOptions{})
			if err != nil {
				t.Fatal(err)
			}
			if len(p.Communities) != c.communities || len(p.Members) != len(c.want) {
				t.Errorf("%d communities, %d members; want %d, %d", len(p.Communities), len(p.Members), c.communities, len(c.want))
			}
			if math.IsNaN(p.Modularity) {
				t.Errorf("modularity is NaN")
			}
		})
	}
}

// TestConflictOnly: actors that only fight each other end up apart.
func TestConflictOnly(t *testing.T) {
	g := newGraph([]graph.Edge{attack("a", "b", 5), attack("b", "c", 5), attack("c", "a", 5)})
	p, err := Communities(g, CommunityOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Communities) != 3 {
		t.Errorf("got %d communities, want 3 singletons: %+v", len(p.Communities), p.Communities)
	}
	scores, err := Influence(g)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range scores {
		if s.Cooperation != 0 || s.Conflict != 10 {
			t.Errorf("%s: cooperation %v, conflict %v; want 0, 10", s.ID, s.Cooperation, s.Conflict)
		}
	}
}

func TestInvalid(t *testing.T) {
	cases := map[string]*graph.Graph{
		"unknown node": {Nodes: []graph.Node{{ID: "a"}}, Edges: []graph.Edge{consult("a", "b", 1)}},
		"self-loop":    {Nodes: []graph.Node{{ID: "a"}}, Edges: []graph.Edge{{Source: "a", Target: "a", Cooperation: 1}}},
		"duplicate":    {Nodes: []graph.Node{{ID: "a"}, {ID: "a"}}},
		"negative":     newGraph([]graph.Edge{{Source: "a", Target: "b", Cooperation: -1}}),
		"nan":          newGraph([]graph.Edge{{Source: "a", Target: "b", Conflict: math.NaN()}}),
	}
	for name, g := range cases {
		if _, err := Influence(g); !errors.Is(err, graph.ErrInvalid) {
			t.Errorf("%s: Influence error %v, want graph.ErrInvalid", name, err)
		}
		if _, err := Communities(g, CommunityOptions{}); !errors.Is(err, graph.ErrInvalid) {
			t.Errorf("%s: Communities error %v, want graph.ErrInvalid", name, err)
		}
	}
}

func BenchmarkInfluence2000(b *testing.B) {
	g := synthetic(2000, 8000, 1)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := Influence(g); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkCommunities2000(b *testing.B) {
	g := synthetic(2000, 8000, 1)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := Communities(g, CommunityOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}

// TestSearchAll: x only fights bloc b. Moving x among its neighbours'
// communities (bloc b) never helps, so by default it stays alone; with
// SearchAll it joins bloc a, which raises the signed modularity (the
// expected-conflict term of the conflict layer is removed from Q).
func TestSearchAll(t *testing.T) {
	g := blocs()
	for i := 1; i <= 4; i++ {
		g.Edges = append(g.Edges, attack("x", fmt.Sprint("b", i), 2))
	}
	g = newGraph(g.Edges)
	p1, err := Communities(g, CommunityOptions{})
	if err != nil {
		t.Fatal(err)
	}
	p2, err := Communities(g, CommunityOptions{SearchAll: true})
	if err != nil {
		t.Fatal(err)
	}
	c1, _ := p1.Of("x")
	c2, _ := p2.Of("x")
	a2, _ := p2.Of("a1")
	if len(p1.Communities[c1].Members) != 1 || c2 != a2 {
		t.Errorf("x: default community %v, SearchAll community %v (a1 in %d); want singleton, then with a1",
			p1.Communities[c1].Members, p2.Communities[c2].Members, a2)
	}
	if p2.Modularity <= p1.Modularity {
		t.Errorf("SearchAll Q %v <= default Q %v", p2.Modularity, p1.Modularity)
	}
}
