package tables

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/analysis"
)

// mixed is a small signed graph: directed and mutual relations,
// cooperation and conflict, an isolated actor and a name with a tab.
func mixed() *graph.Graph {
	e := func(s, t string, directed bool, coop, conf float64) graph.Edge {
		return graph.Edge{Source: s, Target: t, Type: "X", Directed: directed, Count: 1, Weight: coop - conf, Cooperation: coop, Conflict: conf}
	}
	return &graph.Graph{
		Nodes: []graph.Node{{ID: "A", Name: "Tab\there"}, {ID: "B", Name: "B"}, {ID: "C", Name: "C"}, {ID: "D", Name: "D"}, {ID: "E", Name: "E"}},
		Edges: []graph.Edge{e("A", "B", false, 5, 0), e("A", "C", true, 0, 4), e("B", "C", true, 1, 6), e("C", "D", false, 3, 0), e("D", "B", true, 0, 2)},
	}
}

func TestTSVRoundTrip(t *testing.T) {
	g := mixed()
	scores, err := analysis.Influence(g)
	if err != nil {
		t.Fatal(err)
	}
	p, err := analysis.Communities(g, analysis.CommunityOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var ib, cb bytes.Buffer
	if err := WriteInfluence(&ib, scores); err != nil {
		t.Fatal(err)
	}
	if err := WriteCommunities(&cb, p); err != nil {
		t.Fatal(err)
	}
	gotS, err := ReadInfluence(bytes.NewReader(ib.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	gotM, err := ReadCommunities(bytes.NewReader(cb.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	var ib2, cb2 bytes.Buffer
	WriteInfluence(&ib2, gotS)
	WriteCommunities(&cb2, &analysis.Partition{Communities: p.Communities, Members: gotM})
	if !bytes.Equal(ib.Bytes(), ib2.Bytes()) || !bytes.Equal(cb.Bytes(), cb2.Bytes()) {
		t.Errorf("round trip changed the files:\n%s\n%s\n---\n%s\n%s", &ib, &cb, &ib2, &cb2)
	}
	if !strings.Contains(ib.String(), "Tab here") {
		t.Errorf("tab in name not replaced:\n%s", &ib)
	}
	for _, s := range gotS {
		if s.Influence != s.PN {
			t.Errorf("%s: influence column %v is not the pn column %v (the default measure)", s.ID, s.Influence, s.PN)
		}
	}
	for _, bad := range []string{"", "id\tname\n", InfluenceHeader + "\n1\ta\n", InfluenceHeader + "\n2" + strings.Repeat("\t0", 24) + "\n"} {
		if _, err := ReadInfluence(strings.NewReader(bad)); !errors.Is(err, ErrFormat) {
			t.Errorf("ReadInfluence(%q) error %v, want ErrFormat", bad, err)
		}
	}
}

// The JSON and Markdown reports name the influence measure and carry the
// signed measures.
func TestReportFiles(t *testing.T) {
	r, err := analysis.Analyze(mixed(), analysis.Options{Measure: analysis.MeasureStatus})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := WriteJSON(&buf, r); err != nil {
		t.Fatal(err)
	}
	var j struct {
		Measure   string `json:"influence_measure"`
		Influence []struct {
			ID        string  `json:"id"`
			Influence float64 `json:"influence"`
			Status    float64 `json:"status"`
			PN        float64 `json:"pn"`
		} `json:"influence"`
		Balance struct {
			Walk *float64 `json:"walk_balance"`
		} `json:"balance"`
	}
	if err := json.Unmarshal(buf.Bytes(), &j); err != nil {
		t.Fatalf("analysis.json is not JSON: %v\n%s", err, &buf)
	}
	if j.Measure != "status" || len(j.Influence) != 5 || j.Balance.Walk == nil {
		t.Fatalf("analysis.json: measure %q, %d rows, walk %v", j.Measure, len(j.Influence), j.Balance.Walk)
	}
	for i, s := range j.Influence {
		if s.Influence != s.Status || i > 0 && s.Status > j.Influence[i-1].Status {
			t.Errorf("row %d (%s): influence %v, status %v: not sorted by status", i, s.ID, s.Influence, s.Status)
		}
	}
	buf.Reset()
	if err := WriteMarkdown(&buf, r); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Ranked by status:", "| pn |", "Walk-based balance"} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("analysis.md lacks %q", want)
		}
	}
	if names := len(Files(r)); names != 6 {
		t.Errorf("%d files, want 6", names)
	}
}

// The comparison writers: the TSV tables have their header and one row
// per change or actor, the JSON parses, the Markdown says what changed.
func TestDiffWriters(t *testing.T) {
	a := mixed()
	b := mixed()
	b.Edges = b.Edges[1:]                              // A–B is lost
	b.Edges[0].Cooperation, b.Edges[0].Conflict = 9, 0 // A→C turns friendly
	b.Edges = append(b.Edges, graph.Edge{Source: "E", Target: "A", Type: "X", Count: 1, Weight: 2, Cooperation: 2})
	d, err := analysis.Compare(a, b, analysis.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := WriteDiffPairs(&buf, d); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	if lines[0] != DiffPairsHeader || len(lines) != 4 || !strings.HasPrefix(lines[1], "new\tA\tE\t") ||
		!strings.HasPrefix(lines[2], "lost\tA\tB\t") || !strings.HasPrefix(lines[3], "flipped\tA\tC\t") {
		t.Errorf("pairs table:\n%s", &buf)
	}
	buf.Reset()
	WriteDiffMoves(&buf, d)
	if n := strings.Count(buf.String(), "\n"); n != 1+5 || !strings.HasPrefix(buf.String(), DiffMovesHeader) {
		t.Errorf("moves table:\n%s", &buf)
	}
	buf.Reset()
	WriteDiffJSON(&buf, d)
	var j struct {
		Flipped []struct{ A, B string } `json:"flipped"`
	}
	if err := json.Unmarshal(buf.Bytes(), &j); err != nil || len(j.Flipped) != 1 {
		t.Errorf("json: %v %+v", err, j)
	}
	buf.Reset()
	WriteDiffMarkdown(&buf, d, 1)
	for _, want := range []string{"1 new relations, 1 lost, 1 that changed sign", "| Tab here – C | adversaries | allies |", "(4 more)"} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("markdown lacks %q:\n%s", want, &buf)
		}
	}
}

// An analysis over windows is one table with a window column.
func TestWindowed(t *testing.T) {
	r, err := analysis.Analyze(mixed(), analysis.Options{})
	if err != nil {
		t.Fatal(err)
	}
	empty, _ := analysis.Analyze(&graph.Graph{}, analysis.Options{})
	windows := []Window{{graph.Span{From: "2019-01-01", To: "2019-01-31", Label: "2019-01"}, r},
		{graph.Span{From: "2019-02-01", To: "2019-02-28", Label: "2019-02"}, empty},
		{graph.Span{From: "2019-03-01", To: "2019-03-31", Label: "2019-03"}, r}}
	var buf bytes.Buffer
	if err := WriteWindowed(&buf, windows, func(w io.Writer, i int) error { return WriteInfluence(w, windows[i].Report.Influence) }); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	if lines[0] != "window\t"+InfluenceHeader || len(lines) != 1+5+5 || !strings.HasPrefix(lines[6], "2019-03\t1\t") {
		t.Errorf("windowed table:\n%s", &buf)
	}
	buf.Reset()
	if err := WriteWindowsJSON(&buf, "1m", windows); err != nil {
		t.Fatal(err)
	}
	var j struct {
		Window  string `json:"window"`
		Windows []struct {
			Label    string          `json:"label"`
			Analysis json.RawMessage `json:"analysis"`
		} `json:"windows"`
	}
	if err := json.Unmarshal(buf.Bytes(), &j); err != nil || j.Window != "1m" || len(j.Windows) != 3 || j.Windows[1].Label != "2019-02" {
		t.Errorf("windows JSON: %v %+v", err, j)
	}
	buf.Reset()
	WriteWindowsMarkdown(&buf, windows)
	if !strings.Contains(buf.String(), "# 2019-02 (2019-02-01 to 2019-02-28)\n\nNo relations in this window.") {
		t.Errorf("markdown:\n%s", &buf)
	}
}
