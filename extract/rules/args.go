package rules

import (
	"fmt"
	"io"
	"strings"
)

// Role is the end of a relation an argument rule fills.
type Role uint8

const (
	Source Role = iota
	Target
)

func (r Role) String() string { return [...]string{"source", "target"}[r] }

// Conditions an argument rule may put on its trigger.
var triggerConds = map[string]bool{
	"verb": true, "noun": true, "adj": true, "judgment": true, "passive": true, "active": true, "participle": true, "gerund": true,
	"mutual": true, "reverse": true, "relational": true, "posstarget": true, "noobj": true,
	"clausal": true, "prep": true, "srcprep": true, "among": true, "complement": true, "predicate": true, "hasobj": true,
}

// Cond is a condition; Not negates it.
type Cond struct {
	Name string
	Not  bool
}

// FilterKind says what a step filter tests.
type FilterKind uint8

const (
	FilterCase        FilterKind = iota // a "case" dependent is one of Values
	FilterCasePrep                      // a "case" dependent is one of the trigger's frame prepositions
	FilterCaseSrcPrep                   // a "case" dependent is one of the trigger's source prepositions
	FilterList                          // the word is in the word list List
	FilterTrigger                       // the word is the head of another relation trigger
	FilterPlace                         // not a test: a place reached here stands for its country
)

// Filter restricts the words a step reaches.
type Filter struct {
	Kind   FilterKind
	Not    bool
	Values []string
	List   string
}

// Step is one move in the dependency tree.
type Step struct {
	Up      bool   // to the head (the word must be attached by Rel)
	Rel     string // dependency relation; alternatives are in Alt
	Sub     bool   // the relations match their subtypes too ("obl*")
	Alt     []string
	Filters []Filter
}

// Matches reports whether a relation label matches the step's relation or
// one of its alternatives ("xcomp|advcl").
func (s Step) Matches(rel string) bool {
	if matchRel(rel, s.Rel, s.Sub) {
		return true
	}
	for _, a := range s.Alt {
		if matchRel(rel, a, s.Sub) {
			return true
		}
	}
	return false
}

func matchRel(rel, want string, sub bool) bool {
	return rel == want || sub && strings.HasPrefix(rel, want+":")
}

// ArgRule finds one end of a relation: from the trigger, walk Path; the
// actors at the words reached fill Role.
type ArgRule struct {
	Name string
	Role Role
	When []Cond
	Path []Step
	Line int
}

// ParseArguments reads an argument rule table. Word lists named in filters
// must be in lists.
func ParseArguments(r io.Reader, filename string, lists Lists) ([]ArgRule, error) {
	parse := func(f []string) (ArgRule, error) { return parseArgRule(f, lists) }
	return parseTable(r, filename, parse, func(a *ArgRule) *int { return &a.Line }, func(a *ArgRule) string { return a.Name })
}

func parseArgRule(f []string, lists Lists) (ArgRule, error) {
	var ru ArgRule
	if len(f) != 4 {
		return ru, fmt.Errorf("%w: want NAME ROLE WHEN PATH, got %d fields", ErrSyntax, len(f))
	}
	ru.Name = f[0]
	switch f[1] {
	case "source":
		ru.Role = Source
	case "target":
		ru.Role = Target
	default:
		return ru, fmt.Errorf("%w: role %q is not source or target", ErrSyntax, f[1])
	}
	var err error
	if ru.When, err = parseConds(f[2], triggerConds); err != nil {
		return ru, err
	}
	ru.Path, err = parsePath(f[3], lists)
	return ru, err
}

func parseConds(s string, known map[string]bool) ([]Cond, error) {
	if s == "-" {
		return nil, nil
	}
	var out []Cond
	for _, c := range strings.Split(s, ",") {
		name, not := strings.CutPrefix(c, "!")
		if !known[name] {
			return nil, fmt.Errorf("%w: unknown condition %q", ErrSyntax, c)
		}
		out = append(out, Cond{Name: name, Not: not})
	}
	return out, nil
}

func parsePath(s string, lists Lists) ([]Step, error) {
	var out []Step
	for _, p := range strings.Split(s, "/") {
		st, err := parseStep(p, lists)
		if err != nil {
			return nil, err
		}
		out = append(out, st)
	}
	return out, nil
}

func parseStep(p string, lists Lists) (Step, error) {
	var st Step
	rel, filt, hasFilt := strings.Cut(p, "[")
	if hasFilt {
		var ok bool
		if filt, ok = strings.CutSuffix(filt, "]"); !ok || strings.Contains(filt, "[") {
			return st, fmt.Errorf("%w: step %q: unbalanced brackets", ErrSyntax, p)
		}
	}
	rel, st.Up = strings.CutPrefix(rel, "^")
	rel, st.Sub = strings.CutSuffix(rel, "*")
	if rel == "clause" && st.Up && !st.Sub && !hasFilt {
		st.Rel = rel // up to the nearest clause with a subject, see doc.go
		return st, nil
	}
	if (rel == "<" || rel == ">" || rel == "<<") && !st.Up && !st.Sub {
		st.Rel = rel // the adjacent word: left (<) or right (>), see doc.go
		if hasFilt {
			return st, fmt.Errorf("%w: step %q: adjacency takes no filter", ErrSyntax, p)
		}
		return st, nil
	}
	alts := strings.Split(rel, "|")
	for _, a := range alts {
		if !validRel(a) {
			return st, fmt.Errorf("%w: step %q: %q is not a dependency relation", ErrSyntax, p, a)
		}
	}
	st.Rel, st.Alt = alts[0], alts[1:]
	if !hasFilt {
		return st, nil
	}
	for _, fs := range strings.Split(filt, ";") {
		var fl Filter
		fs, fl.Not = strings.CutPrefix(fs, "!")
		switch {
		case fs == "trigger":
			fl.Kind = FilterTrigger
		case fs == "place":
			if fl.Not {
				return st, fmt.Errorf("%w: step %q: !place", ErrSyntax, p)
			}
			fl.Kind = FilterPlace
		case strings.HasPrefix(fs, "@"):
			name, err := listRef(fs, lists)
			if err != nil {
				return st, err
			}
			fl.Kind, fl.List = FilterList, name
		case strings.HasPrefix(fs, "case="):
			v := strings.TrimPrefix(fs, "case=")
			if v == "$prep" {
				fl.Kind = FilterCasePrep
				break
			}
			if v == "$srcprep" {
				fl.Kind = FilterCaseSrcPrep
				break
			}
			fl.Kind, fl.Values = FilterCase, strings.Split(v, ",")
			for _, w := range fl.Values {
				if w == "" {
					return st, fmt.Errorf("%w: step %q: empty case word", ErrSyntax, p)
				}
			}
		default:
			return st, fmt.Errorf("%w: step %q: unknown filter %q", ErrSyntax, p, fs)
		}
		st.Filters = append(st.Filters, fl)
	}
	return st, nil
}

// validRel accepts UD relation labels: lower-case letters with at most one
// ':' subtype.
func validRel(s string) bool {
	if s == "" {
		return false
	}
	base, sub, colon := strings.Cut(s, ":")
	if colon && sub == "" {
		return false
	}
	for _, part := range []string{base, sub} {
		for _, r := range part {
			if r < 'a' || r > 'z' {
				return false
			}
		}
	}
	return base != "" && !strings.Contains(sub, ":")
}
