package feed

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strings"
	"sync"

	"github.com/actorgraph/actorgraph/data"
	"github.com/actorgraph/actorgraph/plover"
)

// Cameo maps CAMEO event codes to PLOVER.
type Cameo struct {
	codes map[string]CameoCode
}

// CameoCode is one row of the table.
type CameoCode struct {
	Code        string
	Type        plover.Type
	Mode        string
	Description string
}

// ParseCameo reads a CAMEO → PLOVER table: a header line, then
// tab-separated cameo_code, plover_event, plover_mode and optionally
// plover_context and cameo_description; '#' starts a comment. A code
// listed twice keeps its first row (the 2021 table lists the root 08 under
// CONCEDE, then again under RETREAT for 084–087, which have rows of their
// own). Errors name the file and line.
func ParseCameo(r io.Reader, filename string) (*Cameo, error) {
	c := &Cameo{codes: map[string]CameoCode{}}
	sc := bufio.NewScanner(r)
	n := 0
	header := true
	var errs ErrorList
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.HasPrefix(line, "#") || strings.TrimSpace(line) == "" {
			continue
		}
		f := strings.Split(line, "\t")
		if header {
			header = false
			if strings.HasPrefix(f[0], "cameo_code") {
				continue
			}
		}
		if len(f) < 3 {
			errs = append(errs, &Error{filename, n, fmt.Sprintf("want at least 3 tab-separated fields (cameo_code, plover_event, plover_mode), got %d", len(f))})
			continue
		}
		code := strings.TrimSpace(f[0])
		if !digits(code) || len(code) < 2 || len(code) > 4 {
			errs = append(errs, &Error{filename, n, fmt.Sprintf("CAMEO code %q is not 2-4 digits", code)})
			continue
		}
		t, ok := plover.Lookup(strings.ToUpper(strings.TrimSpace(f[1])))
		if !ok {
			errs = append(errs, &Error{filename, n, fmt.Sprintf("unknown PLOVER type %q", f[1])})
			continue
		}
		if _, dup := c.codes[code]; dup {
			continue
		}
		cc := CameoCode{Code: code, Type: t, Mode: strings.TrimSpace(f[2])}
		if len(f) > 4 {
			cc.Description = strings.TrimSpace(f[4])
		}
		c.codes[code] = cc
	}
	if err := sc.Err(); err != nil {
		errs = append(errs, &Error{File: filename, Msg: err.Error()})
	}
	if len(c.codes) == 0 && len(errs) == 0 {
		errs = append(errs, &Error{File: filename, Msg: "no CAMEO codes"})
	}
	return c, errs.Err()
}

func digits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// Lookup returns the PLOVER mapping of a CAMEO code, or that of its
// nearest listed parent (0874 → 087 → 08). ok is false for codes PLOVER
// dropped (01, 02) and for what is no CAMEO code.
func (c *Cameo) Lookup(code string) (CameoCode, bool) {
	code = strings.TrimSpace(code)
	if !digits(code) || len(code) < 2 || len(code) > 4 {
		return CameoCode{}, false
	}
	for k := len(code); k >= 2; k-- {
		if cc, ok := c.codes[code[:k]]; ok {
			return cc, true
		}
	}
	return CameoCode{}, false
}

// Len returns the number of codes.
func (c *Cameo) Len() int { return len(c.codes) }

var (
	cameoOnce sync.Once
	cameoDef  *Cameo
	cameoErr  error
)

// DefaultCameo returns the embedded table (data/cameo2plover.tsv).
func DefaultCameo() (*Cameo, error) {
	cameoOnce.Do(func() {
		cameoDef, cameoErr = ParseCameo(bytes.NewReader(data.Cameo2Plover), "data/cameo2plover.tsv")
	})
	return cameoDef, cameoErr
}
