package analysis

import (
	"math"
	"sort"

	"github.com/actorgraph/actorgraph/graph"
)

// Change is how a pair of actors changed from one graph to another.
type Change string

// The changes Compare reports. A pair is new when it interacts in the
// second graph only, lost when in the first only, flipped when its net
// (cooperation − conflict) has opposite signs in the two.
const (
	ChangeNew     Change = "new"
	ChangeLost    Change = "lost"
	ChangeFlipped Change = "flipped"
	ChangeSame    Change = "same"
)

// PairChange is one pair of actors in a comparison, with its cooperation
// and conflict before (first graph) and after (second).
type PairChange struct {
	A, B, NameA, NameB                           string // A < B
	Change                                       Change
	CoopBefore, ConfBefore, CoopAfter, ConfAfter float64
}

// NetBefore and NetAfter are the pair's net in each graph.
func (p PairChange) NetBefore() float64 { return p.CoopBefore - p.ConfBefore }

// NetAfter is the pair's net in the second graph.
func (p PairChange) NetAfter() float64 { return p.CoopAfter - p.ConfAfter }

// Move is an actor's influence in each graph; a rank of 0 means the actor
// is not in that graph (and its value is 0).
type Move struct {
	ID, Name              string
	Before, After         float64
	RankBefore, RankAfter int
}

// Delta is After − Before.
func (m Move) Delta() float64 { return m.After - m.Before }

// Diff compares two actor graphs: usually two windows of one period, or a
// period before and after an event.
type Diff struct {
	Measure        Measure
	TitleA, TitleB string
	// New, Lost and Flipped are the changed pairs: new by strength after,
	// lost by strength before, flipped by the change of net, largest
	// first, then by IDs. Same are the pairs in both with the same sign
	// (or none), by IDs.
	New, Lost, Flipped, Same []PairChange
	// Joined and Left are the actors only in the second and only in the
	// first graph, by ID.
	Joined, Left []Move
	// Moves are the actors of both graphs by how much their influence
	// changed (|After − Before| rounded to 6 decimals, largest first), then
	// by ID.
	Moves []Move
}

// Compare compares graph a (before) with graph b (after): the pairs that
// are new, lost or flipped, and every actor's influence in both (opt's
// measure and path options). An invalid graph is an error wrapping
// graph.ErrInvalid.
func Compare(a, b *graph.Graph, opt Options) (*Diff, error) {
	m, err := ParseMeasure(string(opt.Measure))
	if err != nil {
		return nil, err
	}
	opt.Measure = m
	sa, err := InfluenceWith(a, opt)
	if err != nil {
		return nil, err
	}
	sb, err := InfluenceWith(b, opt)
	if err != nil {
		return nil, err
	}
	d := &Diff{Measure: m}
	if a != nil {
		d.TitleA = a.Title
	}
	if b != nil {
		d.TitleB = b.Title
	}
	names := map[string]string{}
	before, after := map[string]Move{}, map[string]Move{}
	for i, s := range sa {
		before[s.ID] = Move{ID: s.ID, Name: s.Name, Before: s.Influence, RankBefore: i + 1}
		names[s.ID] = s.Name
	}
	for i, s := range sb {
		after[s.ID] = Move{ID: s.ID, Name: s.Name, After: s.Influence, RankAfter: i + 1}
		names[s.ID] = s.Name
	}
	for id, x := range before {
		if y, ok := after[id]; ok {
			x.After, x.RankAfter = y.After, y.RankAfter
			d.Moves = append(d.Moves, x)
		} else {
			d.Left = append(d.Left, x)
		}
	}
	for id, y := range after {
		if _, ok := before[id]; !ok {
			d.Joined = append(d.Joined, y)
		}
	}
	byID := func(ms []Move) {
		sort.Slice(ms, func(i, j int) bool { return ms[i].ID < ms[j].ID })
	}
	byID(d.Joined)
	byID(d.Left)
	sort.Slice(d.Moves, func(i, j int) bool {
		x, y := math.Round(math.Abs(d.Moves[i].Delta())*sortScale), math.Round(math.Abs(d.Moves[j].Delta())*sortScale)
		if x != y {
			return x > y
		}
		return d.Moves[i].ID < d.Moves[j].ID
	})

	type key struct{ a, b string }
	pairs := map[key]*PairChange{}
	get := func(p graph.Pair) *PairChange {
		k := key{p.A, p.B}
		c := pairs[k]
		if c == nil {
			c = &PairChange{A: p.A, B: p.B, NameA: names[p.A], NameB: names[p.B]}
			pairs[k] = c
		}
		return c
	}
	if a != nil {
		for _, p := range a.Pairs() {
			if p.Strength() > 0 {
				c := get(p)
				c.CoopBefore, c.ConfBefore = p.Cooperation, p.Conflict
			}
		}
	}
	if b != nil {
		for _, p := range b.Pairs() {
			if p.Strength() > 0 {
				c := get(p)
				c.CoopAfter, c.ConfAfter = p.Cooperation, p.Conflict
			}
		}
	}
	for _, c := range pairs {
		inA, inB := c.CoopBefore+c.ConfBefore > 0, c.CoopAfter+c.ConfAfter > 0
		switch {
		case !inA:
			c.Change = ChangeNew
			d.New = append(d.New, *c)
		case !inB:
			c.Change = ChangeLost
			d.Lost = append(d.Lost, *c)
		case c.NetBefore()*c.NetAfter() < 0:
			c.Change = ChangeFlipped
			d.Flipped = append(d.Flipped, *c)
		default:
			c.Change = ChangeSame
			d.Same = append(d.Same, *c)
		}
	}
	sortPairs(d.New, func(c PairChange) float64 { return c.CoopAfter + c.ConfAfter })
	sortPairs(d.Lost, func(c PairChange) float64 { return c.CoopBefore + c.ConfBefore })
	sortPairs(d.Flipped, func(c PairChange) float64 { return math.Abs(c.NetAfter() - c.NetBefore()) })
	sortPairs(d.Same, func(PairChange) float64 { return 0 })
	return d, nil
}

// sortPairs sorts by key descending, then by IDs.
func sortPairs(ps []PairChange, key func(PairChange) float64) {
	sort.Slice(ps, func(i, j int) bool {
		x, y := math.Round(key(ps[i])*sortScale), math.Round(key(ps[j])*sortScale)
		if x != y {
			return x > y
		}
		if ps[i].A != ps[j].A {
			return ps[i].A < ps[j].A
		}
		return ps[i].B < ps[j].B
	})
}
