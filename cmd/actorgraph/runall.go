package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/actorgraph/actorgraph/event"
	"github.com/actorgraph/actorgraph/export"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/analysis"
	"github.com/actorgraph/actorgraph/graph/analysis/tables"
	"github.com/actorgraph/actorgraph/internal/atomicfile"
	"github.com/actorgraph/actorgraph/report"
)

const runHelp = `
Runs the whole pipeline on the inputs and writes to DIR:
  events.jsonl     every relation mention with its evidence (extract)
  graph.json       the aggregated actor graph (build)
  influence.tsv    influence measures per actor (analyze)
  communities.tsv  signed communities (analyze -table communities)
  triads.tsv       unbalanced triads (analyze -table triads)
  bridges.tsv      ties whose removal splits the graph (analyze -table bridges)
  analysis.json    all of the analysis; analysis.md as Markdown tables
  graph.dot        the drawing's Graphviz source (render)
  graph.svg        the drawing (render)
  graph.graphml    for Gephi, Cytoscape, NetworkX (render -f graphml)
  report.html      one self-contained page: drawing, tables, evidence (report)
  graph.png        with -png
Each file is written atomically. Inputs that fail are reported and skipped.`

func cmdRun(ctx context.Context, args []string, e *env) error {
	fs := newFlags(e, "run", "[flags] INPUT... -o DIR", runHelp)
	var xf extractFlags
	var bf buildFlags
	var af analyzeFlags
	var rf renderFlags
	addExtractFlags(fs, &xf)
	addBuildFlags(fs, &bf)
	addAnalyzeFlags(fs, &af)
	addRenderFlags(fs, &rf)
	dir := fs.String("o", "out", "output `DIR`")
	png := fs.Bool("png", false, "also write graph.png")
	if done, err := parse(fs, e, args); done {
		return err
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(e.stderr, "actorgraph run: no input (give files, directories or -)")
		fs.Usage()
		return errUsage
	}
	bopt, err := bf.options()
	if err != nil {
		fmt.Fprintf(e.stderr, "actorgraph run: %v\n", err)
		return errUsage
	}
	if err := af.check("run", e); err != nil {
		return err
	}
	if err := os.MkdirAll(*dir, 0o755); err != nil {
		return err
	}
	x, err := xf.extractor(nil)
	if err != nil {
		return err
	}
	var events []event.Event
	err = atomicfile.Write(filepath.Join(*dir, "events.jsonl"), func(w io.Writer) error {
		return writeEvents(ctx, w, x, fs.Args(), &xf, e, func(ev []event.Event) { events = append(events, ev...) })
	})
	if err != nil {
		return err
	}
	if bopt.Title == "" {
		bopt.Title = "Actor graph"
	}
	g := graph.BuildDated(events, bopt)
	rep, err := analysis.Analyze(g, af.all())
	if err != nil {
		return err
	}
	ropt := rf.options(rep.Influence, rep.Partition, rep.Measure)
	auto := timeFlags{window: "auto"}
	series, window, err := auto.series(g, "")
	if err != nil {
		return err
	}
	files := []tables.File{{Name: "graph.json", Write: g.WriteJSON}}
	files = append(files, tables.Files(rep)...)
	files = append(files,
		tables.File{Name: "graph.dot", Write: func(w io.Writer) error { return export.WriteDOT(w, g, ropt) }},
		tables.File{Name: "graph.svg", Write: func(w io.Writer) error { return export.Render(ctx, w, g, export.SVG, ropt) }},
		tables.File{Name: "graph.graphml", Write: func(w io.Writer) error { return export.Write(w, g, export.GraphML, ropt) }},
		tables.File{Name: "report.html", Write: func(w io.Writer) error {
			return report.Write(ctx, w, g, report.Options{Drawing: ropt, Scores: rep.Influence, Measure: rep.Measure, Partition: rep.Partition, Balance: rep.Balance,
				Series: series, Window: window.String()})
		}},
	)
	if *png {
		files = append(files, tables.File{Name: "graph.png", Write: func(w io.Writer) error { return export.Render(ctx, w, g, export.PNG, ropt) }})
	}
	for _, f := range files {
		if err := atomicfile.Write(filepath.Join(*dir, f.Name), f.Write); err != nil {
			return fmt.Errorf("%s: %w", filepath.Join(*dir, f.Name), err)
		}
	}
	fmt.Fprintf(e.stderr, "actorgraph: %d events, %d actors, %d edges → %s\n", len(events), len(g.Nodes), len(g.Edges), *dir)
	return nil
}
