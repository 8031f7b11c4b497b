package graph

import (
	"sort"
)

// Graph is an aggregated actor graph. Nodes are sorted by ID; edges by
// source, target and type, so the same events always give the same graph.
type Graph struct {
	Title     string `json:"title,omitempty"`
	Level     Level  `json:"level"`
	Documents int    `json:"documents"`           // distinct documents that contributed an edge
	DateFrom  string `json:"date_from,omitempty"` // earliest document date, YYYY-MM-DD
	DateTo    string `json:"date_to,omitempty"`   // latest document date
	// Dates counts, for every date, the documents of that date that
	// contributed an edge (BuildDated; "" for undated documents). Empty
	// when no document has a date, or the graph was built without dates.
	Dates []DateCount `json:"dates,omitempty"`
	Nodes []Node      `json:"nodes"`
	Edges []Edge      `json:"edges"`
}

// Node is an actor at the graph's level.
type Node struct {
	ID       string `json:"id"`
	Name     string `json:"name"`
	Kind     string `json:"kind"`
	Country  string `json:"country,omitempty"`
	Sector   string `json:"sector,omitempty"`
	Mentions int    `json:"mentions"` // relation mentions this actor takes part in
}

// Edge aggregates the mentions of one relation type between two actors.
type Edge struct {
	Source      string   `json:"source"`
	Target      string   `json:"target"`
	Type        string   `json:"type"`
	Directed    bool     `json:"directed"`
	Quad        int      `json:"quad"`
	Label       string   `json:"label"`
	Count       int      `json:"count"`
	Documents   int      `json:"documents"`
	Weight      float64  `json:"weight"`      // Σ signed scores
	Cooperation float64  `json:"cooperation"` // Σ positive scores
	Conflict    float64  `json:"conflict"`    // Σ |negative scores|
	Modes       []string `json:"modes,omitempty"`
	// Dates splits Count, Documents, Weight, Cooperation and Conflict by
	// date, ascending, undated mentions first under "" (BuildDated): what
	// windows over time are cut from, whatever evidence is kept.
	Dates []Tally `json:"dates,omitempty"`
	// Modalities counts the mentions that are not asserted, by modality
	// (negated, hedged, conditional, planned): only a graph built with
	// Options.Modalities has them, and every drawing and listing says so.
	Modalities map[string]int `json:"modalities,omitempty"`
	Evidence   []Evidence     `json:"evidence"`
}

// Asserted reports whether every mention of the edge is asserted.
func (e *Edge) Asserted() bool { return len(e.Modalities) == 0 }

// Evidence is one mention behind an edge.
type Evidence struct {
	Doc      string  `json:"doc"`
	Date     string  `json:"date,omitempty"`
	Sentence int     `json:"sentence"`
	Start    int     `json:"start"`
	End      int     `json:"end"`
	Text     string  `json:"text"`
	Trigger  string  `json:"trigger"`
	Source   string  `json:"source"` // the actor as named in the text
	Target   string  `json:"target"`
	Score    float64 `json:"score"` // what the mention contributed: its PLOVER score, shared among its sentence's relations (Build)
	// Copies are the near-duplicate documents that repeat this sentence;
	// it counts once (see event.Event.CopyOf).
	Copies []string `json:"copies,omitempty"`
	// Modality is the mention's modality when it is not asserted.
	Modality string `json:"modality,omitempty"`
	// URL and Title are the article's, when the input gave them.
	URL   string `json:"url,omitempty"`
	Title string `json:"title,omitempty"`
}

// Pair is the undirected aggregate of all edges between two actors, A < B.
type Pair struct {
	A, B        string
	Cooperation float64 // Σ positive scores
	Conflict    float64 // Σ |negative scores|
	Count       int
}

// Net is cooperation minus conflict: the sign of the relationship.
func (p Pair) Net() float64 { return p.Cooperation - p.Conflict }

// Strength is cooperation plus conflict: how much the two interact.
func (p Pair) Strength() float64 { return p.Cooperation + p.Conflict }

// Node returns the node with the given id.
func (g *Graph) Node(id string) (Node, bool) {
	i := sort.Search(len(g.Nodes), func(i int) bool { return g.Nodes[i].ID >= id })
	if i < len(g.Nodes) && g.Nodes[i].ID == id {
		return g.Nodes[i], true
	}
	return Node{}, false
}

// Pairs returns the undirected pair aggregates, sorted by (A, B). Each
// mention contributes its score to cooperation if positive and its absolute
// value to conflict if negative.
func (g *Graph) Pairs() []Pair {
	type key struct{ a, b string }
	m := map[key]*Pair{}
	for _, e := range g.Edges {
		a, b := e.Source, e.Target
		if a > b {
			a, b = b, a
		}
		k := key{a, b}
		p := m[k]
		if p == nil {
			p = &Pair{A: a, B: b}
			m[k] = p
		}
		p.Count += e.Count
		p.Cooperation += e.Cooperation
		p.Conflict += e.Conflict
	}
	out := make([]Pair, 0, len(m))
	for _, p := range m {
		out = append(out, *p)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].A != out[j].A {
			return out[i].A < out[j].A
		}
		return out[i].B < out[j].B
	})
	return out
}

// ByDate returns the evidence in reading order for a person: by date
// (undated mentions last), then document and sentence. The slice given is
// not changed.
func ByDate(ev []Evidence) []Evidence {
	out := append([]Evidence(nil), ev...)
	sort.SliceStable(out, func(i, j int) bool {
		if di, dj := out[i].Date, out[j].Date; di != dj {
			return di != "" && (dj == "" || di < dj)
		}
		if out[i].Doc != out[j].Doc {
			return out[i].Doc < out[j].Doc
		}
		return out[i].Sentence < out[j].Sentence
	})
	return out
}
