package seed_test

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/ropacatalog/ropa/seed"
)

// FuzzValidate: any bytes as a notice file of the record as code are
// either valid or answered with errors that name the file; never a panic.
// The notice text beside it is the prepared change's.
func FuzzValidate(f *testing.F) {
	base := fstest.MapFS{}
	err := fs.WalkDir(os.DirFS(changeDir), "policies", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(filepath.Join(changeDir, p))
		base[p] = &fstest.MapFile{Data: b}
		return err
	})
	if err != nil {
		f.Fatal(err)
	}
	src, err := os.ReadFile(filepath.Join(changeDir, "notices", "xajeet.yaml"))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(src)
	f.Add([]byte("organization:\n  key: x\n"))
	f.Add([]byte("document: [\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		fsys := fstest.MapFS{"notices/f.yaml": &fstest.MapFile{Data: b}}
		for k, v := range base {
			fsys[k] = v
		}
		for _, err := range seed.Validate(context.Background(), nil, fsys, "d/") {
			if err == nil || !strings.HasPrefix(err.Error(), "d/") {
				t.Fatalf("error %v for %q does not name the file", err, b)
			}
		}
	})
}
