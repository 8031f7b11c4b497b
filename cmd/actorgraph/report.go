package main

import (
	"context"
	"fmt"
	"io"

	"github.com/actorgraph/actorgraph/graph/analysis"
	"github.com/actorgraph/actorgraph/report"
)

const reportHelp = `
Writes one self-contained HTML page about a graph (the JSON of 'actorgraph
build'): the drawing (as 'actorgraph render' draws it), the influence and
community tables, the structural balance of the signed graph, and every
relation with its evidence sentences, document and date. The page has an
interactive view (hover an actor or relation, filter by relation class,
search an actor) and needs no network. The same graph always gives the
same bytes.`

func cmdReport(ctx context.Context, args []string, e *env) error {
	fs := newFlags(e, "report", "[flags] [GRAPH.json|-]", reportHelp)
	var rf renderFlags
	var af analyzeFlags
	addRenderFlags(fs, &rf)
	addAnalyzeFlags(fs, &af)
	fs.StringVar(&rf.title, "title", "", "page and figure title (default: the graph's title)")
	maxEv := fs.Int("max-evidence", 0, "list at most `N` evidence sentences per relation (0: all)")
	out := fs.String("o", "", "write to `FILE` (atomically) instead of standard output")
	if done, err := parse(fs, e, args); done {
		return err
	}
	if fs.NArg() > 1 {
		fmt.Fprintln(e.stderr, "actorgraph report: one graph at a time")
		return errUsage
	}
	if err := rf.checkLayout("report", e); err != nil {
		return err
	}
	if err := rf.checkBounds("report", e); err != nil {
		return err
	}
	if err := refuseSame("report", *out, fs.Arg(0), e); err != nil {
		return err
	}
	g, scores, p, err := readAnalysed(fs.Arg(0), e, &af)
	if err != nil {
		return err
	}
	bal, err := analysis.StructuralBalance(g, analysis.BalanceOptions{Seed: af.seed})
	if err != nil {
		return err
	}
	opt := report.Options{Title: rf.title, Drawing: rf.options(scores, p), Scores: scores, Partition: p, Balance: bal, MaxEvidence: *maxEv}
	return writeOut(*out, e, func(w io.Writer) error { return report.Write(ctx, w, g, opt) })
}
