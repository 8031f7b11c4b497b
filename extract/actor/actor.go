package actor

import "strconv"

// Kinds of actor, as in the output contract of `actorgraph extract`.
const (
	State      = "state"
	Person     = "person"
	IGO        = "igo"
	NGO        = "ngo"
	ArmedGroup = "armed_group"
	Rebels     = "rebels"
	Group      = "group"
)

// kindRank orders kinds when one alias belongs to several actors of the
// same file: a lower rank wins. Unknown kinds and agents come last.
var kindRank = map[string]int{
	State: 0, IGO: 1, ArmedGroup: 2, Rebels: 3, NGO: 4, Group: 5, Person: 6,
}

func validKind(k string) bool {
	_, ok := kindRank[k]
	return ok
}

// Actor is a dictionary entry: a named actor (a state, person,
// organisation, armed group) or, with Agent set, a generic agent such as
// "rebels" or "the government" that has a sector but no country of its own.
type Actor struct {
	ID      string // stable id: ISO3 for states, UN, ISIS, KERRY_JOHN, or the agent code
	Name    string // display name
	Kind    string // State, Person, IGO, NGO, ArmedGroup, Rebels or Group; "" for some agents
	Country string // ISO 3166-1 alpha-3 of the state it belongs to or represents, or ""
	Sector  string // CAMEO-style sector (GOV, MIL, REB, ...), or ""
	Roles   []Role // dated roles of a person, in file order
	Agent   bool   // a generic agent record ("agent CODE")
	Aliases []Alias

	Pos string // file:line of the record that defined the actor
}

// Alias is one name of an actor.
type Alias struct {
	Text  string // as written in the dictionary, without the '=' prefix
	Form  Form
	Exact bool // matched case-sensitively
	rank  int  // file precedence: higher wins
}

// Role is a dated role of a person: they act for Affiliation (an actor id:
// an ISO3 state code or an organisation such as UN) in Sector from From to
// To. Dates are YYYY-MM-DD; "" is open.
type Role struct {
	Affiliation string
	Sector      string
	Title       string
	From, To    string
}

// Covers reports whether the role is held on date (YYYY-MM-DD). Both ends
// are inclusive.
func (r Role) Covers(date string) bool {
	return (r.From == "" || r.From <= date) && (r.To == "" || date <= r.To)
}

// RoleAt returns the role the actor held on date (YYYY-MM-DD). If several
// roles cover the date, the one that started last wins (on a hand-over day
// the new role counts). With date == "" the latest role is returned: the
// one that started last, an open end breaking ties. ok is false if the
// actor has no role covering the date.
func (a *Actor) RoleAt(date string) (r Role, ok bool) {
	for _, x := range a.Roles {
		if date != "" && !x.Covers(date) {
			continue
		}
		if !ok || later(x, r) {
			r, ok = x, true
		}
	}
	return r, ok
}

// later reports whether x is a later role than y.
func later(x, y Role) bool {
	if x.From != y.From {
		return x.From > y.From
	}
	if (x.To == "") != (y.To == "") {
		return x.To == ""
	}
	return x.To > y.To
}

// Form is how a match names its actor.
type Form uint8

const (
	Name      Form = iota // a name or alias: "United States", "Kerry"
	Metonym               // a place or building standing for the actor: "Washington", "the Kremlin"
	Adjective             // a modifier: "Russian", "U.S."
	Demonym               // the people: "Russians"
	Surname               // a person's surname, trusted only after the full name appeared
	Agent                 // a generic agent: "rebels", "foreign minister"
	Place                 // a city or region of the actor's territory: "Aleppo", "the Gaza Strip"; never an actor itself
)

var formNames = [...]string{"name", "metonym", "adjective", "demonym", "surname", "agent", "place"}

func (f Form) String() string {
	if int(f) < len(formNames) {
		return formNames[f]
	}
	return "form(" + strconv.Itoa(int(f)) + ")"
}
