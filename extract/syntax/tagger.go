package syntax

// The tagger is greedy, left to right, one averaged-perceptron decision
// per word over joint XPOS+UPOS classes ("VBN VERB", "NNP PROPN"), with
// the features of Collins (2002) and Ratnaparkhi (1996) as Honnibal's
// textblob-aptagger selects them, plus shapes and ambiguity classes (the
// tags a word had in training) of the word and its right neighbours.

// Tagger feature templates.
const (
	tBias uint64 = iota + 1
	tLower
	tForm
	tSuf1
	tSuf2
	tSuf3
	tSuf4
	tPre1
	tPre2
	tPre3
	tShape
	tShapeFirst
	tP1
	tP2
	tP1P2
	tP1Lower
	tLowerM1
	tSuf3M1
	tLowerM2
	tLowerP1
	tSuf3P1
	tLowerP2
	tShapeP1
	tShapeM1
	tAmb
	tAmbP1
	tAmbP2
	tLowerLowerP1
	tLowerM1Lower
	tP1Suf3
	tAmbAmbP1
	tP1AmbP1
	tLex
	tLexCap
	tMorph
	tLexP1
	tLexUnknown
	tP1Lex
	tCapUnknown
)

// tagFeatures writes the keys of word i's features; prev holds the
// classes chosen for the words before i (+1, 0 for none).
func tagFeatures(ws []word, i int, prev []int32, out []uint64) []uint64 {
	at := func(j int) *word {
		if j < 0 || j >= len(ws) {
			return &boundary
		}
		return &ws[j]
	}
	w, m1, m2, p1w, p2w := &ws[i], at(i-1), at(i-2), at(i+1), at(i+2)
	var p1, p2 uint64 = 0x10000, 0x10000
	if i > 0 {
		p1 = uint64(prev[i-1])
	}
	if i > 1 {
		p2 = uint64(prev[i-2])
	}
	first := uint64(0)
	if i == 0 {
		first = 1
	}
	out = append(out,
		key1(tBias, 0),
		key1(tLower, w.lower),
		key1(tForm, w.form),
		key1(tSuf1, w.suf[0]),
		key1(tSuf2, w.suf[1]),
		key1(tSuf3, w.suf[2]),
		key1(tSuf4, w.suf[3]),
		key1(tPre1, w.pre[0]),
		key1(tPre2, w.pre[1]),
		key1(tPre3, w.pre[2]),
		key1(tShape, w.shape),
		key2(tShapeFirst, w.shape, first),
		key1(tP1, p1),
		key1(tP2, p2),
		key2(tP1P2, p1, p2),
		key2(tP1Lower, p1, w.lower),
		key1(tLowerM1, m1.lower),
		key1(tSuf3M1, m1.suf[2]),
		key1(tLowerM2, m2.lower),
		key1(tLowerP1, p1w.lower),
		key1(tSuf3P1, p1w.suf[2]),
		key1(tLowerP2, p2w.lower),
		key1(tShapeP1, p1w.shape),
		key1(tShapeM1, m1.shape),
		key1(tAmb, w.amb),
		key1(tAmbP1, p1w.amb),
		key1(tAmbP2, p2w.amb),
		key2(tLowerLowerP1, w.lower, p1w.lower),
		key2(tLowerM1Lower, m1.lower, w.lower),
		key2(tP1Suf3, p1, w.suf[2]),
		key2(tAmbAmbP1, w.amb, p1w.amb),
		key2(tP1AmbP1, p1, p1w.amb),
		key1(tLex, w.lex),
		key3(tLexCap, w.lex, b2u(w.cap), first),
		key1(tMorph, w.morph),
		key1(tLexP1, p1w.lex),
		key3(tLexUnknown, w.lex, w.morph, b2u(w.amb == 0)),
		key2(tP1Lex, p1, w.lex),
		key3(tCapUnknown, b2u(w.cap), first, b2u(w.amb == 0)<<1|b2u(w.lex == 0)),
	)
	return out
}

func b2u(b bool) uint64 {
	if b {
		return 1
	}
	return 0
}

// boundary is the word before the first and after the last.
var boundary = word{form: none, lower: none, shape: none, pre: [3]uint64{none, none, none},
	suf: [4]uint64{none, none, none, none}, amb: none, lex: none, morph: none}
