package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/actorgraph/actorgraph/export"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/analysis"
)

const renderHelp = `
Draws a graph (the JSON of 'actorgraph build') with Graphviz: node size by
influence (-influence, scaled between the smallest and the largest), node colour by community, edge colour by PLOVER quad
class (greens for cooperation, reds for conflict), pen width by |weight|,
a short relation label, a legend, a title and a caption. The same graph
always gives the same bytes.

It also writes the graph for other tools, with influence and community
(numbered from 1) as node attributes: json (this project's), nodelink
(NetworkX node_link_graph), graphml, gexf (GEXF 1.2draft, or 1.3 with
-gexf-version; mutual relations are type="mutual" edges, and the drawing
comes along as viz colour, size and position), nodes.csv and edges.csv
(tables), neo4j-nodes and neo4j-edges (neo4j-admin database import
--nodes/--relationships), cyjs (Cytoscape.js, with positions and a
stylesheet). The format is -f, else the full suffix of -o's name
(g.cyjs.json is Cytoscape.js, actors.nodes.csv the node table, any other
.csv the edge table), and the command says which it wrote. In these
formats an edge's weight is its interaction strength (cooperation +
conflict, >= 0) and score its signed sum of PLOVER scores; evidence is its
first sentence with its document, date and URL (the whole list in
nodelink and cyjs); not_asserted counts the mentions that are not
(-modality).`

type renderFlags struct {
	size     string
	aspect   float64
	font     float64
	title    string
	layout   string
	dpi      int
	parallel bool
	noLegend bool
	timeout  time.Duration
	maxNodes int
}

func addRenderFlags(fs interface {
	StringVar(*string, string, string, string)
	Float64Var(*float64, string, float64, string)
	IntVar(*int, string, int, string)
	BoolVar(*bool, string, bool, string)
	DurationVar(*time.Duration, string, time.Duration, string)
}, f *renderFlags) {
	fs.StringVar(&f.size, "size", "7x8in", "the size the drawing is made for, `WxH` in in, cm or mm: text stays at least 8 pt there (fewer actors are drawn if need be)")
	fs.Float64Var(&f.aspect, "aspect", 0, "height/width `ratio` of the layout (0: as it comes)")
	fs.Float64Var(&f.font, "font-scale", 1, "multiply every font size by `F`")
	fs.StringVar(&f.layout, "layout", "", "layout: dot, neato, sfdp, or force (positions computed in Go; default: by size)")
	fs.IntVar(&f.dpi, "dpi", export.DefaultDPI, "PNG resolution")
	fs.BoolVar(&f.parallel, "parallel", false, "draw each relation type as its own edge instead of merging them")
	fs.BoolVar(&f.noLegend, "no-legend", false, "leave out the legend")
	fs.DurationVar(&f.timeout, "layout-timeout", export.DefaultLayoutTimeout, "longest a Graphviz layout may take; an automatic layout then falls back to force")
	fs.IntVar(&f.maxNodes, "max-nodes", export.DefaultMaxNodes, "most actors drawn; a larger graph is drawn as a summary of its most influential actors")
}

// checkBounds rejects a -dpi the PNG renderer cannot afford.
func (f *renderFlags) checkBounds(cmd string, e *env) error {
	if f.timeout < 0 || f.maxNodes < 0 {
		fmt.Fprintf(e.stderr, "actorgraph %s: -layout-timeout and -max-nodes must be ≥ 0 (0: no bound)\n", cmd)
		return errUsage
	}
	if _, _, err := parseSize(f.size); err != nil {
		fmt.Fprintf(e.stderr, "actorgraph %s: -size %q: %v\n", cmd, f.size, err)
		return errUsage
	}
	if f.aspect < 0 || f.aspect > 100 || f.font <= 0 || f.font > 10 {
		fmt.Fprintf(e.stderr, "actorgraph %s: -aspect must be 0 to 100 and -font-scale above 0, at most 10\n", cmd)
		return errUsage
	}
	if f.dpi < 1 || f.dpi > export.MaxDPI {
		fmt.Fprintf(e.stderr, "actorgraph %s: -dpi %d: want 1 to %d\n", cmd, f.dpi, export.MaxDPI)
		return errUsage
	}
	return nil
}

// checkLayout rejects an unknown -layout with a usage error.
func (f *renderFlags) checkLayout(cmd string, e *env) error {
	switch f.layout {
	case "", "dot", "neato", "sfdp", "force":
		return nil
	}
	fmt.Fprintf(e.stderr, "actorgraph %s: -layout %q: want dot, neato, sfdp or force\n", cmd, f.layout)
	return errUsage
}

func (f *renderFlags) options(scores []analysis.Score, p *analysis.Partition, m analysis.Measure) export.Options {
	if m == "" {
		m = analysis.DefaultMeasure
	}
	opt := export.Options{Title: f.title, Layout: export.Layout(f.layout), DPI: f.dpi, Parallel: f.parallel, NoLegend: f.noLegend,
		LayoutTimeout: f.timeout, MaxNodes: f.maxNodes,
		Influence: analysis.Scaled(scores), InfluenceName: m.Title(), Community: map[string]int{}}
	opt.Width, opt.Height, _ = parseSize(f.size)
	opt.Aspect, opt.FontScale = f.aspect, f.font
	if f.timeout == 0 {
		opt.LayoutTimeout = -1 // none
	}
	if f.maxNodes == 0 {
		opt.MaxNodes = -1 // no bound
	}
	if p != nil {
		for _, m := range p.Members {
			opt.Community[m.ID] = m.Community
		}
	}
	return opt
}

func cmdRender(ctx context.Context, args []string, e *env) error {
	fs := newFlags(e, "render", "[flags] [GRAPH.json|-]", renderHelp)
	var f renderFlags
	var af analyzeFlags
	addRenderFlags(fs, &f)
	addAnalyzeFlags(fs, &af)
	fs.StringVar(&af.influence, "size-by", string(analysis.DefaultMeasure), "what node size shows: the same as -influence")
	fs.StringVar(&f.title, "title", "", "figure title (default: the graph's title)")
	gexfVer := fs.String("gexf-version", export.GEXFDraft12, "GEXF version: 1.2draft (every NetworkX and Gephi reads it) or 1.3")
	format := fs.String("f", "", "output `format`: dot, svg, png, json, nodelink, graphml, gexf, nodes.csv, edges.csv,\nneo4j-nodes, neo4j-edges or cyjs (default: from -o's name, else svg)")
	out := fs.String("o", "", "write to `FILE` (atomically) instead of standard output")
	if done, err := parse(fs, e, args); done {
		return err
	}
	if err := f.checkLayout("render", e); err != nil {
		return err
	}
	if err := af.check("render", e); err != nil {
		return err
	}
	if err := f.checkBounds("render", e); err != nil {
		return err
	}
	if err := refuseSame("render", *out, fs.Arg(0), e); err != nil {
		return err
	}
	if *gexfVer != export.GEXFDraft12 && *gexfVer != export.GEXF13 {
		fmt.Fprintf(e.stderr, "actorgraph render: -gexf-version %q: want %s or %s\n", *gexfVer, export.GEXFDraft12, export.GEXF13)
		return errUsage
	}
	var fm export.Format
	var err error
	switch {
	case *format != "":
		fm, err = export.ParseFormat(*format)
	case *out != "" && *out != "-":
		fm, err = export.FormatOf(*out)
		if err == nil {
			defer func() {
				if e.failed {
					return
				}
				// The name chose the format: say which, so that
				// actors.csv (the edge table) or g.cyjs.json (Cytoscape.js)
				// surprises no one.
				fmt.Fprintf(e.stderr, "actorgraph render: wrote %s as %s (-f chooses another)\n", escapeControls(*out), fm.Describe())
			}()
		}
	default:
		fm = export.SVG
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "actorgraph render: %v\n", err)
		return errUsage
	}
	g, scores, p, err := readAnalysed(fs.Arg(0), e, &af)
	if err != nil {
		return err
	}
	opt := f.options(scores, p, analysis.Measure(af.influence))
	opt.GEXFVersion = *gexfVer
	if err := writeOut(*out, e, func(w io.Writer) error { return render(ctx, w, g, fm, opt) }); err != nil {
		e.failed = true
		return err
	}
	return nil
}

func render(ctx context.Context, w io.Writer, g *graph.Graph, fm export.Format, opt export.Options) error {
	if !fm.Drawing() {
		return export.Write(w, g, fm, opt)
	}
	return export.Render(ctx, w, g, fm, opt)
}

// parseSize reads "7x5in", "18x12cm", "180x120mm" or "7x5" (inches) into
// inches.
func parseSize(s string) (w, h float64, err error) {
	unit := 1.0
	t := strings.ToLower(strings.TrimSpace(s))
	for _, u := range []struct {
		suffix string
		inches float64
	}{{"in", 1}, {"cm", 1 / 2.54}, {"mm", 1 / 25.4}} {
		if strings.HasSuffix(t, u.suffix) {
			t, unit = strings.TrimSuffix(t, u.suffix), u.inches
			break
		}
	}
	a, b, ok := strings.Cut(t, "x")
	if ok {
		w, err = strconv.ParseFloat(strings.TrimSpace(a), 64)
		if err == nil {
			h, err = strconv.ParseFloat(strings.TrimSpace(b), 64)
		}
	}
	if !ok || err != nil || !(w*unit >= 1 && h*unit >= 1 && w*unit <= 200 && h*unit <= 200) {
		return 0, 0, errors.New("want WxH with a unit in, cm or mm, each side 1 to 200 inches (7x5in, 18x12cm)")
	}
	return w * unit, h * unit, nil
}
