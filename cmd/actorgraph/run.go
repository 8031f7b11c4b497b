package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"sort"
	"strings"
)

// errUsage marks a usage error (exit status 2); its message has been
// printed with the usage text already.
var errUsage = errors.New("usage")

// errInputs reports that some inputs failed (exit status 1) after the
// others were processed; the failures were printed as they happened.
var errInputs = errors.New("some inputs failed")

type command struct {
	name, args, short string
	run               func(ctx context.Context, args []string, env *env) error
}

// env is what a subcommand sees of the process.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	failed         bool   // an input failed; keep going, exit 1
	cmd            string // the command's name, for messages
}

// fail reports a problem with one input: "actorgraph: FILE: problem".
func (e *env) fail(err error) {
	fmt.Fprintf(e.stderr, "actorgraph: %v\n", err)
	e.failed = true
}

var commands []command

func init() {
	commands = []command{
		{"extract", "[flags] FILE|DIR|- ...", "find actors and relations in articles; print JSON Lines events", cmdExtract},
		{"build", "[flags] [EVENTS.jsonl|-]", "aggregate events into an actor graph (JSON)", cmdBuild},
		{"analyze", "[flags] [GRAPH.json|-]", "influence and community tables of a graph", cmdAnalyze},
		{"render", "[flags] [GRAPH.json|-]", "draw a graph as DOT, SVG or PNG", cmdRender},
		{"run", "[flags] INPUT... -o DIR", "all of it: events, graph, tables and drawings in DIR", cmdRun},
		{"why", "[flags] ACTOR ACTOR [GRAPH.json|-]", "the evidence behind the relations between two actors", cmdWhy},
		{"report", "[flags] [GRAPH.json|-]", "one self-contained HTML report: drawing, tables, evidence", cmdReport},
		{"diff", "[flags] A.json B.json", "what changed between two graphs: new, lost and flipped relations, influence moves", cmdDiff},
		{"import", "-format F [flags] FILE|- ...", "coded events (GDELT, ICEWS, POLECAT, ACLED) as JSON Lines events", cmdImport},
		{"version", "", "print the version of actorgraph", cmdVersion},
	}
}

func usage(w io.Writer) {
	fmt.Fprintf(w, "usage: actorgraph COMMAND [flags] [args]\n\nActor graphs from news about international politics.\n\nCommands:\n")
	names := make([]string, 0, len(commands))
	for _, c := range commands {
		names = append(names, c.name)
	}
	sort.Strings(names)
	for _, n := range names {
		c := find(n)
		fmt.Fprintf(w, "  %-8s %s\n", c.name, c.short)
	}
	fmt.Fprintf(w, "\nRun 'actorgraph COMMAND -h' for a command's flags.\n")
}

func find(name string) *command {
	for i := range commands {
		if commands[i].name == name {
			return &commands[i]
		}
	}
	return nil
}

// run is the whole program: tests call it with their own streams.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		usage(stderr)
		return errUsage
	}
	switch args[0] {
	case "-h", "-help", "--help", "help":
		usage(stdout)
		return nil
	case "-version", "--version":
		args = []string{"version"}
	}
	c := find(args[0])
	if c == nil {
		fmt.Fprintf(stderr, "actorgraph: unknown command %q\n", args[0])
		usage(stderr)
		return errUsage
	}
	// Messages name files and quote articles: never raw to a terminal.
	// Data on standard output is escaped only when it goes to a terminal.
	errW := &safeWriter{w: stderr}
	defer errW.Flush()
	if isTerminal(stdout) {
		outW := &safeWriter{w: stdout}
		defer outW.Flush()
		stdout = outW
	}
	e := &env{stdin: stdin, stdout: stdout, stderr: errW, cmd: c.name}
	err := c.run(ctx, args[1:], e)
	if err == nil && e.failed {
		return errInputs
	}
	return err
}

// exitCode prints a fatal error and maps it to the exit status: 0 ok, 1
// failure, 2 usage.
func exitCode(err error, stderr io.Writer) int {
	switch {
	case err == nil:
		return 0
	case errors.Is(err, errUsage):
		return 2
	case errors.Is(err, errInputs):
		return 1
	case errors.Is(err, context.Canceled):
		fmt.Fprintln(stderr, "actorgraph: interrupted; unfinished outputs were not written")
		return 130
	}
	fmt.Fprintf(stderr, "actorgraph: %s\n", escapeControls(err.Error()))
	return 1
}

// newFlags makes a subcommand's flag set whose -h prints the usage with
// the command's own help text.
func newFlags(e *env, name, args, help string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		out := fs.Output()
		fmt.Fprintf(out, "usage: actorgraph %s %s\n\n%s\n\nFlags:\n", name, args, strings.TrimSpace(help))
		fs.PrintDefaults()
	}
	return fs
}

// parse parses flags; -h prints the usage to stdout and ends with nil.
func parse(fs *flag.FlagSet, e *env, args []string) (done bool, err error) {
	// The flag package prints the usage itself on -h and on an error; it
	// is printed once here instead (-h printed it twice): to standard
	// output when asked for, else to standard error after the error.
	usage := fs.Usage
	fs.Usage = func() {}
	err = fs.Parse(permute(fs, args))
	fs.Usage = usage
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fs.SetOutput(e.stdout)
			fs.Usage()
			return true, nil
		}
		fs.Usage()
		return true, errUsage
	}
	return false, nil
}

// permute moves flags before the positional arguments, so that flags may
// follow the inputs ("run corpus/ -o out"). "--" ends the flags; "-" is an
// argument (standard input).
func permute(fs *flag.FlagSet, args []string) []string {
	var flags, pos []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			pos = append(pos, args[i+1:]...)
			break
		}
		if len(a) < 2 || a[0] != '-' {
			pos = append(pos, a)
			continue
		}
		flags = append(flags, a)
		name := strings.TrimLeft(a, "-")
		if strings.Contains(name, "=") {
			continue
		}
		f := fs.Lookup(name)
		if f == nil {
			continue // Parse reports it
		}
		if b, ok := f.Value.(interface{ IsBoolFlag() bool }); ok && b.IsBoolFlag() {
			continue
		}
		if i+1 < len(args) {
			flags = append(flags, args[i+1])
			i++
		}
	}
	return append(append(flags, "--"), pos...)
}

// stringList is a repeatable string flag.
type stringList []string

func (s *stringList) String() string     { return strings.Join(*s, ",") }
func (s *stringList) Set(v string) error { *s = append(*s, v); return nil }

// docComment is doc.go's package comment, made from the commands table so
// that the manual cannot drift from the program (TestDocCurrent; go test
// -update rewrites doc.go).
func docComment() string {
	var b strings.Builder
	b.WriteString("// Command actorgraph turns news articles into an actor graph.\n//\n// Usage:\n//\n")
	w := 0
	for _, c := range commands {
		w = max(w, len(c.name)+1+len(c.args))
	}
	for _, c := range commands {
		fmt.Fprintf(&b, "//\tactorgraph %-*s  %s\n", w, strings.TrimSpace(c.name+" "+c.args), c.short)
	}
	b.WriteString(`//
// Inputs are .txt, .md, .html and .jsonl files ({"id", "text", "title",
// "date", "url"} per line), directories of them, or - for standard input;
// a command that reads standard input from a terminal says so. Flags may
// follow the inputs. Every output file is written atomically. Each command
// checks that its input is what it reads (events for build, a graph for
// analyze, render, report, why and diff) and says what it was given
// instead.
//
// Exit status: 0 on success; 1 if an input could not be processed (each
// such problem is printed as "actorgraph: FILE: problem" and the other
// inputs are still processed), if an actor name fits no actor or several,
// or on any other failure; 2 for a usage error (an unknown flag or value,
// a missing argument). "actorgraph COMMAND -h" prints each command's flags
// and the formulas it uses.
package main
`)
	return b.String()
}
