package pipeline

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"io"
	"path"
	"path/filepath"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local" // local paths; beamx adds gs://
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/textio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/log"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/actorgraph/actorgraph/dedup"
	"github.com/actorgraph/actorgraph/event"
	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/extract/actor"
	"github.com/actorgraph/actorgraph/extract/document"
	"github.com/actorgraph/actorgraph/graph"
)

// Options configure the pipeline; they mirror `actorgraph run`'s flags.
type Options struct {
	// Inputs are files, local directories (their supported files,
	// recursively, as the CLI reads them) or globs a Beam filesystem
	// understands (gs://bucket/news/*.jsonl).
	Inputs []string
	// Output is the directory events.jsonl and graph.json are written to.
	Output string
	// Graph options, as `actorgraph build`: Level "" is organisation,
	// Modalities nil is asserted only.
	Level       string
	Modalities  []string
	MaxEvidence int
	Title       string
	// Date dates documents that carry no date (-date).
	Date string
	// Dedup counts near-duplicate documents once (-dedup); Threshold is
	// -dedup-threshold (0: the default).
	Dedup     bool
	Threshold float64
	// Shards splits extraction into that many independent branches (1 if
	// less). Prism gives a stage's pending elements to one bundle and runs
	// up to 8 bundles at once, so shards are how it uses more than one
	// core; on Flink or Dataflow one shard already runs on every worker.
	Shards int
}

// GraphOptions returns the graph.Options of o, with the CLI's Lookup (the
// built-in actor dictionary names nodes no event names).
func (o Options) GraphOptions() (graph.Options, error) {
	lv, err := graph.ParseLevel(o.Level)
	if err != nil {
		return graph.Options{}, err
	}
	opt := graph.Options{Level: lv, Modalities: o.Modalities, MaxEvidence: o.MaxEvidence, Title: o.Title}
	d, err := actor.Default()
	if err != nil {
		return graph.Options{}, err
	}
	opt.Lookup = func(id string) (event.Actor, bool) {
		a, ok := d.Lookup(id)
		if !ok {
			return event.Actor{}, false
		}
		return event.Actor{ID: a.ID, Name: a.Name, Kind: a.Kind, Country: a.Country, Sector: a.Sector}, true
	}
	return opt, nil
}

// Build adds the pipeline to s and returns the events and the graph JSON
// (one element) it writes.
func Build(s beam.Scope, o Options) (events, graphJSON beam.PCollection, err error) {
	if len(o.Inputs) == 0 {
		return events, graphJSON, fmt.Errorf("pipeline: no input")
	}
	if o.Output == "" {
		return events, graphJSON, fmt.Errorf("pipeline: no output directory")
	}
	if _, err := o.GraphOptions(); err != nil {
		return events, graphJSON, err
	}
	locals, globs, err := expand(o.Inputs)
	if err != nil {
		return events, graphJSON, err
	}
	s = s.Scope("actorgraph")
	var parts []beam.PCollection
	if len(locals) > 0 {
		parts = append(parts, beam.ParDo(s, &readLocalFn{}, beam.CreateList(s, locals)))
	}
	if len(globs) > 0 {
		files := fileio.MatchAll(s, beam.CreateList(s, globs))
		parts = append(parts, beam.ParDo(s, &readFn{}, fileio.ReadMatches(s, files)))
	}
	docs := parts[0]
	if len(parts) > 1 {
		docs = beam.Flatten(s, parts...)
	}

	shards := max(o.Shards, 1)
	origins := beam.ParDo(s, &originsFn{Threshold: o.Threshold, Shards: shards},
		beam.GroupByKey(s, beam.ParDo(s, &signFn{Skip: !o.Dedup, Threshold: o.Threshold}, docs)))
	keyed := beam.ParDo(s, &keyDocFn{Shards: shards}, docs)
	if shards == 1 {
		events = beam.ParDo(s, &extractFn{Date: o.Date}, beam.CoGroupByKey(s, keyed, origins))
	} else {
		// Each shard joins and extracts on its own: a CoGroupByKey per
		// shard is a stage of its own, run as a bundle of its own.
		dp := beam.Partition(s, shards, docShard, keyed)
		op := beam.Partition(s, shards, originShard, origins)
		parts := make([]beam.PCollection, shards)
		for i := range parts {
			parts[i] = beam.ParDo(s, &extractFn{Date: o.Date}, beam.CoGroupByKey(s, dp[i], op[i]))
		}
		events = beam.Flatten(s, parts...)
	}
	textio.Write(s, joinPath(o.Output, "events.jsonl"), beam.ParDo(s, eventJSON, events))

	gf := graphFn{Level: o.Level, Modalities: o.Modalities, MaxEvidence: o.MaxEvidence, Title: o.Title}
	edges := beam.CombinePerKey(s, &edgeFn{Level: o.Level, Modalities: o.Modalities},
		beam.ParDo(s, &keyFn{Level: o.Level, Modalities: o.Modalities}, events))
	graphJSON = beam.Combine(s, &gf, beam.DropKey(s, edges))
	textio.Write(s, joinPath(o.Output, "graph.json"), graphJSON)
	return events, graphJSON, nil
}

// Input is a local file to read, with the id and place in the input
// order the CLI gives it (document.ExpandFiles).
type Input struct {
	Path  string
	ID    string
	Order int
}

// expand splits the inputs into local files, listed as document.ExpandFiles
// lists them for the CLI (a folder stands for its supported files, with ids
// relative to it), and globs of a Beam filesystem (gs://...), read after
// them in path order.
func expand(inputs []string) (locals []Input, globs []string, err error) {
	var args []string
	for _, in := range inputs {
		if strings.Contains(in, "://") {
			globs = append(globs, in)
			continue
		}
		if strings.ContainsAny(in, "*?[") {
			m, err := filepath.Glob(in)
			if err != nil {
				return nil, nil, err
			}
			args = append(args, m...)
			continue
		}
		args = append(args, in)
	}
	files, errs := document.ExpandFiles(args)
	if len(errs) > 0 {
		return nil, nil, errs[0]
	}
	for i, f := range files {
		if f.Path == "-" {
			return nil, nil, fmt.Errorf("pipeline: standard input is no input for a pipeline")
		}
		abs, err := filepath.Abs(f.Path)
		if err != nil {
			return nil, nil, err
		}
		locals = append(locals, Input{Path: abs, ID: f.ID, Order: i})
	}
	return locals, globs, nil
}

func joinPath(dir, name string) string {
	if strings.Contains(dir, "://") {
		return strings.TrimSuffix(dir, "/") + "/" + name
	}
	return filepath.Join(dir, name)
}

// Doc is a document with its place in the input order, which decides
// which of two copies is the original.
type Doc struct {
	Order string // the file's place in the input order
	Path  string // the file it was read from
	Index int    // its record in the file (JSON Lines), else 0
	Doc   document.Document
	Shard int // the extraction branch it goes to (Options.Shards)
}

// Origin is what the ordered pass decides for a document: the id it
// keeps (ID, made unique as the CLI does: "x", "x#2") and, for a copy, its
// original's (Of). Shard is the document's.
type Origin struct {
	ID    string
	Of    string
	Shard int
}

// key names a document uniquely across the inputs.
func (d Doc) key() string { return fmt.Sprintf("%s\x00%09d", d.Order, d.Index) }

var (
	docsRead    = beam.NewCounter("actorgraph", "documents")
	bytesRead   = beam.NewCounter("actorgraph", "bytes")
	badInputs   = beam.NewCounter("actorgraph", "bad_inputs")
	eventsFound = beam.NewCounter("actorgraph", "events")
	copiesFound = beam.NewCounter("actorgraph", "copies")
)

// readLocalFn reads one input file into its documents, as the CLI's
// document.StreamFile does. A bad file or record is logged and counted
// (bad_inputs) and the others go on.
type readLocalFn struct{}

func (*readLocalFn) ProcessElement(ctx context.Context, in Input, emit func(Doc)) error {
	fs, err := filesystem.New(ctx, in.Path)
	if err != nil {
		return err
	}
	defer fs.Close()
	rc, err := fs.OpenRead(ctx, in.Path)
	if err != nil {
		badInputs.Inc(ctx, 1)
		log.Errorf(ctx, "%s: %v", in.Path, err)
		return nil
	}
	defer rc.Close()
	readDocs(ctx, rc, in.Path, in.ID, fmt.Sprintf("a%09d", in.Order), emit)
	return nil
}

// readFn reads one file matched by a glob; its documents are named by the
// file's base name and come after the local inputs, in path order.
type readFn struct{}

func (*readFn) ProcessElement(ctx context.Context, f fileio.ReadableFile, emit func(Doc)) error {
	name := f.Metadata.Path
	base := path.Base(filepath.ToSlash(name))
	if strings.HasPrefix(base, ".") {
		return nil
	}
	if _, err := document.FormatOf(name); err != nil {
		return nil // not an article: the CLI skips it in a folder too
	}
	rc, err := f.Open(ctx)
	if err != nil {
		badInputs.Inc(ctx, 1)
		log.Errorf(ctx, "%s: %v", name, err)
		return nil
	}
	defer rc.Close()
	readDocs(ctx, rc, name, strings.TrimSuffix(base, path.Ext(base)), "b"+name, emit)
	return nil
}

// readDocs reads a file's documents as document.StreamFile does: the
// format from the name, and a file named by its date dates the documents
// that carry none.
func readDocs(ctx context.Context, r io.Reader, name, id, order string, emit func(Doc)) {
	format, err := document.FormatOf(name)
	if err != nil {
		badInputs.Inc(ctx, 1)
		log.Errorf(ctx, "%s: %v", name, err)
		return
	}
	base := path.Base(filepath.ToSlash(name))
	date, dated := document.ParseDate(base[:min(len(base), 10)])
	i := 0
	document.Stream(r, format, id, name, func(d *document.Document, err error) bool {
		if err != nil {
			badInputs.Inc(ctx, 1)
			log.Errorf(ctx, "%v", err)
			return true
		}
		if dated && d.Date == "" {
			d.Date = date
		}
		docsRead.Inc(ctx, 1)
		bytesRead.Inc(ctx, int64(len(d.Text)))
		emit(Doc{Order: order, Path: name, Index: i, Doc: *d})
		i++
		return true
	})
}

// Sig is a document's dedup signature with its place in the input order.
type Sig struct {
	Key string // Doc.key
	ID  string
	Sig dedup.Signature
}

// signFn signs documents in parallel, under one key: ids and originals
// are decided by one sequential pass in input order. With Skip it sends
// the ids only.
type signFn struct {
	Skip      bool
	Threshold float64
}

func (f *signFn) ProcessElement(d Doc, emit func(int, Sig)) {
	s := Sig{Key: d.key(), ID: d.Doc.ID}
	if !f.Skip {
		s.Sig = dedup.Options{Threshold: f.Threshold}.Sign(d.Doc.Text)
	}
	emit(0, s)
}

// originsFn goes through the documents in input order, makes their ids
// unique and adds their signatures to the index; it emits an Origin for
// each document whose id changed or that copies another.
type originsFn struct {
	Threshold float64
	Shards    int
}

func (f *originsFn) ProcessElement(_ int, sigs func(*Sig) bool, emit func(string, Origin)) {
	var all []Sig
	var s Sig
	for sigs(&s) {
		all = append(all, s)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].Key < all[j].Key })
	ix := dedup.NewIndex(dedup.Options{Threshold: f.Threshold})
	ids := uniqueIDs{}
	for _, s := range all {
		id := ids.unique(s.ID)
		if orig := ix.Add(id, s.Sig); orig != "" || id != s.ID {
			emit(s.Key, Origin{ID: id, Of: orig, Shard: shard(s.Key, f.Shards)})
		}
	}
}

// uniqueIDs gives a document id seen before the suffix "#2", "#3", ... in
// input order, as cmd/actorgraph does: ids name documents in the graph's
// evidence and must not merge two.
type uniqueIDs map[string]int

func (u uniqueIDs) unique(id string) string {
	u[id]++
	if u[id] == 1 {
		return id
	}
	for {
		alt := id + "#" + strconv.Itoa(u[id])
		if u[alt] == 0 {
			u[alt] = 1
			return alt
		}
		u[id]++
	}
}

// keyDocFn keys a document for the join with its original and picks its
// shard.
type keyDocFn struct{ Shards int }

func (f *keyDocFn) ProcessElement(d Doc, emit func(string, Doc)) {
	k := d.key()
	d.Shard = shard(k, f.Shards)
	emit(k, d)
}

// shard spreads documents over n shards by their key.
func shard(key string, n int) int {
	h := fnv.New32a()
	h.Write([]byte(key))
	return int(h.Sum32() % uint32(max(n, 1)))
}

func docShard(_ string, d Doc) int { return d.Shard }

func originShard(_ string, o Origin) int { return o.Shard }

// extractors holds one extractor per option set for the worker process:
// building one loads the dictionaries and compiles the matcher.
var extractors = struct {
	sync.Mutex
	m map[string]*extract.Extractor
}{m: map[string]*extract.Extractor{}}

// extractFn runs the extractor on a document joined with its original, if
// it is a copy.
type extractFn struct {
	Date string
	x    *extract.Extractor
}

func (f *extractFn) Setup() error {
	extractors.Lock()
	defer extractors.Unlock()
	if x := extractors.m[f.Date]; x != nil {
		f.x = x
		return nil
	}
	x, err := extract.New(extract.Options{Date: f.Date})
	if err != nil {
		return err
	}
	extractors.m[f.Date] = x
	f.x = x
	return nil
}

func (f *extractFn) ProcessElement(ctx context.Context, _ string, docs func(*Doc) bool, origins func(*Origin) bool, emit func(event.Event)) error {
	var orig, id string
	var o Origin
	for origins(&o) {
		orig, id = o.Of, o.ID
	}
	var d Doc
	for docs(&d) {
		if id != "" {
			d.Doc.ID = id
		}
		ev, err := f.x.Extract(ctx, d.Doc)
		if err != nil {
			return fmt.Errorf("%s: %w", d.Doc.ID, err)
		}
		extract.SortEvents(ev)
		extract.Annotate(ev, d.Doc) // as the CLI: evidence links to its article
		if orig != "" {
			copiesFound.Inc(ctx, 1)
		}
		for _, e := range ev {
			e.CopyOf = orig
			emit(e)
		}
		eventsFound.Inc(ctx, int64(len(ev)))
	}
	return nil
}

// eventJSON is one line of events.jsonl, as `actorgraph extract` writes it.
func eventJSON(ev event.Event) (string, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(&ev); err != nil {
		return "", err
	}
	return strings.TrimSuffix(b.String(), "\n"), nil
}

func accumulator(level string, mods []string) *graph.Accumulator {
	lv, err := graph.ParseLevel(level)
	if err != nil {
		panic(err) // Build checked it
	}
	return graph.NewAccumulator(graph.Options{Level: lv, Modalities: mods})
}

// keyFn keys events by their edge at the graph's level and drops those
// that make no edge, before the shuffle.
type keyFn struct {
	Level      string
	Modalities []string
	acc        *graph.Accumulator
}

func (f *keyFn) Setup() { f.acc = accumulator(f.Level, f.Modalities) }

func (f *keyFn) ProcessElement(ev event.Event, emit func(string, event.Event)) {
	if k, ok := f.acc.Key(&ev); ok {
		emit(k.String(), ev)
	} else if ev.Date != "" {
		// An event that makes no edge still says the corpus is dated
		// (graph.BuildDated): its date alone goes on, under no edge.
		emit("", event.Event{Date: ev.Date})
	}
}

// edgeFn combines the events of one edge: graph.Accumulator as a CombineFn.
type edgeFn struct {
	Level      string
	Modalities []string
}

func (f *edgeFn) CreateAccumulator() *graph.Accumulator { return accumulator(f.Level, f.Modalities) }

func (f *edgeFn) AddInput(a *graph.Accumulator, ev event.Event) *graph.Accumulator {
	a.Add(ev)
	return a
}

func (f *edgeFn) MergeAccumulators(a, b *graph.Accumulator) *graph.Accumulator {
	a.Merge(b)
	return a
}

// graphFn merges the edges' accumulators into the graph JSON.
type graphFn struct {
	Level       string
	Modalities  []string
	MaxEvidence int
	Title       string
}

func (f *graphFn) CreateAccumulator() *graph.Accumulator { return accumulator(f.Level, f.Modalities) }

func (f *graphFn) AddInput(a, b *graph.Accumulator) *graph.Accumulator {
	a.Merge(b)
	return a
}

func (f *graphFn) MergeAccumulators(a, b *graph.Accumulator) *graph.Accumulator {
	a.Merge(b)
	return a
}

// ExtractOutput writes the graph as WriteJSON does, less the final
// newline that textio.Write adds back.
func (f *graphFn) ExtractOutput(a *graph.Accumulator) (string, error) {
	opt, err := Options{Level: f.Level, Modalities: f.Modalities, MaxEvidence: f.MaxEvidence, Title: f.Title}.GraphOptions()
	if err != nil {
		return "", err
	}
	opt.Dated = true                 // as actorgraph run and build: graph.BuildDated
	out := graph.NewAccumulator(opt) // Lookup is not on the wire
	out.Merge(a)
	var b bytes.Buffer
	if err := out.Graph().WriteJSON(&b); err != nil {
		return "", err
	}
	return strings.TrimSuffix(b.String(), "\n"), nil
}

// Coders: JSON for the project's types, whose JSON form is their contract.
func encEvent(ev event.Event) ([]byte, error) { return json.Marshal(ev) }
func decEvent(b []byte) (event.Event, error) {
	var ev event.Event
	err := json.Unmarshal(b, &ev)
	return ev, err
}
func encAcc(a *graph.Accumulator) ([]byte, error) { return json.Marshal(a) }
func decAcc(b []byte) (*graph.Accumulator, error) {
	a := new(graph.Accumulator)
	err := json.Unmarshal(b, a)
	return a, err
}
func encDoc(d Doc) ([]byte, error) { return json.Marshal(d) }
func decDoc(b []byte) (Doc, error) {
	var d Doc
	err := json.Unmarshal(b, &d)
	return d, err
}
func encSig(s Sig) ([]byte, error) { return json.Marshal(s) }
func decSig(b []byte) (Sig, error) {
	var s Sig
	err := json.Unmarshal(b, &s)
	return s, err
}

func encOrigin(o Origin) ([]byte, error) { return json.Marshal(o) }
func decOrigin(b []byte) (Origin, error) {
	var o Origin
	err := json.Unmarshal(b, &o)
	return o, err
}

func init() {
	beam.RegisterCoder(reflect.TypeOf(event.Event{}), encEvent, decEvent)
	beam.RegisterCoder(reflect.TypeOf(Origin{}), encOrigin, decOrigin)
	beam.RegisterCoder(reflect.TypeOf((*graph.Accumulator)(nil)), encAcc, decAcc)
	beam.RegisterCoder(reflect.TypeOf(Doc{}), encDoc, decDoc)
	beam.RegisterType(reflect.TypeOf(Input{}))
	beam.RegisterCoder(reflect.TypeOf(Sig{}), encSig, decSig)

	register.DoFn3x1[context.Context, fileio.ReadableFile, func(Doc), error](&readFn{})
	register.DoFn3x1[context.Context, Input, func(Doc), error](&readLocalFn{})
	register.DoFn2x0[Doc, func(int, Sig)](&signFn{})
	register.DoFn3x0[int, func(*Sig) bool, func(string, Origin)](&originsFn{})
	register.DoFn2x0[Doc, func(string, Doc)](&keyDocFn{})
	register.DoFn5x1[context.Context, string, func(*Doc) bool, func(*Origin) bool, func(event.Event), error](&extractFn{})
	register.DoFn2x0[event.Event, func(string, event.Event)](&keyFn{})
	register.Function2x1(docShard)
	register.Function2x1(originShard)
	register.Function1x2(eventJSON)
	register.Combiner2[*graph.Accumulator, event.Event](&edgeFn{})
	register.Combiner3[*graph.Accumulator, *graph.Accumulator, string](&graphFn{})
	register.Emitter1[Doc]()
	register.Emitter2[int, Sig]()
	register.Emitter2[string, Origin]()
	register.Emitter2[string, Doc]()
	register.Emitter1[event.Event]()
	register.Emitter2[string, event.Event]()
	register.Iter1[Sig]()
	register.Iter1[Doc]()
	register.Iter1[Origin]()
}
