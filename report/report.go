package report

import (
	"bytes"
	"context"
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"math"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/actorgraph/actorgraph/export"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/analysis"
	"github.com/actorgraph/actorgraph/plover"
)

var (
	//go:embed report.tmpl
	pageTemplate string
	//go:embed report.css
	pageCSS string
	//go:embed report.js
	pageJS string
	//go:embed graphview.min.js
	viewJS string

	page = template.Must(template.New("report").Parse(pageTemplate))
)

// Options control the report. The zero value is a valid default: the
// analyses are run with their defaults.
type Options struct {
	// Title of the page and the drawing; empty means the graph's title.
	Title string
	// Drawing options; Influence and Community are filled from Scores
	// and Partition when nil, and Title from Title.
	Drawing export.Options
	// Analysis results; nil means: computed here with default options.
	// Measure names the measure Scores are ranked by (Score.Influence);
	// empty means analysis.DefaultMeasure.
	Scores    []analysis.Score
	Measure   analysis.Measure
	Partition *analysis.Partition
	Balance   *analysis.Balance
	// MaxEvidence bounds the evidence sentences listed per relation (the
	// rest are counted); 0 means all.
	MaxEvidence int
	// Series are the windows of the period (graph.Series) and Window their
	// length ("1m"): with two or more, the report plots the cooperation
	// and conflict of the actors and pairs that interact most, window by
	// window.
	Series []graph.Slice
	Window string

	// SVG is the drawing when the caller has made it already with
	// Drawing (actorgraph run writes it to graph.svg too): it is not drawn
	// twice. nil: drawn here.
	SVG []byte
	// Names adds, for an actor id, names a reader may search it by (the
	// dictionary's aliases: "US", "America", "Washington"); the page
	// always knows each actor's name, id and the words the articles
	// named it with ("Putin" finds Russia at the organisation level).
	Names map[string][]string
	// Explore is whether the page has the interactive view of the whole
	// graph (sigma.js, WebGL): ExploreAuto when the drawing could not show
	// every actor, ExploreAlways, ExploreNever.
	Explore Explore
}

// Explore says when a report has the interactive view of the whole graph.
type Explore int

const (
	ExploreAuto Explore = iota
	ExploreAlways
	ExploreNever
)

// OpenRelations is how many relations, strongest first, show their
// evidence when the page opens; the others are one line each until opened
// (the 294-actor report was 337,000 pixels tall).
const OpenRelations = 12

// Write writes the report of g as one HTML page.
func Write(ctx context.Context, w io.Writer, g *graph.Graph, opt Options) error {
	if g == nil {
		g = &graph.Graph{}
	}
	var err error
	if opt.Measure == "" {
		opt.Measure = analysis.DefaultMeasure
	}
	if opt.Scores == nil {
		if opt.Scores, err = analysis.InfluenceWith(g, analysis.Options{Measure: opt.Measure}); err != nil {
			return err
		}
	}
	if opt.Partition == nil {
		if opt.Partition, err = analysis.Communities(g, analysis.CommunityOptions{}); err != nil {
			return err
		}
	}
	if opt.Balance == nil {
		if opt.Balance, err = analysis.StructuralBalance(g, analysis.BalanceOptions{}); err != nil {
			return err
		}
	}
	d := opt.Drawing
	if d.Title == "" {
		d.Title = opt.Title
	}
	if d.Influence == nil {
		d.Influence = analysis.Scaled(opt.Scores)
		d.InfluenceName = opt.Measure.Title()
	}
	if d.Community == nil {
		d.Community = map[string]int{}
		for _, m := range opt.Partition.Members {
			d.Community[m.ID] = m.Community
		}
	}
	svg := opt.SVG
	if svg == nil {
		var b bytes.Buffer
		if err := export.Render(ctx, &b, g, export.SVG, d); err != nil {
			return err
		}
		svg = b.Bytes()
	}
	data := newPage(g, opt, d, svg)
	var out bytes.Buffer
	if err := page.Execute(&out, data); err != nil {
		return fmt.Errorf("report: %w", err)
	}
	_, err = w.Write(out.Bytes())
	return err
}

// svgProlog is what precedes the <svg> element in Graphviz's output: the
// XML declaration, the doctype and comments, which HTML does not want.
var svgProlog = regexp.MustCompile(`(?s)\A.*?(<svg )`)

type pageData struct {
	Title, Caption string
	SVG            template.HTML
	CSS            template.CSS
	JS             template.JS
	ViewJS         template.JS
	View           *view // the whole graph for the interactive view, or nil
	Drawn, Total   int   // actors in the drawing and in the graph
	Dated          bool
	DateFrom       string
	DateTo         string
	Quads          []quad
	Actors         []actor
	Influence      []influenceRow
	Measure        string
	MeasureDoc     string
	Communities    []communityRow
	Modularity     string
	Balance        balance
	Relations      []relation
	Documents      int
	Time           *timeSection
}

type quad struct {
	N          int
	Name, Line string
	Dashed     bool
}

type actor struct {
	ID, Name string
	Names    []string `json:",omitempty"`
}

// view is the data of the interactive view: nodes [id, label, x, y, size,
// colour], edges [source, target, colour, width, directed, label, quads].
type view struct {
	Nodes [][]any `json:"nodes"`
	Edges [][]any `json:"edges"`
}

type influenceRow struct {
	Rank                                         int
	ID, Name                                     string
	Community                                    string
	Influence, PN, Status, Strength              string
	Cooperation, Conflict, Betweenness, PageRank string
	Degree                                       int
}

type communityRow struct {
	N                                                  int
	Members                                            []actor
	Cooperation, Conflict, CooperationOut, ConflictOut string
}

type balance struct {
	Positive, Negative, Ambivalent, Triads int
	Census                                 [4]int
	Share, WeakShare, Walk                 string
	Frustration                            string
	Unbalanced                             []string
	MoreUnbalanced                         int
	Frustrated                             []string
	MoreFrustrated                         int
}

type relation struct {
	Source, Target               actor
	Arrow, Label, Type, QuadName string
	Quad, Count, Documents       int
	Score                        string
	Evidence                     []evidence
	More                         int
	Open                         bool
	NotAsserted                  string // "1 of 3 denied"; "" when every mention is asserted
	Dates                        string // the evidence's dates, space-separated, for the time filter
}

type evidence struct {
	Doc, Date              string
	Sentence               int
	Before, Trigger, After string
	URL, Title             string
	Modality               string // "denied", "hedged", ... when not asserted
}

// maxListed bounds the unbalanced triads and frustrated pairs listed.
const maxListed = 30

func newPage(g *graph.Graph, opt Options, d export.Options, svg []byte) *pageData {
	p := &pageData{Title: d.Title, CSS: template.CSS(pageCSS), JS: template.JS(pageJS), Documents: g.Documents,
		Total: len(g.Nodes), Drawn: bytes.Count(svg, []byte(`class="node"`)), DateFrom: g.DateFrom, DateTo: g.DateTo}
	p.Dated = g.DateFrom != "" && g.DateTo != "" && g.DateFrom != g.DateTo
	if p.Title == "" {
		p.Title = g.Title
	}
	if p.Title == "" {
		p.Title = "Actor graph"
	}
	p.Caption = export.Summary(g)
	if loc := svgProlog.FindSubmatchIndex(svg); loc != nil {
		svg = svg[loc[2]:]
	}
	// The page is trusted: Graphviz escaped every name in the SVG.
	p.SVG = template.HTML(svg)
	for q := 1; q <= 4; q++ {
		p.Quads = append(p.Quads, quad{N: q, Name: plover.QuadName(q), Line: quadColour[q], Dashed: q == 1 || q == 3})
	}
	name := func(id string) actor {
		if n, ok := g.Node(id); ok && n.Name != "" {
			return actor{ID: id, Name: n.Name}
		}
		return actor{ID: id, Name: id}
	}
	names := searchNames(g, opt.Names)
	for _, n := range g.Nodes {
		a := name(n.ID)
		a.Names = names[n.ID]
		p.Actors = append(p.Actors, a)
	}
	sort.SliceStable(p.Actors, func(i, j int) bool { return p.Actors[i].ID < p.Actors[j].ID })
	if opt.Explore == ExploreAlways || opt.Explore == ExploreAuto && p.Drawn < p.Total {
		nodes, edges := export.Viz(g, d)
		v := &view{}
		for _, n := range nodes {
			v.Nodes = append(v.Nodes, []any{n.ID, n.Label, n.X, -n.Y, n.Size / 4, n.Color})
		}
		for _, e := range edges {
			v.Edges = append(v.Edges, []any{e.Source, e.Target, e.Color, e.Width, e.Directed, e.Label, e.Quads})
		}
		p.View = v
		p.ViewJS = template.JS(viewJS)
	}

	comm := map[string]int{}
	for _, m := range opt.Partition.Members {
		comm[m.ID] = m.Community
	}
	for i, s := range opt.Scores {
		c := ""
		if k, ok := comm[s.ID]; ok {
			c = strconv.Itoa(k + 1)
		}
		p.Influence = append(p.Influence, influenceRow{Rank: i + 1, ID: s.ID, Name: name(s.ID).Name, Community: c,
			Influence: f3(s.Influence), PN: f3(s.PN), Status: signed(s.Status), Strength: f2(s.Strength),
			Cooperation: f2(s.Cooperation), Conflict: f2(s.Conflict), Betweenness: f3(s.Betweenness),
			PageRank: f3(s.PageRank), Degree: s.Degree})
	}
	p.Measure, p.MeasureDoc = string(opt.Measure), opt.Measure.Doc()
	p.Modularity = f3(opt.Partition.Modularity)
	for _, c := range opt.Partition.Communities {
		r := communityRow{N: c.ID + 1, Cooperation: f2(c.Cooperation), Conflict: f2(c.Conflict),
			CooperationOut: f2(c.CooperationOut), ConflictOut: f2(c.ConflictOut)}
		for _, id := range c.Members {
			r.Members = append(r.Members, name(id))
		}
		p.Communities = append(p.Communities, r)
	}

	b := opt.Balance
	p.Balance = balance{Positive: b.Positive, Negative: b.Negative, Ambivalent: b.Ambivalent, Triads: b.Triads,
		Census: b.Census, Share: pct(b.BalancedShare), WeakShare: pct(b.WeakBalancedShare)}
	if b.WalkDefined {
		p.Balance.Walk = pct(b.Walk)
	}
	p.Balance.Frustration = strconv.Itoa(b.Frustration)
	if !b.Exact {
		p.Balance.Frustration = fmt.Sprintf("between %d and %d (heuristic)", b.FrustrationLower, b.Frustration)
	}
	for i, t := range b.Unbalanced {
		if i == maxListed {
			p.Balance.MoreUnbalanced = len(b.Unbalanced) - i
			break
		}
		p.Balance.Unbalanced = append(p.Balance.Unbalanced, t.Describe()+" ("+t.Signs()+")")
	}
	for i, e := range b.Frustrated {
		if i == maxListed {
			p.Balance.MoreFrustrated = len(b.Frustrated) - i
			break
		}
		what := "cooperate across the camps"
		if e.Sign < 0 {
			what = "are in conflict inside one camp"
		}
		p.Balance.Frustrated = append(p.Balance.Frustrated, fmt.Sprintf("%s and %s %s (net %s)", name(e.A).Name, name(e.B).Name, what, signed(e.Net)))
	}

	p.Time = newTimeSection(opt.Series, opt.Window, func(id string) string { return name(id).Name })

	edges := append([]graph.Edge(nil), g.Edges...)
	sort.SliceStable(edges, func(i, j int) bool {
		a, b := edges[i], edges[j]
		if wa, wb := math.Abs(a.Weight), math.Abs(b.Weight); wa != wb {
			return wa > wb
		}
		if a.Source != b.Source {
			return a.Source < b.Source
		}
		if a.Target != b.Target {
			return a.Target < b.Target
		}
		return a.Type < b.Type
	})
	for i, e := range edges {
		r := relation{Source: name(e.Source), Target: name(e.Target), Arrow: "→", Label: e.Label, Type: e.Type,
			Quad: e.Quad, QuadName: plover.QuadName(e.Quad), Count: e.Count, Documents: e.Documents, Score: signed(e.Weight),
			Open: i < OpenRelations, NotAsserted: notAsserted(e)}
		if !e.Directed {
			r.Arrow = "–"
		}
		if r.Label == "" {
			r.Label = strings.ToLower(e.Type)
		}
		ev := graph.ByDate(e.Evidence)
		dates := map[string]bool{}
		for i, x := range ev {
			if x.Date != "" && !dates[x.Date] {
				dates[x.Date] = true
				r.Dates += " " + x.Date
			}
			if opt.MaxEvidence > 0 && i >= opt.MaxEvidence {
				r.More++
				continue
			}
			r.Evidence = append(r.Evidence, splitTrigger(x))
		}
		r.Dates = strings.TrimSpace(r.Dates)
		p.Relations = append(p.Relations, r)
	}
	return p
}

// quadColour are the line colours of export's encoding.
var quadColour = [5]string{"#888888", "#5AAE61", "#1B7837", "#F46D43", "#A50026"}

// splitTrigger cuts the sentence around the first occurrence of its
// trigger, to show it in bold.
func splitTrigger(x graph.Evidence) evidence {
	text := strings.Join(strings.Fields(x.Text), " ")
	e := evidence{Doc: x.Doc, Date: x.Date, Sentence: x.Sentence, Before: text, Title: strings.Join(strings.Fields(x.Title), " "),
		Modality: modalityWords[x.Modality]}
	// Only web links: a URL from the input is text, not a script.
	if u := strings.TrimSpace(x.URL); strings.HasPrefix(u, "https://") || strings.HasPrefix(u, "http://") {
		e.URL = u
	}
	trig := strings.Join(strings.Fields(x.Trigger), " ")
	if trig == "" {
		return e
	}
	if i := strings.Index(text, trig); i >= 0 {
		e.Before, e.Trigger, e.After = text[:i], trig, text[i+len(trig):]
	}
	return e
}

func fix(v float64, prec int) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		v = 0
	}
	s := strconv.FormatFloat(v, 'f', prec, 64)
	if strings.Trim(s, "-0.") == "" {
		s = strings.TrimPrefix(s, "-")
	}
	return s
}

func f2(v float64) string  { return fix(v, 2) }
func f3(v float64) string  { return fix(v, 3) }
func pct(v float64) string { return fix(100*v, 1) + "%" }

func signed(v float64) string {
	s := strconv.FormatFloat(math.Round(v*100)/100, 'f', -1, 64)
	switch {
	case s == "-0":
		return "0"
	case v > 0:
		return "+" + s
	}
	return s
}

// modalityWords name the modalities for readers.
var modalityWords = map[string]string{"negated": "denied", "hedged": "hedged", "conditional": "conditional", "planned": "planned"}

// notAsserted says how many of an edge's mentions are not asserted: "1 of
// 3 denied", "" when all are.
func notAsserted(e graph.Edge) string {
	if e.Asserted() {
		return ""
	}
	n := 0
	var words []string
	for _, m := range []string{"negated", "hedged", "conditional", "planned"} {
		if k := e.Modalities[m]; k > 0 {
			n += k
			words = append(words, modalityWords[m])
		}
	}
	return fmt.Sprintf("%d of %d %s", n, e.Count, strings.Join(words, "/"))
}

// searchNames are the names the search box matches for each actor: its
// name and id, the names given (Options.Names), and the words the
// articles named it with.
func searchNames(g *graph.Graph, given map[string][]string) map[string][]string {
	out := map[string][]string{}
	seen := map[string]map[string]bool{}
	add := func(id, s string) {
		s = strings.Join(strings.Fields(s), " ")
		if s == "" {
			return
		}
		if seen[id] == nil {
			seen[id] = map[string]bool{}
		}
		if k := strings.ToLower(s); !seen[id][k] {
			seen[id][k] = true
			out[id] = append(out[id], s)
		}
	}
	ids := map[string]bool{}
	for _, n := range g.Nodes {
		ids[n.ID] = true
		add(n.ID, n.Name)
		add(n.ID, n.ID)
		for _, s := range given[n.ID] {
			add(n.ID, s)
		}
	}
	for _, e := range g.Edges {
		for _, x := range e.Evidence {
			add(e.Source, x.Source)
			add(e.Target, x.Target)
		}
	}
	return out
}
