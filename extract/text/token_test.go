package text

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

// tok is a compact token for the tables: the text as written, its offsets,
// its term and its kind.
type tok struct {
	Text       string
	Start, End int
	Term       string
	Kind       Kind
}

func compact(s string, toks []Token) []tok {
	out := make([]tok, len(toks))
	for i, t := range toks {
		out[i] = tok{s[t.Start:t.End], t.Start, t.End, t.Term, t.Kind}
	}
	return out
}

var tokenizeTests = []struct {
	name string
	in   string
	want []tok
}{
	{"empty", "", []tok{}},
	{"space only", " \t\n\u00a0", []tok{}},
	{"words", "Kerry met Lavrov", []tok{
		{"Kerry", 0, 5, "kerry", Word},
		{"met", 6, 9, "met", Word},
		{"Lavrov", 10, 16, "lavrov", Word},
	}},
	{"possessive", "Assad's fate", []tok{
		{"Assad", 0, 5, "assad", Word},
		{"'s", 5, 7, "'s", Word},
		{"fate", 8, 12, "fate", Word},
	}},
	{"typographic possessive", "Turkey’s minister", []tok{
		{"Turkey", 0, 6, "turkey", Word},
		{"’s", 6, 10, "'s", Word},
		{"minister", 11, 19, "minister", Word},
	}},
	{"contraction", "didn't", []tok{
		{"didn", 0, 4, "didn", Word},
		{"'t", 4, 6, "'t", Word},
	}},
	{"apostrophe inside a name", "O'Brien's O'Shea", []tok{
		{"O'Brien", 0, 7, "o'brien", Word},
		{"'s", 7, 9, "'s", Word},
		{"O'Shea", 10, 16, "o'shea", Word},
	}},
	{"hyphen", "Russian-backed rebels", []tok{
		{"Russian", 0, 7, "russian", Word},
		{"-", 7, 8, "-", Punct},
		{"backed", 8, 14, "backed", Word},
		{"rebels", 15, 21, "rebels", Word},
	}},
	{"dashes fold to hyphen", "A–B — C", []tok{
		{"A", 0, 1, "a", Word},
		{"–", 1, 4, "-", Punct},
		{"B", 4, 5, "b", Word},
		{"—", 6, 9, "-", Punct},
		{"C", 10, 11, "c", Word},
	}},
	{"dotted abbreviations", "the U.S. and U.N. e.g. here", []tok{
		{"the", 0, 3, "the", Word},
		{"U.S.", 4, 8, "u.s.", Word},
		{"and", 9, 12, "and", Word},
		{"U.N.", 13, 17, "u.n.", Word},
		{"e.g.", 18, 22, "e.g.", Word},
		{"here", 23, 27, "here", Word},
	}},
	{"title and month abbreviations", "Gen. Smith on Sept. 30", []tok{
		{"Gen.", 0, 4, "gen.", Word},
		{"Smith", 5, 10, "smith", Word},
		{"on", 11, 13, "on", Word},
		{"Sept.", 14, 19, "sept.", Word},
		{"30", 20, 22, "30", Number},
	}},
	{"not an abbreviation", "Syria. Then", []tok{
		{"Syria", 0, 5, "syria", Word},
		{".", 5, 6, ".", Punct},
		{"Then", 7, 11, "then", Word},
	}},
	{"numbers", "1,000 troops, 3.5 km, 2016.", []tok{
		{"1,000", 0, 5, "1,000", Number},
		{"troops", 6, 12, "troops", Word},
		{",", 12, 13, ",", Punct},
		{"3.5", 14, 17, "3.5", Number},
		{"km", 18, 20, "km", Word},
		{",", 20, 21, ",", Punct},
		{"2016", 22, 26, "2016", Number},
		{".", 26, 27, ".", Punct},
	}},
	{"word with digits", "G20 summit", []tok{
		{"G20", 0, 3, "g20", Word},
		{"summit", 4, 10, "summit", Word},
	}},
	{"accents folded", "Café Über Erdoğan Straße Søren", []tok{
		{"Café", 0, 5, "cafe", Word},
		{"Über", 6, 11, "uber", Word},
		{"Erdoğan", 12, 20, "erdogan", Word},
		{"Straße", 21, 28, "strasse", Word},
		{"Søren", 29, 35, "soren", Word},
	}},
	{"quotes fold", "“coordinate” «x»", []tok{
		{"“", 0, 3, "\"", Punct},
		{"coordinate", 3, 13, "coordinate", Word},
		{"”", 13, 16, "\"", Punct},
		{"«", 17, 19, "\"", Punct},
		{"x", 19, 20, "x", Word},
		{"»", 20, 22, "\"", Punct},
	}},
	{"non-ASCII digits", "٣ troops", []tok{
		{"٣", 0, 2, "٣", Number},
		{"troops", 3, 9, "troops", Word},
	}},
	{"lone combining mark", "\u0301a \u0301", []tok{
		{"\u0301", 0, 2, "\u0301", Punct},
		{"a", 2, 3, "a", Word},
		{"\u0301", 4, 6, "\u0301", Punct},
	}},
	{"invalid UTF-8", "a\xffb", []tok{
		{"a", 0, 1, "a", Word},
		{"\xff", 1, 2, "\ufffd", Punct},
		{"b", 2, 3, "b", Word},
	}},
}

func TestTokenize(t *testing.T) {
	for _, tt := range tokenizeTests {
		t.Run(tt.name, func(t *testing.T) {
			got := compact(tt.in, Tokenize(tt.in))
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Tokenize(%q)\n got %+v\nwant %+v", tt.in, got, tt.want)
			}
			checkTokens(t, tt.in, Tokenize(tt.in))
		})
	}
}

var foldTests = []struct{ in, want string }{
	{"", ""},
	{"kerry", "kerry"},
	{"KERRY", "kerry"},
	{"Al-Assad", "al-assad"},
	{"Erdoğan", "erdogan"},
	{"Łódź", "lodz"},
	{"Đorđe", "dorde"},
	{"Ærø", "aero"},
	{"Straße", "strasse"},
	{"O’Brien", "o'brien"},
	{"ЛАВРОВ", "лавров"},
}

func TestFold(t *testing.T) {
	for _, tt := range foldTests {
		if got := Fold(tt.in); got != tt.want {
			t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestTerms(t *testing.T) {
	got := Terms(Tokenize("Russia's air-strikes"))
	want := []string{"russia", "'s", "air", "-", "strikes"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Terms = %q, want %q", got, want)
	}
}

// checkTokens checks the invariants every tokenization must keep.
func checkTokens(t *testing.T, s string, toks []Token) {
	t.Helper()
	prev := 0
	for i, tk := range toks {
		if tk.Start < prev || tk.Start >= tk.End || tk.End > len(s) {
			t.Fatalf("%q: token %d has offsets [%d:%d] after %d (len %d)", s, i, tk.Start, tk.End, prev, len(s))
		}
		if tk.Term == "" {
			t.Fatalf("%q: token %d %q has an empty term", s, i, s[tk.Start:tk.End])
		}
		if strings.TrimSpace(s[tk.Start:tk.End]) == "" {
			t.Fatalf("%q: token %d is white space", s, i)
		}
		if utf8.ValidString(s) && !utf8.ValidString(s[tk.Start:tk.End]) {
			t.Fatalf("%q: token %d %q splits a rune", s, i, s[tk.Start:tk.End])
		}
		prev = tk.End
	}
}

func FuzzTokenize(f *testing.F) {
	for _, tt := range tokenizeTests {
		f.Add(tt.in)
	}
	for _, tt := range splitTests {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkTokens(t, s, Tokenize(s))
	})
}
