package conllu

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

// ErrFormat is wrapped by every error about malformed input.
var ErrFormat = errors.New("conllu: malformed input")

// Token is one syntactic word.
type Token struct {
	ID     int // 1-based position in the sentence
	Form   string
	Lemma  string
	UPOS   string
	XPOS   string
	Feats  string
	Head   int // ID of the head, 0 for the root
	Deprel string
	Deps   string
	Misc   string
}

// Sentence is one tree.
type Sentence struct {
	ID     string // from "# sent_id = ...", or ""
	Text   string // from "# text = ...", or ""
	Line   int    // line of the sentence's first line in the file
	Tokens []Token
}

// Words returns the word forms.
func (s *Sentence) Words() []string {
	w := make([]string, len(s.Tokens))
	for i, t := range s.Tokens {
		w[i] = t.Form
	}
	return w
}

// Reader reads sentences one at a time.
type Reader struct {
	// Normalize maps the pre-2.14 subtypes tmod and npmod to unmarked
	// (see the package doc).
	Normalize bool

	name string
	sc   *bufio.Scanner
	line int
	done bool
}

// NewReader reads from r; name is used in error messages.
func NewReader(r io.Reader, name string) *Reader {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 16<<20)
	return &Reader{name: name, sc: sc}
}

func (r *Reader) errorf(line int, format string, a ...any) error {
	return fmt.Errorf("%s:%d: %w: %s", r.name, line, ErrFormat, fmt.Sprintf(format, a...))
}

// Next returns the next sentence, or io.EOF after the last one.
func (r *Reader) Next() (*Sentence, error) {
	if r.done {
		return nil, io.EOF
	}
	var s *Sentence
	heads := []int{} // line of each token, to report bad heads
	for {
		if !r.sc.Scan() {
			if err := r.sc.Err(); err != nil {
				return nil, fmt.Errorf("%s:%d: %w", r.name, r.line+1, err)
			}
			r.done = true
			if s == nil {
				return nil, io.EOF
			}
			return s, r.finish(s, heads)
		}
		r.line++
		line := strings.TrimSuffix(r.sc.Text(), "\r")
		if strings.TrimSpace(line) == "" {
			if s == nil {
				continue
			}
			return s, r.finish(s, heads)
		}
		if s == nil {
			s = &Sentence{Line: r.line}
		}
		if line[0] == '#' {
			if len(s.Tokens) > 0 {
				return nil, r.errorf(r.line, "comment inside a sentence")
			}
			c := strings.TrimSpace(line[1:])
			if v, ok := strings.CutPrefix(c, "sent_id"); ok && strings.HasPrefix(strings.TrimSpace(v), "=") {
				s.ID = strings.TrimSpace(strings.TrimSpace(v)[1:])
			} else if v, ok := strings.CutPrefix(c, "text"); ok && strings.HasPrefix(strings.TrimSpace(v), "=") {
				s.Text = strings.TrimSpace(strings.TrimSpace(v)[1:])
			}
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 10 {
			return nil, r.errorf(r.line, "%d fields, want 10", len(f))
		}
		if strings.ContainsAny(f[0], "-.") {
			// A multiword token's range line or an empty node: not part
			// of the basic tree. Check it is well formed all the same.
			if !rangeID(f[0]) {
				return nil, r.errorf(r.line, "bad ID %q", f[0])
			}
			continue
		}
		id, err := strconv.Atoi(f[0])
		if err != nil || id != len(s.Tokens)+1 {
			return nil, r.errorf(r.line, "ID %q, want %d", f[0], len(s.Tokens)+1)
		}
		head, err := strconv.Atoi(f[6])
		if err != nil || head < 0 {
			return nil, r.errorf(r.line, "bad HEAD %q", f[6])
		}
		for i, v := range f[:8] {
			if v == "" {
				return nil, r.errorf(r.line, "empty field %d", i+1)
			}
		}
		rel := f[7]
		if r.Normalize {
			rel = NormalizeDeprel(rel)
		}
		s.Tokens = append(s.Tokens, Token{
			ID: id, Form: f[1], Lemma: f[2], UPOS: f[3], XPOS: f[4], Feats: f[5],
			Head: head, Deprel: rel, Deps: f[8], Misc: f[9],
		})
		heads = append(heads, r.line)
	}
}

// finish checks what needs the whole sentence: heads in range, one root.
func (r *Reader) finish(s *Sentence, lines []int) error {
	if len(s.Tokens) == 0 {
		return r.errorf(s.Line, "sentence without words")
	}
	roots := 0
	for i, t := range s.Tokens {
		if t.Head > len(s.Tokens) || t.Head == t.ID {
			return r.errorf(lines[i], "HEAD %d out of range", t.Head)
		}
		if t.Head == 0 {
			roots++
		}
	}
	if roots != 1 {
		return r.errorf(s.Line, "%d roots, want 1", roots)
	}
	// No cycles: from every word, the walk up reaches the root within n steps.
	for i := range s.Tokens {
		h := s.Tokens[i].Head
		for n := 0; h != 0; n++ {
			if n > len(s.Tokens) {
				return r.errorf(lines[i], "cycle through word %d", i+1)
			}
			h = s.Tokens[h-1].Head
		}
	}
	return nil
}

// rangeID reports whether id is "N-M" or "N.M" with N, M digits.
func rangeID(id string) bool {
	i := strings.IndexAny(id, "-.")
	a, b := id[:i], id[i+1:]
	digits := func(s string) bool {
		if s == "" {
			return false
		}
		for _, c := range s {
			if c < '0' || c > '9' {
				return false
			}
		}
		return true
	}
	return digits(a) && digits(b)
}

// Read reads all sentences of r.
func Read(r io.Reader, name string, normalize bool) ([]*Sentence, error) {
	cr := NewReader(r, name)
	cr.Normalize = normalize
	var out []*Sentence
	for {
		s, err := cr.Next()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, err
		}
		out = append(out, s)
	}
}

// ReadFile reads all sentences of the named file.
func ReadFile(path string, normalize bool) ([]*Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return Read(f, path, normalize)
}

// NormalizeDeprel maps the pre-2.14 subtypes tmod and npmod to unmarked.
func NormalizeDeprel(rel string) string {
	base, sub, ok := strings.Cut(rel, ":")
	if ok && (sub == "tmod" || sub == "npmod") {
		return base + ":unmarked"
	}
	return rel
}

// Write writes s in CoNLL-U, with its sent_id and text comments if set.
func Write(w io.Writer, s *Sentence) error {
	var b strings.Builder
	if s.ID != "" {
		fmt.Fprintf(&b, "# sent_id = %s\n", s.ID)
	}
	if s.Text != "" {
		fmt.Fprintf(&b, "# text = %s\n", s.Text)
	}
	for _, t := range s.Tokens {
		fmt.Fprintf(&b, "%d\t%s\t%s\t%s\t%s\t%s\t%d\t%s\t%s\t%s\n", t.ID, field(t.Form), field(t.Lemma),
			field(t.UPOS), field(t.XPOS), field(t.Feats), t.Head, field(t.Deprel), field(t.Deps), field(t.Misc))
	}
	b.WriteByte('\n')
	_, err := io.WriteString(w, b.String())
	return err
}

// field makes v safe in a CoNLL-U field: "_" for empty, no tabs or newlines.
func field(v string) string {
	if v == "" {
		return "_"
	}
	return strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' {
			return ' '
		}
		return r
	}, v)
}

// MarkAgents relabels passive agents obl:agent in treebanks that leave
// them obl (English PUD does; EWT marks them): an obl with the case
// marker "by", on a past participle that is passive (an aux:pass or
// nsubj:pass dependent, or no auxiliary at all: "a city hit by floods"),
// whose own word is a noun, proper noun or pronoun and not a time ("by
// March", "by 1563"). It returns the number of labels changed.
func MarkAgents(s *Sentence) int {
	n := 0
	for i := range s.Tokens {
		t := &s.Tokens[i]
		if t.Deprel != "obl" || t.Head == 0 || (t.UPOS != "NOUN" && t.UPOS != "PROPN" && t.UPOS != "PRON") ||
			months[strings.ToLower(t.Form)] || strings.ContainsAny(t.Form, "0123456789") {
			continue
		}
		h := s.Tokens[t.Head-1]
		if h.XPOS != "VBN" {
			continue
		}
		by, passive, aux := false, false, false
		for _, k := range s.Tokens {
			switch {
			case k.Head == t.ID && k.Deprel == "case" && strings.EqualFold(k.Form, "by"):
				by = true
			case k.Head == h.ID && (k.Deprel == "aux:pass" || k.Deprel == "nsubj:pass"):
				passive = true
			case k.Head == h.ID && k.Deprel == "aux":
				aux = true
			}
		}
		if by && (passive || !aux) {
			t.Deprel = "obl:agent"
			n++
		}
	}
	return n
}

var months = map[string]bool{"january": true, "february": true, "march": true, "april": true, "may": true,
	"june": true, "july": true, "august": true, "september": true, "october": true, "november": true,
	"december": true, "now": true, "then": true, "today": true, "tomorrow": true, "yesterday": true}
