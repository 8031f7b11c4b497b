// Package export draws an actor graph (graph.Graph) for publication: as
// Graphviz DOT text (WriteDOT) and as SVG or PNG laid out by Graphviz
// (Render). It also writes the graph for other tools (Write): node-link
// JSON (NetworkX), GraphML, GEXF 1.2draft or 1.3 (Gephi), CSV node and edge tables,
// neo4j-admin import CSV and Cytoscape.js JSON. It takes analysis results
// as plain data in Options (influence per node, community per node) and
// computes them with graph/analysis's defaults when they are not given, so
// that the zero Options draw what 'actorgraph run' draws.
//
// # Data formats
//
// Every data format carries the same typed attributes, in canonical order
// (nodes by id; edges by source, target, type), so the output is
// deterministic whatever the order of the graph:
//
//	graph  title, level, documents (int), date_from, date_to
//	node   id, name, kind, country, sector, mentions (int), and when the
//	       Options maps are set influence (double, 6 decimals) and
//	       community (int, numbered from 1 as everywhere people read it;
//	       missing for none)
//	edge   source, target, type, label, directed (bool), quad (int),
//	       quad_name, count (int), documents (int), weight (double: the
//	       interaction strength cooperation + conflict, >= 0, what layout
//	       and centrality tools expect), score (double: Σ signed PLOVER
//	       scores, the graph's own Edge.Weight), cooperation, conflict
//	       (double), modes (";"-joined), evidence, evidence_doc,
//	       evidence_date, evidence_url (the first evidence sentence),
//	       not_asserted ("negated=1;hedged=2": mentions that are not
//	       asserted, in a graph built with them)
//
// Node-link and Cytoscape.js JSON hold the whole evidence list instead. No
// value is a list in GraphML or GEXF. GEXF is 1.2draft by default (every
// NetworkX and Gephi reads it; Options.GEXFVersion "1.3" is for readers
// that know it), directed, with mutual relations as GEXF's own
// type="mutual" edges (written after the directed ones: graphology-gexf
// takes the first edge's type for the graph's); a graph of mutual
// relations only is undirected. GEXF carries the drawing as viz colour,
// size and position, and Cytoscape.js JSON as positions, data and a
// stylesheet; positions are Graphviz's when Render draws the whole graph,
// else the force layout's. GraphML and node-link JSON keep a mutual
// relation as one edge with directed=false as data: NetworkX refuses the
// mixed graphs their own undirected edges would make. The tests read the
// files back with Debian's NetworkX 2.8.8 and graphology-gexf/-graphml,
// unpatched.
//
// Time: a graph built with dates (graph.BuildDated) is a dynamic GEXF graph
// (timeformat date, interval spells: each edge the days it was stated on,
// consecutive days merged, each node those of its edges), and its CSV edge
// tables (edges.csv, neo4j-edges, as date:date) end with a date column
// and have one row per relation and date, with that date's count,
// documents, weight, score, cooperation, conflict and first evidence
// sentence (undated mentions: an empty date).
//
// WriteComparisonDOT and RenderComparison draw what changed between two graphs
// (actorgraph diff): new relations in bold green or red by their sign,
// lost ones dashed grey, sign changes in bold orange, unchanged ones thin
// grey, and each actor with its change of influence and rank.
//
// # Visual encoding
//
// A drawing is made for a target size (Options.Width × Height, default
// DefaultWidth × DefaultHeight inches): Graphviz scales it to fit, and
// Render draws a summary of fewer actors while any text would print below
// MinPrintFont points at that size (the caption says so).
//
// Nodes (actors):
//
//	shape      a circle whose diameter is influence only, i in [0,1]
//	           (Options.Influence; missing = 0; the legend names
//	           Options.InfluenceName): 0.2 + 0.55i in; the name is written
//	           over it (fixedsize=shape: the layout keeps names apart)
//	label      the actor's name, wrapped to lines of about 16 characters,
//	           three at most (a word longer than 32 characters is cut)
//	fill       community (Options.Community): Palette, pale colours at
//	           least ΔE 30 from each other and from every edge colour;
//	           communities beyond the palette are pale grey ("other"), no
//	           community is white ("none"); the legend names each bloc by
//	           its most influential members
//
// Edges (relations), coloured and styled by PLOVER quad class:
//
//	quad 1 verbal cooperation     light green  #5AAE61  dashed
//	quad 2 material cooperation   dark green   #1B7837  solid
//	quad 3 verbal conflict        orange-red   #F46D43  dashed
//	quad 4 material conflict      dark red     #A50026  solid
//	scored 0 (REQUEST, "urges")   grey         #999999  dashed
//	no mention asserted           grey         #7F7F7F  dashed, "(denied)"
//
// Colour separates cooperation from conflict and light from dark; the dash
// separates verbal from material, so the four classes stay apart for
// readers who cannot tell red from green.
//
//	arrow      directed types point from source to target; symmetric types
//	           (AGREE, CONSULT, COOPERATE) have no arrowhead
//	label      the relation's short label (edge.Label: "backs", "talks with"),
//	           with "×n" when it has n > 1 mentions and "(1 of 3 denied)"
//	           when some are not asserted
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
// its figures (mentions, documents, score per relation), its first
// evidence sentence and the article's URL.
//
// The graph label, under the drawing, holds the title (Options.Title or the
// graph's Title), a caption (Options.Caption, by default a summary: actors,
// relations, mentions, documents and how many are dated, date range, actor
// level) and a legend: line samples of each class (cell borders, not
// text), the size key, and the blocs.
//
// # Layout
//
// LayoutAuto chooses by nodes and drawn edges: neato up to AutoNeatoNodes
// nodes and AutoNeatoEdges edges, with prism overlap removal, a fixed seed
// (start=1) and edge lengths that leave room for the labels; above 100
// drawn edges neato draws straight edges, since routing splines takes 37 s
// at 200 nodes and 400 edges against 1 s for straight lines. Larger graphs
// use LayoutForce: Fruchterman–Reingold positions computed in Go
// (grid-based repulsion, fixed seed, then a pass that pushes overlapping
// node boxes apart), drawn by Graphviz's nop2 engine with straight edges;
// edge labels are left to the tooltips. LayoutDot (layered, left to right:
// labels never overlap, but the sample was 21 inches wide) and LayoutSFDP
// are there by name; BenchmarkLayout compares force and sfdp.
//
// Every Graphviz layout runs within Options.LayoutTimeout
// (DefaultLayoutTimeout): the WebAssembly call is stopped when the time is
// up or the context is cancelled. An automatic neato layout then falls
// back to LayoutForce, and the caption says so.
//
// # Backbone and summary
//
// A graph of more than Options.MaxNodes actors (DefaultMaxNodes) is drawn
// as a summary: its most influential actors (Options.Influence, then
// strength) and each one's DefaultTopK strongest ties among them; the
// caption says so ("Summary: the 150 most influential of 20000 actors,
// ..."). A smaller graph with more than AutoBackboneNodes actors or
// AutoBackbonePairs interacting pairs is drawn as its backbone
// (Options.Backbone, MinStrength): each actor's DefaultTopK strongest ties
// (cooperation + conflict), then the largest connected component. The
// caption states the reduction ("Backbone: 180 of 1000 actors and 420 of
// 3000 relations drawn (...)"). The data formats always hold the whole
// graph.
//
// # SVG for reports
//
// The SVG starts with a <title> (the figure title) and a <desc> (the
// caption and the relations in words, strongest first) for screen
// readers. Each node's and edge's <title> is its tooltip: name and
// figures, and for each relation its first evidence sentence with document
// and date. Node groups carry data-id and edge groups data-source,
// data-target and data-quads for scripts (the report package uses them).
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
