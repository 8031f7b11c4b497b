package actor

import (
	"bufio"
	"os"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/extract/text"
)

// unMembers are the ISO 3166-1 alpha-3 codes of the 193 UN member states.
var unMembers = strings.Fields("AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA BRA BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG COD CRI CIV HRV CUB CYP CZE DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY HTI HND HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR PRK KOR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MDA MCO MNG MNE MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT QAT ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE CHE SYR TJK TZA THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE GBR USA URY UZB VUT VEN VNM YEM ZMB ZWE ")

func TestStates(t *testing.T) {
	if len(unMembers) != 193 {
		t.Fatalf("%d UN members listed, want 193", len(unMembers))
	}
	d, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, code := range append(unMembers, "PSE", "VAT", "TWN", "XKX") {
		a, ok := d.Lookup(code)
		if !ok {
			t.Errorf("%s: missing", code)
			continue
		}
		forms := map[Form]int{}
		for _, al := range a.Aliases {
			forms[al.Form]++
		}
		if a.Kind != State || a.Country != code || a.Name == "" || forms[Name] == 0 || forms[Metonym] == 0 {
			t.Errorf("%s: incomplete: %+v", code, a)
		}
		if forms[Adjective] == 0 && code != "DMA" && code != "VAT" && code != "NZL" {
			t.Errorf("%s: no adjective", code)
		}
	}
}

// TestGoldNames checks that every name of testdata/actors.tsv (a copy of the
// gold actor table) resolves to its gold code with the matches alone, the way
// the extractor combines them: the first named actor gives the country (a
// person's through their role on the seeds' dates, an organisation its own
// id), an agent the sector; XXXREB codes need a REB or OPP agent or actor,
// whose country may come from context.
func TestGoldNames(t *testing.T) {
	m := defaultMatcher(t)
	f, err := os.Open("testdata/actors.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		cols := strings.Split(line, "\t")
		code := cols[0]
		for _, name := range strings.Split(cols[2], ", ") {
			n++
			if name == "the regime" { // an agent GOV: the extractor resolves it from context
				name = "regime"
			}
			if got := resolve(m, name); got != code && !(strings.HasSuffix(code, "REB") && got == "REB") && !(got == "GOV" && name == "regime") {
				t.Errorf("%s: %q resolves to %q", code, name, got)
			}
		}
	}
	if n < 50 {
		t.Errorf("only %d names read", n)
	}
}

func resolve(m *Matcher, name string) string {
	toks := text.Tokenize(name)
	country, sector := "", ""
	for _, x := range m.Match(name, toks) {
		a := x.Actor
		switch {
		case x.Form == Agent:
			if sector == "" {
				sector = a.Sector
			}
		case country != "":
		case a.Kind == Person:
			if r, ok := a.RoleAt("2015-10-23"); ok {
				country = r.Affiliation
			}
		case a.Kind == State:
			country = a.Country
		case a.Kind == Rebels:
			country, sector = a.Country, "REB"
		default:
			country = a.ID
		}
	}
	if sector == "OPP" {
		sector = "REB"
	}
	if sector == "REB" {
		return country + sector
	}
	if country == "" {
		return sector
	}
	return country
}
