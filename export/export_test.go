package export

import (
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"flag"
	"fmt"
	"image/png"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/plover"
)

var (
	update  = flag.Bool("update", false, "rewrite the golden files in testdata")
	preview = flag.String("preview", "", "write the golden graphs as SVG and PNG into this directory, to look at")
)

// edge builds a typed edge with every mention scored at the type's default
// PLOVER score.
func edge(src, dst, typ string, count int) graph.Edge {
	t, ok := plover.Lookup(typ)
	if !ok {
		panic("unknown type " + typ)
	}
	score, _ := plover.DefaultScores().Score(typ, "")
	if t.Symmetric && src > dst {
		src, dst = dst, src
	}
	e := graph.Edge{Source: src, Target: dst, Type: typ, Directed: !t.Symmetric, Quad: t.Quad,
		Label: t.Label, Count: count, Documents: count, Weight: score * float64(count)}
	if score >= 0 {
		e.Cooperation = e.Weight
	} else {
		e.Conflict = -e.Weight
	}
	return e
}

// syria is the small hand-built graph of the golden files: Russia backs
// Syria, the US backs the Syrian rebels, Russia and Jordan coordinate, the
// US and Russia talk, and Russia attacks the rebels (and also accuses them,
// so that two typed edges share one drawn edge).
func syria() *graph.Graph {
	g := &graph.Graph{
		Title: "Syria, 2015–2016: who backs whom", Level: graph.LevelOrganisation,
		Documents: 6, DateFrom: "2015-09-30", DateTo: "2016-02-12",
		Nodes: []graph.Node{
			{ID: "JOR", Name: "Jordan", Kind: "state", Country: "JOR", Mentions: 2},
			{ID: "RUS", Name: "Russia", Kind: "state", Country: "RUS", Mentions: 11},
			{ID: "SYR", Name: "Syria", Kind: "state", Country: "SYR", Mentions: 3},
			{ID: "SYR_REB", Name: "Syrian rebels", Kind: "rebels", Country: "SYR", Sector: "REB", Mentions: 6},
			{ID: "USA", Name: "United States", Kind: "state", Country: "USA", Mentions: 5},
		},
		Edges: []graph.Edge{
			edge("JOR", "RUS", "COOPERATE", 2),
			edge("RUS", "SYR", "SUPPORT", 3),
			edge("RUS", "SYR_REB", "ACCUSE", 1),
			edge("RUS", "SYR_REB", "ASSAULT", 2),
			edge("RUS", "USA", "CONSULT", 2),
			edge("USA", "SYR_REB", "SUPPORT", 2),
		},
	}
	// Evidence for two edges: the first sentence shows in tooltips.
	g.Edges[1].Evidence = []graph.Evidence{
		{Doc: "reuters-0930", Date: "2015-09-30", Text: "Russia said its air strikes backed the Syrian army.", Trigger: "backed", Source: "Russia", Target: "the Syrian army", Score: 5},
		{Doc: "ap-1002", Date: "2015-10-02", Text: "Moscow pledged more support for Damascus.", Trigger: "support", Source: "Moscow", Target: "Damascus", Score: 5},
	}
	g.Edges[3].Evidence = []graph.Evidence{
		{Doc: "bbc-1007", Date: "2015-10-07", Text: "Russian jets struck rebel positions near Hama & Idlib.", Trigger: "struck", Source: "Russian jets", Target: "rebel positions", Score: -9},
	}
	return g
}

func syriaOptions() Options {
	return Options{
		Influence: map[string]float64{"RUS": 1, "USA": 0.55, "SYR_REB": 0.4, "SYR": 0.3, "JOR": 0.1},
		Community: map[string]int{"RUS": 0, "SYR": 0, "JOR": 0, "USA": 1, "SYR_REB": 1},
	}
}

func render(t testing.TB, g *graph.Graph, f Format, opt Options) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := Render(context.Background(), &b, g, f, opt); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file (run go test -update and review the diff)", path)
	}
}

func TestGolden(t *testing.T) {
	for _, tc := range []struct {
		name string
		f    Format
		opt  func() Options
	}{
		{"syria.dot", DOT, syriaOptions},
		{"syria.svg", SVG, syriaOptions},
		{"syria-parallel.dot", DOT, func() Options { o := syriaOptions(); o.Parallel = true; return o }},
		{"syria-neato.svg", SVG, func() Options { o := syriaOptions(); o.Layout = LayoutNeato; return o }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			golden(t, tc.name, render(t, syria(), tc.f, tc.opt()))
			if *preview != "" {
				base := filepath.Join(*preview, strings.TrimSuffix(tc.name, filepath.Ext(tc.name)))
				for _, f := range []Format{SVG, PNG} {
					if err := os.WriteFile(base+"."+f.String(), render(t, syria(), f, tc.opt()), 0o644); err != nil {
						t.Fatal(err)
					}
				}
			}
		})
	}
}

func TestDeterministic(t *testing.T) {
	for _, f := range []Format{DOT, SVG, PNG} {
		for _, l := range []Layout{LayoutDot, LayoutNeato} {
			opt := syriaOptions()
			opt.Layout = l
			a := render(t, syria(), f, opt)
			b := render(t, syria(), f, opt)
			if !bytes.Equal(a, b) {
				t.Errorf("%v/%s: two renders differ", f, l)
			}
		}
	}
}

func TestConcurrent(t *testing.T) {
	want := render(t, syria(), SVG, syriaOptions())
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var b bytes.Buffer
			if err := Render(context.Background(), &b, syria(), SVG, syriaOptions()); err != nil {
				errs <- err
				return
			}
			if !bytes.Equal(b.Bytes(), want) {
				errs <- errors.New("concurrent render differs")
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

// svgText parses an SVG document and returns its text content.
func svgText(t *testing.T, svg []byte) string {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(svg))
	dec.Strict = true
	var b strings.Builder
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("SVG is not well-formed XML: %v", err)
		}
		if cd, ok := tok.(xml.CharData); ok {
			b.Write(cd)
			b.WriteByte('\n')
		}
	}
	return b.String()
}

func TestSVGContent(t *testing.T) {
	svg := render(t, syria(), SVG, syriaOptions())
	text := svgText(t, svg)
	for _, want := range []string{
		"Syria, 2015–2016: who backs whom",                     // title
		"5 actors, 6 relations (12 mentions) from 6 documents", // caption
		"Relations", "verbal cooperation", "material conflict", // legend
		"Actors", "community",
		"Russia", "Syrian rebels", "United States",
		"backs ×3", "attacks ×2, accuses", "coordinates with ×2",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("SVG text lacks %q", want)
		}
	}
	for _, want := range []string{
		"<title>Syria, 2015–2016: who backs whom</title>\n<desc>5 actors",
		"Relations, strongest first: Russia → Syrian rebels: attacks ×2 (material conflict)",
		`data-source="RUS" data-target="SYR_REB" data-quads="3 4"`,
		"“Russian jets struck rebel positions near Hama &amp; Idlib.” (bbc&#45;1007, 2015&#45;10&#45;07)&#10;accuses",
	} {
		if !bytes.Contains(svg, []byte(want)) {
			t.Errorf("SVG lacks %q", want)
		}
	}
	g := syria()
	for _, n := range g.Nodes {
		if !bytes.Contains(svg, []byte(`class="node" data-id="`+n.ID+`"`)) {
			t.Errorf("SVG node %s has no data-id", n.ID)
		}
	}
	if n := bytes.Count(svg, []byte(`class="edge" data-source=`)); n != len(drawnEdges(g, false)) {
		t.Errorf("SVG has %d edges with data-source, want %d", n, len(drawnEdges(g, false)))
	}
	if !bytes.Contains(svg, []byte(svgFontFamily)) || bytes.Contains(svg, []byte(`font-family="Times`)) {
		t.Errorf("SVG fonts not set: want every label in %s", svgFontFamily)
	}
	for _, colour := range []string{"#1b7837", "#a50026", "#5aae61"} {
		if !bytes.Contains(bytes.ToLower(svg), []byte(colour)) {
			t.Errorf("SVG lacks edge colour %s", colour)
		}
	}
}

// A PNG shows the drawing: its fills, lines and text are there (every PNG
// since the lazily loaded Graphviz copy was white, and this test, which
// only checked the signature, passed).
func TestPNG(t *testing.T) {
	for _, dpi := range []int{72, 150} {
		b := render(t, syria(), PNG, Options{DPI: dpi})
		img, err := png.Decode(bytes.NewReader(b))
		if err != nil {
			t.Fatalf("dpi %d: %v", dpi, err)
		}
		dark, coloured := 0, 0
		bd := img.Bounds()
		for y := bd.Min.Y; y < bd.Max.Y; y++ {
			for x := bd.Min.X; x < bd.Max.X; x++ {
				r, g, b, _ := img.At(x, y).RGBA()
				if r < 0x4000 && g < 0x4000 && b < 0x4000 {
					dark++ // text, outlines
				}
				if r>>8 == 0x77 && g>>8 == 0xAA && b>>8 == 0xDD {
					coloured++ // the first bloc's fill
				}
			}
		}
		if total := bd.Dx() * bd.Dy(); dark < total/1000 || coloured < total/1000 {
			t.Errorf("dpi %d: %d dark and %d bloc-coloured pixels of %d: the drawing is missing", dpi, dark, coloured, total)
		}
	}
}

func TestParseFormat(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want Format
		ok   bool
	}{
		{"dot", DOT, true}, {"gv", DOT, true}, {".SVG", SVG, true}, {"png", PNG, true},
		{"", 0, false}, {"pdf", 0, false},
	} {
		got, err := ParseFormat(tc.in)
		if (err == nil) != tc.ok || (tc.ok && got != tc.want) {
			t.Errorf("ParseFormat(%q) = %v, %v", tc.in, got, err)
		}
		if !tc.ok && !errors.Is(err, ErrFormat) {
			t.Errorf("ParseFormat(%q) error %v does not wrap ErrFormat", tc.in, err)
		}
	}
	for _, f := range []Format{DOT, SVG, PNG} {
		if got, _ := ParseFormat(f.String()); got != f {
			t.Errorf("ParseFormat(%v.String()) = %v", f, got)
		}
	}
	if err := Render(context.Background(), io.Discard, syria(), DOT, Options{Layout: "circo"}); !errors.Is(err, ErrFormat) {
		t.Errorf("unknown layout: got %v", err)
	}
}

func TestQuote(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{`plain`, `"plain"`},
		{`say "hi"`, `"say \"hi\""`},
		{`back\slash`, `"back\\slash"`},
		{`trailing\`, `"trailing\\"`},
		{"two\nlines", `"two\nlines"`},
		{`\N`, `"\\N"`},
		{"tab\there", `"tab here"`},
		{"Zürich – 北京", `"Zürich – 北京"`},
		{"bad\xffutf8", "\"bad\uFFFDutf8\""},
	} {
		if got := quote(tc.in); got != tc.want {
			t.Errorf("quote(%q) = %s, want %s", tc.in, got, tc.want)
		}
	}
	if got, want := html(`<b>&"x"</b>`), `&lt;b&gt;&amp;&quot;x&quot;&lt;/b&gt;`; got != want {
		t.Errorf("html = %s, want %s", got, want)
	}
}

func TestShortLabel(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Russia", "Russia"},
		{"Syrian rebels", "Syrian rebels"},
		{"United Nations Security Council", "United Nations\nSecurity Council"},
		{"Islamic Revolutionary Guard Corps Quds Force", "Islamic\nRevolutionary\nGuard Corps Quds…"},
		{"Popular Mobilization Forces", "Popular\nMobilization\nForces"}, // wrapped, not cut
		{"  spaced \n out ", "spaced out"},
		{"Supercalifragilisticexpialidocious", "Supercalifragilisticexpialidoci…"},
		{"Supercalifragilistic", "Supercalifragilistic"},
		{"", ""},
	} {
		if got := shortLabel(clean(tc.in)); got != tc.want {
			t.Errorf("shortLabel(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// hostile is a graph whose names and titles contain every character DOT
// and HTML-like labels treat specially.
func hostile() *graph.Graph {
	names := []string{`Say "hi"`, `back\slash\`, "two\nlines\r\n", `<b>&amp;</b>`, `\N \G \L`, "Zürich – 北京 ★", "", "  ", "bad\xff", "tab\tand\x00nul"}
	g := &graph.Graph{Title: "Title with \"quotes\", <tags> & \\backslashes\\\nand a second line"}
	for i, n := range names {
		g.Nodes = append(g.Nodes, graph.Node{ID: fmt.Sprintf("%s#%d", n, i), Name: n})
	}
	for i := range g.Nodes {
		e := edge(g.Nodes[i].ID, g.Nodes[(i+1)%len(g.Nodes)].ID, "ACCUSE", i+1)
		e.Label = names[(i+3)%len(names)]
		g.Edges = append(g.Edges, e)
	}
	return g
}

func TestEscaping(t *testing.T) {
	g := hostile()
	opt := Options{Caption: `caption "with" <html> & \ stuff`}
	dot := render(t, g, DOT, opt)
	dotParses(t, dot)
	svg := render(t, g, SVG, opt)
	text := svgText(t, svg)
	for _, want := range []string{`Say "hi"`, `back\slash\`, "Zürich – 北京 ★", `<b>&amp;</b>`, `\N \G \L`, `Title with "quotes", <tags> & \backslashes\`, `caption "with" <html> & \ stuff`} {
		if !strings.Contains(text, want) {
			t.Errorf("SVG text lacks %q", want)
		}
	}
	// Every node survives with a distinct id: ten nodes, ten node groups.
	if n := bytes.Count(svg, []byte(`class="node"`)); n != len(g.Nodes) {
		t.Errorf("SVG has %d nodes, want %d", n, len(g.Nodes))
	}
}

func TestEdgeCases(t *testing.T) {
	cases := map[string]*graph.Graph{
		"nil":      nil,
		"empty":    {},
		"isolated": {Nodes: []graph.Node{{ID: "A", Name: "Alone"}}},
		"unicode": {Nodes: []graph.Node{{ID: "Ж", Name: "Жуков"}, {ID: "北", Name: "北京"}, {ID: "ع", Name: "عمّان"}},
			Edges: []graph.Edge{edge("Ж", "北", "CONSULT", 1), edge("ع", "Ж", "THREATEN", 4)}},
		"zero weight": {Nodes: []graph.Node{{ID: "A"}, {ID: "B"}},
			Edges: []graph.Edge{{Source: "A", Target: "B", Type: "NEWTYPE", Directed: true, Count: 1}}},
		"hostile": hostile(),
	}
	opts := map[string]Options{
		"default":  {},
		"parallel": {Parallel: true, NoLegend: true, NoCaption: true},
		"odd":      {Influence: map[string]float64{"A": 7, "B": -3}, Community: map[string]int{"A": 99, "B": -5}},
	}
	for gn, g := range cases {
		for on, opt := range opts {
			for _, f := range []Format{DOT, SVG} {
				t.Run(gn+"/"+on+"/"+f.String(), func(t *testing.T) {
					out := render(t, g, f, opt)
					if f == SVG {
						svgText(t, out)
					} else {
						dotParses(t, out)
					}
				})
			}
		}
	}
}

// dotParses checks DOT with native Graphviz when it is installed.
func dotParses(t *testing.T, dot []byte) {
	t.Helper()
	path, err := exec.LookPath("dot")
	if err != nil {
		return
	}
	cmd := exec.Command(path, "-Tcanon")
	cmd.Stdin = bytes.NewReader(dot)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil || stderr.Len() > 0 {
		t.Errorf("native dot: %v: %s", err, stderr.String())
	}
}

func TestNativeDot(t *testing.T) {
	if _, err := exec.LookPath("dot"); err != nil {
		t.Skip("Graphviz dot is not on PATH")
	}
	for _, opt := range []Options{syriaOptions(), {Parallel: true}, {Layout: LayoutNeato}} {
		dotParses(t, render(t, syria(), DOT, opt))
	}
}

// randomGraph builds a reproducible graph with n nodes and m typed edges.
func randomGraph(n, m int) *graph.Graph {
	r := rand.New(rand.NewPCG(1, 1))
	types := plover.Types()
	g := &graph.Graph{Title: fmt.Sprintf("random %d/%d", n, m)}
	for i := range n {
		id := fmt.Sprintf("A%03d", i)
		g.Nodes = append(g.Nodes, graph.Node{ID: id, Name: fmt.Sprintf("Actor %d", i)})
	}
	seen := map[[3]string]bool{}
	for len(g.Edges) < m {
		a, b := g.Nodes[r.IntN(n)].ID, g.Nodes[r.IntN(n)].ID
		t := types[r.IntN(len(types))]
		if a == b {
			continue
		}
		e := edge(a, b, t.Name, 1+r.IntN(4))
		k := [3]string{e.Source, e.Target, e.Type}
		if seen[k] {
			continue
		}
		seen[k] = true
		g.Edges = append(g.Edges, e)
	}
	sortGraph(g)
	return g
}

func sortGraph(g *graph.Graph) {
	// Round-trip through JSON to get the canonical order ReadJSON imposes.
	var b bytes.Buffer
	if err := g.WriteJSON(&b); err != nil {
		panic(err)
	}
	h, err := graph.ReadJSON(&b)
	if err != nil {
		panic(err)
	}
	*g = *h
}

func randomOptions(g *graph.Graph) Options {
	r := rand.New(rand.NewPCG(2, 2))
	opt := Options{Influence: map[string]float64{}, Community: map[string]int{}}
	for _, n := range g.Nodes {
		opt.Influence[n.ID] = r.Float64()
		opt.Community[n.ID] = r.IntN(10)
	}
	return opt
}

func BenchmarkRender(b *testing.B) {
	for _, size := range []struct{ n, m int }{{15, 20}, {200, 400}} {
		g := randomGraph(size.n, size.m)
		opt := randomOptions(g)
		for _, f := range []Format{DOT, SVG, PNG} {
			b.Run(fmt.Sprintf("%d-%d/%v", size.n, size.m, f), func(b *testing.B) {
				render(b, g, f, opt) // start Graphviz outside the timing
				b.ResetTimer()
				for b.Loop() {
					if err := Render(context.Background(), io.Discard, g, f, opt); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

// Tooltips keep evidence as written: Graphviz expanded \N, \G, \L in them
// even after the DOT escaped the backslash ("e\N\G\L" showed
// "e\Nactorgraphtalks with").
func TestTooltipBackslashes(t *testing.T) {
	g := syria()
	g.Edges[0].Evidence = []graph.Evidence{{Doc: "d", Text: `e\N\G\L\E\T\H x\ny`}}
	g.Nodes[0].Name = `Name \N\G`
	svg := string(render(t, g, SVG, syriaOptions()))
	for _, want := range []string{`e\N\G\L\E\T\H x\ny`, `Name \N\G`} {
		if !strings.Contains(svg, "<title>"+want) && !strings.Contains(svg, want) {
			t.Errorf("SVG lacks %q", want)
		}
	}
	if !strings.Contains(svg, `e\N\G\L\E\T\H x\ny`) {
		t.Errorf("tooltip evidence altered")
	}
}
