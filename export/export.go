package export

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"github.com/actorgraph/actorgraph/graph"
)

// ErrFormat is wrapped by errors about an unknown output format or layout.
var ErrFormat = errors.New("export: unknown format")

// Format is an output format of Render and Write.
type Format int

const (
	DOT        Format = iota // Graphviz DOT source, as written by WriteDOT
	SVG                      // SVG laid out and drawn by Graphviz
	PNG                      // PNG raster at Options.DPI
	JSON                     // the project's own graph JSON (graph.WriteJSON; graph.ReadJSON reads it back)
	NodeLink                 // node-link JSON (NetworkX node_link_graph)
	GraphML                  // GraphML with typed attributes (Gephi, Cytoscape, yEd, NetworkX read_graphml)
	GEXF                     // GEXF 1.2draft (or 1.3, Options.GEXFVersion) with typed attributes and the drawing as viz (Gephi)
	CSVNodes                 // CSV node table
	CSVEdges                 // CSV edge table
	Neo4jNodes               // node CSV for neo4j-admin database import --nodes
	Neo4jEdges               // relationship CSV for neo4j-admin database import --relationships
	Cytoscape                // Cytoscape.js JSON (elements; also Cytoscape desktop's .cyjs)
)

// formatNames are the canonical names (Format.String) and the extra names
// ParseFormat accepts.
var formatNames = []struct {
	f     Format
	names []string
}{
	{DOT, []string{"dot", "gv"}},
	{SVG, []string{"svg"}},
	{PNG, []string{"png"}},
	{JSON, []string{"json"}},
	{NodeLink, []string{"nodelink", "node-link", "networkx"}},
	{GraphML, []string{"graphml"}},
	{GEXF, []string{"gexf"}},
	{CSVNodes, []string{"nodes.csv", "csv-nodes"}},
	{CSVEdges, []string{"edges.csv", "csv-edges", "csv"}},
	{Neo4jNodes, []string{"neo4j-nodes.csv", "neo4j-nodes"}},
	{Neo4jEdges, []string{"neo4j-edges.csv", "neo4j-edges", "neo4j-relationships"}},
	{Cytoscape, []string{"cyjs", "cytoscape", "cyjs.json", "cytoscape.json"}},
}

// Formats lists every format, in order.
func Formats() []Format {
	out := make([]Format, len(formatNames))
	for i, fn := range formatNames {
		out[i] = fn.f
	}
	return out
}

// String returns the format's canonical name, which ParseFormat accepts;
// for DOT, SVG and PNG it is also the file extension.
func (f Format) String() string {
	for _, fn := range formatNames {
		if fn.f == f {
			return fn.names[0]
		}
	}
	return fmt.Sprintf("Format(%d)", int(f))
}

// Drawing reports whether the format is a drawing (SVG or PNG), which only
// Render can write.
func (f Format) Drawing() bool { return f == SVG || f == PNG }

// ParseFormat parses a format name or file extension ("dot", "gv", "svg",
// "png", "json", "nodelink", "graphml", "gexf", "nodes.csv", "edges.csv" or
// "csv", "neo4j-nodes", "neo4j-edges", "cyjs"), case-insensitively and with
// or without a leading dot.
func ParseFormat(s string) (Format, error) {
	name := strings.ToLower(strings.TrimPrefix(s, "."))
	for _, fn := range formatNames {
		for _, n := range fn.names {
			if n == name {
				return fn.f, nil
			}
		}
	}
	return 0, fmt.Errorf("%w %q (want dot, svg, png, json, nodelink, graphml, gexf, nodes.csv, edges.csv, neo4j-nodes, neo4j-edges or cyjs)", ErrFormat, s)
}

// FormatOf infers the format from a file name's full suffix: names
// ending in "neo4j-nodes.csv", "neo4j-edges.csv", "nodes.csv",
// "edges.csv", "nodelink.json" or "cyjs.json"/"cytoscape.json" (after a
// separator or alone) pick those formats ("g.cyjs.json" is Cytoscape.js,
// not the project's JSON), and any other ".csv" is the edge table; else
// the last extension decides. Describe says what was chosen.
func FormatOf(filename string) (Format, error) {
	base := strings.ToLower(filepath.Base(filename))
	for _, suf := range []struct {
		s string
		f Format
	}{
		{"neo4j-nodes.csv", Neo4jNodes}, {"neo4j-edges.csv", Neo4jEdges}, {"neo4j-relationships.csv", Neo4jEdges},
		{"nodes.csv", CSVNodes}, {"edges.csv", CSVEdges}, {"nodelink.json", NodeLink}, {"node-link.json", NodeLink},
		{"cyjs.json", Cytoscape}, {"cytoscape.json", Cytoscape}, {"networkx.json", NodeLink},
	} {
		if base == suf.s || strings.HasSuffix(base, "."+suf.s) || strings.HasSuffix(base, "-"+suf.s) || strings.HasSuffix(base, "_"+suf.s) {
			return suf.f, nil
		}
	}
	ext := filepath.Ext(base)
	if ext == "" {
		return 0, fmt.Errorf("%w: %q has no extension", ErrFormat, filename)
	}
	return ParseFormat(ext)
}

// Describe says in words what a format is, for messages that tell which
// was written: "the edge table (CSV)".
func (f Format) Describe() string {
	switch f {
	case DOT:
		return "Graphviz DOT"
	case SVG:
		return "an SVG drawing"
	case PNG:
		return "a PNG drawing"
	case JSON:
		return "actorgraph's graph JSON"
	case NodeLink:
		return "NetworkX node-link JSON"
	case GraphML:
		return "GraphML"
	case GEXF:
		return "GEXF (Gephi)"
	case CSVNodes:
		return "the node table (CSV)"
	case CSVEdges:
		return "the edge table (CSV)"
	case Neo4jNodes:
		return "the Neo4j node import CSV"
	case Neo4jEdges:
		return "the Neo4j relationship import CSV"
	case Cytoscape:
		return "Cytoscape.js JSON"
	}
	return f.String()
}

// Layout is a Graphviz layout engine.
type Layout string

const (
	// LayoutAuto picks LayoutDot for small graphs (at most AutoDotNodes
	// nodes) and LayoutNeato for larger ones, where dot becomes too slow.
	LayoutAuto Layout = ""
	// LayoutDot is a layered left-to-right drawing: edge labels are laid
	// out as part of the drawing and never overlap. The default up to
	// AutoDotNodes nodes.
	LayoutDot Layout = "dot"
	// LayoutNeato is a spring layout with prism overlap removal and a
	// fixed seed (start=1). The default up to AutoNeatoNodes nodes.
	LayoutNeato Layout = "neato"
	// LayoutForce places the nodes in Go (a force-directed layout with a
	// fixed seed and overlap removal, see forceLayout) and has Graphviz
	// only draw them (its nop2 engine), with straight edges whose labels
	// are in the tooltips only. The default above AutoNeatoNodes nodes:
	// 0.1 s where dot or neato take minutes.
	LayoutForce Layout = "force"
	// LayoutSFDP is Graphviz's multilevel force-directed layout (sfdp),
	// with overlap removal by scaling, straight edges and their labels in
	// the tooltips. Measured against LayoutForce on news-shaped graphs
	// (BenchmarkLayout), it crosses 1-5% fewer edges and takes 2-8 times
	// as long, so LayoutForce stays the default for large drawings.
	LayoutSFDP Layout = "sfdp"
)

// LayoutAuto chooses by nodes and drawn edges (the merged edges between
// two actors; Options.Parallel draws more): dot up to AutoDotNodes nodes
// and AutoDotEdges edges, neato up to AutoNeatoNodes and AutoNeatoEdges,
// else LayoutForce. dot had not finished a 40-actor graph with 8,573
// relations (1,560 drawn edges) after 20 minutes.
const (
	AutoDotNodes   = 60
	AutoDotEdges   = 150
	AutoNeatoNodes = 150
	AutoNeatoEdges = 400
)

// DefaultMaxNodes is the most actors drawn when Options.MaxNodes is 0; a
// larger graph gets a summary drawing (see summary), stated in the caption.
// DefaultLayoutTimeout bounds a Graphviz layout when Options.LayoutTimeout
// is 0.
const (
	DefaultMaxNodes      = 150
	DefaultLayoutTimeout = 60 * time.Second
)

// DefaultDPI is the PNG resolution when Options.DPI is zero.
const DefaultDPI = 150

// Options control the drawing. The zero value is a valid default.
type Options struct {
	// Title is the figure title; empty means the graph's own Title.
	Title string
	// Caption is a line under the title; empty means a summary of the
	// graph (actors, relations, documents, date range). Use NoCaption to
	// leave it out.
	Caption   string
	NoCaption bool

	// Influence maps a node id to its influence scaled to [0,1]; a
	// missing id counts as 0, values outside [0,1] are clamped.
	Influence map[string]float64
	// Community maps a node id to its community number 0, 1, ...; a
	// missing id or a negative number means no community. Number the
	// communities by decreasing size: only the first len(Palette) get their
	// own colour, the rest share the "other" grey.
	Community map[string]int
	// InfluenceName names the influence measure in the legend ("PN
	// centrality"); empty means "influence".
	InfluenceName string

	// Layout is the Graphviz engine; see LayoutAuto.
	Layout Layout
	// Parallel draws every typed edge separately, side by side, instead of
	// merging the typed edges between two actors into one drawn edge per
	// direction.
	Parallel bool
	// NoLegend leaves out the legend (title and caption stay).
	NoLegend bool
	// DPI is the PNG resolution (DefaultDPI if zero). It does not affect
	// DOT or SVG.
	DPI int

	// Backbone reduces a large drawing to its backbone: each actor's
	// Backbone strongest ties, then the largest connected component (see
	// backbone); the caption states the reduction. 0 means DefaultTopK
	// ties for graphs of more than AutoBackboneNodes nodes and no
	// reduction for smaller ones; a negative value never reduces. It
	// affects the drawings (DOT, SVG, PNG) only, not the data formats.
	Backbone int
	// MinStrength drops, in a backbone, the ties whose strength
	// (cooperation + conflict) is below it.
	MinStrength float64
	// MaxNodes bounds the actors drawn (0: DefaultMaxNodes; negative: no
	// bound). A larger graph is drawn as a summary: its MaxNodes most
	// influential actors (Options.Influence, then strength) and each one's
	// strongest ties among them; the caption says so. The data formats
	// always hold the whole graph.
	MaxNodes int
	// GEXFVersion is the GEXF written: GEXFDraft12 (the default, which
	// every NetworkX and Gephi reads) or GEXF13.
	GEXFVersion string

	// Width and Height are the size the drawing is made for, in inches
	// (0: DefaultWidth × DefaultHeight): Graphviz scales a larger layout
	// down to fit, and Render draws a summary of fewer actors rather than
	// let any text fall below MinPrintFont points at that size. Aspect, if
	// set, is the layout's height/width ratio.
	Width, Height float64
	Aspect        float64
	// FontScale multiplies every font size (0: 1).
	FontScale float64

	// LayoutTimeout bounds a Graphviz layout (0: DefaultLayoutTimeout;
	// negative: none). When an automatically chosen dot or neato layout
	// runs out of time, the drawing is made with LayoutForce and the
	// caption says so; a layout asked for by name is an error instead.
	LayoutTimeout time.Duration

	reduction   string                // the backbone's note, set by prepare
	positions   map[string][2]float64 // node centres for the data formats' viz
	sfdpOverlap string                // sfdp's overlap removal (measurements); "" is scale
}

// prepare reduces g for drawing, to a summary when it has more than
// MaxNodes actors, else to its backbone when opt asks for it, and records
// the reduction for the caption.
func prepare(g *graph.Graph, opt Options) (*graph.Graph, Options) {
	if g == nil {
		g = &graph.Graph{}
	}
	if m := opt.maxNodes(); m > 0 && len(g.Nodes) > m {
		g, opt.reduction = summary(g, opt, m)
	} else {
		g, opt.reduction = backbone(g, opt)
	}
	return g, opt
}

func (o Options) layout(nodes, edges int) (Layout, error) {
	switch o.Layout {
	case LayoutAuto:
		switch {
		case nodes <= AutoNeatoNodes && edges <= AutoNeatoEdges:
			return LayoutNeato, nil
		}
		return LayoutForce, nil
	case LayoutDot, LayoutNeato, LayoutForce, LayoutSFDP:
		return o.Layout, nil
	}
	return "", fmt.Errorf("%w: layout %q (want dot, neato, sfdp or force)", ErrFormat, string(o.Layout))
}

// DefaultWidth and DefaultHeight are the size a drawing is made for (a
// page column, a slide), in inches.
const (
	DefaultWidth  = 7.0
	DefaultHeight = 8.0
)

func (o Options) size() (w, h float64) {
	w, h = o.Width, o.Height
	if w <= 0 {
		w = DefaultWidth
	}
	if h <= 0 {
		h = DefaultHeight
	}
	return w, h
}

func (o Options) fontScale() float64 {
	if o.FontScale <= 0 {
		return 1
	}
	return o.FontScale
}

func (o Options) influenceName() string {
	if o.InfluenceName == "" {
		return "influence"
	}
	return o.InfluenceName
}

func (o Options) maxNodes() int {
	if o.MaxNodes == 0 {
		return DefaultMaxNodes
	}
	return o.MaxNodes
}

func (o Options) layoutTimeout() time.Duration {
	if o.LayoutTimeout == 0 {
		return DefaultLayoutTimeout
	}
	return o.LayoutTimeout
}
