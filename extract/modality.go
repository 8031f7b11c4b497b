package extract

import (
	"strings"

	"github.com/actorgraph/actorgraph/extract/text"
)

// modality decides whether a trigger states a fact. Verbal triggers read
// the cues of their own clause, leftwards to the clause start: negation
// (not, never, refused to), hedges (may, could, reportedly), plans (will,
// intend to, agreed to), and "if"/"unless" anywhere before them in the
// sentence. Noun triggers read only their own modifiers ("no coordination",
// "a possible agreement") and a governing verb of intent ("wants closer
// cooperation"): "Russia's bombing" stays a fact inside "Kerry would raise
// concerns about Russia's bombing". Relational nouns (ally, backer) are
// presupposed and only negation touches them.
//
// volitional is true for a negation of will ("would not negotiate",
// "refused to meet"), which is itself a relation (REJECT); intent for a
// verb planned by its own subject (see clauseModality).
func (s *sentence) modality(t trig) (mod string, volitional bool, intent intention) {
	for i := 0; i < t.start; i++ {
		// "if", "unless"; "provided that" (but "provided $500 million" is a fact).
		if conditionals[s.term(i)] || (s.term(i) == "provided" || s.term(i) == "providing") && s.term(i+1) == "that" {
			return Conditional, false, noIntent
		}
	}
	if t.noun() {
		return s.nounModality(t), false, noIntent
	}
	return s.clauseModality(t.start)
}

// intention grades a plan by the clause's own subject. A commitment
// ("will free", "pledged to supply") to cooperate is PLOVER's AGREE; a
// stated wish ("wants to strike") is not a promise, but like a commitment
// it signals the intent to use force, which is THREATEN.
type intention uint8

const (
	noIntent intention = iota
	wish
	commitment
)

// clauseModality reads the cues of the clause left of token start; intent
// grades a plan by the clause's own subject.
func (s *sentence) clauseModality(start int) (mod string, volitional bool, intent intention) {
	neg, hedged, planned := false, false, false
	sawTo := false
	onlyWould := false // hedged by "would" alone: in reported speech, a plan
	near := true       // no word but "to", "be" and adverbs since the trigger
	toAt := -1         // the "to" of an infinitive trigger
	controlled := false
	if strings.HasSuffix(s.term(start), "ing") {
		switch p := s.term(start - 1); {
		case p == "against" || p == "from":
			// "warned China against providing weapons", "barred from
			// entering": what one is kept from is not done.
			return Hedged, false, noIntent
		case p == "for" && s.chargeBefore(start-1):
			// "sanctioned three firms for supplying Iran", "jailed for
			// helping militants": the charge is the accuser's claim.
			return Hedged, false, noIntent
		case p == "of" && aimNouns[s.term(start-2)]:
			// "retreated from a previous goal of ousting Assad": an aim.
			return Planned, false, noIntent
		}
	}
	if s.reducedRelative(start) {
		// "to help identify victims killed by the crash": a reduced
		// relative clause states a fact whatever its host clause plans.
		return Asserted, false, noIntent
	}
	for i := start - 1; i >= 0 && start-i < 25; i-- {
		w := s.term(i)
		if i == start-1 && w == "and" && pastForm(s.term(start)) && !pastForm(s.term(i-1)) {
			// "urged the embassy to reconsider and spoke with Pompeo": a
			// finite verb in a coordination has its own modality; "have
			// attacked and killed" shares one.
			break
		}
		if clauseBreakers[w] || relativizer[w] || w == "but" || w == "whereas" || w == "while" || w == "because" {
			if w == "that" && reportNouns[s.term(i-1)] {
				hedged = true // "the report that Russians were paying ... to kill"
			}
			break
		}
		if reportingVerbs[w] && i < start-1 {
			if onlyWould && announceVerbs[w] {
				// "Israel announced it would free ...": a reported plan.
				hedged, planned, intent = false, true, commitment
			}
			break
		}
		if mi := s.owner[i]; mi >= 0 && sawTo && s.ments[mi].end == toAt && !s.ments[mi].adjective && s.controller(&s.ments[mi]) {
			// "permission to Russia to help Israel": what another actor is
			// asked or allowed to do is no fact, and a refusal is not its own.
			controlled = true
		}
		if s.owner[i] >= 0 && !s.ments[s.owner[i]].adjective && !sawTo {
			// The clause's subject: cues further left belong to another clause.
			m := s.ments[s.owner[i]]
			if !s.inPP(m.start) {
				// "announced (that) it would free": the plan of a report.
				p := m.start - 1
				if s.term(p) == "that" {
					p--
				}
				if onlyWould && announceVerbs[s.term(p)] {
					hedged, planned, intent = false, true, commitment
				}
				// "the report that Russians were paying ...": what a report
				// or a claim says is not established.
				if s.term(m.start-1) == "that" && reportNouns[s.term(m.start-2)] {
					hedged = true
				}
				// "asking Obama to help Iran": the controller's verb decides.
				if sawTo && (intentVerbs[s.term(p)] || s.term(p) == "the" && intentVerbs[s.term(p-1)]) {
					planned = true
				}
				break
			}
		}
		if s.term(i-1) == "as" && (plannedWords[w] || intentVerbs[w]) {
			continue // "as scheduled", "as planned", "as expected": adverbial
		}
		switch {
		case negations[w]:
			neg = true
			if j := i - 1; j >= 0 && willWord(s.term(j)) {
				return Negated, !controlled, noIntent
			}
		case w == "refused" || w == "refuse" || w == "refuses" || w == "declined" || w == "rejected":
			if sawTo {
				return Negated, !controlled, noIntent
			}
		case w == "failed" || w == "fails" || w == "fail":
			if sawTo {
				neg = true
			}
		case w == "to":
			if !sawTo {
				toAt = i
			}
			sawTo = true
		case hearsayPassives[w] && sawTo && beForms[s.term(i-1)]:
			// "a missile believed to be fired by rebels", "is said to have met".
			hedged = true
		case factiveAspect[w] && sawTo:
			// "continued to meet": the aspect verb asserts; what is left of
			// it decides.
			sawTo = false
		case intentVerbs[w] && sawTo:
			planned = true
			// Not "developing plans to attack" (a plot) nor "wants closer
			// cooperation ... to battle" (a purpose).
			if in := intentOf(w); !nounUse(s.term(i-1)) && (in == commitment || near) {
				intent = max(intent, in)
			}
		case hedgeWords[w]:
			onlyWould = !hedged && w == "would"
			hedged = true
		case plannedWords[w]:
			planned = true
			intent = max(intent, intentOf(w))
		}
		if w != "to" && !beForms[w] && !adverbs[w] && !isLy(w) {
			near = false
		}
	}
	switch {
	case neg:
		return Negated, false, noIntent
	case hedged:
		return Hedged, false, noIntent
	case planned:
		return Planned, false, intent
	case controlled:
		return Planned, false, noIntent
	}
	return Asserted, false, noIntent
}

// hearsayPassives before "to" attribute what follows to unnamed others.
var hearsayPassives = set("believed", "thought", "suspected", "said", "reported", "alleged", "rumoured",
	"rumored", "presumed", "assumed", "understood", "claimed", "feared")

// formerWords before a relational noun say the relation has ended.
var formerWords = set("former", "formerly", "previously", "once", "erstwhile", "ex")

// reportNouns before "that" make the clause hearsay.
var reportNouns = set("report", "reports", "claim", "claims", "allegation", "allegations", "rumour", "rumours",
	"rumor", "rumors", "speculation", "suggestion", "suggestions", "accusation", "accusations", "reported", "alleged")

// announceVerbs report a decision: a "would" under them is the plan.
var announceVerbs = set("announced", "said", "says", "stated", "told", "added", "pledged", "promised", "vowed", "declared")

// commitments are the planned cues that commit the subject: an announced
// intention, not a wish.
var commitments = set("will", "seek", "seeks", "seeking", "sought", "offering", "'ll", "shall", "pledge", "pledges", "pledged", "promise", "promises", "promised",
	"vow", "vows", "vowed", "offer", "offers", "offered", "agree", "agrees", "agreed", "committed", "decided",
	"decide", "intend", "intends", "intended", "plan", "plans", "planned", "scheduled", "set", "due", "prepared", "ready")

// wishes state the subject's own intent without committing it.
var wishes = set("want", "wants", "wanted", "wanting", "threaten", "threatens", "threatened", "threatening",
	"determined", "going", "aim", "aims", "aiming")

// aimNouns before "of" + gerund make it an aim, not an act.
var aimNouns = set("goal", "goals", "aim", "aims", "objective", "plan", "plans", "intention", "idea", "prospect",
	"hope", "hopes", "threat", "threats", "possibility", "risk", "option", "ambition", "dream", "policy")

// chargeBefore reports a verb or noun of accusation or punishment in the
// clause before token i: what follows "for" is the charge.
func (s *sentence) chargeBefore(i int) bool {
	for k := i - 1; k >= 0 && i-k <= 12; k-- {
		w := s.term(k)
		if clauseBreakers[w] || w == "," {
			return false
		}
		if chargeWords[w] {
			return true
		}
	}
	return false
}

var chargeWords = set("sanctioned", "sanctions", "sanction", "sanctioning", "jailed", "sentenced", "convicted",
	"arrested", "detained", "charged", "indicted", "punished", "fined", "accused", "blamed", "condemned",
	"criticised", "criticized", "denounced", "prosecuted", "expelled", "targeted", "blacklisted", "penalised",
	"penalized", "imprisoned")

// reducedRelative reports whether the participle at i with a "by" agent
// modifies the plain noun before it: "victims killed by the crash".
func (s *sentence) reducedRelative(i int) bool {
	if i == 0 || !pastForm(s.term(i)) || s.term(i+1) != "by" || s.toks[i-1].Kind != text.Word || s.owner[i-1] >= 0 {
		return false
	}
	p := s.term(i - 1)
	return !closedClass(p) && !beForms[p] && !auxiliaries[p] && !adverbs[p] && !isLy(p) && !pastForm(p)
}

// nounUse reports whether the word before a cue makes the cue a noun:
// "developing plans to attack" is a plot, not a statement.
func nounUse(prev string) bool {
	return determiners[prev] || prev == "of" || strings.HasSuffix(prev, "ing")
}

func intentOf(w string) intention {
	switch {
	case commitments[w]:
		return commitment
	case wishes[w]:
		return wish
	}
	return noIntent
}

func willWord(w string) bool {
	switch w {
	case "would", "will", "wo", "won", "can", "could", "refuse", "refused", "did", "does", "do":
		return true
	}
	return false
}

func (s *sentence) nounModality(t trig) string {
	// Own modifiers: "no military coordination", "a possible agreement",
	// "a former ally", "previously an ally": no longer so.
	for i := t.start - 1; i >= 0 && t.start-i <= 4; i-- {
		w := s.term(i)
		if w == "no" || w == "without" || t.e.Relational && formerWords[w] {
			return Negated
		}
		if nominalHedges[w] && !t.e.Relational {
			if w == "planned" || w == "proposed" || w == "upcoming" || w == "future" || w == "expected" || w == "forthcoming" {
				return Planned
			}
			return Hedged
		}
		if prepositions[w] || s.toks[i].Kind == 2 && w != "-" && w != "\"" {
			break
		}
	}
	if t.e.Relational {
		return Asserted
	}
	// A governing verb of intent whose object the noun is: "wants closer
	// military cooperation", "seeking a deal", "prepare the ground for
	// talks" (not "agreed in a phone call").
	for i := t.start - 1; i >= 0 && t.start-i <= 8; i-- {
		w := s.term(i)
		if clauseBreakers[w] || relativizer[w] || w == "," || prepositions[w] && w != "for" && w != "of" {
			break
		}
		if s.owner[i] >= 0 && !s.ments[s.owner[i]].adjective && !s.ments[s.owner[i]].possessive {
			break
		}
		if intentVerbs[w] || w == "prepare" || w == "groundwork" {
			return Planned
		}
	}
	return Asserted
}
