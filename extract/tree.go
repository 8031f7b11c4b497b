package extract

import (
	"fmt"
	"strings"

	"github.com/actorgraph/actorgraph/extract/syntax"
	"github.com/actorgraph/actorgraph/extract/text"
)

// Parser tags and parses one sentence given its words, a word with a set
// of allowed UPOS tags taking one of them; *syntax.Model is the one the
// extractor uses by default.
type Parser interface {
	ParseConstrained(words []string, allow [][]string) *syntax.Tree
}

// tree is a sentence's dependency tree over its tokens: word i is token i.
type tree struct {
	*syntax.Tree
	kids [][]int // dependents of each word, in order
}

// parserWords returns the words the parser reads for a sentence's tokens:
// the surface forms, with contractions spelled as the treebanks spell them
// ("don" "'t" → "do" "n't") and quotes and dashes in ASCII.
func parserWords(src string, toks []text.Token) []string {
	w := make([]string, len(toks))
	for i, t := range toks {
		if t.Kind == text.Punct {
			w[i] = t.Term
			continue
		}
		w[i] = src[t.Start:t.End]
	}
	for i := 1; i < len(toks); i++ {
		if toks[i].Term == "'t" && strings.HasSuffix(toks[i-1].Term, "n") {
			w[i-1] = strings.TrimSuffix(w[i-1], w[i-1][len(w[i-1])-1:])
			w[i] = "n't"
		}
	}
	return w
}

func newTree(t *syntax.Tree) *tree {
	tr := &tree{Tree: t, kids: make([][]int, len(t.Words))}
	for i, h := range t.Head {
		if h >= 0 && h < len(t.Words) {
			tr.kids[h] = append(tr.kids[h], i)
		}
	}
	return tr
}

// children returns the dependents of i attached by a relation rel matches.
func (t *tree) children(i int, match func(rel string) bool) []int {
	var out []int
	for _, k := range t.kids[i] {
		if match(t.Rel[k]) {
			out = append(out, k)
		}
	}
	return out
}

// child returns the first dependent of i with exactly relation rel, or -1.
func (t *tree) child(i int, rel string) int {
	for _, k := range t.kids[i] {
		if t.Rel[k] == rel {
			return k
		}
	}
	return -1
}

// hasChild reports whether i has a dependent with relation rel.
func (t *tree) hasChild(i int, rel string) bool { return t.child(i, rel) >= 0 }

// lower is word i in lower case.
func (t *tree) lower(i int) string { return strings.ToLower(t.Words[i]) }

// caseWords returns the lower-case "case" markers of i ("on", "by",
// "according to" as "according").
func (t *tree) caseWords(i int) []string {
	var out []string
	for _, k := range t.kids[i] {
		if t.Rel[k] == "case" {
			out = append(out, t.lower(k))
		}
	}
	return out
}

// passive reports whether the verb at i is in the passive: it has a
// passive subject or auxiliary, or it is a past participle modifying a
// noun ("forces backed by Russia").
func (t *tree) passive(i int) bool {
	byAgent, auxPass, bareObj := false, false, false
	for _, k := range t.kids[i] {
		switch t.Rel[k] {
		case "aux:pass":
			auxPass = true
		case "obj":
			bareObj = true
		case "obl":
			// An "obl" with no preposition is an object the parser
			// misread: "airstrikes killed at least 20 people".
			bareObj = bareObj || len(t.caseWords(k)) == 0
		}
	}
	for _, k := range t.kids[i] {
		switch t.Rel[k] {
		case "nsubj:pass", "csubj:pass":
			// (A "passive subject" with no passive auxiliary and an
			// object of its own is a subject: "IS militants cut off a
			// supply route".)
			if auxPass || !bareObj {
				return true
			}
		case "aux:pass":
			return true
		case "obl:agent":
			// (Only with its "by": the parser calls an object "obl:agent"
			// when it took a past tense for a participle.)
			byAgent = byAgent || hasBy(t, k)
		}
	}
	if byAgent {
		return true
	}
	if t.XPOS[i] == "VBN" {
		switch t.Rel[i] {
		case "acl", "amod", "advcl":
			// "forces backed by Russia"; not "a spokesman, blamed Israel":
			// a participle with a bare object is a past tense misread.
			for _, k := range t.kids[i] {
				if t.Rel[k] == "obj" || t.Rel[k] == "obl:agent" && !hasBy(t, k) {
					return false
				}
			}
			return true
		}
	}
	return false
}

// governor climbs from i over conj links to the first conjunct: the word
// that carries the coordination's relation.
func (t *tree) firstConjunct(i int) int {
	for t.Rel[i] == "conj" && t.Head[i] >= 0 {
		i = t.Head[i]
	}
	return i
}

// compact writes the tree on one line for the trace: each word with its
// relation and the index of its head ("Russia/nsubj>2 attacked/root").
func (t *tree) compact() string {
	var b strings.Builder
	for i, w := range t.Words {
		if i > 0 {
			b.WriteByte(' ')
		}
		fmt.Fprintf(&b, "%d:%s/%s>%d", i+1, w, t.Rel[i], t.Head[i]+1)
	}
	return b.String()
}

func hasBy(t *tree, k int) bool {
	for _, c := range t.caseWords(k) {
		if c == "by" {
			return true
		}
	}
	return false
}
