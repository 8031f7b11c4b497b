package wasm

// actorgraph: this file replaces the package init of go-graphviz v0.2.10,
// which compiled the module on every start of every program that linked
// the package and cached the native code in os.TempDir()/go-graphviz, a
// folder any user of the machine could create first and fill.

import (
	"context"
	"fmt"
	"sync"

	"github.com/tetratelabs/wazero"
)

// Config says how Load compiles and runs the module.
type Config struct {
	// Cache, if not nil, keeps compiled native code between processes.
	// The caller is responsible for it being a place only it can write.
	Cache wazero.CompilationCache
	// CloseOnContextDone makes a call whose context is cancelled stop
	// inside the WebAssembly code; the module is then closed and must be
	// loaded again (Unload, Load).
	CloseOnContextDone bool
}

var (
	loadMu           sync.Mutex
	loaded           bool
	cfg              Config
	compilationCache wazero.CompilationCache
	runtime          wazero.Runtime
	hooks            []func(context.Context) error
)

// OnLoad registers f to run after the module is instantiated, in the order
// of registration: the packages that called into the module from their
// init do it there.
func OnLoad(f func(context.Context) error) { hooks = append(hooks, f) }

// Load compiles and instantiates the module unless it is loaded. A
// failure (an error or a panic inside, such as a corrupt cache entry)
// leaves it unloaded, so a later Load may try again with another Config.
func Load(c Config) (err error) {
	loadMu.Lock()
	defer loadMu.Unlock()
	if loaded {
		return nil
	}
	cfg = c
	compilationCache = c.Cache
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("graphviz: loading the WebAssembly module: %v", r)
		}
		if err != nil {
			closeRuntime()
		}
	}()
	load()
	ctx := context.Background()
	for _, h := range hooks {
		if err := h(ctx); err != nil {
			return err
		}
	}
	loaded = true
	return nil
}

// Ensure loads the module with the last Config (none: no cache) unless it
// is loaded.
func Ensure() error {
	loadMu.Lock()
	ok, c := loaded, cfg
	loadMu.Unlock()
	if ok {
		return nil
	}
	return Load(c)
}

// Unload closes the module; the next Load or Ensure starts a fresh one.
// Objects made with the old module must not be used after it.
func Unload() {
	loadMu.Lock()
	defer loadMu.Unlock()
	closeRuntime()
	loaded = false
}

func closeRuntime() {
	if runtime != nil {
		runtime.Close(context.Background())
	}
	runtime = nil
	mod = nil
}

func runtimeConfig() wazero.RuntimeConfig {
	c := wazero.NewRuntimeConfig()
	if cfg.CloseOnContextDone {
		c = c.WithCloseOnContextDone(true)
	}
	return c
}
