package actor

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/extract/text"
)

// Match is a mention of an actor: tokens [Start, End) of the token slice
// given to Matcher.Match.
type Match struct {
	Start, End int
	Actor      *Actor
	Form       Form
}

// Matcher finds dictionary names in tokenized text. It is a trie over
// normalised terms (text.Token.Term), built once; Match walks it from each
// token, so a document is matched in one pass whatever the size of the
// dictionary. A Matcher is safe for concurrent use.
type Matcher struct {
	vocab map[string]int32 // term → id
	edges map[uint64]int32 // node<<32 | term → child node
	nodes []node
}

type node struct {
	fold  *target  // case-insensitive alias ending here
	exact []target // case-sensitive aliases ending here, by surface
}

type target struct {
	actor *Actor
	form  Form
	rank  int
	words []string // surface of each token, for exact aliases
	// proper is set for a capitalised name of several words: with its head
	// in lower case ("an armed Islamic group") it is a description, not
	// the name ("the Armed Islamic Group").
	proper bool
}

// better reports whether t beats u for the same alias: the later file
// (higher rank) wins, then the kind (state, igo, armed_group, rebels, ngo,
// group, person, agent), then the form (Name, Metonym, Adjective, Demonym,
// Surname, Agent), then the smaller id.
func (t *target) better(u *target) bool {
	if t.rank != u.rank {
		return t.rank > u.rank
	}
	if kt, ku := t.kind(), u.kind(); kt != ku {
		return kt < ku
	}
	if t.form != u.form {
		return t.form < u.form
	}
	return t.actor.ID < u.actor.ID
}

func (t *target) kind() int {
	if t.actor.Agent {
		return 100
	}
	if k, ok := kindRank[t.actor.Kind]; ok {
		return k
	}
	return 50
}

// NewMatcher builds a matcher for d's aliases. Every alias is tokenized with
// text.Tokenize; an alias with hyphens ("al-Nusra Front") also matches
// without them ("al Nusra Front").
func NewMatcher(d *Dictionary) *Matcher {
	m := &Matcher{vocab: map[string]int32{}, edges: map[uint64]int32{}, nodes: make([]node, 1, 1024)}
	for _, a := range d.Actors() {
		for _, al := range a.Aliases {
			toks := tokenize(al.Text)
			m.add(a, al, toks)
			if nh := dropHyphens(toks); len(nh) != len(toks) && len(nh) > 0 {
				m.add(a, al, nh)
			}
		}
	}
	for i := range m.nodes {
		ex := m.nodes[i].exact
		sort.SliceStable(ex, func(a, b int) bool { return strings.Join(ex[a].words, " ") < strings.Join(ex[b].words, " ") })
	}
	return m
}

// tokenize is text.Tokenize with a fast path for simple names.
func tokenize(s string) []text.Token {
	if !simple(s) {
		return text.Tokenize(s)
	}
	toks := make([]text.Token, 0, 4)
	start := 0
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == ' ' {
			toks = append(toks, text.Token{Start: start, End: i, Term: strings.ToLower(s[start:i]), Kind: text.Word})
			start = i + 1
		}
	}
	return toks
}

func dropHyphens(toks []text.Token) []text.Token {
	out := make([]text.Token, 0, len(toks))
	for _, t := range toks {
		if t.Kind != text.Punct || t.Term != "-" {
			out = append(out, t)
		}
	}
	return out
}

func (m *Matcher) add(a *Actor, al Alias, toks []text.Token) {
	if len(toks) == 0 {
		return
	}
	n := int32(0)
	for _, t := range toks {
		id, ok := m.vocab[t.Term]
		if !ok {
			id = int32(len(m.vocab))
			m.vocab[t.Term] = id
		}
		k := uint64(n)<<32 | uint64(id)
		c, ok := m.edges[k]
		if !ok {
			c = int32(len(m.nodes))
			m.nodes = append(m.nodes, node{})
			m.edges[k] = c
		}
		n = c
	}
	t := target{actor: a, form: al.Form, rank: al.rank}
	if a.Agent {
		t.form = Agent
	} else if len(toks) > 1 {
		first, last := toks[0], toks[len(toks)-1]
		t.proper = upperAt(al.Text, first.Start) && upperAt(al.Text, last.Start)
	}
	nd := &m.nodes[n]
	if !al.Exact {
		if nd.fold == nil || t.better(nd.fold) {
			nd.fold = &t
		}
		return
	}
	t.words = make([]string, len(toks))
	for i, tk := range toks {
		t.words[i] = al.Text[tk.Start:tk.End]
	}
	for i := range nd.exact {
		if equal(nd.exact[i].words, t.words) {
			if t.better(&nd.exact[i]) {
				nd.exact[i] = t
			}
			return
		}
	}
	nd.exact = append(nd.exact, t)
}

func equal(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// Match returns the dictionary names in toks (tokens of src, as from
// text.Tokenize): whole tokens only, scanning left to right and taking the
// longest name at each position, so matches never overlap. Names compare
// by normalised term (case and accents folded); case-sensitive aliases
// compare the text as written, src[tok.Start:tok.End]. Where a name
// matches both ways the case-sensitive alias wins.
func (m *Matcher) Match(src string, toks []text.Token) []Match {
	var out []Match
	for i := 0; i < len(toks); {
		end, t := m.longest(src, toks, i)
		if t == nil {
			i++
			continue
		}
		out = append(out, Match{Start: i, End: end, Actor: t.actor, Form: t.form})
		i = end
	}
	return out
}

// longest returns the end and target of the longest alias starting at
// toks[i], or nil.
func (m *Matcher) longest(src string, toks []text.Token, i int) (int, *target) {
	var best *target
	bestEnd := 0
	n := int32(0)
	for j := i; j < len(toks); j++ {
		id, ok := m.vocab[toks[j].Term]
		if !ok {
			break
		}
		c, ok := m.edges[uint64(n)<<32|uint64(id)]
		if !ok {
			break
		}
		n = c
		nd := &m.nodes[n]
		if t := exactMatch(nd.exact, src, toks[i:j+1]); t != nil {
			best, bestEnd = t, j+1
		} else if nd.fold != nil && !(nd.fold.proper && !upperAt(src, toks[j].Start)) {
			best, bestEnd = nd.fold, j+1
		}
	}
	return bestEnd, best
}

// upperAt reports whether s has an upper-case letter at byte i.
func upperAt(s string, i int) bool {
	if i < 0 || i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsUpper(r)
}

func exactMatch(ts []target, src string, toks []text.Token) *target {
	for k := range ts {
		t := &ts[k]
		ok := true
		for w, tk := range toks {
			if tk.Start < 0 || tk.End > len(src) || tk.Start > tk.End || src[tk.Start:tk.End] != t.words[w] {
				ok = false
				break
			}
		}
		if ok {
			return t
		}
	}
	return nil
}
