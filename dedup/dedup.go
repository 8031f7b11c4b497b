package dedup

import (
	"math"
	"unicode"
	"unicode/utf8"
)

// Options set the detector; zero fields take the defaults.
type Options struct {
	Shingle   int     // words per shingle (default 5)
	Hashes    int     // MinHash functions (default 128)
	Bands     int     // LSH bands; must divide Hashes (default 32)
	Threshold float64 // estimated Jaccard similarity from which two documents are copies (default 0.8)
}

// Defaults used for zero Options fields.
const (
	DefaultShingle   = 5
	DefaultHashes    = 128
	DefaultBands     = 32
	DefaultThreshold = 0.8
)

func (o Options) norm() Options {
	if o.Shingle <= 0 {
		o.Shingle = DefaultShingle
	}
	if o.Hashes <= 0 {
		o.Hashes = DefaultHashes
	}
	if o.Bands <= 0 || o.Bands > o.Hashes || o.Hashes%o.Bands != 0 {
		o.Bands = DefaultBands
		if o.Hashes%o.Bands != 0 {
			o.Bands = o.Hashes
		}
	}
	if !(o.Threshold > 0 && o.Threshold <= 1) {
		o.Threshold = DefaultThreshold
	}
	return o
}

// Signature is a document's MinHash signature; nil for a document with no
// words, which is nobody's copy.
type Signature []uint64

// Sign returns the signature of a text.
//
// The Hashes minima come from one hash per shingle, not Hashes of them:
// one permutation hashing (Li, Owen and Zhang 2012) splits the hash range
// into Hashes bins and keeps the minimum of each, and a bin that no
// shingle fell in borrows the minimum of the next non-empty bin, offset by
// the distance (densification by rotation, Shrivastava and Li 2014). The
// estimate keeps MinHash's accuracy at a Hashes-th of its cost.
func (o Options) Sign(text string) Signature {
	o = o.norm()
	const empty = math.MaxUint64
	sig := make(Signature, o.Hashes)
	for i := range sig {
		sig[i] = empty
	}
	k := uint64(o.Hashes)
	add := func(h uint64) {
		h = mix(h)
		bin := (h >> 32) * k >> 32 // the top half picks the bin
		if v := h & 0xffffffff; v < sig[bin] {
			sig[bin] = v
		}
	}
	ring := make([]uint64, 0, o.Shingle) // hashes of the last words
	words, shingles := 0, 0
	forWords(text, func(w uint64) {
		words++
		if len(ring) == o.Shingle {
			copy(ring, ring[1:])
			ring = ring[:o.Shingle-1]
		}
		ring = append(ring, w)
		if len(ring) == o.Shingle {
			shingles++
			add(shingle(ring))
		}
	})
	if words == 0 {
		return nil
	}
	if shingles == 0 { // fewer words than a shingle: the words are the one shingle
		add(shingle(ring))
	}
	for i := range sig {
		if sig[i] != empty {
			continue
		}
		for d := 1; ; d++ {
			if v := sig[(i+d)%len(sig)]; v != empty && v < 1<<32 {
				// Values are below 2³², so the offset keeps a borrowed
				// minimum apart from every real one.
				sig[i] = v + uint64(d)<<32
				break
			}
		}
	}
	return sig
}

// forWords calls f with the hash of every word of s: runs of letters and
// digits, lower-cased.
func forWords(s string, f func(uint64)) {
	var buf []byte
	flush := func() {
		if len(buf) > 0 {
			f(fnv(buf))
			buf = buf[:0]
		}
	}
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			buf = utf8.AppendRune(buf, unicode.ToLower(r))
			continue
		}
		flush()
	}
	flush()
}

func fnv(b []byte) uint64 {
	h := uint64(14695981039346656037)
	for _, c := range b {
		h ^= uint64(c)
		h *= 1099511628211
	}
	return h
}

// shingle hashes a run of word hashes: a polynomial in them, so that
// order matters ("Russia attacked Ukraine" is not "Ukraine attacked
// Russia"); Sign mixes the result.
func shingle(words []uint64) uint64 {
	h := uint64(len(words))
	for _, w := range words {
		h = h*0x100000001b3 + w
	}
	return h
}

// mix is splitmix64's finaliser: a bijection that spreads every input bit.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// Similarity estimates the Jaccard similarity of the documents behind two
// signatures: the fraction of equal minima. It is 0 when either is nil or
// their lengths differ.
func Similarity(a, b Signature) float64 {
	if len(a) == 0 || len(a) != len(b) {
		return 0
	}
	eq := 0
	for i := range a {
		if a[i] == b[i] {
			eq++
		}
	}
	return float64(eq) / float64(len(a))
}

// Index remembers the documents added so far and says which earlier
// document each new one copies. It is not safe for concurrent use.
type Index struct {
	opt     Options
	buckets map[uint64][]int32 // band hash → documents
	sigs    []Signature
	orig    []string // each document's original: itself or the one it copies
}

// NewIndex returns an empty index.
func NewIndex(opt Options) *Index {
	return &Index{opt: opt.norm(), buckets: map[uint64][]int32{}}
}

// Options returns the index's options with the defaults filled in.
func (ix *Index) Options() Options { return ix.opt }

// Add adds a document and returns the id of the original it copies, or ""
// when it is no copy. The original is that of the earliest document added
// before whose estimated similarity reaches the threshold.
func (ix *Index) Add(id string, sig Signature) string {
	n := int32(len(ix.sigs))
	ix.sigs = append(ix.sigs, sig)
	ix.orig = append(ix.orig, id)
	if len(sig) != ix.opt.Hashes {
		return ""
	}
	rows := ix.opt.Hashes / ix.opt.Bands
	best := int32(-1)
	keys := make([]uint64, ix.opt.Bands)
	for b := range keys {
		h := uint64(14695981039346656037) ^ uint64(b)
		for _, v := range sig[b*rows : (b+1)*rows] {
			h = mix(h ^ v)
		}
		keys[b] = h
		for _, c := range ix.buckets[h] {
			if (best < 0 || c < best) && Similarity(sig, ix.sigs[c]) >= ix.opt.Threshold {
				best = c
			}
		}
	}
	for _, h := range keys {
		ix.buckets[h] = append(ix.buckets[h], n)
	}
	if best < 0 {
		return ""
	}
	ix.orig[n] = ix.orig[best]
	return ix.orig[n]
}

// Len returns the number of documents added.
func (ix *Index) Len() int { return len(ix.sigs) }
