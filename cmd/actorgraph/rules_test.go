package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestExtractRules: -rules DIR replaces a built-in rule table or word list
// by the file of its name, and a bad table is an error naming its line.
func TestExtractRules(t *testing.T) {
	const text = "Anti-government protests continued in Baghdad on Sunday.\n"
	out, errOut, code := runCmd(t, text, "extract", "-")
	if code != 0 || !strings.Contains(out, `"PROTEST"`) {
		t.Fatalf("built-in rules: code %d, %s%s", code, out, errOut)
	}
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "rules"), 0o755); err != nil {
		t.Fatal(err)
	}
	// No defaults: a protest with no named protesters and target has no ends.
	if err := os.WriteFile(filepath.Join(dir, "rules", "defaults.txt"), []byte("# none\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errOut, code = runCmd(t, text, "extract", "-rules", dir, "-")
	if code != 0 || strings.Contains(out, `"PROTEST"`) {
		t.Fatalf("without defaults: code %d, %s%s", code, out, errOut)
	}
	if err := os.WriteFile(filepath.Join(dir, "rules", "defaults.txt"), []byte("PROTEST target nowhere GOV\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, errOut, code = runCmd(t, text, "extract", "-rules", dir, "-")
	if code == 0 || !strings.Contains(errOut, "defaults.txt:1") {
		t.Fatalf("bad table: code %d, stderr %q", code, errOut)
	}
	_, errOut, code = runCmd(t, text, "extract", "-rules", filepath.Join(dir, "rules", "defaults.txt"), "-")
	if code == 0 || !strings.Contains(errOut, "directory") {
		t.Fatalf("a file for -rules: code %d, stderr %q", code, errOut)
	}
}
