package syntax

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// WordNet flags (lexicon/wordnet.txt): open-class parts of speech of a
// lemma, names and irregular forms. For words the treebanks never show
// (a third of PUD's errors are on them), they say what a word can be.
const (
	wnNoun uint8 = 1 << iota
	wnVerb
	wnAdj
	wnAdv
	wnName
	wnIrregVerb
	wnIrregNoun
	wnIrregAdj
)

// readWordNet reads the word list: "word flags" lines, '#' comments.
func readWordNet(r io.Reader, name string) (map[uint64]uint8, error) {
	out := map[uint64]uint8{}
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		l := sc.Text()
		if l == "" || l[0] == '#' {
			continue
		}
		w, fs, ok := strings.Cut(l, " ")
		if !ok || w == "" || fs == "" {
			return nil, fmt.Errorf("%s:%d: want \"word flags\"", name, n)
		}
		var f uint8
		for _, c := range []byte(fs) {
			i := strings.IndexByte("nvarpVNA", c)
			if i < 0 {
				return nil, fmt.Errorf("%s:%d: unknown flag %q", name, n, c)
			}
			f |= 1 << i
		}
		out[hashString(w)] |= f
	}
	return out, sc.Err()
}

// morph undoes a regular inflection of the lower-case word w ("-s", "-ed",
// "-ing", "-ly", "-er", "-est") when the base is in WordNet, and returns the
// rule and the base's flags hashed together; 0 when no rule applies.
func morph(w []byte, wn map[uint64]uint8) uint64 {
	if len(wn) == 0 || len(w) < 4 {
		return 0
	}
	// A base is w[:n] with add appended ("stud"+"y" for "studies").
	try := func(n int, add string) (uint8, bool) {
		if n < 2 {
			return 0, false
		}
		f, ok := wn[hashMore(hashBytes(w[:n]), add)]
		return f, ok && f&(wnNoun|wnVerb|wnAdj) != 0
	}
	found := func(rule uint64, f uint8) uint64 { return mix(rule, uint64(f)) }
	doubled := func(n int) bool { return n >= 3 && w[n-1] == w[n-2] }
	// Rules: suffix, the bases to try (cut, plus "", "e", "y" or the
	// doubled consonant undone).
	end := func(s string) (int, bool) {
		if len(w) >= len(s)+2 && string(w[len(w)-len(s):]) == s {
			return len(w) - len(s), true
		}
		return 0, false
	}
	if n, ok := end("ies"); ok {
		if f, ok := try(n, "y"); ok {
			return found(1, f)
		}
		return 0
	}
	if n, ok := end("ied"); ok {
		if f, ok := try(n, "y"); ok {
			return found(2, f)
		}
		return 0
	}
	for _, r := range []struct {
		suf  string
		rule uint64
	}{{"ing", 3}, {"ed", 4}, {"est", 8}, {"er", 9}} {
		n, ok := end(r.suf)
		if !ok {
			continue
		}
		if f, ok := try(n, ""); ok {
			return found(r.rule, f)
		}
		if f, ok := try(n, "e"); ok {
			return found(r.rule, f)
		}
		if doubled(n) {
			if f, ok := try(n-1, ""); ok {
				return found(r.rule, f)
			}
		}
		if r.rule >= 8 && w[n-1] == 'i' {
			if f, ok := try(n-1, "y"); ok {
				return found(r.rule, f)
			}
		}
		return 0
	}
	if n, ok := end("es"); ok {
		if f, ok := try(n, ""); ok {
			return found(5, f)
		}
		if f, ok := try(n, "e"); ok {
			return found(5, f)
		}
	}
	if n, ok := end("s"); ok && w[n-1] != 's' {
		if f, ok := try(n, ""); ok {
			return found(6, f)
		}
		return 0
	}
	if n, ok := end("ly"); ok {
		if f, ok := try(n, ""); ok {
			return found(7, f)
		}
		if f, ok := try(n, "le"); ok {
			return found(7, f)
		}
		if w[n-1] == 'i' {
			if f, ok := try(n-1, "y"); ok {
				return found(7, f)
			}
		}
	}
	return 0
}
