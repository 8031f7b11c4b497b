package main

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestMain lets tests run the real program in a child process (the test
// binary itself, with ACTORGRAPH_TEST_MAIN=1): for what only a process
// shows, such as what it does at start, signals and exit codes.
func TestMain(m *testing.M) {
	if os.Getenv("ACTORGRAPH_TEST_MAIN") == "1" {
		main()
		return
	}
	os.Exit(m.Run())
}

// child returns the program as a child process with env added.
func child(t *testing.T, env []string, args ...string) *exec.Cmd {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	c := exec.Command(exe, args...)
	c.Env = append(append(os.Environ(), "ACTORGRAPH_TEST_MAIN=1"), env...)
	return c
}

// runProcess runs the program in a child process.
func runProcess(t *testing.T, env []string, stdin string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	c := child(t, env, args...)
	var o, e bytes.Buffer
	c.Stdin, c.Stdout, c.Stderr = strings.NewReader(stdin), &o, &e
	err := c.Run()
	var ee *exec.ExitError
	switch {
	case errors.As(err, &ee):
		code = ee.ExitCode()
	case err != nil:
		t.Fatal(err)
	}
	return o.String(), e.String(), code
}

// Commands that draw nothing do not start Graphviz, and none writes into
// the shared temporary folder: compiled code lives in the user's own cache
// folder, mode 0700 (go-graphviz compiled at start and cached the code in
// a world-writable $TMPDIR/go-graphviz that any user could plant).
func TestGraphvizPrivateAndLazy(t *testing.T) {
	tmp, home := t.TempDir(), t.TempDir()
	env := []string{"TMPDIR=" + tmp, "XDG_CACHE_HOME=" + home, "HOME=" + home, "ACTORGRAPH_CACHE="}
	empty := func(when string) {
		t.Helper()
		for _, d := range []string{tmp, home} {
			if entries, _ := os.ReadDir(d); len(entries) > 0 {
				t.Errorf("%s: %s holds %v", when, d, entries)
			}
		}
	}
	out := t.TempDir()
	for _, args := range [][]string{
		{"-h"},
		{"render", "-h"},
		{"extract", "-"},
		{"build", "-o", filepath.Join(out, "g.json"), "testdata/events.jsonl"},
		{"analyze", "testdata/tiny.json"},
		{"why", "A", "B", "testdata/tiny.json"},
		{"render", "-f", "graphml", "testdata/tiny.json"},
	} {
		if _, e, code := runProcess(t, env, "Russia attacked Ukraine.", args...); code != 0 {
			t.Fatalf("%q: exit %d: %s", args, code, e)
		}
		empty(strings.Join(args, " "))
	}
	if _, e, code := runProcess(t, env, "", "render", "-o", filepath.Join(out, "g.svg"), "testdata/tiny.json"); code != 0 {
		t.Fatalf("render: exit %d: %s", code, e)
	}
	if entries, _ := os.ReadDir(tmp); len(entries) > 0 {
		t.Errorf("render wrote into TMPDIR: %v", entries)
	}
	for _, d := range []string{filepath.Join(home, "actorgraph"), filepath.Join(home, "actorgraph", "graphviz")} {
		fi, err := os.Stat(d)
		if err != nil {
			t.Fatalf("no cache: %v", err)
		}
		if fi.Mode().Perm() != 0o700 {
			t.Errorf("%s: mode %v, want 0700", d, fi.Mode().Perm())
		}
	}
}
