package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestReportCommand(t *testing.T) {
	out := filepath.Join(t.TempDir(), "report.html")
	if _, e, code := runCmd(t, whyGraph, "report", "-o", out, "-title", "Why <graph>", "-max-evidence", "1"); code != 0 {
		t.Fatalf("exit %d: %s", code, e)
	}
	page, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"<h1>Why &lt;graph&gt;</h1>", "<svg ", `id="balance"`, "Russia supports Syria.", "… and 1 more"} {
		if !strings.Contains(string(page), want) {
			t.Errorf("report lacks %q", want)
		}
	}
	o, e, code := runCmd(t, whyGraph, "report", "-title", "Why <graph>", "-max-evidence", "1")
	if code != 0 || o != string(page) {
		t.Errorf("report to stdout differs from the file (exit %d: %s)", code, e)
	}
	for _, c := range []struct {
		args []string
		code int
		err  string
	}{
		{[]string{"report", "-h"}, 0, ""},
		{[]string{"report", "a.json", "b.json"}, 2, "one graph at a time"},
		{[]string{"report", "-layout", "circo"}, 2, "want dot, neato, sfdp or force"},
		{[]string{"report", "-size", "7x5ft"}, 2, "want WxH"},
	} {
		_, e, code := runCmd(t, whyGraph, c.args...)
		if code != c.code || !strings.Contains(e, c.err) {
			t.Errorf("%q: exit %d, stderr %q", c.args, code, e)
		}
	}
}

// render writes every data format, by -f and by the name of -o.
func TestRenderFormats(t *testing.T) {
	dir := t.TempDir()
	for name, want := range map[string]string{
		"g.graphml": "<graphml", "g.gexf": `version="1.2"`, "g.nodes.csv": "id,name,kind",
		"g.edges.csv": "source,target,type", "g.cyjs": `"elements"`, "g.json": `"nodes"`,
		"g.neo4j-edges.csv": ":START_ID,:END_ID,:TYPE", "g.cyjs.json": `"position"`, "actors.csv": "source,target,type",
	} {
		path := filepath.Join(dir, name)
		_, e, code := runCmd(t, whyGraph, "render", "-o", path)
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", name, code, e)
		}
		// The full suffix chooses, and the command says what it wrote.
		if !strings.Contains(e, "wrote "+path+" as ") {
			t.Errorf("%s: not said which format was written: %q", name, e)
		}
		b, _ := os.ReadFile(path)
		if !strings.Contains(string(b), want) {
			t.Errorf("%s lacks %q", name, want)
		}
	}
	if o, e, code := runCmd(t, whyGraph, "render", "-f", "gexf", "-gexf-version", "1.3"); code != 0 || !strings.Contains(o, `version="1.3"`) {
		t.Errorf("-gexf-version 1.3: exit %d, %s", code, e)
	}
	if o, e, code := runCmd(t, whyGraph, "render", "-f", "dot", "-size-by", "strength"); code != 0 || !strings.Contains(o, "size is strength only") {
		t.Errorf("-size-by strength: exit %d, %s", code, e)
	}
	if o, e, code := runCmd(t, whyGraph, "render", "-f", "nodelink"); code != 0 || !strings.Contains(o, `"links"`) {
		t.Errorf("-f nodelink: exit %d, %s", code, e)
	}
	if _, e, code := runCmd(t, whyGraph, "render", "-o", "x.pdf"); code != 2 || !strings.Contains(e, "unknown format") {
		t.Errorf("-o x.pdf: exit %d, %s", code, e)
	}
}
