package feed

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/actorgraph/actorgraph/event"
)

// GDELT 2.0 event table columns (GDELT Event Codebook V2.0, 0-based).
const (
	gdeltColumns = 61

	gGlobalEventID   = 0
	gSQLDate         = 1
	gActor1Code      = 5
	gActor1Name      = 6
	gActor1Country   = 7
	gActor1Type1Code = 12
	gActor2Code      = 15
	gActor2Name      = 16
	gActor2Country   = 17
	gActor2Type1Code = 22
	gEventCode       = 26
	gQuadClass       = 29
	gGoldsteinScale  = 30
	gNumMentions     = 31
	gSourceURL       = 60
)

// gdelt reads one row of a GDELT 2.0 event file. The document is the
// source article (SOURCEURL), the sentence the row's line, so that each
// row counts; the weight is the Goldstein score.
func (im *importer) gdelt(line int, f []string) ([]event.Event, error) {
	if len(f) != gdeltColumns {
		return nil, fmt.Errorf("want %d tab-separated columns (GDELT 2.0 events), got %d", gdeltColumns, len(f))
	}
	id := strings.TrimSpace(f[gGlobalEventID])
	if id == "" {
		return nil, fmt.Errorf("no GLOBALEVENTID")
	}
	date, err := ymd(f[gSQLDate])
	if err != nil {
		return nil, err
	}
	w, err := score(strings.TrimSpace(f[gGoldsteinScale]), "GoldsteinScale")
	if err != nil {
		return nil, err
	}
	if q := strings.TrimSpace(f[gQuadClass]); q != "" && (len(q) != 1 || q < "1" || q > "4") {
		return nil, fmt.Errorf("QuadClass %q is not 1-4", q)
	}
	code := strings.TrimSpace(f[gEventCode])
	if !digits(code) {
		return nil, fmt.Errorf("EventCode %q is not a CAMEO code", code)
	}
	if strings.TrimSpace(f[gActor1Code]) == "" || strings.TrimSpace(f[gActor2Code]) == "" {
		return nil, errSkip // an event with one actor: no relation
	}
	cc, ok := im.opt.Cameo.Lookup(code)
	if !ok {
		return nil, errSkip // 01 statements and 02 appeals have no PLOVER type
	}
	date = strings.TrimSpace(date)
	src := im.gdeltActor(f[gActor1Code], f[gActor1Name], f[gActor1Country], f[gActor1Type1Code], date)
	tgt := im.gdeltActor(f[gActor2Code], f[gActor2Name], f[gActor2Country], f[gActor2Type1Code], date)
	doc := strings.TrimSpace(f[gSourceURL])
	if doc == "" {
		doc = "gdelt:" + id
	}
	text := fmt.Sprintf("GDELT event %s: %s → %s, CAMEO %s %s (%s mentions)", id, src.Name, tgt.Name, code, cc.Description, strings.TrimSpace(f[gNumMentions]))
	return []event.Event{relation(doc, date, line, text, src, tgt, cc.Type, cc.Mode, w, "CAMEO "+code)}, nil
}

// gdeltActor resolves a CAMEO actor code: its first three letters are a
// country (ActorCountryCode) or a group (IGO, NGO, REB), the type code
// its sector.
func (im *importer) gdeltActor(code, name, country, typ, date string) event.Actor {
	code, name, country, typ = strings.TrimSpace(code), strings.TrimSpace(name), strings.TrimSpace(country), strings.TrimSpace(typ)
	s := spec{name: titleCase(name), country: country, sector: typ, date: date}
	if country != "" && (code == country || code == country+typ) {
		s.name = "" // the country or one of its sectors
	}
	a := im.act.resolve(s)
	if a.ID == "" {
		a.ID = code
	}
	return a
}

// titleCase turns GDELT's upper-case names into names ("UNITED NATIONS" →
// "United Nations").
func titleCase(s string) string {
	words := strings.Fields(strings.ToLower(s))
	for i, w := range words {
		words[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	return strings.Join(words, " ")
}

// ymd turns a YYYYMMDD date into YYYY-MM-DD.
func ymd(s string) (string, error) {
	s = strings.TrimSpace(s)
	if len(s) != 8 || !digits(s) {
		return "", fmt.Errorf("SQLDATE %q is not YYYYMMDD", s)
	}
	m, _ := strconv.Atoi(s[4:6])
	d, _ := strconv.Atoi(s[6:8])
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return "", fmt.Errorf("SQLDATE %q is not a date", s)
	}
	return s[:4] + "-" + s[4:6] + "-" + s[6:], nil
}
