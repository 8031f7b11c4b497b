package plover

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/actorgraph/actorgraph/data"
)

// Type describes one PLOVER event type.
type Type struct {
	Name      string // upper case, e.g. "ASSAULT"
	Quad      int    // 1..4
	Symmetric bool   // CONSULT, AGREE and COOPERATE are mutual: A with B is B with A
	Label     string // short edge label, e.g. "attacks"
}

// types lists the PLOVER event types in the manual's order. Labels are
// written to read as "source LABEL target" on a diagram.
var types = []Type{
	{"AGREE", 1, true, "agrees with"},
	{"CONSULT", 1, true, "talks with"},
	{"SUPPORT", 1, false, "backs"},
	{"CONCEDE", 1, false, "concedes to"},
	{"COOPERATE", 2, true, "coordinates with"},
	{"AID", 2, false, "aids"},
	{"RETREAT", 2, false, "de-escalates with"},
	{"REQUEST", 3, false, "urges"},
	{"ACCUSE", 3, false, "accuses"},
	{"REJECT", 3, false, "rejects"},
	{"THREATEN", 3, false, "threatens"},
	{"PROTEST", 4, false, "protests against"},
	{"SANCTION", 4, false, "sanctions"},
	{"MOBILIZE", 4, false, "mobilizes against"},
	{"COERCE", 4, false, "coerces"},
	{"ASSAULT", 4, false, "attacks"},
}

var byName = func() map[string]Type {
	m := make(map[string]Type, len(types))
	for _, t := range types {
		m[t.Name] = t
	}
	return m
}()

// Types returns the sixteen PLOVER event types in the manual's order.
func Types() []Type { return append([]Type(nil), types...) }

// Lookup returns the type with the given upper-case name.
func Lookup(name string) (Type, bool) {
	t, ok := byName[name]
	return t, ok
}

// QuadName names a quad class.
func QuadName(q int) string {
	switch q {
	case 1:
		return "verbal cooperation"
	case 2:
		return "material cooperation"
	case 3:
		return "verbal conflict"
	case 4:
		return "material conflict"
	}
	return "unknown"
}

// Scores maps "TYPE" and "TYPE/mode" to a signed score.
type Scores map[string]float64

// Score returns the score of a type and mode. A mode missing from the table
// falls back to the type's own score; ok is false when the type is unknown.
func (s Scores) Score(typ, mode string) (score float64, ok bool) {
	if mode != "" {
		if v, ok := s[typ+"/"+mode]; ok {
			return v, true
		}
	}
	v, ok := s[typ]
	return v, ok
}

// Modes returns the modes the table lists for a type, sorted.
func (s Scores) Modes(typ string) []string {
	var out []string
	for k := range s {
		if t, m, ok := strings.Cut(k, "/"); ok && t == typ {
			out = append(out, m)
		}
	}
	sort.Strings(out)
	return out
}

// ParseScores reads a score table: tab-separated plover_event, mode, score,
// with a header line and '#' comments. Errors name the file and line.
func ParseScores(r io.Reader, filename string) (Scores, error) {
	s := Scores{}
	sc := bufio.NewScanner(r)
	n := 0
	header := true
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.HasPrefix(line, "#") || strings.TrimSpace(line) == "" {
			continue
		}
		if header {
			header = false
			if strings.HasPrefix(line, "plover_event") {
				continue
			}
		}
		f := strings.Split(line, "\t")
		if len(f) != 3 {
			return nil, fmt.Errorf("%s:%d: want 3 tab-separated fields (type, mode, score), got %d", filename, n, len(f))
		}
		typ, mode := strings.TrimSpace(f[0]), strings.TrimSpace(f[1])
		if _, ok := byName[typ]; !ok {
			return nil, fmt.Errorf("%s:%d: unknown PLOVER type %q", filename, n, typ)
		}
		v, err := strconv.ParseFloat(strings.TrimSpace(f[2]), 64)
		if err != nil || !(v >= -10 && v <= 10) { // also rejects NaN
			return nil, fmt.Errorf("%s:%d: score %q is not a number in -10..10", filename, n, f[2])
		}
		key := typ
		if mode != "" {
			key += "/" + mode
		}
		if _, dup := s[key]; dup {
			return nil, fmt.Errorf("%s:%d: duplicate score for %s", filename, n, key)
		}
		s[key] = v
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", filename, err)
	}
	for _, t := range types {
		if _, ok := s[t.Name]; !ok {
			return nil, fmt.Errorf("%s: no score for type %s", filename, t.Name)
		}
	}
	return s, nil
}

var (
	defaultOnce   sync.Once
	defaultScores Scores
)

// DefaultScores returns the embedded score table. It panics if the embedded
// file is malformed, which the package tests rule out.
func DefaultScores() Scores {
	defaultOnce.Do(func() {
		s, err := ParseScores(bytes.NewReader(data.PloverScores), "data/plover_scores.tsv")
		if err != nil {
			panic(err)
		}
		defaultScores = s
	})
	return defaultScores
}
