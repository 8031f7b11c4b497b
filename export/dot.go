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

// Palette holds the community fill colours: pale enough to carry black
// text, and chosen (from Paul Tol's light and pale schemes and their
// neighbours) so that no fill is confusable with another (CIE76 ΔE ≥ 30)
// or with an edge colour (ΔE ≥ 30: no greens, reds or oranges, which mean
// cooperation and conflict; TestPaletteDistinct). Community k (0-based)
// gets Palette[k].
var Palette = [...]string{"#77AADD", "#EECC55", "#CC99DD", "#FFBBCC", "#99DDDD", "#FFDDAA"}

const (
	fillNone  = "#FFFFFF" // no community
	fillOther = "#DDDDDD" // community beyond the palette
	quadGrey  = "#888888" // an edge with an unknown quad
	// neutralGrey draws a relation whose scores sum to 0 ("urges",
	// REQUEST, is verbal conflict in PLOVER's quads but scores 0): neither
	// cooperation nor conflict.
	neutralGrey = "#999999"
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

// neutralStyle is a drawn edge whose scores sum to 0.
var neutralStyle = quadStyle{neutralGrey, "#666666", true}

// lineColour is the line colour of one relation: its quad's, grey when it
// scores 0.
func lineColour(e graph.Edge) string {
	if e.Weight == 0 && e.Cooperation == 0 && e.Conflict == 0 {
		return neutralGrey
	}
	return styleOf(e.Quad).line
}

// Sizes of the encoding (points and inches), documented in doc.go. Every
// text is at least MinPrintFont points when the drawing is printed at its
// target size (Options.Width × Height): Render makes a drawing that would
// be scaled further a summary of fewer actors.
const (
	MinPrintFont     = 8.0
	nodeFont         = 10.0      // node labels, whatever the influence
	edgeFont         = 10.0      // relation labels
	captionFont      = 10.0      // caption and legend text
	titleFont        = 16.0      // title
	minDiam, maxDiam = 0.2, 0.75 // node circle diameter (in), by influence only
	minPen, maxPen   = 1.0, 4.5  // edge pen width, by |weight|
	labelWidth       = 16        // node label line length in runes
	labelLines       = 3         // lines of a node label; longer names are wrapped, not cut
	edgeLabelParts   = 4         // relations named on one merged edge
	maxSplineEdges   = 100       // neato draws straight edges above this
	swatchHeight     = 16        // community swatches in the legend (points)
	sampleWidth      = 34        // line samples in the legend (points)
	swatchSpace      = 3
)

// nodeDiameter is a node's circle diameter in points: influence only, so
// that two actors of equal influence are drawn alike whatever their names.
func nodeDiameter(inf float64) float64 { return lerp(minDiam, maxDiam, inf) * 72 }

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
	return l + modalityLabel(e)
}

// modalityWords name the modalities in labels.
var modalityWords = map[string]string{"negated": "denied", "hedged": "hedged", "conditional": "conditional", "planned": "planned"}

// modalityLabel marks a relation with mentions that are not asserted:
// " (denied)" when none is, " (1 of 3 denied)" when some are.
func modalityLabel(e graph.Edge) string {
	if e.Asserted() {
		return ""
	}
	n := 0
	var words []string
	for _, m := range []string{"negated", "hedged", "conditional", "planned"} {
		if k := e.Modalities[m]; k > 0 {
			n += k
			words = append(words, modalityWords[m])
		}
	}
	w := strings.Join(words, "/")
	if n >= e.Count {
		return " (" + w + ")"
	}
	return fmt.Sprintf(" (%d of %d %s)", n, e.Count, w)
}

// shortLabel wraps an actor name into lines of about labelWidth runes;
// only a name of more than labelLines lines, or a word of more than twice
// labelWidth, is cut with an ellipsis ("Popular Mobilization Forces" is
// three lines, not "Popular Mobilization…").
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
		if r := []rune(l); len(r) > 2*labelWidth {
			lines[i] = string(r[:2*labelWidth-1]) + "…"
		}
	}
	return strings.Join(lines, "\n")
}

// WriteDOT writes the graph as Graphviz DOT with the visual encoding
// described in the package documentation. The output is deterministic: the
// same graph and options give the same bytes.
func WriteDOT(w io.Writer, g *graph.Graph, opt Options) error {
	g, opt = prepare(g, opt.withDefaults(g))
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
	fs := opt.fontScale()

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
		{"pad", "0.2"},
		{"outputorder", "edgesfirst"},
	}
	// The target size: Graphviz scales a larger drawing down to it (never
	// up), and Render checks that the text stays legible at that scale.
	wIn, hIn := opt.size()
	ga = append(ga, attr{"size", num(wIn) + "," + num(hIn)})
	if opt.Aspect > 0 {
		ga = append(ga, attr{"ratio", num(opt.Aspect)})
	}
	switch layout {
	case LayoutDot:
		ga = append(ga, attrs{{"splines", "true"}, {"rankdir", "LR"}, {"nodesep", "0.3"}, {"ranksep", "0.5"}}...)
	case LayoutNeato:
		// Routing splines around prism-separated nodes is the slow part
		// of neato (37 s at 200 nodes and 400 edges, against 1 s for
		// straight lines), so large graphs get straight edges.
		splines := "true"
		if len(edges) > maxSplineEdges {
			splines = "line"
		}
		ga = append(ga, attrs{{"splines", splines}, {"overlap", "prism"}, {"overlap_scaling", "-4"}, {"sep", "+6"}, {"esep", "+3"}, {"start", "1"}}...)
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
	// A node is a circle whose size is its influence; its name is written
	// over it (fixedsize=shape: the layout keeps the name clear of other
	// nodes, but only the circle's size says anything).
	p("\tnode [%s];\n", attrs{
		{"fontname", FontName}, {"fontsize", num(nodeFont * fs)}, {"shape", "circle"}, {"fixedsize", "shape"},
		{"style", "filled"}, {"color", "#555555"}, {"penwidth", "0.8"}, {"margin", "0.02"},
	})
	p("\tedge [%s];\n", attrs{
		{"fontname", FontName}, {"fontsize", num(edgeFont * fs)}, {"arrowsize", "0.7"},
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
		d := num(nodeDiameter(inf) / 72)
		na := attrs{
			{"label", label},
			{"fillcolor", communityColour(c)},
			{"width", d},
			{"height", d},
			{"tooltip", nodeTooltip(n, inf, c, opt)},
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
		st := d.style()
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
			label := edgeLabel(d.parts)
			a = append(attrs{{"label", label}}, a...)
			if layout == LayoutNeato {
				// An edge as long as its label and the nodes' names need,
				// so that neato leaves the label room (1 inch packed the
				// labels over each other).
				a = append(a, attr{"len", num(edgeLength(label, fs))})
			}
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

// edgeLength is a neato edge length (inches) that leaves room for the
// edge's label beside two nodes' names.
func edgeLength(label string, fs float64) float64 {
	longest := 0
	for _, l := range strings.Split(label, "\n") {
		longest = max(longest, utf8.RuneCountInString(l))
	}
	return math.Max(1.1, (float64(longest)*edgeFont*0.6*fs+float64(labelWidth)*nodeFont*0.35*fs)/72)
}

// style is how a drawn edge is drawn: its dominant quad's style, grey and
// dashed when its relations score 0 in all (neither cooperation nor
// conflict), dashed too when none of its mentions is asserted.
func (d *drawn) style() quadStyle {
	st := styleOf(d.quad)
	if d.strength == 0 {
		st = neutralStyle
	}
	asserted := false
	for _, e := range d.parts {
		if e.Asserted() {
			asserted = true
		}
	}
	if !asserted {
		st.dashed = true
		st.line, st.font = hedgedColour, hedgedColour
	}
	return st
}

// hedgedColour draws a relation no mention of which is asserted (a graph
// built with -modality): never to be read as a fact.
const hedgedColour = "#7F7F7F"

func communityColour(c int) string {
	switch {
	case c < 0:
		return fillNone
	case c < len(Palette):
		return Palette[c]
	}
	return fillOther
}

func nodeTooltip(n graph.Node, inf float64, c int, opt Options) string {
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
	fmt.Fprintf(&b, "\n%s %s (scaled 0-1)", opt.influenceName(), num(inf))
	if c >= 0 {
		fmt.Fprintf(&b, ", bloc %d", c+1)
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
			if u := e.Evidence[0].URL; u != "" {
				b.WriteString("\n" + clean(u))
			}
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
	title := titleOf(g, opt)
	caption := captionOf(g, opt)
	if title == "" && caption == "" && opt.NoLegend {
		return ""
	}
	var b strings.Builder
	b.WriteString(`<table border="0" cellborder="0" cellspacing="0" cellpadding="2">`)
	if title != "" {
		fmt.Fprintf(&b, `<tr><td align="left" balign="left"><font point-size="%s"><b>%s</b></font></td></tr>`, num(titleFont*opt.fontScale()), html(title))
	}
	if caption != "" {
		fmt.Fprintf(&b, `<tr><td align="left" balign="left"><font point-size="%s" color="#333333">%s</font></td></tr>`, num(captionFont*opt.fontScale()), html(wrapText(caption, 72)))
	}
	if !opt.NoLegend {
		b.WriteString(`<tr><td align="left">`)
		b.WriteString(legendTable(g, opt))
		b.WriteString(`</td></tr>`)
	}
	b.WriteString(`</table>`)
	return b.String()
}

// legendTable is the legend: one grid of four columns (sample, text,
// sample, text), so that Graphviz keeps it as narrow as its widest row
// (nested tables stretch to their cell's width).
func legendTable(g *graph.Graph, opt Options) string {
	var b strings.Builder
	fs := opt.fontScale()
	font := num(captionFont * fs)
	text := func(s string) string {
		return fmt.Sprintf(`<td align="left" balign="left"><font point-size="%s">%s</font></td>`, font, s)
	}
	head := func(s string) {
		fmt.Fprintf(&b, `<tr><td colspan="4" align="left" balign="left"><font point-size="%s">%s</font></td></tr>`, font, s)
	}
	// pairs writes cells two items a row.
	pairs := func(cells []string) {
		for i := 0; i < len(cells); i += 2 {
			b.WriteString("<tr>" + cells[i])
			if i+1 < len(cells) {
				b.WriteString(cells[i+1])
			} else {
				b.WriteString(`<td colspan="2"></td>`)
			}
			b.WriteString("</tr>")
		}
	}
	b.WriteString(`<table border="0" cellborder="0" cellspacing="1" cellpadding="2">`)
	// Relations: a real line sample of each class (the bottom border of a
	// cell, solid or dashed), then its name.
	head("<b>Relations</b>")
	sample := func(st quadStyle, name string) string {
		style := ""
		if st.dashed {
			style = ` style="dashed"`
		}
		return fmt.Sprintf(`<td sides="b" border="2" color="%s"%s width="%d" height="10" fixedsize="true"></td>`, st.line, style, int(sampleWidth*fs)) + text(html(name))
	}
	var cells []string
	for q := 1; q <= 4; q++ {
		cells = append(cells, sample(quadStyles[q], plover.QuadName(q)))
	}
	used := usedStyles(g, opt)
	if used.neutral {
		cells = append(cells, sample(neutralStyle, "scored 0"))
	}
	if used.hedged {
		cells = append(cells, sample(quadStyle{hedgedColour, hedgedColour, true}, "not asserted"))
	}
	pairs(cells)
	head("Arrow: source acts on target; none: mutual.<br align=\"left\"/>Width: |Σ scores|; ×n: mentions.")
	// Actors: circles of the least and the most influence, drawn as cells
	// as large as the nodes, rounded.
	head("<b>Actors</b>: size is " + html(opt.influenceName()) + " only")
	circle := func(inf float64, name string) string {
		d := int(math.Round(nodeDiameter(inf)))
		return fmt.Sprintf(`<td width="%d" height="%d" fixedsize="true" style="rounded" border="1" color="#555555"></td>`, d, d) + text(name)
	}
	pairs([]string{circle(0, "least"), circle(1, "most")})
	if blocs := blocNames(g, opt); len(blocs) > 0 {
		head("<b>Blocs</b> (fill), by their most influential members")
		cells = cells[:0]
		for _, bl := range blocs {
			h := int(swatchHeight * fs)
			cells = append(cells, fmt.Sprintf(`<td bgcolor="%s" border="1" color="#555555" width="%d" height="%d" fixedsize="true"></td>`, bl.fill, h, h)+text(html(bl.name)))
		}
		pairs(cells)
	}
	b.WriteString(`</table>`)
	return b.String()
}

type styleUse struct{ neutral, hedged bool }

func usedStyles(g *graph.Graph, opt Options) styleUse {
	var u styleUse
	for _, d := range drawnEdges(g, opt.Parallel) {
		st := d.style()
		u.neutral = u.neutral || st.line == neutralGrey
		u.hedged = u.hedged || st.line == hedgedColour
	}
	return u
}

// bloc is one community's legend entry.
type bloc struct{ fill, name string }

// maxBlocNames is how many members name a bloc in the legend.
const maxBlocNames = 3

// blocNames names each community drawn by its most influential members
// ("Russia, Syria, Iran +2"), in community order; communities beyond the
// palette are one "other" entry and actors in none a "none" entry.
func blocNames(g *graph.Graph, opt Options) []bloc {
	members := map[int][]graph.Node{}
	for _, n := range g.Nodes {
		c, ok := opt.Community[n.ID]
		switch {
		case !ok || c < 0:
			c = -1
		case c >= len(Palette):
			c = len(Palette)
		}
		members[c] = append(members[c], n)
	}
	if len(members) == 1 && members[-1] != nil {
		return nil // no communities at all
	}
	var out []bloc
	for c := 0; c < len(Palette); c++ {
		ms := members[c]
		if len(ms) == 0 {
			continue
		}
		sort.SliceStable(ms, func(i, j int) bool {
			if a, b := opt.Influence[ms[i].ID], opt.Influence[ms[j].ID]; a != b {
				return a > b
			}
			return ms[i].Name < ms[j].Name
		})
		var names []string
		for i, n := range ms {
			if i == maxBlocNames {
				names[i-1] += fmt.Sprintf(" +%d", len(ms)-i)
				break
			}
			nm := clean(n.Name)
			if nm == "" {
				nm = n.ID
			}
			names = append(names, nm)
		}
		out = append(out, bloc{Palette[c], strings.Join(names, ", ")})
	}
	if n := len(members[len(Palette)]); n > 0 {
		out = append(out, bloc{fillOther, fmt.Sprintf("other blocs (%d actors)", n)})
	}
	if n := len(members[-1]); n > 0 {
		out = append(out, bloc{fillNone, "none"})
	}
	return out
}

// wrapText breaks s into lines of about width runes at spaces.
func wrapText(s string, width int) string {
	var out []string
	for _, para := range strings.Split(s, "\n") {
		line := ""
		for _, w := range strings.Fields(para) {
			if line != "" && utf8.RuneCountInString(line)+1+utf8.RuneCountInString(w) > width {
				out = append(out, line)
				line = w
				continue
			}
			if line != "" {
				line += " "
			}
			line += w
		}
		out = append(out, line)
	}
	return strings.Join(out, "\n")
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
	// The dates are those of the documents that have one: say how many
	// do, so that one dated article of five does not date them all.
	dated := 0
	for _, d := range g.Dates {
		if d.Date != "" {
			dated += d.Documents
		}
	}
	span := g.DateFrom
	if g.DateTo != "" && g.DateTo != g.DateFrom {
		span += " to " + g.DateTo
	}
	switch {
	case span == "":
	case len(g.Dates) > 0 && dated < g.Documents:
		s += fmt.Sprintf(" (%d dated, %s)", dated, span)
	default:
		s += ", " + span
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
