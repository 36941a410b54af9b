package extract

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzExtract: no input panics, and every span lies inside the input with
// its quote equal to the bytes.
//
// The seed corpus is small pieces of the seed and dev notices (each under
// fuzzChunk bytes, cut at blank lines), not whole notices: with whole
// notices every execution took tens of milliseconds under coverage
// instrumentation and the fuzzer spent its time minimising 20 KB inputs
// one byte at a time (about 20 executions in 30 s). Inputs above
// fuzzMaxInput are skipped; large and adversarial inputs are covered by
// TestAdversarialInputs and BenchmarkAdversarial.
func FuzzExtract(f *testing.F) {
	add := func(name string, src []byte) {
		for _, c := range chunks(src, fuzzChunk) {
			f.Add(name, c)
		}
	}
	for _, n := range seedNotices(f) {
		add(n.file.Document.File, n.text)
	}
	more, _ := filepath.Glob("testdata/dev/*")
	for _, p := range more {
		if strings.HasSuffix(p, ".yaml") {
			continue
		}
		if src, err := os.ReadFile(p); err == nil {
			add(filepath.Base(p), src)
		}
	}
	f.Add("x.html", []byte(`<html><title>T</title><h1>Data we collect</h1><ul><li>Email&nbsp;address &amp; name</li></ul><table><tr><th>Name</th><th>Location</th><th>Safeguard</th></tr><tr><td>Stripe, Inc.</td><td>USA</td><td>SCCs</td></tr></table>`))
	f.Add("x.md", []byte("# Privacy\n\n## What we collect\n\n- **Email** address, [IP address](http://x)\n\n| Name | Country |\n|---|---|\n| AWS | US |\n"))
	f.Fuzz(func(t *testing.T, name string, src []byte) {
		if len(src) > fuzzMaxInput {
			return
		}
		extractChecked(t, name, src)
	})
}

const (
	fuzzChunk    = 1024
	fuzzMaxInput = 8192
)

// extractChecked extracts src and fails if a span lies outside it or
// its quote differs from the bytes (checkSpans, eval_test.go).
func extractChecked(t testing.TB, name string, src []byte) {
	t.Helper()
	res, err := Extract(name, src)
	if err != nil {
		return
	}
	checkSpans(t, src, res)
}

// chunks cuts src at blank lines into pieces of at most n bytes (a
// longer paragraph is cut at n).
func chunks(src []byte, n int) [][]byte {
	var out [][]byte
	for len(src) > 0 {
		end := min(n, len(src))
		if end < len(src) {
			if i := bytes.LastIndex(src[:end], []byte("\n\n")); i > 0 {
				end = i + 2
			}
		}
		out = append(out, src[:end])
		src = src[end:]
	}
	return out
}

// adversarialInputs are large degenerate inputs: long runs of one
// character, deep nesting, a notice without sentence ends.
func adversarialInputs(t testing.TB) map[string][]byte {
	notice, err := os.ReadFile("testdata/dev/ecommerce-shop.html")
	if err != nil {
		t.Fatal(err)
	}
	return map[string][]byte{
		"a.txt":        bytes.Repeat([]byte("a"), 100_000),
		"dots.txt":     bytes.Repeat([]byte("."), 100_000),
		"lt.md":        bytes.Repeat([]byte("<"), 100_000),
		"pipes.md":     bytes.Repeat([]byte("|"), 100_000),
		"hashes.md":    bytes.Repeat([]byte("#"), 100_000),
		"dashes.md":    bytes.Repeat([]byte("- "), 50_000),
		"nest.html":    bytes.Repeat([]byte("<div><ul><li>"), 10_000),
		"cells.html":   append([]byte("<table><tr>"), bytes.Repeat([]byte("<td>email address"), 10_000)...),
		"words.txt":    bytes.Repeat([]byte("we collect name email address and share with Google "), 2_000),
		"nodots.html":  bytes.ReplaceAll(notice, []byte("."), []byte(" ")),
		"x10.html":     bytes.Repeat(notice, 10),
		"amp.html":     bytes.Repeat([]byte("&amp;"), 20_000),
		"longword.txt": append([]byte("We collect "), bytes.Repeat([]byte("x"), 100_000)...),
	}
}

// TestAdversarialInputs: degenerate inputs keep every span inside the
// input with its quote equal to the bytes. (Their speed is measured by
// BenchmarkAdversarial, not asserted here.)
func TestAdversarialInputs(t *testing.T) {
	for name, src := range adversarialInputs(t) {
		extractChecked(t, name, src)
	}
}

// BenchmarkAdversarial reports MB/s over the degenerate inputs; a
// quadratic path shows as a throughput far below BenchmarkExtract's.
func BenchmarkAdversarial(b *testing.B) {
	ins := adversarialInputs(b)
	total := 0
	for _, src := range ins {
		total += len(src)
	}
	b.SetBytes(int64(total))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for name, src := range ins {
			if _, err := Extract(name, src); err != nil {
				b.Fatal(err)
			}
		}
	}
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
