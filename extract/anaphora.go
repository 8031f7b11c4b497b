package extract

import (
	"fmt"
	"strings"

	"github.com/actorgraph/actorgraph/event"

	"github.com/actorgraph/actorgraph/extract/actor"
	"github.com/actorgraph/actorgraph/extract/rules"
)

// recentRel is a relation told in a recent sentence, kept so that a later
// "claimed responsibility" or "denied the accusation" can refer to it. An
// attack whose attacker was not named is kept too, with no source.
type recentRel struct {
	sentence int
	typ      string
	src, tgt []Actor
	asserted bool // only what happened is referred to: "the move", "the attack"
}

// anaphoraWindow is how many sentences back an anaphor may refer.
const anaphoraWindow = 5

// remember keeps a trigger's relation for later anaphora.
func (ds *docState) remember(s *sentence, typ, modality string, src, tgt []int) {
	r := recentRel{sentence: s.index, typ: typ, asserted: modality == Asserted}
	for _, i := range src {
		r.src = append(r.src, s.ments[i].actor)
	}
	for _, i := range tgt {
		r.tgt = append(r.tgt, s.ments[i].actor)
	}
	ds.recent = append(ds.recent, r)
	if _, ok := ds.leadRel[typ]; !ok && r.asserted && len(r.src) > 0 && len(r.tgt) > 0 {
		ds.leadRel[typ] = r
	}
	if len(ds.recent) > 16 {
		ds.recent = ds.recent[len(ds.recent)-16:]
	}
}

// anaphoricTarget fills the missing target of a trigger whose phrase or
// object refers back to an earlier relation (rules/anaphora.txt). It
// returns the indices of new mentions standing for the target, and the
// anaphora line that applied.
func (x *Extractor) anaphoricTarget(s *sentence, tr *tree, ds *docState, t trig, src []int) ([]int, string) {
	words := map[string]bool{}
	switch {
	case t.e.Judgment:
		// "called the move a smash and grab": what the judging verb names.
		if h := tr.Head[t.head]; h >= 0 {
			for _, k := range tr.kids[h] {
				if tr.Rel[k] == "obj" {
					words[tr.lower(k)] = true
				}
			}
			if r := tr.Rel[t.head]; r == "acl" || r == "amod" {
				words[tr.lower(h)] = true // "found the air strike justified"
			}
		}
	case t.noun():
		return x.definiteEvent(s, tr, ds, t, src)
	default:
		// The words of a verb phrase after its verb ("claimed
		// responsibility") and the verb's object ("denied the accusation").
		for k := t.start + 1; k < t.end; k++ {
			words[tr.lower(k)] = true
		}
		for _, k := range tr.kids[t.head] {
			switch r := tr.Rel[k]; {
			case r == "obj" || r == "nsubj:pass":
				words[tr.lower(k)] = true
			case strings.HasPrefix(r, "obl") && hasAny(tr.caseWords(k), framePreps(s, t)...):
				words[tr.lower(k)] = true // "spoke out against the attack"
			}
		}
	}
	var an *rules.Anaphor
	for i := range x.rules.Anaphora {
		for w := range words {
			if x.rules.Anaphora[i].Words[w] {
				an = &x.rules.Anaphora[i]
				break
			}
		}
		if an != nil {
			break
		}
	}
	if an == nil {
		return nil, ""
	}
	self := selfIDs(s, src)
	// The latest referable relation; one about the trigger's own source
	// ("Iran denied the accusation" after an accusation of Iran) first.
	var pick *recentRel
	for pass := 0; pass < 2 && pick == nil && an.Refers != nil; pass++ {
		for i := len(ds.recent) - 1; i >= 0; i-- {
			r := &ds.recent[i]
			if s.index-r.sentence > anaphoraWindow || !an.Refer(r.typ) || !r.asserted {
				continue
			}
			end := r.src
			if an.End == "target" {
				end = r.tgt
			}
			if len(end) == 0 || self[end[0].ID] || self[end[0].Country] {
				continue
			}
			if pass == 0 && an.End == "source" && !(len(r.tgt) > 0 && self[r.tgt[0].ID]) {
				continue
			}
			pick = r
			break
		}
	}
	if pick == nil && an.Refers != nil {
		// "spoke out against the attack" long after it was told: news
		// tells its main event first, so it is the story's first of its kind.
		for _, typ := range an.Refers {
			r, ok := ds.leadRel[typ]
			if !ok || !an.Refer(typ) || r.sentence >= s.index {
				continue
			}
			end := r.src
			if an.End == "target" {
				end = r.tgt
			}
			if len(end) > 0 && !self[end[0].ID] && !self[end[0].Country] && (pick == nil || r.sentence < pick.sentence) {
				pick = &r
			}
		}
	}
	if pick == nil && an.Refers == nil && an.End == "source" {
		// "criticized the move": news tells its main event first, so the
		// move is the one of the actor the story leads with.
		best := -1
		for i, l := range ds.leads {
			if l.sentence < s.index && !self[l.actor.ID] && !self[l.actor.Country] {
				best = i
				break
			}
		}
		if best >= 0 {
			l := ds.leads[best]
			s.ments = append(s.ments, mention{start: t.start, end: t.end, actor: l.actor})
			return []int{len(s.ments) - 1}, fmt.Sprintf("anaphora.txt:%d (%s, the story's lead actor, of sentence %d)", an.Line, l.actor.ID, l.sentence)
		}
	}
	if pick == nil && an.End == "target" && an.Refer("ASSAULT") {
		// "The Taliban have claimed responsibility" with no attack told
		// close by: the attack was on the country the story is about.
		if c := ds.storyCountry(s.index); c != "" && !self[c] {
			s.ments = append(s.ments, x.countryMention(c, "", t.start, t.end))
			return []int{len(s.ments) - 1}, fmt.Sprintf("anaphora.txt:%d (the country of the story)", an.Line)
		}
	}
	if pick == nil {
		return nil, ""
	}
	end := pick.src
	if an.End == "target" {
		end = pick.tgt
	}
	var out []int
	for _, a := range end {
		s.ments = append(s.ments, mention{start: t.start, end: t.end, actor: a, form: 0})
		out = append(out, len(s.ments)-1)
	}
	return out, fmt.Sprintf("anaphora.txt:%d", an.Line)
}

// location returns a mention standing for the country where a trigger's
// event took place ("a bombing in Mokha, Yemen", "bombings took place in
// Tunisia"), or -1: an attack whose attacker is not named is remembered as
// an attack on that country, for a later claim of responsibility.
func (x *Extractor) location(s *sentence, tr *tree, t trig) int {
	heads := []int{t.head}
	if h := tr.Head[t.head]; h >= 0 && strings.HasPrefix(tr.Rel[t.head], "nsubj") {
		heads = append(heads, h) // "bombings took place in Tunisia"
	}
	for _, k := range tr.kids[t.head] {
		// "an attack on oil infrastructure in Saudi Arabia": where the
		// thing it is aimed at is.
		if strings.HasPrefix(tr.Rel[k], "nmod") && s.owner[k] < 0 && hasAny(tr.caseWords(k), t.e.Preps...) {
			heads = append(heads, k)
		}
	}
	for _, h := range heads {
		for _, k := range tr.kids[h] {
			r := tr.Rel[k]
			if !(strings.HasPrefix(r, "obl") || strings.HasPrefix(r, "nmod")) || !x.anyIn(tr.caseWords(k), "locative_preps") {
				continue
			}
			for _, w := range append([]int{k}, tr.children(k, func(r string) bool { return r == "appos" || r == "conj" || r == "nmod" })...) {
				if mi := s.owner[w]; mi >= 0 && s.ments[mi].actor.Country != "" {
					m := s.ments[mi]
					s.ments = append(s.ments, x.countryMention(m.actor.Country, "", m.start, m.end))
					return len(s.ments) - 1
				}
			}
		}
	}
	return -1
}

// anyIn reports whether one of ws is in the word list.
func (x *Extractor) anyIn(ws []string, list string) bool {
	for _, w := range ws {
		if x.lists.Has(list, w) {
			return true
		}
	}
	return false
}

// definiteEvent fills the missing target of a definite event noun from the
// same event told before without its agent: "A bomb hit the base. The
// attack was claimed by the Houthis." (the attack on the base). A possessed
// or indefinite noun names an event of its own ("Iran's request", "an
// attack").
func (x *Extractor) definiteEvent(s *sentence, tr *tree, ds *docState, t trig, src []int) ([]int, string) {
	definite := false
	for _, k := range tr.kids[t.head] {
		switch tr.Rel[k] {
		case "det":
			definite = x.lists.Has("definite", tr.lower(k))
		case "nmod:poss":
			return nil, ""
		}
	}
	// Only a claimed act: "the attack was claimed by", "claimed the
	// bombing"; other definite nouns ("carried out the airstrike") name
	// events this sentence tells in full.
	h := tr.Head[t.head]
	if !definite || h < 0 || !x.lists.Has("claim_verbs", tr.lower(h)) {
		return nil, ""
	}
	self := selfIDs(s, src)
	for i := len(ds.recent) - 1; i >= 0; i-- {
		r := &ds.recent[i]
		// Only an event whose agent was not named: this sentence names it.
		if r.sentence == s.index || s.index-r.sentence > anaphoraWindow || r.typ != t.e.Type || len(r.src) > 0 || len(r.tgt) == 0 || !r.asserted || self[r.tgt[0].ID] || self[r.tgt[0].Country] {
			continue
		}
		var out []int
		for _, a := range r.tgt {
			s.ments = append(s.ments, mention{start: t.start, end: t.end, actor: a})
			out = append(out, len(s.ments)-1)
		}
		return out, "definite event noun"
	}
	if t.e.Type == "ASSAULT" {
		// "The attack was claimed by the Houthis" with no attack told
		// close by: an attack on the country the story is about.
		if c := ds.storyCountry(s.index); c != "" && !self[c] {
			s.ments = append(s.ments, x.countryMention(c, "", t.start, t.end))
			return []int{len(s.ments) - 1}, "definite event noun (the country of the story)"
		}
	}
	return nil, ""
}

// selfIDs are the ids and countries of a trigger's sources: an anaphor
// never makes an actor the target of its own act, nor of its own country.
func selfIDs(s *sentence, src []int) map[string]bool {
	self := map[string]bool{}
	for _, i := range src {
		a := s.ments[i].actor
		self[a.ID] = true
		if a.Country != "" && a.StateSide() && a.Kind != "armed_group" && a.Kind != "rebels" {
			self[a.Country] = true // (rebels do attack their own country)
		}
	}
	return self
}

// lead is the actor a sentence is about: its first actor named as such
// (not a place, an adjective or a possessor).
type lead struct {
	sentence int
	actor    Actor
}

// noteLead records the first political actor a sentence names as such (a
// news agency or a firm is not what "the move" refers to).
func (ds *docState) noteLead(s *sentence) {
	if len(ds.leads) >= 8 {
		return // the story's lead actors are in its first sentences
	}
	for i := range s.ments {
		m := &s.ments[i]
		a := m.actor
		political := (a.Kind == "state" || a.Kind == "person" || a.Kind == "igo" || a.Kind == "armed_group" || a.Kind == "rebels") && !event.Private(a.Sector)
		if m.usable() && !m.possessive && political {
			ds.leads = append(ds.leads, lead{s.index, m.actor})
			return
		}
	}
}

// defaultEnds fills a relation's missing ends from the defaults table
// (rules/defaults.txt): "Serbians protested" is a protest against the
// Serbian government; "protests continue in Baghdad" are the Iraqi
// opposition's. People who protest are the opposition (CAMEO codes
// protesters OPP), whatever the dictionary calls them.
func (x *Extractor) defaultEnds(s *sentence, tr *tree, ds *docState, t trig, src, tgt argument) (argument, argument) {
	if t.e.Type == "PROTEST" {
		for k, i := range src.ments {
			if m := s.ments[i]; m.actor.Country != "" && (m.form == actor.Demonym || m.actor.Sector == "CVL") {
				s.ments = append(s.ments, x.countryMention(m.actor.Country, "OPP", m.start, m.end))
				src.ments[k] = len(s.ments) - 1
			}
		}
	}
	// Sources first: a protest whose protesters come from the place it is
	// held in is then against that place's government.
	for _, pass := range []rules.Role{rules.Source, rules.Target} {
		for i := range x.rules.Defaults {
			d := &x.rules.Defaults[i]
			if d.Type != t.e.Type || d.Role != pass {
				continue
			}
			why := fmt.Sprintf("defaults.txt:%d", d.Line)
			switch {
			case d.Role == rules.Target && len(tgt.ments) == 0 && len(src.ments) > 0 && d.From == "place":
				if l := x.location(s, tr, t); l >= 0 {
					c := s.ments[l].actor.Country
					if c != s.ments[src.ments[0]].actor.Country {
						s.ments = append(s.ments, x.countryMention(c, d.Sector, t.start, t.end))
						tgt = argument{ments: []int{len(s.ments) - 1}, rule: why}
					}
				}
			case d.Role == rules.Target && len(tgt.ments) == 0 && len(src.ments) > 0 && d.From == "source":
				m := s.ments[src.ments[0]]
				if m.actor.Country != "" && d.Applies(m.actor.Sector) {
					s.ments = append(s.ments, x.countryMention(m.actor.Country, d.Sector, t.start, t.end))
					tgt = argument{ments: []int{len(s.ments) - 1}, rule: why}
				}
			case d.Role == rules.Source && len(src.ments) == 0 && d.From == "story":
				if c := ds.storyCountry(s.index); c != "" {
					src = argument{ments: []int{x.defaultActor(s, ds, t, c, d.Sector)}, rule: why}
				}
			case d.Role == rules.Source && len(src.ments) == 0 && d.From == "place":
				if l := x.location(s, tr, t); l >= 0 {
					src = argument{ments: []int{x.defaultActor(s, ds, t, s.ments[l].actor.Country, d.Sector)}, rule: why}
				}
			}
		}
	}
	return src, tgt
}

// defaultActor adds a mention of a country's sector standing for a default
// source at the trigger; a group ("the Iraqi opposition") becomes the group
// a later "they" or "their" may refer to.
func (x *Extractor) defaultActor(s *sentence, ds *docState, t trig, country, sector string) int {
	s.ments = append(s.ments, x.countryMention(country, sector, t.start, t.end))
	if event.Opposing(sector) {
		a := s.ments[len(s.ments)-1].actor
		ds.lastGroup, ds.lastGroupAt = &a, s.index
	}
	return len(s.ments) - 1
}
