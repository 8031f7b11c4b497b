// Package analysis computes influence scores, communities and structural
// balance of an actor graph (graph.Graph), on gonum graphs.
//
// # gonum
//
// NewNetwork turns an actor graph into a Network, whose views are gonum
// graphs (simple.Node(0..n−1), the actors in ID order; Network.ID and
// Network.Node convert): Strength and Distance (undirected, weights
// strength and 1/strength), Signed (the sign of every pair's net),
// Directed, DirectedCooperation, DirectedConflict and SignedDirected, and
// Layers, the cooperation and conflict layers as a
// community.UndirectedMultiplex. Any gonum algorithm reads them; the tests
// run gonum's conformance suite (graph/testgraph) on every view.
//
// The measures take gonum graphs (Eigenvector, PageRank, ShortestPaths,
// CoreNumbers, Brokers, Bridges, Louvain, PN, SignedEigenvector, Status,
// WalkBalance, SignedTriangles, Frustration): they read a Network's views
// as they are (compact sparse rows) and any other gonum graph once through
// its interface. Where gonum has the algorithm we use gonum's if it is
// within 2× of our fastest on the benchmark graphs (make bench prints
// the table, ours against gonum and igraph); it is not for any measure
// here, so these are our own kernels, each with its measured reason in
// its documentation and each cross-checked against gonum in the tests:
//
//	betweenness, harmonic, closeness   network.Betweenness 12–17× slower (unit
//	                                   lengths), BetweennessWeighted 39–52× (1/strength)
//	PageRank                           network.PageRankSparse 3–4× slower, random start
//	k-cores                            topo.DegeneracyOrdering 24–30× slower
//	components                         topo.ConnectedComponents 25–30× slower
//	signed Louvain                     community.ModularizeMultiplex 23–38× slower
//	eigenvector, signed eigenvector, PN    only dense mat.EigenSym / LU, O(n³):
//	                                   ≥ 1800×, 10–12×, ≥ 1300× slower
//	brokers, bridges, frustration, status  no gonum equivalent
//
// (1,000 actors, 5,000 pairs, two runs of make bench on a shared
// two-core machine; make bench prints the table.)
//
// The matrix work that has no sparse form, the eigenvalues of walk-based
// balance, is gonum/mat's (EigenSym, per connected component).
//
// # Graphs the measures run on
//
// For every unordered pair of actors, graph.Pairs gives cooperation (Σ
// positive scores), conflict (Σ |negative scores|) and strength =
// cooperation + conflict. Pairs of strength 0 are ignored by every measure
// (an edge that carries no interaction is no edge). The measures read:
//
//   - the undirected strength graph: A_uv = strength(u, v);
//   - its distance graph: d(u, v) = shortest-path length with edge length
//     1/strength(u, v) (strong ties are short);
//   - the directed strength graph, for PageRank only: a directed edge s→t
//     (most PLOVER types) adds its cooperation + conflict to s→t; an
//     undirected edge (CONSULT, AGREE, COOPERATE) adds it to s→t and t→s.
//
// # Centrality
//
// With n nodes, for every node v (NetworkX names the reference function
// each value matches; the tests check them to 1e-6 on Zachary's karate club
// and a mixed signed graph):
//
//	degree       = |{u : A_uv > 0}|
//	strength     = Σ_u A_uv                                  degree(weight='weight')
//	cooperation  = Σ_u cooperation(u, v)
//	conflict     = Σ_u conflict(u, v)                        (strength = cooperation + conflict)
//	betweenness  = Σ_{s≠v≠t} σ_st(v)/σ_st / ((n−1)(n−2))     betweenness_centrality(G, weight='distance', normalized=True)
//	harmonic     = Σ_{u≠v, d(u,v)<∞} 1/d(u, v)               harmonic_centrality(G, distance='distance')
//	harmonic_norm = harmonic / (n−1)                         (0 if n = 1)
//	closeness    = (r−1)/Σ_u d(v,u) · (r−1)/(n−1)            closeness_centrality(G, distance='distance')
//	               r the number of nodes v reaches (itself included), 0 if r = 1
//	degree_pos, degree_neg = neighbours with net > 0, net < 0
//	eigenvector_coop, eigenvector_conf = eigenvector on the cooperation, conflict layer alone
//	pagerank_coop, pagerank_conf = pagerank on the directed cooperation, conflict graph alone
//	core         = k-core number on the unweighted interaction graph   core_number(G)
//	broker       = components of G − v minus components of G (> 0: v is an articulation point)
//	eigenvector  = x_v, x the principal eigenvector of A,    eigenvector_centrality(G, weight='weight')
//	               ‖x‖₂ = 1, by power iteration on A+I from the uniform vector
//	pagerank     = p_v, p = α(pM + (Σ_{d dangling} p_d)/n·1) + (1−α)/n·1,   pagerank(D, alpha=0.85, weight='weight')
//	               M the out-strength row-normalised directed strength graph, α = 0.85
//
// In the betweenness sum, s and t run over ordered pairs, σ_st is the number
// of shortest s–t paths and σ_st(v) those through v; dividing the ordered
// sum by (n−1)(n−2) is NetworkX's normalisation for undirected graphs
// (gonum's network.BetweennessWeighted returns the ordered sum, twice the
// unordered one; igraph returns the unordered sum unnormalised). For n ≤ 2
// betweenness is 0. Betweenness, harmonic and closeness are computed
// together by Brandes' algorithm, one Dijkstra pass per source on a
// compact (CSR) adjacency with a 4-ary indexed heap (a branch-free
// breadth-first search on int32 levels when all strengths are equal); a
// node's σ and predecessors are found in the scan that settles it, the
// backward pass reads only the predecessor lists, and the per-worker
// arrays are reset over the nodes a pass reached. Sources run in parallel
// in 64 fixed blocks whose partial sums are added in block order (the
// bytes do not depend on the number of CPUs). Two path lengths are equal when they
// differ by at most 10⁻¹⁰ relatively, as in igraph: with lengths
// 1/strength, 1/3 + 1/6 and 1/2 are the same length, which NetworkX on
// float distances misses; the reference values are NetworkX on exact
// rational distances (fractions.Fraction), and agree with igraph.
//
// PathOptions.Samples = k estimates the three measures from k sources
// drawn without replacement: betweenness as n/k times the sum of their
// dependencies (unbiased), harmonic and closeness from the distances to
// the sampled sources (Eppstein and Wang 2004). With probability ≥ 95%
// every node's normalised betweenness is within
//
//	ε = n/(n−1) · √( ln(2n/0.05) / (2k) )
//
// of the exact value (Hoeffding's inequality, a union bound over the n
// nodes; see SampleBound). The bound is loose: measured errors are
// typically 10–50 times smaller.
//
// Eigenvector and PageRank stop when Σ_v |x_v − x'_v| < n·10⁻¹² (at most
// 10,000 iterations). On a disconnected graph the eigenvector concentrates
// on the component with the largest eigenvalue; on a graph without
// interactions it is uniform, 1/√n, as in NetworkX.
//
// PageRank runs on the directed graph so that it adds what the undirected
// measures cannot see: an actor ranks high when actors that rank high act
// on it (praise, back, sanction or attack it). It measures attention
// received, not approval; the cooperation and conflict columns say which.
//
// # Signed measures
//
// On the signed graph (the sign of every pair's net; ambivalent pairs have
// none), with P and N the 0/1 matrices of positive and negative ties:
//
//	pn                 = (I − A/(2n−2))⁻¹ 1,  A = P − 2N
//
// the PN centrality of Everett and Borgatti (2014), "Networks containing
// negative ties", Social Networks 38: positive ties count for an actor,
// negative ones twice as much against, and so on along walks damped by
// 1/(2n−2); 1 for an actor without signed ties. It equals signnet's
// pn_index (checked on the paper's ten-actor example, whose values
// signnet's vignette prints). Solved by conjugate gradients on the sparse
// matrix (I − A/(2n−2) is positive definite except for two adversaries
// alone, where PN is undefined and reported as 0 with a note).
//
//	eigenvector_signed = x / x_k,  A_s x = λx,  |λ| largest, |x_k| = max |x_i|
//
// the signed eigenvector centrality of Bonacich and Lloyd (2004),
// "Calculating status with negative relations", Social Networks 26, with
// A_s = P − N: signnet's eigen_centrality_signed, scaled so that the entry
// of largest magnitude is +1 (signnet divides by the maximum of the vector
// LAPACK returns, whose sign is arbitrary; this choice gives signnet's
// printed values on the same example, whose dominant eigenvalue is
// negative). When λ is not unique in magnitude (−λ is an eigenvalue too,
// or λ is repeated) there is no dominant eigenvector: every actor gets 0
// and the report says so. Found by power iteration from a fixed
// pseudo-random start, then a second, deflated iteration to test that the
// next eigenvalue is smaller in magnitude.
//
// On the directed signed graph (the sign of each ordered pair's directed
// net, mutual relations counting both ways):
//
//	status = d⁺_in + d⁻_out − d⁺_out − d⁻_in
//
// the status heuristic of Leskovec, Huttenlocher and Kleinberg (2010),
// "Signed networks in social media", CHI: a positive arc u→v says u rates
// v above itself, a negative one below. Support received and hostility
// shown count up, support given and hostility received down; mutual
// cooperation cancels out.
//
// # Influence
//
// The influence column (Score.Influence) is one measure, chosen by
// Options.Measure (ParseMeasure, Measures): pn (the default),
// eigenvector_signed, status, strength, cooperation, degree, betweenness,
// harmonic, closeness, eigenvector, eigenvector_coop, pagerank or
// pagerank_coop. Influence sorts by it, rounded to 6 decimals,
// descending, then by ID; Scaled maps it to [0, 1] between its smallest
// and largest value for drawings. PN is the default because it separates
// what the strength measures mix: an actor attacked by many ranks high by
// strength, eigenvector and PageRank (attention received) and low by PN.
//
// # Communities
//
// A community is a set of actors that cooperate among themselves and are
// in conflict with actors of other communities. Communities maximise the
// signed modularity of Gómez, Jensen and Arenas (2009) in the form of
// Traag and Bruggeman (2009), with resolution γ:
//
//	Q = [ Σ_ij (A⁺_ij − γ k⁺_i k⁺_j / 2m⁺) − Σ_ij (A⁻_ij − γ k⁻_i k⁻_j / 2m⁻) ] δ(c_i, c_j) / (2m⁺ + 2m⁻)
//
// where A⁺ is pair cooperation, A⁻ pair conflict, k± the row sums, 2m± = Σ_i k±_i,
// and a layer without edges contributes 0. Cooperation inside a community
// raises Q, conflict inside lowers it; conflict between communities is what
// the model expects.
//
// Q is maximised by the Louvain method (Blondel et al. 2008) on the two
// layers, written for this formula on flat arrays: local moving visits
// the nodes in a random order (reshuffled every sweep) and moves each to
// the candidate community of highest gain
//
//	gain(c) = w⁺(v,c) − γ k⁺_v K⁺_c/2m⁺ − [ w⁻(v,c) − γ k⁻_v K⁻_c/2m⁻ ]
//
// (w±(v,c) the weight from v to c's members, K±_c their degree sum; Q
// changes by 2·gain/(2m⁺+2m⁻)) when it beats staying by more than 10⁻¹²
// in Q; then communities become nodes and the next level starts, until a
// level moves nothing. The candidates are v's community, the communities
// of its neighbours (cooperation or conflict) and an empty community (v
// alone gains 0, which is better than staying among enemies). The
// partition is then refined level by level back down to the actors
// (Rotta and Noack 2011), which can only raise Q. Louvain depends on its
// random source: run i of CommunityOptions.Runs (default 10) uses
// PCG(Seed, i); the runs go in parallel and the run with the highest Q is
// kept (the earliest on ties within 10⁻¹²), so the result does not depend
// on the number of CPUs. A graph with no interactions gives singleton
// communities and Q = 0. CommunityOptions.SearchAll also makes every
// non-empty community a candidate, which can raise Q for actors that have
// only conflict edges (joining a community it has no edge to removes the
// expected conflict), at O(n) per node visited. On the reference graphs the best Q
// is at least that of gonum's community.ModularizeMultiplex (the previous
// implementation) over the same runs.
//
// Communities are numbered 0, 1, ... by size, descending, then by their
// smallest member ID.
//
// # Structural balance
//
// On the signed graph (pairs with net ≠ 0), StructuralBalance counts the
// triangles by their number of negative pairs (the signed triad census):
// +++ and +−− are balanced (Cartwright and Harary 1956: a friend of a
// friend is a friend, an enemy of an enemy is a friend), ++− and −−− are
// not; −−− is balanced in Davis' weak sense. The balanced share is
// (+++ + +−−)/triangles. Unbalanced triads are listed by their weakest
// tie (min |net|), with a sentence saying what breaks balance.
//
// Walk-based balance (Estrada and Benzi 2014, "Walk-based measure of
// balance in signed networks", Phys. Rev. E 90) counts every closed walk,
// weighted by 1/length!, not only triangles:
//
//	K = tr(e^A_s) / tr(e^|A_s|) = Σ_i e^λ_i / Σ_i e^μ_i
//
// with λ the eigenvalues of the signed adjacency and μ those of its
// absolute value, signnet's balance_score(method = "walk"): 1 for a
// balanced graph (then A_s = D|A_s|D for a diagonal D of ±1), lower the
// less balanced. The sums run over the connected components, each
// decomposed by gonum/mat's EigenSym, shifted by the largest μ so that
// nothing overflows; a component of more than WalkNodes actors is not
// decomposed (O(n³)) and K is reported as not computed.
//
// The frustration index is the fewest pairs whose removal (equivalently,
// sign flip) makes the graph balanced: the minimum over two-camp splits of
// the positive pairs across plus the negative pairs inside. It is
// NP-hard. Each connected component gets the best of 20 seeded local
// searches (spanning-tree split, then single-node flips); components of
// at most BalanceOptions.ExactNodes (60) nodes are then solved exactly by
// branch and bound (bound: violations among placed nodes plus, for each
// unplaced node, the fewer violations it must have with its placed
// neighbours), within a budget of search nodes. Otherwise the result is an
// upper bound and Balance.FrustrationLower is a lower bound: a greedy
// packing of edge-disjoint unbalanced triangles, each of which needs one
// of its pairs changed. Balance.Frustrated lists the pairs of the best
// split.
//
// # Structure
//
// Core numbers (Batagelj and Zaversnik 2003), articulation points (Score.Broker)
// and bridges (Hopcroft and Tarjan 1973, iterative) are computed on the
// unweighted interaction graph; a bridge reports the part it cuts off.
// Ego(g, id, depth) is the subgraph induced by the actors within depth
// hops of id. All are checked against NetworkX and igraph on the karate
// club, Les Misérables, the Florentine families and the signed Middle East
// chart of gonum's community example (testdata/gen_reference.py).
//
// # Files
//
// Analyze runs everything into a Report; package tables writes it
// (influence.tsv, communities.tsv, triads.tsv, bridges.tsv, analysis.json,
// analysis.md) and reads the tables back. This package only computes.
package analysis
