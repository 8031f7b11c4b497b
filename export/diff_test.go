package export

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"
)

// The comparison drawing marks each kind of change and each actor's move,
// and Graphviz draws it.
func TestComparison(t *testing.T) {
	c := &Comparison{Title: "What changed: 2019 → 2020", Caption: "1 new, 1 lost, 1 changed sign",
		Actors: []ComparedActor{{ID: "RUS", Name: "Russia", Move: 0.25, MoveRank: 2}, {ID: "USA", Name: "United States", Move: -0.1},
			{ID: "TUR", Name: "Turkey", Joined: true}, {ID: "IRN", Name: "Iran <&>", Left: true}, {ID: "SYR", Name: "Syria"}},
		Pairs: []ComparedPair{{A: "RUS", B: "TUR", Change: "new", After: 2}, {A: "IRN", B: "USA", Change: "lost", Before: -4},
			{A: "RUS", B: "USA", Change: "flipped", Before: 3, After: -5}, {A: "RUS", B: "SYR", Change: "same", Before: 5, After: 5}},
	}
	var dot bytes.Buffer
	if err := RenderComparison(context.Background(), &dot, c, DOT); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"RUS" -- "TUR" [label="new +2", color="#1B7837"`, `label="lost (was -4)"`, `style="dashed"`,
		`label="allies → adversaries (+3 → -5)", color="#E08214"`, `"RUS" -- "SYR" [color="#CCCCCC"`,
		`label="Russia\n+0.25 (+2)"`, `fillcolor="#D9F0D3"`, `label="Turkey\nnew"`, `label="Iran <&amp;>\ngone"`} {
		if !strings.Contains(dot.String(), want) {
			t.Errorf("DOT lacks %s", want)
		}
	}
	var svg bytes.Buffer
	if err := RenderComparison(context.Background(), &svg, c, SVG); err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(svg.Bytes(), []byte("<svg")) || !bytes.Contains(svg.Bytes(), []byte("allies → adversaries")) {
		t.Errorf("SVG lacks the drawing:\n%.300s", svg.String())
	}
	if err := RenderComparison(context.Background(), &svg, c, GEXF); !errors.Is(err, ErrFormat) {
		t.Errorf("GEXF: err %v, want ErrFormat", err)
	}
}
