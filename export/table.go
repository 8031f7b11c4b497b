package export

import (
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/plover"
)

// kind is the type of an attribute column in the data formats.
type kind int

const (
	kString kind = iota
	kInt
	kFloat
	kBool
)

// column is one attribute of the nodes, the edges or the graph.
type column struct {
	name string
	kind kind
}

// row is one node or edge: its id (and endpoints) and one value per column,
// nil where the value is missing. Values are string, int, float64 or bool.
type row struct {
	id, source, target string
	vals               []any
	edge               *graph.Edge // the edge, for edge rows
}

// table holds a graph as typed attribute tables, in canonical order, shared
// by every data format so that they all carry the same attributes.
type table struct {
	g         *graph.Graph
	opt       Options
	graphCols []column
	graphVals []any
	nodeCols  []column
	nodes     []row
	edgeCols  []column
	edges     []row
}

// Columns of the data formats, documented in doc.go.
var (
	graphColumns = []column{{"title", kString}, {"level", kString}, {"documents", kInt}, {"date_from", kString}, {"date_to", kString}}
	nodeColumns  = []column{{"name", kString}, {"kind", kString}, {"country", kString}, {"sector", kString}, {"mentions", kInt}}
	edgeColumns  = []column{
		{"type", kString}, {"label", kString}, {"directed", kBool}, {"quad", kInt}, {"quad_name", kString},
		{"count", kInt}, {"documents", kInt}, {"weight", kFloat}, {"score", kFloat},
		{"cooperation", kFloat}, {"conflict", kFloat}, {"modes", kString},
		{"evidence", kString}, {"evidence_doc", kString}, {"evidence_date", kString}, {"evidence_url", kString},
		{"not_asserted", kString},
	}
)

// newTable builds the attribute tables of g. Nodes are sorted by id and
// edges by source, target, type and direction, whatever the order in g, so
// every format is deterministic.
func newTable(g *graph.Graph, opt Options) *table {
	if g == nil {
		g = &graph.Graph{}
	}
	t := &table{g: g, opt: opt, graphCols: graphColumns, nodeCols: append([]column(nil), nodeColumns...), edgeCols: edgeColumns}
	t.graphVals = []any{opt.title(g), nonEmpty(string(g.Level)), g.Documents, nonEmpty(g.DateFrom), nonEmpty(g.DateTo)}
	if opt.Influence != nil {
		t.nodeCols = append(t.nodeCols, column{"influence", kFloat})
	}
	if opt.Community != nil {
		t.nodeCols = append(t.nodeCols, column{"community", kInt})
	}

	nodes := append([]graph.Node(nil), g.Nodes...)
	sort.SliceStable(nodes, func(i, j int) bool { return nodes[i].ID < nodes[j].ID })
	for _, n := range nodes {
		name := n.Name
		if name == "" {
			name = n.ID
		}
		vals := []any{name, nonEmpty(n.Kind), nonEmpty(n.Country), nonEmpty(n.Sector), n.Mentions}
		if opt.Influence != nil {
			vals = append(vals, round6(opt.Influence[n.ID]))
		}
		if opt.Community != nil {
			// Numbered from 1, as in the drawing, the report and
			// communities.tsv; no community is no value.
			var c any
			if k, ok := opt.Community[n.ID]; ok && k >= 0 {
				c = k + 1
			}
			vals = append(vals, c)
		}
		t.nodes = append(t.nodes, row{id: n.ID, vals: vals})
	}

	edges := make([]*graph.Edge, len(g.Edges))
	for i := range g.Edges {
		edges[i] = &g.Edges[i]
	}
	sort.SliceStable(edges, func(i, j int) bool {
		a, b := edges[i], edges[j]
		if a.Source != b.Source {
			return a.Source < b.Source
		}
		if a.Target != b.Target {
			return a.Target < b.Target
		}
		if a.Type != b.Type {
			return a.Type < b.Type
		}
		return !a.Directed && b.Directed
	})
	for i, e := range edges {
		var ev, evDoc, evDate, evURL any
		if len(e.Evidence) > 0 {
			ev, evDoc, evDate = nonEmpty(clean(e.Evidence[0].Text)), nonEmpty(e.Evidence[0].Doc), nonEmpty(e.Evidence[0].Date)
			evURL = nonEmpty(clean(e.Evidence[0].URL))
		}
		// The mentions that are not asserted, "negated=1;hedged=2": a
		// graph built with -modality says which edges rest on them.
		var notAsserted any
		if !e.Asserted() {
			var parts []string
			for _, m := range []string{"negated", "hedged", "conditional", "planned"} {
				if n := e.Modalities[m]; n > 0 {
					parts = append(parts, m+"="+strconv.Itoa(n))
				}
			}
			notAsserted = strings.Join(parts, ";")
		}
		var modes any
		if len(e.Modes) > 0 {
			modes = strings.Join(e.Modes, ";")
		}
		t.edges = append(t.edges, row{
			id: "e" + strconv.Itoa(i), source: e.Source, target: e.Target, edge: e,
			vals: []any{
				nonEmpty(e.Type), relationLabel(*e), e.Directed, e.Quad, nonEmpty(plover.QuadName(e.Quad)),
				e.Count, e.Documents, finite(e.Cooperation + e.Conflict), finite(e.Weight),
				finite(e.Cooperation), finite(e.Conflict), modes,
				ev, evDoc, evDate, evURL, notAsserted,
			},
		})
	}
	return t
}

// title is the figure title: the option, else the graph's own.
func (o Options) title(g *graph.Graph) any {
	if o.Title != "" {
		return o.Title
	}
	return nonEmpty(g.Title)
}

// relationLabel is the edge's human label without the mention count.
func relationLabel(e graph.Edge) any {
	if e.Label != "" {
		return e.Label
	}
	if t, ok := plover.Lookup(e.Type); ok {
		return t.Label
	}
	return nonEmpty(strings.ToLower(e.Type))
}

func nonEmpty(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// round6 rounds to 6 decimals, so that analysis results computed with
// different floating-point rounding print the same.
func round6(v float64) float64 { return math.Round(finite(v)*1e6) / 1e6 }

func finite(v float64) float64 {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return 0
	}
	return v
}

// text formats a value for the text formats (XML, CSV): numbers in their
// shortest exact decimal form without exponent, booleans as true/false.
func text(v any) string {
	switch v := v.(type) {
	case string:
		return v
	case int:
		return strconv.Itoa(v)
	case float64:
		s := strconv.FormatFloat(finite(v), 'f', -1, 64)
		if s == "-0" {
			s = "0"
		}
		return s
	case bool:
		return strconv.FormatBool(v)
	}
	return ""
}
