package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sentence is a span of the document: text[Start:End] is the sentence,
// trimmed of surrounding white space.
type Sentence struct {
	Index      int
	Start, End int
	Tokens     []Token // tokens of the sentence, offsets into the document
}

// Splitter splits a tokenized document into sentences.
type Splitter interface {
	Split(text string, toks []Token) []Sentence
}

// DefaultSplitter is the sentence splitter used by actorgraph.
var DefaultSplitter Splitter = newsSplitter{}

// Split tokenizes and splits text with the defaults.
func Split(text string) []Sentence {
	return DefaultSplitter.Split(text, Default.Tokenize(text))
}

// newsSplitter ends a sentence at a line break (news text puts headlines,
// captions and paragraphs on their own lines) and at . ! ? followed by a
// closing quote or bracket and then a token that can start a sentence.
// Stops inside dotted abbreviations and after titles (Mr., Gen.) do not
// end a sentence.
type newsSplitter struct{}

func (newsSplitter) Split(text string, toks []Token) []Sentence {
	var out []Sentence
	start := 0 // index of the first token of the current sentence
	emit := func(end int) {
		if end > start {
			out = append(out, Sentence{
				Index:  len(out),
				Start:  toks[start].Start,
				End:    toks[end-1].End,
				Tokens: toks[start:end:end],
			})
		}
		start = end
	}
	for i := 0; i < len(toks); i++ {
		// A line break between this token and the next ends the sentence.
		if i+1 < len(toks) && hasNewline(text[toks[i].End:toks[i+1].Start]) {
			emit(i + 1)
			continue
		}
		t := toks[i]
		end := false
		switch {
		case t.Kind == Punct && (t.Term == "." || t.Term == "!" || t.Term == "?"):
			end = true
		case t.Kind == Word && len(t.Term) > 1 && t.Term[len(t.Term)-1] == '.':
			// An abbreviation's stop ends the sentence only if it is not a
			// title and the next token starts a new sentence after a space.
			w := t.Term[:len(t.Term)-1]
			end = !titles[w] && !isDotted(w)
		}
		if !end {
			continue
		}
		j := i + 1
		for j < len(toks) && toks[j].Kind == Punct && isCloser(toks[j].Term) && toks[j].Start == toks[j-1].End {
			j++
		}
		if j >= len(toks) {
			emit(len(toks))
			break
		}
		if toks[j].Start == toks[j-1].End { // no space: "3.5", "a.m.", ".com"
			continue
		}
		if startsSentence(text, toks[j]) && !(t.Term != "." && unicode.IsDigit(firstRune(text, toks[j]))) {
			emit(j)
			i = j - 1
		}
	}
	emit(len(toks))
	return out
}

func firstRune(text string, t Token) rune {
	r, _ := utf8.DecodeRuneInString(text[t.Start:])
	return r
}

func hasNewline(gap string) bool {
	for i := 0; i < len(gap); i++ {
		if gap[i] == '\n' || gap[i] == '\r' {
			return true
		}
	}
	return false
}

func isDotted(w string) bool {
	for i := 1; i < len(w); i += 2 {
		if w[i] != '.' {
			return false
		}
	}
	return len(w) >= 3
}

func isCloser(term string) bool {
	return term == "\"" || term == "'" || term == ")" || term == "]"
}

// startsSentence reports whether t can open a sentence: an upper-case
// letter, a digit, or an opening quote or bracket.
func startsSentence(text string, t Token) bool {
	r, _ := utf8.DecodeRuneInString(text[t.Start:])
	// Arabic names keep a lower-case article: "al-Muhandis was ...".
	lowerName := (t.Term == "al" || t.Term == "el" || t.Term == "ad" || t.Term == "as") && strings.HasPrefix(text[t.End:], "-")
	return unicode.IsUpper(r) || unicode.IsDigit(r) || lowerName || t.Term == "\"" || t.Term == "'" || t.Term == "(" || t.Term == "["
}

// EachSentence calls fn with the sentences of text in order, a line at a
// time, so that a large document is never tokenized whole: a sentence
// never spans a line break (see the default splitter). Offsets are into
// text and indices count from 0 over the whole text. It stops when fn
// returns false.
func EachSentence(text string, fn func(Sentence) bool) {
	index := 0
	for off := 0; off < len(text); {
		end := strings.IndexByte(text[off:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += off
		}
		line := text[off:end]
		if strings.TrimSpace(line) != "" {
			toks := Default.Tokenize(line)
			for i := range toks {
				toks[i].Start += off
				toks[i].End += off
			}
			for _, s := range DefaultSplitter.Split(text, toks) {
				s.Index = index
				index++
				if !fn(s) {
					return
				}
			}
		}
		off = end + 1
	}
}
