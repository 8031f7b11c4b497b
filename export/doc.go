// Package export draws an actor graph (graph.Graph) for publication: as
// Graphviz DOT text (WriteDOT) and as SVG or PNG laid out by Graphviz
// (Render). It takes analysis results as plain data in Options (influence
// per node, community per node) and imports no analysis package.
//
// # Visual encoding
//
// Nodes (actors):
//
//	label      the actor's name, wrapped to two lines of about 16
//	           characters, cut with "…" beyond
//	size       composite influence i in [0,1] (Options.Influence; missing = 0):
//	           font 10 + 8i pt, minimum width 0.5 + 1.2i in, minimum height
//	           0.35 + 0.6i in; a long name can make a node wider still
//	fill       community (Options.Community), Paul Tol's colour-blind-safe
//	           "light" scheme (Palette): community k gets Palette[k];
//	           communities beyond the palette are pale grey ("other"); no
//	           community is white ("none")
//
// Edges (relations), coloured and styled by PLOVER quad class:
//
//	quad 1 verbal cooperation     light green  #5AAE61  dashed
//	quad 2 material cooperation   dark green   #1B7837  solid
//	quad 3 verbal conflict        orange-red   #F46D43  dashed
//	quad 4 material conflict      dark red     #A50026  solid
//
// Colour separates cooperation from conflict and light from dark; the dash
// separates verbal from material, so the four classes stay apart for
// readers who cannot tell red from green.
//
//	arrow      directed types point from source to target; symmetric types
//	           (AGREE, CONSULT, COOPERATE) have no arrowhead
//	label      the relation's short label (edge.Label: "backs", "talks with"),
//	           with "×n" when it has n > 1 mentions
//	pen width  1 + 3.5·sqrt(s / s_max) points, s = Σ |weight| of the drawn
//	           edge and s_max the largest s in the drawing (1 to 4.5 pt)
//
// By default the typed edges between two actors are merged into one drawn
// edge per direction (source→target, target→source, and one undirected edge
// for the symmetric types). Its label names the relations by decreasing
// |weight| ("attacks ×2, accuses"; at most four, then "+n more"); its colour
// and dash are those of the dominant quad, the quad with the largest
// Σ |weight| (ties: more mentions, then conflict before cooperation and
// material before verbal). Options.Parallel draws every typed edge
// separately, side by side. In SVG, every node and edge has a tooltip with
// its figures (mentions, documents, score per relation).
//
// The graph label, under the drawing, holds the title (Options.Title or the
// graph's Title), a caption (Options.Caption, by default a summary: actors,
// relations, mentions, documents, date range, actor level) and a legend of
// the encoding above, with a swatch for each community drawn.
//
// # Layout
//
// LayoutAuto uses dot (rankdir=LR) up to AutoDotNodes nodes: dot places edge
// labels as part of the layout, so labels never overlap, which is what a
// figure of 10-30 actors needs. Larger graphs use neato with prism overlap
// removal and a fixed seed (start=1); above 100 drawn edges neato draws
// straight edges, since routing splines takes 37 s at 200 nodes and 400
// edges against 1 s for straight lines. dot takes about 18 s at 200 nodes.
//
// # Fonts
//
// All text is DejaVu Sans, a font whose widths Graphviz's built-in tables
// know, so the WebAssembly Graphviz sizes labels correctly without font
// files. SVG names fallbacks of similar width (Bitstream Vera Sans, Verdana,
// Geneva, sans-serif). PNG text uses DejaVu Sans when installed, else the Go
// font embedded in golang.org/x/image; a PNG is byte-identical only between
// machines with the same fonts.
//
// # Determinism and concurrency
//
// WriteDOT sorts nodes and edges and prints numbers with at most two
// decimals, so the same graph and options give the same bytes. Render
// parses that DOT into a fresh Graphviz graph on each call, so SVG and PNG
// are deterministic too. go-graphviz is Graphviz compiled to WebAssembly
// and crashes when used concurrently; one package mutex serialises every
// render. The first render starts Graphviz (about 0.6 s).
//
// # PNG
//
// go-graphviz v0.2.10's own PNG renderer strokes nothing (edges and node
// outlines vanish), ignores the DPI for text and pen widths and reports edge
// splines as filled. This package registers its own PNG renderer, drawn in
// Go with github.com/fogleman/gg, at Options.DPI (DefaultDPI if zero).
package export
