package actor

import (
	"strings"
	"testing"
)

// Find resolves a name as the extractor does: whole names, aliases of
// every form, case-sensitive acronyms; never a part of a word ("US" is not
// in "Russia", "UK" not in "Ukraine").
func TestFind(t *testing.T) {
	d, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		q    string
		want string // ids, space-separated; "" for none
	}{
		{"US", "USA"}, {"U.S.", "USA"}, {"us", "USA"}, {"America", "USA"}, {"Washington", "USA"}, {"usa", "USA"},
		{"United States", "USA"}, {"Moscow", "RUS"}, {"russia", "RUS"}, {"UK", "GBR"},
		{"rus", "RUS"}, {"Russ", ""}, {"Ukrain", ""}, {"States", ""}, {"", ""},
	} {
		var got []string
		for _, a := range d.Find(c.q) {
			got = append(got, a.ID)
		}
		if g := strings.Join(got, " "); g != c.want {
			t.Errorf("Find(%q) = %q, want %q", c.q, g, c.want)
		}
	}
	putin := d.Find("Putin")
	if len(putin) != 1 || putin[0].Kind != Person {
		t.Fatalf("Find(Putin) = %v", putin)
	}
	if aff := putin[0].Affiliations(); len(aff) == 0 || aff[0] != "RUS" {
		t.Errorf("Putin acts for %v, want RUS", aff)
	}
}
