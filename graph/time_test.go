package graph_test

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/event"
	"github.com/actorgraph/actorgraph/graph"
)

func dated(doc, date string, sent int, s, t event.Actor, typ string, w float64) event.Event {
	e := ev(doc, sent, s, t, typ, w, "asserted")
	e.Date = date
	return e
}

// timeline is Russia and Syria over three months, and an undated mention.
func timeline() []event.Event {
	return []event.Event{
		dated("a", "2019-01-03", 0, rus, syr, "SUPPORT", 5),
		dated("a", "2019-01-03", 1, rusmil, reb, "ASSAULT", -9.5),
		dated("b", "2019-01-20", 0, rus, syr, "SUPPORT", 5),
		dated("c", "2019-03-02", 0, rus, syr, "SUPPORT", 5),
		dated("c", "2019-03-02", 4, rus, syr, "ACCUSE", -3),
		dated("d", "2019-03-30", 2, putin, reb, "ASSAULT", -9),
		dated("e", "", 0, rus, syr, "SUPPORT", 5),
	}
}

func edgeOf(t *testing.T, g *graph.Graph, typ string) graph.Edge {
	t.Helper()
	for _, e := range g.Edges {
		if e.Type == typ {
			return e
		}
	}
	t.Fatalf("no %s edge", typ)
	return graph.Edge{}
}

func TestBuildDated(t *testing.T) {
	g := graph.BuildDated(timeline(), graph.Options{MaxEvidence: 1})
	plain := graph.Build(timeline(), graph.Options{MaxEvidence: 1})
	if len(g.Edges) != len(plain.Edges) {
		t.Fatalf("BuildDated has %d edges, Build %d", len(g.Edges), len(plain.Edges))
	}
	for i, e := range g.Edges {
		p := plain.Edges[i]
		var count int
		var w float64
		for _, x := range e.Dates {
			count += x.Count
			w += x.Weight
		}
		if count != p.Count || w != p.Weight || e.Count != p.Count {
			t.Errorf("%s→%s %s: dates add up to %d, %v; Build says %d, %v", e.Source, e.Target, e.Type, count, w, p.Count, p.Weight)
		}
	}
	support := edgeOf(t, g, "SUPPORT")
	if len(support.Dates) != 4 || support.Dates[0].Date != "" || support.Dates[3].Date != "2019-03-02" {
		t.Errorf("support dates %+v", support.Dates)
	}
	if len(g.Dates) != 5 || g.Dates[0].Date != "" || g.Dates[4] != (graph.DateCount{Date: "2019-03-30", Documents: 1}) {
		t.Errorf("graph dates %+v", g.Dates)
	}
	// The dates survive JSON, and bad ones are refused.
	var b bytes.Buffer
	g.WriteJSON(&b)
	h, err := graph.ReadJSON(bytes.NewReader(b.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if len(edgeOf(t, h, "SUPPORT").Dates) != 4 {
		t.Error("dates lost in JSON")
	}
	for _, bad := range []string{`"date": "2019-03-02"`, `"count": 1,`} {
		j := strings.Replace(b.String(), bad, map[string]string{`"date": "2019-03-02"`: `"date": "2019-3-2"`, `"count": 1,`: `"count": 7,`}[bad], 1)
		if _, err := graph.ReadJSON(strings.NewReader(j)); !errors.Is(err, graph.ErrInvalid) {
			t.Errorf("replacing %s: err %v, want ErrInvalid", bad, err)
		}
	}
}

func TestBetween(t *testing.T) {
	g := graph.BuildDated(timeline(), graph.Options{})
	jan, err := g.Between("2019-01-01", "2019-01-31")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range jan.Edges {
		got = append(got, e.Source+" "+e.Type+" "+e.Target)
		if e.Type == "SUPPORT" && (e.Count != 2 || e.Documents != 2 || e.Weight != 10 || len(e.Evidence) != 2) {
			t.Errorf("January support %+v", e)
		}
	}
	if strings.Join(got, "|") != "RUS SUPPORT SYR|RUS ASSAULT SYRREB" {
		t.Errorf("January edges %q", got)
	}
	if jan.Documents != 2 || jan.DateFrom != "2019-01-03" || jan.DateTo != "2019-01-20" || len(jan.Nodes) != 3 {
		t.Errorf("January: %d documents, %s–%s, %d nodes", jan.Documents, jan.DateFrom, jan.DateTo, len(jan.Nodes))
	}
	if n, _ := jan.Node("RUS"); n.Mentions != 3 {
		t.Errorf("Russia's January mentions %d, want 3", n.Mentions)
	}
	// Open ends; undated mentions only in the whole.
	late, _ := g.Between("2019-02-01", "")
	whole, _ := g.Between("", "")
	if len(late.Edges) != 3 || edgeOf(t, whole, "SUPPORT").Count != 4 {
		t.Errorf("from February: %d edges; whole support count %d", len(late.Edges), edgeOf(t, whole, "SUPPORT").Count)
	}
	if _, err := g.Between("2019-13-01", ""); err == nil {
		t.Error("bad date accepted")
	}
	// Without dates, the evidence says when if it is complete.
	plain := graph.Build(timeline(), graph.Options{})
	if ev, err := plain.Between("2019-01-01", "2019-01-31"); err != nil || len(ev.Edges) != 2 {
		t.Errorf("from evidence: %v, %+v", err, ev)
	}
	capped := graph.Build(timeline(), graph.Options{MaxEvidence: 1})
	if _, err := capped.Between("2019-01-01", "2019-01-31"); !errors.Is(err, graph.ErrUndated) {
		t.Errorf("capped evidence without dates: err %v, want ErrUndated", err)
	}
}

func TestWindows(t *testing.T) {
	cases := []struct {
		w, from, to string
		want        []string // labels
		first       graph.Span
	}{
		{"1m", "2019-01-03", "2019-03-30", []string{"2019-01", "2019-02", "2019-03"}, graph.Span{From: "2019-01-01", To: "2019-01-31"}},
		{"1w", "2019-09-11", "2019-09-23", []string{"2019-09-09–2019-09-15", "2019-09-16–2019-09-22", "2019-09-23–2019-09-29"}, graph.Span{From: "2019-09-09", To: "2019-09-15"}},
		{"1q", "2019-05-05", "2019-10-01", []string{"2019-Q2", "2019-Q3", "2019-Q4"}, graph.Span{From: "2019-04-01", To: "2019-06-30"}},
		{"1y", "2019-05-05", "2020-01-01", []string{"2019", "2020"}, graph.Span{From: "2019-01-01", To: "2019-12-31"}},
		{"2m", "2019-12-15", "2020-02-01", []string{"2019-12-01–2020-01-31", "2020-02-01–2020-03-31"}, graph.Span{From: "2019-12-01", To: "2020-01-31"}},
		{"1d", "2020-02-28", "2020-03-01", []string{"2020-02-28", "2020-02-29", "2020-03-01"}, graph.Span{From: "2020-02-28", To: "2020-02-28"}},
	}
	for _, c := range cases {
		w, err := graph.ParseWindow(c.w)
		if err != nil {
			t.Fatal(err)
		}
		spans, err := w.Spans(c.from, c.to)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, s := range spans {
			got = append(got, s.Label)
		}
		if strings.Join(got, " ") != strings.Join(c.want, " ") || spans[0].From != c.first.From || spans[0].To != c.first.To {
			t.Errorf("%s %s..%s: %q, first %+v", c.w, c.from, c.to, got, spans[0])
		}
	}
	for _, bad := range []string{"", "m", "0m", "1x", "-1w", "1001d"} {
		if _, err := graph.ParseWindow(bad); err == nil {
			t.Errorf("ParseWindow(%q): no error", bad)
		}
	}
	w, _ := graph.ParseWindow("1d")
	if _, err := w.Spans("1900-01-01", "2100-01-01"); err == nil {
		t.Error("200 years of days: no error")
	}
}

func TestSeries(t *testing.T) {
	g := graph.BuildDated(timeline(), graph.Options{Title: "T"})
	w, _ := graph.ParseWindow("1m")
	s, err := graph.Series(g, w, "", "")
	if err != nil {
		t.Fatal(err)
	}
	if len(s) != 3 || s[1].Label != "2019-02" || len(s[1].Graph.Edges) != 0 || s[2].Graph.Title != "T — 2019-03" {
		t.Fatalf("series %+v", s)
	}
	// The windows add up to the dated part of the whole.
	total := 0
	for _, x := range s {
		for _, e := range x.Graph.Edges {
			total += e.Count
		}
	}
	if total != 6 {
		t.Errorf("windows hold %d mentions, want the 6 dated ones", total)
	}
	if _, err := graph.Series(graph.Build(nil, graph.Options{}), w, "", ""); !errors.Is(err, graph.ErrUndated) {
		t.Errorf("empty graph: err %v, want ErrUndated", err)
	}
}
