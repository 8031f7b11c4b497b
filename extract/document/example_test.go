package document_test

import (
	"fmt"
	"strings"

	"github.com/actorgraph/actorgraph/extract/document"
)

func ExampleRead() {
	src := `{"id":"a1","text":"Kerry met Lavrov.","date":"2015-10-23"}
{"text":"12 July, 2016\nTalks resumed."}
{"title":"no text"}
`
	docs, errs := document.Read(strings.NewReader(src), document.JSONL, "feed", "feed.jsonl")
	for _, d := range docs {
		fmt.Printf("%s %s %q\n", d.ID, d.Date, d.Text)
	}
	for _, err := range errs {
		fmt.Println(err)
	}
	// Output:
	// a1 2015-10-23 "Kerry met Lavrov."
	// feed:2 2016-07-12 "12 July, 2016\nTalks resumed."
	// feed.jsonl:3: record has no "text"
}

func ExampleDateline() {
	fmt.Println(document.Dateline("Talks in Vienna\n12 July, 2016\nKerry met Lavrov."))
	// Output: 2016-07-12
}
