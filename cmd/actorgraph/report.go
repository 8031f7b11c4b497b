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
relation with its evidence sentences, document, date and article link.
On screen the drawing zooms and pans, hovering shows neighbours, the
search box finds actors by any of their names (dictionary aliases, -actors
names, the words the articles used: "Putin" finds Russia) and dims the
rest, relation classes and dates filter, tables sort, and evidence opens
relation by relation. When the drawing is a summary, the page also holds
the whole graph in sigma.js (WebGL; -explore). It needs no network, and
prints without its controls. The same graph always gives the same bytes.

Time: -from and -to report on the relations stated on those dates; when
the period spans several windows (-window, default auto: weeks up to 20
weeks, months up to 3 years, else quarters; none to leave it out), the
page plots the cooperation and conflict of the actors and pairs that
interact most, window by window.`

func cmdReport(ctx context.Context, args []string, e *env) error {
	fs := newFlags(e, "report", "[flags] [GRAPH.json|-]", reportHelp)
	var rf renderFlags
	var af analyzeFlags
	var tf timeFlags
	addRenderFlags(fs, &rf)
	addAnalyzeFlags(fs, &af)
	fs.StringVar(&af.influence, "size-by", string(analysis.DefaultMeasure), "what node size shows: the same as -influence")
	addTimeFlags(fs, &tf, "auto", "plot the actors and pairs over windows of `W` (1w, 2w, 1m, 1q, 1y), auto, or none")
	fs.StringVar(&rf.title, "title", "", "page and figure title (default: the graph's title)")
	maxEv := fs.Int("max-evidence", 0, "list at most `N` evidence sentences per relation (0: all)")
	explore := fs.String("explore", "auto", "the interactive view of the whole graph (sigma.js): auto (when the drawing cannot show every actor), always or never")
	var actors stringList
	fs.Var(&actors, "actors", "an actor `FILE` merged over the built-in dictionary: its names are searchable (repeatable)")
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
	if err := af.check("report", e); err != nil {
		return err
	}
	ex := map[string]report.Explore{"auto": report.ExploreAuto, "always": report.ExploreAlways, "never": report.ExploreNever}
	if _, ok := ex[*explore]; !ok {
		fmt.Fprintf(e.stderr, "actorgraph report: -explore %q: want auto, always or never\n", *explore)
		return errUsage
	}
	if err := tf.check("report", e); err != nil {
		return err
	}
	if err := rf.checkBounds("report", e); err != nil {
		return err
	}
	if err := refuseSame("report", *out, fs.Arg(0), e); err != nil {
		return err
	}
	g, err := readGraph(fs.Arg(0), e)
	if err != nil {
		return err
	}
	if g, err = tf.slice(g, fs.Arg(0)); err != nil {
		return err
	}
	series, w, err := tf.series(g, fs.Arg(0))
	if err != nil {
		return err
	}
	scores, p, err := analyse(g, af.all())
	if err == nil {
		err = finiteScores(graphName(fs.Arg(0)), scores)
	}
	if err != nil {
		return err
	}
	bal, err := analysis.StructuralBalance(g, analysis.BalanceOptions{Seed: af.seed})
	if err != nil {
		return err
	}
	names, err := dictionaryNames(g, actors)
	if err != nil {
		return err
	}
	opt := report.Options{Title: rf.title, Drawing: rf.options(scores, p, analysis.Measure(af.influence)), Scores: scores, Measure: analysis.Measure(af.influence),
		Partition: p, Balance: bal, MaxEvidence: *maxEv, Series: series, Window: w.String(), Names: names, Explore: ex[*explore]}
	return writeOut(*out, e, func(w io.Writer) error { return report.Write(ctx, w, g, opt) })
}
