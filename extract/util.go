package extract

import (
	"sort"
	"strings"
)

// sameSide reports whether two actors are one side: the same id, or the
// same state and both its organs (a minister and his government, the army
// and the state). The people, the opposition and rebels are not the
// state's side: "Iraqis protested against the government" is a relation.
func sameSide(a, b Actor) bool {
	if a.ID == b.ID {
		return true
	}
	if a.Country == "" || a.Country != b.Country {
		return false
	}
	return a.StateSide() && b.StateSide()
}

var victimVerbs = grammar("victim_forms")

// SortEvents orders events by document, sentence and trigger offset.
func SortEvents(ev []Event) {
	sort.SliceStable(ev, func(i, j int) bool {
		a, b := ev[i], ev[j]
		if a.Doc != b.Doc {
			return a.Doc < b.Doc
		}
		if a.Sentence != b.Sentence {
			return a.Sentence < b.Sentence
		}
		return a.Trigger.Start < b.Trigger.Start
	})
}

// boilerplate lines of news pages that carry no news.
var boilerplateCues = []string{
	"unblock notifications", "submit your stories", "sign up", "newsletter", "skip to main content",
	"all rights reserved", "copyright", "©", "play live radio", "min read", "contributed to this report",
	"subscribe", "cookie", "privacy policy", "terms of use", "follow us", "share this", "click here",
	"to learn more about republishing", "prides ourselves", "donations to keep", "available on air",
	"read more", "advertisement", "stay informed", "more about mee", "without a paywall",
	"rely on your donations", "free for you to read", "consider becoming a member", "eyewitness?",
	"delivers independent and unrivalled coverage",
}

// isBoilerplate reports whether a sentence is web page furniture.
func isBoilerplate(s string) bool {
	l := strings.ToLower(s)
	for _, c := range boilerplateCues {
		if strings.Contains(l, c) {
			return true
		}
	}
	return false
}
