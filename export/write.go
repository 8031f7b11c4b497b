package export

import (
	"bufio"
	"fmt"
	"io"

	"github.com/actorgraph/actorgraph/graph"
)

// Write writes the graph in a text format: DOT or one of the data formats
// (JSON, NodeLink, GraphML, GEXF, CSVNodes, CSVEdges, Neo4jNodes,
// Neo4jEdges, Cytoscape). The drawings (SVG, PNG) need Graphviz: use
// Render, which also accepts every format Write does. Influence and
// community values in opt become node attributes when the maps are not nil;
// Title replaces the graph's title. The output is deterministic.
func Write(w io.Writer, g *graph.Graph, f Format, opt Options) error {
	if g == nil {
		g = &graph.Graph{}
	}
	switch f {
	case DOT:
		return WriteDOT(w, g, opt)
	case JSON:
		if opt.Title != "" && opt.Title != g.Title {
			h := *g
			h.Title = opt.Title
			g = &h
		}
		return g.WriteJSON(w)
	case SVG, PNG:
		return fmt.Errorf("%w: %v is a drawing: use Render", ErrFormat, f)
	}
	t := newTable(g, opt)
	bw := bufio.NewWriter(w)
	var err error
	switch f {
	case NodeLink:
		err = t.writeNodeLink(bw)
	case GraphML:
		err = t.writeGraphML(bw)
	case GEXF:
		err = t.writeGEXF(bw)
	case CSVNodes:
		err = t.writeCSV(bw, false, false)
	case CSVEdges:
		err = t.writeCSV(bw, true, false)
	case Neo4jNodes:
		err = t.writeCSV(bw, false, true)
	case Neo4jEdges:
		err = t.writeCSV(bw, true, true)
	case Cytoscape:
		err = t.writeCytoscape(bw)
	default:
		return fmt.Errorf("%w %v", ErrFormat, f)
	}
	if err != nil {
		return err
	}
	return bw.Flush()
}
