package main

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestAnalyzeFormats runs every table and format of analyze on the
// committed sample graph.
func TestAnalyzeFormats(t *testing.T) {
	const g = "../../out/graph.json"
	cases := []struct {
		args []string
		want []string
	}{
		{[]string{"analyze", g}, []string{"rank\tid\tname", "\tRUS\tRussia\t"}},
		{[]string{"analyze", "-table", "communities", g}, []string{"community\tsize"}},
		{[]string{"analyze", "-table", "triads", g}, []string{"a\tb\tc\tsigns", "are in conflict"}},
		{[]string{"analyze", "-table", "bridges", g}, []string{"a\tb\tname_a"}},
		{[]string{"analyze", "-format", "md", g}, []string{"## Structural balance", "Frustration index", "| rank |"}},
		{[]string{"analyze", "--ego", "RUS", "--depth", "1", "-table", "ego", g}, []string{"hops\tid", "0\tRUS\tRussia"}},
		{[]string{"analyze", "-samples", "5", "-format", "md", g}, []string{"sampled sources"}},
	}
	for _, c := range cases {
		o, e, code := runCmd(t, "", c.args...)
		if code != 0 {
			t.Errorf("%q: exit %d: %s", c.args, code, e)
			continue
		}
		for _, w := range c.want {
			if !strings.Contains(o, w) {
				t.Errorf("%q: output lacks %q:\n%s", c.args, w, o)
			}
		}
		if again, _, _ := runCmd(t, "", c.args...); again != o {
			t.Errorf("%q: output differs between runs", c.args)
		}
	}
	o, e, code := runCmd(t, "", "analyze", "-format", "json", g)
	if code != 0 {
		t.Fatalf("json: exit %d: %s", code, e)
	}
	var r struct {
		Influence []struct{ ID string }
		Balance   struct {
			Triads int
			Exact  bool
		}
		Communities struct{ Modularity float64 }
	}
	if err := json.Unmarshal([]byte(o), &r); err != nil {
		t.Fatal(err)
	}
	if len(r.Influence) == 0 || r.Balance.Triads == 0 || !r.Balance.Exact || r.Communities.Modularity <= 0 {
		t.Errorf("json report: %+v", r)
	}
}

func TestAnalyzeUsage(t *testing.T) {
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"analyze", "-format", "xml", "testdata/tiny.json"}, "want tsv, json or md"},
		{[]string{"analyze", "-table", "ego", "testdata/tiny.json"}, "needs -ego"},
		{[]string{"analyze", "-depth", "-1", "-ego", "x", "testdata/tiny.json"}, "must be ≥ 0"},
	} {
		_, e, code := runCmd(t, "", c.args...)
		if code != 2 || !strings.Contains(e, c.want) {
			t.Errorf("%q: exit %d, stderr %q; want 2 and %q", c.args, code, e, c.want)
		}
	}
	if _, e, code := runCmd(t, "", "analyze", "-ego", "NOBODY", "testdata/tiny.json"); code != 1 || !strings.Contains(e, "NOBODY") {
		t.Errorf("unknown ego: exit %d, %q", code, e)
	}
}
