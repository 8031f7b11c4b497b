package graph

import (
	"errors"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/actorgraph/actorgraph/event"
)

// Tally is what the mentions of one date add to an edge.
type Tally struct {
	Date        string  `json:"date"` // YYYY-MM-DD; "" for undated mentions
	Count       int     `json:"count"`
	Documents   int     `json:"documents"`
	Weight      float64 `json:"weight"`
	Cooperation float64 `json:"cooperation"`
	Conflict    float64 `json:"conflict"`
}

// DateCount is the number of documents of one date that contributed an
// edge.
type DateCount struct {
	Date      string `json:"date"`
	Documents int    `json:"documents"`
}

// ErrUndated is wrapped by errors about cutting a graph by date that does
// not say when its relations were stated.
var ErrUndated = errors.New("graph: relations without dates")

// BuildDated is Build, with every edge's figures split by date
// (Edge.Dates) and the documents of every date counted (Graph.Dates), so
// that windows over time can be cut from the graph later (Between,
// Series): Build with Options.Dated. The split is that of the mentions
// Build counts, by their documents' dates, so the dates add up to the
// whole (a sentence that near-duplicate copies of different dates repeat
// counts once, under the date of the copy that counts). When no event is
// dated, the graph has no dates.
func BuildDated(events []event.Event, opt Options) *Graph {
	opt.Dated = true
	return Build(events, opt)
}

// tallies returns the edge's figures by date: Dates, or else its evidence
// when it holds every mention (one evidence per mention); ok is false when
// neither says when the edge's mentions were stated.
func (e *Edge) tallies() ([]Tally, bool) {
	if len(e.Dates) > 0 {
		return e.Dates, true
	}
	if len(e.Evidence) != e.Count {
		return nil, false
	}
	by := map[string]*Tally{}
	docs := map[string]map[string]bool{}
	for _, ev := range e.Evidence {
		t := by[ev.Date]
		if t == nil {
			t = &Tally{Date: ev.Date}
			by[ev.Date] = t
			docs[ev.Date] = map[string]bool{}
		}
		t.Count++
		t.Weight += ev.Score
		if ev.Score >= 0 {
			t.Cooperation += ev.Score
		} else {
			t.Conflict -= ev.Score
		}
		docs[ev.Date][ev.Doc] = true
	}
	out := make([]Tally, 0, len(by))
	for d, t := range by {
		t.Documents = len(docs[d])
		out = append(out, *t)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Date < out[j].Date })
	return out, true
}

// Dated reports whether the graph says when its relations were stated:
// every edge has dates (or all its evidence), and one of them is not "".
func (g *Graph) Dated() bool {
	dated := false
	for i := range g.Edges {
		ts, ok := g.Edges[i].tallies()
		if !ok {
			return false
		}
		for _, t := range ts {
			dated = dated || t.Date != ""
		}
	}
	return dated
}

// Between returns the part of g stated from one date to another,
// inclusive (YYYY-MM-DD; "" leaves that end open; undated mentions count
// only when both are ""): the edges with their figures summed over those
// dates, their evidence of those dates, the actors they join with their
// mentions, the documents of those dates. An edge keeps its modes. A
// graph that does not say when its relations were stated (see Dated) is
// an error wrapping ErrUndated.
func (g *Graph) Between(from, to string) (*Graph, error) {
	for _, d := range []string{from, to} {
		if d != "" && !validDate(d) {
			return nil, fmt.Errorf("graph: date %q: want YYYY-MM-DD", d)
		}
	}
	all := from == "" && to == ""
	in := func(d string) bool {
		if all {
			return true
		}
		return d != "" && (from == "" || d >= from) && (to == "" || d <= to)
	}
	out := &Graph{Title: g.Title, Level: g.Level}
	mentions := map[string]int{}
	docs := map[string]bool{}
	for i := range g.Edges {
		e := &g.Edges[i]
		ts, ok := e.tallies()
		if !ok {
			if all {
				ts = []Tally{{Count: e.Count, Documents: e.Documents, Weight: e.Weight, Cooperation: e.Cooperation, Conflict: e.Conflict}}
			} else {
				return nil, fmt.Errorf("%w: edge %s→%s %s has %d mentions, no dates and %d evidence sentences (build the graph with this version, or with -max-evidence 0)",
					ErrUndated, e.Source, e.Target, e.Type, e.Count, len(e.Evidence))
			}
		}
		c := *e
		c.Count, c.Documents, c.Weight, c.Cooperation, c.Conflict, c.Dates, c.Evidence = 0, 0, 0, 0, 0, nil, nil
		for _, t := range ts {
			if !in(t.Date) {
				continue
			}
			c.Count += t.Count
			c.Documents += t.Documents
			c.Weight += t.Weight
			c.Cooperation += t.Cooperation
			c.Conflict += t.Conflict
			if len(e.Dates) > 0 {
				c.Dates = append(c.Dates, t)
			}
			if t.Date != "" {
				if out.DateFrom == "" || t.Date < out.DateFrom {
					out.DateFrom = t.Date
				}
				out.DateTo = max(out.DateTo, t.Date)
			}
		}
		if c.Count == 0 {
			continue
		}
		for _, ev := range e.Evidence {
			if in(ev.Date) {
				c.Evidence = append(c.Evidence, ev)
				docs[ev.Doc] = true
			}
		}
		if c.Evidence == nil {
			c.Evidence = []Evidence{}
		}
		mentions[c.Source] += c.Count
		mentions[c.Target] += c.Count
		out.Edges = append(out.Edges, c)
	}
	for _, n := range g.Nodes {
		if m := mentions[n.ID]; m > 0 {
			n.Mentions = m
			out.Nodes = append(out.Nodes, n)
		}
	}
	if len(g.Dates) > 0 {
		for _, d := range g.Dates {
			if in(d.Date) {
				out.Dates = append(out.Dates, d)
				out.Documents += d.Documents
			}
		}
	} else {
		out.Documents = len(docs)
	}
	if out.Nodes == nil {
		out.Nodes = []Node{}
	}
	if out.Edges == nil {
		out.Edges = []Edge{}
	}
	return out, nil
}

// Unit is the unit of a Window.
type Unit byte

// Window units: days, weeks (from Monday), months, quarters, years.
const (
	Day     Unit = 'd'
	Week    Unit = 'w'
	Month   Unit = 'm'
	Quarter Unit = 'q'
	Year    Unit = 'y'
)

// Window is a length of time that a period is cut into: N units.
type Window struct {
	N    int
	Unit Unit
}

// ParseWindow parses a window such as "1w", "2w", "1m", "3m", "1q", "1y"
// or "10d" (a count and a unit: d, w, m, q or y).
func ParseWindow(s string) (Window, error) {
	s = strings.TrimSpace(strings.ToLower(s))
	if len(s) < 2 {
		return Window{}, fmt.Errorf("graph: window %q: want a count and a unit, like 1w, 1m or 1y", s)
	}
	u := Unit(s[len(s)-1])
	n, err := strconv.Atoi(s[:len(s)-1])
	if err != nil || n < 1 || n > 1000 {
		return Window{}, fmt.Errorf("graph: window %q: want a count from 1 to 1000 and a unit, like 1w, 1m or 1y", s)
	}
	switch u {
	case Day, Week, Month, Quarter, Year:
		return Window{N: n, Unit: u}, nil
	}
	return Window{}, fmt.Errorf("graph: window %q: unknown unit %q (want d, w, m, q or y)", s, string(u))
}

func (w Window) String() string { return strconv.Itoa(w.N) + string(w.Unit) }

// start is the beginning of the unit that holds t: the day, the Monday of
// its week, the first of its month, quarter or year.
func (w Window) start(t time.Time) time.Time {
	switch w.Unit {
	case Week:
		return t.AddDate(0, 0, -((int(t.Weekday()) + 6) % 7))
	case Month:
		return time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC)
	case Quarter:
		return time.Date(t.Year(), t.Month()-(t.Month()-1)%3, 1, 0, 0, 0, 0, time.UTC)
	case Year:
		return time.Date(t.Year(), 1, 1, 0, 0, 0, 0, time.UTC)
	}
	return t
}

// next is t plus one window.
func (w Window) next(t time.Time) time.Time {
	switch w.Unit {
	case Week:
		return t.AddDate(0, 0, 7*w.N)
	case Month:
		return t.AddDate(0, w.N, 0)
	case Quarter:
		return t.AddDate(0, 3*w.N, 0)
	case Year:
		return t.AddDate(w.N, 0, 0)
	}
	return t.AddDate(0, 0, w.N)
}

// Span is a period of dates, both ends included, with a short label.
type Span struct {
	From, To string
	Label    string // "2019-09" for a month, "2019-Q3", "2019", a day's date, else From–To
}

// MaxSpans bounds the windows Spans cuts a period into.
const MaxSpans = 10000

// Spans cuts the period from–to (YYYY-MM-DD, included) into consecutive
// windows, the first starting at the beginning of the unit that holds
// from (a Monday for weeks, the first of the month for months).
func (w Window) Spans(from, to string) ([]Span, error) {
	a, err1 := time.Parse(time.DateOnly, from)
	b, err2 := time.Parse(time.DateOnly, to)
	if err1 != nil || err2 != nil {
		return nil, fmt.Errorf("graph: period %q to %q: want YYYY-MM-DD", from, to)
	}
	if b.Before(a) {
		return nil, fmt.Errorf("graph: period %s to %s ends before it starts", from, to)
	}
	var out []Span
	for t := w.start(a); !t.After(b); t = w.next(t) {
		if len(out) == MaxSpans {
			return nil, fmt.Errorf("graph: %s to %s is more than %d windows of %s", from, to, MaxSpans, w)
		}
		end := w.next(t).AddDate(0, 0, -1)
		s := Span{From: t.Format(time.DateOnly), To: end.Format(time.DateOnly)}
		switch {
		case w.N == 1 && w.Unit == Day:
			s.Label = s.From
		case w.N == 1 && w.Unit == Month:
			s.Label = t.Format("2006-01")
		case w.N == 1 && w.Unit == Quarter:
			s.Label = fmt.Sprintf("%d-Q%d", t.Year(), (int(t.Month())+2)/3)
		case w.N == 1 && w.Unit == Year:
			s.Label = strconv.Itoa(t.Year())
		default:
			s.Label = s.From + "–" + s.To
		}
		out = append(out, s)
	}
	return out, nil
}

// Slice is one window of a Series: the span and the graph of its dates.
type Slice struct {
	Span
	Graph *Graph
}

// Series cuts g into windows: from the window that holds from (or the
// graph's first date) to the one that holds to (or its last), one graph
// per window (see Between), empty windows included. A graph without
// dates is an error wrapping ErrUndated.
func Series(g *Graph, w Window, from, to string) ([]Slice, error) {
	if !g.Dated() {
		return nil, fmt.Errorf("%w: the graph does not say when its relations were stated", ErrUndated)
	}
	if from == "" {
		from = g.DateFrom
	}
	if to == "" {
		to = g.DateTo
	}
	spans, err := w.Spans(from, to)
	if err != nil {
		return nil, err
	}
	out := make([]Slice, len(spans))
	for i, s := range spans {
		lo, hi := max(s.From, from), min(s.To, to)
		h, err := g.Between(lo, hi)
		if err != nil {
			return nil, err
		}
		if h.Title != "" {
			h.Title += " — "
		}
		h.Title += s.Label
		out[i] = Slice{Span: s, Graph: h}
	}
	return out, nil
}

func validDate(d string) bool {
	_, err := time.Parse(time.DateOnly, d)
	return err == nil
}

// checkDates validates an edge's Dates against its totals.
func checkDates(e *Edge) error {
	var count int
	var w, coop, conf float64
	for i, t := range e.Dates {
		if t.Date != "" && !validDate(t.Date) {
			return fmt.Errorf("date %q: want YYYY-MM-DD", t.Date)
		}
		if i > 0 && t.Date <= e.Dates[i-1].Date {
			return fmt.Errorf("dates not in ascending order at %q", t.Date)
		}
		if t.Count < 1 || t.Documents < 1 || !validWeight(t.Cooperation) || !validWeight(t.Conflict) {
			return fmt.Errorf("date %q: count %d, documents %d, cooperation %v, conflict %v", t.Date, t.Count, t.Documents, t.Cooperation, t.Conflict)
		}
		count += t.Count
		w, coop, conf = w+t.Weight, coop+t.Cooperation, conf+t.Conflict
	}
	close := func(a, b float64) bool { return math.Abs(a-b) <= 1e-6*math.Max(1, math.Abs(b)) }
	if count != e.Count || !close(w, e.Weight) || !close(coop, e.Cooperation) || !close(conf, e.Conflict) {
		return fmt.Errorf("dates add up to count %d, weight %v, cooperation %v, conflict %v; the edge has %d, %v, %v, %v",
			count, w, coop, conf, e.Count, e.Weight, e.Cooperation, e.Conflict)
	}
	return nil
}

func validWeight(w float64) bool { return w >= 0 && w <= MaxWeight }
