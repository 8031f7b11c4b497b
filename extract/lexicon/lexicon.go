package lexicon

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/actorgraph/actorgraph/data"
	"github.com/actorgraph/actorgraph/extract/text"
	"github.com/actorgraph/actorgraph/plover"
)

// POS is a trigger's part of speech.
type POS uint8

const (
	Verb POS = iota
	Noun
	Adj
)

func (p POS) String() string { return [...]string{"verb", "noun", "adj"}[p] }

// Entry is one trigger.
type Entry struct {
	POS   POS
	Lemma string // the phrase as written, words joined by spaces
	Type  string // PLOVER type
	Mode  string // PLOVER mode or ""
	Preps []string
	// SrcPreps lists prepositions that introduce the source: "the visit
	// of Xi to Rome", "the withdrawal of US troops from Syria".
	SrcPreps   []string
	NoObj      bool
	PossTarget bool
	Relational bool
	Mutual     bool
	Clausal    bool
	Complement bool
	Fallback   bool
	Among      bool // all objects relate to each other: "brought together A and B"
	// Needs lists words one of which must follow within a few tokens for
	// this reading to apply: "lift the sanctions", "engaged ... in a firefight".
	Needs []string
	// Reverse swaps the roles: the subject is the target and the
	// preposition's object the source ("received weapons from X").
	Reverse bool
	// Judgment marks a word of evaluation ("an aggression", "justified"):
	// its source is who judges, its target what is judged ("called the
	// strike an aggression"), never its own modifiers.
	Judgment bool
	NegType  string // type a volitional negation turns this into, or ""
	NegMode  string
	Line     int

	forms []string // forms= of a verb: third, past, participle, gerund
}

// HasPrep reports whether p introduces the entry's target.
func (e *Entry) HasPrep(p string) bool { return slices.Contains(e.Preps, p) }

// HasSrcPrep reports whether p introduces the entry's source (srcprep=).
func (e *Entry) HasSrcPrep(p string) bool { return slices.Contains(e.SrcPreps, p) }

// Form says which inflected form matched.
type Form uint8

const (
	Base       Form = iota // base form or noun singular
	Third                  // verb -s
	Past                   // simple past
	Participle             // past participle
	Gerund                 // -ing
	Plural                 // noun plural
)

// Lexicon is a set of triggers indexed for matching.
type Lexicon struct {
	Entries []*Entry
	root    *node
}

type node struct {
	next map[string]*node
	hits []Hit
}

// Hit is a trigger found in a token sequence.
type Hit struct {
	Start, End int // token indices, End exclusive
	Entry      *Entry
	Form       Form
}

// ErrSyntax is wrapped by parse errors.
var ErrSyntax = errors.New("lexicon: syntax error")

// Parse reads a lexicon file. Errors name the file and line; all bad lines
// are reported.
func Parse(r io.Reader, filename string) (*Lexicon, error) {
	lx := &Lexicon{root: &node{}}
	var errs []error
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		f := strings.Fields(line)
		if len(f) == 0 {
			continue
		}
		e, err := parseEntry(f)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s:%d: %w", filename, n, err))
			continue
		}
		e.Line = n
		lx.add(e)
	}
	if err := sc.Err(); err != nil {
		errs = append(errs, fmt.Errorf("%s: %w", filename, err))
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return lx, nil
}

func parseEntry(f []string) (*Entry, error) {
	if len(f) < 3 {
		return nil, fmt.Errorf("%w: want POS PHRASE TYPE[/mode] [options]", ErrSyntax)
	}
	e := &Entry{}
	switch f[0] {
	case "verb":
		e.POS = Verb
	case "noun":
		e.POS = Noun
	case "adj":
		e.POS = Adj
	default:
		return nil, fmt.Errorf("%w: part of speech %q is not verb, noun or adj", ErrSyntax, f[0])
	}
	e.Lemma = strings.Join(strings.Fields(strings.ToLower(strings.ReplaceAll(f[1], "_", " "))), " ")
	if e.Lemma == "" {
		return nil, fmt.Errorf("%w: phrase %q has no words", ErrSyntax, f[1])
	}
	typ, mode, _ := strings.Cut(f[2], "/")
	if _, ok := plover.Lookup(typ); !ok {
		return nil, fmt.Errorf("%w: unknown PLOVER type %q", ErrSyntax, typ)
	}
	e.Type, e.Mode = typ, mode
	var forms []string
	for _, o := range f[3:] {
		k, v, _ := strings.Cut(o, "=")
		switch k {
		case "prep":
			e.Preps = strings.Split(v, ",")
		case "srcprep":
			if v == "" {
				return nil, fmt.Errorf("%w: srcprep= wants prepositions", ErrSyntax)
			}
			e.SrcPreps = strings.Split(v, ",")
		case "noobj":
			e.NoObj = true
		case "poss":
			if v != "target" {
				return nil, fmt.Errorf("%w: poss=%s (only poss=target)", ErrSyntax, v)
			}
			e.PossTarget = true
		case "relational":
			e.Relational = true
		case "mutual":
			e.Mutual = true
		case "clausal":
			e.Clausal = true
		case "complement":
			e.Complement = true
		case "fallback":
			e.Fallback = true
		case "among":
			e.Among = true
		case "needs":
			if v == "" {
				return nil, fmt.Errorf("%w: needs= wants words", ErrSyntax)
			}
			e.Needs = strings.Split(v, ",")
		case "reverse":
			e.Reverse = true
		case "judgment":
			e.Judgment = true
		case "negrel":
			t, m, _ := strings.Cut(v, "/")
			if _, ok := plover.Lookup(t); !ok {
				return nil, fmt.Errorf("%w: negrel=%s: unknown PLOVER type", ErrSyntax, v)
			}
			e.NegType, e.NegMode = t, m
		case "forms":
			forms = strings.Split(v, ",")
		default:
			return nil, fmt.Errorf("%w: unknown option %q", ErrSyntax, o)
		}
	}
	for _, p := range e.SrcPreps {
		if p == "" || e.HasPrep(p) {
			return nil, fmt.Errorf("%w: srcprep=%s: %q is empty or also in prep=", ErrSyntax, strings.Join(e.SrcPreps, ","), p)
		}
	}
	if len(forms) > 0 && e.POS != Verb {
		return nil, fmt.Errorf("%w: forms= is for verbs", ErrSyntax)
	}
	if len(forms) > 0 && len(forms) != 4 {
		return nil, fmt.Errorf("%w: forms= wants 4 forms (third, past, participle, gerund)", ErrSyntax)
	}
	for _, w := range forms {
		if w == "" {
			return nil, fmt.Errorf("%w: forms= has an empty form", ErrSyntax)
		}
	}
	e.forms = forms
	return e, nil
}

func (lx *Lexicon) add(e *Entry) {
	lx.Entries = append(lx.Entries, e)
	words := strings.Fields(e.Lemma)
	switch e.POS {
	case Verb:
		forms := verbForms(words[0])
		if e.forms != nil { // the entry's own forms= override the rules
			forms = append([]string{words[0]}, e.forms...)
		}
		for form, w := range forms {
			lx.insert(append([]string{w}, words[1:]...), e, Form(form))
		}
		if e.forms == nil {
			// British spelling doubles a final l: travelled, cancelling.
			for _, fw := range doubledL(words[0]) {
				lx.insert(append([]string{fw.word}, words[1:]...), e, fw.form)
			}
		}
	case Noun:
		last := len(words) - 1
		lx.insert(words, e, Base)
		if pl := plural(words[last]); pl != words[last] {
			lx.insert(append(append([]string{}, words[:last]...), pl), e, Plural)
		}
	default:
		lx.insert(words, e, Base)
	}
}

func (lx *Lexicon) insert(words []string, e *Entry, f Form) {
	n := lx.root
	for _, w := range words {
		// Terms are tokenized the way text is: "air-strike" is three tokens.
		for _, t := range text.Tokenize(w) {
			if n.next == nil {
				n.next = map[string]*node{}
			}
			c := n.next[t.Term]
			if c == nil {
				c = &node{}
				n.next[t.Term] = c
			}
			n = c
		}
	}
	for _, h := range n.hits {
		// (A reading that needs a word is another reading: "endorse"
		// and "endorse ... an agreement with".)
		if h.Entry.POS == e.POS && h.Entry.Lemma == e.Lemma && h.Entry.Type == e.Type && h.Form == f && slices.Equal(h.Entry.Needs, e.Needs) {
			return
		}
	}
	n.hits = append(n.hits, Hit{Entry: e, Form: f})
}

// Match finds triggers in a token sequence: at each position the longest
// phrase wins, with every reading of it (e.g. "talks" as noun and verb) in
// lexicon order; after them come the shorter phrases from the same word,
// longest first, for a caller that cannot use the longest ("send troops"
// where the troops are an actor). Matches from different positions do not
// overlap.
func (lx *Lexicon) Match(toks []text.Token) []Hit {
	var out []Hit
	type cand struct {
		hits []Hit
		end  int
	}
	var cands []cand
	for i := 0; i < len(toks); {
		n := lx.root
		cands = cands[:0]
		for j := i; j < len(toks) && n != nil; j++ {
			n = n.next[toks[j].Term]
			if n != nil && len(n.hits) > 0 {
				cands = append(cands, cand{n.hits, j + 1})
			}
		}
		if len(cands) == 0 {
			i++
			continue
		}
		// The longest phrase first, then the shorter ones it contains
		// from the same word, for a caller that must drop the longest
		// ("send troops" where the troops are an actor).
		for c := len(cands) - 1; c >= 0; c-- {
			for _, h := range cands[c].hits {
				h.Start, h.End = i, cands[c].end
				if needsMet(h.Entry, toks, cands[c].end) {
					out = append(out, h)
				}
			}
		}
		i = cands[len(cands)-1].end
	}
	return out
}

// Noun reports whether term alone is a noun trigger (in any form) that
// needs no following word: what Match finds on that one token.
func (lx *Lexicon) Noun(term string) bool { return lx.NounType(term) != "" }

// NounType is the relation type of the noun trigger term alone, or "".
func (lx *Lexicon) NounType(term string) string {
	if e := lx.NounEntry(term); e != nil {
		return e.Type
	}
	return ""
}

// NounEntry is the entry of the noun trigger term alone, or nil.
func (lx *Lexicon) NounEntry(term string) *Entry {
	n := lx.root.next[term]
	if n == nil {
		return nil
	}
	for _, h := range n.hits {
		if h.Entry.POS == Noun && len(h.Entry.Needs) == 0 {
			return h.Entry
		}
	}
	return nil
}

// needsWindow is how far after a trigger its needs= words may stand.
const needsWindow = 6

// needsMet reports whether one of e.Needs follows within needsWindow tokens.
func needsMet(e *Entry, toks []text.Token, end int) bool {
	if len(e.Needs) == 0 {
		return true
	}
	for k := end; k < len(toks) && k < end+needsWindow; k++ {
		for _, w := range e.Needs {
			if toks[k].Term == w {
				return true
			}
		}
	}
	return false
}

// Len is the number of entries.
func (lx *Lexicon) Len() int { return len(lx.Entries) }

var (
	defaultOnce sync.Once
	defaultLex  *Lexicon
	defaultErr  error
)

// Default returns the embedded lexicon (data/relations.txt), parsed once.
func Default() (*Lexicon, error) {
	defaultOnce.Do(func() {
		defaultLex, defaultErr = Parse(bytes.NewReader(data.Relations), "data/relations.txt")
	})
	return defaultLex, defaultErr
}

// Types returns the PLOVER types the lexicon covers, sorted.
func (lx *Lexicon) Types() []string {
	seen := map[string]bool{}
	for _, e := range lx.Entries {
		seen[e.Type] = true
	}
	var out []string
	for t := range seen {
		out = append(out, t)
	}
	sort.Strings(out)
	return out
}
