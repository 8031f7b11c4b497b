package conllu

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const sample = `# sent_id = s1
# text = They don't.
1	They	they	PRON	PRP	_	3	nsubj	3:nsubj	_
2-3	don't	_	_	_	_	_	_	_	_
2	do	do	AUX	VBP	_	3	aux	3:aux	_
3	n't	not	PART	RB	_	0	root	0:root	SpaceAfter=No
3.1	go	go	VERB	VB	_	_	_	3:conj	_
4	.	.	PUNCT	.	_	3	punct	3:punct	_

# sent_id = s2
1	Monday	Monday	PROPN	NNP	_	2	obl:tmod	_	_
2	Go	go	VERB	VB	_	0	root	_	_
`

func TestRead(t *testing.T) {
	ss, err := Read(strings.NewReader(sample), "sample", true)
	if err != nil {
		t.Fatal(err)
	}
	if len(ss) != 2 {
		t.Fatalf("%d sentences, want 2", len(ss))
	}
	s := ss[0]
	if s.ID != "s1" || s.Text != "They don't." || s.Line != 1 {
		t.Errorf("sentence 1: id %q text %q line %d", s.ID, s.Text, s.Line)
	}
	if got := strings.Join(s.Words(), " "); got != "They do n't ." {
		t.Errorf("words %q", got)
	}
	if tok := s.Tokens[2]; tok.Head != 0 || tok.Deprel != "root" || tok.Misc != "SpaceAfter=No" {
		t.Errorf("token 3: %+v", tok)
	}
	if got := ss[1].Tokens[0].Deprel; got != "obl:unmarked" {
		t.Errorf("normalised obl:tmod = %q, want obl:unmarked", got)
	}
	raw, _ := Read(strings.NewReader(sample), "sample", false)
	if got := raw[1].Tokens[0].Deprel; got != "obl:tmod" {
		t.Errorf("raw deprel %q", got)
	}
}

func TestErrors(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"1\ta\ta\tX\tX\t_\t0\troot\t_\t_\n", ""},
		{"1\ta\ta\tX\tX\t_\t0\troot\t_\n", "f:1: conllu: malformed input: 9 fields"},
		{"1\ta\ta\tX\tX\t_\t0\troot\t_\t_\n2\tb\tb\tX\tX\t_\t5\tdep\t_\t_\n", "f:2: conllu: malformed input: HEAD 5 out of range"},
		{"1\ta\ta\tX\tX\t_\t0\troot\t_\t_\n3\tb\tb\tX\tX\t_\t1\tdep\t_\t_\n", `f:2: conllu: malformed input: ID "3", want 2`},
		{"1\ta\ta\tX\tX\t_\t0\troot\t_\t_\n2\tb\tb\tX\tX\t_\t0\troot\t_\t_\n", "f:1: conllu: malformed input: 2 roots"},
		{"1\ta\ta\tX\tX\t_\t2\tdep\t_\t_\n2\tb\tb\tX\tX\t_\t1\tdep\t_\t_\n", "f:1: conllu: malformed input: 0 roots"},
		{"1\ta\ta\tX\tX\t_\t0\troot\t_\t_\n2\tb\tb\tX\tX\t_\t3\tdep\t_\t_\n3\tc\tc\tX\tX\t_\t2\tdep\t_\t_\n", "f:2: conllu: malformed input: cycle"},
		{"1\ta\ta\tX\tX\t_\tx\troot\t_\t_\n", `f:1: conllu: malformed input: bad HEAD "x"`},
		{"1-x\ta\t_\t_\t_\t_\t_\t_\t_\t_\n", `f:1: conllu: malformed input: bad ID "1-x"`},
		{"# c\n\n# only a comment\n", "f:1: conllu: malformed input: sentence without words"},
		{"1\ta\ta\tX\tX\t_\t0\troot\t_\t_\n# late\n", "f:2: conllu: malformed input: comment inside"},
		{"1\t\ta\tX\tX\t_\t0\troot\t_\t_\n", "f:1: conllu: malformed input: empty field 2"},
	} {
		_, err := Read(strings.NewReader(c.in), "f", false)
		switch {
		case c.want == "" && err != nil:
			t.Errorf("%q: %v", c.in, err)
		case c.want != "" && (err == nil || !strings.HasPrefix(err.Error(), c.want) || !errors.Is(err, ErrFormat)):
			t.Errorf("%q: error %v, want %q...", c.in, err, c.want)
		}
	}
}

// TestTreebanks reads the treebanks the model is trained on, and checks
// that writing a sentence and reading it back gives it unchanged.
func TestTreebanks(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("..", "treebank", "*.conllu"))
	if len(files) == 0 {
		t.Fatal("no treebanks in ../treebank")
	}
	for _, f := range files {
		ss, err := ReadFile(f, true)
		if err != nil {
			t.Fatal(err)
		}
		if len(ss) < 1000 {
			t.Errorf("%s: %d sentences", f, len(ss))
		}
		var buf bytes.Buffer
		for _, s := range ss[:50] {
			if err := Write(&buf, s); err != nil {
				t.Fatal(err)
			}
		}
		back, err := Read(&buf, "written", false)
		if err != nil {
			t.Fatal(err)
		}
		for i, s := range back {
			s.Line = ss[i].Line
			var a, b bytes.Buffer
			Write(&a, s)
			Write(&b, ss[i])
			if a.String() != b.String() {
				t.Fatalf("%s: sentence %d changed by a round trip", f, i)
			}
		}
	}
}

func FuzzRead(f *testing.F) {
	f.Add(sample)
	if b, err := os.ReadFile(filepath.Join("..", "treebank", "en_pud-ud-test.conllu")); err == nil {
		f.Add(string(b[:4000]))
	}
	f.Fuzz(func(t *testing.T, in string) {
		r := NewReader(strings.NewReader(in), "fuzz")
		for {
			s, err := r.Next()
			if err == io.EOF {
				return
			}
			if err != nil {
				if !strings.HasPrefix(err.Error(), "fuzz:") {
					t.Fatalf("error without file:line: %v", err)
				}
				return
			}
			// A sentence read is a tree.
			n := len(s.Tokens)
			if n == 0 {
				t.Fatal("empty sentence")
			}
			for i, tok := range s.Tokens {
				if tok.ID != i+1 || tok.Head < 0 || tok.Head > n {
					t.Fatalf("bad token %+v", tok)
				}
			}
		}
	})
}

func TestMarkAgents(t *testing.T) {
	const in = `1	Homs	Homs	PROPN	NNP	_	3	nsubj:pass	_	_
2	was	be	AUX	VBD	_	3	aux:pass	_	_
3	shelled	shell	VERB	VBN	_	0	root	_	_
4	by	by	ADP	IN	_	5	case	_	_
5	Russia	Russia	PROPN	NNP	_	3	obl	_	_
6	by	by	ADP	IN	_	7	case	_	_
7	March	March	PROPN	NNP	_	3	obl	_	_
8	in	in	ADP	IN	_	9	case	_	_
9	May	May	PROPN	NNP	_	3	obl	_	_

1	Prices	price	NOUN	NNS	_	3	nsubj	_	_
2	have	have	AUX	VBP	_	3	aux	_	_
3	fallen	fall	VERB	VBN	_	0	root	_	_
4	by	by	ADP	IN	_	5	case	_	_
5	half	half	NOUN	NN	_	3	obl	_	_
`
	ss, err := Read(strings.NewReader(in), "in", false)
	if err != nil {
		t.Fatal(err)
	}
	if n := MarkAgents(ss[0]); n != 1 || ss[0].Tokens[4].Deprel != "obl:agent" || ss[0].Tokens[6].Deprel != "obl" {
		t.Errorf("passive: %d changed, %+v", n, ss[0].Tokens)
	}
	if n := MarkAgents(ss[1]); n != 0 {
		t.Errorf("active perfect: %d changed", n)
	}
}
