package export

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
)

// What is drawn is bounded: a graph of thousands of actors is drawn as its
// most influential actors and their strongest ties, and the caption says
// so (the backbone of 20,000 actors drew 19,809 of them: 42 MB, 197 s).
func TestSummaryDrawing(t *testing.T) {
	g := randomGraph(2000, 6000)
	opt := randomOptions(g)
	start := time.Now()
	svg := render(t, g, SVG, opt)
	took := time.Since(start)
	// At the default size, 7 × 8 inches, fewer than DefaultMaxNodes fit
	// with text of 8 points.
	n := bytes.Count(svg, []byte(`class="node"`))
	if n > DefaultMaxNodes || n < minSummary {
		t.Errorf("%d actors drawn, want %d to %d", n, minSummary, DefaultMaxNodes)
	}
	if !bytes.Contains(svg, fmt.Appendf(nil, "Summary: the %d most influential of 2000 actors", n)) {
		t.Error("the caption does not state the summary")
	}
	if s := printScale(t, svg); s < MinPrintFont/edgeFont-1e-3 && !bytes.Contains(svg, []byte("text prints at")) {
		t.Errorf("scaled by %v: text below %v pt and not said", s, MinPrintFont)
	}
	// A poster has room for DefaultMaxNodes.
	poster := opt
	poster.Width, poster.Height = 40, 40
	if n := bytes.Count(render(t, g, SVG, poster), []byte(`class="node"`)); n != DefaultMaxNodes {
		t.Errorf("40 × 40 in: %d actors drawn, want %d", n, DefaultMaxNodes)
	}
	// The actors drawn are the most influential one and, in order of
	// influence, those tied to the actors drawn (TestSummaryConnected).
	h, _ := summary(g, opt, DefaultMaxNodes)
	best, drawn := "", map[string]bool{}
	for _, n := range g.Nodes {
		if best == "" || opt.Influence[n.ID] > opt.Influence[best] {
			best = n.ID
		}
	}
	for _, n := range h.Nodes {
		drawn[n.ID] = true
	}
	if !drawn[best] {
		t.Error("the most influential actor is not drawn")
	}
	for _, n := range h.Nodes {
		tied := n.ID == best
		for _, e := range g.Edges {
			if e.Source == n.ID && drawn[e.Target] || e.Target == n.ID && drawn[e.Source] {
				tied = true
			}
		}
		if !tied {
			t.Errorf("%s is drawn with no relation to another drawn actor", n.ID)
		}
	}
	if len(svg) > 2<<20 || took > 60*time.Second {
		t.Errorf("summary drawing: %d bytes in %v", len(svg), took)
	}
	t.Logf("2000 actors, 6000 relations: %d KB SVG in %v", len(svg)>>10, took)
	// -max-nodes 0 in the command line (MaxNodes < 0) draws the backbone.
	opt.MaxNodes = -1
	if h, note := prepare(g, opt); len(h.Nodes) <= DefaultMaxNodes || !strings.HasPrefix(note.reduction, "Backbone") {
		t.Errorf("MaxNodes -1: %d nodes, %q", len(h.Nodes), note.reduction)
	}
}

// The layout is chosen by drawn edges as well as nodes: 40 actors with
// 8,573 relations went to dot, which had not finished after 20 minutes.
func TestLayoutByEdges(t *testing.T) {
	cases := []struct {
		nodes, edges int
		want         Layout
	}{
		{10, 20, LayoutNeato}, {40, 149, LayoutNeato}, {40, 1560, LayoutForce}, {40, 300, LayoutNeato},
		{100, 100, LayoutNeato}, {100, 401, LayoutForce}, {151, 10, LayoutForce},
	}
	for _, c := range cases {
		if got, _ := (Options{}).layout(c.nodes, c.edges); got != c.want {
			t.Errorf("%d nodes, %d edges: %s, want %s", c.nodes, c.edges, got, c.want)
		}
	}
	// A dense graph of few actors is reduced to its backbone and drawn fast.
	g := randomGraph(40, 3000)
	start := time.Now()
	svg := render(t, g, SVG, randomOptions(g))
	if took := time.Since(start); took > 60*time.Second {
		t.Errorf("40 actors, 3000 relations: %v", took)
	}
	if !bytes.Contains(svg, []byte("Backbone: ")) && !bytes.Contains(svg, []byte("Summary: ")) {
		t.Error("a dense graph is drawn whole")
	}
}

// Every layout is bounded by time: an automatic one falls back to the
// force layout (the caption says so), one asked for by name is an error,
// and Graphviz works again afterwards.
func TestLayoutTimeout(t *testing.T) {
	g := randomGraph(60, 140) // neato, some seconds
	opt := randomOptions(g)
	render(t, syria(), SVG, syriaOptions()) // Graphviz started outside the budget
	opt.LayoutTimeout = time.Millisecond
	var buf bytes.Buffer
	if err := Render(context.Background(), &buf, g, SVG, opt); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), "Drawn with the force layout: neato did not finish in 1ms") {
		t.Error("no fallback, or the caption does not say so")
	}
	opt.Layout = LayoutDot
	err := Render(context.Background(), &buf, g, SVG, opt)
	if !errors.Is(err, errLayoutTimeout) || !strings.Contains(err.Error(), "dot layout did not finish in 1ms") {
		t.Errorf("dot asked for by name: %v", err)
	}
	if got, want := render(t, syria(), SVG, syriaOptions()), render(t, syria(), SVG, syriaOptions()); !bytes.Equal(got, want) || len(got) == 0 {
		t.Error("Graphviz does not work after a timeout")
	}
}

// A cancelled context stops a layout inside Graphviz (SIGINT was ignored
// while dot ran).
func TestRenderCancel(t *testing.T) {
	g := randomGraph(60, 150)
	opt := randomOptions(g)
	opt.Layout = LayoutDot
	opt.LayoutTimeout = -1
	render(t, syria(), SVG, syriaOptions())
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(200*time.Millisecond, cancel)
	start := time.Now()
	err := Render(ctx, &bytes.Buffer{}, g, SVG, opt)
	if took := time.Since(start); err == nil || took > 5*time.Second {
		t.Errorf("cancelled after 200 ms: error %v after %v", err, took)
	}
}

// printScale is the scale Graphviz gave the drawing to fit its target size.
func printScale(t *testing.T, svg []byte) float64 {
	t.Helper()
	m := regexp.MustCompile(`class="graph" transform="scale\(([0-9.]+) `).FindSubmatch(svg)
	if m == nil {
		t.Fatal("no scale in the SVG")
	}
	s, _ := strconv.ParseFloat(string(m[1]), 64)
	return s
}
