package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"

	"github.com/actorgraph/actorgraph/event"
	"github.com/actorgraph/actorgraph/extract/actor"
	"github.com/actorgraph/actorgraph/graph"
	"golang.org/x/text/unicode/norm"
)

// resolver finds the actors of a graph that a person names, the way the
// extractor reads names: ids, dictionary aliases of every form (US, U.S.,
// America, Washington), whole words only (US is never in Russia), and a
// person or an agency at the graph's level (Putin is Russia at the
// organisation level).
type resolver struct {
	g    *graph.Graph
	dict *actor.Dictionary
}

// errNoActor and errAmbiguous are resolve's failures; the message names
// the query and the candidates.
type resolveError struct{ msg string }

func (e *resolveError) Error() string { return e.msg }

// resolve returns the one node q names, or an error that lists the
// candidates when q names several and says so when it names none. The
// steps, first that finds any: the exact id; an id or name equal to q
// ignoring case; the dictionary's actors named q, at the graph's level;
// the way the articles named an actor (the evidence's mentions); the nodes
// whose name holds q as whole words ("saudi").
func (r *resolver) resolve(q string) (graph.Node, error) {
	cands := r.candidates(q)
	switch len(cands) {
	case 1:
		return cands[0], nil
	case 0:
		return graph.Node{}, &resolveError{fmt.Sprintf("no actor %q in the graph (give an id, a name or an alias; 'actorgraph analyze' lists the actors)", q)}
	}
	var names []string
	for _, n := range cands {
		names = append(names, actorName(n))
	}
	return graph.Node{}, &resolveError{fmt.Sprintf("%q could be %s: give the id", q, strings.Join(names, ", "))}
}

func (r *resolver) candidates(q string) []graph.Node {
	g := r.g
	if n, ok := g.Node(q); ok {
		return []graph.Node{n}
	}
	lq := strings.TrimSpace(q)
	if lq == "" {
		return nil
	}
	var out []graph.Node
	for _, n := range g.Nodes {
		if strings.EqualFold(n.ID, lq) || strings.EqualFold(n.Name, lq) {
			out = append(out, n)
		}
	}
	if len(out) > 0 {
		return out
	}
	if r.dict != nil {
		ids := map[string]bool{}
		for _, a := range r.dict.Find(lq) {
			for _, id := range nodeIDs(a, g) {
				ids[id] = true
			}
		}
		if out = r.nodes(ids); len(out) > 0 {
			return out
		}
	}
	words := normWords(lq)
	ids := map[string]bool{}
	for _, e := range g.Edges {
		for _, x := range e.Evidence {
			if normWords(x.Source) == words {
				ids[e.Source] = true
			}
			if normWords(x.Target) == words {
				ids[e.Target] = true
			}
		}
	}
	if out = r.nodes(ids); len(out) > 0 {
		return out
	}
	for _, n := range g.Nodes {
		if containsWords(normWords(n.Name), words) {
			out = append(out, n)
		}
	}
	return out
}

func (r *resolver) nodes(ids map[string]bool) []graph.Node {
	var out []graph.Node
	for id := range ids {
		if n, ok := r.g.Node(id); ok {
			out = append(out, n)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// nodeIDs are the nodes a dictionary actor is counted under in g: itself,
// else a person's affiliations, else its country's rebels (an opposing
// sector) or its country.
func nodeIDs(a *actor.Actor, g *graph.Graph) []string {
	if _, ok := g.Node(a.ID); ok {
		return []string{a.ID}
	}
	var out []string
	for _, id := range a.Affiliations() {
		if _, ok := g.Node(id); ok {
			out = append(out, id)
		}
	}
	if len(out) > 0 || a.Country == "" {
		return out
	}
	if event.Opposing(a.Sector) {
		return []string{a.Country + "REB"}
	}
	return []string{a.Country}
}

// searchNames are, for every node, the names a reader may search it by:
// its name and id, its own dictionary names (aliases, metonyms, adjectives)
// and the words the articles named it with (a person merged into it:
// "Putin", "Lavrov"). The report's search box matches them as whole words.
func searchNames(g *graph.Graph, d *actor.Dictionary) map[string][]string {
	out := map[string][]string{}
	seen := map[string]map[string]bool{}
	add := func(id, name string) {
		name = strings.Join(strings.Fields(name), " ")
		if name == "" {
			return
		}
		if seen[id] == nil {
			seen[id] = map[string]bool{}
		}
		if k := strings.ToLower(name); !seen[id][k] {
			seen[id][k] = true
			out[id] = append(out[id], name)
		}
	}
	for _, n := range g.Nodes {
		add(n.ID, n.Name)
		add(n.ID, n.ID)
		if d != nil {
			if a, ok := d.Lookup(n.ID); ok {
				for _, s := range a.Names() {
					add(n.ID, s)
				}
			}
		}
	}
	for _, e := range g.Edges {
		for _, x := range e.Evidence {
			add(e.Source, x.Source)
			add(e.Target, x.Target)
		}
	}
	return out
}

// normWords is s in lower case without accents, its words separated by
// one space: "U.S." is "u s", "Erdoğan" "erdogan".
func normWords(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
		default:
			b.WriteByte(' ')
		}
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// containsWords reports whether the words of q appear in s as a run of
// whole words.
func containsWords(s, q string) bool {
	if q == "" {
		return false
	}
	return strings.Contains(" "+s+" ", " "+q+" ")
}

// dictionaryNames are the dictionary's names for each node of g, for the
// report's search box (the built-in dictionary with the -actors files).
func dictionaryNames(g *graph.Graph, files []string) (map[string][]string, error) {
	d, err := dictionary(files)
	if err != nil {
		return nil, err
	}
	return searchNames(g, d), nil
}
