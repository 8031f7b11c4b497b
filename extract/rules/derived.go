package rules

import (
	"fmt"
	"io"
	"strings"

	"github.com/actorgraph/actorgraph/plover"
)

// DerivedRule reads a new, asserted relation off one found in a sentence.
type DerivedRule struct {
	Name   string
	When   []DCond
	Type   string
	Mode   string
	Source string // source, target or speaker of the original relation
	Target string
	Line   int
}

// DCond is a condition on the original relation: Key=Values (modality,
// quad, type) or a flag (Values nil: volitional, commit, wish, third,
// speaker, victim: the speaker is the relation's target, notarget: the
// relation has no target, selfreport: the speaker is its source). Not
// negates it.
type DCond struct {
	Key    string
	Values []string
	Not    bool
}

var derivedKeys = map[string]bool{"modality": true, "quad": true, "type": true}
var derivedFlags = map[string]bool{"volitional": true, "commit": true, "wish": true, "third": true, "speaker": true, "victim": true, "notarget": true, "selfreport": true, "offer": true}
var derivedEnds = map[string]bool{"source": true, "target": true, "speaker": true}

// ParseDerived reads a derived rule table.
func ParseDerived(r io.Reader, filename string) ([]DerivedRule, error) {
	return parseTable(r, filename, parseDerived, func(d *DerivedRule) *int { return &d.Line }, func(d *DerivedRule) string { return d.Name })
}

func parseDerived(f []string) (DerivedRule, error) {
	var d DerivedRule
	if len(f) != 5 {
		return d, fmt.Errorf("%w: want NAME WHEN TYPE[/mode] SOURCE TARGET, got %d fields", ErrSyntax, len(f))
	}
	d.Name = f[0]
	for _, c := range strings.Split(f[1], ",") {
		var dc DCond
		c, dc.Not = strings.CutPrefix(c, "!")
		k, v, hasV := strings.Cut(c, "=")
		switch {
		case hasV && derivedKeys[k] && v != "":
			dc.Key, dc.Values = k, strings.Split(v, "|")
			for _, x := range dc.Values {
				if x == "" {
					return d, fmt.Errorf("%w: empty value in %q", ErrSyntax, c)
				}
				if k == "type" {
					if _, ok := plover.Lookup(x); !ok {
						return d, fmt.Errorf("%w: unknown PLOVER type %q", ErrSyntax, x)
					}
				}
			}
		case !hasV && derivedFlags[k]:
			dc.Key = k
		default:
			return d, fmt.Errorf("%w: unknown condition %q", ErrSyntax, c)
		}
		d.When = append(d.When, dc)
	}
	typ, mode, _ := strings.Cut(f[2], "/")
	if _, ok := plover.Lookup(typ); !ok {
		return d, fmt.Errorf("%w: unknown PLOVER type %q", ErrSyntax, typ)
	}
	d.Type, d.Mode = typ, mode
	for _, e := range f[3:5] {
		if !derivedEnds[e] {
			return d, fmt.Errorf("%w: end %q is not source, target or speaker", ErrSyntax, e)
		}
	}
	d.Source, d.Target = f[3], f[4]
	if d.Source == d.Target {
		return d, fmt.Errorf("%w: source and target are both %s", ErrSyntax, d.Source)
	}
	return d, nil
}
