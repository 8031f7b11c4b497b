package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the committed sample outputs in out/")

func runCmd(t *testing.T, stdin string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var o, e bytes.Buffer
	err := run(context.Background(), args, strings.NewReader(stdin), &o, &e)
	code = exitCode(err, &e)
	return o.String(), e.String(), code
}

func TestUsage(t *testing.T) {
	cases := []struct {
		args []string
		code int
		out  string // expected on stdout (code 0) or stderr
	}{
		{nil, 2, "usage: actorgraph COMMAND"},
		{[]string{"frobnicate"}, 2, `unknown command "frobnicate"`},
		{[]string{"-h"}, 0, "Commands:"},
		{[]string{"extract", "-h"}, 0, "usage: actorgraph extract"},
		{[]string{"build", "-h"}, 0, "usage: actorgraph build"},
		{[]string{"analyze", "-h"}, 0, "eigenvector"},
		{[]string{"render", "-h"}, 0, "usage: actorgraph render"},
		{[]string{"why", "-h"}, 0, "usage: actorgraph why"},
		{[]string{"report", "-h"}, 0, "usage: actorgraph report"},
		{[]string{"run", "-h"}, 0, "communities.tsv"},
		{[]string{"extract"}, 2, "no input"},
		{[]string{"extract", "-nosuchflag", "x"}, 2, "flag provided but not defined"},
		{[]string{"build", "-level", "planet"}, 2, "unknown level"},
		{[]string{"render", "-f", "gif"}, 2, "unknown format"},
		{[]string{"analyze", "-table", "x", "testdata/tiny.json"}, 2, "want influence or communities"},
	}
	for _, c := range cases {
		o, e, code := runCmd(t, "", c.args...)
		if code != c.code {
			t.Errorf("%q: exit %d, want %d (stderr %q)", c.args, code, c.code, e)
		}
		where := e
		if c.code == 0 {
			where = o
		}
		if !strings.Contains(where, c.out) {
			t.Errorf("%q: output lacks %q:\nstdout %q\nstderr %q", c.args, c.out, o, e)
		}
	}
}

// A bad input is reported with its name and the others are still processed.
func TestBadInputsKeepOthers(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	os.WriteFile(good, []byte("Russia attacked Ukraine on Monday."), 0o644)
	bin := filepath.Join(dir, "bin.txt")
	os.WriteFile(bin, []byte("Russia\x00attacked"), 0o644)
	jl := filepath.Join(dir, "mixed.jsonl")
	os.WriteFile(jl, []byte("{\"id\":\"a\",\"text\":\"Iran condemned Israel.\"}\nnot json\n{\"id\":\"b\",\"text\":\"Japan met China.\"}\n"), 0o644)
	missing := filepath.Join(dir, "missing.txt")
	odd := filepath.Join(dir, "doc.pdf")
	os.WriteFile(odd, []byte("%PDF"), 0o644)

	o, e, code := runCmd(t, "", "extract", good, bin, jl, missing, odd)
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	for _, want := range []string{
		"actorgraph: " + bin + ": binary data",
		"actorgraph: " + jl + ":2: not a JSON object",
		"actorgraph: " + missing + ": no such file",
		"actorgraph: " + odd + ": document: unsupported file type",
	} {
		if !strings.Contains(e, want) {
			t.Errorf("stderr lacks %q:\n%s", want, e)
		}
	}
	docs := map[string]bool{}
	for _, l := range strings.Split(strings.TrimSpace(o), "\n") {
		var ev struct{ Doc string }
		if err := json.Unmarshal([]byte(l), &ev); err != nil {
			t.Fatalf("bad output line %q", l)
		}
		docs[ev.Doc] = true
	}
	for _, d := range []string{"good", "a", "b"} {
		if !docs[d] {
			t.Errorf("no events for document %q; output:\n%s", d, o)
		}
	}
}

func TestStdin(t *testing.T) {
	o, e, code := runCmd(t, `{"id":"n1","date":"2016-03-01","text":"John Kerry met Sergei Lavrov in Geneva."}`, "extract", "-format", "jsonl", "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, e)
	}
	if !strings.Contains(o, `"doc":"n1"`) || !strings.Contains(o, `"date":"2016-03-01"`) || !strings.Contains(o, `"type":"CONSULT"`) {
		t.Errorf("unexpected output %s", o)
	}
}

// The stages compose through files: extract | build | analyze | render.
func TestStages(t *testing.T) {
	dir := t.TempDir()
	ev := filepath.Join(dir, "ev.jsonl")
	g := filepath.Join(dir, "g.json")
	steps := [][]string{
		{"extract", "-o", ev, "../../corpus/seeds"},
		{"build", "-o", g, ev},
		{"analyze", "-o", filepath.Join(dir, "inf.tsv"), g},
		{"analyze", "-table", "communities", "-o", filepath.Join(dir, "com.tsv"), g},
		{"render", "-o", filepath.Join(dir, "g.dot"), g},
		{"render", "-o", filepath.Join(dir, "g.svg"), g},
	}
	for _, s := range steps {
		if _, e, code := runCmd(t, "", s...); code != 0 {
			t.Fatalf("%q: exit %d: %s", s, code, e)
		}
	}
	for _, f := range []string{"inf.tsv", "com.tsv", "g.dot", "g.svg"} {
		b, err := os.ReadFile(filepath.Join(dir, f))
		if err != nil || len(b) == 0 {
			t.Errorf("%s: %v (%d bytes)", f, err, len(b))
		}
	}
	// A graph that is not one is an error naming the file.
	bad := filepath.Join(dir, "bad.json")
	os.WriteFile(bad, []byte(`{"nodes":[{"id":"A"}],"edges":[{"source":"A","target":"B","type":"SUPPORT"}]}`), 0o644)
	if _, e, code := runCmd(t, "", "analyze", bad); code != 1 || !strings.Contains(e, bad+": graph: invalid graph") {
		t.Errorf("bad graph: exit %d, stderr %q", code, e)
	}
}

// TestSampleOutputs runs the main job on the built-in sample corpus and
// compares every output with the files committed in out/, which the README
// shows: it fails when they are stale, and checks that the pipeline is
// deterministic. Refresh them with `go test ./cmd/actorgraph -update`.
func TestSampleOutputs(t *testing.T) {
	dir := t.TempDir()
	if _, e, code := runCmd(t, "", "run", "../../corpus/seeds", "-o", dir); code != 0 {
		t.Fatalf("exit %d: %s", code, e)
	}
	names := []string{"events.jsonl", "graph.json", "influence.tsv", "communities.tsv", "triads.tsv", "bridges.tsv",
		"analysis.json", "analysis.md", "graph.dot", "graph.svg", "graph.graphml", "report.html", ".actorgraph-output"}
	for _, n := range names {
		got, err := os.ReadFile(filepath.Join(dir, n))
		if err != nil {
			t.Fatal(err)
		}
		want := filepath.Join("..", "..", "out", n)
		if *update {
			if err := os.WriteFile(want, got, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		old, err := os.ReadFile(want)
		if err != nil {
			t.Errorf("%s: %v (run: go test ./cmd/actorgraph -update)", want, err)
			continue
		}
		if !bytes.Equal(got, old) {
			t.Errorf("%s is stale: the sample corpus now gives different output (run: go test ./cmd/actorgraph -update)", want)
		}
	}
	// The picture must show the seed relations the README promises.
	svg, _ := os.ReadFile(filepath.Join(dir, "graph.json"))
	var g struct {
		Edges []struct{ Source, Target, Type string }
	}
	if err := json.Unmarshal(svg, &g); err != nil {
		t.Fatal(err)
	}
	has := func(s, tg, typ string) bool {
		for _, e := range g.Edges {
			if e.Type == typ && (e.Source == s && e.Target == tg || e.Source == tg && e.Target == s) {
				return true
			}
		}
		return false
	}
	for _, want := range [][3]string{{"RUS", "SYR", "SUPPORT"}, {"USA", "SYRREB", "SUPPORT"}, {"JOR", "RUS", "AGREE"}, {"RUS", "USA", "CONSULT"}} {
		if !has(want[0], want[1], want[2]) {
			t.Errorf("sample graph lacks %s %s %s", want[0], want[2], want[1])
		}
	}
	// Nothing that only a trap sentence says.
	if has("RUS", "IRN", "CONSULT") || has("RUS", "USA", "COOPERATE") {
		t.Error("sample graph has an edge only a trap sentence supports")
	}
}

func TestExitCode(t *testing.T) {
	var b bytes.Buffer
	if exitCode(errors.New("boom"), &b) != 1 || !strings.Contains(b.String(), "actorgraph: boom") {
		t.Errorf("plain error: %q", b.String())
	}
}

// doc.go is made from the commands table: it lists every command (it
// listed 5 of 7).
func TestDocCurrent(t *testing.T) {
	want := docComment()
	if *update {
		if err := os.WriteFile("doc.go", []byte(want), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if got := read(t, "doc.go"); got != want {
		t.Errorf("doc.go is stale (run: go test ./cmd/actorgraph -run TestDocCurrent -update):\n%s", want)
	}
	for _, c := range commands {
		if !strings.Contains(want, "actorgraph "+c.name) {
			t.Errorf("doc lacks %s", c.name)
		}
	}
}

// Every command says what is wrong with what it was given: events where a
// graph is read, a graph where events are, documents, a folder with no
// documents, a bad -date or -format (usage errors, exit 2); -h prints its
// help once; version prints one.
func TestWrongInputsNamed(t *testing.T) {
	dir := t.TempDir()
	ev := filepath.Join(dir, "ev.jsonl")
	write(t, filepath.Join(dir, "in", "a.txt"), article)
	if _, e, code := runCmd(t, "", "extract", filepath.Join(dir, "in"), "-o", ev); code != 0 {
		t.Fatalf("extract: %d %s", code, e)
	}
	g := filepath.Join(dir, "g.json")
	if _, e, code := runCmd(t, "", "build", ev, "-o", g); code != 0 {
		t.Fatalf("build: %d %s", code, e)
	}
	docs := filepath.Join(dir, "docs.jsonl")
	write(t, docs, `{"id":"a","text":"Russia attacked Ukraine."}`+"\n")
	one := filepath.Join(dir, "one.jsonl") // one event: a JSON object like a graph
	write(t, one, strings.SplitAfter(read(t, ev), "\n")[0])
	write(t, filepath.Join(dir, "bin", "x.png"), "\x89PNG\r\n\x1a\n")
	for _, c := range []struct {
		args []string
		code int
		err  string
	}{
		{[]string{"analyze", one}, 1, "one.jsonl is events"},
		{[]string{"render", one}, 1, "build the graph first"},
		{[]string{"report", ev}, 1, "ev.jsonl is events"},
		{[]string{"why", "RUS", "UKR", one}, 1, "ev"},
		{[]string{"diff", g, one}, 1, "one.jsonl is events"},
		{[]string{"render", docs}, 1, "extract it first"},
		{[]string{"build", g}, 1, "g.json is an actor graph"},
		{[]string{"build", docs}, 1, "docs.jsonl is documents"},
		{[]string{"extract", filepath.Join(dir, "bin")}, 1, "no .txt, .md, .html or .jsonl documents in this folder"},
		{[]string{"extract", "-date", "2020-13-01", filepath.Join(dir, "in")}, 2, "-date"},
		{[]string{"extract", "-format", "doc", "-"}, 2, "-format"},
		{[]string{"run", "-date", "yesterday", filepath.Join(dir, "in"), "-o", filepath.Join(dir, "o")}, 2, "-date"},
		{[]string{"run", filepath.Join(dir, "in")}, 2, "give the output folder with -o DIR"},
	} {
		_, e, code := runCmd(t, "", c.args...)
		if code != c.code || !strings.Contains(e, c.err) {
			t.Errorf("%q: exit %d, stderr %q; want %d and %q", c.args, code, e, c.code, c.err)
		}
		if strings.Contains(e, ".tmp") {
			t.Errorf("%q: a temporary file named: %q", c.args, e)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "o")); err == nil {
		t.Error("run with a bad -date wrote its folder")
	}
	// An empty events input is a graph of no relations, not an error.
	if _, e, code := runCmd(t, "", "build", "-"); code != 0 {
		t.Errorf("build of no events: %d %s", code, e)
	}
	for _, cmd := range []string{"extract", "build", "analyze", "render", "report", "why", "diff", "run", "version"} {
		o, e, code := runCmd(t, "", cmd, "-h")
		if code != 0 || strings.Count(o+e, "usage: actorgraph "+cmd) != 1 {
			t.Errorf("%s -h: exit %d, usage printed %d times", cmd, code, strings.Count(o+e, "usage: actorgraph "+cmd))
		}
	}
	if o, _, code := runCmd(t, "", "version"); code != 0 || !strings.HasPrefix(o, "actorgraph ") {
		t.Errorf("version: %d %q", code, o)
	}
}

// Stage by stage (extract | build | render) gives the picture run gives:
// the same title, influence, blocs and layout (it had no title, and
// export.Render with zero Options drew every node white and alike).
func TestStagesDrawAsRun(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "out")
	if _, e, code := runCmd(t, "", "run", "../../corpus/seeds", "-o", out); code != 0 {
		t.Fatalf("run: %d %s", code, e)
	}
	ev, e, code := runCmd(t, "", "extract", "../../corpus/seeds")
	if code != 0 {
		t.Fatalf("extract: %d %s", code, e)
	}
	g, e, code := runCmd(t, ev, "build")
	if code != 0 {
		t.Fatalf("build: %d %s", code, e)
	}
	svg, e, code := runCmd(t, g, "render")
	if code != 0 {
		t.Fatalf("render: %d %s", code, e)
	}
	if svg != read(t, filepath.Join(out, "graph.svg")) {
		t.Error("extract | build | render draws another picture than run")
	}
	if !strings.Contains(svg, "<title>Actor graph</title>") {
		t.Error("stage by stage: no title")
	}
}
