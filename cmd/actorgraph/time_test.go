package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestTimeEndToEnd runs the pipeline over time on twelve Wikinews
// articles from September 2019 to November 2020 (testdata/wikinews,
// CC BY 2.5): extract, a dated graph, one graph per month, the analysis
// of a month cut from the dated graph (which must equal the analysis of
// that month's own graph), a comparison of two months and a report that
// plots the months, loaded in headless Chromium.
func TestTimeEndToEnd(t *testing.T) {
	dir := t.TempDir()
	events := filepath.Join(dir, "events.jsonl")
	whole := filepath.Join(dir, "graph.json")
	windows := filepath.Join(dir, "months")
	mustRun := func(args ...string) string {
		t.Helper()
		o, e, code := runCmd(t, "", args...)
		if code != 0 {
			t.Fatalf("%q: exit %d: %s", args, code, e)
		}
		return o
	}
	mustRun("extract", "testdata/wikinews", "-o", events)
	mustRun("build", events, "-o", whole)
	mustRun("build", "-window", "1m", events, "-o", windows)

	g := readGraphFile(t, whole)
	if !g.Dated() || g.DateFrom < "2019-09-01" || g.DateTo > "2020-11-30" {
		t.Fatalf("graph dated %v, %s to %s", g.Dated(), g.DateFrom, g.DateTo)
	}
	files, _ := filepath.Glob(filepath.Join(windows, "graph-*.json"))
	if len(files) < 4 {
		t.Fatalf("%d monthly graphs, want relations in at least 4 months: %v", len(files), files)
	}
	// The months add up to the whole, and each holds only its dates.
	total, parts := 0, 0
	for _, e := range g.Edges {
		total += e.Count
	}
	for _, f := range files {
		month := strings.TrimSuffix(strings.TrimPrefix(filepath.Base(f), "graph-"), ".json")
		h := readGraphFile(t, f)
		for _, e := range h.Edges {
			parts += e.Count
			for _, x := range e.Dates {
				if !strings.HasPrefix(x.Date, month) {
					t.Errorf("%s: edge %s→%s dated %s", f, e.Source, e.Target, x.Date)
				}
			}
		}
	}
	if parts != total {
		t.Errorf("the monthly graphs hold %d mentions, the whole graph %d", parts, total)
	}

	// A month cut from the dated graph analyses like the month's own graph.
	first, last := files[0], files[len(files)-1]
	firstMonth := strings.TrimSuffix(strings.TrimPrefix(filepath.Base(first), "graph-"), ".json")
	lastMonth := strings.TrimSuffix(strings.TrimPrefix(filepath.Base(last), "graph-"), ".json")
	w, _ := graph.ParseWindow("1m")
	span, _ := w.Spans(firstMonth+"-01", firstMonth+"-01")
	cut := mustRun("analyze", "-from", span[0].From, "-to", span[0].To, whole)
	own := mustRun("analyze", first)
	if cut != own {
		t.Errorf("analysis of %s cut from the dated graph differs from its own graph's:\n%s\n---\n%s", firstMonth, cut, own)
	}
	series := mustRun("analyze", "-window", "1m", whole)
	if !strings.HasPrefix(series, "window\trank\tid") || !strings.Contains(series, "\n"+firstMonth+"\t1\t") || !strings.Contains(series, "\n"+lastMonth+"\t1\t") {
		t.Errorf("analysis by month lacks its window column or months:\n%s", series)
	}
	for _, line := range strings.Split(strings.TrimSpace(own), "\n")[1:] {
		if !strings.Contains(series, firstMonth+"\t"+line) {
			t.Errorf("analysis by month lacks %q", firstMonth+"\t"+line)
		}
	}

	// What changed from the first month to the last: every pair of the
	// last month that the first lacks is new, and the reverse lost.
	a, b := readGraphFile(t, first), readGraphFile(t, last)
	inA, inB := map[[2]string]bool{}, map[[2]string]bool{}
	for _, p := range a.Pairs() {
		inA[[2]string{p.A, p.B}] = p.Strength() > 0
	}
	newPairs, lostPairs := 0, 0
	for _, p := range b.Pairs() {
		k := [2]string{p.A, p.B}
		inB[k] = p.Strength() > 0
		if inB[k] && !inA[k] {
			newPairs++
		}
	}
	for k, ok := range inA {
		if ok && !inB[k] {
			lostPairs++
		}
	}
	tsv := mustRun("diff", "-f", "tsv", first, last)
	if got := strings.Count(tsv, "\nnew\t"); got != newPairs {
		t.Errorf("diff: %d new pairs, the graphs say %d", got, newPairs)
	}
	if got := strings.Count(tsv, "\nlost\t"); got != lostPairs {
		t.Errorf("diff: %d lost pairs, the graphs say %d", got, lostPairs)
	}
	md := mustRun("diff", first, last)
	for _, want := range []string{"# What changed: ", "## New relations", "## Biggest moves in influence (pn)"} {
		if !strings.Contains(md, want) {
			t.Errorf("diff report lacks %q", want)
		}
	}
	svg := filepath.Join(dir, "diff.svg")
	mustRun("diff", first, last, "-o", svg)
	drawing, _ := os.ReadFile(svg)
	if !bytes.Contains(drawing, []byte("<svg")) || !bytes.Contains(drawing, []byte("What changed")) {
		t.Errorf("diff drawing is not an SVG with its title (%d bytes)", len(drawing))
	}

	// The report plots the months.
	page := filepath.Join(dir, "report.html")
	mustRun("report", whole, "-o", page)
	html, _ := os.ReadFile(page)
	months := len(regexp.MustCompile(`windows of 1m`).FindAll(html, -1))
	if months != 1 || !bytes.Contains(html, []byte(`id="ag-time"`)) {
		t.Fatalf("report has no monthly plots")
	}
	if _, err := os.Stat(chromium); err != nil {
		t.Skipf("%s is missing: the report is not loaded in a browser", chromium)
	}
	cmd := exec.Command(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
		"--user-data-dir="+filepath.Join(dir, "chromium"), "--dump-dom", "file://"+page)
	dom, err := cmd.Output()
	if err != nil {
		t.Fatalf("chromium: %v", err)
	}
	if body := regexp.MustCompile(`<body[^>]*>`).Find(dom); !bytes.Contains(body, []byte("data-ag-ready=")) || bytes.Contains(body, []byte("data-ag-error")) {
		t.Errorf("the report's script did not run, or failed: %s", regexp.MustCompile(`<body[^>]*>`).Find(dom))
	}
	plots := bytes.Count(dom, []byte(`<svg class="spark"`))
	bars := bytes.Count(dom, []byte(`class="coop"`)) + bytes.Count(dom, []byte(`class="conf"`))
	if plots < 4 || bars < plots {
		t.Errorf("the browser shows %d plots with %d bars", plots, bars)
	}
}

// chromium is Debian's browser (make deps installs it).
const chromium = "/usr/bin/chromium"

func readGraphFile(t *testing.T, name string) *graph.Graph {
	t.Helper()
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	g, err := graph.ReadJSON(f)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return g
}

// Bad time, window, influence and diff arguments are usage errors that
// say what is wanted.
func TestTimeFlags(t *testing.T) {
	for _, c := range []struct {
		args []string
		err  string
	}{
		{[]string{"build", "-window", "1x"}, "unknown unit"},
		{[]string{"build", "-window", "1m"}, "give a directory with -o"},
		{[]string{"analyze", "-from", "2019-02-30", "testdata/tiny.json"}, "want a date YYYY-MM-DD"},
		{[]string{"analyze", "-from", "2019-03-01", "-to", "2019-02-01", "testdata/tiny.json"}, "is before -from"},
		{[]string{"analyze", "-window", "auto", "testdata/tiny.json"}, "-window auto is for report"},
		{[]string{"analyze", "-influence", "fame", "testdata/tiny.json"}, "want pn, eigenvector_signed, status"},
		{[]string{"report", "-window", "0w", "testdata/tiny.json"}, "want a count from 1"},
		{[]string{"diff", "testdata/tiny.json"}, "give two graphs"},
		{[]string{"diff", "-f", "gif", "testdata/tiny.json", "testdata/tiny.json"}, "want md, tsv, json, dot, svg or png"},
	} {
		_, e, code := runCmd(t, "", c.args...)
		if code != 2 || !strings.Contains(e, c.err) {
			t.Errorf("%q: exit %d, stderr %q; want 2 and %q", c.args, code, e, c.err)
		}
	}
	// A graph without dates cannot be cut.
	_, e, code := runCmd(t, "", "analyze", "-window", "1m", "testdata/tiny.json")
	if code != 1 || !strings.Contains(e, "testdata/tiny.json") || !strings.Contains(e, "relations without dates") {
		t.Errorf("undated graph by month: exit %d, %q", code, e)
	}
	// Comparing a graph with itself changes nothing.
	o, _, code := runCmd(t, "", "diff", "testdata/tiny.json", "testdata/tiny.json")
	if code != 0 || !strings.Contains(o, "0 new relations, 0 lost, 0 that changed sign") {
		t.Errorf("diff with itself: exit %d:\n%s", code, o)
	}
}
