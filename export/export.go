package export

import (
	"errors"
	"fmt"
	"strings"
)

// ErrFormat is wrapped by errors about an unknown output format or layout.
var ErrFormat = errors.New("export: unknown format")

// Format is an output format of Render.
type Format int

const (
	DOT Format = iota // Graphviz DOT source, as written by WriteDOT
	SVG               // SVG laid out and drawn by Graphviz
	PNG               // PNG raster at Options.DPI
)

// String returns the format's file extension without the dot.
func (f Format) String() string {
	switch f {
	case DOT:
		return "dot"
	case SVG:
		return "svg"
	case PNG:
		return "png"
	}
	return fmt.Sprintf("Format(%d)", int(f))
}

// ParseFormat parses a format name or file extension ("dot", "gv", "svg",
// "png"), case-insensitively and with or without a leading dot.
func ParseFormat(s string) (Format, error) {
	switch strings.ToLower(strings.TrimPrefix(s, ".")) {
	case "dot", "gv":
		return DOT, nil
	case "svg":
		return SVG, nil
	case "png":
		return PNG, nil
	}
	return 0, fmt.Errorf("%w %q (want dot, svg or png)", ErrFormat, s)
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
	// fixed seed (start=1).
	LayoutNeato Layout = "neato"
)

// AutoDotNodes is the largest node count for which LayoutAuto uses dot.
const AutoDotNodes = 60

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

	// Influence maps a node id to its composite influence in [0,1]; a
	// missing id counts as 0, values outside [0,1] are clamped.
	Influence map[string]float64
	// Community maps a node id to its community number 0, 1, ...; a
	// missing id or a negative number means no community. Number the
	// communities by decreasing size: only the first len(Palette) get their
	// own colour, the rest share the "other" grey.
	Community map[string]int

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
}

func (o Options) layout(nodes int) (Layout, error) {
	switch o.Layout {
	case LayoutAuto:
		if nodes <= AutoDotNodes {
			return LayoutDot, nil
		}
		return LayoutNeato, nil
	case LayoutDot, LayoutNeato:
		return o.Layout, nil
	}
	return "", fmt.Errorf("%w: layout %q (want dot or neato)", ErrFormat, string(o.Layout))
}
