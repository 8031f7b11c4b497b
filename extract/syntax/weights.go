package syntax

import (
	"cmp"
	"math"
	"slices"
)

// Features are hashed: a template number and the values it combines are
// mixed into one 64-bit key, and a key maps to a sparse row of weights, one
// per class the feature has spoken for. Keys never collide in practice
// (about 10^6 of them in 2^64), so no strings are built at run time.

// mix combines a running key with one more value (the finaliser of
// SplitMix64 over a multiply-xor step).
func mix(h, v uint64) uint64 {
	h ^= v + 0x9e3779b97f4a7c15 + h<<6 + h>>2
	h ^= h >> 30
	h *= 0xbf58476d1ce4e5b9
	h ^= h >> 27
	h *= 0x94d049bb133111eb
	h ^= h >> 31
	return h
}

// hashString is FNV-1a, 64 bits.
func hashString(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

func key1(t, a uint64) uint64 {
	h := mix(mix(0x5bd1e995, t), a)
	if h == 0 {
		h = 1
	}
	return h
}

func key2(t, a, b uint64) uint64 {
	h := mix(mix(mix(0x5bd1e995, t), a), b)
	if h == 0 {
		h = 1
	}
	return h
}

func key3(t, a, b, c uint64) uint64 {
	h := mix(mix(mix(mix(0x5bd1e995, t), a), b), c)
	if h == 0 {
		h = 1
	}
	return h
}

// table is the run-time weight store: open addressing on the feature key,
// each slot pointing at a run of packed entries (class<<16 | uint16(weight)).
type table struct {
	mask  uint64
	slots []slot
	ents  []uint32
}

type slot struct {
	key uint64
	off uint32
	n   uint32
}

// newTable builds a table from rows sorted by key.
func newTable(keys []uint64, rows [][]uint32) *table {
	size := 1
	for size < 2*len(keys)+2 {
		size <<= 1
	}
	t := &table{mask: uint64(size - 1), slots: make([]slot, size)}
	n := 0
	for _, r := range rows {
		n += len(r)
	}
	t.ents = make([]uint32, 0, n)
	for i, k := range keys {
		j := k & t.mask
		for t.slots[j].key != 0 {
			j = (j + 1) & t.mask
		}
		t.slots[j] = slot{key: k, off: uint32(len(t.ents)), n: uint32(len(rows[i]))}
		t.ents = append(t.ents, rows[i]...)
	}
	return t
}

// add adds the weights of the feature k to scores.
func (t *table) add(k uint64, scores []int32) {
	j := k & t.mask
	for {
		s := &t.slots[j]
		if s.key == k {
			for _, e := range t.ents[s.off : s.off+s.n] {
				scores[e>>16] += int32(int16(e))
			}
			return
		}
		if s.key == 0 {
			return
		}
		j = (j + 1) & t.mask
	}
}

// perceptron is the training-time store: an averaged perceptron (Collins
// 2002) with lazy averaging, all in integers so that training gives the
// same weights on every machine.
type perceptron struct {
	nclass int
	index  map[uint64]int32
	rows   [][]tentry
	count  []int32 // updates each feature took part in
	step   int64   // examples seen
}

type tentry struct {
	cls uint16
	w   int32
	tot int64
	ts  int64
}

func newPerceptron(nclass int) *perceptron {
	return &perceptron{nclass: nclass, index: map[uint64]int32{}}
}

// score adds the current weights of the features to scores.
func (p *perceptron) score(keys []uint64, scores []int32) {
	for _, k := range keys {
		if r, ok := p.index[k]; ok {
			for _, e := range p.rows[r] {
				scores[e.cls] += e.w
			}
		}
	}
}

// update moves the features' weights toward good and away from bad.
func (p *perceptron) update(keys []uint64, good, bad int) {
	for _, k := range keys {
		r, ok := p.index[k]
		if !ok {
			r = int32(len(p.rows))
			p.index[k] = r
			p.rows = append(p.rows, nil)
			p.count = append(p.count, 0)
		}
		p.count[r]++
		p.bump(r, good, 1)
		p.bump(r, bad, -1)
	}
}

func (p *perceptron) bump(r int32, cls, d int) {
	row := p.rows[r]
	for i := range row {
		if int(row[i].cls) == cls {
			e := &row[i]
			e.tot += int64(e.w) * (p.step - e.ts)
			e.ts = p.step
			e.w += int32(d)
			return
		}
	}
	p.rows[r] = append(row, tentry{cls: uint16(cls), w: int32(d), ts: p.step})
}

// averaged returns the averaged weights, quantised to int16 with one scale
// for the whole model (argmax does not care about scale), rows sorted by
// key and entries by class. Features updated fewer than minCount times are
// dropped (mostly words seen once: noise, and most of the model's size),
// and so are entries whose quantised weight is below minWeight.
func (p *perceptron) averaged(minWeight, minCount int) (keys []uint64, rows [][]uint32) {
	type kr struct {
		k uint64
		r int32
	}
	all := make([]kr, 0, len(p.index))
	for k, r := range p.index {
		if int(p.count[r]) >= minCount {
			all = append(all, kr{k, r})
		}
	}
	slices.SortFunc(all, func(a, b kr) int { return cmp.Compare(a.k, b.k) })
	steps := max(p.step, 1)
	var maxAbs float64
	avg := func(e tentry) float64 {
		return float64(e.tot+int64(e.w)*(p.step-e.ts)) / float64(steps)
	}
	for _, x := range all {
		for _, e := range p.rows[x.r] {
			maxAbs = max(maxAbs, math.Abs(avg(e)))
		}
	}
	scale := 1.0
	if maxAbs > 0 {
		scale = 32000 / maxAbs
	}
	for _, x := range all {
		row := slices.Clone(p.rows[x.r])
		slices.SortFunc(row, func(a, b tentry) int { return cmp.Compare(a.cls, b.cls) })
		var out []uint32
		for _, e := range row {
			q := math.Round(avg(e) * scale)
			if math.Abs(q) < float64(max(minWeight, 1)) {
				continue
			}
			out = append(out, uint32(e.cls)<<16|uint32(uint16(int16(q))))
		}
		if len(out) > 0 {
			keys = append(keys, x.k)
			rows = append(rows, out)
		}
	}
	return keys, rows
}
