// Package atomicfile writes files so that readers never see a partial
// file: the data goes to a temporary file in the same directory, which is
// renamed over the target only when complete. Dir does the same for a set
// of files: they appear together, or not at all.
package atomicfile

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// Write writes the output of fill to path atomically. If fill fails (or
// panics), the target is left untouched and the temporary file removed.
// The file keeps the permissions of the file it replaces; a new file gets
// 0666 less the umask, as os.Create would give it.
func Write(path string, fill func(w io.Writer) error) (err error) {
	dir := filepath.Dir(path)
	CleanStale(dir)
	f, err := os.CreateTemp(dir, tempPrefix(filepath.Base(path)))
	if err != nil {
		// Name the file asked for, not the temporary one.
		var pe *fs.PathError
		if errors.As(err, &pe) {
			pe.Path = path
		}
		return err
	}
	done := false
	defer func() { // on an error, and on a panic in fill too
		if !done {
			f.Close()
			os.Remove(f.Name())
		}
		err = nameTarget(err, f.Name(), path)
	}()
	if err = fill(f); err != nil {
		return err
	}
	if err = f.Sync(); err != nil {
		return err
	}
	if err = f.Close(); err != nil {
		return err
	}
	if err = os.Chmod(f.Name(), mode(path)); err != nil {
		return err
	}
	if err = os.Rename(f.Name(), path); err != nil {
		return err
	}
	done = true
	return nil
}

// WriteBytes writes b to path atomically.
func WriteBytes(path string, b []byte) error {
	return Write(path, func(w io.Writer) error {
		_, err := io.Copy(w, bytes.NewReader(b))
		return err
	})
}

// mode is the permission a new version of path gets: that of the file it
// replaces, else 0666 less the umask.
func mode(path string) fs.FileMode {
	if fi, err := os.Stat(path); err == nil && fi.Mode().IsRegular() {
		return fi.Mode().Perm()
	}
	return 0o666 &^ umask
}

// nameTarget makes an error about the temporary file name the target:
// "write out/.graph.svg.1234.tmp567: no space left" reads "write
// out/graph.svg: ...".
func nameTarget(err error, temp, target string) error {
	if err == nil {
		return nil
	}
	var pe *fs.PathError
	if errors.As(err, &pe) && pe.Path == temp {
		pe.Path = target
		return err
	}
	if strings.Contains(err.Error(), temp) {
		return fmt.Errorf("%s", strings.ReplaceAll(err.Error(), temp, target))
	}
	return err
}

// Temporary files are named ".NAME.PID.tmpRANDOM", so that a later write
// can tell those of a process that was killed from those of one still
// writing.
func tempPrefix(name string) string {
	return "." + name + "." + strconv.Itoa(os.Getpid()) + ".tmp*"
}

// CleanStale removes, from dir, the temporary files and folders that
// writers killed before they could finish (SIGKILL, a power cut) left
// behind: those named by this package whose process is gone. Errors are
// ignored: the files are only clutter.
func CleanStale(dir string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		if pid, ok := stalePID(e.Name()); ok && !alive(pid) {
			os.RemoveAll(filepath.Join(dir, e.Name()))
		}
	}
}

// stalePID parses ".NAME.PID.tmpRANDOM" and ".actorgraph-PID.tmpRANDOM".
func stalePID(name string) (int, bool) {
	if !strings.HasPrefix(name, ".") {
		return 0, false
	}
	i := strings.LastIndex(name, ".tmp")
	if i < 0 {
		return 0, false
	}
	head := name[:i]
	j := strings.LastIndexAny(head, ".-")
	if j < 0 {
		return 0, false
	}
	pid, err := strconv.Atoi(head[j+1:])
	if err != nil || pid <= 0 {
		return 0, false
	}
	return pid, true
}
