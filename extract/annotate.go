package extract

import (
	"strings"

	"github.com/actorgraph/actorgraph/extract/document"
)

// Annotate sets on the events of a document what the document says about
// itself and the extractor does not record: its URL and title (JSON Lines
// "url" and "title", a file's first line), so that every piece of evidence
// links to its article. The command line and the Beam pipeline call it on
// what Extract returns.
func Annotate(ev []Event, d document.Document) {
	title := strings.Join(strings.Fields(d.Title), " ")
	for i := range ev {
		ev[i].URL, ev[i].Title = d.URL, title
	}
}
