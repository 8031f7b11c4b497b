#!/usr/bin/python3
"""Reference values from NetworkX and igraph for the Go tests of package analysis.

Run from this directory with Debian's interpreter (python3-networkx, python3-igraph):

    /usr/bin/python3 gen_reference.py

Graphs, written as edge lists (source, target, cooperation, conflict), all
edges undirected:
  karate      Zachary's karate club, networkx.karate_club_graph() weights
              (number of contexts), from karate_edges.tsv
  lesmis      Les Miserables co-appearances, networkx.les_miserables_graph()
              (Knuth, The Stanford GraphBase), weight = co-appearances
  florentine  Florentine families marriages, networkx.florentine_families_graph()
              (Padgett and Ansell 1993), weight 1
  middleeast  the signed "Middle East friendship chart" (Slate, 17 July 2014)
              as encoded in gonum v0.17.0 graph/community/bisect_example_test.go
              (middleEast: friends, complicated, enemies; nodes 0..12 -> me00..me12):
              friends cooperation 1, enemies conflict 1, complicated both 1
              (net 0: an ambivalent pair)

Conventions (what the Go code computes, in NetworkX and igraph terms):
  strength = cooperation + conflict of the pair; distance = 1 / strength
  strength      G.degree(weight)                   | g.strength(weights)
  betweenness   nx.betweenness_centrality(G, weight=<1/strength as fractions.Fraction>, normalized=True)
                (exact ties; NetworkX on float distances misses ties such as 1/3+1/6 = 1/2,
                igraph finds them with its relative tolerance 1e-10, as the Go code does)
                | g.betweenness(weights=distance) * 2/((n-1)(n-2))  (igraph counts unordered pairs, unnormalised)
  harmonic      nx.harmonic_centrality(G, distance='distance')
                | g.harmonic_centrality(weights=distance, normalized=False)
  closeness     nx.closeness_centrality(G, distance='distance')   (wf_improved=True)
                | g.closeness(weights=distance) * (r-1)/(n-1), r = nodes reached (igraph uses reached nodes only)
  eigenvector   nx.eigenvector_centrality(G, weight) (L2 norm 1)
                | g.eigenvector_centrality(weights, scale=True) / its L2 norm (igraph scales max to 1)
  pagerank      nx.pagerank(G.to_directed(), weight)   | g.pagerank(weights)
  eigenvector_coop/_conf, pagerank_coop/_conf: the same on the graph of the
                pairs with cooperation > 0 (weight cooperation) / conflict > 0
                (weight conflict), all nodes kept; NetworkX only (igraph's ARPACK
                answer on a disconnected layer is one of several eigenvectors)
  core          nx.core_number(G)                  | g.coreness()
  broker        number of extra components without the node (articulation points:
                nx.articulation_points, igraph articulation_points; the count is
                nx.number_connected_components(G - v) - nx.number_connected_components(G))
Graph-level rows (reference_graph.tsv):
  bridges                  nx.bridges(G), sorted, ";"-joined  | g.bridges()
  triads_0..3, balanced    signed triangles by number of negative pairs (net < 0),
                           enumerated with itertools.combinations (pairs with net 0 left out)
  frustration              exact minimum over all 2^(n-1) two-camp splits (brute force)
  louvain_modularity       igraph community_multilevel(weights) modularity (unsigned graphs):
                           a floor for the Go Louvain's best of 10 runs
"""
import itertools
import sys
from fractions import Fraction

import igraph
import networkx as nx

# gonum v0.17.0 graph/community/bisect_example_test.go, middleEast.
FRIENDS = {1: [5, 7, 9, 12], 2: [11], 3: [4, 5, 10], 4: [3, 5, 10], 5: [1, 3, 4, 8, 10, 12], 7: [1, 12],
           8: [5, 9, 11], 9: [1, 8, 12], 10: [3, 4, 5], 11: [2, 8], 12: [1, 5, 7, 9]}
COMPLICATED = {0: [2, 4], 1: [4, 8], 2: [0, 3, 4, 5, 8, 9], 3: [2, 8, 11], 4: [0, 1, 2, 8], 5: [2], 7: [9, 11],
               8: [1, 2, 3, 4, 10, 12], 9: [2, 7, 11], 10: [8], 11: [3, 7, 9, 12], 12: [8, 11]}
ENEMIES = {0: [1, 3, 5, 6, 7, 8, 9, 10, 11, 12], 1: [0, 2, 3, 6, 10, 11], 2: [1, 6, 7, 10, 12],
           3: [0, 1, 6, 7, 9, 12], 4: [6, 7, 9, 11, 12], 5: [0, 6, 7, 9, 11],
           6: [0, 1, 2, 3, 4, 5, 7, 8, 9, 10, 11, 12], 7: [0, 2, 3, 4, 5, 6, 8, 10], 8: [0, 6, 7],
           9: [0, 3, 4, 5, 6, 10], 10: [0, 1, 2, 6, 7, 9, 11, 12], 11: [0, 1, 4, 5, 6, 10], 12: [0, 2, 3, 4, 6, 10]}


def edges_karate():
    out = []
    with open("karate_edges.tsv") as f:
        for line in f:
            if line.startswith("#") or line.startswith("source"):
                continue
            a, b, w = line.split()
            out.append((a, b, float(w), 0.0))
    return out


def edges_nx(G, prefix):
    names = {v: "%s%02d" % (prefix, i) for i, v in enumerate(sorted(G))}
    out = []
    for u, v, d in G.edges(data=True):
        a, b = sorted((names[u], names[v]))
        out.append((a, b, float(d.get("weight", 1.0)), 0.0))
    return sorted(out), names


def edges_middleeast():
    pairs = {}
    for table, coop, conf in ((FRIENDS, 1.0, 0.0), (COMPLICATED, 1.0, 1.0), (ENEMIES, 0.0, 1.0)):
        for u, vs in table.items():
            for v in vs:
                a, b = sorted(("me%02d" % u, "me%02d" % v))
                pairs[(a, b)] = (coop, conf)  # symmetric tables: same value both ways
    return sorted((a, b, c, d) for (a, b), (c, d) in pairs.items())


def write_edges(name, edges, source):
    with open(name + "_edges.tsv", "w") as f:
        f.write("# %s\n# written by gen_reference.py (networkx %s)\n" % (source, nx.__version__))
        f.write("source\ttarget\tcooperation\tconflict\n")
        for a, b, c, d in edges:
            f.write("%s\t%s\t%r\t%r\n" % (a, b, c, d))


def layer(nodes, edges, which):
    G = nx.Graph()
    G.add_nodes_from(nodes)
    for a, b, c, d in edges:
        w = {"strength": c + d, "coop": c, "conf": d}[which]
        if w > 0:
            G.add_edge(a, b, weight=w, distance=1.0 / w, exact=Fraction(1) / Fraction(w))
    return G


def measures(nodes, edges):
    G = layer(nodes, edges, "strength")
    n = G.number_of_nodes()
    nx_vals = {
        "strength": dict(G.degree(weight="weight")),
        # Exact rational distances: with floats, 1/3 + 1/6 != 1/2 and
        # NetworkX would miss tied shortest paths.
        "betweenness": {v: float(x) for v, x in nx.betweenness_centrality(G, weight="exact", normalized=True).items()},
        "harmonic": nx.harmonic_centrality(G, distance="distance"),
        "closeness": nx.closeness_centrality(G, distance="distance"),
        "eigenvector": nx.eigenvector_centrality(G, weight="weight", max_iter=10000, tol=1e-13),
        "pagerank": nx.pagerank(G.to_directed(), alpha=0.85, weight="weight", max_iter=10000, tol=1e-13),
        "core": nx.core_number(G),
    }
    ncc = nx.number_connected_components(G)
    nx_vals["broker"] = {v: 0 for v in G}
    for v in nx.articulation_points(G):
        H = G.copy()
        H.remove_node(v)
        nx_vals["broker"][v] = nx.number_connected_components(H) - ncc
    for which in ("coop", "conf"):
        L = layer(nodes, edges, which)
        nx_vals["eigenvector_" + which] = nx.eigenvector_centrality(L, weight="weight", max_iter=10000, tol=1e-13)
        nx_vals["pagerank_" + which] = nx.pagerank(L.to_directed(), alpha=0.85, weight="weight", max_iter=10000, tol=1e-13)

    order = sorted(G)
    idx = {v: i for i, v in enumerate(order)}
    g = igraph.Graph(n=n, edges=[(idx[a], idx[b]) for a, b in G.edges()])
    w = [G[a][b]["weight"] for a, b in G.edges()]
    dist = [1.0 / x for x in w]
    ig = {}
    ig["strength"] = g.strength(weights=w)
    scale = 2.0 / ((n - 1) * (n - 2)) if n > 2 else 1.0
    ig["betweenness"] = [x * scale for x in g.betweenness(weights=dist)]
    ig["harmonic"] = g.harmonic_centrality(weights=dist, normalized=False)
    clo = g.closeness(weights=dist)
    reach = [len(g.subcomponent(i)) for i in range(n)]
    ig["closeness"] = [0.0 if c != c else c * (r - 1) / (n - 1) for c, r in zip(clo, reach)]
    if nx.is_connected(G):
        ev = g.eigenvector_centrality(weights=w, scale=True)
        norm = sum(x * x for x in ev) ** 0.5
        ig["eigenvector"] = [x / norm for x in ev]
    ig["pagerank"] = g.pagerank(weights=w)
    ig["core"] = g.coreness()
    art = set(g.articulation_points())
    comps = len(g.connected_components())
    ig["broker"] = []
    for i in range(n):
        if i in art:
            h = g.copy()
            h.delete_vertices([i])
            ig["broker"].append(len(h.connected_components()) - comps)
        else:
            ig["broker"].append(0)
    rows = []
    for m, vals in nx_vals.items():
        for v in order:
            igv = ig[m][idx[v]] if m in ig else None
            rows.append((v, m, vals[v], igv))
    bridges_nx = sorted(tuple(sorted(e)) for e in nx.bridges(G))
    bridges_ig = sorted(tuple(sorted((order[g.es[e].source], order[g.es[e].target]))) for e in g.bridges())
    assert bridges_nx == bridges_ig, (bridges_nx, bridges_ig)
    graph_rows = [("bridges", ";".join("%s-%s" % e for e in bridges_nx), "networkx bridges = igraph bridges")]
    if not any(d for _, _, _, d in edges):
        vc = g.community_multilevel(weights=w)
        graph_rows.append(("louvain_modularity", "%.17g" % g.modularity(vc, weights=w), "igraph community_multilevel"))
    return rows, graph_rows


def balance(nodes, edges):
    sign = {}
    for a, b, c, d in edges:
        if c - d != 0:
            sign[(a, b)] = 1 if c > d else -1
    s = lambda a, b: sign.get((min(a, b), max(a, b)))
    census = [0, 0, 0, 0]
    for a, b, c in itertools.combinations(sorted(nodes), 3):
        x = [s(a, b), s(a, c), s(b, c)]
        if None in x:
            continue
        census[sum(1 for v in x if v < 0)] += 1
    rows = [("triads_%d" % i, str(census[i]), "itertools.combinations") for i in range(4)]
    nodes = sorted(nodes)
    best = None
    if len(nodes) <= 20:
        first = nodes[0]
        for mask in range(1 << (len(nodes) - 1)):
            side = {first: 0}
            for i, v in enumerate(nodes[1:]):
                side[v] = (mask >> i) & 1
            cost = sum(1 for (a, b), sg in sign.items() if (sg > 0) == (side[a] != side[b]))
            if best is None or cost < best:
                best = cost
        rows.append(("frustration", str(best), "brute force over 2^(n-1) splits"))
    return rows


def main():
    graphs = {}
    graphs["karate"] = edges_karate()
    lm, _ = edges_nx(nx.les_miserables_graph(), "lm")
    write_edges("lesmis", lm, "Les Miserables co-appearances, networkx %s les_miserables_graph(); nodes renamed lm00.. in sorted name order" % nx.__version__)
    graphs["lesmis"] = lm
    fl, _ = edges_nx(nx.florentine_families_graph(), "fl")
    write_edges("florentine", fl, "Florentine families marriages, networkx %s florentine_families_graph(); nodes renamed fl00.. in sorted name order" % nx.__version__)
    graphs["florentine"] = fl
    me = edges_middleeast()
    write_edges("middleeast", me, "Middle East friendship chart (Slate 2014) from gonum v0.17.0 graph/community/bisect_example_test.go: friends cooperation 1, enemies conflict 1, complicated both")
    graphs["middleeast"] = me

    with open("reference.tsv", "w") as f, open("reference_graph.tsv", "w") as fg:
        head = "# generated by gen_reference.py with networkx %s, python-igraph %s, python %s\n" % (
            nx.__version__, igraph.__version__, sys.version.split()[0])
        f.write(head)
        fg.write(head)
        f.write("graph\tnode\tmeasure\tnetworkx\tigraph\n")
        fg.write("graph\tmeasure\tvalue\tsource\n")
        for name, edges in graphs.items():
            nodes = sorted({a for a, _, _, _ in edges} | {b for _, b, _, _ in edges})
            rows, grows = measures(nodes, edges)
            for v, m, a, b in rows:
                f.write("%s\t%s\t%s\t%.17g\t%s\n" % (name, v, m, a, "NA" if b is None else "%.17g" % b))
            for m, val, src in grows + balance(nodes, edges):
                fg.write("%s\t%s\t%s\t%s\n" % (name, m, val, src))


if __name__ == "__main__":
    main()
