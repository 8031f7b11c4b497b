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
func hashString(s string) uint64 { return hashMore(fnvOffset, s) }

const fnvOffset = 14695981039346656037

// hashMore continues the hash h of a string with s.
func hashMore(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

func hashBytes(b []byte) uint64 {
	h := uint64(fnvOffset)
	for _, c := range b {
		h ^= uint64(c)
		h *= 1099511628211
	}
	return h
}

// Feature keys: a multiply-xor chain over the template and the values,
// then the finaliser of MurmurHash3, so that the low bits that pick a
// table slot depend on all the bits; never 0.
const kmul = 0x9e3779b97f4a7c15

func fmix(h uint64) uint64 {
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	h *= 0xc4ceb9fe1a85ec53
	h ^= h >> 33
	return h
}

func key1(t, a uint64) uint64 {
	return nonzero(fmix((t*kmul ^ a) * kmul))
}

func key2(t, a, b uint64) uint64 {
	return nonzero(fmix(((t*kmul^a)*kmul ^ b) * kmul))
}

func key3(t, a, b, c uint64) uint64 {
	return nonzero(fmix((((t*kmul^a)*kmul^b)*kmul ^ c) * kmul))
}

func nonzero(h uint64) uint64 {
	if h == 0 {
		return 1
	}
	return h
}

// table is the run-time weight store: open addressing on the feature key.
// A slot is 8 bytes, to keep the table in cache: 32 bits of the key (the
// other bits choose the slot, so a false match needs 2^-32 luck on top of
// landing in the same place) and the offset of the row in ents, where the
// row's length comes first, then its entries (class<<16 | uint16(weight)).
// Rows of tables with at most three classes (the transitions) are kept in
// the slot itself instead (table3).
type table struct {
	mask   uint64
	slots  []slot
	ents   []uint32 // ents[0] unused: offset 0 marks an empty slot
	nclass int
	dense  []int16 // rows longer than denseMin, nclass weights each
}

// Rows with more entries than this are stored dense: a plain loop over
// nclass weights costs less than as many scattered adds.
const denseMin = 12

const denseFlag = 1 << 31

type slot struct {
	fp  uint32
	off uint32
}

// tableSize returns the power of two that holds n keys at a load of at
// most 0.7: small tables stay in cache, linear probing stays short.
func tableSize(n int) int {
	size := 2
	for size*7 < n*10+10 {
		size <<= 1
	}
	return size
}

// newTable builds a table of nclass classes from rows sorted by key.
func newTable(nclass int, keys []uint64, rows [][]uint32) *table {
	size := tableSize(len(keys))
	t := &table{mask: uint64(size - 1), slots: make([]slot, size), nclass: nclass}
	n := 1
	for _, r := range rows {
		n += 1 + len(r)
	}
	t.ents = make([]uint32, 1, n)
	for i, k := range keys {
		j := k & t.mask
		for t.slots[j].off != 0 {
			j = (j + 1) & t.mask
		}
		t.slots[j] = slot{fp: uint32(k >> 32), off: uint32(len(t.ents))}
		if r := rows[i]; len(r) > denseMin {
			t.ents = append(t.ents, denseFlag|uint32(len(t.dense)))
			row := make([]int16, nclass)
			for _, e := range r {
				row[e>>16] = int16(e)
			}
			t.dense = append(t.dense, row...)
		} else {
			t.ents = append(t.ents, uint32(len(r)))
			t.ents = append(t.ents, r...)
		}
	}
	return t
}

// add adds the weights of the feature k to scores.
func (t *table) add(k uint64, scores []int32) {
	fp := uint32(k >> 32)
	for j := k & t.mask; ; j = (j + 1) & t.mask {
		s := t.slots[j]
		if s.off == 0 {
			return
		}
		if s.fp == fp {
			t.addRow(s.off, scores)
			return
		}
	}
}

// addAll adds the weights of all the features keys. It first loads every
// key's home slot in a loop without branches, so that the cache misses
// overlap instead of coming one after another, then adds; a key not in
// its home slot takes the probing path of add.
func (t *table) addAll(keys []uint64, scores []int32, buf *[]slot) {
	g := append((*buf)[:0], make([]slot, len(keys))...)
	for i, k := range keys {
		g[i] = t.slots[k&t.mask]
	}
	*buf = g
	for i, k := range keys {
		s := g[i]
		switch {
		case s.off == 0:
		case s.fp == uint32(k>>32):
			t.addRow(s.off, scores)
		default:
			t.add(k, scores)
		}
	}
}

// addRow adds the row at off.
func (t *table) addRow(off uint32, scores []int32) {
	h := t.ents[off]
	if h&denseFlag != 0 {
		o := h &^ denseFlag
		row := t.dense[o : o+uint32(t.nclass)]
		sc := scores[:len(row)]
		for c := range row {
			sc[c] += int32(row[c])
		}
		return
	}
	for _, e := range t.ents[off+1 : off+1+h] {
		scores[e>>16] += int32(int16(e))
	}
}

// table3 holds rows of three classes in the slots, 12 bytes each: 32 bits
// of the key, as in table, and the three weights; one memory access a
// feature. A slot with no weight is empty (rows are never all zero).
type table3 struct {
	mask  uint64
	slots []slot3
}

type slot3 struct {
	fp uint32
	w  [3]int16
}

func (s *slot3) empty() bool { return s.w == [3]int16{} }

func newTable3(keys []uint64, rows [][]uint32) *table3 {
	size := tableSize(len(keys))
	t := &table3{mask: uint64(size - 1), slots: make([]slot3, size)}
	for i, k := range keys {
		var w [3]int16
		for _, e := range rows[i] {
			w[e>>16] = int16(e)
		}
		if w == [3]int16{} {
			continue
		}
		j := k & t.mask
		for !t.slots[j].empty() {
			j = (j + 1) & t.mask
		}
		t.slots[j] = slot3{fp: uint32(k >> 32), w: w}
	}
	return t
}

func (t *table3) add(k uint64, scores *[3]int32) {
	fp := uint32(k >> 32)
	for j := k & t.mask; ; j = (j + 1) & t.mask {
		s := &t.slots[j]
		if s.empty() {
			return
		}
		if s.fp == fp {
			scores[0] += int32(s.w[0])
			scores[1] += int32(s.w[1])
			scores[2] += int32(s.w[2])
			return
		}
	}
}

// addAll is table.addAll for table3.
func (t *table3) addAll(keys []uint64, scores *[3]int32, buf *[]slot3) {
	g := append((*buf)[:0], make([]slot3, len(keys))...)
	for i, k := range keys {
		g[i] = t.slots[k&t.mask]
	}
	*buf = g
	for i, k := range keys {
		s := &g[i]
		switch {
		case s.empty():
		case s.fp == uint32(k>>32):
			scores[0] += int32(s.w[0])
			scores[1] += int32(s.w[1])
			scores[2] += int32(s.w[2])
		default:
			t.add(k, scores)
		}
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
