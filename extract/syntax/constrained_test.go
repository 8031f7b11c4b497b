package syntax

import "testing"

func TestParseConstrained(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	words := []string{"They", "all", "back", "groups", "fighting", "Smith", "."}
	free := m.Parse(words)
	tr := m.ParseConstrained(words, [][]string{2: {"VERB"}})
	if tr.UPOS[2] != "VERB" {
		t.Fatalf("constrained tag = %s (free: %s)", tr.UPOS[2], free.UPOS[2])
	}
	if err := tr.Valid(); err != nil {
		t.Fatal(err)
	}
	// No constraint is Parse; an unsatisfiable one is ignored.
	same := m.ParseConstrained(words, nil)
	odd := m.ParseConstrained(words, [][]string{{"NOTATAG"}})
	for i := range words {
		if same.UPOS[i] != free.UPOS[i] || same.Head[i] != free.Head[i] || odd.UPOS[i] != free.UPOS[i] {
			t.Fatalf("word %d differs from Parse", i)
		}
	}
	if m.ParseConstrained(nil, nil).Valid() != nil {
		t.Fatal("empty sentence")
	}
}
