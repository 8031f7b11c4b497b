package actor

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/extract/text"
)

// matchString renders the matches of s as "text=ID/form" items.
func matchString(m *Matcher, s string) string {
	toks := text.Tokenize(s)
	var out []string
	for _, x := range m.Match(s, toks) {
		out = append(out, fmt.Sprintf("%s=%s/%s", s[toks[x.Start].Start:toks[x.End-1].End], x.Actor.ID, x.Form))
	}
	return strings.Join(out, " ")
}

func defaultMatcher(t testing.TB) *Matcher {
	d, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	return NewMatcher(d)
}

func TestMatch(t *testing.T) {
	m := defaultMatcher(t)
	tests := []struct{ in, want string }{
		{"Kerry arrives in Moscow", "Kerry=JOHN_KERRY/name Moscow=RUS/metonym"},
		{"U.S. Secretary of State John Kerry", "U.S.=USA/name Secretary of State John Kerry=JOHN_KERRY/name"},
		{"the U.S. secretary of state, John Kerry", "U.S.=USA/name secretary of state=GOV/agent John Kerry=JOHN_KERRY/name"},
		{"let us go to the US", "US=USA/name"},
		{"it is the IS group", "IS group=ISIS/name"},
		{"Syrian President Bashar al-Assad", "Syrian=SYR/adjective President=GOV/agent Bashar al-Assad=BASHAR_AL_ASSAD/name"},
		{"Bashar al Assad", "Bashar al Assad=BASHAR_AL_ASSAD/name"},
		{"Russian-backed forces", "Russian=RUS/adjective forces=MIL/agent"},
		{"Russia's Foreign Ministry", "Russia=RUS/name Foreign Ministry=GOV/agent"},
		{"Erdoğan and Erdogan and ERDOGAN", "Erdoğan=RECEP_TAYYIP_ERDOGAN/name Erdogan=RECEP_TAYYIP_ERDOGAN/name ERDOGAN=RECEP_TAYYIP_ERDOGAN/name"},
		{"Feridun Sinirlioğlu, Feridun Sinirlioglu", "Feridun Sinirlioğlu=FERIDUN_SINIRLIOGLU/name Feridun Sinirlioglu=FERIDUN_SINIRLIOGLU/name"},
		{"Irani Iranian Iran Iranians", "Iranian=IRN/adjective Iran=IRN/name Iranians=IRN/demonym"},
		{"the United States of America", "United States of America=USA/name"},
		{"The Washington Post reports", "The Washington Post=WAPO/name"},
		{"a US-led coalition", "US-led coalition=USA/metonym"},
		{"the Kremlin and the White House", "Kremlin=RUS/metonym White House=USA/metonym"},
		{"al-Nusra Front and Nusra", "al-Nusra Front=NUSRA/name Nusra=NUSRA/name"},
		{"the UN special envoy for Syria", "UN=UN/name special envoy=GOV/agent Syria=SYR/name"},
		{"the Un and un-", ""},
		{"Turkey and turkey", "Turkey=TUR/name"},
		{"separatist rebels in the east", "separatist rebels=REB/agent"},
		{"Staffan de Mistura", "Staffan de Mistura=STAFFAN_DE_MISTURA/name"},
		// A capitalised name of common words, written in lower case, is a description.
		{"join an armed Islamic group in Lebanon", "Islamic=AGENT_MUS/agent Lebanon=LBN/name"},
		{"join the Armed Islamic Group", "Armed Islamic Group=ARMED_ISLAMIC_GROUP/name"},
		{"the ARMED ISLAMIC GROUP and the islamic State", "ARMED ISLAMIC GROUP=ARMED_ISLAMIC_GROUP/name islamic State=ISIS/name"},
	}
	for _, tt := range tests {
		if got := matchString(m, tt.in); got != tt.want {
			t.Errorf("%q:\n got %s\nwant %s", tt.in, got, tt.want)
		}
	}
}

func TestMatchPrecedence(t *testing.T) {
	base := `
actor P
kind person
alias Georgia | Big Name
surname Name

actor GEO
kind state
alias Georgia
adjective Georgian

actor B
kind group
alias Zed
`
	user := `
actor B
name Bee
alias Georgian | =ZED | -Zed

actor NEW
alias Big Name Here
`
	d, err := Parse(strings.NewReader(base), "base")
	if err != nil {
		t.Fatal(err)
	}
	u, err := Parse(strings.NewReader(user), "user")
	if err != nil {
		t.Fatal(err)
	}
	m := NewMatcher(d)
	if got, want := matchString(m, "Georgia Georgian Big Name Zed"), "Georgia=GEO/name Georgian=GEO/adjective Big Name=P/name Zed=B/name"; got != want {
		t.Errorf("base:\n got %s\nwant %s", got, want)
	}
	dm := d.Merge(u)
	m = NewMatcher(dm)
	if got, want := matchString(m, "Georgia Georgian Big Name Here Zed ZED"), "Georgia=GEO/name Georgian=B/name Big Name Here=NEW/name ZED=B/name"; got != want {
		t.Errorf("merged:\n got %s\nwant %s", got, want)
	}
	if b, _ := dm.Lookup("B"); b.Name != "Bee" || b.Kind != Group {
		t.Errorf("merged B = %+v", b)
	}
	if b, _ := d.Lookup("B"); b.Name != "Zed" || len(b.Aliases) != 1 {
		t.Errorf("Merge modified its receiver: %+v", b)
	}
	if n, _ := dm.Lookup("NEW"); n.Kind != Group || n.Name != "Big Name Here" {
		t.Errorf("defaults: %+v", n)
	}
}

func TestLoad(t *testing.T) {
	f := t.TempDir() + "/mine.txt"
	if err := os.WriteFile(f, []byte("actor USA\nalias -America\n\nactor ACME\nkind group\nalias Acme Corp\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	d, err := Load(f)
	if err != nil {
		t.Fatal(err)
	}
	m := NewMatcher(d)
	if got, want := matchString(m, "America and Acme Corp"), "Acme Corp=ACME/name"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
	if _, err := Load(t.TempDir() + "/none.txt"); err == nil {
		t.Errorf("Load of a missing file: no error")
	}
	os.WriteFile(f, []byte("actor X\nkind nope\n"), 0o644)
	if _, err := Load(f); err == nil || !strings.HasPrefix(err.Error(), f+":2: ") {
		t.Errorf("Load of a bad file: %v", err)
	}
}

func FuzzMatch(f *testing.F) {
	m := defaultMatcher(f)
	f.Add("U.S. Secretary of State John Kerry met Lavrov in Moscow's Kremlin.")
	f.Add("IS US us Erdoğan al-Assad's")
	f.Fuzz(func(t *testing.T, s string) {
		toks := text.Tokenize(s)
		last := 0
		for _, x := range m.Match(s, toks) {
			if x.Start < last || x.End <= x.Start || x.End > len(toks) || x.Actor == nil {
				t.Fatalf("bad match %+v (previous end %d, %d tokens)", x, last, len(toks))
			}
			last = x.End
		}
	})
}

func BenchmarkMatch(b *testing.B) {
	m := defaultMatcher(b)
	src, err := os.ReadFile("testdata/seed003.txt")
	if err != nil {
		b.Fatal(err)
	}
	s := string(src)
	toks := text.Tokenize(s)
	b.SetBytes(int64(len(s)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		m.Match(s, toks)
	}
}

func BenchmarkLoad(b *testing.B) {
	d, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	b.Run("parse", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			if _, err := loadDefault(); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("matcher", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			NewMatcher(d)
		}
	})
}
