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
	if format == JSONL {
		return readJSONL(r, id, name)
	}
	b, err := io.ReadAll(io.LimitReader(r, MaxSize+1))
	if err != nil {
		return nil, []error{&Error{File: name, Err: err}}
	}
	if len(b) > MaxSize {
		return nil, []error{&Error{File: name, Err: fmt.Errorf("larger than %d MiB", MaxSize>>20)}}
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

// ReadFile reads one file; see Read.
func ReadFile(path string) ([]Document, []error) {
	format, err := FormatOf(path)
	if err != nil {
		return nil, []error{&Error{File: path, Err: err}}
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, []error{&Error{File: path, Err: unwrapPath(err)}}
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil && st.IsDir() {
		return nil, []error{&Error{File: path, Err: errors.New("is a directory")}}
	}
	base := filepath.Base(path)
	docs, errs := Read(f, format, strings.TrimSuffix(base, filepath.Ext(base)), path)
	// A file named by its date ("2020-01-05_001.txt") dates the documents
	// that carry no date of their own.
	if d, ok := ParseDate(base[:min(len(base), 10)]); ok {
		for i := range docs {
			if docs[i].Date == "" {
				docs[i].Date = d
			}
		}
	}
	return docs, errs
}

func unwrapPath(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// Expand turns the command-line arguments into the list of files to read:
// a directory stands for the supported files in it (recursively, sorted);
// "-" is kept for standard input. Errors name the argument.
func Expand(args []string) ([]string, []error) {
	var files []string
	var errs []error
	for _, a := range args {
		if a == "-" {
			files = append(files, a)
			continue
		}
		st, err := os.Stat(a)
		if err != nil {
			errs = append(errs, &Error{File: a, Err: unwrapPath(err)})
			continue
		}
		if !st.IsDir() {
			files = append(files, a)
			continue
		}
		var found []string
		err = filepath.WalkDir(a, func(p string, d os.DirEntry, err error) error {
			if err != nil {
				errs = append(errs, &Error{File: p, Err: unwrapPath(err)})
				return nil
			}
			if d.IsDir() {
				if p != a && strings.HasPrefix(d.Name(), ".") {
					return filepath.SkipDir
				}
				return nil
			}
			if strings.HasPrefix(d.Name(), ".") || filepath.Ext(p) == "" {
				return nil
			}
			if _, err := FormatOf(p); err == nil {
				found = append(found, p)
			}
			return nil
		})
		if err != nil {
			errs = append(errs, &Error{File: a, Err: err})
		}
		sort.Strings(found)
		files = append(files, found...)
	}
	return files, errs
}

type record struct {
	ID    json.RawMessage `json:"id"`
	Text  *string         `json:"text"`
	Title string          `json:"title"`
	Date  string          `json:"date"`
	URL   string          `json:"url"`
}

func readJSONL(r io.Reader, prefix, name string) ([]Document, []error) {
	var docs []Document
	var errs []error
	br := bufio.NewReaderSize(r, 1<<16)
	n := 0
	for {
		line, err := readLine(br)
		if len(line) > 0 || err == nil {
			n++
			if n == 1 {
				line = bytes.TrimPrefix(line, []byte("\ufeff")) // a byte order mark
			}
			if d, perr := parseRecord(line, prefix, n); perr != nil {
				errs = append(errs, &Error{File: name, Line: n, Err: perr})
			} else if d != nil {
				d.Source = fmt.Sprintf("%s:%d", name, n)
				docs = append(docs, *d)
			}
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			errs = append(errs, &Error{File: name, Line: n + 1, Err: err})
			break
		}
	}
	return docs, errs
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
