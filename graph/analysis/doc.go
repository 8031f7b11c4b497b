// Package analysis computes influence scores and communities of an actor
// graph (graph.Graph). It is the only package of actorgraph that imports
// gonum; its API uses only its own types and graph's.
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
// # Influence
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
//	eigenvector  = x_v, x the principal eigenvector of A,    eigenvector_centrality(G, weight='weight')
//	               ‖x‖₂ = 1, by power iteration on A+I from the uniform vector
//	pagerank     = p_v, p = α(pM + (Σ_{d dangling} p_d)/n·1) + (1−α)/n·1,   pagerank(D, alpha=0.85, weight='weight')
//	               M the out-strength row-normalised directed strength graph, α = 0.85
//
// In the betweenness sum, s and t run over ordered pairs, σ_st is the number
// of shortest s–t paths and σ_st(v) those through v; dividing the ordered
// sum by (n−1)(n−2) is NetworkX's normalisation for undirected graphs
// (gonum's network.BetweennessWeighted returns the ordered sum, twice the
// unordered one). For n ≤ 2 betweenness is 0. Betweenness and harmonic are
// computed together by Brandes' algorithm with one Dijkstra pass per node,
// O(nm + n² log n), because gonum's all-paths betweenness is far slower on
// large graphs; the tests cross-check both against gonum. Path lengths are
// compared exactly, as in NetworkX, so two paths are tied only when their
// floating-point lengths are equal.
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
// The composite influence score is the mean of the max-normalised measures
//
//	composite_v = (1/|K|) Σ_{k∈K} m_k(v) / max_u m_k(u)
//
// over K = {strength, betweenness, harmonic, eigenvector, pagerank}
// restricted to the measures whose maximum is positive (0 if none). All
// measures are ≥ 0, so composite ∈ [0, 1], and the node that leads every
// measure scores 1. Influence sorts by composite, rounded to 6 decimals,
// descending, then by ID.
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
// the model expects. Q is computed with gonum's community.ModularizeMultiplex
// (Louvain) on two layers, cooperation with layer weight +1 and conflict
// (negative edge weights) with layer weight −1; gonum's Modularize would
// panic on negative weights. Louvain depends on its random source: run i of
// CommunityOptions.Runs (default 10) uses PCG(Seed, i), and the run with the
// highest Q is kept (the earliest on ties within 10⁻¹²). A graph with no
// interactions gives singleton communities and Q = 0. By default a node is
// only moved into communities of its neighbours (cooperation or conflict);
// CommunityOptions.SearchAll lets it join any community, which can raise Q
// for actors that have only conflict edges, at O(n²) per sweep.
//
// Communities are numbered 0, 1, ... by size, descending, then by their
// smallest member ID.
//
// # Files
//
// WriteInfluence and WriteCommunities write tab-separated files with a
// header line (InfluenceHeader, CommunitiesHeader); floats have 6
// decimals; tabs and line breaks in names become spaces. The same graph
// always gives the same bytes. ReadInfluence and ReadCommunities read them
// back.
package analysis
