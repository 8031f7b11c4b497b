//go:build !unix

package export

import "os"

// owner is unknown here; the user's cache folder is private by default.
func owner(os.FileInfo) (int, bool) { return 0, false }
