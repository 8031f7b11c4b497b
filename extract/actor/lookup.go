package actor

import (
	"sort"
	"strings"

	"github.com/actorgraph/actorgraph/extract/text"
)

// Find returns the actors that name, as a whole, names: an alias of any
// form but Place compared as the Matcher compares it (normalised terms,
// whole tokens, hyphens optional; a case-sensitive alias such as "US" by
// its surface), or an actor's id (any case). A query in lower case also
// tries an acronym alias in capitals ("us" finds the United States: a
// person typing a name means the actor, not the pronoun). Agents are left
// out. The actors are sorted by id.
func (d *Dictionary) Find(name string) []*Actor {
	name = strings.TrimSpace(name)
	if name == "" {
		return nil
	}
	q := terms(tokenize(name))
	qh := terms(dropHyphens(tokenize(name)))
	seen := map[string]bool{}
	var out []*Actor
	for _, a := range d.Actors() {
		if a.Agent || seen[a.ID] {
			continue
		}
		hit := strings.EqualFold(a.ID, name)
		for _, al := range a.Aliases {
			if hit {
				break
			}
			if al.Form == Place {
				continue
			}
			if al.Exact {
				hit = al.Text == name || isAcronym(strings.ToUpper(name)) && al.Text == strings.ToUpper(name)
				continue
			}
			at := terms(tokenize(al.Text))
			ah := terms(dropHyphens(tokenize(al.Text)))
			hit = q == at || qh == ah
		}
		if hit {
			seen[a.ID] = true
			out = append(out, a)
		}
	}
	return out
}

// terms joins the normalised terms of toks.
func terms(toks []text.Token) string {
	s := make([]string, len(toks))
	for i, t := range toks {
		s[i] = t.Term
	}
	return strings.Join(s, " ")
}

// Names returns an actor's names for people to search by: its display
// name, id and aliases of the forms Name, Metonym, Adjective, Demonym and
// Surname, without repeats, in dictionary order.
func (a *Actor) Names() []string {
	seen := map[string]bool{}
	var out []string
	add := func(s string) {
		if k := strings.ToLower(s); s != "" && !seen[k] {
			seen[k] = true
			out = append(out, s)
		}
	}
	add(a.Name)
	add(a.ID)
	for _, al := range a.Aliases {
		if al.Form != Place && al.Form != Agent {
			add(al.Text)
		}
	}
	return out
}

// Affiliations returns the actor ids a person acts for in any of their
// roles, sorted.
func (a *Actor) Affiliations() []string {
	set := map[string]bool{}
	for _, r := range a.Roles {
		if r.Affiliation != "" {
			set[r.Affiliation] = true
		}
	}
	out := make([]string, 0, len(set))
	for id := range set {
		out = append(out, id)
	}
	sort.Strings(out)
	return out
}
