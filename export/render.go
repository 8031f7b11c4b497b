package export

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"sync"

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
	var src bytes.Buffer
	if err := writeDOT(&src, g, opt, dpi); err != nil {
		return err
	}
	layout, _ := opt.layout(nodeCount(g))
	out, err := renderDOT(ctx, src.Bytes(), layout, format)
	if err != nil {
		return err
	}
	if format == SVG {
		out = fixSVG(out, g, opt)
	}
	_, err = w.Write(out)
	return err
}

func nodeCount(g *graph.Graph) int {
	if g == nil {
		return 0
	}
	return len(g.Nodes)
}

// renderDOT lays out and draws DOT source with the shared instance.
func renderDOT(ctx context.Context, src []byte, layout Layout, format Format) ([]byte, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	gvMu.Lock()
	defer gvMu.Unlock()
	inst, err := instance(ctx)
	if err != nil {
		return nil, err
	}
	gr, err := graphviz.ParseBytes(src)
	if err != nil {
		return nil, fmt.Errorf("export: graphviz rejected the DOT: %w", err)
	}
	defer gr.Close()
	engine := graphviz.Layout(layout)
	if layout == LayoutForce {
		engine = graphviz.NOP2
	}
	inst.SetLayout(engine)
	gf := graphviz.SVG
	if format == PNG {
		gf = graphviz.PNG
	}
	var out bytes.Buffer
	pngR.tooBig = nil
	defer func() { pngR.tooBig = nil }()
	if err := inst.Render(ctx, gr, gf, &out); err != nil {
		if ctx.Err() != nil {
			dropInstance()
			return nil, ctx.Err()
		}
		return nil, fmt.Errorf("export: graphviz %s: %w", layout, err)
	}
	if format == PNG && pngR.tooBig != nil {
		return nil, fmt.Errorf("export: %w", pngR.tooBig)
	}
	return out.Bytes(), nil
}
