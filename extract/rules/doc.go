// Package rules holds the extractor's rules as data: named word lists, the
// argument rules that find a trigger's source and target in a dependency
// tree, the modality cues that decide whether a relation is a current fact,
// and the derived rules that read more relations off emitted ones (a claim
// is an accusation, a stated intent to strike is a threat).
//
// Every table is a UTF-8 text file with '#' comments, embedded from data/
// and overridable from disk (Load). Parse errors name the file and line;
// every bad line is reported, not only the first.
//
// # Word lists (data/words/NAME.txt)
//
// One entry per line: a word or a phrase of words separated by spaces,
// lower case. A list is referred to as @NAME in the other tables.
//
// # Argument rules (data/rules/arguments.txt)
//
//	NAME  ROLE  WHEN  PATH
//
// ROLE is source or target. WHEN is '-' or conditions on the trigger joined
// by ',', each optionally negated with '!': the trigger's part of speech
// (verb, noun, adj), its voice (passive, active, participle, gerund) and the
// lexicon options of its entry (mutual, reverse, relational, posstarget, judgment,
// noobj, clausal, prep: the entry names target prepositions, srcprep:
// source prepositions), predicate (a noun said of a subject: "Russia is
// Assad's ally", "one of Assad's allies") and hasobj (the trigger has a
// direct object of its own, actor or not). PATH is a walk in the
// dependency tree from the trigger, steps joined by '/':
//
//	rel        down to the dependents attached by rel ("nsubj")
//	rel*       the same, subtypes included ("obl*": obl, obl:agent, ...)
//	^rel       up to the head, if the word is attached by rel
//	a|b        either relation, in a step down or up ("^xcomp|advcl")
//	<          the actor named right before the trigger, across
//	           auxiliaries, negation and adverbs only ("Russia has also
//	           attacked"); a fallback for a parse that missed the subject
//	>          the actor named right after the trigger, across
//	           determiners and modifiers only ("attacked the US embassy")
//	^clause    up to the nearest word above with a subject of its own:
//	           the clause a phrase belongs to, however the parser hung it
//	           ("announced it ... in a rally on Friday, despite criticism")
//	<<         the nearest actor named before the trigger in its clause,
//	           not across another verb, a clause mark or a semicolon: the
//	           last fallback for a subject the parse lost
//
// A step may carry filters in brackets, separated by ';', all of which
// must hold (case filters test the dependent of the link the step crosses,
// the others the word the step reaches):
// [case=by,from] (a dependent "case" word is one of these; case=- : there is
// none), [case=$prep]
// (one of the trigger's frame prepositions), [case=$srcprep] (one of its
// source prepositions), [trigger] or [!trigger] (the word heads another
// relation phrase of several words: "raised concerns about the bombing"
// does not lend "raised" to the bombing), [place] (a city or region reached
// by this step stands for its country: "fired at Israel from the Gaza
// Strip"), [@list] or [!@list] (the
// word's lower-case form is, or is not, in a word list). Rules are tried in
// order; for each role the first rule that reaches an actor wins, and the
// trace names it.
//
// # Modality cues (data/rules/modality.txt)
//
//	cue    WORDS  ATTACH  MODALITY  [OPTION ...]
//	climb  REL    SCOPE
//	order  MODALITY ...
//
// A cue is a word (or @list) that reaches a word of the trigger's clause
// path through ATTACH: dep=REL (the cue depends on it by REL, as "not" by
// advmod) or gov=REL (it is the head the path word depends on by REL, as
// "wants" over an xcomp). MODALITY is negated, hedged, conditional,
// planned or past (background: "previously"); OPTIONs are volitional (a refusal: itself a REJECT), commit (a
// commitment by the subject), offer (the commitment is an offer: "their
// willingness to help"), wish (a stated wish or intent of the subject),
// third (an allegation by someone else), self (commit and wish hold only
// when the clause is reported by its own subject: "Israel announced it would
// free") and on=REL (the cue applies only where the path word is attached
// by REL). The clause path starts at the
// trigger and climbs to the head while the word is attached by a climb
// relation: SCOPE all applies every cue of the head's clause, gov only the
// head itself as a gov= cue, and then stops. order lists the modalities
// from the strongest: when several cues apply, the first in that order
// wins.
//
// # Derived rules (data/rules/derived.txt)
//
//	NAME  WHEN  TYPE[/mode]  SOURCE  TARGET
//
// WHEN is conditions on a relation found in a sentence, joined by ',':
// modality=M, quad=1|2, type=T|U, and the cue options of its modality
// (volitional, commit, wish, third), plus speaker (the clause is reported by
// a speaker), victim (the speaker is the relation's target: "Israel said
// a mortar was fired at it"), notarget (no target was found: "said the crash
// was Iran's doing") and selfreport (the speaker is the source). SOURCE and TARGET name the actors of the new, asserted
// relation: source, target or speaker of the original.
//
// # Anaphora (data/rules/anaphora.txt)
//
//	WORDS  TYPE|TYPE...|*  END
//
// A trigger with a source but no target whose phrase or object is one of
// WORDS ("claimed responsibility", "denied the accusation") refers to the
// latest relation of one of the TYPEs (any, for '*') told in the five
// sentences before; that relation's END (source or target) becomes the
// trigger's target.
//
// # Defaults (data/rules/defaults.txt)
//
//	TYPE  ROLE  FROM  SECTOR  [ONLY|ONLY...]
//
// A relation of TYPE whose ROLE end the rules did not find takes the
// country's SECTOR actor of FROM: "source" (the source's country, if the
// source's sector is one of ONLY), "place" (the country the relation
// happens in: "protests continue in Baghdad") or "story" (the country the
// document is about).
package rules
