package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/graph"
)

// Twenty copies of a corpus give the graph of one: the same counts,
// weights and documents, the copies listed in the evidence. Without
// -dedup they weigh twenty times as much, as they used to.
func TestTwentyCopiesCountOnce(t *testing.T) {
	seeds, err := filepath.Glob("../../corpus/seeds/*.txt")
	if err != nil || len(seeds) == 0 {
		t.Fatalf("no seeds: %v", err)
	}
	dir := t.TempDir()
	for i := 0; i < 20; i++ {
		for _, s := range seeds {
			b, err := os.ReadFile(s)
			if err != nil {
				t.Fatal(err)
			}
			if i%2 == 1 { // some copies rewrapped, with a wire header
				b = append([]byte("(Wire) —\n"), bytes.ReplaceAll(b, []byte("\n"), []byte(" \n"))...)
			}
			name := fmt.Sprintf("c%02d_%s", i, filepath.Base(s))
			if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	build := func(args ...string) *graph.Graph {
		t.Helper()
		events := filepath.Join(t.TempDir(), "events.jsonl")
		if _, e, code := runCmd(t, "", append([]string{"extract", "-o", events}, args...)...); code != 0 {
			t.Fatalf("extract %q: exit %d: %s", args, code, e)
		}
		o, e, code := runCmd(t, "", "build", "-max-evidence", "0", events)
		if code != 0 {
			t.Fatalf("build: exit %d: %s", code, e)
		}
		g, err := graph.ReadJSON(strings.NewReader(o))
		if err != nil {
			t.Fatal(err)
		}
		return g
	}
	one := build("../../corpus/seeds")
	twenty := build(dir)
	if len(one.Edges) == 0 || len(twenty.Edges) != len(one.Edges) || twenty.Documents != one.Documents {
		t.Fatalf("20 copies: %d edges, %d documents; one copy: %d, %d", len(twenty.Edges), twenty.Documents, len(one.Edges), one.Documents)
	}
	for i, e := range twenty.Edges {
		o := one.Edges[i]
		if e.Source != o.Source || e.Target != o.Target || e.Type != o.Type || e.Count != o.Count || e.Weight != o.Weight || e.Documents != o.Documents {
			t.Errorf("20 copies: %s %s %s count %d weight %v documents %d; one copy: %s %s %s %d, %v, %d",
				e.Source, e.Type, e.Target, e.Count, e.Weight, e.Documents, o.Source, o.Type, o.Target, o.Count, o.Weight, o.Documents)
		}
		for _, ev := range e.Evidence {
			if !strings.HasPrefix(ev.Doc, "c00_") || len(ev.Copies) != 19 {
				t.Errorf("%s %s %s: evidence from %s with %d copies; want the first copy with 19 more", e.Source, e.Type, e.Target, ev.Doc, len(ev.Copies))
				break
			}
		}
	}
	counted := build(dir, "-dedup=false")
	if w, o := counted.Edges[0].Weight, one.Edges[0].Weight; w != 20*o {
		t.Errorf("-dedup=false: weight %v, want 20 × %v", w, o)
	}
}

func TestProgress(t *testing.T) {
	if newProgress(&bytes.Buffer{}) != nil {
		t.Error("a progress line on a buffer")
	}
	f, err := os.Create(filepath.Join(t.TempDir(), "log"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if newProgress(f) != nil {
		t.Error("a progress line in a log file")
	}
	var nilp *progress
	nilp.add(1, 1) // a nil progress does nothing
	nilp.done()

	var b bytes.Buffer
	clock := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	p := startProgress(&b, func() time.Time { return clock })
	clock = clock.Add(100 * time.Millisecond)
	p.add(1_000_000, 3)
	if b.Len() != 0 {
		t.Errorf("redrawn before its interval: %q", b.String())
	}
	clock = clock.Add(900 * time.Millisecond)
	p.add(3_000_000, 4)
	want := "\ractorgraph: 2 documents, 4.0 MB, 4.0 MB/s, 7 events\033[K"
	if b.String() != want {
		t.Errorf("progress %q, want %q", b.String(), want)
	}
	p.done()
	if !strings.HasSuffix(b.String(), "\r\033[K") {
		t.Errorf("done left the line: %q", b.String())
	}
}
