package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestEscapeControls(t *testing.T) {
	cases := []struct{ in, want string }{
		{"plain\ttext\nnext", "plain\ttext\nnext"},
		{"Zürich – “quoted” 北京", "Zürich – “quoted” 北京"},
		{"title\x1b]0;pwned\x07", `title\x1b]0;pwned\x07`},
		{"clear\x1b[2J\x1b[H", `clear\x1b[2J\x1b[H`},
		{"cr\rover", `cr\x0dover`},
		{"del\x7f", `del\x7f`},
		{"c1 \u009b2J", `c1 \u009b2J`},
		{"bad \xff\xfe utf8", `bad \xff\xfe utf8`},
	}
	for _, c := range cases {
		if got := escapeControls(c.in); got != c.want {
			t.Errorf("escapeControls(%q) = %q, want %q", c.in, got, c.want)
		}
		// The same through the writer, one byte at a time.
		var b bytes.Buffer
		w := &safeWriter{w: &b}
		for i := 0; i < len(c.in); i++ {
			w.Write([]byte{c.in[i]})
		}
		w.Flush()
		if b.String() != c.want {
			t.Errorf("safeWriter(%q) = %q, want %q", c.in, b.String(), c.want)
		}
	}
}

// An article's escape sequences and a file's name reach the terminal
// escaped: in why's evidence and in error messages.
func TestNoRawEscapes(t *testing.T) {
	dir := t.TempDir()
	g := filepath.Join(dir, "g.json")
	os.WriteFile(g, []byte(`{"nodes":[{"id":"A","name":"A\u001b]0;owned\u0007"},{"id":"B","name":"B"}],"edges":[{"source":"A","target":"B","type":"SUPPORT","quad":1,"count":1,"documents":1,"weight":5,"cooperation":5,"evidence":[{"doc":"d\u001b[2J","sentence":0,"text":"A backs B\u001b[2J\u001b[H\u009b31m."}]}]}`), 0o644)
	o, e, code := runCmd(t, "", "why", "A", "B", g)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, e)
	}
	if strings.ContainsAny(o, "\x1b\x07\u009b") || !strings.Contains(o, `A backs B\x1b[2J\x1b[H\u009b31m.`) {
		t.Errorf("why printed raw control characters:\n%q", o)
	}
	bad := filepath.Join(dir, "evil\x1b[2J.txt")
	_, e, _ = runCmd(t, "", "extract", bad)
	if strings.Contains(e, "\x1b") || !strings.Contains(e, `evil\x1b[2J.txt`) {
		t.Errorf("error message with a raw escape: %q", e)
	}
}
