package main

import (
	"strings"
	"testing"
)

func TestImport(t *testing.T) {
	for _, c := range []struct {
		format, file string
		events       int
		errLine      string
	}{
		{"gdelt", "../../feed/testdata/gdelt.tsv", 4, "gdelt.tsv:6: want 61"},
		{"icews", "../../feed/testdata/icews.tsv", 4, "icews.tsv:7: Intensity"},
		{"polecat", "../../feed/testdata/polecat.tsv", 4, "polecat.tsv:6: Event Date"},
		{"acled", "../../feed/testdata/acled.csv", 4, "acled.csv:6: fatalities"},
	} {
		o, e, code := runCmd(t, "", "import", "-format", c.format, c.file)
		if code != 1 || !strings.Contains(e, c.errLine) {
			t.Errorf("%s: exit %d, stderr %q; want 1 and %q", c.format, code, e, c.errLine)
		}
		if n := strings.Count(o, "\n"); n != c.events {
			t.Errorf("%s: %d events, want %d (the malformed rows' neighbours kept)", c.format, n, c.events)
		}
		// The events build into a graph.
		g, e, code := runCmd(t, o, "build")
		if code != 0 || !strings.Contains(g, `"edges": [`) {
			t.Errorf("%s: build exit %d: %s", c.format, code, e)
		}
	}
	if _, e, code := runCmd(t, "", "import", "-format", "phoenix", "x"); code != 2 || !strings.Contains(e, "unknown format") {
		t.Errorf("unknown format: exit %d, %q", code, e)
	}
	if _, e, code := runCmd(t, "", "import", "-format", "gdelt"); code != 2 || !strings.Contains(e, "no input") {
		t.Errorf("no input: exit %d, %q", code, e)
	}
	if o, _, code := runCmd(t, "", "import", "-h"); code != 0 || !strings.Contains(o, "GoldsteinScale") {
		t.Errorf("-h: exit %d", code)
	}
}
