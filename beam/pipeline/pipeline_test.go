package pipeline_test

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/runners/prism"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"

	"github.com/actorgraph/actorgraph/beam/pipeline"
)

func TestMain(m *testing.M) { ptest.MainWithDefault(m, "prism") }

var (
	cliOnce sync.Once
	cliPath string
	cliErr  error
)

// cli builds `actorgraph` from the parent module: the pipeline is compared
// with the real command, not with a copy of its code.
func cli(t *testing.T) string {
	t.Helper()
	cliOnce.Do(func() {
		dir, err := os.MkdirTemp("", "actorgraph-cli")
		if err != nil {
			cliErr = err
			return
		}
		cliPath = filepath.Join(dir, "actorgraph")
		cmd := exec.Command("go", "build", "-o", cliPath, "./cmd/actorgraph")
		cmd.Dir = "../.."
		if out, err := cmd.CombinedOutput(); err != nil {
			cliErr = fmt.Errorf("go build actorgraph: %v\n%s", err, out)
		}
	})
	if cliErr != nil {
		t.Fatal(cliErr)
	}
	return cliPath
}

// runBoth runs `actorgraph run` and the pipeline on Prism over the same
// inputs and returns their output directories.
func runBoth(t *testing.T, shards int, inputs ...string) (cliDir, beamDir string) {
	t.Helper()
	cliDir, beamDir = t.TempDir(), t.TempDir()
	cmd := exec.Command(cli(t), append(append([]string{"run"}, inputs...), "-o", cliDir)...)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("actorgraph run: %v\n%s", err, out)
	}
	p, s := beam.NewPipelineWithRoot()
	if _, _, err := pipeline.Build(s, pipeline.Options{
		Inputs: inputs, Output: beamDir, MaxEvidence: 20, Title: "Actor graph", Dedup: true, Shards: shards,
	}); err != nil {
		t.Fatal(err)
	}
	if _, err := prism.Execute(context.Background(), p); err != nil {
		t.Fatalf("prism: %v", err)
	}
	return cliDir, beamDir
}

func read(t *testing.T, dir, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func sortedLines(b []byte) string {
	lines := strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}

// compare checks that the graph JSON is byte for byte the CLI's and that
// the events are the same lines, in any order.
func compare(t *testing.T, cliDir, beamDir string) {
	t.Helper()
	want, got := read(t, cliDir, "graph.json"), read(t, beamDir, "graph.json")
	if !bytes.Equal(got, want) {
		t.Errorf("graph.json differs from actorgraph run's (%d bytes, want %d):\n%s", len(got), len(want), firstDiff(got, want))
	}
	if !bytes.Contains(want, []byte(`"edges": [`)) || bytes.Contains(want, []byte(`"edges": null`)) {
		t.Errorf("the CLI's graph has no edges: the comparison proves nothing")
	}
	if w, g := sortedLines(read(t, cliDir, "events.jsonl")), sortedLines(read(t, beamDir, "events.jsonl")); w != g {
		t.Errorf("events differ from actorgraph run's (%d lines, want %d)", strings.Count(g, "\n")+1, strings.Count(w, "\n")+1)
	}
}

func firstDiff(a, b []byte) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	lo := max(0, i-200)
	return fmt.Sprintf("at byte %d:\ngot  …%s…\nwant …%s…", i, a[lo:min(len(a), i+200)], b[lo:min(len(b), i+200)])
}

func TestSeedsSameAsCLI(t *testing.T) {
	cliDir, beamDir := runBoth(t, 1, "../../corpus/seeds")
	compare(t, cliDir, beamDir)
}

// The Wikinews sample lives beside the repository (../shared), not in it:
// a clone without it skips this comparison.
func TestWikinewsSameAsCLI(t *testing.T) {
	const dir = "../../../shared/corpus/wikinews"
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("no Wikinews corpus at %s (it is beside the repository, not in it): %v", dir, err)
	}
	cliDir, beamDir := runBoth(t, 4, dir)
	compare(t, cliDir, beamDir)
}

// Copies are found the same way on Prism, with extraction in three
// shards: three copies of the seeds, one rewrapped, give the CLI's graph,
// which counts them once.
func TestCopiesSameAsCLI(t *testing.T) {
	seeds, err := filepath.Glob("../../corpus/seeds/*.txt")
	if err != nil || len(seeds) == 0 {
		t.Fatalf("no seeds: %v", err)
	}
	dir := t.TempDir()
	for i := 0; i < 3; i++ {
		for _, s := range seeds {
			b, err := os.ReadFile(s)
			if err != nil {
				t.Fatal(err)
			}
			if i == 1 {
				b = bytes.ReplaceAll(b, []byte("\n"), []byte(" \n"))
			}
			if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("c%d_%s", i, filepath.Base(s))), b, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	cliDir, beamDir := runBoth(t, 3, dir)
	compare(t, cliDir, beamDir)
	if !bytes.Contains(read(t, beamDir, "graph.json"), []byte(`"copies"`)) {
		t.Error("no copies in the graph's evidence")
	}
}

func TestBadOptions(t *testing.T) {
	for _, o := range []pipeline.Options{
		{Output: "x"},
		{Inputs: []string{"../../corpus/seeds"}},
		{Inputs: []string{"../../corpus/seeds"}, Output: "x", Level: "planet"},
	} {
		_, s := beam.NewPipelineWithRoot()
		if _, _, err := pipeline.Build(s, o); err == nil {
			t.Errorf("%+v: no error", o)
		}
	}
}

// Two folders with the same file names: the CLI names the second folder's
// documents "x#2"; so does the pipeline, and the second folder's copies
// count once.
func TestTwoFoldersSameAsCLI(t *testing.T) {
	seeds, err := filepath.Glob("../../corpus/seeds/*.txt")
	if err != nil || len(seeds) == 0 {
		t.Fatalf("no seeds: %v", err)
	}
	root := t.TempDir()
	a, b := filepath.Join(root, "a"), filepath.Join(root, "b")
	for _, d := range []string{a, b} {
		if err := os.Mkdir(d, 0o755); err != nil {
			t.Fatal(err)
		}
		for _, s := range seeds {
			body, err := os.ReadFile(s)
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(d, filepath.Base(s)), body, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	cliDir, beamDir := runBoth(t, 2, b, a) // b first: the input order, not the path order, decides
	compare(t, cliDir, beamDir)
	if !bytes.Contains(read(t, beamDir, "graph.json"), []byte(`#2"`)) {
		t.Error("no renamed document in the graph's evidence")
	}
}
