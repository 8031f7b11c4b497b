package main

import (
	"fmt"
	"io"
	"os"
	"unicode/utf8"
)

// Text from articles and file names must not reach a terminal raw: an
// escape sequence in an article could retitle the window, clear the
// screen or rewrite what was printed before. Control characters (C0 but
// tab and newline, DEL, C1) and bytes that are not UTF-8 are written as Go
// escapes (\x1b, \u009b).

// escapeControls returns s with its control characters escaped.
func escapeControls(s string) string {
	if !needsEscape(s) {
		return s
	}
	b := make([]byte, 0, len(s)+16)
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		b = appendEscaped(b, s[i:i+n], r)
		i += n
	}
	return string(b)
}

func needsEscape(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 && c != '\n' && c != '\t' || c == 0x7f || c >= 0x80 {
			if c < 0x80 {
				return true
			}
			r, n := utf8.DecodeRuneInString(s[i:])
			if isControl(r) || r == utf8.RuneError && n == 1 {
				return true
			}
			i += n - 1
		}
	}
	return false
}

func isControl(r rune) bool {
	return r < 0x20 && r != '\n' && r != '\t' || r >= 0x7f && r <= 0x9f
}

// appendEscaped appends one decoded rune (its bytes raw) to b.
func appendEscaped(b []byte, raw string, r rune) []byte {
	switch {
	case r == utf8.RuneError && len(raw) == 1:
		return fmt.Appendf(b, `\x%02x`, raw[0])
	case r < 0x80 && isControl(r):
		return fmt.Appendf(b, `\x%02x`, r)
	case isControl(r):
		return fmt.Appendf(b, `\u%04x`, r)
	}
	return append(b, raw...)
}

// safeWriter escapes control characters in what passes through; a UTF-8
// sequence split between two writes is held back until it is complete.
type safeWriter struct {
	w    io.Writer
	tail []byte
}

func (s *safeWriter) Write(p []byte) (int, error) {
	buf := append(s.tail, p...)
	s.tail = nil
	// Hold back an incomplete rune at the end.
	if cut := incompleteTail(buf); cut > 0 {
		s.tail = append([]byte(nil), buf[len(buf)-cut:]...)
		buf = buf[:len(buf)-cut]
	}
	if _, err := io.WriteString(s.w, escapeControls(string(buf))); err != nil {
		return 0, err
	}
	return len(p), nil
}

// Flush writes a held-back partial rune (escaped: it is not UTF-8).
func (s *safeWriter) Flush() error {
	if len(s.tail) == 0 {
		return nil
	}
	t := s.tail
	s.tail = nil
	_, err := io.WriteString(s.w, escapeControls(string(t)))
	return err
}

// incompleteTail returns the length of a UTF-8 sequence cut short at the
// end of b (0 if none).
func incompleteTail(b []byte) int {
	for n := 1; n <= 3 && n <= len(b); n++ {
		c := b[len(b)-n]
		if c < 0x80 {
			return 0
		}
		if utf8.RuneStart(c) {
			if !utf8.FullRune(b[len(b)-n:]) {
				return n
			}
			return 0
		}
	}
	return 0
}

// isTerminal reports whether w is a character device (a terminal).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
