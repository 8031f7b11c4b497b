// Package pipeline is actorgraph's extract → build on Apache Beam (Go SDK):
// the same extractor and the same aggregation as `actorgraph run`, on any
// Beam runner (Prism in process, Flink, Spark, Google Cloud Dataflow).
//
// The shape is the SDK's examples/wordcount:
//
//	files ─ read ─→ documents ─ ParDo(extract) ─→ events ─→ events.jsonl
//	                    │                           │
//	                    └─ sign ─ GroupByKey(1) ─ originals (near-duplicates)
//	                                                │
//	                     key by (source, target, type) at the graph's level
//	                                                │
//	                CombinePerKey(graph.Accumulator) ─ Combine ─→ graph.json
//
// The extractor is built once per worker process (Setup, cached across
// DoFn instances) and is shared by its bundles; it is safe for concurrent
// use. The combine is graph.Accumulator, the code graph.Build runs, whose
// result does not depend on how the runner partitions and merges: the
// graph JSON is byte for byte the one `actorgraph run` writes for the
// same files.
//
// Near-duplicate documents are found as in `actorgraph extract`: every
// document is signed in parallel, then one worker goes through them in
// input order (the local files as the CLI lists them, then the files
// globs match, by path; then records), makes document ids unique as the
// CLI does ("x", "x#2") and adds the signatures to a dedup.Index; that
// step holds one 1 KiB signature per document, the one part that does not
// scale out. Events of a copy carry copy_of and count once. The graph is
// graph.BuildDated's, as `actorgraph run` writes it (edges split by date).
//
// events.jsonl holds the same events as the CLI's, in the runner's order,
// not the documents' order.
package pipeline
