package main

import (
	"fmt"
	"io"
	"os"
	"time"
)

// progress prints one line on a terminal while documents are extracted:
// documents, megabytes and their rate, events. It stays silent when the
// stream is not a terminal (a log file, a pipe, a test), so that nothing
// but messages ends up there. A nil progress does nothing.
type progress struct {
	w            io.Writer
	start, shown time.Time
	now          func() time.Time
	every        time.Duration
	docs, events int
	bytes        int64
	printed      bool
}

// newProgress returns a progress line on w, or nil when w is no terminal.
func newProgress(w io.Writer) *progress {
	f, ok := w.(*os.File)
	if !ok {
		return nil
	}
	st, err := f.Stat()
	if err != nil || st.Mode()&os.ModeCharDevice == 0 {
		return nil
	}
	return startProgress(w, time.Now)
}

func startProgress(w io.Writer, now func() time.Time) *progress {
	t := now()
	return &progress{w: w, start: t, shown: t, now: now, every: 250 * time.Millisecond}
}

// add counts one document; the line is redrawn at most every p.every.
func (p *progress) add(bytes, events int) {
	if p == nil {
		return
	}
	p.docs++
	p.bytes += int64(bytes)
	p.events += events
	if t := p.now(); t.Sub(p.shown) >= p.every {
		p.shown = t
		p.draw(t)
	}
}

func (p *progress) draw(t time.Time) {
	mb := float64(p.bytes) / 1e6
	rate := 0.0
	if s := t.Sub(p.start).Seconds(); s > 0 {
		rate = mb / s
	}
	// \r returns to the line's start; \033[K clears what a longer line left.
	fmt.Fprintf(p.w, "\ractorgraph: %d documents, %.1f MB, %.1f MB/s, %d events\033[K", p.docs, mb, rate, p.events)
	p.printed = true
}

// done clears the line, so that what follows starts on a clean one.
func (p *progress) done() {
	if p == nil || !p.printed {
		return
	}
	fmt.Fprint(p.w, "\r\033[K")
}
