package syntax

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/extract/syntax/conllu"
)

var update = flag.Bool("update", false, "rewrite the golden files")

func model(tb testing.TB) *Model {
	tb.Helper()
	m, err := Default()
	if err != nil {
		tb.Fatal(err)
	}
	return m
}

// arc is one expected dependency: the word, its head word ("" for the
// root) and its label.
type arc struct{ dep, head, rel string }

// TestParse: sentences whose relations the extractor reads; every listed
// arc must be in the parse.
func TestParse(t *testing.T) {
	m := model(t)
	for _, c := range []struct {
		words string
		arcs  []arc
	}{
		{"Russia backed the rebels .", []arc{
			{"backed", "", "root"}, {"Russia", "backed", "nsubj"}, {"rebels", "backed", "obj"}, {"the", "rebels", "det"}}},
		{"The rebels were backed by Russia .", []arc{
			{"backed", "", "root"}, {"rebels", "backed", "nsubj:pass"}, {"were", "backed", "aux:pass"},
			{"Russia", "backed", "obl:agent"}, {"by", "Russia", "case"}}},
		{"Iran accused the United States of supporting terrorism .", []arc{
			{"accused", "", "root"}, {"Iran", "accused", "nsubj"}, {"States", "accused", "obj"},
			{"of", "supporting", "mark"}}},
		{"Russia 's foreign minister met his American counterpart in Geneva on Monday .", []arc{
			{"met", "", "root"}, {"minister", "met", "nsubj"}, {"Russia", "minister", "nmod:poss"},
			{"'s", "Russia", "case"}, {"counterpart", "met", "obj"}, {"in", "Geneva", "case"}}},
		{"The United Nations condemned the attack , which killed 40 civilians .", []arc{
			{"condemned", "", "root"}, {"Nations", "condemned", "nsubj"}, {"attack", "condemned", "obj"},
			{"killed", "attack", "acl:relcl"}, {"which", "killed", "nsubj"}, {"civilians", "killed", "obj"}}},
		{"China said it would not attend the talks .", []arc{
			{"said", "", "root"}, {"China", "said", "nsubj"}, {"attend", "said", "ccomp"},
			{"would", "attend", "aux"}, {"not", "attend", "advmod"}, {"talks", "attend", "obj"}}},
		{"The United States imposed sanctions on Iran after it seized a tanker .", []arc{
			{"imposed", "", "root"}, {"States", "imposed", "nsubj"}, {"sanctions", "imposed", "obj"},
			{"seized", "imposed", "advcl"}, {"after", "seized", "mark"}, {"it", "seized", "nsubj"}, {"tanker", "seized", "obj"}}},
		{"Turkey and Russia agreed to end the fighting .", []arc{
			{"agreed", "", "root"}, {"Turkey", "agreed", "nsubj"}, {"Russia", "Turkey", "conj"},
			{"and", "Russia", "cc"}, {"end", "agreed", "xcomp"}, {"to", "end", "mark"}}},
	} {
		words := strings.Fields(c.words)
		tr := m.Parse(words)
		if err := tr.Valid(); err != nil {
			t.Fatalf("%s: %v", c.words, err)
		}
		find := func(w string) int {
			for i, x := range words {
				if x == w {
					return i
				}
			}
			t.Fatalf("%s: no word %q", c.words, w)
			return -1
		}
		for _, a := range c.arcs {
			d := find(a.dep)
			h := -1
			if a.head != "" {
				h = find(a.head)
			}
			if tr.Head[d] != h || tr.Rel[d] != a.rel {
				t.Errorf("%s: %s ←%s─ %s, want %s ←%s─ %s\n%s", c.words, a.dep, tr.Rel[d], headWord(tr, d),
					a.dep, a.rel, a.head, tr)
			}
		}
	}
}

func headWord(t *Tree, i int) string {
	if t.Head[i] < 0 {
		return "ROOT"
	}
	return t.Words[t.Head[i]]
}

// readSentences reads testdata/wikinews.txt: one tokenised sentence a line.
func readSentences(tb testing.TB) [][]string {
	f, err := os.Open(filepath.Join("testdata", "wikinews.txt"))
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var out [][]string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if l := sc.Text(); l != "" && !strings.HasPrefix(l, "#") {
			out = append(out, strings.Fields(l))
		}
	}
	return out
}

// TestGolden parses news sentences and compares with testdata/golden.conllu
// (rewrite with -update after retraining, and read the diff).
func TestGolden(t *testing.T) {
	m := model(t)
	var b strings.Builder
	for _, s := range readSentences(t)[:12] {
		b.WriteString(m.Parse(s).String())
		b.WriteByte('\n')
	}
	path := filepath.Join("testdata", "golden.conllu")
	if *update {
		if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if b.String() != string(want) {
		t.Errorf("parses differ from %s (run with -update and read the diff)", path)
	}
}

// TestValidPUD: every parse of PUD is a tree with a tag for every word.
func TestValidPUD(t *testing.T) {
	m := model(t)
	sents, err := conllu.ReadFile(filepath.Join("treebank", "en_pud-ud-test.conllu"), true)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range sents {
		tr := m.Parse(s.Words())
		if err := tr.Valid(); err != nil {
			t.Fatalf("%s: %v", s.ID, err)
		}
		for i := range tr.Words {
			if tr.UPOS[i] == "" || tr.XPOS[i] == "" {
				t.Fatalf("%s: word %d untagged", s.ID, i)
			}
		}
	}
}

// TestSmoke scores the embedded model on the slice of EWT test it did not
// train on (every 20th sentence; see internal/train). The floors are a few
// points under what it measured, to catch a broken model, not to report
// accuracy (the trainer's -eval does that).
func TestSmoke(t *testing.T) {
	m := model(t)
	test, err := conllu.ReadFile(filepath.Join("treebank", "en_ewt-ud-test.conllu"), true)
	if err != nil {
		t.Fatal(err)
	}
	var smoke []*conllu.Sentence
	for i := 0; i < len(test); i += 20 {
		smoke = append(smoke, test[i])
	}
	sc := Evaluate(m, smoke)
	t.Logf("held-out EWT slice: %v", sc)
	r := func(v int) float64 { return float64(v) / float64(sc.Words) }
	if r(sc.UPOS) < 0.85 || r(sc.UAS) < 0.70 || r(sc.LAS) < 0.62 {
		t.Errorf("accuracy below the floor: %v", sc)
	}
}

func TestOdd(t *testing.T) {
	m := model(t)
	long := make([]string, 300)
	for i := range long {
		long[i] = []string{"the", "war", "in", "Syria", ",", "and", "'s", "-"}[i%8]
	}
	for _, ws := range [][]string{
		nil, {}, {""}, {"."}, {"Hello"}, {"", "", ""}, long,
		{"\x00", "\xff\xfe", "٣", "🙂", strings.Repeat("x", 10000), "\t", "a b"},
	} {
		tr := m.Parse(ws)
		if err := tr.Valid(); err != nil {
			t.Errorf("%q: %v", ws, err)
		}
		u, x := m.Tag(ws)
		if len(u) != len(ws) || len(x) != len(ws) {
			t.Errorf("%q: %d, %d tags", ws, len(u), len(x))
		}
	}
}

func TestLoadErrors(t *testing.T) {
	for _, in := range [][]byte{nil, []byte("not gzip"), gz([]byte("wrong magic\n")), gz([]byte(magic)),
		gz([]byte(magic + "\x01\x03abc"))} {
		if _, err := Load(bytes.NewReader(in)); err == nil {
			t.Errorf("%q: no error", in)
		}
	}
	// A truncated model.
	if _, err := Load(bytes.NewReader(embedded[:len(embedded)/2])); err == nil {
		t.Error("truncated model: no error")
	}
}

func gz(b []byte) []byte {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write(b)
	zw.Close()
	return buf.Bytes()
}

func TestChildren(t *testing.T) {
	tr := &Tree{Head: []int{1, -1, 3, 1, 1}}
	if got := tr.Children(1); len(got) != 3 || got[0] != 0 || got[1] != 3 || got[2] != 4 {
		t.Errorf("Children(1) = %v", got)
	}
	if tr.Root() != 1 {
		t.Errorf("Root() = %d", tr.Root())
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"Russia backed the rebels .", "", "a", "The rebels were backed by Russia .", "٣ 🙂 \xff"} {
		f.Add(s)
	}
	m := model(f)
	f.Fuzz(func(t *testing.T, s string) {
		// Split on spaces but keep empty and odd tokens: Parse must take
		// any slice.
		var ws []string
		if s != "" {
			ws = strings.Split(s, " ")
		}
		tr := m.Parse(ws)
		if err := tr.Valid(); err != nil {
			t.Fatalf("%q: %v", ws, err)
		}
		if len(tr.Words) != len(ws) {
			t.Fatalf("%d words, want %d", len(tr.Words), len(ws))
		}
		_ = utf8.ValidString(s)
	})
}

func BenchmarkTag(b *testing.B) {
	m := model(b)
	sents := readSentences(b)
	n := 0
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		s := sents[i%len(sents)]
		m.Tag(s)
		n += len(s)
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(n), "ns/word")
}

func BenchmarkParse(b *testing.B) {
	m := model(b)
	sents := readSentences(b)
	n := 0
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		s := sents[i%len(sents)]
		m.Parse(s)
		n += len(s)
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(n), "ns/word")
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(n)*25/1000, "µs/25words")
}

func BenchmarkLoad(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := Load(bytes.NewReader(embedded)); err != nil {
			b.Fatal(err)
		}
	}
}

// TestConcurrent: one model parses from many goroutines, with the same
// results as one at a time (run with -race).
func TestConcurrent(t *testing.T) {
	m := model(t)
	sents := readSentences(t)
	want := make([]string, len(sents))
	for i, s := range sents {
		want[i] = m.Parse(s).String()
	}
	var wg sync.WaitGroup
	errs := make(chan string, 8*len(sents))
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range sents {
				j := (i + g*9) % len(sents)
				if got := m.Parse(sents[j]).String(); got != want[j] {
					errs <- strings.Join(sents[j], " ")
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Errorf("concurrent parse differs: %s", e)
	}
}
