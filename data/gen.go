//go:build ignore

// gen.go generates actors_phoenix.txt from the Phoenix dictionaries in
// phoenix/. Run it with "go generate ./data"; the test of package
// data/internal/phoenix checks that the committed file is up to date.
package main

import (
	"log"
	"os"
	"path/filepath"

	"github.com/actorgraph/actorgraph/data/internal/phoenix"
)

func main() {
	files := map[string][]byte{}
	for _, f := range phoenix.Files {
		b, err := os.ReadFile(filepath.Join("phoenix", f))
		if err != nil {
			log.Fatal(err)
		}
		files[f] = b
	}
	out, err := phoenix.Convert(files)
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile("actors_phoenix.txt", out, 0o644); err != nil {
		log.Fatal(err)
	}
}
