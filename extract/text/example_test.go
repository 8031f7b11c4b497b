package text_test

import (
	"fmt"

	"github.com/actorgraph/actorgraph/extract/text"
)

func ExampleTokenize() {
	s := "Russian-backed forces hit Assad's foes."
	for _, t := range text.Tokenize(s) {
		fmt.Printf("%d:%d %q\n", t.Start, t.End, t.Term)
	}
	// Output:
	// 0:7 "russian"
	// 7:8 "-"
	// 8:14 "backed"
	// 15:21 "forces"
	// 22:25 "hit"
	// 26:31 "assad"
	// 31:33 "'s"
	// 34:38 "foes"
	// 38:39 "."
}

func ExampleSplit() {
	s := "Mr. Kerry met Lavrov in the U.S. on Sept. 30. They talked."
	for _, se := range text.Split(s) {
		fmt.Println(s[se.Start:se.End])
	}
	// Output:
	// Mr. Kerry met Lavrov in the U.S. on Sept. 30.
	// They talked.
}
