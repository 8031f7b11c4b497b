package document

import (
	"fmt"
	"regexp"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// skipped elements hold no article text.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Nav: true, atom.Header: true,
	atom.Footer: true, atom.Aside: true, atom.Form: true, atom.Button: true, atom.Svg: true,
	atom.Iframe: true, atom.Template: true, atom.Select: true, atom.Figure: false,
}

// block elements end a line: the sentence splitter treats line breaks as
// boundaries, as paragraphs are.
var block = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Br: true, atom.Li: true, atom.H1: true, atom.H2: true,
	atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true, atom.Tr: true, atom.Blockquote: true,
	atom.Section: true, atom.Article: true, atom.Figcaption: true, atom.Pre: true, atom.Table: true,
	atom.Ul: true, atom.Ol: true, atom.Dt: true, atom.Dd: true, atom.Hr: true, atom.Main: true,
}

// fromHTML extracts the visible article text, the <title> and a
// publication date from common meta tags. A page the parser refuses (such
// as elements nested more than 512 deep) is an error: its markup is not
// article text.
func fromHTML(src string) (Document, error) {
	var d Document
	var b strings.Builder
	root, err := html.Parse(strings.NewReader(src))
	if err != nil {
		return Document{}, fmt.Errorf("not parsed as HTML: %v", err)
	}
	var walk func(n *html.Node, inTitle bool)
	walk = func(n *html.Node, inTitle bool) {
		switch n.Type {
		case html.TextNode:
			if inTitle {
				d.Title += n.Data
				return
			}
			b.WriteString(collapse(n.Data))
			return
		case html.ElementNode:
			if n.DataAtom == atom.Title {
				inTitle = true
			}
			if n.DataAtom == atom.Meta {
				metaDate(n, &d)
			}
			if skipped[n.DataAtom] || hiddenAttr(n) {
				return
			}
			if block[n.DataAtom] {
				b.WriteString("\n")
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inTitle)
		}
		if n.Type == html.ElementNode && block[n.DataAtom] {
			b.WriteString("\n")
		}
	}
	walk(root, false)
	d.Title = strings.TrimSpace(collapse(d.Title))
	d.Text = tidyLines(b.String())
	return d, nil
}

func hiddenAttr(n *html.Node) bool {
	for _, a := range n.Attr {
		if a.Key == "hidden" || (a.Key == "aria-hidden" && a.Val == "true") {
			return true
		}
	}
	return false
}

func metaDate(n *html.Node, d *Document) {
	var key, content string
	for _, a := range n.Attr {
		switch a.Key {
		case "property", "name", "itemprop":
			key = strings.ToLower(a.Val)
		case "content":
			content = a.Val
		}
	}
	switch key {
	case "article:published_time", "datepublished", "date", "pubdate", "dc.date", "og:published_time":
		if dt, ok := ParseDate(content); ok && d.Date == "" {
			d.Date = dt
		}
	}
}

var spaces = regexp.MustCompile(`[ \t\r\f\v\x{00a0}]+`)

func collapse(s string) string {
	return spaces.ReplaceAllString(strings.ReplaceAll(s, "\n", " "), " ")
}

// tidyLines trims every line and collapses runs of blank lines to one.
func tidyLines(s string) string {
	var out []string
	blank := true
	for _, l := range strings.Split(s, "\n") {
		l = strings.TrimSpace(l)
		if l == "" {
			if !blank {
				out = append(out, "")
			}
			blank = true
			continue
		}
		out = append(out, l)
		blank = false
	}
	return strings.TrimSpace(strings.Join(out, "\n"))
}

var (
	mdLink    = regexp.MustCompile(`!?\[([^\]]*)\]\([^)]*\)`)
	mdHeading = regexp.MustCompile(`(?m)^#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$`)
	// Emphasis needs matching delimiters that hug the text ("5 * 3 * 4" is
	// not emphasis); '_' does not emphasise inside a word (file_name).
	mdEmphasis = regexp.MustCompile(`\*\*([^*\s](?:[^*\n]*[^*\s])?)\*\*|\b__([^_\s](?:[^_\n]*[^_\s])?)__\b|` +
		`\*([^*\s](?:[^*\n]*[^*\s])?)\*|\b_([^_\s](?:[^_\n]*[^_\s])?)_\b|~~([^~\n]+)~~|` + "`([^`\n]+)`")
	mdList    = regexp.MustCompile(`(?m)^[ \t]*(?:[-*+]|\d+\.)[ \t]+`)
	mdQuote   = regexp.MustCompile(`(?m)^[ \t]*>[ \t]?`)
	mdFence   = regexp.MustCompile("(?ms)^```.*?^```\\s*$")
	mdHTMLTag = regexp.MustCompile(`</?[a-zA-Z][^>]*>`)
)

// fromMarkdown removes Markdown markup and keeps the words: link texts,
// heading and list texts, emphasised words. Code blocks are dropped.
func fromMarkdown(s string) string {
	s = mdFence.ReplaceAllString(s, "")
	s = mdLink.ReplaceAllString(s, "$1")
	s = mdHeading.ReplaceAllString(s, "$1")
	s = mdList.ReplaceAllString(s, "")
	s = mdQuote.ReplaceAllString(s, "")
	s = mdEmphasis.ReplaceAllString(s, "$1$2$3$4$5$6")
	s = mdHTMLTag.ReplaceAllString(s, "")
	return s
}
