package extract

import "github.com/actorgraph/actorgraph/extract/rules"

// modal is what the modality cues say about a trigger.
type modal struct {
	mod     string
	opts    map[string]bool // the winning cue's options (volitional, commit, wish, third, self)
	cue     int             // the winning cue's word, or -1
	line    int             // its line in the modality table
	speaker []int           // mentions: the subject of the verb whose complement the trigger is in
	when    string          // for a past event, the year its time phrase gives
}

// modality reads the cues on the trigger's clause path: the trigger, then
// up the tree through the climb relations of the table. For each cue word
// the first matching cue line wins; over all cues the strongest modality
// in the table's order.
//
// A noun whose own phrase names its actor ("Russia's bombing", "Russian air
// strikes") is a presupposed fact: only its own modifiers ("no", "possible")
// count, not the clause it stands in ("Kerry would raise concerns about
// Russia's bombing").
func (x *Extractor) modality(s *sentence, tr *tree, t trig, date string, owned bool) modal {
	res := modal{mod: Asserted, cue: -1}
	pastCue := &rules.Cue{Modality: Past}
	tab := x.rules.Modality
	consider := func(c *rules.Cue, word int) {
		if tab.Rank(c.Modality) < tab.Rank(res.mod) {
			res.mod, res.opts, res.cue, res.line = c.Modality, c.Options, word, c.Line
		}
	}
	volition := false // an auxiliary of will on the path: negated, a refusal
	deps := func(w int) {
		for _, k := range tr.kids[w] {
			if k >= t.start && k < t.end {
				continue
			}
			lw := tr.lower(k)
			if tr.Rel[k] == "aux" && x.lists.Has("volition_aux", lw) {
				volition = true
			}
			if y := x.pastTime(tr, k, date); y != "" && tab.Rank(Past) < tab.Rank(res.mod) {
				consider(pastCue, k)
				res.when = y
			}
			for i := range tab.Cues {
				c := &tab.Cues[i]
				if c.Gov || !c.Matches(tr.Rel[k]) || c.On != "" && c.On != tr.Rel[w] || !c.Has(lw, x.lists) {
					continue
				}
				consider(c, k)
				break
			}
		}
	}
	gov := func(w, h int) {
		lh := tr.lower(h)
		for i := range tab.Cues {
			c := &tab.Cues[i]
			if c.Gov && c.Matches(tr.Rel[w]) && c.Has(lh, x.lists) {
				consider(c, h)
				return
			}
		}
	}
	w := t.head
	deps(w)
	if owned && tr.Rel[w] == "ccomp" && tr.Head[w] >= 0 {
		// "said the crash was Iran's doing": a noun with its own source
		// keeps its modality but is still reported by someone.
		res.speaker = x.subjectOf(s, tr, tr.Head[w])
	}
	for steps := 0; steps < 16 && !owned; steps++ {
		h := tr.Head[w]
		if h < 0 {
			break
		}
		var climb *rules.Climb
		for i := range tab.Climbs {
			if tab.Climbs[i].Matches(tr.Rel[w]) {
				climb = &tab.Climbs[i]
				break
			}
		}
		if climb == nil || tr.Rel[w] == "conj" && !sharesClause(x, tr, w) {
			break
		}
		gov(w, h)
		// "accused Eritrean troops of killing civilians": an act hung on
		// the object of a charge is charged, not established.
		if tr.Rel[w] == "acl" && tr.Rel[h] == "obj" && tr.Head[h] >= 0 && x.lists.Has("charge_verbs", tr.lower(tr.Head[h])) &&
			tab.Rank(Hedged) < tab.Rank(res.mod) {
			res.mod, res.opts, res.cue = Hedged, map[string]bool{"third": true}, tr.Head[h]
		}
		if tr.Rel[w] == "ccomp" && res.speaker == nil {
			res.speaker = x.subjectOf(s, tr, h)
		}
		if climb.Scope == "gov" {
			break
		}
		deps(h)
		w = h
	}
	// A refusal is the trigger's own: "he would not negotiate", not "would
	// not give permission to Russia to help Israel" for the help.
	own := res.cue >= 0 && (tr.Head[res.cue] == t.head ||
		// "he would not provide support to Israel": the light verb's own.
		t.noun() && tr.Rel[t.head] == "obj" && tr.Head[res.cue] == tr.Head[t.head] && x.lists.Has("light_verbs", tr.lower(tr.Head[t.head])))
	if res.mod == Negated && volition && own && !res.opts["volitional"] {
		res.opts = map[string]bool{"volitional": true}
	}
	if t.e.Relational && t.noun() && res.mod != Negated && res.mod != Past {
		// An ally, a backer: presupposed, so only negation touches it (and
		// time: "previously an ally"); a verb ("are backed by Iran,
		// according to X") is a claim like any other.
		res = modal{mod: Asserted, cue: -1, speaker: res.speaker}
	}
	if y, k := x.openingYear(s, date); y != "" && tab.Rank(Past) < tab.Rank(res.mod) {
		consider(pastCue, k) // "In 1905, Roosevelt mediated ...": all of the sentence
		res.when = y
	}
	if t.noun() && tab.Rank(Past) < tab.Rank(res.mod) && len(date) >= 4 {
		// "the 1979 Egypt–Israel peace treaty", "the 2006 riots".
		for _, k := range tr.kids[t.head] {
			if r := tr.Rel[k]; (r == "nummod" || r == "compound" || r == "amod") && isYear(tr.Words[k]) && tr.Words[k] < date[:4] {
				consider(pastCue, k)
				res.when = tr.Words[k]
			}
		}
	}
	return res
}

// isYear reports whether w is a year of the last millennium or this
// century's first ("1905", "1979", "2006"); yearRe, for dating documents,
// is narrower.
func isYear(w string) bool {
	if len(w) != 4 || !(w[0] == '1' || w[0] == '2' && w[1] == '0') {
		return false
	}
	for i := 0; i < 4; i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// openingYear returns the year of a time phrase that opens a sentence and
// sets it before the document's year ("In 1905, ...", "In August 2018,"),
// and the year's token; "" if none.
func (x *Extractor) openingYear(s *sentence, date string) (string, int) {
	if len(date) < 4 || !x.lists.Has("time_openers", s.term(0)) {
		return "", -1
	}
	for k := 1; k < len(s.toks) && k <= 4; k++ {
		if w := s.term(k); isYear(w) {
			if s.term(k+1) == "," && w < date[:4] {
				return w, k
			}
			return "", -1
		}
	}
	return "", -1
}

// sharesClause reports whether a conjunct shares the first conjunct's
// auxiliaries and negation: it has no subject or auxiliary of its own and
// is not contrasted ("but").
func sharesClause(x *Extractor, tr *tree, w int) bool {
	for _, k := range tr.kids[w] {
		switch tr.Rel[k] {
		case "nsubj", "nsubj:pass", "aux", "aux:pass", "csubj", "expl":
			return false
		case "cc":
			if x.lists.Has("contrast", tr.lower(k)) {
				return false
			}
		}
	}
	return true
}

// subjectOf returns the mentions of a verb's subject.
func (x *Extractor) subjectOf(s *sentence, tr *tree, v int) []int {
	var out []int
	seen := map[int]bool{}
	for _, k := range tr.kids[v] {
		if tr.Rel[k] == "nsubj" {
			out = appendNew(out, x.actorsAt(s, tr, k, "nsubj", seen)...)
		}
	}
	return out
}

// timeRels attach time phrases: "in 1944", "last year", "in August 2018".
var timeRels = map[string]bool{"obl": true, "obl:tmod": true, "obl:unmarked": true, "nmod:tmod": true, "nmod:unmarked": true, "nmod": true, "advmod": true}

// pastTime returns the year of a time phrase at word k that lies before
// the document's year ("in 1944", "in August 2018"), "ago" for "decades
// ago", or "".
func (x *Extractor) pastTime(tr *tree, k int, date string) string {
	if !timeRels[tr.Rel[k]] {
		return ""
	}
	if hasAny(tr.caseWords(k), "since", "from") {
		return "" // "has backed the government since 2015": still so
	}
	if len(date) >= 4 {
		for _, w := range append([]int{k}, tr.kids[k]...) {
			if y := tr.Words[w]; isYear(y) && y < date[:4] {
				return y
			}
		}
	}
	if x.lists.Has("long_ago", tr.lower(k)) {
		for _, c := range tr.kids[k] {
			if tr.lower(c) == "ago" {
				return "ago"
			}
		}
	}
	return ""
}
