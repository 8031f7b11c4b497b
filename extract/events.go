package extract

import (
	"fmt"
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/extract/rules"
	"github.com/actorgraph/actorgraph/plover"
)

// Caps on what one sentence can produce: a list of twenty states "meeting"
// is one multilateral event, not 190 pairs.
const (
	maxMutual        = 6   // past this many participants a mutual relation links each to the first named
	maxPairsPerTrig  = 36  // sources × targets of one trigger
	maxEventsPerSent = 128 // events of one sentence
)

// sentEmitter builds the events of one sentence.
type sentEmitter struct {
	x     *Extractor
	s     *sentence
	doc   string
	date  string
	text  string // the evidence, copied so that events do not keep the document alive
	out   []Event
	seen  map[string]bool
	trace []string
	when  string // the year of a past event being emitted
}

func (x *Extractor) newEmitter(s *sentence, doc, date string) *sentEmitter {
	return &sentEmitter{x: x, s: s, doc: doc, date: date, text: strings.Clone(s.src[s.Start:s.End]), seen: map[string]bool{}}
}

// emit adds one event unless it relates an actor to itself or to its own
// side, or repeats one already emitted.
func (em *sentEmitter) emit(t trig, typ, mode, modality string, a, b *mention, why string) {
	if a == nil || b == nil || len(em.out) >= maxEventsPerSent {
		return
	}
	sa, sb := a.actor, b.actor
	if sa.ID == sb.ID || sameSide(sa, sb) {
		return
	}
	if typ == "CONSULT" && (sa.Sector == "MED" || sb.Sector == "MED") {
		return // "speaking to Agence France-Presse": an interview, not talks
	}
	pt, _ := plover.Lookup(typ)
	if pt.Symmetric && sa.ID > sb.ID {
		sa, sb = sb, sa
	}
	s := em.s
	key := sa.ID + "\x00" + sb.ID + "\x00" + typ + "\x00" + modality + "\x00" + s.term(t.start)
	if em.seen[key] {
		return
	}
	em.seen[key] = true
	score, _ := em.x.scores.Score(typ, mode)
	// Copies, so that an event does not keep its whole document alive.
	sa.Mention, sb.Mention = cloneSpan(sa.Mention), cloneSpan(sb.Mention)
	trig := *s.span(t.start, t.end)
	trig.Text = strings.Clone(trig.Text)
	em.out = append(em.out, Event{
		Doc: em.doc, Date: em.date, Sentence: s.index, Start: s.Start, End: s.End, Text: em.text,
		Source: sa, Target: sb, Type: typ, Mode: mode, Quad: pt.Quad, Weight: score, Modality: modality, When: em.when,
		Trigger: trig,
	})
	if em.x.opt.Trace != nil {
		em.trace = append(em.trace, fmt.Sprintf("    event %s %s %s %s (%s)", sa.ID, typ, sb.ID, modality, why))
	}
}

// relate emits a trigger's relation between its sources and targets: the
// pairs of sources × targets, or for a mutual relation with one side only
// the pairs among that side ("A and B met", "talks between A and B").
func (em *sentEmitter) relate(t trig, typ, mode, mod string, src, tgt []int, why string) {
	ms := em.s.ments
	if t.e.Mutual && (len(tgt) == 0 || len(src) == 0) {
		side := src
		if len(side) == 0 {
			side = tgt
		}
		pt, _ := plover.Lookup(typ)
		// In text order: the first named is the centre of a star.
		side = slices.Clone(side)
		slices.SortStableFunc(side, func(a, b int) int { return ms[a].start - ms[b].start })
		star := len(side) > maxMutual || len(side) >= 3 && em.firstThenList(side)
		for i := range side {
			for j := i + 1; j < len(side); j++ {
				if star && i > 0 {
					break
				}
				em.emit(t, typ, mode, mod, &ms[side[i]], &ms[side[j]], why)
				if !pt.Symmetric {
					// "Armenia and Azerbaijan exchanged fire": each at the other.
					em.emit(t, typ, mode, mod, &ms[side[j]], &ms[side[i]], why)
				}
			}
		}
		return
	}
	if t.e.Among {
		em.relate(trig{start: t.start, end: t.end, e: mutualEntry(t)}, typ, mode, mod, nil, tgt, why)
	}
	n := 0
	for _, a := range src {
		for _, b := range tgt {
			if n++; n > maxPairsPerTrig {
				return
			}
			em.emit(t, typ, mode, mod, &ms[a], &ms[b], why)
		}
	}
}

// sentenceEvents finds the relations of one sentence.
func (x *Extractor) sentenceEvents(s *sentence, ds *docState, doc, date string) []Event {
	em := x.newEmitter(s, doc, date)
	// Compound relations: "Russian-backed forces".
	for i := range s.ments {
		m := &s.ments[i]
		if m.supporter != nil && m.usable() {
			t := trig{start: m.supporter.start, end: m.supporter.start + 1}
			for k := m.supporter.start; k < len(s.toks) && k <= m.start+3; k++ {
				if x.lists.Has("compound_support", s.term(k)) {
					t.end = k + 1
				}
			}
			em.emit(t, "SUPPORT", "", Asserted, m.supporter, m, "compound")
		}
	}
	hits := x.lex.Match(s.toks)
	if len(hits) == 0 || !s.hasActor() || !x.parseAll && !x.mayRelate(s, hits) {
		return em.finish(x)
	}
	tr := x.parse(s, hits)
	if x.opt.Trace != nil {
		em.trace = append(em.trace, "    parse: "+tr.compact())
	}
	groups := x.readings(s, tr, hits)
	s.trigAt = map[int]int{}
	for _, rs := range groups {
		s.trigAt[rs[0].head] = rs[0].end - rs[0].start
	}
	type reading struct {
		t        trig
		src, tgt argument
	}
	picked := make([]reading, len(groups))
	byHead := map[int]int{}
	for i, rs := range groups {
		t, src, tgt := x.pick(s, tr, rs)
		picked[i] = reading{t, src, tgt}
		byHead[t.head] = i
	}
	// "launching a bombing campaign in support of Assad": a noun with no
	// source of its own that qualifies another act has that act's source.
	for i := range picked {
		p := &picked[i]
		if !p.t.noun() || len(p.src.ments) > 0 {
			continue
		}
		for w, n := p.t.head, 0; n < 2 && w >= 0 && (strings.HasPrefix(tr.Rel[w], "nmod") || strings.HasPrefix(tr.Rel[w], "obl")) && tr.Rel[w] != "nmod:poss"; n++ {
			cs := tr.caseWords(w)
			w = tr.Head[w]
			if j, ok := byHead[w]; ok && j != i && hasAny(cs, framePreps(s, picked[j].t)...) {
				break // "spoke out against the attack": what the act is about, not part of it
			}
			if j, ok := byHead[w]; ok && j != i && len(picked[j].src.ments) > 0 {
				p.src = argument{ments: picked[j].src.ments, rule: "the act it qualifies"}
				break
			}
		}
	}
	// "the US airstrike that killed Soleimani": a verb whose subject is a
	// relative pronoun standing for an event noun has the noun's source.
	for i := range picked {
		p := &picked[i]
		v := p.t.head
		if p.t.noun() || len(p.src.ments) > 0 || v < 0 || tr.Rel[v] != "acl:relcl" {
			continue
		}
		rel := false
		for _, k := range tr.children(v, func(r string) bool { return r == "nsubj" }) {
			rel = rel || x.lists.Has("relative_pronouns", tr.lower(k))
		}
		if j, ok := byHead[tr.Head[v]]; ok && rel && j != i && picked[j].t.noun() && len(picked[j].src.ments) > 0 {
			p.src = argument{ments: picked[j].src.ments, rule: "the act its relative pronoun stands for"}
		}
	}
	for _, pk := range picked {
		t, src, tgt := pk.t, pk.src, pk.tgt
		if len(src.ments) == 0 && !t.noun() {
			src = x.quotedSpeaker(s, tr, t, date, src)
		}
		if len(src.ments) > 0 && len(tgt.ments) == 0 {
			tgt.ments, tgt.rule = x.anaphoricTarget(s, tr, ds, t, src.ments)
		}
		src, tgt = x.defaultEnds(s, tr, ds, t, src, tgt)
		md := x.modality(s, tr, t, date, t.noun() && x.ownRule(src.rule))
		if len(tgt.ments) == 0 && len(src.ments) == 0 && t.e.Type == "ASSAULT" {
			if l := x.location(s, tr, t); l >= 0 {
				ds.remember(s, t.e.Type, md.mod, nil, []int{l})
			}
		}
		if len(src.ments) > 0 || len(tgt.ments) > 0 {
			ds.remember(s, t.e.Type, md.mod, src.ments, tgt.ments)
		}
		if strings.HasPrefix(src.rule, "charge-complement") && x.rules.Modality.Rank(Hedged) < x.rules.Modality.Rank(md.mod) {
			// "accused Eritrean troops of killing civilians": a charge, not a fact.
			md.mod, md.opts, md.cue = Hedged, map[string]bool{"third": true}, -1
		}
		if (md.opts["wish"] || md.opts["commit"]) && strings.HasPrefix(src.rule, "object-control") {
			md.opts = nil // "Obama wants Putin to attack": Obama's wish, not Putin's threat
		}
		if md.opts["self"] && len(md.speaker) > 0 && !sameActors(s, md.speaker, src.ments) {
			md.opts = nil // "Israel said Hamas would free": no commitment by Hamas
		}
		why := fmt.Sprintf("%s ← %s, %s ← %s", "source", orNone(src.rule), "target", orNone(tgt.rule))
		if md.cue >= 0 {
			why += fmt.Sprintf(", %s by %q (modality.txt:%d)", md.mod, tr.Words[md.cue], md.line)
		}
		if x.opt.Trace != nil {
			em.trace = append(em.trace, fmt.Sprintf("    trigger %q %s %s/%s: %s", s.src[s.toks[t.start].Start:s.toks[t.end-1].End], t.e.POS, t.e.Type, t.e.Mode, why))
		}
		if t.e.Complement && !x.hasComplement(tr, t) {
			continue // "agreed in a phone call on the need for ...": agreeing on a view is no agreement
		}
		if tgt.reciprocal && len(src.ments) >= 2 {
			// "Russia and Ukraine accused each other": each of the other.
			for _, a := range src.ments {
				for _, b := range src.ments {
					if a != b {
						em.emit(t, t.e.Type, t.e.Mode, md.mod, &s.ments[a], &s.ments[b], why)
					}
				}
			}
			x.derive(em, ds, t, md, src.ments, src.ments)
			continue
		}
		if len(src.ments) == 0 && !(t.e.Mutual && len(tgt.ments) >= 2) {
			continue
		}
		em.when = md.when
		if t.e.Mutual && len(tgt.ments) >= 2 && betweenParties(s, t, tgt.ments) {
			// "announced deals between Israel and Bahrain": the parties are
			// the ones between; who announced or brokered them is not one.
			src.ments = nil
		}
		em.relate(t, t.e.Type, t.e.Mode, md.mod, src.ments, tgt.ments, why)
		em.when = ""
		x.derive(em, ds, t, md, src.ments, tgt.ments)
	}
	return em.finish(x)
}

func (em *sentEmitter) finish(x *Extractor) []Event {
	if x.opt.Trace != nil && len(em.trace) > 0 {
		x.traceLines(em.s, em.trace)
	}
	return em.out
}

// derive applies the derived rules to a trigger's relation. A derived
// relation is one a later sentence may refer to ("Iran denied the
// accusation" after Pompeo laid the crash on Iran).
func (x *Extractor) derive(em *sentEmitter, ds *docState, t trig, md modal, src, tgt []int) {
	pt, _ := plover.Lookup(t.e.Type)
	for _, d := range x.rules.Derived {
		c := derivedFacts{victim: sameActors(em.s, md.speaker, tgt), noTarget: len(tgt) == 0, selfReport: sameActors(em.s, md.speaker, src)}
		if !derivedHolds(d, t, pt.Quad, md, c) {
			continue
		}
		typ, mode := d.Type, d.Mode
		if d.Type == "REJECT" && t.e.NegType != "" {
			typ, mode = t.e.NegType, t.e.NegMode // "would not negotiate" is REJECT/meet
		}
		end := func(name string) []int {
			switch name {
			case "source":
				return src
			case "target":
				return tgt
			}
			return md.speaker
		}
		em.relate(trig{start: t.start, end: t.end, e: t.e}, typ, mode, Asserted, end(d.Source), end(d.Target), "derived: "+d.Name)
		if a, b := end(d.Source), end(d.Target); len(a) > 0 && len(b) > 0 {
			ds.remember(em.s, typ, Asserted, a, b)
		}
	}
}

// derivedFacts are what a derived rule's conditions may ask of a relation
// besides its trigger and modality.
type derivedFacts struct {
	victim     bool // the speaker is the target: "Ukraine said Russia shelled it"
	noTarget   bool // no target was found: "the crash was Iran's doing"
	selfReport bool // the speaker is the source
}

func derivedHolds(d rules.DerivedRule, t trig, quad int, md modal, f derivedFacts) bool {
	for _, c := range d.When {
		var ok bool
		switch c.Key {
		case "modality":
			ok = contains(c.Values, md.mod)
		case "quad":
			ok = contains(c.Values, fmt.Sprint(quad))
		case "type":
			ok = contains(c.Values, t.e.Type)
		case "speaker":
			ok = len(md.speaker) > 0
		case "victim":
			ok = f.victim
		case "notarget":
			ok = f.noTarget
		case "selfreport":
			ok = f.selfReport
		default:
			ok = md.opts[c.Key]
		}
		if ok == c.Not {
			return false
		}
	}
	return true
}

func contains(xs []string, v string) bool {
	for _, x := range xs {
		if x == v {
			return true
		}
	}
	return false
}

func orNone(s string) string {
	if s == "" {
		return "none"
	}
	return s
}

// sameActors reports whether two mention sets name the same actors.
func sameActors(s *sentence, a, b []int) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	for _, i := range a {
		found := false
		for _, j := range b {
			found = found || s.ments[i].actor.ID == s.ments[j].actor.ID || sameSide(s.ments[i].actor, s.ments[j].actor)
		}
		if !found {
			return false
		}
	}
	return true
}

// ownRule reports whether an argument rule finds a noun's source inside
// the noun's own phrase (its first step goes down from the noun).
func (x *Extractor) ownRule(name string) bool {
	for i := range x.rules.Arguments {
		if r := &x.rules.Arguments[i]; r.Name == name {
			return !r.Path[0].Up && r.Path[0].Rel != "<" && r.Path[0].Rel != ">" && r.Path[0].Rel != "nsubj"
		}
	}
	return false
}

// hasComplement reports whether a trigger that needs a complement has one:
// a clause ("agreed to coordinate"), an object ("pledged funds") or a
// phrase about an agreement ("agreed on a ceasefire", not "agreed on the
// need for preconditions").
func (x *Extractor) hasComplement(tr *tree, t trig) bool {
	for _, k := range tr.kids[t.head] {
		switch r := tr.Rel[k]; {
		case r == "xcomp" || r == "ccomp" || r == "obj":
			// "agreed to coordinate", "pledged funds"; not the "that" of a
			// clause misread as a relative one
			if r != "obj" || !x.lists.Has("relative_pronouns", tr.lower(k)) {
				return true
			}
		case strings.HasPrefix(r, "obl") || strings.HasPrefix(r, "nmod"):
			// "agreed on a ceasefire", not "agreed in a phone call"
			if !hasAny(tr.caseWords(k), "on", "upon", "to", "over") {
				continue
			}
			if x.lists.Has("agreement_objects", tr.lower(k)) || x.lex.Noun(tr.lower(k)) {
				return true
			}
		}
	}
	return false
}

// firstThenList reports whether a coordination reads "A and B, C and D":
// the first joined by "and" to a list of the others, so A relates to each
// ("deals between Israel and the UAE, Bahrain and Kosovo"), not they to one
// another.
func (em *sentEmitter) firstThenList(side []int) bool {
	s := em.s
	a, b := s.ments[side[0]], s.ments[side[1]]
	if b.start <= a.end || b.start-a.end > 2 {
		return false
	}
	for k := a.end; k < b.start; k++ {
		if s.term(k) == "and" {
			return true
		}
	}
	return false
}

// quotedSpeaker fills the source of a verb whose subject is "we" or "I"
// with whoever the quotation is attributed to: "We demand assurances,"
// Zelensky said, is Ukraine's demand ("I" is the speaker in person).
func (x *Extractor) quotedSpeaker(s *sentence, tr *tree, t trig, date string, src argument) argument {
	subj := -1
	for _, k := range tr.children(t.head, func(r string) bool { return r == "nsubj" }) {
		if x.lists.Has("first_person", tr.lower(k)) {
			subj = k
		}
	}
	if subj < 0 {
		return src
	}
	sp := x.modality(s, tr, t, date, false).speaker
	if len(sp) == 0 {
		return src
	}
	var out []int
	for _, i := range sp {
		m := s.ments[i]
		if tr.lower(subj) == "we" && m.actor.Kind == "person" && m.actor.Country != "" {
			s.ments = append(s.ments, x.countryMention(m.actor.Country, "", subj, subj+1))
			i = len(s.ments) - 1
		}
		out = append(out, i)
	}
	return argument{ments: out, rule: "first person in a quotation"}
}

// betweenParties reports whether a mutual trigger's targets are named after
// "between" ("deals between Israel and Bahrain").
func betweenParties(s *sentence, t trig, tgt []int) bool {
	first := len(s.toks)
	for _, i := range tgt {
		first = min(first, s.ments[i].start)
	}
	for k := t.end; k < first; k++ {
		if s.term(k) == "between" {
			return true
		}
	}
	return false
}

// framePreps are the prepositions that introduce a trigger's target: its
// entry's, and one that ends its phrase ("spoke out against").
func framePreps(s *sentence, t trig) []string {
	ps := t.e.Preps
	if t.end-t.start > 1 && prepositions[s.term(t.end-1)] {
		ps = append(slices.Clone(ps), s.term(t.end-1))
	}
	return ps
}

func cloneSpan(sp *Span) *Span {
	if sp == nil {
		return nil
	}
	c := *sp
	c.Text = strings.Clone(c.Text)
	return &c
}
