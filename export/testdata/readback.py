"""Reads the files the Go tests wrote with NetworkX's own readers and prints
what they hold as JSON: {format: {"directed", "multigraph", "graph",
"nodes": {id: attrs}, "edges": [[u, v, key, attrs], ...]}}.

Usage: /usr/bin/python3 readback.py DIR
DIR holds g.nodelink.json, g.graphml and g.gexf."""
import json
import os
import sys

import networkx as nx
from networkx.readwrite import json_graph

d = sys.argv[1]
out = {}
with open(os.path.join(d, "g.nodelink.json"), encoding="utf-8") as f:
    out["nodelink"] = json_graph.node_link_graph(json.load(f))
out["graphml"] = nx.read_graphml(os.path.join(d, "g.graphml"), force_multigraph=True)
# The readers as Debian ships them, unpatched: GEXF 1.2draft is what
# NetworkX 2.8 reads.
out["gexf"] = nx.read_gexf(os.path.join(d, "g.gexf"))


def edges(g):
    if g.is_multigraph():
        return g.edges(keys=True, data=True)
    # read_gexf returns a simple graph when no two edges share endpoints
    return ((u, v, a.get("id", ""), a) for u, v, a in g.edges(data=True))


def dump(g):
    return {
        "directed": g.is_directed(),
        "multigraph": g.is_multigraph(),
        "graph": g.graph,
        "nodes": {str(n): a for n, a in g.nodes(data=True)},
        "edges": sorted(([u, v, str(k), a] for u, v, k, a in edges(g)), key=lambda e: (e[0], e[1], e[3].get("type", ""))),
    }


json.dump({k: dump(g) for k, g in out.items()}, sys.stdout, ensure_ascii=False, sort_keys=True)
