package actor

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/actorgraph/actorgraph/extract/text"
)

// ErrSyntax is wrapped by every parse error.
var ErrSyntax = errors.New("actor: syntax error")

// Error is a parse error at a line of a dictionary file.
type Error struct {
	File string
	Line int
	Msg  string
}

func (e *Error) Error() string { return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg) }

func (e *Error) Unwrap() error { return ErrSyntax }

// ErrorList is the list of errors of one parse, in line order.
type ErrorList []*Error

func (l ErrorList) Error() string {
	switch len(l) {
	case 0:
		return "no errors"
	case 1:
		return l[0].Error()
	}
	var b strings.Builder
	for i, e := range l {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(e.Error())
	}
	return b.String()
}

// Err returns nil for an empty list, else the list.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}

// Unwrap returns the errors of the list, for errors.Is and errors.As.
func (l ErrorList) Unwrap() []error {
	out := make([]error, len(l))
	for i, e := range l {
		out[i] = e
	}
	return out
}

// maxErrors bounds the errors collected from one file.
const maxErrors = 100

// record is an actor as parsed, with what it sets (for merging).
type record struct {
	Actor
	removed []Alias // "-" aliases: remove from the merged actor
	set     fields
}

type fields struct{ name, kind, country, sector, roles bool }

// Parse reads a dictionary file (format in the package documentation).
// filename is used in error messages. It returns all errors found, as an
// ErrorList, and no dictionary if there are any.
func Parse(r io.Reader, filename string) (*Dictionary, error) {
	hint := 64
	if l, ok := r.(interface{ Len() int }); ok {
		hint = l.Len()/150 + 1 // about 150 bytes a record
	}
	p := parser{file: filename, ids: make(map[string]int, hint), recs: make([]*record, 0, hint)}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for sc.Scan() {
		p.line++
		line := sc.Text()
		if p.line == 1 {
			line = strings.TrimPrefix(line, "\uFEFF") // a byte-order mark from a Windows editor
		}
		p.parseLine(line)
		if len(p.errs) >= maxErrors {
			p.errorf("too many errors")
			break
		}
	}
	if err := sc.Err(); err != nil {
		p.errs = append(p.errs, &Error{File: filename, Line: p.line + 1, Msg: err.Error()})
	}
	if err := p.errs.Err(); err != nil {
		return nil, err
	}
	d := newDictionary(len(p.recs))
	for _, rec := range p.recs {
		d.put(rec)
	}
	d.files = 1
	return d, nil
}

type parser struct {
	file string
	line int
	cur  *record
	skip bool // the current record's header was rejected
	recs []*record
	ids  map[string]int // id → line of its record
	errs ErrorList
}

func (p *parser) errorf(format string, args ...any) {
	p.errs = append(p.errs, &Error{File: p.file, Line: p.line, Msg: fmt.Sprintf(format, args...)})
}

func (p *parser) parseLine(line string) {
	if i := strings.IndexByte(line, '#'); i >= 0 {
		line = line[:i]
	}
	line = strings.TrimSpace(line)
	if line == "" {
		return
	}
	key, val, _ := strings.Cut(line, " ")
	if i := strings.IndexByte(key, '\t'); i >= 0 {
		key, val = key[:i], key[i+1:]+" "+val
	}
	val = strings.TrimSpace(val)
	switch key {
	case "actor", "agent":
		p.cur, p.skip = nil, true
		if !validID(val) {
			p.errorf("bad %s id %q", key, val)
			return
		}
		if l, dup := p.ids[val]; dup {
			p.errorf("duplicate id %s (first at line %d)", val, l)
			return
		}
		p.ids[val] = p.line
		p.cur = &record{Actor: Actor{ID: val, Agent: key == "agent", Pos: p.file + ":" + strconv.Itoa(p.line)}}
		p.recs = append(p.recs, p.cur)
		return
	}
	if p.cur == nil {
		if !p.skip {
			p.errorf("%q outside a record (a record starts with \"actor ID\" or \"agent CODE\")", key)
		}
		return // inside a rejected record: its header was reported
	}
	if val == "" {
		p.errorf("%s: missing value", key)
		return
	}
	a := p.cur
	switch key {
	case "name":
		a.Name, a.set.name = val, true
	case "kind":
		if !validKind(val) {
			p.errorf("unknown kind %q (want state, person, igo, ngo, armed_group, rebels or group)", val)
			return
		}
		a.Kind, a.set.kind = val, true
	case "country":
		if val == "-" {
			val = ""
		} else if !isCode(val, 3, 3) {
			p.errorf("bad country %q (want ISO 3166-1 alpha-3 in capitals, or -)", val)
			return
		}
		a.Country, a.set.country = val, true
	case "sector":
		if val == "-" {
			val = ""
		} else if !isCode(val, 2, 9) {
			p.errorf("bad sector %q (want a code in capitals such as GOV, or -)", val)
			return
		}
		a.Sector, a.set.sector = val, true
	case "alias", "metonym", "adjective", "demonym", "surname", "place":
		form := formOf[key]
		if a.Agent {
			form = Agent
		}
		for _, s := range strings.Split(val, "|") {
			p.addAlias(a, strings.TrimSpace(s), form)
		}
	case "role":
		p.parseRole(a, val)
	default:
		p.errorf("unknown key %q", key)
	}
}

var formOf = map[string]Form{"alias": Name, "metonym": Metonym, "adjective": Adjective, "demonym": Demonym, "surname": Surname, "place": Place}

func (p *parser) addAlias(a *record, s string, form Form) {
	remove := strings.HasPrefix(s, "-")
	if remove {
		s = strings.TrimSpace(s[1:])
	}
	exact := strings.HasPrefix(s, "=")
	if exact {
		s = strings.TrimSpace(s[1:])
	}
	if s == "" {
		p.errorf("empty alias")
		return
	}
	if !hasWord(s) {
		p.errorf("alias %q has no word", s)
		return
	}
	al := Alias{Text: s, Form: form, Exact: exact || isAcronym(s)}
	if remove {
		a.removed = append(a.removed, al)
		return
	}
	a.Aliases = append(a.Aliases, al)
}

// isAcronym reports whether s is 2 to 4 ASCII capital letters: such an
// alias (US, UN, IS, EU, UAE, NATO) matches case-sensitively only.
func isAcronym(s string) bool {
	if len(s) < 2 || len(s) > 4 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

func hasWord(s string) bool {
	if simple(s) {
		return true
	}
	for _, t := range text.Tokenize(s) {
		if t.Kind != text.Punct {
			return true
		}
	}
	return false
}

func (p *parser) parseRole(a *record, val string) {
	f := strings.Fields(val)
	if len(f) < 4 {
		p.errorf("role: want AFFILIATION SECTOR FROM TO [TITLE], got %q", val)
		return
	}
	r := Role{Affiliation: f[0], Sector: f[1], Title: strings.Join(f[4:], " ")}
	if !validID(r.Affiliation) {
		p.errorf("role: bad affiliation %q", r.Affiliation)
		return
	}
	if r.Sector == "-" {
		r.Sector = ""
	} else if !isCode(r.Sector, 2, 9) {
		p.errorf("role: bad sector %q", r.Sector)
		return
	}
	var ok bool
	if r.From, ok = p.date(f[2]); !ok {
		return
	}
	if r.To, ok = p.date(f[3]); !ok {
		return
	}
	if r.From != "" && r.To != "" && r.To < r.From {
		p.errorf("role: ends (%s) before it starts (%s)", r.To, r.From)
		return
	}
	if !a.set.roles {
		a.Roles, a.set.roles = nil, true
	}
	a.Roles = append(a.Roles, r)
}

func (p *parser) date(s string) (string, bool) {
	if s == "-" {
		return "", true
	}
	if !validDate(s) {
		p.errorf("role: bad date %q (want YYYY-MM-DD or -)", s)
		return "", false
	}
	return s, true
}

// validDate reports whether s is a valid YYYY-MM-DD date.
func validDate(s string) bool {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return false
	}
	n := func(a, b int) int {
		v := 0
		for i := a; i < b; i++ {
			if s[i] < '0' || s[i] > '9' {
				return -1
			}
			v = v*10 + int(s[i]-'0')
		}
		return v
	}
	y, m, d := n(0, 4), n(5, 7), n(8, 10)
	if y < 0 || m < 1 || m > 12 || d < 1 {
		return false
	}
	return d <= time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// simple reports whether s is ASCII letters separated by single spaces:
// then its tokens are its fields and their terms the lower-cased fields.
func simple(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == ' ' {
			if s[i-1] == ' ' {
				return false
			}
			continue
		}
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
			return false
		}
	}
	return true
}

// validID: letters, digits, '_', '-', '.'.
func validID(s string) bool {
	if s == "" || len(s) > 64 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-' || c == '.') {
			return false
		}
	}
	return true
}

// isCode: min..max capital letters or digits.
func isCode(s string, min, max int) bool {
	if len(s) < min || len(s) > max {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}
