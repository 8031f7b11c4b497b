package main

import (
	"context"
	"fmt"
	"io"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/analysis"
)

const analyzeHelp = `
Computes the influence of every actor and the communities of a graph (the
JSON of 'actorgraph build') and prints them as tab-separated tables.

Weights have one meaning: the interaction strength of a pair is
cooperation + conflict (Σ |PLOVER scores| of its mentions).
  strength      Σ strength over a node's pairs (weighted degree), split
                into cooperation and conflict columns
  betweenness   shortest paths with distance 1/strength, normalised as
                NetworkX (betweenness_centrality, normalized=True)
  harmonic      Σ 1/d(u,v) over other nodes, distance 1/strength; also /(n-1)
  eigenvector   principal eigenvector of the strength matrix, L2-normalised
  pagerank      damping 0.85 on the directed strength graph
  composite     mean of the max-normalised measures above, in [0,1]
Communities: Louvain on the signed graph (a cooperation layer counted
positively and a conflict layer counted negatively), best modularity of
several seeded runs; a community is a set of actors that cooperate among
themselves and are in conflict with others.`

type analyzeFlags struct {
	resolution float64
	seed       uint64
	runs       int
}

func addAnalyzeFlags(fs interface {
	Float64Var(*float64, string, float64, string)
	Uint64Var(*uint64, string, uint64, string)
	IntVar(*int, string, int, string)
}, f *analyzeFlags) {
	fs.Float64Var(&f.resolution, "resolution", 1, "community resolution γ: higher gives more, smaller communities")
	fs.Uint64Var(&f.seed, "seed", analysis.DefaultSeed, "seed of the Louvain runs")
	fs.IntVar(&f.runs, "runs", analysis.DefaultRuns, "Louvain runs; the best modularity is kept")
}

func (f *analyzeFlags) options() analysis.CommunityOptions {
	return analysis.CommunityOptions{Resolution: f.resolution, Seed: f.seed, Runs: f.runs}
}

func cmdAnalyze(ctx context.Context, args []string, e *env) error {
	fs := newFlags(e, "analyze", "[flags] [GRAPH.json|-]", analyzeHelp)
	var f analyzeFlags
	addAnalyzeFlags(fs, &f)
	table := fs.String("table", "influence", "which table: influence or communities")
	out := fs.String("o", "", "write the table to `FILE` (atomically) instead of standard output")
	if done, err := parse(fs, e, args); done {
		return err
	}
	if fs.NArg() > 1 {
		fmt.Fprintln(e.stderr, "actorgraph analyze: one graph at a time")
		return errUsage
	}
	g, err := readGraph(fs.Arg(0), e)
	if err != nil {
		return err
	}
	switch *table {
	case "influence":
		scores, err := analysis.Influence(g)
		if err != nil {
			return err
		}
		return writeOut(*out, e, func(w io.Writer) error { return analysis.WriteInfluence(w, scores) })
	case "communities":
		p, err := analysis.Communities(g, f.options())
		if err != nil {
			return err
		}
		return writeOut(*out, e, func(w io.Writer) error { return analysis.WriteCommunities(w, p) })
	}
	fmt.Fprintf(e.stderr, "actorgraph analyze: -table %q: want influence or communities\n", *table)
	return errUsage
}

// analyse runs both analyses.
func analyse(g *graph.Graph, opt analysis.CommunityOptions) ([]analysis.Score, *analysis.Partition, error) {
	scores, err := analysis.Influence(g)
	if err != nil {
		return nil, nil, err
	}
	p, err := analysis.Communities(g, opt)
	if err != nil {
		return nil, nil, err
	}
	return scores, p, nil
}
