package actor

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/extract/text"
)

var parseErrorTests = []struct {
	name, in string
	want     []string
}{
	{"ok", "# c\nactor X # trailing\nkind state\nalias X land | =Ex\n", nil},
	{"outside", "alias foo\n", []string{`t.txt:1: "alias" outside a record (a record starts with "actor ID" or "agent CODE")`}},
	{"bad id", "actor a b\nalias x\n", []string{`t.txt:1: bad actor id "a b"`}},
	{"duplicate", "actor A\nalias a\n\nactor A\nalias b\n", []string{"t.txt:4: duplicate id A (first at line 1)"}},
	{"unknown key", "actor A\nnmae A\n", []string{`t.txt:2: unknown key "nmae"`}},
	{"missing value", "actor A\nname\n", []string{"t.txt:2: name: missing value"}},
	{"kind", "actor A\nkind country\n", []string{`t.txt:2: unknown kind "country" (want state, person, igo, ngo, armed_group, rebels or group)`}},
	{"country", "actor A\ncountry usa\n", []string{`t.txt:2: bad country "usa" (want ISO 3166-1 alpha-3 in capitals, or -)`}},
	{"sector", "actor A\nsector gov\n", []string{`t.txt:2: bad sector "gov" (want a code in capitals such as GOV, or -)`}},
	{"empty alias", "actor A\nalias a || b\n", []string{"t.txt:2: empty alias"}},
	{"no word", "actor A\nalias a | --\n", []string{`t.txt:2: alias "-" has no word`}},
	{"role fields", "actor A\nrole USA GOV 2001-01-01\n", []string{`t.txt:2: role: want AFFILIATION SECTOR FROM TO [TITLE], got "USA GOV 2001-01-01"`}},
	{"role date", "actor A\nrole USA GOV 2001-13-01 -\n", []string{`t.txt:2: role: bad date "2001-13-01" (want YYYY-MM-DD or -)`}},
	{"role order", "actor A\nrole USA GOV 2002-01-01 2001-01-01 x\n", []string{"t.txt:2: role: ends (2001-01-01) before it starts (2002-01-01)"}},
	{"role sector", "actor A\nrole USA gov - -\n", []string{`t.txt:2: role: bad sector "gov"`}},
	{"several", "actor A\nkind x\nfoo bar\nactor A\n", []string{
		`t.txt:2: unknown kind "x" (want state, person, igo, ngo, armed_group, rebels or group)`,
		`t.txt:3: unknown key "foo"`,
		"t.txt:4: duplicate id A (first at line 1)",
	}},
}

func TestParseErrors(t *testing.T) {
	for _, tt := range parseErrorTests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Parse(strings.NewReader(tt.in), "t.txt")
			var got []string
			if err != nil {
				var l ErrorList
				if !errors.As(err, &l) {
					t.Fatalf("error %v is not an ErrorList", err)
				}
				if !errors.Is(err, ErrSyntax) {
					t.Errorf("error does not wrap ErrSyntax")
				}
				for _, e := range l {
					got = append(got, e.Error())
				}
				if d != nil {
					t.Errorf("got a dictionary with errors")
				}
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("errors:\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestParseRecord(t *testing.T) {
	in := `
actor JOHN_KERRY
kind person
country USA
alias John Kerry | Kerry
surname Kerry2
role USA LEG 1985-01-03 2013-02-01 Senator from Massachusetts
role USA GOV 2013-02-01 2017-01-20 Secretary of State

agent REB
kind rebels
sector REB
alias rebels | insurgents
`
	d, err := Parse(strings.NewReader(in), "t.txt")
	if err != nil {
		t.Fatal(err)
	}
	if d.Len() != 2 {
		t.Fatalf("Len = %d, want 2", d.Len())
	}
	k, _ := d.Lookup("JOHN_KERRY")
	want := &Actor{
		ID: "JOHN_KERRY", Name: "John Kerry", Kind: Person, Country: "USA", Pos: "t.txt:2",
		Aliases: []Alias{{Text: "John Kerry"}, {Text: "Kerry"}, {Text: "Kerry2", Form: Surname}},
		Roles: []Role{
			{Affiliation: "USA", Sector: "LEG", From: "1985-01-03", To: "2013-02-01", Title: "Senator from Massachusetts"},
			{Affiliation: "USA", Sector: "GOV", From: "2013-02-01", To: "2017-01-20", Title: "Secretary of State"},
		},
	}
	if !reflect.DeepEqual(k, want) {
		t.Errorf("got  %+v\nwant %+v", k, want)
	}
	r, _ := d.Lookup("REB")
	if !r.Agent || r.Kind != Rebels || r.Sector != "REB" || r.Name != "rebels" || r.Aliases[1].Form != Agent {
		t.Errorf("agent: %+v", r)
	}
}

func TestRoleAt(t *testing.T) {
	d, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		id, date            string
		ok                  bool
		affiliation, sector string
	}{
		{"JOHN_KERRY", "2016-07-12", true, "USA", "GOV"},
		{"JOHN_KERRY", "2008-01-01", true, "USA", "LEG"},
		{"JOHN_KERRY", "2013-02-01", true, "USA", "GOV"}, // hand-over day: the new role
		{"JOHN_KERRY", "1980-01-01", false, "", ""},
		{"JOHN_KERRY", "", true, "USA", "GOV"}, // latest role
		{"SERGEY_LAVROV", "2015-10-23", true, "RUS", "GOV"},
		{"STAFFAN_DE_MISTURA", "2016-07-12", true, "UN", ""},
		{"BASHAR_AL_ASSAD", "2015-01-01", true, "SYR", "GOV"},
		{"BASHAR_AL_ASSAD", "2025-01-01", false, "", ""},
		{"VLADIMIR_PUTIN", "2010-01-01", true, "RUS", "GOV"},
		{"FERIDUN_SINIRLIOGLU", "2015-10-23", true, "TUR", "GOV"},
	}
	for _, tt := range tests {
		a, ok := d.Lookup(tt.id)
		if !ok {
			t.Errorf("%s: not in the dictionary", tt.id)
			continue
		}
		r, ok := a.RoleAt(tt.date)
		if ok != tt.ok || r.Affiliation != tt.affiliation || r.Sector != tt.sector {
			t.Errorf("%s.RoleAt(%q) = %+v, %v; want %s %s, %v", tt.id, tt.date, r, ok, tt.affiliation, tt.sector, tt.ok)
		}
	}
	if r, _ := (&Actor{Roles: []Role{{Affiliation: "A", From: "2001-01-01"}, {Affiliation: "B"}}}).RoleAt("2005-01-01"); r.Affiliation != "A" {
		t.Errorf("dated role should beat an undated one, got %+v", r)
	}
}

func FuzzParse(f *testing.F) {
	f.Add("actor A\nkind state\nalias A | =B | -C\nrole USA GOV 2001-01-01 - x\n")
	f.Add("agent REB\nalias rebels\n#x\nactor\n")
	f.Add("actor A\nrole X - - 2001-02-29\n\tkind\tperson")
	f.Fuzz(func(t *testing.T, s string) {
		d, err := Parse(strings.NewReader(s), "f")
		if err == nil {
			NewMatcher(d)
		}
	})
}

func TestSimpleTokenize(t *testing.T) {
	for _, s := range []string{"John Kerry", "Bashar al Assad", "US", "a b c", "Gen Smith", "Mr Big", "no"} {
		got, want := tokenize(s), text.Tokenize(s)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("tokenize(%q) = %+v, want %+v", s, got, want)
		}
	}
	for _, s := range []string{"", " a", "a ", "a  b", "U.S.", "al-Assad", "Erdoğan", "G7"} {
		if simple(s) {
			t.Errorf("simple(%q) = true", s)
		}
	}
	for _, s := range []string{"2016-02-29", "2000-12-31"} {
		if !validDate(s) {
			t.Errorf("validDate(%q) = false", s)
		}
	}
	for _, s := range []string{"2015-02-29", "2000-12-32", "2000-00-01", "20001-1-01", "2000-1a-01"} {
		if validDate(s) {
			t.Errorf("validDate(%q) = true", s)
		}
	}
}

// A file saved with a byte-order mark (Windows editors) reads as without.
func TestParseBOM(t *testing.T) {
	d, err := Parse(strings.NewReader("\uFEFFactor NEWLAND\nkind state\ncountry NWL\nalias Newland\n"), "bom.txt")
	if err != nil {
		t.Fatal(err)
	}
	if a, ok := d.Lookup("NEWLAND"); !ok || a.Name == "" && len(a.Aliases) == 0 {
		t.Fatalf("NEWLAND not read: %+v %v", a, ok)
	}
}
