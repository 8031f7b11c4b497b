package text

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Kind classifies a token.
type Kind uint8

const (
	Word Kind = iota
	Number
	Punct
)

// Token is a word, number or punctuation mark with its byte offsets in the
// original text: text[Start:End] is the token as written.
type Token struct {
	Start, End int
	Term       string // normalised form: lower case, accents folded
	Kind       Kind
}

// Tokenizer turns text into tokens.
type Tokenizer interface {
	Tokenize(text string) []Token
}

// Default is the tokenizer used throughout actorgraph.
var Default Tokenizer = newsTokenizer{}

// Tokenize tokenizes text with the default tokenizer.
func Tokenize(s string) []Token { return Default.Tokenize(s) }

// newsTokenizer splits on white space and punctuation, with the exceptions
// newswire needs: dotted abbreviations (U.S., U.N., Sept.), the possessive
// 's as its own token, apostrophes inside names (O'Brien), hyphens as their
// own tokens (so "Russian-backed" is "russian - backed"), and numbers with
// inner dots or commas (1,000 or 3.5).
type newsTokenizer struct{}

func (newsTokenizer) Tokenize(s string) []Token {
	toks := make([]Token, 0, len(s)/5)
	i := 0
	for i < len(s) {
		r, w := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r) || r == '\u00a0':
			i += w
		case unicode.IsLetter(r): // a lone combining mark is punctuation
			toks, i = appendWord(toks, s, i, scanWord(s, i))
		case unicode.IsDigit(r):
			j := scanNumber(s, i)
			toks = append(toks, Token{Start: i, End: j, Term: s[i:j], Kind: Number})
			i = j
		default:
			toks = append(toks, Token{Start: i, End: i + w, Term: foldPunct(r), Kind: Punct})
			i += w
		}
	}
	return toks
}

func isLetter(r rune) bool { return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) }

func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }

// scanWord returns the end of the word starting at i: letters, digits and
// apostrophes between letters.
func scanWord(s string, i int) int {
	j := i
	for j < len(s) {
		r, w := utf8.DecodeRuneInString(s[j:])
		if isLetter(r) || unicode.IsDigit(r) {
			j += w
			continue
		}
		if isApostrophe(r) && j+w < len(s) {
			n, _ := utf8.DecodeRuneInString(s[j+w:])
			if isLetter(n) && !possessiveAt(s, j) {
				j += w
				continue
			}
		}
		break
	}
	// Dotted abbreviations: U.S. U.N. e.g. — single letters joined by dots.
	if j-i == 1 && j < len(s) && s[j] == '.' {
		k := j + 1
		for k+1 < len(s) && isASCIILetter(s[k]) && s[k+1] == '.' {
			k += 2
		}
		if k > j+1 {
			return k
		}
	}
	return j
}

// possessiveAt reports whether the apostrophe at i starts a possessive or
// contraction suffix ('s, 're, 've, 'll, 'd, 't) that ends the word.
func possessiveAt(s string, i int) bool {
	_, w := utf8.DecodeRuneInString(s[i:])
	rest := s[i+w:]
	for _, suf := range []string{"s", "re", "ve", "ll", "d", "t", "m"} {
		if len(rest) >= len(suf) && strings.EqualFold(rest[:len(suf)], suf) {
			if len(rest) == len(suf) {
				return true
			}
			n, _ := utf8.DecodeRuneInString(rest[len(suf):])
			if !isLetter(n) {
				return true
			}
		}
	}
	return false
}

func isASCIILetter(b byte) bool { return b|0x20 >= 'a' && b|0x20 <= 'z' }

// scanNumber returns the end of the number starting at i: digits (of any
// script) with single inner dots or commas. It always advances past the
// first digit.
func scanNumber(s string, i int) int {
	j := i
	for j < len(s) {
		r, w := utf8.DecodeRuneInString(s[j:])
		if unicode.IsDigit(r) {
			j += w
			continue
		}
		if (r == ',' || r == '.') && j > i && j+1 < len(s) {
			if n, _ := utf8.DecodeRuneInString(s[j+1:]); unicode.IsDigit(n) {
				j++
				continue
			}
		}
		break
	}
	return j
}

// abbreviations that keep their full stop (the stop is not a sentence end
// unless the splitter decides so).
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "gen": true, "col": true, "lt": true,
	"sgt": true, "capt": true, "cmdr": true, "adm": true, "gov": true, "sen": true, "rep": true, "rev": true,
	"st": true, "jr": true, "sr": true, "no": false, "vs": true, "etc": true, "inc": true, "corp": true,
	"co": true, "ltd": true, "jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true,
	"aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "mt": true, "ft": true,
	"pres": true, "amb": true, "maj": true, "brig": true,
}

// titles are abbreviations that never end a sentence (a name follows).
var titles = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "gen": true, "col": true, "lt": true,
	"sgt": true, "capt": true, "cmdr": true, "adm": true, "gov": true, "sen": true, "rep": true, "rev": true,
	"st": true, "pres": true, "amb": true, "maj": true, "brig": true, "mt": true,
}

// appendWord appends the word s[i:j] (and a following possessive suffix or
// abbreviation stop) and returns the offset where scanning resumes.
func appendWord(toks []Token, s string, i, j int) ([]Token, int) {
	term := Fold(s[i:j])
	if j < len(s) && s[j] == '.' && abbreviations[term] {
		j++
		term += "."
	}
	toks = append(toks, Token{Start: i, End: j, Term: term, Kind: Word})
	// A possessive or contraction suffix becomes its own token: "'s".
	if j < len(s) {
		r, w := utf8.DecodeRuneInString(s[j:])
		if isApostrophe(r) && possessiveAt(s, j) {
			k := j + w
			for k < len(s) && isASCIILetter(s[k]) {
				k++
			}
			toks = append(toks, Token{Start: j, End: k, Term: "'" + strings.ToLower(s[j+w:k]), Kind: Word})
			j = k
		}
	}
	return toks, j
}

func foldPunct(r rune) string {
	switch r {
	case '‘', '’', 'ʼ', '`', '´':
		return "'"
	case '“', '”', '„', '«', '»':
		return "\""
	case '–', '—', '‐', '‑', '−':
		return "-"
	}
	return string(r)
}

// Fold returns the normalised form of a word: lower case with accents
// removed and typographic apostrophes made plain. ASCII input takes a fast
// path without allocation beyond the lower-casing.
func Fold(w string) string {
	ascii := true
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		for i := 0; i < len(w); i++ {
			if c := w[i]; c >= 'A' && c <= 'Z' {
				return strings.ToLower(w)
			}
		}
		return w
	}
	var b strings.Builder
	for _, r := range norm.NFD.String(w) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		switch r {
		case '’', 'ʼ', '‘':
			r = '\''
		case 'ß':
			b.WriteString("ss")
			continue
		case 'ø', 'Ø':
			r = 'o'
		case 'æ', 'Æ':
			b.WriteString("ae")
			continue
		case 'ł', 'Ł':
			r = 'l'
		case 'đ', 'Đ':
			r = 'd'
		case 'ı':
			r = 'i'
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// Terms returns the terms of the tokens.
func Terms(toks []Token) []string {
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.Term
	}
	return out
}
