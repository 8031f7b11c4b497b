package export

import (
	"encoding/xml"
	"fmt"
	"io"
	"strings"
)

// esc escapes text for XML content and attribute values; characters XML
// cannot hold become U+FFFD.
func esc(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(strings.ToValidUTF8(s, "\uFFFD")))
	return b.String()
}

var graphMLType = [...]string{kString: "string", kInt: "int", kFloat: "double", kBool: "boolean"}

// writeGraphML writes GraphML with one typed key per attribute. The graph
// is directed (edgedefault="directed"); a symmetric relation is one edge
// with directed=false as data, not as the XML attribute, since readers
// such as NetworkX refuse mixed graphs.
func (t *table) writeGraphML(w io.Writer) error {
	p := func(format string, args ...any) { fmt.Fprintf(w, format, args...) }
	p("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
	p("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n")
	keys := func(prefix, domain string, cols []column) {
		for _, c := range cols {
			p("  <key id=\"%s_%s\" for=\"%s\" attr.name=\"%s\" attr.type=\"%s\"/>\n", prefix, c.name, domain, c.name, graphMLType[c.kind])
		}
	}
	keys("g", "graph", t.graphCols)
	keys("n", "node", t.nodeCols)
	keys("e", "edge", t.edgeCols)
	data := func(indent, prefix string, cols []column, vals []any) {
		for i, c := range cols {
			if vals[i] != nil {
				p("%s<data key=\"%s_%s\">%s</data>\n", indent, prefix, c.name, esc(text(vals[i])))
			}
		}
	}
	p("  <graph id=\"G\" edgedefault=\"directed\">\n")
	data("    ", "g", t.graphCols, t.graphVals)
	for _, r := range t.nodes {
		p("    <node id=\"%s\">\n", esc(r.id))
		data("      ", "n", t.nodeCols, r.vals)
		p("    </node>\n")
	}
	for _, r := range t.edges {
		p("    <edge id=\"%s\" source=\"%s\" target=\"%s\">\n", r.id, esc(r.source), esc(r.target))
		data("      ", "e", t.edgeCols, r.vals)
		p("    </edge>\n")
	}
	p("  </graph>\n</graphml>\n")
	return nil
}

var gexfType = [...]string{kString: "string", kInt: "integer", kFloat: "double", kBool: "boolean"}

// GEXF versions: GEXFDraft12 (the default) is what every NetworkX and
// Gephi reads; NetworkX before 3.x does not know GEXF13's namespace ("No
// <graph> element").
const (
	GEXFDraft12 = "1.2draft"
	GEXF13      = "1.3"
)

// gexfNS are each version's namespace, schema, version attribute and viz
// namespace.
var gexfNS = map[string][4]string{
	GEXFDraft12: {"http://www.gexf.net/1.2draft", "http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd", "1.2", "http://www.gexf.net/1.2draft/viz"},
	GEXF13:      {"http://gexf.net/1.3", "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd", "1.3", "http://gexf.net/1.3/viz"},
}

// writeGEXF writes GEXF (Options.GEXFVersion: 1.2draft by default, or
// 1.3). Node labels are the actor names, edge labels the relation labels
// and edge weights the interaction strength (cooperation + conflict); the
// other attributes are typed attvalues. The graph is directed, and a
// mutual relation (CONSULT, AGREE, COOPERATE) is GEXF's own type="mutual"
// edge: Gephi and graphology draw it without an arrow, NetworkX reads it
// as an arc each way (a mixed directed graph, type="undirected", is one
// it refuses). The drawing comes along as viz: each node's colour (its
// bloc), size (influence) and position (the drawing's layout), each
// edge's colour (relation class) and thickness. A dated graph is dynamic
// (timeformat date) and has spells: each edge the days it was stated on,
// each node those of its edges.
func (t *table) writeGEXF(w io.Writer) error {
	ver := t.opt.GEXFVersion
	if ver == "" {
		ver = GEXFDraft12
	}
	ns, ok := gexfNS[ver]
	if !ok {
		return fmt.Errorf("%w: GEXF version %q (want %s or %s)", ErrFormat, ver, GEXFDraft12, GEXF13)
	}
	nv, ev := t.vizOf(t.g, t.opt.withDefaults(t.g))
	p := func(format string, args ...any) { fmt.Fprintf(w, format, args...) }
	p("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
	p("<gexf xmlns=\"%s\" xmlns:viz=\"%s\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"%s\" version=\"%s\">\n", ns[0], ns[3], ns[1], ns[2])
	p("  <meta>\n    <creator>actorgraph</creator>\n")
	var desc []string
	for i, c := range t.graphCols {
		if t.graphVals[i] != nil {
			desc = append(desc, c.name+": "+text(t.graphVals[i]))
		}
	}
	if len(desc) > 0 {
		p("    <description>%s</description>\n", esc(strings.Join(desc, "; ")))
	}
	p("  </meta>\n")
	// The edges in their order, directed ones first: graphology-gexf
	// (Gephi Lite) takes the first edge's type for the graph's and fails
	// on "mutual". A graph of mutual relations only is undirected.
	order := make([]int, 0, len(t.edges))
	for pass := 0; pass < 2; pass++ {
		for i, r := range t.edges {
			if r.edge.Directed == (pass == 0) {
				order = append(order, i)
			}
		}
	}
	edgeType, mutual := "directed", " type=\"mutual\""
	if len(order) > 0 && !t.edges[order[0]].edge.Directed {
		edgeType, mutual = "undirected", ""
	}
	// A dated graph is dynamic: every node and edge has the spells of the
	// days it was stated on (consecutive days merged).
	dated := t.dated()
	var nodeDates map[string][]string
	if dated {
		nodeDates = t.nodeDates()
		p("  <graph defaultedgetype=\"%s\" mode=\"dynamic\" timeformat=\"date\" timerepresentation=\"interval\">\n", edgeType)
	} else {
		p("  <graph defaultedgetype=\"%s\" mode=\"static\">\n", edgeType)
	}
	writeSpells := func(dates []string) {
		if len(dates) == 0 {
			return
		}
		p("        <spells>\n")
		for _, s := range spells(dates) {
			p("          <spell start=\"%s\" end=\"%s\"/>\n", s[0], s[1])
		}
		p("        </spells>\n")
	}
	// name is the node label and label/weight are edge XML attributes:
	// they are not repeated as attvalues.
	skip := map[string]bool{"name": true, "label": true, "weight": true}
	attrs := func(class string, cols []column) {
		p("    <attributes class=\"%s\" mode=\"static\">\n", class)
		for i, c := range cols {
			if !skip[c.name] {
				p("      <attribute id=\"%d\" title=\"%s\" type=\"%s\"/>\n", i, c.name, gexfType[c.kind])
			}
		}
		p("    </attributes>\n")
	}
	attrs("node", t.nodeCols)
	attrs("edge", t.edgeCols)
	attvalues := func(cols []column, vals []any) {
		p("        <attvalues>\n")
		for i, c := range cols {
			if !skip[c.name] && vals[i] != nil {
				p("          <attvalue for=\"%d\" value=\"%s\"/>\n", i, esc(text(vals[i])))
			}
		}
		p("        </attvalues>\n")
	}
	col := func(cols []column, name string) int {
		for i, c := range cols {
			if c.name == name {
				return i
			}
		}
		panic("export: no column " + name)
	}
	p("    <nodes>\n")
	name := col(t.nodeCols, "name")
	for i, r := range t.nodes {
		p("      <node id=\"%s\" label=\"%s\">\n", esc(r.id), esc(text(r.vals[name])))
		attvalues(t.nodeCols, r.vals)
		writeSpells(nodeDates[r.id])
		v := nv[i]
		cr, cg, cb := rgb(v.color)
		p("        <viz:color r=\"%d\" g=\"%d\" b=\"%d\"/>\n", cr, cg, cb)
		p("        <viz:size value=\"%s\"/>\n", num(v.size/2))
		p("        <viz:position x=\"%s\" y=\"%s\" z=\"0\"/>\n", num(v.x), num(v.y))
		p("      </node>\n")
	}
	p("    </nodes>\n    <edges>\n")
	label, weight := col(t.edgeCols, "label"), col(t.edgeCols, "weight")
	for _, i := range order {
		r := t.edges[i]
		p("      <edge id=\"%d\" source=\"%s\" target=\"%s\"", i, esc(r.source), esc(r.target))
		if !r.edge.Directed {
			p("%s", mutual)
		}
		if r.vals[label] != nil {
			p(" label=\"%s\"", esc(text(r.vals[label])))
		}
		p(" weight=\"%s\">\n", text(r.vals[weight]))
		attvalues(t.edgeCols, r.vals)
		if dated {
			writeSpells(edgeDates(r.edge))
		}
		cr, cg, cb := rgb(ev[i].color)
		p("        <viz:color r=\"%d\" g=\"%d\" b=\"%d\"/>\n", cr, cg, cb)
		p("        <viz:thickness value=\"%s\"/>\n", num(ev[i].thickness))
		p("      </edge>\n")
	}
	p("    </edges>\n  </graph>\n</gexf>\n")
	return nil
}
