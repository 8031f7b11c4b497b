package rules

import (
	"errors"
	"strings"
	"testing"
	"testing/fstest"
)

func TestDefault(t *testing.T) {
	s, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Arguments) < 20 || len(s.Modality.Cues) < 10 || len(s.Derived) < 3 || len(s.Lists) < 10 {
		t.Fatalf("default set is too small: %d argument rules, %d cues, %d derived, %d lists",
			len(s.Arguments), len(s.Modality.Cues), len(s.Derived), len(s.Lists))
	}
	if !s.Lists.Has("light_verbs", "launch") {
		t.Error("light_verbs lacks launch")
	}
	if s.Modality.Rank("negated") >= s.Modality.Rank("planned") || s.Modality.Rank("asserted") != len(s.Modality.Order) {
		t.Errorf("order: %v", s.Modality.Order)
	}
}

var lists = Lists{"light": {"launch": true}}

func TestParseArguments(t *testing.T) {
	src := "# comment\nsubject source verb,!passive nsubj\nframe target noun,prep nmod*[case=$prep]/^obj[@light;!@light]\nby source verb obl[case=by,from]\n"
	rs, err := ParseArguments(strings.NewReader(src), "a.txt", lists)
	if err != nil {
		t.Fatal(err)
	}
	if len(rs) != 3 {
		t.Fatalf("got %d rules", len(rs))
	}
	r := rs[1]
	if r.Name != "frame" || r.Role != Target || r.Line != 3 || len(r.When) != 2 || r.When[1].Name != "prep" {
		t.Errorf("rule = %+v", r)
	}
	if len(r.Path) != 2 || !r.Path[0].Sub || r.Path[0].Rel != "nmod" || r.Path[0].Filters[0].Kind != FilterCasePrep {
		t.Errorf("path[0] = %+v", r.Path[0])
	}
	if p := r.Path[1]; !p.Up || p.Rel != "obj" || len(p.Filters) != 2 || p.Filters[0].List != "light" || !p.Filters[1].Not {
		t.Errorf("path[1] = %+v", p)
	}
	if !r.Path[0].Matches("nmod:poss") || !r.Path[0].Matches("nmod") || r.Path[1].Matches("obj:x") || r.Path[0].Matches("nmodx") {
		t.Error("relation matching")
	}
	if f := rs[2].Path[0].Filters[0]; f.Kind != FilterCase || len(f.Values) != 2 || f.Values[1] != "from" {
		t.Errorf("case filter = %+v", f)
	}
	if rs[0].When[1].Not != true {
		t.Error("negated condition")
	}
}

func TestParseErrors(t *testing.T) {
	cases := []struct {
		name, src, want string
		parse           func(string) error
	}{
		{"fields", "a source verb", "a.txt:1:", argsOf},
		{"role", "a actor verb nsubj", "role", argsOf},
		{"condition", "a source verb,blue nsubj", "unknown condition", argsOf},
		{"relation", "a source verb NSUBJ", "not a dependency relation", argsOf},
		{"empty subtype", "a source verb nsubj:", "not a dependency relation", argsOf},
		{"list", "a source verb obj[@nope]", "unknown word list", argsOf},
		{"filter", "a source verb obj[pos=NOUN]", "unknown filter", argsOf},
		{"bracket", "a source verb obj[@light", "unbalanced", argsOf},
		{"duplicate", "a source verb nsubj\na target verb obj", "a.txt:2:", argsOf},
		{"second bad line too", "a source verb nsubj\nb x verb obj\nc y verb obj", "a.txt:3:", argsOf},
		{"cue attach", "order negated conditional hedged planned\ncue not advmod negated", "attach", modOf},
		{"cue modality", "order negated conditional hedged planned\ncue not dep=advmod false", "modality", modOf},
		{"cue option", "order negated conditional hedged planned\ncue not dep=advmod negated loud", "option", modOf},
		{"no order", "cue not dep=advmod negated", "order line", modOf},
		{"climb scope", "order negated conditional hedged planned\nclimb xcomp some", "climb", modOf},
		{"keyword", "order negated conditional hedged planned\nrule x", "starts with", modOf},
		{"derived fields", "a b", "fields", derOf},
		{"derived type", "a third SHOUT source target", "PLOVER", derOf},
		{"derived cond", "a loud ACCUSE source target", "unknown condition", derOf},
		{"derived end", "a third ACCUSE source victim", "end", derOf},
		{"derived same ends", "a third ACCUSE source source", "both", derOf},
		{"list twice", "a\nb\na", "twice", listOf},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			err := c.parse(c.src)
			if err == nil || !errors.Is(err, ErrSyntax) || !strings.Contains(err.Error(), c.want) {
				t.Errorf("error = %v, want one containing %q", err, c.want)
			}
		})
	}
}

func argsOf(s string) error {
	_, err := ParseArguments(strings.NewReader(s), "a.txt", lists)
	return err
}
func modOf(s string) error  { _, err := ParseModality(strings.NewReader(s), "m.txt", lists); return err }
func derOf(s string) error  { _, err := ParseDerived(strings.NewReader(s), "d.txt"); return err }
func listOf(s string) error { _, err := ParseList(strings.NewReader(s), "l.txt"); return err }

func TestParseModality(t *testing.T) {
	src := "order negated conditional hedged planned\nclimb xcomp all\nclimb obl* gov\ncue not,never dep=advmod negated\ncue @light gov=xcomp planned commit self on=ccomp\n"
	m, err := ParseModality(strings.NewReader(src), "m.txt", lists)
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Climbs) != 2 || !m.Climbs[1].Matches("obl:agent") || m.Climbs[0].Matches("xcomp:x") {
		t.Errorf("climbs = %+v", m.Climbs)
	}
	c := m.Cues[1]
	if !c.Gov || c.Rel != "xcomp" || c.Modality != "planned" || !c.Options["commit"] || !c.Options["self"] || c.On != "ccomp" || !c.Has("launch", lists) {
		t.Errorf("cue = %+v", c)
	}
	if !m.Cues[0].Has("never", lists) || m.Cues[0].Has("launch", lists) {
		t.Error("cue words")
	}
}

func TestParseDerived(t *testing.T) {
	ds, err := ParseDerived(strings.NewReader("claim third,!type=ACCUSE|REJECT,quad=3|4 ACCUSE/allege speaker source\n"), "d.txt")
	if err != nil {
		t.Fatal(err)
	}
	d := ds[0]
	if d.Type != "ACCUSE" || d.Mode != "allege" || d.Source != "speaker" || len(d.When) != 3 || !d.When[1].Not || d.When[2].Values[1] != "4" {
		t.Errorf("rule = %+v", d)
	}
}

func TestLoadOverrides(t *testing.T) {
	base, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	fsys := fstest.MapFS{
		"words/light_verbs.txt": {Data: []byte("# mine\nstage\n")},
		"rules/derived.txt":     {Data: []byte("only third,speaker ACCUSE speaker source\n")},
	}
	s, err := Load(fsys, base)
	if err != nil {
		t.Fatal(err)
	}
	if s.Lists.Has("light_verbs", "launch") || !s.Lists.Has("light_verbs", "stage") {
		t.Error("the user's list does not replace the default one")
	}
	if len(s.Derived) != 1 || s.Derived[0].Name != "only" {
		t.Errorf("derived = %+v", s.Derived)
	}
	if len(s.Arguments) != len(base.Arguments) || s.Modality != base.Modality {
		t.Error("tables missing from the folder do not come from the base")
	}
	if !s.Lists.Has("intent_verbs", "want") {
		t.Error("other lists are kept")
	}
	bad := fstest.MapFS{"rules/arguments.txt": {Data: []byte("x source verb obj[@nope]\n")}}
	if _, err := Load(bad, base); err == nil || !strings.Contains(err.Error(), "rules/arguments.txt:1:") {
		t.Errorf("error = %v", err)
	}
}

func FuzzParseArguments(f *testing.F) {
	f.Add("subject source verb,!passive nsubj\nframe target noun nmod*[case=$prep;@light]/^obj\n")
	f.Add("x target - ^conj/^xcomp[!@light]/nsubj:pass")
	f.Fuzz(func(t *testing.T, s string) {
		rs, err := ParseArguments(strings.NewReader(s), "f.txt", lists)
		if err != nil && !errors.Is(err, ErrSyntax) && !strings.Contains(err.Error(), "f.txt") {
			t.Fatalf("error does not name the file: %v", err)
		}
		for _, r := range rs {
			if len(r.Path) == 0 || r.Name == "" {
				t.Fatalf("rule without a path or name: %+v", r)
			}
		}
	})
}

func FuzzParseModality(f *testing.F) {
	f.Add("order negated conditional hedged planned\nclimb xcomp all\ncue not,n't dep=advmod negated\ncue @light gov=xcomp planned commit on=ccomp\n")
	f.Fuzz(func(t *testing.T, s string) {
		m, err := ParseModality(strings.NewReader(s), "m.txt", lists)
		if err == nil && len(m.Order) != 4 {
			t.Fatalf("accepted without a full order: %v", m.Order)
		}
	})
}

func FuzzParseDerived(f *testing.F) {
	f.Add("claim third,speaker,quad=3|4,!type=ACCUSE ACCUSE/allege speaker source\n")
	f.Fuzz(func(t *testing.T, s string) {
		ds, err := ParseDerived(strings.NewReader(s), "d.txt")
		if err != nil {
			return
		}
		for _, d := range ds {
			if d.Source == d.Target || d.Type == "" {
				t.Fatalf("bad rule accepted: %+v", d)
			}
		}
	})
}

func FuzzParseList(f *testing.F) {
	f.Add("# c\nlaunch\ncarry out\n")
	f.Fuzz(func(t *testing.T, s string) {
		l, err := ParseList(strings.NewReader(s), "l.txt")
		if err != nil {
			return
		}
		for w := range l {
			if w == "" || strings.ToLower(w) != w {
				t.Fatalf("bad entry %q", w)
			}
		}
	})
}
