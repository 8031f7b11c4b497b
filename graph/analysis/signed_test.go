package analysis

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	gonum "gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/simple"
	"gonum.org/v1/gonum/mat"

	"github.com/actorgraph/actorgraph/graph"
)

// signedGraph builds an actor graph from a symmetric signed matrix: +1 a
// cooperation (score 1), −1 a conflict; nodes v0001, v0002, ... in order.
func signedMatrixGraph(a [][]float64) *graph.Graph {
	id := func(i int) string { return fmt.Sprintf("v%04d", i+1) }
	var nodes []string
	var edges []graph.Edge
	for i := range a {
		nodes = append(nodes, id(i))
		for j := i + 1; j < len(a); j++ {
			switch {
			case a[i][j] > 0:
				edges = append(edges, consult(id(i), id(j), a[i][j]))
			case a[i][j] < 0:
				edges = append(edges, attack(id(i), id(j), -a[i][j]))
			}
		}
	}
	return newGraph(edges, nodes...)
}

func square(n int, v ...float64) [][]float64 {
	a := make([][]float64, n)
	for i := range a {
		a[i] = v[i*n : (i+1)*n]
	}
	return a
}

// everett is the 10-actor signed network of Everett and Borgatti (2014),
// on which signed degree cannot tell the actors apart: signnet's centrality
// vignette and the examples of pn_index and eigen_centrality_signed.
var everett = square(10,
	0, 1, 0, 1, 0, 0, 0, -1, -1, 0,
	1, 0, 1, -1, 1, -1, -1, 0, 0, 0,
	0, 1, 0, 1, -1, 0, 0, 0, -1, 0,
	1, -1, 1, 0, 1, -1, -1, 0, 0, 0,
	0, 1, -1, 1, 0, 1, 0, -1, 0, -1,
	0, -1, 0, -1, 1, 0, 1, 0, 1, -1,
	0, -1, 0, -1, 0, 1, 0, 1, -1, 1,
	-1, 0, 0, 0, -1, 0, 1, 0, 1, 0,
	-1, 0, -1, 0, 0, 1, -1, 1, 0, 1,
	0, 0, 0, 0, -1, -1, 1, 0, 1, 0)

// byIndex reads a measure of the nodes v0001, v0002, ... of a graph made by
// signedMatrixGraph.
func byIndex(t *testing.T, g *graph.Graph, f func(*Network) map[int64]float64) []float64 {
	t.Helper()
	nw, err := NewNetwork(g)
	if err != nil {
		t.Fatal(err)
	}
	m := f(nw)
	out := make([]float64, nw.Len())
	for i := range out {
		out[i] = m[int64(i)]
	}
	return out
}

func near(t *testing.T, what string, got, want []float64, tol float64) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%s: %d values, want %d", what, len(got), len(want))
	}
	for i := range got {
		if math.Abs(got[i]-want[i]) > tol {
			t.Errorf("%s[%d] = %.9g, want %.9g", what, i, got[i], want[i])
		}
	}
}

// TestPNSignnet checks PN centrality against the values signnet's
// vignette "Centrality" prints for pn_index on Everett and Borgatti's
// example network.
func TestPNSignnet(t *testing.T) {
	want := []float64{0.9009747, 0.8613482, 0.9076997, 0.8613482, 0.8410658, 0.8496558, 0.8617321, 0.9015909, 0.8509848, 0.9072930}
	got := byIndex(t, signedMatrixGraph(everett), func(nw *Network) map[int64]float64 {
		m, err := PN(nw.Signed())
		if err != nil {
			t.Fatal(err)
		}
		return m
	})
	near(t, "PN", got, want, 5e-7)
}

// TestSignedEigenvectorSignnet checks signed eigenvector centrality
// against signnet's eigen_centrality_signed on the same network (vignette
// "Centrality"; the dominant eigenvalue is −4.268, negative), and that
// signnet's example without a dominant eigenvalue (eigenvalues ±3, twice
// each) is undefined.
func TestSignedEigenvectorSignnet(t *testing.T) {
	want := []float64{-0.62214960, 1.00000000, -0.74518850, 1.00000000, -0.89990041, 0.64289592, 0.35828159, -0.37471921, -0.28087411, -0.07834568}
	got := byIndex(t, signedMatrixGraph(everett), func(nw *Network) map[int64]float64 {
		m, err := SignedEigenvector(nw.Signed())
		if err != nil {
			t.Fatal(err)
		}
		return m
	})
	near(t, "signed eigenvector", got, want, 5e-8)

	noDominant := square(9,
		0, 1, 1, -1, 0, 0, -1, 0, 0,
		1, 0, 1, 0, -1, 0, 0, -1, 0,
		1, 1, 0, 0, 0, -1, 0, 0, -1,
		-1, 0, 0, 0, 1, 1, -1, 0, 0,
		0, -1, 0, 1, 0, 1, 0, -1, 0,
		0, 0, -1, 1, 1, 0, 0, 0, -1,
		-1, 0, 0, -1, 0, 0, 0, 1, 1,
		0, -1, 0, 0, -1, 0, 1, 0, 1,
		0, 0, -1, 0, 0, -1, 1, 1, 0)
	twoPairs := newGraph([]graph.Edge{consult("a", "b", 1), consult("c", "d", 1)}) // λ = 1 twice
	// Connected, with its largest eigenvalue 2.21432 twice (found by a
	// search over random signed graphs; eigenvalues ±1.675, −0.539 twice
	// each too): power iteration converges, the deflated one finds λ again.
	repeated := square(6,
		0, 0, 1, 1, 0, 0,
		0, 0, 0, -1, 1, 1,
		1, 0, 0, 1, 1, 0,
		1, -1, 1, 0, 0, 0,
		0, 1, 1, 0, 0, 1,
		0, 1, 0, 0, 1, 0)
	for name, g := range map[string]*graph.Graph{"signnet": signedMatrixGraph(noDominant), "two pairs": twoPairs,
		"repeated, connected": signedMatrixGraph(repeated), "no ties": newGraph(nil, "a", "b")} {
		nw, _ := NewNetwork(g)
		if _, err := SignedEigenvector(nw.Signed()); !errors.Is(err, ErrUndefined) {
			t.Errorf("%s: error %v, want ErrUndefined", name, err)
		}
	}
}

// randomSignedMatrix is a random symmetric ±1 matrix of density p.
func randomSignedMatrix(n int, p float64, seed uint64) [][]float64 {
	rnd := rand.New(rand.NewPCG(seed, 1))
	a := make([][]float64, n)
	for i := range a {
		a[i] = make([]float64, n)
	}
	for i := 0; i < n; i++ {
		for j := i + 1; j < n; j++ {
			if rnd.Float64() < p {
				s := 1.0
				if rnd.IntN(3) == 0 {
					s = -1
				}
				a[i][j], a[j][i] = s, s
			}
		}
	}
	return a
}

// TestSignedDense cross-checks the sparse kernels with gonum/mat's dense
// solvers: PN with an LU solve of (I − A/(2n−2))x = 1, the signed
// eigenvector with EigenSym, walk balance with EigenSym on the whole
// matrix (ours decomposes each component).
func TestSignedDense(t *testing.T) {
	for i, c := range []struct {
		n int
		p float64
	}{{5, 0.5}, {12, 0.3}, {40, 0.1}, {80, 0.05}, {150, 0.03}} {
		a := randomSignedMatrix(c.n, c.p, uint64(i+1))
		nw, err := NewNetwork(signedMatrixGraph(a))
		if err != nil {
			t.Fatal(err)
		}
		n := c.n
		sym := mat.NewSymDense(n, nil)
		abs := mat.NewSymDense(n, nil)
		pn := mat.NewDense(n, n, nil)
		for r := 0; r < n; r++ {
			pn.Set(r, r, 1)
			for s := 0; s < n; s++ {
				sym.SetSym(r, s, a[r][s])
				abs.SetSym(r, s, math.Abs(a[r][s]))
				if a[r][s] > 0 {
					pn.Set(r, s, -1/float64(2*n-2))
				} else if a[r][s] < 0 {
					pn.Set(r, s, 2/float64(2*n-2))
				}
			}
		}
		name := fmt.Sprintf("n=%d", n)

		ones := mat.NewVecDense(n, nil)
		for r := 0; r < n; r++ {
			ones.SetVec(r, 1)
		}
		var x mat.VecDense
		if err := x.SolveVec(pn, ones); err != nil {
			t.Fatal(err)
		}
		got, err := PN(nw.Signed())
		if err != nil {
			t.Fatal(err)
		}
		for r := 0; r < n; r++ {
			if d := math.Abs(got[int64(r)] - x.AtVec(r)); d > 1e-9 {
				t.Errorf("%s: PN[%d] = %v, dense %v", name, r, got[int64(r)], x.AtVec(r))
			}
		}

		var es mat.EigenSym
		if !es.Factorize(sym, true) {
			t.Fatal("EigenSym failed")
		}
		vals := es.Values(nil)
		var vecs mat.Dense
		es.VectorsTo(&vecs)
		top, second := 0, -1
		for k := range vals {
			if math.Abs(vals[k]) > math.Abs(vals[top]) {
				top = k
			}
		}
		for k := range vals {
			if k != top && (second < 0 || math.Abs(vals[k]) > math.Abs(vals[second])) {
				second = k
			}
		}
		dominant := math.Abs(vals[top])-math.Abs(vals[second]) > 1e-6*math.Abs(vals[top])
		ev, err := SignedEigenvector(nw.Signed())
		t.Logf("%s: λ %.4f, next %.4f, dominant %v", name, vals[top], vals[second], dominant)
		if dominant != (err == nil) {
			t.Errorf("%s: dominant %v (λ %v, next %v), error %v", name, dominant, vals[top], vals[second], err)
		}
		if dominant && err == nil {
			v := mat.Col(nil, top, &vecs)
			big := 0.0
			for _, y := range v {
				if math.Abs(y) > math.Abs(big)+1e-12 {
					big = y
				}
			}
			for r := range v {
				if d := math.Abs(ev[int64(r)] - v[r]/big); d > 1e-6 {
					t.Errorf("%s: signed eigenvector[%d] = %v, dense %v", name, r, ev[int64(r)], v[r]/big)
				}
			}
		}

		var ea mat.EigenSym
		ea.Factorize(abs, false)
		var num, den float64
		mu := ea.Values(nil)
		for k := range vals {
			num += math.Exp(vals[k] - mu[n-1])
			den += math.Exp(mu[k] - mu[n-1])
		}
		k, err := WalkBalance(nw.Signed())
		if err != nil || math.Abs(k-num/den) > 1e-12 {
			t.Errorf("%s: walk balance %v (%v), dense %v", name, k, err, num/den)
		}
	}
}

// TestWalkBalance: a balanced graph scores 1 (signnet's tests: a complete
// graph of positive ties; its balance_score example, a K4 with two camps),
// and a triangle with one negative tie scores, from its spectra {2, −1,
// −1} (|A|) and {1, 1, −2} (A), (2e + e⁻²)/(e² + 2e⁻¹) (Estrada and Benzi
// 2014, the definition).
func TestWalkBalance(t *testing.T) {
	k5 := make([][]float64, 5)
	for i := range k5 {
		k5[i] = []float64{1, 1, 1, 1, 1}
		k5[i][i] = 0
	}
	// igraph's edge order of graph.full(4) and signnet's signs c(-1,1,1,-1,-1,1).
	k4 := square(4, 0, -1, 1, 1, -1, 0, -1, -1, 1, -1, 0, 1, 1, -1, 1, 0)
	triangle := square(3, 0, 1, 1, 1, 0, -1, 1, -1, 0)
	for _, c := range []struct {
		name string
		a    [][]float64
		want float64
	}{
		{"K5 positive", k5, 1},
		{"K4 two camps", k4, 1},
		{"triangle ++−", triangle, (2*math.E + math.Exp(-2)) / (math.Exp(2) + 2/math.E)},
	} {
		nw, _ := NewNetwork(signedMatrixGraph(c.a))
		k, err := WalkBalance(nw.Signed())
		if err != nil || math.Abs(k-c.want) > 1e-12 {
			t.Errorf("%s: walk balance %v (%v), want %v", c.name, k, err, c.want)
		}
	}
	// A component beyond the limit is not decomposed.
	big := synthetic(WalkNodes+1, 0, 1)
	nw, _ := NewNetwork(big)
	if _, err := WalkBalance(nw.Signed()); !errors.Is(err, ErrUndefined) {
		t.Errorf("component of %d nodes: error %v, want ErrUndefined", WalkNodes+1, err)
	}
}

// TestStatus checks status scores on a worked example of the definition
// σ(x) = d⁺_in(x) + d⁻_out(x) − d⁺_out(x) − d⁻_in(x) (Leskovec,
// Huttenlocher and Kleinberg 2010): a backs b and c; b backs c; c attacks
// a; d attacks c. Then a: −2 out⁺ − 1 in⁻ = −3; b: +1 in⁺ − 1 out⁺ = 0;
// c: +2 in⁺ + 1 out⁻ − 1 in⁻ = 2; d: +1 out⁻ = 1. Mutual cooperation
// (CONSULT) counts both ways and cancels; a pair whose arcs net to 0 has
// no sign.
func TestStatus(t *testing.T) {
	backs := func(a, b string) graph.Edge {
		return graph.Edge{Source: a, Target: b, Type: "SUPPORT", Directed: true, Count: 1, Weight: 5, Cooperation: 5}
	}
	g := newGraph([]graph.Edge{backs("a", "b"), backs("a", "c"), backs("b", "c"), attack("c", "a", 3), attack("d", "c", 2),
		consult("a", "d", 4), backs("e", "a"), attack("e", "a", 5)})
	nw, _ := NewNetwork(g)
	got := Status(nw.SignedDirected())
	want := map[string]float64{"a": -3, "b": 0, "c": 2, "d": 1, "e": 0}
	for id, w := range want {
		v, _ := nw.Node(id)
		if got[v] != w {
			t.Errorf("status(%s) = %v, want %v", id, got[v], w)
		}
	}
}

// TestSignedGeneric: the measures read any gonum graph, not only our
// views (the generic path of compact), with the same result.
func TestSignedGeneric(t *testing.T) {
	nw, _ := NewNetwork(signedMatrixGraph(everett))
	ug := simple.NewWeightedUndirectedGraph(0, 0)
	for it := nw.Signed().WeightedEdges(); it.Next(); {
		e := it.WeightedEdge()
		// Other IDs, to check the mapping back.
		ug.SetWeightedEdge(simple.WeightedEdge{F: simple.Node(100 + e.From().ID()), T: simple.Node(100 + e.To().ID()), W: e.Weight()})
	}
	for _, f := range []struct {
		name string
		m    func(gonum.Undirected) (map[int64]float64, error)
	}{{"PN", PN}, {"SignedEigenvector", SignedEigenvector}} {
		a, err1 := f.m(nw.Signed())
		b, err2 := f.m(ug)
		if err1 != nil || err2 != nil {
			t.Fatal(err1, err2)
		}
		for id, v := range a {
			if math.Abs(b[id+100]-v) > 1e-12 {
				t.Errorf("%s: node %d: view %v, generic %v", f.name, id, v, b[id+100])
			}
		}
	}
}
