package export

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/plover"
)

// FontName is the font of every label. Graphviz's own text-width tables
// know DejaVu Sans, so the WebAssembly build sizes labels for it without
// any font files; SVG output names fallbacks (see svgFontFamily).
const FontName = "DejaVu Sans"

// Palette holds the community fill colours: Paul Tol's "light" qualitative
// scheme, designed to stay distinct under colour-blindness and to carry
// black text. Community k (0-based) gets Palette[k].
var Palette = [...]string{"#77AADD", "#EE8866", "#EEDD88", "#FFAABB", "#99DDFF", "#44BB99", "#BBCC33", "#AAAA00"}

const (
	fillNone  = "#FFFFFF" // no community
	fillOther = "#DDDDDD" // community beyond the palette
	quadGrey  = "#888888" // an edge with an unknown quad
)

// quadStyle is how an edge of one quad class is drawn.
type quadStyle struct {
	line, font string // colours of the line and of the label text
	dashed     bool   // verbal quads are dashed
}

// quadStyles is indexed by quad 1..4: cooperation greens, conflict reds;
// verbal quads light and dashed, material quads dark and solid.
var quadStyles = [5]quadStyle{
	{quadGrey, "#555555", false},
	{"#5AAE61", "#2F7A35", true},  // 1 verbal cooperation: light green
	{"#1B7837", "#1B7837", false}, // 2 material cooperation: dark green
	{"#F46D43", "#C9461B", true},  // 3 verbal conflict: orange-red
	{"#A50026", "#A50026", false}, // 4 material conflict: dark red
}

func styleOf(quad int) quadStyle {
	if quad < 1 || quad > 4 {
		return quadStyles[0]
	}
	return quadStyles[quad]
}

// Sizes of the encoding (points and inches), documented in doc.go.
const (
	minFont, maxFont     = 10.0, 18.0 // node label size, by influence
	minWidth, maxWidth   = 0.5, 1.7   // node minimum width (in), by influence
	minHeight, maxHeight = 0.35, 0.95 // node minimum height (in), by influence
	minPen, maxPen       = 1.0, 4.5   // edge pen width, by |weight|
	edgeFont             = 9.0
	labelWidth           = 16 // node label line length in runes
	labelLines           = 2
	edgeLabelParts       = 4   // relations named on one merged edge
	maxSplineEdges       = 100 // neato draws straight edges above this
	swatchWidth          = 40  // community swatches in the legend (points)
	swatchHeight         = 18
	swatchSpace          = 3
)

// drawn is one edge as drawn: one typed edge, or the merged typed edges
// between two actors in one direction (or undirected).
type drawn struct {
	from, to string
	directed bool
	parts    []graph.Edge // by decreasing |weight|, then count, then type
	quad     int          // dominant quad
	strength float64      // Σ |weight| of the parts
}

// drawnEdges groups the graph's edges into drawn edges, in a canonical
// order.
func drawnEdges(g *graph.Graph, parallel bool) []*drawn {
	type key struct {
		from, to string
		directed bool
		typ      string
	}
	m := map[key]*drawn{}
	for _, e := range g.Edges {
		k := key{e.Source, e.Target, e.Directed, ""}
		if !e.Directed && k.from > k.to {
			k.from, k.to = k.to, k.from
		}
		if parallel {
			k.typ = e.Type
		}
		d := m[k]
		if d == nil {
			d = &drawn{from: k.from, to: k.to, directed: k.directed}
			m[k] = d
		}
		d.parts = append(d.parts, e)
		d.strength += math.Abs(e.Weight)
	}
	out := make([]*drawn, 0, len(m))
	for _, d := range m {
		sort.SliceStable(d.parts, func(i, j int) bool {
			a, b := d.parts[i], d.parts[j]
			if wa, wb := math.Abs(a.Weight), math.Abs(b.Weight); wa != wb {
				return wa > wb
			}
			if a.Count != b.Count {
				return a.Count > b.Count
			}
			return a.Type < b.Type
		})
		d.quad = dominantQuad(d.parts)
		out = append(out, d)
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.from != b.from {
			return a.from < b.from
		}
		if a.to != b.to {
			return a.to < b.to
		}
		if a.directed != b.directed {
			return !a.directed
		}
		return a.parts[0].Type < b.parts[0].Type
	})
	return out
}

// dominantQuad is the quad with the largest Σ |weight|; ties go to the
// larger mention count, then to the higher quad (conflict before
// cooperation, material before verbal).
func dominantQuad(parts []graph.Edge) int {
	var w [5]float64
	var n [5]int
	for _, e := range parts {
		q := e.Quad
		if q < 1 || q > 4 {
			q = 0
		}
		w[q] += math.Abs(e.Weight)
		n[q] += e.Count
	}
	best := -1
	for q := 4; q >= 0; q-- {
		if n[q] == 0 && w[q] == 0 {
			continue
		}
		if best < 0 || w[q] > w[best] || (w[q] == w[best] && n[q] > n[best]) {
			best = q
		}
	}
	if best < 0 {
		return parts[0].Quad
	}
	return best
}

// edgeLabel is the short relation label of a drawn edge, e.g.
// "backs ×3, attacks".
func edgeLabel(parts []graph.Edge) string {
	var items []string
	for i, e := range parts {
		if i == edgeLabelParts && len(parts) > edgeLabelParts+1 {
			items = append(items, fmt.Sprintf("+%d more", len(parts)-i))
			break
		}
		items = append(items, relation(e))
	}
	var b strings.Builder
	for i, it := range items {
		switch {
		case i == 0:
		case i%2 == 0:
			b.WriteString(",\n")
		default:
			b.WriteString(", ")
		}
		b.WriteString(it)
	}
	return b.String()
}

// relation is one typed edge's label with its mention count.
func relation(e graph.Edge) string {
	l := e.Label
	if l == "" {
		if t, ok := plover.Lookup(e.Type); ok {
			l = t.Label
		} else {
			l = strings.ToLower(e.Type)
		}
	}
	if e.Count > 1 {
		l += " ×" + strconv.Itoa(e.Count)
	}
	return l
}

// shortLabel wraps an actor name into at most labelLines lines of about
// labelWidth runes, cutting with an ellipsis what does not fit.
func shortLabel(name string) string {
	words := strings.Fields(name)
	var lines []string
	cur := ""
	for _, w := range words {
		switch {
		case cur == "":
			cur = w
		case utf8.RuneCountInString(cur)+1+utf8.RuneCountInString(w) <= labelWidth:
			cur += " " + w
		default:
			lines = append(lines, cur)
			cur = w
		}
	}
	if cur != "" {
		lines = append(lines, cur)
	}
	if len(lines) > labelLines {
		lines = lines[:labelLines]
		lines[labelLines-1] += "…"
	}
	for i, l := range lines {
		if r := []rune(l); len(r) > labelWidth+4 {
			lines[i] = string(r[:labelWidth+3]) + "…"
		}
	}
	return strings.Join(lines, "\n")
}

// WriteDOT writes the graph as Graphviz DOT with the visual encoding
// described in the package documentation. The output is deterministic: the
// same graph and options give the same bytes.
func WriteDOT(w io.Writer, g *graph.Graph, opt Options) error {
	g, opt = prepare(g, opt)
	return writeDOT(w, g, opt, 0)
}

// writeDOT writes DOT; dpi > 0 adds a dpi attribute (for PNG only, since
// Graphviz also scales SVG by it).
func writeDOT(w io.Writer, g *graph.Graph, opt Options, dpi int) error {
	if g == nil {
		g = &graph.Graph{}
	}
	edges := drawnEdges(g, opt.Parallel)
	layout, err := opt.layout(len(g.Nodes), len(edges))
	if err != nil {
		return err
	}

	bw := bufio.NewWriter(w)
	p := func(format string, args ...any) { fmt.Fprintf(bw, format, args...) }
	engine := string(layout)
	var posX, posY []float64
	if layout == LayoutForce {
		engine = "nop2"
		posX, posY = forcePositions(g, opt)
	}
	p("// Generated by actorgraph. Draw with: %s -Tsvg\n", engine)
	p("digraph %s {\n", quote("actorgraph"))

	ga := attrs{
		{"layout", engine},
		{"fontname", FontName},
		{"bgcolor", "white"},
		{"pad", "0.3"},
		{"outputorder", "edgesfirst"},
	}
	switch layout {
	case LayoutDot:
		ga = append(ga, attrs{{"splines", "true"}, {"rankdir", "LR"}, {"nodesep", "0.35"}, {"ranksep", "0.6"}}...)
	case LayoutNeato:
		// Routing splines around prism-separated nodes is the slow part
		// of neato (37 s at 200 nodes and 400 edges, against 1 s for
		// straight lines), so large graphs get straight edges.
		splines := "true"
		if len(edges) > maxSplineEdges {
			splines = "line"
		}
		ga = append(ga, attrs{{"splines", splines}, {"overlap", "prism"}, {"overlap_scaling", "-4"}, {"sep", "+8"}, {"esep", "+4"}, {"start", "1"}}...)
	case LayoutForce:
		ga = append(ga, attrs{{"splines", "line"}, {"overlap", "true"}}...)
	case LayoutSFDP:
		// prism took 18 s at 300 actors (scale 1.1 s) and did not finish
		// 1,000 in 10 minutes (BenchmarkLayout).
		overlap := opt.sfdpOverlap
		if overlap == "" {
			overlap = "scale"
		}
		ga = append(ga, attrs{{"splines", "line"}, {"overlap", overlap}, {"start", "1"}}...)
	}
	if dpi > 0 {
		ga = append(ga, attr{"dpi", strconv.Itoa(dpi)})
	}
	ga = append(ga, attrs{{"labelloc", "b"}, {"labeljust", "l"}}...)
	if l := legendHTML(g, opt); l != "" {
		p("\tgraph [%s,\n\t\tlabel=<%s>];\n", ga, l)
	} else {
		p("\tgraph [%s];\n", ga)
	}
	p("\tnode [%s];\n", attrs{
		{"fontname", FontName}, {"shape", "ellipse"}, {"style", "filled"},
		{"color", "#444444"}, {"penwidth", "1"}, {"margin", "0.06,0.03"},
	})
	p("\tedge [%s];\n", attrs{
		{"fontname", FontName}, {"fontsize", num(edgeFont)}, {"arrowsize", "0.7"},
	})

	for i, n := range g.Nodes {
		inf := clamp01(opt.Influence[n.ID])
		name := n.Name
		if strings.TrimSpace(name) == "" {
			name = n.ID
		}
		label := shortLabel(clean(name))
		if label == "" {
			label = " "
		}
		c, ok := opt.Community[n.ID]
		if !ok {
			c = -1
		}
		na := attrs{
			{"label", label},
			{"fillcolor", communityColour(c)},
			{"fontsize", num(lerp(minFont, maxFont, inf))},
			{"width", num(lerp(minWidth, maxWidth, inf))},
			{"height", num(lerp(minHeight, maxHeight, inf))},
			{"tooltip", nodeTooltip(n, inf, c)},
			{"id", "n" + strconv.Itoa(i)},
		}
		if posX != nil {
			na = append(na, attr{"pos", num(posX[i]) + "," + num(posY[i]) + "!"})
		}
		p("\t%s [%s];\n", quote(n.ID), na)
	}

	var maxStrength float64
	for _, d := range edges {
		maxStrength = math.Max(maxStrength, d.strength)
	}
	for i, d := range edges {
		st := styleOf(d.quad)
		pen := minPen
		if maxStrength > 0 {
			pen = lerp(minPen, maxPen, math.Sqrt(d.strength/maxStrength))
		}
		a := attrs{
			{"color", st.line},
			{"fontcolor", st.font},
			{"penwidth", num(pen)},
		}
		if layout != LayoutForce && layout != LayoutSFDP {
			// Placed edge labels need a layout engine; with positions
			// from Go they would overlap, so they stay in the tooltip.
			a = append(attrs{{"label", edgeLabel(d.parts)}}, a...)
		}
		if st.dashed {
			a = append(a, attr{"style", "dashed"})
		}
		if !d.directed {
			a = append(a, attr{"dir", "none"})
		}
		a = append(a, attr{"tooltip", edgeTooltip(g, d)}, attr{"id", "e" + strconv.Itoa(i)})
		p("\t%s -> %s [%s];\n", quote(d.from), quote(d.to), a)
	}
	p("}\n")
	return bw.Flush()
}

func communityColour(c int) string {
	switch {
	case c < 0:
		return fillNone
	case c < len(Palette):
		return Palette[c]
	}
	return fillOther
}

func nodeTooltip(n graph.Node, inf float64, c int) string {
	var b strings.Builder
	b.WriteString(clean(n.Name))
	var meta []string
	for i, s := range []string{n.ID, n.Kind, n.Country} {
		if s != "" && s != n.Name && (i != 2 || s != n.ID) {
			meta = append(meta, clean(s))
		}
	}
	if len(meta) > 0 {
		fmt.Fprintf(&b, " (%s)", strings.Join(meta, ", "))
	}
	fmt.Fprintf(&b, "\ninfluence %s", num(inf))
	if c >= 0 {
		fmt.Fprintf(&b, ", community %d", c+1)
	}
	b.WriteString(", " + plural(n.Mentions, "mention"))
	return b.String()
}

func edgeTooltip(g *graph.Graph, d *drawn) string {
	name := func(id string) string {
		if n, ok := g.Node(id); ok && n.Name != "" {
			return clean(n.Name)
		}
		return clean(id)
	}
	arrow := " → "
	if !d.directed {
		arrow = " – "
	}
	var b strings.Builder
	b.WriteString(name(d.from) + arrow + name(d.to))
	for _, e := range d.parts {
		fmt.Fprintf(&b, "\n%s (%s): %s, %s, score %s", relation(e), plover.QuadName(e.Quad),
			plural(e.Count, "mention"), plural(e.Documents, "document"), signed(e.Weight))
		if len(e.Evidence) > 0 {
			b.WriteString("\n" + evidenceLine(e.Evidence[0]))
		}
	}
	return b.String()
}

// maxEvidenceRunes bounds an evidence sentence quoted in a tooltip.
const maxEvidenceRunes = 200

// evidenceLine quotes one evidence sentence with its document and date:
// “Moscow pledged support.” (ap-1002, 2015-10-02).
func evidenceLine(ev graph.Evidence) string {
	s := clean(ev.Text)
	if r := []rune(s); len(r) > maxEvidenceRunes {
		s = string(r[:maxEvidenceRunes-1]) + "…"
	}
	src := clean(ev.Doc)
	if ev.Date != "" {
		if src != "" {
			src += ", "
		}
		src += clean(ev.Date)
	}
	if src != "" {
		return "“" + s + "” (" + src + ")"
	}
	return "“" + s + "”"
}

// captionOf is the caption under the title: Options.Caption, else the
// summary of the graph; empty with NoCaption.
func captionOf(g *graph.Graph, opt Options) string {
	var c string
	switch {
	case opt.NoCaption:
	case opt.Caption != "":
		c = opt.Caption
	default:
		c = Summary(g)
	}
	// A reduction is always stated.
	if opt.reduction != "" {
		if c != "" {
			c += "\n"
		}
		c += opt.reduction
	}
	return c
}

// forcePositions lays out the nodes of g in Go for LayoutForce.
func forcePositions(g *graph.Graph, opt Options) (x, y []float64) {
	w, h := make([]float64, len(g.Nodes)), make([]float64, len(g.Nodes))
	for i, n := range g.Nodes {
		name := n.Name
		if strings.TrimSpace(name) == "" {
			name = n.ID
		}
		w[i], h[i] = nodeBox(shortLabel(clean(name)), clamp01(opt.Influence[n.ID]))
	}
	return forceLayout(g, w, h)
}

// legendHTML is the graph label: title, caption and legend as an
// HTML-like table.
func legendHTML(g *graph.Graph, opt Options) string {
	title := opt.Title
	if title == "" {
		title = g.Title
	}
	caption := captionOf(g, opt)
	if title == "" && caption == "" && opt.NoLegend {
		return ""
	}
	var b strings.Builder
	b.WriteString(`<table border="0" cellborder="0" cellspacing="0" cellpadding="2">`)
	if title != "" {
		fmt.Fprintf(&b, `<tr><td align="left" balign="left"><font point-size="16"><b>%s</b></font></td></tr>`, html(title))
	}
	if caption != "" {
		fmt.Fprintf(&b, `<tr><td align="left" balign="left"><font point-size="11" color="#333333">%s</font></td></tr>`, html(caption))
	}
	if !opt.NoLegend {
		b.WriteString(`<tr><td align="left">`)
		b.WriteString(legendTable(g, opt))
		b.WriteString(`</td></tr>`)
	}
	b.WriteString(`</table>`)
	return b.String()
}

func legendTable(g *graph.Graph, opt Options) string {
	var b strings.Builder
	b.WriteString(`<table border="0" cellborder="0" cellspacing="0" cellpadding="1"><tr><td align="left"><font point-size="9">`)
	b.WriteString(`<b>Relations</b>  `)
	for q := 1; q <= 4; q++ {
		st := quadStyles[q]
		line := "———"
		if st.dashed {
			line = "– – –"
		}
		fmt.Fprintf(&b, `<font color="%s"><b>%s</b> %s</font>   `, st.line, line, html(plover.QuadName(q)))
	}
	b.WriteString(`</font></td></tr><tr><td align="left"><font point-size="9">`)
	b.WriteString(`Arrow: source acts on target; no arrowhead: mutual relation. Line width: |Σ scores|; ×n: mentions.`)
	b.WriteString(`</font></td></tr><tr><td align="left"><font point-size="9">`)
	influence := "influence"
	if opt.InfluenceName != "" {
		influence = html(opt.InfluenceName)
	}
	fmt.Fprintf(&b, `<b>Actors</b>  size: %s (larger = more influential)`, influence)

	used := map[int]bool{}
	maxC := -1
	for _, n := range g.Nodes {
		c, ok := opt.Community[n.ID]
		switch {
		case !ok || c < 0:
			used[-1] = true
		case c >= len(Palette):
			used[len(Palette)] = true
		default:
			used[c] = true
			maxC = max(maxC, c)
		}
	}
	if len(used) > 0 {
		// Graphviz spreads a nested table over the whole width of its
		// cell; a fixed-size cell of the table's own size keeps the
		// swatches together on the left.
		fmt.Fprintf(&b, `; fill: community</font></td></tr><tr><td align="left" fixedsize="true" width="%d" height="%d">`,
			len(used)*(swatchWidth+swatchSpace)+swatchSpace+4, swatchHeight+2*swatchSpace+4)
		fmt.Fprintf(&b, `<table border="0" cellborder="1" cellspacing="%d" cellpadding="1" color="#444444"><tr>`, swatchSpace)
		swatch := func(fill, text string) {
			fmt.Fprintf(&b, `<td bgcolor="%s" width="%d" height="%d" fixedsize="true"><font point-size="9">%s</font></td>`, fill, swatchWidth, swatchHeight, html(text))
		}
		for c := 0; c <= maxC; c++ {
			if used[c] {
				swatch(Palette[c], strconv.Itoa(c+1))
			}
		}
		if used[len(Palette)] {
			swatch(fillOther, "other")
		}
		if used[-1] {
			swatch(fillNone, "none")
		}
		b.WriteString(`</tr></table>`)
	} else {
		b.WriteString(`</font>`)
	}
	b.WriteString(`</td></tr></table>`)
	return b.String()
}

// summary is the default caption.
// Summary describes a graph in one line: actors, relations, mentions,
// documents, date range and actor level. It is the default caption, and
// the report's subtitle.
func Summary(g *graph.Graph) string {
	mentions := 0
	for _, e := range g.Edges {
		mentions += e.Count
	}
	s := fmt.Sprintf("%s, %s (%s)", plural(len(g.Nodes), "actor"), plural(len(g.Edges), "relation"), plural(mentions, "mention"))
	if g.Documents > 0 {
		s += " from " + plural(g.Documents, "document")
	}
	switch {
	case g.DateFrom != "" && g.DateTo != "" && g.DateFrom != g.DateTo:
		s += ", " + g.DateFrom + " to " + g.DateTo
	case g.DateFrom != "":
		s += ", " + g.DateFrom
	}
	if g.Level != "" {
		s += "; actor level: " + string(g.Level)
	}
	return s
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return strconv.Itoa(n) + " " + word + "s"
}

// attr is one DOT attribute; its value is always written quoted, as text.
type attr struct{ k, v string }

type attrs []attr

func (as attrs) String() string {
	var b strings.Builder
	for i, a := range as {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(a.k)
		b.WriteByte('=')
		// Graphviz decodes HTML entities in labels (and SVG keeps them
		// in tooltips), so a literal & must be written as &amp;.
		v := strings.ReplaceAll(a.v, "&", "&amp;")
		if a.k == "tooltip" {
			// A tooltip is an escString: Graphviz expands \N, \G, \L, \E,
			// \T, \H in it ("e\N" showed "e" and the node's name) and reads
			// \\ as one backslash, so each backslash of the text is doubled
			// once more than quote does.
			v = strings.ReplaceAll(v, `\`, `\\`)
		}
		b.WriteString(quote(v))
	}
	return b.String()
}

// quote writes s as a DOT double-quoted string. Inside one, Graphviz
// reads \" as a quote and, in labels and tooltips, \\ as a backslash and
// \n as a centred line break; a raw newline or a trailing backslash would
// break the syntax. So: backslash and quote are escaped, a newline becomes
// \n, other control characters become spaces and invalid UTF-8 is
// replaced. The mapping is injective, so distinct ids stay distinct.
func quote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range strings.ToValidUTF8(s, "\uFFFD") {
		switch {
		case r == '\\':
			b.WriteString(`\\`)
		case r == '"':
			b.WriteString(`\"`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case unicode.IsControl(r):
			b.WriteByte(' ')
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// clean makes a name one line of printable text.
func clean(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || unicode.IsSpace(r) {
			return ' '
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

// html escapes text for a Graphviz HTML-like label; a newline becomes a
// line break.
func html(s string) string {
	var b strings.Builder
	for _, r := range strings.ToValidUTF8(s, "\uFFFD") {
		switch {
		case r == '&':
			b.WriteString("&amp;")
		case r == '<':
			b.WriteString("&lt;")
		case r == '>':
			b.WriteString("&gt;")
		case r == '"':
			b.WriteString("&quot;")
		case r == '\n':
			b.WriteString(`<br align="left"/>`)
		case unicode.IsControl(r):
			b.WriteByte(' ')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// num formats a number with at most two decimals and no trailing zeros.
func num(v float64) string {
	s := strconv.FormatFloat(math.Round(v*100)/100, 'f', -1, 64)
	if s == "-0" {
		s = "0"
	}
	return s
}

func signed(v float64) string {
	if v > 0 {
		return "+" + num(v)
	}
	return num(v)
}

func clamp01(v float64) float64 {
	if math.IsNaN(v) || v < 0 {
		return 0
	}
	return math.Min(v, 1)
}

func lerp(a, b, t float64) float64 { return a + (b-a)*t }
