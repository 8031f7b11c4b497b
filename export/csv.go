package export

import (
	"encoding/csv"
	"io"
	"strings"
	"unicode"
)

var neo4jType = [...]string{kString: "", kInt: ":int", kFloat: ":double", kBool: ":boolean"}

// writeCSV writes the node or the edge table as CSV (RFC 4180, a header
// row, missing values empty). The edge table of a dated graph has a last
// column, date, and one row per relation and date with that date's
// figures (see byDate). With neo4j the header and values follow
// neo4j-admin database import: typed headers, :ID/:LABEL for nodes
// (labels Actor and the actor's kind), :START_ID/:END_ID/:TYPE (the PLOVER
// type) for relationships, modes as a string[] split on ";", and every
// value on one line.
func (t *table) writeCSV(w io.Writer, edges, neo4j bool) error {
	cw := csv.NewWriter(w)
	cols, rows := t.nodeCols, t.nodes
	if edges {
		cols, rows = t.edgeCols, t.edges
	}
	var head []string
	switch {
	case edges && neo4j:
		head = []string{":START_ID", ":END_ID"}
	case edges:
		head = []string{"source", "target"}
	case neo4j:
		head = []string{"id:ID"}
	default:
		head = []string{"id"}
	}
	for _, c := range cols {
		switch {
		case !neo4j:
			head = append(head, c.name)
		case c.name == "type":
			head = append(head, ":TYPE")
		case c.name == "modes":
			head = append(head, "modes:string[]")
		default:
			head = append(head, c.name+neo4jType[c.kind])
		}
	}
	if neo4j && !edges {
		head = append(head, ":LABEL")
	}
	// A dated graph's edge table has a row per relation and date.
	dated := edges && t.dated()
	if dated {
		if neo4j {
			head = append(head, "date:date")
		} else {
			head = append(head, "date")
		}
	}
	if err := cw.Write(head); err != nil {
		return err
	}
	rec := make([]string, 0, len(head))
	var dates []string
	if dated {
		var all []row
		for _, r := range rows {
			rs, ds := t.byDate(r)
			all, dates = append(all, rs...), append(dates, ds...)
		}
		rows = all
	}
	for k, r := range rows {
		rec = rec[:0]
		if edges {
			rec = append(rec, r.source, r.target)
		} else {
			rec = append(rec, r.id)
		}
		for i, c := range cols {
			v := text(r.vals[i])
			if neo4j {
				v = clean(v)
				if c.name == "type" && v == "" {
					v = "RELATED"
				}
			}
			rec = append(rec, v)
		}
		if neo4j && !edges {
			rec = append(rec, neo4jLabels(text(r.vals[1])))
		}
		if dated {
			rec = append(rec, dates[k])
		}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// neo4jLabels is "Actor" and the kind in CamelCase: "armed_group" gives
// "Actor;ArmedGroup".
func neo4jLabels(kind string) string {
	var b strings.Builder
	up := true
	for _, r := range kind {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			up = true
			continue
		}
		if up {
			r = unicode.ToUpper(r)
			up = false
		}
		b.WriteRune(r)
	}
	if b.Len() == 0 || b.String() == "Actor" {
		return "Actor"
	}
	return "Actor;" + b.String()
}
