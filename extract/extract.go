package extract

import (
	"context"
	"fmt"
	"io"
	"strings"
	"sync"

	"github.com/actorgraph/actorgraph/event"
	"github.com/actorgraph/actorgraph/extract/actor"
	"github.com/actorgraph/actorgraph/extract/document"
	"github.com/actorgraph/actorgraph/extract/lexicon"
	"github.com/actorgraph/actorgraph/extract/rules"
	"github.com/actorgraph/actorgraph/extract/syntax"
	"github.com/actorgraph/actorgraph/extract/text"
	"github.com/actorgraph/actorgraph/plover"
)

// Options configure an Extractor. Zero values mean the embedded defaults.
type Options struct {
	Actors  *actor.Dictionary
	Lexicon *lexicon.Lexicon
	Scores  plover.Scores
	// Rules are the argument, modality and derived rule tables and the word
	// lists (package rules).
	Rules *rules.Set
	// Parser tags and parses sentences; nil means the embedded model of
	// package syntax.
	Parser Parser
	// Date is used for documents that carry no date of their own.
	Date string
	// KeepBoilerplate disables the boilerplate filter.
	KeepBoilerplate bool
	// Trace, if set, receives for every sentence with a trigger the actors,
	// the triggers and, for every event, the rules that made it.
	Trace io.Writer
}

// Extractor finds relations in documents. It is safe for concurrent use.
type Extractor struct {
	dict    *actor.Dictionary
	matcher *actor.Matcher
	lex     *lexicon.Lexicon
	scores  plover.Scores
	rules   *rules.Set
	lists   rules.Lists // the rule set's lists with every inflection of their words
	parser  Parser
	opt     Options
	traceMu sync.Mutex
	// For mayRelate: the types the defaults table fills an end of, and
	// every word of the anaphora table.
	defaultTypes, anaphorWords map[string]bool
	parseAll                   bool // tests: parse every sentence with a trigger and an actor
}

// New builds an extractor; building the matcher and loading the parser are
// the costly parts, so build one and reuse it.
func New(opt Options) (*Extractor, error) {
	x := &Extractor{opt: opt, dict: opt.Actors, lex: opt.Lexicon, scores: opt.Scores, rules: opt.Rules, parser: opt.Parser}
	var err error
	if x.dict == nil {
		if x.dict, err = actor.Default(); err != nil {
			return nil, err
		}
	}
	if x.lex == nil {
		if x.lex, err = lexicon.Default(); err != nil {
			return nil, err
		}
	}
	if x.scores == nil {
		x.scores = plover.DefaultScores()
	}
	if x.rules == nil {
		if x.rules, err = rules.Default(); err != nil {
			return nil, err
		}
	}
	if x.parser == nil {
		m, err := syntax.Default()
		if err != nil {
			return nil, err
		}
		x.parser = m
	}
	x.lists = inflectLists(x.rules.Lists)
	x.matcher = actor.NewMatcher(x.dict)
	x.defaultTypes, x.anaphorWords = map[string]bool{}, map[string]bool{}
	for _, d := range x.rules.Defaults {
		x.defaultTypes[d.Type] = true
	}
	for _, a := range x.rules.Anaphora {
		for w := range a.Words {
			for _, f := range strings.Fields(w) {
				x.anaphorWords[f] = true
			}
		}
	}
	return x, nil
}

// inflectLists adds every verb and noun inflection of the one-word entries
// of each list, so that lists hold base forms ("want") and match "wanted".
func inflectLists(ls rules.Lists) rules.Lists {
	out := rules.Lists{}
	for name, l := range ls {
		m := make(map[string]bool, len(l)*4)
		for w := range l {
			m[w] = true
			if !strings.Contains(w, " ") {
				for _, f := range lexicon.Inflections(w) {
					m[f] = true
				}
			}
		}
		out[name] = m
	}
	return out
}

// Dictionary returns the actor dictionary the extractor uses.
func (x *Extractor) Dictionary() *actor.Dictionary { return x.dict }

// extract is Extract without its recovery (safe.go).
func (x *Extractor) extract(ctx context.Context, d document.Document) ([]Event, error) {
	date := d.Date
	if date == "" {
		date = x.opt.Date
	}
	if date == "" {
		// An undated document is dated by the office holders it names.
		date = x.estimateDate(d.Text)
	}
	ds := &docState{date: date, fullNames: map[string]bool{}, persons: map[string]*actor.Actor{}, companies: map[string]*actor.Actor{}, named: map[string]int{}, leadRel: map[string]recentRel{}, settingFreq: map[string]int{}, agentOf: map[string]string{}}
	var events []Event
	var err error
	text.EachSentence(d.Text, func(st text.Sentence) bool {
		if err = ctx.Err(); err != nil {
			return false
		}
		if !x.opt.KeepBoilerplate && isBoilerplate(d.Text[st.Start:st.End]) {
			return true
		}
		s := &sentence{Sentence: st, src: d.Text, toks: st.Tokens, index: st.Index}
		x.compose(s, ds)
		events = append(events, x.sentenceEvents(s, ds, d.ID, date)...)
		ds.noteLead(s)
		return true
	})
	if err != nil {
		return nil, err
	}
	return events, nil
}

// placeholder is the word the parser reads for a named actor: a common
// name of its kind ("Smith", "France", "French", "Americans"), so that an
// unfamiliar or ambiguous name ("IS", "Jordan", "Kerry") parses like a
// familiar one. A mention headed by a common noun ("Syrian rebels",
// "police") keeps its own head word.
func placeholder(s *sentence, m mention, last int) string {
	if s.toks[last].Kind != text.Word {
		return ""
	}
	if !s.capitalised(last) {
		if m.actor.Kind == actor.Group && event.Private(m.actor.Sector) && m.form == actor.Name {
			return "company" // "the network" standing for ABS-CBN: a noun, never "to network"
		}
		// "Iraq's national security advisor": a capitalised name with a
		// common singular head reads as a person's name; a plural head
		// ("Syrian rebels") stays.
		if s.capitalised(m.start) && m.start < last && !pluralHead(s, m) {
			return "Smith"
		}
		return ""
	}
	switch {
	case m.form == actor.Adjective:
		return "French"
	case m.form == actor.Demonym:
		return "Americans"
	case m.actor.Kind == actor.Person:
		return "Smith"
	}
	return "France"
}

// hasActor reports whether a sentence names an actor that can be an
// argument: without one no trigger can make an event, and the sentence is
// not parsed.
func (s *sentence) hasActor() bool {
	for i := range s.ments {
		if s.ments[i].actor.ID != "" && s.ments[i].form != actor.Agent {
			return true
		}
	}
	return false
}

// mayRelate reports whether a sentence with a trigger and an actor can
// give a relation at all, before it is parsed (parsing is most of the
// cost, and most such sentences give none): it names two actors, or it
// can reach a second one another way, through a default (a protest
// against the government), an anaphor ("the attack", "denied the
// accusation", a judgment of "the strike"), a quotation's speaker ("we"),
// or an attack at a named place, remembered for a later claim.
func (x *Extractor) mayRelate(s *sentence, hits []lexicon.Hit) bool {
	first := ""
	for i := range s.ments {
		if id := s.ments[i].actor.ID; id != "" {
			if first != "" && id != first {
				return true
			}
			first = id
		}
	}
	place := false // an attack at a named place is remembered for a later claim
	for i := range s.ments {
		place = place || s.ments[i].locative || s.ments[i].form == actor.Place
	}
	for _, h := range hits {
		if h.Entry.Type == "ASSAULT" && place || x.defaultTypes[h.Entry.Type] {
			return true
		}
	}
	for i := range s.toks {
		if w := s.term(i); x.anaphorWords[w] || x.lists.Has("first_person", w) {
			return true
		}
	}
	return false
}

// mutualEntry is a trigger's entry read as mutual: "brought together A and
// B" relates A and B to each other.
func mutualEntry(t trig) *lexicon.Entry {
	e := *t.e
	e.Mutual, e.Among = true, false
	return &e
}

// traceLines writes a sentence, its actors and the engine's trace lines.
func (x *Extractor) traceLines(s *sentence, lines []string) {
	var b strings.Builder
	fmt.Fprintf(&b, "[%d] %s\n", s.index, s.src[s.Start:s.End])
	for _, m := range s.ments {
		flags := ""
		if m.possessive {
			flags += " poss"
		}
		if m.locative {
			flags += " loc"
		}
		if m.adjective {
			flags += " adj"
		}
		if m.supporter != nil {
			flags += " backed-by:" + m.supporter.actor.ID
		}
		if m.end > m.start {
			fmt.Fprintf(&b, "    actor %q → %s (%s %s/%s)%s\n", s.src[s.toks[m.start].Start:s.toks[m.end-1].End], m.actor.ID, m.form, m.actor.Country, m.actor.Sector, flags)
		}
	}
	for _, l := range lines {
		b.WriteString(l)
		b.WriteByte('\n')
	}
	x.traceMu.Lock()
	io.WriteString(x.opt.Trace, b.String())
	x.traceMu.Unlock()
}
