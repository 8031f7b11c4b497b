package text

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// article is a real news article (Middle East Eye, October 2015) from the
// project's seed corpus.
const article = "testdata/003_175e92e2922cc121.txt"

func readArticle(tb testing.TB) string {
	tb.Helper()
	b, err := os.ReadFile(article)
	if err != nil {
		tb.Fatal(err)
	}
	return string(b)
}

// TestGoldenArticle splits the article and compares every sentence's
// offsets and terms with testdata/*.golden; run with -update to rewrite it
// after a deliberate change.
func TestGoldenArticle(t *testing.T) {
	s := readArticle(t)
	ss := Split(s)
	checkSentences(t, s, ss)
	var b strings.Builder
	for _, se := range ss {
		fmt.Fprintf(&b, "%d [%d:%d] %s\n", se.Index, se.Start, se.End, strings.Join(Terms(se.Tokens), " "))
	}
	golden := strings.TrimSuffix(article, filepath.Ext(article)) + ".golden"
	if *update {
		if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if b.String() != string(want) {
		t.Errorf("sentences of %s differ from %s (run go test -update after checking the diff):\n%s", article, golden, diff(string(want), b.String()))
	}
}

// diff reports the first differing line.
func diff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(w) || i < len(g); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			return fmt.Sprintf("line %d:\n got %s\nwant %s", i+1, gl, wl)
		}
	}
	return ""
}

func BenchmarkTokenize(b *testing.B) {
	s := readArticle(b)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		Tokenize(s)
	}
}

func BenchmarkSplit(b *testing.B) {
	s := readArticle(b)
	toks := Tokenize(s)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		DefaultSplitter.Split(s, toks)
	}
}

func BenchmarkFold(b *testing.B) {
	words := strings.Fields(readArticle(b) + " Erdoğan Łódź Straße")
	b.ReportAllocs()
	for b.Loop() {
		for _, w := range words {
			Fold(w)
		}
	}
}
