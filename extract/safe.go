package extract

import (
	"context"
	"fmt"
	"runtime"
	"strings"

	"github.com/actorgraph/actorgraph/extract/document"
)

// Extract returns the relation mentions of one document in text order.
//
// A document that trips the extractor itself (a bug: a panic in the
// rules) gives an *InternalError and no events, instead of ending the
// program: the caller reports it and goes on with the other documents.
func (x *Extractor) Extract(ctx context.Context, d document.Document) (ev []Event, err error) {
	defer func() {
		if r := recover(); r != nil {
			ev, err = nil, newInternalError(d, r)
		}
	}()
	return x.extract(ctx, d)
}

// InternalError is a failure of the extractor on one document: a bug to
// report with the document.
type InternalError struct {
	Doc   string // the document's id
	Value any    // what the extractor panicked with
	Where string // the innermost function of this module on the stack, and its line
}

func (e *InternalError) Error() string {
	s := fmt.Sprintf("internal error: %v", e.Value)
	if e.Where != "" {
		s += " in " + e.Where
	}
	return s + "; document skipped (a bug: please report it with the document)"
}

// newInternalError records where r was raised: the first frame of this
// module below the panic, called from the deferred function.
func newInternalError(d document.Document, r any) *InternalError {
	e := &InternalError{Doc: d.ID, Value: r}
	pcs := make([]uintptr, 32)
	frames := runtime.CallersFrames(pcs[:runtime.Callers(3, pcs)])
	for {
		f, more := frames.Next()
		if i := strings.Index(f.Function, "actorgraph/actorgraph/"); i >= 0 {
			file := f.File
			if j := strings.LastIndex(file, "/extract/"); j >= 0 {
				file = file[j+1:]
			}
			e.Where = fmt.Sprintf("%s (%s:%d)", f.Function[i+len("actorgraph/actorgraph/"):], file, f.Line)
			break
		}
		if !more {
			break
		}
	}
	return e
}
