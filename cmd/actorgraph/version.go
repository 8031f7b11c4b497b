package main

import (
	"context"
	"fmt"
	"runtime/debug"
)

const versionHelp = `
Prints actorgraph's version (the module version, or the commit it was
built from), and the Go version that built it.`

func cmdVersion(ctx context.Context, args []string, e *env) error {
	fs := newFlags(e, "version", "", versionHelp)
	if done, err := parse(fs, e, args); done {
		return err
	}
	if fs.NArg() > 0 {
		fmt.Fprintln(e.stderr, "actorgraph version: takes no arguments")
		return errUsage
	}
	fmt.Fprintln(e.stdout, "actorgraph "+version())
	return nil
}

// version is the module version of a released build ("v1.2.0"), else the
// commit ("devel 1a2b3c4d5e6f, modified"), then the Go version.
func version() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "unknown"
	}
	v := bi.Main.Version
	var rev, modified string
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			if s.Value == "true" {
				modified = ", modified"
			}
		}
	}
	if v == "" || v == "(devel)" {
		v = "devel"
		if rev != "" {
			v += " " + rev[:min(12, len(rev))] + modified
		}
	}
	return v + " (" + bi.GoVersion + ")"
}
