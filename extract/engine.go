package extract

import (
	"strings"

	"github.com/actorgraph/actorgraph/extract/actor"
	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/extract/rules"
)

// trig is a relation trigger in a parsed sentence: tokens [start, end),
// its head word (a verb phrase's first word, a noun phrase's last) and the
// lexicon reading its part of speech selects.
type trig struct {
	start, end int
	head       int
	e          *lexicon.Entry
	form       lexicon.Form
	preps      []string // the frame's prepositions: the entry's, and the one a phrase ends in ("fired at")
}

func (t trig) noun() bool { return t.e.POS == lexicon.Noun }

// readings returns, for every lexicon match, the readings its tagged part
// of speech allows: "talks", "attack" and "support" are verbs or nouns by
// the tagger, not by the lexicon's order. A reading that needs a word
// ("lift ... sanctions") comes before the plain one; which of several
// readings applies is decided by the arguments each finds (see pick).
func (x *Extractor) readings(s *sentence, tr *tree, hits []lexicon.Hit) [][]trig {
	var out [][]trig
	for i := 0; i < len(hits); {
		j := i
		for j < len(hits) && hits[j].Start == hits[i].Start {
			j++
		}
		var group []lexicon.Hit
		for _, g := range hits[i:j] {
			// "sent troops to Syria": "send troops" runs into the troops
			// (an actor), "send" with troops after it does not.
			if !overlapsMention(s, g.Start, g.End) {
				group = append(group, g)
			}
		}
		i = j
		if len(group) == 0 {
			continue
		}
		// The longest phrase left (Match lists shorter ones after it).
		for k := range group {
			if group[k].End != group[0].End {
				group = group[:k]
				break
			}
		}
		h := group[0]
		if h.Start > 0 && s.term(h.Start-1) == "-" && s.toks[h.Start-1].End == s.toks[h.Start].Start {
			continue // "Iranian-backed": part of a compound, read with the actors
		}
		var rs []trig
		for pass := 0; pass < 2; pass++ {
			for k := range group {
				g := &group[k]
				if (pass == 0) != (len(g.Entry.Needs) > 0) || !posAgrees(tr, g) || !x.needsInTree(tr, g) {
					continue
				}
				t := trig{start: g.Start, end: g.End, e: g.Entry, form: g.Form, head: phraseHead(tr, g), preps: g.Entry.Preps}
				if last := s.term(g.End - 1); g.End-g.Start > 1 && prepositions[last] && !contains(t.preps, last) {
					t.preps = append(append([]string(nil), t.preps...), last)
				}
				rs = append(rs, t)
			}
		}
		if len(rs) > 0 {
			out = append(out, rs)
		}
	}
	return out
}

// pick chooses among a match's readings the first whose frame finds both
// ends, else the first that finds a source, else the first: "joint
// exercises with" (COOPERATE) and "exercises near" (MOBILIZE).
func (x *Extractor) pick(s *sentence, tr *tree, rs []trig) (trig, argument, argument) {
	best := -1
	var bs, bt argument
	for i, t := range rs {
		src, tgt := x.arguments(s, tr, t)
		if len(src.ments) > 0 && len(tgt.ments) > 0 {
			return t, src, tgt
		}
		if best < 0 || len(bs.ments) == 0 && len(src.ments) > 0 {
			best, bs, bt = i, src, tgt
		}
	}
	return rs[best], bs, bt
}

// phraseHead is the head word of a matched phrase: a verb phrase's first
// word, a noun phrase's last noun ("in support of": support).
func phraseHead(tr *tree, h *lexicon.Hit) int {
	if h.Entry.POS != lexicon.Noun {
		return h.Start
	}
	for k := h.End - 1; k > h.Start; k-- {
		if u := tr.UPOS[k]; u == "NOUN" || u == "PROPN" {
			return k
		}
	}
	if h.End-h.Start > 1 && tr.UPOS[h.End-1] == "ADP" {
		return h.Start // "in_support_of" tagged oddly: its first word at least is no preposition
	}
	return h.End - 1
}

// posAgrees reports whether the tagger's part of speech of a hit's head
// word agrees with the reading.
func posAgrees(tr *tree, h *lexicon.Hit) bool {
	switch h.Entry.POS {
	case lexicon.Verb:
		w := h.Start
		u, x := tr.UPOS[w], tr.XPOS[w]
		if u == "VERB" || (u == "ADJ" || u == "NOUN") && (x == "VBN" || x == "VBG" || x == "VBD") {
			return true
		}
		// A verb the tagger missed but the parse reads as one: it has an
		// object or a subject, or follows "to" or an auxiliary ("pledged
		// to free").
		if u == "ADJ" || u == "NOUN" || u == "ADV" {
			for _, k := range tr.kids[w] {
				switch tr.Rel[k] {
				case "obj", "nsubj", "nsubj:pass", "aux", "aux:pass":
					return true
				case "mark":
					if tr.lower(k) == "to" {
						return true
					}
				}
			}
		}
		return false
	case lexicon.Noun:
		u := tr.UPOS[phraseHead(tr, h)]
		// After a possessive it is a noun whatever the tagger says: "the
		// crash was Iran's doing".
		// So is a phrase of several words after an article ("called the
		// move a smash and grab").
		p := h.Start - 1
		return u == "NOUN" || u == "PROPN" || p >= 0 && (tr.lower(p) == "'s" || tr.lower(p) == "’s" || possessivePronouns[tr.lower(p)] ||
			h.End-h.Start > 1 && (tr.lower(p) == "a" || tr.lower(p) == "an" || tr.lower(p) == "the"))
	}
	return true
}

// headlineParticiple reports whether a verb is a headline's bare passive
// participle: "Navalny airlifted to Germany" (a verb that always takes an
// object, with none, no auxiliary, in a line with no final stop).
func (x *Extractor) headlineParticiple(tr *tree, t trig) bool {
	n := len(tr.Words)
	if n == 0 || tr.Words[n-1] == "." || !x.lists.Has("transitive_only", tr.lower(t.head)) {
		return false
	}
	switch tr.XPOS[t.head] {
	case "VBD", "VBN":
	default:
		return false
	}
	for _, k := range tr.kids[t.head] {
		switch tr.Rel[k] {
		case "obj", "aux", "aux:pass", "iobj":
			return false
		}
	}
	return true
}

// conds are the facts about a trigger that argument rules test.
func (x *Extractor) conds(tr *tree, t trig) map[string]bool {
	verb := t.e.POS == lexicon.Verb
	passive := verb && (tr.passive(t.head) || x.headlineParticiple(tr, t))
	xp := tr.XPOS[t.head]
	e := t.e
	return map[string]bool{
		"verb": verb, "noun": t.noun(), "adj": t.e.POS == lexicon.Adj, "judgment": e.Judgment, "passive": passive, "active": verb && !passive,
		"participle": verb && xp == "VBN", "gerund": verb && xp == "VBG",
		"mutual": e.Mutual, "reverse": e.Reverse, "relational": e.Relational, "posstarget": e.PossTarget,
		"noobj": e.NoObj, "clausal": e.Clausal, "prep": len(t.preps) > 0, "srcprep": len(e.SrcPreps) > 0, "among": e.Among,
		"complement": e.Complement, "predicate": t.noun() && predicate(tr, t.head), "hasobj": tr.hasChild(t.head, "obj"),
	}
}

func holds(when []rules.Cond, c map[string]bool) bool {
	for _, w := range when {
		if c[w.Name] == w.Not {
			return false
		}
	}
	return true
}

// argument is one end of a relation: the mentions reached and the rule
// that reached them.
type argument struct {
	ments []int
	rule  string
	// reciprocal: the target is "each other" or "one another": the
	// sources relate to one another.
	reciprocal bool
}

// arguments applies the argument rules to a trigger: for each role the
// first rule that reaches a usable actor wins.
func (x *Extractor) arguments(s *sentence, tr *tree, t trig) (src, tgt argument) {
	c := x.conds(tr, t)
	for i := range x.rules.Arguments {
		r := &x.rules.Arguments[i]
		slot := &src
		if r.Role == rules.Target {
			slot = &tgt
		}
		if slot.rule != "" || !holds(r.When, c) {
			continue
		}
		words, via := x.walk(s, tr, t, r.Path)
		if r.Role == rules.Target && len(words) > 0 && reciprocal(tr, words[0]) {
			*slot = argument{rule: r.Name, reciprocal: true}
			continue
		}
		var ms []int
		seen := map[int]bool{}
		for _, w := range words {
			ms = appendNew(ms, x.actorsAt(s, tr, w, via, seen)...)
		}
		if len(ms) > 0 {
			*slot = argument{ments: ms, rule: r.Name}
		}
	}
	return src, tgt
}

// walk follows a rule's path from the trigger's head; it returns the words
// reached outside the trigger and the relation of the last step.
func (x *Extractor) walk(s *sentence, tr *tree, t trig, path []rules.Step) ([]int, string) {
	cur := []int{t.head}
	for _, st := range path {
		var next []int
		for _, w := range cur {
			if st.Rel == "<" || st.Rel == ">" {
				if a := adjacent(s, tr, t, st.Rel == "<"); a >= 0 {
					next = appendNew(next, a)
				}
				continue
			}
			if st.Rel == "clause" && st.Up {
				for h, n := tr.Head[w], 0; h >= 0 && n < 8; h, n = tr.Head[h], n+1 {
					if tr.hasChild(h, "nsubj") || tr.hasChild(h, "nsubj:pass") {
						next = appendNew(next, h)
						break
					}
				}
				continue
			}
			if st.Rel == "<<" {
				if a := x.clauseSubject(s, tr, t, w); a >= 0 {
					next = appendNew(next, a)
				}
				continue
			}
			if st.Up {
				if h := tr.Head[w]; h >= 0 && st.Matches(tr.Rel[w]) && x.filtersHold(s, tr, t, w, h, st.Filters) {
					next = appendNew(next, h)
				}
				continue
			}
			found := false
			for _, k := range tr.kids[w] {
				if st.Matches(tr.Rel[k]) && x.filtersHold(s, tr, t, k, k, st.Filters) {
					next = appendNew(next, k)
					found = true
				}
			}
			if !found && st.Matches("nsubj") {
				// A subject the parser hung on the auxiliary ("he has met")
				// or on an auxiliary it took for the main verb ("The US has
				// retreated" as has → xcomp retreated).
				var alt []int
				for _, k := range tr.kids[w] {
					if strings.HasPrefix(tr.Rel[k], "aux") {
						alt = append(alt, k)
					}
				}
				if h := tr.Head[w]; h >= 0 && tr.Rel[w] == "xcomp" && (tr.UPOS[h] == "AUX" || auxiliaries[tr.lower(h)]) {
					alt = append(alt, h)
				}
				for _, a := range alt {
					for _, k := range tr.kids[a] {
						if st.Matches(tr.Rel[k]) {
							next = appendNew(next, k)
						}
					}
				}
			}
		}
		if cur = next; len(cur) == 0 {
			return nil, ""
		}
	}
	out := cur[:0:0]
	for _, w := range cur {
		if w < t.start || w >= t.end {
			out = append(out, w)
		}
	}
	last := path[len(path)-1]
	for _, f := range last.Filters {
		if f.Kind == rules.FilterPlace {
			return out, "place"
		}
	}
	return out, last.Rel
}

// filtersHold tests a step's filters: case filters on the dependent of the
// link the step crossed (dep), word-list and trigger filters on the word
// reached.
func (x *Extractor) filtersHold(s *sentence, tr *tree, t trig, dep, reached int, fs []rules.Filter) bool {
	w := dep
	for _, f := range fs {
		ok := false
		switch f.Kind {
		case rules.FilterList:
			ok = x.lists.Has(f.List, tr.lower(reached))
		case rules.FilterPlace:
			ok = true
		case rules.FilterTrigger:
			// The word is part of another relation phrase ("raised
			// concerns about"): not a light verb lending its subject.
			ok = s.trigAt[reached] > 1 && reached != t.head
		case rules.FilterCase, rules.FilterCasePrep, rules.FilterCaseSrcPrep:
			want := f.Values
			switch f.Kind {
			case rules.FilterCasePrep:
				want = t.preps
			case rules.FilterCaseSrcPrep:
				want = t.e.SrcPreps
			}
			cs := tr.caseWords(w)
			if len(want) == 1 && want[0] == "-" {
				ok = len(cs) == 0 // [case=-]: no preposition at all
			}
			for _, c := range cs {
				for _, v := range want {
					ok = ok || c == v
				}
			}
		}
		if ok == f.Not {
			return false
		}
	}
	return true
}

// actorsAt returns the actors a word stands for: the mention it is part of,
// the noun a relative pronoun stands for, the actor an agent noun names
// ("the leaders of the two countries", "Syria's government"), an
// appositive's actor ("Khalilzad, a US envoy"), and the actors coordinated
// with it ("Russia and Iran").
func (x *Extractor) actorsAt(s *sentence, tr *tree, w int, via string, seen map[int]bool) []int {
	if w < 0 || seen[w] {
		return nil
	}
	seen[w] = true
	var out []int
	switch mi := s.owner[w]; {
	case mi >= 0 && via == "place" && s.ments[mi].actor.Country != "" && (s.ments[mi].form == actor.Place || s.ments[mi].locative):
		// A launch site: "fired at Israel from the Gaza Strip" is Palestine's act.
		m := s.ments[mi]
		s.ments = append(s.ments, x.countryMention(m.actor.Country, "", m.start, m.end))
		out = append(out, len(s.ments)-1)
	case mi >= 0:
		if m := &s.ments[mi]; x.argumentOK(s, m, via) {
			out = append(out, mi)
			out = append(out, m.also...)
		}
	case x.lists.Has("relative_pronouns", tr.lower(w)):
		// "groups that he said were backed by": up from the pronoun's verb
		// through complement clauses to the relative clause.
		v := tr.Head[w]
		for k := 0; k < 3 && v >= 0 && (tr.Rel[v] == "ccomp" || tr.Rel[v] == "xcomp"); k++ {
			v = tr.Head[v]
		}
		if v >= 0 && tr.Rel[v] == "acl:relcl" {
			// "Washington, Riyadh and Ankara - which all back": a clause on
			// the last of a coordination is about all of it.
			out = x.actorsAt(s, tr, tr.firstConjunct(tr.Head[v]), via, seen)
		}
	case x.lists.Has("border_heads", tr.lower(w)):
		for _, k := range tr.kids[w] {
			if strings.HasPrefix(tr.Rel[k], "nmod") && hasAny(tr.caseWords(k), "with") {
				if out = x.actorsAt(s, tr, k, via, seen); len(out) > 0 {
					break
				}
			}
		}
	case x.lists.Has("agent_heads", tr.lower(w)):
		for _, k := range tr.kids[w] {
			r := tr.Rel[k]
			if r == "acl" && tr.lower(k) == "including" {
				// "world leaders including Zarif and Johnson" (parsed as a verb)
				for _, o := range tr.children(k, func(r string) bool { return r == "obj" }) {
					out = appendNew(out, x.actorsAt(s, tr, o, "amod", seen)...)
				}
				if len(out) > 0 {
					break
				}
			}
			of := strings.HasPrefix(r, "nmod") && r != "nmod:poss" && hasAny(tr.caseWords(k), "of", "for", "from", "by", "including")
			if r == "nmod:poss" || of || r == "amod" || r == "compound" {
				if ms := x.actorsAt(s, tr, k, "amod", seen); len(ms) > 0 {
					out = ms
					break
				}
			}
		}
	}
	if len(out) == 0 {
		for _, k := range tr.children(w, func(r string) bool { return r == "appos" }) {
			if out = x.actorsAt(s, tr, k, via, seen); len(out) > 0 {
				break
			}
		}
	}
	// Coordination: the conjuncts of w, or of any word of its mention
	// ("US Secretary of State John Kerry and ...", wherever the parser hung
	// the conjunct).
	from, to := w, w+1
	if mi := s.owner[w]; mi >= 0 {
		from, to = s.ments[mi].start, s.ments[mi].end
	}
	for v := from; v < to; v++ {
		for _, k := range tr.children(v, func(r string) bool { return r == "conj" }) {
			if k < from || k >= to {
				out = appendNew(out, x.actorsAt(s, tr, k, via, seen)...)
			}
		}
	}
	return out
}

// argumentOK reports whether a mention can be reached as an argument by a
// step of relation via: a resolved actor, never a city or region, and a
// bare country adjective only as a modifier ("Russian air strikes").
func (x *Extractor) argumentOK(s *sentence, m *mention, via string) bool {
	if m.actor.ID == "" || m.form == actor.Agent || m.form == actor.Place {
		return false
	}
	if m.start > 0 && m.start <= len(s.toks) && x.lists.Has("excluding", s.term(m.start-1)) {
		return false // "opposition groups excluding Islamic State"
	}
	if m.adjective || m.form == actor.Adjective {
		return via == "amod" || via == "compound" || via == "nmod:poss"
	}
	// A city or a state before an event noun is where it happens or what
	// it is about: "a Kabul car bombing", "the Riyadh meeting", "Syria
	// talks" (the mention layer tells these from "a US airstrike").
	return !(m.locative && (via == "compound" || via == "amod"))
}

func hasAny(ws []string, want ...string) bool {
	for _, w := range ws {
		for _, v := range want {
			if w == v {
				return true
			}
		}
	}
	return false
}

func appendNew(xs []int, vs ...int) []int {
	for _, v := range vs {
		found := false
		for _, x := range xs {
			found = found || x == v
		}
		if !found {
			xs = append(xs, v)
		}
	}
	return xs
}

// adjacent returns the token of an actor named right before (left) or
// after the trigger, with only auxiliaries, negation and adverbs (left) or
// determiners, numbers and adjectives (right) between; -1 if none.
func adjacent(s *sentence, tr *tree, t trig, left bool) int {
	if left {
		for k := t.start - 1; k >= 0; k-- {
			if s.owner[k] >= 0 {
				return k
			}
			switch tr.UPOS[k] {
			case "AUX", "ADV":
				continue
			case "PART":
				if x := tr.lower(k); x == "not" || x == "n't" {
					continue // not "to": "Syria to support" is a purpose, not a subject
				}
			}
			return -1
		}
		return -1
	}
	for k := t.end; k < len(s.toks); k++ {
		if s.owner[k] >= 0 {
			return k
		}
		switch tr.UPOS[k] {
		case "DET", "NUM", "ADJ":
			continue
		}
		return -1
	}
	return -1
}

// reciprocal reports whether word w is "each other" or "one another".
func reciprocal(tr *tree, w int) bool {
	pair := func(a, b int) bool {
		if a < 0 || b >= len(tr.Words) {
			return false
		}
		x, y := tr.lower(a), tr.lower(b)
		return x == "each" && y == "other" || x == "one" && y == "another"
	}
	return pair(w-1, w) || pair(w, w+1)
}

// needsInTree reports whether a reading that needs a word ("lift ...
// sanctions", "use ... force") finds it in the trigger's own phrase: the
// word depends on the trigger within three links ("a base used by the Air
// Force" does not use force).
func (x *Extractor) needsInTree(tr *tree, h *lexicon.Hit) bool {
	if len(h.Entry.Needs) == 0 {
		return true
	}
	head := phraseHead(tr, h)
	for k := h.End; k < len(tr.Words); k++ {
		if !contains(h.Entry.Needs, tr.lower(k)) {
			continue
		}
		for a, n := k, 0; a >= 0 && n < 4; a, n = tr.Head[a], n+1 {
			if a == head {
				return true
			}
		}
	}
	return false
}

// predicate reports whether the noun at w is said of a subject: it has a
// subject or a copula, or it is what "one of" is said of ("Russia is one of
// Assad's allies").
func predicate(tr *tree, w int) bool {
	for _, v := range []int{w, tr.Head[w]} {
		if v < 0 {
			continue
		}
		for _, k := range tr.kids[v] {
			if r := tr.Rel[k]; r == "nsubj" || r == "cop" {
				return true
			}
		}
		if tr.Rel[w] != "nmod" {
			break
		}
	}
	return false
}

// clauseSubject returns the token of the nearest actor named before a
// trigger (or the word w a path reached) in its clause: the scan stops at another verb, a clause mark
// (if, because, that, which, but), a semicolon or colon, or a possessive
// actor's own phrase; -1 if none. It is the last fallback for a subject.
func (x *Extractor) clauseSubject(s *sentence, tr *tree, t trig, w int) int {
	from := w
	if w == t.head {
		from = t.start
	}
	for k := from - 1; k >= 0 && from-k <= 12; k-- {
		if mi := s.owner[k]; mi >= 0 {
			m := &s.ments[mi]
			if m.start > 0 && prepositions[s.term(m.start-1)] || m.start > 1 && s.term(m.start-1) == "the" && prepositions[s.term(m.start-2)] {
				k = m.start // "militias associated with Iran had made": in a phrase, not the subject
				continue
			}
			if m.possessive || m.locative || m.adjective || m.form == actor.Place {
				k = m.start // a modifier or a place, not the subject: look further
				continue
			}
			return k
		}
		w := s.term(k)
		finite := tr.UPOS[k] == "VERB" && tr.XPOS[k] != "VBN" && tr.XPOS[k] != "VBG"
		if finite || w == ";" || w == ":" || x.lists.Has("clause_marks", w) {
			return -1 // (a participle, "militias associated with Iran", is no clause of its own)
		}
	}
	return -1
}
