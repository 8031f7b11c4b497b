// Package extract finds actors and the relations between them in news
// articles and returns them as Events, the public output contract of
// `actorgraph extract`.
//
// The pipeline, one document at a time (see the design notes):
//
//	text        sentences and tokens with byte offsets (extract/text)
//	actors      dictionary matches (extract/actor), then composition:
//	            titles merge into persons, a country and an agent into the
//	            country's sector, possessors ("Assad's forces"), compounds
//	            ("US-led coalition", "Russian-backed forces"), places set
//	            apart ("talks in Moscow", "the Riyadh meeting")
//	coreference he/his/its, "his Russian counterpart", unnamed rebels and
//	            "the regime" → the country the text is about
//	triggers    verbs and nouns of the relation lexicon (extract/lexicon);
//	            noun or verb reading chosen from the words before
//	arguments   clause-level scans: subject (through relative pronouns,
//	            dashes and "he said"), object or frame preposition, "by X"
//	            in the passive, possessors of nouns, appositions,
//	            coordinated actors
//	modality    negation, hedges, plans and conditions within the
//	            trigger's clause; nouns read their own modifiers
//
// Only Asserted events are facts; the others are kept, marked, so a user
// can see what was left out and why. Options.Trace prints, for every
// sentence, the actors and triggers found.
package extract
