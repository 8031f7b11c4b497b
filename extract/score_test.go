package extract_test

// A Go port of the scoring rules of the project's scorer (shared/bin/score):
// actors are mapped to the gold's coarse codes, relations are compared per
// document as (source, target, type) with CONSULT, AGREE and COOPERATE
// symmetric; precision counts every distinct predicted relation of a
// document, core recall every distinct core gold relation; a trap is a
// predicted relation equal to a trap line whose evidence is the trap's.

import (
	"bufio"
	"os"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/extract"
)

var symmetric = map[string]bool{"CONSULT": true, "AGREE": true, "COOPERATE": true}

type goldName struct {
	name, code string
	named      bool
}

type scorer struct{ names []goldName }

var nonAlnum = regexp.MustCompile(`[^a-z0-9]+`)

func loadScorer(t *testing.T, path string) *scorer {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := &scorer{}
	paren := regexp.MustCompile(`\([^)]*\)`)
	split := regexp.MustCompile(`,|;|/`)
	s := bufio.NewScanner(f)
	for s.Scan() {
		line := s.Text()
		if strings.HasPrefix(line, "#") || strings.TrimSpace(line) == "" {
			continue
		}
		fs := append(strings.Split(line, "\t"), "", "")
		code, kind, names := fs[0], strings.TrimSpace(fs[1]), fs[2]
		if kind == "state" {
			continue
		}
		named := kind != "rebels" && kind != "opposition" && kind != "separatists"
		for _, n := range split.Split(paren.ReplaceAllString(names, ""), -1) {
			n = strings.ToLower(strings.Trim(strings.TrimSpace(n), `"`))
			if len(n) >= 2 {
				sc.names = append(sc.names, goldName{n, code, named})
			}
		}
	}
	sort.SliceStable(sc.names, func(i, j int) bool { return len(sc.names[i].name) > len(sc.names[j].name) })
	return sc
}

var (
	isisRe = regexp.MustCompile(`(?i)islamic state|\bisis\b|\bisil\b|daesh`)
	unRe   = regexp.MustCompile(`united nations|\bUNO?\b`)
	euRe   = regexp.MustCompile(`european union|\bEU\b`)
)

// code maps an actor to the gold's codes exactly as the scorer does.
func (sc *scorer) code(a extract.Actor) string {
	name := a.Name + " " + a.ID
	low := " " + nonAlnum.ReplaceAllString(strings.ToLower(name), " ") + " "
	byName := func(namedOnly bool) string {
		for _, n := range sc.names {
			if (n.named || !namedOnly) && strings.Contains(low, " "+strings.TrimSpace(nonAlnum.ReplaceAllString(n.name, " "))+" ") {
				return n.code
			}
		}
		return ""
	}
	if c := byName(true); c != "" {
		return c
	}
	sector, country, kind := strings.ToUpper(a.Sector), strings.ToUpper(a.Country), strings.ToLower(a.Kind)
	if country == "USR" || country == "SUN" {
		country = "RUS"
	}
	switch {
	case isisRe.MatchString(name):
		return "ISIS"
	case unRe.MatchString(name):
		return "UN"
	case euRe.MatchString(name):
		return "EU"
	}
	if len(country) == 3 {
		if s := sector; len(s) >= 3 && map[string]bool{"REB": true, "OPP": true, "INS": true, "SEP": true, "UAF": true}[s[:3]] ||
			kind == "rebels" || kind == "opposition" || kind == "insurgents" || kind == "separatists" {
			return country + "REB"
		}
		return country
	}
	if c := byName(false); c != "" {
		return c
	}
	switch kind {
	case "igo":
		return "IGO"
	case "ngo":
		return "NGO"
	case "armed_group", "armed-group", "militant", "img":
		return "IMG"
	}
	return "---"
}

type rel struct{ s, t, typ string }

func matches(types map[string]bool, s, t string, p rel) bool {
	if !types[p.typ] {
		return false
	}
	return (s == p.s && t == p.t) || symmetric[p.typ] && s == p.t && t == p.s
}

type goldRel struct {
	doc, s, t, level, evidence string
	types                      map[string]bool
}

func readTSV(t *testing.T, path string, cols int) [][]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out [][]string
	s := bufio.NewScanner(f)
	for s.Scan() {
		line := s.Text()
		if strings.HasPrefix(line, "#") || strings.TrimSpace(line) == "" {
			continue
		}
		fs := strings.Split(line, "\t")
		if len(fs) != cols {
			t.Fatalf("%s: want %d columns: %q", path, cols, line)
		}
		out = append(out, fs)
	}
	return out
}

type seedScore struct {
	precision, coreRecall float64
	tp, fp, found, core   int
	traps                 []string
	falsePos, missed      []string
}

func scoreSeeds(t *testing.T, events []extract.Event) seedScore {
	sc := loadScorer(t, "testdata/gold/actors.tsv")
	var gold []goldRel
	docSet := map[string]bool{}
	for _, f := range readTSV(t, "testdata/gold/seeds.tsv", 6) {
		types := map[string]bool{}
		for _, ty := range strings.Split(f[2], "|") {
			types[ty] = true
		}
		gold = append(gold, goldRel{f[0], f[1], f[3], f[4], f[5], types})
		docSet[f[0]] = true
	}
	docOf := func(id string) string {
		for d := range docSet {
			if strings.HasPrefix(id, d) {
				return d
			}
		}
		return id
	}
	pred := map[string]map[rel]bool{}
	for _, e := range events {
		if e.Modality != extract.Asserted {
			continue
		}
		d := docOf(e.Doc)
		if pred[d] == nil {
			pred[d] = map[rel]bool{}
		}
		pred[d][rel{sc.code(e.Source), sc.code(e.Target), e.Type}] = true
	}
	var res seedScore
	for d, rs := range pred {
		for r := range rs {
			ok := false
			for _, g := range gold {
				if g.doc == d && matches(g.types, g.s, g.t, r) {
					ok = true
					break
				}
			}
			if ok {
				res.tp++
			} else {
				res.fp++
				res.falsePos = append(res.falsePos, d+" "+r.s+" "+r.typ+" "+r.t)
			}
		}
	}
	coreKeys := map[string]goldRel{}
	for _, g := range gold {
		if g.level == "core" {
			var ts []string
			for ty := range g.types {
				ts = append(ts, ty)
			}
			sort.Strings(ts)
			coreKeys[g.doc+" "+g.s+" "+strings.Join(ts, "|")+" "+g.t] = g
		}
	}
	for k, g := range coreKeys {
		hit := false
		for r := range pred[g.doc] {
			if matches(g.types, g.s, g.t, r) {
				hit = true
				break
			}
		}
		if hit {
			res.found++
		} else {
			res.missed = append(res.missed, k)
		}
	}
	res.core = len(coreKeys)
	for _, f := range readTSV(t, "testdata/gold/seeds-traps.tsv", 5) {
		for _, e := range events {
			if e.Modality != extract.Asserted || docOf(e.Doc) != f[0] {
				continue
			}
			if strings.Contains(e.Text, f[4]) || e.Text != "" && strings.Contains(f[4], e.Text) {
				if matches(map[string]bool{f[2]: true}, f[1], f[3], rel{sc.code(e.Source), sc.code(e.Target), e.Type}) {
					res.traps = append(res.traps, strings.Join(f, " "))
				}
			}
		}
	}
	if res.tp+res.fp > 0 {
		res.precision = float64(res.tp) / float64(res.tp+res.fp)
	}
	if res.core > 0 {
		res.coreRecall = float64(res.found) / float64(res.core)
	}
	sort.Strings(res.falsePos)
	sort.Strings(res.missed)
	return res
}
