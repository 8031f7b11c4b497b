package analysis

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// randomSigned is a seeded random signed graph on n nodes with edge
// probability p; a third of the pairs are in conflict.
func randomSigned(n int, p float64, seed uint64) *graph.Graph {
	rnd := rand.New(rand.NewPCG(seed, 2))
	var edges []graph.Edge
	for i := 0; i < n; i++ {
		for j := i + 1; j < n; j++ {
			if rnd.Float64() >= p {
				continue
			}
			a, b := fmt.Sprintf("s%03d", i), fmt.Sprintf("s%03d", j)
			if rnd.IntN(3) == 0 {
				edges = append(edges, attack(a, b, float64(1+rnd.IntN(5))))
			} else {
				edges = append(edges, consult(a, b, float64(1+rnd.IntN(5))))
			}
		}
	}
	return newGraph(edges)
}

// bruteFrustration tries every split of the nodes.
func bruteFrustration(t *testing.T, g *graph.Graph) int {
	nw, err := NewNetwork(g)
	if err != nil {
		t.Fatal(err)
	}
	adj, _ := nw.signed()
	n := nw.len()
	best := -1
	side := make([]int8, n)
	for mask := 0; mask < 1<<(n-1); mask++ {
		for v := 1; v < n; v++ {
			side[v] = int8(mask >> (v - 1) & 1)
		}
		cost := 0
		for v := range adj {
			for _, a := range adj[v] {
				if v < a.to && violated(side, v, a) {
					cost++
				}
			}
		}
		if best < 0 || cost < best {
			best = cost
		}
	}
	return best
}

// TestFrustrationBrute: branch and bound equals brute force, the heuristic
// alone is an upper bound and its lower bound is below, on random signed
// graphs of 12 nodes.
func TestFrustrationBrute(t *testing.T) {
	for seed := uint64(1); seed <= 15; seed++ {
		g := randomSigned(12, 0.5, seed)
		want := bruteFrustration(t, g)
		b, err := StructuralBalance(g, BalanceOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if !b.Exact || b.Frustration != want || len(b.Frustrated) != want {
			t.Errorf("seed %d: frustration %d (exact %v, %d pairs listed), brute force %d", seed, b.Frustration, b.Exact, len(b.Frustrated), want)
		}
		h, _ := StructuralBalance(g, BalanceOptions{ExactNodes: -1})
		if h.Exact || h.Frustration < want || h.FrustrationLower > want {
			t.Errorf("seed %d: heuristic [%d, %d] (exact %v) does not bracket %d", seed, h.FrustrationLower, h.Frustration, h.Exact, want)
		}
	}
}

// TestBalanceSample: the sample graph's blocs. Russia cooperates with the
// United States, which backs the Syrian rebels that Russia fights: an
// unbalanced ++− triad, described in words.
func TestBalanceSample(t *testing.T) {
	g := newGraph([]graph.Edge{
		consult("RUS", "USA", 5), consult("USA", "REB", 5), attack("RUS", "REB", 9),
		consult("RUS", "SYR", 9), attack("SYR", "REB", 9), consult("JOR", "RUS", 2), consult("JOR", "USA", 2),
	})
	b, err := StructuralBalance(g, BalanceOptions{})
	if err != nil {
		t.Fatal(err)
	}
	// Triangles: RUS-USA-REB (++−), RUS-SYR-REB (+−−), JOR-RUS-USA (+++).
	if b.Census != [4]int{1, 1, 1, 0} || b.Triads != 3 {
		t.Fatalf("census %v, want [1 1 1 0]", b.Census)
	}
	if len(b.Unbalanced) != 1 || b.Frustration != 1 || !b.Exact {
		t.Fatalf("unbalanced %v, frustration %d", b.Unbalanced, b.Frustration)
	}
	d := b.Unbalanced[0].Describe()
	if !strings.Contains(d, "REB and USA cooperate, USA and RUS cooperate, but REB and RUS are in conflict") {
		t.Errorf("description %q", d)
	}
	if got := b.BalancedShare; got < 0.666 || got > 0.667 {
		t.Errorf("balanced share %v, want 2/3", got)
	}
}

func BenchmarkBalance10k(b *testing.B) {
	g := synthetic(10000, 40000, 1)
	for i := 0; i < b.N; i++ {
		if _, err := StructuralBalance(g, BalanceOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}
