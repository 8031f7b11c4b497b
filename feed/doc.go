// Package feed imports the coded event data analysts already have into
// actorgraph's event format (event.Event), so that the graph, its analysis
// and its drawings work on them as on extracted text.
//
// One file per source:
//
//	gdelt.go    GDELT 2.0 event files: 61 tab-separated columns, no header
//	            (GDELT Event Codebook V2.0); CAMEO codes; weight GoldsteinScale
//	icews.go    ICEWS coded events (Dataverse): a tab-separated table with a
//	            header; CAMEO codes; weight Intensity
//	polecat.go  POLECAT (ICEWS's successor, coded in PLOVER): a tab-separated
//	            table with a header; weight (Event) Intensity
//	acled.go    ACLED exports: comma-separated with a header; event_type and
//	            sub_event_type map to PLOVER (acled.tsv); ACLED has no score, so
//	            the weight is PLOVER's score of the type and mode
//
// CAMEO codes map to PLOVER through data/cameo2plover.tsv (CAMEO2PLOVER-2021
// of the PLOVER project); a code missing there takes its parent's mapping
// (0874 → 087 → 08), and codes PLOVER dropped (01 statements, 02 appeals)
// make no event. Actors are resolved against the actor dictionary where a
// name or country matches (so that coded and extracted data share nodes):
// a state by its ISO 3166-1 alpha-3 code or name, a person by name (with
// the role they held on the event's date), "Police (India)" as India's
// police; the rest become actors of their own.
//
// A malformed row is an error naming the file and line; the other rows are
// kept. Rows that are well formed but make no relation (one actor, a code
// PLOVER dropped) are counted as skipped.
package feed
