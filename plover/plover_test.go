package plover

import (
	"reflect"
	"strings"
	"testing"
)

func TestTypes(t *testing.T) {
	ts := Types()
	if len(ts) != 16 {
		t.Fatalf("%d types, want 16", len(ts))
	}
	for _, typ := range ts {
		if got, ok := Lookup(typ.Name); !ok || got != typ {
			t.Errorf("Lookup(%s) = %+v, %v", typ.Name, got, ok)
		}
		if typ.Quad < 1 || typ.Quad > 4 || QuadName(typ.Quad) == "unknown" || typ.Label == "" {
			t.Errorf("%s: quad %d, label %q", typ.Name, typ.Quad, typ.Label)
		}
	}
	ts[0].Name = "CHANGED"
	if Types()[0].Name != "AGREE" {
		t.Error("Types returns the package's slice")
	}
	if _, ok := Lookup("assault"); ok {
		t.Error("Lookup is case-insensitive; want upper case only")
	}
	if QuadName(0) != "unknown" || QuadName(5) != "unknown" {
		t.Error("QuadName of an unknown quad")
	}
}

func TestDefaultScores(t *testing.T) {
	s := DefaultScores()
	for _, typ := range Types() {
		v, ok := s.Score(typ.Name, "")
		if !ok {
			t.Errorf("no score for %s", typ.Name)
			continue
		}
		// Quads 1-2 cooperate, 3-4 conflict: the sign must agree.
		if coop := typ.Quad <= 2; coop != (v > 0) {
			t.Errorf("%s (quad %d) scores %v", typ.Name, typ.Quad, v)
		}
	}
	if v, _ := s.Score("ACCUSE", ""); v != -3 {
		t.Errorf("ACCUSE scores %v, want -3 (the manual's +3 is a sign typo)", v)
	}
	for key, v := range s {
		if v < -10 || v > 10 {
			t.Errorf("%s scores %v, outside -10..10", key, v)
		}
	}
}

func TestScore(t *testing.T) {
	s := Scores{"CONSULT": 2.5, "CONSULT/visit": 4}
	tests := []struct {
		typ, mode string
		want      float64
		ok        bool
	}{
		{"CONSULT", "", 2.5, true},
		{"CONSULT", "visit", 4, true},
		{"CONSULT", "no-such-mode", 2.5, true}, // falls back to the type
		{"ASSAULT", "", 0, false},
		{"ASSAULT", "visit", 0, false},
	}
	for _, tt := range tests {
		got, ok := s.Score(tt.typ, tt.mode)
		if got != tt.want || ok != tt.ok {
			t.Errorf("Score(%q, %q) = %v, %v; want %v, %v", tt.typ, tt.mode, got, ok, tt.want, tt.ok)
		}
	}
	d := DefaultScores()
	if got, _ := d.Score("ASSAULT", "no-such-mode"); got != d["ASSAULT"] {
		t.Errorf("default ASSAULT/no-such-mode = %v, want ASSAULT's %v", got, d["ASSAULT"])
	}
	if got, want := d.Modes("CONSULT"), []string{"multilateral", "phone", "third-party", "visit"}; !reflect.DeepEqual(got, want) {
		t.Errorf("Modes(CONSULT) = %q, want %q", got, want)
	}
}

// table builds a valid score file (all 16 types) followed by extra lines.
func table(extra ...string) string {
	var b strings.Builder
	b.WriteString("# comment\nplover_event\tmode\tscore\n")
	for _, typ := range Types() {
		b.WriteString(typ.Name + "\t\t1\n")
	}
	for _, l := range extra {
		b.WriteString(l + "\n")
	}
	return b.String()
}

func TestParseScores(t *testing.T) {
	s, err := ParseScores(strings.NewReader(table("", "ASSAULT\taerial\t-9.5\r")), "s.tsv")
	if err != nil {
		t.Fatal(err)
	}
	if len(s) != 17 || s["ASSAULT/aerial"] != -9.5 || s["AGREE"] != 1 {
		t.Errorf("ParseScores = %v", s)
	}
	// A file without a header line is accepted.
	if _, err := ParseScores(strings.NewReader(strings.SplitN(table(), "\n", 3)[2]), "s.tsv"); err != nil {
		t.Errorf("no header: %v", err)
	}
}

func TestParseScoresErrors(t *testing.T) {
	// Line 19 is the first line after the header, comment and 16 types.
	tests := []struct {
		src, want string
	}{
		{table("ASSAULT\taerial"), "s.tsv:19: want 3 tab-separated fields (type, mode, score), got 2"},
		{table("ASSAULT aerial -9"), "s.tsv:19: want 3 tab-separated fields (type, mode, score), got 1"},
		{table("CONSPIRE\t\t-1"), `s.tsv:19: unknown PLOVER type "CONSPIRE"`},
		{table("ASSAULT\taerial\tlots"), `s.tsv:19: score "lots" is not a number in -10..10`},
		{table("ASSAULT\taerial\t-11"), `s.tsv:19: score "-11" is not a number in -10..10`},
		{table("ASSAULT\taerial\tNaN"), `s.tsv:19: score "NaN" is not a number in -10..10`},
		{table("ASSAULT\t\t-9"), "s.tsv:19: duplicate score for ASSAULT"},
		{"plover_event\tmode\tscore\nAGREE\t\t1\n", "s.tsv: no score for type CONSULT"},
	}
	for _, tt := range tests {
		_, err := ParseScores(strings.NewReader(tt.src), "s.tsv")
		if err == nil || err.Error() != tt.want {
			t.Errorf("ParseScores error %v, want %q", err, tt.want)
		}
	}
}

func FuzzParseScores(f *testing.F) {
	f.Add(table("ASSAULT\taerial\t-9.5"))
	f.Add("plover_event\tmode\tscore\nAGREE\t\tNaN\n")
	f.Fuzz(func(t *testing.T, src string) {
		s, err := ParseScores(strings.NewReader(src), "s.tsv")
		if err != nil {
			if !strings.HasPrefix(err.Error(), "s.tsv") {
				t.Errorf("error %q does not name the file", err)
			}
			return
		}
		for k, v := range s {
			if !(v >= -10 && v <= 10) {
				t.Errorf("%s scores %v", k, v)
			}
		}
	})
}
