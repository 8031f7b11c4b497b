package export

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// systemPython is Debian's interpreter, the one python3-networkx installs
// for; the python3 first on PATH may be another one.
const systemPython = "/usr/bin/python3"

func write(t testing.TB, g *graph.Graph, f Format, opt Options) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := Write(&b, g, f, opt); err != nil {
		t.Fatalf("%v: %v", f, err)
	}
	return b.Bytes()
}

// dataFormats are the formats Write produces besides DOT.
var dataFormats = []Format{JSON, NodeLink, GraphML, GEXF, CSVNodes, CSVEdges, Neo4jNodes, Neo4jEdges, Cytoscape}

func TestFormatNames(t *testing.T) {
	for _, f := range Formats() {
		got, err := ParseFormat(f.String())
		if err != nil || got != f {
			t.Errorf("ParseFormat(%q) = %v, %v", f.String(), got, err)
		}
	}
	for name, want := range map[string]Format{
		"x.svg": SVG, "x.GV": DOT, "graph.json": JSON, "g.nodelink.json": NodeLink, "x.graphml": GraphML,
		"x.gexf": GEXF, "nodes.csv": CSVNodes, "g-nodes.csv": CSVNodes, "g.edges.csv": CSVEdges, "table.csv": CSVEdges,
		"out/neo4j-nodes.csv": Neo4jNodes, "g.neo4j-edges.csv": Neo4jEdges, "x.cyjs": Cytoscape,
		"g.cyjs.json": Cytoscape, "g.cytoscape.json": Cytoscape, "actors.csv": CSVEdges,
	} {
		if got, err := FormatOf(name); err != nil || got != want {
			t.Errorf("FormatOf(%q) = %v, %v; want %v", name, got, err, want)
		}
	}
	for _, bad := range []string{"x", "x.pdf", "nodes"} {
		if _, err := FormatOf(bad); !errors.Is(err, ErrFormat) {
			t.Errorf("FormatOf(%q): got %v, want ErrFormat", bad, err)
		}
	}
	if err := Write(&bytes.Buffer{}, syria(), SVG, Options{}); !errors.Is(err, ErrFormat) {
		t.Errorf("Write SVG: got %v, want ErrFormat", err)
	}
}

// Every format gives the same bytes twice, and the same bytes whatever the
// order of the graph's nodes and edges.
func TestFormatsDeterministic(t *testing.T) {
	g := syria()
	shuffled := syria()
	for i, j := 0, len(shuffled.Nodes)-1; i < j; i, j = i+1, j-1 {
		shuffled.Nodes[i], shuffled.Nodes[j] = shuffled.Nodes[j], shuffled.Nodes[i]
	}
	for i, j := 0, len(shuffled.Edges)-1; i < j; i, j = i+1, j-1 {
		shuffled.Edges[i], shuffled.Edges[j] = shuffled.Edges[j], shuffled.Edges[i]
	}
	for _, f := range append([]Format{DOT}, dataFormats...) {
		a, b := write(t, g, f, syriaOptions()), write(t, g, f, syriaOptions())
		if !bytes.Equal(a, b) {
			t.Errorf("%v: two writes differ", f)
		}
		if f == JSON || f == DOT {
			continue // these keep the graph's order (canonical after graph.ReadJSON)
		}
		if c := write(t, shuffled, f, syriaOptions()); !bytes.Equal(a, c) {
			t.Errorf("%v: node and edge order changes the output", f)
		}
	}
}

func TestFormatsGolden(t *testing.T) {
	for _, f := range dataFormats {
		if f == JSON {
			continue
		}
		name := "syria." + f.String()
		if f == NodeLink {
			name += ".json"
		}
		golden(t, name, write(t, syria(), f, syriaOptions()))
	}
}

// The project's JSON round-trips through graph.ReadJSON.
func TestJSONRoundTrip(t *testing.T) {
	g := syria()
	h, err := graph.ReadJSON(bytes.NewReader(write(t, g, JSON, Options{})))
	if err != nil {
		t.Fatal(err)
	}
	if a, b := write(t, g, JSON, Options{}), write(t, h, JSON, Options{}); !bytes.Equal(a, b) {
		t.Errorf("JSON round trip changes the graph:\n%s\n%s", a, b)
	}
}

// XML formats are well-formed, also with hostile names.
func TestXMLWellFormed(t *testing.T) {
	for _, g := range []*graph.Graph{syria(), hostile(), {}, nil} {
		for _, f := range []Format{GraphML, GEXF} {
			dec := xml.NewDecoder(bytes.NewReader(write(t, g, f, syriaOptions())))
			dec.Strict = true
			for {
				_, err := dec.Token()
				if err != nil {
					if err.Error() != "EOF" {
						t.Errorf("%v: %v", f, err)
					}
					break
				}
			}
		}
	}
}

func readCSV(t *testing.T, b []byte) [][]string {
	t.Helper()
	r := csv.NewReader(bytes.NewReader(b))
	recs, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return recs
}

func TestCSV(t *testing.T) {
	g := syria()
	nodes := readCSV(t, write(t, g, CSVNodes, syriaOptions()))
	edges := readCSV(t, write(t, g, CSVEdges, syriaOptions()))
	if len(nodes) != len(g.Nodes)+1 || len(edges) != len(g.Edges)+1 {
		t.Fatalf("got %d node rows, %d edge rows", len(nodes), len(edges))
	}
	if got := strings.Join(nodes[0], ","); got != "id,name,kind,country,sector,mentions,influence,community" {
		t.Errorf("node header %s", got)
	}
	if got := strings.Join(nodes[2], ","); got != "RUS,Russia,state,RUS,,11,1,1" { // communities from 1
		t.Errorf("RUS row %s", got)
	}
	if got := strings.Join(edges[0][:4], ","); got != "source,target,type,label" {
		t.Errorf("edge header %s", got)
	}
	// Neo4j: typed headers, one line per record even with multi-line text.
	nn := readCSV(t, write(t, hostile(), Neo4jNodes, Options{Influence: map[string]float64{}}))
	if got := strings.Join(nn[0], ","); got != "id:ID,name,kind,country,sector,mentions:int,influence:double,:LABEL" {
		t.Errorf("neo4j node header %s", got)
	}
	ne := write(t, syria(), Neo4jEdges, Options{})
	if !bytes.HasPrefix(ne, []byte(":START_ID,:END_ID,:TYPE,label,directed:boolean,quad:int,")) {
		t.Errorf("neo4j relationship header: %s", bytes.SplitN(ne, []byte("\n"), 2)[0])
	}
	// Names, labels and titles with line breaks (ids are written as they are).
	h := hostile()
	ids := map[string]string{}
	for i := range h.Nodes {
		ids[h.Nodes[i].ID] = text(i)
		h.Nodes[i].ID = text(i)
	}
	for i := range h.Edges {
		h.Edges[i].Source, h.Edges[i].Target = ids[h.Edges[i].Source], ids[h.Edges[i].Target]
		h.Edges[i].Evidence = []graph.Evidence{{Text: "two\nlines"}}
		h.Edges[i].Modes = []string{"a\nb"}
	}
	for _, f := range []Format{Neo4jNodes, Neo4jEdges} {
		b := write(t, h, f, Options{})
		if lines, recs := bytes.Count(b, []byte("\n")), len(readCSV(t, b)); lines != recs {
			t.Errorf("%v: %d lines for %d records: a value spans lines", f, lines, recs)
		}
	}
	if got := neo4jLabels("armed_group"); got != "Actor;ArmedGroup" {
		t.Errorf("neo4jLabels = %s", got)
	}
}

func TestCytoscape(t *testing.T) {
	g := &graph.Graph{Nodes: []graph.Node{{ID: "e0"}, {ID: "e_0"}, {ID: "x"}},
		Edges: []graph.Edge{edge("e0", "x", "ACCUSE", 1)}}
	var doc struct {
		Elements struct {
			Nodes []struct{ Data map[string]any }
			Edges []struct{ Data map[string]any }
		}
	}
	if err := json.Unmarshal(write(t, g, Cytoscape, Options{}), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Elements.Nodes) != 3 || len(doc.Elements.Edges) != 1 {
		t.Fatalf("got %d nodes, %d edges", len(doc.Elements.Nodes), len(doc.Elements.Edges))
	}
	if id := doc.Elements.Edges[0].Data["id"]; id != "e__0" {
		t.Errorf("edge id %v clashes or is not the expected e__0", id)
	}
}

// readBack reads the NodeLink, GraphML and GEXF files with NetworkX.
func readBack(t *testing.T, g *graph.Graph, opt Options) map[string]nxGraph {
	t.Helper()
	if _, err := os.Stat(systemPython); err != nil {
		t.Skipf("%s is missing: install Debian's python3-networkx (make deps) for the NetworkX read-back tests", systemPython)
	}
	if err := exec.Command(systemPython, "-c", "import networkx").Run(); err != nil {
		t.Skipf("%s cannot import networkx: install Debian's python3-networkx (make deps)", systemPython)
	}
	dir := t.TempDir()
	for name, f := range map[string]Format{"g.nodelink.json": NodeLink, "g.graphml": GraphML, "g.gexf": GEXF} {
		if err := os.WriteFile(filepath.Join(dir, name), write(t, g, f, opt), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	cmd := exec.Command(systemPython, filepath.Join("testdata", "readback.py"), dir)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("NetworkX could not read the files: %v\n%s", err, stderr.String())
	}
	var res map[string]nxGraph
	dec := json.NewDecoder(bytes.NewReader(out))
	dec.UseNumber()
	if err := dec.Decode(&res); err != nil {
		t.Fatal(err)
	}
	return res
}

type nxGraph struct {
	Directed, Multigraph bool
	Graph                map[string]any
	Nodes                map[string]map[string]any
	Edges                [][4]any
}

// isInt and isFloat tell how Python typed a number: json.dumps writes a
// float with a point or an exponent.
func isInt(v any) bool {
	n, ok := v.(json.Number)
	return ok && !strings.ContainsAny(string(n), ".eE")
}

func isFloat(v any) bool {
	n, ok := v.(json.Number)
	return ok && strings.ContainsAny(string(n), ".eE")
}

func TestNetworkXReadBack(t *testing.T) {
	g := syria()
	opt := syriaOptions()
	res := readBack(t, g, opt)
	for _, name := range []string{"nodelink", "graphml", "gexf"} {
		r, ok := res[name]
		if !ok {
			t.Errorf("%s: not read", name)
			continue
		}
		if !r.Directed || !r.Multigraph {
			t.Errorf("%s: directed %v multigraph %v, want a directed multigraph", name, r.Directed, r.Multigraph)
		}
		want := g.Edges
		if name == "gexf" {
			// A mutual relation is GEXF's type="mutual": NetworkX reads an
			// arc each way.
			want = nil
			for _, e := range g.Edges {
				want = append(want, e)
				if !e.Directed {
					e.Source, e.Target = e.Target, e.Source
					want = append(want, e)
				}
			}
			sort.SliceStable(want, func(i, j int) bool {
				a, b := want[i], want[j]
				if a.Source != b.Source {
					return a.Source < b.Source
				}
				if a.Target != b.Target {
					return a.Target < b.Target
				}
				return a.Type < b.Type
			})
		}
		if len(r.Nodes) != len(g.Nodes) || len(r.Edges) != len(want) {
			t.Errorf("%s: %d nodes and %d edges, want %d and %d", name, len(r.Nodes), len(r.Edges), len(g.Nodes), len(want))
			continue
		}
		if name == "gexf" {
			for _, n := range g.Nodes {
				viz, _ := r.Nodes[n.ID]["viz"].(map[string]any)
				if viz["color"] == nil || viz["size"] == nil || viz["position"] == nil {
					t.Errorf("gexf: node %s viz %v, want colour, size and position", n.ID, viz)
				}
			}
		}
		nameKey := "name"
		if name == "gexf" {
			nameKey = "label"
		}
		for _, n := range g.Nodes {
			a := r.Nodes[n.ID]
			if a[nameKey] != n.Name {
				t.Errorf("%s: node %s %s = %v, want %q", name, n.ID, nameKey, a[nameKey], n.Name)
			}
			if !isInt(a["mentions"]) || a["mentions"].(json.Number).String() != text(n.Mentions) {
				t.Errorf("%s: node %s mentions = %#v, want int %d", name, n.ID, a["mentions"], n.Mentions)
			}
			if !isInt(a["community"]) || a["community"].(json.Number).String() != text(opt.Community[n.ID]+1) {
				t.Errorf("%s: node %s community = %#v, want int %d (from 1)", name, n.ID, a["community"], opt.Community[n.ID]+1)
			}
			if inf, _ := a["influence"].(json.Number).Float64(); !isFloat(a["influence"]) && opt.Influence[n.ID] != 1 || inf != opt.Influence[n.ID] {
				t.Errorf("%s: node %s influence = %#v, want %v", name, n.ID, a["influence"], opt.Influence[n.ID])
			}
		}
		for i, e := range want {
			got := r.Edges[i]
			a := got[3].(map[string]any)
			if got[0] != e.Source || got[1] != e.Target || a["type"] != e.Type {
				t.Errorf("%s: edge %d is %v→%v %v, want %s→%s %s", name, i, got[0], got[1], a["type"], e.Source, e.Target, e.Type)
				continue
			}
			if a["directed"] != e.Directed {
				t.Errorf("%s: edge %d directed = %#v, want %v", name, i, a["directed"], e.Directed)
			}
			if !isInt(a["count"]) || a["count"].(json.Number).String() != text(e.Count) {
				t.Errorf("%s: edge %d count = %#v, want %d", name, i, a["count"], e.Count)
			}
			w, _ := a["weight"].(json.Number).Float64()
			s, _ := a["score"].(json.Number).Float64()
			if !isFloat(a["weight"]) || w != e.Cooperation+e.Conflict || !isFloat(a["score"]) || s != e.Weight {
				t.Errorf("%s: edge %d weight %#v score %#v, want %v and %v", name, i, a["weight"], a["score"], e.Cooperation+e.Conflict, e.Weight)
			}
			if a["label"] != e.Label {
				t.Errorf("%s: edge %d label %v, want %s", name, i, a["label"], e.Label)
			}
			if len(e.Evidence) > 0 {
				ev := a["evidence"]
				if name == "nodelink" {
					ev = ev.([]any)[0].(map[string]any)["text"]
				}
				if ev != e.Evidence[0].Text {
					t.Errorf("%s: edge %d evidence %v, want %q", name, i, ev, e.Evidence[0].Text)
				}
			}
		}
		if name != "gexf" && r.Graph["title"] != g.Title {
			t.Errorf("%s: graph title %v", name, r.Graph["title"])
		}
	}
}

// Hostile names survive NetworkX's readers (as far as XML can hold them).
func TestNetworkXReadBackHostile(t *testing.T) {
	g := hostile()
	res := readBack(t, g, Options{})
	for name, r := range res {
		if len(r.Nodes) != len(g.Nodes) || len(r.Edges) != len(g.Edges) {
			t.Errorf("%s: %d nodes and %d edges, want %d and %d", name, len(r.Nodes), len(r.Edges), len(g.Nodes), len(g.Edges))
		}
	}
	if _, ok := res["graphml"].Nodes[`Say "hi"#0`]; !ok {
		t.Errorf("graphml lost node %q", `Say "hi"#0`)
	}
}

// Native Graphviz reads the DOT of a large reduced drawing too.
func TestNativeDotFormats(t *testing.T) {
	if _, err := exec.LookPath("dot"); err != nil {
		t.Skip("Graphviz dot is not on PATH (make deps)")
	}
	dotParses(t, render(t, hostile(), DOT, Options{}))
	dotParses(t, render(t, randomGraph(400, 1200), DOT, Options{}))
}

// A large graph is reduced to its backbone, laid out in Go and drawn with
// nop2; the caption says so, and node boxes do not overlap.
func TestLargeGraph(t *testing.T) {
	g := randomGraph(400, 1200)
	opt := randomOptions(g)
	opt.MaxNodes = -1 // the backbone, not the summary (TestSummaryDrawing)
	dot := string(render(t, g, DOT, opt))
	if !strings.Contains(dot, `layout="nop2"`) || !strings.Contains(dot, "Backbone: ") {
		t.Fatalf("large graph: no nop2 layout or no backbone caption")
	}
	svg := render(t, g, SVG, opt)
	svgText(t, svg)
	if !bytes.Contains(svg, []byte("Backbone: ")) {
		t.Error("SVG caption does not state the reduction")
	}
	if b := render(t, g, SVG, opt); !bytes.Equal(b, svg) {
		t.Error("two renders of the large graph differ")
	}
	h, _ := backbone(g, opt)
	if len(h.Nodes) == 0 || len(h.Nodes) > len(g.Nodes) {
		t.Fatalf("backbone has %d nodes", len(h.Nodes))
	}
	w, hh := make([]float64, len(h.Nodes)), make([]float64, len(h.Nodes))
	for i, n := range h.Nodes {
		w[i], hh[i] = nodeBox(shortLabel(clean(n.Name)), clamp01(opt.Influence[n.ID]))
	}
	x, y := forceLayout(h, w, hh)
	overlaps := 0
	for i := range x {
		for j := i + 1; j < len(x); j++ {
			if math.Abs(x[i]-x[j]) < (w[i]+w[j])/2 && math.Abs(y[i]-y[j]) < (hh[i]+hh[j])/2 {
				overlaps++
			}
		}
	}
	if overlaps > 0 {
		t.Errorf("%d pairs of node boxes overlap", overlaps)
	}
	if h2, note := backbone(g, Options{Backbone: -1}); len(h2.Nodes) != len(g.Nodes) || note != "" {
		t.Error("Backbone -1 reduced the graph")
	}
}

func BenchmarkLargeGraph(b *testing.B) {
	for _, size := range []struct{ n, m int }{{1000, 3000}, {5000, 15000}} {
		g := randomGraph(size.n, size.m)
		opt := randomOptions(g)
		h, _ := backbone(g, opt)
		w, hh := make([]float64, len(h.Nodes)), make([]float64, len(h.Nodes))
		for i := range w {
			w[i], hh[i] = nodeBox("Actor 1234", 0.3)
		}
		b.Run(fmt.Sprintf("%d-%d/layout-%dnodes", size.n, size.m, len(h.Nodes)), func(b *testing.B) {
			for b.Loop() {
				forceLayout(h, w, hh)
			}
		})
		b.Run(fmt.Sprintf("%d-%d/svg", size.n, size.m), func(b *testing.B) {
			render(b, g, SVG, opt)
			b.ResetTimer()
			for b.Loop() {
				if err := Render(context.Background(), io.Discard, g, SVG, opt); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
