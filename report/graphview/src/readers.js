// Gephi Lite's readers, for the export tests in Node: graphology-gexf and
// graphology-graphml as published, unpatched. Built into
// ../../export/testdata/graphology-readers.cjs by build.sh. Usage:
//   node graphology-readers.cjs FILE.gexf|FILE.graphml
// prints {type, multi, nodes: {id: attrs}, edges: [[source, target, undirected, attrs]]}.
const fs = require("fs");
const Graph = require("graphology");
const gexf = require("graphology-gexf");
const graphml = require("graphology-graphml");

const file = process.argv[2];
const text = fs.readFileSync(file, "utf8");
const g = file.endsWith(".gexf") ? gexf.parse(Graph, text) : graphml.parse(Graph, text);
const out = { type: g.type, multi: g.multi, nodes: {}, edges: [] };
g.forEachNode((id, a) => {
  out.nodes[id] = a;
});
g.forEachEdge((id, a, s, t, sa, ta, undirected) => {
  out.edges.push([s, t, undirected, a]);
});
process.stdout.write(JSON.stringify(out));
