package rules

import (
	"fmt"
	"io"
	"strings"

	"github.com/actorgraph/actorgraph/plover"
)

// DefaultEnd fills a relation's missing end from who acts or where: a
// country's people protest against, and make demands of, their own
// government; protests with no protesters named are the people of the
// place they happen in.
type DefaultEnd struct {
	Type string
	Role Role
	From string // "source": the source's country; "place": the country where it happens; "story": the document's country
	// Sector of the country's actor that fills the end (GOV, OPP, ...).
	Sector string
	// Only, if set, are the sectors the source must have for the default
	// to apply (for From "source").
	Only []string
	Line int
}

// ParseDefaults reads a defaults table: TYPE ROLE FROM SECTOR [SECTOR|...]
// per line.
func ParseDefaults(r io.Reader, filename string) ([]DefaultEnd, error) {
	return parseTable(r, filename, parseDefault, func(d *DefaultEnd) *int { return &d.Line }, nil)
}

func parseDefault(f []string) (DefaultEnd, error) {
	var d DefaultEnd
	if len(f) != 4 && len(f) != 5 {
		return d, fmt.Errorf("%w: want TYPE ROLE FROM SECTOR [ONLY], got %d fields", ErrSyntax, len(f))
	}
	if _, ok := plover.Lookup(f[0]); !ok {
		return d, fmt.Errorf("%w: unknown PLOVER type %q", ErrSyntax, f[0])
	}
	d.Type = f[0]
	switch f[1] {
	case "source":
		d.Role = Source
	case "target":
		d.Role = Target
	default:
		return d, fmt.Errorf("%w: role %q is not source or target", ErrSyntax, f[1])
	}
	if f[2] != "source" && f[2] != "place" && f[2] != "story" {
		return d, fmt.Errorf("%w: from %q is not source, place or story", ErrSyntax, f[2])
	}
	if f[2] == "source" && d.Role == Source {
		return d, fmt.Errorf("%w: a source cannot come from the source", ErrSyntax)
	}
	d.From = f[2]
	if !sectorCode(f[3]) {
		return d, fmt.Errorf("%w: %q is not a sector code", ErrSyntax, f[3])
	}
	d.Sector = f[3]
	if len(f) == 5 {
		for _, s := range strings.Split(f[4], "|") {
			if !sectorCode(s) {
				return d, fmt.Errorf("%w: %q is not a sector code", ErrSyntax, s)
			}
			d.Only = append(d.Only, s)
		}
	}
	return d, nil
}

func sectorCode(s string) bool {
	if len(s) != 3 {
		return false
	}
	for _, r := range s {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// Applies reports whether the default may fill an end of a relation whose
// source has sector sector.
func (d *DefaultEnd) Applies(sector string) bool {
	if d.Only == nil {
		return true
	}
	for _, s := range d.Only {
		if s == sector {
			return true
		}
	}
	return false
}
