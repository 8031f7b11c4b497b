package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/actorgraph/actorgraph/event"
	"github.com/actorgraph/actorgraph/extract/actor"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/plover"
)

const whyHelp = `
Prints the evidence behind the relations between two actors of a graph
(the JSON of 'actorgraph build', from the file or standard input): for each
relation in either direction, strongest first, its label, PLOVER type and
class, mentions, documents and score, then every evidence sentence with
its date, document and sentence number, oldest first.

An actor is named as the extractor reads names: by its id or name (any
case), by any name the actor dictionary gives it (US, U.S., America,
Washington; -actors adds names), by a person or agency counted under it
at the graph's level (Putin is Russia), by the words the articles named it
with, or by whole words of its name ("saudi" for Saudi Arabia; never part
of a word: US is not Russia). When a name fits several actors they are
listed and the exit status is 1; so it is when it fits none.

Mentions that are not asserted (a graph built with -modality) are marked
[negated], [hedged], ...; an article's URL follows its sentence.`

func cmdWhy(ctx context.Context, args []string, e *env) error {
	fs := newFlags(e, "why", "[flags] ACTOR ACTOR [GRAPH.json|-]", whyHelp)
	max := fs.Int("n", 0, "show at most `N` evidence sentences per relation (0: all)")
	var actors stringList
	fs.Var(&actors, "actors", "an actor `FILE` merged over the built-in dictionary for names (repeatable)")
	if done, err := parse(fs, e, args); done {
		return err
	}
	if fs.NArg() < 2 || fs.NArg() > 3 {
		fmt.Fprintln(e.stderr, "actorgraph why: want two actors and at most one graph")
		fs.Usage()
		return errUsage
	}
	g, err := readGraph(fs.Arg(2), e)
	if err != nil {
		return err
	}
	d, err := dictionary(actors)
	if err != nil {
		return err
	}
	r := &resolver{g: g, dict: d}
	a, err := r.resolve(fs.Arg(0))
	if err != nil {
		return err
	}
	b, err := r.resolve(fs.Arg(1))
	if err != nil {
		return err
	}
	// Evidence is article text: its control characters are escaped
	// wherever the text goes (this output is for reading).
	sw := &safeWriter{w: e.stdout}
	w := bufio.NewWriter(sw)
	writeWhy(w, g, a, b, *max)
	if err := w.Flush(); err != nil {
		return err
	}
	return sw.Flush()
}

func actorName(n graph.Node) string {
	if n.Name == "" || n.Name == n.ID {
		return n.ID
	}
	return n.Name + " (" + n.ID + ")"
}

func writeWhy(w io.Writer, g *graph.Graph, a, b graph.Node, max int) {
	var edges []graph.Edge
	for _, e := range g.Edges {
		if e.Source == a.ID && e.Target == b.ID || e.Source == b.ID && e.Target == a.ID {
			edges = append(edges, e)
		}
	}
	if len(edges) == 0 {
		fmt.Fprintf(w, "No relation between %s and %s in the graph.\n", actorName(a), actorName(b))
		return
	}
	sort.SliceStable(edges, func(i, j int) bool {
		if wi, wj := math.Abs(edges[i].Weight), math.Abs(edges[j].Weight); wi != wj {
			return wi > wj
		}
		if edges[i].Source != edges[j].Source {
			return edges[i].Source == a.ID
		}
		return edges[i].Type < edges[j].Type
	})
	var coop, conf float64
	var mentions int
	for _, e := range edges {
		coop += e.Cooperation
		conf += e.Conflict
		mentions += e.Count
	}
	f := num
	fmt.Fprintf(w, "%s and %s: %s, %s; net %s (cooperation %s, conflict %s)\n",
		actorName(a), actorName(b), count(len(edges), "relation"), count(mentions, "mention"), signedNum(coop-conf), f(coop), f(conf))
	for _, e := range edges {
		src, dst := a, b
		if e.Source == b.ID {
			src, dst = b, a
		}
		arrow := " → "
		if !e.Directed {
			arrow = " – "
		}
		label := e.Label
		if label == "" {
			label = strings.ToLower(e.Type)
		}
		fmt.Fprintf(w, "\n%s%s%s: %s (%s, %s): %s, %s, score %s%s\n", displayName(src), arrow, displayName(dst), label,
			e.Type, plover.QuadName(e.Quad), count(e.Count, "mention"), count(e.Documents, "document"), signedNum(e.Weight), modalityNote(e))
		ev := graph.ByDate(e.Evidence)
		for i, x := range ev {
			if max > 0 && i == max {
				fmt.Fprintf(w, "  … %d more\n", len(ev)-i)
				break
			}
			where := x.Doc
			if x.Date != "" {
				where = x.Date + " " + where
			}
			mod := ""
			if x.Modality != "" {
				mod = "[" + x.Modality + "] "
			}
			fmt.Fprintf(w, "  [%s #%d] %s%s\n", where, x.Sentence, mod, oneLine(x.Text))
			if x.URL != "" {
				fmt.Fprintf(w, "      %s\n", oneLine(x.URL))
			}
		}
		if len(ev) == 0 {
			fmt.Fprintln(w, "  (no evidence recorded)")
		}
	}
}

// modalityNote says how many mentions of e are not asserted: "; 1 of 2
// mentions negated".
func modalityNote(e graph.Edge) string {
	if e.Asserted() {
		return ""
	}
	var parts []string
	for _, m := range []string{event.Negated, event.Hedged, event.Conditional, event.Planned} {
		if n := e.Modalities[m]; n > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", n, m))
		}
	}
	return fmt.Sprintf("; NOT ASSERTED: %s of %s", strings.Join(parts, ", "), count(e.Count, "mention"))
}

func displayName(n graph.Node) string {
	if n.Name != "" {
		return n.Name
	}
	return n.ID
}

func count(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

func signedNum(v float64) string {
	if v > 0 {
		return "+" + num(v)
	}
	return num(v)
}

// num formats a score with at most two decimals.
func num(v float64) string {
	s := strconv.FormatFloat(math.Round(v*100)/100, 'f', -1, 64)
	if s == "-0" {
		return "0"
	}
	return s
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// dictionary is the built-in actor dictionary with the files merged over
// it.
func dictionary(files []string) (*actor.Dictionary, error) {
	if len(files) > 0 {
		return actor.Load(files...)
	}
	return actor.Default()
}
