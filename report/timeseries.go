package report

import (
	"fmt"
	"html"
	"html/template"
	"math"
	"sort"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// SeriesActors and SeriesPairs are the most actors and pairs the report
// plots over time: those that interact most over the whole period.
const (
	SeriesActors = 12
	SeriesPairs  = 12
)

// timeSection is the report's "Over time" section.
type timeSection struct {
	Window      string // the window length, "1m"
	Windows     int
	First, Last string // labels of the first and last window
	ActorScale  string // the largest bar of the actors' plots
	PairScale   string // and of the pairs'
	Actors      []spark
	Pairs       []spark
}

// spark is one small plot: cooperation (up) and conflict (down) per
// window of an actor or a pair.
type spark struct {
	Title  string
	Actors string // the actor IDs, for the page's search
	Total  string
	SVG    template.HTML
}

// point is one window's cooperation and conflict.
type point struct{ coop, conf float64 }

// newTimeSection plots the actors and pairs that interact most over the
// windows, the actors on one scale and the pairs on another, so that the
// bars of plots of one kind compare.
func newTimeSection(slices []graph.Slice, window string, name func(string) string) *timeSection {
	if len(slices) < 2 {
		return nil
	}
	n := len(slices)
	actors := map[string][]point{}
	pairs := map[[2]string][]point{}
	add := func(m map[string][]point, k string, i int, p graph.Pair) {
		if m[k] == nil {
			m[k] = make([]point, n)
		}
		m[k][i].coop += p.Cooperation
		m[k][i].conf += p.Conflict
	}
	for i, s := range slices {
		for _, p := range s.Graph.Pairs() {
			add(actors, p.A, i, p)
			add(actors, p.B, i, p)
			k := [2]string{p.A, p.B}
			if pairs[k] == nil {
				pairs[k] = make([]point, n)
			}
			pairs[k][i].coop += p.Cooperation
			pairs[k][i].conf += p.Conflict
		}
	}
	total := func(ps []point) float64 {
		var t float64
		for _, p := range ps {
			t += p.coop + p.conf
		}
		return t
	}
	actorKeys := make([]string, 0, len(actors))
	for k := range actors {
		actorKeys = append(actorKeys, k)
	}
	sort.Slice(actorKeys, func(i, j int) bool {
		a, b := total(actors[actorKeys[i]]), total(actors[actorKeys[j]])
		if a != b {
			return a > b
		}
		return actorKeys[i] < actorKeys[j]
	})
	pairKeys := make([][2]string, 0, len(pairs))
	for k := range pairs {
		pairKeys = append(pairKeys, k)
	}
	sort.Slice(pairKeys, func(i, j int) bool {
		a, b := total(pairs[pairKeys[i]]), total(pairs[pairKeys[j]])
		if a != b {
			return a > b
		}
		if pairKeys[i][0] != pairKeys[j][0] {
			return pairKeys[i][0] < pairKeys[j][0]
		}
		return pairKeys[i][1] < pairKeys[j][1]
	})
	actorKeys = actorKeys[:min(len(actorKeys), SeriesActors)]
	pairKeys = pairKeys[:min(len(pairKeys), SeriesPairs)]
	if len(actorKeys) == 0 {
		return nil
	}
	var topActor, topPair float64
	for _, k := range actorKeys {
		for _, p := range actors[k] {
			topActor = math.Max(topActor, math.Max(p.coop, p.conf))
		}
	}
	for _, k := range pairKeys {
		for _, p := range pairs[k] {
			topPair = math.Max(topPair, math.Max(p.coop, p.conf))
		}
	}
	labels := make([]string, n)
	for i, s := range slices {
		labels[i] = s.Label
	}
	t := &timeSection{Window: window, Windows: n, First: labels[0], Last: labels[n-1], ActorScale: f2(topActor), PairScale: f2(topPair)}
	for _, k := range actorKeys {
		t.Actors = append(t.Actors, spark{Title: name(k), Actors: k, Total: f2(total(actors[k])),
			SVG: sparkSVG(actors[k], labels, topActor)})
	}
	for _, k := range pairKeys {
		t.Pairs = append(t.Pairs, spark{Title: name(k[0]) + " – " + name(k[1]), Actors: k[0] + " " + k[1],
			Total: f2(total(pairs[k])), SVG: sparkSVG(pairs[k], labels, topPair)})
	}
	return t
}

// Plot geometry, in pixels.
const (
	sparkW, sparkH = 280, 64
	sparkPad       = 2
)

// sparkSVG draws a point per window as two bars from a middle line:
// cooperation up in green, conflict down in red, both scaled to top. Every
// window has a tooltip with its label and figures.
func sparkSVG(ps []point, labels []string, top float64) template.HTML {
	var b strings.Builder
	mid := float64(sparkH) / 2
	half := mid - sparkPad
	step := float64(sparkW) / float64(len(ps))
	bar := math.Max(1, step*0.7)
	// Stretched to the width of its box; the bars are rectangles, so
	// stretching distorts nothing.
	fmt.Fprintf(&b, `<svg class="spark" viewBox="0 0 %d %d" width="100%%" height="%d" preserveAspectRatio="none" role="img">`, sparkW, sparkH, sparkH)
	fmt.Fprintf(&b, `<line x1="0" y1="%g" x2="%d" y2="%g" class="axis"/>`, mid, sparkW, mid)
	for i, p := range ps {
		x := float64(i)*step + (step-bar)/2
		up, down := 0.0, 0.0
		if top > 0 {
			up, down = half*p.coop/top, half*p.conf/top
		}
		fmt.Fprintf(&b, `<g><title>%s: cooperation %s, conflict %s</title>`, html.EscapeString(labels[i]), f2(p.coop), f2(p.conf))
		fmt.Fprintf(&b, `<rect x="%.2f" y="0" width="%.2f" height="%d" class="hit"/>`, float64(i)*step, step, sparkH)
		if up > 0 {
			fmt.Fprintf(&b, `<rect x="%.2f" y="%.2f" width="%.2f" height="%.2f" class="coop"/>`, x, mid-up, bar, up)
		}
		if down > 0 {
			fmt.Fprintf(&b, `<rect x="%.2f" y="%g" width="%.2f" height="%.2f" class="conf"/>`, x, mid, bar, down)
		}
		b.WriteString(`</g>`)
	}
	b.WriteString(`</svg>`)
	// The plot is numbers and escaped labels only.
	return template.HTML(b.String())
}
