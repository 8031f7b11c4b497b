package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"unicode/utf8"
)

// fileKind is what an input file holds, judged from its first value:
// commands check that they were given the kind they read, so that events
// given to render, or a graph given to build, are named as such instead of
// giving an empty output with exit 0.
type fileKind int

const (
	kindUnknown   fileKind = iota // JSON of another shape
	kindEmpty                     // nothing but white space
	kindNotJSON                   // text or binary that is not JSON
	kindGraph                     // the graph JSON of 'actorgraph build'
	kindEvents                    // JSON Lines events of 'actorgraph extract'
	kindDocuments                 // JSON Lines documents ({"text": ...})
)

func (k fileKind) String() string {
	switch k {
	case kindEmpty:
		return "empty"
	case kindNotJSON:
		return "not JSON"
	case kindGraph:
		return "an actor graph (the JSON of 'actorgraph build')"
	case kindEvents:
		return "events (the JSON Lines of 'actorgraph extract')"
	case kindDocuments:
		return "documents (JSON Lines with \"text\"), which 'actorgraph extract' reads"
	}
	return "JSON of another kind"
}

// sniffSize is how much of an input is looked at.
const sniffSize = 64 << 10

// sniff judges the kind from the first bytes of a file: the top-level keys
// of its first JSON value.
func sniff(head []byte) fileKind {
	head = bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))
	t := bytes.TrimSpace(head)
	if len(t) == 0 {
		return kindEmpty
	}
	if t[0] != '{' && t[0] != '[' || !utf8.Valid(t[:min(len(t), 512)]) {
		return kindNotJSON
	}
	dec := json.NewDecoder(bytes.NewReader(t))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return kindUnknown
	}
	keys := map[string]bool{}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			break
		}
		k, _ := tok.(string)
		keys[k] = true
		var skip json.RawMessage
		if dec.Decode(&skip) != nil {
			break
		}
	}
	switch {
	case keys["nodes"] || keys["edges"]:
		return kindGraph
	case keys["source"] && keys["target"] && keys["type"]:
		return kindEvents
	case keys["text"]:
		return kindDocuments
	}
	return kindUnknown
}

// expect reads the head of r and fails unless it holds want: the error
// names the file, what it holds and what to do. It returns a reader that
// still gives the whole input.
func expect(r io.Reader, name string, want fileKind, cmd string) (io.Reader, error) {
	br := bufio.NewReaderSize(r, sniffSize)
	head, _ := br.Peek(sniffSize)
	got := sniff(head)
	if got == want || want == kindEvents && got == kindEmpty {
		return br, nil // no events is a graph of no relations
	}
	hint := ""
	switch {
	case want == kindGraph && got == kindEvents:
		hint = fmt.Sprintf(": build the graph first (actorgraph build %s | actorgraph %s)", name, cmd)
	case want == kindGraph && got == kindDocuments, want == kindEvents && got == kindDocuments:
		hint = fmt.Sprintf(": extract it first (actorgraph extract %s)", name)
	case want == kindEvents && got == kindGraph:
		hint = ": it is built already; give it to analyze, render, report or why"
	case want == kindEvents && got == kindUnknown:
		// An event of another coder may lack fields: the line errors say which.
		return br, nil
	}
	return nil, fmt.Errorf("%s is %s; 'actorgraph %s' reads %s%s", inputName(name), got, cmd, want, hint)
}

// stdinNote tells a person at a terminal that a command is waiting for
// standard input, which would otherwise look like a hang.
func stdinNote(e *env, cmd string) {
	if f, ok := e.stdin.(*os.File); ok {
		st, err := f.Stat()
		if err != nil || st.Mode()&os.ModeCharDevice == 0 {
			return
		}
		// /dev/null is a character device too, and no one is typing there.
		if null, err := os.Stat(os.DevNull); err == nil && os.SameFile(st, null) {
			return
		}
		{
			fmt.Fprintf(e.stderr, "actorgraph %s: reading standard input (end with Ctrl-D; give a file name to read a file)\n", cmd)
		}
	}
}
