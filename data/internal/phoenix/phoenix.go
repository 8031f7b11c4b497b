// Package phoenix converts the Phoenix (PETRARCH/TABARI) actor and agent
// dictionaries into actorgraph's actor dictionary format. It is used by
// data/gen.go to generate data/actors_phoenix.txt and by this package's
// test, which checks that regenerating leaves the committed file unchanged.
//
// What is converted: persons with their dated roles (from all three actor
// files), international and non-governmental organisations, militant and
// non-state groups, and agents. Country entries are left out (the curated
// data/actors.txt has the states), and so are companies and entries
// without a code. Junk is filtered: names with stray characters, very short
// names, single common words; a person's one-word names become surnames.
package phoenix

import (
	"bufio"
	"bytes"
	"fmt"
	"regexp"
	"sort"
	"strings"
)

// Files are the Phoenix files, by base name, as Convert reads them.
var Files = []string{
	"Phoenix.Countries.actors.txt",
	"Phoenix.International.actors.txt",
	"Phoenix.MilNonState.actors.txt",
	"Phoenix.agents.txt",
}

// entry is one Phoenix actor entry: a primary name, synonyms and codes.
type entry struct {
	file  string
	names []string
	codes []code
}

type code struct {
	code     string // USAGOVLEG
	from, to string // YYYY-MM-DD or ""
	dated    bool
	bad      bool // garbled date
}

// parseActors reads a Phoenix .actors file.
func parseActors(file string, src []byte) []*entry {
	var out []*entry
	var cur *entry
	sc := bufio.NewScanner(bytes.NewReader(src))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		if strings.TrimSpace(line) == "" {
			continue
		}
		first := line[0]
		body := strings.TrimSpace(line)
		name, codes := body, ""
		if i := strings.IndexByte(body, '['); i >= 0 {
			name, codes = strings.TrimSpace(body[:i]), body[i:]
		}
		switch {
		case first == '+':
			if cur != nil {
				cur.names = append(cur.names, strings.TrimSpace(name[1:]))
			}
		case first == ' ' || first == '\t' || first == '[':
			// codes of the current entry
		default:
			cur = &entry{file: file, names: []string{name}}
			out = append(out, cur)
		}
		if cur != nil && codes != "" {
			cur.codes = append(cur.codes, parseCodes(codes)...)
		}
	}
	return out
}

var codeRE = regexp.MustCompile(`\[([~A-Z-]*)\s*([^\]]*)\]`)

func parseCodes(s string) []code {
	var out []code
	for _, m := range codeRE.FindAllStringSubmatch(s, -1) {
		c := code{code: m[1]}
		d := strings.TrimSpace(m[2])
		switch {
		case d == "":
		case strings.HasPrefix(d, ">"):
			c.from, c.bad = date(d[1:])
			c.dated = true
		case strings.HasPrefix(d, "<"):
			c.to, c.bad = date(d[1:])
			c.dated = true
		default:
			a, b, ok := strings.Cut(d, "-")
			var bad1, bad2 bool
			c.from, bad1 = date(a)
			c.to, bad2 = date(b)
			c.bad = !ok || bad1 || bad2 || c.to < c.from
			c.dated = true
		}
		out = append(out, c)
	}
	return out
}

// date converts YYMMDD (pivot: 00-29 are 20xx) or YYYYMMDD to YYYY-MM-DD;
// bad reports a garbled date.
func date(s string) (string, bool) {
	s = strings.TrimSpace(s)
	switch len(s) {
	case 6:
		y := "19"
		if s[:2] < "30" {
			y = "20"
		}
		s = y + s
	case 8:
	default:
		return "", true
	}
	for i := 0; i < 8; i++ {
		if s[i] < '0' || s[i] > '9' {
			return "", true
		}
	}
	if s[4:6] < "01" || s[4:6] > "12" || s[6:8] < "01" || s[6:8] > "31" {
		return "", true
	}
	return s[:4] + "-" + s[4:6] + "-" + s[6:8], false
}

// actor is an output record.
type actor struct {
	id, kind, name, country, sector string
	agent                           bool
	aliases, surnames               []string
	roles                           []string
	seen                            map[string]bool
}

func (a *actor) add(list *[]string, s string) {
	k := strings.ToLower(s)
	if s == "" || a.seen[k] {
		return
	}
	a.seen[k] = true
	*list = append(*list, s)
}

// Convert converts the Phoenix files (contents by base name, see Files)
// into the text of data/actors_phoenix.txt.
func Convert(files map[string][]byte) ([]byte, error) {
	for _, f := range Files {
		if files[f] == nil {
			return nil, fmt.Errorf("phoenix: missing %s", f)
		}
	}
	c := converter{actors: map[string]*actor{}}
	for _, f := range Files[:3] {
		for _, e := range parseActors(f, files[f]) {
			c.entry(e)
		}
	}
	c.agents(files["Phoenix.agents.txt"])
	return c.write(), nil
}

type converter struct {
	actors map[string]*actor
	counts struct{ persons, orgs, groups, agents int }
}

func (c *converter) get(id string, init func(*actor)) *actor {
	a := c.actors[id]
	if a == nil {
		a = &actor{id: id, seen: map[string]bool{}}
		init(a)
		c.actors[id] = a
	}
	return a
}

func (c *converter) entry(e *entry) {
	if len(e.codes) == 0 {
		return
	}
	first := e.codes[0].code
	name, _ := cleanParen(e.names[0])
	if name == "" {
		return
	}
	var dated bool
	for _, k := range e.codes {
		dated = dated || k.dated
	}
	switch {
	case len(first) < 3 || first[0] == '~' || first == "---":
		return
	case e.file == "Phoenix.Countries.actors.txt":
		if dated && isPersonName(name) {
			c.person(e)
		}
	case strings.HasPrefix(first, "MNC"):
		return
	case e.file == "Phoenix.International.actors.txt" && !orgName(name) && (dated || isPersonName(name)):
		c.person(e)
	case strings.HasPrefix(first, "IGO") || strings.HasPrefix(first, "NGO"):
		c.org(e)
	case e.file == "Phoenix.MilNonState.actors.txt":
		c.group(e)
	}
}

func (c *converter) person(e *entry) {
	n0, _ := cleanParen(e.names[0])
	name := display(n0, true)
	id := ident(name)
	a := c.get(id, func(a *actor) { a.kind, a.name = "person", name; c.counts.persons++ })
	if a.kind != "person" {
		return
	}
	for _, n := range e.names {
		n = clean(n)
		if n == "" {
			continue
		}
		if len(strings.Fields(n)) == 1 {
			if len(n) >= 4 && !common[strings.ToLower(n)] {
				a.add(&a.surnames, display(n, true))
			}
			continue
		}
		a.add(&a.aliases, display(n, true))
	}
	for _, k := range e.codes {
		if k.bad || len(k.code) < 3 || k.code == "---" {
			continue
		}
		aff, sector := affiliation(k.code)
		if aff == "" {
			continue
		}
		r := fmt.Sprintf("%s %s %s %s", aff, dash(sector), dash(k.from), dash(k.to))
		a.add(&a.roles, r)
		if iso[aff] {
			a.country = aff
		}
	}
}

func (c *converter) org(e *entry) {
	k := e.codes[0].code
	kind := "igo"
	if strings.HasPrefix(k, "NGO") {
		kind = "ngo"
	}
	id := ""
	if cur, ok := curated[k]; ok {
		id = cur
	}
	n0, _ := cleanParen(e.names[0])
	name := display(n0, false)
	if id == "" {
		id = ident(name)
	}
	a := c.get(id, func(a *actor) {
		if _, ok := curatedIDs[id]; !ok {
			a.kind, a.name = kind, name
			if kind == "ngo" && len(k) >= 6 && iso[k[3:6]] {
				a.country = k[3:6]
			}
		}
		c.counts.orgs++
	})
	c.names(a, e.names)
}

func (c *converter) group(e *entry) {
	k := e.codes[0].code
	n0, _ := cleanParen(e.names[0])
	name := display(n0, false)
	id := ident(name)
	a := c.get(id, func(a *actor) {
		a.kind, a.name, a.sector = "armed_group", name, "REB"
		if len(k) >= 6 && iso[k[:3]] {
			a.country = k[:3]
			if strings.HasSuffix(k, "REB") {
				a.kind = "rebels"
			}
		}
		c.counts.groups++
	})
	c.names(a, e.names)
}

// names adds an organisation's names: acronyms in parentheses become
// aliases of their own. A single word is kept only as the record's primary
// name, as an acronym given in parentheses, or when it has at most four
// letters (ETA, FARC): Phoenix writes everything in capitals and lists
// translations as names ("SHAHIN" is also "FALCON", "GAZTERIAK" "YOUTH"),
// which would make common words actors.
func (c *converter) names(a *actor, names []string) {
	primary := true
	for _, raw := range names {
		for _, part := range strings.Split(raw, "+") {
			n, acr := cleanParen(part)
			for _, s := range []string{n, acr} {
				if s == "" {
					continue
				}
				first := primary
				primary = false
				if len(strings.Fields(s)) == 1 {
					if len(s) < 3 || common[strings.ToLower(s)] || len(s) > 6 && !isUpperWord(s) {
						continue
					}
					if !first && s != acr && len(s) > 4 {
						continue
					}
					if isUpperWord(s) && len(s) <= 6 {
						a.add(&a.aliases, s)
						continue
					}
				}
				a.add(&a.aliases, display(s, false))
			}
		}
	}
}

func isUpperWord(s string) bool {
	for _, r := range s {
		if !(r >= 'A' && r <= 'Z' || r == '.' || r == '-' || r >= '0' && r <= '9') {
			return false
		}
	}
	return true
}

// affiliation splits a Phoenix code into an actor id and a sector: the
// first three letters are a country (USAGOVLEG: USA) or IGO/NGO with the
// organisation's code after them (IGOUNOKID: UN, mapped to the curated ids);
// the last three letters are the sector.
func affiliation(k string) (aff, sector string) {
	k = strings.TrimPrefix(k, "~")
	if len(k) < 3 {
		return "", ""
	}
	if iso[k[:3]] {
		if len(k) >= 6 {
			sector = k[len(k)-3:]
		}
		return k[:3], sector
	}
	if strings.HasPrefix(k, "IGO") || strings.HasPrefix(k, "NGO") {
		for n := len(k); n >= 6; n -= 3 {
			if id, ok := curated[k[:n]]; ok {
				if n < len(k) && sectors[k[len(k)-3:]] {
					sector = k[len(k)-3:]
				}
				return id, sector
			}
		}
	}
	return "", ""
}

func (c *converter) agents(src []byte) {
	subst := map[string][]string{}
	sc := bufio.NewScanner(bytes.NewReader(src))
	for sc.Scan() {
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if strings.HasPrefix(line, "!") && strings.Contains(line, "=") {
			k, v, _ := strings.Cut(line, "=")
			for _, w := range strings.Split(v, ",") {
				subst[strings.TrimSpace(k)] = append(subst[strings.TrimSpace(k)], strings.TrimSpace(w))
			}
			continue
		}
		i := strings.Index(line, "[~")
		if i < 0 {
			continue
		}
		j := strings.IndexByte(line[i:], ']')
		if j < 0 {
			continue
		}
		k := line[i+2 : i+j]
		if len(k) < 3 {
			continue
		}
		k = k[:3]
		id := k
		if iso[k] { // MUS (Muslim) is also Mauritius
			id = "AGENT_" + k
		}
		word := strings.TrimSpace(strings.ReplaceAll(line[:i], "{}", ""))
		forms := []string{word}
		for name, repl := range subst {
			if strings.Contains(word, name) {
				forms = nil
				for _, r := range repl {
					forms = append(forms, strings.ReplaceAll(word, name, r))
				}
			}
		}
		a := c.get(id, func(a *actor) {
			a.agent, a.sector = true, k
			if k == "REB" {
				a.kind = "rebels"
			}
			c.counts.agents++
		})
		for _, f := range forms {
			f = clean(f)
			if f == "" || strings.ContainsAny(f, "!{}") || agentStop[strings.ToLower(f)] {
				continue
			}
			a.add(&a.aliases, strings.ToLower(f))
			if !strings.HasSuffix(f, "S") || strings.HasSuffix(f, "SS") {
				a.add(&a.aliases, strings.ToLower(plural(f)))
			}
		}
	}
}

// plural returns the regular plural of a name's last word.
func plural(s string) string {
	switch {
	case strings.HasSuffix(s, "MAN"):
		return s[:len(s)-3] + "MEN"
	case strings.HasSuffix(s, "Y") && len(s) > 1 && !strings.ContainsRune("AEIOU", rune(s[len(s)-2])):
		return s[:len(s)-1] + "IES"
	case strings.HasSuffix(s, "S") || strings.HasSuffix(s, "X") || strings.HasSuffix(s, "CH") || strings.HasSuffix(s, "SH"):
		return s + "ES"
	}
	return s + "S"
}

var (
	badChars = regexp.MustCompile(`[^A-Za-z0-9 .'&,-]`)
	parenRE  = regexp.MustCompile(`\(([^)]*)\)`)
	spaces   = regexp.MustCompile(`\s+`)
)

// clean turns a Phoenix name (underscores for spaces, a trailing _) into
// words; it returns "" for a garbled name.
func clean(s string) string {
	s = strings.ReplaceAll(s, "_", " ")
	s = strings.TrimSpace(spaces.ReplaceAllString(s, " "))
	s = strings.Trim(s, " ,-")
	if badChars.MatchString(s) || len(strings.Map(letterOnly, s)) < 3 || strings.Contains(s, "..") {
		return ""
	}
	return s
}

func letterOnly(r rune) rune {
	if r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' {
		return r
	}
	return -1
}

// cleanParen splits "NAME (ACR)" into the cleaned name and the acronym.
func cleanParen(s string) (name, acr string) {
	s = strings.ReplaceAll(s, "_", " ")
	if m := parenRE.FindStringSubmatch(s); m != nil {
		s = parenRE.ReplaceAllString(s, " ")
		acr = clean(m[1])
		if !isUpperWord(acr) || len(acr) < 3 {
			acr = ""
		}
	}
	return clean(s), acr
}

// display title-cases an upper-case Phoenix name: "BASHAR AL-ASSAD" →
// "Bashar al-Assad", and drops a leading "the". Words with dots, and in
// organisation names words of up to 3 letters or without vowels that are
// not common words,
// stay upper case (U.N., UN Mission).
func display(s string, person bool) string {
	words := strings.Fields(s)
	if len(words) > 1 && strings.EqualFold(words[0], "the") {
		words = words[1:]
	}
	for i, w := range words {
		lw := strings.ToLower(w)
		switch {
		case i > 0 && lower[lw]:
			words[i] = lw
		case strings.Contains(w, ".") || !person && (len(w) <= 3 || len(w) <= 5 && !strings.ContainsAny(w, "AEIOUY")) && !common[lw] && !lower[lw]:
			words[i] = w
		default:
			words[i] = titleWord(lw)
		}
	}
	return strings.Join(words, " ")
}

func titleWord(w string) string {
	b := []byte(w)
	up := true
	for i, c := range b {
		if up && c >= 'a' && c <= 'z' {
			b[i] = c - 'a' + 'A'
		}
		up = c == '-' || c == '\''
	}
	s := string(b)
	for _, p := range []string{"Al-", "El-", "Ad-", "As-", "Ash-", "Ar-", "Az-", "An-", "At-", "Ath-", "Ul-"} {
		if strings.HasPrefix(s, p) {
			return strings.ToLower(p[:1]) + s[1:]
		}
	}
	return s
}

// ident makes an actor id from a display name: upper case, '_' for spaces.
func ident(name string) string {
	var b strings.Builder
	for _, r := range strings.ToUpper(name) {
		switch {
		case r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '.':
			b.WriteRune(r)
		case r == ' ':
			b.WriteByte('_')
		}
	}
	id := b.String()
	if len(id) > 60 {
		id = strings.TrimRight(id[:60], "_-.")
	}
	return id
}

func isPersonName(name string) bool {
	f := strings.Fields(name)
	if len(f) < 2 || len(f) > 6 || orgName(name) {
		return false
	}
	return true
}

func orgName(name string) bool {
	for _, w := range strings.Fields(strings.ToUpper(name)) {
		if orgWords[strings.Trim(w, ",.'")] {
			return true
		}
	}
	return false
}

func dash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func (c *converter) write() []byte {
	var b bytes.Buffer
	b.WriteString(header)
	fmt.Fprintf(&b, "# %d persons, %d organisations, %d armed and non-state groups, %d agent codes.\n",
		c.counts.persons, c.counts.orgs, c.counts.groups, c.counts.agents)
	ids := make([]string, 0, len(c.actors))
	for id := range c.actors {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		a := c.actors[id]
		if len(a.aliases)+len(a.surnames) == 0 {
			continue
		}
		b.WriteByte('\n')
		if a.agent {
			fmt.Fprintf(&b, "agent %s\n", a.id)
		} else {
			fmt.Fprintf(&b, "actor %s\n", a.id)
		}
		for _, kv := range [][2]string{{"kind", a.kind}, {"name", a.name}, {"country", a.country}, {"sector", a.sector}} {
			if kv[1] != "" {
				fmt.Fprintf(&b, "%s %s\n", kv[0], kv[1])
			}
		}
		writeList(&b, "alias", a.aliases)
		writeList(&b, "surname", a.surnames)
		for _, r := range a.roles {
			fmt.Fprintf(&b, "role %s\n", r)
		}
	}
	return b.Bytes()
}

// writeList writes names in lines of at most about 100 bytes.
func writeList(b *bytes.Buffer, key string, names []string) {
	for len(names) > 0 {
		n, size := 0, 0
		for n < len(names) && (n == 0 || size+len(names[n]) < 100) {
			size += len(names[n]) + 3
			n++
		}
		fmt.Fprintf(b, "%s %s\n", key, strings.Join(names[:n], " | "))
		names = names[n:]
	}
}

const header = `# GENERATED by data/gen.go from the Phoenix dictionaries in data/phoenix/
# (Phoenix.Countries.actors.txt, Phoenix.International.actors.txt,
# Phoenix.MilNonState.actors.txt, Phoenix.agents.txt: PETRARCH event coder,
# openeventdata/petrarch2 @ 676801c). DO NOT EDIT: run "go generate ./data".
#
# Licence: MIT, Copyright (c) 2014 Open Event Data Alliance; see
# data/phoenix/LICENSE and data/LICENSES.md.
#
# Format: see data/actors.txt or package extract/actor. The curated
# data/actors.txt is merged over this file and wins.
`
