package rules

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

// Modality values a cue may set; "asserted" is what remains when none does.
var modalities = map[string]bool{"negated": true, "hedged": true, "conditional": true, "planned": true, "past": true}

// Cue options.
var cueOptions = map[string]bool{"volitional": true, "commit": true, "wish": true, "third": true, "self": true, "offer": true}

// Cue is a word that makes a relation not a current fact.
type Cue struct {
	Words    map[string]bool // the cue's words, or nil with List set
	List     string
	Gov      bool   // the cue is the head a path word depends on by Rel; else a dependent by Rel
	Rel      string // dependency relation ("advmod", "xcomp")
	Sub      bool   // Rel matches its subtypes too
	Modality string
	Options  map[string]bool
	// On, if set, is the relation the path word must be attached by for
	// the cue to apply ("would" in a reported clause: on=ccomp).
	On   string
	Line int
}

// Has reports whether w is one of the cue's words.
func (c *Cue) Has(w string, lists Lists) bool {
	if c.List != "" {
		return lists[c.List][w]
	}
	return c.Words[w]
}

// Matches reports whether a relation label matches the cue's attachment.
func (c *Cue) Matches(rel string) bool {
	return rel == c.Rel || c.Sub && strings.HasPrefix(rel, c.Rel+":")
}

// Climb lets the clause path go from a word attached by Rel to its head.
type Climb struct {
	Rel   string
	Sub   bool
	Scope string // "all": the head's clause cues apply; "gov": only the head as a gov= cue
	Line  int
}

// Matches reports whether a relation label matches the climb relation.
func (c *Climb) Matches(rel string) bool {
	return rel == c.Rel || c.Sub && strings.HasPrefix(rel, c.Rel+":")
}

// Modality is the modality cue table.
type Modality struct {
	Cues   []Cue
	Climbs []Climb
	Order  []string // strongest first
}

// Rank is a modality's place in Order (lower is stronger); unknown ones
// and "asserted" rank last.
func (m *Modality) Rank(mod string) int {
	for i, o := range m.Order {
		if o == mod {
			return i
		}
	}
	return len(m.Order)
}

// ParseModality reads a modality cue table.
func ParseModality(r io.Reader, filename string, lists Lists) (*Modality, error) {
	m := &Modality{}
	var errs []error
	err := eachLine(r, func(n int, f []string) {
		var err error
		switch f[0] {
		case "cue":
			var c Cue
			if c, err = parseCue(f[1:], lists); err == nil {
				c.Line = n
				m.Cues = append(m.Cues, c)
			}
		case "climb":
			if len(f) != 3 || (f[2] != "all" && f[2] != "gov") {
				err = fmt.Errorf("%w: want climb REL all|gov", ErrSyntax)
				break
			}
			rel, sub := strings.CutSuffix(f[1], "*")
			if !validRel(rel) {
				err = fmt.Errorf("%w: %q is not a dependency relation", ErrSyntax, f[1])
				break
			}
			m.Climbs = append(m.Climbs, Climb{Rel: rel, Sub: sub, Scope: f[2], Line: n})
		case "order":
			if m.Order != nil {
				err = fmt.Errorf("%w: a second order line", ErrSyntax)
				break
			}
			seen := map[string]bool{}
			for _, o := range f[1:] {
				if !modalities[o] || seen[o] {
					err = fmt.Errorf("%w: order: %q is not a modality or is repeated", ErrSyntax, o)
					break
				}
				seen[o] = true
			}
			if err == nil {
				m.Order = f[1:]
			}
		default:
			err = fmt.Errorf("%w: a line starts with cue, climb or order, not %q", ErrSyntax, f[0])
		}
		if err != nil {
			errs = append(errs, fmt.Errorf("%s:%d: %w", filename, n, err))
		}
	})
	if err != nil {
		errs = append(errs, fmt.Errorf("%s: %w", filename, err))
	}
	if len(errs) == 0 && len(m.Order) != len(modalities) {
		errs = append(errs, fmt.Errorf("%s: %w: an order line must rank negated, hedged, conditional, planned and past", filename, ErrSyntax))
	}
	return m, errors.Join(errs...)
}

func parseCue(f []string, lists Lists) (Cue, error) {
	var c Cue
	if len(f) < 3 {
		return c, fmt.Errorf("%w: want cue WORDS ATTACH MODALITY [OPTION ...]", ErrSyntax)
	}
	if strings.HasPrefix(f[0], "@") {
		name, err := listRef(f[0], lists)
		if err != nil {
			return c, err
		}
		c.List = name
	} else {
		c.Words = map[string]bool{}
		for _, w := range strings.Split(f[0], ",") {
			if w == "" {
				return c, fmt.Errorf("%w: empty cue word in %q", ErrSyntax, f[0])
			}
			c.Words[strings.ToLower(w)] = true
		}
	}
	kind, rel, ok := strings.Cut(f[1], "=")
	if !ok || (kind != "dep" && kind != "gov") {
		return c, fmt.Errorf("%w: attach %q is not dep=REL or gov=REL", ErrSyntax, f[1])
	}
	c.Gov = kind == "gov"
	rel, c.Sub = strings.CutSuffix(rel, "*")
	if !validRel(rel) {
		return c, fmt.Errorf("%w: %q is not a dependency relation", ErrSyntax, rel)
	}
	c.Rel = rel
	if !modalities[f[2]] {
		return c, fmt.Errorf("%w: modality %q is not negated, hedged, conditional, planned or past", ErrSyntax, f[2])
	}
	c.Modality = f[2]
	for _, o := range f[3:] {
		if rel, ok := strings.CutPrefix(o, "on="); ok {
			if !validRel(rel) {
				return c, fmt.Errorf("%w: on=%q is not a dependency relation", ErrSyntax, rel)
			}
			c.On = rel
			continue
		}
		if !cueOptions[o] {
			return c, fmt.Errorf("%w: unknown cue option %q", ErrSyntax, o)
		}
		if c.Options == nil {
			c.Options = map[string]bool{}
		}
		c.Options[o] = true
	}
	return c, nil
}
