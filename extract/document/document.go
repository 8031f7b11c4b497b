package document

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Document is one article.
type Document struct {
	ID string // file name without extension, or the JSON Lines id
	// Source is where the document was read: the file name as given,
	// FILE:LINE for a JSON Lines record, - for standard input. Errors
	// about the document name it.
	Source string
	Title  string
	Date   string // YYYY-MM-DD, or ""
	URL    string
	Text   string // the text offsets refer to
}

// Format is an input format.
type Format int

const (
	Text Format = iota
	Markdown
	HTML
	JSONL
)

// ErrFormat is wrapped by errors about an unsupported file type.
var ErrFormat = errors.New("document: unsupported file type")

// FormatOf picks the format from a file name's extension.
func FormatOf(name string) (Format, error) {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".txt", ".text", "":
		return Text, nil
	case ".md", ".markdown":
		return Markdown, nil
	case ".html", ".htm", ".xhtml":
		return HTML, nil
	case ".jsonl", ".ndjson":
		return JSONL, nil
	}
	return 0, fmt.Errorf("%w %q (want .txt, .md, .html or .jsonl)", ErrFormat, filepath.Ext(name))
}

// Error is a problem with one input: the file, the line (0 if none) and
// what is wrong.
type Error struct {
	File string
	Line int
	Err  error
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.File, e.Err)
}

func (e *Error) Unwrap() error { return e.Err }

// MaxSize is the largest input document read whole (JSON Lines files are
// streamed and may be larger; this bounds one record).
const MaxSize = 64 << 20

// Read parses r as format. id names the document (for JSON Lines, the
// default prefix of ids); name is used in errors. It returns the documents
// it could read and the errors of the records it could not.
func Read(r io.Reader, format Format, id, name string) ([]Document, []error) {
	var docs []Document
	var errs []error
	Stream(r, format, id, name, func(d *Document, err error) bool {
		if err != nil {
			errs = append(errs, err)
		} else {
			docs = append(docs, *d)
		}
		return true
	})
	return docs, errs
}

// Stream is Read one document (or error) at a time, in input order: a
// JSON Lines file of any size needs memory for one record only. fn
// returns false to stop reading.
func Stream(r io.Reader, format Format, id, name string, fn func(*Document, error) bool) {
	if format == JSONL {
		streamJSONL(r, id, name, fn)
		return
	}
	docs, errs := readWhole(r, format, id, name)
	for _, err := range errs {
		if !fn(nil, err) {
			return
		}
	}
	for i := range docs {
		if !fn(&docs[i], nil) {
			return
		}
	}
}

func readWhole(r io.Reader, format Format, id, name string) ([]Document, []error) {
	b, err := io.ReadAll(io.LimitReader(r, MaxSize+1))
	if err != nil {
		return nil, []error{&Error{File: name, Err: err}}
	}
	if len(b) > MaxSize {
		return nil, []error{&Error{File: name, Err: fmt.Errorf("larger than %d MiB", MaxSize>>20)}}
	}
	if utf16Text(b) {
		return nil, []error{&Error{File: name, Err: errors.New("UTF-16 text; convert it to UTF-8 (iconv -f UTF-16 -t UTF-8)")}}
	}
	if !utf8.Valid(b) {
		return nil, []error{&Error{File: name, Err: errors.New("not valid UTF-8 text")}}
	}
	if bytes.IndexByte(b, 0) >= 0 {
		return nil, []error{&Error{File: name, Err: errors.New("binary data (NUL byte), not a text document")}}
	}
	s := strings.TrimPrefix(string(b), "\ufeff")
	var d Document
	switch format {
	case HTML:
		if d, err = fromHTML(s); err != nil {
			return nil, []error{&Error{File: name, Err: err}}
		}
	case Markdown:
		d = Document{Text: fromMarkdown(s)}
	default:
		d = Document{Text: s}
	}
	d.ID = id
	d.Source = name
	if d.Title == "" {
		d.Title = firstLine(d.Text)
	}
	if d.Date == "" {
		d.Date = Dateline(d.Text)
	}
	return []Document{d}, nil
}

// utf16Text reports whether b looks like UTF-16: a UTF-16 byte order mark,
// or a zero byte in every other place of its start (ASCII letters).
func utf16Text(b []byte) bool {
	if bytes.HasPrefix(b, []byte{0xff, 0xfe}) || bytes.HasPrefix(b, []byte{0xfe, 0xff}) {
		return true
	}
	n := min(len(b), 64) &^ 1
	if n < 8 {
		return false
	}
	for _, off := range []int{0, 1} {
		zeros := 0
		for i := off; i < n; i += 2 {
			if b[i] == 0 {
				zeros++
			}
		}
		if zeros == n/2 {
			return true
		}
	}
	return false
}

// ReadFile reads one file; see Read. The documents are named by the
// file's base name without extension.
func ReadFile(path string) ([]Document, []error) {
	return ReadFileID(path, baseID(path))
}

// ReadFileID reads one file and names its documents id (a JSON Lines
// file: id is the prefix of records without one).
func ReadFileID(path, id string) ([]Document, []error) {
	var docs []Document
	var errs []error
	StreamFile(path, id, func(d *Document, err error) bool {
		if err != nil {
			errs = append(errs, err)
		} else {
			docs = append(docs, *d)
		}
		return true
	})
	return docs, errs
}

// StreamFile is ReadFileID one document (or error) at a time; see Stream.
func StreamFile(path, id string, fn func(*Document, error) bool) {
	format, err := FormatOf(path)
	if err != nil {
		fn(nil, &Error{File: path, Err: err})
		return
	}
	f, err := os.Open(path)
	if err != nil {
		fn(nil, &Error{File: path, Err: unwrapPath(err)})
		return
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil && st.IsDir() {
		fn(nil, &Error{File: path, Err: errors.New("is a directory")})
		return
	}
	if what := ownOutput(path); what != "" {
		fn(nil, &Error{File: path, Err: fmt.Errorf("%s written by actorgraph, not articles", what)})
		return
	}
	base := filepath.Base(path)
	// A file named by its date ("2020-01-05_001.txt") dates the documents
	// that carry no date of their own.
	date, dated := ParseDate(base[:min(len(base), 10)])
	Stream(f, format, id, path, func(d *Document, err error) bool {
		if d != nil && dated && d.Date == "" {
			d.Date = date
		}
		return fn(d, err)
	})
}

func baseID(path string) string {
	base := filepath.Base(path)
	return strings.TrimSuffix(base, filepath.Ext(base))
}

func unwrapPath(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// File is one input file and the id of its documents.
type File struct {
	Path string // as found: the argument, or the argument joined with the path below it
	// ID is the path relative to the folder argument, with slashes and
	// without extension ("2016/talks"), or for a file argument its base
	// name without extension: unique within one folder, and the same
	// whatever the working folder.
	ID string
}

// OutputMarker is the file that `actorgraph run` leaves in its output
// folder: Expand does not read folders that hold it.
const OutputMarker = ".actorgraph-output"

// Expand turns the command-line arguments into the list of files to read:
// a directory stands for the supported files in it (recursively, sorted);
// "-" is kept for standard input. Errors name the argument.
func Expand(args []string) ([]string, []error) {
	files, errs := ExpandFiles(args)
	paths := make([]string, len(files))
	for i, f := range files {
		paths[i] = f.Path
	}
	return paths, errs
}

// ExpandFiles is Expand with the documents' ids. Inside folders it leaves
// out hidden files and folders, the files and folders in skip (this run's
// outputs), folders holding OutputMarker, and files that actorgraph wrote
// (events JSON Lines, HTML reports): outputs must not become inputs.
func ExpandFiles(args []string, skip ...string) ([]File, []error) {
	var files []File
	var errs []error
	var skipInfo []os.FileInfo
	for _, p := range skip {
		if fi, err := os.Stat(p); err == nil {
			skipInfo = append(skipInfo, fi)
		}
	}
	skipped := func(p string) bool {
		if len(skipInfo) == 0 {
			return false
		}
		fi, err := os.Stat(p)
		if err != nil {
			return false
		}
		for _, s := range skipInfo {
			if os.SameFile(fi, s) {
				return true
			}
		}
		return false
	}
	for _, a := range args {
		if a == "-" {
			files = append(files, File{Path: a, ID: "stdin"})
			continue
		}
		st, err := os.Stat(a)
		if err != nil {
			errs = append(errs, &Error{File: a, Err: unwrapPath(err)})
			continue
		}
		if !st.IsDir() {
			files = append(files, File{Path: a, ID: baseID(a)})
			continue
		}
		var found []File
		err = filepath.WalkDir(a, func(p string, d os.DirEntry, err error) error {
			if err != nil {
				errs = append(errs, &Error{File: p, Err: unwrapPath(err)})
				return nil
			}
			if d.IsDir() {
				if p != a && (strings.HasPrefix(d.Name(), ".") || skipped(p)) {
					return filepath.SkipDir
				}
				if _, err := os.Lstat(filepath.Join(p, OutputMarker)); err == nil {
					return filepath.SkipDir
				}
				return nil
			}
			if strings.HasPrefix(d.Name(), ".") || filepath.Ext(p) == "" {
				return nil
			}
			if _, err := FormatOf(p); err != nil || skipped(p) || ownOutput(p) != "" {
				return nil
			}
			rel, err := filepath.Rel(a, p)
			if err != nil {
				rel = p
			}
			rel = filepath.ToSlash(rel)
			found = append(found, File{Path: p, ID: strings.TrimSuffix(rel, filepath.Ext(rel))})
			return nil
		})
		if err != nil {
			errs = append(errs, &Error{File: a, Err: err})
		}
		sort.Slice(found, func(i, j int) bool { return found[i].Path < found[j].Path })
		files = append(files, found...)
	}
	return files, errs
}

var eventHead = regexp.MustCompile(`^\{"doc":"(?:[^"\\]|\\.)*"(?:,"date":"[^"]*")?,"sentence":\d+,"start":\d+,"end":\d+,"text":`)

// ownOutput says what actorgraph output the file at p is ("events",
// "a report"), or "" for anything else: an events file is JSON Lines
// whose first record has source, target, type and trigger; a report has
// actorgraph's generator tag near its top.
func ownOutput(p string) string {
	f, err := os.Open(p)
	if err != nil {
		return ""
	}
	defer f.Close()
	head := make([]byte, 4096)
	n, _ := io.ReadFull(f, head)
	head = head[:n]
	switch format, _ := FormatOf(p); format {
	case JSONL:
		line := bytes.TrimSpace(head)
		if i := bytes.IndexByte(line, '\n'); i >= 0 {
			line = line[:i]
		}
		// An event's first keys, as extract writes them; the evidence
		// text may run past the head.
		if eventHead.Match(line) {
			return "events"
		}
	case HTML:
		if bytes.Contains(head, []byte(`<meta name="generator" content="actorgraph">`)) {
			return "a report"
		}
	}
	return ""
}

type record struct {
	ID    json.RawMessage `json:"id"`
	Text  *string         `json:"text"`
	Title string          `json:"title"`
	Date  string          `json:"date"`
	URL   string          `json:"url"`
}

func streamJSONL(r io.Reader, prefix, name string, fn func(*Document, error) bool) {
	br := bufio.NewReaderSize(r, 1<<16)
	n := 0
	for {
		line, err := readLine(br)
		if len(line) > 0 || err == nil {
			n++
			if n == 1 {
				line = bytes.TrimPrefix(line, []byte("\ufeff")) // a byte order mark
			}
			d, perr := parseRecord(line, prefix, n)
			line = nil
			switch {
			case perr != nil:
				if !fn(nil, &Error{File: name, Line: n, Err: perr}) {
					return
				}
			case d != nil:
				d.Source = fmt.Sprintf("%s:%d", name, n)
				if !fn(d, nil) {
					return
				}
			}
		}
		if err == io.EOF {
			return
		}
		if err != nil {
			fn(nil, &Error{File: name, Line: n + 1, Err: err})
			return
		}
	}
}

// readLine reads one line of at most MaxSize bytes (without the newline).
func readLine(br *bufio.Reader) ([]byte, error) {
	var line []byte
	for {
		chunk, err := br.ReadSlice('\n')
		line = append(line, chunk...)
		if len(line) > MaxSize {
			for err == bufio.ErrBufferFull { // skip the rest of the line
				_, err = br.ReadSlice('\n')
			}
			return nil, fmt.Errorf("line longer than %d MiB", MaxSize>>20)
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		return bytes.TrimRight(line, "\r\n"), err
	}
}

func parseRecord(line []byte, prefix string, n int) (*Document, error) {
	if len(bytes.TrimSpace(line)) == 0 {
		return nil, nil
	}
	if !utf8.Valid(line) {
		return nil, errors.New("not valid UTF-8")
	}
	var rec record
	if err := json.Unmarshal(line, &rec); err != nil {
		return nil, fmt.Errorf("not a JSON object: %v", err)
	}
	if rec.Text == nil {
		return nil, errors.New(`record has no "text"`)
	}
	d := &Document{Text: *rec.Text, Title: rec.Title, URL: rec.URL}
	switch id := strings.TrimSpace(string(rec.ID)); {
	case id == "" || id == "null":
	case strings.HasPrefix(id, `"`):
		if err := json.Unmarshal(rec.ID, &d.ID); err != nil {
			return nil, fmt.Errorf("bad id: %v", err)
		}
	case id[0] == '-' || id[0] >= '0' && id[0] <= '9':
		d.ID = id // a number, as written
	default:
		return nil, fmt.Errorf("id %s is not a string or a number", id)
	}
	if d.ID == "" { // missing, null or "": the line number
		d.ID = strconv.Itoa(n)
		if prefix != "" && prefix != "-" {
			d.ID = prefix + ":" + d.ID
		}
	}
	if rec.Date != "" {
		date, ok := ParseDate(rec.Date)
		if !ok {
			return nil, fmt.Errorf("date %q is not a date (want YYYY-MM-DD)", rec.Date)
		}
		d.Date = date
	} else {
		d.Date = Dateline(d.Text)
	}
	if d.Title == "" {
		d.Title = firstLine(d.Text)
	}
	return d, nil
}

func firstLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	s = strings.TrimSpace(s)
	if len(s) > 200 {
		cut := 200
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		s = s[:cut]
	}
	return s
}
