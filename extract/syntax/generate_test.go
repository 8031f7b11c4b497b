package syntax

import (
	"bytes"
	"compress/gzip"
	"flag"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

var regenerate = flag.Bool("regenerate", false, "retrain the model and compare it with model.bin.gz (make check-generate)")

// TestGenerated retrains the model as "go generate" does and checks that
// the committed model.bin.gz holds the same bytes (uncompressed, so that a
// change in compress/flate does not matter). Training takes minutes: run
// with -regenerate (make check-generate).
func TestGenerated(t *testing.T) {
	if !*regenerate {
		t.Skip("retraining takes minutes; run with -regenerate")
	}
	out := filepath.Join(t.TempDir(), "model.bin.gz")
	cmd := exec.Command("go", "run", "./internal/train", "-o", out)
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(gunzip(t, got), gunzip(t, embedded)) {
		t.Error("model.bin.gz is not what the generator makes: run go generate ./extract/syntax")
	}
}

func gunzip(t *testing.T, b []byte) []byte {
	t.Helper()
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	out, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	return out
}
