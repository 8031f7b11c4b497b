package graph

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/actorgraph/actorgraph/event"
	"github.com/actorgraph/actorgraph/plover"
)

// Level says which actors become nodes.
type Level string

const (
	// LevelActor keeps every actor as extracted: persons, governments and
	// their agencies are separate nodes.
	LevelActor Level = "actor"
	// LevelOrganisation (the default) merges a person into the state or
	// organisation they act for, and a government agency (Russian Foreign
	// Ministry, Russian forces) into its state; rebels and opposition,
	// armed groups and international organisations stay their own nodes.
	LevelOrganisation Level = "organisation"
	// LevelState merges every actor that belongs to a country into that
	// country, rebels included; only actors with no country stay apart.
	LevelState Level = "state"
)

// ParseLevel parses a level name.
func ParseLevel(s string) (Level, error) {
	switch Level(s) {
	case LevelActor, LevelOrganisation, LevelState:
		return Level(s), nil
	case "":
		return LevelOrganisation, nil
	}
	return "", fmt.Errorf("graph: unknown level %q (want actor, organisation or state)", s)
}

// Options control aggregation.
type Options struct {
	Level Level
	// Modalities that become edges; nil means asserted only.
	Modalities []string
	// MaxEvidence caps the evidence kept per edge (the first mentions in
	// document order); 0 keeps all.
	MaxEvidence int
	// Lookup names an actor id that appears only as an affiliation or a
	// country (e.g. a person's state). It may be nil.
	Lookup func(id string) (event.Actor, bool)
	Title  string
	// Dated splits every edge's figures by date (Edge.Dates) and counts
	// the documents of every date (Graph.Dates), when any event is dated;
	// BuildDated sets it.
	Dated bool
	// WholeSentences counts every relation a sentence states at its full
	// score. By default one sentence's relations share one full score per
	// actor (see Build): "Iran held exercises with the navies of Russia,
	// China, Pakistan, Oman and India" gave Iran five cooperation edges at
	// 9.5 each and ranked it first.
	WholeSentences bool
}

// nodeFor maps an event actor to the node it is counted under.
func nodeFor(a event.Actor, level Level) (id string, merged bool) {
	switch level {
	case LevelActor:
		return a.ID, false
	case LevelState:
		if a.Country != "" {
			return a.Country, a.ID != a.Country
		}
		if a.Kind == "person" && a.Affiliation != "" {
			return a.Affiliation, true
		}
		return a.ID, false
	}
	switch {
	case a.Country != "" && event.Opposing(a.Sector) && a.Kind != "armed_group":
		// Rebels, insurgents and the opposition of one country are one side
		// at this level: "Syrian opposition forces" are the Syrian rebels.
		return a.Country + "REB", a.ID != a.Country+"REB"
	case a.Kind == "person" && a.Affiliation != "":
		return a.Affiliation, true
	case a.Kind == "person" && a.Country != "":
		return a.Country, true
	case a.Kind == "state" && a.Country != "" && !event.Opposing(a.Sector):
		return a.Country, a.ID != a.Country
	case a.Country != "" && event.Organ(a.Sector) && a.Kind != "armed_group":
		// An organ of the state whatever the dictionary calls it: the
		// Revolutionary Guard (IRN MIL), a national police or court.
		return a.Country, true
	}
	return a.ID, false
}

// Build aggregates events into a graph. Events whose modality is not
// selected, whose type is unknown, or whose endpoints merge into one node
// are skipped. It is an Accumulator fed every event: the CLI and the
// distributed pipeline (beam/) share this one aggregation.
//
// What one sentence can contribute is capped: a sentence that relates an
// actor to k others (at the graph's level) gives each of those relations
// 1/k of its score, the larger k of its two actors, so that a sentence
// listing five partners weighs for the actor it centres on as one
// relation would (Options.WholeSentences turns this off). Count still
// counts the mention; Evidence.Score is what it contributed.
func Build(events []event.Event, opt Options) *Graph {
	a := NewAccumulator(opt)
	for i := range events {
		a.Add(events[i])
	}
	return a.Graph()
}

// EdgeKey names an edge: its endpoints at the graph's level (sorted for a
// symmetric type) and its PLOVER type.
type EdgeKey struct{ Source, Target, Type string }

// String joins the key with tabs, the form a distributed pipeline keys by.
func (k EdgeKey) String() string { return k.Source + "\t" + k.Target + "\t" + k.Type }

// Accumulator is graph.Build split into the steps of a combiner (Beam's
// CombineFn): NewAccumulator creates one, Add adds an event, Merge merges
// another accumulator, Graph extracts the graph. Any partition of the
// events into accumulators, merged in any order, gives the same graph,
// byte for byte: the state is a set of mentions (one per document,
// sentence and edge, the first in text order), and every total, name and
// list is computed from that set in a fixed order by Graph.
//
// An Accumulator is not safe for concurrent use.
type Accumulator struct {
	opt   Options
	want  map[string]bool
	edges map[EdgeKey]map[mentionKey]*event.Event
	dated bool // some event, counted or not, has a date
}

// mentionKey is a sentence of a document: it states an edge once.
type mentionKey struct {
	doc      string
	sentence int
}

// NewAccumulator returns an empty accumulator. Level and Modalities decide
// what Add keeps; MaxEvidence, Lookup and Title are used by Graph.
func NewAccumulator(opt Options) *Accumulator {
	if opt.Level == "" {
		opt.Level = LevelOrganisation
	}
	want := map[string]bool{event.Asserted: true}
	if opt.Modalities != nil {
		want = map[string]bool{}
		for _, m := range opt.Modalities {
			want[m] = true
		}
	}
	return &Accumulator{opt: opt, want: want, edges: map[EdgeKey]map[mentionKey]*event.Event{}}
}

// Key returns the edge an event counts for, and false when the event
// makes no edge (modality not selected, unknown type, a self-loop at the
// level).
func (a *Accumulator) Key(ev *event.Event) (EdgeKey, bool) {
	if !a.want[ev.Modality] {
		return EdgeKey{}, false
	}
	t, ok := plover.Lookup(ev.Type)
	if !ok {
		return EdgeKey{}, false
	}
	s, _ := nodeFor(ev.Source, a.opt.Level)
	d, _ := nodeFor(ev.Target, a.opt.Level)
	if s == "" || d == "" || s == d {
		return EdgeKey{}, false
	}
	if t.Symmetric && s > d {
		s, d = d, s
	}
	return EdgeKey{s, d, t.Name}, true
}

// Add adds one event.
func (a *Accumulator) Add(ev event.Event) {
	a.dated = a.dated || ev.Date != ""
	k, ok := a.Key(&ev)
	if !ok {
		return
	}
	a.put(k, &ev)
}

// put keeps ev as the mention of its sentence unless an earlier one in
// text order is there: one sentence states a relation once at a level
// ("Kerry and Lavrov met Putin" is one US–Russia meeting, not two).
func (a *Accumulator) put(k EdgeKey, ev *event.Event) {
	ms := a.edges[k]
	if ms == nil {
		ms = map[mentionKey]*event.Event{}
		a.edges[k] = ms
	}
	mk := mentionKey{ev.Doc, ev.Sentence}
	if old := ms[mk]; old == nil || eventLess(ev, old) {
		ms[mk] = ev
	}
}

// Merge adds the mentions of b to a; b must not be used afterwards. It
// panics if the two were made with different levels or modalities, a
// misuse that would silently mix two graphs.
func (a *Accumulator) Merge(b *Accumulator) {
	if a.opt.Level != b.opt.Level || a.opt.WholeSentences != b.opt.WholeSentences || !sameSet(a.want, b.want) {
		panic(fmt.Sprintf("graph: merging accumulators of different levels or modalities (%s, %s)", a.opt.Level, b.opt.Level))
	}
	a.dated = a.dated || b.dated
	for k, ms := range b.edges {
		if a.edges[k] == nil {
			a.edges[k] = ms
			continue
		}
		for _, ev := range ms {
			a.put(k, ev)
		}
	}
}

func sameSet(x, y map[string]bool) bool {
	if len(x) != len(y) {
		return false
	}
	for k := range x {
		if !y[k] {
			return false
		}
	}
	return true
}

// Len returns the number of edges so far.
func (a *Accumulator) Len() int { return len(a.edges) }

// nodeName is what a node is called and what it is.
type nodeName struct{ Name, Kind, Country, Sector string }

// nodeAcc collects a node's mentions and the names its actors offer:
// own names come from actors that are the node itself, merged names from
// actors merged into it (a person into their state).
type nodeAcc struct {
	mentions    int
	own, merged map[nodeName]int
}

func (n *nodeAcc) touch(a event.Actor, id string, merged bool) {
	n.mentions++
	if !merged {
		n.own[nodeName{a.Name, a.Kind, a.Country, a.Sector}]++
		return
	}
	name := nodeName{Name: id, Kind: "state", Country: a.Country}
	if event.Opposing(a.Sector) {
		name = nodeName{a.Name, "rebels", a.Country, "REB"}
	}
	n.merged[name]++
}

// best returns the most frequent name, the smallest on a tie, so that no
// order of the events can change it.
func best(names map[nodeName]int) (nodeName, bool) {
	var b nodeName
	n := 0
	for k, c := range names {
		if c > n || c == n && nameLess(k, b) {
			b, n = k, c
		}
	}
	return b, n > 0
}

func nameLess(a, b nodeName) bool {
	if a.Name != b.Name {
		return a.Name < b.Name
	}
	if a.Kind != b.Kind {
		return a.Kind < b.Kind
	}
	if a.Country != b.Country {
		return a.Country < b.Country
	}
	return a.Sector < b.Sector
}

// counted is a mention that counts, with the documents that repeat it.
type counted struct {
	ev     *event.Event
	copies []string
}

// Graph returns the graph of the events added so far.
func (a *Accumulator) Graph() *Graph {
	opt := a.opt
	g := &Graph{Title: opt.Title, Level: opt.Level}
	nodes := map[string]*nodeAcc{}
	docs := map[string]bool{}
	dated := opt.Dated && a.dated
	dateDocs := map[string]map[string]bool{}
	touch := func(act event.Actor) {
		id, merged := nodeFor(act, opt.Level)
		n := nodes[id]
		if n == nil {
			n = &nodeAcc{own: map[nodeName]int{}, merged: map[nodeName]int{}}
			nodes[id] = n
		}
		n.touch(act, id, merged)
	}
	keys := make([]EdgeKey, 0, len(a.edges))
	for k := range a.edges {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i].String() < keys[j].String() })
	// The mentions that count, and for every actor in a sentence the
	// others that sentence relates it to: each relation gets 1/k of its
	// score, k the larger number of partners of its two actors.
	counts := make(map[EdgeKey][]counted, len(keys))
	type snode struct {
		doc      string
		sentence int
		node     string
	}
	partners := map[snode]map[string]bool{}
	for _, k := range keys {
		counts[k] = countMentions(a.edges[k])
		if opt.WholeSentences {
			continue
		}
		for _, c := range counts[k] {
			for _, p := range [][2]string{{k.Source, k.Target}, {k.Target, k.Source}} {
				sn := snode{c.ev.Doc, c.ev.Sentence, p[0]}
				if partners[sn] == nil {
					partners[sn] = map[string]bool{}
				}
				partners[sn][p[1]] = true
			}
		}
	}
	for _, k := range keys {
		t, _ := plover.Lookup(k.Type)
		e := Edge{Source: k.Source, Target: k.Target, Type: t.Name, Directed: !t.Symmetric, Quad: t.Quad, Label: t.Label}
		edocs := map[string]bool{}
		modes := map[string]bool{}
		tallies := map[string]*Tally{}
		tallyDocs := map[string]map[string]bool{}
		for _, c := range counts[k] {
			ev := c.ev
			touch(ev.Source)
			touch(ev.Target)
			w := ev.Weight
			if n := max(len(partners[snode{ev.Doc, ev.Sentence, k.Source}]), len(partners[snode{ev.Doc, ev.Sentence, k.Target}])); n > 1 {
				w /= float64(n)
			}
			e.Count++
			e.Weight += w
			if w >= 0 {
				e.Cooperation += w
			} else {
				e.Conflict -= w
			}
			doc := cluster(ev)
			edocs[doc] = true
			docs[doc] = true
			if ev.Mode != "" {
				modes[ev.Mode] = true
			}
			if dated {
				t := tallies[ev.Date]
				if t == nil {
					t = &Tally{Date: ev.Date}
					tallies[ev.Date] = t
					tallyDocs[ev.Date] = map[string]bool{}
				}
				t.Count++
				t.Weight += w
				if w >= 0 {
					t.Cooperation += w
				} else {
					t.Conflict -= w
				}
				tallyDocs[ev.Date][doc] = true
				if dateDocs[ev.Date] == nil {
					dateDocs[ev.Date] = map[string]bool{}
				}
				dateDocs[ev.Date][doc] = true
			}
			if ev.Date != "" {
				if g.DateFrom == "" || ev.Date < g.DateFrom {
					g.DateFrom = ev.Date
				}
				if ev.Date > g.DateTo {
					g.DateTo = ev.Date
				}
			}
			// The evidence names the edge's source and target as the text
			// did: swapped with them for a symmetric type put in order.
			srcText, dstText := mentionText(ev.Source), mentionText(ev.Target)
			if id, _ := nodeFor(ev.Source, opt.Level); id != k.Source {
				srcText, dstText = dstText, srcText
			}
			x := Evidence{
				Doc: ev.Doc, Date: ev.Date, Sentence: ev.Sentence, Start: ev.Start, End: ev.End,
				Text: ev.Text, Trigger: ev.Trigger.Text, Source: srcText, Target: dstText,
				Score: w, Copies: c.copies, URL: ev.URL, Title: ev.Title,
			}
			if ev.Modality != event.Asserted {
				x.Modality = ev.Modality
				if e.Modalities == nil {
					e.Modalities = map[string]int{}
				}
				e.Modalities[ev.Modality]++
			}
			e.Evidence = append(e.Evidence, x)
		}
		e.Documents = len(edocs)
		for d, t := range tallies {
			t.Documents = len(tallyDocs[d])
			e.Dates = append(e.Dates, *t)
		}
		sort.Slice(e.Dates, func(i, j int) bool { return e.Dates[i].Date < e.Dates[j].Date })
		for m := range modes {
			e.Modes = append(e.Modes, m)
		}
		sort.Strings(e.Modes)
		sortEvidence(e.Evidence)
		if opt.MaxEvidence > 0 && len(e.Evidence) > opt.MaxEvidence {
			e.Evidence = e.Evidence[:opt.MaxEvidence]
		}
		g.Edges = append(g.Edges, e)
	}
	for id, n := range nodes {
		node := Node{ID: id, Name: id, Mentions: n.mentions}
		if nm, ok := best(n.own); ok {
			node.Name, node.Kind, node.Country, node.Sector = nm.Name, nm.Kind, nm.Country, nm.Sector
		} else {
			if nm, ok := best(n.merged); ok {
				node.Name, node.Kind, node.Country, node.Sector = nm.Name, nm.Kind, nm.Country, nm.Sector
			}
			if opt.Lookup != nil {
				if a, ok := opt.Lookup(id); ok {
					node.Name, node.Kind, node.Country, node.Sector = a.Name, a.Kind, a.Country, a.Sector
				}
			}
		}
		g.Nodes = append(g.Nodes, node)
	}
	sort.Slice(g.Nodes, func(i, j int) bool { return g.Nodes[i].ID < g.Nodes[j].ID })
	sortEdges(g.Edges)
	g.Documents = len(docs)
	for d, ds := range dateDocs {
		g.Dates = append(g.Dates, DateCount{Date: d, Documents: len(ds)})
	}
	sort.Slice(g.Dates, func(i, j int) bool { return g.Dates[i].Date < g.Dates[j].Date })
	return g
}

// cluster is the document an event counts for: the first of its copies.
func cluster(ev *event.Event) string {
	if ev.CopyOf != "" {
		return ev.CopyOf
	}
	return ev.Doc
}

// countMentions returns the mentions of one edge that count, in text order.
// A document with no copies counts each of its sentences. Among near-
// duplicate documents (event.Event.CopyOf), a sentence is recognised by its
// text, since a copy may have a line more or less: each sentence text counts
// as often as the one copy stating it most often does (the first document of
// the copies on a tie), and the other copies are listed as its evidence.
func countMentions(ms map[mentionKey]*event.Event) []counted {
	byCluster := map[string][]*event.Event{}
	for _, ev := range ms {
		c := cluster(ev)
		byCluster[c] = append(byCluster[c], ev)
	}
	var out []counted
	for c, evs := range byCluster {
		copied := false
		for _, ev := range evs {
			if ev.Doc != evs[0].Doc {
				copied = true
				break
			}
		}
		if !copied {
			for _, ev := range evs {
				out = append(out, counted{ev: ev})
			}
			continue
		}
		byText := map[string][]*event.Event{}
		for _, ev := range evs {
			t := foldText(ev)
			byText[t] = append(byText[t], ev)
		}
		for _, group := range byText {
			perDoc := map[string][]*event.Event{}
			for _, ev := range group {
				perDoc[ev.Doc] = append(perDoc[ev.Doc], ev)
			}
			pick := ""
			for d, x := range perDoc {
				if pick == "" || len(x) > len(perDoc[pick]) || len(x) == len(perDoc[pick]) && docBefore(d, pick, c) {
					pick = d
				}
			}
			var copies []string
			for d := range perDoc {
				if d != pick {
					copies = append(copies, d)
				}
			}
			sort.Strings(copies)
			for _, ev := range perDoc[pick] {
				out = append(out, counted{ev: ev, copies: copies})
			}
		}
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i].ev, out[j].ev
		if a.Doc != b.Doc {
			return a.Doc < b.Doc
		}
		if a.Sentence != b.Sentence {
			return a.Sentence < b.Sentence
		}
		return eventLess(a, b)
	})
	return out
}

// docBefore orders the documents of a cluster: the cluster's own document
// first, then by id.
func docBefore(a, b, cluster string) bool {
	if (a == cluster) != (b == cluster) {
		return a == cluster
	}
	return a < b
}

// foldText is a sentence's text with case and spacing folded, so that
// copies that rewrap or recase a line still match; an event without text
// is its sentence number.
func foldText(ev *event.Event) string {
	if ev.Text == "" {
		return "#" + strconv.Itoa(ev.Sentence)
	}
	return strings.ToLower(strings.Join(strings.Fields(ev.Text), " "))
}

// eventLess orders two mentions of one sentence: the trigger first in the
// text wins, then the actors first named, as the extractor reads them; the rest only
// breaks ties, so that the choice never depends on arrival order.
func eventLess(a, b *event.Event) bool {
	switch {
	case a.Trigger.Start != b.Trigger.Start:
		return a.Trigger.Start < b.Trigger.Start
	case a.Trigger.End != b.Trigger.End:
		return a.Trigger.End < b.Trigger.End
	case mentionStart(a.Source) != mentionStart(b.Source):
		return mentionStart(a.Source) < mentionStart(b.Source)
	case mentionStart(a.Target) != mentionStart(b.Target):
		return mentionStart(a.Target) < mentionStart(b.Target)
	case a.Doc != b.Doc:
		return a.Doc < b.Doc
	case a.Sentence != b.Sentence:
		return a.Sentence < b.Sentence
	case a.Weight != b.Weight:
		return a.Weight < b.Weight
	}
	x, _ := json.Marshal(a)
	y, _ := json.Marshal(b)
	return bytes.Compare(x, y) < 0
}

func mentionStart(a event.Actor) int {
	if a.Mention != nil {
		return a.Mention.Start
	}
	return -1
}

func mentionText(a event.Actor) string {
	if a.Mention != nil {
		return a.Mention.Text
	}
	return a.Name
}

// sortEvidence puts evidence in reading order: document, position, and
// every other field after that, so that equal positions (coded data has
// none) still sort one way.
func sortEvidence(ev []Evidence) {
	sort.Slice(ev, func(i, j int) bool {
		a, b := &ev[i], &ev[j]
		switch {
		case a.Doc != b.Doc:
			return a.Doc < b.Doc
		case a.Start != b.Start:
			return a.Start < b.Start
		case a.Trigger != b.Trigger:
			return a.Trigger < b.Trigger
		case a.Sentence != b.Sentence:
			return a.Sentence < b.Sentence
		case a.End != b.End:
			return a.End < b.End
		case a.Text != b.Text:
			return a.Text < b.Text
		case a.Source != b.Source:
			return a.Source < b.Source
		case a.Target != b.Target:
			return a.Target < b.Target
		case a.Score != b.Score:
			return a.Score < b.Score
		case a.Date != b.Date:
			return a.Date < b.Date
		}
		return strings.Join(a.Copies, "\x00") < strings.Join(b.Copies, "\x00")
	})
}

func sortEdges(es []Edge) {
	sort.Slice(es, func(i, j int) bool {
		a, b := es[i], es[j]
		if a.Source != b.Source {
			return a.Source < b.Source
		}
		if a.Target != b.Target {
			return a.Target < b.Target
		}
		return a.Type < b.Type
	})
}

// accJSON is the wire form of an Accumulator (for a pipeline's shuffle).
type accJSON struct {
	Level       Level      `json:"level"`
	Modalities  []string   `json:"modalities"`
	MaxEvidence int        `json:"max_evidence,omitempty"`
	Title       string     `json:"title,omitempty"`
	Dated       bool       `json:"dated,omitempty"`           // Options.Dated
	Whole       bool       `json:"whole_sentences,omitempty"` // Options.WholeSentences
	AnyDate     bool       `json:"any_date,omitempty"`        // some event had a date
	Edges       []edgeJSON `json:"edges"`
}

type edgeJSON struct {
	Source   string        `json:"source"`
	Target   string        `json:"target"`
	Type     string        `json:"type"`
	Mentions []event.Event `json:"mentions"`
}

// MarshalJSON encodes the accumulator's options (all but Lookup, a
// function) and its mentions, in a fixed order.
func (a *Accumulator) MarshalJSON() ([]byte, error) {
	w := accJSON{Level: a.opt.Level, MaxEvidence: a.opt.MaxEvidence, Title: a.opt.Title, Dated: a.opt.Dated, Whole: a.opt.WholeSentences, AnyDate: a.dated, Edges: []edgeJSON{}}
	for m := range a.want {
		w.Modalities = append(w.Modalities, m)
	}
	sort.Strings(w.Modalities)
	for k, ms := range a.edges {
		e := edgeJSON{Source: k.Source, Target: k.Target, Type: k.Type}
		for _, ev := range ms {
			e.Mentions = append(e.Mentions, *ev)
		}
		sort.Slice(e.Mentions, func(i, j int) bool {
			x, y := &e.Mentions[i], &e.Mentions[j]
			if x.Doc != y.Doc {
				return x.Doc < y.Doc
			}
			return x.Sentence < y.Sentence
		})
		w.Edges = append(w.Edges, e)
	}
	sort.Slice(w.Edges, func(i, j int) bool {
		x, y := w.Edges[i], w.Edges[j]
		return EdgeKey{x.Source, x.Target, x.Type}.String() < EdgeKey{y.Source, y.Target, y.Type}.String()
	})
	return json.Marshal(w)
}

// UnmarshalJSON decodes what MarshalJSON wrote. Lookup is left nil; each
// mention is checked to belong to its edge.
func (a *Accumulator) UnmarshalJSON(b []byte) error {
	var w accJSON
	if err := json.Unmarshal(b, &w); err != nil {
		return fmt.Errorf("graph: accumulator: %w", err)
	}
	lv, err := ParseLevel(string(w.Level))
	if err != nil {
		return err
	}
	mods := w.Modalities
	if mods == nil {
		mods = []string{}
	}
	*a = *NewAccumulator(Options{Level: lv, Modalities: mods, MaxEvidence: w.MaxEvidence, Title: w.Title, Dated: w.Dated, WholeSentences: w.Whole})
	a.dated = w.AnyDate
	for _, e := range w.Edges {
		want := EdgeKey{e.Source, e.Target, e.Type}
		for i := range e.Mentions {
			ev := &e.Mentions[i]
			if k, ok := a.Key(ev); !ok || k != want {
				return fmt.Errorf("%w: accumulator: a mention of %s %s %s belongs to another edge", ErrInvalid, e.Source, e.Type, e.Target)
			}
			a.put(want, ev)
		}
	}
	return nil
}
