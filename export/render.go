package export

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/analysis"
	"github.com/goccy/go-graphviz"
)

// gvMu guards the Graphviz WebAssembly instance: go-graphviz crashes the
// process when two renders run at once, and its parser is a package-level
// instance too. Every call into go-graphviz holds it.
var (
	gvMu sync.Mutex
	gv   *graphviz.Graphviz
)

// instance returns the shared Graphviz instance, creating it on first use:
// only commands that draw start Graphviz (compiling its WebAssembly takes
// about 0.6 s, loading it from the private cache about 0.1 s). The caller
// holds gvMu.
func instance(ctx context.Context) (*graphviz.Graphviz, error) {
	if gv != nil {
		return gv, nil
	}
	if err := loadGraphviz(); err != nil {
		return nil, fmt.Errorf("export: starting graphviz: %w", err)
	}
	// The instance outlives this call: do not tie it to ctx's cancellation.
	ctx = context.WithoutCancel(ctx)
	plugins, err := newPNGPlugins(ctx)
	if err != nil {
		return nil, fmt.Errorf("export: starting graphviz: %w", err)
	}
	g, err := graphviz.NewWithPlugins(ctx, plugins...)
	if err != nil {
		return nil, fmt.Errorf("export: starting graphviz: %w", err)
	}
	gv = g
	return gv, nil
}

// dropInstance forgets the instance after a call that was cancelled inside
// Graphviz, which closes the module: the next render loads a fresh one.
// The caller holds gvMu.
func dropInstance() {
	gv = nil
	graphviz.Unload()
}

// Render writes the graph in the given format. DOT is WriteDOT's output
// and the data formats are Write's (GEXF and Cytoscape.js with the
// drawing's positions); SVG and PNG are laid out and drawn by Graphviz
// (go-graphviz, WebAssembly) from that same DOT text, one fresh Graphviz
// graph per call, so SVG output is deterministic too. Renders are
// serialised by a package-level mutex and are safe to call from several
// goroutines.
//
// A drawing is made for its target size (Options.Width × Height): when
// Graphviz has to scale it down so far that text would print below
// MinPrintFont points, it is drawn again as a summary of fewer actors, the
// most influential, and the caption says so.
func Render(ctx context.Context, w io.Writer, g *graph.Graph, format Format, opt Options) error {
	opt = opt.withDefaults(g)
	if !format.Drawing() {
		if format == GEXF || format == Cytoscape {
			opt.positions = drawingPositions(ctx, g, opt)
		}
		return Write(w, g, format, opt)
	}
	dpi := 0
	if format == PNG {
		dpi = opt.DPI
		if dpi <= 0 {
			dpi = DefaultDPI
		}
		if dpi > MaxDPI {
			return fmt.Errorf("export: %d dpi: at most %d", dpi, MaxDPI)
		}
	}
	h, o, out, err := legible(ctx, g, opt)
	if err != nil {
		return err
	}
	if format == PNG {
		if out, err = renderWithin(ctx, h, o, PNG, dpi); err != nil {
			return err
		}
		out, err = setPNGDensity(out, dpi)
		if err != nil {
			return err
		}
	} else {
		out = fixSVG(out, h, o)
	}
	_, err = w.Write(out)
	return err
}

// svgScale finds the scale Graphviz applied to fit the target size.
var svgScale = regexp.MustCompile(`<g id="graph0" class="graph" transform="scale\(([0-9.]+) `)

// legible lays out and draws g as SVG, as a summary of fewer actors while
// its text would print below MinPrintFont points at the target size. It
// returns the graph drawn, its options (layout chosen, reduction noted)
// and the SVG.
func legible(ctx context.Context, g *graph.Graph, opt Options) (*graph.Graph, Options, []byte, error) {
	n := nodeCount(g)
	limit := opt.maxNodes()
	if limit <= 0 {
		limit = n
	}
	if w, h := opt.size(); opt.MaxNodes == 0 {
		// A first guess from the area: about 1.2 actors a square inch.
		limit = min(limit, max(8, int(w*h*1.2)))
	}
	var err error
	var prev struct {
		h     *graph.Graph
		o     Options
		out   []byte
		scale float64
	}
	for try := 0; ; try++ {
		o := opt
		o.MaxNodes = max(limit, 1)
		if limit >= n {
			o.MaxNodes = -1
		}
		h, o2 := prepare(g, o)
		var out []byte
		if h, o2, out, err = layoutSVG(ctx, h, o2); err != nil {
			return nil, o2, nil, err
		}
		scale := 1.0
		if m := svgScale.FindSubmatch(out); m != nil {
			scale, _ = strconv.ParseFloat(string(m[1]), 64)
		}
		smallest := math.Min(nodeFont, math.Min(edgeFont, captionFont)) * opt.fontScale()
		need := MinPrintFont / smallest
		if prev.h != nil && scale < prev.scale*1.02 {
			// Fewer actors did not help (the legend or the caption sets
			// the width): keep the larger drawing.
			h, o2, out, scale = prev.h, prev.o, prev.out, prev.scale
			try = 6
		}
		prev.h, prev.o, prev.out, prev.scale = h, o2, out, scale
		if scale >= need-1e-3 || len(h.Nodes) <= min(n, minSummary) || try >= 6 || opt.MaxNodes < 0 {
			if scale < need-1e-3 {
				o2.reduction = strings.TrimPrefix(o2.reduction+fmt.Sprintf("; text prints at %s pt at this size: give a larger size", num(smallest*scale)), "; ")
				var err error
				if h, o2, out, err = layoutSVG(ctx, h, o2); err != nil {
					return nil, o2, nil, err
				}
			}
			return h, o2, out, nil
		}
		// The drawing's side grows about as the square root of the actors.
		// Below a dozen actors a summary says too little: draw them and
		// say the text is small.
		next := int(float64(len(h.Nodes)) * (scale / need) * (scale / need))
		limit = max(min(n, minSummary), min(next, len(h.Nodes)-1))
		if limit >= len(h.Nodes) {
			try = 6
		}
	}
}

// minSummary is the fewest actors a legible summary draws.
const minSummary = 12

// layoutSVG draws h as SVG with the layout opt asks for (or the automatic
// one), falling back to the force layout when an automatic one runs out
// of time; it returns the options used.
func layoutSVG(ctx context.Context, h *graph.Graph, opt Options) (*graph.Graph, Options, []byte, error) {
	layout, err := opt.layout(nodeCount(h), len(drawnEdges(h, opt.Parallel)))
	if err != nil {
		return h, opt, nil, err
	}
	auto := opt.Layout == LayoutAuto
	opt.Layout = layout
	out, err := renderWithin(ctx, h, opt, SVG, 0)
	if errors.Is(err, errLayoutTimeout) && auto && layout != LayoutForce {
		// Out of time: the same drawing with positions computed in Go,
		// which takes a fraction of a second; the caption says why.
		note := fmt.Sprintf("Drawn with the force layout: %s did not finish in %v", layout, opt.layoutTimeout())
		if opt.reduction != "" {
			note = opt.reduction + ". " + note
		}
		// Drawing given positions takes no layout; its time is bounded by
		// the nodes drawn (MaxNodes), so it gets no budget of its own.
		opt.reduction, opt.Layout, opt.LayoutTimeout = note, LayoutForce, -1
		out, err = renderWithin(ctx, h, opt, SVG, 0)
	}
	return h, opt, out, err
}

// drawingPositions are the node centres of the drawing Render would make
// of g (for GEXF and Cytoscape.js): Graphviz's layout for the actors it
// draws, the force layout of the whole graph for the others, or for all
// when the drawing is a summary.
func drawingPositions(ctx context.Context, g *graph.Graph, opt Options) map[string][2]float64 {
	h, o := prepare(g, opt)
	if len(h.Nodes) != nodeCount(g) {
		return nil // a summary: the whole graph gets the force layout
	}
	layout, err := o.layout(len(h.Nodes), len(drawnEdges(h, o.Parallel)))
	if err != nil || layout == LayoutForce {
		return nil
	}
	o.Layout = layout
	x, y, err := graphvizPositions(ctx, h, o, layout, o.layoutTimeout())
	if err != nil {
		return nil
	}
	pos := make(map[string][2]float64, len(h.Nodes))
	for i, n := range h.Nodes {
		pos[n.ID] = [2]float64{x[i], y[i]}
	}
	return pos
}

// withDefaults fills what the zero Options leave out so that a drawing
// made from a graph alone is the one 'actorgraph run' makes: influence
// (analysis.DefaultMeasure) and communities (analysis.Communities with its
// defaults) when the maps are nil, and a title.
func (o Options) withDefaults(g *graph.Graph) Options {
	if g == nil || o.Influence != nil && o.Community != nil {
		return o
	}
	g = canonical(g) // the same result whatever the order given
	if o.Influence == nil {
		if scores, err := analysis.InfluenceWith(g, analysis.Options{}); err == nil {
			o.Influence = analysis.Scaled(scores)
			if o.InfluenceName == "" {
				o.InfluenceName = analysis.DefaultMeasure.Title()
			}
		}
	}
	if o.Community == nil {
		if p, err := analysis.Communities(g, analysis.CommunityOptions{}); err == nil {
			o.Community = map[string]int{}
			for _, m := range p.Members {
				o.Community[m.ID] = m.Community
			}
		}
	}
	return o
}

// errLayoutTimeout marks a layout stopped by Options.LayoutTimeout.
var errLayoutTimeout = errors.New("layout timeout")

// renderWithin writes g's DOT with opt.Layout and has Graphviz draw it,
// within the layout time budget.
func renderWithin(ctx context.Context, g *graph.Graph, opt Options, format Format, dpi int) ([]byte, error) {
	var src bytes.Buffer
	if err := writeDOT(&src, g, opt, dpi); err != nil {
		return nil, err
	}
	out, err := renderDOT(ctx, src.Bytes(), opt.Layout, format, opt.layoutTimeout())
	if errors.Is(err, context.DeadlineExceeded) && ctx.Err() == nil {
		return nil, fmt.Errorf("export: the %s layout did not finish in %v (try -layout force): %w", opt.Layout, opt.layoutTimeout(), errLayoutTimeout)
	}
	return out, err
}

func nodeCount(g *graph.Graph) int {
	if g == nil {
		return 0
	}
	return len(g.Nodes)
}

// renderDOT lays out and draws DOT source with the shared instance, within
// timeout (if positive) from when it has the instance.
func renderDOT(ctx context.Context, src []byte, layout Layout, format Format, timeout time.Duration) ([]byte, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	gvMu.Lock()
	defer gvMu.Unlock()
	if timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, timeout)
		defer cancel()
	}
	inst, err := instance(ctx)
	if err != nil {
		return nil, err
	}
	gr, err := graphviz.ParseBytes(src)
	if err != nil {
		return nil, fmt.Errorf("export: graphviz rejected the DOT: %w", err)
	}
	closed := false // a cancelled call closes the module, and gr with it
	defer func() {
		if !closed {
			gr.Close()
		}
	}()
	engine := graphviz.Layout(layout)
	if layout == LayoutForce {
		engine = graphviz.NOP2
	}
	inst.SetLayout(engine)
	gf := graphviz.SVG
	switch format {
	case PNG:
		gf = graphviz.PNG
	case DOT:
		gf = graphviz.XDOT // laid out: DOT with every position
	}
	var out bytes.Buffer
	r := pngR
	r.tooBig = nil
	defer func() { r.tooBig = nil }()
	if err := inst.Render(ctx, gr, gf, &out); err != nil {
		if ctx.Err() != nil {
			closed = true
			dropInstance()
			return nil, ctx.Err()
		}
		return nil, fmt.Errorf("export: graphviz %s: %w", layout, err)
	}
	if format == PNG && r.tooBig != nil {
		return nil, fmt.Errorf("export: %w", r.tooBig)
	}
	return out.Bytes(), nil
}
