package export

import (
	"bytes"
	"encoding/json"
	"io"
	"math"
	"strconv"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// attrMap is the row's attributes as a JSON object; missing values are
// left out. encoding/json sorts the keys, so the output is deterministic.
func attrMap(cols []column, vals []any) map[string]any {
	m := make(map[string]any, len(cols))
	for i, c := range cols {
		switch v := vals[i].(type) {
		case nil:
		case float64:
			m[c.name] = jsonFloat(v)
		default:
			m[c.name] = v
		}
	}
	return m
}

// jsonFloat is a float that JSON readers type as one: 19 is written 19.0,
// so that Python reads a float, as GraphML and GEXF declare.
type jsonFloat float64

func (f jsonFloat) MarshalJSON() ([]byte, error) {
	s := text(float64(f))
	if !strings.ContainsAny(s, ".eE") {
		s += ".0"
	}
	return []byte(s), nil
}

// edgeAttrs is an edge's attributes for the JSON formats: the table's, with
// "evidence" the full list of mentions instead of the first sentence.
func edgeAttrs(cols []column, r row) map[string]any {
	m := attrMap(cols, r.vals)
	delete(m, "evidence_doc")
	delete(m, "evidence_date")
	delete(m, "evidence_url")
	ev := r.edge.Evidence
	if ev == nil {
		ev = []graph.Evidence{}
	}
	m["evidence"] = ev
	return m
}

func writeJSON(w io.Writer, v any) error {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", " ")
	if err := enc.Encode(v); err != nil {
		return err
	}
	_, err := w.Write(b.Bytes())
	return err
}

// writeNodeLink writes NetworkX's node-link JSON: a directed multigraph
// whose links carry the relation type as key; symmetric relations are one
// link (source < target) with "directed": false.
func (t *table) writeNodeLink(w io.Writer) error {
	nodes := make([]map[string]any, len(t.nodes))
	for i, r := range t.nodes {
		m := attrMap(t.nodeCols, r.vals)
		m["id"] = r.id
		nodes[i] = m
	}
	links := make([]map[string]any, len(t.edges))
	seen := map[[3]string]int{}
	for i, r := range t.edges {
		m := edgeAttrs(t.edgeCols, r)
		// The key names the relation type; it must be unique per pair.
		key := r.edge.Type
		k := [3]string{r.source, r.target, key}
		if n := seen[k]; n > 0 {
			key += "#" + strconv.Itoa(n)
		}
		seen[k]++
		m["source"], m["target"], m["key"] = r.source, r.target, key
		links[i] = m
	}
	return writeJSON(w, struct {
		Directed   bool             `json:"directed"`
		Multigraph bool             `json:"multigraph"`
		Graph      map[string]any   `json:"graph"`
		Nodes      []map[string]any `json:"nodes"`
		Links      []map[string]any `json:"links"`
	}{true, true, attrMap(t.graphCols, t.graphVals), nodes, links})
}

// writeCytoscape writes Cytoscape.js JSON: {"data": graph attributes,
// "elements": {"nodes": [{"data": ..., "position": {"x", "y"}}], "edges":
// [{"data": ...}]}, "style": [...]}: the drawing comes along as each node's
// position (the drawing's layout; y grows downwards, as on screen) and its
// colour and size, each edge's colour, width and arrow (none for a mutual
// relation) as data, and a stylesheet that maps them (Cytoscape.js
// cy.json(), Cytoscape desktop's .cyjs). Edge ids are e0, e1, ... with a
// prefix that no node id uses.
func (t *table) writeCytoscape(w io.Writer) error {
	prefix := "e"
	ids := make(map[string]bool, len(t.nodes))
	for _, r := range t.nodes {
		ids[r.id] = true
	}
	for clash := true; clash; {
		clash = false
		for i := range t.edges {
			if ids[prefix+strconv.Itoa(i)] {
				prefix += "_"
				clash = true
				break
			}
		}
	}
	nv, ev := t.vizOf(t.g, t.opt.withDefaults(t.g))
	type position struct {
		X jsonFloat `json:"x"`
		Y jsonFloat `json:"y"`
	}
	type elem struct {
		Data     map[string]any `json:"data"`
		Position *position      `json:"position,omitempty"`
	}
	nodes := make([]elem, len(t.nodes))
	for i, r := range t.nodes {
		m := attrMap(t.nodeCols, r.vals)
		m["id"] = r.id
		m["color"], m["size"] = nv[i].color, jsonFloat(math.Round(nv[i].size*100)/100)
		nodes[i] = elem{m, &position{jsonFloat(nv[i].x), jsonFloat(-nv[i].y)}}
	}
	edges := make([]elem, len(t.edges))
	for i, r := range t.edges {
		m := edgeAttrs(t.edgeCols, r)
		m["id"] = prefix + strconv.Itoa(i)
		m["source"], m["target"] = r.source, r.target
		m["color"], m["width"] = ev[i].color, jsonFloat(ev[i].thickness)
		m["arrow"] = "triangle"
		if !r.edge.Directed {
			m["arrow"] = "none"
		}
		edges[i] = elem{Data: m}
	}
	type elements struct {
		Nodes []elem `json:"nodes"`
		Edges []elem `json:"edges"`
	}
	return writeJSON(w, struct {
		FormatVersion string           `json:"format_version"`
		GeneratedBy   string           `json:"generated_by"`
		Target        string           `json:"target_cytoscapejs_version"`
		Data          map[string]any   `json:"data"`
		Elements      elements         `json:"elements"`
		Style         []map[string]any `json:"style"`
	}{"1.0", "actorgraph", "~3", attrMap(t.graphCols, t.graphVals), elements{nodes, edges}, cytoscapeStyle})
}

// cytoscapeStyle maps the data written to the drawing's encoding.
var cytoscapeStyle = []map[string]any{
	{"selector": "node", "style": map[string]any{"background-color": "data(color)", "width": "data(size)", "height": "data(size)",
		"label": "data(name)", "font-family": FontName + ", sans-serif", "font-size": nodeFont, "text-valign": "center",
		"border-width": 0.8, "border-color": "#555555"}},
	{"selector": "edge", "style": map[string]any{"line-color": "data(color)", "width": "data(width)", "target-arrow-color": "data(color)",
		"target-arrow-shape": "data(arrow)", "curve-style": "bezier", "label": "data(label)", "font-size": edgeFont, "color": "#555555"}},
	{"selector": "edge[quad = 1], edge[quad = 3]", "style": map[string]any{"line-style": "dashed"}},
}
