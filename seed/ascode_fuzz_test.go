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

// FuzzValidate: any bytes as a notice file or an organization file of the
// record as code are either valid or answered with errors that name the
// file; never a panic. The notice text beside a notice file is the prepared
// change's. kind's bit 0 makes the bytes organization/f.yaml rather than
// notices/f.yaml; bit 1 puts the prepared notice file beside them.
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
	org, err := os.ReadFile(filepath.Join(orgChangeDir, "organizations", "xajeet.yaml"))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(uint8(0), src)
	f.Add(uint8(0), []byte("organization:\n  key: x\n"))
	f.Add(uint8(0), []byte("document: [\n"))
	f.Add(uint8(1), org)
	f.Add(uint8(3), org)
	f.Add(uint8(1), []byte("organization:\n  key: x\n  name: X\n"))
	f.Add(uint8(1), []byte("organization:\n  key: x\n  name: X\nactivities:\n  - name: A\n    evidence: []\n"))
	f.Add(uint8(3), []byte("organization:\n  key: xajeet\n  name: X\ntransfers:\n  - country: US\n    recipient: Google Analytics\n"))
	f.Add(uint8(1), []byte("document: {file: a.txt}\norganization: {key: x, name: X}\n"))
	f.Fuzz(func(t *testing.T, kind uint8, b []byte) {
		name := "notices/f.yaml"
		if kind&1 == 1 {
			name = "organizations/f.yaml"
		}
		fsys := fstest.MapFS{name: &fstest.MapFile{Data: b}}
		if kind&2 == 2 {
			fsys["notices/xajeet.yaml"] = &fstest.MapFile{Data: src}
		}
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
