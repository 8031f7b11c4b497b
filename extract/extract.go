package extract

import (
	"context"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/actorgraph/actorgraph/extract/actor"
	"github.com/actorgraph/actorgraph/extract/document"
	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/extract/text"
	"github.com/actorgraph/actorgraph/plover"
)

// Options configure an Extractor. Zero values mean the embedded defaults.
type Options struct {
	Actors  *actor.Dictionary
	Lexicon *lexicon.Lexicon
	Scores  plover.Scores
	// Date is used for documents that carry no date of their own.
	Date string
	// KeepBoilerplate disables the boilerplate filter.
	KeepBoilerplate bool
	// Trace, if set, receives a line per sentence with the actors and
	// triggers found: the "why" behind the events.
	Trace io.Writer
}

// Extractor finds relations in documents. It is safe for concurrent use.
type Extractor struct {
	dict    *actor.Dictionary
	matcher *actor.Matcher
	lex     *lexicon.Lexicon
	scores  plover.Scores
	opt     Options
}

// New builds an extractor; building the matcher is the costly part, so
// build one and reuse it.
func New(opt Options) (*Extractor, error) {
	x := &Extractor{opt: opt, dict: opt.Actors, lex: opt.Lexicon, scores: opt.Scores}
	var err error
	if x.dict == nil {
		if x.dict, err = actor.Default(); err != nil {
			return nil, err
		}
	}
	if x.lex == nil {
		if x.lex, err = lexicon.Default(); err != nil {
			return nil, err
		}
	}
	if x.scores == nil {
		x.scores = plover.DefaultScores()
	}
	x.matcher = actor.NewMatcher(x.dict)
	return x, nil
}

// Dictionary returns the actor dictionary the extractor uses.
func (x *Extractor) Dictionary() *actor.Dictionary { return x.dict }

// extract is Extract without its recovery (safe.go).
func (x *Extractor) extract(ctx context.Context, d document.Document) ([]Event, error) {
	date := d.Date
	if date == "" {
		date = x.opt.Date
	}
	ds := &docState{date: date, fullNames: map[string]bool{}, settingFreq: map[string]int{}}
	var events []Event
	sents := text.Split(d.Text)
	prepared := make([]*sentence, 0, len(sents))
	for _, st := range sents {
		if !x.opt.KeepBoilerplate && isBoilerplate(d.Text[st.Start:st.End]) {
			continue
		}
		prepared = append(prepared, &sentence{Sentence: st, src: d.Text, toks: st.Tokens, index: st.Index})
	}
	for _, s := range prepared {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		x.compose(s, ds)
		if x.opt.Trace != nil {
			x.trace(s)
		}
		events = append(events, x.relations(s, ds, d, date)...)
	}
	return events, nil
}

type argSet struct {
	src, tgt []int
	span     int  // last token of a verb's object frame
	mutual   bool // pairs among src as well
	owned    bool // a noun's source is its owner ("Russia's bombing"): a presupposed fact
}

// relations finds the relations of one sentence.
func (x *Extractor) relations(s *sentence, ds *docState, d document.Document, date string) []Event {
	var out []Event
	seen := map[string]bool{}
	emit := func(t trig, typ, mode, modality string, a, b *mention) {
		if a == nil || b == nil {
			return
		}
		sa, sb := a.actor, b.actor
		if sa.ID == sb.ID || sameSide(sa, sb) {
			return
		}
		pt, _ := plover.Lookup(typ)
		if pt.Symmetric && sa.ID > sb.ID {
			sa, sb = sb, sa
		}
		key := sa.ID + "\x00" + sb.ID + "\x00" + typ + "\x00" + modality + "\x00" + s.term(t.start)
		if seen[key] {
			return
		}
		seen[key] = true
		score, _ := x.scores.Score(typ, mode)
		out = append(out, Event{
			Doc: d.ID, Date: date, Sentence: s.index, Start: s.Start, End: s.End, Text: s.src[s.Start:s.End],
			Source: sa, Target: sb, Type: typ, Mode: mode, Quad: pt.Quad, Weight: score, Modality: modality,
			Trigger: *s.span(t.start, t.end),
		})
	}
	// Compound relations: "Russian-backed forces".
	for i := range s.ments {
		m := &s.ments[i]
		if m.supporter != nil && m.usable() {
			t := trig{start: m.supporter.start, end: m.supporter.start + 1}
			for k := m.supporter.start; k < len(s.toks) && k <= m.start+3; k++ {
				if compoundSupport[s.term(k)] {
					t.end = k + 1
				}
			}
			emit(t, "SUPPORT", "", Asserted, m.supporter, m)
		}
	}
	lastVerb, lastMod := -1, Asserted
	absorbed := -1 // nouns up to this token are the object of a verb frame
	// accuse emits by's accusations of of, with the verb at k as trigger.
	accuse := func(k int, by, of []int) {
		ct := trig{start: k, end: k + 1}
		for _, si := range by {
			for _, ai := range of {
				emit(ct, "ACCUSE", "allege", Asserted, &s.ments[si], &s.ments[ai])
			}
		}
	}
	claim := claimAt(s)
	if claim >= 0 && allegeWords[s.term(claim)] {
		// "the report alleged that France was aware of preparations for
		// the genocide": an allegation accuses whom it is about, whatever
		// it alleges.
		k := claim + 1
		if s.term(k) == "that" {
			k++
		}
		if about, _ := s.npRight(k, false); len(about) > 0 {
			accuse(claim, s.subject(claim), about)
		}
	}
	trigs := x.triggers(s)
	s.trigAt = map[int]bool{}
	for _, t := range trigs {
		s.trigAt[t.start] = true
	}
	for _, t := range trigs {
		mod, vol, intent := s.modality(t)
		if !t.noun() {
			lastVerb, lastMod = t.end, mod
		}
		if t.noun() && t.start <= absorbed && !t.e.Relational {
			continue // "lifted the sanctions on Iran": the verb's relation
		}
		args := x.arguments(s, ds, t)
		if len(args.src) == 0 {
			continue
		}
		if !t.noun() && args.span > absorbed {
			absorbed = args.span
		}
		pt, _ := plover.Lookup(t.e.Type)
		if t.noun() && !args.owned && !t.e.Relational && mod == Asserted {
			// A noun with no owner shares its clause's modality: "he would
			// not provide support to Israel"; and the modality of a verb
			// trigger it is the object of: "pressure its ally into
			// agreeing on a ceasefire" plans the ceasefire too.
			if m, v, in := s.clauseModality(t.start); m != Asserted && !(s.term(t.start-1) == "that") {
				mod, vol, intent = m, v, in
			} else if g := s.governor(t.start); g != "" && (intentVerbs[g] || commitments[g]) {
				mod, intent = Planned, intentOf(g)
			} else if lastVerb >= 0 && t.start-lastVerb <= 4 && !hasComma(s, lastVerb, t.start) {
				mod = lastMod
			}
		}
		if t.e.Relational && mod != Negated {
			mod = Asserted // presupposed: "its ally" whatever the clause says
		}
		// "The US claimed that ISIL had attacked Iraq": the claim is an
		// accusation; what is claimed is not established.
		if claim >= 0 && t.start > claim && t.start != claim {
			if pt.Quad >= 3 && mod == Asserted {
				accuse(claim, s.subject(claim), args.src)
			}
			if mod == Asserted {
				mod = Hedged
			}
		}
		// "Israel said a mortar bomb was fired at it from Gaza": a
		// victim's report of an attack on itself accuses the attacker.
		if pt.Quad == 4 && mod == Asserted && len(args.tgt) > 0 {
			if k := s.reportingVerbBefore(t.start); k >= 0 {
				for _, si := range s.speaker(k + 1) {
					sp := s.ments[si].actor
					for _, ti := range args.tgt {
						if sp.ID == s.ments[ti].actor.ID || sameSide(sp, s.ments[ti].actor) {
							accuse(k, []int{si}, args.src)
						}
					}
				}
			}
		}
		typ, mode := t.e.Type, t.e.Mode
		pairs := func(f func(a, b *mention)) {
			for _, i := range args.src {
				for _, j := range args.tgt {
					f(&s.ments[i], &s.ments[j])
				}
			}
			if args.mutual {
				// "Armenia and Azerbaijan exchanged fire": each acts on the
				// other; a symmetric type is one relation either way.
				for a := 0; a < len(args.src); a++ {
					for b := a + 1; b < len(args.src); b++ {
						f(&s.ments[args.src[a]], &s.ments[args.src[b]])
						if !pt.Symmetric {
							f(&s.ments[args.src[b]], &s.ments[args.src[a]])
						}
					}
				}
			}
		}
		if typ == "AGREE" && mod == Planned && intent == commitment {
			mod = Asserted // "seeking to deepen a partnership": an expressed intent is AGREE
		}
		promise := mod == Planned && intent == commitment && pt.Quad <= 2 && typ != "CONSULT" && typ != "AGREE"
		// "Obama and Putin said they will attack Iraq", "wants to strike":
		// a stated intent to use force or punish is a threat (PLOVER
		// THREATEN), though the act itself is not a fact.
		threat := mod == Planned && intent >= wish && (typ == "ASSAULT" || typ == "COERCE" || typ == "SANCTION")
		pairs(func(a, b *mention) {
			emit(t, typ, mode, mod, a, b)
			if vol {
				if nt, nm := negRelation(t.e); nt != "" {
					emit(t, nt, nm, Asserted, a, b)
				}
			}
			if promise {
				// "Israel announced it would free prisoners": PLOVER codes a
				// committed intention to cooperate as AGREE.
				emit(t, "AGREE", "", Asserted, a, b)
			}
			if threat {
				emit(t, "THREATEN", "", Asserted, a, b)
			}
		})
	}
	return out
}

func hasComma(s *sentence, a, b int) bool {
	for i := a; i < b; i++ {
		if s.term(i) == "," || clauseBreakers[s.term(i)] {
			return true
		}
	}
	return false
}

// sameSide reports whether two actors are one side: the same id, or the
// same state and both its organs (a minister and his government, the army
// and the state). The people, the opposition and rebels are not the
// state's side: "Iraqis protested against the government" is a relation.
func sameSide(a, b Actor) bool {
	if a.ID == b.ID {
		return true
	}
	if a.Country == "" || a.Country != b.Country {
		return false
	}
	return a.StateSide() && b.StateSide()
}

// arguments assigns source and target to a trigger.
func (x *Extractor) arguments(s *sentence, ds *docState, t trig) argSet {
	e := t.e
	var a argSet
	if t.noun() {
		return x.nounArguments(s, t)
	}
	passive := false
	if t.form == lexicon.Past || t.form == lexicon.Participle {
		j := t.start - 1
		for j >= 0 && (adverbs[s.term(j)] || isLy(s.term(j))) {
			j--
		}
		if j >= 0 && beForms[s.term(j)] || s.term(t.end) == "by" {
			passive = true
		}
	}
	if passive {
		if e.Complement {
			return a // "it must be signed by": nothing agreed to name
		}
		by := s.byAgent(t.end, "by")
		if len(by) == 0 && e.Type == "ASSAULT" {
			// "a mortar bomb was fired at it from the Gaza Strip": the
			// place it came from stands for the attacker.
			by = s.launchSite(t.end)
		}
		if len(by) == 0 {
			return a
		}
		a.src = by
		if words := strings.Fields(e.Lemma); prepositions[words[len(words)-1]] {
			// "a mortar was fired at it": the subject is the weapon, the
			// phrase's object the target.
			a.tgt, _ = s.npRight(t.end, true)
		}
		if len(a.tgt) == 0 && !s.reducedRelative(t.start) {
			a.tgt = s.subject(t.start)
		}
		return a
	}
	if k := t.end; (s.term(k) == "each" && s.term(k+1) == "other" || s.term(k) == "one" && s.term(k+1) == "another") ||
		len(e.Preps) > 0 && e.HasPrep(s.term(k)) && (s.term(k+1) == "each" && s.term(k+2) == "other") {
		// "Russia and Ukraine accused each other": every subject acts on the others.
		src := s.subject(t.start)
		if len(src) < 2 {
			return argSet{}
		}
		return argSet{src: src, tgt: src}
	}
	if e.Among {
		// "brought together Kerry and Lavrov with al-Jubeir": all objects meet.
		objs, end := s.npRight(t.end, false)
		if s.term(end) == "with" {
			more, _ := s.npRight(end+1, false)
			objs = append(objs, more...)
		}
		if len(objs) >= 2 {
			return argSet{src: objs, mutual: true}
		}
		return argSet{}
	}
	a.src = s.subject(t.start)
	if len(a.src) == 0 {
		return a
	}
	if e.Reverse {
		// "Georgian demonstrators received weapons from the government".
		from, k := s.prepTarget(t.end, e, 12)
		if len(from) == 0 {
			// "received a delegation from Uzbekistan": one phrase.
			if from, _ = s.npRight(t.end, false); len(from) == 0 {
				return argSet{}
			}
		}
		return argSet{src: from, tgt: a.src, span: k}
	}
	if e.Complement && !hasComplement(s, t) {
		return argSet{}
	}
	if e.Clausal {
		// "complaining that Washington ...": the subject of the clause.
		k := t.end
		if s.term(k) == "that" {
			k++
		}
		if ms, _ := s.npRight(k, false); len(ms) > 0 {
			a.tgt = ms
			return a
		}
	}
	if !e.NoObj {
		// A phrase that ends in its preposition takes places as targets:
		// "advised against travel to Tunisia".
		words := strings.Fields(e.Lemma)
		if ms, _ := s.npRight(t.end, prepositions[words[len(words)-1]]); len(ms) > 0 {
			a.tgt = ms
		}
	}
	if len(a.tgt) == 0 && len(e.Preps) > 0 {
		a.tgt, a.span = s.prepTarget(t.end, e, 12)
	}
	if len(a.tgt) == 0 && e.Type == "PROTEST" {
		// "staged a protest in Beijing": the protest is against the host.
		a.tgt = s.placeAfter(t.end)
	}
	if len(a.tgt) == 0 && !e.NoObj && s.term(t.end) == "and" && isVerbForm(s.term(t.end+1)) {
		// "encircling and attempting to choke rebel-held areas": a shared object.
		for k := t.end + 1; k < len(s.toks) && k < t.end+6; k++ {
			if prepositions[s.term(k)] && s.term(k) != "to" || clauseBreakers[s.term(k)] || s.term(k) == "," {
				break
			}
			if mi := s.owner[k]; mi >= 0 {
				if s.ments[mi].usable() {
					a.tgt, _ = s.npRight(k, false)
				}
				break
			}
		}
	}
	if e.Type == "CONSULT" && e.Mode == "visit" && len(e.Preps) > 0 && e.HasPrep("in") {
		// "arrived in Moscow": only a capital or state counts as a visit.
		var keep []int
		for _, i := range a.tgt {
			if f := s.ments[i].form; f == actor.Metonym || s.ments[i].actor.Kind == actor.State {
				keep = append(keep, i)
			}
		}
		a.tgt = keep
	}
	if len(a.tgt) == 0 && e.Mutual && len(a.src) > 1 {
		a.mutual = true
		return a
	}
	if e.Mutual && len(a.src) > 1 {
		a.mutual = true
	}
	if len(a.tgt) == 0 {
		return argSet{}
	}
	return a
}

// agreementNouns are what one agrees on or signs.
var agreementNouns = set("deal", "ceasefire", "cease-fire", "truce", "agreement", "plan", "accord", "pact",
	"treaty", "terms", "measures", "cooperation", "coordination", "framework", "roadmap", "mechanism",
	"memorandum", "deals", "agreements", "steps", "settlement", "exchange")

// hasComplement: "agreed to coordinate", "agreed on a ceasefire", "signed a deal".
func hasComplement(s *sentence, t trig) bool {
	k := t.end
	if s.term(k) == "to" && k+1 < len(s.toks) && !determiners[s.term(k+1)] {
		return true
	}
	for j := k; j < len(s.toks) && j < k+6; j++ {
		w := s.term(j)
		if agreementNouns[w] {
			return true
		}
		if clauseBreakers[w] || w == "," || relativizer[w] {
			return false
		}
	}
	return false
}

func (x *Extractor) nounArguments(s *sentence, t trig) argSet {
	e := t.e
	var a argSet
	blamed := false // "an attack blamed on X": X is the source, not the target
	poss := s.possessor(t.start)
	// Relational nouns: "X is one of Y's allies", "its Syrian ally Assad",
	// "an ally of Y".
	if e.Relational {
		if k := t.end; k < len(s.toks) {
			if k < len(s.toks) && s.term(k) == "," {
				k++
			}
			if mi := s.owner[k]; mi >= 0 && s.ments[mi].usable() && poss >= 0 {
				// Apposition: "its Syrian ally Bashar al-Assad".
				if e.Lemma == "ally" {
					return argSet{src: []int{poss}, tgt: []int{mi}}
				}
				return argSet{src: []int{mi}, tgt: []int{poss}}
			}
		}
		var tgt []int
		if poss >= 0 && !s.ments[poss].adjective {
			tgt = []int{poss}
		} else if ms, _ := s.prepTarget(t.end, e, 3); len(ms) > 0 {
			tgt = ms
		}
		if len(tgt) == 0 {
			return a
		}
		return argSet{src: s.subject(t.start), tgt: tgt}
	}
	// Source: the owner, "by X", "from X", or the subject of the verb the
	// noun is the object of ("Russia launched air strikes").
	if poss >= 0 {
		a.src = []int{poss}
		a.owned = true
	} else if by := s.byAgent(t.end, "by", "from"); len(by) > 0 {
		a.src = by
		a.owned = true
	} else if k := t.end; s.term(k) == "blamed" && s.term(k+1) == "on" || s.term(k) == "attributed" && s.term(k+1) == "to" {
		// "an attack blamed on the PKK": the one blamed is the source.
		a.src, _ = s.npRight(k+2, false)
		a.owned = len(a.src) > 0
		blamed = true
	} else if v := s.responsibilityFor(t.start); v >= 0 {
		// "al-Shabab claimed responsibility for the attack": the claimant
		// owns it.
		a.src = s.subject(v)
		a.owned = len(a.src) > 0
	} else if s.term(t.start-1) != "that" && (prepositions[strings.Fields(e.Lemma)[0]] || !s.foreignGovernor(t.start) && !s.inAdjunct(t.start)) {
		// (After "that" the noun opens a clause: no subject to its left.)
		a.src = s.subject(t.start)
	}
	// Target: the frame's preposition: "talks with", "strikes against";
	// or the phrase right after "in support of".
	if words := strings.Fields(e.Lemma); blamed {
		// the frame's "on" named the source
	} else if prepositions[words[len(words)-1]] {
		a.tgt, _ = s.npRight(t.end, true)
	} else if len(e.Preps) > 0 {
		if ms, k := s.prepTarget(t.end, e, 10); len(ms) > 0 {
			if s.term(k) == "between" && len(ms) >= 3 && s.term(s.ments[ms[0]].end) == "and" {
				// "deals between Israel and the UAE, Bahrain, and Kosovo":
				// the first with each of the others.
				return argSet{src: ms[:1], tgt: ms[1:]}
			}
			if s.term(k) == "between" || s.term(k) == "among" {
				if len(ms) >= 2 {
					return argSet{src: ms, mutual: true}
				}
			}
			a.tgt = ms
		}
	}
	if len(a.src) == 0 {
		a.src = s.passiveAgent(t.end)
		a.owned = len(a.src) > 0
	}
	if len(a.tgt) == 0 && len(a.src) > 0 {
		// "Three Turkish soldiers were killed in an attack": the victims.
		a.tgt = s.victims(t.start)
	}
	if len(a.src) == 0 && e.Fallback {
		// "he will tell the Russians that sanctions ...": the speaker.
		a.src = s.speaker(t.start)
	}
	if len(a.tgt) == 0 && e.Type == "PROTEST" {
		a.tgt = s.placeAfter(t.end)
	}
	if len(a.tgt) == 0 && e.Fallback && len(a.src) > 0 {
		// "he will tell the Russians that sanctions will continue until
		// Moscow withdraws": the nearest actor on the other side.
		for k := t.end; k < len(s.toks); k++ {
			if mi := s.owner[k]; mi >= 0 && s.ments[mi].usable() && !sameSide(s.ments[mi].actor, s.ments[a.src[0]].actor) {
				a.tgt = []int{mi}
				break
			}
		}
		if len(a.tgt) == 0 {
			for k := t.start - 1; k >= 0; k-- {
				if mi := s.owner[k]; mi >= 0 && s.ments[mi].usable() && !containsInt(a.src, mi) && !sameSide(s.ments[mi].actor, s.ments[a.src[0]].actor) {
					a.tgt = []int{mi}
					break
				}
			}
		}
	}
	if len(a.src) == 0 {
		return argSet{}
	}
	if e.Mutual && len(a.src) > 1 {
		a.mutual = true
	}
	if len(a.tgt) == 0 && !a.mutual {
		return argSet{}
	}
	return a
}

// expand adds the actors a group mention stands for ("the two
// countries" is both of them).
func (s *sentence) expand(ms []int) []int {
	var out []int
	for _, i := range ms {
		out = append(out, i)
		out = append(out, s.ments[i].also...)
	}
	return out
}

// negRelation says what refusing a relation is: "would not negotiate" is
// REJECT/meet, "refused to support" REJECT/assist. The lexicon may say;
// otherwise cooperative types have a default.
func negRelation(e *lexicon.Entry) (typ, mode string) {
	if e.NegType != "" {
		return e.NegType, e.NegMode
	}
	switch e.Type {
	case "CONSULT":
		return "REJECT", "meet"
	case "SUPPORT", "AID", "COOPERATE":
		return "REJECT", "assist"
	case "AGREE", "CONCEDE", "RETREAT":
		return "REJECT", "yield"
	}
	return "", ""
}

// inAdjunct reports whether a noun stands in an adjunct phrase whose
// preposition does not make it the clause's own act: "sanctions Chinese
// firms over support for Russia" (the support is the firms').
func (s *sentence) inAdjunct(start int) bool {
	i := start - 1
	for i >= 0 && s.owner[i] < 0 && (determiners[s.term(i)] || s.toks[i].Kind == text.Word && !closedClass(s.term(i)) && !verbish(s.term(i))) {
		i--
	}
	switch s.term(i) {
	case "over", "about", "despite", "amid", "regarding", "concerning", "against", "because":
		return true
	case "of":
		// "as an example of the attacks", "the anniversary of the
		// bombing": another noun's complement, not the clause's act.
		return topicNouns[s.term(i-1)]
	}
	return false
}

var topicNouns = set("example", "examples", "case", "cases", "evidence", "reports", "report", "news", "victims",
	"aftermath", "anniversary", "memory", "memories", "investigation", "investigations", "condemnation",
	"accusations", "accusation", "allegations", "allegation", "footage", "images", "photos", "history", "survivors")

// victims finds the subject of "were killed/wounded in" before an attack
// noun at start: the people the attack hit.
func (s *sentence) victims(start int) []int {
	i := start - 1
	for i >= 0 && start-i <= 5 {
		if mi := s.owner[i]; mi >= 0 && s.ments[mi].end == i+1 {
			i = s.ments[mi].start - 1 // "in Israeli tank shelling", "in a Hamas attack": the attacker
			continue
		}
		if determiners[s.term(i)] || s.toks[i].Kind == text.Word && !closedClass(s.term(i)) && s.owner[i] < 0 && !victimVerbs[s.term(i)] {
			i--
			continue
		}
		break
	}
	if i < 1 || s.term(i) != "in" && s.term(i) != "by" {
		return nil
	}
	v := i - 1
	if mi := s.owner[v]; mi >= 0 && s.ments[mi].locative && s.term(i) == "by" {
		// "killed in Syria by Russian air strikes"
		if v = s.ments[mi].start - 1; s.term(v) == "the" {
			v--
		}
		if s.term(v) == "in" {
			v--
		}
	}
	if !victimVerbs[s.term(v)] || s.reducedRelative(v) {
		return nil // "civilians killed by Russian shelling": no named victim
	}
	return s.subject(v)
}

var victimVerbs = set("killed", "wounded", "injured", "hurt", "died", "kidnapped", "abducted", "captured", "arrested", "detained")

// reportingVerbBefore returns the reporting verb ("said", "told") that
// governs the clause of token i, or -1: the nearest one left of i in the
// sentence, with no clause breaker between.
func (s *sentence) reportingVerbBefore(i int) int {
	for k := i - 1; k >= 0; k-- {
		w := s.term(k)
		if clauseBreakers[w] {
			return -1
		}
		if reportingVerbs[w] && w != "according" && !prepositions[s.term(k+1)] {
			return k
		}
	}
	return -1
}

// launchSite returns the place after "from" in the clause after end: the
// origin of a passive attack with no agent ("rockets were fired from Gaza").
func (s *sentence) launchSite(end int) []int {
	for k := end; k < len(s.toks) && k < end+8; k++ {
		t := s.term(k)
		if clauseBreakers[t] || t == "," || relativizer[t] || t == "by" {
			return nil
		}
		if t != "from" {
			continue
		}
		j := k + 1
		if s.term(j) == "the" {
			j++
		}
		if j >= len(s.toks) {
			return nil
		}
		if mi := s.owner[j]; mi >= 0 && s.ments[mi].actor.Country != "" && !s.ments[mi].adjective && s.ments[mi].form != actor.Agent {
			return []int{mi}
		}
		return nil
	}
	return nil
}

// responsibilityFor returns the verb of "claimed responsibility for" before
// the noun phrase ending at start ("for the deadly attack"), or -1.
func (s *sentence) responsibilityFor(start int) int {
	i := start - 1
	for i >= 0 && start-i <= 4 && s.term(i) != "for" && s.owner[i] < 0 && (determiners[s.term(i)] || s.toks[i].Kind == text.Word && !closedClass(s.term(i))) {
		i--
	}
	if s.term(i) != "for" || s.term(i-1) != "responsibility" && s.term(i-1) != "credit" {
		return -1
	}
	switch v := s.term(i - 2); v {
	case "claimed", "claim", "claims", "claiming", "took", "take", "takes", "taking", "accepted", "admitted", "assumed":
		return i - 2
	}
	return -1
}

// foreignGovernor reports whether the noun phrase ending at start is the
// object of a verb that does not lend its subject to the noun: "pointing
// to the December 31 attack" (the attack is not the speaker's), while
// "launched air strikes" and "is in Moscow for talks" do lend it.
func (s *sentence) foreignGovernor(start int) bool {
	i := start - 1
	for i >= 0 && s.owner[i] < 0 && (determiners[s.term(i)] || s.toks[i].Kind == text.Number ||
		s.toks[i].Kind == text.Word && !closedClass(s.term(i)) && !verbish(s.term(i)) && !isVerbForm(s.term(i)) && !lightVerbs[s.term(i)]) {
		i--
	}
	if i >= 0 && prepositions[s.term(i)] {
		// "pointing to the attack": the verb before an argument's
		// preposition governs; an adjunct ("agreed in a phone call")
		// describes the clause's own event.
		if p := s.term(i); p != "to" && p != "about" && p != "at" {
			return false
		}
		i--
	}
	if i < 0 || s.owner[i] >= 0 {
		return false
	}
	w := s.term(i)
	if lightVerbs[w] || beForms[w] || auxiliaries[w] || closedClass(w) {
		return false
	}
	return isVerbForm(w) || pastForm(w)
}

// governor returns the word governing a noun as its object, across
// determiners and modifiers: "offering further military support" → offering.
func (s *sentence) governor(start int) string {
	for i := start - 1; i >= 0 && start-i <= 4; i-- {
		w := s.term(i)
		if s.owner[i] >= 0 || prepositions[w] || s.toks[i].Kind == text.Punct {
			return ""
		}
		if determiners[w] || isLy(w) || !verbish(w) && !strings.HasSuffix(w, "ing") {
			continue
		}
		return w
	}
	return ""
}

// passiveAgent finds "was presented by X" after a noun (and its phrase):
// the noun is the subject of a passive verb whose agent is its source.
func (s *sentence) passiveAgent(end int) []int {
	// "The sanctions, which were imposed by Washington": through a relative.
	if s.term(end) == "," && (s.term(end+1) == "which" || s.term(end+1) == "that") {
		k := end + 2
		for k < len(s.toks) && (beForms[s.term(k)] || auxiliaries[s.term(k)]) {
			k++
		}
		if k+1 < len(s.toks) && pastForm(s.term(k)) && s.term(k+1) == "by" {
			ms, _ := s.npRight(k+2, false)
			return ms
		}
	}
	for k := end; k < len(s.toks) && k < end+8; k++ {
		w := s.term(k)
		if clauseBreakers[w] || w == "," || relativizer[w] {
			return nil
		}
		if beForms[w] && k+2 < len(s.toks) && pastForm(s.term(k+1)) && s.term(k+2) == "by" {
			ms, _ := s.npRight(k+3, false)
			return ms
		}
	}
	return nil
}

// claimWords make what follows them a claim, not a fact.
var claimWords = set("claimed", "claims", "claim", "alleged", "alleges", "allege", "alleging", "claiming", "accused", "accuses", "accusing", "accuse")

// allegeWords make an accusation of the clause they introduce.
var allegeWords = set("alleged", "alleges", "allege", "alleging")

// claimAt returns the token index of a claim verb in the sentence, or -1.
func claimAt(s *sentence) int {
	for i := range s.toks {
		if !claimWords[s.term(i)] || s.owner[i] >= 0 || i+1 >= len(s.toks) {
			continue
		}
		// Only a claim with a complement clause: "claimed that ISIL ...",
		// "alleged Paris played a role"; not a parenthetical "as it claims,".
		if n := i + 1; s.term(n) == "that" || s.owner[n] >= 0 || determiners[s.term(n)] {
			return i
		}
	}
	return -1
}

// placeAfter returns the first state named as a place after token i in the
// clause: "a protest in Beijing".
func (s *sentence) placeAfter(i int) []int {
	for k := i; k < len(s.toks) && k < i+10; k++ {
		if clauseBreakers[s.term(k)] || s.term(k) == "," {
			return nil
		}
		if mi := s.owner[k]; mi >= 0 && s.ments[mi].locative && s.ments[mi].actor.Country != "" && s.ments[mi].form != actor.Place {
			return []int{mi}
		}
	}
	return nil
}

func containsInt(xs []int, v int) bool {
	for _, x := range xs {
		if x == v {
			return true
		}
	}
	return false
}

// SortEvents orders events by document, sentence and trigger offset.
func SortEvents(ev []Event) {
	sort.SliceStable(ev, func(i, j int) bool {
		a, b := ev[i], ev[j]
		if a.Doc != b.Doc {
			return a.Doc < b.Doc
		}
		if a.Sentence != b.Sentence {
			return a.Sentence < b.Sentence
		}
		return a.Trigger.Start < b.Trigger.Start
	})
}

// boilerplate lines of news pages that carry no news.
var boilerplateCues = []string{
	"unblock notifications", "submit your stories", "sign up", "newsletter", "skip to main content",
	"all rights reserved", "copyright", "©", "play live radio", "min read", "contributed to this report",
	"subscribe", "cookie", "privacy policy", "terms of use", "follow us", "share this", "click here",
	"to learn more about republishing", "prides ourselves", "donations to keep", "available on air",
	"read more", "advertisement", "stay informed", "more about mee", "without a paywall",
	"rely on your donations", "free for you to read", "consider becoming a member", "eyewitness?",
	"delivers independent and unrivalled coverage",
}

// isBoilerplate reports whether a sentence is web page furniture.
func isBoilerplate(s string) bool {
	l := strings.ToLower(s)
	for _, c := range boilerplateCues {
		if strings.Contains(l, c) {
			return true
		}
	}
	return false
}

func (x *Extractor) trace(s *sentence) {
	var b strings.Builder
	fmt.Fprintf(&b, "[%d] %s\n", s.index, s.src[s.Start:s.End])
	for _, m := range s.ments {
		flags := ""
		if m.possessive {
			flags += " poss"
		}
		if m.locative {
			flags += " loc"
		}
		if m.adjective {
			flags += " adj"
		}
		if m.supporter != nil {
			flags += " backed-by:" + m.supporter.actor.ID
		}
		fmt.Fprintf(&b, "    actor %q → %s (%s %s/%s)%s\n", s.src[s.toks[m.start].Start:s.toks[m.end-1].End], m.actor.ID, m.form, m.actor.Country, m.actor.Sector, flags)
	}
	for _, t := range x.triggers(s) {
		mod, _, _ := s.modality(t)
		fmt.Fprintf(&b, "    trigger %q %s %s/%s %s\n", s.src[s.toks[t.start].Start:s.toks[t.end-1].End], t.e.POS, t.e.Type, t.e.Mode, mod)
	}
	io.WriteString(x.opt.Trace, b.String())
}
