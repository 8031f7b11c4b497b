package analysis

import (
	"errors"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

func TestEgo(t *testing.T) {
	// a–b–c–d path plus e isolated.
	g := newGraph([]graph.Edge{consult("a", "b", 1), attack("b", "c", 2), consult("c", "d", 1)}, "e")
	sub, members, err := Ego(g, "b", 1)
	if err != nil {
		t.Fatal(err)
	}
	if len(sub.Nodes) != 3 || len(sub.Edges) != 2 {
		t.Errorf("ego(b, 1): %d nodes, %d edges; want 3, 2", len(sub.Nodes), len(sub.Edges))
	}
	want := []EgoMember{{"b", "b", 0, 0, 0}, {"a", "a", 1, 1, 0}, {"c", "c", 1, 0, 2}}
	if len(members) != 3 {
		t.Fatalf("members %+v", members)
	}
	for i, m := range members {
		if m != want[i] {
			t.Errorf("member %d = %+v, want %+v", i, m, want[i])
		}
	}
	if _, m2, _ := Ego(g, "b", 2); len(m2) != 4 {
		t.Errorf("depth 2: %d members, want 4", len(m2))
	}
	if _, _, err := Ego(g, "zz", 1); !errors.Is(err, graph.ErrInvalid) {
		t.Errorf("unknown ego: %v", err)
	}
}

// TestBridgesPath: every edge of a path is a bridge; inner nodes are
// brokers that split the path in two.
func TestBridgesPath(t *testing.T) {
	g := newGraph([]graph.Edge{consult("a", "b", 1), consult("b", "c", 1), consult("c", "d", 1), consult("d", "e", 1)})
	r, err := Analyze(g, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Bridges) != 4 || r.Bridges[0].SmallerSide != 2 || r.Bridges[3].SmallerSide != 1 {
		t.Errorf("bridges %+v", r.Bridges)
	}
	if len(r.Brokers) != 3 {
		t.Errorf("brokers %+v", r.Brokers)
	}
	for _, s := range r.Influence {
		if s.Core != 1 {
			t.Errorf("%s core %d, want 1", s.ID, s.Core)
		}
	}
}
