package feed

import (
	"bufio"
	"bytes"
	_ "embed"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/actorgraph/actorgraph/event"
	"github.com/actorgraph/actorgraph/plover"
)

//go:embed acled.tsv
var acledTSV []byte

// ACLEDTable maps ACLED event and sub-event types to PLOVER.
type ACLEDTable struct {
	rules map[[2]string]acledRule // (event_type, sub_event_type) folded; "*" for the rest
}

type acledRule struct {
	typ    plover.Type
	none   bool // "-": no event
	mode   string
	mutual bool
}

// ParseACLED reads a table in the format of acled.tsv; errors name the
// file and line.
func ParseACLED(r io.Reader, filename string) (*ACLEDTable, error) {
	t := &ACLEDTable{rules: map[[2]string]acledRule{}}
	var errs ErrorList
	sc := bufio.NewScanner(r)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.HasPrefix(line, "#") || strings.TrimSpace(line) == "" {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 5 {
			errs = append(errs, &Error{filename, n, fmt.Sprintf("want 5 tab-separated fields (event_type, sub_event_type, type, mode, mutual|directed), got %d", len(f))})
			continue
		}
		rule := acledRule{mode: strings.TrimSpace(f[3])}
		switch strings.TrimSpace(f[4]) {
		case "mutual":
			rule.mutual = true
		case "directed":
		default:
			errs = append(errs, &Error{filename, n, fmt.Sprintf("want mutual or directed, got %q", f[4])})
			continue
		}
		if typ := strings.TrimSpace(f[2]); typ == "-" {
			rule.none = true
		} else if rule.typ, _ = plover.Lookup(typ); rule.typ.Name == "" {
			errs = append(errs, &Error{filename, n, fmt.Sprintf("unknown PLOVER type %q", typ)})
			continue
		}
		t.rules[[2]string{fold(f[0]), fold(f[1])}] = rule
	}
	if err := sc.Err(); err != nil {
		errs = append(errs, &Error{File: filename, Msg: err.Error()})
	}
	return t, errs.Err()
}

func (t *ACLEDTable) lookup(eventType, subType string) (acledRule, bool) {
	if r, ok := t.rules[[2]string{fold(eventType), fold(subType)}]; ok {
		return r, true
	}
	r, ok := t.rules[[2]string{fold(eventType), "*"}]
	return r, ok
}

var (
	acledOnce sync.Once
	acledDef  *ACLEDTable
	acledErr  error
)

// DefaultACLED returns the embedded table (feed/acled.tsv).
func DefaultACLED() (*ACLEDTable, error) {
	acledOnce.Do(func() { acledDef, acledErr = ParseACLED(bytes.NewReader(acledTSV), "feed/acled.tsv") })
	return acledDef, acledErr
}

// ACLED columns (ACLED Codebook).
var acledCols = map[string]column{
	"event_id_cnty":  {names: []string{"event_id_cnty"}, required: true},
	"event_date":     {names: []string{"event_date"}, required: true},
	"event_type":     {names: []string{"event_type"}, required: true},
	"sub_event_type": {names: []string{"sub_event_type"}, required: true},
	"actor1":         {names: []string{"actor1"}, required: true},
	"inter1":         {names: []string{"inter1"}},
	"actor2":         {names: []string{"actor2"}, required: true},
	"inter2":         {names: []string{"inter2"}},
	"country":        {names: []string{"country"}},
	"location":       {names: []string{"location"}},
	"fatalities":     {names: []string{"fatalities"}},
	"notes":          {names: []string{"notes"}},
}

// readACLED reads an ACLED export: comma-separated, quoted, with a header.
func (im *importer) readACLED(r io.Reader) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = true
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			return
		}
		line, _ := cr.FieldPos(0)
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				line = pe.StartLine
				if im.hdr != nil {
					im.res.Rows++
				}
				im.errorf(line, "%v", pe.Err)
				if errors.Is(pe.Err, csv.ErrQuote) || errors.Is(pe.Err, csv.ErrBareQuote) {
					continue
				}
			} else {
				im.errorf(line, "%v", err)
			}
			if im.hdr == nil {
				return
			}
			continue
		}
		if im.hdr == nil {
			if len(rec) > 0 {
				rec[0] = strings.TrimPrefix(rec[0], "\ufeff")
			}
			if err := im.readHeader(rec, acledCols); err != nil {
				im.errorf(line, "%v", err)
				return
			}
			continue
		}
		im.add(line, rec, im.acled)
	}
}

// acled reads one ACLED row. The document is the event; the weight
// PLOVER's score of the type and mode (ACLED has no score); the
// fatalities go in the evidence text.
func (im *importer) acled(line int, f []string) ([]event.Event, error) {
	get := func(c string) string { return im.hdr.get(f, acledCols[c]) }
	if len(f) != len(im.hdrNames) {
		return nil, fmt.Errorf("want %d comma-separated fields as the header, got %d", len(im.hdrNames), len(f))
	}
	id := get("event_id_cnty")
	if id == "" {
		return nil, fmt.Errorf("no event_id_cnty")
	}
	date, err := acledDate(get("event_date"))
	if err != nil {
		return nil, err
	}
	deaths := get("fatalities")
	if deaths != "" {
		if n, err := strconv.Atoi(deaths); err != nil || n < 0 {
			return nil, fmt.Errorf("fatalities %q is not a count", deaths)
		}
	}
	rule, ok := im.opt.ACLED.lookup(get("event_type"), get("sub_event_type"))
	if !ok {
		return nil, fmt.Errorf("unknown event_type %q / sub_event_type %q", get("event_type"), get("sub_event_type"))
	}
	a1, a2 := get("actor1"), get("actor2")
	if rule.none || a1 == "" || a2 == "" {
		return nil, errSkip
	}
	country := get("country")
	src := im.act.resolve(spec{name: a1, country: acledCountry(a1, country), kind: acledKind(get("inter1")), date: date})
	tgt := im.act.resolve(spec{name: a2, country: acledCountry(a2, country), kind: acledKind(get("inter2")), date: date})
	w, _ := im.opt.Scores.Score(rule.typ.Name, rule.mode)
	text := fmt.Sprintf("ACLED event %s: %s, %s: %s and %s", id, get("event_type"), get("sub_event_type"), a1, a2)
	if loc := get("location"); loc != "" {
		text += " in " + loc
	}
	if deaths != "" {
		text += ", " + deaths + " fatalities"
	}
	if notes := get("notes"); notes != "" {
		text += ". " + notes
	}
	trigger := get("sub_event_type")
	if !rule.mutual || rule.typ.Symmetric {
		return []event.Event{relation(id, date, 0, text, src, tgt, rule.typ, rule.mode, w, trigger)}, nil
	}
	return []event.Event{
		relation(id, date, 0, text, src, tgt, rule.typ, rule.mode, w/2, trigger),
		relation(id, date, 1, text, tgt, src, rule.typ, rule.mode, w/2, trigger),
	}, nil
}

// acledDate reads ACLED's dates: 2023-02-16 (API) or 16 February 2023
// (exports).
func acledDate(s string) (string, error) {
	if d, err := isoDate(s, "event_date"); err == nil {
		return d, nil
	}
	for _, layout := range []string{"2 January 2006", "02 January 2006", "2-Jan-06", "1/2/2006"} {
		if t, err := time.Parse(layout, strings.TrimSpace(s)); err == nil {
			return t.Format("2006-01-02"), nil
		}
	}
	return "", fmt.Errorf("event_date %q is not a date", s)
}

// acledCountry is the country an ACLED actor belongs to: the one its name
// says ("Military Forces of Russia (2000-)", "Protesters (Nigeria)"), which
// resolve finds; the event's country is only the fallback for names that
// say none, and then only for state forces, not armed groups abroad.
func acledCountry(name, country string) string {
	if strings.Contains(name, "(") || strings.Contains(strings.ToLower(name), " of ") {
		return ""
	}
	return country
}

// acledKind maps ACLED's interaction codes (inter1, inter2), old numeric
// or new named, to a kind of actor.
func acledKind(inter string) string {
	switch strings.ToLower(strings.TrimSpace(inter)) {
	case "1", "state forces":
		return ""
	case "2", "rebel group", "rebel groups":
		return "rebels"
	case "3", "4", "political militia", "political militias", "identity militia", "identity militias":
		return "armed_group"
	case "5", "6", "7", "rioters", "protesters", "civilians":
		return "civilians"
	}
	return ""
}
