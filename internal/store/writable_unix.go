//go:build unix

package store

import (
	"path/filepath"

	"golang.org/x/sys/unix"
)

// unwritable says why this process cannot write the SQLite file at path and
// the journal files SQLite keeps beside it, or "" when it can.
func unwritable(path string) string {
	if err := unix.Access(path, unix.W_OK); err != nil {
		return "the file is not writable (" + err.Error() + ")"
	}
	if dir := filepath.Dir(path); unix.Access(dir, unix.W_OK) != nil {
		return "its directory " + dir + " is not writable"
	}
	return ""
}
