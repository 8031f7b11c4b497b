package atomicfile

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
)

// Dir writes a set of files into a folder so that they replace the old
// set together: each file is written into a temporary folder inside the
// target folder, and Commit moves them into place only when all are
// complete. An interrupted or failed run leaves the old set as it was.
type Dir struct {
	dir, tmp string
	names    []string
	remove   []string
}

// NewDir creates the folder if needed (0777 less the umask), removes what
// killed writers left there, and starts a set.
func NewDir(dir string) (*Dir, error) {
	if err := os.MkdirAll(dir, 0o777); err != nil {
		return nil, err
	}
	CleanStale(dir)
	tmp, err := os.MkdirTemp(dir, ".actorgraph-"+strconv.Itoa(os.Getpid())+".tmp*")
	if err != nil {
		return nil, err
	}
	return &Dir{dir: dir, tmp: tmp}, nil
}

// Staging returns the temporary folder the files are written to.
func (d *Dir) Staging() string { return d.tmp }

// Write writes one file of the set. Its error names the target file.
func (d *Dir) Write(name string, fill func(w io.Writer) error) (err error) {
	target := filepath.Join(d.dir, name)
	p := filepath.Join(d.tmp, name)
	defer func() { err = nameTarget(err, p, target) }()
	f, err := os.OpenFile(p, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return err
	}
	if err = fill(f); err != nil {
		f.Close()
		return err
	}
	if err = f.Sync(); err != nil {
		f.Close()
		return err
	}
	if err = f.Close(); err != nil {
		return err
	}
	if err = os.Chmod(p, mode(target)); err != nil {
		return err
	}
	d.names = append(d.names, name)
	return nil
}

// Remove marks a file of an older set that this set does not replace
// (an output not asked for this time) for removal at Commit.
func (d *Dir) Remove(name string) { d.remove = append(d.remove, name) }

// Commit moves the files into the folder (renames within one file system,
// in a moment) and removes the temporary folder.
func (d *Dir) Commit() error {
	defer os.RemoveAll(d.tmp)
	var errs []error
	for _, n := range d.names {
		if err := os.Rename(filepath.Join(d.tmp, n), filepath.Join(d.dir, n)); err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", filepath.Join(d.dir, n), errors.Unwrap(err)))
		}
	}
	for _, n := range d.remove {
		if err := os.Remove(filepath.Join(d.dir, n)); err != nil && !errors.Is(err, os.ErrNotExist) {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// Abort drops the set: the folder keeps its old files.
func (d *Dir) Abort() { os.RemoveAll(d.tmp) }
