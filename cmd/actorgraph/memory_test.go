package main

import (
	"context"
	"sync"
	"sync/atomic"
	"testing"
	"time"
	"unsafe"

	"github.com/actorgraph/actorgraph/event"
)

// Kept events hold no piece of their document: one substring kept its
// whole document alive, and run grew with the corpus (400 MB at 200 MB).
func TestKeepEventsCopies(t *testing.T) {
	// Events whose strings point into their document, as an extractor
	// (ours, or a user's) may give: keepEvents must copy every one.
	text := "Russia attacked Ukraine on Monday. John Kerry met Sergei Lavrov in Geneva."
	span := func(a, b int) *event.Span { return &event.Span{Text: text[a:b], Start: a, End: b} }
	ev := []event.Event{{
		Doc: text[0:6], Date: text[7:15], Text: text[0:34], Trigger: *span(7, 15),
		Source: event.Actor{ID: "RUS", Mention: span(0, 6)}, Target: event.Actor{ID: "UKR", Mention: span(16, 23)},
	}}
	lo := uintptr(unsafe.Pointer(unsafe.StringData(text)))
	hi := lo + uintptr(len(text))
	inDoc := func(s string) bool {
		p := uintptr(unsafe.Pointer(unsafe.StringData(s)))
		return s != "" && p >= lo && p < hi
	}
	for _, e := range keepEvents(ev) {
		strs := []string{e.Text, e.Trigger.Text, e.Doc, e.Date}
		if e.Source.Mention != nil {
			strs = append(strs, e.Source.Mention.Text)
		}
		if e.Target.Mention != nil {
			strs = append(strs, e.Target.Mention.Text)
		}
		for _, s := range strs {
			if inDoc(s) {
				t.Errorf("kept event holds %q from the document", s)
			}
		}
	}
}

// The budget lets small documents run side by side and a large one alone.
func TestBudget(t *testing.T) {
	b := newBudget(100)
	var running, most atomic.Int64
	var wg sync.WaitGroup
	for _, n := range []int{90, 80, 500, 10, 10} {
		if !b.acquire(context.Background(), n) {
			t.Fatal("acquire failed")
		}
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			r := running.Add(int64(min(n, 100)))
			for m := most.Load(); r > m && !most.CompareAndSwap(m, r); m = most.Load() {
			}
			time.Sleep(5 * time.Millisecond)
			running.Add(-int64(min(n, 100)))
			b.release(n)
		}(n)
	}
	wg.Wait()
	if most.Load() > 100 {
		t.Errorf("%d bytes in flight, budget 100", most.Load())
	}
	ctx, cancel := context.WithCancel(context.Background())
	b.acquire(ctx, 100)
	go func() { time.Sleep(10 * time.Millisecond); cancel() }()
	if b.acquire(ctx, 1) {
		t.Error("acquire over the budget returned after cancel")
	}
}
