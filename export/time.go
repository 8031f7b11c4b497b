package export

import (
	"sort"
	"time"

	"github.com/actorgraph/actorgraph/graph"
)

// The data formats that have time carry the dates of a graph built with
// them (graph.BuildDated): GEXF as spells, the CSV edge tables as a date
// column with one row per relation and date.

// dated reports whether any edge says on which dates it was stated.
func (t *table) dated() bool {
	for _, r := range t.edges {
		for _, x := range r.edge.Dates {
			if x.Date != "" {
				return true
			}
		}
	}
	return false
}

// edgeDates returns the dates an edge was stated on, ascending.
func edgeDates(e *graph.Edge) []string {
	var out []string
	for _, x := range e.Dates {
		if x.Date != "" {
			out = append(out, x.Date)
		}
	}
	return out
}

// nodeDates returns, for every node, the dates its edges were stated on.
func (t *table) nodeDates() map[string][]string {
	set := map[string]map[string]bool{}
	for _, r := range t.edges {
		for _, d := range edgeDates(r.edge) {
			for _, id := range []string{r.source, r.target} {
				if set[id] == nil {
					set[id] = map[string]bool{}
				}
				set[id][d] = true
			}
		}
	}
	out := map[string][]string{}
	for id, ds := range set {
		for d := range ds {
			out[id] = append(out[id], d)
		}
		sort.Strings(out[id])
	}
	return out
}

// spells merges sorted dates into intervals of consecutive days.
func spells(dates []string) [][2]string {
	var out [][2]string
	for _, d := range dates {
		if n := len(out); n > 0 {
			last, err1 := time.Parse(time.DateOnly, out[n-1][1])
			this, err2 := time.Parse(time.DateOnly, d)
			if err1 == nil && err2 == nil && this.Sub(last) <= 24*time.Hour {
				out[n-1][1] = d
				continue
			}
		}
		out = append(out, [2]string{d, d})
	}
	return out
}

// byDate expands an edge row into one row per date of its Dates, with that
// date's count, documents, weight, score, cooperation and conflict and its
// first evidence of that date; an edge without dates stays one row with
// an empty date.
func (t *table) byDate(r row) (rows []row, dates []string) {
	if len(r.edge.Dates) == 0 {
		return []row{r}, []string{""}
	}
	col := func(name string) int {
		for i, c := range t.edgeCols {
			if c.name == name {
				return i
			}
		}
		panic("export: no column " + name)
	}
	count, docs, weight, score := col("count"), col("documents"), col("weight"), col("score")
	coop, conf, ev, evDoc, evDate, evURL := col("cooperation"), col("conflict"), col("evidence"), col("evidence_doc"), col("evidence_date"), col("evidence_url")
	for _, x := range r.edge.Dates {
		vals := append([]any(nil), r.vals...)
		vals[count], vals[docs] = x.Count, x.Documents
		vals[weight], vals[score] = finite(x.Cooperation+x.Conflict), finite(x.Weight)
		vals[coop], vals[conf] = finite(x.Cooperation), finite(x.Conflict)
		vals[ev], vals[evDoc], vals[evDate], vals[evURL] = nil, nil, nil, nil
		for _, e := range r.edge.Evidence {
			if e.Date == x.Date {
				vals[ev], vals[evDoc], vals[evDate], vals[evURL] = nonEmpty(clean(e.Text)), nonEmpty(e.Doc), nonEmpty(e.Date), nonEmpty(clean(e.URL))
				break
			}
		}
		rows = append(rows, row{id: r.id, source: r.source, target: r.target, vals: vals, edge: r.edge})
		dates = append(dates, x.Date)
	}
	return rows, dates
}
