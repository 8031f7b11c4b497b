package analysis

import (
	"sort"

	"github.com/actorgraph/actorgraph/graph"
)

// Options gathers the options of every analysis. The zero value is the
// default.
type Options struct {
	// Measure is the influence measure (DefaultMeasure if empty).
	Measure   Measure
	Community CommunityOptions
	Paths     PathOptions
	Balance   BalanceOptions
}

// Report is the whole analysis of a graph.
type Report struct {
	Title string
	// Measure is the influence measure Influence is sorted by.
	Measure Measure
	// Nodes and Pairs (with strength > 0) of the graph.
	Nodes, Pairs int
	Influence    []Score
	// BetweennessSources is the number of sources of the shortest-path
	// measures (Nodes when exact); BetweennessBound the error bound of a
	// sampled run (see SampleBound), 0 when exact.
	BetweennessSources int
	BetweennessBound   float64
	Partition          *Partition
	Balance            *Balance
	// Bridges of the interaction graph, largest cut first.
	Bridges []Bridge
	// Brokers are the actors whose removal splits the graph (Score.Broker
	// > 0), by Broker descending, then influence rank.
	Brokers []Score
	// Notes say which measures are undefined on this graph and what was
	// reported instead.
	Notes []string
}

// Analyze runs every analysis on g. An invalid graph is an error wrapping
// graph.ErrInvalid.
func Analyze(g *graph.Graph, opt Options) (*Report, error) {
	m, err := ParseMeasure(string(opt.Measure))
	if err != nil {
		return nil, err
	}
	nw, err := NewNetwork(g)
	if err != nil {
		return nil, err
	}
	r := &Report{Nodes: nw.len(), Measure: m}
	if g != nil {
		r.Title = g.Title
	}
	for _, arcs := range nw.und {
		r.Pairs += len(arcs)
	}
	r.Pairs /= 2
	var paths Paths
	r.Influence, paths, r.Notes = nw.influence(m, opt.Paths)
	r.BetweennessSources, r.BetweennessBound = paths.Sources, paths.Bound
	r.Partition = nw.communities(opt.Community.withDefaults())
	r.Balance = nw.balance(opt.Balance)
	r.Bridges = nw.bridges()
	for _, s := range r.Influence {
		if s.Broker > 0 {
			r.Brokers = append(r.Brokers, s)
		}
	}
	sort.SliceStable(r.Brokers, func(i, j int) bool { return r.Brokers[i].Broker > r.Brokers[j].Broker })
	return r, nil
}
