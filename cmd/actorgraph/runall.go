package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/actorgraph/actorgraph/export"
	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/analysis"
	"github.com/actorgraph/actorgraph/internal/atomicfile"
)

const runHelp = `
Runs the whole pipeline on the inputs and writes to DIR:
  events.jsonl     every relation mention with its evidence (extract)
  graph.json       the aggregated actor graph (build)
  influence.tsv    influence measures per actor (analyze)
  communities.tsv  signed communities (analyze -table communities)
  graph.dot        the drawing's Graphviz source (render)
  graph.svg        the drawing (render)
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
	if err := os.MkdirAll(*dir, 0o755); err != nil {
		return err
	}
	x, err := xf.extractor(nil)
	if err != nil {
		return err
	}
	var events []extract.Event
	err = atomicfile.Write(filepath.Join(*dir, "events.jsonl"), func(w io.Writer) error {
		return writeEvents(ctx, w, x, fs.Args(), &xf, e, func(ev []extract.Event) { events = append(events, ev...) })
	})
	if err != nil {
		return err
	}
	if bopt.Title == "" {
		bopt.Title = "Actor graph"
	}
	g := graph.Build(events, bopt)
	scores, p, err := analyse(g, af.options())
	if err != nil {
		return err
	}
	ropt := rf.options(scores, p)
	files := []struct {
		name string
		fill func(io.Writer) error
	}{
		{"graph.json", g.WriteJSON},
		{"influence.tsv", func(w io.Writer) error { return analysis.WriteInfluence(w, scores) }},
		{"communities.tsv", func(w io.Writer) error { return analysis.WriteCommunities(w, p) }},
		{"graph.dot", func(w io.Writer) error { return export.WriteDOT(w, g, ropt) }},
		{"graph.svg", func(w io.Writer) error { return export.Render(ctx, w, g, export.SVG, ropt) }},
	}
	if *png {
		files = append(files, struct {
			name string
			fill func(io.Writer) error
		}{"graph.png", func(w io.Writer) error { return export.Render(ctx, w, g, export.PNG, ropt) }})
	}
	for _, f := range files {
		if err := atomicfile.Write(filepath.Join(*dir, f.name), f.fill); err != nil {
			return fmt.Errorf("%s: %w", filepath.Join(*dir, f.name), err)
		}
	}
	fmt.Fprintf(e.stderr, "actorgraph: %d events, %d actors, %d edges → %s\n", len(events), len(g.Nodes), len(g.Edges), *dir)
	return nil
}
