package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/extract/document"
)

type panicWriter struct{}

func (panicWriter) Write([]byte) (int, error) { panic("trace writer broke") }

// A panic in extraction is the document's error, not the worker's end.
func TestExtractOneRecovers(t *testing.T) {
	x, err := extract.New(extract.Options{Trace: panicWriter{}})
	if err != nil {
		t.Fatal(err)
	}
	ev, err := extractOne(context.Background(), x, document.Document{ID: "d", Text: "Russia attacked Ukraine."})
	if err == nil || ev != nil || !strings.Contains(err.Error(), "internal error") {
		t.Fatalf("%d events, error %v", len(ev), err)
	}
}

// Documents that once crashed the extractor (and with it the whole extract
// or run, leaving temporary files behind) are reported by file with
// "internal error" and skipped; the other documents' events are all kept.
func TestInternalErrorKeepsOthers(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	os.WriteFile(good, []byte("Russia attacked Ukraine on Monday. Iran condemned Israel."), 0o644)
	jl := filepath.Join(dir, "mixed.jsonl")
	os.WriteFile(jl, []byte("{\"id\":\"a\",\"text\":\"As one of the sponsors,\"}\n{\"id\":\"b\",\"text\":\"Japan met China.\"}\n"), 0o644)
	bad := []string{"../../extract/testdata/regress/sponsors.txt", "../../extract/testdata/regress/1969_ALB_24.txt", jl + ":1"}

	alone, _, _ := runCmd(t, "", "extract", good)
	out := filepath.Join(dir, "out")
	_, e, code := runCmd(t, "", "run", "-o", out, good, bad[0], bad[1], jl)
	failed := 0
	for _, b := range bad {
		if strings.Contains(e, "actorgraph: "+b+": internal error") {
			failed++
		}
	}
	if failed > 0 && code != 1 || failed == 0 && code != 0 || strings.Contains(e, "panic") {
		t.Errorf("%d documents failed, exit %d; stderr:\n%s", failed, code, e)
	}
	if failed == 0 {
		t.Log("the extractor no longer fails on the regression inputs")
	}
	events, err := os.ReadFile(filepath.Join(out, "events.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range strings.Split(strings.TrimSpace(alone), "\n") {
		if !strings.Contains(string(events), l) {
			t.Errorf("an event of the good document is lost: %s", l)
		}
	}
	if !strings.Contains(string(events), `"doc":"b"`) {
		t.Error("the good record after the bad one in the JSON Lines file is lost")
	}
	entries, _ := os.ReadDir(out)
	for _, en := range entries {
		if strings.Contains(en.Name(), ".tmp") {
			t.Errorf("temporary file left: %s", en.Name())
		}
	}
	if len(entries) < 10 {
		t.Errorf("run wrote only %d files", len(entries))
	}
}
