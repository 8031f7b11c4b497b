package extract_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/extract/document"
)

// extractDir runs the default extractor on every document in dir.
func extractDir(t testing.TB, dir string) []extract.Event {
	t.Helper()
	x, err := extract.New(extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	files, errs := document.Expand([]string{dir})
	if len(errs) > 0 || len(files) == 0 {
		t.Fatalf("no documents in %s: %v", dir, errs)
	}
	var out []extract.Event
	for _, f := range files {
		docs, errs := document.ReadFile(f)
		if len(errs) > 0 {
			t.Fatal(errs)
		}
		for _, d := range docs {
			ev, err := x.Extract(context.Background(), d)
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, ev...)
		}
	}
	return out
}

// TestSeedScore guards the quality bar on the seed articles: per-document
// precision ≥ 0.90, core recall ≥ 0.95 and no trap, scored as
// shared/bin/score does (see score_test.go).
func TestSeedScore(t *testing.T) {
	events := extractDir(t, filepath.Join("..", "corpus", "seeds"))
	r := scoreSeeds(t, events)
	t.Logf("per-document precision %.3f (%d/%d), core recall %.3f (%d/%d), traps %d",
		r.precision, r.tp, r.tp+r.fp, r.coreRecall, r.found, r.core, len(r.traps))
	for _, fp := range r.falsePos {
		t.Logf("false positive: %s", fp)
	}
	for _, m := range r.missed {
		t.Logf("missed core: %s", m)
	}
	if r.precision < 0.90 {
		t.Errorf("precision %.3f < 0.90", r.precision)
	}
	if r.coreRecall < 0.95 {
		t.Errorf("core recall %.3f < 0.95", r.coreRecall)
	}
	for _, tr := range r.traps {
		t.Errorf("trap became a relation: %s", tr)
	}
}

// TestSeedEvidence checks the evidence contract on real articles: the
// sentence and trigger offsets point at their text in the document.
func TestSeedEvidence(t *testing.T) {
	events := extractDir(t, filepath.Join("..", "corpus", "seeds"))
	if len(events) == 0 {
		t.Fatal("no events")
	}
	texts := map[string]string{}
	files, _ := document.Expand([]string{filepath.Join("..", "corpus", "seeds")})
	for _, f := range files {
		docs, _ := document.ReadFile(f)
		for _, d := range docs {
			texts[d.ID] = d.Text
		}
	}
	for _, e := range events {
		txt := texts[e.Doc]
		if e.Start < 0 || e.End > len(txt) || e.Start >= e.End || txt[e.Start:e.End] != e.Text {
			t.Errorf("%s sentence %d: offsets [%d,%d) do not give its text", e.Doc, e.Sentence, e.Start, e.End)
			continue
		}
		if e.Trigger.Start < e.Start || e.Trigger.End > e.End || txt[e.Trigger.Start:e.Trigger.End] != e.Trigger.Text {
			t.Errorf("%s: trigger %q offsets [%d,%d) wrong", e.Doc, e.Trigger.Text, e.Trigger.Start, e.Trigger.End)
		}
		for _, a := range []extract.Actor{e.Source, e.Target} {
			if m := a.Mention; m != nil && txt[m.Start:m.End] != m.Text {
				t.Errorf("%s: mention %q offsets wrong", e.Doc, m.Text)
			}
		}
		if e.Quad < 1 || e.Quad > 4 || e.Weight < -10 || e.Weight > 10 {
			t.Errorf("%s: quad %d weight %v out of range", e.Doc, e.Quad, e.Weight)
		}
	}
}
