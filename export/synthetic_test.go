package export

import (
	"fmt"
	"math/rand/v2"
	"sort"

	"github.com/actorgraph/actorgraph/graph"
)

// syntheticNames are actor names of realistic lengths, reused with a
// number past their count.
var syntheticNames = []string{"United States", "Russia", "China", "Iran", "Syria", "Turkey", "Saudi Arabia", "Israel",
	"United Nations", "European Union", "Syrian rebels", "Hezbollah", "Islamic State", "Popular Mobilization Forces",
	"United Kingdom", "France", "Germany", "Jordan", "Iraq", "Lebanon", "Egypt", "Qatar", "United Arab Emirates",
	"Kurdistan Workers' Party", "North Atlantic Treaty Organization", "Ukraine", "Yemen", "Houthis", "Afghanistan",
	"Taliban", "Pakistan", "India", "Japan", "South Korea", "North Korea", "Venezuela", "Cuba", "Libya",
	"Libyan National Army", "African Union"}

// synthetic is a random actor graph of n actors and about m relations
// with preferential attachment (a few actors in most relations, as in the
// news), every quad class, and a fixed seed.
func synthetic(n, m int, seed uint64) *graph.Graph {
	r := rand.New(rand.NewPCG(seed, 7))
	g := &graph.Graph{Title: fmt.Sprintf("Synthetic %d", n), Level: graph.LevelOrganisation, Documents: m / 2,
		DateFrom: "2020-01-01", DateTo: "2020-12-31"}
	for i := 0; i < n; i++ {
		name := syntheticNames[i%len(syntheticNames)]
		if i >= len(syntheticNames) {
			name = fmt.Sprintf("%s %d", name, i/len(syntheticNames)+1)
		}
		g.Nodes = append(g.Nodes, graph.Node{ID: fmt.Sprintf("A%03d", i), Name: name, Kind: "state", Mentions: 1})
	}
	types := []struct {
		t, label string
		quad     int
		w        float64
		directed bool
	}{{"CONSULT", "talks with", 1, 2.5, false}, {"SUPPORT", "backs", 1, 5, true}, {"AID", "aids", 2, 7, true},
		{"ACCUSE", "accuses", 3, -2, true}, {"ASSAULT", "attacks", 4, -9.5, true}}
	deg := make([]int, n)
	seen := map[[3]string]bool{}
	for k := 0; k < m; k++ {
		pick := func() int { // preferential: by degree + 1
			if k == 0 {
				return r.IntN(n)
			}
			for {
				i := r.IntN(n)
				if r.IntN(2*k+n) < deg[i]+1+n/20 {
					return i
				}
			}
		}
		a, b := pick(), pick()
		if a == b {
			continue
		}
		ty := types[r.IntN(len(types))]
		s, t := g.Nodes[a].ID, g.Nodes[b].ID
		if !ty.directed && s > t {
			s, t = t, s
		}
		if seen[[3]string{s, t, ty.t}] {
			continue
		}
		seen[[3]string{s, t, ty.t}] = true
		deg[a]++
		deg[b]++
		c := 1 + r.IntN(3)
		e := graph.Edge{Source: s, Target: t, Type: ty.t, Label: ty.label, Quad: ty.quad, Directed: ty.directed,
			Count: c, Documents: c, Weight: ty.w * float64(c)}
		if e.Weight > 0 {
			e.Cooperation = e.Weight
		} else {
			e.Conflict = -e.Weight
		}
		g.Edges = append(g.Edges, e)
	}
	sort.Slice(g.Edges, func(i, j int) bool {
		a, b := g.Edges[i], g.Edges[j]
		if a.Source != b.Source {
			return a.Source < b.Source
		}
		if a.Target != b.Target {
			return a.Target < b.Target
		}
		return a.Type < b.Type
	})
	return g
}
