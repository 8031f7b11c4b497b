// Command wordnet writes lexicon/wordnet.txt, the part-of-speech word list
// the tagger reads as features, from a WordNet 3.0 database (Debian's
// wordnet-base installs it in /usr/share/wordnet):
//
//	go run ./internal/wordnet -dir /usr/share/wordnet > lexicon/wordnet.txt
//
// One word a line, lower case, then its flags: n v a r (noun, verb,
// adjective, adverb lemma), p (written with a capital in a noun synset:
// a name), and V N A (an irregular form of a verb, a noun or an adjective,
// from the exception lists: "went", "mice", "better"). Only single words;
// multiword and hyphenated lemmas are left out, as UD splits them.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode"
)

func main() {
	log.SetFlags(0)
	dir := flag.String("dir", "/usr/share/wordnet", "WordNet dict directory")
	flag.Parse()
	flags := map[string]map[byte]bool{}
	add := func(w string, f byte) {
		if w == "" || strings.ContainsAny(w, "_- ") {
			return
		}
		if flags[w] == nil {
			flags[w] = map[byte]bool{}
		}
		flags[w][f] = true
	}
	lines := func(name string, fn func(string)) {
		f, err := os.Open(filepath.Join(*dir, name))
		if err != nil {
			log.Fatal(err)
		}
		defer f.Close()
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			if l := sc.Text(); l != "" && l[0] != ' ' {
				fn(l)
			}
		}
		if err := sc.Err(); err != nil {
			log.Fatal(err)
		}
	}
	for _, p := range []struct {
		pos  string
		flag byte
	}{{"noun", 'n'}, {"verb", 'v'}, {"adj", 'a'}, {"adv", 'r'}} {
		lines("index."+p.pos, func(l string) { add(strings.Fields(l)[0], p.flag) })
	}
	for _, p := range []struct {
		pos  string
		flag byte
	}{{"noun", 'N'}, {"verb", 'V'}, {"adj", 'A'}} {
		lines(p.pos+".exc", func(l string) { add(strings.Fields(l)[0], p.flag) })
	}
	// Names: words written with a capital in noun synsets ("Paris").
	lines("data.noun", func(l string) {
		f := strings.Fields(l)
		if len(f) < 4 {
			return
		}
		n, err := strconv.ParseInt(f[3], 16, 32)
		if err != nil {
			return
		}
		for i := 0; i < int(n) && 4+2*i < len(f); i++ {
			w := f[4+2*i]
			if r := []rune(w); len(r) > 0 && unicode.IsUpper(r[0]) {
				add(strings.ToLower(w), 'p')
			}
		}
	})
	words := make([]string, 0, len(flags))
	for w := range flags {
		words = append(words, w)
	}
	slices.Sort(words)
	out := bufio.NewWriter(os.Stdout)
	fmt.Fprintln(out, "# Part-of-speech flags of English words, from WordNet 3.0 (Princeton University;")
	fmt.Fprintln(out, "# licence in LICENSE-WordNet.txt), written by extract/syntax/internal/wordnet.")
	fmt.Fprintln(out, "# n v a r: noun, verb, adjective, adverb; p: a name; V N A: irregular form.")
	for _, w := range words {
		var fs []byte
		for _, f := range []byte("nvarpVNA") {
			if flags[w][f] {
				fs = append(fs, f)
			}
		}
		fmt.Fprintf(out, "%s %s\n", w, fs)
	}
	if err := out.Flush(); err != nil {
		log.Fatal(err)
	}
}
