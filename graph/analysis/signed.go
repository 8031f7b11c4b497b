package analysis

import (
	"errors"
	"math"
	"math/rand/v2"
	"slices"

	gonum "gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/mat"
)

// ErrUndefined is returned by a measure that has no value on the graph
// given (a signed adjacency without a dominant eigenvalue, PN on two
// adversaries alone, walk balance on a component too large to
// decompose).
var ErrUndefined = errors.New("analysis: measure undefined on this graph")

// PN returns the PN centrality of Everett and Borgatti (2014) of every
// node of the signed graph g (the sign of each weight; a Network's Signed
// view): with P and N the 0/1 matrices of positive and negative ties and
// A = P − 2N,
//
//	PN = (I − A/(2n−2))⁻¹ 1
//
// the row sums of the inverse, as signnet's pn_index(mode = "all"). It is
// ErrUndefined when I − A/(2n−2) is singular, which for a simple graph
// happens only with two nodes joined by a negative tie.
func PN(g gonum.Undirected) (map[int64]float64, error) {
	adj, ids := undirectedOf(g)
	pn, ok := pnIndex(adj)
	if !ok {
		return nil, ErrUndefined
	}
	return byID(ids, pn), nil
}

// pnIndex solves (I − βA)x = 1, β = 1/(2n−2), A = P − 2N, by conjugate
// gradients on the sparse matrix. I − βA is symmetric; its eigenvalues
// are 1 − βλ with |λ| ≤ max_v (deg⁺ + 2deg⁻) ≤ 2(n−1), so it is positive
// semidefinite, and singular only if A = −2(J − I) with the signs of a
// balanced split, that is n = 2 with a negative tie. CG then converges
// (in at most n steps in exact arithmetic); the iteration stops when the
// residual is below 10⁻¹⁴ of ‖1‖. A dense solve with gonum/mat (the tests
// cross-check the two) costs O(n³): 2.5 s at n = 2000 where CG takes
// milliseconds.
func pnIndex(adj *adjacency) ([]float64, bool) {
	n := adj.len()
	x := make([]float64, n)
	for i := range x {
		x[i] = 1
	}
	if n < 2 {
		return x, true
	}
	if n == 2 && len(adj.w) > 0 && adj.w[0] < 0 {
		return nil, false
	}
	beta := 1 / float64(2*n-2)
	// mul sets dst = (I − βA)src.
	mul := func(dst, src []float64) {
		for v := 0; v < n; v++ {
			s := 0.0
			for j := adj.off[v]; j < adj.off[v+1]; j++ {
				a := 1.0
				if adj.w[j] < 0 {
					a = -2
				}
				s += a * src[adj.to[j]]
			}
			dst[v] = src[v] - beta*s
		}
	}
	r, p, q := make([]float64, n), make([]float64, n), make([]float64, n)
	mul(q, x)
	var rr float64
	for i := range r {
		r[i] = 1 - q[i]
		p[i] = r[i]
		rr += r[i] * r[i]
	}
	tol := 1e-28 * float64(n) // (10⁻¹⁴ ‖1‖)²
	for it := 0; it < 10*n+100 && rr > tol; it++ {
		mul(q, p)
		var pq float64
		for i := range p {
			pq += p[i] * q[i]
		}
		if pq <= 0 {
			return nil, false
		}
		alpha := rr / pq
		var next float64
		for i := range x {
			x[i] += alpha * p[i]
			r[i] -= alpha * q[i]
			next += r[i] * r[i]
		}
		for i := range p {
			p[i] = r[i] + next/rr*p[i]
		}
		rr = next
	}
	return x, rr <= tol
}

// SignedEigenvector returns the signed eigenvector centrality of
// Bonacich and Lloyd (2004) of every node of the signed graph g (the sign
// of each weight): the eigenvector x of the adjacency matrix for its
// eigenvalue of largest magnitude (which may be negative), scaled so that
// its entry of largest magnitude is +1, as signnet's
// eigen_centrality_signed. It is ErrUndefined when that eigenvalue is not
// unique: −λ is an eigenvalue too, or λ is repeated (signnet's "no
// dominant eigenvalue exists").
func SignedEigenvector(g gonum.Undirected) (map[int64]float64, error) {
	adj, ids := undirectedOf(g)
	x, ok := signedEigenvector(adj)
	if !ok {
		return nil, ErrUndefined
	}
	return byID(ids, x), nil
}

// Power iteration on a signed matrix: the tolerance on successive
// iterates (max norm) and the most iterations.
const (
	signedTol  = 1e-11
	signedIter = 20000
)

// signedEigenvector finds the dominant eigenpair by power iteration on A
// from a fixed pseudo-random start (a uniform start can be orthogonal to
// an eigenvector with entries of both signs). Each iterate is normalised
// and turned to point the way of the one before, so a negative dominant
// eigenvalue converges too; the iteration converges exactly when the
// dominant eigenvalue is unique in magnitude up to its multiplicity (with
// −λ an eigenvalue too it alternates). Then a second power iteration on
// the complement of the eigenvector found (A − λvvᵀ) tests for a
// repeated λ: if λ has another eigenvector, that iteration converges to
// it as fast as the first converged (at the rate of the next eigenvalue),
// so it gets twice the first's iterations, and λ is repeated when the
// growth of its iterate, a lower bound of the largest magnitude left,
// reaches |λ| within 10⁻⁶. A dense eigendecomposition with gonum/mat (the
// tests cross-check the two) costs O(n³): 4 s at n = 1000, 50 s at n =
// 2000.
func signedEigenvector(adj *adjacency) ([]float64, bool) {
	n := adj.len()
	if n == 0 {
		return nil, true
	}
	lambda, _, v, iters, ok := dominant(adj, nil, signedIter)
	if !ok || lambda == 0 {
		return nil, false
	}
	if n > 1 {
		_, growth, _, _, _ := dominant(adj, v, min(signedIter, 2*iters+50))
		if growth >= math.Abs(lambda)*(1-1e-6) {
			return nil, false
		}
	}
	// Scale: the entry of largest magnitude becomes +1.
	big := 0.0
	for _, x := range v {
		if math.Abs(x) > math.Abs(big)+1e-12 {
			big = x
		}
	}
	for i := range v {
		v[i] /= big
	}
	return v, true
}

// dominant runs at most maxIter steps of power iteration on A, or on A
// restricted to the complement of v₀ when v₀ is given (the deflated matrix
// A − λ₀v₀v₀ᵀ, as Av₀ = λ₀v₀). It returns the Rayleigh quotient of the
// last unit iterate x, the growth ‖Ax‖ (at most the largest magnitude of
// the eigenvalues, and converging to it), x, the steps taken and whether
// the iterates converged.
func dominant(adj *adjacency, v0 []float64, maxIter int) (rayleigh, growth float64, x []float64, iters int, converged bool) {
	n := adj.len()
	// The deflated run starts elsewhere: the first start's component in
	// λ₀'s eigenspace is exactly v₀, so less v₀ it would have none.
	stream := uint64(n)
	if v0 != nil {
		stream = ^stream
	}
	rnd := rand.New(rand.NewPCG(0x7369676e6564, stream)) // "signed"
	x = make([]float64, n)
	for i := range x {
		x[i] = rnd.Float64() + 0.5
	}
	y := make([]float64, n)
	deflate := func(z []float64) {
		if v0 == nil {
			return
		}
		var d float64
		for i := range z {
			d += v0[i] * z[i]
		}
		for i := range z {
			z[i] -= d * v0[i]
		}
	}
	normalise := func(z []float64) float64 {
		var s float64
		for _, a := range z {
			s += a * a
		}
		s = math.Sqrt(s)
		if s > 0 {
			for i := range z {
				z[i] /= s
			}
		}
		return s
	}
	deflate(x)
	if normalise(x) == 0 {
		return 0, 0, x, 0, false
	}
	mul := func(dst, src []float64) {
		for v := 0; v < n; v++ {
			s := 0.0
			for j := adj.off[v]; j < adj.off[v+1]; j++ {
				s += adj.w[j] * src[adj.to[j]]
			}
			dst[v] = s
		}
		// Deflation keeps the iterate orthogonal to v₀: (A − λ₀v₀v₀ᵀ)x
		// = Ax − λ₀(v₀ᵀx)v₀, and v₀ᵀx = 0 for an orthogonal x.
		deflate(dst)
	}
	for iters < maxIter {
		iters++
		mul(y, x)
		if growth = normalise(y); growth == 0 {
			return 0, 0, y, iters, false
		}
		var dot float64
		for i := range y {
			dot += y[i] * x[i]
		}
		if dot < 0 {
			for i := range y {
				y[i] = -y[i]
			}
		}
		var diff float64
		for i := range y {
			diff = math.Max(diff, math.Abs(y[i]-x[i]))
		}
		x, y = y, x
		if diff < signedTol {
			converged = true
			break
		}
	}
	mul(y, x)
	for i := range x {
		rayleigh += x[i] * y[i]
	}
	return rayleigh, growth, x, iters, converged
}

// Status returns the status score of Leskovec, Huttenlocher and Kleinberg
// (2010) of every node of the directed signed graph g (the sign of each
// weight; a Network's SignedDirected view): a positive arc u→v says u
// rates v above itself, a negative one below, so
//
//	σ(v) = d⁺_in(v) + d⁻_out(v) − d⁺_out(v) − d⁻_in(v)
//
// (the paper's status heuristic): praise and support received and hostility
// shown raise it, support given and hostility received lower it.
func Status(g gonum.Directed) map[int64]float64 {
	adj, ids := directedOf(g)
	return byID(ids, status(adj))
}

func status(out *adjacency) []float64 {
	s := make([]float64, out.len())
	for u := 0; u < out.len(); u++ {
		for j := out.off[u]; j < out.off[u+1]; j++ {
			v := out.to[j]
			switch {
			case out.w[j] > 0:
				s[v]++
				s[u]--
			case out.w[j] < 0:
				s[u]++
				s[v]--
			}
		}
	}
	return s
}

// WalkNodes is the largest connected component whose walk-based balance is
// computed (two dense eigendecompositions, O(n³): about 2 s at 1000 nodes
// on one core, make bench).
const WalkNodes = 1000

// WalkBalance returns the walk-based balance of Estrada and Benzi (2014) of
// the signed graph g (the sign of each weight):
//
//	K = tr(e^A) / tr(e^|A|)
//
// the share of the closed walks, weighted by 1/length!, that are
// balanced, less the unbalanced ones (signnet's balance_score(method =
// "walk")); 1 for a balanced graph, lower the less balanced. The traces
// are sums of e^λ over the eigenvalues of each connected component
// (gonum/mat's EigenSym), shifted by the largest eigenvalue of |A| so
// that nothing overflows. It is ErrUndefined when a component has more
// than WalkNodes nodes.
func WalkBalance(g gonum.Undirected) (float64, error) {
	adj, _ := undirectedOf(g)
	k, ok := walkBalance(adj, WalkNodes)
	if !ok {
		return 0, ErrUndefined
	}
	return k, nil
}

func walkBalance(adj *adjacency, limit int) (float64, bool) {
	n := adj.len()
	if n == 0 {
		return 1, true
	}
	comp := components(adj)
	var signed, unsigned []float64 // eigenvalues of A and of |A|
	for _, nodes := range comp {
		if len(nodes) == 1 {
			signed, unsigned = append(signed, 0), append(unsigned, 0)
			continue
		}
		if len(nodes) > limit {
			return 0, false
		}
		local := make(map[int32]int, len(nodes))
		for i, v := range nodes {
			local[v] = i
		}
		a := mat.NewSymDense(len(nodes), nil)
		b := mat.NewSymDense(len(nodes), nil)
		for i, v := range nodes {
			for j := adj.off[v]; j < adj.off[v+1]; j++ {
				k := local[adj.to[j]]
				if k > i {
					a.SetSym(i, k, adj.w[j])
					b.SetSym(i, k, math.Abs(adj.w[j]))
				}
			}
		}
		for _, m := range []struct {
			s   *mat.SymDense
			dst *[]float64
		}{{a, &signed}, {b, &unsigned}} {
			var es mat.EigenSym
			if !es.Factorize(m.s, false) {
				return 0, false
			}
			*m.dst = append(*m.dst, es.Values(nil)...)
		}
	}
	shift := math.Inf(-1)
	for _, l := range unsigned {
		shift = math.Max(shift, l)
	}
	var num, den float64
	for i := range signed {
		num += math.Exp(signed[i] - shift)
		den += math.Exp(unsigned[i] - shift)
	}
	return num / den, true
}

// components returns the connected components of adj, each sorted, in
// order of their smallest node.
func components(adj *adjacency) [][]int32 {
	n := adj.len()
	seen := make([]bool, n)
	var out [][]int32
	for r := 0; r < n; r++ {
		if seen[r] {
			continue
		}
		seen[r] = true
		nodes := []int32{int32(r)}
		for i := 0; i < len(nodes); i++ {
			v := nodes[i]
			for _, u := range adj.to[adj.off[v]:adj.off[v+1]] {
				if !seen[u] {
					seen[u] = true
					nodes = append(nodes, u)
				}
			}
		}
		slices.Sort(nodes)
		out = append(out, nodes)
	}
	return out
}
