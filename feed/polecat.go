package feed

import (
	"fmt"
	"strings"

	"github.com/actorgraph/actorgraph/event"
	"github.com/actorgraph/actorgraph/plover"
)

// POLECAT columns (POLECAT weekly files, Harvard Dataverse). Some releases
// call the intensity "Intensity", later ones "Event Intensity".
var polecatCols = map[string]column{
	"Event ID":           {names: []string{"Event ID"}, required: true},
	"Event Date":         {names: []string{"Event Date"}, required: true},
	"Event Type":         {names: []string{"Event Type"}, required: true},
	"Event Mode":         {names: []string{"Event Mode"}},
	"Intensity":          {names: []string{"Event Intensity", "Intensity"}},
	"Quad Code":          {names: []string{"Quad Code"}},
	"Actor Name":         {names: []string{"Actor Name"}, required: true},
	"Actor Country":      {names: []string{"Actor Country"}},
	"Actor Sector":       {names: []string{"Primary Actor Sector", "Actor Sectors"}},
	"Recipient Name":     {names: []string{"Recipient Name"}, required: true},
	"Recipient Country":  {names: []string{"Recipient Country"}},
	"Recipient Sector":   {names: []string{"Primary Recipient Sector", "Recipient Sectors"}},
	"Source":             {names: []string{"Source"}},
	"Actor Name Raw":     {names: []string{"Actor Name Raw"}},
	"Recipient Name Raw": {names: []string{"Recipient Name Raw"}},
}

// polecat reads one POLECAT row: already PLOVER. A row may name several
// actors or recipients (separated by ";"); each pair is an event, as
// PLOVER's compound actors stand for each of them. The document is the
// event id; the weight its intensity, or PLOVER's score of the type and
// mode when the row has none.
func (im *importer) polecat(line int, f []string) ([]event.Event, error) {
	get := func(c string) string { return im.hdr.get(f, polecatCols[c]) }
	date, err := isoDate(get("Event Date"), "Event Date")
	if err != nil {
		return nil, err
	}
	id := get("Event ID")
	if id == "" {
		return nil, fmt.Errorf("no Event ID")
	}
	typ := strings.ToUpper(get("Event Type"))
	t, ok := plover.Lookup(typ)
	if !ok {
		if typ == "" {
			return nil, fmt.Errorf("no Event Type")
		}
		return nil, errSkip // PLOVER types actorgraph does not graph (CRIME, ...)
	}
	mode := strings.ToLower(get("Event Mode"))
	var w float64
	if s := get("Intensity"); s != "" {
		if w, err = score(s, "Intensity"); err != nil {
			return nil, err
		}
	} else {
		w, _ = im.opt.Scores.Score(t.Name, mode)
	}
	srcs, tgts := splitList(get("Actor Name")), splitList(get("Recipient Name"))
	if len(srcs) == 0 || len(tgts) == 0 {
		return nil, errSkip
	}
	sc, tc := splitList(get("Actor Country")), splitList(get("Recipient Country"))
	ss, ts := splitList(get("Actor Sector")), splitList(get("Recipient Sector"))
	var out []event.Event
	for i, s := range srcs {
		src := im.act.resolve(spec{name: s, country: nth(sc, i), sector: nth(ss, i), date: date})
		for j, r := range tgts {
			tgt := im.act.resolve(spec{name: r, country: nth(tc, j), sector: nth(ts, j), date: date})
			text := fmt.Sprintf("POLECAT event %s: %s → %s, %s %s", id, s, r, t.Name, mode)
			if src := get("Source"); src != "" {
				text += " (" + src + ")"
			}
			out = append(out, relation(id, date, len(out), text, src, tgt, t, mode, w, strings.TrimSpace(t.Name+" "+mode)))
		}
	}
	return out, nil
}

// splitList splits a ";"-separated field.
func splitList(s string) []string {
	var out []string
	for _, x := range strings.Split(s, ";") {
		if x = strings.TrimSpace(x); x != "" {
			out = append(out, x)
		}
	}
	return out
}

// nth is the i-th value of a list that runs parallel to another, or its
// only value.
func nth(xs []string, i int) string {
	switch {
	case i < len(xs):
		return xs[i]
	case len(xs) == 1:
		return xs[0]
	}
	return ""
}
