package export

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/goccy/go-graphviz"
	"github.com/tetratelabs/wazero"
)

// CacheEnv names the environment variable that sets the folder for
// Graphviz's compiled native code (default: the user's cache folder,
// os.UserCacheDir()/actorgraph/graphviz); "off" compiles on every start.
const CacheEnv = "ACTORGRAPH_CACHE"

// cacheDir returns a folder for the compiled code that only this user can
// write, creating it 0700, or "" and the reason when there is none: native
// code loaded from a folder someone else can write would run as us.
func cacheDir() (string, error) {
	base := os.Getenv(CacheEnv)
	switch base {
	case "off":
		return "", nil
	case "":
		d, err := os.UserCacheDir()
		if err != nil {
			return "", err
		}
		base = filepath.Join(d, "actorgraph")
	}
	dir := filepath.Join(base, "graphviz")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", err
	}
	for _, d := range []string{base, dir} {
		if err := private(d); err != nil {
			return "", err
		}
	}
	return dir, nil
}

// private checks that dir is a real folder (not a link), owned by us and
// writable by nobody else.
func private(dir string) error {
	fi, err := os.Lstat(dir)
	if err != nil {
		return err
	}
	if !fi.IsDir() {
		return fmt.Errorf("%s: not a folder", dir)
	}
	if fi.Mode().Perm()&0o022 != 0 {
		return fmt.Errorf("%s: writable by others (mode %v)", dir, fi.Mode().Perm())
	}
	if uid, ok := owner(fi); ok && uid != os.Getuid() {
		return fmt.Errorf("%s: owned by user %d, not by us", dir, uid)
	}
	return nil
}

// loadGraphviz compiles Graphviz's WebAssembly, caching the native code in
// the private cache folder when there is one. A cache that fails (a
// corrupt or foreign entry) is emptied and the code compiled afresh. A
// cache that is not private is not used, silently: drawing still works,
// only slower (about 0.6 s a start).
func loadGraphviz() error {
	cfg := graphviz.LoadConfig{CloseOnContextDone: true}
	dir, err := cacheDir()
	if err != nil || dir == "" {
		return graphviz.Load(cfg)
	}
	cache, err := wazero.NewCompilationCacheWithDir(dir)
	if err != nil {
		return graphviz.Load(cfg)
	}
	cfg.Cache = cache
	if err := graphviz.Load(cfg); err == nil {
		return nil
	} else if debugCache != nil {
		debugCache(err)
	}
	// A bad entry: drop the cache and compile again.
	entries, _ := os.ReadDir(dir)
	var errs []error
	for _, e := range entries {
		errs = append(errs, os.RemoveAll(filepath.Join(dir, e.Name())))
	}
	if err := errors.Join(errs...); err != nil {
		cfg.Cache = nil
		return graphviz.Load(cfg)
	}
	if cache, err = wazero.NewCompilationCacheWithDir(dir); err != nil {
		cache = nil
	}
	cfg.Cache = cache
	return graphviz.Load(cfg)
}

// debugCache, when set (by tests), sees why a cached load failed.
var debugCache func(error)
