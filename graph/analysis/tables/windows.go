package tables

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/analysis"
)

// Window is one window of an analysis over time: its span and report.
type Window struct {
	Span   graph.Span
	Report *analysis.Report
}

// WriteWindowed writes one table per window as a single table: a window
// column (the window's label) before the table's own, the header once.
// table writes the table of window i.
func WriteWindowed(w io.Writer, windows []Window, table func(w io.Writer, i int) error) error {
	bw := bufio.NewWriter(w)
	for i, win := range windows {
		var b bytes.Buffer
		if err := table(&b, i); err != nil {
			return err
		}
		lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
		if i == 0 {
			fmt.Fprintf(bw, "window\t%s\n", lines[0])
		}
		for _, l := range lines[1:] {
			fmt.Fprintf(bw, "%s\t%s\n", field.Replace(win.Span.Label), l)
		}
	}
	return bw.Flush()
}

// WriteWindowsJSON writes the reports of the windows as one JSON object:
// the window length and, for every window, its label, dates and the
// report as WriteJSON writes it.
func WriteWindowsJSON(w io.Writer, length string, windows []Window) error {
	type jsonWindow struct {
		Label    string          `json:"label"`
		From     string          `json:"from"`
		To       string          `json:"to"`
		Analysis json.RawMessage `json:"analysis"`
	}
	out := struct {
		Window  string       `json:"window"`
		Windows []jsonWindow `json:"windows"`
	}{Window: length, Windows: []jsonWindow{}}
	for _, win := range windows {
		var b bytes.Buffer
		if err := WriteJSON(&b, win.Report); err != nil {
			return err
		}
		out.Windows = append(out.Windows, jsonWindow{win.Span.Label, win.Span.From, win.Span.To, json.RawMessage(b.Bytes())})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}

// WriteWindowsMarkdown writes the Markdown report of every window, one
// after the other, under a heading that names the window.
func WriteWindowsMarkdown(w io.Writer, windows []Window) error {
	for i, win := range windows {
		if i > 0 {
			if _, err := io.WriteString(w, "\n---\n\n"); err != nil {
				return err
			}
		}
		if win.Report.Nodes == 0 {
			if _, err := fmt.Fprintf(w, "# %s (%s to %s)\n\nNo relations in this window.\n", mdCell.Replace(win.Span.Label), win.Span.From, win.Span.To); err != nil {
				return err
			}
			continue
		}
		if err := WriteMarkdown(w, win.Report); err != nil {
			return err
		}
	}
	return nil
}
