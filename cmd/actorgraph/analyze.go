package main

import (
	"context"
	"fmt"
	"io"
	"math"
	"reflect"
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/analysis"
	"github.com/actorgraph/actorgraph/graph/analysis/tables"
)

const analyzeHelp = `
Analyses a graph (the JSON of 'actorgraph build'): influence of every actor,
signed communities, structural balance, k-cores, brokers and bridges.
Tables are tab-separated (-table); -format json or md prints everything.

Weights have one meaning. For a pair of actors, cooperation = Σ positive
PLOVER scores, conflict = Σ |negative scores|, strength = cooperation +
conflict (how much they interact), net = cooperation − conflict (its sign:
allies > 0, adversaries < 0; net = 0 is "ambivalent").
  strength      Σ strength over a node's pairs (weighted degree); the
                cooperation and conflict columns split it, never mixed
  degree        neighbours; degree_pos / degree_neg: with net > 0 / < 0
  betweenness   Σ_{s≠v≠t} σ_st(v)/σ_st over ordered pairs / ((n−1)(n−2)),
                shortest paths on distance 1/strength (= NetworkX
                betweenness_centrality(normalized=True); igraph ×2/((n−1)(n−2));
                gonum's BetweennessWeighted /((n−1)(n−2)))
  harmonic      Σ_{u≠v} 1/d(v,u), distance 1/strength; harmonic_norm /(n−1)
  closeness     (r−1)/Σ_u d(v,u) · (r−1)/(n−1), r = nodes reached
                (NetworkX closeness_centrality; igraph's closeness ×(r−1)/(n−1))
  eigenvector   principal eigenvector of the strength matrix, ‖x‖₂ = 1;
                eigenvector_coop / _conf on the cooperation / conflict layer
  pagerank      damping 0.85 on the directed strength graph (mutual types
                count both ways): attention received; pagerank_coop / _conf
                on the directed cooperation / conflict graph
  core          k-core number (unweighted); broker: extra components the
                graph would have without the actor (articulation point)
  pn            PN centrality (Everett & Borgatti 2014) on the signed graph
                (sign of net): (I − A/(2n−2))⁻¹1 with A = P − 2N, allies
                count for an actor, adversaries twice against, along walks
  eigenvector_signed  eigenvector of the signed adjacency for its
                eigenvalue of largest magnitude (Bonacich & Lloyd 2004),
                largest magnitude +1; 0 when there is no dominant eigenvalue
  status        support received + hostility shown − support given −
                hostility received, counted over directed signed pairs
                (Leskovec, Huttenlocher & Kleinberg 2010)
  influence     the measure chosen by -influence (default pn); the table is
                sorted by it and drawings size actors by it
Communities: Louvain on the signed graph (a cooperation layer counted
positively and a conflict layer negatively, with a refinement pass; Q is
checked against gonum's ModularizeMultiplex in the tests), the best signed
modularity Q of -runs seeded runs (fixed -seed: reproducible).
Structural balance: triangles of the signed graph by their number of
negative pairs (+++ and +−− balanced, ++− and −−− not), the balanced share,
walk-based balance tr(e^A)/tr(e^|A|) (Estrada & Benzi 2014), and the
frustration index (fewest pairs to remove or flip for a balanced
graph: exact by branch and bound up to -exact-nodes nodes per component,
else a local-search upper bound with an edge-disjoint-triangle lower bound).
Betweenness is exact (Brandes, parallel); -samples K estimates it from K
sources, within ±ε = n/(n−1)·√(ln(2n/0.05)/(2K)) for all actors with
probability 95%.
-ego ID [-depth N] restricts every analysis to the actors within N hops.
Time: -from and -to analyse the relations stated on those dates; -window W
(1w, 2w, 1m, 1q, 1y) analyses every window of W in turn, the tables with a
window column first (the graph must come from 'actorgraph build', which
keeps every relation's dates).`

type analyzeFlags struct {
	resolution float64
	seed       uint64
	runs       int
	samples    int
	influence  string
}

func addAnalyzeFlags(fs interface {
	Float64Var(*float64, string, float64, string)
	Uint64Var(*uint64, string, uint64, string)
	IntVar(*int, string, int, string)
	StringVar(*string, string, string, string)
}, f *analyzeFlags) {
	fs.StringVar(&f.influence, "influence", string(analysis.DefaultMeasure), "the influence `measure`: "+measureNames())
	fs.Float64Var(&f.resolution, "resolution", 1, "community resolution γ: higher gives more, smaller communities")
	fs.Uint64Var(&f.seed, "seed", analysis.DefaultSeed, "seed of the Louvain runs")
	fs.IntVar(&f.runs, "runs", analysis.DefaultRuns, "Louvain runs; the best modularity is kept")
	fs.IntVar(&f.samples, "samples", 0, "estimate betweenness, harmonic and closeness from `K` sampled sources (0: exact)")
}

func (f *analyzeFlags) options() analysis.CommunityOptions {
	return analysis.CommunityOptions{Resolution: f.resolution, Seed: f.seed, Runs: f.runs}
}

func (f *analyzeFlags) all() analysis.Options {
	return analysis.Options{Measure: analysis.Measure(f.influence), Community: f.options(),
		Paths: analysis.PathOptions{Samples: f.samples, Seed: f.seed}}
}

// check rejects an unknown -influence with a usage error.
func (f *analyzeFlags) check(cmd string, e *env) error {
	if _, err := analysis.ParseMeasure(f.influence); err != nil {
		fmt.Fprintf(e.stderr, "actorgraph %s: -influence %q: want %s\n", cmd, f.influence, measureNames())
		return errUsage
	}
	return nil
}

func measureNames() string {
	var names []string
	for _, m := range analysis.Measures() {
		names = append(names, string(m))
	}
	return strings.Join(names, ", ")
}

var analyzeTables = []string{"influence", "communities", "triads", "bridges", "ego"}

func cmdAnalyze(ctx context.Context, args []string, e *env) error {
	fs := newFlags(e, "analyze", "[flags] [GRAPH.json|-]", analyzeHelp)
	var f analyzeFlags
	var tf timeFlags
	addAnalyzeFlags(fs, &f)
	addTimeFlags(fs, &tf, "", "analyse every window of `W` in turn: "+strings.TrimPrefix(windowHelp, "cut the period into windows of `W`: "))
	table := fs.String("table", "influence", "which table with -format tsv: "+strings.Join(analyzeTables, ", "))
	format := fs.String("format", "tsv", "tsv (one -table), json or md (the whole report)")
	ego := fs.String("ego", "", "analyse only the ego network of the actor with this `ID`")
	depth := fs.Int("depth", 1, "with -ego: hops from the ego")
	exact := fs.Int("exact-nodes", analysis.DefaultExactNodes, "exact frustration index for signed components up to `N` nodes")
	out := fs.String("o", "", "write the output to `FILE` (atomically) instead of standard output")
	if done, err := parse(fs, e, args); done {
		return err
	}
	if fs.NArg() > 1 {
		fmt.Fprintln(e.stderr, "actorgraph analyze: one graph at a time")
		return errUsage
	}
	if !slices.Contains(analyzeTables, *table) {
		fmt.Fprintf(e.stderr, "actorgraph analyze: -table %q: want influence or communities, triads, bridges, ego\n", *table)
		return errUsage
	}
	if *format != "tsv" && *format != "json" && *format != "md" {
		fmt.Fprintf(e.stderr, "actorgraph analyze: -format %q: want tsv, json or md\n", *format)
		return errUsage
	}
	if *table == "ego" && *ego == "" {
		fmt.Fprintln(e.stderr, "actorgraph analyze: -table ego needs -ego ID")
		return errUsage
	}
	if err := f.check("analyze", e); err != nil {
		return err
	}
	if err := tf.check("analyze", e); err != nil {
		return err
	}
	if tf.window == "auto" {
		fmt.Fprintln(e.stderr, "actorgraph analyze: -window auto is for report; give a window such as 1m")
		return errUsage
	}
	if *depth < 0 || f.samples < 0 || *exact < 0 {
		fmt.Fprintln(e.stderr, "actorgraph analyze: -depth, -samples and -exact-nodes must be ≥ 0")
		return errUsage
	}
	if err := refuseSame("analyze", *out, fs.Arg(0), e); err != nil {
		return err
	}
	g, err := readGraph(fs.Arg(0), e)
	if err != nil {
		return err
	}
	opt := f.all()
	opt.Balance.ExactNodes = *exact
	if opt.Balance.ExactNodes == 0 {
		opt.Balance.ExactNodes = -1 // none exact
	}
	if tf.w.N > 0 {
		return analyzeWindows(g, fs.Arg(0), &tf, opt, *ego, *depth, *table, *format, *out, e)
	}
	if g, err = tf.slice(g, fs.Arg(0)); err != nil {
		return err
	}
	var members []analysis.EgoMember
	if *ego != "" {
		if g, members, err = analysis.Ego(g, *ego, *depth); err != nil {
			return err
		}
	}
	r, err := analysis.Analyze(g, opt)
	if err != nil {
		return err
	}
	if err := finiteScores(graphName(fs.Arg(0)), r.Influence); err != nil {
		return err
	}
	return writeOut(*out, e, func(w io.Writer) error {
		return writeAnalysis(w, r, members, *table, *format)
	})
}

// analyzeWindows analyses every window of the graph in turn and writes
// the chosen table with a window column, or all reports as JSON or
// Markdown. With -ego, a window where the ego has no relation is empty.
func analyzeWindows(g *graph.Graph, name string, tf *timeFlags, opt analysis.Options, ego string, depth int, table, format, out string, e *env) error {
	slices, w, err := tf.series(g, name)
	if err != nil {
		return err
	}
	windows := make([]tables.Window, len(slices))
	members := make([][]analysis.EgoMember, len(slices))
	for i, s := range slices {
		h := s.Graph
		if ego != "" {
			if _, ok := h.Node(ego); ok {
				if h, members[i], err = analysis.Ego(h, ego, depth); err != nil {
					return err
				}
			} else {
				h = &graph.Graph{Title: h.Title, Level: h.Level}
			}
		}
		r, err := analysis.Analyze(h, opt)
		if err != nil {
			return fmt.Errorf("%s, window %s: %w", inputName(name), s.Label, err)
		}
		if err := finiteScores(graphName(name)+", window "+s.Label, r.Influence); err != nil {
			return err
		}
		windows[i] = tables.Window{Span: s.Span, Report: r}
	}
	return writeOut(out, e, func(wr io.Writer) error {
		switch format {
		case "json":
			return tables.WriteWindowsJSON(wr, w.String(), windows)
		case "md":
			return tables.WriteWindowsMarkdown(wr, windows)
		}
		return tables.WriteWindowed(wr, windows, func(wr io.Writer, i int) error {
			return writeAnalysis(wr, windows[i].Report, members[i], table, "tsv")
		})
	})
}

// writeAnalysis writes one table (tsv) or the whole report (json, md).
func writeAnalysis(w io.Writer, r *analysis.Report, members []analysis.EgoMember, table, format string) error {
	switch format {
	case "json":
		return tables.WriteJSON(w, r)
	case "md":
		return tables.WriteMarkdown(w, r)
	}
	switch table {
	case "communities":
		return tables.WriteCommunities(w, r.Partition)
	case "triads":
		return tables.WriteTriads(w, r.Balance.Unbalanced)
	case "bridges":
		return tables.WriteBridges(w, r.Bridges)
	case "ego":
		return tables.WriteEgo(w, members)
	}
	return tables.WriteInfluence(w, r.Influence)
}

// readAnalysed reads a graph and runs both analyses on it, for the
// commands that draw it.
func readAnalysed(name string, e *env, af *analyzeFlags) (*graph.Graph, []analysis.Score, *analysis.Partition, error) {
	g, err := readGraph(name, e)
	if err != nil {
		return nil, nil, nil, err
	}
	scores, p, err := analyse(g, af.all())
	if err == nil {
		err = finiteScores(graphName(name), scores)
	}
	return g, scores, p, err
}

func graphName(name string) string {
	if name == "" {
		return "-"
	}
	return name
}

// finiteScores rejects measures that overflowed: a table, a drawing or
// JSON must never show +Inf or NaN (weights of 1e308 gave "score ++Inf"
// in tooltips and a marshal error naming analysis.f6).
func finiteScores(name string, scores []analysis.Score) error {
	for _, s := range scores {
		v := reflect.ValueOf(s)
		for i := 0; i < v.NumField(); i++ {
			if f := v.Field(i); f.Kind() == reflect.Float64 && (math.IsInf(f.Float(), 0) || math.IsNaN(f.Float())) {
				return fmt.Errorf("%s: the %s of %s is %v: the weights are too large to analyse", name, strings.ToLower(v.Type().Field(i).Name), s.ID, f.Float())
			}
		}
	}
	return nil
}

// analyse runs both analyses.
func analyse(g *graph.Graph, opt analysis.Options) ([]analysis.Score, *analysis.Partition, error) {
	scores, err := analysis.InfluenceWith(g, opt)
	if err != nil {
		return nil, nil, err
	}
	p, err := analysis.Communities(g, opt.Community)
	if err != nil {
		return nil, nil, err
	}
	return scores, p, nil
}
