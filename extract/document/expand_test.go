package document

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// Ids are paths inside the folder argument (unique, and the same from any
// working folder); outputs of actorgraph are not inputs.
func TestExpandFiles(t *testing.T) {
	dir := t.TempDir()
	put := func(p, s string) {
		os.MkdirAll(filepath.Dir(filepath.Join(dir, p)), 0o755)
		os.WriteFile(filepath.Join(dir, p), []byte(s), 0o644)
	}
	put("a/x.txt", "A.")
	put("b/x.txt", "B.")
	put("b/y.html", "<p>B.</p>")
	put("out/analysis.md", "# out")
	put("out/"+OutputMarker, "")
	put("skip/z.txt", "skipped")
	put("ev.jsonl", `{"doc":"x","sentence":0,"start":0,"end":2,"text":"A.","source":{"id":"R"}}`+"\n")
	put("feed.jsonl", `{"id":"n1","text":"A."}`+"\n")
	put("report.html", "<!DOCTYPE html>\n<html><head><meta name=\"generator\" content=\"actorgraph\"></head></html>")
	files, errs := ExpandFiles([]string{dir, filepath.Join(dir, "a", "x.txt")}, filepath.Join(dir, "skip"))
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	var got []File
	for _, f := range files {
		rel, _ := filepath.Rel(dir, f.Path)
		got = append(got, File{rel, f.ID})
	}
	want := []File{{"a/x.txt", "a/x"}, {"b/x.txt", "b/x"}, {"b/y.html", "b/y"}, {"feed.jsonl", "feed"}, {"a/x.txt", "x"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("ExpandFiles\n got %v\nwant %v", got, want)
	}
	if _, errs := ReadFile(filepath.Join(dir, "ev.jsonl")); len(errs) != 1 {
		t.Errorf("an events file read as articles: %v", errs)
	}
}
