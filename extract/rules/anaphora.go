package rules

import (
	"fmt"
	"io"
	"strings"

	"github.com/actorgraph/actorgraph/plover"
)

// Anaphor is a word that refers back to an event told earlier in the
// document: "claimed responsibility" (for the attack just told), "denied the
// accusation", "declined the request". A trigger with a source but no
// target whose phrase or object is such a word takes its target from the
// most recent earlier relation of type Refers (any type for "*"): that
// relation's End (source or target).
type Anaphor struct {
	Words  map[string]bool
	Refers []string // PLOVER types, or nil for any
	End    string   // "source" or "target" of the earlier relation
	Line   int
}

// ParseAnaphora reads an anaphora table: NOUNS TYPE|TYPE...|* END per line.
func ParseAnaphora(r io.Reader, filename string) ([]Anaphor, error) {
	return parseTable(r, filename, parseAnaphor, func(a *Anaphor) *int { return &a.Line }, nil)
}

func parseAnaphor(f []string) (Anaphor, error) {
	var a Anaphor
	if len(f) != 3 {
		return a, fmt.Errorf("%w: want WORDS TYPE|* END, got %d fields", ErrSyntax, len(f))
	}
	a.Words = map[string]bool{}
	for _, w := range strings.Split(f[0], ",") {
		if w == "" {
			return a, fmt.Errorf("%w: empty word in %q", ErrSyntax, f[0])
		}
		a.Words[strings.ToLower(w)] = true
	}
	if f[1] != "*" {
		for _, t := range strings.Split(f[1], "|") {
			if _, ok := plover.Lookup(t); !ok {
				return a, fmt.Errorf("%w: unknown PLOVER type %q", ErrSyntax, t)
			}
			a.Refers = append(a.Refers, t)
		}
	}
	if f[2] != "source" && f[2] != "target" {
		return a, fmt.Errorf("%w: end %q is not source or target", ErrSyntax, f[2])
	}
	a.End = f[2]
	return a, nil
}

// Refer reports whether the anaphor may refer to a relation of type typ.
func (a *Anaphor) Refer(typ string) bool {
	if a.Refers == nil {
		return true
	}
	for _, t := range a.Refers {
		if t == typ {
			return true
		}
	}
	return false
}
