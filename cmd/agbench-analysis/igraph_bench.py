#!/usr/bin/python3
"""Time igraph's betweenness on the graph written by agbench-analysis.

usage: igraph_bench.py EDGES.tsv OUT_PREFIX
EDGES.tsv: n on the first line, then "a<TAB>b<TAB>strength" (0-based).
Prints "weighted SECONDS" and "unit SECONDS"; writes OUT_PREFIX.weighted and
OUT_PREFIX.unit with one betweenness per line, normalised like NetworkX
(igraph counts unordered pairs: x 2/((n-1)(n-2))).
"""
import sys
import time

import igraph

path, out = sys.argv[1], sys.argv[2]
with open(path) as f:
    n = int(f.readline())
    edges, dist = [], []
    for line in f:
        a, b, w = line.split()
        edges.append((int(a), int(b)))
        dist.append(1.0 / float(w))
g = igraph.Graph(n=n, edges=edges)
scale = 2.0 / ((n - 1) * (n - 2))
for name, weights in (("weighted", dist), ("unit", None)):
    t = time.perf_counter()
    b = g.betweenness(weights=weights)
    print(name, time.perf_counter() - t, flush=True)
    with open(out + "." + name, "w") as f:
        f.write("\n".join("%.17g" % (x * scale) for x in b))
