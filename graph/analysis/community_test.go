package analysis

import (
	"bytes"
	"fmt"
	"math"
	"math/rand/v2"
	"runtime"
	"testing"

	"gonum.org/v1/gonum/graph/community"

	"github.com/actorgraph/actorgraph/graph"
)

// communityCases are the graphs the Louvain tests run on: the reference
// graphs of testdata, the signed test graphs and random signed graphs.
func communityCases(t testing.TB) []struct {
	name string
	g    *graph.Graph
} {
	cases := []struct {
		name string
		g    *graph.Graph
	}{
		{"blocs", blocs()},
		{"mixed", mixed(t)},
		{"karate_unit", karate(t, true)},
		{"random_300", synthetic(300, 900, 3)},
		{"random_1000", synthetic(1000, 4000, 11)},
	}
	for _, name := range refGraphs {
		cases = append(cases, struct {
			name string
			g    *graph.Graph
		}{name, refGraph(t, name)})
	}
	return cases
}

// gonumBest is what Communities computed before our own Louvain: the best
// Q of gonum's community.ModularizeMultiplex over the same seeded runs, on
// the Network's two layers (cooperation of weight +1, conflict of weight
// −1), Q computed by nw.modularity.
func gonumBest(nw *Network, opt CommunityOptions) float64 {
	n := nw.len()
	layers := nw.Layers()
	weights := append([]float64(nil), LayerWeights...)
	for l := range weights {
		// gonum divides by a layer's total weight: an empty layer must
		// have weight 0.
		if len(layers.layers[l].adj.to) == 0 {
			weights[l] = 0
		}
	}
	best := math.Inf(-1)
	for run := 0; run < opt.Runs; run++ {
		r := community.ModularizeMultiplex(layers, weights, []float64{opt.Resolution}, opt.SearchAll, rand.NewPCG(opt.Seed, uint64(run)))
		memb := make([]int, n)
		for c, members := range r.Communities() {
			for _, v := range members {
				memb[v.ID()] = c
			}
		}
		best = math.Max(best, nw.modularity(memb, opt.Resolution))
	}
	return best
}

// TestLouvainQ checks that the Q our Louvain reports equals the signed
// modularity computed independently from the membership (nw.modularity),
// and that the best of the runs is at least as good as the best of
// gonum's ModularizeMultiplex over the same number of runs.
func TestLouvainQ(t *testing.T) {
	for _, c := range communityCases(t) {
		for _, opt := range []CommunityOptions{{}, {Resolution: 2}, {Resolution: 0.5, SearchAll: true}} {
			opt = opt.withDefaults()
			if opt.SearchAll && len(c.g.Nodes) > 500 {
				continue // gonum's SearchAll takes seconds here
			}
			t.Run(fmt.Sprintf("%s/γ=%g,all=%v", c.name, opt.Resolution, opt.SearchAll), func(t *testing.T) {
				nw, err := NewNetwork(c.g)
				if err != nil {
					t.Fatal(err)
				}
				g := nw.signedGraph()
				var m2p, m2n float64
				for v := range g.kp {
					m2p += g.kp[v]
					m2n += g.kn[v]
				}
				for run := 0; run < opt.Runs; run++ {
					memb, q := g.louvain(opt.Resolution, m2p, m2n, opt.SearchAll, rand.New(rand.NewPCG(opt.Seed, uint64(run))))
					m := make([]int, len(memb))
					for v, x := range memb {
						m[v] = int(x)
					}
					if want := nw.modularity(m, opt.Resolution); math.Abs(q-want) > 1e-9 {
						t.Errorf("run %d: Louvain reports Q %v, the membership has Q %v", run, q, want)
					}
				}
				p := nw.communities(opt)
				// The gonum-facing Louvain on the same layers finds the
				// same partition.
				comms, q := Louvain(nw.Layers(), LayerWeights, opt)
				if len(comms) != len(p.Communities) || math.Abs(q-p.Modularity) > 1e-9 {
					t.Errorf("Louvain: %d communities, Q %v; Communities: %d, Q %v", len(comms), q, len(p.Communities), p.Modularity)
				}
				if ref := gonumBest(nw, opt); p.Modularity < ref-1e-9 {
					t.Errorf("best Q %v < gonum's best %v", p.Modularity, ref)
				} else {
					t.Logf("best Q %.6f, gonum's %.6f", p.Modularity, ref)
				}
			})
		}
	}
}

// TestCommunitiesProcs: the partition does not depend on the number of
// CPUs the runs are spread over.
func TestCommunitiesProcs(t *testing.T) {
	g := synthetic(1000, 4000, 11)
	write := func(procs int) []byte {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
		p, err := Communities(g, CommunityOptions{})
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		for _, m := range p.Members {
			fmt.Fprintln(&buf, m.ID, m.Community)
		}
		fmt.Fprintf(&buf, "Q=%.6f\n", p.Modularity)
		return buf.Bytes()
	}
	one := write(1)
	for _, procs := range []int{2, 3, 8} {
		if got := write(procs); !bytes.Equal(got, one) {
			t.Fatalf("GOMAXPROCS %d gives other communities than GOMAXPROCS 1", procs)
		}
	}
}
