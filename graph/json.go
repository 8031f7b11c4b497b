package graph

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"sort"
)

// ErrInvalid is wrapped by errors about a graph that breaks its invariants.
var ErrInvalid = errors.New("graph: invalid graph")

// WriteJSON writes the graph as indented JSON. The output is deterministic.
func (g *Graph) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(g)
}

// MaxWeight bounds an edge's weight, cooperation and conflict in a graph
// read from JSON: sums of PLOVER scores (at most 10 a mention) never come
// near it, and below it every measure computed from them stays finite
// (weights of 1e308 made +Inf and NaN in the tables).
const MaxWeight = 1e12

// ReadJSON reads a graph written by WriteJSON (or by another tool in the
// same shape) and checks it: every edge endpoint must be a node, node ids
// unique, weights within MaxWeight, cooperation and conflict not negative,
// nothing after the graph. Nodes and edges are re-sorted into canonical order.
func ReadJSON(r io.Reader) (*Graph, error) {
	dec := json.NewDecoder(r)
	var g Graph
	if err := dec.Decode(&g); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrInvalid, err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, fmt.Errorf("%w: more data after the graph", ErrInvalid)
	}
	if g.Level == "" {
		g.Level = LevelOrganisation
	}
	seen := make(map[string]bool, len(g.Nodes))
	for i, n := range g.Nodes {
		if n.ID == "" {
			return nil, fmt.Errorf("%w: node %d has no id", ErrInvalid, i)
		}
		if seen[n.ID] {
			return nil, fmt.Errorf("%w: duplicate node id %q", ErrInvalid, n.ID)
		}
		seen[n.ID] = true
	}
	for i, d := range g.Dates {
		if d.Date != "" && !validDate(d.Date) || i > 0 && d.Date <= g.Dates[i-1].Date || d.Documents < 1 {
			return nil, fmt.Errorf("%w: graph date %d: %q with %d documents (want YYYY-MM-DD, ascending, documents ≥ 1)", ErrInvalid, i, d.Date, d.Documents)
		}
	}
	for i, e := range g.Edges {
		if !seen[e.Source] || !seen[e.Target] {
			return nil, fmt.Errorf("%w: edge %d (%s→%s) names an unknown node", ErrInvalid, i, e.Source, e.Target)
		}
		if e.Source == e.Target {
			return nil, fmt.Errorf("%w: edge %d is a self-loop on %q", ErrInvalid, i, e.Source)
		}
		if !(math.Abs(e.Weight) <= MaxWeight) || !(e.Cooperation >= 0 && e.Cooperation <= MaxWeight) || !(e.Conflict >= 0 && e.Conflict <= MaxWeight) {
			return nil, fmt.Errorf("%w: edge %d (%s→%s %s): weight %v, cooperation %v, conflict %v (want |weight| ≤ %g, 0 ≤ cooperation, conflict ≤ %g)",
				ErrInvalid, i, e.Source, e.Target, e.Type, e.Weight, e.Cooperation, e.Conflict, MaxWeight, MaxWeight)
		}
		for m, n := range e.Modalities {
			if n < 1 || n > e.Count {
				return nil, fmt.Errorf("%w: edge %d (%s→%s %s): %d %s mentions of %d", ErrInvalid, i, e.Source, e.Target, e.Type, n, m, e.Count)
			}
		}
		if len(e.Dates) > 0 {
			if err := checkDates(&g.Edges[i]); err != nil {
				return nil, fmt.Errorf("%w: edge %d (%s→%s %s): %v", ErrInvalid, i, e.Source, e.Target, e.Type, err)
			}
		}
	}
	sort.Slice(g.Nodes, func(i, j int) bool { return g.Nodes[i].ID < g.Nodes[j].ID })
	sortEdges(g.Edges)
	return &g, nil
}
