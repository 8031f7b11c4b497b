package export

import (
	"bytes"
	"context"
	"regexp"
	"strconv"
	"time"

	"github.com/actorgraph/actorgraph/graph"
)

var (
	dotStatement = regexp.MustCompile(`(?s)\[(.*?)\];`)
	dotNodeID    = regexp.MustCompile(`\bid="?n(\d+)"?`)
	dotPos       = regexp.MustCompile(`\bpos="(-?[\d.e+]+),(-?[\d.e+]+)!?"`)
)

// graphvizPositions lays out g's DOT (as writeDOT writes it, with
// opt.Layout, or the engine named) with Graphviz and returns every node's
// centre in points, y up, in g.Nodes order.
func graphvizPositions(ctx context.Context, g *graph.Graph, opt Options, engine Layout, timeout time.Duration) (x, y []float64, err error) {
	var src bytes.Buffer
	if err := writeDOT(&src, g, opt, 0); err != nil {
		return nil, nil, err
	}
	out, err := renderDOT(ctx, src.Bytes(), engine, DOT, timeout)
	if err != nil {
		return nil, nil, err
	}
	x, y = make([]float64, len(g.Nodes)), make([]float64, len(g.Nodes))
	for _, m := range dotStatement.FindAllSubmatch(out, -1) {
		id := dotNodeID.FindSubmatch(m[1])
		pos := dotPos.FindSubmatch(m[1])
		if id == nil || pos == nil {
			continue
		}
		i, _ := strconv.Atoi(string(id[1]))
		if i < len(x) {
			x[i], _ = strconv.ParseFloat(string(pos[1]), 64)
			y[i], _ = strconv.ParseFloat(string(pos[2]), 64)
		}
	}
	return x, y, nil
}
