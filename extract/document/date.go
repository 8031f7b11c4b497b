package document

import (
	"regexp"
	"strings"
	"time"
)

var months = map[string]time.Month{
	"jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
	"may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
	"september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}

var (
	isoDate = regexp.MustCompile(`\b((?:19|20)\d\d)-(\d\d)-(\d\d)(?:T|\b)`) // T: RFC 3339
	dmyDate = regexp.MustCompile(`(?i)\b(\d{1,2})(?:st|nd|rd|th)?\s+(jan|january|feb|february|mar|march|apr|april|may|june?|july?|aug|august|sept?|september|oct|october|nov|november|dec|december)\.?,?\s+((?:19|20)\d\d)\b`)
	mdyDate = regexp.MustCompile(`(?i)\b(jan|january|feb|february|mar|march|apr|april|may|june?|july?|aug|august|sept?|september|oct|october|nov|november|dec|december)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)\b`)
)

// ParseDate accepts YYYY-MM-DD (optionally followed by a time, as in
// RFC 3339) and returns it normalised.
func ParseDate(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if len(s) >= 10 {
		if t, err := time.Parse("2006-01-02", s[:10]); err == nil && (len(s) == 10 || s[10] == 'T' || s[10] == ' ') {
			return t.Format("2006-01-02"), true
		}
	}
	return "", false
}

// Dateline finds the publication date of an article in its first lines:
// a line that is (or starts with) a date such as "12 July, 2016",
// "July 12, 2016" or "2016-07-12". News pages print it near the top; a
// date deeper in the text is more likely an event date, so only the first
// 12 lines are searched. It returns "" when none is found.
func Dateline(text string) string {
	lines := strings.SplitN(text, "\n", 14)
	if len(lines) > 13 {
		lines = lines[:13]
	}
	for _, l := range lines {
		l = strings.TrimSpace(l)
		if l == "" || len(l) > 80 { // a dateline is short; long lines are prose
			continue
		}
		if d := findDate(l); d != "" {
			return d
		}
	}
	return ""
}

func findDate(l string) string {
	var y, d string
	var m time.Month
	if x := isoDate.FindStringSubmatch(l); x != nil {
		if t, err := time.Parse("2006-01-02", x[1]+"-"+x[2]+"-"+x[3]); err == nil {
			return t.Format("2006-01-02")
		}
	}
	if x := dmyDate.FindStringSubmatch(l); x != nil {
		d, m, y = x[1], months[strings.ToLower(x[2])], x[3]
	} else if x := mdyDate.FindStringSubmatch(l); x != nil {
		m, d, y = months[strings.ToLower(x[1])], x[2], x[3]
	} else {
		return ""
	}
	if len(d) == 1 {
		d = "0" + d
	}
	t, err := time.Parse("2006-1-02", y+"-"+itoa(int(m))+"-"+d)
	if err != nil {
		return ""
	}
	return t.Format("2006-01-02")
}

func itoa(i int) string {
	if i < 10 {
		return string(rune('0' + i))
	}
	return "1" + string(rune('0'+i-10))
}
