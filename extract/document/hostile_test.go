package document

import (
	"strings"
	"testing"
	"time"
)

// Pages built to be slow for an HTML parser are read in time, and a page
// the parser refuses is an error naming the file, not its markup read as
// text. (x/net v0.38.0 took 6.7 s for 32,000 nested <div>s and had not
// finished 100,000 in ten minutes, CVE-2025-47911.)
func TestHTMLHostile(t *testing.T) {
	cases := []struct {
		name, src string
		refused   bool
	}{
		{"100k nested div", strings.Repeat("<div>", 100000) + "Russia attacked Ukraine." + strings.Repeat("</div>", 100000), true},
		{"100k unclosed table cells", "<table>" + strings.Repeat("<tr><td><table><caption>", 20000) + "x", true},
		{"100k stray closing tags", "<p>Kerry met Lavrov.</p>" + strings.Repeat("</table></td></tr></select>", 25000), false},
		{"90k open formatting", strings.Repeat("<b><i><a>", 30000) + "text", true},
	}
	for _, c := range cases {
		start := time.Now()
		docs, errs := Read(strings.NewReader(c.src), HTML, "page", "page.html")
		took := time.Since(start)
		if took > 10*time.Second {
			t.Errorf("%s: %v", c.name, took)
		}
		t.Logf("%s: %d bytes in %v", c.name, len(c.src), took)
		if c.refused {
			if len(errs) != 1 || !strings.Contains(errs[0].Error(), "page.html: not parsed as HTML") || len(docs) != 0 {
				t.Errorf("%s: %d documents, errors %v", c.name, len(docs), errs)
			}
			continue
		}
		if len(errs) != 0 || len(docs) != 1 || strings.Contains(docs[0].Text, "<") {
			t.Errorf("%s: %d documents, errors %v", c.name, len(docs), errs)
		}
	}
}

// UTF-16 is named as such, not "not valid UTF-8" or "binary data".
func TestUTF16(t *testing.T) {
	le := []byte{0xff, 0xfe}
	be := []byte{0xfe, 0xff}
	var plain []byte
	for _, c := range "Russia attacked Ukraine on Monday." {
		le = append(le, byte(c), 0)
		be = append(be, 0, byte(c))
		plain = append(plain, byte(c), 0)
	}
	for _, b := range [][]byte{le, be, plain} {
		_, errs := Read(strings.NewReader(string(b)), Text, "d", "d.txt")
		if len(errs) != 1 || !strings.Contains(errs[0].Error(), "d.txt: UTF-16 text") {
			t.Errorf("% x...: %v", b[:6], errs)
		}
	}
}
