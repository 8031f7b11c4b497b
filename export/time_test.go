package export

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/event"
	"github.com/actorgraph/actorgraph/graph"
)

// datedGraph: Russia backs Syria on 1, 2 and 5 March 2019 (twice on the
// 2nd), and Turkey attacks the rebels on 2 March and in an undated text.
func datedGraph() *graph.Graph {
	rus := event.Actor{ID: "RUS", Name: "Russia", Kind: "state", Country: "RUS"}
	syr := event.Actor{ID: "SYR", Name: "Syria", Kind: "state", Country: "SYR"}
	tur := event.Actor{ID: "TUR", Name: "Turkey", Kind: "state", Country: "TUR"}
	reb := event.Actor{ID: "SYRREB", Name: "Syrian rebels", Kind: "rebels", Country: "SYR", Sector: "REB"}
	var events []event.Event
	add := func(doc, date string, s, d event.Actor, typ string, w float64) {
		events = append(events, event.Event{Doc: doc, Date: date, Sentence: len(events), Source: s, Target: d, Type: typ,
			Weight: w, Modality: event.Asserted, Text: fmt.Sprintf("%s and %s on %s.", s.Name, d.Name, date)})
	}
	add("a", "2019-03-01", rus, syr, "SUPPORT", 5)
	add("b", "2019-03-02", rus, syr, "SUPPORT", 5)
	add("b", "2019-03-02", rus, syr, "SUPPORT", 5)
	add("b", "2019-03-02", tur, reb, "ASSAULT", -9)
	add("c", "2019-03-05", rus, syr, "SUPPORT", 5)
	add("d", "", tur, reb, "ASSAULT", -9)
	return graph.BuildDated(events, graph.Options{Title: "Dated"})
}

// TestTimeFormats: GEXF is dynamic with spells (consecutive days merged)
// that NetworkX reads; the CSV edge tables have a row per relation and
// date, with that date's figures, and a date column.
func TestTimeFormats(t *testing.T) {
	g := datedGraph()
	gexf := string(write(t, g, GEXF, Options{}))
	for _, want := range []string{`mode="dynamic" timeformat="date"`, `<spell start="2019-03-01" end="2019-03-02"/>`, `<spell start="2019-03-05" end="2019-03-05"/>`} {
		if !strings.Contains(gexf, want) {
			t.Errorf("GEXF lacks %s", want)
		}
	}
	rows, err := csv.NewReader(strings.NewReader(string(write(t, g, CSVEdges, Options{})))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	head := rows[0]
	if head[len(head)-1] != "date" {
		t.Fatalf("edge table header %q: no date column last", head)
	}
	var got []string
	for _, r := range rows[1:] {
		got = append(got, r[0]+">"+r[1]+" "+r[len(r)-1]+" count "+r[7])
	}
	want := "RUS>SYR 2019-03-01 count 1|RUS>SYR 2019-03-02 count 2|RUS>SYR 2019-03-05 count 1|TUR>SYRREB  count 1|TUR>SYRREB 2019-03-02 count 1"
	if strings.Join(got, "|") != want {
		t.Errorf("edge rows\n%q\nwant\n%q", strings.Join(got, "|"), want)
	}
	neo := strings.SplitN(string(write(t, g, Neo4jEdges, Options{})), "\n", 2)[0]
	if !strings.HasSuffix(strings.TrimSpace(neo), ",date:date") {
		t.Errorf("neo4j header %q lacks date:date", neo)
	}
	// An undated graph's tables keep one row per relation and no date.
	plain := graph.Build(nil, graph.Options{})
	if h := string(write(t, plain, CSVEdges, Options{})); strings.Contains(h, "date\n") && !strings.Contains(h, "evidence_date\n") {
		t.Errorf("undated table has a date column: %q", h)
	}

	res := readBack(t, g, Options{})
	var spells map[string]any
	for _, e := range res["gexf"].Edges {
		if e[0] == "RUS" {
			spells = e[3].(map[string]any)
		}
	}
	b, _ := json.Marshal(spells["spells"])
	if string(b) != `[["2019-03-01","2019-03-02"],["2019-03-05","2019-03-05"]]` {
		t.Errorf("NetworkX reads the spells of RUS→SYR as %s", b)
	}
}
