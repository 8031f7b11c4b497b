package report

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"html"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/actorgraph/actorgraph/event"
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

// datedFixture is a graph built with dates over four months, and its
// monthly windows: Russia backs Syria every month, attacks the rebels in
// two, and the United States talk to Russia once.
func datedFixture(t testing.TB) (*graph.Graph, []graph.Slice) {
	t.Helper()
	rus := event.Actor{ID: "RUS", Name: "Russia", Kind: "state", Country: "RUS"}
	syr := event.Actor{ID: "SYR", Name: "Syria", Kind: "state", Country: "SYR"}
	reb := event.Actor{ID: "SYRREB", Name: "Syrian rebels", Kind: "rebels", Country: "SYR", Sector: "REB"}
	usa := event.Actor{ID: "USA", Name: "United States", Kind: "state", Country: "USA"}
	var events []event.Event
	add := func(doc, date string, s, d event.Actor, typ string, w float64) {
		events = append(events, event.Event{Doc: doc, Date: date, Sentence: len(events), Source: s, Target: d, Type: typ,
			Weight: w, Modality: event.Asserted, Text: s.Name + " and " + d.Name + ".", Trigger: event.Span{Text: "and"}})
	}
	for i, m := range []string{"01", "02", "03", "04"} {
		add("d"+m, "2019-"+m+"-10", rus, syr, "SUPPORT", 5)
		if i%2 == 1 {
			add("d"+m, "2019-"+m+"-10", rus, reb, "ASSAULT", -9.5)
		}
	}
	add("d05", "2019-03-02", usa, rus, "CONSULT", 2.5)
	g := graph.BuildDated(events, graph.Options{Title: "Dated"})
	w, _ := graph.ParseWindow("1m")
	s, err := graph.Series(g, w, "", "")
	if err != nil {
		t.Fatal(err)
	}
	return g, s
}

// The report plots actors and pairs over the windows: one plot per actor
// and per pair, a bar per window and figures in the tooltips.
func TestTimeSeries(t *testing.T) {
	g, s := datedFixture(t)
	page := string(write(t, g, Options{Series: s, Window: "1m"}))
	for _, want := range []string{`id="time"`, `href="#time"`, "4 windows of 1m, 2019-01 to 2019-04",
		"<title>2019-02: cooperation 5.00, conflict 9.50</title>", "<b>Russia – Syrian rebels</b>"} {
		if !strings.Contains(page, want) {
			t.Errorf("report lacks %q", want)
		}
	}
	if n := strings.Count(page, `class="spark-fig"`); n != 4+3 {
		t.Errorf("%d plots, want 4 actors and 3 pairs", n)
	}
	if n := strings.Count(page, `class="conf"`); n != 2+2+2 {
		t.Errorf("%d conflict bars, want 2 each for Russia, the rebels and their pair", n)
	}
	if strings.Contains(string(write(t, g, Options{})), `id="time"`) {
		t.Error("a report without windows has a time section")
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
		// The software WebGL driver reports its own performance notes
		// (sigma reads pixels back to find the node under the mouse):
		// they are the browser's, not the page's.
		if strings.Contains(l, ":CONSOLE") && !strings.Contains(l, "GL Driver Message") {
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
	dg, ds := datedFixture(t)
	dated := filepath.Join(dir, "dated.html")
	if err := os.WriteFile(dated, write(t, dg, Options{Series: ds, Window: "1m"}), 0o644); err != nil {
		t.Fatal(err)
	}
	// The interactive view, and names: "Putin" named Russia in an article,
	// "US" is a dictionary alias of the United States.
	eg := fixture()
	eg.Edges[3].Evidence[0].Source = "Putin"
	explore := filepath.Join(dir, "explore.html")
	if err := os.WriteFile(explore, write(t, eg, Options{Explore: ExploreAlways, Names: map[string][]string{"USA": {"US", "America"}}}), 0o644); err != nil {
		t.Fatal(err)
	}
	webgl := []string{"--dump-dom", "--use-angle=swiftshader", "--enable-unsafe-swiftshader"}
	shot := filepath.Join(dir, "report.png")
	timeShot := filepath.Join(dir, "time.png")
	if keep := os.Getenv("AG_SCREENSHOT_TIME"); keep != "" {
		timeShot = keep
	}
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
		{"time", "file://" + dated + "#actor=United%20States", []string{"--dump-dom"}},
		{"time-screenshot", "file://" + dated, []string{"--screenshot=" + timeShot, "--window-size=1400,2600"}},
		{"explore-putin", "file://" + explore + "#actor=Putin", webgl},
		{"explore-us", "file://" + explore + "#actor=US", webgl},
		{"explore-uk", "file://" + explore + "#actor=UK", webgl},
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
	if n := strings.Count(dom, `<details class="rel`); n != len(g.Edges) {
		t.Errorf("DOM has %d relations, want %d", n, len(g.Edges))
	}
	// #actor=Syrian rebels keeps the two relations of the rebels.
	search := res[2].out
	if !strings.Contains(search, "1 actor found (Syrian rebels); 2 of 5 relations listed") {
		t.Errorf("search: status not updated: %s", regexp.MustCompile(`<output[^>]*>[^<]*</output>`).FindString(search))
	}
	if n := strings.Count(search, `<details class="rel q`) - len(regexp.MustCompile(`<details class="rel q[^"]* hidden"`).FindAllString(search, -1)); n != 2 {
		t.Errorf("search: %d relations shown, want 2", n)
	}
	if !strings.Contains(search, `class="node ag-match" data-id="SYRREB"`) {
		t.Error("search: the rebels' node is not highlighted")
	}
	// The time plots render and the search narrows them: the United
	// States appear in their own plot and the pair with Russia.
	timeDOM := res[3].out
	if n := strings.Count(timeDOM, `class="spark-fig"`); n != 2 {
		t.Errorf("time: %d plots shown for the United States, want 2 (%d hidden)", n, strings.Count(timeDOM, `class="spark-fig hidden"`))
	}
	if n := strings.Count(timeDOM, `<svg class="spark"`); n != 7 {
		t.Errorf("time: %d plots in the DOM, want 7", n)
	}
	// The whole graph in sigma.js (WebGL); the search finds a person at
	// the organisation level and an alias, whole words only (US found
	// Russia; UK matches nothing here, not "Ukraine"-like parts).
	for i, want := range []string{"1 actor found (Russia);", "1 actor found (United States);", "no actor found;"} {
		d := res[5+i].out
		if !strings.Contains(d, `data-ag-view="5"`) {
			t.Errorf("%s: the interactive view did not mount: %s", runs[5+i].name, regexp.MustCompile(`data-ag-view="[^"]*"`).FindString(d))
		}
		if !strings.Contains(d, want) {
			t.Errorf("%s: status %s, want %q", runs[5+i].name, regexp.MustCompile(`<output[^>]*>[^<]*</output>`).FindString(d), want)
		}
	}
	// The search dims the rest of the drawing.
	if !regexp.MustCompile(`<svg [^>]*class="ag-search"`).MatchString(res[6].out) {
		t.Error("search: the drawing is not dimmed")
	}
	if png, err := os.ReadFile(timeShot); err != nil || !bytes.HasPrefix(png, []byte("\x89PNG")) || len(png) < 10000 {
		t.Errorf("time screenshot: %d bytes, %v", len(png), err)
	}
}

// On paper the page has no controls, no instructions for a mouse and no
// interactive view: everything meant for the screen is marked .screen,
// which the print stylesheet hides.
func TestPrintStylesheet(t *testing.T) {
	page := string(write(t, fixture(), Options{Explore: ExploreAlways}))
	if !regexp.MustCompile(`@media print \{[^}]*\.screen[^}]*display: none`).MatchString(pageCSS) {
		t.Error("the print stylesheet does not hide .screen")
	}
	for _, s := range []string{"hover an actor", "Scroll or use", "Explore the whole graph"} {
		i := strings.Index(page, s)
		if i < 0 {
			t.Errorf("page lacks %q", s)
			continue
		}
		open := strings.LastIndex(page[:i], `class="screen"`)
		if open < 0 || strings.Contains(page[open:i], "</section>") && !strings.Contains(page[open:i], "<section") {
			t.Errorf("%q is not inside a .screen element", s)
		}
	}
}

// interactions drives the page as a reader would, with real DOM events,
// and writes what it saw into <body data-ag-test="...">: sorting a column
// twice, zooming with the button, dragging, and a date range.
const interactions = `<script>
(function () {
  var out = {};
  try {
    var th = document.querySelectorAll("#ag-influence thead th")[7]; // Strength
    var col = function () {
      return Array.prototype.map.call(document.querySelectorAll("#ag-influence tbody tr"), function (r) { return parseFloat(r.cells[7].textContent); });
    };
    th.click(); out.sortDesc = col();
    th.click(); out.sortAsc = col();
    var svg = document.querySelector("#ag-figure svg");
    var w0 = svg.viewBox.baseVal.width;
    document.querySelector("#ag-figure [data-zoom='1.25']").click();
    out.zoom = svg.viewBox.baseVal.width / w0;
    var x0 = svg.viewBox.baseVal.x, r = svg.getBoundingClientRect();
    svg.dispatchEvent(new PointerEvent("pointerdown", { clientX: r.left + 50, clientY: r.top + 50, bubbles: true }));
    window.dispatchEvent(new PointerEvent("pointermove", { clientX: r.left + 150, clientY: r.top + 50, bubbles: true }));
    window.dispatchEvent(new PointerEvent("pointerup", { bubbles: true }));
    out.panned = svg.viewBox.baseVal.x < x0;
    var from = document.getElementById("ag-from"), to = document.getElementById("ag-to");
    if (from) {
      from.value = "2015-10-01"; to.value = "2015-12-31";
      from.dispatchEvent(new Event("change")); to.dispatchEvent(new Event("change"));
      out.status = document.getElementById("ag-status").textContent;
    }
  } catch (e) { out.error = String(e); }
  document.body.setAttribute("data-ag-test", JSON.stringify(out));
})();
</script></body>`

// The page's controls work in a browser: a column sorts one way then the
// other, the zoom button and a drag change the view, and a date range
// lists only the relations stated in it.
func TestChromiumInteractions(t *testing.T) {
	if _, err := os.Stat(chromium); err != nil {
		t.Skipf("%s is missing: install Debian's chromium (make deps) for the browser test", chromium)
	}
	dir := t.TempDir()
	page := strings.Replace(string(write(t, fixture(), Options{})), "</body>", interactions, 1)
	path := filepath.Join(dir, "report.html")
	if err := os.WriteFile(path, []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	o, _, err := headless(filepath.Join(dir, "profile"), "file://"+path, "--dump-dom")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`data-ag-test="([^"]*)"`).FindStringSubmatch(o)
	if m == nil {
		t.Fatal("the interactions did not run")
	}
	var got struct {
		SortDesc, SortAsc []float64
		Zoom              float64
		Panned            bool
		Status, Error     string
	}
	if err := json.Unmarshal([]byte(html.UnescapeString(m[1])), &got); err != nil {
		t.Fatal(err)
	}
	if got.Error != "" {
		t.Fatalf("the page failed: %s", got.Error)
	}
	if !sort.IsSorted(sort.Reverse(sort.Float64Slice(got.SortDesc))) || !sort.Float64sAreSorted(got.SortAsc) || len(got.SortAsc) != 5 {
		t.Errorf("sorting by strength: %v then %v", got.SortDesc, got.SortAsc)
	}
	if got.Zoom > 0.81 || got.Zoom < 0.79 || !got.Panned {
		t.Errorf("zoom: view width ×%.2f (want 0.8), panned %v", got.Zoom, got.Panned)
	}
	// Between October and December 2015 only "Russian jets struck the
	// rebels" (2015-10-07) and the undated relations are stated.
	if !strings.Contains(got.Status, "3 of 5 relations listed") {
		t.Errorf("date range: status %q", got.Status)
	}
}
