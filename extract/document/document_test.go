package document

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

var formatTests = []struct {
	name string
	want Format
	err  bool
}{
	{"a.txt", Text, false},
	{"a.TEXT", Text, false},
	{"README", Text, false},
	{"a.md", Markdown, false},
	{"a.markdown", Markdown, false},
	{"a.html", HTML, false},
	{"a.HTM", HTML, false},
	{"a.xhtml", HTML, false},
	{"a.jsonl", JSONL, false},
	{"a.ndjson", JSONL, false},
	{"a.pdf", 0, true},
	{"a.json", 0, true},
}

func TestFormatOf(t *testing.T) {
	for _, tt := range formatTests {
		got, err := FormatOf(tt.name)
		if (err != nil) != tt.err || got != tt.want {
			t.Errorf("FormatOf(%q) = %v, %v; want %v, error %v", tt.name, got, err, tt.want, tt.err)
		}
		if err != nil && !errors.Is(err, ErrFormat) {
			t.Errorf("FormatOf(%q) error %v does not wrap ErrFormat", tt.name, err)
		}
	}
}

func read1(t *testing.T, src string, f Format) Document {
	t.Helper()
	docs, errs := Read(strings.NewReader(src), f, "doc", "doc.x")
	if len(errs) > 0 || len(docs) != 1 {
		t.Fatalf("Read: %d documents, errors %v", len(docs), errs)
	}
	return docs[0]
}

func TestReadText(t *testing.T) {
	got := read1(t, "\ufeff  Talks in Vienna\n12 July, 2016\nKerry met Lavrov.\n", Text)
	want := Document{
		ID:     "doc",
		Source: "doc.x",
		Title:  "Talks in Vienna",
		Date:   "2016-07-12",
		Text:   "  Talks in Vienna\n12 July, 2016\nKerry met Lavrov.\n",
	}
	if got != want {
		t.Errorf("Read text\n got %+v\nwant %+v", got, want)
	}
}

const page = `<!DOCTYPE html>
<html><head>
<title>  Talks   in
 Vienna </title>
<meta property="article:published_time" content="2015-10-23T10:00:00Z">
<script>var x = "script text";</script><style>p { color: red }</style>
</head><body>
<header>Site name</header>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article>
<h1>Talks fail</h1>
<p>Kerry met <b>Lavrov</b>
 on Friday.<br>They disagreed &amp; left.</p>
<ul><li>One</li><li>Two</li></ul>
<div hidden>hidden text</div><span aria-hidden="true">icon</span>
<aside>Related stories</aside>
<form><button>Subscribe</button></form>
<!-- a comment -->
</article>
<footer>Copyright</footer>
<noscript>Enable JavaScript</noscript>
</body></html>`

func TestReadHTML(t *testing.T) {
	got := read1(t, page, HTML)
	want := Document{
		ID:     "doc",
		Source: "doc.x",
		Title:  "Talks in Vienna",
		Date:   "2015-10-23",
		Text:   "Talks fail\n\nKerry met Lavrov on Friday.\n\nThey disagreed & left.\n\nOne\n\nTwo",
	}
	if got != want {
		t.Errorf("Read HTML\n got %+v\nwant %+v", got, want)
	}
}

func TestReadHTMLMeta(t *testing.T) {
	tests := []struct{ meta, want string }{
		{`<meta name="date" content="2016-07-12">`, "2016-07-12"},
		{`<meta itemprop="datePublished" content="2016-07-12T08:00">`, "2016-07-12"},
		{`<meta property="og:published_time" content="2016-07-12 08:00">`, "2016-07-12"},
		{`<meta name="date" content="12 July 2016">`, ""}, // not ISO; no dateline either
		{`<meta name="description" content="2016-07-12">`, ""},
		{`<meta name="date" content="2016-07-12"><meta name="pubdate" content="2017-01-01">`, "2016-07-12"}, // first wins
	}
	for _, tt := range tests {
		d := read1(t, "<html><head>"+tt.meta+"</head><body><p>Text</p></body></html>", HTML)
		if d.Date != tt.want {
			t.Errorf("%s: Date = %q, want %q", tt.meta, d.Date, tt.want)
		}
	}
	// Without <title> the title is the first line of the text, and the
	// date comes from a dateline.
	d := read1(t, "<p>Headline here</p><p>July 12, 2016</p><p>Body.</p>", HTML)
	if d.Title != "Headline here" || d.Date != "2016-07-12" {
		t.Errorf("no <title>: Title %q, Date %q", d.Title, d.Date)
	}
}

func TestReadMarkdown(t *testing.T) {
	src := "# Talks in Vienna #\n\n" +
		"Kerry met **Lavrov** and *Jubeir* and __Sinirlioglu__ in [Vienna](https://example.com/v) ~~today~~ `now`.\n" +
		"![A photo](photo.jpg)\n\n" +
		"- first item\n* second item\n1. third item\n\n" +
		"> a quote\n\n" +
		"```\ncode block\n```\n" +
		"file_name stays, 5 * 3 * 4 stays, <span>tag</span> goes.\n"
	got := read1(t, src, Markdown)
	want := Document{
		ID:     "doc",
		Source: "doc.x",
		Title:  "Talks in Vienna",
		Text: "Talks in Vienna\n\n" +
			"Kerry met Lavrov and Jubeir and Sinirlioglu in Vienna today now.\n" +
			"A photo\n\n" +
			"first item\nsecond item\nthird item\n\n" +
			"a quote\n\n\n" +
			"file_name stays, 5 * 3 * 4 stays, tag goes.\n",
	}
	if got != want {
		t.Errorf("Read Markdown\n got %+v\nwant %+v", got, want)
	}
}

func TestReadJSONL(t *testing.T) {
	src := "\ufeff" + `{"id":"a","text":"Hello\nworld","title":"T","date":"2016-07-12T10:00:00Z","url":"https://x"}` + "\n" +
		"\n" +
		`{"id":7,"text":"seven"}` + "\r\n" +
		`{"text":"12 July, 2016\nno id"}` + "\n" +
		`not json` + "\n" +
		`{"id":null,"text":"null id"}` + "\n" +
		`{"id":true,"text":"bool id"}` + "\n" +
		`{"title":"no text"}` + "\n" +
		`{"text":"bad date","date":"July 2016"}` + "\n" +
		`{"text":"bad date","date":"2016-02-30"}` + "\n" +
		`{"id":"","text":"empty id"}` + "\n" +
		`   ` + "\n" +
		`{"text":"last, no newline"}`
	docs, errs := Read(strings.NewReader(src), JSONL, "feed", "feed.jsonl")
	want := []Document{
		{ID: "a", Source: "feed.jsonl:1", Title: "T", Date: "2016-07-12", URL: "https://x", Text: "Hello\nworld"},
		{ID: "7", Source: "feed.jsonl:3", Title: "seven", Text: "seven"},
		{ID: "feed:4", Source: "feed.jsonl:4", Title: "12 July, 2016", Date: "2016-07-12", Text: "12 July, 2016\nno id"},
		{ID: "feed:6", Source: "feed.jsonl:6", Title: "null id", Text: "null id"},
		{ID: "feed:11", Source: "feed.jsonl:11", Title: "empty id", Text: "empty id"},
		{ID: "feed:13", Source: "feed.jsonl:13", Title: "last, no newline", Text: "last, no newline"},
	}
	if !reflect.DeepEqual(docs, want) {
		t.Errorf("documents\n got %+v\nwant %+v", docs, want)
	}
	wantErrs := []string{
		"feed.jsonl:5: not a JSON object",
		"feed.jsonl:7: id true is not a string or a number",
		`feed.jsonl:8: record has no "text"`,
		`feed.jsonl:9: date "July 2016" is not a date`,
		`feed.jsonl:10: date "2016-02-30" is not a date`,
	}
	if len(errs) != len(wantErrs) {
		t.Fatalf("errors %q, want %d", errs, len(wantErrs))
	}
	for i, err := range errs {
		if !strings.HasPrefix(err.Error(), wantErrs[i]) {
			t.Errorf("error %d = %q, want prefix %q", i, err, wantErrs[i])
		}
		var de *Error
		if !errors.As(err, &de) || de.File != "feed.jsonl" || de.Line == 0 {
			t.Errorf("error %d = %#v, want a *Error with file and line", i, err)
		}
	}
}

func TestReadJSONLStdin(t *testing.T) {
	docs, errs := Read(strings.NewReader(`{"text":"x"}`), JSONL, "-", "-")
	if len(errs) > 0 || len(docs) != 1 || docs[0].ID != "1" {
		t.Errorf("stdin: %+v %v, want ID 1", docs, errs)
	}
}

func TestReadBadBytes(t *testing.T) {
	tests := []struct {
		name, src string
		f         Format
		want      string
	}{
		{"bad.txt", "caf\xe9", Text, "bad.txt: not valid UTF-8 text"},
		{"bad.html", "<p>caf\xe9</p>", HTML, "bad.html: not valid UTF-8 text"},
		{"nul.md", "a\x00b", Markdown, "nul.md: binary data (NUL byte)"},
		{"bad.jsonl", "{\"text\":\"caf\xe9\"}\n{\"text\":\"ok\"}", JSONL, "bad.jsonl:1: not valid UTF-8"},
	}
	for _, tt := range tests {
		docs, errs := Read(strings.NewReader(tt.src), tt.f, "x", tt.name)
		if len(errs) != 1 || !strings.HasPrefix(errs[0].Error(), tt.want) {
			t.Errorf("%s: errors %v, want one starting %q", tt.name, errs, tt.want)
		}
		if tt.f == JSONL && len(docs) != 1 {
			t.Errorf("%s: %d documents, want the good record kept", tt.name, len(docs))
		}
	}
}

func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestReadFile(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"a.txt":      "Title\nText.",
		"b.jsonl":    `{"text":"one"}` + "\n" + `{"text":"two"}`,
		"c.pdf":      "%PDF",
		"sub/d.html": "<title>T</title><p>x</p>",
	})
	docs, errs := ReadFile(filepath.Join(dir, "a.txt"))
	if len(errs) > 0 || len(docs) != 1 || docs[0].ID != "a" || docs[0].Title != "Title" {
		t.Errorf("a.txt: %+v %v", docs, errs)
	}
	docs, errs = ReadFile(filepath.Join(dir, "b.jsonl"))
	if len(errs) > 0 || len(docs) != 2 || docs[0].ID != "b:1" || docs[1].ID != "b:2" {
		t.Errorf("b.jsonl: %+v %v", docs, errs)
	}
	for _, tt := range []struct{ name, want string }{
		{"c.pdf", "c.pdf: document: unsupported file type"},
		{"missing.txt", "missing.txt: no such file or directory"},
		{"sub", "sub: is a directory"},
	} {
		p := filepath.Join(dir, tt.name)
		_, errs := ReadFile(p)
		if len(errs) != 1 || errs[0].Error() != filepath.Join(dir, tt.want) && !strings.HasPrefix(errs[0].Error(), filepath.Join(dir, tt.want)) {
			t.Errorf("ReadFile(%s) errors %v, want %q", tt.name, errs, tt.want)
		}
	}
}

func TestExpand(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"b.txt":          "",
		"a.md":           "",
		"z/y.html":       "",
		"z/x.jsonl":      "",
		"z/deep/w.txt":   "",
		"c.pdf":          "",
		"NOEXT":          "",
		".hidden.txt":    "",
		".git/config.md": "",
	})
	single := writeFiles(t, map[string]string{"one.txt": ""})
	args := []string{dir, "-", filepath.Join(single, "one.txt"), filepath.Join(dir, "missing")}
	files, errs := Expand(args)
	rel := func(p string) string {
		if r, err := filepath.Rel(dir, p); err == nil && !strings.HasPrefix(r, "..") {
			return filepath.ToSlash(r)
		}
		return p
	}
	var got []string
	for _, f := range files {
		got = append(got, rel(f))
	}
	want := []string{"a.md", "b.txt", "z/deep/w.txt", "z/x.jsonl", "z/y.html", "-", filepath.Join(single, "one.txt")}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Expand\n got %q\nwant %q", got, want)
	}
	if len(errs) != 1 || !strings.Contains(errs[0].Error(), "missing: no such file") {
		t.Errorf("Expand errors %v, want one naming missing", errs)
	}
}

var datelineTests = []struct{ in, want string }{
	{"12 July, 2016\nBody.", "2016-07-12"},
	{"12 July 2016", "2016-07-12"},
	{"1st Jan. 2016", "2016-01-01"},
	{"July 12, 2016", "2016-07-12"},
	{"Headline\nBy A Reporter\nSept. 30, 2015 10:00 GMT", "2015-09-30"},
	{"Posted: july 4th 2001", "2001-07-04"},
	{"2016-07-12", "2016-07-12"},
	{"Updated 2016-07-12T10:00:00Z", "2016-07-12"},
	{"2016-13-45 or 3 May 2016", "2016-05-03"},
	{"31 February 2016", ""},
	{"May I say something", ""},
	{"nothing here", ""},
	{"", ""},
	{strings.Repeat("x\n", 13) + "12 July 2016", ""}, // too deep
	{strings.Repeat("x\n", 12) + "12 July 2016", "2016-07-12"},
	{"On 12 July 2016 the talks, which had been going on for many months, collapsed in Vienna.", ""}, // prose
	{"1816-07-12", ""},
}

func TestDateline(t *testing.T) {
	for _, tt := range datelineTests {
		if got := Dateline(tt.in); got != tt.want {
			t.Errorf("Dateline(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		in   string
		want string
		ok   bool
	}{
		{"2016-07-12", "2016-07-12", true},
		{" 2016-07-12 ", "2016-07-12", true},
		{"2016-07-12T10:00:00Z", "2016-07-12", true},
		{"2016-07-12 10:00", "2016-07-12", true},
		{"2016-07-12x", "", false},
		{"2016-7-12", "", false},
		{"2016-02-30", "", false},
		{"12 July 2016", "", false},
		{"", "", false},
	}
	for _, tt := range tests {
		got, ok := ParseDate(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("ParseDate(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func FuzzReadJSONL(f *testing.F) {
	f.Add(`{"id":"a","text":"x","date":"2016-07-12"}` + "\n" + `{"id":3,"text":"y"}`)
	f.Add("\ufeff{\"text\":\"12 July 2016\"}\n\nnot json\n{}")
	f.Add(`{"id":[1],"text":"x","title":"` + strings.Repeat("é", 150) + `"}`)
	f.Fuzz(func(t *testing.T, src string) {
		docs, errs := Read(strings.NewReader(src), JSONL, "f", "f.jsonl")
		for _, d := range docs {
			if d.ID == "" {
				t.Errorf("document with empty ID: %+v", d)
			}
			if d.Date != "" {
				if _, ok := ParseDate(d.Date); !ok {
					t.Errorf("bad date %q", d.Date)
				}
			}
			if !utf8.ValidString(d.Title) {
				t.Errorf("title %q is not valid UTF-8", d.Title)
			}
		}
		for _, err := range errs {
			if !strings.HasPrefix(err.Error(), "f.jsonl:") {
				t.Errorf("error %q does not name the file", err)
			}
		}
	})
}

func FuzzReadHTML(f *testing.F) {
	f.Add(page)
	f.Add("<p>a<br>b</p><script>x</script>&#0;&#xD800;&amp")
	f.Add("<title>t</title><meta name=date content=2016-07-12><svg><title>s</title></svg>")
	f.Fuzz(func(t *testing.T, src string) {
		docs, errs := Read(strings.NewReader(src), HTML, "x", "x.html")
		if !utf8.ValidString(src) || strings.IndexByte(src, 0) >= 0 {
			if len(errs) != 1 || len(docs) != 0 {
				t.Fatalf("bad bytes: %d documents, errors %v", len(docs), errs)
			}
			return
		}
		if len(errs) != 0 || len(docs) != 1 {
			t.Fatalf("%d documents, errors %v", len(docs), errs)
		}
		d := docs[0]
		if !utf8.ValidString(d.Text) || !utf8.ValidString(d.Title) {
			t.Errorf("not valid UTF-8: %+v", d)
		}
		if strings.TrimSpace(d.Text) != d.Text {
			t.Errorf("text %q has surrounding space", d.Text)
		}
	})
}

func FuzzDateline(f *testing.F) {
	for _, tt := range datelineTests {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d := Dateline(s)
		if d == "" {
			return
		}
		if got, ok := ParseDate(d); !ok || got != d {
			t.Errorf("Dateline(%q) = %q, not a normalised date", s, d)
		}
	})
}

func TestDateFromFileName(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "2020-01-05_001.txt")
	if err := os.WriteFile(p, []byte("United States military kills Qasem Soleimani"), 0o644); err != nil {
		t.Fatal(err)
	}
	docs, errs := ReadFile(p)
	if len(errs) > 0 || len(docs) != 1 || docs[0].Date != "2020-01-05" {
		t.Fatalf("docs %+v errs %v: want date 2020-01-05 from the file name", docs, errs)
	}
}
