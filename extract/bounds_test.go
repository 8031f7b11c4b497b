package extract_test

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"testing"
	"unsafe"

	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/extract/document"
)

// stateNames returns the names of n states of the built-in dictionary.
func stateNames(t *testing.T, n int) []string {
	var names []string
	for _, a := range extractor(t).Dictionary().Actors() {
		if strings.EqualFold(a.Kind, "state") && !strings.ContainsAny(a.Name, ",()") {
			names = append(names, a.Name)
		}
	}
	sort.Strings(names)
	if len(names) < n {
		t.Fatalf("only %d states in the dictionary", len(names))
	}
	return names[:n]
}

// One sentence naming many states is one multilateral event, not a pair
// for every two of them: 197 states gave 19,306 events of 11 KB each
// (213 MB), and 10,000 names in 105 KB of text made run take 13.2 GB.
func TestManyStatesOneSentence(t *testing.T) {
	names := stateNames(t, 190)
	text := "Representatives of " + strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1] + " met in New York on Monday."
	ev, err := extractor(t).Extract(context.Background(), document.Document{ID: "d", Text: text})
	if err != nil {
		t.Fatal(err)
	}
	if len(ev) > 2*len(names) {
		t.Errorf("%d events from one sentence naming %d states; want at most %d", len(ev), len(names), 2*len(names))
	}
}

// Extracting a large document holds it one stretch at a time (sentences
// streamed, not split all first) and its events do not keep the document
// alive: one 53 MB JSON Lines record cost 2 GB, 40 times its size, and
// SIGINT took 17 s to act.
func TestLargeDocumentBounded(t *testing.T) {
	var b strings.Builder
	for i := 0; b.Len() < 8<<20; i++ {
		// News density: one relation in a paragraph of ten sentences (the
		// events themselves are output, not what this test bounds).
		for k := 0; k < 9; k++ {
			fmt.Fprintf(&b, "The delegation discussed economic development at length in session %d. ", i*10+k)
		}
		b.WriteString("Russia condemned the United States.\n\n")
	}
	text := b.String()
	var ev []extract.Event
	var err error
	x := extractor(t)
	grew := heapPeak(func() { ev, err = x.Extract(context.Background(), document.Document{ID: "big", Text: text}) })
	if err != nil || len(ev) == 0 {
		t.Fatalf("%d events, %v", len(ev), err)
	}
	if grew > 10*uint64(len(text)) {
		t.Errorf("extracting %d MB took %d MB of heap (want at most 10 times its size)", len(text)>>20, grew>>20)
	}
	lo := uintptr(unsafe.Pointer(unsafe.StringData(text)))
	for _, e := range ev[:10] {
		if p := uintptr(unsafe.Pointer(unsafe.StringData(e.Text))); p >= lo && p < lo+uintptr(len(text)) {
			t.Fatal("an event's text is a substring of the document: it keeps the whole document alive")
		}
	}
}
