package analysis

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestCompare: between two graphs, Russia and Turkey start to cooperate
// (new), the United States and Iran stop fighting (lost, and Iran leaves),
// Russia and the United States turn from talks to hostility (flipped), and
// Russia keeps backing Syria (same).
func TestCompare(t *testing.T) {
	a := newGraph([]graph.Edge{consult("RUS", "SYR", 5), consult("RUS", "USA", 3), attack("USA", "IRN", 4), attack("TUR", "SYR", 2)})
	b := newGraph([]graph.Edge{consult("RUS", "SYR", 5), consult("RUS", "USA", 1), attack("USA", "RUS", 6), consult("RUS", "TUR", 2),
		attack("TUR", "SYR", 2), consult("ISR", "USA", 1)})
	d, err := Compare(a, b, Options{Measure: MeasureStrength})
	if err != nil {
		t.Fatal(err)
	}
	pairs := func(ps []PairChange) (out []string) {
		for _, p := range ps {
			out = append(out, p.A+"-"+p.B)
		}
		return out
	}
	check := func(what string, got []string, want ...string) {
		t.Helper()
		if len(got) != len(want) {
			t.Errorf("%s: %q, want %q", what, got, want)
			return
		}
		for i := range got {
			if got[i] != want[i] {
				t.Errorf("%s: %q, want %q", what, got, want)
				return
			}
		}
	}
	check("new", pairs(d.New), "RUS-TUR", "ISR-USA") // by strength after
	check("lost", pairs(d.Lost), "IRN-USA")
	check("flipped", pairs(d.Flipped), "RUS-USA")
	check("same", pairs(d.Same), "RUS-SYR", "SYR-TUR")
	if f := d.Flipped[0]; f.NetBefore() != 3 || f.NetAfter() != -5 {
		t.Errorf("flipped net %v → %v, want 3 → -5", f.NetBefore(), f.NetAfter())
	}
	var joined, left []string
	for _, m := range d.Joined {
		joined = append(joined, m.ID)
	}
	for _, m := range d.Left {
		left = append(left, m.ID)
	}
	check("joined", joined, "ISR")
	check("left", left, "IRN")
	// Strength: RUS 8 → 14, USA 7 → 8, TUR 2 → 4, SYR 7 → 7.
	var moves []string
	for _, m := range d.Moves {
		moves = append(moves, m.ID)
	}
	check("moves", moves, "RUS", "TUR", "USA", "SYR")
	if m := d.Moves[0]; m.Before != 8 || m.After != 14 || m.RankBefore != 1 || m.RankAfter != 1 {
		t.Errorf("Russia's move %+v", m)
	}
	if _, err := Compare(a, b, Options{Measure: "fame"}); err == nil {
		t.Error("unknown measure accepted")
	}
}
