package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/actorgraph/actorgraph/event"
	"github.com/actorgraph/actorgraph/export"
	"github.com/actorgraph/actorgraph/extract/document"
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
The files are written together: they replace an older set in DIR only
when all are complete, so an error or a signal leaves the old set. Inputs
that fail are reported and skipped; if all fail, nothing is written.
DIR is never read as input (it holds .actorgraph-output).`

func cmdRun(ctx context.Context, args []string, e *env) error {
	fs := newFlags(e, "run", "[flags] INPUT... -o DIR", runHelp)
	var xf extractFlags
	var bf buildFlags
	var af analyzeFlags
	var rf renderFlags
	addExtractFlags(fs, &xf)
	addBuildFlags(fs, &bf)
	addAnalyzeFlags(fs, &af)
	fs.StringVar(&af.influence, "size-by", string(analysis.DefaultMeasure), "what node size shows: the same as -influence")
	addRenderFlags(fs, &rf)
	dir := fs.String("o", "", "output `DIR` (required: run never writes to a folder it was not given)")
	png := fs.Bool("png", false, "also write graph.png")
	if done, err := parse(fs, e, args); done {
		return err
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(e.stderr, "actorgraph run: no input (give files, directories or -)")
		fs.Usage()
		return errUsage
	}
	if *dir == "" {
		// A default folder ("out") wrote into whatever folder the command
		// ran in, the project's own sample outputs included.
		fmt.Fprintln(e.stderr, "actorgraph run: give the output folder with -o DIR")
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
	if err := xf.checkBounds("run", e); err != nil {
		return err
	}
	files := expandInputs(fs.Args(), e, *dir)
	if err := noDocuments(fs.Args(), files, e); err != nil {
		return err
	}
	if err := rf.checkBounds("run", e); err != nil {
		return err
	}
	if err := refuseRunOutputs(files, fs.Args(), *dir, e); err != nil {
		return err
	}
	x, err := xf.extractor(nil)
	if err != nil {
		return err
	}
	// The set of files is written into a folder inside DIR and moved into
	// place only when complete: an error or a signal leaves the old set.
	set, err := atomicfile.NewDir(*dir)
	if err != nil {
		return err
	}
	defer set.Abort()
	var events []event.Event
	var n int
	err = set.Write("events.jsonl", func(w io.Writer) error {
		n, err = writeEvents(ctx, w, x, files, &xf, e, func(ev []event.Event) { events = append(events, keepEvents(ev)...) })
		return err
	})
	if err != nil {
		return err
	}
	if n == 0 && e.failed {
		return errAllFailed
	}
	if bopt.Title == "" {
		bopt.Title = "Actor graph"
	}
	g := graph.BuildDated(events, bopt)
	nEvents := len(events)
	events = nil
	rep, err := analysis.Analyze(g, af.all())
	if err != nil {
		return err
	}
	if err := finiteScores(filepath.Join(*dir, "events.jsonl"), rep.Influence); err != nil {
		return err
	}
	ropt := rf.options(rep.Influence, rep.Partition, rep.Measure)
	auto := timeFlags{window: "auto"}
	series, window, err := auto.series(g, "")
	if err != nil {
		return err
	}
	// The drawing is made once: graph.svg and the report's are the same.
	var svg bytes.Buffer
	if err := export.Render(ctx, &svg, g, export.SVG, ropt); err != nil {
		return err
	}
	names, err := dictionaryNames(g, xf.actors)
	if err != nil {
		return err
	}
	outs := []tables.File{{Name: "graph.json", Write: g.WriteJSON}}
	outs = append(outs, tables.Files(rep)...)
	outs = append(outs,
		tables.File{Name: "graph.dot", Write: func(w io.Writer) error { return export.WriteDOT(w, g, ropt) }},
		tables.File{Name: "graph.svg", Write: func(w io.Writer) error { _, err := w.Write(svg.Bytes()); return err }},
		tables.File{Name: "graph.graphml", Write: func(w io.Writer) error { return export.Write(w, g, export.GraphML, ropt) }},
		tables.File{Name: "report.html", Write: func(w io.Writer) error {
			return report.Write(ctx, w, g, report.Options{Drawing: ropt, Scores: rep.Influence, Measure: rep.Measure, Partition: rep.Partition, Balance: rep.Balance,
				Series: series, Window: window.String(), SVG: svg.Bytes(), Names: names})
		}},
	)
	if *png {
		outs = append(outs, tables.File{Name: "graph.png", Write: func(w io.Writer) error { return export.Render(ctx, w, g, export.PNG, ropt) }})
	} else {
		set.Remove("graph.png") // an older run's: it would not match the new set
	}
	outs = append(outs, tables.File{Name: document.OutputMarker, Write: func(w io.Writer) error {
		_, err := io.WriteString(w, "This folder holds the output of 'actorgraph run'; actorgraph does not read it as input.\n")
		return err
	}})
	for _, f := range outs {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := set.Write(f.Name, f.Write); err != nil {
			return err
		}
	}
	if err := set.Commit(); err != nil {
		return err
	}
	fmt.Fprintf(e.stderr, "actorgraph: %d events, %d actors, %d edges → %s\n", nEvents, len(g.Nodes), len(g.Edges), *dir)
	return nil
}

// runOutputs are the names 'run' writes (graph.png with -png).
var runOutputs = []string{"events.jsonl", "graph.json", "influence.tsv", "communities.tsv", "triads.tsv", "bridges.tsv",
	"analysis.json", "analysis.md", "graph.dot", "graph.svg", "graph.graphml", "report.html", "graph.png"}

// refuseRunOutputs refuses an output folder that is an input folder, and
// an input that is one of the files run would replace.
func refuseRunOutputs(files []document.File, args []string, dir string, e *env) error {
	if di, err := os.Stat(dir); err == nil {
		for _, a := range args {
			if ai, err := os.Stat(a); err == nil && ai.IsDir() && os.SameFile(ai, di) {
				fmt.Fprintf(e.stderr, "actorgraph run: -o %s is an input folder; its outputs would be read as articles next time: give another -o\n", escapeControls(dir))
				return errUsage
			}
		}
	}
	for _, name := range runOutputs {
		if in := inputAt(files, filepath.Join(dir, name)); in != "" {
			fmt.Fprintf(e.stderr, "actorgraph run: %s is an input and an output (in -o %s); it would be overwritten\n", escapeControls(in), escapeControls(dir))
			return errUsage
		}
	}
	return nil
}

// keepEvents copies the strings of events that outlive their document:
// an event's text, trigger and mentions are substrings of the document
// text, and one kept substring keeps the whole document in memory (run
// grew with the corpus: 400 MB at 200 MB of speeches). Events of one
// sentence share one copy of it.
func keepEvents(ev []event.Event) []event.Event {
	out := make([]event.Event, len(ev))
	copy(out, ev)
	texts := map[string]string{}
	for i := range out {
		e := &out[i]
		t, ok := texts[e.Text]
		if !ok {
			t = strings.Clone(e.Text)
			texts[e.Text] = t
		}
		e.Text = t
		e.Doc = strings.Clone(e.Doc)
		e.Date = strings.Clone(e.Date)
		e.Trigger.Text = strings.Clone(e.Trigger.Text)
		for _, a := range []*event.Actor{&e.Source, &e.Target} {
			if a.Mention != nil {
				m := *a.Mention
				m.Text = strings.Clone(m.Text)
				a.Mention = &m
			}
		}
	}
	return out
}
