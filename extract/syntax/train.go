package syntax

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"slices"
	"strings"
	"time"

	"github.com/actorgraph/actorgraph/extract/syntax/conllu"
)

// TrainOptions set the training of a model. The zero value is not useful:
// start from DefaultTrainOptions.
type TrainOptions struct {
	TagEpochs   int     // passes over the data for the tagger
	ParseEpochs int     // passes for the parser
	Seed        uint64  // shuffling and exploration
	Jackknife   int     // folds for the parser's training tags (<2: gold tags)
	Explore     float64 // probability of following a wrong transition ...
	ExploreFrom int     // ... from this epoch (0-based) on
	MinWeight   int     // quantised weights smaller in magnitude are dropped
	MinCount    int     // features updated fewer times are dropped
	WordNet     []byte  // lexicon/wordnet.txt, or nil for none
	MinPair     int     // rarer "XPOS UPOS" pairs are not tagger classes
	Log         io.Writer
}

// DefaultTrainOptions are the options of the shipped model.
var DefaultTrainOptions = TrainOptions{
	TagEpochs:   10,
	ParseEpochs: 15,
	Seed:        1,
	Jackknife:   5,
	Explore:     0.9,
	ExploreFrom: 1,
	MinWeight:   1,
	MinCount:    2,
	MinPair:     10,
}

func (o *TrainOptions) logf(format string, a ...any) {
	if o.Log != nil {
		fmt.Fprintf(o.Log, format, a...)
	}
}

// Train trains a tagger and a parser on sents and writes the model file to
// w. Training is deterministic: the same sentences and options give the
// same bytes.
func Train(w io.Writer, sents []*conllu.Sentence, opt TrainOptions) error {
	if len(sents) == 0 {
		return errors.New("syntax: no training sentences")
	}
	// Classes and labels, sorted.
	lset := map[string]bool{"root": true}
	for _, s := range sents {
		for _, t := range s.Tokens {
			if strings.ContainsAny(t.XPOS, " \t") || strings.ContainsAny(t.UPOS, " \t") {
				return fmt.Errorf("syntax: %s: tag with a space", s.ID)
			}
			if t.Head != 0 {
				lset[t.Deprel] = true
			}
		}
	}
	labels := sortedKeys(lset)
	classes, cidx := tagClasses(sents, opt.MinPair)
	lidx := index(labels)
	rootL := lidx["root"]

	start := time.Now()
	wn, err := readWordNet(bytes.NewReader(opt.WordNet), "wordnet.txt")
	if err != nil {
		return err
	}
	lx := &lexica{amb: ambiguity(sents), wn: wn}
	tagged := make([][]int32, len(sents))
	if opt.Jackknife >= 2 {
		for f := 0; f < opt.Jackknife; f++ {
			var tr, te []int
			for i := range sents {
				if i%opt.Jackknife == f {
					te = append(te, i)
				} else {
					tr = append(tr, i)
				}
			}
			sub := pick(sents, tr)
			flx := &lexica{amb: ambiguity(sub), wn: wn}
			p := trainTagger(sub, cidx, flx, opt)
			keys, rows := p.averaged(opt.MinWeight, opt.MinCount)
			m := &Model{classes: classes, lx: *flx, tagW: newTable(len(classes), keys, rows)}
			w := m.work()
			for _, i := range te {
				m.prepare(w, sents[i].Words())
				m.tag(w, nil)
				tagged[i] = slices.Clone(w.tags)
			}
		}
		opt.logf("jackknifed tags (%d folds): %v\n", opt.Jackknife, time.Since(start).Round(time.Millisecond))
	} else {
		for i, s := range sents {
			tagged[i] = make([]int32, len(s.Tokens))
			for j, t := range s.Tokens {
				tagged[i][j] = int32(cidx[t.XPOS+" "+t.UPOS])
			}
		}
	}
	tp := trainTagger(sents, cidx, lx, opt)
	opt.logf("tagger: %v\n", time.Since(start).Round(time.Millisecond))
	pp, lp := trainParser(sents, tagged, lx, classes, lidx, rootL, opt)
	opt.logf("parser: %v\n", time.Since(start).Round(time.Millisecond))
	tk, tr := tp.averaged(opt.MinWeight, opt.MinCount)
	pk, pr := pp.averaged(opt.MinWeight, opt.MinCount)
	lk, lr := lp.averaged(opt.MinWeight, opt.MinCount)
	opt.logf("features: tagger %d, transitions %d, labels %d\n", len(tk), len(pk), len(lk))
	return write(w, classes, labels, *lx, tk, tr, pk, pr, lk, lr)
}

// tagClasses returns the tagger's classes: the "XPOS UPOS" pairs seen at
// least minPair times and each XPOS's commonest pair; and the class of
// every pair seen (a rare pair falls back on its XPOS's commonest: "GW
// VERB" is "GW X"), which keeps the classes few and the tagger fast.
func tagClasses(sents []*conllu.Sentence, minPair int) ([]string, map[string]int) {
	count := map[string]int{}
	for _, s := range sents {
		for _, t := range s.Tokens {
			count[t.XPOS+" "+t.UPOS]++
		}
	}
	pairs := make([]string, 0, len(count))
	for p := range count {
		pairs = append(pairs, p)
	}
	slices.Sort(pairs)
	xpos := func(p string) string { x, _, _ := strings.Cut(p, " "); return x }
	best := map[string]string{}
	for _, p := range pairs {
		if b, ok := best[xpos(p)]; !ok || count[p] > count[b] {
			best[xpos(p)] = p
		}
	}
	keep := map[string]bool{}
	for _, p := range pairs {
		if count[p] >= minPair || best[xpos(p)] == p {
			keep[p] = true
		}
	}
	classes := sortedKeys(keep)
	idx := index(classes)
	cidx := map[string]int{}
	for _, p := range pairs {
		if i, ok := idx[p]; ok {
			cidx[p] = i
		} else {
			cidx[p] = idx[best[xpos(p)]]
		}
	}
	return classes, cidx
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

func index(ss []string) map[string]int {
	m := make(map[string]int, len(ss))
	for i, s := range ss {
		m[s] = i
	}
	return m
}

func pick(sents []*conllu.Sentence, idx []int) []*conllu.Sentence {
	out := make([]*conllu.Sentence, len(idx))
	for i, j := range idx {
		out[i] = sents[j]
	}
	return out
}

// ambiguity maps each word (normalised form) to a hash of the set of XPOS
// tags it has in sents.
func ambiguity(sents []*conllu.Sentence) map[uint64]uint64 {
	sets := map[uint64]map[string]bool{}
	for _, s := range sents {
		for _, t := range s.Tokens {
			k := hashString(normalize(t.Form))
			if sets[k] == nil {
				sets[k] = map[string]bool{}
			}
			sets[k][t.XPOS] = true
		}
	}
	amb := make(map[uint64]uint64, len(sets))
	for k, set := range sets {
		amb[k] = hashString(strings.Join(sortedKeys(set), " "))
	}
	return amb
}

// shuffled returns 0..n-1 in the order of the seeded epoch.
func shuffled(n int, seed uint64, epoch int) []int {
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	r := rand.New(rand.NewPCG(seed, uint64(epoch)))
	r.Shuffle(n, func(i, j int) { order[i], order[j] = order[j], order[i] })
	return order
}

func trainTagger(sents []*conllu.Sentence, cidx map[string]int, lx *lexica, opt TrainOptions) *perceptron {
	nc := len(cidx)
	p := newPerceptron(nc)
	words := make([][]word, len(sents))
	gold := make([][]int32, len(sents))
	for i, s := range sents {
		words[i] = make([]word, len(s.Tokens))
		gold[i] = make([]int32, len(s.Tokens))
		for j, t := range s.Tokens {
			words[i][j].fill(t.Form, lx)
			gold[i][j] = int32(cidx[t.XPOS+" "+t.UPOS])
		}
	}
	// Each word's ambiguity class as if its sentence were not in the
	// training data: words seen in one sentence only look unknown, as
	// new words will at run time, so the features of unknown words learn.
	counts := map[uint64]map[string]int{}
	for _, s := range sents {
		for _, t := range s.Tokens {
			k := hashString(normalize(t.Form))
			if counts[k] == nil {
				counts[k] = map[string]int{}
			}
			counts[k][t.XPOS]++
		}
	}
	for i, s := range sents {
		local := map[uint64]map[string]int{}
		for _, t := range s.Tokens {
			k := hashString(normalize(t.Form))
			if local[k] == nil {
				local[k] = map[string]int{}
			}
			local[k][t.XPOS]++
		}
		for j := range s.Tokens {
			k := words[i][j].lower
			var set []string
			for tag, c := range counts[k] {
				if c > local[k][tag] {
					set = append(set, tag)
				}
			}
			words[i][j].amb = 0
			if len(set) > 0 {
				slices.Sort(set)
				words[i][j].amb = hashString(strings.Join(set, " "))
			}
		}
	}
	scores := make([]int32, nc)
	var keys []uint64
	for ep := 0; ep < opt.TagEpochs; ep++ {
		for _, si := range shuffled(len(sents), opt.Seed, ep) {
			ws, g := words[si], gold[si]
			prev := make([]int32, len(ws))
			for i := range ws {
				keys = tagFeatures(ws, i, prev, keys[:0])
				clear(scores)
				p.score(keys, scores)
				best := 0
				for c := 1; c < nc; c++ {
					if scores[c] > scores[best] {
						best = c
					}
				}
				if best != int(g[i]) {
					p.update(keys, int(g[i]), best)
				}
				p.step++
				prev[i] = int32(best)
			}
		}
	}
	return p
}

// trainParser trains the transition model (dynamic oracle, exploration)
// and the label model (on the arcs the parser makes that are gold arcs).
func trainParser(sents []*conllu.Sentence, tags [][]int32, lx *lexica, classes []string, lidx map[string]int, rootL int, opt TrainOptions) (*perceptron, *perceptron) {
	nl := len(lidx)
	p, lp := newPerceptron(nTransitions), newPerceptron(nl)
	up := uposNumbers(classes)
	words := make([][]word, len(sents))
	heads := make([][]int32, len(sents))
	rels := make([][]int32, len(sents))
	lifted := 0
	for i, s := range sents {
		n := len(s.Tokens)
		words[i] = make([]word, n)
		heads[i] = make([]int32, n+1)
		rels[i] = make([]int32, n+1)
		for j, t := range s.Tokens {
			words[i][j].fill(t.Form, lx)
			h := int32(t.Head - 1)
			if t.Head == 0 {
				h = int32(n)
			}
			heads[i][j] = h
			rels[i][j] = int32(lidx[t.Deprel])
		}
		heads[i][n], rels[i][n] = -1, -1
		lifted += projectivize(heads[i])
	}
	opt.logf("parser: %d arcs lifted to projectivise\n", lifted)
	lscores := make([]int32, nl)
	var keys []uint64
	var s state
	for ep := 0; ep < opt.ParseEpochs; ep++ {
		explore := rand.New(rand.NewPCG(opt.Seed, 1000+uint64(ep)))
		for _, si := range shuffled(len(sents), opt.Seed+1, ep) {
			g, gl := heads[si], rels[si]
			ws, tg := words[si], tags[si]
			s.reset(len(ws))
			for !s.terminal() {
				keys = parseFeatures(&s, ws, tg, up, keys[:0])
				var sc [nTransitions]int32
				p.score(keys, sc[:])
				var cost [nTransitions]int
				cost[shiftT], cost[leftT], cost[rightT] = s.costs(g)
				pred, best := -1, -1
				for t := 0; t < nTransitions; t++ {
					if !s.legal(t) {
						continue
					}
					if pred < 0 || sc[t] > sc[pred] {
						pred = t
					}
					if best < 0 || cost[t] < cost[best] || cost[t] == cost[best] && sc[t] > sc[best] {
						best = t
					}
				}
				if cost[pred] > cost[best] {
					p.update(keys, best, pred)
				}
				p.step++
				next := best
				if cost[pred] == cost[best] || ep >= opt.ExploreFrom && explore.Float64() < opt.Explore {
					next = pred
				}
				l := int32(-1)
				if next != shiftT {
					h, d := s.arc(next)
					if int(h) == s.n {
						l = int32(rootL)
					} else {
						keys = labelFeatures(&s, h, d, ws, tg, up, keys[:0])
						clear(lscores)
						lp.score(keys, lscores)
						l = -1
						for c := range lscores {
							if c != rootL && (l < 0 || lscores[c] > lscores[l]) {
								l = int32(c)
							}
						}
						if g[d] == h {
							if l != gl[d] {
								lp.update(keys, int(gl[d]), int(l))
							}
							lp.step++
							l = gl[d]
						}
					}
				}
				s.apply(next, l)
			}
		}
		opt.logf("parser epoch %d\n", ep+1)
	}
	return p, lp
}

// projectivize lifts non-projective arcs (the shortest first) until the
// tree is projective, each lift moving a word's head to its head's head
// (Nivre and Nilsson 2005, without encoding the lift in the label). heads
// has the root n at the end, with head -1. It returns the number of lifts.
func projectivize(heads []int32) int {
	n := int32(len(heads) - 1)
	lifts := 0
	for {
		best, bestLen := int32(-1), int32(1<<30)
		for d := int32(0); d < n; d++ {
			h := heads[d]
			lo, hi := min(h, d), max(h, d)
			if hi-lo >= bestLen {
				continue
			}
			for k := lo + 1; k < hi; k++ {
				if !dominates(heads, h, k) {
					best, bestLen = d, hi-lo
					break
				}
			}
		}
		if best < 0 {
			return lifts
		}
		heads[best] = heads[heads[best]]
		lifts++
	}
}

// dominates reports whether h is an ancestor of k (or k itself).
func dominates(heads []int32, h, k int32) bool {
	for k >= 0 {
		if k == h {
			return true
		}
		k = heads[k]
	}
	return false
}

// Scores counts what a model got right on gold sentences, the CoNLL 2018
// way: every word, punctuation included, on gold tokenisation; LAS compares
// the universal part of the label (nsubj for nsubj:pass), LASFull the
// whole label.
type Scores struct {
	Words, UPOS, XPOS, UAS, LAS, LASFull int
}

// Add adds o's counts to s.
func (s *Scores) Add(o Scores) {
	s.Words += o.Words
	s.UPOS += o.UPOS
	s.XPOS += o.XPOS
	s.UAS += o.UAS
	s.LAS += o.LAS
	s.LASFull += o.LASFull
}

func (s Scores) String() string {
	r := func(v int) float64 { return float64(v) / float64(max(s.Words, 1)) }
	return fmt.Sprintf("words %d  UPOS %.4f  XPOS %.4f  UAS %.4f  LAS %.4f  LAS(subtypes) %.4f",
		s.Words, r(s.UPOS), r(s.XPOS), r(s.UAS), r(s.LAS), r(s.LASFull))
}

// Evaluate parses the gold sentences' words and scores the result.
func Evaluate(m *Model, gold []*conllu.Sentence) Scores {
	var sc Scores
	for _, s := range gold {
		t := m.Parse(s.Words())
		for i, tok := range s.Tokens {
			sc.Words++
			if t.UPOS[i] == tok.UPOS {
				sc.UPOS++
			}
			if t.XPOS[i] == tok.XPOS {
				sc.XPOS++
			}
			if t.Head[i] == tok.Head-1 {
				sc.UAS++
				if t.Rel[i] == tok.Deprel {
					sc.LASFull++
				}
				if universal(t.Rel[i]) == universal(tok.Deprel) {
					sc.LAS++
				}
			}
		}
	}
	return sc
}

func universal(rel string) string {
	u, _, _ := strings.Cut(rel, ":")
	return u
}
