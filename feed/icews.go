package feed

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/actorgraph/actorgraph/event"
)

// ICEWS coded event columns (ICEWS Coded Event Data, Harvard Dataverse).
var icewsCols = map[string]column{
	"Event ID":        {names: []string{"Event ID"}},
	"Event Date":      {names: []string{"Event Date"}, required: true},
	"Source Name":     {names: []string{"Source Name"}, required: true},
	"Source Sectors":  {names: []string{"Source Sectors"}},
	"Source Country":  {names: []string{"Source Country"}},
	"Event Text":      {names: []string{"Event Text"}},
	"CAMEO Code":      {names: []string{"CAMEO Code"}, required: true},
	"Intensity":       {names: []string{"Intensity"}, required: true},
	"Target Name":     {names: []string{"Target Name"}, required: true},
	"Target Sectors":  {names: []string{"Target Sectors"}},
	"Target Country":  {names: []string{"Target Country"}},
	"Story ID":        {names: []string{"Story ID"}},
	"Sentence Number": {names: []string{"Sentence Number"}},
}

// icews reads one ICEWS row. The document is the story, the sentence its
// number in it (so two events of one sentence count once, as extracted
// ones do); the weight is the intensity.
func (im *importer) icews(line int, f []string) ([]event.Event, error) {
	get := func(c string) string { return im.hdr.get(f, icewsCols[c]) }
	date, err := isoDate(get("Event Date"), "Event Date")
	if err != nil {
		return nil, err
	}
	w, err := score(get("Intensity"), "Intensity")
	if err != nil {
		return nil, err
	}
	code := get("CAMEO Code")
	if !digits(code) {
		return nil, fmt.Errorf("CAMEO Code %q is not a CAMEO code", code)
	}
	sentence := line
	doc := get("Story ID")
	if doc == "" {
		doc = fmt.Sprintf("%s:%d", im.name, line)
	} else if n := get("Sentence Number"); n != "" {
		if sentence, err = strconv.Atoi(n); err != nil {
			return nil, fmt.Errorf("Sentence Number %q is not a number", n)
		}
	}
	if get("Source Name") == "" || get("Target Name") == "" {
		return nil, errSkip
	}
	cc, ok := im.opt.Cameo.Lookup(code)
	if !ok {
		return nil, errSkip
	}
	src := im.act.resolve(spec{name: get("Source Name"), country: get("Source Country"), sector: get("Source Sectors"), date: date})
	tgt := im.act.resolve(spec{name: get("Target Name"), country: get("Target Country"), sector: get("Target Sectors"), date: date})
	text := fmt.Sprintf("ICEWS event %s: %s → %s, %s (CAMEO %s)", get("Event ID"), get("Source Name"), get("Target Name"), get("Event Text"), code)
	return []event.Event{relation(doc, date, sentence, text, src, tgt, cc.Type, cc.Mode, w, "CAMEO "+code)}, nil
}

// isoDate checks a YYYY-MM-DD date (a time after it is dropped).
func isoDate(s, what string) (string, error) {
	s = strings.TrimSpace(s)
	if len(s) >= 10 {
		if y, m, d := s[:4], s[5:7], s[8:10]; digits(y) && digits(m) && digits(d) && s[4] == '-' && s[7] == '-' &&
			m >= "01" && m <= "12" && d >= "01" && d <= "31" && (len(s) == 10 || s[10] == ' ' || s[10] == 'T') {
			return s[:10], nil
		}
	}
	return "", fmt.Errorf("%s %q is not YYYY-MM-DD", what, s)
}
