package extract

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzExtract: no input panics, and every span lies inside the input with
// its quote equal to the bytes.
func FuzzExtract(f *testing.F) {
	for _, n := range seedNotices(f) {
		f.Add(n.file.Document.File, n.text)
	}
	more, _ := filepath.Glob("testdata/dev/*")
	for _, p := range more {
		if src, err := os.ReadFile(p); err == nil {
			f.Add(filepath.Base(p), src)
		}
	}
	f.Add("x.html", []byte(`<html><title>T</title><h1>Data we collect</h1><ul><li>Email&nbsp;address &amp; name</li></ul><table><tr><th>Name</th><th>Location</th><th>Safeguard</th></tr><tr><td>Stripe, Inc.</td><td>USA</td><td>SCCs</td></tr></table>`))
	f.Add("x.md", []byte("# Privacy\n\n## What we collect\n\n- **Email** address, [IP address](http://x)\n\n| Name | Country |\n|---|---|\n| AWS | US |\n"))
	f.Fuzz(func(t *testing.T, name string, src []byte) {
		res, err := Extract(name, src)
		if err != nil {
			return
		}
		for _, fact := range res.Facts {
			for _, e := range fact.Evidence {
				if e.Start < 0 || e.End > len(src) || e.Start >= e.End {
					t.Fatalf("%s %q: span [%d,%d) outside %d bytes", fact.Kind, fact.Val(), e.Start, e.End, len(src))
				}
				if string(src[e.Start:e.End]) != e.Quote {
					t.Fatalf("%s %q: quote %q != bytes %q", fact.Kind, fact.Val(), e.Quote, src[e.Start:e.End])
				}
			}
		}
	})
}

// BenchmarkExtract runs the extractor over every seed notice (and the
// held-out and dev notices when present) and reports MB/s.
func BenchmarkExtract(b *testing.B) {
	type in struct {
		name string
		src  []byte
	}
	var ins []in
	total := 0
	for _, n := range seedNotices(b) {
		ins = append(ins, in{n.file.Document.File, n.text})
		total += len(n.text)
	}
	for _, pat := range []string{"testdata/heldout/*.html", "testdata/heldout/*.md", "testdata/heldout/*.txt", "testdata/dev/*"} {
		ps, _ := filepath.Glob(pat)
		for _, p := range ps {
			if src, err := os.ReadFile(p); err == nil {
				ins = append(ins, in{p, src})
				total += len(src)
			}
		}
	}
	b.SetBytes(int64(total))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, x := range ins {
			if _, err := Extract(x.name, x.src); err != nil {
				b.Fatal(err)
			}
		}
	}
}
