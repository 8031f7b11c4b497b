package extract_test

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/extract/document"
)

// panicWriter is a trace writer that fails the hard way, as a buggy caller
// might: the only way to make the extractor panic on purpose.
type panicWriter struct{}

func (panicWriter) Write([]byte) (int, error) { panic("trace writer broke") }

// A panic while extracting one document is that document's InternalError,
// and the extractor still works for the next one.
func TestExtractRecoversPanic(t *testing.T) {
	x, err := extract.New(extract.Options{Trace: panicWriter{}})
	if err != nil {
		t.Fatal(err)
	}
	ev, err := x.Extract(context.Background(), document.Document{ID: "d", Text: "Russia attacked Ukraine."})
	var ie *extract.InternalError
	if !errors.As(err, &ie) || ev != nil {
		t.Fatalf("got %d events, error %v; want an InternalError", len(ev), err)
	}
	if ie.Doc != "d" || !strings.Contains(ie.Error(), "trace writer broke") || !strings.Contains(ie.Where, "panicWriter.Write") {
		t.Errorf("InternalError %+v: %v", ie, ie)
	}
	good := extractor(t)
	if ev, err := good.Extract(context.Background(), document.Document{ID: "e", Text: "Russia attacked Ukraine."}); err != nil || len(ev) == 0 {
		t.Errorf("after a panic elsewhere: %d events, %v", len(ev), err)
	}
}

// regressInputs are the documents that once panicked the extractor.
func regressInputs(t *testing.T) []document.Document {
	files, _ := filepath.Glob(filepath.Join("testdata", "regress", "*.txt"))
	if len(files) < 2 {
		t.Fatalf("regression inputs missing: %v", files)
	}
	var docs []document.Document
	for _, p := range files {
		ds, errs := document.ReadFile(p)
		if len(errs) > 0 {
			t.Fatal(errs)
		}
		docs = append(docs, ds...)
	}
	return docs
}

// No input that once crashed the extractor crashes the caller: at worst it
// is an InternalError for that document.
func TestRegressNoPanic(t *testing.T) {
	for _, d := range regressInputs(t) {
		ev, err := extractor(t).Extract(context.Background(), d)
		var ie *extract.InternalError
		if err != nil && !errors.As(err, &ie) {
			t.Errorf("%s: %v", d.ID, err)
		}
		for _, e := range ev {
			checkEvent(t, d.Text, e)
		}
	}
}

// The inputs that once crashed the extractor are extracted without an
// internal error.
func TestRegressExtracted(t *testing.T) {
	for _, d := range regressInputs(t) {
		if _, err := extractor(t).Extract(context.Background(), d); err != nil {
			t.Errorf("%s: %v", d.ID, err)
		}
	}
}
