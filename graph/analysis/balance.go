package analysis

import (
	"fmt"
	"math"
	"math/rand/v2"
	"sort"

	gonum "gonum.org/v1/gonum/graph"

	"github.com/actorgraph/actorgraph/graph"
)

// BalanceOptions control the structural balance analysis. The zero value
// is the default.
type BalanceOptions struct {
	// ExactNodes is the largest connected component (of the signed graph)
	// whose frustration index is computed exactly by branch and bound;
	// 0 means DefaultExactNodes, < 0 none. Larger components use the
	// heuristic.
	ExactNodes int
	// Restarts of the local search heuristic; 0 means DefaultRestarts.
	Restarts int
	// Seed of the heuristic's restarts; 0 means DefaultSeed.
	Seed uint64
}

// Defaults of BalanceOptions.
const (
	DefaultExactNodes = 60
	DefaultRestarts   = 20
	// branchBudget bounds the branch-and-bound search nodes per component;
	// a component that needs more keeps the heuristic's value and the
	// result is marked inexact.
	branchBudget = 20_000_000
)

// SignedEdge is a pair of actors with its sign: +1 if net = cooperation −
// conflict > 0, −1 if net < 0.
type SignedEdge struct {
	A, B         string // A < B
	NameA, NameB string
	Sign         int
	Net          float64
}

// Triad is a triangle of the signed graph: three actors whose three pairs
// all have a sign.
type Triad struct {
	// IDs and names, sorted by ID.
	A, B, C             string
	NameA, NameB, NameC string
	// Net of the pairs AB, AC, BC.
	NetAB, NetAC, NetBC float64
	// Negative is the number of negative pairs (0..3). Balanced in the
	// sense of Cartwright and Harary: Negative is 0 or 2.
	Negative int
	// Weight is min |net| over the three pairs: how firmly the weakest tie
	// of the triad is established.
	Weight float64
}

// Balanced reports whether the triad is balanced (an even number of
// negative pairs).
func (t Triad) Balanced() bool { return t.Negative%2 == 0 }

// Signs returns the signs of AB, AC, BC as "+" and "−" (e.g. "++−").
func (t Triad) Signs() string {
	s := ""
	for _, v := range []float64{t.NetAB, t.NetAC, t.NetBC} {
		if v > 0 {
			s += "+"
		} else {
			s += "−"
		}
	}
	return s
}

// Describe says in words what makes the triad (un)balanced, e.g.
// "Russia and Jordan cooperate, Jordan and United States cooperate, but
// Russia and United States are in conflict".
func (t Triad) Describe() string {
	type pair struct {
		x, y string
		net  float64
	}
	ps := []pair{{t.NameA, t.NameB, t.NetAB}, {t.NameA, t.NameC, t.NetAC}, {t.NameB, t.NameC, t.NetBC}}
	var pos, neg []pair
	for _, p := range ps {
		if p.net > 0 {
			pos = append(pos, p)
		} else {
			neg = append(neg, p)
		}
	}
	switch len(neg) {
	case 1:
		// Order the cooperating pairs so that they chain through the
		// shared actor: x–s, s–y, while x–y conflict.
		x, y := neg[0].x, neg[0].y
		s := t.NameA
		for _, n := range []string{t.NameA, t.NameB, t.NameC} {
			if n != x && n != y {
				s = n
			}
		}
		return fmt.Sprintf("%s and %s cooperate, %s and %s cooperate, but %s and %s are in conflict", x, s, s, y, x, y)
	case 3:
		return fmt.Sprintf("%s, %s and %s are all in conflict with each other (balanced only in Davis' weak sense)", t.NameA, t.NameB, t.NameC)
	case 0:
		return fmt.Sprintf("%s, %s and %s all cooperate", t.NameA, t.NameB, t.NameC)
	}
	// Two negative pairs: the cooperating pair shares an adversary.
	return fmt.Sprintf("%s and %s cooperate, and both are in conflict with %s", pos[0].x, pos[0].y,
		otherName(t, pos[0].x, pos[0].y))
}

func otherName(t Triad, x, y string) string {
	for _, n := range []string{t.NameA, t.NameB, t.NameC} {
		if n != x && n != y {
			return n
		}
	}
	return t.NameC
}

// Balance is the structural balance of the signed graph.
type Balance struct {
	// Edges of the signed graph: pairs with net ≠ 0. Ambivalent pairs
	// (strength > 0, net = 0) have no sign and are left out.
	Positive, Negative, Ambivalent int
	// Census counts the triangles of the signed graph by their number of
	// negative pairs: Census[0] +++, [1] ++−, [2] +−−, [3] −−−.
	Census [4]int
	// Triads is the number of triangles; BalancedShare is
	// (Census[0]+Census[2])/Triads (Cartwright–Harary) and
	// WeakBalancedShare adds Census[3] (Davis). Both are 1 without
	// triangles.
	Triads            int
	BalancedShare     float64
	WeakBalancedShare float64
	// Walk is the walk-based balance of Estrada and Benzi (2014),
	// tr(e^A)/tr(e^|A|) (see WalkBalance), if WalkDefined: it counts every
	// closed walk, not only triangles, shorter walks more.
	Walk        float64
	WalkDefined bool
	// Unbalanced lists the triads with an odd number of negative pairs,
	// by Weight descending, then IDs.
	Unbalanced []Triad
	// Frustration is the fewest pairs whose removal (or sign flip) makes
	// the signed graph balanced, if Exact; otherwise the best value the
	// heuristic found, an upper bound. FrustrationLower is a lower bound
	// (equal to Frustration when Exact).
	Frustration      int
	FrustrationLower int
	Exact            bool
	// Sides is the two-camp split that attains Frustration: every node's
	// camp (0 or 1; the camp of the smallest ID in each component is 0;
	// nodes without signed pairs are in 0).
	Sides map[string]int
	// Frustrated are the pairs that break balance under Sides: positive
	// pairs across the camps and negative pairs inside one, sorted by
	// |net| descending, then IDs.
	Frustrated []SignedEdge
}

// StructuralBalance computes the signed triad census, the balanced share
// and the frustration index of g's signed graph (sign of a pair = sign of
// cooperation − conflict). See the package documentation for the
// algorithms. An invalid graph is an error wrapping graph.ErrInvalid.
func StructuralBalance(g *graph.Graph, opt BalanceOptions) (*Balance, error) {
	nw, err := NewNetwork(g)
	if err != nil {
		return nil, err
	}
	return nw.balance(opt), nil
}

// sarc is an arc of the signed graph.
type sarc struct {
	to   int
	sign int8
}

func (nw *Network) signed() (adj [][]sarc, amb int) {
	for v, arcs := range nw.und {
		for _, a := range arcs {
			if a.coop == a.conf && v < a.to {
				amb++
			}
		}
	}
	return sarcs(&nw.Signed().adj), amb
}

// sarcs is the signed graph of adj: the sign of every weight, zero
// weights left out.
func sarcs(adj *adjacency) [][]sarc {
	out := make([][]sarc, adj.len())
	for v := range out {
		for j := adj.off[v]; j < adj.off[v+1]; j++ {
			switch {
			case adj.w[j] > 0:
				out[v] = append(out[v], sarc{int(adj.to[j]), 1})
			case adj.w[j] < 0:
				out[v] = append(out[v], sarc{int(adj.to[j]), -1})
			}
		}
	}
	return out
}

// SignedTriangles counts the triangles of the signed graph g (the sign of
// each weight) by their number of negative edges: [0] +++, [1] ++−, [2]
// +−−, [3] −−− (signnet's count_signed_triangles).
func SignedTriangles(g gonum.Undirected) [4]int {
	adj, _ := undirectedOf(g)
	var census [4]int
	triangles(sarcs(adj), func(u, v, w, neg int) { census[neg]++ })
	return census
}

// Frustration returns the frustration index of the signed graph g (the
// sign of each weight): the fewest edges whose removal makes it balanced,
// if exact, else the best found; lower is a lower bound. See the package
// documentation for the algorithm; gonum has none.
func Frustration(g gonum.Undirected, opt BalanceOptions) (index, lower int, exact bool) {
	adj, _ := undirectedOf(g)
	sa := sarcs(adj)
	side, lower, exact := frustration(sa, opt.withDefaults())
	for v := range sa {
		for _, a := range sa[v] {
			if v < a.to && violated(side, v, a) {
				index++
			}
		}
	}
	if exact {
		lower = index
	}
	return index, lower, exact
}

// triangles calls f for every triangle of the signed graph once, with its
// nodes and number of negative edges: every edge is oriented from lower to
// higher (degree, index) rank, and each triangle found from its
// lowest-ranked node.
func triangles(adj [][]sarc, f func(u, v, w, neg int)) {
	n := len(adj)
	rank := func(v int) [2]int { return [2]int{len(adj[v]), v} }
	lessRank := func(u, v int) bool {
		ru, rv := rank(u), rank(v)
		return ru[0] < rv[0] || ru[0] == rv[0] && ru[1] < rv[1]
	}
	fwd := make([][]sarc, n)
	for v := range adj {
		for _, a := range adj[v] {
			if lessRank(v, a.to) {
				fwd[v] = append(fwd[v], a)
			}
		}
	}
	mark := make([]int8, n)
	for u := 0; u < n; u++ {
		for _, a := range fwd[u] {
			mark[a.to] = a.sign
		}
		for _, a := range fwd[u] {
			v := a.to
			for _, c := range fwd[v] {
				w := c.to
				if mark[w] == 0 {
					continue
				}
				neg := 0
				for _, s := range []int8{a.sign, c.sign, mark[w]} {
					if s < 0 {
						neg++
					}
				}
				f(u, v, w, neg)
			}
		}
		for _, a := range fwd[u] {
			mark[a.to] = 0
		}
	}
}

func (o BalanceOptions) withDefaults() BalanceOptions {
	if o.ExactNodes == 0 {
		o.ExactNodes = DefaultExactNodes
	}
	if o.Restarts <= 0 {
		o.Restarts = DefaultRestarts
	}
	if o.Seed == 0 {
		o.Seed = DefaultSeed
	}
	return o
}

func (nw *Network) net(a, b int) float64 {
	for _, x := range nw.und[a] {
		if x.to == b {
			return x.coop - x.conf
		}
	}
	return 0
}

func (nw *Network) balance(opt BalanceOptions) *Balance {
	opt = opt.withDefaults()
	adj, amb := nw.signed()
	b := &Balance{Ambivalent: amb, Sides: map[string]int{}}
	for v := range adj {
		for _, a := range adj[v] {
			if v < a.to {
				if a.sign > 0 {
					b.Positive++
				} else {
					b.Negative++
				}
			}
		}
	}
	triangles(adj, func(u, v, w, neg int) {
		b.Census[neg]++
		if neg%2 == 1 {
			b.Unbalanced = append(b.Unbalanced, nw.triad(u, v, w, neg))
		}
	})
	b.Walk, b.WalkDefined = walkBalance(&nw.Signed().adj, WalkNodes)
	b.Triads = b.Census[0] + b.Census[1] + b.Census[2] + b.Census[3]
	b.BalancedShare, b.WeakBalancedShare = 1, 1
	if b.Triads > 0 {
		b.BalancedShare = float64(b.Census[0]+b.Census[2]) / float64(b.Triads)
		b.WeakBalancedShare = float64(b.Census[0]+b.Census[2]+b.Census[3]) / float64(b.Triads)
	}
	sort.Slice(b.Unbalanced, func(i, j int) bool {
		x, y := b.Unbalanced[i], b.Unbalanced[j]
		if x.Weight != y.Weight {
			return x.Weight > y.Weight
		}
		if x.A != y.A {
			return x.A < y.A
		}
		if x.B != y.B {
			return x.B < y.B
		}
		return x.C < y.C
	})

	side, lower, exact := frustration(adj, opt)
	b.Exact = exact
	b.FrustrationLower = lower
	for v := range adj {
		b.Sides[nw.ids[v]] = int(side[v])
		for _, a := range adj[v] {
			if v < a.to && violated(side, v, a) {
				b.Frustration++
				b.Frustrated = append(b.Frustrated, SignedEdge{A: nw.ids[v], B: nw.ids[a.to],
					NameA: nw.names[v], NameB: nw.names[a.to], Sign: int(a.sign), Net: nw.net(v, a.to)})
			}
		}
	}
	if exact {
		b.FrustrationLower = b.Frustration
	}
	sort.SliceStable(b.Frustrated, func(i, j int) bool {
		return math.Abs(b.Frustrated[i].Net) > math.Abs(b.Frustrated[j].Net)
	})
	return b
}

func (nw *Network) triad(u, v, w, neg int) Triad {
	x := []int{u, v, w}
	sort.Ints(x) // indices follow ID order
	t := Triad{A: nw.ids[x[0]], B: nw.ids[x[1]], C: nw.ids[x[2]],
		NameA: nw.names[x[0]], NameB: nw.names[x[1]], NameC: nw.names[x[2]],
		NetAB: nw.net(x[0], x[1]), NetAC: nw.net(x[0], x[2]), NetBC: nw.net(x[1], x[2]), Negative: neg}
	t.Weight = math.Min(math.Abs(t.NetAB), math.Min(math.Abs(t.NetAC), math.Abs(t.NetBC)))
	return t
}

func violated(side []int8, v int, a sarc) bool {
	same := side[v] == side[a.to]
	return a.sign > 0 && !same || a.sign < 0 && same
}

// frustration returns a two-camp split with the fewest violated pairs it
// can find, a lower bound on the frustration index, and whether the split
// is optimal. Components of the signed graph are solved separately:
//
//   - every component gets the best of opt.Restarts local searches
//     (start from a random spanning-tree split, flip single nodes while
//     that removes violated pairs);
//   - a component of at most opt.ExactNodes nodes is then solved exactly
//     by branch and bound (bound: violated pairs among the placed nodes
//     plus, for every unplaced node, the fewer violations it must have
//     with the placed ones), within a budget of search nodes;
//   - the lower bound of a component not solved exactly is the size of a
//     greedy packing of edge-disjoint unbalanced triangles (each needs one
//     of its pairs changed).
func frustration(adj [][]sarc, opt BalanceOptions) (side []int8, lower int, exact bool) {
	n := len(adj)
	side = make([]int8, n)
	comp := make([]int, n)
	for i := range comp {
		comp[i] = -1
	}
	exact = true
	rnd := rand.New(rand.NewPCG(opt.Seed, 0x6672757374)) // "frust"
	for r := 0; r < n; r++ {
		if comp[r] >= 0 {
			continue
		}
		nodes := []int{r}
		comp[r] = r
		for i := 0; i < len(nodes); i++ {
			for _, a := range adj[nodes[i]] {
				if comp[a.to] < 0 {
					comp[a.to] = r
					nodes = append(nodes, a.to)
				}
			}
		}
		if len(nodes) < 3 {
			treeSplit(adj, r, side) // a tree is balanced
			continue
		}
		best := localSearch(adj, nodes, side, opt.Restarts, rnd)
		solved := false
		if len(nodes) <= opt.ExactNodes {
			if cost, ok := branchAndBound(adj, nodes, side, best); ok {
				best, solved = cost, true
			}
		}
		if solved {
			lower += best
		} else {
			exact = false
			lower += trianglePacking(adj, nodes)
		}
	}
	// Normalise: the smallest index of each component is in camp 0.
	flip := map[int]bool{}
	for v := 0; v < n; v++ {
		c := comp[v]
		if _, ok := flip[c]; !ok {
			flip[c] = side[v] == 1
		}
		if flip[c] {
			side[v] ^= 1
		}
	}
	return side, lower, exact
}

// treeSplit splits the component of r along a BFS spanning tree: a
// positive pair in the same camp, a negative pair across.
func treeSplit(adj [][]sarc, r int, side []int8) []int {
	seen := map[int]bool{r: true}
	side[r] = 0
	queue := []int{r}
	for i := 0; i < len(queue); i++ {
		v := queue[i]
		for _, a := range adj[v] {
			if !seen[a.to] {
				seen[a.to] = true
				side[a.to] = side[v]
				if a.sign < 0 {
					side[a.to] ^= 1
				}
				queue = append(queue, a.to)
			}
		}
	}
	return queue
}

// localSearch writes into side the best split of nodes it finds and
// returns its number of violated pairs.
func localSearch(adj [][]sarc, nodes []int, side []int8, restarts int, rnd *rand.Rand) int {
	cur := make([]int8, len(side))
	best := -1
	order := append([]int(nil), nodes...)
	for it := 0; it < restarts; it++ {
		root := nodes[0]
		if it > 0 {
			root = nodes[rnd.IntN(len(nodes))]
		}
		// A spanning-tree split from a random root with randomly ordered
		// neighbours, then single-node flips.
		seen := map[int]bool{root: true}
		cur[root] = 0
		queue := []int{root}
		for i := 0; i < len(queue); i++ {
			v := queue[i]
			nb := adj[v]
			perm := rnd.Perm(len(nb))
			if it == 0 {
				for j := range perm {
					perm[j] = j
				}
			}
			for _, j := range perm {
				a := nb[j]
				if !seen[a.to] {
					seen[a.to] = true
					cur[a.to] = cur[v]
					if a.sign < 0 {
						cur[a.to] ^= 1
					}
					queue = append(queue, a.to)
				}
			}
		}
		for improved := true; improved; {
			improved = false
			rnd.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
			for _, v := range order {
				// gain = violated now − violated after flipping v.
				gain := 0
				for _, a := range adj[v] {
					if violated(cur, v, a) {
						gain++
					} else {
						gain--
					}
				}
				if gain > 0 {
					cur[v] ^= 1
					improved = true
				}
			}
		}
		cost := 0
		for _, v := range nodes {
			for _, a := range adj[v] {
				if v < a.to && violated(cur, v, a) {
					cost++
				}
			}
		}
		if best < 0 || cost < best {
			best = cost
			for _, v := range nodes {
				side[v] = cur[v]
			}
		}
	}
	return best
}

// branchAndBound finds the optimal split of nodes, starting from the upper
// bound ub (the split already in side). It writes the optimum into side and
// reports false if it ran out of budget.
func branchAndBound(adj [][]sarc, nodes []int, side []int8, ub int) (int, bool) {
	k := len(nodes)
	// Place nodes in BFS order from the highest-degree node, so that
	// every placed node has placed neighbours early (tight bounds).
	local := map[int]int{}
	start := nodes[0]
	for _, v := range nodes {
		if len(adj[v]) > len(adj[start]) {
			start = v
		}
	}
	order := []int{start}
	local[start] = 0
	for i := 0; i < len(order); i++ {
		for _, a := range adj[order[i]] {
			if _, ok := local[a.to]; !ok {
				local[a.to] = len(order)
				order = append(order, a.to)
			}
		}
	}
	type larc struct {
		to   int
		sign int8
	}
	ladj := make([][]larc, k)
	for i, v := range order {
		for _, a := range adj[v] {
			ladj[i] = append(ladj[i], larc{local[a.to], a.sign})
		}
	}
	assign := make([]int8, k)
	placed := make([]bool, k)
	// cnt[u][c]: violations node u would have with its placed neighbours
	// if put in camp c.
	cnt := make([][2]int, k)
	bestAssign := make([]int8, k)
	best := ub + 1 // find a split at least as good as ub
	found := false
	budget := branchBudget
	var rec func(i, cost, bound int) bool
	rec = func(i, cost, bound int) bool {
		if budget--; budget < 0 {
			return false
		}
		if i == k {
			if cost < best {
				best, found = cost, true
				copy(bestAssign, assign)
			}
			return true
		}
		first, second := int8(0), int8(1)
		if i == 0 {
			second = 0 // symmetry: node 0 in camp 0
		} else if cnt[i][1] < cnt[i][0] {
			first, second = 1, 0
		}
		for try, c := range []int8{first, second} {
			if try == 1 && second == first {
				break
			}
			nc := cost + cnt[i][c]
			// Bound: this node's min is replaced by its actual cost.
			nb := bound - min(cnt[i][0], cnt[i][1]) + cnt[i][c]
			// Update the unplaced neighbours.
			assign[i], placed[i] = c, true
			for _, a := range ladj[i] {
				u := a.to
				if placed[u] {
					continue
				}
				old := min(cnt[u][0], cnt[u][1])
				if a.sign > 0 {
					cnt[u][1-c]++
				} else {
					cnt[u][c]++
				}
				nb += min(cnt[u][0], cnt[u][1]) - old
			}
			ok := true
			if nb < best {
				ok = rec(i+1, nc, nb)
			}
			for _, a := range ladj[i] {
				u := a.to
				if placed[u] {
					continue
				}
				if a.sign > 0 {
					cnt[u][1-c]--
				} else {
					cnt[u][c]--
				}
			}
			placed[i] = false
			if !ok {
				return false
			}
		}
		return true
	}
	if !rec(0, 0, 0) {
		return 0, false
	}
	if found {
		for i, v := range order {
			side[v] = bestAssign[i]
		}
		return best, true
	}
	return ub, true // nothing better than the heuristic: it was optimal
}

// trianglePacking greedily packs edge-disjoint unbalanced triangles of the
// component: a lower bound on its frustration index.
func trianglePacking(adj [][]sarc, nodes []int) int {
	used := map[[2]int]bool{}
	key := func(a, b int) [2]int { return [2]int{min(a, b), max(a, b)} }
	sign := map[[2]int]int8{}
	for _, v := range nodes {
		for _, a := range adj[v] {
			sign[key(v, a.to)] = a.sign
		}
	}
	count := 0
	sorted := append([]int(nil), nodes...)
	sort.Ints(sorted)
	for _, u := range sorted {
		for _, a := range adj[u] {
			v := a.to
			if v <= u || used[key(u, v)] {
				continue
			}
			for _, c := range adj[v] {
				w := c.to
				if w <= v || used[key(u, v)] || used[key(v, w)] || used[key(u, w)] {
					continue
				}
				s, ok := sign[key(u, w)]
				if !ok {
					continue
				}
				if a.sign*c.sign*s < 0 {
					used[key(u, v)], used[key(v, w)], used[key(u, w)] = true, true, true
					count++
				}
			}
		}
	}
	return count
}
