package actor_test

import (
	"fmt"

	"github.com/actorgraph/actorgraph/extract/actor"
	"github.com/actorgraph/actorgraph/extract/text"
)

func ExampleMatcher_Match() {
	d, err := actor.Default()
	if err != nil {
		panic(err)
	}
	m := actor.NewMatcher(d) // build once, reuse
	src := "Kerry met Russian Foreign Minister Sergei Lavrov in Moscow."
	toks := text.Tokenize(src)
	for _, x := range m.Match(src, toks) {
		fmt.Printf("%s: %s (%s)", src[toks[x.Start].Start:toks[x.End-1].End], x.Actor.ID, x.Form)
		if r, ok := x.Actor.RoleAt("2015-10-23"); ok {
			fmt.Printf(" %s %s", r.Affiliation, r.Sector)
		}
		fmt.Println()
	}
	// Output:
	// Kerry: JOHN_KERRY (name) USA GOV
	// Russian: RUS (adjective)
	// Foreign Minister: GOV (agent)
	// Sergei Lavrov: SERGEY_LAVROV (name) RUS GOV
	// Moscow: RUS (metonym)
}
