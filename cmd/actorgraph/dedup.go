package main

import (
	"flag"

	"github.com/actorgraph/actorgraph/dedup"
	"github.com/actorgraph/actorgraph/event"
	"github.com/actorgraph/actorgraph/extract/document"
)

// dedupFlags set near-duplicate detection at extraction.
type dedupFlags struct {
	on        bool
	threshold float64
}

func addDedupFlags(fs *flag.FlagSet, f *dedupFlags) {
	fs.BoolVar(&f.on, "dedup", true, "count near-duplicate documents (syndicated, republished) once: their events get copy_of")
	fs.Float64Var(&f.threshold, "dedup-threshold", dedup.DefaultThreshold, "estimated Jaccard similarity of 5-word shingles from which two documents are copies")
}

// copyFinder marks the documents that copy an earlier one. A nil
// copyFinder marks nothing.
type copyFinder struct {
	opt dedup.Options
	ix  *dedup.Index
}

func (f *dedupFlags) finder() *copyFinder {
	if !f.on {
		return nil
	}
	opt := dedup.Options{Threshold: f.threshold}
	return &copyFinder{opt: opt, ix: dedup.NewIndex(opt)}
}

// sign computes a document's signature; safe for concurrent use, so the
// workers do it.
func (c *copyFinder) sign(d document.Document) dedup.Signature {
	if c == nil {
		return nil
	}
	return c.opt.Sign(d.Text)
}

// mark adds a document in input order and sets CopyOf on its events when
// it copies an earlier one.
func (c *copyFinder) mark(doc string, sig dedup.Signature, ev []event.Event) {
	if c == nil {
		return
	}
	if orig := c.ix.Add(doc, sig); orig != "" {
		for i := range ev {
			ev[i].CopyOf = orig
		}
	}
}
