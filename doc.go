// Package actorgraph reads news about international politics and turns it
// into an actor graph you can check, measure and publish. This root
// package holds no code: it is the map of the library, whose stages are
// packages that a Go program uses one after the other, each consuming the
// previous one's data and nothing else.
//
//	extract          articles → relation events (event.Event), with evidence
//	  document       reading .txt, .md, .html, .jsonl; ids, dates, titles, URLs
//	  actor          the actor dictionary (aliases, dated roles) and its matcher
//	graph            events → an aggregated, signed, weighted actor graph
//	graph/analysis   influence measures, signed communities, structural balance
//	export           the drawing (DOT, SVG, PNG) and files for other tools
//	                 (GEXF, GraphML, node-link JSON, CSV, Neo4j, Cytoscape.js)
//	report           one self-contained HTML page: drawing, tables, evidence
//
// A whole pipeline, as in the README (see Example):
//
//	x, _ := extract.New(extract.Options{})
//	events, _ := x.Extract(ctx, document.Document{ID: "a", Text: text})
//	g := graph.Build(events, graph.Options{Title: "My graph"})
//	scores, _ := analysis.InfluenceWith(g, analysis.Options{})
//	export.Render(ctx, w, g, export.SVG, export.Options{Influence: analysis.Scaled(scores)})
//
// The command actorgraph (cmd/actorgraph) runs the same stages; its
// manual is "actorgraph -h" and the README.
package actorgraph
