package export

import (
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// nodeViz is how a node is drawn, for the formats that carry a drawing
// (GEXF viz, Cytoscape.js position and style): so that a user goes on in
// Gephi or Cytoscape from our layout.
type nodeViz struct {
	x, y  float64 // centre, points, y up
	size  float64 // diameter, points: influence only
	color string  // community fill, #RRGGBB
}

type edgeViz struct {
	color     string  // the relation class's line colour
	thickness float64 // pen width, points, by |weight|
}

// vizOf lays out the graph (the positions given, else the force layout
// of the whole graph) and sizes and colours nodes and edges as the drawing
// does. Nodes and edges are in the table's order.
func (t *table) vizOf(g *graph.Graph, opt Options) ([]nodeViz, []edgeViz) {
	pos := opt.positions
	if pos == nil {
		// The layout of the graph in canonical order, so that the output
		// does not depend on the order of the graph given.
		c := canonical(g)
		x, y := forcePositions(c, opt)
		pos = make(map[string][2]float64, len(c.Nodes))
		for i, n := range c.Nodes {
			pos[n.ID] = [2]float64{x[i], y[i]}
		}
	}
	nv := make([]nodeViz, len(t.nodes))
	for i, r := range t.nodes {
		c, ok := opt.Community[r.id]
		if !ok {
			c = -1
		}
		p := pos[r.id]
		nv[i] = nodeViz{x: p[0], y: p[1], size: nodeDiameter(clamp01(opt.Influence[r.id])), color: communityColour(c)}
	}
	var maxW float64
	for _, r := range t.edges {
		maxW = math.Max(maxW, math.Abs(r.edge.Weight))
	}
	ev := make([]edgeViz, len(t.edges))
	for i, r := range t.edges {
		pen := minPen
		if maxW > 0 {
			pen = lerp(minPen, maxPen, math.Sqrt(math.Abs(r.edge.Weight)/maxW))
		}
		ev[i] = edgeViz{color: lineColour(*r.edge), thickness: math.Round(pen*100) / 100}
	}
	return nv, ev
}

// rgb splits #RRGGBB.
func rgb(hex string) (r, g, b int) {
	v, _ := strconv.ParseUint(hex[1:], 16, 32)
	return int(v >> 16 & 0xff), int(v >> 8 & 0xff), int(v & 0xff)
}

// canonical is g with its nodes sorted by id and its edges by source,
// target and type.
func canonical(g *graph.Graph) *graph.Graph {
	c := *g
	c.Nodes = append([]graph.Node(nil), g.Nodes...)
	sort.SliceStable(c.Nodes, func(i, j int) bool { return c.Nodes[i].ID < c.Nodes[j].ID })
	c.Edges = append([]graph.Edge(nil), g.Edges...)
	sort.SliceStable(c.Edges, func(i, j int) bool {
		a, b := c.Edges[i], c.Edges[j]
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
	return &c
}

// NodeViz and EdgeViz are the drawing's encoding of one actor and one drawn
// relation, for interactive views of the whole graph (the report's sigma.js
// view): positions in points (y up), sizes and widths in points, colours
// #RRGGBB.
type NodeViz struct {
	ID, Label string
	X, Y      float64
	Size      float64
	Color     string
}

type EdgeViz struct {
	Source, Target string
	Color          string
	Width          float64
	Directed       bool
	Label          string // the relations, as on the drawing ("backs ×3, attacks")
	Quads          string // the relations' quad classes, "1 4"
}

// Viz lays out the whole graph (the force layout, whatever its size) and
// encodes it as the drawing does: node size by influence, colour by bloc;
// one edge per pair and direction, coloured by its dominant relation class.
// The zero Options are filled as Render fills them.
func Viz(g *graph.Graph, opt Options) ([]NodeViz, []EdgeViz) {
	if g == nil {
		return nil, nil
	}
	opt = opt.withDefaults(g)
	c := canonical(g)
	x, y := forcePositions(c, opt)
	nodes := make([]NodeViz, len(c.Nodes))
	for i, n := range c.Nodes {
		k, ok := opt.Community[n.ID]
		if !ok {
			k = -1
		}
		label := clean(n.Name)
		if label == "" {
			label = n.ID
		}
		nodes[i] = NodeViz{ID: n.ID, Label: label, X: x[i], Y: y[i], Size: math.Round(nodeDiameter(clamp01(opt.Influence[n.ID]))*100) / 100, Color: communityColour(k)}
	}
	drawn := drawnEdges(c, false)
	var maxStrength float64
	for _, d := range drawn {
		maxStrength = math.Max(maxStrength, d.strength)
	}
	edges := make([]EdgeViz, len(drawn))
	for i, d := range drawn {
		pen := minPen
		if maxStrength > 0 {
			pen = lerp(minPen, maxPen, math.Sqrt(d.strength/maxStrength))
		}
		edges[i] = EdgeViz{Source: d.from, Target: d.to, Color: d.style().line, Width: math.Round(pen*100) / 100,
			Directed: d.directed, Label: strings.ReplaceAll(edgeLabel(d.parts), "\n", " "), Quads: quads(d.parts)}
	}
	return nodes, edges
}
