package extract

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
func (s *sentence) modality(t trig) (mod string, volitional, intent bool) {
	for i := 0; i < t.start; i++ {
		// "if", "unless"; "provided that" (but "provided $500 million" is a fact).
		if conditionals[s.term(i)] || (s.term(i) == "provided" || s.term(i) == "providing") && s.term(i+1) == "that" {
			return Conditional, false, false
		}
	}
	if t.noun() {
		return s.nounModality(t), false, false
	}
	return s.clauseModality(t.start)
}

// clauseModality reads the cues of the clause left of token start. intent
// reports a plan by the clause's own subject ("will free", "pledged to
// supply"), which PLOVER codes as AGREE; a wish ("wants to", "hopes to")
// is not one.
func (s *sentence) clauseModality(start int) (mod string, volitional, intent bool) {
	neg, hedged, planned := false, false, false
	sawTo := false
	onlyWould := false // hedged by "would" alone: in reported speech, a plan
	for i := start - 1; i >= 0 && start-i < 25; i-- {
		w := s.term(i)
		if clauseBreakers[w] || relativizer[w] || w == "but" || w == "whereas" || w == "while" || w == "because" {
			if w == "that" && reportNouns[s.term(i-1)] {
				hedged = true // "the report that Russians were paying ... to kill"
			}
			break
		}
		if reportingVerbs[w] && i < start-1 {
			if onlyWould && announceVerbs[w] {
				// "Israel announced it would free ...": a reported plan.
				hedged, planned, intent = false, true, true
			}
			break
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
					hedged, planned, intent = false, true, true
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
				return Negated, true, false
			}
		case w == "refused" || w == "refuse" || w == "refuses" || w == "declined" || w == "rejected":
			if sawTo {
				return Negated, true, false
			}
		case w == "failed" || w == "fails" || w == "fail":
			if sawTo {
				neg = true
			}
		case w == "to":
			sawTo = true
		case factiveAspect[w] && sawTo:
			// "continued to meet": the aspect verb asserts; what is left of
			// it decides.
			sawTo = false
		case intentVerbs[w] && sawTo:
			planned = true
			intent = intent || commitments[w]
		case hedgeWords[w]:
			onlyWould = !hedged && w == "would"
			hedged = true
		case plannedWords[w]:
			planned = true
			intent = intent || commitments[w]
		}
	}
	switch {
	case neg:
		return Negated, false, false
	case hedged:
		return Hedged, false, false
	case planned:
		return Planned, false, intent
	}
	return Asserted, false, false
}

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
