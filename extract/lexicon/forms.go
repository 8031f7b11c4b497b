package lexicon

// Inflections returns the inflected forms of a word read as a verb (third
// person, past, participle, gerund) and as a noun (plural), for matching
// word lists that hold base forms.
func Inflections(w string) []string {
	forms := verbForms(w)[1:]
	if p := plural(w); p != w {
		forms = append(forms, p)
	}
	return forms
}
