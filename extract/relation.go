package extract

import (
	"sort"

	"github.com/actorgraph/actorgraph/extract/actor"
	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/extract/text"
)

// trig is a relation trigger in a sentence, with its part of speech
// decided from context.
type trig struct {
	start, end int
	e          *lexicon.Entry
	form       lexicon.Form
}

func (t trig) noun() bool { return t.e.POS == lexicon.Noun }

// triggers finds the relation triggers of a sentence. Where a phrase reads
// as noun and verb ("talks", "support", "strikes") the neighbours decide:
// after a determiner, possessive or preposition it is a noun; after an
// auxiliary, "to", a pronoun or a name it is a verb.
func (x *Extractor) triggers(s *sentence) []trig {
	hits := x.lex.Match(s.toks)
	var out []trig
	for i := 0; i < len(hits); {
		j := i
		for j < len(hits) && hits[j].Start == hits[i].Start {
			j++
		}
		group := append([]lexicon.Hit(nil), hits[i:j]...)
		i = j
		// A reading that needs a word ("lift ... sanctions", "endorsed an
		// agreement with") is more specific than the plain verb.
		sort.SliceStable(group, func(a, b int) bool {
			return len(group[a].Entry.Needs) > 0 && len(group[b].Entry.Needs) == 0
		})
		h := group[0]
		if overlapsMention(s, h.Start, h.End) {
			continue
		}
		if h.Start > 0 && s.term(h.Start-1) == "-" && s.toks[h.Start-1].End == s.toks[h.Start].Start {
			continue // "Iranian-backed": part of a compound, read with the actors
		}
		ctx := s.contextBefore(h.Start)
		objectNext := h.End < len(s.toks) && (s.owner[h.End] >= 0 || s.term(h.End) == "the" && h.End+1 < len(s.toks) && s.owner[h.End+1] >= 0)
		if h.Start > 0 && ctx == ctxSubject && s.owner[h.Start-1] >= 0 && hasNoun(group) && !objectNext {
			// "killed in Israeli tank shelling", "the Russian bombing": a
			// name inside a noun phrase modifies the noun (but "a US-led
			// coalition bombing the Islamic State" is a participle).
			if p := s.term(s.ments[s.owner[h.Start-1]].start - 1); prepositions[p] || determiners[p] {
				ctx = ctxNoun
			}
		}
		var pick *lexicon.Hit
		for k := range group {
			g := &group[k]
			if g.Entry.POS == lexicon.Verb && g.Form == lexicon.Gerund && ctx == ctxNoun && objectNext && prepositions[s.term(h.Start-1)] {
				pick = g // "focused on fighting IS": a gerund with an object
				break
			}
			if g.Entry.POS == lexicon.Noun && ctx == ctxNoun {
				pick = g
				break
			}
			// After a name a base form is a verb only if a verb's complement
			// follows: "Syrian forces clash with", not "regime supply route".
			baseOK := g.Form != lexicon.Base || h.End < len(s.toks) && (g.Entry.HasPrep(s.term(h.End)) || determiners[s.term(h.End)] || s.owner[h.End] >= 0)
			if g.Entry.POS == lexicon.Verb && (ctx == ctxVerb || ctx == ctxSubject && baseOK) {
				pick = g
				break
			}
		}
		if pick == nil {
			for k := range group {
				g := &group[k]
				if g.Entry.POS == lexicon.Verb && ctx == ctxNoun && (g.Form == lexicon.Gerund && s.term(h.Start-1) != "" && prepositions[s.term(h.Start-1)]) {
					pick = g // gerund after a preposition: "by launching"
					break
				}
			}
		}
		if pick == nil {
			// No decisive context ("peace talks", "continued bombing"):
			// the noun reading if there is one, else the verb.
			for k := range group {
				if group[k].Entry.POS == lexicon.Noun {
					pick = &group[k]
					break
				}
			}
			if pick == nil && ctx != ctxNoun && !(ctx == ctxSubject && group[0].Form == lexicon.Base) {
				pick = &group[0]
			}
		}
		if pick == nil {
			continue
		}
		// A participle right after a determiner or preposition is an
		// adjective: "the coordinated action", "on coordinated action".
		if pick.Entry.POS == lexicon.Verb && (pick.Form == lexicon.Past || pick.Form == lexicon.Participle) && ctx == ctxNoun {
			continue
		}
		out = append(out, trig{start: h.Start, end: h.End, e: pick.Entry, form: pick.Form})
	}
	return out
}

func hasNoun(group []lexicon.Hit) bool {
	for _, g := range group {
		if g.Entry.POS == lexicon.Noun {
			return true
		}
	}
	return false
}

func overlapsMention(s *sentence, a, b int) bool {
	for i := a; i < b; i++ {
		if s.owner[i] >= 0 && !s.ments[s.owner[i]].adjective {
			return true
		}
	}
	return false
}

const (
	ctxNone = iota
	ctxNoun
	ctxVerb
	ctxSubject // right after an actor: a verb, but not in its base form
)

// contextBefore classifies the token before i (skipping adverbs).
func (s *sentence) contextBefore(i int) int {
	j := i - 1
	for j >= 0 && (adverbs[s.term(j)] || isLy(s.term(j))) {
		// "which all back": a floating quantifier, not a determiner.
		if determiners[s.term(j)] && !(j > 0 && (relativizer[s.term(j-1)] || s.owner[j-1] >= 0 || auxiliaries[s.term(j-1)])) {
			break
		}
		j--
	}
	if j < 0 {
		return ctxNone
	}
	t := s.term(j)
	// One or two modifiers after a determiner or possessive: "Russia's
	// continued bombing", "a new round of".
	if s.owner[j] < 0 && s.toks[j].Kind == text.Word && !closedClass(t) {
		for k := j - 1; k >= 0 && j-k <= 2; k-- {
			u := s.term(k)
			if determiners[u] || possessivePronouns[u] || u == "'s" || (s.owner[k] >= 0 && (s.ments[s.owner[k]].possessive || s.ments[s.owner[k]].adjective)) {
				return ctxNoun
			}
			if closedClass(u) || s.owner[k] >= 0 {
				break
			}
		}
	}
	switch {
	case t == "to" || auxiliaries[t] && t != "'s" || negations[t] || personalPronouns[t] || t == "they" || t == "we" || t == "it" || relativizer[t] && t != "that":
		return ctxVerb
	case determiners[t] || possessivePronouns[t] || t == "'s" || prepositions[t] || s.toks[j].Kind == text.Number:
		return ctxNoun
	case s.owner[j] < 0 && (pastVerbs[t] || isPastTense(t) && !beForms[s.term(j-1)]):
		return ctxNoun // "have pledged funds": an object
	case s.owner[j] >= 0:
		m := s.ments[s.owner[j]]
		if m.adjective || m.possessive || m.locative {
			return ctxNoun
		}
		return ctxSubject
	}
	return ctxNone
}

func closedClass(w string) bool {
	return determiners[w] || prepositions[w] || auxiliaries[w] || negations[w] || relativizer[w] ||
		subordinators[w] || personalPronouns[w] || possessivePronouns[w] || w == "and" || w == "or" || w == "to"
}

func isLy(w string) bool { return len(w) > 4 && w[len(w)-2:] == "ly" }

// usable reports whether a mention can be an argument: a resolved actor,
// not a bare adjective or a place.
func (m *mention) usable() bool {
	return !m.adjective && !m.locative && m.form != actor.Agent && m.actor.ID != ""
}

// subject finds the subject of the clause a trigger at token from belongs
// to, scanning left: the nearest actor not inside a prepositional phrase,
// with the actors coordinated with it; through "which/who/that" to the
// antecedent; past a parenthetical "he said".
func (s *sentence) subject(from int) []int {
	for i := from - 1; i >= 0 && from-i < 45; i-- {
		t := s.term(i)
		if clauseBreakers[t] {
			return nil
		}
		// Skip a parenthetical: "Washington - which all back ... - were".
		if i < from-1 && (t == ")" || t == "-" && spaced(s, i)) {
			open := "("
			if t == "-" {
				open = "-"
			}
			for k := i - 1; k >= 0; k-- {
				if s.term(k) == open && (open == "(" || spaced(s, k)) {
					i = k
					break
				}
			}
			continue
		}
		// Skip a relative clause: "Saudi Arabia, which has backed the
		// government since 2015, resumed talks".
		if t == "," && i < from-1 {
			for k := i - 1; k > 0 && i-k < 25; k-- {
				if s.term(k) == "," || clauseBreakers[s.term(k)] {
					break
				}
				if (s.term(k) == "which" || s.term(k) == "who") && s.term(k-1) == "," {
					i = k - 1
					break
				}
			}
			continue
		}
		if mi := s.owner[i]; mi >= 0 {
			m := &s.ments[mi]
			adjacent := m.end == from || (m.end < from && onlyAdverbs(s, m.end, from))
			// "permission to Russia to help": the actor before the
			// infinitive's "to" is its subject, even inside a PP.
			controller := m.end == from-1 && s.controller(m)
			if m.usable() && !m.possessive && (adjacent || controller || !s.inPP(m.start)) {
				return s.coordLeft(mi)
			}
			i = m.start
			continue
		}
		switch {
		case blockingPronouns[t] && !s.inPPAt(i):
			return nil // "I", "we", "they": a subject that is no actor we know
		case relativizer[t] && t != "whose":
			if a := s.antecedent(i); a != nil {
				return a
			}
			if t == "that" {
				return nil // a complement clause without an actor subject
			}
			return nil
		case reportingVerbs[t] && i+1 < len(s.toks) && !prepositions[s.term(i+1)]:
			// "groups that he said were backed": skip the sayer.
			if i > 0 && s.owner[i-1] >= 0 {
				i = s.ments[s.owner[i-1]].start
			}
		case subordinators[t] && !(t == "after" || t == "before" || t == "since" || t == "until" || t == "as"):
			return nil
		case t == "but" || t == "whereas":
			return nil
		}
	}
	return nil
}

// controller reports whether m is the subject of an infinitive after it
// although inside a PP: "permission to Russia to help", "time for Iran
// to stop"; not a destination: "sent troops to Iraq to fight".
func (s *sentence) controller(m *mention) bool {
	p := m.start - 1
	if s.term(p) == "the" {
		p--
	}
	return s.term(m.end) == "to" && (s.term(p) == "to" || s.term(p) == "for") && !motionBefore(s, p)
}

// motionBefore reports a word of motion (a verb, "visit", "troops") shortly
// before token i: "sent troops to Iraq to fight" is a destination, not who
// fights.
func motionBefore(s *sentence, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if motionWords[s.term(k)] {
			return true
		}
	}
	return false
}

var motionWords = set("sent", "send", "sends", "sending", "deployed", "deploy", "deploys", "dispatched", "dispatch",
	"flew", "fly", "travelled", "traveled", "went", "go", "came", "come", "returned", "return", "moved", "headed",
	"arrived", "fled", "shipped", "delivered", "transferred", "traveling", "travelling", "flying", "heading",
	"visit", "visits", "trip", "trips", "journey", "way", "back", "troops", "forces")

// spaced reports whether the punctuation at i stands between spaces: a
// dash, not a hyphen.
func spaced(s *sentence, i int) bool {
	t := s.toks[i]
	return t.Start > 0 && t.End < len(s.src) && s.src[t.Start-1] == ' ' && s.src[t.End] == ' '
}

// blockingPronouns are subjects that end the search when unresolved.
var blockingPronouns = set("i", "we", "you", "they", "he", "she", "it", "nobody", "everyone", "someone")

func (s *sentence) inPPAt(i int) bool { return i > 0 && prepositions[s.term(i-1)] }

func onlyAdverbs(s *sentence, a, b int) bool {
	for i := a; i < b; i++ {
		if !adverbs[s.term(i)] && !isLy(s.term(i)) && !auxiliaries[s.term(i)] {
			return false
		}
	}
	return true
}

// inPP reports whether the token at i is inside a prepositional phrase:
// a preposition precedes it, across determiners and modifiers.
func (s *sentence) inPP(i int) bool {
	if mi := s.owner[i]; mi >= 0 && s.afterSubordinator(i) {
		// "after Moscow thrust itself", "after the Syrian president made":
		// a name followed by a verb heads a clause.
		e := s.ments[mi].end
		for e < len(s.toks) && (adverbs[s.term(e)] || isLy(s.term(e))) {
			e++
		}
		if e < len(s.toks) && (auxiliaries[s.term(e)] && s.term(e) != "'s" || pastVerbs[s.term(e)] || isPastTense(s.term(e)) && s.term(e+1) != "by") {
			return false
		}
	}
	for j := i - 1; j >= 0 && i-j <= 4; j-- {
		t := s.term(j)
		if t == "of" && j > 0 && quantifiers[s.term(j-1)] {
			return false // "thousands of Iraqis protested": the quantity is the subject
		}
		if prepositions[t] {
			return true
		}
		if determiners[t] || t == "\"" || t == "'" || (s.toks[j].Kind == text.Word && !s.capitalised(j) && !auxiliaries[t] && !relativizer[t] && !reportingVerbs[t] && !verbish(t) && s.owner[j] < 0) {
			continue
		}
		if s.owner[j] >= 0 && s.ments[s.owner[j]].possessive {
			j = s.ments[s.owner[j]].start
			continue
		}
		return false
	}
	return false
}

// antecedent is the actor a relative pronoun at i refers to: the noun
// phrase right before it (across a comma or dash).
func (s *sentence) antecedent(i int) []int {
	j := i - 1
	for j >= 0 && (s.term(j) == "," || s.term(j) == "-") {
		j--
	}
	if j < 0 || s.owner[j] < 0 {
		return nil
	}
	m := &s.ments[s.owner[j]]
	if !m.usable() {
		return nil
	}
	return s.coordLeft(s.owner[j])
}

// coordLeft returns mention mi with the mentions coordinated before it:
// "Washington, Riyadh and Ankara".
func (s *sentence) coordLeft(mi int) []int {
	out := []int{mi}
	sawAnd := false // a list ends in "and"/"or": "A, B and C"; "X, Iran" is no list
	for k := mi - 1; k >= 0; k-- {
		a, b := s.ments[k], s.ments[out[0]]
		if !a.usable() || !coordGap(s, a.end, b.start) {
			break
		}
		if hasConj(s, a.end, b.start) {
			sawAnd = true
		} else if !sawAnd {
			break
		}
		out = append([]int{k}, out...)
	}
	return s.expand(out)
}

func hasConj(s *sentence, a, b int) bool {
	for i := a; i < b; i++ {
		if t := s.term(i); t == "and" || t == "or" {
			return true
		}
	}
	return false
}

// coordGap reports whether tokens [a, b) join two coordinated noun phrases.
func coordGap(s *sentence, a, b int) bool {
	if b <= a {
		return false
	}
	sawConj := false
	for i := a; i < b; i++ {
		switch t := s.term(i); t {
		case ",", "and", "or", "the", "as", "well", "both":
			if t == "and" || t == "or" || t == "," {
				sawConj = true
			}
		default:
			return false
		}
	}
	return sawConj
}

// npRight returns the actor mentions of the noun phrase starting at token
// j (with coordinated noun phrases), and the token where it ends. Places
// count only if allowPlace (after a frame preposition: "talks in Moscow" no,
// "visit to Moscow" yes).
func (s *sentence) npRight(j int, allowPlace bool) ([]int, int) {
	found, end := s.npRightStrict(j, allowPlace)
	found = s.expand(found)
	if len(found) == 0 && allowPlace {
		// "withdrew from the Syrian side": a country adjective stands for
		// the country when the phrase names no actor.
		for k := j; k < end && k < j+4; k++ {
			if mi := s.owner[k]; mi >= 0 && s.ments[mi].adjective {
				if e := s.ments[mi].end; e >= end || geoNouns[s.term(e)] || sideNouns[s.term(e)] || s.term(e) == "to" {
					return []int{mi}, end
				}
			}
		}
	}
	return found, end
}

func (s *sentence) npRightStrict(j int, allowPlace bool) ([]int, int) {
	var found []int
	n := len(s.toks)
	start := j
	for j < n && j-start < 14 {
		if mi := s.owner[j]; mi >= 0 {
			m := &s.ments[mi]
			if !m.adjective && m.actor.ID != "" && (m.usable() || allowPlace && m.locative && m.form != actor.Place) {
				found = append(found, mi)
			}
			j = m.end
			if j < n && s.term(j) == "'s" {
				j++
			}
			continue
		}
		t := s.term(j)
		switch {
		case t == "," || t == "and" || t == "or":
			if len(found) == 0 {
				return nil, j
			}
			if t == "," && !listContinues(s, j) {
				return found, j // ", Palestinian officials said": not a list
			}
			k := j + 1
			for k < n && (s.term(k) == "and" || s.term(k) == "the" || s.term(k) == "its" || s.term(k) == "his") {
				k++
			}
			if k < n && s.owner[k] >= 0 && (s.ments[s.owner[k]].usable() || allowPlace) {
				j = k
				continue
			}
			return found, j
		case t == "of" && j > start && quantifiers[s.term(j-1)]:
			j++
		case (t == "at" || t == "up") && (s.term(j+1) == "least" || s.term(j+1) == "most" || s.term(j+1) == "to") && len(found) == 0:
			j += 2 // "killed at least 20 people": a quantity
		case (t == "over" || t == "around" || t == "about" || t == "nearly" || t == "almost") && len(found) == 0 &&
			j+1 < n && (s.toks[j+1].Kind == text.Number || numberWords[s.term(j+1)]):
			j++ // "free over 150 prisoners"
		case t == "by" && len(found) == 0 && j > start && s.toks[j-1].Kind == text.Word && s.owner[j-1] < 0:
			j++ // "condemned the decision by Finland": the decision's author
		case (t == "with" || t == "of") && allowPlace && j > start && (geoNouns[s.term(j-1)] || sideNouns[s.term(j-1)]):
			j++ // "from the border with Eritrea", "into the territory of Iraq"
		case prepositions[t] || auxiliaries[t] || relativizer[t] || subordinators[t] || negations[t] || clauseBreakers[t]:
			return found, j
		case s.toks[j].Kind == text.Punct && t != "-" && t != "\"" && t != "'":
			return found, j
		case len(found) > 0 && isVerbForm(t):
			return found, j
		case j > start && s.trigAt[j]:
			return found, j // "helped negotiate the deal": another relation begins
		default:
			j++
		}
	}
	return found, j
}

// pastVerbs are common irregular past tenses.
var pastVerbs = set("made", "said", "took", "gave", "met", "held", "went", "came", "told", "led", "sent",
	"struck", "thrust", "set", "put", "won", "began", "brought", "fought", "sought", "saw", "spoke",
	"withdrew", "broke", "kept", "left", "stood", "drove", "threw", "flew", "ran", "wrote", "chose")

// afterSubordinator reports whether the phrase at i follows a word that
// can open a clause (after, before, since, until, as, while, when), across
// determiners and modifiers.
func (s *sentence) afterSubordinator(i int) bool {
	for j := i - 1; j >= 0 && i-j <= 3; j-- {
		switch t := s.term(j); {
		case t == "after" || t == "before" || t == "since" || t == "until" || t == "as" || t == "while" || t == "when" || t == "once":
			return true
		case determiners[t] || s.toks[j].Kind == text.Word && !s.capitalised(j) && !closedClass(t):
			continue
		}
		return false
	}
	return false
}

func isPastTense(t string) bool { return len(t) > 4 && t[len(t)-2:] == "ed" }

// pastForm reports a past tense or participle, regular or irregular.
func pastForm(w string) bool { return isPastTense(w) || pastVerbs[w] }

// listContinues reports whether the comma at j continues a list of actors
// that ends in "and"/"or": "China, India and Oman".
func listContinues(s *sentence, j int) bool {
	for k := j + 1; k < len(s.toks) && k < j+30; k++ {
		t := s.term(k)
		if t == "and" || t == "or" {
			return true
		}
		if mi := s.owner[k]; mi >= 0 {
			k = s.ments[mi].end - 1
			continue
		}
		if t != "," && t != "the" {
			return false
		}
	}
	return false
}

func isVerbForm(t string) bool {
	n := len(t)
	return n > 4 && (t[n-3:] == "ing" || t[n-2:] == "ed")
}

// prepTarget looks right of token j, within the clause, for one of the
// entry's prepositions and returns the actors of the noun phrase after it.
func (s *sentence) prepTarget(j int, e *lexicon.Entry, limit int) ([]int, int) {
	for k := j; k < len(s.toks) && k < j+limit; k++ {
		t := s.term(k)
		if clauseBreakers[t] || relativizer[t] || (subordinators[t] && !prepositions[t]) {
			return nil, -1
		}
		if mi := s.owner[k]; mi >= 0 && !s.ments[mi].adjective && !s.ments[mi].locative {
			// An actor before the preposition belongs to another phrase,
			// unless it is the subject's own ("withdrew its troops from").
			if m := s.ments[mi]; possessivePronouns[s.term(m.start)] {
				k = m.end - 1
				continue
			}
			if k > j {
				return nil, -1
			}
		}
		if e.HasPrep(t) {
			ms, _ := s.npRight(k+1, true)
			if len(ms) > 0 {
				return ms, k
			}
		}
	}
	return nil, -1
}

// possessor finds the owner of a noun trigger: "Russia's bombing", "his
// forces", "Russian air strikes", skipping modifiers.
func (s *sentence) possessor(start int) int {
	adj := -1 // a country adjective, used if no possessive is further left
	j := start - 1
	for j >= 0 && start-j <= 7 {
		if mi := s.owner[j]; mi >= 0 {
			m := &s.ments[mi]
			// Not a bare name: "Syria talks" are about Syria, not by it.
			if m.possessive {
				return mi
			}
			if m.adjective && m.actor.Kind == actor.State && adj < 0 {
				adj = mi
				j = m.start - 1
				continue // "its Syrian ally": the owner is "its"
			}
			break
		}
		t := s.term(j)
		if t == "'s" {
			j--
			continue
		}
		if prepositions[t] || auxiliaries[t] || (determiners[t] && !possessivePronouns[t] && !numberWords[t]) || s.toks[j].Kind == text.Punct && t != "-" && t != "\"" {
			break
		}
		j--
	}
	return adj
}

// sideNouns after a country adjective make it a place: "the Syrian side".
var sideNouns = set("side", "sector", "part", "territory", "soil", "positions", "lines", "bases", "base", "targets")

var numberWords = set("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")

// byAgent finds "by X" (or "from X") right after a trigger.
func (s *sentence) byAgent(end int, preps ...string) []int {
	for k := end; k < len(s.toks) && k < end+4; k++ {
		t := s.term(k)
		for _, p := range preps {
			if t == p {
				ms, _ := s.npRight(k+1, false)
				return ms
			}
		}
		if s.owner[k] >= 0 || clauseBreakers[t] || t == "," {
			return nil
		}
	}
	return nil
}

// speaker finds the subject of the nearest reporting verb left of i: "he
// will tell the Russians that ...".
func (s *sentence) speaker(i int) []int {
	for k := i - 1; k >= 0; k-- {
		if !reportingVerbs[s.term(k)] {
			continue
		}
		j := k - 1
		for j >= 0 && (auxiliaries[s.term(j)] || adverbs[s.term(j)] || isLy(s.term(j))) {
			j--
		}
		if j >= 0 && s.owner[j] >= 0 && s.ments[s.owner[j]].usable() {
			return s.coordLeft(s.owner[j])
		}
		return nil
	}
	return nil
}
