package graph_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/event"
	"github.com/actorgraph/actorgraph/graph"
)

// randomEvents makes events with every kind of collision the accumulator
// must settle the same way whatever their order: several events per
// sentence and edge, equal trigger offsets, near-duplicate documents whose
// sentences are shifted, events without text.
func randomEvents(r *rand.Rand, n int) []event.Event {
	actors := []event.Actor{kerry, lavrov, putin, rus, rusmil, syr, reb, opp,
		{ID: "SYRREB", Name: "Syrian insurgents", Kind: "rebels", Country: "SYR", Sector: "REB"}, // another name for the same node
		{ID: "UN", Name: "United Nations", Kind: "igo"}}
	types := []string{"CONSULT", "SUPPORT", "ASSAULT", "ACCUSE", "AGREE"}
	mods := []string{"asserted", "asserted", "asserted", "hedged"}
	docs := []string{"a", "b", "c", "a2", "a3", "b2"}
	copyOf := map[string]string{"a2": "a", "a3": "a", "b2": "b"}
	var out []event.Event
	for i := 0; i < n; i++ {
		d := docs[r.IntN(len(docs))]
		sent := r.IntN(6)
		shift := 0
		if copyOf[d] != "" {
			shift = r.IntN(2) // a copy with a line more
		}
		s, t := actors[r.IntN(len(actors))], actors[r.IntN(len(actors))]
		ts := r.IntN(3) * 10
		ms := r.IntN(3)
		s.Mention = &event.Span{Text: s.Name, Start: ms, End: ms + 5}
		ev := event.Event{
			Doc: d, Sentence: sent + shift, Start: 100 * (sent + shift), End: 100*(sent+shift) + 50,
			Text:   fmt.Sprintf("Sentence %d  of the story.", sent),
			Source: s, Target: t, Type: types[r.IntN(len(types))], Mode: []string{"", "visit", "phone"}[r.IntN(3)],
			Weight: float64(r.IntN(41)-20) / 2, Modality: mods[r.IntN(len(mods))],
			Trigger: event.Span{Text: "met", Start: ts, End: ts + 3}, CopyOf: copyOf[d],
			Date: fmt.Sprintf("2016-07-%02d", 10+r.IntN(5)),
		}
		if r.IntN(10) == 0 {
			ev.Text = strings.ToUpper(ev.Text) // the same sentence, recased in a copy
		}
		if r.IntN(15) == 0 {
			ev.Text = "" // coded data may have no sentence
		}
		out = append(out, ev)
	}
	return out
}

func graphJSON(t *testing.T, g *graph.Graph) string {
	t.Helper()
	var b bytes.Buffer
	if err := g.WriteJSON(&b); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// Any partition of the events, merged in any order, through the wire form
// or not, gives Build's graph byte for byte: what a distributed combine
// needs.
func TestAccumulatorOrderIndependent(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 1))
	lookup := func(id string) (event.Actor, bool) {
		if id == "USA" {
			return event.Actor{ID: "USA", Name: "United States", Kind: "state", Country: "USA"}, true
		}
		return event.Actor{}, false
	}
	for _, opt := range []graph.Options{
		{},
		{Level: graph.LevelActor, MaxEvidence: 2},
		{Level: graph.LevelState, Modalities: []string{"asserted", "hedged"}, Lookup: lookup, Title: "t"},
		{Dated: true, MaxEvidence: 3},
	} {
		events := randomEvents(r, 400)
		want := graphJSON(t, graph.Build(events, opt))
		for trial := 0; trial < 20; trial++ {
			shuffled := append([]event.Event(nil), events...)
			r.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
			parts := make([]*graph.Accumulator, 1+r.IntN(7))
			for i := range parts {
				parts[i] = graph.NewAccumulator(opt)
			}
			for _, ev := range shuffled {
				parts[r.IntN(len(parts))].Add(ev)
			}
			for i, p := range parts {
				if r.IntN(2) == 0 { // through the wire, as a shuffle would
					b, err := json.Marshal(p)
					if err != nil {
						t.Fatal(err)
					}
					q := new(graph.Accumulator)
					if err := json.Unmarshal(b, q); err != nil {
						t.Fatal(err)
					}
					parts[i] = q
				}
			}
			r.Shuffle(len(parts), func(i, j int) { parts[i], parts[j] = parts[j], parts[i] })
			// Merge pairwise in a random tree, then into a fresh accumulator
			// that holds the options Graph needs (Lookup is not on the wire).
			for len(parts) > 1 {
				i := r.IntN(len(parts) - 1)
				parts[i].Merge(parts[i+1])
				parts = append(parts[:i+1], parts[i+2:]...)
			}
			final := graph.NewAccumulator(opt)
			final.Merge(parts[0])
			if got := graphJSON(t, final.Graph()); got != want {
				t.Fatalf("level %q trial %d: partitioned graph differs from Build's:\n%s\nwant\n%s", opt.Level, trial, got, want)
			}
		}
	}
}

// Twenty copies of a corpus weigh what one does; the copies are listed as
// evidence.
func TestCopiesCountOnce(t *testing.T) {
	one := []event.Event{
		ev("a", 0, kerry, lavrov, "CONSULT", 2.5, "asserted"),
		ev("a", 4, rusmil, reb, "ASSAULT", -9.5, "asserted"),
		ev("b", 1, rus, syr, "SUPPORT", 5, "asserted"),
	}
	single := graph.Build(one, graph.Options{})
	var all []event.Event
	for i := 0; i < 20; i++ {
		for _, e := range one {
			if i > 0 {
				e.CopyOf = e.Doc
				e.Doc = fmt.Sprintf("%s-copy%02d", e.Doc, i)
				e.Sentence += i % 2 // some copies have a line more
			}
			all = append(all, e)
		}
	}
	g := graph.Build(all, graph.Options{})
	if g.Documents != single.Documents || len(g.Edges) != len(single.Edges) {
		t.Fatalf("documents %d, edges %d; want %d, %d", g.Documents, len(g.Edges), single.Documents, len(single.Edges))
	}
	for i, e := range g.Edges {
		s := single.Edges[i]
		if e.Count != s.Count || e.Weight != s.Weight || e.Documents != s.Documents || e.Conflict != s.Conflict {
			t.Errorf("%s %s %s: count %d weight %v documents %d; one copy gives %d, %v, %d",
				e.Source, e.Type, e.Target, e.Count, e.Weight, e.Documents, s.Count, s.Weight, s.Documents)
		}
		if len(e.Evidence) != 1 || e.Evidence[0].Doc != s.Evidence[0].Doc || len(e.Evidence[0].Copies) != 19 {
			t.Errorf("%s %s %s: evidence %+v, want the original with 19 copies", e.Source, e.Type, e.Target, e.Evidence)
		}
	}
	// Without CopyOf the copies count, as they did before.
	for i := range all {
		all[i].CopyOf = ""
	}
	if g := graph.Build(all, graph.Options{}); g.Edges[0].Count != 20 {
		t.Errorf("unmarked copies: count %d, want 20", g.Edges[0].Count)
	}
}

// A sentence a document repeats still counts twice; a copy that repeats it
// adds nothing.
func TestCopiesKeepRepeats(t *testing.T) {
	a0 := ev("a", 0, rus, syr, "SUPPORT", 5, "asserted")
	a7 := ev("a", 7, rus, syr, "SUPPORT", 5, "asserted") // same text as a0 (ev's text is per document)
	c0 := ev("a", 0, rus, syr, "SUPPORT", 5, "asserted")
	c0.Doc, c0.CopyOf = "a-copy", "a"
	g := graph.Build([]event.Event{a0, a7, c0}, graph.Options{})
	if len(g.Edges) != 1 || g.Edges[0].Count != 2 || g.Documents != 1 {
		t.Fatalf("edges %+v, documents %d: want one edge counted twice in one document", g.Edges, g.Documents)
	}
	for _, e := range g.Edges[0].Evidence {
		if e.Doc != "a" || strings.Join(e.Copies, ",") != "a-copy" {
			t.Errorf("evidence %+v: want document a with copy a-copy", e)
		}
	}
}

func TestAccumulatorMisuse(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("merging accumulators of two levels did not panic")
		}
	}()
	a := graph.NewAccumulator(graph.Options{Level: graph.LevelActor})
	a.Merge(graph.NewAccumulator(graph.Options{Level: graph.LevelState}))
}

func TestAccumulatorBadWire(t *testing.T) {
	for _, bad := range []string{
		`{`,
		`{"level":"planet","edges":[]}`,
		`{"level":"organisation","modalities":["asserted"],"edges":[{"source":"RUS","target":"SYR","type":"SUPPORT","mentions":[{"doc":"a","source":{"id":"USA"},"target":{"id":"SYR"},"type":"SUPPORT","modality":"asserted"}]}]}`,
	} {
		if err := json.Unmarshal([]byte(bad), new(graph.Accumulator)); err == nil {
			t.Errorf("%s: no error", bad)
		}
	}
}

func BenchmarkAccumulator(b *testing.B) {
	events := randomEvents(rand.New(rand.NewPCG(1, 1)), 10000)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		graph.Build(events, graph.Options{})
	}
}
