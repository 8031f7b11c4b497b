// Command train trains the tagger and parser of package syntax on the
// treebanks in ../treebank and writes the model file, or, with -eval,
// measures accuracy on data the models did not train on:
//
//	(a) trained on UD English EWT (dev+test), tested on English PUD (news)
//	(b) 5-fold cross-validation on PUD, all of EWT always in training
//
// Run from extract/syntax: "go generate" there runs
//
//	go run ./internal/train -o model.bin.gz
//
// The shipped model trains on all three treebanks except a smoke-test
// slice of EWT test (every 20th sentence) that the package's tests score.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"

	"github.com/actorgraph/actorgraph/extract/syntax"
	"github.com/actorgraph/actorgraph/extract/syntax/conllu"
	"github.com/actorgraph/actorgraph/internal/atomicfile"
)

func main() {
	log.SetFlags(0)
	log.SetPrefix("train: ")
	opt := syntax.DefaultTrainOptions
	dir := flag.String("treebanks", "treebank", "directory of the CoNLL-U treebanks")
	out := flag.String("o", "", "write the model here")
	eval := flag.Bool("eval", false, "measure accuracy: (a) train EWT, test PUD; (b) cross-validation on PUD")
	folds := flag.Int("folds", 5, "folds of the cross-validation on PUD")
	only := flag.String("only", "", "with -eval: a or b")
	verbose := flag.Bool("v", false, "log training progress")
	lexicon := flag.String("wordnet", "lexicon/wordnet.txt", "WordNet word list")
	noWordNet := flag.Bool("no-wordnet", false, "train without the WordNet features")
	flag.IntVar(&opt.TagEpochs, "tag-epochs", opt.TagEpochs, "tagger epochs")
	flag.IntVar(&opt.ParseEpochs, "parse-epochs", opt.ParseEpochs, "parser epochs")
	flag.IntVar(&opt.Jackknife, "jackknife", opt.Jackknife, "folds for the parser's training tags (<2: gold)")
	flag.Float64Var(&opt.Explore, "explore", opt.Explore, "probability of following a wrong transition")
	flag.IntVar(&opt.ExploreFrom, "explore-from", opt.ExploreFrom, "first epoch (0-based) with exploration")
	flag.IntVar(&opt.MinWeight, "min-weight", opt.MinWeight, "drop quantised weights below this")
	flag.IntVar(&opt.MinCount, "min-count", opt.MinCount, "drop features updated fewer times")
	flag.IntVar(&opt.MinPair, "min-pair", opt.MinPair, "rarer XPOS+UPOS pairs are not tagger classes")
	flag.Uint64Var(&opt.Seed, "seed", opt.Seed, "seed")
	flag.Parse()
	if *verbose {
		opt.Log = os.Stderr
	}
	wn, err := os.ReadFile(*lexicon)
	if err != nil {
		log.Fatal(err)
	}
	if !*noWordNet {
		opt.WordNet = wn
	}
	read := func(name string) []*conllu.Sentence {
		ss, err := conllu.ReadFile(filepath.Join(*dir, name), true)
		if err != nil {
			log.Fatal(err)
		}
		return ss
	}
	dev, test, pud := read("en_ewt-ud-dev.conllu"), read("en_ewt-ud-test.conllu"), read("en_pud-ud-test.conllu")
	// PUD leaves passive agents obl; EWT, and the extractor, want obl:agent.
	for _, s := range pud {
		conllu.MarkAgents(s)
	}
	if *eval {
		ewt := append(append([]*conllu.Sentence{}, dev...), test...)
		evaluate(ewt, pud, *folds, *only, opt)
		return
	}
	if *out == "" {
		log.Fatal("-o or -eval needed")
	}
	train, _ := Shipped(dev, test, pud)
	var b bytes.Buffer
	if err := syntax.Train(&b, train, opt); err != nil {
		log.Fatal(err)
	}
	if err := atomicfile.WriteBytes(*out, b.Bytes()); err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%s: %d bytes, trained on %d sentences\n", *out, b.Len(), len(train))
}

// Shipped splits the treebanks into the shipped model's training data and
// the smoke-test slice it does not see (every 20th sentence of EWT test).
func Shipped(dev, test, pud []*conllu.Sentence) (train, smoke []*conllu.Sentence) {
	train = append(train, dev...)
	for i, s := range test {
		if i%20 == 0 {
			smoke = append(smoke, s)
		} else {
			train = append(train, s)
		}
	}
	return append(train, pud...), smoke
}

func trainModel(train []*conllu.Sentence, opt syntax.TrainOptions) *syntax.Model {
	var b bytes.Buffer
	if err := syntax.Train(&b, train, opt); err != nil {
		log.Fatal(err)
	}
	m, err := syntax.Load(&b)
	if err != nil {
		log.Fatal(err)
	}
	return m
}

func evaluate(ewt, pud []*conllu.Sentence, folds int, only string, opt syntax.TrainOptions) {
	fmt.Printf("options: %+v\n", struct {
		TagEpochs, ParseEpochs, Jackknife, ExploreFrom, MinWeight, MinCount int
		Explore                                                             float64
	}{opt.TagEpochs, opt.ParseEpochs, opt.Jackknife, opt.ExploreFrom, opt.MinWeight, opt.MinCount, opt.Explore})
	opt.Log = io.Discard
	if only == "t" {
		// The tagger alone, quick: trained on EWT, tested on PUD.
		o := opt
		o.ParseEpochs = 0
		o.Jackknife = 0
		m := trainModel(ewt, o)
		fmt.Printf("(a) tagger only: %v\n", syntax.Evaluate(m, pud))
		confusion(m, pud)
	}
	if only == "" || only == "a" {
		m := trainModel(ewt, opt)
		fmt.Printf("(a) train EWT dev+test, test PUD: %v\n", syntax.Evaluate(m, pud))
	}
	if only == "" || only == "b" {
		res := make([]syntax.Scores, folds)
		var wg sync.WaitGroup
		sem := make(chan bool, 2)
		for f := 0; f < folds; f++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				sem <- true
				defer func() { <-sem }()
				train := append([]*conllu.Sentence{}, ewt...)
				var test []*conllu.Sentence
				for i, s := range pud {
					if i%folds == f {
						test = append(test, s)
					} else {
						train = append(train, s)
					}
				}
				res[f] = syntax.Evaluate(trainModel(train, opt), test)
			}()
		}
		wg.Wait()
		var total syntax.Scores
		for f, r := range res {
			fmt.Printf("    fold %d: %v\n", f+1, r)
			total.Add(r)
		}
		fmt.Printf("(b) %d-fold cross-validation on PUD, EWT in training: %v\n", folds, total)
	}
}

// confusion prints the commonest UPOS errors and some examples.
func confusion(m *syntax.Model, gold []*conllu.Sentence) {
	conf := map[string]int{}
	ex := map[string][]string{}
	for _, s := range gold {
		u, _ := m.Tag(s.Words())
		for i, t := range s.Tokens {
			if u[i] != t.UPOS {
				k := t.UPOS + " → " + u[i]
				conf[k]++
				if len(ex[k]) < 8 {
					ex[k] = append(ex[k], t.Form)
				}
			}
		}
	}
	keys := make([]string, 0, len(conf))
	for k := range conf {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		return conf[keys[i]] > conf[keys[j]] || conf[keys[i]] == conf[keys[j]] && keys[i] < keys[j]
	})
	for _, k := range keys[:min(20, len(keys))] {
		fmt.Printf("  %-16s %4d  %s\n", k, conf[k], strings.Join(ex[k], " "))
	}
}
