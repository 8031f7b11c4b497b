package extract

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/event"
	"github.com/actorgraph/actorgraph/extract/actor"
	"github.com/actorgraph/actorgraph/extract/text"
)

// mention is an actor named in a sentence: tokens [start, end) of the
// sentence, resolved to the actor it stands for.
type mention struct {
	start, end int
	actor      Actor
	form       actor.Form
	possessive bool // "Russia's", "his": the owner of what follows
	locative   bool // a place in a location role: "in Moscow"
	adjective  bool // a bare country adjective that modifies a noun
	supporter  *mention
	also       []int // more actors this mention stands for: "the two countries"
}

// sectorNouns name a country's sector for display: "Syrian rebels".
var sectorNouns = map[string]string{
	"REB": "rebels", "OPP": "opposition", "GOV": "government", "MIL": "armed forces", "COP": "police",
	"LEG": "legislature", "JUD": "judiciary", "SEP": "separatists", "INS": "insurgents", "BUS": "business",
	"MED": "media", "CVL": "civilians", "EDU": "education", "HLH": "health", "REF": "refugees",
	"SPY": "intelligence", "UAF": "armed groups", "IGO": "", "ELI": "elites", "LAB": "labour",
	"CRM": "criminals", "AGR": "agriculture", "ENV": "environmentalists", "HRI": "human rights groups",
	"MOD": "moderates", "RAD": "radicals", "PTY": "party", "NGO": "NGOs", "JEW": "Jewish groups",
}

// docState carries what coreference needs across the sentences of one
// document.
type docState struct {
	date        string
	fullNames   map[string]bool         // person ids named in full so far
	persons     map[string]*actor.Actor // persons introduced by a title, by folded full name and surname
	companies   map[string]*actor.Actor // companies by the noun that introduced them: "network" → ABS-CBN
	named       map[string]int          // mentions of each country's actors so far, persons included
	leadRel     map[string]recentRel    // the first asserted relation of each type: the story's main events
	lastCompany *actor.Actor
	lastPerson  *Actor
	lastOrg     *Actor  // last state or organisation mentioned as an actor
	lastStates  []Actor // most recent distinct states, newest last
	lastGroup   *Actor  // last plural group with a sector ("the protesters", "police")
	lastGroupAt int     // the sentence that named it
	setting     []settingMention
	settingFreq map[string]int
	agentOf     map[string]string // agent head word → the country last named with it ("embassy" → USA)
	recent      []recentRel       // relations of the last sentences, for anaphora
	leads       []lead            // the actors the story's first sentences are about
}

type settingMention struct {
	sentence int
	country  string
	token    int // where in the sentence
}

func (ds *docState) noteActor(a Actor) {
	switch {
	case a.Kind == "person":
		c := a
		ds.lastPerson = &c
	case a.Kind == "state" || a.Kind == "igo" || a.Kind == "armed_group" || a.Kind == "rebels":
		// "its" refers to political actors, not to a newspaper or a firm.
		c := a
		ds.lastOrg = &c
	}
	// "the two countries", "both sides": states named through their
	// governments and forces, not through a news agency or a firm.
	if a.Country != "" && !event.Opposing(a.Sector) && !event.Private(a.Sector) && a.Kind != "ngo" && a.Kind != "group" {
		st := Actor{ID: a.Country, Country: a.Country, Kind: "state"}
		for i, s := range ds.lastStates {
			if s.ID == st.ID {
				ds.lastStates = append(ds.lastStates[:i], ds.lastStates[i+1:]...)
				break
			}
		}
		ds.lastStates = append(ds.lastStates, st)
		if len(ds.lastStates) > 4 {
			ds.lastStates = ds.lastStates[1:]
		}
	}
}

// settingCountry returns the country an unnamed agent ("the rebels", "the
// police", "protesters") most likely belongs to: the country the document
// has named most as a place or by its adjective so far, else one named so
// in this sentence or the three before.
func (ds *docState) settingCountry(sentence int) string {
	best, n := "", 0
	for c, k := range ds.settingFreq {
		if k > n || (k == n && c < best) {
			best, n = c, k
		}
	}
	if n >= 2 {
		return best
	}
	for back := 0; back <= 3; back++ {
		for i := len(ds.setting) - 1; i >= 0; i-- {
			if ds.setting[i].sentence == sentence-back {
				return ds.setting[i].country
			}
		}
	}
	return best
}

// bilateral reports whether a country adjective is joined by a hyphen to
// another country word: "U.S.-Mexican", "Russian-Ukrainian".
func bilateral(s *sentence, m mention) bool {
	joined := func(k int) bool {
		return k >= 0 && k < len(s.toks) && s.toks[k].Term == "-"
	}
	if m.start >= 2 && joined(m.start-1) && s.toks[m.start-1].End == s.toks[m.start].Start && s.capitalised(m.start-2) {
		return true
	}
	return m.end+1 < len(s.toks) && joined(m.end) && s.toks[m.end].Start == s.toks[m.end-1].End && s.capitalised(m.end+1)
}

// sentenceSetting is the country a sentence names as a place before token
// before, if it names exactly one there ("within the borders of Azerbaijan
// ... the separatist Republic"; not "the gunman ... to face charges in
// Mexico").
func (ds *docState) sentenceSetting(sentence, before int) string {
	c := ""
	for i := len(ds.setting) - 1; i >= 0 && ds.setting[i].sentence >= sentence; i-- {
		if ds.setting[i].sentence != sentence || ds.setting[i].token >= before {
			continue
		}
		if c != "" && c != ds.setting[i].country {
			return ""
		}
		c = ds.setting[i].country
	}
	return c
}

// storyCountry is the country a document is about: the one it names most
// so far.
func (ds *docState) storyCountry(sentence int) string {
	// The country the story names most so far, as a place or through its
	// actors, persons and officials included: a story about Trump and
	// Biden is an American one, however often it names Russia.
	best, n := "", 0
	for c, k := range ds.named {
		k += ds.settingFreq[c]
		if k > n || (k == n && c < best) {
			best, n = c, k
		}
	}
	return best
}

// item is a dictionary match kept for composition.
type item struct{ m actor.Match }

// sentence is one sentence prepared for relation finding.
type sentence struct {
	text.Sentence
	src    string // the document text
	toks   []text.Token
	ments  []mention
	owner  []int // token index → mention index, -1
	index  int
	extra  []mention   // second actors of group mentions, see mention.also
	trigAt map[int]int // head token of each relation trigger → its phrase length
}

func (s *sentence) term(i int) string {
	if i < 0 || i >= len(s.toks) {
		return ""
	}
	return s.toks[i].Term
}

func (s *sentence) surface(i int) string { return s.src[s.toks[i].Start:s.toks[i].End] }

func (s *sentence) capitalised(i int) bool {
	r, _ := utf8.DecodeRuneInString(s.surface(i))
	return unicode.IsUpper(r)
}

func (s *sentence) span(a, b int) *Span {
	st, en := s.toks[a].Start, s.toks[b-1].End
	return &Span{Text: s.src[st:en], Start: st, End: en}
}

// resolve turns a dictionary actor into the actor of the output contract,
// choosing a person's role by the document date.
func (x *Extractor) resolve(a *actor.Actor, date string) Actor {
	out := Actor{ID: a.ID, Name: a.Name, Kind: a.Kind, Country: a.Country, Sector: a.Sector}
	if a.Kind == actor.Person {
		if r, ok := a.RoleAt(date); ok {
			out.Role = r.Title
			out.Affiliation = r.Affiliation
			out.Sector = r.Sector
			if aff, ok := x.dict.Lookup(r.Affiliation); ok {
				out.Country = aff.Country
			} else if len(r.Affiliation) == 3 {
				out.Country = r.Affiliation
			}
		}
	}
	if a.Kind != actor.Person && len(a.Roles) > 0 {
		// A group that became a government (the Taliban from 2021-08-15,
		// HTS from 2024-12-08) is that state's government on later dates.
		if r, ok := a.RoleAt(date); ok && !event.Opposing(r.Sector) {
			if aff, ok := x.dict.Lookup(r.Affiliation); ok && aff.Kind == actor.State {
				out.Kind, out.Country, out.Sector, out.Role = actor.State, aff.Country, r.Sector, r.Title
			}
		}
	}
	if out.Kind == "" {
		out.Kind = actor.Group
	}
	return out
}

// compose builds the sentence's mentions from dictionary matches: titles
// merge into the person they name, a country plus an agent becomes that
// country's sector, unnamed rebels take the setting country, places in a
// location role are set apart.
func (x *Extractor) compose(s *sentence, ds *docState) {
	raw := x.titledPersons(s, ds, x.unknownOrgs(s, ds, x.stateBodies(s, trimMatches(s, x.matcher.Match(s.src, s.toks)))))
	s.owner = make([]int, len(s.toks))
	for i := range s.owner {
		s.owner[i] = -1
	}
	items := make([]item, 0, len(raw))
	for _, m := range raw {
		if m.Form == actor.Surname && !ds.fullNames[m.Actor.ID] {
			continue
		}
		if m.Actor.Kind == actor.Person && m.Form == actor.Name {
			ds.fullNames[m.Actor.ID] = true
		}
		items = append(items, item{m: m})
	}
	var out []mention
	for k := 0; k < len(items); k++ {
		m := items[k].m
		a := m.Actor
		if m.Start >= 2 && s.term(m.Start-1) == "-" && (s.term(m.Start-2) == "pro" || s.term(m.Start-2) == "anti") {
			// "pro-Russia rebels" in Ukraine are not Russia's rebels: the
			// prefix names an allegiance, not the country or an actor.
			continue
		}
		switch {
		case m.Form == actor.Adjective || (m.Form == actor.Name && a.Kind == actor.State):
			// Country + title words + person: the person. Country + agent:
			// the country's sector.
			if j, ok := x.personAfter(s, items, k); ok {
				p := items[j].m
				start := m.Start
				// "President of Ukraine Volodymyr Zelensky": the title too.
				if n := len(out); n > 0 && m.Start >= 2 && s.term(m.Start-1) == "of" && out[n-1].end == m.Start-1 && out[n-1].form == actor.Agent {
					start = out[n-1].start
					out = out[:n-1]
				}
				out = append(out, mention{start: start, end: p.End, actor: x.resolve(p.Actor, ds.date), form: actor.Name})
				k = j
				continue
			}
			if j, ok := agentAfter(s, items, k); ok {
				ag := items[j].m
				out = append(out, x.sectorMention(a.Country, ag.Actor, m.Start, ag.End))
				k = j
				continue
			}
			// "US and British activists": coordinated countries share the agent.
			if j, ok := coordinatedAgent(s, items, k); ok {
				ag := items[j].m
				for c := k; c < j; c++ {
					cm := items[c].m
					if cm.Actor.Country == "" || cm.Actor.Kind != actor.State {
						continue
					}
					end := cm.End
					if c == j-1 {
						end = ag.End
					}
					out = append(out, x.sectorMention(cm.Actor.Country, ag.Actor, cm.Start, end))
				}
				k = j
				continue
			}
		case m.Form == actor.Agent:
			// A title alone followed by a person: "President Vladimir Putin"
			// (not "on television Erdogan": an institution is no title).
			last := m.End - 1
			if j, ok := x.personAfter(s, items, k); ok && j == k+1 && (titleWords[s.toks[last].Term] || s.capitalised(last)) {
				p := items[j].m
				out = append(out, mention{start: m.Start, end: p.End, actor: x.resolve(p.Actor, ds.date), form: actor.Name})
				k = j
				continue
			}
		}
		if (a.Kind == actor.ArmedGroup || a.Kind == actor.Rebels || a.Kind == actor.IGO) && m.Form == actor.Name && k+1 < len(items) && items[k+1].m.Form == actor.Agent && items[k+1].m.Start == m.End {
			// "Islamic State militants", "UN troops": the organisation.
			out = append(out, mention{start: m.Start, end: items[k+1].m.End, actor: x.resolve(a, ds.date), form: m.Form})
			k++
			continue
		}
		out = append(out, mention{start: m.Start, end: m.End, actor: x.resolve(a, ds.date), form: m.Form})
		if a.Agent {
			out[len(out)-1].actor.ID = a.ID
		}
	}
	// Compounds: "US-led coalition", "Russian-backed forces", "rebel-held areas".
	out = x.compounds(s, ds, out)
	// Possessors: "Assad's forces" is the state's forces; "Russia's".
	var fin []mention
	for i := 0; i < len(out); i++ {
		m := out[i]
		if m.end < len(s.toks) && s.toks[m.end].Term == "'s" {
			m.possessive = true
			if i+1 < len(out) && out[i+1].form == actor.Agent && out[i+1].start <= m.end+6 && onlyModifiers(s, m.end+1, out[i+1].start) {
				owner := m.actor.Country
				ag := out[i+1]
				if owner != "" {
					nm := x.countryMention(owner, ag.actor.Sector, m.start, ag.end)
					nm.supporter = ag.supporter
					fin = append(fin, nm)
					i++
					continue
				}
			}
		}
		fin = append(fin, m)
	}
	out = fin
	// Places in a location role, bare adjectives, metonyms that are part of
	// another name ("Washington Post") or modify a noun ("Riyadh meeting").
	for i := range out {
		x.placeRole(s, &out[i], out)
		// "its application to the Congress" in a story about the
		// Philippines: their Congress, not the one the dictionary knows.
		m := &out[i]
		if m.form == actor.Name && m.actor.Sector == "LEG" && m.actor.Country != "" && ds.named[m.actor.Country] == 0 &&
			x.lists.Has("local_legislatures", runKey(s, m.start, m.end)) {
			if c := ds.storyCountry(s.index); c != "" && c != m.actor.Country {
				*m = x.countryMention(c, "LEG", m.start, m.end)
			}
		}
	}
	// "the Gulf of Mexico", "the Sea of Japan": a place named after a
	// country is neither the country nor where the story is.
	kept := out[:0]
	for _, m := range out {
		if m.start >= 2 && s.term(m.start-1) == "of" && s.capitalised(m.start-2) && x.lists.Has("geo_features", s.term(m.start-2)) {
			continue
		}
		kept = append(kept, m)
	}
	out = kept
	// Setting countries: states named as places or as adjectives of
	// something that is not an actor.
	// Every other mention of a country or its places counts too, for the
	// country a document is about ("Bombs kill 20 at cathedral in Mindanao,
	// Philippines").
	for _, m := range out {
		if m.actor.Country == "" || event.Opposing(m.actor.Sector) || event.Private(m.actor.Sector) {
			continue
		}
		// (Not one of two in "U.S.-Mexican border", "Russian-Ukrainian talks".)
		if m.actor.Kind == actor.State && (m.locative || m.adjective) && m.actor.Sector == "" && m.form != actor.Metonym && !bilateral(s, m) {
			ds.setting = append(ds.setting, settingMention{s.index, m.actor.Country, m.start})
			ds.settingFreq[m.actor.Country]++
		}
		ds.named[m.actor.Country]++
	}
	// "his Russian counterpart", "groups fighting Assad", "representatives
	// from Iran" (before pronouns: "... their government").
	out = x.tokenAgents(s, out)
	out = x.placedVictims(s, out)
	// Pronouns: his/her/its/their as possessors, he/she as persons.
	out = x.pronouns(s, ds, out)
	// Unnamed agents and groups take the setting country.
	out = x.agents(s, ds, out)
	// Extra actors of group mentions ("the two countries") go after the
	// others, outside the token map; a mention lists them in also.
	base := len(out)
	for i := range out {
		for k, a := range out[i].also {
			if a < 0 {
				out[i].also[k] = base + (-a - 1)
			}
		}
	}
	out = append(out, s.extra...)
	// Agents named with their country ("the US embassy"), for a later "the
	// embassy".
	for i := 0; i < base; i++ {
		if m := out[i]; m.end > m.start && m.actor.Country != "" && m.actor.Sector != "" && !event.Opposing(m.actor.Sector) && m.form != actor.Agent {
			ds.agentOf[s.term(m.end-1)] = m.actor.Country
		}
	}
	// The group a later "they" or "them" may refer to: the sentence's first
	// actor, most often its subject, if it is a group.
	for i := 0; i < base; i++ {
		m := out[i]
		if !m.usable() || m.end <= m.start {
			continue
		}
		sec := m.actor.Sector
		if (event.Opposing(sec) || event.Organ(sec) && sec != "GOV" || sec == "CVL") &&
			(pluralHead(s, m) || x.lists.Has("collective_agents", s.term(m.end-1))) {
			a := m.actor
			ds.lastGroup, ds.lastGroupAt = &a, s.index
		}
		break
	}
	for i := range out {
		m := &out[i]
		if i >= base {
			continue
		}
		for t := m.start; t < m.end; t++ {
			s.owner[t] = i
		}
		if m.actor.Mention == nil {
			m.actor.Mention = s.span(m.start, m.end)
		}
	}
	s.ments = out
}

// placeRole marks names used as places: after a locative preposition ("in
// Moscow"), as part of another proper name ("Washington Post"), or a city
// modifying an event noun ("the Riyadh meeting"); and bare country
// adjectives.
func (x *Extractor) placeRole(s *sentence, m *mention, all []mention) {
	if m.form == actor.Adjective && m.actor.Kind == actor.State {
		m.adjective = true
	}
	if m.form == actor.Place {
		m.locative = true // "Aleppo", "the Gaza Strip": where, never who
		return
	}
	if m.form != actor.Metonym && !(m.form == actor.Name && m.actor.Kind == actor.State) {
		return
	}
	if m.possessive && geoNouns[s.term(m.end+1)] {
		m.locative = true // "Syria's provinces", "Syria's biggest city"
	}
	if m.possessive && m.end+2 < len(s.toks) && geoNouns[s.term(m.end+2)] {
		m.locative = true
	}
	prev := s.term(m.start - 1)
	if prev == "the" {
		prev = s.term(m.start - 2)
	}
	// "permission to Russia to help": the infinitive's subject, not a
	// destination ("sent troops to Iraq to fight" is one).
	controlled := prev == "to" && m.end+1 < len(s.toks) && !startsMention(all, m.end+1) &&
		!determiners[s.term(m.end+1)] && s.controller(m)
	// "in response to the US airstrike": the attacker, not a destination.
	k := x.eventNounAfter(s, m.end)
	attacker := m.form == actor.Name && k >= 0 && x.attackerBefore(s, m, k)
	if locativePreps[prev] && !controlled && !attacker {
		m.locative = true
	}
	if m.form == actor.Name && k >= 0 && m.start > 0 && !attacker {
		// "for delayed Syria talks", "the Iran deal": inside a noun phrase
		// a name before an event noun says what it is about.
		p := s.term(m.start - 1)
		if determiners[p] || prepositions[p] || s.toks[m.start-1].Kind == text.Word && !s.capitalised(m.start-1) && !closedClassWord(p) && !verbish(p) || isPastTense(p) {
			m.locative = true
		}
	}
	if m.form != actor.Metonym || m.end >= len(s.toks) || m.end-m.start > 1 {
		return
	}
	nt := s.toks[m.end]
	if nt.Kind != text.Word {
		return
	}
	if s.capitalised(m.end) && !startsMention(all, m.end) {
		m.locative = true // part of another proper name
		return
	}
	if !s.capitalised(m.end) && (placeNouns[nt.Term] || x.isEventNoun(nt.Term)) {
		m.locative = true // "Riyadh meeting", "Kremlin talks"
	}
}

func closedClassWord(w string) bool {
	return auxiliaries[w] || negations[w] || relativizer[w] || subordinators[w] || w == "and" || w == "or" || w == "but"
}

// milNouns after a country adjective are its forces: "Russian positions".
var milNouns = grammar("military_nouns")

// voiceNouns are agents that speak or act for an organisation named after
// them: "a spokesman for the PMF".
var voiceNouns = grammar("voice_nouns")

// peopleNouns after a country adjective name its people (sector CVL).
var peopleNouns = grammar("people_nouns")

// placeNouns follow a city name that is a place, not an actor.
var placeNouns = grammar("place_nouns")

// geoNouns after a possessive make the owner a place: "Syria's provinces".
var geoNouns = grammar("geo_nouns")

// attackerBefore reports whether m before the event noun at k is its
// agent: "a United States military airstrike", "a US airstrike" (not "the
// Iraq war", "the Iran deal").
func (x *Extractor) attackerBefore(s *sentence, m *mention, k int) bool {
	e := x.lex.NounEntry(s.term(k))
	if e == nil || e.Type != "ASSAULT" {
		return false
	}
	// A state before an airstrike is who flies it: "the US airstrike".
	p := s.term(m.start - 1)
	return m.actor.Sector == "MIL" || p == "a" || p == "an" || e.Mode == "aerial"
}

// eventNounAfter returns the index of an event noun that follows at i,
// across up to two lower-case modifiers ("the Iran nuclear deal"), or -1.
func (x *Extractor) eventNounAfter(s *sentence, i int) int {
	for k := i; k < len(s.toks) && k < i+3; k++ {
		w := s.term(k)
		if x.isEventNoun(w) {
			return k
		}
		if s.toks[k].Kind != text.Word || s.capitalised(k) || closedClass(w) || verbish(w) || isVerbForm(w) {
			return -1 // "The US presented evidence": a verb, not a modifier
		}
	}
	return -1
}

// isEventNoun reports whether w is a noun trigger of the lexicon.
func (x *Extractor) isEventNoun(w string) bool { return x.lex.Noun(w) }

// tokenAgents finds agents the dictionary does not list as names:
// "his Russian counterpart" (that country's government) and unnamed groups
// that fight a state ("groups fighting Assad": that state's rebels).
func (x *Extractor) tokenAgents(s *sentence, ments []mention) []mention {
	var out []mention
	owned := ownedTokens(s, ments, func(*mention) bool { return true })
	for i := 0; i < len(ments); i++ {
		m := ments[i]
		if m.form == actor.Adjective && m.end < len(s.toks) && !owned[m.end] {
			if w := s.term(m.end); w == "counterpart" || w == "counterparts" {
				out = append(out, x.countryMention(m.actor.Country, "GOV", m.start, m.end+1))
				continue
			}
			// "Russian positions", "Iranian drones": the country's forces.
			if milNouns[s.term(m.end)] && m.actor.Kind == actor.State && !x.isEventNoun(s.term(m.end+1)) {
				out = append(out, x.countryMention(m.actor.Country, "MIL", m.start, m.end+1))
				continue
			}
			// "two Brazilian men", "Palestinian prisoners": the country's people.
			if e := m.end; m.actor.Kind != actor.State {
				// a group's adjective ("Houthi positions") stays the group
			} else if peopleNouns[s.term(e)] || e+1 < len(s.toks) && !owned[e+1] && peopleNouns[s.term(e+1)] && s.toks[e].Kind == text.Word && !closedClass(s.term(e)) {
				if !peopleNouns[s.term(e)] {
					e++
				}
				out = append(out, x.countryMention(m.actor.Country, "CVL", m.start, e+1))
				continue
			}
		}
		// "thousands of Iraqis": a counted people, not the state.
		if m.form == actor.Demonym && m.start > 0 && (s.toks[m.start-1].Kind == text.Number || numberWords[s.term(m.start-1)] ||
			s.term(m.start-1) == "of" && quantifiers[s.term(m.start-2)]) {
			out = append(out, x.countryMention(m.actor.Country, "CVL", m.start, m.end))
			continue
		}
		// "20 people in Gaza", "civilians in Tigray": a country's people.
		if m.actor.Kind == actor.State && m.start >= 2 && (s.term(m.start-1) == "in" || s.term(m.start-1) == "from") &&
			peopleNouns[s.term(m.start-2)] && !owned[m.start-2] && !(len(out) > 0 && out[len(out)-1].end > m.start-2) {
			// (Not "two British nationals in Kabul": their country is named.)
			out = append(out, x.countryMention(m.actor.Country, "CVL", m.start-2, m.end))
			continue
		}
		// "a spokesman for the PMF", "a commander of the Houthis": the
		// voice of an organisation speaks as the organisation.
		if m.form == actor.Agent && m.actor.Country == "" && i+1 < len(ments) && voiceNouns[s.term(m.end-1)] {
			n := ments[i+1]
			p := s.term(m.end)
			org := n.actor.Kind == actor.ArmedGroup || n.actor.Kind == actor.Rebels || n.actor.Kind == actor.IGO || n.actor.Kind == actor.NGO
			if (p == "for" || p == "of") && org && n.form == actor.Name && n.start > m.end && n.start <= m.end+2 && onlyModifiers(s, m.end+1, n.start) {
				om := n
				om.start = m.start
				om.actor.Mention = s.span(m.start, n.end)
				out = append(out, om)
				i++
				continue
			}
		}
		// "a court in Guyana", "dissidents from Myanmar", "the mayor of
		// Nablus": an unnamed agent placed in a country belongs to it.
		if m.form == actor.Agent && m.actor.Country == "" && i+1 < len(ments) && !possessivePronouns[s.term(m.start-1)] && s.term(m.start-1) != "'s" {
			// (Not "its ambassador from Niger": the owner says whose.)
			n := ments[i+1]
			p := s.term(m.end)
			// (Nor "an embassy in Iraq": a post abroad is its sender's.)
			posted := p == "in" && x.lists.Has("posted_agents", s.term(m.end-1))
			if (p == "in" || p == "of" || p == "from") && !posted && n.actor.Country != "" && n.actor.Kind == actor.State && n.start > m.end && n.start <= m.end+4 && onlyModifiers(s, m.end+1, n.start) {
				cm := x.countryMention(n.actor.Country, m.actor.Sector, m.start, n.end)
				cm.supporter = m.supporter
				out = append(out, cm)
				i++
				continue
			}
		}
		// "groups fighting Assad": the group noun precedes this mention.
		if m.actor.Country != "" && !event.Opposing(m.actor.Sector) && m.start >= 2 && fightParticiples[s.term(m.start-1)] && groupNouns[s.term(m.start-2)] {
			g := m.start - 2
			if !owned[g] {
				out = append(out, x.countryMention(m.actor.Country, "REB", g, g+1))
			} else if len(out) > 0 && out[len(out)-1].end == g+1 && out[len(out)-1].form == actor.Agent {
				last := &out[len(out)-1]
				*last = x.countryMention(m.actor.Country, "REB", last.start, last.end)
			}
		}
		out = append(out, m)
	}
	return out
}

// placedVictims reads the people of a place into an attack's victims:
// "Four children and a man were killed in Israeli tank shelling in the
// east of the Gaza Strip" (the people of Gaza), as "20 people in Gaza" is.
// Only unnamed people, only a subject of a victim verb, and only the first
// place in its clause.
func (x *Extractor) placedVictims(s *sentence, ments []mention) []mention {
	// Tokens of a named mention; an unplaced agent ("children") may be
	// replaced.
	owned := ownedTokens(s, ments, func(m *mention) bool { return !(m.form == actor.Agent && m.actor.Country == "") })
	var add []mention
	for k := 0; k < len(s.toks); k++ {
		if !peopleNouns[s.term(k)] || owned[k] {
			continue
		}
		// The verb group: "were killed", "have been wounded", "died", after
		// a coordinated "and a man".
		v := k + 1
		if s.term(v) == "and" && peopleNouns[s.term(v+2)] && !owned[v+2] {
			v += 3
		}
		for v < len(s.toks) && v <= k+6 && (beForms[s.term(v)] || auxiliaries[s.term(v)]) {
			v++
		}
		if !victimVerbs[s.term(v)] || v == k+1 && s.term(v) != "died" {
			continue
		}
		for j := v + 1; j < len(s.toks) && j < v+16; j++ {
			w := s.term(j)
			if clauseBreakers[w] || w == "," || relativizer[w] {
				break
			}
			var place *mention
			for mi := range ments {
				if ments[mi].start == j {
					place = &ments[mi]
				}
			}
			if place == nil {
				continue
			}
			if place.locative && place.actor.Country != "" && !place.adjective {
				add = append(add, x.countryMention(place.actor.Country, "CVL", k, k+1))
				break
			}
			j = place.end - 1 // the attacker: "in Israeli tank shelling"
		}
	}
	if len(add) == 0 {
		return ments
	}
	var out []mention
	for _, m := range ments {
		replaced := false
		for _, a := range add {
			replaced = replaced || m.start < a.end && a.start < m.end
		}
		if !replaced {
			out = append(out, m)
		}
	}
	out = append(out, add...)
	sort.SliceStable(out, func(a, b int) bool { return out[a].start < out[b].start })
	return out
}

// ownedTokens marks the tokens of the mentions that hold them.
func ownedTokens(s *sentence, ments []mention, holds func(*mention) bool) []bool {
	owned := make([]bool, len(s.toks))
	for i := range ments {
		for t := ments[i].start; t < ments[i].end; t++ {
			owned[t] = holds(&ments[i])
		}
	}
	return owned
}

func startsMention(ments []mention, i int) bool {
	for _, m := range ments {
		if m.start == i {
			return true
		}
	}
	return false
}

// verbish guesses that a lower-case word after a name is a verb, so that
// "Moscow wants" keeps Moscow an actor while "Riyadh meeting" does not.
func verbish(w string) bool {
	return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") &&
		!strings.HasSuffix(w, "talks") && !strings.HasSuffix(w, "ons")
}

// onlyModifiers reports whether tokens [a, b) are words that may stand
// between a possessor and its head: adjectives, "battle-weary", hyphens.
func onlyModifiers(s *sentence, a, b int) bool {
	for i := a; i < b; i++ {
		t := s.toks[i]
		if t.Kind == text.Punct && t.Term != "-" {
			return false
		}
		if prepositions[t.Term] || auxiliaries[t.Term] || t.Term == "and" {
			return false
		}
	}
	return true
}

// personAfter finds a person match that follows item k across title words
// only ("Russian Foreign Minister Sergei Lavrov", "US Syria envoy ...").
func (x *Extractor) personAfter(s *sentence, items []item, k int) (int, bool) {
	end := items[k].m.End
	for j := k + 1; j < len(items) && j <= k+4; j++ {
		m := items[j].m
		for t := end; t < m.Start; t++ {
			if !titleWords[s.toks[t].Term] && !(s.capitalised(t) && s.toks[t].Kind == text.Word) {
				return 0, false
			}
		}
		if m.Actor.Kind == actor.Person && (m.Form == actor.Name || m.Form == actor.Surname) {
			return j, true
		}
		if m.Form != actor.Agent && m.Form != actor.Adjective && m.Form != actor.Metonym && !(m.Form == actor.Name && m.Actor.Kind == actor.State) && m.Actor.Kind != actor.IGO {
			return 0, false
		}
		end = m.End
	}
	return 0, false
}

// agentAfter finds an agent match right after item k, allowing one
// modifier word ("Syrian opposition forces", "Iraqi security forces").
func agentAfter(s *sentence, items []item, k int) (int, bool) {
	if k+1 >= len(items) {
		return 0, false
	}
	m, n := items[k].m, items[k+1].m
	if n.Form != actor.Agent || n.Start-m.End > 1 {
		return 0, false
	}
	if n.Start == m.End+1 {
		// One modifier between a country adjective and the agent ("Iraqi
		// security forces"); none after a name, where a word is a verb
		// ("Azerbaijan massed troops").
		w := s.toks[m.End]
		if m.Form != actor.Adjective || w.Kind != text.Word || prepositions[w.Term] || auxiliaries[w.Term] || w.Term == "and" || verbish(w.Term) {
			return 0, false
		}
	}
	return k + 1, true
}

// coordinatedAgent finds "A and B AGENT" / "A, B and C AGENT" starting at
// item k, where the items before the agent are countries joined by commas
// and "and"; it returns the agent's item index.
func coordinatedAgent(s *sentence, items []item, k int) (int, bool) {
	j := k
	for j+1 < len(items) {
		m, n := items[j].m, items[j+1].m
		if n.Form == actor.Agent {
			if j > k && n.Start == m.End {
				return j + 1, true
			}
			return 0, false
		}
		if !(n.Form == actor.Adjective || n.Form == actor.Name && n.Actor.Kind == actor.State) || !coordGap(s, m.End, n.Start) {
			return 0, false
		}
		j++
	}
	return 0, false
}

// sectorMention is a country adjective or name with an agent: the
// country's sector, or the bare agent when the country is unknown.
func (x *Extractor) sectorMention(country string, agent *actor.Actor, start, end int) mention {
	if country == "" {
		return mention{start: start, end: end, actor: x.resolve(agent, ""), form: actor.Agent}
	}
	return x.countryMention(country, agent.Sector, start, end)
}

// countryMention is a mention of tokens [start, end) standing for a
// country's sector ("Syrian rebels", "his forces").
func (x *Extractor) countryMention(country, sector string, start, end int) mention {
	return mention{start: start, end: end, actor: x.countrySector(country, sector), form: actor.Name}
}

// countrySector is the actor "country's sector": RUS + MIL, SYR + REB.
func (x *Extractor) countrySector(country, sector string) Actor {
	name := country
	adj := ""
	if c, ok := x.dict.Lookup(country); ok {
		name = c.Name
		for _, al := range c.Aliases {
			if al.Form == actor.Adjective {
				adj = al.Text
				break
			}
		}
	}
	if sector == "" {
		return Actor{ID: country, Name: name, Kind: "state", Country: country}
	}
	// A government organ (GOV, MIL, COP, ...) is part of the state; rebels
	// and opposition are their own side.
	k := "state"
	if event.Opposing(sector) {
		k = "rebels"
	}
	noun := sectorNouns[sector]
	if noun == "" {
		noun = strings.ToLower(sector)
	}
	disp := name + " " + noun
	if adj != "" {
		disp = adj + " " + noun
	}
	return Actor{ID: country + sector, Name: disp, Kind: k, Country: country, Sector: sector}
}

// pronouns adds mentions for possessive and personal pronouns that refer
// to a person or a state named earlier.
func (x *Extractor) pronouns(s *sentence, ds *docState, ments []mention) []mention {
	var out []mention
	mi := 0
	for i := 0; i < len(s.toks); i++ {
		for mi < len(ments) && ments[mi].start <= i {
			if ments[mi].start == i {
				out = append(out, ments[mi])
				x.noteForCoref(ds, ments[mi])
				i = ments[mi].end - 1
				mi++
				goto next
			}
			out = append(out, ments[mi])
			mi++
		}
		{
			t := s.toks[i].Term
			var ref *Actor
			poss := false
			switch t {
			case "he", "him", "himself", "she", "her", "herself", "his":
				ref = ds.lastPerson
				poss = t == "his" || t == "her" && i+1 < len(s.toks) && s.toks[i+1].Kind == text.Word && !prepositions[s.toks[i+1].Term]
			case "two", "both":
				// "the two countries", "both sides": the last two states.
				if n := groupNounAt(s, i); n > 0 && len(ds.lastStates) >= 2 {
					a, b := ds.lastStates[len(ds.lastStates)-2], ds.lastStates[len(ds.lastStates)-1]
					out = s.pairMention(out, i, i+n, x.countryMention(a.Country, "", i, i+n), x.countryMention(b.Country, "", i, i+n))
					i += n - 1
					goto next
				}
			case "they", "them":
				// "Obama and Putin said they will attack Iraq": a subject
				// "they" before a verb group is both actors of the
				// coordination before it.
				if n := s.term(i + 1); t == "they" && (auxiliaries[n] || pastForm(n)) {
					if a, b, ok := lastCoordination(s, out); ok {
						out = s.pairMention(out, i, i+1, mention{actor: a.actor}, mention{actor: b.actor})
						goto next
					}
				}
				// "sent the police a plan, which they rejected": the nearest
				// group named before it in the sentence.
				// ("fired tear gas at them" is never the police who fired.)
				for k := len(out) - 1; k >= 0 && ref == nil && t == "they"; k-- {
					m := out[k]
					sec := m.actor.Sector
					if !m.possessive && !m.locative && m.end > m.start && (event.Opposing(sec) || event.Organ(sec) && sec != "GOV" || sec == "CVL") &&
						(pluralHead(s, m) || x.lists.Has("collective_agents", s.term(m.end-1))) {
						if m.form == actor.Agent {
							// Not yet given a country (see agents): the country
							// the agents step will give it.
							c := ds.agentOf[s.toks[m.end-1].Term]
							if c == "" {
								c = ds.storyCountry(s.index)
							}
							if c == "" {
								continue
							}
							out = append(out, x.countryMention(c, sec, i, i+1))
							goto next
						}
						a := m.actor
						ref = &a
					}
				}
				// "The protesters clashed with police. Police fired tear gas
				// at them": a group named in this or the last sentence.
				if g := ds.lastGroup; g != nil && s.index-ds.lastGroupAt <= 1 && ref == nil {
					ref = g
				}
			case "the":
				// "the network": the company a noun of its trade introduced.
				a := ds.companies[s.term(i+1)]
				if a == nil && ds.lastCompany != nil && (x.lists.Has("company_nouns_MED", s.term(i+1)) || x.lists.Has("company_nouns_BUS", s.term(i+1))) {
					a = ds.lastCompany // "broadcast corporation ABS-CBN" ... "the network"
				}
				if a != nil && !(i+2 < len(s.toks) && s.capitalised(i+2)) {
					m := mention{start: i + 1, end: i + 2, actor: x.resolve(a, ds.date), form: actor.Name, possessive: s.term(i+2) == "'s"}
					m.actor.Mention = s.span(i+1, i+2)
					for mi < len(ments) && ments[mi].start <= i+1 {
						mi++ // an agent reading of the noun ("network")
					}
					out = append(out, m)
					x.noteForCoref(ds, m)
					i++
					goto next
				}
			case "its":
				// "the NBA suspended its season": the organisation named
				// last in the sentence, else in the story.
				ref = ds.lastOrg
				for k := len(out) - 1; k >= 0; k-- {
					if m := out[k]; m.actor.ID != "" && m.actor.Kind != actor.Person && m.form != actor.Agent && !m.locative && !m.adjective && m.form != actor.Place {
						a := m.actor
						ref = &a
						break
					}
				}
				poss = true
			case "it":
				// "Israel announced it would free": a subject "it" before a
				// verb group refers to a state named earlier in the sentence.
				if n := s.term(i + 1); (auxiliaries[n] && n != "is" && n != "'s" || pastForm(n)) && len(out) > 0 {
					ref = ds.lastOrg
				}
				// "Israel said a mortar bomb was fired at it": the object of
				// an attack's preposition, a state of this sentence.
				if p := s.term(i - 1); (p == "at" || p == "on" || p == "against" || p == "into") && ds.lastOrg != nil && ds.lastOrg.Kind == actor.State {
					for _, o := range out {
						if o.actor.ID == ds.lastOrg.ID && !o.locative && !o.adjective {
							ref = ds.lastOrg
						}
					}
				}
			case "their":
				// "Chinese citizens have criticized their government": the
				// last actor of the sentence owns what follows.
				// Only a plural group ("Chinese citizens", "the Russians"):
				// a coordination ("Russia and Jordan ... their") is not one
				// actor, and a bare name is no plural.
				if len(out) > 0 {
					l := out[len(out)-1]
					plural := l.form == actor.Demonym || l.actor.Sector != "" && pluralHead(s, l)
					if plural && !l.locative && !l.adjective && l.actor.Country != "" {
						a := l.actor
						ref, poss = &a, true
					}
				} else if g := ds.lastGroup; g != nil && s.index-ds.lastGroupAt <= 2 {
					// "Their demands have included ...": the group the last
					// sentence was about.
					ref, poss = g, true
				}
			}
			if ref == nil {
				goto next
			}
			// "his Russian counterpart": the counterpart is the other
			// country's government; leave it to the agent rule.
			m := mention{start: i, end: i + 1, actor: *ref, form: actor.Name, possessive: poss}
			m.actor.Mention = s.span(i, i+1)
			// "Assad's forces" for "his forces".
			if poss && mi < len(ments) && ments[mi].form == actor.Agent && ments[mi].start <= i+3 && onlyModifiers(s, i+1, ments[mi].start) && ref.Country != "" {
				ag := ments[mi]
				m = x.countryMention(ref.Country, ag.actor.Sector, i, ag.end)
				mi++
				out = append(out, m)
				i = ag.end - 1
				goto next
			}
			out = append(out, m)
		}
	next:
	}
	for ; mi < len(ments); mi++ {
		out = append(out, ments[mi])
	}
	return out
}

// pairMention appends to out one mention at [start, end) that stands for
// two actors ("the two countries", "they"): a for the token map, b in
// s.extra, listed in a's also and resolved when mentions are final.
func (s *sentence) pairMention(out []mention, start, end int, a, b mention) []mention {
	a.start, a.end = start, end
	b.start, b.end = start, end
	a.actor.Mention = s.span(start, end)
	b.actor.Mention = a.actor.Mention
	s.extra = append(s.extra, b)
	a.also = []int{-len(s.extra)}
	return append(out, a)
}

// lastCoordination returns the last two mentions of out if they are
// joined by "and": "Obama and Putin".
func lastCoordination(s *sentence, out []mention) (a, b mention, ok bool) {
	if len(out) < 2 {
		return a, b, false
	}
	a, b = out[len(out)-2], out[len(out)-1]
	if a.end+1 != b.start || s.term(a.end) != "and" || a.adjective || b.adjective || a.locative || b.locative || a.possessive || b.possessive {
		return a, b, false
	}
	return a, b, true
}

// pluralHead reports whether a country-sector mention is headed by a plural
// noun: "Chinese citizens", "representatives from Iran".
func pluralHead(s *sentence, m mention) bool {
	for i := m.start; i < m.end; i++ {
		if w := s.term(i); s.toks[i].Kind == text.Word && !s.capitalised(i) && (len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") || irregularPlurals[w]) {
			return true
		}
	}
	return false
}

// groupNounAt returns the length of "two countries"/"both sides" at i
// ("the" before is left out), or 0.
func groupNounAt(s *sentence, i int) int {
	switch s.term(i + 1) {
	case "countries", "sides", "nations", "states", "governments", "leaders", "men", "neighbours", "neighbors", "allies", "powers":
		return 2
	}
	return 0
}

func (x *Extractor) noteForCoref(ds *docState, m mention) {
	if m.form == actor.Adjective || m.form == actor.Agent || m.locative || m.adjective {
		return
	}
	ds.noteActor(m.actor)
}

// agents resolves mentions of unnamed agents: "the rebels", "insurgents",
// "the regime", "his Russian counterpart", "groups fighting Assad".
func (x *Extractor) agents(s *sentence, ds *docState, ments []mention) []mention {
	var out []mention
	for i := 0; i < len(ments); i++ {
		m := ments[i]
		if m.form != actor.Agent {
			out = append(out, m)
			continue
		}
		head := s.toks[m.end-1].Term
		// "his Russian counterpart": adjective + counterpart = that country's government.
		if head == "counterpart" || head == "counterparts" {
			if len(out) > 0 && out[len(out)-1].form == actor.Adjective && out[len(out)-1].end == m.start {
				adj := out[len(out)-1]
				out[len(out)-1] = x.countryMention(adj.actor.Country, "GOV", adj.start, m.end)
			}
			continue
		}
		// "groups fighting Assad": rebels of the state they fight.
		if groupNouns[head] && m.end+1 < len(s.toks) && fightParticiples[s.toks[m.end].Term] && i+1 < len(ments) && ments[i+1].start <= m.end+2 {
			foe := ments[i+1]
			if foe.actor.Country != "" && !event.Opposing(foe.actor.Sector) {
				out = append(out, x.countryMention(foe.actor.Country, "REB", m.start, m.end))
				continue
			}
		}
		// "the Popular Mobilization Forces (PMF), an Iranian-backed
		// militia": an appositive agent is the organisation it describes.
		if h := appositionHead(s, out, m); h >= 0 {
			am := out[h]
			am.start, am.end = m.start, m.end
			am.supporter = m.supporter
			am.possessive, am.locative, am.adjective = false, false, false
			am.actor.Mention = s.span(m.start, m.end)
			out = append(out, am)
			continue
		}
		sec := m.actor.Sector
		// "The embassy declined the request" after "the US embassy": a
		// definite agent is the one of its kind the document named before.
		if c := ds.agentOf[head]; c != "" && m.start > 0 && x.lists.Has("definite", s.term(m.start-1)) {
			out = append(out, x.countryMention(c, sec, m.start, m.end))
			continue
		}
		surf := strings.ToLower(s.src[s.toks[m.start].Start:s.toks[m.end-1].End])
		// Rebels, the opposition, the police, the army, courts and
		// parliaments belong to the country the text is about; "officials"
		// or "the foreign minister" alone are too vague.
		generic := event.Opposing(sec) || event.Organ(sec) && sec != "GOV" || strings.Contains(surf, "regime") || strings.Contains(surf, "government")
		if !generic || m.start > 0 && x.lists.Has("foreign", s.term(m.start-1)) {
			continue // "foreign forces" are not the country's own
		}
		if m.end-m.start == 1 && m.end < len(s.toks) && x.lists.Has("agent_modifiers", s.term(m.start)) &&
			s.toks[m.end].Kind == text.Word && !s.capitalised(m.end) && !closedClass(s.term(m.end)) && !verbish(s.term(m.end)) {
			continue // "military cooperation", "army officers": a modifier, not the army
		}
		// A place named in the same sentence first: "within the borders of
		// Azerbaijan ... the separatist Republic of Artsakh".
		c := ds.sentenceSetting(s.index, m.start)
		if c == "" {
			c = ds.settingCountry(s.index)
		}
		if m.supporter != nil && m.supporter.actor.Country != "" && c == "" {
			c = m.supporter.actor.Country // "an Iranian-backed militia", no other clue
		}
		if c == "" {
			continue
		}
		cm := x.countryMention(c, sec, m.start, m.end)
		cm.supporter = m.supporter
		out = append(out, cm)
	}
	return out
}

// appositionHead returns the index in out of the named organisation an
// agent stands in apposition to (", an Iranian-backed militia"), or -1.
func appositionHead(s *sentence, out []mention, m mention) int {
	i := m.start - 1
	for i >= 0 && m.start-i <= 5 && (s.toks[i].Kind == text.Word && !closedClass(s.term(i)) || s.term(i) == "-") {
		i-- // modifiers: "Iranian-backed", "powerful"
	}
	if s.term(i) != "a" && s.term(i) != "an" || s.term(i-1) != "," {
		return -1
	}
	e := i - 1 // the comma
	if s.term(e-1) == ")" {
		for k := e - 2; k >= 0 && k >= e-6; k-- {
			if s.term(k) == "(" {
				e = k
				break
			}
		}
	}
	for h := len(out) - 1; h >= 0; h-- {
		o := out[h]
		if o.end > e {
			continue
		}
		if o.end == e && o.usable() && !o.possessive {
			switch o.actor.Kind {
			case actor.ArmedGroup, actor.Rebels, actor.IGO, actor.NGO, actor.Group:
				return h
			}
		}
		return -1
	}
	return -1
}

// compounds handles NAME-PARTICIPLE compounds: "US-led coalition" is the
// US; "Russian-backed forces" are forces the Russians back; "rebel-held
// areas" stand for the rebels.
func (x *Extractor) compounds(s *sentence, ds *docState, ments []mention) []mention {
	var out []mention
	for i := 0; i < len(ments); i++ {
		m := ments[i]
		e := m.end
		if e+1 < len(s.toks) && s.toks[e].Term == "-" && s.toks[e].Start == s.toks[e-1].End {
			p := s.toks[e+1].Term
			switch {
			case compoundLead[p]:
				// Extend over the head noun: "US-led coalition".
				end := e + 2
				for end < len(s.toks) && end < e+4 && s.toks[end].Kind == text.Word && !prepositions[s.toks[end].Term] && !auxiliaries[s.toks[end].Term] && (i+1 >= len(ments) || ments[i+1].start > end) {
					end++
					if isNounHead(s.toks[end-1].Term) {
						break
					}
				}
				c := m
				c.end = end
				c.form = actor.Name
				c.adjective = false
				c.locative = false
				if c.actor.Country != "" && c.actor.Kind == actor.State {
					c.actor = x.countrySector(c.actor.Country, "")
				}
				c.actor.Mention = s.span(c.start, c.end)
				out = append(out, c)
				continue
			case compoundSupport[p]:
				// The supported head follows: a mention within 2 tokens.
				if i+1 < len(ments) && ments[i+1].start <= e+3 {
					sup := m
					sup.adjective = false
					sup.locative = false
					if sup.actor.Country != "" && sup.actor.Kind == actor.State {
						sup.actor = x.countrySector(sup.actor.Country, "")
					}
					sup.actor.Mention = s.span(m.start, e+2)
					n := ments[i+1]
					n.supporter = &sup
					out = append(out, n)
					i++
					continue
				}
				// "Assad's Russian-backed forces": the head was merged before
				// the compound; attach to the previous mention.
				if len(out) > 0 && out[len(out)-1].end >= m.start-1 {
					sup := m
					sup.adjective = false
					if sup.actor.Country != "" {
						sup.actor = x.countrySector(sup.actor.Country, "")
					}
					sup.actor.Mention = s.span(m.start, e+2)
					out[len(out)-1].supporter = &sup
					continue
				}
			case compoundHeld[p]:
				// "rebel-held areas", "a government-held part": the place
				// stands for its holder; an unnamed holder gets its country
				// later, with the other unnamed agents.
				c := m
				c.adjective = false
				c.locative = false
				c.end = e + 2
				if c.form != actor.Agent {
					c.form = actor.Name
				}
				c.actor.Mention = s.span(c.start, c.end)
				out = append(out, c)
				continue
			}
		}
		out = append(out, m)
	}
	return out
}

func isNounHead(w string) bool {
	switch w {
	case "coalition", "alliance", "forces", "force", "mission", "operation", "operations", "campaign", "troops", "government", "administration", "bloc":
		return true
	}
	return false
}
