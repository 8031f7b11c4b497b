package syntax

// ParseConstrained tags and parses words like Parse, except that a word
// with an allowed set of UPOS tags (allow[i] non-empty) takes the best class
// whose UPOS is in the set: a caller that knows more than the tagger (a word
// of its verb lexicon right after "which", a past tense before an object)
// can say so. A set that no class satisfies is ignored. allow may be nil or
// shorter than words.
func (m *Model) ParseConstrained(words []string, allow [][]string) *Tree {
	n := len(words)
	t := &Tree{Words: words, UPOS: make([]string, n), XPOS: make([]string, n), Head: make([]int, n), Rel: make([]string, n)}
	if n == 0 {
		return t
	}
	w := m.work()
	defer m.pool.Put(w)
	m.prepare(w, words)
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
			if len(ok) > 0 && !contains(ok, m.upos[c]) {
				continue
			}
			if best < 0 || sc[c] > sc[best] {
				best = c
			}
		}
		if best < 0 { // no class has an allowed tag
			best = 0
			for c := 1; c < nc; c++ {
				if sc[c] > sc[best] {
					best = c
				}
			}
		}
		w.tags[i] = int32(best)
	}
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
