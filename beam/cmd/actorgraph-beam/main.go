// Command actorgraph-beam runs actorgraph's extract → build on an Apache
// Beam runner: events.jsonl and graph.json in -output, the graph byte for
// byte the one `actorgraph run` writes. See beam/README.md for Flink and
// Dataflow.
//
//	actorgraph-beam --input corpus/seeds --output out-beam              # Prism, in process
//	actorgraph-beam --runner flink --endpoint localhost:8099 ...        # a Flink job server
//	actorgraph-beam --runner dataflow --project P --region R ...        # Google Cloud Dataflow
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/options/jobopts"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"

	"github.com/actorgraph/actorgraph/beam/pipeline"
	"github.com/actorgraph/actorgraph/dedup"
)

var (
	input       = flag.String("input", "", "comma-separated files, directories or globs (gs://bucket/news/*.jsonl) (required)")
	output      = flag.String("output", "", "output directory for events.jsonl and graph.json (required)")
	level       = flag.String("level", "organisation", "node level: actor, organisation or state")
	modality    = flag.String("modality", "asserted", "comma-separated modalities that become edges")
	maxEvidence = flag.Int("max_evidence", 20, "evidence sentences kept per edge (0 = all)")
	title       = flag.String("title", "Actor graph", "graph title")
	date        = flag.String("date", "", "YYYY-MM-DD date for documents that carry none")
	dedupOn     = flag.Bool("dedup", true, "count near-duplicate documents once")
	threshold   = flag.Float64("dedup_threshold", dedup.DefaultThreshold, "estimated Jaccard similarity from which two documents are copies")
)

func main() {
	flag.Parse()
	beam.Init() // on a remote worker this takes over and never returns
	if *input == "" || *output == "" {
		fmt.Fprintln(os.Stderr, "actorgraph-beam: --input and --output are required")
		flag.Usage()
		os.Exit(2)
	}
	var mods []string
	for _, m := range strings.Split(*modality, ",") {
		if m = strings.TrimSpace(m); m != "" {
			mods = append(mods, m)
		}
	}
	p, s := beam.NewPipelineWithRoot()
	_, _, err := pipeline.Build(s, pipeline.Options{
		Inputs: strings.Split(*input, ","), Output: *output,
		Level: *level, Modalities: mods, MaxEvidence: *maxEvidence, Title: *title,
		Date: *date, Dedup: *dedupOn, Threshold: *threshold,
		// --parallelism is Beam's own flag (Flink reads it); Prism ignores
		// it, so it also sets the extraction's shards.
		Shards: *jobopts.Parallelism,
	})
	if err != nil {
		fmt.Fprintf(os.Stderr, "actorgraph-beam: %v\n", err)
		os.Exit(2)
	}
	if err := os.MkdirAll(*output, 0o755); err != nil && !strings.Contains(*output, "://") {
		fmt.Fprintf(os.Stderr, "actorgraph-beam: %v\n", err)
		os.Exit(1)
	}
	if err := beamx.Run(context.Background(), p); err != nil {
		fmt.Fprintf(os.Stderr, "actorgraph-beam: %v\n", err)
		os.Exit(1)
	}
}
