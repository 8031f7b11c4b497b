package extract

import (
	"bytes"

	"github.com/actorgraph/actorgraph/data"
	"github.com/actorgraph/actorgraph/extract/rules"
)

// Closed word classes of English that the mention layer reads on tokens,
// before a sentence is parsed. Terms are normalised (lower case), as
// text.Token.Term. The lists are data files (data/words), embedded; unlike
// the rule lists they are not overridable: they are English, not policy.

// grammar returns a word list of data/words, read once. The files are
// embedded and tested; a missing or malformed one is a programmer error.
func grammar(name string) map[string]bool {
	path := rules.WordsDir + "/" + name + ".txt"
	b, err := data.Rules.ReadFile(path)
	if err != nil {
		panic("extract: " + err.Error())
	}
	l, err := rules.ParseList(bytes.NewReader(b), path)
	if err != nil {
		panic("extract: " + err.Error())
	}
	return l
}

var (
	determiners        = grammar("determiners")
	possessivePronouns = grammar("possessive_pronouns")
	personalPronouns   = grammar("personal_pronouns")
	prepositions       = grammar("prepositions")
	// locativePreps put a place name in a location role: "talks in Moscow".
	locativePreps = grammar("locative_prepositions")
	auxiliaries   = grammar("auxiliaries")
	beForms       = grammar("be_forms")
	negations     = grammar("negations")
	relativizer   = grammar("relativizers")
	// subordinators open a clause whose subject is its own.
	subordinators = grammar("subordinators")

	// quantifier heads may be followed by "of" inside one noun phrase:
	// "one of", "a variety of rebel forces".
	quantifiers = grammar("quantifiers")
	// titleWords may stand between a country and a person's name:
	// "Russian Foreign Minister Sergei Lavrov", "US Syria envoy Staffan de Mistura".
	titleWords = grammar("title_words")
	// groupNouns are unnamed groups that become rebels of the state they
	// fight: "groups fighting Assad".
	groupNouns       = grammar("group_nouns")
	fightParticiples = grammar("fight_participles")
	// irregularPlurals are plural heads without -s ("Brazilian men").
	irregularPlurals = grammar("irregular_plurals")
	// compoundSupport are participles in "Russian-backed forces".
	compoundSupport = grammar("compound_support_forms")
	// compoundLead make the noun phrase the actor itself: "US-led coalition".
	compoundLead = grammar("compound_lead")
	// compoundHeld make the noun phrase a place held by the actor; the actor
	// is still the target of an attack on it: "rebel-held areas".
	compoundHeld = grammar("compound_held")

	clauseBreakers = grammar("clause_breakers")
)
