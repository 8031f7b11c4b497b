package extract

import "github.com/actorgraph/actorgraph/event"

// The extractor's output types live in package event, which the graph layer
// shares without importing the extractor; these aliases keep extract's
// API readable.
type (
	Event = event.Event
	Actor = event.Actor
	Span  = event.Span
)

// Modality values; see package event.
const (
	Asserted    = event.Asserted
	Negated     = event.Negated
	Hedged      = event.Hedged
	Conditional = event.Conditional
	Planned     = event.Planned
	Past        = event.Past
)
