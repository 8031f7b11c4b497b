package export

import (
	"math"
	"math/rand/v2"

	"github.com/actorgraph/actorgraph/graph"
)

// forceLayout places the nodes of g (with the given sizes in points) by
// Fruchterman and Reingold's force-directed algorithm ("Graph drawing by
// force-directed placement", Software: Practice and Experience 21(11),
// 1991): edges attract (d²/k), every pair of nodes within 2k repels (k²/d),
// found through a grid of cells of side 2k, so an iteration costs about
// O(n + m) instead of O(n²); the temperature falls linearly. Start
// positions come from a fixed seed, so the layout is deterministic. A
// final pass pushes apart the node boxes that still overlap. Positions are
// in points, y up.
func forceLayout(g *graph.Graph, w, h []float64) (x, y []float64) {
	n := len(g.Nodes)
	x, y = make([]float64, n), make([]float64, n)
	if n == 0 {
		return
	}
	index := make(map[string]int, n)
	var maxDim float64
	for i, nd := range g.Nodes {
		index[nd.ID] = i
		maxDim = math.Max(maxDim, math.Max(w[i], h[i]))
	}
	type link struct {
		a, b int
		w    float64
	}
	var links []link
	seen := map[[2]int]bool{}
	for _, e := range g.Edges {
		a, b := index[e.Source], index[e.Target]
		if a > b {
			a, b = b, a
		}
		if a == b || seen[[2]int{a, b}] {
			continue
		}
		seen[[2]int{a, b}] = true
		links = append(links, link{a, b, 1})
	}
	// k: the ideal distance, enough for the average node and its label.
	var meanW float64
	for i := range w {
		meanW += w[i]
	}
	meanW /= float64(n)
	k := meanW*1.6 + 20
	side := k * math.Sqrt(float64(n))
	r := rand.New(rand.NewPCG(1, 2))
	for i := range x {
		x[i], y[i] = r.Float64()*side, r.Float64()*side
	}
	dx, dy := make([]float64, n), make([]float64, n)
	iters := 300
	if n > 1000 {
		iters = 150
	}
	temp := side / 10
	cell := 2 * k
	grid := map[[2]int][]int{}
	for it := 0; it < iters; it++ {
		clear(grid)
		for i := range x {
			c := [2]int{int(math.Floor(x[i] / cell)), int(math.Floor(y[i] / cell))}
			grid[c] = append(grid[c], i)
		}
		for i := range dx {
			dx[i], dy[i] = 0, 0
		}
		for i := range x {
			cx, cy := int(math.Floor(x[i]/cell)), int(math.Floor(y[i]/cell))
			for gx := cx - 1; gx <= cx+1; gx++ {
				for gy := cy - 1; gy <= cy+1; gy++ {
					for _, j := range grid[[2]int{gx, gy}] {
						if j == i {
							continue
						}
						ddx, ddy := x[i]-x[j], y[i]-y[j]
						d2 := ddx*ddx + ddy*ddy
						if d2 < 1e-9 {
							// Coincident nodes: a fixed nudge by index.
							ddx, ddy, d2 = float64(i-j)*0.01, 0.01, 1e-4+float64((i-j)*(i-j))*1e-4
						}
						if d2 > cell*cell {
							continue
						}
						f := k * k / d2 // (k²/d) · (1/d) for the unit vector
						dx[i] += ddx * f
						dy[i] += ddy * f
					}
				}
			}
		}
		for _, l := range links {
			ddx, ddy := x[l.a]-x[l.b], y[l.a]-y[l.b]
			d := math.Hypot(ddx, ddy)
			if d < 1e-9 {
				continue
			}
			f := d / k // (d²/k) · (1/d)
			dx[l.a] -= ddx * f
			dy[l.a] -= ddy * f
			dx[l.b] += ddx * f
			dy[l.b] += ddy * f
		}
		for i := range x {
			d := math.Hypot(dx[i], dy[i])
			if d > 0 {
				s := math.Min(d, temp) / d
				x[i] += dx[i] * s
				y[i] += dy[i] * s
			}
		}
		temp = math.Max(temp*(1-1.0/float64(iters)), k/50)
		if it > iters*2/3 {
			temp = math.Min(temp, k/4)
		}
	}
	removeOverlaps(x, y, w, h, maxDim)
	// Round so that the DOT text, hence the SVG, does not depend on the
	// last bits of floating-point arithmetic.
	for i := range x {
		x[i], y[i] = math.Round(x[i]*10)/10, math.Round(y[i]*10)/10
	}
	return x, y
}

// overlapGap is the free space kept between node boxes (points).
const overlapGap = 6

// removeOverlaps pushes apart the boxes (centre x, y; size w, h) that
// overlap, along the axis of least overlap, until none do or a pass
// budget is spent. Neighbours are found through a grid of cells as large
// as the largest box.
func removeOverlaps(x, y, w, h []float64, maxDim float64) {
	n := len(x)
	cell := maxDim + overlapGap
	grid := map[[2]int][]int{}
	for pass := 0; pass < 2000; pass++ {
		clear(grid)
		for i := range x {
			c := [2]int{int(math.Floor(x[i] / cell)), int(math.Floor(y[i] / cell))}
			grid[c] = append(grid[c], i)
		}
		moved := false
		for i := 0; i < n; i++ {
			cx, cy := int(math.Floor(x[i]/cell)), int(math.Floor(y[i]/cell))
			for gx := cx - 1; gx <= cx+1; gx++ {
				for gy := cy - 1; gy <= cy+1; gy++ {
					for _, j := range grid[[2]int{gx, gy}] {
						if j <= i {
							continue
						}
						ox := (w[i]+w[j])/2 + overlapGap - math.Abs(x[i]-x[j])
						oy := (h[i]+h[j])/2 + overlapGap - math.Abs(y[i]-y[j])
						if ox <= 0 || oy <= 0 {
							continue
						}
						moved = true
						if ox < oy {
							s := ox/2 + 0.5
							if x[i] < x[j] || x[i] == x[j] && i < j {
								s = -s
							}
							x[i] += s
							x[j] -= s
						} else {
							s := oy/2 + 0.5
							if y[i] < y[j] || y[i] == y[j] && i < j {
								s = -s
							}
							y[i] += s
							y[j] -= s
						}
					}
				}
			}
		}
		if !moved {
			return
		}
	}
}

// nodeBox estimates a node's drawn size in points: its circle (from
// influence) or its name, whichever is larger (DejaVu Sans averages about
// 0.62 em a character).
func nodeBox(label string, inf float64) (w, h float64) {
	d := nodeDiameter(inf)
	lines, longest, cur := 1, 0, 0
	for _, r := range label {
		if r == '\n' {
			lines++
			longest = max(longest, cur)
			cur = 0
			continue
		}
		cur++
	}
	longest = max(longest, cur)
	tw := float64(longest)*nodeFont*0.62 + 6
	th := float64(lines)*nodeFont*1.2 + 2
	return math.Max(d, tw), math.Max(d, th)
}
