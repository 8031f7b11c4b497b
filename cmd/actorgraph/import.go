package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/actorgraph/actorgraph/feed"
	"github.com/actorgraph/actorgraph/internal/atomicfile"
)

const importHelp = `
Imports coded event data into actorgraph's events (the JSON Lines of
'actorgraph extract'), so that build, analyze, render and report work on
it:

  gdelt    GDELT 2.0 event files (61 tab-separated columns, no header);
           CAMEO codes, weight GoldsteinScale
  icews    ICEWS coded events (tab-separated, with a header); CAMEO codes,
           weight Intensity
  polecat  POLECAT (tab-separated, with a header); PLOVER types, weight
           Intensity
  acled    ACLED exports (CSV with a header); event and sub-event types
           mapped to PLOVER, weight PLOVER's score; battles are mutual

CAMEO codes map to PLOVER with the PLOVER project's 2021 table (-cameo
FILE replaces it); codes PLOVER dropped (01, 02) and rows with one actor
make no event. A malformed row is reported as "actorgraph: FILE:LINE:
problem" and the other rows are kept (exit status 1).`

func cmdImport(ctx context.Context, args []string, e *env) error {
	fs := newFlags(e, "import", "-format gdelt|icews|polecat|acled [flags] FILE|- ...", importHelp)
	format := fs.String("format", "", "input format: gdelt, icews, polecat or acled (required)")
	cameo := fs.String("cameo", "", "a CAMEO → PLOVER `FILE` replacing the built-in table")
	out := fs.String("o", "", "write the events to `FILE` (atomically) instead of standard output")
	if done, err := parse(fs, e, args); done {
		return err
	}
	f, err := feed.ParseFormat(*format)
	if err != nil || fs.NArg() == 0 {
		if err != nil {
			fmt.Fprintf(e.stderr, "actorgraph import: %v\n", err)
		} else {
			fmt.Fprintln(e.stderr, "actorgraph import: no input (give files or -)")
		}
		fs.Usage()
		return errUsage
	}
	var opt feed.Options
	if *cameo != "" {
		r, err := os.Open(*cameo)
		if err != nil {
			return err
		}
		opt.Cameo, err = feed.ParseCameo(r, *cameo)
		r.Close()
		if err != nil {
			return err
		}
	}
	write := func(w io.Writer) error {
		bw := bufio.NewWriterSize(w, 1<<16)
		enc := json.NewEncoder(bw)
		enc.SetEscapeHTML(false)
		rows, events, skipped := 0, 0, 0
		for _, name := range fs.Args() {
			if err := ctx.Err(); err != nil {
				return err
			}
			res, err := importFile(name, f, opt, e)
			var list feed.ErrorList
			if errors.As(err, &list) {
				for _, le := range list {
					e.fail(le)
				}
			} else if err != nil {
				e.fail(err)
			}
			rows, events, skipped = rows+res.Rows, events+len(res.Events), skipped+res.Skipped
			for i := range res.Events {
				if err := enc.Encode(&res.Events[i]); err != nil {
					return err
				}
			}
		}
		fmt.Fprintf(e.stderr, "actorgraph: %d rows → %d events (%d rows make no relation)\n", rows, events, skipped)
		return bw.Flush()
	}
	if *out != "" {
		return atomicfile.Write(*out, write)
	}
	return write(e.stdout)
}

func importFile(name string, f feed.Format, opt feed.Options, e *env) (feed.Result, error) {
	if name == "-" {
		return feed.Read(e.stdin, f, "-", opt)
	}
	r, err := os.Open(name)
	if err != nil {
		return feed.Result{}, err
	}
	defer r.Close()
	return feed.Read(r, f, name, opt)
}
