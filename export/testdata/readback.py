"""Reads the files the Go tests wrote with NetworkX's own readers and prints
what they hold as JSON: {format: {"directed", "multigraph", "graph",
"nodes": {id: attrs}, "edges": [[u, v, key, attrs], ...]}}.

Usage: /usr/bin/python3 readback.py DIR
DIR holds g.nodelink.json, g.graphml and g.gexf."""
import json
import os
import sys

import networkx as nx
from networkx.readwrite import gexf, json_graph

# NetworkX 2.8 reads GEXF 1.1draft and 1.2draft; 1.3 keeps their element
# and attribute names, under its own namespace.
gexf.GEXF.versions["1.3"] = {
    "NS_GEXF": "http://gexf.net/1.3",
    "NS_VIZ": "http://gexf.net/1.3/viz",
    "NS_XSI": "http://www.w3.org/2001/XMLSchema-instance",
    "SCHEMALOCATION": "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd",
    "VERSION": "1.3",
}

d = sys.argv[1]
out = {}
with open(os.path.join(d, "g.nodelink.json"), encoding="utf-8") as f:
    out["nodelink"] = json_graph.node_link_graph(json.load(f))
out["graphml"] = nx.read_graphml(os.path.join(d, "g.graphml"), force_multigraph=True)
out["gexf"] = nx.read_gexf(os.path.join(d, "g.gexf"), version="1.3")


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
