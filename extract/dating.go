package extract

import (
	"regexp"
	"sort"
	"strings"

	"github.com/actorgraph/actorgraph/extract/actor"
	"github.com/actorgraph/actorgraph/extract/text"
)

// yearRe finds years in running text (not in "© 2024" lines: see
// estimateDate).
var yearRe = regexp.MustCompile(`\b(19[4-9]\d|20[0-4]\d)\b`)

// estimateDate dates a document that carries no date from its own text:
// the office holders it names, read with the titles it gives them ("US
// Secretary of State John Kerry" held that office 2013-2017), and the
// years it mentions. It returns the latest day on which the most named
// persons held a role that fits, preferring days in a year the text
// mentions; "" when the text names no person with dated roles.
func (x *Extractor) estimateDate(src string) string {
	type span struct{ from, to string }
	type named struct{ all, titled []span }
	byID := map[string]*named{}
	var order []string
	years := map[string]bool{}
	text.EachSentence(src, func(st text.Sentence) bool {
		line := src[st.Start:st.End]
		if isBoilerplate(line) {
			return true
		}
		for _, y := range yearRe.FindAllString(line, -1) {
			years[y] = true
		}
		toks := st.Tokens
		for _, m := range x.matcher.Match(src, toks) {
			a := m.Actor
			if a.Kind != actor.Person || len(a.Roles) == 0 || m.Form == actor.Surname {
				continue
			}
			p := byID[a.ID]
			if p == nil {
				p = &named{}
				byID[a.ID] = p
				order = append(order, a.ID)
				for _, r := range a.Roles {
					p.all = append(p.all, span{r.From, r.To})
				}
			}
			// The title may stand before the name or be part of the name
			// matched ("Secretary of State John Kerry").
			words := map[string]bool{}
			for k := max(0, m.Start-6); k < m.End; k++ {
				words[toks[k].Term] = true
			}
			for _, r := range a.Roles {
				if titleNamed(r.Title, words) {
					p.titled = append(p.titled, span{r.From, r.To})
				}
			}
		}
		return true
	})
	var persons [][]span
	for _, id := range order {
		if p := byID[id]; len(p.titled) > 0 {
			persons = append(persons, p.titled)
		} else {
			persons = append(persons, p.all)
		}
	}
	if len(persons) == 0 {
		return ""
	}
	// Candidate days: every role's first and last day.
	cands := map[string]bool{}
	for _, p := range persons {
		for _, sp := range p {
			if sp.from != "" {
				cands[sp.from] = true
			}
			if sp.to != "" {
				cands[sp.to] = true
			}
		}
	}
	days := make([]string, 0, len(cands))
	for d := range cands {
		days = append(days, d)
	}
	sort.Strings(days)
	best, bestScore := "", -1
	for _, d := range days {
		score := 0
		for _, p := range persons {
			for _, sp := range p {
				if (sp.from == "" || sp.from <= d) && (sp.to == "" || d <= sp.to) {
					score += 2
					break
				}
			}
		}
		if len(d) >= 4 && years[d[:4]] {
			score++
		}
		if score >= bestScore {
			best, bestScore = d, score
		}
	}
	return best
}

// titleNamed reports whether the words before a name include the
// significant words of a role's title ("Secretary of State": secretary,
// state).
func titleNamed(title string, before map[string]bool) bool {
	n, hit := 0, 0
	for _, w := range strings.Fields(strings.ToLower(title)) {
		w = strings.Trim(w, "(),.")
		if len(w) < 4 || w == "from" || w == "with" {
			continue
		}
		n++
		if before[w] {
			hit++
		}
	}
	return n > 0 && hit == n
}
