package atomicfile

import (
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func TestWrite(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "out.txt")
	if err := WriteBytes(p, []byte("one")); err != nil {
		t.Fatal(err)
	}
	// A failing writer leaves the old content and no temporary file.
	boom := errors.New("boom")
	err := Write(p, func(w io.Writer) error {
		io.WriteString(w, "partial")
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("err = %v, want boom", err)
	}
	b, _ := os.ReadFile(p)
	if string(b) != "one" {
		t.Fatalf("content = %q, want the old content", b)
	}
	ents, _ := os.ReadDir(dir)
	if len(ents) != 1 {
		t.Fatalf("directory has %d entries, want 1 (temporary file left behind?)", len(ents))
	}
}

// A panic while filling leaves no temporary file either.
func TestWritePanic(t *testing.T) {
	dir := t.TempDir()
	func() {
		defer func() { recover() }()
		Write(filepath.Join(dir, "out.txt"), func(w io.Writer) error {
			io.WriteString(w, "partial")
			panic("boom")
		})
	}()
	if ents, _ := os.ReadDir(dir); len(ents) != 0 {
		t.Fatalf("left behind: %v", ents)
	}
}

// A replaced file keeps its permissions; a new one gets 0666 less the umask.
func TestWriteMode(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "secret.txt")
	os.WriteFile(p, []byte("old"), 0o600)
	os.Chmod(p, 0o600)
	if err := WriteBytes(p, []byte("new")); err != nil {
		t.Fatal(err)
	}
	if fi, _ := os.Stat(p); fi.Mode().Perm() != 0o600 {
		t.Errorf("replaced 0600 file is %v", fi.Mode().Perm())
	}
	q := filepath.Join(dir, "new.txt")
	if err := WriteBytes(q, []byte("x")); err != nil {
		t.Fatal(err)
	}
	if fi, _ := os.Stat(q); fi.Mode().Perm() != 0o666&^umask {
		t.Errorf("new file is %v, want %v", fi.Mode().Perm(), 0o666&^umask)
	}
}

// Errors name the target, not the temporary file.
func TestErrorNamesTarget(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "out.txt")
	err := Write(p, func(w io.Writer) error {
		w.(*os.File).Close()
		_, err := io.WriteString(w, "x")
		return err
	})
	if err == nil || !strings.Contains(err.Error(), p) || strings.Contains(err.Error(), ".tmp") {
		t.Errorf("error %v", err)
	}
	// A folder that is missing, or a file: the temporary file cannot be
	// made, and the message names the file asked for.
	for _, p := range []string{filepath.Join(dir, "missing", "g.json"), filepath.Join(p, "g.json")} {
		err := WriteBytes(p, []byte("x"))
		if err == nil || !strings.Contains(err.Error(), p) || strings.Contains(err.Error(), ".tmp") {
			t.Errorf("%s: error %v", p, err)
		}
	}
}

// A set appears whole at Commit, or not at all.
func TestDir(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a"), []byte("old a"), 0o644)
	os.WriteFile(filepath.Join(dir, "gone"), []byte("old"), 0o644)
	os.WriteFile(filepath.Join(dir, "mine.txt"), []byte("user's"), 0o644)
	d, err := NewDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range []string{"a", "b"} {
		if err := d.Write(n, func(w io.Writer) error { _, err := io.WriteString(w, "new "+n); return err }); err != nil {
			t.Fatal(err)
		}
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "a")); string(b) != "old a" {
		t.Error("a file of the set appeared before Commit")
	}
	d.Remove("gone")
	if err := d.Commit(); err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	ents, _ := os.ReadDir(dir)
	for _, e := range ents {
		b, _ := os.ReadFile(filepath.Join(dir, e.Name()))
		got[e.Name()] = string(b)
	}
	want := map[string]string{"a": "new a", "b": "new b", "mine.txt": "user's"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("after Commit: %v, want %v", got, want)
	}
	// Abort leaves the folder as it was.
	d, _ = NewDir(dir)
	d.Write("a", func(w io.Writer) error { _, err := io.WriteString(w, "aborted"); return err })
	d.Abort()
	if b, _ := os.ReadFile(filepath.Join(dir, "a")); string(b) != "new a" {
		t.Errorf("after Abort a is %q", b)
	}
	if ents, _ := os.ReadDir(dir); len(ents) != 3 {
		t.Errorf("after Abort: %v", ents)
	}
}

// What killed writers left is removed; what live ones are writing is not.
func TestCleanStale(t *testing.T) {
	dir := t.TempDir()
	dead := exec.Command("true")
	if err := dead.Run(); err != nil {
		t.Skip("no process to take a dead pid from")
	}
	pid := dead.Process.Pid
	stale := []string{fmt.Sprintf(".graph.svg.%d.tmp123", pid), fmt.Sprintf(".actorgraph-%d.tmp456", pid)}
	live := []string{fmt.Sprintf(".graph.svg.%d.tmp789", os.Getpid()), ".hidden", "graph.svg", ".x.notapid.tmp1"}
	for _, n := range append(stale, live...) {
		os.WriteFile(filepath.Join(dir, n), nil, 0o644)
	}
	CleanStale(dir)
	for _, n := range stale {
		if _, err := os.Stat(filepath.Join(dir, n)); err == nil {
			t.Errorf("%s was not removed", n)
		}
	}
	for _, n := range live {
		if _, err := os.Stat(filepath.Join(dir, n)); err != nil {
			t.Errorf("%s was removed", n)
		}
	}
}
