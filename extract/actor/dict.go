package actor

import (
	"bytes"
	"fmt"
	"os"
	"sort"
	"strings"
	"sync"

	"github.com/actorgraph/actorgraph/data"
	"github.com/actorgraph/actorgraph/extract/text"
)

// Dictionary is a set of actors and agents keyed by id. A Dictionary is
// immutable once built: Merge returns a new one, so a Dictionary (and
// Default's shared one) is safe for concurrent use.
type Dictionary struct {
	actors map[string]*Actor
	patch  map[string]*patch // what each record of a parsed file sets, for Merge
	files  int               // number of files merged in; the next file's alias rank
}

type patch struct {
	set     fields
	removed []Alias
}

func newDictionary(n int) *Dictionary {
	return &Dictionary{actors: make(map[string]*Actor, n), patch: make(map[string]*patch, n)}
}

// put adds a parsed record, filling the defaults: the name is the first
// alias (or the id), the kind of a named actor is Group.
func (d *Dictionary) put(rec *record) {
	a := rec.Actor
	if a.Name == "" {
		a.Name = a.ID
		for _, al := range a.Aliases {
			if al.Form == Name || al.Form == Agent {
				a.Name = al.Text
				break
			}
		}
	}
	if a.Kind == "" && !a.Agent {
		a.Kind = Group
	}
	d.actors[a.ID] = &a
	d.patch[a.ID] = &patch{set: rec.set, removed: rec.removed}
}

// Lookup returns the actor or agent with the given id.
func (d *Dictionary) Lookup(id string) (*Actor, bool) {
	a, ok := d.actors[id]
	return a, ok
}

// Len returns the number of actors and agents.
func (d *Dictionary) Len() int { return len(d.actors) }

// Actors returns the actors and agents sorted by id. The actors are shared:
// do not modify them.
func (d *Dictionary) Actors() []*Actor {
	out := make([]*Actor, 0, len(d.actors))
	for _, a := range d.actors {
		out = append(out, a)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// Merge returns a new dictionary: d with o laid over it. An actor of o that
// is new is added; for an id that d already has, o's record adds its
// aliases, replaces the scalar fields it sets (name, kind, country, sector;
// its roles, if it lists any, replace the roles; "actor" or "agent" too) and removes the aliases it
// lists with a leading '-'. o's aliases rank above d's, so where both name
// different actors with the same alias, o wins. Neither d nor o is
// modified.
func (d *Dictionary) Merge(o *Dictionary) *Dictionary {
	out := &Dictionary{actors: make(map[string]*Actor, len(d.actors)+len(o.actors)), files: d.files + o.files}
	for id, a := range d.actors {
		out.actors[id] = a
	}
	for id, oa := range o.actors {
		na := *oa
		na.Aliases = make([]Alias, len(oa.Aliases))
		for i, al := range oa.Aliases {
			al.rank += d.files
			na.Aliases[i] = al
		}
		old, ok := out.actors[id]
		if !ok {
			out.actors[id] = &na
			continue
		}
		pt := o.patch[id]
		if pt == nil { // a merged dictionary: everything it has is set
			pt = &patch{set: fields{name: true, kind: oa.Kind != "", country: oa.Country != "", sector: oa.Sector != "", roles: len(oa.Roles) > 0}}
		}
		m := *old
		m.Agent = oa.Agent
		if pt.set.name {
			m.Name = na.Name
		}
		if pt.set.kind {
			m.Kind = na.Kind
		}
		if pt.set.country {
			m.Country = na.Country
		}
		if pt.set.sector {
			m.Sector = na.Sector
		}
		if pt.set.roles {
			m.Roles = na.Roles
		}
		m.Aliases = make([]Alias, 0, len(old.Aliases)+len(na.Aliases))
		for _, al := range old.Aliases {
			if !removed(al, pt.removed) {
				m.Aliases = append(m.Aliases, al)
			}
		}
		m.Aliases = append(m.Aliases, na.Aliases...)
		out.actors[id] = &m
	}
	return out
}

// removed reports whether al is in rm, compared by normalised terms.
func removed(al Alias, rm []Alias) bool {
	if len(rm) == 0 {
		return false
	}
	k := strings.Join(text.Terms(text.Tokenize(al.Text)), " ")
	for _, r := range rm {
		if strings.Join(text.Terms(text.Tokenize(r.Text)), " ") == k {
			return true
		}
	}
	return false
}

var (
	defaultOnce sync.Once
	defaultDict *Dictionary
	defaultErr  error
)

// Default returns the embedded dictionary: data/actors_phoenix.txt
// (generated from the Phoenix dictionaries) overlaid with the hand-curated
// data/actors.txt, which wins. It is parsed once and shared; it is
// read-only (Merge returns a copy).
func Default() (*Dictionary, error) {
	defaultOnce.Do(func() { defaultDict, defaultErr = loadDefault() })
	return defaultDict, defaultErr
}

func loadDefault() (*Dictionary, error) {
	gen, err := Parse(bytes.NewReader(data.ActorsPhoenix), "data/actors_phoenix.txt")
	if err != nil {
		return nil, err
	}
	cur, err := Parse(bytes.NewReader(data.Actors), "data/actors.txt")
	if err != nil {
		return nil, err
	}
	return gen.Merge(cur), nil
}

// Load returns the default dictionary with the given files merged over it
// in order (a user's `--actors FILE`).
func Load(files ...string) (*Dictionary, error) {
	d, err := Default()
	if err != nil {
		return nil, err
	}
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			return nil, fmt.Errorf("actor: %w", err)
		}
		o, err := Parse(f, name)
		f.Close()
		if err != nil {
			return nil, err
		}
		d = d.Merge(o)
	}
	return d, nil
}
