package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"

	"github.com/actorgraph/actorgraph/dedup"
	"github.com/actorgraph/actorgraph/event"
	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/extract/actor"
	"github.com/actorgraph/actorgraph/extract/document"
	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/extract/rules"
	"github.com/actorgraph/actorgraph/internal/atomicfile"
)

const extractHelp = `
Reads articles (.txt, .md, .html, .jsonl; a directory stands for the
supported files in it; - is standard input) and prints one JSON object per
relation mention: doc, sentence, start, end, text (the evidence sentence),
source and target actors, PLOVER type, mode, quad, weight and modality,
and the trigger words with their offsets. Negated, hedged, conditional and
planned statements are printed with their modality; only "asserted" ones
become graph edges.

A document's date (JSON Lines "date", a dateline in the text, or -date)
picks each person's role: John Kerry is USA GOV in 2016, USA LEG in 2008.

A file that cannot be read is reported as "actorgraph: FILE: problem" and
the others are still processed; the exit status is then 1.`

type extractFlags struct {
	actors    stringList
	relations string
	rules     string
	date      string
	format    string
	keepBoil  bool
	trace     string
	workers   int
	dedup     dedupFlags
}

func addExtractFlags(fs *flag.FlagSet, f *extractFlags) {
	fs.Var(&f.actors, "actors", "an actor `FILE` merged over the built-in dictionary (repeatable)")
	fs.StringVar(&f.relations, "relations", "", "a relation trigger lexicon `FILE` replacing the built-in one")
	fs.StringVar(&f.rules, "rules", "", "a `DIR` with rule tables (rules/arguments.txt, modality.txt, derived.txt, anaphora.txt, defaults.txt) and word lists (words/NAME.txt), each replacing the built-in one of its name")
	fs.StringVar(&f.date, "date", "", "`YYYY-MM-DD` date for documents that carry none")
	fs.StringVar(&f.format, "format", "txt", "format of standard input: txt, md, html or jsonl")
	fs.BoolVar(&f.keepBoil, "keep-boilerplate", false, "do not drop web page furniture (sign-up lines, copyright)")
	fs.StringVar(&f.trace, "trace", "", "write the actors and triggers found in each sentence to `FILE`")
	fs.IntVar(&f.workers, "j", min(runtime.GOMAXPROCS(0), MaxWorkers), "documents processed in parallel")
	addDedupFlags(fs, &f.dedup)
}

// MaxWorkers bounds -j: each worker holds a document and its sentences,
// and a million of them took 3 GB before any work was done.
const MaxWorkers = 256

// checkBounds rejects flag values outside what the machine can do, and
// a -date or -format it cannot read, with a usage error.
func (f *extractFlags) checkBounds(cmd string, e *env) error {
	if f.workers < 1 || f.workers > MaxWorkers {
		fmt.Fprintf(e.stderr, "actorgraph %s: -j %d: want 1 to %d workers\n", cmd, f.workers, MaxWorkers)
		return errUsage
	}
	if _, ok := document.ParseDate(f.date); f.date != "" && !ok {
		fmt.Fprintf(e.stderr, "actorgraph %s: -date %q: want a date YYYY-MM-DD\n", cmd, f.date)
		return errUsage
	}
	if _, err := document.FormatOf("stdin." + f.format); err != nil {
		fmt.Fprintf(e.stderr, "actorgraph %s: -format %q: want txt, md, html or jsonl\n", cmd, f.format)
		return errUsage
	}
	return nil
}

// noDocuments reports each folder given that holds no document actorgraph
// reads (it used to give no output and exit 0), and ends the command when
// nothing at all is left to read.
func noDocuments(args []string, files []document.File, e *env) error {
	for _, a := range args {
		st, err := os.Stat(a)
		if err != nil || !st.IsDir() {
			continue
		}
		found := false
		for _, f := range files {
			if rel, err := filepath.Rel(a, f.Path); err == nil && !strings.HasPrefix(rel, "..") {
				found = true
				break
			}
		}
		if !found {
			e.fail(fmt.Errorf("%s: no .txt, .md, .html or .jsonl documents in this folder", a))
		}
	}
	if len(files) == 0 {
		return errAllFailed
	}
	return nil
}

func (f *extractFlags) extractor(trace io.Writer) (*extract.Extractor, error) {
	opt := extract.Options{Date: f.date, KeepBoilerplate: f.keepBoil, Trace: trace}
	if f.date != "" {
		d, ok := document.ParseDate(f.date)
		if !ok {
			return nil, fmt.Errorf("-date %q is not a YYYY-MM-DD date", f.date)
		}
		opt.Date = d
	}
	if len(f.actors) > 0 {
		d, err := actor.Load(f.actors...)
		if err != nil {
			return nil, err
		}
		opt.Actors = d
	}
	if f.relations != "" {
		r, err := os.Open(f.relations)
		if err != nil {
			return nil, err
		}
		defer r.Close()
		lx, err := lexicon.Parse(r, f.relations)
		if err != nil {
			return nil, err
		}
		opt.Lexicon = lx
	}
	if f.rules != "" {
		if st, err := os.Stat(f.rules); err != nil {
			return nil, err
		} else if !st.IsDir() {
			return nil, fmt.Errorf("%s: -rules wants a directory (with rules/ and words/)", f.rules)
		}
		base, err := rules.Default()
		if err != nil {
			return nil, err
		}
		set, err := rules.Load(os.DirFS(f.rules), base)
		if err != nil {
			return nil, fmt.Errorf("-rules %s: %w", f.rules, err)
		}
		opt.Rules = set
	}
	return extract.New(opt)
}

func cmdExtract(ctx context.Context, args []string, e *env) error {
	fs := newFlags(e, "extract", "[flags] FILE|DIR|- ...", extractHelp)
	var f extractFlags
	addExtractFlags(fs, &f)
	out := fs.String("o", "", "write the events to `FILE` (atomically) instead of standard output")
	if done, err := parse(fs, e, args); done {
		return err
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(e.stderr, "actorgraph extract: no input (give files, directories or -)")
		fs.Usage()
		return errUsage
	}
	if err := f.checkBounds("extract", e); err != nil {
		return err
	}
	files := expandInputs(fs.Args(), e, *out, f.trace)
	if err := noDocuments(fs.Args(), files, e); err != nil {
		return err
	}
	for _, o := range []struct{ flag, path string }{{"-o", *out}, {"-trace", f.trace}} {
		if in := inputAt(files, o.path); in != "" {
			fmt.Fprintf(e.stderr, "actorgraph extract: %s %s is also an input; it would be overwritten\n", o.flag, escapeControls(o.path))
			return errUsage
		}
	}
	var trace io.Writer
	if f.trace != "" {
		tf, err := os.Create(f.trace)
		if err != nil {
			return err
		}
		defer tf.Close()
		trace = tf
		f.workers = 1 // keep the trace in document order
	}
	x, err := f.extractor(trace)
	if err != nil {
		return err
	}
	write := func(w io.Writer) error {
		n, err := writeEvents(ctx, w, x, files, &f, e, nil)
		if err == nil && n == 0 && e.failed {
			return errAllFailed
		}
		return err
	}
	if *out != "" {
		return atomicfile.Write(*out, write)
	}
	return write(e.stdout)
}

// errAllFailed ends a command whose every input failed: it writes nothing,
// so that an earlier output is not replaced by an empty one.
var errAllFailed = errors.New("no input could be read; nothing written")

// expandInputs lists the input files, leaving out the outputs (skip) and
// reporting the arguments that are missing.
func expandInputs(args []string, e *env, skip ...string) []document.File {
	var sk []string
	for _, s := range skip {
		if s != "" && s != "-" {
			sk = append(sk, s)
		}
	}
	files, errs := document.ExpandFiles(args, sk...)
	for _, err := range errs {
		e.fail(err)
	}
	return files
}

// inputAt returns the input that is the file at path, or "".
func inputAt(files []document.File, path string) string {
	if path == "" || path == "-" {
		return ""
	}
	fi, err := os.Stat(path)
	if err != nil {
		return ""
	}
	for _, f := range files {
		if f.Path == "-" {
			continue
		}
		if fj, err := os.Stat(f.Path); err == nil && os.SameFile(fi, fj) {
			return f.Path
		}
	}
	return ""
}

// writeEvents extracts the inputs and writes their events to w as JSON
// Lines; keep, if set, also receives every document's events. It returns
// the number of documents extracted.
func writeEvents(ctx context.Context, w io.Writer, x *extract.Extractor, files []document.File, f *extractFlags, e *env, keep func([]event.Event)) (int, error) {
	bw := bufio.NewWriterSize(w, 1<<16)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	n, err := extractAll(ctx, x, files, f, e, func(ev []event.Event) error {
		if keep != nil {
			keep(ev)
		}
		for i := range ev {
			if err := enc.Encode(&ev[i]); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return n, err
	}
	return n, bw.Flush()
}

// extractAll reads the inputs and extracts their documents with f.workers
// goroutines, handing each document's events to sink in input order, and
// returns the number of documents extracted. Problems with single inputs
// are reported through e.fail and do not stop the others. A cancelled ctx
// ends it at once (a worker inside a long document is left behind).
func extractAll(ctx context.Context, x *extract.Extractor, files []document.File, f *extractFlags, e *env, sink func([]event.Event) error) (int, error) {
	type job struct {
		seq int
		doc document.Document
	}
	type result struct {
		seq  int
		ev   []event.Event
		err  error
		doc  string // the document's source, for messages
		id   string
		sig  dedup.Signature
		size int
	}
	workers := f.workers
	if workers < 1 {
		workers = 1
	}
	copies := f.dedup.finder()
	prog := newProgress(e.stderr)
	defer prog.done()
	jobs := make(chan job, workers*2)
	results := make(chan result, workers*2)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	inFlight := newBudget(maxBytesInFlight)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				ev, err := extractOne(ctx, x, j.doc)
				sig := copies.sign(j.doc)
				inFlight.release(len(j.doc.Text))
				select {
				case results <- result{j.seq, ev, err, source(j.doc), j.doc.ID, sig, len(j.doc.Text)}:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	// The reader: one document at a time, so memory stays independent of
	// the corpus size. Failures are reported from here, in input order.
	var failMu sync.Mutex
	fail := func(err error) {
		failMu.Lock()
		e.fail(err)
		failMu.Unlock()
	}
	readErr := make(chan error, 1)
	go func() {
		defer close(jobs)
		seq := 0
		ids := uniqueIDs{}
		// Each document goes to the workers as soon as it is read: a JSON
		// Lines file is never held whole.
		send := func(d *document.Document, err error) bool {
			if err != nil {
				fail(err)
				return true
			}
			d.ID = ids.unique(d.ID)
			if !inFlight.acquire(ctx, len(d.Text)) {
				return false
			}
			select {
			case jobs <- job{seq, *d}:
				seq++
				return true
			case <-ctx.Done():
				return false
			}
		}
		for _, in := range files {
			if ctx.Err() != nil {
				break
			}
			if in.Path == "-" {
				format, err := document.FormatOf("stdin." + f.format)
				if err != nil {
					fail(fmt.Errorf("-format: %w", err))
					continue
				}
				document.Stream(e.stdin, format, "stdin", "-", send)
			} else {
				document.StreamFile(in.Path, in.ID, send)
			}
		}
		readErr <- ctx.Err()
	}()
	go func() { wg.Wait(); close(results) }()
	pending := map[int]result{}
	next, done := 0, 0
	var sinkErr error
	for {
		var r result
		var ok bool
		select {
		case r, ok = <-results:
		case <-ctx.Done():
			if sinkErr != nil {
				return done, sinkErr
			}
			return done, ctx.Err()
		}
		if !ok {
			break
		}
		pending[r.seq] = r
		for {
			p, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			if p.err != nil {
				if ctx.Err() == nil {
					fail(fmt.Errorf("%s: %w", p.doc, p.err))
				}
				continue
			}
			copies.mark(p.id, p.sig, p.ev)
			prog.add(p.size, len(p.ev))
			if sinkErr == nil {
				if sinkErr = sink(p.ev); sinkErr != nil {
					cancel()
				} else {
					done++
				}
			}
		}
	}
	if sinkErr != nil {
		return done, sinkErr
	}
	if err := <-readErr; err != nil {
		return done, err
	}
	return done, ctx.Err()
}

// maxBytesInFlight bounds the text of the documents being extracted at
// once: extraction takes some 40 times a document's size, so -j workers on
// large documents multiplied it (one 53 MB record cost 2 GB per worker).
// A document larger than the budget is extracted alone.
const maxBytesInFlight = 32 << 20

// budget is a counting semaphore over bytes.
type budget struct {
	mu   sync.Mutex
	cond *sync.Cond
	max  int
	used int
}

func newBudget(max int) *budget {
	b := &budget{max: max}
	b.cond = sync.NewCond(&b.mu)
	return b
}

// acquire waits until n bytes (at most the whole budget) are free; false
// if ctx ends first.
func (b *budget) acquire(ctx context.Context, n int) bool {
	n = min(n, b.max)
	stop := context.AfterFunc(ctx, func() {
		b.mu.Lock()
		b.cond.Broadcast()
		b.mu.Unlock()
	})
	defer stop()
	b.mu.Lock()
	defer b.mu.Unlock()
	for b.used > 0 && b.used+n > b.max {
		if ctx.Err() != nil {
			return false
		}
		b.cond.Wait()
	}
	b.used += n
	return ctx.Err() == nil
}

func (b *budget) release(n int) {
	n = min(n, b.max)
	b.mu.Lock()
	b.used -= n
	b.cond.Broadcast()
	b.mu.Unlock()
}

// uniqueIDs keeps document ids unique within one run: a repeated id (two
// files named alike, a JSON Lines id used twice) gets "#2", "#3", ... in
// input order, so that no document's evidence is merged into another's.
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

// extractOne extracts one document. A panic is that document's error,
// whatever raised it: one document never ends the others' extraction.
func extractOne(ctx context.Context, x *extract.Extractor, d document.Document) (ev []event.Event, err error) {
	defer func() {
		if r := recover(); r != nil {
			ev, err = nil, fmt.Errorf("internal error: %v; document skipped (a bug: please report it with the document)", r)
		}
	}()
	ev, err = x.Extract(ctx, d)
	extract.SortEvents(ev)
	extract.Annotate(ev, d) // evidence links to its article
	return ev, err
}

// source names a document in messages: its file (and line), else its id.
func source(d document.Document) string {
	if d.Source != "" {
		return d.Source
	}
	return d.ID
}
