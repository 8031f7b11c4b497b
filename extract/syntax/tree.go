package syntax

import (
	"fmt"
	"strings"
)

// Tree is a tagged and parsed sentence.
type Tree struct {
	Words []string
	UPOS  []string // UD universal tags: NOUN, PROPN, VERB, AUX, ADP, ...
	XPOS  []string // Penn Treebank tags: VBD, VBN, NNP, ...
	Head  []int    // 0-based index of each word's head; -1 for the root
	Rel   []string // UD deprel with subtype ("nsubj:pass"); "root" for the root
}

// Children returns the dependents of word i in word order.
func (t *Tree) Children(i int) []int {
	var c []int
	for j, h := range t.Head {
		if h == i {
			c = append(c, j)
		}
	}
	return c
}

// Root returns the index of the root word, or -1 for an empty tree.
func (t *Tree) Root() int {
	for i, h := range t.Head {
		if h < 0 {
			return i
		}
	}
	return -1
}

// String returns the tree in CoNLL-U (ID, FORM, _, UPOS, XPOS, _, HEAD,
// DEPREL, _, _), for debugging and golden files.
func (t *Tree) String() string {
	var b strings.Builder
	for i, w := range t.Words {
		if w == "" {
			w = "_"
		}
		w = strings.NewReplacer("\t", " ", "\n", " ").Replace(w)
		fmt.Fprintf(&b, "%d\t%s\t_\t%s\t%s\t_\t%d\t%s\t_\t_\n", i+1, w, t.UPOS[i], t.XPOS[i], t.Head[i]+1, t.Rel[i])
	}
	return b.String()
}

// Valid returns an error unless t is a tree: lengths agree, every head is
// in range, exactly one root, labelled "root", and no cycles.
func (t *Tree) Valid() error {
	n := len(t.Words)
	if len(t.UPOS) != n || len(t.XPOS) != n || len(t.Head) != n || len(t.Rel) != n {
		return fmt.Errorf("lengths differ: %d words, %d UPOS, %d XPOS, %d heads, %d labels",
			n, len(t.UPOS), len(t.XPOS), len(t.Head), len(t.Rel))
	}
	if n == 0 {
		return nil
	}
	roots := 0
	for i, h := range t.Head {
		switch {
		case h < -1 || h >= n || h == i:
			return fmt.Errorf("word %d: head %d", i, h)
		case h == -1:
			roots++
			if t.Rel[i] != "root" {
				return fmt.Errorf("root word %d labelled %q", i, t.Rel[i])
			}
		case t.Rel[i] == "root" || t.Rel[i] == "":
			return fmt.Errorf("word %d: label %q", i, t.Rel[i])
		}
	}
	if roots != 1 {
		return fmt.Errorf("%d roots", roots)
	}
	for i := range t.Head {
		h := t.Head[i]
		for k := 0; h >= 0; k++ {
			if k > n {
				return fmt.Errorf("cycle through word %d", i)
			}
			h = t.Head[h]
		}
	}
	return nil
}
