package syntax

import (
	"strings"
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
	cap   bool   // starts with an upper-case letter
}

// Values standing for "no word here" and the artificial root.
const (
	none    = 0x6e6f6e65
	rootVal = 0x726f6f74
)

// normalize lower-cases w and writes digits as 0, so that "1990" and
// "2016" share their features; typographic quotes and dashes become ASCII.
func normalize(w string) string {
	ascii := true
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 || 'A' <= c && c <= 'Z' || '1' <= c && c <= '9' {
			ascii = false
			break
		}
	}
	if ascii {
		return w
	}
	var b strings.Builder
	b.Grow(len(w))
	for _, r := range w {
		switch {
		case r >= '0' && r <= '9':
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
		b.WriteRune(r)
	}
	return b.String()
}

// shape maps letters to X and x, digits to d, keeps other characters, and
// cuts runs of one class at four.
func shape(w string) string {
	var b strings.Builder
	var last rune
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
		b.WriteRune(c)
		if b.Len() > 16 {
			break
		}
	}
	return b.String()
}

// fill computes the features of one word; amb looks up the ambiguity class.
func (x *word) fill(w string, amb func(uint64) uint64) {
	low := normalize(w)
	x.form = hashString(w)
	x.lower = hashString(low)
	x.shape = hashString(shape(w))
	r, _ := utf8.DecodeRuneInString(w)
	x.cap = unicode.IsUpper(r)
	// Prefixes and suffixes of one to four characters (runes) of the
	// lower-case form; shorter words repeat their whole form.
	n := utf8.RuneCountInString(low)
	for k := 1; k <= 4; k++ {
		end := len(low)
		if k <= n {
			i, c := len(low), 0
			for c < k {
				_, sz := utf8.DecodeLastRuneInString(low[:i])
				i -= sz
				c++
			}
			x.suf[k-1] = mix(uint64(k), hashString(low[i:]))
		} else {
			x.suf[k-1] = mix(uint64(k), x.lower)
		}
		if k <= 3 {
			i, c := 0, 0
			for c < k && i < end {
				_, sz := utf8.DecodeRuneInString(low[i:])
				i += sz
				c++
			}
			x.pre[k-1] = mix(uint64(k)+8, hashString(low[:i]))
		}
	}
	x.amb = amb(x.lower)
}
