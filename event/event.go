package event

// Event is one relation mention: the public output contract of
// `actorgraph extract` (one JSON object per line). See the design notes;
// field names and meanings are stable.
type Event struct {
	Doc      string  `json:"doc"`            // document id
	Date     string  `json:"date,omitempty"` // document date, YYYY-MM-DD, if known
	Sentence int     `json:"sentence"`       // 0-based sentence index in the document
	Start    int     `json:"start"`          // byte offset of the sentence in the document text
	End      int     `json:"end"`            // byte offset just past the sentence
	Text     string  `json:"text"`           // the sentence: text[Start:End] of the document
	Source   Actor   `json:"source"`
	Target   Actor   `json:"target"`
	Type     string  `json:"type"`           // PLOVER event type, upper case
	Mode     string  `json:"mode"`           // PLOVER mode, or ""
	Quad     int     `json:"quad"`           // 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
	Weight   float64 `json:"weight"`         // signed PLOVER score, -10..+10
	Modality string  `json:"modality"`       // asserted, negated, hedged, conditional, planned, past
	When     string  `json:"when,omitempty"` // for a past event, the year the text gives
	Trigger  Span    `json:"trigger"`        // the words that carry the relation
	// CopyOf is set when the document is a near-duplicate of an earlier
	// one (a syndicated or republished story): the id of the first of its
	// copies. The graph counts a sentence stated in several copies once.
	CopyOf string `json:"copy_of,omitempty"`
	// URL and Title are the document's when its input gave them (JSON
	// Lines "url" and "title", an HTML page's title): evidence links to
	// its article.
	URL   string `json:"url,omitempty"`
	Title string `json:"title,omitempty"`
}

// Actor is an actor as it appears in an Event: resolved to the role it held
// on the document's date.
type Actor struct {
	ID          string `json:"id"`
	Name        string `json:"name"`
	Kind        string `json:"kind"`                  // state, person, igo, ngo, armed_group, rebels, group
	Country     string `json:"country"`               // ISO 3166-1 alpha-3, or ""
	Sector      string `json:"sector"`                // CAMEO-style sector (GOV, MIL, REB, OPP, ...), or ""
	Role        string `json:"role,omitempty"`        // for a person: the role held on the document date
	Affiliation string `json:"affiliation,omitempty"` // for a person: the actor id they act for
	Mention     *Span  `json:"mention,omitempty"`     // where the actor is named in the document
}

// Span is a piece of the document text with its byte offsets.
type Span struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Modality values. Only Asserted relations become graph edges by default.
const (
	Asserted    = "asserted"
	Negated     = "negated"
	Hedged      = "hedged"
	Conditional = "conditional"
	Planned     = "planned"
	// Past is a fact told as background: it happened before the story's
	// time ("In 1944 ...", "in 2003 the US ousted Saddam"); Event.When
	// carries the year the text gives.
	Past = "past"
)

// The sector vocabulary that graph building and extraction share.
var (
	// opposingSectors oppose their own state: rebels, the opposition,
	// insurgents, separatists, unaligned armed forces. They are never
	// merged into the state.
	opposingSectors = map[string]bool{"REB": true, "OPP": true, "INS": true, "SEP": true, "UAF": true}
	// organSectors are a state's own organs: government, military, police,
	// judiciary, legislature, intelligence.
	organSectors = map[string]bool{"GOV": true, "MIL": true, "COP": true, "JUD": true, "LEG": true, "SPY": true}
	// privateSectors belong to a country without speaking for it: media,
	// business, education, human rights groups, civilians, refugees, NGOs.
	privateSectors = map[string]bool{"MED": true, "BUS": true, "EDU": true, "HRI": true, "CVL": true, "REF": true, "NGO": true}
)

// Opposing reports whether a sector opposes its own state (REB, OPP, INS,
// SEP, UAF).
func Opposing(sector string) bool { return opposingSectors[sector] }

// Organ reports whether a sector is one of a state's own organs (GOV, MIL,
// COP, JUD, LEG, SPY).
func Organ(sector string) bool { return organSectors[sector] }

// Private reports whether a sector belongs to a country without speaking
// for it (MED, BUS, EDU, HRI, CVL, REF, NGO).
func Private(sector string) bool { return privateSectors[sector] }

// StateSide reports whether an actor acts for its state: the state itself
// (no sector), one of its organs, or its elites (ELI: office holders).
func (a Actor) StateSide() bool {
	return a.Sector == "" || a.Sector == "ELI" || organSectors[a.Sector]
}
