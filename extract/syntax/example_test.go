package syntax_test

import (
	"fmt"
	"log"

	"github.com/actorgraph/actorgraph/extract/syntax"
)

func Example() {
	m, err := syntax.Default()
	if err != nil {
		log.Fatal(err)
	}
	t := m.Parse([]string{"The", "rebels", "were", "backed", "by", "Russia", "."})
	for i, w := range t.Words {
		head := "ROOT"
		if t.Head[i] >= 0 {
			head = t.Words[t.Head[i]]
		}
		fmt.Printf("%-7s %-5s %-10s ← %s\n", w, t.UPOS[i], t.Rel[i], head)
	}
	// Output:
	// The     DET   det        ← rebels
	// rebels  NOUN  nsubj:pass ← backed
	// were    AUX   aux:pass   ← backed
	// backed  VERB  root       ← ROOT
	// by      ADP   case       ← Russia
	// Russia  PROPN obl:agent  ← backed
	// .       PUNCT punct      ← backed
}
