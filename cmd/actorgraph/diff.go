package main

import (
	"context"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/actorgraph/actorgraph/export"
	"github.com/actorgraph/actorgraph/graph/analysis"
	"github.com/actorgraph/actorgraph/graph/analysis/tables"
)

const diffHelp = `
Compares two graphs (the JSON of 'actorgraph build'; typically two windows
written by 'build -window', or two periods cut with -from and -to): the
relations that are new in the second, lost from the first, or that changed
sign (allies become adversaries or the reverse; the sign is that of
cooperation − conflict), and the biggest moves in influence (-influence,
default pn) of the actors in both, with the actors that joined or left.

Formats (-f, or from the name of -o): md (default) a report; tsv a table,
-table pairs (new, lost, flipped) or moves (influence before and after);
json everything; dot, svg or png a drawing that marks the changes: new
relations in bold green (alliance) or red (hostility), lost ones dashed
grey, sign changes in bold orange, the unchanged ones among the same actors
thin grey, and every actor with its change of influence and rank.`

func cmdDiff(ctx context.Context, args []string, e *env) error {
	fs := newFlags(e, "diff", "[flags] A.json B.json", diffHelp)
	var af analyzeFlags
	addAnalyzeFlags(fs, &af)
	format := fs.String("f", "", "output `format`: md, tsv, json, dot, svg or png (default: from -o's name, else md)")
	table := fs.String("table", "pairs", "with -f tsv: pairs or moves")
	top := fs.Int("top", 15, "list at most `N` relations of each kind and N moves in the md report (0: all)")
	out := fs.String("o", "", "write to `FILE` (atomically) instead of standard output")
	if done, err := parse(fs, e, args); done {
		return err
	}
	if fs.NArg() != 2 {
		fmt.Fprintln(e.stderr, "actorgraph diff: give two graphs, before and after")
		return errUsage
	}
	if err := af.check("diff", e); err != nil {
		return err
	}
	f := *format
	if f == "" && *out != "" && *out != "-" {
		f = strings.TrimPrefix(strings.ToLower(filepath.Ext(*out)), ".")
	}
	if f == "" {
		f = "md"
	}
	switch f {
	case "md", "tsv", "json", "dot", "svg", "png":
	default:
		fmt.Fprintf(e.stderr, "actorgraph diff: format %q: want md, tsv, json, dot, svg or png\n", f)
		return errUsage
	}
	if *table != "pairs" && *table != "moves" {
		fmt.Fprintf(e.stderr, "actorgraph diff: -table %q: want pairs or moves\n", *table)
		return errUsage
	}
	if *top < 0 {
		fmt.Fprintln(e.stderr, "actorgraph diff: -top must be ≥ 0")
		return errUsage
	}
	for _, in := range fs.Args() {
		if err := refuseSame("diff", *out, in, e); err != nil {
			return err
		}
	}
	a, err := readGraph(fs.Arg(0), e)
	if err != nil {
		return err
	}
	b, err := readGraph(fs.Arg(1), e)
	if err != nil {
		return err
	}
	// Name the two sides by title, or by file when the titles do not
	// tell them apart.
	if a.Title == "" || a.Title == b.Title {
		a.Title, b.Title = filepath.Base(fs.Arg(0)), filepath.Base(fs.Arg(1))
	}
	d, err := analysis.Compare(a, b, af.all())
	if err != nil {
		return err
	}
	return writeOut(*out, e, func(w io.Writer) error {
		switch f {
		case "tsv":
			if *table == "moves" {
				return tables.WriteDiffMoves(w, d)
			}
			return tables.WriteDiffPairs(w, d)
		case "json":
			return tables.WriteDiffJSON(w, d)
		case "dot", "svg", "png":
			fm, _ := export.ParseFormat(f)
			return export.RenderComparison(ctx, w, comparison(d), fm)
		}
		return tables.WriteDiffMarkdown(w, d, *top)
	})
}

// MaxDrawnChanges bounds the changed pairs a comparison drawing shows (the
// new, lost and flipped ones in that order, each largest first).
const MaxDrawnChanges = 80

// comparison is the drawing of d: the actors of the changed pairs (at
// most MaxDrawnChanges) with their moves, and the unchanged pairs among
// them as context.
func comparison(d *analysis.Diff) *export.Comparison {
	c := &export.Comparison{Title: "What changed: " + d.TitleA + " → " + d.TitleB}
	in := map[string]bool{}
	total := len(d.New) + len(d.Lost) + len(d.Flipped)
	drawn := 0
	for _, ps := range [][]analysis.PairChange{d.New, d.Lost, d.Flipped} {
		for _, p := range ps {
			if drawn == MaxDrawnChanges {
				break
			}
			drawn++
			in[p.A], in[p.B] = true, true
			c.Pairs = append(c.Pairs, export.ComparedPair{A: p.A, B: p.B, Change: string(p.Change), Before: p.NetBefore(), After: p.NetAfter()})
		}
	}
	for _, p := range d.Same {
		if in[p.A] && in[p.B] {
			c.Pairs = append(c.Pairs, export.ComparedPair{A: p.A, B: p.B, Change: string(p.Change), Before: p.NetBefore(), After: p.NetAfter()})
		}
	}
	for _, m := range d.Moves {
		if in[m.ID] {
			c.Actors = append(c.Actors, export.ComparedActor{ID: m.ID, Name: m.Name, Move: m.Delta(), MoveRank: m.RankBefore - m.RankAfter})
		}
	}
	for _, m := range d.Joined {
		if in[m.ID] {
			c.Actors = append(c.Actors, export.ComparedActor{ID: m.ID, Name: m.Name, Joined: true})
		}
	}
	for _, m := range d.Left {
		if in[m.ID] {
			c.Actors = append(c.Actors, export.ComparedActor{ID: m.ID, Name: m.Name, Left: true})
		}
	}
	c.Caption = fmt.Sprintf("%d new relations, %d lost, %d changed sign; influence: %s", len(d.New), len(d.Lost), len(d.Flipped), d.Measure.Title())
	if drawn < total {
		c.Caption += fmt.Sprintf("; the %d largest of %d changes drawn", drawn, total)
	}
	if total == 0 {
		c.Caption = "No relation is new, lost or changed sign."
	}
	return c
}
