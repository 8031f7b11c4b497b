package graphviz

// actorgraph: loading is explicit (Load) or happens on first use, instead
// of in the package init of go-graphviz v0.2.10; see internal/wasm/load.go.

import (
	"context"

	"github.com/goccy/go-graphviz/cgraph"
	"github.com/goccy/go-graphviz/internal/wasm"
)

// LoadConfig says how the Graphviz WebAssembly module is compiled: the
// compilation cache (none by default) and whether a cancelled context
// stops a call inside the module (which then closes it).
type LoadConfig = wasm.Config

// Load compiles and instantiates the module unless it is loaded. It may be
// called again after a failure, with another LoadConfig.
func Load(c LoadConfig) error { return wasm.Load(c) }

// Unload closes the module, for instance after a cancelled call closed it;
// instances, graphs and plugins made before must not be used after it.
func Unload() { wasm.Unload() }

func init() {
	wasm.OnLoad(func(context.Context) error {
		Directed = cgraph.Directed
		StrictDirected = cgraph.StrictDirected
		UnDirected = cgraph.UnDirected
		StrictUnDirected = cgraph.StrictUnDirected
		return nil
	})
}
