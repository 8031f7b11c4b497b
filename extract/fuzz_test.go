package extract_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/extract/document"
)

// FuzzExtract: no panic, and every event's offsets point at its evidence.
func FuzzExtract(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("..", "corpus", "seeds", "*.txt"))
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(string(b))
		}
	}
	f.Add("Russia's Russian-backed U.S.-led - which all back groups fighting Assad - ’s “US” ٣ 'Kerry'")
	f.Add("If he would not negotiate with them, its ally's forces were backed by.")
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		ev, err := extractor(t).Extract(context.Background(), document.Document{ID: "f", Text: text})
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range ev {
			checkEvent(t, text, e)
		}
	})
}

func checkEvent(t *testing.T, text string, e extract.Event) {
	t.Helper()
	if e.Start < 0 || e.End > len(text) || e.Start > e.End || text[e.Start:e.End] != e.Text {
		t.Fatalf("sentence offsets [%d,%d) do not give %q", e.Start, e.End, e.Text)
	}
	tr := e.Trigger
	if tr.Start < e.Start || tr.End > e.End || tr.Start > tr.End || text[tr.Start:tr.End] != tr.Text {
		t.Fatalf("trigger offsets [%d,%d) do not give %q", tr.Start, tr.End, tr.Text)
	}
	for _, a := range []extract.Actor{e.Source, e.Target} {
		if a.ID == "" {
			t.Fatalf("actor without id in %+v", e)
		}
		if m := a.Mention; m != nil && (m.Start < e.Start || m.End > e.End || text[m.Start:m.End] != m.Text) {
			t.Fatalf("mention offsets [%d,%d) do not give %q", m.Start, m.End, m.Text)
		}
	}
	switch e.Modality {
	case extract.Asserted, extract.Negated, extract.Hedged, extract.Conditional, extract.Planned:
	default:
		t.Fatalf("modality %q", e.Modality)
	}
}

func BenchmarkExtractSeeds(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join("..", "corpus", "seeds", "*.txt"))
	var docs []document.Document
	size := 0
	for _, p := range files {
		ds, _ := document.ReadFile(p)
		docs = append(docs, ds...)
		for _, d := range ds {
			size += len(d.Text)
		}
	}
	x := extractor(b)
	b.SetBytes(int64(size))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			if _, err := x.Extract(context.Background(), d); err != nil {
				b.Fatal(err)
			}
		}
	}
}
