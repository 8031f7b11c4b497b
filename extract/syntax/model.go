package syntax

import (
	"bytes"
	"cmp"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"sync"
)

// Model is a trained tagger and parser. It is read-only after loading and
// safe for concurrent use.
type Model struct {
	classes []string // tagger classes, "XPOS UPOS"
	xpos    []string // per class
	upos    []string
	up      []uint8  // UPOS number of each class
	labels  []string // dependency labels
	rootL   int      // index of "root" in labels
	lx      lexica
	tagW    *table
	parseW  *table3 // transitions
	labelW  *table  // labels of arcs
	pool    sync.Pool
}

// ErrModel is wrapped by errors about a model file.
var ErrModel = errors.New("syntax: bad model file")

const magic = "actorgraph-syntax-2\n"

//go:embed model.bin.gz
var embedded []byte

var (
	defaultOnce  sync.Once
	defaultModel *Model
	defaultErr   error
)

// Default returns the embedded model, loaded once.
func Default() (*Model, error) {
	defaultOnce.Do(func() {
		defaultModel, defaultErr = Load(bytes.NewReader(embedded))
	})
	return defaultModel, defaultErr
}

// work is the scratch space of one Parse call.
type work struct {
	words  []word
	tags   []int32
	keys   []uint64
	scores []int32
	st     state
	// Slots fetched ahead of use (see table.addAll).
	gather  []slot
	gather3 []slot3
}

func (m *Model) work() *work {
	if w, ok := m.pool.Get().(*work); ok {
		return w
	}
	return &work{scores: make([]int32, max(len(m.classes), len(m.labels)))}
}

// prepare hashes the words' features.
func (m *Model) prepare(w *work, words []string) {
	if cap(w.words) < len(words) {
		w.words = make([]word, len(words))
		w.tags = make([]int32, len(words))
	}
	w.words, w.tags = w.words[:len(words)], w.tags[:len(words)]
	for i, s := range words {
		w.words[i].fill(s, &m.lx)
	}
}

// tag chooses a class for every word of w, left to right; a word with a
// set of allowed UPOS tags (allow[i], see ParseConstrained) takes the best
// class in the set.
func (m *Model) tag(w *work, allow [][]string) {
	nc := len(m.classes)
	for i := range w.words {
		w.keys = tagFeatures(w.words, i, w.tags, w.keys[:0])
		sc := w.scores[:nc]
		clear(sc)
		m.tagW.addAll(w.keys, sc, &w.gather)
		var ok []string
		if i < len(allow) {
			ok = allow[i]
		}
		best := -1
		for c := 0; c < nc; c++ {
			if (len(ok) == 0 || contains(ok, m.upos[c])) && (best < 0 || sc[c] > sc[best]) {
				best = c
			}
		}
		if best < 0 { // no class has an allowed tag: the constraint is ignored
			best = 0
			for c := 1; c < nc; c++ {
				if sc[c] > sc[best] {
					best = c
				}
			}
		}
		w.tags[i] = int32(best)
	}
}

// parse runs the transition system to the end on w's words and tags.
func (m *Model) parse(w *work) {
	s := &w.st
	s.reset(len(w.words))
	for !s.terminal() {
		w.keys = parseFeatures(s, w.words, w.tags, m.up, w.keys[:0])
		var sc [nTransitions]int32
		m.parseW.addAll(w.keys, &sc, &w.gather3)
		best := -1
		for t := 0; t < nTransitions; t++ {
			if (best < 0 || sc[t] > sc[best]) && s.legal(t) {
				best = t
			}
		}
		s.apply(best, m.label(w, best))
	}
}

// label chooses the label of the arc that transition t makes: "root" for
// the root, else the best of the others.
func (m *Model) label(w *work, t int) int32 {
	s := &w.st
	if t == shiftT {
		return -1
	}
	h, d := s.arc(t)
	if int(h) == s.n {
		return int32(m.rootL)
	}
	w.keys = labelFeatures(s, h, d, w.words, w.tags, m.up, w.keys[:0])
	sc := w.scores[:len(m.labels)]
	clear(sc)
	m.labelW.addAll(w.keys, sc, &w.gather)
	best := -1
	for l := range sc {
		if l != m.rootL && (best < 0 || sc[l] > sc[best]) {
			best = l
		}
	}
	return int32(best)
}

// Tag returns the UD universal and the Penn Treebank tags of words.
func (m *Model) Tag(words []string) (upos, xpos []string) {
	w := m.work()
	defer m.pool.Put(w)
	m.prepare(w, words)
	m.tag(w, nil)
	upos, xpos = make([]string, len(words)), make([]string, len(words))
	for i, c := range w.tags {
		upos[i], xpos[i] = m.upos[c], m.xpos[c]
	}
	return upos, xpos
}

// Parse tags and parses one sentence, words tokenised as in UD English
// ("Russia" "'s", "do" "n't", "US" "-" "led"). The result is always a tree;
// an empty sentence gives an empty tree.
func (m *Model) Parse(words []string) *Tree { return m.ParseConstrained(words, nil) }

// ParseConstrained tags and parses words like Parse, except that a word
// with an allowed set of UPOS tags (allow[i] non-empty) takes the best class
// whose UPOS is in the set: a caller that knows more than the tagger (a word
// of its verb lexicon right after "which", a past tense before an object)
// can say so. A set that no class satisfies is ignored. allow may be nil or
// shorter than words.
func (m *Model) ParseConstrained(words []string, allow [][]string) *Tree {
	n := len(words)
	t := &Tree{
		Words: words,
		UPOS:  make([]string, n),
		XPOS:  make([]string, n),
		Head:  make([]int, n),
		Rel:   make([]string, n),
	}
	if n == 0 {
		return t
	}
	w := m.work()
	defer m.pool.Put(w)
	m.prepare(w, words)
	m.tag(w, allow)
	m.parse(w)
	for i := 0; i < n; i++ {
		c := w.tags[i]
		t.UPOS[i], t.XPOS[i] = m.upos[c], m.xpos[c]
		h := int(w.st.head[i])
		if h == n {
			t.Head[i], t.Rel[i] = -1, "root"
		} else {
			t.Head[i], t.Rel[i] = h, m.labels[w.st.rel[i]]
		}
	}
	return t
}

func contains(xs []string, v string) bool {
	for _, x := range xs {
		if x == v {
			return true
		}
	}
	return false
}

// Labels returns the dependency labels the parser can give.
func (m *Model) Labels() []string { return slices.Clone(m.labels) }

// Tags returns the tagger's classes as "XPOS UPOS" pairs.
func (m *Model) Tags() []string { return slices.Clone(m.classes) }

// The model file, gzip-compressed:
//
//	magic
//	classes: count, then strings           (uvarint length + bytes)
//	labels:  count, then strings
//	ambiguity classes: count, then (key delta, value) sorted by key
//	WordNet flags: the same
//	tagger, transition and label weights: count, then for each feature sorted by
//	    key: key delta, entry count, then (class, zigzag weight)
//
// All integers are unsigned varints.

// write writes the model file.
func write(w io.Writer, classes, labels []string, lx lexica,
	tagKeys []uint64, tagRows [][]uint32, parseKeys []uint64, parseRows [][]uint32,
	labelKeys []uint64, labelRows [][]uint32) error {
	var b bytes.Buffer
	b.WriteString(magic)
	u := func(v uint64) { b.Write(binary.AppendUvarint(nil, v)) }
	strs := func(ss []string) {
		u(uint64(len(ss)))
		for _, s := range ss {
			u(uint64(len(s)))
			b.WriteString(s)
		}
	}
	strs(classes)
	strs(labels)
	ak := make([]uint64, 0, len(lx.amb))
	for k := range lx.amb {
		ak = append(ak, k)
	}
	slices.Sort(ak)
	u(uint64(len(ak)))
	var last uint64
	for _, k := range ak {
		u(k - last)
		u(lx.amb[k])
		last = k
	}
	wk := make([]uint64, 0, len(lx.wn))
	for k := range lx.wn {
		wk = append(wk, k)
	}
	slices.Sort(wk)
	u(uint64(len(wk)))
	last = 0
	for _, k := range wk {
		u(k - last)
		u(uint64(lx.wn[k]))
		last = k
	}
	weights := func(keys []uint64, rows [][]uint32) {
		u(uint64(len(keys)))
		var last uint64
		for i, k := range keys {
			u(k - last)
			last = k
			u(uint64(len(rows[i])))
			for _, e := range rows[i] {
				u(uint64(e >> 16))
				v := int64(int16(e))
				u(uint64(v<<1) ^ uint64(v>>63))
			}
		}
	}
	weights(tagKeys, tagRows)
	weights(parseKeys, parseRows)
	weights(labelKeys, labelRows)
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	if _, err := zw.Write(b.Bytes()); err != nil {
		return err
	}
	return zw.Close()
}

// Load reads a model file written by the trainer.
func Load(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrModel, err)
	}
	data, err := io.ReadAll(io.LimitReader(zr, 1<<30))
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrModel, err)
	}
	if !bytes.HasPrefix(data, []byte(magic)) {
		return nil, fmt.Errorf("%w: not a model of this version", ErrModel)
	}
	data = data[len(magic):]
	var rerr error
	u := func() uint64 {
		if rerr != nil {
			return 0
		}
		v, n := binary.Uvarint(data)
		if n <= 0 {
			rerr = io.ErrUnexpectedEOF
			return 0
		}
		data = data[n:]
		return v
	}
	const maxCount = 1 << 26
	count := func() int {
		v := u()
		if v > maxCount {
			rerr = fmt.Errorf("count %d too large", v)
			return 0
		}
		return int(v)
	}
	strs := func() []string {
		n := count()
		ss := make([]string, 0, min(n, 1024))
		for i := 0; i < n && rerr == nil; i++ {
			l := count()
			if l > 1024 {
				rerr = fmt.Errorf("string of %d bytes", l)
				break
			}
			if l > len(data) {
				rerr = io.ErrUnexpectedEOF
				break
			}
			ss = append(ss, string(data[:l]))
			data = data[l:]
		}
		return ss
	}
	m := &Model{}
	m.classes = strs()
	m.labels = strs()
	na := count()
	m.lx.amb = make(map[uint64]uint64, min(na, 1<<20))
	var last uint64
	for i := 0; i < na && rerr == nil; i++ {
		last += u()
		m.lx.amb[last] = u()
	}
	nw := count()
	m.lx.wn = make(map[uint64]uint8, min(nw, 1<<20))
	last = 0
	for i := 0; i < nw && rerr == nil; i++ {
		last += u()
		f := u()
		if f > 255 {
			rerr = fmt.Errorf("WordNet flags %d", f)
		}
		m.lx.wn[last] = uint8(f)
	}
	// Rows share one array, sliced once all are read.
	weights := func(nclass int) ([]uint64, [][]uint32) {
		n := count()
		keys := make([]uint64, 0, min(n, 1<<20))
		starts := make([]int, 0, min(n, 1<<20)+1)
		var flat []uint32
		var last uint64
		for i := 0; i < n && rerr == nil; i++ {
			d := u()
			if i > 0 && d == 0 || last+d == 0 {
				rerr = errors.New("keys not increasing")
				break
			}
			last += d
			ne := count()
			keys = append(keys, last)
			starts = append(starts, len(flat))
			for j := 0; j < ne && rerr == nil; j++ {
				c, z := u(), u()
				v := int64(z>>1) ^ -int64(z&1)
				if c >= uint64(nclass) || v < -32768 || v > 32767 {
					rerr = fmt.Errorf("weight (%d, %d) out of range", c, v)
				}
				flat = append(flat, uint32(c)<<16|uint32(uint16(int16(v))))
			}
		}
		starts = append(starts, len(flat))
		rows := make([][]uint32, len(keys))
		for i := range rows {
			rows[i] = flat[starts[i]:starts[i+1]:starts[i+1]]
		}
		return keys, rows
	}
	tk, tr := weights(len(m.classes))
	m.tagW = newTable(len(m.classes), tk, tr)
	m.parseW = newTable3(weights(nTransitions))
	lk, lr := weights(len(m.labels))
	m.labelW = newTable(len(m.labels), lk, lr)
	if rerr == nil && len(data) > 0 {
		rerr = fmt.Errorf("%d bytes after the end", len(data))
	}
	if rerr != nil {
		return nil, fmt.Errorf("%w: %v", ErrModel, rerr)
	}
	if len(m.classes) == 0 || len(m.labels) == 0 {
		return nil, fmt.Errorf("%w: no classes or labels", ErrModel)
	}
	for _, c := range m.classes {
		x, u, ok := strings.Cut(c, " ")
		if !ok {
			return nil, fmt.Errorf("%w: tag class %q is not \"XPOS UPOS\"", ErrModel, c)
		}
		m.xpos, m.upos = append(m.xpos, x), append(m.upos, u)
	}
	m.up = uposNumbers(m.classes)
	if !slices.IsSortedFunc(m.labels, cmp.Compare) {
		return nil, fmt.Errorf("%w: labels not sorted", ErrModel)
	}
	var ok bool
	if m.rootL, ok = slices.BinarySearch(m.labels, "root"); !ok {
		return nil, fmt.Errorf("%w: no label \"root\"", ErrModel)
	}
	return m, nil
}

// uposNumbers numbers the UPOS tags of classes ("XPOS UPOS") in sorted
// order and returns each class's number.
func uposNumbers(classes []string) []uint8 {
	var us []string
	for _, c := range classes {
		_, u, _ := strings.Cut(c, " ")
		us = append(us, u)
	}
	set := slices.Clone(us)
	slices.Sort(set)
	set = slices.Compact(set)
	out := make([]uint8, len(classes))
	for i, u := range us {
		j, _ := slices.BinarySearch(set, u)
		out[i] = uint8(j)
	}
	return out
}
