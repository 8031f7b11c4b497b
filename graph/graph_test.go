package graph_test

import (
	"bytes"
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/event"
	"github.com/actorgraph/actorgraph/graph"
)

var (
	kerry  = event.Actor{ID: "JOHN_KERRY", Name: "John Kerry", Kind: "person", Country: "USA", Sector: "GOV", Affiliation: "USA"}
	lavrov = event.Actor{ID: "SERGEY_LAVROV", Name: "Sergey Lavrov", Kind: "person", Country: "RUS", Sector: "GOV", Affiliation: "RUS"}
	putin  = event.Actor{ID: "VLADIMIR_PUTIN", Name: "Vladimir Putin", Kind: "person", Country: "RUS", Sector: "GOV", Affiliation: "RUS"}
	rus    = event.Actor{ID: "RUS", Name: "Russia", Kind: "state", Country: "RUS"}
	rusmil = event.Actor{ID: "RUSMIL", Name: "Russian armed forces", Kind: "state", Country: "RUS", Sector: "MIL"}
	syr    = event.Actor{ID: "SYR", Name: "Syria", Kind: "state", Country: "SYR"}
	reb    = event.Actor{ID: "SYRREB", Name: "Syrian rebels", Kind: "rebels", Country: "SYR", Sector: "REB"}
	opp    = event.Actor{ID: "SYROPP", Name: "Syrian opposition", Kind: "rebels", Country: "SYR", Sector: "OPP"}
)

func ev(doc string, sent int, s, t event.Actor, typ string, w float64, mod string) event.Event {
	return event.Event{Doc: doc, Sentence: sent, Source: s, Target: t, Type: typ, Weight: w, Modality: mod, Text: doc + " sentence"}
}

func TestBuild(t *testing.T) {
	events := []event.Event{
		ev("a", 0, kerry, lavrov, "CONSULT", 2.5, "asserted"),
		ev("a", 0, kerry, putin, "CONSULT", 2.5, "asserted"),                                               // same sentence, same pair at the level: counted once
		ev("b", 3, lavrov, kerry, "CONSULT", 4, "asserted"),                                                // mutual: the same edge
		ev("b", 4, rusmil, reb, "ASSAULT", -9.5, "asserted"),                                               // Russian forces → Russia; rebels stay apart
		ev("b", 5, rus, opp, "ASSAULT", -9, "asserted"),                                                    // opposition merges with rebels
		ev("c", 1, rus, syr, "SUPPORT", 5, "asserted"),                                                     //
		ev("c", 2, rus, syr, "SUPPORT", 5, "hedged"),                                                       // not a fact
		ev("c", 3, kerry, event.Actor{ID: "USA", Country: "USA", Kind: "state"}, "CONSULT", 1, "asserted"), // self-loop at the level
		ev("c", 4, rus, syr, "FROBNICATE", 1, "asserted"),                                                  // unknown type
	}
	g := graph.Build(events, graph.Options{})
	var got []string
	for _, e := range g.Edges {
		got = append(got, strings.Join([]string{e.Source, e.Type, e.Target}, " "))
	}
	want := []string{"RUS SUPPORT SYR", "RUS ASSAULT SYRREB", "RUS CONSULT USA"} // by source, target, type
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("edges %q, want %q", got, want)
	}
	consult := g.Edges[2]
	if consult.Count != 2 || consult.Documents != 2 || consult.Weight != 6.5 || consult.Directed {
		t.Errorf("consult edge %+v: want count 2, documents 2, weight 6.5, undirected", consult)
	}
	assault := g.Edges[1]
	if assault.Count != 2 || assault.Conflict != 18.5 || assault.Cooperation != 0 || !assault.Directed || assault.Quad != 4 {
		t.Errorf("assault edge %+v", assault)
	}
	if n, ok := g.Node("SYRREB"); !ok || n.Kind != "rebels" {
		t.Errorf("SYRREB node %+v", n)
	}
	if n, ok := g.Node("USA"); !ok || n.Kind != "state" {
		t.Errorf("USA node %+v (a person's state must become a state node)", n)
	}
	var pairs []string
	for _, p := range g.Pairs() {
		pairs = append(pairs, p.A+"-"+p.B)
		if p.A == "RUS" && p.B == "SYRREB" && (p.Net() != -18.5 || p.Strength() != 18.5) {
			t.Errorf("pair %+v: net %v strength %v", p, p.Net(), p.Strength())
		}
	}
	if strings.Join(pairs, " ") != "RUS-SYR RUS-SYRREB RUS-USA" {
		t.Errorf("pairs %q", pairs)
	}
	if g.Documents != 3 {
		t.Errorf("documents %d, want 3", g.Documents)
	}

	// Other levels and modalities.
	actorLevel := graph.Build(events, graph.Options{Level: graph.LevelActor})
	if _, ok := actorLevel.Node("JOHN_KERRY"); !ok {
		t.Error("actor level lost the person")
	}
	state := graph.Build(events, graph.Options{Level: graph.LevelState})
	for _, e := range state.Edges {
		if e.Target == "SYRREB" {
			t.Error("state level kept the rebels apart")
		}
	}
	all := graph.Build(events, graph.Options{Modalities: []string{"asserted", "hedged"}})
	for _, e := range all.Edges {
		if e.Type == "SUPPORT" && e.Count != 2 {
			t.Errorf("hedged mention not counted when asked: %+v", e)
		}
	}
}

func TestJSONRoundTrip(t *testing.T) {
	g := graph.Build([]event.Event{ev("a", 0, rus, syr, "SUPPORT", 5, "asserted")}, graph.Options{Title: "t"})
	var b bytes.Buffer
	if err := g.WriteJSON(&b); err != nil {
		t.Fatal(err)
	}
	h, err := graph.ReadJSON(bytes.NewReader(b.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	var c bytes.Buffer
	h.WriteJSON(&c)
	if b.String() != c.String() {
		t.Errorf("round trip changed the graph:\n%s\n%s", b.String(), c.String())
	}
	for _, bad := range []string{`{`, `{"nodes":[{"id":"A"},{"id":"A"}]}`, `{"nodes":[{"id":"A"}],"edges":[{"source":"A","target":"B"}]}`,
		`{"nodes":[{"id":"A"}],"edges":[{"source":"A","target":"A"}]}`, `{"nodes":[{"id":""}]}`} {
		if _, err := graph.ReadJSON(strings.NewReader(bad)); !errors.Is(err, graph.ErrInvalid) {
			t.Errorf("%s: err %v, want ErrInvalid", bad, err)
		}
	}
}

func TestParseLevel(t *testing.T) {
	for in, want := range map[string]graph.Level{"": graph.LevelOrganisation, "actor": graph.LevelActor, "state": graph.LevelState} {
		if got, err := graph.ParseLevel(in); err != nil || got != want {
			t.Errorf("ParseLevel(%q) = %v, %v", in, got, err)
		}
	}
	if _, err := graph.ParseLevel("planet"); err == nil {
		t.Error("no error for an unknown level")
	}
}

func FuzzReadJSON(f *testing.F) {
	f.Add(`{"nodes":[{"id":"A"},{"id":"B"}],"edges":[{"source":"A","target":"B","type":"SUPPORT"}]}`)
	f.Fuzz(func(t *testing.T, s string) {
		g, err := graph.ReadJSON(strings.NewReader(s))
		if err != nil {
			return
		}
		for _, e := range g.Edges {
			if _, ok := g.Node(e.Source); !ok {
				t.Fatalf("edge to unknown node %q accepted", e.Source)
			}
		}
	})
}

func TestStateOrgansMerge(t *testing.T) {
	irgc := event.Actor{ID: "IRGC", Name: "Islamic Revolutionary Guard Corps", Kind: "group", Country: "IRN", Sector: "MIL"}
	usa := event.Actor{ID: "USA", Name: "United States", Kind: "state", Country: "USA"}
	g := graph.Build([]event.Event{ev("a", 0, irgc, usa, "ASSAULT", -9, "asserted")}, graph.Options{})
	if len(g.Edges) != 1 || g.Edges[0].Source != "IRN" {
		t.Fatalf("edges %+v: the Revolutionary Guard must count as Iran", g.Edges)
	}
}

// Evidence names the edge's source and target as the text named them,
// also when a symmetric relation's endpoints are put in order (it named
// Russia "United States" in "the United States met Russia").
func TestEvidenceMentionsFollowEndpoints(t *testing.T) {
	usa := event.Actor{ID: "USA", Name: "United States", Kind: "state", Country: "USA", Mention: &event.Span{Text: "Washington"}}
	rus := event.Actor{ID: "RUS", Name: "Russia", Kind: "state", Country: "RUS", Mention: &event.Span{Text: "Moscow"}}
	g := graph.Build([]event.Event{{Doc: "d", Source: usa, Target: rus, Type: "CONSULT", Weight: 2.5, Modality: event.Asserted}}, graph.Options{})
	if len(g.Edges) != 1 {
		t.Fatalf("%d edges", len(g.Edges))
	}
	e := g.Edges[0]
	if e.Source != "RUS" || e.Evidence[0].Source != "Moscow" || e.Evidence[0].Target != "Washington" {
		t.Errorf("edge %s→%s, evidence names %q→%q", e.Source, e.Target, e.Evidence[0].Source, e.Evidence[0].Target)
	}
}

// One sentence that relates an actor to five others weighs for it as one
// relation would: Iran ranked first in the Wikinews graph because "Iran
// held exercises with the navies of ..." gave it five edges at 9.5 each.
func TestSentenceShare(t *testing.T) {
	irn := event.Actor{ID: "IRN", Name: "Iran", Kind: "state", Country: "IRN"}
	var events []event.Event
	for _, c := range []string{"RUS", "CHN", "PAK", "OMN", "IND"} {
		events = append(events, event.Event{Doc: "d", Sentence: 4, Source: irn, Target: event.Actor{ID: c, Name: c, Kind: "state", Country: c},
			Type: "COOPERATE", Weight: 9.5, Modality: event.Asserted})
	}
	events = append(events, event.Event{Doc: "d", Sentence: 5, Source: irn, Target: event.Actor{ID: "RUS", Name: "RUS", Kind: "state", Country: "RUS"},
		Type: "ASSAULT", Weight: -10, Modality: event.Asserted})
	g := graph.Build(events, graph.Options{})
	var coop, conf float64
	for _, e := range g.Edges {
		coop += e.Cooperation
		conf += e.Conflict
		if e.Type == "COOPERATE" && (e.Count != 1 || e.Weight != 1.9 || e.Evidence[0].Score != 1.9) {
			t.Errorf("%s–%s: count %d, weight %v, evidence score %v; want 1, 1.9, 1.9", e.Source, e.Target, e.Count, e.Weight, e.Evidence[0].Score)
		}
	}
	if math.Abs(coop-9.5) > 1e-9 || conf != 10 {
		t.Errorf("Iran's cooperation %v, conflict %v; want 9.5 (one sentence) and 10", coop, conf)
	}
	whole := graph.Build(events, graph.Options{WholeSentences: true})
	if w := whole.Edges[0].Weight; w != 9.5 && w != -10 {
		t.Errorf("WholeSentences: weight %v", w)
	}
}
