package event

import "testing"

func TestSectors(t *testing.T) {
	cases := []struct {
		sector                   string
		opposing, organ, private bool
		stateSide                bool
	}{
		{"", false, false, false, true},
		{"GOV", false, true, false, true},
		{"MIL", false, true, false, true},
		{"ELI", false, false, false, true},
		{"REB", true, false, false, false},
		{"OPP", true, false, false, false},
		{"MED", false, false, true, false},
		{"CVL", false, false, true, false},
	}
	for _, c := range cases {
		if got := Opposing(c.sector); got != c.opposing {
			t.Errorf("Opposing(%q) = %v", c.sector, got)
		}
		if got := Organ(c.sector); got != c.organ {
			t.Errorf("Organ(%q) = %v", c.sector, got)
		}
		if got := Private(c.sector); got != c.private {
			t.Errorf("Private(%q) = %v", c.sector, got)
		}
		if got := (Actor{Sector: c.sector}).StateSide(); got != c.stateSide {
			t.Errorf("StateSide(%q) = %v", c.sector, got)
		}
	}
}
