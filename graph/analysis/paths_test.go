package analysis

import (
	"math"
	"testing"
)

// TestSampled: the sampled estimate is within its stated bound of the exact
// betweenness (the bound holds with probability 95%; with this seed it
// holds by a wide margin), and sampling every node is the exact run.
func TestSampled(t *testing.T) {
	g := synthetic(400, 1200, 3)
	nw, _ := NewNetwork(g)
	exact := paths(&nw.Distance().adj, PathOptions{})
	full := paths(&nw.Distance().adj, PathOptions{Samples: 400})
	for i := range exact.Betweenness {
		if exact.Betweenness[i] != full.Betweenness[i] {
			t.Fatalf("Samples = n differs from exact at %d", i)
		}
	}
	est := paths(&nw.Distance().adj, PathOptions{Samples: 100})
	if est.Sources != 100 || est.Bound <= 0 {
		t.Fatalf("sources %d, bound %v", est.Sources, est.Bound)
	}
	var maxErr, maxRelH float64
	for i := range exact.Betweenness {
		maxErr = math.Max(maxErr, math.Abs(est.Betweenness[i]-exact.Betweenness[i]))
		maxRelH = math.Max(maxRelH, math.Abs(est.Harmonic[i]-exact.Harmonic[i])/exact.Harmonic[i])
	}
	if maxErr > est.Bound {
		t.Errorf("max error %v > bound %v", maxErr, est.Bound)
	}
	if maxRelH > 0.2 {
		t.Errorf("harmonic estimate off by %v (relative)", maxRelH)
	}
	if b := SampleBound(1000, 1000, 0.05); b != 0 {
		t.Errorf("SampleBound(k = n) = %v, want 0", b)
	}
}

// TestUnitBFS: with equal lengths the BFS path gives the Dijkstra values.
func TestUnitBFS(t *testing.T) {
	g := karate(t, true)
	nw, _ := NewNetwork(g)
	c := newCSR(&nw.Distance().adj)
	if !c.unit {
		t.Fatal("unit karate not detected as unit")
	}
	bfs := paths(&nw.Distance().adj, PathOptions{})
	c.unit = false
	st := newBrandes(nw.len(), len(c.to))
	acc := make([]float64, nw.len())
	for s := 0; s < nw.len(); s++ {
		st.run(c, int32(s), acc)
	}
	scale := 1 / float64((nw.len()-1)*(nw.len()-2))
	for i := range acc {
		if math.Abs(acc[i]*scale-bfs.Betweenness[i]) > 1e-12 {
			t.Errorf("node %d: Dijkstra %v, BFS %v", i, acc[i]*scale, bfs.Betweenness[i])
		}
	}
}

func BenchmarkBetweenness10k(b *testing.B) {
	nw, _ := NewNetwork(synthetic(10000, 40000, 1))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		paths(&nw.Distance().adj, PathOptions{})
	}
}

func BenchmarkBetweenness10kSampled(b *testing.B) {
	nw, _ := NewNetwork(synthetic(10000, 40000, 1))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		paths(&nw.Distance().adj, PathOptions{Samples: 500})
	}
}

func BenchmarkBetweenness10kUnitSampled(b *testing.B) {
	nw, _ := NewNetwork(synthetic(10000, 40000, 1))
	for _, arcs := range nw.und {
		for i := range arcs {
			arcs[i].strength = 1
		}
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		paths(&nw.Distance().adj, PathOptions{Samples: 1000})
	}
}
