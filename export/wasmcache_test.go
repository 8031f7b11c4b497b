package export

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// restart makes the next render load Graphviz again, reading the cache
// settings afresh.
func restart(t *testing.T) {
	t.Helper()
	gvMu.Lock()
	dropInstance()
	gvMu.Unlock()
	t.Cleanup(func() {
		gvMu.Lock()
		dropInstance()
		gvMu.Unlock()
	})
}

// The compiled code is cached only in a folder that is ours alone: one
// made by another user, writable by others, or a link is not used (and the
// drawing still works).
func TestGraphvizCacheIsPrivate(t *testing.T) {
	base := t.TempDir()
	t.Setenv(CacheEnv, base)
	dir, err := cacheDir()
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range []string{base, dir} {
		fi, err := os.Stat(d)
		if err != nil {
			t.Fatal(err)
		}
		if fi.Mode().Perm()&0o077 != 0 && d == dir {
			t.Errorf("%s: mode %v, want 0700", d, fi.Mode().Perm())
		}
	}
	// Writable by others: refused.
	shared := filepath.Join(t.TempDir(), "shared")
	os.MkdirAll(filepath.Join(shared, "graphviz"), 0o700)
	os.Chmod(shared, 0o777)
	t.Setenv(CacheEnv, shared)
	if _, err := cacheDir(); err == nil || !strings.Contains(err.Error(), "writable by others") {
		t.Errorf("a world-writable cache folder was accepted (err %v)", err)
	}
	// A link to somewhere else: refused.
	link := filepath.Join(t.TempDir(), "link")
	os.MkdirAll(link, 0o700)
	os.Symlink(t.TempDir(), filepath.Join(link, "graphviz"))
	t.Setenv(CacheEnv, link)
	if _, err := cacheDir(); err == nil {
		t.Error("a cache folder that is a link was accepted")
	}
	// Owned by another user (only root can make one).
	if os.Getuid() == 0 {
		other := filepath.Join(t.TempDir(), "other")
		os.MkdirAll(filepath.Join(other, "graphviz"), 0o700)
		os.Chown(filepath.Join(other, "graphviz"), 65534, 65534)
		t.Setenv(CacheEnv, other)
		if _, err := cacheDir(); err == nil || !strings.Contains(err.Error(), "owned by user 65534") {
			t.Errorf("a cache folder of another user was accepted (err %v)", err)
		}
	}
	// Drawing works without a usable cache, and writes nothing there.
	restart(t)
	t.Setenv(CacheEnv, shared)
	var buf bytes.Buffer
	if err := Render(context.Background(), &buf, syria(), SVG, syriaOptions()); err != nil {
		t.Fatal(err)
	}
	if entries, _ := os.ReadDir(filepath.Join(shared, "graphviz")); len(entries) != 0 {
		t.Errorf("compiled code written into a shared folder: %v", entries)
	}
}

// A corrupt cache entry is dropped and the code compiled again, instead of
// a panic.
func TestGraphvizCacheCorrupt(t *testing.T) {
	base := t.TempDir()
	t.Setenv(CacheEnv, base)
	restart(t)
	want := render(t, syria(), SVG, syriaOptions())
	n := 0
	filepath.Walk(base, func(p string, fi os.FileInfo, err error) error {
		if err == nil && fi.Mode().IsRegular() {
			// Change the code: its checksum no longer matches.
			b, _ := os.ReadFile(p)
			b[len(b)/2] ^= 0xff
			os.WriteFile(p, b, 0o600)
			n++
		}
		return nil
	})
	if n == 0 {
		t.Fatal("nothing was cached")
	}
	restart(t)
	var failed error
	debugCache = func(err error) { failed = err }
	defer func() { debugCache = nil }()
	if got := render(t, syria(), SVG, syriaOptions()); !bytes.Equal(got, want) {
		t.Error("the drawing differs after recompiling")
	}
	if failed == nil || !strings.Contains(failed.Error(), "checksum") {
		t.Errorf("the corrupt entry was not what failed: %v", failed)
	}
}
