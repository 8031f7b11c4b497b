package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/actorgraph/actorgraph/event"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/atomicfile"
)

// timeFlags are -from, -to and -window of build, analyze and report.
type timeFlags struct {
	from, to, window string
	w                graph.Window // parsed window; N = 0 for none
}

const windowHelp = "cut the period into windows of `W`: a count and a unit, d (days), w (weeks from Monday), m, q or y: 1w, 2w, 1m, 1q, 1y"

func addTimeFlags(fs *flag.FlagSet, f *timeFlags, defaultWindow, windowUse string) {
	fs.StringVar(&f.from, "from", "", "only relations stated on or after `DATE` (YYYY-MM-DD)")
	fs.StringVar(&f.to, "to", "", "only relations stated on or before `DATE` (YYYY-MM-DD)")
	fs.StringVar(&f.window, "window", defaultWindow, windowUse)
}

// check parses the flags; a bad value is a usage error.
func (f *timeFlags) check(cmd string, e *env) error {
	for _, d := range []struct{ name, v string }{{"from", f.from}, {"to", f.to}} {
		if _, err := time.Parse(time.DateOnly, d.v); d.v != "" && err != nil {
			fmt.Fprintf(e.stderr, "actorgraph %s: -%s %q: want a date YYYY-MM-DD\n", cmd, d.name, d.v)
			return errUsage
		}
	}
	if f.from != "" && f.to != "" && f.to < f.from {
		fmt.Fprintf(e.stderr, "actorgraph %s: -to %s is before -from %s\n", cmd, f.to, f.from)
		return errUsage
	}
	switch f.window {
	case "", "none", "auto":
		return nil
	}
	w, err := graph.ParseWindow(f.window)
	if err != nil {
		fmt.Fprintf(e.stderr, "actorgraph %s: -window: %v\n", cmd, strings.TrimPrefix(err.Error(), "graph: "))
		return errUsage
	}
	f.w = w
	return nil
}

// bounded reports whether -from or -to is set.
func (f *timeFlags) bounded() bool { return f.from != "" || f.to != "" }

// events keeps the events stated within -from and -to; with either set,
// undated events are left out (their number is returned).
func (f *timeFlags) events(all []event.Event) (kept []event.Event, undated int) {
	if !f.bounded() {
		return all, 0
	}
	for _, ev := range all {
		switch {
		case ev.Date == "":
			undated++
		case (f.from == "" || ev.Date >= f.from) && (f.to == "" || ev.Date <= f.to):
			kept = append(kept, ev)
		}
	}
	return kept, undated
}

// slice cuts the graph to -from and -to (the whole graph without them).
func (f *timeFlags) slice(g *graph.Graph, name string) (*graph.Graph, error) {
	if !f.bounded() {
		return g, nil
	}
	h, err := g.Between(f.from, f.to)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", inputName(name), err)
	}
	return h, nil
}

// series cuts the graph into windows within -from and -to. With -window
// auto it picks the window from the period (see autoWindow) and gives no
// series for an undated graph or a period of one window.
func (f *timeFlags) series(g *graph.Graph, name string) ([]graph.Slice, graph.Window, error) {
	w := f.w
	if f.window == "auto" {
		if !g.Dated() {
			return nil, w, nil
		}
		from, to := max(f.from, g.DateFrom), g.DateTo
		if f.to != "" {
			to = min(f.to, to)
		}
		var ok bool
		if w, ok = autoWindow(from, to); !ok {
			return nil, w, nil
		}
	}
	if w.N == 0 {
		return nil, w, nil
	}
	s, err := graph.Series(g, w, f.from, f.to)
	if err != nil {
		return nil, w, fmt.Errorf("%s: %w", inputName(name), err)
	}
	return s, w, nil
}

// autoWindow picks a window that cuts from–to into a readable number of
// windows: weeks up to 20 weeks, months up to 3 years, else quarters; no
// series for a period shorter than two weeks.
func autoWindow(from, to string) (graph.Window, bool) {
	a, err1 := time.Parse(time.DateOnly, from)
	b, err2 := time.Parse(time.DateOnly, to)
	if err1 != nil || err2 != nil {
		return graph.Window{}, false
	}
	days := b.Sub(a).Hours() / 24
	switch {
	case days < 14:
		return graph.Window{}, false
	case days <= 140:
		return graph.Window{N: 1, Unit: graph.Week}, true
	case days <= 3*366:
		return graph.Window{N: 1, Unit: graph.Month}, true
	}
	return graph.Window{N: 1, Unit: graph.Quarter}, true
}

func inputName(name string) string {
	if name == "" {
		return "-"
	}
	return name
}

// writeWindows builds one graph per window from the events (partitioned
// by date, each part built as a whole) and writes those with relations to
// dir/graph-LABEL.json, atomically.
func writeWindows(dir string, events []event.Event, w graph.Window, opt graph.Options, e *env) error {
	from, to := "", ""
	for _, ev := range events {
		if ev.Date == "" {
			continue
		}
		if from == "" || ev.Date < from {
			from = ev.Date
		}
		to = max(to, ev.Date)
	}
	if from == "" {
		return fmt.Errorf("no dated events to cut into windows of %s", w)
	}
	spans, err := w.Spans(from, to)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	title := opt.Title
	written := 0
	for _, s := range spans {
		var part []event.Event
		for _, ev := range events {
			if ev.Date >= s.From && ev.Date <= s.To {
				part = append(part, ev)
			}
		}
		opt.Title = strings.TrimPrefix(title+" — "+s.Label, " — ")
		g := graph.BuildDated(part, opt)
		if len(g.Edges) == 0 {
			continue
		}
		name := filepath.Join(dir, "graph-"+fileLabel(s.Label)+".json")
		if err := atomicfile.Write(name, g.WriteJSON); err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		written++
	}
	fmt.Fprintf(e.stderr, "actorgraph build: %d of %d windows of %s (%s to %s) have relations → %s\n", written, len(spans), w, from, to, dir)
	return nil
}

// fileLabel makes a window label safe in a file name.
func fileLabel(label string) string {
	return strings.NewReplacer("–", "_", " ", "_", "/", "_").Replace(label)
}
