//go:build unix

package atomicfile

import (
	"errors"
	"io/fs"
	"syscall"
)

// umask is the process's file mode creation mask, read once at start
// (reading it means setting it; at init no other goroutine creates files).
var umask = func() fs.FileMode {
	m := syscall.Umask(0)
	syscall.Umask(m)
	return fs.FileMode(m)
}()

// alive reports whether a process with this id exists.
func alive(pid int) bool {
	err := syscall.Kill(pid, 0)
	return err == nil || errors.Is(err, syscall.EPERM)
}
