package export

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// Gephi Lite reads GEXF and GraphML with graphology-gexf and
// graphology-graphml: the published packages (pinned in
// report/graphview/package-lock.json, bundled into
// testdata/graphology-readers.cjs by report/graphview/build.sh) read our
// files as they are, in Node. GEXF, both versions: every node with its
// drawing (colour, size, position), mutual relations undirected, the
// others directed. GraphML: every node and edge with its attributes.
func TestGraphologyReaders(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node is missing: the graphology read-back needs Node.js")
	}
	g, opt := syria(), syriaOptions()
	dir := t.TempDir()
	type result struct {
		Type  string
		Multi bool
		Nodes map[string]map[string]any
		Edges [][4]any
	}
	read := func(name string, b []byte) result {
		t.Helper()
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		out, err := exec.Command(node, "--stack-trace-limit=0", filepath.Join("testdata", "graphology-readers.cjs"), p).Output()
		if err != nil {
			if ee, ok := err.(*exec.ExitError); ok {
				t.Fatalf("%s: graphology could not read it: %s", name, ee.Stderr)
			}
			t.Fatal(err)
		}
		var r result
		if err := json.Unmarshal(out, &r); err != nil {
			t.Fatal(err)
		}
		return r
	}
	for _, ver := range []string{GEXFDraft12, GEXF13} {
		o := opt
		o.GEXFVersion = ver
		r := read("g-"+ver+".gexf", write(t, g, GEXF, o))
		if len(r.Nodes) != len(g.Nodes) || len(r.Edges) != len(g.Edges) || r.Type != "mixed" {
			t.Errorf("GEXF %s: %s graph, %d nodes, %d edges; want mixed, %d and %d", ver, r.Type, len(r.Nodes), len(r.Edges), len(g.Nodes), len(g.Edges))
			continue
		}
		for _, n := range g.Nodes {
			a := r.Nodes[n.ID]
			if a["label"] != n.Name || a["color"] == nil || a["size"] == nil || a["x"] == nil || a["y"] == nil {
				t.Errorf("GEXF %s: node %s = %v, want its name, colour, size and position", ver, n.ID, a)
			}
		}
		undirected := 0
		for _, e := range r.Edges {
			if e[2] == true {
				undirected++
			}
		}
		want := 0
		for _, e := range g.Edges {
			if !e.Directed {
				want++
			}
		}
		if undirected != want {
			t.Errorf("GEXF %s: %d undirected edges, want %d (the mutual relations)", ver, undirected, want)
		}
	}
	// Mutual relations only: an undirected graph (a first mutual edge
	// made graphology-gexf fail on the graph type "mutual").
	m := &graph.Graph{Nodes: g.Nodes[:2], Edges: []graph.Edge{edge("JOR", "RUS", "CONSULT", 1)}}
	if r := read("m.gexf", write(t, m, GEXF, Options{})); r.Type != "undirected" || len(r.Edges) != 1 {
		t.Errorf("mutual only: %s graph, %d edges", r.Type, len(r.Edges))
	}
	r := read("g.graphml", write(t, g, GraphML, opt))
	if len(r.Nodes) != len(g.Nodes) || len(r.Edges) != len(g.Edges) {
		t.Fatalf("GraphML: %d nodes, %d edges", len(r.Nodes), len(r.Edges))
	}
	if a := r.Nodes["RUS"]; a["name"] != "Russia" || a["community"] != float64(1) {
		t.Errorf("GraphML: RUS = %v", a)
	}
}
