package actor

import (
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/extract/text"
)

// TestAgentComposition checks that "Russian foreign minister", "Syrian
// rebels", "Iraqi police" and the like match as two adjacent items, the
// country's adjective (or its name, "US") and a generic agent with the right sector, which the
// extractor composes into country plus sector.
func TestAgentComposition(t *testing.T) {
	m := defaultMatcher(t)
	tests := []struct{ in, country, agent, sector string }{
		{"Russian foreign minister", "RUS", "foreign minister", "GOV"},
		{"Russian Foreign Ministry", "RUS", "Foreign Ministry", "GOV"},
		{"Syrian rebels", "SYR", "rebels", "REB"},
		{"Iraqi police", "IRQ", "police", "COP"},
		{"Israeli defence minister", "ISR", "defence minister", "MIL"},
		{"Russian Defense Ministry", "RUS", "Defense Ministry", "MIL"},
		{"Ukrainian troops", "UKR", "troops", "MIL"},
		{"Chinese navy", "CHN", "navy", "MIL"},
		{"Turkish air force", "TUR", "air force", "MIL"},
		{"Iranian lawmakers", "IRN", "lawmakers", "LEG"},
		{"US senators", "USA", "senators", "LEG"},
		{"Egyptian prosecutors", "EGY", "prosecutors", "JUD"},
		{"Pakistani intelligence services", "PAK", "intelligence services", "SPY"},
		{"Palestinian civilians", "PSE", "civilians", "CVL"},
		{"Iranian protesters", "IRN", "protesters", "OPP"},
		{"Venezuelan opposition", "VEN", "opposition", "OPP"},
		{"Belarusian activists", "BLR", "activists", "OPP"},
		{"Afghan refugees", "AFG", "refugees", "REF"},
		{"Saudi state media", "SAU", "state media", "MED"},
		{"Sudanese authorities", "SDN", "authorities", "GOV"},
		{"Yemeni prime minister", "YEM", "prime minister", "GOV"},
		{"Libyan militias", "LBY", "militias", "UAF"},
		{"Malian insurgents", "MLI", "insurgents", "REB"},
	}
	for _, tt := range tests {
		toks := text.Tokenize(tt.in)
		got := m.Match(tt.in, toks)
		if len(got) != 2 {
			t.Errorf("%q: %d matches (%s), want adjective + agent", tt.in, len(got), matchString(m, tt.in))
			continue
		}
		adj, ag := got[0], got[1]
		country := adj.Form == Adjective || (adj.Form == Name && adj.Actor.Kind == State) // "Russian", "US"
		if !country || adj.Actor.Country != tt.country || adj.End != ag.Start {
			t.Errorf("%q: first match %s/%s, want the adjective or name of %s", tt.in, adj.Actor.ID, adj.Form, tt.country)
		}
		agText := tt.in[toks[ag.Start].Start:toks[ag.End-1].End]
		if ag.Form != Agent || !ag.Actor.Agent || ag.Actor.Country != "" || agText != tt.agent || ag.Actor.Sector != tt.sector {
			t.Errorf("%q: second match %q=%s/%s sector %s, want agent %q sector %s", tt.in, agText, ag.Actor.ID, ag.Form, ag.Actor.Sector, tt.agent, tt.sector)
		}
	}
	// "the regime" is the agent alone: the extractor resolves its country
	// from the context.
	if got, want := matchString(m, "the regime"), "regime=GOV/agent"; got != want {
		t.Errorf("the regime: got %s, want %s", got, want)
	}
}

// TestRolesByDate checks the dated roles of a sample of persons (and of the
// Taliban and HTS, whose records carry their change to government).
func TestRolesByDate(t *testing.T) {
	d, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		id, date, aff, sector string // aff "" means no role on that date
	}{
		{"JOHN_KERRY", "2016-05-01", "USA", "GOV"},
		{"JOHN_KERRY", "2008-05-01", "USA", "LEG"},
		{"VOLODYMYR_ZELENSKY", "2022-03-01", "UKR", "GOV"},
		{"VOLODYMYR_ZELENSKY", "2018-01-01", "", ""},
		{"ANTONY_BLINKEN", "2023-06-01", "USA", "GOV"},
		{"ANTONY_BLINKEN", "2016-06-01", "USA", "GOV"}, // deputy secretary of state
		{"ANTONY_BLINKEN", "2019-06-01", "", ""},
		{"DONALD_TRUMP", "2018-06-01", "USA", "GOV"},
		{"DONALD_TRUMP", "2022-06-01", "", ""},
		{"DONALD_TRUMP", "2025-06-01", "USA", "GOV"},
		{"JOE_BIDEN", "2023-01-01", "USA", "GOV"},
		{"MARCO_RUBIO", "2020-01-01", "USA", "LEG"},
		{"MARCO_RUBIO", "2025-03-01", "USA", "GOV"},
		{"PETE_HEGSETH", "2025-03-01", "USA", "MIL"},
		{"LLOYD_AUSTIN", "2022-01-01", "USA", "MIL"},
		{"ANTONIO_GUTERRES", "2020-01-01", "UN", ""},
		{"ANTONIO_GUTERRES", "2010-01-01", "UNHCR", ""},
		{"BAN_KI-MOON", "2015-01-01", "UN", ""},
		{"JENS_STOLTENBERG", "2020-01-01", "NATO", ""},
		{"MARK_RUTTE", "2020-01-01", "NLD", "GOV"},
		{"MARK_RUTTE", "2025-01-01", "NATO", ""},
		{"RAFAEL_GROSSI", "2022-01-01", "IAEA", ""},
		{"URSULA_VON_DER_LEYEN", "2016-01-01", "DEU", "MIL"},
		{"URSULA_VON_DER_LEYEN", "2021-01-01", "EC", ""},
		{"KAJA_KALLAS", "2025-01-01", "EU", ""},
		{"OLAF_SCHOLZ", "2023-01-01", "DEU", "GOV"},
		{"FRIEDRICH_MERZ", "2025-06-01", "DEU", "GOV"},
		{"KEIR_STARMER", "2025-01-01", "GBR", "GOV"},
		{"SEBASTIEN_LECORNU", "2023-01-01", "FRA", "MIL"},
		{"SEBASTIEN_LECORNU", "2025-11-01", "FRA", "GOV"},
		{"WANG_YI", "2020-01-01", "CHN", "GOV"},
		{"DONG_JUN", "2024-06-01", "CHN", "MIL"},
		{"ANDREI_BELOUSOV", "2024-06-01", "RUS", "MIL"},
		{"SERGEI_SHOIGU", "2020-01-01", "RUS", "MIL"},
		{"DENYS_SHMYHAL", "2021-01-01", "UKR", "GOV"},
		{"DENYS_SHMYHAL", "2025-08-01", "UKR", "MIL"},
		{"ABU_MOHAMMAD_AL_JULANI", "2020-01-01", "HTS", "REB"},
		{"ABU_MOHAMMAD_AL_JULANI", "2024-12-20", "SYR", "GOV"},
		{"HIBATULLAH_AKHUNDZADA", "2019-01-01", "TALIBAN", "REB"},
		{"HIBATULLAH_AKHUNDZADA", "2022-01-01", "AFG", "GOV"},
		{"TALIBAN", "2010-01-01", "TALIBAN", "REB"},
		{"TALIBAN", "2021-08-15", "AFG", "GOV"},
		{"HTS", "2025-03-01", "SYR", "GOV"},
		{"MANSOUR_HADI", "2016-01-01", "YEM", "GOV"},
		{"RASHAD_MUHAMMAD_AL_ALIMI", "2023-01-01", "YEM", "GOV"},
		{"ABDUL-MALIK_AL-HOUTHI", "2020-01-01", "HOUTHIS", "REB"},
		{"MOHAMED_HAMDAN_DAGALO", "2023-06-01", "RSF", "REB"},
		{"YAHYA_SINWAR", "2020-01-01", "HAMAS", "REB"},
		{"ISMAIL_HANIYA", "2006-06-01", "PSE", "GOV"},
		{"ISMAIL_HANIYA", "2020-01-01", "HAMAS", "REB"},
		{"MAHMOUD_ABBAS", "2020-01-01", "PSE", "GOV"},
		{"YOAV_GALLANT", "2023-10-10", "ISR", "MIL"},
		{"MASUD_PEZESHKIAN", "2025-01-01", "IRN", "GOV"},
		{"EBRAHIM_RAISI", "2020-01-01", "IRN", "JUD"},
		{"ABBAS_ARAGHCHI", "2025-01-01", "IRN", "GOV"},
		{"NICOLAS_MADURO", "2020-01-01", "VEN", "GOV"},
		{"ALYAKSANDR_LUKASHENKA", "2020-08-09", "BLR", "GOV"},
		{"MIN_AUNG_HLAING", "2019-01-01", "MMR", "MIL"},
		{"MIN_AUNG_HLAING", "2022-01-01", "MMR", "GOV"},
		{"LUIZ_INACIO_LULA_DA_SILVA", "2024-01-01", "BRA", "GOV"},
		{"LUIZ_INACIO_LULA_DA_SILVA", "2015-01-01", "", ""},
		{"JAVIER_MILEI", "2024-01-01", "ARG", "GOV"},
		{"NARENDRA_MODI", "2024-01-01", "IND", "GOV"},
		{"SUBRAHMANYAM_JAISHANKAR", "2024-01-01", "IND", "GOV"},
		{"SANAE_TAKAICHI", "2025-12-01", "JPN", "GOV"},
		{"LEE_JAE-MYUNG", "2025-07-01", "KOR", "GOV"},
		{"CYRIL_RAMAPHOSA", "2020-01-01", "ZAF", "GOV"},
		{"HULUSI_AKAR", "2020-01-01", "TUR", "MIL"},
		{"MOHAMMED_BIN_SALMAN", "2023-01-01", "SAU", "GOV"},
		{"NAIM_QASSEM", "2025-01-01", "HEZBOLLAH", "REB"},
	}
	for _, tt := range tests {
		a, ok := d.Lookup(tt.id)
		if !ok {
			t.Errorf("%s: missing", tt.id)
			continue
		}
		r, ok := a.RoleAt(tt.date)
		if tt.aff == "" {
			if ok {
				t.Errorf("%s on %s: role %+v, want none", tt.id, tt.date, r)
			}
			continue
		}
		if !ok || r.Affiliation != tt.aff || r.Sector != tt.sector {
			t.Errorf("%s on %s: role %+v (%v), want %s %s", tt.id, tt.date, r, ok, tt.aff, tt.sector)
		}
		if _, ok := d.Lookup(r.Affiliation); !ok {
			t.Errorf("%s: affiliation %s is not in the dictionary", tt.id, r.Affiliation)
		}
	}
}

// TestAffiliations checks that every role's affiliation is an actor of the
// dictionary (the extractor takes the country from it) and that the
// curated persons' roles are well ordered.
func TestAffiliations(t *testing.T) {
	d, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range d.Actors() {
		if !strings.HasPrefix(a.Pos, "data/actors.txt:") {
			continue
		}
		for _, r := range a.Roles {
			if _, ok := d.Lookup(r.Affiliation); !ok {
				t.Errorf("%s (%s): role affiliation %s is not in the dictionary", a.ID, a.Pos, r.Affiliation)
			}
		}
		if a.Kind == Person && len(a.Roles) == 0 {
			t.Errorf("%s (%s): a curated person without roles", a.ID, a.Pos)
		}
	}
}

// TestNewNames checks the names of persons and groups added for 2015-2026:
// whole-word, case- and accent-insensitive, longest match, and the
// case-sensitive surnames that are also English words.
func TestNewNames(t *testing.T) {
	m := defaultMatcher(t)
	tests := []struct{ in, want string }{
		{"Zelenskyy met Erdogan", "Zelenskyy=VOLODYMYR_ZELENSKY/name Erdogan=RECEP_TAYYIP_ERDOGAN/name"},
		{"SCHOLZ and Merz", "SCHOLZ=OLAF_SCHOLZ/name Merz=FRIEDRICH_MERZ/name"},
		{"Xi Jinping and Wang Yi", "Xi Jinping=XI_JINPING/name Wang Yi=WANG_YI/name"},
		{"Sebastien Lecornu, Sébastien Lecornu", "Sebastien Lecornu=SEBASTIEN_LECORNU/name Sébastien Lecornu=SEBASTIEN_LECORNU/name"},
		{"Andres Manuel Lopez Obrador (AMLO)", "Andres Manuel Lopez Obrador=ANDRES_MANUEL_LOPEZ_OBRADOR/name AMLO=ANDRES_MANUEL_LOPEZ_OBRADOR/name"},
		{"Binali Yildirim and Binali Yıldırım", "Binali Yildirim=BINALI_YILDIRIM/name Binali Yıldırım=BINALI_YILDIRIM/name"},
		{"Lula, Milei and Modi", "Lula=LUIZ_INACIO_LULA_DA_SILVA/name Milei=JAVIER_MILEI/name Modi=NARENDRA_MODI/name"},
		{"Marco Rubio; later Rubio", "Marco Rubio=MARCO_RUBIO/name Rubio=MARCO_RUBIO/surname"},
		{"Kamala Harris", "Kamala Harris=KAMALA_HARRIS/name"},
		{"Hemedti's Rapid Support Forces", "Hemedti=MOHAMED_HAMDAN_DAGALO/name Rapid Support Forces=RSF/name"},
		{"Ansar Allah, the Houthi movement", "Ansar Allah=HOUTHIS/name Houthi movement=HOUTHIS/name"},
		{"HTS and the SDF", "HTS=HTS/name SDF=SDF/name"},
		{"Wagner and the Africa Corps", "Wagner=WAGNER/name Africa Corps=AFRICA_CORPS/name"},
		{"ISWAP split from Boko Haram", "ISWAP=ISWAP/name Boko Haram=BOKOHARAM/name"},
		{"JNIM and IS-K", "JNIM=JNIM/name IS-K=ISKP/name"},
		{"Kataib Hezbollah in the Hashd al-Shaabi", "Kataib Hezbollah=KATAIB_HEZBOLLAH/name Hashd al-Shaabi=PMF/name"},
		{"the al-Aqsa mosque", ""},
		{"Colombia and the ELN", "Colombia=COL/name ELN=NATIONAL_LIBERATION_ARMY/name"},
		{"Antonio Guterres and Rafael Grossi", "Antonio Guterres=ANTONIO_GUTERRES/name Rafael Grossi=RAFAEL_GROSSI/name"},
		{"Hunt: they hunt; Moon; Salami", "Hunt=JEREMY_HUNT/surname Moon=MOON_JAE_IN/surname Salami=HOSSEIN_SALAMI/surname"},
		{"truss, borne, gallant, salami, 20 pence", ""},
		{"Mike Pence and Pence", "Mike Pence=MIKE_PENCE/name Pence=MIKE_PENCE/name"},
		{"Lavrov and Blinken", "Lavrov=SERGEY_LAVROV/name Blinken=ANTONY_BLINKEN/name"},
	}
	for _, tt := range tests {
		if got := matchString(m, tt.in); got != tt.want {
			t.Errorf("%q:\n got %s\nwant %s", tt.in, got, tt.want)
		}
	}
}
