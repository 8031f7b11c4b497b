package feed

import (
	"bufio"
	"bytes"
	_ "embed"
	"regexp"
	"strings"
	"unicode"

	"github.com/actorgraph/actorgraph/event"
	"github.com/actorgraph/actorgraph/extract/actor"
)

//go:embed sectors.txt
var sectorsTxt []byte

// sectorRule maps a phrase of a feed's sector text to a code.
type sectorRule struct{ phrase, code string }

var sectorRules = func() []sectorRule {
	var out []sectorRule
	sc := bufio.NewScanner(bytes.NewReader(sectorsTxt))
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") || strings.TrimSpace(line) == "" {
			continue
		}
		p, c, ok := strings.Cut(line, "\t")
		if !ok {
			panic("feed: sectors.txt: a line without a tab: " + line) // the package tests read it
		}
		out = append(out, sectorRule{strings.ToLower(p), c})
	}
	return out
}()

// sectorOf maps a feed's sector text to a code: "" when nothing matches.
func sectorOf(s string) string {
	s = strings.TrimSpace(s)
	if len(s) == 3 && strings.ToUpper(s) == s && isLetters(s) {
		return s
	}
	l := strings.ToLower(s)
	for _, r := range sectorRules {
		if strings.Contains(l, r.phrase) {
			return r.code
		}
	}
	return ""
}

func isLetters(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// resolver turns a feed's actor fields into an event.Actor, using the
// actor dictionary where a name or country matches.
type resolver struct {
	dict   *actor.Dictionary
	byName map[string]*actor.Actor // folded name or alias → actor
	states map[string]*actor.Actor // ISO3 → state
}

func newResolver(d *actor.Dictionary) *resolver {
	r := &resolver{dict: d, byName: map[string]*actor.Actor{}, states: map[string]*actor.Actor{}}
	for _, a := range d.Actors() {
		if a.Agent || a.Kind == "" {
			continue
		}
		if strings.EqualFold(a.Kind, "state") && a.Country == a.ID {
			r.states[a.ID] = a
		}
		names := []string{a.Name}
		for _, al := range a.Aliases {
			if al.Form == actor.Name {
				names = append(names, al.Text)
			}
		}
		for _, n := range names {
			k := fold(n)
			if old, ok := r.byName[k]; !ok || better(a, old) {
				r.byName[k] = a
			}
		}
	}
	return r
}

// better prefers a state over other actors sharing a name, then the
// smaller id, so that the choice does not depend on the dictionary order.
func better(a, b *actor.Actor) bool {
	as, bs := strings.EqualFold(a.Kind, "state"), strings.EqualFold(b.Kind, "state")
	if as != bs {
		return as
	}
	return a.ID < b.ID
}

// country returns the ISO3 code of a country given by code or name.
func (r *resolver) country(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return ""
	}
	if u := strings.ToUpper(s); len(u) == 3 && r.states[u] != nil {
		return u
	}
	if a := r.byName[fold(s)]; a != nil && strings.EqualFold(a.Kind, "state") {
		return a.Country
	}
	return ""
}

// generic matches ICEWS and ACLED names of a kind of actor in a country:
// "Police (India)", "Military Forces of Russia (2000-)", "Protesters (Nigeria)".
var (
	inCountry = regexp.MustCompile(`^(.*?)\s*\(([^()]+)\)\s*$`)
	forcesOf  = regexp.MustCompile(`(?i)^(.*?\b(?:forces|police|military|government)) of (.+?)\s*(?:\([^()]*\))?\s*$`)
)

// spec is what a feed says about one actor.
type spec struct {
	name    string // as the feed names it
	country string // ISO3 or a country name, if the feed gives one
	sector  string // code or sector text
	kind    string // a kind the feed implies (igo, rebels, armed_group, group), if any
	date    string // the event's date, for a person's role
}

// resolve returns the actor a spec stands for: a dictionary actor when the
// name matches one, a state or its organ when the name is a country or a
// kind of actor in one, else an actor of its own named by the feed.
func (r *resolver) resolve(s spec) event.Actor {
	sector := sectorOf(s.sector)
	iso := r.country(s.country)
	name := strings.TrimSpace(s.name)
	// The country itself, or its organ: "Russia" or a GDELT "RUSGOV".
	if name == "" && iso != "" || iso != "" && r.country(name) == iso {
		return r.state(iso, sector, name)
	}
	if a := r.byName[fold(name)]; a != nil {
		return r.fromDictionary(a, s.date)
	}
	// "Police (India)", "Military Forces of Russia (2000-)".
	for _, re := range []*regexp.Regexp{inCountry, forcesOf} {
		if m := re.FindStringSubmatch(name); m != nil {
			if c := r.country(m[2]); c != "" {
				sec := sectorOf(m[1])
				if sec == "" {
					sec = sector
				}
				if sec != "" {
					return r.state(c, sec, name)
				}
				iso = c // "Unidentified Armed Group (Nigeria)": an actor of its own, in Nigeria
				break
			}
		}
	}
	a := event.Actor{ID: idOf(name), Name: name, Kind: "group", Country: iso, Sector: sector}
	switch {
	case sector == "IGO" || s.kind == "igo":
		a.Kind, a.Sector = "igo", ""
	case sector == "NGO" || s.kind == "ngo":
		a.Kind, a.Sector = "ngo", ""
	case event.Opposing(sector) || s.kind == "rebels":
		a.Kind = "rebels"
		if a.Sector == "" {
			a.Sector = "REB"
		}
	case s.kind == "armed_group":
		a.Kind = "armed_group"
	}
	if a.ID == "" {
		a.ID = iso
	}
	return a
}

// state returns a country as an actor, or one of its sectors: Russia,
// Russia's military (RUSMIL), Syria's rebels (SYRREB), Nigeria's civilians.
func (r *resolver) state(iso, sector, name string) event.Actor {
	st := r.states[iso]
	a := event.Actor{ID: iso, Name: iso, Kind: "state", Country: iso}
	if st != nil {
		a.Name = st.Name
	}
	switch {
	case sector == "" || sector == "ELI" || sector == "IGO" || sector == "NGO":
		return a
	case event.Opposing(sector):
		a.ID, a.Kind, a.Sector = iso+"REB", "rebels", sector
	case event.Organ(sector):
		a.ID, a.Sector = iso+sector, sector
	default:
		a.ID, a.Kind, a.Sector = iso+sector, "group", sector
	}
	if name != "" && r.country(name) != iso {
		a.Name = name
	} else {
		a.Name += " (" + sector + ")"
	}
	return a
}

// fromDictionary turns a dictionary actor into an event actor; a person
// takes the role they held on the date (the latest with no date).
func (r *resolver) fromDictionary(a *actor.Actor, date string) event.Actor {
	out := event.Actor{ID: a.ID, Name: a.Name, Kind: strings.ToLower(a.Kind), Country: a.Country, Sector: a.Sector}
	if role, ok := a.RoleAt(date); ok {
		out.Role, out.Affiliation, out.Sector = role.Title, role.Affiliation, role.Sector
		if st := r.states[role.Affiliation]; st != nil {
			out.Country = st.ID
		}
	}
	return out
}

// idOf makes an id of a name: upper-case words joined by underscores
// ("Boko Haram" → BOKO_HARAM).
func idOf(name string) string {
	var b strings.Builder
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if b.Len() > 0 {
			b.WriteByte('_')
		}
		b.WriteString(strings.ToUpper(w))
	}
	return b.String()
}
