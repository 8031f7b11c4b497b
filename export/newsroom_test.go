package export

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"image/png"
	"math"
	"regexp"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// lab converts #RRGGBB to CIELAB (D65).
func lab(hex string) [3]float64 {
	r, g, b := rgb(hex)
	lin := func(v int) float64 {
		c := float64(v) / 255
		if c <= 0.04045 {
			return c / 12.92
		}
		return math.Pow((c+0.055)/1.055, 2.4)
	}
	R, G, B := lin(r), lin(g), lin(b)
	x := (0.4124*R + 0.3576*G + 0.1805*B) / 0.95047
	y := 0.2126*R + 0.7152*G + 0.0722*B
	z := (0.0193*R + 0.1192*G + 0.9505*B) / 1.08883
	f := func(t float64) float64 {
		if t > 0.008856 {
			return math.Cbrt(t)
		}
		return 7.787*t + 16.0/116
	}
	return [3]float64{116*f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))}
}

func deltaE(a, b string) float64 {
	x, y := lab(a), lab(b)
	return math.Sqrt((x[0]-y[0])*(x[0]-y[0]) + (x[1]-y[1])*(x[1]-y[1]) + (x[2]-y[2])*(x[2]-y[2]))
}

// No community fill is confusable with another or with an edge colour
// (community 2 #EE8866 was 19 from verbal conflict #F46D43; two blues 14
// apart), nor with "other" and "none".
func TestPaletteDistinct(t *testing.T) {
	lines := []string{neutralGrey, hedgedColour}
	for q := 1; q <= 4; q++ {
		lines = append(lines, quadStyles[q].line)
	}
	for i, f := range Palette {
		for _, l := range lines {
			if d := deltaE(f, l); d < 30 {
				t.Errorf("fill %s is %.1f from edge colour %s", f, d, l)
			}
		}
		for _, g := range Palette[i+1:] {
			if d := deltaE(f, g); d < 30 {
				t.Errorf("fills %s and %s are %.1f apart", f, g, d)
			}
		}
		for _, g := range []string{fillOther, fillNone} {
			if d := deltaE(f, g); d < 20 {
				t.Errorf("fill %s is %.1f from %s", f, d, g)
			}
		}
	}
}

// newsroomGraph has two actors of equal influence with names of different
// lengths, a relation that scores 0 (REQUEST), one only denied, and a
// sentence that links to its article.
func newsroomGraph() (*graph.Graph, Options) {
	g := &graph.Graph{Title: "T", Documents: 5, DateFrom: "2020-01-02", DateTo: "2020-01-02",
		Dates: []graph.DateCount{{Date: "", Documents: 4}, {Date: "2020-01-02", Documents: 1}},
		Nodes: []graph.Node{{ID: "JOR", Name: "Jordan"}, {ID: "UN", Name: "United Nations Organization"}, {ID: "SYR", Name: "Syria"}}}
	g.Edges = []graph.Edge{
		{Source: "JOR", Target: "UN", Type: "REQUEST", Directed: true, Quad: 3, Label: "urges", Count: 1, Documents: 1},
		{Source: "SYR", Target: "UN", Type: "CONSULT", Quad: 1, Label: "talks with", Count: 1, Documents: 1, Weight: 2.5, Cooperation: 2.5,
			Modalities: map[string]int{"negated": 1},
			Evidence:   []graph.Evidence{{Doc: "a", Text: "Syria would not talk to the UN.", Modality: "negated", URL: "https://example.org/a"}}},
	}
	opt := Options{Influence: map[string]float64{"JOR": 0.5, "UN": 0.5, "SYR": 1}, Community: map[string]int{"JOR": 0, "UN": 0, "SYR": 1}}
	return g, opt
}

func nodeAttr(dot, id, key string) string {
	m := regexp.MustCompile(`(?m)^\t"` + id + `" \[.*\b` + key + `="([^"]*)"`).FindStringSubmatch(dot)
	if m == nil {
		return ""
	}
	return m[1]
}

func TestDrawingEncoding(t *testing.T) {
	g, opt := newsroomGraph()
	dot := string(render(t, g, DOT, opt))
	flat := strings.ReplaceAll(dot, `<br align="left"/>`, " ")
	// Size is influence only: the UN is as large as Jordan.
	if w1, w2 := nodeAttr(dot, "JOR", "width"), nodeAttr(dot, "UN", "width"); w1 == "" || w1 != w2 || nodeAttr(dot, "UN", "height") != w2 {
		t.Errorf("equal influence, sizes %q and %q", w1, w2)
	}
	if !strings.Contains(dot, `fixedsize="shape"`) || !strings.Contains(dot, `shape="circle"`) {
		t.Error("nodes are not circles of a fixed size")
	}
	// A relation that scores 0 is grey, not conflict; a denied one is
	// marked in its label, dashed and grey.
	if !regexp.MustCompile(`"JOR" -> "UN" \[label="urges", color="` + neutralGrey).MatchString(dot) {
		t.Error("a relation scored 0 is not drawn neutral")
	}
	if !regexp.MustCompile(`"SYR" -> "UN" \[label="talks with \(denied\)", color="` + hedgedColour + `".*style="dashed"`).MatchString(dot) {
		t.Error("a denied relation is not marked")
	}
	// The legend draws line samples (cell borders), names blocs by their
	// members, shows the size key, and says what is not asserted.
	for _, want := range []string{`sides="b" border="2" color="#1B7837"`, `sides="b" border="2" color="#5AAE61" style="dashed"`,
		"Jordan, United Nations Organization", "scored 0", "not asserted", "size is influence only", "least", "most",
		// Only one document of five has a date.
		"from 5 documents (1 dated, 2020-01-02)"} {
		if !strings.Contains(flat, want) {
			t.Errorf("DOT lacks %q", want)
		}
	}
	if strings.Contains(dot, "———") || strings.Contains(dot, "– – –") {
		t.Error("the legend draws lines with text glyphs")
	}
	// The tooltip links the evidence to its article.
	if !strings.Contains(dot, "https://example.org/a") {
		t.Error("no article link in the tooltip")
	}
}

// The zero Options give the picture 'run' gives: influence and
// communities computed with the analysis defaults, and a title.
func TestZeroOptionsAsRun(t *testing.T) {
	g := syria()
	got := string(render(t, g, DOT, Options{}))
	if strings.Count(got, `fillcolor="#FFFFFF"`) == len(g.Nodes) {
		t.Error("every node white: no communities")
	}
	if ws := regexp.MustCompile(`width="([0-9.]+)"`).FindAllStringSubmatch(got, -1); len(ws) < 2 || allSame(ws) {
		t.Error("every node the same size: no influence")
	}
	if !strings.Contains(got, "size is PN centrality only") {
		t.Error("the legend does not name the measure")
	}
}

func allSame(ms [][]string) bool {
	for _, m := range ms[1:] {
		if m[1] != ms[0][1] {
			return false
		}
	}
	return true
}

// A PNG says its resolution (pHYs), so that layout programs print it at
// the size it was made for; its pixels are the target size at that DPI.
func TestPNGDensity(t *testing.T) {
	g, opt := newsroomGraph()
	opt.DPI = 200
	opt.Width, opt.Height = 3, 2
	b := render(t, g, PNG, opt)
	i := bytes.Index(b, []byte("pHYs"))
	if i < 0 {
		t.Fatal("no pHYs chunk")
	}
	ppm := binary.BigEndian.Uint32(b[i+4:])
	if want := uint32(math.Round(200 / 0.0254)); ppm != want || b[i+12] != 1 {
		t.Errorf("pHYs %d per unit %d, want %d per metre", ppm, b[i+12], want)
	}
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	if w, h := img.Bounds().Dx(), img.Bounds().Dy(); w > 3*200+10 || h > 2*200+10 {
		t.Errorf("%d × %d pixels for 3 × 2 in at 200 dpi", w, h)
	}
}

// Text is never printed below MinPrintFont at the target size: the seed
// sized graph fits whole, a large one is drawn as a summary that does.
func TestLegibleAtSize(t *testing.T) {
	g := synthetic(120, 400, 3)
	opt := Options{Width: 7, Height: 5}
	svg := render(t, g, SVG, opt)
	s := printScale(t, svg)
	n := bytes.Count(svg, []byte(`class="node"`))
	if s*edgeFont < MinPrintFont-0.01 && !bytes.Contains(svg, []byte("text prints at")) {
		t.Errorf("scale %.3f: %.1f pt text at 7 × 5 in", s, s*edgeFont)
	}
	if n >= len(g.Nodes) || !bytes.Contains(svg, fmt.Appendf(nil, "Summary: the %d most influential of 120 actors", n)) {
		t.Errorf("%d of 120 drawn; caption does not say so", n)
	}
}

// A summary draws actors tied to one another: the most influential first,
// then those with a relation to one drawn, never a lone circle while a
// tied actor is left out (a 27-actor summary drew 14 actors, 8 relations).
func TestSummaryConnected(t *testing.T) {
	g := &graph.Graph{}
	inf := map[string]float64{}
	for i := 0; i < 10; i++ {
		id := fmt.Sprintf("N%d", i)
		g.Nodes = append(g.Nodes, graph.Node{ID: id, Name: id})
		inf[id] = 1 - float64(i)/10
	}
	// N0 and N1 are the most influential but unrelated to each other; N1
	// has no relation at all. N0's partners are N5..N8.
	for _, o := range []string{"N5", "N6", "N7", "N8"} {
		g.Edges = append(g.Edges, graph.Edge{Source: "N0", Target: o, Type: "CONSULT", Quad: 1, Count: 1, Weight: 2.5, Cooperation: 2.5})
	}
	h, note := summary(g, Options{Influence: inf}, 4)
	var ids []string
	for _, n := range h.Nodes {
		ids = append(ids, n.ID)
	}
	if got := strings.Join(ids, " "); got != "N0 N5 N6 N7" {
		t.Errorf("summary of 4: %s, want N0 N5 N6 N7 (the most influential tied to one another)", got)
	}
	if !strings.Contains(note, "Summary: the 4 most influential of 10 actors that are tied to one another") {
		t.Errorf("caption: %q", note)
	}
}
