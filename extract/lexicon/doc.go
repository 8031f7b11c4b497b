// Package lexicon holds relation triggers: the verbs and nouns that carry a
// PLOVER relation ("backed", "air strikes", "talks"), with the frame that
// says where their source and target are found.
//
// # File format
//
// One trigger per line, fields separated by white space:
//
//	POS  PHRASE  TYPE[/mode]  [option ...]
//
// POS is verb, noun or adj. PHRASE is one or more words joined by '_'
// ("air_strike", "raise_concerns_about"); for a verb the first word is
// inflected (back, backs, backed, backing), for a noun the last (air
// strike, air strikes). Irregular verb forms are known (meet/met,
// strike/struck); a verb may list its own with forms=meets,met,met,meeting
// (third person, past, participle, gerund of the first word). Options:
//
//	prep=with,against  prepositions that introduce the target
//	srcprep=of         prepositions that introduce the source: "the visit
//	                   of Xi to Rome", "the withdrawal of US troops from
//	                   Syria"; never also in prep= (a noun's "by" phrase is
//	                   its source without saying so)
//	noobj              a verb whose target is never its direct object (a
//	                   phrase that ends in a preposition takes that
//	                   preposition's object: side_with, fire_on)
//	poss=target        a noun whose possessor is the target ("Assad's allies")
//	relational         a noun naming a relation between actors (ally,
//	                   backer): presupposed, so asserted whatever the clause's
//	                   modality, and read in copular and appositive frames
//	mutual             coordinated subjects relate to each other ("A and B met")
//	clausal            the target may be the subject of a following clause
//	                   ("complained that Washington ...")
//	complement         the relation needs a complement: "agree to VERB",
//	                   "agree on a deal"; without one it is not a relation
//	among              the objects relate to each other ("brought together
//	                   A and B with C")
//	fallback           a noun that takes the nearest actor as target when
//	                   its frame finds none ("sanctions will continue")
//	needs=w1,w2        this reading applies only if one of the words follows
//	                   within a few tokens ("lift ... sanctions")
//	reverse            the subject is the target and the preposition's or,
//	                   failing that, the direct object the source ("received
//	                   weapons from X", "Moscow hosted Erdogan": PLOVER codes
//	                   the visitor as the source)
//	judgment           a word of evaluation ("aggression", "justified"): its
//	                   source is who judges, its target what is judged
//	                   ("called the strike an aggression", "found it
//	                   justified"), never its own modifiers
//	negrel=TYPE/mode   what a volitional negation means ("would not
//	                   negotiate" is REJECT/meet, not a negated CONSULT)
//
// A phrase may have several readings (one line each: "sign" AGREE, and
// "sign ... agreement" SUPPORT; "military exercise" with a partner, near a
// rival). Match returns all of them; a reading with needs= is more specific
// than one without, then the frame that finds its arguments decides, then
// lexicon order.
//
// Verbs are inflected by rule with a table of irregular verbs; a verb
// ending in one vowel and l also gets the British doubled forms
// (travelled, cancelling). Nouns take the regular plural.
//
// Lines starting with '#' are comments.
package lexicon
