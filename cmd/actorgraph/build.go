package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"strings"

	"github.com/actorgraph/actorgraph/event"
	"github.com/actorgraph/actorgraph/extract/actor"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/atomicfile"
)

const buildHelp = `
Aggregates relation events (the JSON Lines of 'actorgraph extract', or
events coded elsewhere in the same shape) into an actor graph and prints it
as JSON.

Edges: one per (source, target, PLOVER type) with count (mentions),
documents (distinct documents), weight (Σ signed PLOVER scores),
cooperation (Σ positive scores), conflict (Σ |negative scores|) and the
evidence sentences. CONSULT, AGREE and COOPERATE are undirected.

Levels: "organisation" (default) merges persons into the state or
organisation they act for and government agencies into their state, and
keeps rebels, armed groups and international organisations apart; "actor"
keeps every actor; "state" merges everything with a country into it.

Time: every edge keeps its figures by date ("dates"), so that analyze and
report can cut windows from the graph. -from and -to keep the events of
those dates (undated events are then left out); -window W writes one
graph per window of W (1w, 2w, 1m, 1q, 1y) that has relations, each built
from the events of its dates, to the directory -o as graph-WINDOW.json
(windows start on a Monday, the 1st of a month, quarter or year).`

type buildFlags struct {
	level       string
	modalities  string
	maxEvidence int
	title       string
	whole       bool
}

func addBuildFlags(fs interface {
	StringVar(*string, string, string, string)
	IntVar(*int, string, int, string)
	BoolVar(*bool, string, bool, string)
}, f *buildFlags) {
	fs.BoolVar(&f.whole, "whole-sentences", false, "give every relation of a sentence its full score (by default a sentence relating an actor to k others gives each 1/k)")
	fs.StringVar(&f.level, "level", "organisation", "node level: actor, organisation or state")
	fs.StringVar(&f.modalities, "modality", "asserted", "comma-separated modalities that become edges")
	fs.IntVar(&f.maxEvidence, "max-evidence", 20, "evidence sentences kept per edge (0 = all)")
	fs.StringVar(&f.title, "title", "", "graph title")
}

func (f *buildFlags) options() (graph.Options, error) {
	lv, err := graph.ParseLevel(f.level)
	if err != nil {
		return graph.Options{}, err
	}
	var mods []string
	for _, m := range strings.Split(f.modalities, ",") {
		m = strings.TrimSpace(m)
		switch m {
		case event.Asserted, event.Negated, event.Hedged, event.Conditional, event.Planned, event.Past:
			mods = append(mods, m)
		case "":
		default:
			return graph.Options{}, fmt.Errorf("-modality: unknown modality %q", m)
		}
	}
	opt := graph.Options{Level: lv, Modalities: mods, MaxEvidence: f.maxEvidence, Title: f.title, WholeSentences: f.whole}
	if d, err := actor.Default(); err == nil {
		opt.Lookup = func(id string) (event.Actor, bool) {
			a, ok := d.Lookup(id)
			if !ok {
				return event.Actor{}, false
			}
			return event.Actor{ID: a.ID, Name: a.Name, Kind: a.Kind, Country: a.Country, Sector: a.Sector}, true
		}
	}
	return opt, nil
}

func cmdBuild(ctx context.Context, args []string, e *env) error {
	fs := newFlags(e, "build", "[flags] [EVENTS.jsonl|-]", buildHelp)
	var f buildFlags
	var tf timeFlags
	addBuildFlags(fs, &f)
	addTimeFlags(fs, &tf, "", "write one graph per window of `W` (1w, 2w, 1m, 1q, 1y; d, w, m, q, y units) to the directory -o as graph-WINDOW.json")
	out := fs.String("o", "", "write the graph to `FILE` (atomically) instead of standard output; with -window, a directory")
	if done, err := parse(fs, e, args); done {
		return err
	}
	if err := tf.check("build", e); err != nil {
		return err
	}
	if tf.w.N > 0 && (*out == "" || *out == "-") {
		fmt.Fprintln(e.stderr, "actorgraph build: -window writes one file per window: give a directory with -o")
		return errUsage
	}
	opt, err := f.options()
	if err != nil {
		fmt.Fprintf(e.stderr, "actorgraph build: %v\n", err)
		return errUsage
	}
	inputs := fs.Args()
	if len(inputs) == 0 {
		inputs = []string{"-"}
	}
	for _, name := range inputs {
		if err := refuseSame("build", *out, name, e); err != nil {
			return err
		}
	}
	var events []event.Event
	read := 0
	for _, name := range inputs {
		ev, ok := readEventsFile(name, e)
		if ok {
			read++
		}
		events = append(events, ev...)
	}
	if read == 0 {
		return errAllFailed
	}
	events, undated := tf.events(events)
	if undated > 0 {
		fmt.Fprintf(e.stderr, "actorgraph build: %d undated events left out by -from/-to\n", undated)
	}
	if tf.w.N > 0 {
		return writeWindows(*out, events, tf.w, opt, e)
	}
	g := graph.BuildDated(events, opt)
	return writeOut(*out, e, g.WriteJSON)
}

// readEventsFile reads the events of one file ("-": standard input),
// reporting every bad line; ok is false when the file could not be read
// at all.
func readEventsFile(name string, e *env) (ev []event.Event, ok bool) {
	var errs []error
	var in io.Reader = e.stdin
	if name == "-" {
		stdinNote(e, e.cmd)
	} else {
		f, err := os.Open(name)
		if err != nil {
			e.fail(err)
			return nil, false
		}
		defer f.Close()
		in = f
	}
	in, err := expect(in, name, kindEvents, "build")
	if err != nil {
		e.fail(err)
		return nil, false
	}
	ev, errs = readEvents(in, name)
	for _, err := range errs {
		e.fail(err)
	}
	return ev, true
}

// maxEventLine bounds one event line (an event is a sentence and two
// actors: a few KB).
const maxEventLine = 16 << 20

// readEvents reads JSON Lines events. A bad line is an error naming the
// file and line, and reading goes on with the next one.
func readEvents(r io.Reader, name string) ([]event.Event, []error) {
	var out []event.Event
	var errs []error
	br := bufio.NewReaderSize(r, 1<<16)
	for n := 1; ; n++ {
		line, err := readLine(br, maxEventLine)
		if err != nil && err != io.EOF {
			errs = append(errs, fmt.Errorf("%s:%d: %w", name, n, err))
			if errors.Is(err, errLongLine) {
				continue
			}
			break
		}
		if s := strings.TrimSpace(string(line)); s != "" {
			if ev, perr := parseEvent(s); perr != nil {
				errs = append(errs, fmt.Errorf("%s:%d: %v", name, n, perr))
			} else {
				out = append(out, ev)
			}
		}
		if err == io.EOF {
			break
		}
	}
	return out, errs
}

// parseEvent reads one event and checks what the graph sums: a weight
// must be a PLOVER score (finite, -10..+10), or a few bad lines would
// make every total +Inf.
func parseEvent(line string) (event.Event, error) {
	var ev event.Event
	if err := json.Unmarshal([]byte(line), &ev); err != nil {
		return ev, fmt.Errorf("not an event: %v", err)
	}
	if ev.Source.ID == "" || ev.Target.ID == "" || ev.Type == "" {
		return ev, errors.New("not an event: source id, target id and type are required")
	}
	if math.IsNaN(ev.Weight) || ev.Weight < -10 || ev.Weight > 10 {
		return ev, fmt.Errorf("weight %v is not a PLOVER score (-10 to +10)", ev.Weight)
	}
	if ev.Modality == "" {
		ev.Modality = event.Asserted
	}
	return ev, nil
}

var errLongLine = fmt.Errorf("line longer than %d MiB; skipped", maxEventLine>>20)

// readLine reads one line without its newline; a line longer than max is
// skipped whole and reported as errLongLine.
func readLine(br *bufio.Reader, max int) ([]byte, error) {
	var line []byte
	for {
		chunk, err := br.ReadSlice('\n')
		if len(line)+len(chunk) > max {
			for err == bufio.ErrBufferFull {
				_, err = br.ReadSlice('\n')
			}
			if err != nil && err != io.EOF {
				return nil, err
			}
			return nil, errLongLine
		}
		line = append(line, chunk...)
		if err == bufio.ErrBufferFull {
			continue
		}
		return bytes.TrimRight(line, "\r\n"), err
	}
}

// refuseSame refuses an output file that is one of the inputs: it would be
// replaced by the output (render g.json -o g.json wrote SVG over the graph).
func refuseSame(cmd, out string, input string, e *env) error {
	if out == "" || out == "-" || input == "" || input == "-" {
		return nil
	}
	oi, err := os.Stat(out)
	if err != nil {
		return nil
	}
	if ii, err := os.Stat(input); err == nil && os.SameFile(oi, ii) {
		fmt.Fprintf(e.stderr, "actorgraph %s: -o %s is also the input; it would be overwritten\n", cmd, escapeControls(out))
		return errUsage
	}
	return nil
}

func writeOut(path string, e *env, fill func(io.Writer) error) error {
	if path == "" || path == "-" {
		return fill(e.stdout)
	}
	return atomicfile.Write(path, fill)
}

func readGraph(name string, e *env) (*graph.Graph, error) {
	var in io.Reader = e.stdin
	if name == "" || name == "-" {
		name = "-"
		stdinNote(e, e.cmd)
	} else {
		f, err := os.Open(name)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		in = f
	}
	in, err := expect(in, name, kindGraph, e.cmd)
	if err != nil {
		return nil, err
	}
	g, err := graph.ReadJSON(in)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return g, nil
}
