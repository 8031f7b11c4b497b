package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

func write(t *testing.T, path, content string) {
	t.Helper()
	os.MkdirAll(filepath.Dir(path), 0o755)
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func read(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// snapshot is every file under dir and its content.
func snapshot(t *testing.T, dir string) map[string]string {
	t.Helper()
	m := map[string]string{}
	filepath.Walk(dir, func(p string, fi os.FileInfo, err error) error {
		if err == nil && fi.Mode().IsRegular() {
			rel, _ := filepath.Rel(dir, p)
			m[rel] = read(t, p)
		}
		return nil
	})
	return m
}

func sameSnapshot(t *testing.T, what string, got, want map[string]string) {
	t.Helper()
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s: %s changed", what, k)
		}
	}
	for k := range got {
		if _, ok := want[k]; !ok {
			t.Errorf("%s: %s appeared", what, k)
		}
	}
}

const article = "Russia attacked Ukraine on Monday. Iran condemned Israel. John Kerry met Sergei Lavrov in Geneva."

// A failed command leaves earlier outputs as they were: a run whose inputs
// all failed writes nothing (it used to empty every file of DIR), and so
// does build of a missing file (it wrote an empty graph).
func TestAllInputsFailedWritesNothing(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "in", "a.txt"), article)
	out := filepath.Join(dir, "out")
	if _, e, code := runCmd(t, "", "run", filepath.Join(dir, "in"), "-o", out); code != 0 {
		t.Fatalf("first run: exit %d: %s", code, e)
	}
	before := snapshot(t, out)
	_, e, code := runCmd(t, "", "run", filepath.Join(dir, "nonexistent"), "-o", out)
	if code != 1 || !strings.Contains(e, "nothing written") {
		t.Errorf("run of a missing input: exit %d, stderr %q", code, e)
	}
	sameSnapshot(t, "run /nonexistent", snapshot(t, out), before)

	g := filepath.Join(out, "graph.json")
	_, e, code = runCmd(t, "", "build", filepath.Join(dir, "missing.jsonl"), "-o", g)
	if code != 1 || read(t, g) != before["graph.json"] {
		t.Errorf("build of a missing file: exit %d, graph replaced (%s)", code, e)
	}
	ev := filepath.Join(out, "events.jsonl")
	_, _, code = runCmd(t, "", "extract", filepath.Join(dir, "missing.txt"), "-o", ev)
	if code != 1 || read(t, ev) != before["events.jsonl"] {
		t.Errorf("extract of a missing file: exit %d, events replaced", code)
	}
	// One good input among bad ones is written, with exit 1.
	_, _, code = runCmd(t, "", "extract", filepath.Join(dir, "missing.txt"), filepath.Join(dir, "in", "a.txt"), "-o", ev)
	if code != 1 || !strings.Contains(read(t, ev), "UKR") {
		t.Errorf("one good input: exit %d, events %q", code, read(t, ev))
	}
}

// An output that is an input is refused before anything is written (these
// truncated or replaced the input, with exit 0).
func TestOutputIsInput(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in.txt")
	write(t, in, article)
	ev := filepath.Join(dir, "ev.jsonl")
	if _, e, code := runCmd(t, "", "extract", in, "-o", ev); code != 0 {
		t.Fatalf("exit %d: %s", code, e)
	}
	g := filepath.Join(dir, "g.json")
	if _, e, code := runCmd(t, "", "build", ev, "-o", g); code != 0 {
		t.Fatalf("exit %d: %s", code, e)
	}
	md := filepath.Join(dir, "analysis.md") // an article named like an output of run
	write(t, md, article)
	files := map[string]string{in: read(t, in), ev: read(t, ev), g: read(t, g), md: article}
	for _, args := range [][]string{
		{"extract", "-trace", in, in},
		{"extract", in, "-o", in},
		{"extract", "-o", "./" + filepath.Base(in), in}, // another name for the same file
		{"build", ev, "-o", ev},
		{"analyze", g, "-o", g},
		{"render", g, "-o", g},
		{"report", g, "-o", g},
		{"run", md, "-o", dir},
	} {
		if args[2] == "./in.txt" {
			wd, _ := os.Getwd()
			os.Chdir(dir)
			_, e, code := runCmd(t, "", args...)
			os.Chdir(wd)
			if code != 2 {
				t.Errorf("%q: exit %d, stderr %q", args, code, e)
			}
			continue
		}
		if _, e, code := runCmd(t, "", args...); code != 2 || !strings.Contains(e, "overwritten") && !strings.Contains(e, "input folder") {
			t.Errorf("%q: exit %d, stderr %q", args, code, e)
		}
	}
	for p, want := range files {
		if read(t, p) != want {
			t.Errorf("%s was changed", p)
		}
	}
	// An output folder that is an input folder.
	if _, e, code := runCmd(t, "", "run", dir, "-o", dir); code != 2 || !strings.Contains(e, "input folder") {
		t.Errorf("run DIR -o DIR: exit %d, stderr %q", code, e)
	}
}

// Outputs do not become inputs: run . three times with the default output
// folder inside the input gave 79, 484, then 4,001 events.
func TestOutputsNotReadBack(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "a.txt"), article)
	write(t, filepath.Join(dir, "sub", "b.md"), "Japan met China in Tokyo.")
	var counts []int
	for i := 0; i < 3; i++ {
		if _, e, code := runCmd(t, "", "run", dir, "-o", filepath.Join(dir, "out")); code != 0 {
			t.Fatalf("exit %d: %s", code, e)
		}
		counts = append(counts, strings.Count(read(t, filepath.Join(dir, "out", "events.jsonl")), "\n"))
	}
	if counts[0] == 0 || counts[1] != counts[0] || counts[2] != counts[0] {
		t.Errorf("events per run: %v", counts)
	}
	// Another output folder beside it: the first one is skipped too.
	if _, e, code := runCmd(t, "", "run", dir, "-o", filepath.Join(dir, "out2")); code != 0 {
		t.Fatalf("exit %d: %s", code, e)
	}
	if n := strings.Count(read(t, filepath.Join(dir, "out2", "events.jsonl")), "\n"); n != counts[0] {
		t.Errorf("with a second output folder: %d events, want %d", n, counts[0])
	}
	// extract's and report's own files inside an input folder.
	if _, e, code := runCmd(t, "", "extract", dir, "-o", filepath.Join(dir, "ev.jsonl")); code != 0 {
		t.Fatalf("exit %d: %s", code, e)
	}
	if _, e, code := runCmd(t, "", "report", filepath.Join(dir, "out", "graph.json"), "-o", filepath.Join(dir, "r.html")); code != 0 {
		t.Fatalf("exit %d: %s", code, e)
	}
	o, e, code := runCmd(t, "", "extract", dir)
	if code != 0 || strings.Count(o, "\n") != counts[0] {
		t.Errorf("extract DIR after extract -o DIR/ev.jsonl: exit %d, %d events, want %d (%s)", code, strings.Count(o, "\n"), counts[0], e)
	}
	// Named explicitly, an events file is refused as an article.
	if _, e, code := runCmd(t, "", "extract", filepath.Join(dir, "ev.jsonl")); code != 1 || !strings.Contains(e, "events written by actorgraph") {
		t.Errorf("extract EVENTS: exit %d, stderr %q", code, e)
	}
}

// Two articles with the same name in different folders are two documents,
// named by their path in the input folder.
func TestDocumentIDsUnique(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "a", "x.txt"), "Russia attacked Ukraine on Monday.")
	write(t, filepath.Join(dir, "b", "x.txt"), "Russia attacked Ukraine on Monday.")
	o, e, code := runCmd(t, "", "extract", dir)
	if code != 0 || !strings.Contains(o, `"doc":"a/x"`) || !strings.Contains(o, `"doc":"b/x"`) {
		t.Errorf("exit %d, stderr %q, events:\n%s", code, e, o)
	}
	o, _, _ = runCmd(t, "", "extract", filepath.Join(dir, "a", "x.txt"), filepath.Join(dir, "b", "x.txt"))
	if !strings.Contains(o, `"doc":"x"`) || !strings.Contains(o, `"doc":"x#2"`) {
		t.Errorf("two files named x:\n%s", o)
	}
	// Both count as documents in the graph (the same text twice is a
	// near-duplicate, counted once by default: -dedup=false counts both).
	ev := filepath.Join(dir, "ev.jsonl")
	runCmd(t, "", "extract", dir, "-dedup=false", "-o", ev)
	g, _, _ := runCmd(t, "", "build", ev)
	if !strings.Contains(g, `"documents": 2`) {
		t.Errorf("graph does not count two documents:\n%s", g)
	}
}

// build goes on past a bad line, names every bad line, and exits 1 (it
// stopped at the first and dropped the rest silently).
func TestBuildBadLines(t *testing.T) {
	dir := t.TempDir()
	good := strings.Split(strings.TrimSpace(read(t, "testdata/events.jsonl")), "\n")
	var lines []string
	for i := 0; i < 8; i++ {
		lines = append(lines, strings.Replace(good[i%len(good)], `"doc":"`, `"doc":"d`+string(rune('0'+i)), 1))
	}
	lines[3] = "not json"
	lines[5] = strings.Replace(lines[5], `"weight":`, `"weight":1e308,"x":`, 1)
	p := filepath.Join(dir, "ev.jsonl")
	write(t, p, strings.Join(lines, "\n")+"\n")
	o, e, code := runCmd(t, "", "build", p)
	if code != 1 || !strings.Contains(e, p+":4: not an event") || !strings.Contains(e, p+":6: weight 1e+308 is not a PLOVER score") {
		t.Errorf("exit %d, stderr %q", code, e)
	}
	var kept []string
	for i, l := range lines {
		if i != 3 && i != 5 {
			kept = append(kept, l)
		}
	}
	want, _, _ := runCmd(t, strings.Join(kept, "\n"), "build", "-")
	if o != want {
		t.Errorf("the good lines after the bad one are lost:\n%s\nwant\n%s", o, want)
	}
}

// Existing permissions are kept, and new files follow the umask (every
// output was forced to 0644).
func TestOutputPermissions(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in.txt")
	write(t, in, article)
	ev := filepath.Join(dir, "ev.jsonl")
	write(t, ev, "")
	os.Chmod(ev, 0o600)
	if _, e, code := runCmd(t, "", "extract", in, "-o", ev); code != 0 {
		t.Fatalf("exit %d: %s", code, e)
	}
	if fi, _ := os.Stat(ev); fi.Mode().Perm() != 0o600 {
		t.Errorf("an existing 0600 file became %v", fi.Mode().Perm())
	}
	old := syscall.Umask(0o077)
	c := child(t, nil, "run", in, "-o", filepath.Join(dir, "out"))
	err := c.Start()
	syscall.Umask(old)
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Wait(); err != nil {
		t.Fatal(err)
	}
	for _, n := range []string{"events.jsonl", "graph.svg", "report.html"} {
		if fi, err := os.Stat(filepath.Join(dir, "out", n)); err != nil || fi.Mode().Perm() != 0o600 {
			t.Errorf("%s under umask 077: %v %v", n, fi.Mode().Perm(), err)
		}
	}
}

// Flags that would exhaust memory are usage errors.
func TestBoundedFlags(t *testing.T) {
	for _, args := range [][]string{
		{"render", "-f", "png", "-dpi", "100000", "testdata/tiny.json"},
		{"render", "-f", "png", "-dpi", "0", "testdata/tiny.json"},
		{"report", "-dpi", "-3", "testdata/tiny.json"},
		{"extract", "-j", "1000000", "-"},
		{"extract", "-j", "0", "-"},
		{"run", "-j", "100000", "-", "-o", t.TempDir()},
	} {
		if _, e, code := runCmd(t, "", args...); code != 2 || !strings.Contains(e, "want 1 to") {
			t.Errorf("%q: exit %d, stderr %q", args, code, e)
		}
	}
}

// SIGTERM, like SIGINT, stops a run and leaves the old set of outputs
// whole; the temporary files of a killed run are removed by the next.
func TestSignalLeavesOldSet(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "in", "a.txt"), article)
	out := filepath.Join(dir, "out")
	if _, e, code := runCmd(t, "", "run", filepath.Join(dir, "in"), "-o", out); code != 0 {
		t.Fatalf("exit %d: %s", code, e)
	}
	before := snapshot(t, out)
	for _, sig := range []syscall.Signal{syscall.SIGTERM, syscall.SIGINT, syscall.SIGKILL} {
		c := child(t, nil, "run", "-", "-o", out)
		stdin, _ := c.StdinPipe()
		var stderr bytes.Buffer
		c.Stderr = &stderr
		if err := c.Start(); err != nil {
			t.Fatal(err)
		}
		// The run has begun once its staging folder exists; it then waits
		// for standard input, which stays open.
		io := func() bool {
			m, _ := filepath.Glob(filepath.Join(out, ".actorgraph-*.tmp*"))
			return len(m) > 0
		}
		for start := time.Now(); !io(); time.Sleep(10 * time.Millisecond) {
			if time.Since(start) > 20*time.Second {
				t.Fatal("the run never started")
			}
		}
		stdin.Write([]byte(article))
		c.Process.Signal(sig)
		done := make(chan error, 1)
		go func() { done <- c.Wait() }()
		select {
		case <-done:
		case <-time.After(20 * time.Second):
			c.Process.Kill()
			t.Fatalf("%v: the run did not stop", sig)
		}
		stdin.Close()
		if sig != syscall.SIGKILL {
			if code := c.ProcessState.ExitCode(); code != 130 || !strings.Contains(stderr.String(), "interrupted") {
				t.Errorf("%v: exit %d, stderr %q", sig, code, stderr.String())
			}
			sameSnapshot(t, sig.String(), snapshot(t, out), before)
			continue
		}
		// SIGKILL leaves the staging folder; the next run removes it.
		if m, _ := filepath.Glob(filepath.Join(out, ".actorgraph-*.tmp*")); len(m) == 0 {
			t.Fatal("SIGKILL left no staging folder to clean (the test proves nothing)")
		}
		write(t, filepath.Join(out, ".graph.svg.999999999.tmp42"), "stale")
		if _, e, code := runCmd(t, "", "run", filepath.Join(dir, "in"), "-o", out); code != 0 {
			t.Fatalf("exit %d: %s", code, e)
		}
		sameSnapshot(t, "after SIGKILL and a new run", snapshot(t, out), before)
	}
}

// Graph JSON that would make non-finite measures, negative weights (which
// why accepted and the rest refused) and trailing data are refused, with
// the file named.
func TestGraphInputChecked(t *testing.T) {
	dir := t.TempDir()
	cases := map[string]string{
		"huge.json":     `{"nodes":[{"id":"A"},{"id":"B"},{"id":"C"}],"edges":[{"source":"A","target":"B","type":"SUPPORT","weight":1e308,"cooperation":1e308},{"source":"B","target":"C","type":"SUPPORT","weight":1e308,"cooperation":1e308}]}`,
		"negative.json": `{"nodes":[{"id":"A"},{"id":"B"}],"edges":[{"source":"A","target":"B","type":"SUPPORT","weight":-5,"cooperation":-5}]}`,
		"trailing.json": `{"nodes":[{"id":"A"},{"id":"B"}],"edges":[]} {"nodes":[]}`,
	}
	for name, src := range cases {
		p := filepath.Join(dir, name)
		write(t, p, src)
		for _, args := range [][]string{{"analyze", p}, {"why", "A", "B", p}, {"render", "-f", "dot", p}, {"analyze", "-format", "json", p}} {
			o, e, code := runCmd(t, "", args...)
			if code != 1 || !strings.Contains(e, p+": graph: invalid graph") || strings.Contains(o, "Inf") || strings.Contains(o, "NaN") {
				t.Errorf("%q: exit %d, stderr %q", args, code, e)
			}
		}
	}
}
