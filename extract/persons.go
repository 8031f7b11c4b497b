package extract

import (
	"sort"
	"strings"
	"unicode"

	"github.com/actorgraph/actorgraph/event"
	"github.com/actorgraph/actorgraph/extract/actor"
	"github.com/actorgraph/actorgraph/extract/text"
)

// personSectors are the sectors of titles that make a person an actor:
// office holders of a state, its forces and courts, and the opposition.
var personSectors = map[string]bool{"GOV": true, "MIL": true, "COP": true, "JUD": true, "LEG": true, "SPY": true, "OPP": true, "REB": true, "ELI": true}

// titledPersons adds matches for persons the dictionary does not know but
// the text introduces with a title: "Greek Prime Minister Kyriakos
// Mitsotakis", "President of Ukraine Volodymyr Zelensky", "Zalmay Khalilzad,
// a US peace envoy". Such a person acts for the country or organisation of
// the title; later mentions of the surname in the document are that person.
func (x *Extractor) titledPersons(s *sentence, ds *docState, raw []actor.Match) []actor.Match {
	covered := make([]bool, len(s.toks))
	for _, m := range raw {
		for i := m.Start; i < m.End; i++ {
			covered[i] = true
		}
	}
	var add []actor.Match
	for i := 0; i < len(s.toks); i++ {
		if covered[i] {
			continue
		}
		end := x.nameRun(s, covered, i)
		if end < 0 {
			// A surname introduced earlier in the document.
			if a := ds.persons[s.term(i)]; a != nil && s.capitalised(i) && s.toks[i].Kind == text.Word {
				add = append(add, actor.Match{Start: i, End: i + 1, Actor: a, Form: actor.Name})
			}
			continue
		}
		if a := ds.persons[runKey(s, i, end)]; a != nil {
			add = append(add, actor.Match{Start: i, End: end, Actor: a, Form: actor.Name})
			i = end - 1
			continue
		}
		role, ok := x.titleBefore(s, raw, i)
		if !ok {
			role, ok = x.titleAfter(s, raw, end)
		}
		if !ok {
			role, ok = affiliationAfter(s, raw, end)
		}
		if !ok {
			continue
		}
		if role.Affiliation == "" && !event.Opposing(role.Sector) {
			role.Affiliation = ds.storyCountry(s.index)
		}
		name := s.src[s.toks[i].Start:s.toks[end-1].End]
		a := &actor.Actor{ID: "P_" + strings.ToUpper(strings.ReplaceAll(runKey(s, i, end), " ", "_")), Name: name, Kind: actor.Person}
		if role.Affiliation != "" {
			a.Roles = []actor.Role{role}
		}
		ds.persons[runKey(s, i, end)] = a
		ds.persons[s.term(end-1)] = a
		add = append(add, actor.Match{Start: i, End: end, Actor: a, Form: actor.Name})
		i = end - 1
	}
	if len(add) == 0 {
		return raw
	}
	out := append(raw, add...)
	sort.SliceStable(out, func(a, b int) bool { return out[a].Start < out[b].Start })
	return out
}

// runKey is the folded text of tokens [a, b).
func runKey(s *sentence, a, b int) string {
	var parts []string
	for k := a; k < b; k++ {
		if s.toks[k].Kind == text.Word {
			parts = append(parts, s.term(k))
		}
	}
	return strings.Join(parts, " ")
}

// nameRun returns the end of a personal name starting at i: two to five
// capitalised words not in the dictionary, with particles ("al-", "bin")
// inside; -1 if none starts there.
func (x *Extractor) nameRun(s *sentence, covered []bool, i int) int {
	nameWord := func(k int) bool {
		return k < len(s.toks) && !covered[k] && s.toks[k].Kind == text.Word && s.capitalised(k) &&
			!x.lists.Has("not_names", s.term(k)) && !allCaps(s.surface(k))
	}
	if !nameWord(i) {
		return -1
	}
	caps, end := 1, i+1
	for k := i + 1; k < len(s.toks) && caps < 5; {
		switch {
		case nameWord(k):
			caps, end, k = caps+1, k+1, k+1
		case s.term(k) == "-" && k+1 < len(s.toks) && s.toks[k].Start == s.toks[k-1].End && s.toks[k+1].Start == s.toks[k].End:
			k++ // "Abdul-Mahdi", "al-Assadi"
		case !covered[k] && s.toks[k].Kind == text.Word && x.lists.Has("name_particles", s.term(k)):
			k++
		default:
			k = len(s.toks)
		}
	}
	if caps < 2 {
		return -1
	}
	return end
}

func allCaps(w string) bool {
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// titleBefore reads a title that ends right before token i: "[Greek]
// [Prime Minister]", "[President] of [Ukraine]".
func (x *Extractor) titleBefore(s *sentence, raw []actor.Match, i int) (actor.Role, bool) {
	at := func(end int) *actor.Match {
		for k := range raw {
			if raw[k].End == end {
				return &raw[k]
			}
		}
		return nil
	}
	m := at(i)
	if m == nil {
		return actor.Role{}, false
	}
	var country string
	if m.Form == actor.Name && (m.Actor.Kind == actor.State || m.Actor.Kind == actor.IGO) && s.term(m.Start-1) == "of" {
		// "President of Ukraine Volodymyr Zelensky"
		country = m.Actor.ID
		k := m.Start - 1
		if s.term(k-1) == "the" {
			k--
		}
		if m = at(k); m == nil {
			return actor.Role{}, false
		}
	}
	if m.Form != actor.Agent || !personSectors[m.Actor.Sector] {
		return actor.Role{}, false
	}
	role := actor.Role{Sector: m.Actor.Sector, Title: s.src[s.toks[m.Start].Start:s.toks[m.End-1].End]}
	// The country or organisation before the title, across title words:
	// "Greek foreign minister", "Iranian Foreign Minister".
	for k := m.Start - 1; k >= 0 && k >= m.Start-4 && country == ""; k-- {
		if x.lists.Has("former", s.term(k)) {
			return actor.Role{}, false
		}
		if c := at(k + 1); c != nil && c != m {
			switch {
			case c.Form == actor.Adjective || c.Form == actor.Name && c.Actor.Kind == actor.State:
				country = c.Actor.Country
			case c.Form == actor.Name && c.Actor.Kind != actor.Person:
				country = c.Actor.ID
			case c.Form == actor.Agent:
				k = c.Start
				continue
			}
			break
		}
		if s.toks[k].Kind != text.Word {
			break
		}
	}
	if x.lists.Has("former", s.term(m.Start-1)) {
		return actor.Role{}, false
	}
	role.Affiliation = country
	return role, true
}

// titleAfter reads an appositive title after a name ending at token e:
// ", a US peace envoy", ", the acting Prime Minister of Iraq,", ", a
// spokesman for the PMF".
func (x *Extractor) titleAfter(s *sentence, raw []actor.Match, e int) (actor.Role, bool) {
	if s.term(e) != "," {
		return actor.Role{}, false
	}
	k := e + 1
	switch s.term(k) {
	case "a", "an", "the":
		k++
	}
	var country string
	var title *actor.Match
	for steps := 0; steps < 5 && k < len(s.toks) && title == nil; steps++ {
		if x.lists.Has("former", s.term(k)) {
			return actor.Role{}, false
		}
		var m *actor.Match
		for j := range raw {
			if raw[j].Start == k {
				m = &raw[j]
				break
			}
		}
		switch {
		case m == nil && s.toks[k].Kind == text.Word && !closedClass(s.term(k)):
			k++ // "acting", "peace"
		case m == nil:
			return actor.Role{}, false
		case m.Form == actor.Adjective || m.Form == actor.Name && m.Actor.Kind == actor.State:
			country, k = m.Actor.Country, m.End
		case m.Form == actor.Agent && personSectors[m.Actor.Sector]:
			title = m
		default:
			return actor.Role{}, false
		}
	}
	if title == nil {
		return actor.Role{}, false
	}
	role := actor.Role{Sector: title.Actor.Sector, Title: s.src[s.toks[title.Start].Start:s.toks[title.End-1].End]}
	if p := s.term(title.End); p == "of" || p == "for" {
		k := title.End + 1
		if s.term(k) == "the" {
			k++
		}
		for j := range raw {
			if m := raw[j]; m.Start == k && m.Form == actor.Name && m.Actor.Kind != actor.Person {
				if m.Actor.Kind == actor.State {
					country = m.Actor.Country
				} else {
					country = m.Actor.ID
				}
			}
		}
	}
	role.Affiliation = country
	return role, true
}

// affiliationAfter reads the body a person is "of", right after the name
// ending at e: "Arnel dela Vega of the army's Western Mindanao Command"
// (the army: a state's forces), "Jane Doe of the Foreign Ministry".
func affiliationAfter(s *sentence, raw []actor.Match, e int) (actor.Role, bool) {
	if s.term(e) != "of" {
		return actor.Role{}, false
	}
	k := e + 1
	if s.term(k) == "the" {
		k++
	}
	for _, m := range raw {
		if m.Start != k {
			continue
		}
		if m.Form == actor.Agent && personSectors[m.Actor.Sector] {
			return actor.Role{Sector: m.Actor.Sector, Affiliation: m.Actor.Country, Title: s.src[s.toks[m.Start].Start:s.toks[m.End-1].End]}, true
		}
	}
	return actor.Role{}, false
}

// companySectors name the word lists of nouns that introduce a company
// (words/company_nouns_SECTOR.txt).
var companySectors = []struct{ sector, list string }{{"MED", "company_nouns_MED"}, {"BUS", "company_nouns_BUS"}}

// companies finds companies the dictionary does not know, introduced by a
// noun of their trade before their name: "broadcast corporation ABS-CBN",
// "telecoms firm Huawei". A company belongs to the country of the story;
// "the network", "the company" later in the document refer to it.
func (x *Extractor) companies(s *sentence, ds *docState, owner []int) []actor.Match {
	var add []actor.Match
	for i := 1; i < len(s.toks); i++ {
		if owner[i] >= 0 || s.toks[i].Kind != text.Word || !s.capitalised(i) || s.capitalised(i-1) {
			continue
		}
		sector := ""
		for _, sec := range companySectors {
			if x.lists.Has(sec.list, s.term(i-1)) {
				sector = sec.sector
			}
		}
		if sector == "" {
			continue
		}
		// The name: capitalised words, joined by hyphens ("ABS-CBN").
		end := i + 1
		for end < len(s.toks) && end-i < 6 && owner[end] < 0 {
			t := s.toks[end]
			if t.Kind == text.Word && s.capitalised(end) {
				end++
				continue
			}
			if t.Term == "-" && end+1 < len(s.toks) && t.Start == s.toks[end-1].End && s.toks[end+1].Start == t.End && s.capitalised(end+1) {
				end += 2
				continue
			}
			break
		}
		key := runKey(s, i, end)
		a := ds.persons[key]
		if a == nil {
			id := strings.Map(func(r rune) rune {
				if unicode.IsLetter(r) || unicode.IsDigit(r) {
					return unicode.ToUpper(r)
				}
				return -1
			}, key)
			a = &actor.Actor{ID: "ORG_" + id, Name: s.src[s.toks[i].Start:s.toks[end-1].End], Kind: actor.Group,
				Country: ds.storyCountry(s.index), Sector: sector}
			ds.persons[key] = a
		}
		ds.companies[s.term(i-1)], ds.lastCompany = a, a
		add = append(add, actor.Match{Start: i, End: end, Actor: a, Form: actor.Name})
		i = end - 1
	}
	return add
}

// orgSectors are the sectors a state body's name may end in, each with a
// word list of heads (words/org_SECTOR.txt).
var orgSectors = []string{"GOV", "MIL", "COP", "JUD", "LEG", "SPY"}

// stateBodies adds matches for bodies of a state the dictionary does not
// know, named after their state: "the United States Commission on
// International Religious Freedom" (USA GOV), "the Iraqi Army" (IRQ MIL).
// The name is the state's name or adjective followed by capitalised words
// (with "of", "on", "for", "and" inside) that contain a body's head.
func (x *Extractor) stateBodies(s *sentence, raw []actor.Match) []actor.Match {
	var out []actor.Match
	for i := 0; i < len(raw); i++ {
		m := raw[i]
		if !(m.Form == actor.Adjective || m.Form == actor.Name && m.Actor.Kind == actor.State) || m.Actor.Country == "" {
			out = append(out, m)
			continue
		}
		next := len(s.toks)
		if i+1 < len(raw) {
			next = raw[i+1].Start
		}
		sector, end, last := "", -1, -1
		for k := m.End; k < len(s.toks) && k < m.End+8 && k < next; k++ {
			w := s.term(k)
			if s.toks[k].Kind == text.Word && s.capitalised(k) {
				last = k + 1
				for _, sec := range orgSectors {
					if sector == "" && x.lists.Has("org_"+sec, w) {
						sector, end = sec, k+1
					}
				}
				continue
			}
			if w == "of" || w == "on" || w == "for" || w == "and" || w == "-" {
				continue
			}
			break
		}
		if end < 0 {
			out = append(out, m)
			continue
		}
		end = max(end, last) // the whole name: "... Commission on International Religious Freedom"
		a := &actor.Actor{ID: m.Actor.Country + sector, Name: s.src[s.toks[m.Start].Start:s.toks[end-1].End], Kind: actor.State, Country: m.Actor.Country, Sector: sector}
		out = append(out, actor.Match{Start: m.Start, End: end, Actor: a, Form: actor.Name})
		for i+1 < len(raw) && raw[i+1].Start < end {
			i++ // matches inside the body's name ("Commission on ... Freedom")
		}
	}
	return out
}

// trimMatches drops a preposition that ends a dictionary match: the
// Phoenix agents carry patterns such as "embassy in" whose preposition
// belongs to the phrase that follows ("the US Embassy in Iraq" is the US's).
func trimMatches(s *sentence, raw []actor.Match) []actor.Match {
	for i := range raw {
		for raw[i].End-raw[i].Start > 1 && prepositions[s.term(raw[i].End-1)] {
			raw[i].End--
		}
	}
	return raw
}

// orgKinds maps the head lists of organisation names to the kind and
// sector of the actor they make.
var orgKinds = []struct{ list, kind, sector string }{
	{"org_heads_opposition", actor.Rebels, "OPP"},
	{"org_heads_armed", actor.ArmedGroup, "UAF"},
	{"org_heads_ngo", actor.NGO, "NGO"},
}

// unknownOrgs adds matches for organisations the dictionary does not know
// but whose name says what they are: capitalised words ending in a head
// such as Party, Front or Movement ("Thai Raksa Chart Party", "the Civil
// Human Rights Front"). The organisation belongs to the country a country
// word in its name names, else to the country the story is about; later
// mentions of the same name are the same organisation.
func (x *Extractor) unknownOrgs(s *sentence, ds *docState, raw []actor.Match) []actor.Match {
	owner := make([]int, len(s.toks))
	for i := range owner {
		owner[i] = -1
	}
	for k, m := range raw {
		for i := m.Start; i < m.End; i++ {
			owner[i] = k
		}
	}
	capWord := func(i int) bool { return s.toks[i].Kind == text.Word && s.capitalised(i) }
	var add []actor.Match
	drop := map[int]bool{}
	for h := 1; h < len(s.toks); h++ {
		if owner[h] >= 0 || !capWord(h) {
			continue
		}
		kind, sector := "", ""
		for _, ok := range orgKinds {
			if x.lists.Has(ok.list, s.term(h)) {
				kind, sector = ok.kind, ok.sector
			}
		}
		body := false // a state's body named without its state: see below
		if kind == "" {
			for _, sec := range orgSectors {
				if kind == "" && x.lists.Has("org_"+sec, s.term(h)) {
					kind, sector, body = actor.State, sec, true
				}
			}
		}
		if kind == "" {
			continue
		}
		start := h
		for k := h - 1; k >= 0 && h-k <= 6; k-- {
			if capWord(k) && (owner[k] < 0 || raw[owner[k]].Form == actor.Adjective || raw[owner[k]].Form == actor.Name && raw[owner[k]].Actor.Kind == actor.State) {
				start = k
				continue
			}
			if (s.term(k) == "of" || s.term(k) == "for" || s.term(k) == "and") && k > 0 && capWord(k-1) {
				continue
			}
			break
		}
		if s.term(start) == "the" {
			start++ // "The Civil Human Rights Front" opening a sentence
		}
		if start == h || s.term(start) == "of" || s.term(start) == "for" {
			continue // one word ("Party") or a phrase, not a name
		}
		if body {
			// "the National Telecommunications Commission": the story's state.
			if !x.lists.Has("national_words", s.term(start)) || owner[start] >= 0 {
				continue
			}
			if c := ds.storyCountry(s.index); c != "" {
				a := &actor.Actor{ID: c + sector, Name: s.src[s.toks[start].Start:s.toks[h].End], Kind: actor.State, Country: c, Sector: sector}
				add = append(add, actor.Match{Start: start, End: h + 1, Actor: a, Form: actor.Name})
			}
			continue
		}
		country := ""
		for k := start; k < h; k++ {
			if o := owner[k]; o >= 0 && raw[o].Actor.Country != "" {
				country = raw[o].Actor.Country
				drop[o] = true
			}
		}
		for k := start; k < h; k++ {
			if x.lists.Has("ngo_name_words", s.term(k)) && !x.lists.Has("org_heads_political", s.term(h)) {
				kind, sector = actor.NGO, "NGO" // "the Tunisian League for the Defence of Human Rights"
			}
		}
		key := runKey(s, start, h+1)
		a := ds.persons[key]
		if a == nil {
			if country == "" {
				country = ds.storyCountry(s.index)
			}
			a = &actor.Actor{ID: "ORG_" + strings.ToUpper(strings.ReplaceAll(key, " ", "_")), Name: s.src[s.toks[start].Start:s.toks[h].End],
				Kind: kind, Country: country, Sector: sector}
			ds.persons[key] = a
		}
		add = append(add, actor.Match{Start: start, End: h + 1, Actor: a, Form: actor.Name})
	}
	add = append(add, x.companies(s, ds, owner)...)
	if len(add) == 0 {
		return raw
	}
	var out []actor.Match
	for k, m := range raw {
		if !drop[k] {
			out = append(out, m)
		}
	}
	out = append(out, add...)
	sort.SliceStable(out, func(a, b int) bool { return out[a].Start < out[b].Start })
	return out
}
