//go:build !unix

package store

import "os"

// unwritable says why this process cannot write the SQLite file at path, or
// "" when it can.
func unwritable(path string) string {
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return "the file is not writable (" + err.Error() + ")"
	}
	f.Close()
	return ""
}
