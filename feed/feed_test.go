package feed_test

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/event"
	"github.com/actorgraph/actorgraph/feed"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/plover"
)

func short(ev event.Event) string {
	return fmt.Sprintf("%s|%d|%s %s/%s %s %s→%s %s %g", ev.Doc, ev.Sentence, ev.Date, ev.Type, ev.Mode,
		ev.Source.ID, ev.Source.Kind, ev.Target.ID, ev.Target.Kind, ev.Weight)
}

func read(t *testing.T, f feed.Format, file string) (feed.Result, []*feed.Error) {
	t.Helper()
	r, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	res, err := feed.Read(r, f, file, feed.Options{})
	var list feed.ErrorList
	if err != nil && !errors.As(err, &list) {
		t.Fatalf("%s: %v", file, err)
	}
	return res, list
}

func score(typ, mode string) float64 {
	s, _ := plover.DefaultScores().Score(typ, mode)
	return s
}

// The small files in testdata are written from each source's codebook:
// rows that make events, rows that make none (one actor, a code PLOVER
// dropped) and malformed rows, which are reported by line while the
// others are kept.
func TestRead(t *testing.T) {
	cases := []struct {
		format  feed.Format
		file    string
		events  []string
		rows    int
		skipped int
		errs    []string // "LINE: words"
	}{
		{feed.GDELT, "testdata/gdelt.tsv", []string{
			"http://example.com/kerry-moscow|1|2016-07-12 CONSULT/visit USA state→RUS state 1.9",
			"http://example.com/strikes|2|2016-07-12 ASSAULT/ RUSMIL state→SYRREB rebels -10",
			"http://example.com/un|3|2016-07-13 ACCUSE/allege UN igo→SYR state -2",
			"http://example.com/retreat|8|2016-07-14 RETREAT/disarm RUS state→TUR state 9",
		}, 8, 2, []string{"6: want 61", "7: GoldsteinScale"}},
		{feed.ICEWS, "testdata/icews.tsv", []string{
			"9001|1|2016-07-12 CONSULT/visit VLADIMIR_PUTIN person→JOHN_KERRY person 1.9",
			"9002|3|2016-07-12 COERCE/arrest INDCOP state→INDCVL group -5",
			"9002|3|2016-07-12 ASSAULT/abduct INDCOP state→INDCVL group -9",
			"9003|2|2016-07-13 AGREE/ RUS state→TUR state 4",
		}, 8, 2, []string{"7: Intensity", "9: Event Date"}},
		{feed.POLECAT, "testdata/polecat.tsv", []string{
			"20230101-0001|0|2023-01-05 CONSULT/visit VLADIMIR_PUTIN person→RECEP_TAYYIP_ERDOGAN person 1.5",
			"20230101-0002|0|2023-01-06 ASSAULT/aerial USAMIL state→ISIS armed_group -9",
			"20230101-0002|1|2023-01-06 ASSAULT/aerial FRAMIL state→ISIS armed_group -9",
			fmt.Sprintf("20230101-0004|0|2023-01-07 REQUEST/ EU igo→RUS state %g", score("REQUEST", "")),
		}, 5, 1, []string{"6: Event Date"}},
		{feed.ACLED, "testdata/acled.csv", []string{
			fmt.Sprintf("SYR1001|0|2023-02-16 ASSAULT/firearms SYRMIL state→HTS armed_group %g", score("ASSAULT", "firearms")/2),
			fmt.Sprintf("SYR1001|1|2023-02-16 ASSAULT/firearms HTS armed_group→SYRMIL state %g", score("ASSAULT", "firearms")/2),
			fmt.Sprintf("NIG2002|0|2023-02-16 ASSAULT/ BOKO_HARAM_JAMAATU_AHLI_IS_SUNNAH_LID_DAWATI_WAL_JIHAD rebels→NGACVL group %g", score("ASSAULT", "")),
			fmt.Sprintf("RUS1007|0|2023-02-19 AGREE/ RUSMIL state→UKRMIL state %g", score("AGREE", "")),
		}, 7, 2, []string{"6: fatalities", "7: bare"}},
	}
	for _, c := range cases {
		res, errs := read(t, c.format, c.file)
		var got []string
		for _, ev := range res.Events {
			got = append(got, short(ev))
			if ev.Modality != event.Asserted || ev.Text == "" || ev.Source.ID == "" || ev.Target.ID == "" {
				t.Errorf("%s: incomplete event %+v", c.file, ev)
			}
		}
		if strings.Join(got, "\n") != strings.Join(c.events, "\n") {
			t.Errorf("%s: events\n%s\nwant\n%s", c.file, strings.Join(got, "\n"), strings.Join(c.events, "\n"))
		}
		if res.Rows != c.rows || res.Skipped != c.skipped {
			t.Errorf("%s: %d rows, %d skipped; want %d, %d", c.file, res.Rows, res.Skipped, c.rows, c.skipped)
		}
		if len(errs) != len(c.errs) {
			t.Errorf("%s: errors %v, want %d", c.file, errs, len(c.errs))
			continue
		}
		for i, e := range errs {
			line, words, _ := strings.Cut(c.errs[i], ": ")
			if e.File != c.file || fmt.Sprint(e.Line) != line || !strings.Contains(e.Error(), words) {
				t.Errorf("%s: error %q, want line %s saying %q", c.file, e.Error(), line, words)
			}
		}
	}
}

// Coded events make a graph like extracted ones; ICEWS's two events of
// one sentence with one PLOVER type count once.
func TestGraphOfICEWS(t *testing.T) {
	res, _ := read(t, feed.ICEWS, "testdata/icews.tsv")
	g := graph.Build(res.Events, graph.Options{})
	var edges []string
	for _, e := range g.Edges {
		edges = append(edges, fmt.Sprintf("%s %s %s %d", e.Source, e.Type, e.Target, e.Count))
	}
	want := "IND ASSAULT INDCVL 1|IND COERCE INDCVL 1|RUS AGREE TUR 1|RUS CONSULT USA 1"
	if strings.Join(edges, "|") != want {
		t.Errorf("edges %q, want %q", strings.Join(edges, "|"), want)
	}
}

func TestMissingColumns(t *testing.T) {
	for _, c := range []struct {
		f    feed.Format
		text string
	}{
		{feed.ICEWS, "Event ID\tSource Name\n1\tRussia\n"},
		{feed.POLECAT, "Event ID\tEvent Date\n1\t2023-01-01\n"},
		{feed.ACLED, "event_id_cnty,actor1\nX1,A\n"},
	} {
		_, err := feed.Read(strings.NewReader(c.text), c.f, "x", feed.Options{})
		var list feed.ErrorList
		if !errors.As(err, &list) || list[0].Line != 1 || !strings.Contains(err.Error(), "header lacks") {
			t.Errorf("%s: error %v, want line 1 naming the missing columns", c.f, err)
		}
	}
}

func TestCameo(t *testing.T) {
	c, err := feed.DefaultCameo()
	if err != nil {
		t.Fatal(err)
	}
	for code, want := range map[string]string{
		"042": "CONSULT/visit", "0874": "RETREAT/disarm", "190": "ASSAULT/", "1831": "ASSAULT/suicide-attack",
		"163": "COERCE/restrict", "0861": "RETREAT/access", "08": "CONCEDE/", "2049": "ASSAULT/unconventional",
		"010": "", "02": "", "abc": "", "99": "",
	} {
		cc, ok := c.Lookup(code)
		got := ""
		if ok {
			got = cc.Type.Name + "/" + cc.Mode
		}
		if got != want {
			t.Errorf("CAMEO %s → %q, want %q", code, got, want)
		}
	}
	_, err = feed.ParseCameo(strings.NewReader("cameo_code\tplover_event\tplover_mode\n042\tCONSULT\tvisit\n04x\tCONSULT\t\n043\tVISIT\t\n"), "t.tsv")
	if err == nil || !strings.Contains(err.Error(), "t.tsv:3:") || !strings.Contains(err.Error(), "t.tsv:4:") {
		t.Errorf("error %v, want lines 3 and 4", err)
	}
}

func TestParseFormat(t *testing.T) {
	if f, err := feed.ParseFormat("GDELT"); err != nil || f != feed.GDELT {
		t.Errorf("GDELT: %v, %v", f, err)
	}
	if _, err := feed.ParseFormat("phoenix"); err == nil {
		t.Error("no error for an unknown format")
	}
}

func fuzz(f *testing.F, format feed.Format, seed string) {
	b, err := os.ReadFile(seed)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(string(b))
	f.Add("")
	f.Fuzz(func(t *testing.T, s string) {
		res, err := feed.Read(strings.NewReader(s), format, "fuzz", feed.Options{})
		var list feed.ErrorList
		if err != nil && !errors.As(err, &list) {
			t.Fatalf("an error that is no list: %v", err)
		}
		for _, e := range list {
			if e.File != "fuzz" {
				t.Fatalf("error without the file: %v", e)
			}
		}
		for _, ev := range res.Events {
			if _, ok := plover.Lookup(ev.Type); !ok || ev.Source.ID == "" || ev.Target.ID == "" || ev.Weight < -10 || ev.Weight > 10 {
				t.Fatalf("bad event %+v", ev)
			}
		}
		if len(res.Events) > 0 && res.Rows == 0 {
			t.Fatal("events without rows")
		}
	})
}

func FuzzGDELT(f *testing.F)   { fuzz(f, feed.GDELT, "testdata/gdelt.tsv") }
func FuzzICEWS(f *testing.F)   { fuzz(f, feed.ICEWS, "testdata/icews.tsv") }
func FuzzPOLECAT(f *testing.F) { fuzz(f, feed.POLECAT, "testdata/polecat.tsv") }
func FuzzACLED(f *testing.F)   { fuzz(f, feed.ACLED, "testdata/acled.csv") }
