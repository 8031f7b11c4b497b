package phoenix

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestGenerated checks that data/actors_phoenix.txt is what gen.go makes
// from data/phoenix/: regenerating leaves no diff.
func TestGenerated(t *testing.T) {
	files := map[string][]byte{}
	for _, f := range Files {
		b, err := os.ReadFile(filepath.Join("..", "..", "phoenix", f))
		if err != nil {
			t.Fatal(err)
		}
		files[f] = b
	}
	got, err := Convert(files)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(filepath.Join("..", "..", "actors_phoenix.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		gl, wl := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
		for i := 0; i < len(gl) && i < len(wl); i++ {
			if gl[i] != wl[i] {
				t.Fatalf("data/actors_phoenix.txt is stale (run go generate ./data); first difference at line %d:\n got %q\nwant %q", i+1, gl[i], wl[i])
			}
		}
		t.Fatalf("data/actors_phoenix.txt is stale (run go generate ./data): %d lines, want %d", len(gl), len(wl))
	}
}

func TestConvert(t *testing.T) {
	countries := `
JOHN_KERRY_ # comment
+SECRETARY_KERRY_
+KERRY
	[USAGOVLEG 850103-130201]
	[USAGOV >130201]
	[USAGOV 1301x1-130202]
AFGHANISTAN_  [AFG]
+KABUL_
`
	intl := "THE_UNITED_NATIONS_ [IGOUNO]\nWORLD_BANK_\t[IGOUNODEVWBK]\nKOFI_ANNAN_\n\t[IGOUNO 970101-061231]\n"
	mil := "ADEN_ABYAN_ISLAMIC_ARMY_(AAIA)_ [YEMREB]\n+ISLAMIC_ARMY_OF_ADEN+_JAYSH_ADAN_\n"
	agents := "!PERSON! = MAN, WOMAN\nREBEL [~REB]\nMILITARY_REGIME [~GOVMIL]\nPOLICE!PERSON! [~COP]\nSTATE [~GOV]\n"
	out, err := Convert(map[string][]byte{Files[0]: []byte(countries), Files[1]: []byte(intl), Files[2]: []byte(mil), Files[3]: []byte(agents)})
	if err != nil {
		t.Fatal(err)
	}
	s := string(out)
	for _, want := range []string{
		"actor JOHN_KERRY\nkind person\nname John Kerry\ncountry USA\nalias John Kerry | Secretary Kerry\nsurname Kerry\nrole USA LEG 1985-01-03 2013-02-01\nrole USA GOV 2013-02-01 -\n",
		"actor UN\nalias United Nations\n",
		"actor WB\nalias World Bank\n",
		"actor KOFI_ANNAN\nkind person\nname Kofi Annan\nalias Kofi Annan\nrole UN - 1997-01-01 2006-12-31\n",
		"actor ADEN_ABYAN_ISLAMIC_ARMY\nkind rebels\nname Aden Abyan Islamic Army\ncountry YEM\nsector REB\nalias Aden Abyan Islamic Army | AAIA | Islamic Army of Aden | Jaysh Adan\n",
		"agent COP\nsector COP\nalias policeman | policemen | policewoman | policewomen\n",
		"agent GOV\nsector GOV\nalias military regime | military regimes\n",
		"agent REB\nkind rebels\nsector REB\nalias rebel | rebels\n",
	} {
		if !strings.Contains(s, want) {
			t.Errorf("missing:\n%s\nin:\n%s", want, s)
		}
	}
	if strings.Contains(s, "Kabul") || strings.Contains(s, "AFGHANISTAN") {
		t.Errorf("country entries converted:\n%s", s)
	}
}

func TestDate(t *testing.T) {
	for _, tt := range []struct {
		in, want string
		bad      bool
	}{
		{"850103", "1985-01-03", false}, {"130201", "2013-02-01", false}, {"291231", "2029-12-31", false},
		{"300101", "1930-01-01", false}, {"20040712", "2004-07-12", false}, {"2004017", "", true}, {"851301", "", true},
	} {
		got, bad := date(tt.in)
		if got != tt.want || bad != tt.bad {
			t.Errorf("date(%q) = %q, %v; want %q, %v", tt.in, got, bad, tt.want, tt.bad)
		}
	}
}
