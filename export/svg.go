package export

import (
	"bytes"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/plover"
)

// svgFontFamily replaces Graphviz's bare font-family so that a viewer
// without DejaVu Sans falls back to fonts of similar width (Verdana and
// Bitstream Vera are DejaVu's closest relatives) before a generic sans.
const svgFontFamily = `font-family="DejaVu Sans,Bitstream Vera Sans,Verdana,Geneva,sans-serif"`

var (
	// A node or edge group: its opening tag, its <title> (the Graphviz
	// name) and the tooltip of its link.
	svgGroup = regexp.MustCompile(`<g id="([ne])(\d+)" class="(node|edge)">\n<title>[^<]*</title>\n<g id="a_[ne]\d+"><a xlink:title="([^"]*)">`)
	svgRoot  = regexp.MustCompile(`(?s)<svg [^>]*>\n`)
	svgGraph = regexp.MustCompile(`<title>actorgraph</title>`)
)

// fixSVG finishes Graphviz's SVG for reading and for scripts:
//   - fonts: the font-family names fallbacks (svgFontFamily);
//   - accessibility: the drawing starts with a <title> (the figure title)
//     and a <desc> (the caption and the relations in words), and every
//     node's and edge's <title> holds its tooltip (name, figures, the
//     first evidence sentence of each relation) instead of the Graphviz
//     name, so that hovering anywhere on it, label included, shows it;
//   - scripts: node groups carry data-id (the actor id) and edge groups
//     data-source, data-target and data-quads (the quads of its relations).
func fixSVG(b []byte, g *graph.Graph, opt Options) []byte {
	if g == nil {
		g = &graph.Graph{}
	}
	b = bytes.ReplaceAll(b, []byte(`font-family="`+FontName+`"`), []byte(svgFontFamily))
	edges := drawnEdges(g, opt.Parallel)
	b = svgGroup.ReplaceAllFunc(b, func(m []byte) []byte {
		sm := svgGroup.FindSubmatch(m)
		i, _ := strconv.Atoi(string(sm[2]))
		var data string
		switch {
		case sm[1][0] == 'n' && i < len(g.Nodes):
			data = fmt.Sprintf(` data-id="%s"`, esc(g.Nodes[i].ID))
		case sm[1][0] == 'e' && i < len(edges):
			d := edges[i]
			data = fmt.Sprintf(` data-source="%s" data-target="%s" data-quads="%s"`, esc(d.from), esc(d.to), quads(d.parts))
		}
		return fmt.Appendf(nil, "<g id=\"%s%s\" class=\"%s\"%s>\n<title>%s</title>\n<g id=\"a_%s%s\"><a xlink:title=\"%s\">",
			sm[1], sm[2], sm[3], data, sm[4], sm[1], sm[2], sm[4])
	})
	title := esc(oneLine(titleOf(g, opt)))
	if loc := svgRoot.FindIndex(b); loc != nil {
		head := fmt.Sprintf("<title>%s</title>\n<desc>%s</desc>\n", title, esc(describe(g, opt, edges)))
		b = append(b[:loc[1]:loc[1]], append([]byte(head), b[loc[1]:]...)...)
	}
	if title != "" {
		b = svgGraph.ReplaceAll(b, []byte("<title>"+title+"</title>"))
	}
	return b
}

// DefaultTitle titles a drawing of a graph that has none (a graph built
// without -title): every drawing has a title, as 'actorgraph run' gives.
const DefaultTitle = "Actor graph"

func titleOf(g *graph.Graph, opt Options) string {
	switch {
	case opt.Title != "":
		return opt.Title
	case g.Title != "":
		return g.Title
	}
	return DefaultTitle
}

func oneLine(s string) string { return clean(s) }

// quads lists the distinct quads of the parts, ascending: "3 4".
func quads(parts []graph.Edge) string {
	var seen [5]bool
	for _, e := range parts {
		if e.Quad >= 1 && e.Quad <= 4 {
			seen[e.Quad] = true
		} else {
			seen[0] = true
		}
	}
	var out []string
	for q, ok := range seen {
		if ok {
			out = append(out, strconv.Itoa(q))
		}
	}
	return strings.Join(out, " ")
}

// maxDescEdges bounds the relations named in the SVG description.
const maxDescEdges = 40

// describe is the drawing in words, for screen readers: the caption, then
// the strongest drawn relations.
func describe(g *graph.Graph, opt Options, edges []*drawn) string {
	var b strings.Builder
	if c := captionOf(g, opt); c != "" {
		b.WriteString(oneLine(c) + ". ")
	} else {
		b.WriteString(Summary(g) + ". ")
	}
	b.WriteString("Node size shows influence and fill colour community; edge colour and dash show the relation class (cooperation green, conflict red; verbal dashed, material solid).")
	byStrength := append([]*drawn(nil), edges...)
	// Stable: ties keep the canonical order.
	for i := 1; i < len(byStrength); i++ {
		for j := i; j > 0 && byStrength[j].strength > byStrength[j-1].strength; j-- {
			byStrength[j], byStrength[j-1] = byStrength[j-1], byStrength[j]
		}
	}
	name := func(id string) string {
		if n, ok := g.Node(id); ok && n.Name != "" {
			return clean(n.Name)
		}
		return clean(id)
	}
	for i, d := range byStrength {
		if i == maxDescEdges {
			fmt.Fprintf(&b, " And %d more.", len(byStrength)-i)
			break
		}
		if i == 0 {
			b.WriteString(" Relations, strongest first:")
		}
		var rels []string
		for _, e := range d.parts {
			rels = append(rels, strings.ReplaceAll(relation(e), "\n", " ")+" ("+plover.QuadName(e.Quad)+")")
		}
		arrow := " → "
		if !d.directed {
			arrow = " – "
		}
		fmt.Fprintf(&b, " %s%s%s: %s.", name(d.from), arrow, name(d.to), strings.Join(rels, ", "))
	}
	return b.String()
}
