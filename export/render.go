package export

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"sync"
	"time"

	"github.com/actorgraph/actorgraph/graph"
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
// and the data formats are Write's; SVG and PNG are laid out and drawn by Graphviz (go-graphviz, WebAssembly)
// from that same DOT text, one fresh Graphviz graph per call, so SVG output
// is deterministic too. Renders are serialised by a package-level mutex and
// are safe to call from several goroutines.
func Render(ctx context.Context, w io.Writer, g *graph.Graph, format Format, opt Options) error {
	if !format.Drawing() {
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
	g, opt = prepare(g, opt)
	layout, err := opt.layout(nodeCount(g), len(drawnEdges(g, opt.Parallel)))
	if err != nil {
		return err
	}
	auto := opt.Layout == LayoutAuto
	opt.Layout = layout
	out, err := renderWithin(ctx, g, opt, format, dpi)
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
		out, err = renderWithin(ctx, g, opt, format, dpi)
	}
	if err != nil {
		return err
	}
	if format == SVG {
		out = fixSVG(out, g, opt)
	}
	_, err = w.Write(out)
	return err
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
