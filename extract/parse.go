package extract

import (
	"github.com/actorgraph/actorgraph/extract/actor"
	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/extract/syntax"
	"github.com/actorgraph/actorgraph/extract/text"
	"strings"
)

// parse tags and parses a sentence's tokens, helping a parser trained on
// little data in two ways:
//
//   - Each actor named by several words ("US Secretary of State John
//     Kerry", "Saudi Arabia") is read as one word, a familiar one of its
//     kind (see placeholder); the tokens of the name hang from it (flat).
//   - A parenthetical between spaced dashes, in brackets or a relative
//     clause between commas ("Washington, Riyadh and Ankara - which all
//     back groups fighting Assad - were", "Saudi Arabia, which has backed
//     the government, resumed talks") is
//     parsed on its own and attached to the word before it: a relative
//     clause if it starts with "which" or "who", else an apposition or a
//     parataxis. The sentence around it parses as if it were not there.
func (x *Extractor) parse(s *sentence, hits []lexicon.Hit) *tree {
	n := len(s.toks)
	words := parserWords(s.src, s.toks)
	rep := make([]int, n) // token → the token that represents it
	for i := range rep {
		rep[i] = i
	}
	head := make([]int, len(s.ments)) // mention → its head token
	for mi, m := range s.ments {
		head[mi] = -1
		if m.end <= m.start || m.end > n {
			continue
		}
		// The head: the last word before a preposition inside the name
		// ("spokesman for the PMF", "armed groups in Syria"), else the last.
		end := m.end
		for k := m.start + 1; k < m.end; k++ {
			if prepositions[s.term(k)] {
				end = k
				break
			}
		}
		last := end - 1
		for last > m.start && s.toks[last].Kind != text.Word {
			last--
		}
		for k := m.start; k < m.end; k++ {
			rep[k] = last
		}
		head[mi] = last
		if w := placeholder(s, m, last); w != "" {
			words[last] = w
		}
	}
	// A noun trigger with a conjunction or preposition inside ("cease and
	// desist order") is read as its last word.
	for _, h := range hits {
		if h.Entry.POS != lexicon.Noun || h.End-h.Start < 3 || h.End > n {
			continue
		}
		inner, free := false, true
		for k := h.Start; k < h.End; k++ {
			free = free && s.owner[k] < 0
			if k > h.Start && k < h.End-1 {
				inner = inner || closedClass(s.term(k))
			}
		}
		if inner && free {
			for k := h.Start; k < h.End-1; k++ {
				rep[k] = h.End - 1
			}
		}
	}
	// A list of actors ("China, Iran, and Russia") is read as its last
	// member, and its members are made conjuncts of it after parsing: the
	// parser gets a list of names wrong more often than one name.
	lists := actorLists(s, head)
	for _, l := range lists {
		r := head[l[len(l)-1]]
		for k := s.ments[l[0]].start; k < s.ments[l[len(l)-1]].end; k++ {
			rep[k] = r
		}
	}
	// Scare quotes around a word or three ("was "likely" Iran's doing")
	// are read as if absent: the parser takes a quotation for a clause.
	var quotes []int
	for i := 0; i < n; i++ {
		if !isQuote(s.term(i)) {
			continue
		}
		for j := i + 2; j < n && j <= i+4; j++ {
			if isQuote(s.term(j)) {
				if i > 0 && j+1 < n && s.toks[i-1].Kind == text.Word && s.toks[j+1].Kind == text.Word {
					rep[i], rep[j] = i+1, j-1
					quotes = append(quotes, i, j)
				}
				i = j
				break
			}
		}
	}
	hint := x.verbHints(s, hits)
	// "met with Assad Tuesday to discuss": a bare weekday is a time adverb.
	for i := 1; i < n; i++ {
		if rep[i] == i && x.lists.Has("weekdays", s.term(i)) && !prepositions[s.term(i-1)] && !determiners[s.term(i-1)] &&
			!x.lists.Has("time_modifiers", s.term(i-1)) && (i+1 >= n || s.term(i+1) != "'s") {
			words[i], hint[i] = "yesterday", []string{"ADV"}
		}
	}
	if titleCase(s, rep) {
		// "Russia Launches Missile Strikes On Ukrainian Cities": a
		// headline in title case parses as a sentence in lower case (the
		// names stay names).
		for i := range words {
			if rep[i] == i && s.owner[i] < 0 && s.toks[i].Kind == text.Word {
				words[i] = strings.ToLower(words[i])
			}
		}
	}
	t := &syntax.Tree{Words: words, UPOS: make([]string, n), XPOS: make([]string, n), Head: make([]int, n), Rel: make([]string, n)}
	// parseUnits parses the representative tokens of [from, to) that are
	// not inside a segment, and returns the root token.
	inSeg := make([]int, n) // token → index+1 of its segment, 0 outside
	parseUnits := func(from, to, seg int) int {
		var pw []string
		var tokOf []int
		var allow [][]string
		for i := from; i < to; i++ {
			if rep[i] == i && inSeg[i] == seg {
				w := words[i]
				if seg > 0 && len(pw) == 0 && relPronoun(s.term(i)) {
					// A relative clause parsed on its own reads as a
					// clause: "which all back groups" as "they all back
					// groups" (the tree keeps "which").
					w = "they"
				}
				pw = append(pw, w)
				tokOf = append(tokOf, i)
				allow = append(allow, hint[i])
			}
		}
		if len(pw) == 0 {
			return -1
		}
		pt := x.parser.ParseConstrained(pw, allow)
		root := -1
		for j, i := range tokOf {
			t.UPOS[i], t.XPOS[i], t.Rel[i] = pt.UPOS[j], pt.XPOS[j], pt.Rel[j]
			t.Head[i] = -1
			if h := pt.Head[j]; h >= 0 {
				t.Head[i] = tokOf[h]
			} else {
				root = i
			}
		}
		return root
	}
	segs := parentheticals(s, rep)
	for k, sg := range segs {
		for i := sg[0]; i <= sg[1]; i++ {
			inSeg[i] = k + 1
		}
	}
	// "Israeli airstrikes killed 20 people, health officials said.": the
	// report is parsed apart from what it reports, which becomes its ccomp.
	comma, verb := x.finalAttribution(s, rep, inSeg)
	contentSeg := len(segs) + 1
	if comma > 0 {
		for i := 0; i < comma; i++ {
			if inSeg[i] == 0 {
				inSeg[i] = contentSeg
			}
		}
	}
	mainRoot := parseUnits(0, n, 0)
	if comma > 0 {
		if root := parseUnits(0, comma, contentSeg); root >= 0 && mainRoot >= 0 {
			t.Head[root], t.Rel[root] = verb, "ccomp"
			t.UPOS[comma], t.XPOS[comma], t.Head[comma], t.Rel[comma] = "PUNCT", ",", verb, "punct"
		}
	}
	for k, sg := range segs {
		open, close := sg[0], sg[1]
		root := parseUnits(open+1, close, k+1)
		anchor := rep[open-1]
		if root < 0 || mainRoot < 0 {
			continue
		}
		t.Head[root], t.Rel[root] = anchor, "appos"
		if x.lists.Has("relative_pronouns", s.term(open+1)) {
			t.Rel[root] = "acl:relcl"
		} else if t.UPOS[root] == "VERB" {
			t.Rel[root] = "parataxis"
		}
		for _, d := range []int{open, close} {
			t.UPOS[d], t.XPOS[d], t.Head[d], t.Rel[d] = "PUNCT", s.term(d), root, "punct"
		}
	}
	for i := range s.toks {
		if r := rep[i]; r != i {
			t.UPOS[i], t.XPOS[i], t.Head[i], t.Rel[i] = "PROPN", "NNP", r, "flat"
		}
	}
	for _, q := range quotes {
		t.UPOS[q], t.XPOS[q], t.Rel[q] = "PUNCT", "``", "punct"
	}
	for _, l := range lists {
		r := head[l[len(l)-1]]
		for j, mi := range l[:len(l)-1] {
			m, h := s.ments[mi], head[mi]
			t.UPOS[h], t.XPOS[h], t.Head[h], t.Rel[h] = "PROPN", "NNP", r, "conj"
			for k := m.start; k < m.end; k++ {
				if k != h {
					t.Head[k] = h
				}
			}
			next := head[l[j+1]]
			for k := m.end; k < s.ments[l[j+1]].start; k++ {
				switch w := s.term(k); {
				case w == ",":
					t.UPOS[k], t.XPOS[k], t.Head[k], t.Rel[k] = "PUNCT", ",", next, "punct"
				case w == "and" || w == "or":
					t.UPOS[k], t.XPOS[k], t.Head[k], t.Rel[k] = "CCONJ", "CC", next, "cc"
				default:
					t.UPOS[k], t.XPOS[k], t.Head[k], t.Rel[k] = "DET", "DT", next, "det"
				}
			}
		}
	}
	if mainRoot < 0 { // nothing outside the brackets: parse it all as one
		for i := range inSeg {
			inSeg[i] = 0
		}
		parseUnits(0, n, 0)
	}
	repair(t)
	x.repairReport(s, t)
	x.repairIntent(s, t)
	return newTree(t)
}

func isQuote(w string) bool {
	switch w {
	case `"`, "“", "”", "'", "‘", "’":
		return true
	}
	return false
}

// actorLists finds lists of two or more mentioned actors: "Russia and
// Iran", "China, Iran, and Russia", "Israel and the UAE, Bahrain and
// Kosovo" (nothing else between them but "the"). Two actors joined by ", and"
// are taken for coordinated clauses ("Russia met Jordan, and the US ..."),
// as is ", and" after a list that already had its "and"; places named as
// places are not members ("In Syria, Russia and Iran ..."). Each list is
// its mentions in order.
func actorLists(s *sentence, head []int) [][]int {
	var out [][]int
	var cur []int
	var seps []string // seps[i] joins cur[i] and cur[i+1]
	flush := func() {
		// A list ends with its conjunction: "A and B, C" is the list A, B.
		for len(seps) > 0 && seps[len(seps)-1] == "," {
			seps, cur = seps[:len(seps)-1], cur[:len(cur)-1]
		}
		if len(cur) > 1 {
			out = append(out, cur)
		}
		cur, seps = nil, nil
	}
	for mi := range s.ments {
		m := s.ments[mi]
		if head[mi] < 0 || m.possessive || m.locative || m.form == actor.Place {
			flush()
			continue
		}
		if len(cur) > 0 {
			sep := separator(s, s.ments[cur[len(cur)-1]].end, m.start)
			last := ""
			if len(seps) > 0 {
				last = seps[len(seps)-1]
			}
			ok := sep != "" && last != ",and"
			if sep == ",and" && (len(cur) == 1 || last == "and") {
				ok = false
			}
			if ok {
				cur, seps = append(cur, mi), append(seps, sep)
				continue
			}
		}
		flush()
		cur = append(cur, mi)
	}
	flush()
	return out
}

// separator classifies the tokens between two list members as ",", "and"
// (or "or") or ",and"; "" if they are anything else.
func separator(s *sentence, from, to int) string {
	sep := ""
	for k := from; k < to; k++ {
		switch w := s.term(k); {
		case w == "," && sep == "":
			sep = ","
		case (w == "and" || w == "or") && (sep == "" || sep == ","):
			sep += "and"
		case w == "the":
		default:
			return ""
		}
	}
	return sep
}

// repair mends attachments a parser trained on little data gets wrong in
// ways English grammar rules out:
//
//   - a finite verb coordinated with an infinitive or an embedded
//     participle ("urged the embassy to reconsider and spoke with Pompeo",
//     "warrants on 36 people believed to have been involved ... and
//     demanded") is coordinated with the finite verb above it;
//   - a passive subject of a past tense with no passive auxiliary is
//     its subject;
//   - a determiner on a modifier before a noun ("no military
//     coordination") is the noun's;
//   - a phrase with "by" attached as a subject or object ("Ukrainians killed
//     by Russian shelling were buried") is the agent of the nearest past
//     participle (or past tense: they look alike) before it.
func repair(t *syntax.Tree) {
	finite := func(i int) bool {
		switch t.XPOS[i] {
		case "VBD", "VBZ", "VBP":
			return true
		}
		return false
	}
	hasTo := func(i int) bool {
		for k, h := range t.Head {
			if h == i && t.Rel[k] == "mark" && strings.EqualFold(t.Words[k], "to") {
				return true
			}
		}
		return false
	}
	// A passive subject needs a passive auxiliary: "airstrikes killed 20
	// people" misread as a passive is active.
	aux := make([]bool, len(t.Words))
	for k, h := range t.Head {
		if h >= 0 && (t.Rel[k] == "aux:pass" || t.Rel[k] == "aux") {
			aux[h] = true
		}
	}
	for i, h := range t.Head {
		if h >= 0 && t.Rel[i] == "nsubj:pass" && !aux[h] && (t.XPOS[h] == "VBD" || t.XPOS[h] == "VBN") && t.Rel[h] != "acl" && t.Rel[h] != "amod" {
			t.Rel[i] = "nsubj"
		}
	}
	for i := range t.Words {
		// "no military coordination": a determiner belongs to the noun,
		// not to a modifier before it.
		if h := t.Head[i]; t.Rel[i] == "det" && h > i && (t.Rel[h] == "compound" || t.Rel[h] == "amod") && t.Head[h] > h {
			t.Head[i] = t.Head[h]
		}
		if t.Rel[i] == "conj" && finite(i) && t.Head[i] >= 0 && (hasTo(t.Head[i]) || t.XPOS[t.Head[i]] == "VBN" && t.Rel[t.Head[i]] != "root" && t.Rel[t.Head[i]] != "conj") {
			h := t.Head[i]
			for steps := 0; steps < 4 && h >= 0 && !finite(h); steps++ {
				h = t.Head[h]
			}
			if h >= 0 && h != i && !ancestor(t, i, h) {
				t.Head[i] = h
			}
		}
		switch t.Rel[i] {
		case "nsubj", "nsubj:pass", "obj":
		default:
			continue
		}
		by := false
		for k, h := range t.Head {
			by = by || h == i && t.Rel[k] == "case" && strings.EqualFold(t.Words[k], "by")
		}
		if !by {
			continue
		}
		for v := i - 1; v >= 0 && i-v <= 6; v-- {
			if (t.XPOS[v] == "VBN" || t.XPOS[v] == "VBD") && !ancestor(t, i, v) {
				t.Head[i], t.Rel[i] = v, "obl:agent"
				break
			}
		}
	}
}

// repairReport mends a report verb followed by a clause with no "that"
// which the parser read as the verb's object and a second clause ("Fars
// reported [Iran] [issued arrest warrants]"): the named actor is the
// subject of the reported clause, which is the verb's complement. ("told
// Iran to stop" keeps its object: the clause must be finite.)
func (x *Extractor) repairReport(s *sentence, t *syntax.Tree) {
	finite := func(i int) bool {
		switch t.XPOS[i] {
		case "VBD", "VBZ", "VBP", "MD":
			return true
		}
		return false
	}
	for o := range t.Words {
		v := t.Head[o]
		mi := s.owner[o]
		if t.Rel[o] != "obj" || v < 0 || v > o || mi < 0 || !x.lists.Has("report_verbs", s.term(v)) {
			continue
		}
		// The clause: a dependent of the verb after the name, whose
		// subtree holds everything between them, finite itself or by its
		// copula or auxiliary ("are the perpetrators", "has attacked").
		end := s.ments[mi].end
		for c := end; c < len(t.Words); c++ {
			if t.Head[c] != v {
				continue
			}
			ok := t.UPOS[c] == "VERB" || t.UPOS[c] == "NOUN" || t.UPOS[c] == "ADJ" || t.UPOS[c] == "AUX"
			for k := end; k < c && ok; k++ {
				ok = ancestor(t, c, k)
			}
			fin := finite(c)
			for k, h := range t.Head {
				if h == c && (t.Rel[k] == "cop" || t.Rel[k] == "aux" || t.Rel[k] == "aux:pass") && finite(k) {
					fin = true
				}
				if h == c && strings.HasPrefix(t.Rel[k], "nsubj") {
					ok = false
				}
			}
			if ok && fin {
				t.Head[o], t.Rel[o] = c, "nsubj"
				t.Rel[c] = "ccomp"
			}
			break
		}
	}
}

// repairIntent hangs an infinitive right after a noun of intent on that
// noun: "expressed their willingness to help each other", "plans to
// attack" (the parser often hangs it on the verb).
func (x *Extractor) repairIntent(s *sentence, t *syntax.Tree) {
	for i := 0; i+2 < len(t.Words); i++ {
		v := i + 2
		if !(x.lists.Has("intent_nouns", s.term(i)) || x.lists.Has("commitment_nouns", s.term(i))) || s.term(i+1) != "to" || t.Head[i+1] != v || t.UPOS[v] != "VERB" || t.Head[v] == i {
			continue
		}
		if !ancestor(t, v, i) { // (never make a cycle)
			t.Head[v], t.Rel[v] = i, "acl"
		}
	}
}

// ancestor reports whether a is b or an ancestor of b.
func ancestor(t *syntax.Tree, a, b int) bool {
	for n := 0; b >= 0 && n <= len(t.Words); n++ {
		if b == a {
			return true
		}
		b = t.Head[b]
	}
	return false
}

// parentheticals finds the segments [open, close] of a sentence between
// spaced dashes (" - which all back ... - ") or brackets, outermost first,
// each with a word before it and at least one word inside, and not cutting
// through an actor's name.
func parentheticals(s *sentence, rep []int) [][2]int {
	var out [][2]int
	spacedDash := func(k int) bool {
		return s.term(k) == "-" && k > 0 && k+1 < len(s.toks) &&
			s.toks[k].Start > s.toks[k-1].End && s.toks[k+1].Start > s.toks[k].End
	}
	for k := 1; k < len(s.toks); k++ {
		if rep[k] != k {
			continue
		}
		closer := ""
		switch {
		case spacedDash(k):
			closer = "-"
		case s.term(k) == "(":
			closer = ")"
		case s.term(k) == "," && k+1 < len(s.toks) && relPronoun(s.term(k+1)):
			closer = "," // ", which has backed the government since 2015, resumed"
		default:
			continue
		}
		for j := k + 2; j < len(s.toks); j++ {
			if rep[j] != j {
				continue
			}
			if closer == "-" && spacedDash(j) || closer == ")" && s.term(j) == ")" || closer == "," && s.term(j) == "," {
				if j < len(s.toks)-1 || closer != "-" { // a dash pair inside the sentence
					out = append(out, [2]int{k, j})
				}
				k = j
				break
			}
			// "including Iran - which is also backing Assad's forces.": a
			// relative clause after one dash runs to the end.
			if closer == "-" && j == len(s.toks)-1 && s.toks[j].Kind == text.Punct && relPronoun(s.term(k+1)) {
				out = append(out, [2]int{k, j})
				k = j
			}
		}
	}
	return out
}

func relPronoun(w string) bool { return w == "which" || w == "who" }

// verbHints marks the words the tagger must read as verbs: a verb of the
// relation lexicon between its subject and its object ("which all back
// groups", "a spokesman for the PMF, blamed both Israel and"): right after
// a relative or personal pronoun, an actor's name or an auxiliary (across
// adverbs), and right before a determiner, a name or a number. A tagger
// trained on little data often takes such words for nouns or adjectives.
func (x *Extractor) verbHints(s *sentence, hits []lexicon.Hit) [][]string {
	hint := make([][]string, len(s.toks))
	for _, h := range hits {
		if h.Entry.POS != lexicon.Verb {
			continue
		}
		k := h.Start
		p := k - 1
		for p >= 0 && x.lists.Has("hint_adverbs", s.term(p)) {
			p--
		}
		if p < 0 {
			continue
		}
		before := s.owner[p] >= 0 || x.lists.Has("relative_pronouns", s.term(p)) || x.lists.Has("subject_pronouns", s.term(p)) ||
			auxiliaries[s.term(p)] || s.term(p) == "," && s.owner[max(p-1, 0)] >= 0
		n := h.End
		after := n < len(s.toks) && (s.owner[n] >= 0 || determiners[s.term(n)] || s.toks[n].Kind == text.Number ||
			x.lists.Has("subject_pronouns", s.term(n)) || s.capitalised(n))
		if before && after {
			hint[k] = []string{"VERB"}
		}
	}
	return hint
}

// titleCase reports whether a sentence is written in title case: of at
// least four words outside actors' names, nearly all capitalised.
func titleCase(s *sentence, rep []int) bool {
	words, caps := 0, 0
	for i, t := range s.toks {
		if t.Kind != text.Word || rep[i] != i || s.owner[i] >= 0 {
			continue
		}
		words++
		if s.capitalised(i) {
			caps++
		}
	}
	return words >= 4 && caps*10 >= words*8
}

// finalAttribution finds a report that ends a sentence after a comma
// (", Palestinian health officials said.", ", he told reporters."): the
// comma and the reporting verb, or -1, -1. The report must be short and
// hold no other comma, and the words before the comma no segment.
func (x *Extractor) finalAttribution(s *sentence, rep, inSeg []int) (comma, verb int) {
	n := len(s.toks)
	for c := n - 2; c >= 4 && n-c <= 12; c-- {
		if s.term(c) != "," || inSeg[c] != 0 {
			continue
		}
		for k := c + 1; k < n; k++ {
			if rep[k] == k && s.owner[k] < 0 && x.lists.Has("report_verbs", s.term(k)) && !x.lists.Has("relative_pronouns", s.term(c+1)) {
				return c, k
			}
		}
		return -1, -1
	}
	return -1, -1
}
