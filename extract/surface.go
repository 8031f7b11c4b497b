package extract

import "github.com/actorgraph/actorgraph/extract/actor"

// Surface helpers of the mention layer: closed classes and word-shape checks
// that compose uses on tokens, before a sentence is parsed.

func overlapsMention(s *sentence, a, b int) bool {
	for i := a; i < b; i++ {
		if s.owner[i] >= 0 && !s.ments[s.owner[i]].adjective {
			return true
		}
	}
	return false
}

func closedClass(w string) bool {
	return determiners[w] || prepositions[w] || auxiliaries[w] || negations[w] || relativizer[w] ||
		subordinators[w] || personalPronouns[w] || possessivePronouns[w] || w == "and" || w == "or" || w == "to"
}

// usable reports whether a mention can be an argument: a resolved actor,
// not a bare adjective or a place.
func (m *mention) usable() bool {
	return !m.adjective && !m.locative && m.form != actor.Agent && m.actor.ID != ""
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

var motionWords = grammar("motion_words")

// spaced reports whether the punctuation at i stands between spaces: a
// dash, not a hyphen.
func spaced(s *sentence, i int) bool {
	t := s.toks[i]
	return t.Start > 0 && t.End < len(s.src) && s.src[t.Start-1] == ' ' && s.src[t.End] == ' '
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

// pastVerbs are common irregular past tenses.
var pastVerbs = grammar("past_verbs")

func isPastTense(t string) bool { return len(t) > 4 && t[len(t)-2:] == "ed" }

// pastForm reports a past tense or participle, regular or irregular.
func pastForm(w string) bool { return isPastTense(w) || pastVerbs[w] }

func isVerbForm(t string) bool {
	n := len(t)
	return n > 4 && (t[n-3:] == "ing" || t[n-2:] == "ed")
}

var numberWords = grammar("number_words")
