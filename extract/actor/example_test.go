package actor_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

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

func ExampleLoad() {
	dir, err := os.MkdirTemp("", "actors")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	file := filepath.Join(dir, "my-actors.txt")
	user := `# my-actors.txt: merged over the built-in dictionary
actor USA
alias the States            # adds a name

actor GEO
alias -Georgia              # removes a name

actor JANE_ROE              # a new actor
kind person
name Jane Roe
country USA
alias Jane Roe
role USA LEG 2025-01-03 - Representative from Ohio
`
	if err := os.WriteFile(file, []byte(user), 0o644); err != nil {
		panic(err)
	}
	d, err := actor.Load(file)
	if err != nil {
		panic(err)
	}
	m := actor.NewMatcher(d)
	src := "Jane Roe, back from Georgia, says the States will act."
	toks := text.Tokenize(src)
	for _, x := range m.Match(src, toks) {
		fmt.Printf("%s: %s", src[toks[x.Start].Start:toks[x.End-1].End], x.Actor.ID)
		if r, ok := x.Actor.RoleAt("2025-06-01"); ok {
			fmt.Printf(" %s %s", r.Affiliation, r.Sector)
		}
		fmt.Println()
	}

	// A mistake: every error comes with its file and line.
	bad := "actor JANE_ROE\nkind person\nrole USA LEG 2025-13-01 - Representative\nalias\n"
	if err := os.WriteFile(file, []byte(bad), 0o644); err != nil {
		panic(err)
	}
	_, err = actor.Load(file)
	fmt.Println(strings.ReplaceAll(err.Error(), dir+string(filepath.Separator), ""))
	// Output:
	// Jane Roe: JANE_ROE USA LEG
	// the States: USA
	// my-actors.txt:3: role: bad date "2025-13-01" (want YYYY-MM-DD or -)
	// my-actors.txt:4: alias: missing value
}
