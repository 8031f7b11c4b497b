package text

import (
	"reflect"
	"strings"
	"testing"
)

var splitTests = []struct {
	name string
	in   string
	want []string
}{
	{"empty", "", nil},
	{"one", "Kerry met Lavrov.", []string{"Kerry met Lavrov."}},
	{"two", "Kerry met Lavrov. They talked!", []string{"Kerry met Lavrov.", "They talked!"}},
	{"question", "Will they meet? Nobody knows.", []string{"Will they meet?", "Nobody knows."}},
	{"line breaks", "Headline\n\nFirst paragraph\r\nSecond", []string{"Headline", "First paragraph", "Second"}},
	{"lower case after stop", "It rose 3 p.c. and then fell.", []string{"It rose 3 p.c. and then fell."}},
	{"titles", "Mr. Smith met Gen. Jones and Dr. Who.", []string{"Mr. Smith met Gen. Jones and Dr. Who."}},
	{"inside U.S.", "The U.S. Navy and U.N. Security Council met.", []string{"The U.S. Navy and U.N. Security Council met."}},
	{"month before digit", "It ends Sept. 30 in Vienna. Talks resume Oct. 2.", []string{"It ends Sept. 30 in Vienna.", "Talks resume Oct. 2."}},
	{"stop before digit", "They met in 2015. 2016 was worse.", []string{"They met in 2015.", "2016 was worse."}},
	{"non-title abbreviation ends", "He founded Acme Inc. The firm grew.", []string{"He founded Acme Inc.", "The firm grew."}},
	{"closing quote", `He said "no." Then he left.`, []string{`He said "no."`, "Then he left."}},
	{"closing bracket", "It failed (again.) So what?", []string{"It failed (again.)", "So what?"}},
	{"opening quote", `He left. "Why?" she asked. "Now."`, []string{"He left.", `"Why?" she asked.`, `"Now."`}},
	{"no space", "Visit example.com or 3.5.Now", []string{"Visit example.com or 3.5.Now"}},
	{"surrounding space", "  Kerry met Lavrov.  \n  They talked.  ", []string{"Kerry met Lavrov.", "They talked."}},
	{"accented capital", "It ended. Érdekes.", []string{"It ended.", "Érdekes."}},
}

func TestSplit(t *testing.T) {
	for _, tt := range splitTests {
		t.Run(tt.name, func(t *testing.T) {
			ss := Split(tt.in)
			var got []string
			for _, s := range ss {
				got = append(got, tt.in[s.Start:s.End])
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Split(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
			checkSentences(t, tt.in, ss)
		})
	}
}

func TestSplitOffsets(t *testing.T) {
	s := "Kerry met Lavrov. They talked."
	got := Split(s)
	want := []Sentence{
		{Index: 0, Start: 0, End: 17, Tokens: Tokenize(s)[:4]},
		{Index: 1, Start: 18, End: 30, Tokens: Tokenize(s)[4:]},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Split(%q)\n got %+v\nwant %+v", s, got, want)
	}
}

// checkSentences checks the invariants of a split: sentences cover the
// tokens in order, with no gaps, their offsets are their first and last
// token's, and the sentence text has no surrounding white space.
func checkSentences(t *testing.T, s string, ss []Sentence) {
	t.Helper()
	toks := Tokenize(s)
	var all []Token
	for i, se := range ss {
		if se.Index != i {
			t.Fatalf("%q: sentence %d has Index %d", s, i, se.Index)
		}
		if len(se.Tokens) == 0 {
			t.Fatalf("%q: sentence %d has no tokens", s, i)
		}
		if se.Start != se.Tokens[0].Start || se.End != se.Tokens[len(se.Tokens)-1].End {
			t.Fatalf("%q: sentence %d [%d:%d] is not the span of its tokens", s, i, se.Start, se.End)
		}
		if i > 0 && se.Start < ss[i-1].End {
			t.Fatalf("%q: sentence %d starts at %d before the end of the previous one (%d)", s, i, se.Start, ss[i-1].End)
		}
		if st := s[se.Start:se.End]; strings.TrimSpace(st) != st {
			t.Fatalf("%q: sentence %d %q has surrounding white space", s, i, st)
		}
		all = append(all, se.Tokens...)
	}
	if len(all) != len(toks) || (len(all) > 0 && !reflect.DeepEqual(all, toks)) {
		t.Fatalf("%q: sentences cover %d tokens, want all %d in order", s, len(all), len(toks))
	}
}

func FuzzSplit(f *testing.F) {
	for _, tt := range splitTests {
		f.Add(tt.in)
	}
	for _, tt := range tokenizeTests {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkSentences(t, s, Split(s))
	})
}

// EachSentence gives what Split gives, a line at a time.
func TestEachSentence(t *testing.T) {
	for _, text := range []string{
		"", "One. Two.\n\nThree? Four!\r\nFive", "Mr. Smith met Gen. Jones.\nA line\n", "\n\n  \n",
		"Russia attacked Ukraine on Monday. John Kerry met Sergei Lavrov in Geneva.\nKerry said \"no.\"",
	} {
		var got []Sentence
		EachSentence(text, func(s Sentence) bool { got = append(got, s); return true })
		want := Split(text)
		if len(got) != len(want) {
			t.Fatalf("%q: %d sentences, Split has %d", text, len(got), len(want))
		}
		for i := range got {
			g, w := got[i], want[i]
			if g.Index != w.Index || g.Start != w.Start || g.End != w.End || len(g.Tokens) != len(w.Tokens) {
				t.Fatalf("%q: sentence %d = %+v, Split %+v", text, i, g, w)
			}
			for k := range g.Tokens {
				if g.Tokens[k] != w.Tokens[k] {
					t.Fatalf("%q: token %d differs", text, k)
				}
			}
		}
	}
}
