package extract

import (
	"context"
	"reflect"
	"testing"

	"github.com/actorgraph/actorgraph/extract/document"
)

// TestMayRelateLosesNothing checks that skipping the parse of sentences
// mayRelate rules out changes no relation on real articles.
func TestMayRelateLosesNothing(t *testing.T) {
	fast, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	all, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	all.parseAll = true
	files, errs := document.Expand([]string{"../corpus/seeds", "../cmd/actorgraph/testdata/wikinews"})
	if len(errs) > 0 || len(files) < 10 {
		t.Fatalf("test articles: %d files, %v", len(files), errs)
	}
	n := 0
	for _, f := range files {
		docs, errs := document.ReadFile(f)
		if len(errs) > 0 {
			t.Fatal(errs)
		}
		for _, d := range docs {
			a, err1 := fast.Extract(context.Background(), d)
			b, err2 := all.Extract(context.Background(), d)
			if err1 != nil || err2 != nil {
				t.Fatal(err1, err2)
			}
			if !reflect.DeepEqual(a, b) {
				t.Errorf("%s: %d relations with the filter, %d parsing every sentence", f, len(a), len(b))
			}
			n += len(b)
		}
	}
	if n == 0 {
		t.Fatal("no relations at all")
	}
}
