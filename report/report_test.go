package report

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// fixture is a small graph with evidence, a conflict triangle and names
// that would break a page that forgot to escape.
func fixture() *graph.Graph {
	ev := func(doc, date, text, trig string) []graph.Evidence {
		return []graph.Evidence{{Doc: doc, Date: date, Sentence: 2, Text: text, Trigger: trig, Score: 1}}
	}
	return &graph.Graph{
		Title: "Syria <test> & \"report\"", Level: graph.LevelOrganisation, Documents: 3, DateFrom: "2015-09-30", DateTo: "2016-02-12",
		Nodes: []graph.Node{
			{ID: "EVIL", Name: "</script><script>alert(1)</script>", Kind: "group", Mentions: 1},
			{ID: "RUS", Name: "Russia", Kind: "state", Mentions: 5},
			{ID: "SYR", Name: "Syria", Kind: "state", Mentions: 3},
			{ID: "SYRREB", Name: "Syrian rebels", Kind: "rebels", Mentions: 3},
			{ID: "USA", Name: "United States", Kind: "state", Mentions: 3},
		},
		Edges: []graph.Edge{
			{Source: "EVIL", Target: "USA", Type: "ACCUSE", Directed: true, Quad: 3, Label: "accuses", Count: 1, Documents: 1, Weight: -2, Conflict: 2,
				Evidence: ev("d<1>", "", "The <b>group</b> accused Washington.", "accused")},
			{Source: "RUS", Target: "SYR", Type: "SUPPORT", Directed: true, Quad: 1, Label: "backs", Count: 2, Documents: 2, Weight: 10, Cooperation: 10,
				Evidence: ev("a", "2015-09-30", "Russia backed Syria.", "backed")},
			{Source: "RUS", Target: "SYRREB", Type: "ASSAULT", Directed: true, Quad: 4, Label: "attacks", Count: 1, Documents: 1, Weight: -9, Conflict: 9,
				Evidence: ev("b", "2015-10-07", "Russian jets struck the rebels.", "struck")},
			{Source: "RUS", Target: "USA", Type: "CONSULT", Quad: 1, Label: "talks with", Count: 2, Documents: 2, Weight: 8, Cooperation: 8,
				Evidence: ev("c", "2016-02-12", "Lavrov met Kerry in Munich.", "met")},
			{Source: "USA", Target: "SYRREB", Type: "SUPPORT", Directed: true, Quad: 1, Label: "backs", Count: 1, Documents: 1, Weight: 5, Cooperation: 5},
		},
	}
}

func write(t testing.TB, g *graph.Graph, opt Options) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := Write(context.Background(), &b, g, opt); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestReport(t *testing.T) {
	a := write(t, fixture(), Options{})
	if b := write(t, fixture(), Options{}); !bytes.Equal(a, b) {
		t.Error("two reports of the same graph differ")
	}
	page := string(a)
	for _, want := range []string{
		"<title>Syria &lt;test&gt; &amp; &#34;report&#34;</title>",
		`id="influence"`, `id="communities"`, `id="balance"`, `id="evidence"`,
		"<svg ", `data-source="RUS" data-target="SYRREB"`,
		"Russian jets <b>struck</b> the rebels.", "2015-10-07 · b #2",
		"The &lt;b&gt;group&lt;/b&gt; <b>accused</b> Washington.", "d&lt;1&gt; #2",
		"signed triangles", "Russia and United States cooperate, United States and Syrian rebels cooperate, but Russia and Syrian rebels are in conflict",
		"no evidence recorded",
	} {
		if !strings.Contains(page, want) {
			t.Errorf("report lacks %q", want)
		}
	}
	if strings.Contains(page, "<script>alert(1)") {
		t.Error("an actor name reached the page unescaped")
	}
	// Self-contained: nothing is fetched.
	if m := regexp.MustCompile(`(?i)<link|\ssrc=|@import|url\(`).FindString(page); m != "" {
		t.Errorf("report refers to an external resource: %q", m)
	}
	if page := string(write(t, &graph.Graph{}, Options{})); !strings.Contains(page, "0 actors") {
		t.Error("empty graph: no caption")
	}
	if page := string(write(t, fixture(), Options{MaxEvidence: 1, Title: "T"})); !strings.Contains(page, "<h1>T</h1>") {
		t.Error("Title not used")
	}
}

// chromium is Debian's browser (make deps installs it).
const chromium = "/usr/bin/chromium"

// headless runs Chromium on a page with the given extra flags and returns
// its standard output and error.
func headless(dir, url string, flags ...string) (stdout, stderr string, err error) {
	args := append([]string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--user-data-dir=" + dir, "--enable-logging=stderr", "--v=0", "--window-size=1400,1000"}, flags...)
	cmd := exec.Command(chromium, append(args, url)...)
	var o, e bytes.Buffer
	cmd.Stdout, cmd.Stderr = &o, &e
	if err := cmd.Run(); err != nil {
		return "", "", fmt.Errorf("chromium: %v\n%s", err, e.String())
	}
	return o.String(), e.String(), nil
}

// consoleLines are the page's console messages in Chromium's log.
func consoleLines(log string) []string {
	var out []string
	for _, l := range strings.Split(log, "\n") {
		if strings.Contains(l, ":CONSOLE") {
			out = append(out, l)
		}
	}
	return out
}

// The page loads in a real browser without console messages, its script
// runs over the drawing, and a search (from the URL) narrows the evidence.
// The three browser runs go in parallel (about 2 s in all).
func TestChromium(t *testing.T) {
	if _, err := os.Stat(chromium); err != nil {
		t.Skipf("%s is missing: install Debian's chromium (make deps) for the browser test", chromium)
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "report.html")
	if err := os.WriteFile(path, write(t, fixture(), Options{}), 0o644); err != nil {
		t.Fatal(err)
	}
	url := "file://" + path
	shot := filepath.Join(dir, "report.png")
	if keep := os.Getenv("AG_SCREENSHOT"); keep != "" {
		shot = keep // AG_SCREENSHOT=/tmp/report.png go test -run Chromium, to look at it
	}
	runs := []struct {
		name, url string
		flags     []string
	}{
		{"screenshot", url, []string{"--screenshot=" + shot}},
		{"dom", url, []string{"--dump-dom"}},
		{"search", url + "#actor=Syrian%20rebels", []string{"--dump-dom"}},
	}
	type result struct {
		out, log string
		err      error
	}
	res := make([]result, len(runs))
	var wg sync.WaitGroup
	for i, r := range runs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			o, e, err := headless(filepath.Join(dir, r.name), r.url, r.flags...)
			res[i] = result{o, e, err}
		}()
	}
	wg.Wait()
	for i, r := range res {
		if r.err != nil {
			t.Fatalf("%s: %v", runs[i].name, r.err)
		}
		if c := consoleLines(r.log); len(c) > 0 {
			t.Errorf("%s: console messages:\n%s", runs[i].name, strings.Join(c, "\n"))
		}
	}
	png, err := os.ReadFile(shot)
	if err != nil || !bytes.HasPrefix(png, []byte("\x89PNG")) || len(png) < 10000 {
		t.Errorf("screenshot: %d bytes, %v", len(png), err)
	}

	dom := res[1].out
	g := fixture()
	// The script ran over every node and drawn edge of the SVG.
	if want := fmt.Sprintf(`data-ag-ready="%d %d"`, len(g.Nodes), len(g.Edges)); !strings.Contains(dom, want) {
		t.Errorf("DOM lacks %s: the script did not run over the drawing", want)
	}
	if regexp.MustCompile(`<body[^>]*data-ag-error`).MatchString(dom) {
		t.Error("the script reported an error")
	}
	for _, want := range []string{"<svg", `id="ag-influence"`, `id="ag-communities"`, `id="ag-unbalanced"`, `id="ag-relations"`,
		"5 of 5 relations listed", "Lavrov met Kerry in Munich."} {
		if !strings.Contains(dom, want) {
			t.Errorf("DOM lacks %q", want)
		}
	}
	if n := strings.Count(dom, `<article class="rel`); n != len(g.Edges) {
		t.Errorf("DOM has %d relations, want %d", n, len(g.Edges))
	}
	// #actor=Syrian rebels keeps the two relations of the rebels.
	search := res[2].out
	if !strings.Contains(search, "1 actor found; 2 of 5 relations listed") {
		t.Errorf("search: status not updated: %s", regexp.MustCompile(`<output[^>]*>[^<]*</output>`).FindString(search))
	}
	if n := strings.Count(search, `<article class="rel q`) - strings.Count(search, ` hidden"`); n != 2 {
		t.Errorf("search: %d relations shown, want 2", n)
	}
	if !strings.Contains(search, `class="node ag-match" data-id="SYRREB"`) {
		t.Error("search: the rebels' node is not highlighted")
	}
}
