package feed

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"math"
	"sort"
	"strings"

	"github.com/actorgraph/actorgraph/event"
	"github.com/actorgraph/actorgraph/extract/actor"
	"github.com/actorgraph/actorgraph/plover"
)

// Format names a source.
type Format string

// The formats Read knows.
const (
	GDELT   Format = "gdelt"
	ICEWS   Format = "icews"
	POLECAT Format = "polecat"
	ACLED   Format = "acled"
)

// Formats lists the formats.
var Formats = []Format{GDELT, ICEWS, POLECAT, ACLED}

// ParseFormat parses a format name.
func ParseFormat(s string) (Format, error) {
	for _, f := range Formats {
		if strings.EqualFold(s, string(f)) {
			return f, nil
		}
	}
	return "", fmt.Errorf("feed: unknown format %q (want gdelt, icews, polecat or acled)", s)
}

// Options configure an import; zero fields take the embedded defaults.
type Options struct {
	Cameo  *Cameo            // CAMEO → PLOVER table
	Actors *actor.Dictionary // names and countries actors resolve to
	Scores plover.Scores     // PLOVER scores, the weight of ACLED events
	ACLED  *ACLEDTable       // ACLED event types → PLOVER
}

// Result is what one file gave.
type Result struct {
	Events  []event.Event
	Rows    int // data rows read (a malformed row included)
	Skipped int // well-formed rows that make no relation
}

// Error is a malformed row: file, line and problem.
type Error struct {
	File string
	Line int
	Msg  string
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.File, e.Msg)
}

// ErrorList is the errors of one file, in line order.
type ErrorList []*Error

func (l ErrorList) Error() string {
	var b strings.Builder
	for i, e := range l {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(e.Error())
	}
	return b.String()
}

// Err returns the list as an error, or nil when it is empty.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}

// Unwrap lets errors.As find each Error.
func (l ErrorList) Unwrap() []error {
	out := make([]error, len(l))
	for i, e := range l {
		out[i] = e
	}
	return out
}

// MaxErrors bounds the errors kept per file: past it a file is not in the
// format it was said to be, and one more line says how many were left out.
const MaxErrors = 100

// Read imports r in format f; name is used in errors and as the document
// id of formats without one. It returns what it could read and an
// ErrorList of the malformed rows.
func Read(r io.Reader, f Format, name string, opt Options) (Result, error) {
	im, err := newImporter(opt, name)
	if err != nil {
		return Result{}, err
	}
	switch f {
	case GDELT:
		im.readTSV(r, nil, im.gdelt)
	case ICEWS:
		im.readTSV(r, icewsCols, im.icews)
	case POLECAT:
		im.readTSV(r, polecatCols, im.polecat)
	case ACLED:
		im.readACLED(r)
	default:
		return Result{}, fmt.Errorf("feed: unknown format %q", f)
	}
	if n := len(im.errs); n > MaxErrors {
		im.errs = append(im.errs[:MaxErrors], &Error{File: name, Msg: fmt.Sprintf("%d more malformed rows not shown", n-MaxErrors)})
	}
	return im.res, im.errs.Err()
}

// importer holds one import's state.
type importer struct {
	opt  Options
	name string
	res  Result
	errs ErrorList
	act  *resolver
	hdr  header // column positions, for formats with a header
	// hdrNames are the header's names, in order.
	hdrNames []string
}

func newImporter(opt Options, name string) (*importer, error) {
	var err error
	if opt.Cameo == nil {
		if opt.Cameo, err = DefaultCameo(); err != nil {
			return nil, err
		}
	}
	if opt.Actors == nil {
		if opt.Actors, err = actor.Default(); err != nil {
			return nil, err
		}
	}
	if opt.Scores == nil {
		opt.Scores = plover.DefaultScores()
	}
	if opt.ACLED == nil {
		if opt.ACLED, err = DefaultACLED(); err != nil {
			return nil, err
		}
	}
	return &importer{opt: opt, name: name, act: newResolver(opt.Actors)}, nil
}

func (im *importer) errorf(line int, format string, args ...any) {
	im.errs = append(im.errs, &Error{File: im.name, Line: line, Msg: fmt.Sprintf(format, args...)})
}

// errSkip marks a row that is well formed but makes no event.
var errSkip = errors.New("skip")

// readTSV reads tab-separated rows (after a header line with the columns
// cols, if cols is not nil) and hands each to row, which returns its
// events, errSkip, or a problem.
func (im *importer) readTSV(r io.Reader, cols map[string]column, row func(line int, f []string) ([]event.Event, error)) {
	br := bufio.NewReaderSize(r, 1<<16)
	line := 0
	for {
		text, err := br.ReadString('\n')
		if text == "" && err != nil {
			if err != io.EOF {
				im.errorf(line+1, "%v", err)
			}
			return
		}
		line++
		text = strings.TrimRight(text, "\r\n")
		if line == 1 {
			text = strings.TrimPrefix(text, "\ufeff")
		}
		if strings.TrimSpace(text) == "" {
			continue
		}
		f := strings.Split(text, "\t")
		if cols != nil && im.hdr == nil {
			if err := im.readHeader(f, cols); err != nil {
				im.errorf(line, "%v", err)
				return
			}
			continue
		}
		im.add(line, f, row)
	}
}

func (im *importer) add(line int, f []string, row func(line int, f []string) ([]event.Event, error)) {
	im.res.Rows++
	ev, err := row(line, f)
	switch {
	case errors.Is(err, errSkip):
		im.res.Skipped++
	case err != nil:
		im.errorf(line, "%v", err)
	default:
		im.res.Events = append(im.res.Events, ev...)
	}
}

// header maps a format's column names to positions.
type header map[string]int

// columns lists, per format, each column the importer reads and the names
// it goes by; required ones must be in the header.
type column struct {
	names    []string
	required bool
}

// readHeader reads a header line; it must name the required columns.
func (im *importer) readHeader(f []string, cols map[string]column) error {
	im.hdr = header{}
	for i, name := range f {
		im.hdr[fold(name)] = i
	}
	im.hdrNames = append([]string(nil), f...)
	return im.hdr.need(cols)
}

// need checks that the header has the required columns of a format.
func (h header) need(cols map[string]column) error {
	var missing []string
	for key, c := range cols {
		if !c.required {
			continue
		}
		if _, ok := h.index(c); !ok {
			missing = append(missing, key)
		}
	}
	if len(missing) > 0 {
		sort.Strings(missing)
		return fmt.Errorf("header lacks the column(s) %s", strings.Join(missing, ", "))
	}
	return nil
}

func (h header) index(c column) (int, bool) {
	for _, n := range c.names {
		if i, ok := h[fold(n)]; ok {
			return i, true
		}
	}
	return 0, false
}

// get returns a row's value of a column, "" when the column or value is
// missing.
func (h header) get(f []string, c column) string {
	i, ok := h.index(c)
	if !ok || i >= len(f) {
		return ""
	}
	return strings.TrimSpace(f[i])
}

// fold normalises a name for comparison: lower case, spaces and
// underscores alike.
func fold(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.ReplaceAll(s, "_", " ")
	return strings.Join(strings.Fields(s), " ")
}

// score parses a source's score: a number in −10..+10.
func score(s, what string) (float64, error) {
	if s == "" {
		return 0, fmt.Errorf("no %s", what)
	}
	var v float64
	if _, err := fmt.Sscan(s, &v); err != nil || math.IsNaN(v) || v < -10 || v > 10 {
		return 0, fmt.Errorf("%s %q is not a number in -10..10", what, s)
	}
	return v, nil
}

// relation makes the event of a row from its parts.
func relation(doc, date string, sentence int, text string, src, tgt event.Actor, t plover.Type, mode string, weight float64, trigger string) event.Event {
	return event.Event{
		Doc: doc, Date: date, Sentence: sentence, Text: text,
		Source: src, Target: tgt, Type: t.Name, Mode: mode, Quad: t.Quad, Weight: weight,
		Modality: event.Asserted, Trigger: event.Span{Text: trigger},
	}
}
