package syntax

import (
	"unicode"
	"unicode/utf8"
)

// word holds what the features read from one word, hashed once per
// sentence.
type word struct {
	form  uint64 // as written
	lower uint64 // lower case, digits as 0
	shape uint64 // Xxxx, dddd, x-x (runs cut at 4)
	pre   [3]uint64
	suf   [4]uint64
	amb   uint64 // the tags the word had in training, or 0
	lex   uint64 // WordNet flags of the word (wordnet.go), or 0
	morph uint64 // an inflection rule and the flags of the base it finds
	cap   bool   // starts with an upper-case letter
}

// lexica are the word lists the features read.
type lexica struct {
	amb map[uint64]uint64 // ambiguity classes
	wn  map[uint64]uint8  // WordNet flags
}

// Values standing for "no word here" and the artificial root.
const (
	none    = 0x6e6f6e65
	rootVal = 0x726f6f74
)

// normalize lower-cases w and writes digits as 0, so that "1990" and
// "2016" share their features; typographic quotes and dashes become ASCII.
func normalize(w string) string { return string(appendNormalized(nil, w)) }

func appendNormalized(b []byte, w string) []byte {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c < 0x80 {
			switch {
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			case '1' <= c && c <= '9':
				c = '0'
			}
			b = append(b, c)
			continue
		}
		r, sz := utf8.DecodeRuneInString(w[i:])
		i += sz - 1
		switch {
		case r == utf8.RuneError && sz == 1:
			b = append(b, c) // keep invalid bytes as they are
			continue
		case unicode.IsDigit(r):
			r = '0'
		case r == '“' || r == '”' || r == '„' || r == '«' || r == '»':
			r = '"'
		case r == '‘' || r == '’' || r == '‚':
			r = '\''
		case r == '–' || r == '—':
			r = '-'
		default:
			r = unicode.ToLower(r)
		}
		b = utf8.AppendRune(b, r)
	}
	return b
}

// appendShape maps letters to X and x, digits to d, keeps other
// characters, and cuts runs of one class at four and the shape at 16 bytes.
func appendShape(b []byte, w string) []byte {
	var last rune = -1
	run := 0
	for _, r := range w {
		c := r
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLetter(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		}
		if c == last {
			run++
			if run >= 4 {
				continue
			}
		} else {
			last, run = c, 0
		}
		b = utf8.AppendRune(b, c)
		if len(b) > 16 {
			break
		}
	}
	return b
}

// fill computes the features of one word.
func (x *word) fill(w string, lx *lexica) {
	var buf [64]byte
	low := appendNormalized(buf[:0], w)
	x.form = hashString(w)
	x.lower = hashBytes(low)
	var sb [24]byte
	x.shape = hashBytes(appendShape(sb[:0], w))
	r, _ := utf8.DecodeRuneInString(w)
	x.cap = unicode.IsUpper(r)
	// Prefixes and suffixes of one to four characters (runes) of the
	// lower-case form; shorter words repeat their whole form.
	n := utf8.RuneCount(low)
	for k := 1; k <= 4; k++ {
		if k <= n {
			i := len(low)
			for c := 0; c < k; c++ {
				_, sz := utf8.DecodeLastRune(low[:i])
				i -= sz
			}
			x.suf[k-1] = mix(uint64(k), hashBytes(low[i:]))
		} else {
			x.suf[k-1] = mix(uint64(k), x.lower)
		}
		if k <= 3 {
			i := 0
			for c := 0; c < k && i < len(low); c++ {
				_, sz := utf8.DecodeRune(low[i:])
				i += sz
			}
			x.pre[k-1] = mix(uint64(k)+8, hashBytes(low[:i]))
		}
	}
	x.amb = lx.amb[x.lower]
	x.lex = uint64(lx.wn[x.lower])
	x.morph = morph(low, lx.wn)
}
