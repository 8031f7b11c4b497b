package syntax

import (
	"math/rand/v2"
	"path/filepath"
	"testing"

	"github.com/actorgraph/actorgraph/extract/syntax/conllu"
)

// goldHeads returns the projectivised gold heads of s, the root as n.
func goldHeads(s *conllu.Sentence) []int32 {
	n := len(s.Tokens)
	h := make([]int32, n+1)
	for i, t := range s.Tokens {
		h[i] = int32(t.Head - 1)
		if t.Head == 0 {
			h[i] = int32(n)
		}
	}
	h[n] = -1
	projectivize(h)
	return h
}

// TestOracle checks the dynamic oracle on PUD: (1) following zero-cost
// transitions from the start rebuilds the projectivised gold tree; (2) the
// costs are exact: along random paths, the number of wrong heads at the
// end equals the sum of the costs of the transitions taken (Goldberg and
// Nivre 2013: the arc-hybrid system is arc-decomposable).
func TestOracle(t *testing.T) {
	sents, err := conllu.ReadFile(filepath.Join("treebank", "en_pud-ud-test.conllu"), true)
	if err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewPCG(1, 2))
	var s state
	for si, sent := range sents {
		gold := goldHeads(sent)
		n := len(sent.Tokens)
		for path := 0; path < 4; path++ {
			s.reset(n)
			p := []float64{0, 0.1, 0.3, 0.7}[path]
			sum := 0
			for !s.terminal() {
				sh, le, ri := s.costs(gold)
				c := [3]int{sh, le, ri}
				var legal []int
				for k := range nTransitions {
					if s.legal(k) {
						legal = append(legal, k)
					}
				}
				k := legal[r.IntN(len(legal))]
				if r.Float64() >= p {
					for _, j := range legal { // the first zero-cost
						if c[j] == 0 {
							k = j
							break
						}
					}
				}
				sum += c[k]
				s.apply(k, 0)
			}
			wrong := 0
			for i := 0; i < n; i++ {
				if s.head[i] != gold[i] {
					wrong++
				}
			}
			if wrong != sum {
				t.Fatalf("sentence %d, exploration %.1f: %d wrong heads, costs sum to %d", si, p, wrong, sum)
			}
		}
	}
}

func TestProjectivize(t *testing.T) {
	// "A hearing is scheduled on the issue today": the arc hearing → on
	// crosses is/scheduled → ... and is lifted to scheduled.
	h := []int32{1, 3, 3, 8, 5, 3, 5, 3, -1}
	h = []int32{1, 3, 3, 8, 6, 6, 1, 3, -1} // on(4)←issue(6), issue → hearing(1): non-projective
	if n := projectivize(h); n != 1 || h[6] != 3 {
		t.Errorf("lifts %d, heads %v", n, h)
	}
}

func TestFeatures(t *testing.T) {
	for _, c := range []struct{ in, norm, shape string }{
		{"Obama", "obama", "Xxxxx"},
		{"1990s", "0000s", "ddddx"},
		{"U.S.", "u.s.", "X.X."},
		{"“Well”", "\"well\"", "“Xxxx”"},
		{"co-op", "co-op", "xx-xx"},
		{"ÉLAN", "élan", "XXXX"},
		{"\xff", "\xff", "\ufffd"},
	} {
		if got := normalize(c.in); got != c.norm {
			t.Errorf("normalize(%q) = %q, want %q", c.in, got, c.norm)
		}
		if got := string(appendShape(nil, c.in)); got != c.shape {
			t.Errorf("shape(%q) = %q, want %q", c.in, got, c.shape)
		}
	}
	wn := map[uint64]uint8{hashString("study"): wnNoun | wnVerb, hashString("stop"): wnVerb, hashString("use"): wnVerb,
		hashString("quick"): wnAdj}
	for _, c := range []struct {
		w    string
		rule uint64
		f    uint8
	}{
		{"studies", 1, wnNoun | wnVerb}, {"studied", 2, wnNoun | wnVerb}, {"stopped", 4, wnVerb},
		{"stopping", 3, wnVerb}, {"used", 4, wnVerb}, {"uses", 5, wnVerb}, {"quickly", 7, wnAdj},
		{"quicker", 9, wnAdj}, {"glass", 0, 0}, {"ran", 0, 0},
	} {
		want := uint64(0)
		if c.rule != 0 {
			want = mix(c.rule, uint64(c.f))
		}
		if got := morph([]byte(c.w), wn); got != want {
			t.Errorf("morph(%q) = %x, want rule %d flags %b", c.w, got, c.rule, c.f)
		}
	}
}
