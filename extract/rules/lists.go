package rules

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
)

// ErrSyntax is wrapped by every parse error of the rule tables.
var ErrSyntax = errors.New("rules: syntax error")

// Lists are named word lists: lower-case words and phrases (words joined by
// single spaces).
type Lists map[string]map[string]bool

// Has reports whether word is in the named list.
func (l Lists) Has(list, word string) bool { return l[list][word] }

// Names returns the list names in order.
func (l Lists) Names() []string {
	names := make([]string, 0, len(l))
	for n := range l {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// ParseList reads one word list: an entry per line, '#' comments.
func ParseList(r io.Reader, filename string) (map[string]bool, error) {
	out := map[string]bool{}
	var errs []error
	err := eachLine(r, func(n int, f []string) {
		w := strings.ToLower(strings.Join(f, " "))
		if out[w] {
			errs = append(errs, fmt.Errorf("%s:%d: %w: %q is listed twice", filename, n, ErrSyntax, w))
		}
		out[w] = true
	})
	if err != nil {
		errs = append(errs, fmt.Errorf("%s: %w", filename, err))
	}
	return out, errors.Join(errs...)
}

// eachLine calls fn with the fields of every line that is not blank or a
// comment; n is the 1-based line number.
func eachLine(r io.Reader, fn func(n int, fields []string)) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if n == 1 {
			line = strings.TrimPrefix(line, "\uFEFF")
		}
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		if f := strings.Fields(line); len(f) > 0 {
			fn(n, f)
		}
	}
	return sc.Err()
}

// parseTable reads a table a row per line with parse, giving each row its
// line number; name (nil: rows need no names) makes a row's name unique.
// Every bad line is reported, as FILE:LINE: problem.
func parseTable[T any](r io.Reader, filename string, parse func([]string) (T, error), line func(*T) *int, name func(*T) string) ([]T, error) {
	var out []T
	var errs []error
	names := map[string]int{}
	err := eachLine(r, func(n int, f []string) {
		row, err := parse(f)
		if err == nil && name != nil {
			if prev, dup := names[name(&row)]; dup {
				err = fmt.Errorf("%w: rule %q is also on line %d", ErrSyntax, name(&row), prev)
			}
		}
		if err != nil {
			errs = append(errs, fmt.Errorf("%s:%d: %w", filename, n, err))
			return
		}
		*line(&row) = n
		if name != nil {
			names[name(&row)] = n
		}
		out = append(out, row)
	})
	if err != nil {
		errs = append(errs, fmt.Errorf("%s: %w", filename, err))
	}
	return out, errors.Join(errs...)
}

// listRef parses "@name", checking that the list exists.
func listRef(s string, lists Lists) (string, error) {
	name, ok := strings.CutPrefix(s, "@")
	if !ok || name == "" {
		return "", fmt.Errorf("%w: %q is not a @list", ErrSyntax, s)
	}
	if _, ok := lists[name]; !ok {
		return "", fmt.Errorf("%w: unknown word list @%s", ErrSyntax, name)
	}
	return name, nil
}
