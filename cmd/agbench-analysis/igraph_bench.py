#!/usr/bin/python3
"""Time igraph's measures on the graph written by agbench-analysis.

usage: igraph_bench.py EDGES.tsv OUT_PREFIX [MEASURES]
EDGES.tsv: n on the first line, then "a<TAB>b<TAB>strength<TAB>conflict"
(0-based; conflict true: an attack a -> b, else mutual cooperation).
MEASURES: comma-separated names below, or "all" (the default).
Prints "NAME SECONDS" per measure and writes OUT_PREFIX.NAME with its
values, one per line, in the conventions of package analysis:
betweenness normalised as NetworkX (igraph counts unordered pairs:
x 2/((n-1)(n-2))), eigenvector scaled to unit length, PageRank on the
directed strength graph (a cooperation counts both ways), and counts for
components, articulation points and bridges. multilevel (Louvain) is
unsigned: igraph has no signed modularity.
"""
import math
import sys
import time

import igraph

path, out = sys.argv[1], sys.argv[2]
wanted = sys.argv[3].split(",") if len(sys.argv) > 3 and sys.argv[3] != "all" else None
with open(path) as f:
    n = int(f.readline())
    edges, strength, arcs, arcw = [], [], [], []
    for line in f:
        a, b, w, conflict = line.split()
        a, b, w = int(a), int(b), float(w)
        edges.append((a, b))
        strength.append(w)
        arcs.append((a, b))
        arcw.append(w)
        if conflict != "true":
            arcs.append((b, a))
            arcw.append(w)
g = igraph.Graph(n=n, edges=edges)
dist = [1.0 / w for w in strength]
d = igraph.Graph(n=n, edges=arcs, directed=True)
scale = 2.0 / ((n - 1) * (n - 2))


def unit(v):
    s = math.sqrt(sum(x * x for x in v))
    return [x / s for x in v]


measures = [
    ("betweenness_unit", lambda: [x * scale for x in g.betweenness()]),
    ("betweenness_weighted", lambda: [x * scale for x in g.betweenness(weights=dist)]),
    ("harmonic_weighted", lambda: g.harmonic_centrality(weights=dist, normalized=False)),
    ("closeness_weighted", lambda: g.closeness(weights=dist)),
    ("pagerank", lambda: d.pagerank(weights=arcw, damping=0.85)),
    ("eigenvector", lambda: unit(g.eigenvector_centrality(weights=strength, scale=False))),
    ("coreness", lambda: g.coreness()),
    ("components", lambda: [len(g.connected_components())]),
    ("articulation", lambda: [len(g.articulation_points())]),
    ("bridges", lambda: [len(g.bridges())]),
    ("multilevel", lambda: [g.modularity(g.community_multilevel(weights=strength), weights=strength)]),
]
for name, f in measures:
    if wanted is not None and name not in wanted:
        continue
    t = time.perf_counter()
    v = f()
    print(name, time.perf_counter() - t, flush=True)
    with open(out + "." + name, "w") as o:
        o.write("\n".join("%.17g" % x for x in v))
