package tables

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/actorgraph/actorgraph/graph/analysis"
)

// DiffPairsHeader is the header of the changed pairs of a comparison.
const DiffPairsHeader = "change\ta\tb\tname_a\tname_b\tcooperation_before\tconflict_before\tnet_before\tcooperation_after\tconflict_after\tnet_after"

// DiffMovesHeader is the header of the influence moves of a comparison.
const DiffMovesHeader = "id\tname\tinfluence_before\tinfluence_after\tchange\trank_before\trank_after"

// WriteDiffPairs writes the new, lost and flipped pairs of d, in that
// order, as a TSV table.
func WriteDiffPairs(w io.Writer, d *analysis.Diff) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintln(bw, DiffPairsHeader)
	for _, ps := range [][]analysis.PairChange{d.New, d.Lost, d.Flipped} {
		for _, p := range ps {
			fmt.Fprintf(bw, "%s\t%s\t%s\t%s\t%s", p.Change, field.Replace(p.A), field.Replace(p.B), field.Replace(p.NameA), field.Replace(p.NameB))
			for _, v := range []float64{p.CoopBefore, p.ConfBefore, p.NetBefore(), p.CoopAfter, p.ConfAfter, p.NetAfter()} {
				bw.WriteByte('\t')
				bw.WriteString(FormatFloat(v))
			}
			bw.WriteByte('\n')
		}
	}
	return bw.Flush()
}

// WriteDiffMoves writes every actor's influence before and after as a TSV
// table: the actors of both graphs by the size of their move, then those
// that joined and those that left (rank 0: not in that graph).
func WriteDiffMoves(w io.Writer, d *analysis.Diff) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintln(bw, DiffMovesHeader)
	for _, ms := range [][]analysis.Move{d.Moves, d.Joined, d.Left} {
		for _, m := range ms {
			fmt.Fprintf(bw, "%s\t%s\t%s\t%s\t%s\t%d\t%d\n", field.Replace(m.ID), field.Replace(m.Name), FormatFloat(m.Before),
				FormatFloat(m.After), FormatFloat(m.Delta()), m.RankBefore, m.RankAfter)
		}
	}
	return bw.Flush()
}

// WriteDiffJSON writes the whole comparison as one JSON object.
func WriteDiffJSON(w io.Writer, d *analysis.Diff) error {
	type jpair struct {
		Change string `json:"change"`
		A      string `json:"a"`
		B      string `json:"b"`
		Before [3]f6  `json:"before"` // cooperation, conflict, net
		After  [3]f6  `json:"after"`
	}
	type jmove struct {
		ID         string `json:"id"`
		Name       string `json:"name"`
		Before     f6     `json:"before"`
		After      f6     `json:"after"`
		Change     f6     `json:"change"`
		RankBefore int    `json:"rank_before"`
		RankAfter  int    `json:"rank_after"`
	}
	pairs := func(ps []analysis.PairChange) []jpair {
		out := []jpair{}
		for _, p := range ps {
			out = append(out, jpair{string(p.Change), p.A, p.B, [3]f6{f6(p.CoopBefore), f6(p.ConfBefore), f6(p.NetBefore())},
				[3]f6{f6(p.CoopAfter), f6(p.ConfAfter), f6(p.NetAfter())}})
		}
		return out
	}
	moves := func(ms []analysis.Move) []jmove {
		out := []jmove{}
		for _, m := range ms {
			out = append(out, jmove{m.ID, m.Name, f6(m.Before), f6(m.After), f6(m.Delta()), m.RankBefore, m.RankAfter})
		}
		return out
	}
	j := struct {
		Before  string  `json:"before"`
		After   string  `json:"after"`
		Measure string  `json:"influence_measure"`
		New     []jpair `json:"new"`
		Lost    []jpair `json:"lost"`
		Flipped []jpair `json:"flipped"`
		Same    int     `json:"same"`
		Moves   []jmove `json:"moves"`
		Joined  []jmove `json:"joined"`
		Left    []jmove `json:"left"`
	}{d.TitleA, d.TitleB, string(d.Measure), pairs(d.New), pairs(d.Lost), pairs(d.Flipped), len(d.Same),
		moves(d.Moves), moves(d.Joined), moves(d.Left)}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(j)
}

// WriteDiffMarkdown writes the comparison for people: the new, lost and
// flipped relations and the top biggest moves in influence (all if top
// ≤ 0), and the actors that joined or left.
func WriteDiffMarkdown(w io.Writer, d *analysis.Diff, top int) error {
	bw := bufio.NewWriter(w)
	name := func(t, dflt string) string {
		if t == "" {
			return dflt
		}
		return mdCell.Replace(t)
	}
	fmt.Fprintf(bw, "# What changed: %s → %s\n\n", name(d.TitleA, "first graph"), name(d.TitleB, "second graph"))
	fmt.Fprintf(bw, "%d new relations, %d lost, %d that changed sign, %d the same; %d actors joined, %d left.\n",
		len(d.New), len(d.Lost), len(d.Flipped), len(d.Same), len(d.Joined), len(d.Left))
	pair := func(p analysis.PairChange) string { return mdCell.Replace(p.NameA) + " – " + mdCell.Replace(p.NameB) }
	section := func(title, cols string, ps []analysis.PairChange, row func(analysis.PairChange) string) {
		fmt.Fprintf(bw, "\n## %s\n\n", title)
		if len(ps) == 0 {
			fmt.Fprintln(bw, "None.")
			return
		}
		fmt.Fprintln(bw, cols)
		for i, p := range ps {
			if top > 0 && i == top {
				fmt.Fprintf(bw, "\n(%d more)\n", len(ps)-top)
				break
			}
			fmt.Fprintln(bw, row(p))
		}
	}
	sign := func(net float64) string {
		switch {
		case net > 0:
			return "allies"
		case net < 0:
			return "adversaries"
		}
		return "ambivalent"
	}
	section("New relations", "| pair | cooperation | conflict | net |\n|---|---:|---:|---:|", d.New, func(p analysis.PairChange) string {
		return fmt.Sprintf("| %s | %s | %s | %s |", pair(p), FormatFloat(p.CoopAfter), FormatFloat(p.ConfAfter), FormatFloat(p.NetAfter()))
	})
	section("Lost relations", "| pair | cooperation before | conflict before | net before |\n|---|---:|---:|---:|", d.Lost, func(p analysis.PairChange) string {
		return fmt.Sprintf("| %s | %s | %s | %s |", pair(p), FormatFloat(p.CoopBefore), FormatFloat(p.ConfBefore), FormatFloat(p.NetBefore()))
	})
	section("Relations that changed sign", "| pair | was | now | net before | net after |\n|---|---|---|---:|---:|", d.Flipped, func(p analysis.PairChange) string {
		return fmt.Sprintf("| %s | %s | %s | %s | %s |", pair(p), sign(p.NetBefore()), sign(p.NetAfter()), FormatFloat(p.NetBefore()), FormatFloat(p.NetAfter()))
	})
	fmt.Fprintf(bw, "\n## Biggest moves in influence (%s)\n\n", d.Measure)
	if len(d.Moves) == 0 {
		fmt.Fprintln(bw, "No actor is in both graphs.")
	} else {
		fmt.Fprintln(bw, "| actor | before | after | change | rank before | rank after |\n|---|---:|---:|---:|---:|---:|")
		for i, m := range d.Moves {
			if top > 0 && i == top {
				fmt.Fprintf(bw, "\n(%d more)\n", len(d.Moves)-top)
				break
			}
			fmt.Fprintf(bw, "| %s (%s) | %s | %s | %s | %d | %d |\n", mdCell.Replace(m.Name), mdCell.Replace(m.ID), FormatFloat(m.Before),
				FormatFloat(m.After), signedFloat(m.Delta()), m.RankBefore, m.RankAfter)
		}
	}
	for _, g := range []struct {
		title string
		ms    []analysis.Move
	}{{"Actors that joined", d.Joined}, {"Actors that left", d.Left}} {
		if len(g.ms) == 0 {
			continue
		}
		var names []string
		for _, m := range g.ms {
			names = append(names, mdCell.Replace(m.Name)+" ("+mdCell.Replace(m.ID)+")")
		}
		fmt.Fprintf(bw, "\n## %s\n\n%s.\n", g.title, strings.Join(names, ", "))
	}
	return bw.Flush()
}

func signedFloat(v float64) string {
	s := FormatFloat(v)
	if v > 0 && s != "0.000000" {
		return "+" + s
	}
	return s
}
