package plover_test

import (
	"fmt"

	"github.com/actorgraph/actorgraph/plover"
)

func ExampleScores_Score() {
	s := plover.DefaultScores()
	for _, q := range [][2]string{{"CONSULT", ""}, {"CONSULT", "visit"}, {"CONSULT", "unknown-mode"}, {"ACCUSE", ""}} {
		v, _ := s.Score(q[0], q[1])
		fmt.Printf("%s/%s %.1f\n", q[0], q[1], v)
	}
	// Output:
	// CONSULT/ 2.5
	// CONSULT/visit 4.0
	// CONSULT/unknown-mode 2.5
	// ACCUSE/ -3.0
}
