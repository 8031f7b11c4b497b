package graph

import (
	"fmt"
	"sort"
	"strings"

	"github.com/actorgraph/actorgraph/event"
	"github.com/actorgraph/actorgraph/plover"
)

// Level says which actors become nodes.
type Level string

const (
	// LevelActor keeps every actor as extracted: persons, governments and
	// their agencies are separate nodes.
	LevelActor Level = "actor"
	// LevelOrganisation (the default) merges a person into the state or
	// organisation they act for, and a government agency (Russian Foreign
	// Ministry, Russian forces) into its state; rebels and opposition,
	// armed groups and international organisations stay their own nodes.
	LevelOrganisation Level = "organisation"
	// LevelState merges every actor that belongs to a country into that
	// country, rebels included; only actors with no country stay apart.
	LevelState Level = "state"
)

// ParseLevel parses a level name.
func ParseLevel(s string) (Level, error) {
	switch Level(s) {
	case LevelActor, LevelOrganisation, LevelState:
		return Level(s), nil
	case "":
		return LevelOrganisation, nil
	}
	return "", fmt.Errorf("graph: unknown level %q (want actor, organisation or state)", s)
}

// Options control aggregation.
type Options struct {
	Level Level
	// Modalities that become edges; nil means asserted only.
	Modalities []string
	// MaxEvidence caps the evidence kept per edge (the first mentions in
	// document order); 0 keeps all.
	MaxEvidence int
	// Lookup names an actor id that appears only as an affiliation or a
	// country (e.g. a person's state). It may be nil.
	Lookup func(id string) (event.Actor, bool)
	Title  string
}

// nodeFor maps an event actor to the node it is counted under.
func nodeFor(a event.Actor, level Level) (id string, merged bool) {
	switch level {
	case LevelActor:
		return a.ID, false
	case LevelState:
		if a.Country != "" {
			return a.Country, a.ID != a.Country
		}
		if a.Kind == "person" && a.Affiliation != "" {
			return a.Affiliation, true
		}
		return a.ID, false
	}
	switch {
	case a.Country != "" && event.Opposing(a.Sector) && a.Kind != "armed_group":
		// Rebels, insurgents and the opposition of one country are one side
		// at this level: "Syrian opposition forces" are the Syrian rebels.
		return a.Country + "REB", a.ID != a.Country+"REB"
	case a.Kind == "person" && a.Affiliation != "":
		return a.Affiliation, true
	case a.Kind == "person" && a.Country != "":
		return a.Country, true
	case a.Kind == "state" && a.Country != "" && !event.Opposing(a.Sector):
		return a.Country, a.ID != a.Country
	case a.Country != "" && event.Organ(a.Sector) && a.Kind != "armed_group":
		// An organ of the state whatever the dictionary calls it: the
		// Revolutionary Guard (IRN MIL), a national police or court.
		return a.Country, true
	}
	return a.ID, false
}

// Build aggregates events into a graph. Events whose modality is not
// selected, whose type is unknown, or whose endpoints merge into one node
// are skipped.
func Build(events []event.Event, opt Options) *Graph {
	if opt.Level == "" {
		opt.Level = LevelOrganisation
	}
	want := map[string]bool{event.Asserted: true}
	if opt.Modalities != nil {
		want = map[string]bool{}
		for _, m := range opt.Modalities {
			want[m] = true
		}
	}
	type ekey struct{ s, t, typ string }
	edges := map[ekey]*Edge{}
	edgeDocs := map[ekey]map[string]bool{}
	edgeModes := map[ekey]map[string]bool{}
	nodes := map[string]*Node{}
	named := map[string]bool{} // node names taken from an actor that is the node itself
	docs := map[string]bool{}
	g := &Graph{Title: opt.Title, Level: opt.Level}

	touch := func(a event.Actor) string {
		id, merged := nodeFor(a, opt.Level)
		n := nodes[id]
		if n == nil {
			n = &Node{ID: id, Name: id}
			nodes[id] = n
		}
		if !merged && !named[id] {
			named[id] = true
			n.Name, n.Kind, n.Country, n.Sector = a.Name, a.Kind, a.Country, a.Sector
		} else if !named[id] && n.Kind == "" {
			n.Kind, n.Country = "state", a.Country
			if event.Opposing(a.Sector) {
				n.Kind, n.Sector, n.Name = "rebels", "REB", a.Name
			}
		}
		n.Mentions++
		return id
	}
	// One sentence states a relation once at a level: "Kerry and Lavrov met
	// Putin" is one US–Russia meeting, not two.
	type skey struct {
		doc      string
		sentence int
		k        ekey
	}
	stated := map[skey]bool{}
	for _, ev := range events {
		if !want[ev.Modality] {
			continue
		}
		t, ok := plover.Lookup(ev.Type)
		if !ok {
			continue
		}
		s, _ := nodeFor(ev.Source, opt.Level)
		d, _ := nodeFor(ev.Target, opt.Level)
		if s == "" || d == "" || s == d {
			continue
		}
		if t.Symmetric && s > d {
			s, d = d, s
		}
		k := ekey{s, d, t.Name}
		sk := skey{ev.Doc, ev.Sentence, k}
		if stated[sk] {
			continue
		}
		stated[sk] = true
		touch(ev.Source)
		touch(ev.Target)
		e := edges[k]
		if e == nil {
			e = &Edge{Source: s, Target: d, Type: t.Name, Directed: !t.Symmetric, Quad: t.Quad, Label: t.Label}
			edges[k] = e
			edgeDocs[k] = map[string]bool{}
			edgeModes[k] = map[string]bool{}
		}
		e.Count++
		e.Weight += ev.Weight
		if ev.Weight >= 0 {
			e.Cooperation += ev.Weight
		} else {
			e.Conflict -= ev.Weight
		}
		edgeDocs[k][ev.Doc] = true
		if ev.Mode != "" {
			edgeModes[k][ev.Mode] = true
		}
		docs[ev.Doc] = true
		if ev.Date != "" {
			if g.DateFrom == "" || ev.Date < g.DateFrom {
				g.DateFrom = ev.Date
			}
			if ev.Date > g.DateTo {
				g.DateTo = ev.Date
			}
		}
		e.Evidence = append(e.Evidence, Evidence{
			Doc: ev.Doc, Date: ev.Date, Sentence: ev.Sentence, Start: ev.Start, End: ev.End,
			Text: ev.Text, Trigger: ev.Trigger.Text, Source: mentionText(ev.Source), Target: mentionText(ev.Target),
			Score: ev.Weight,
		})
	}
	for id, n := range nodes {
		if named[id] || opt.Lookup == nil {
			continue
		}
		if a, ok := opt.Lookup(id); ok {
			n.Name, n.Kind, n.Country, n.Sector = a.Name, a.Kind, a.Country, a.Sector
		}
	}
	for _, n := range nodes {
		g.Nodes = append(g.Nodes, *n)
	}
	sort.Slice(g.Nodes, func(i, j int) bool { return g.Nodes[i].ID < g.Nodes[j].ID })
	for k, e := range edges {
		e.Documents = len(edgeDocs[k])
		for m := range edgeModes[k] {
			e.Modes = append(e.Modes, m)
		}
		sort.Strings(e.Modes)
		sortEvidence(e.Evidence)
		if opt.MaxEvidence > 0 && len(e.Evidence) > opt.MaxEvidence {
			e.Evidence = e.Evidence[:opt.MaxEvidence]
		}
		g.Edges = append(g.Edges, *e)
	}
	sortEdges(g.Edges)
	g.Documents = len(docs)
	return g
}

func mentionText(a event.Actor) string {
	if a.Mention != nil {
		return a.Mention.Text
	}
	return a.Name
}

func sortEvidence(ev []Evidence) {
	sort.SliceStable(ev, func(i, j int) bool {
		a, b := ev[i], ev[j]
		if a.Doc != b.Doc {
			return a.Doc < b.Doc
		}
		if a.Start != b.Start {
			return a.Start < b.Start
		}
		return strings.Compare(a.Trigger, b.Trigger) < 0
	})
}

func sortEdges(es []Edge) {
	sort.Slice(es, func(i, j int) bool {
		a, b := es[i], es[j]
		if a.Source != b.Source {
			return a.Source < b.Source
		}
		if a.Target != b.Target {
			return a.Target < b.Target
		}
		return a.Type < b.Type
	})
}
