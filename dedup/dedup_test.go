package dedup_test

import (
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/dedup"
)

func seeds(t testing.TB) []string {
	files, err := filepath.Glob("../corpus/seeds/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no seed articles: %v", err)
	}
	var out []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, string(b))
	}
	return out
}

func TestCopies(t *testing.T) {
	docs := seeds(t)
	a := docs[0]
	// A wire copy: another header and byline, the body rewrapped.
	wire := "MOSCOW (Reuters) -\n" + strings.ReplaceAll(a, "\n", " ") + "\nReporting by the Moscow bureau; editing by the desk."
	// The same story cut by a fifth at the end.
	words := strings.Fields(a)
	cut := strings.Join(words[:len(words)*9/10], " ")
	cases := []struct {
		name string
		text string
		copy bool
	}{
		{"identical", a, true},
		{"recased", strings.ToUpper(a), true},
		{"wire copy", wire, true},
		{"cut by a tenth", cut, true},
		{"another article on the same talks", docs[1], false},
		{"half of it", strings.Join(words[:len(words)/2], " "), false},
		{"empty", " \n ", false},
	}
	opt := dedup.Options{}
	for _, c := range cases {
		ix := dedup.NewIndex(opt)
		ix.Add("a", opt.Sign(a))
		got := ix.Add("b", opt.Sign(c.text))
		if (got == "a") != c.copy {
			t.Errorf("%s: copy of %q (similarity %.2f), want copy %v", c.name, got, dedup.Similarity(opt.Sign(a), opt.Sign(c.text)), c.copy)
		}
	}
	// The seed articles are five reports of the same events, none a copy.
	ix := dedup.NewIndex(opt)
	for i, d := range docs {
		if got := ix.Add(fmt.Sprint(i), opt.Sign(d)); got != "" {
			t.Errorf("seed %d taken for a copy of %s", i, got)
		}
	}
}

// A chain of copies has one original: C copies B, which copies A.
func TestChain(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	base := randomWords(r, 400)
	b := append(append([]string(nil), base[:360]...), randomWords(r, 40)...) // J(A,B) ≈ 0.8
	c := append(append([]string(nil), b[:330]...), randomWords(r, 70)...)
	opt := dedup.Options{Threshold: 0.6}
	ix := dedup.NewIndex(opt)
	ix.Add("A", opt.Sign(strings.Join(base, " ")))
	if got := ix.Add("B", opt.Sign(strings.Join(b, " "))); got != "A" {
		t.Fatalf("B: copy of %q, want A", got)
	}
	if got := ix.Add("C", opt.Sign(strings.Join(c, " "))); got != "A" {
		t.Errorf("C: copy of %q, want A (B's original)", got)
	}
	if ix.Len() != 3 {
		t.Errorf("Len %d", ix.Len())
	}
}

func randomWords(r *rand.Rand, n int) []string {
	w := make([]string, n)
	for i := range w {
		w[i] = fmt.Sprintf("w%d", r.IntN(1_000_000))
	}
	return w
}

// The estimate is within four standard errors of the exact Jaccard
// similarity of the shingle sets (Broder 1997: unbiased, variance
// J(1−J)/k for k hashes).
func TestEstimate(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	opt := dedup.Options{}
	for _, keep := range []int{50, 200, 350, 390, 400} {
		a := randomWords(r, 400)
		b := append(append([]string(nil), a[:keep]...), randomWords(r, 400-keep)...)
		exact := jaccard(shingles(a, 5), shingles(b, 5))
		est := dedup.Similarity(opt.Sign(strings.Join(a, " ")), opt.Sign(strings.Join(b, " ")))
		se := math.Sqrt(exact * (1 - exact) / dedup.DefaultHashes)
		if math.Abs(est-exact) > 4*se+1e-9 {
			t.Errorf("keep %d: estimate %.3f, exact %.3f (4 SE = %.3f)", keep, est, exact, 4*se)
		}
	}
}

func shingles(w []string, k int) map[string]bool {
	s := map[string]bool{}
	for i := 0; i+k <= len(w); i++ {
		s[strings.Join(w[i:i+k], " ")] = true
	}
	return s
}

func jaccard(a, b map[string]bool) float64 {
	in := 0
	for x := range a {
		if b[x] {
			in++
		}
	}
	return float64(in) / float64(len(a)+len(b)-in)
}

func TestShortAndEmpty(t *testing.T) {
	opt := dedup.Options{}
	if opt.Sign("") != nil || opt.Sign("—, !") != nil {
		t.Error("a text without words has a signature")
	}
	if dedup.Similarity(opt.Sign("Russia attacks."), opt.Sign("russia ATTACKS")) != 1 {
		t.Error("two-word texts that differ only in case and punctuation differ")
	}
	if dedup.Similarity(opt.Sign("Russia attacks."), opt.Sign("Russia retreats.")) > 0.1 {
		t.Error("different short texts look alike")
	}
	ix := dedup.NewIndex(opt)
	ix.Add("a", nil)
	if got := ix.Add("b", nil); got != "" {
		t.Errorf("an empty document copies %q", got)
	}
}

func FuzzSign(f *testing.F) {
	f.Add("Russia and Turkey agreed on a ceasefire.", 3)
	f.Add("", 0)
	f.Fuzz(func(t *testing.T, s string, k int) {
		opt := dedup.Options{Shingle: k % 8}
		sig := opt.Sign(s)
		if sig != nil && len(sig) != dedup.DefaultHashes {
			t.Fatalf("signature of %d hashes", len(sig))
		}
		if sig != nil && dedup.Similarity(sig, opt.Sign(s)) != 1 {
			t.Fatal("a text is not its own copy")
		}
	})
}

func BenchmarkSign(b *testing.B) {
	docs := seeds(b)
	n := 0
	for _, d := range docs {
		n += len(d)
	}
	b.SetBytes(int64(n))
	opt := dedup.Options{}
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			opt.Sign(d)
		}
	}
}
