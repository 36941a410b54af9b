// Command spanfix fills in the byte offsets of evidence spans in seed
// notice files. An author writes each span's quote (start/end may be 0 or
// approximate); spanfix finds the quote in the notice named by
// document.file, tolerating curly versus straight quotes and runs of
// whitespace, and rewrites start, end and quote with the notice's exact
// bytes. A quote it cannot find is reported with its line, and the file is
// left unchanged.
//
//	go run ./seed/internal/spanfix seed/notices/ujet-website.yaml
package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"gopkg.in/yaml.v3"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: spanfix NOTICE.yaml...")
		os.Exit(2)
	}
	failed := false
	for _, path := range os.Args[1:] {
		if err := fix(path); err != nil {
			fmt.Fprintln(os.Stderr, err)
			failed = true
		}
	}
	if failed {
		os.Exit(1)
	}
}

func fix(path string) error {
	src, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	var root yaml.Node
	if err := yaml.Unmarshal(src, &root); err != nil {
		return fmt.Errorf("%s: %v", path, err)
	}
	docFile := lookup(&root, "document", "file")
	if docFile == "" {
		return fmt.Errorf("%s: document.file is missing", path)
	}
	text, err := os.ReadFile(filepath.Join(filepath.Dir(path), "..", "policies", docFile))
	if err != nil {
		return fmt.Errorf("%s: %v", path, err)
	}
	idx := newIndex(text)
	var errs []string
	walk(&root, func(m *yaml.Node) {
		q := field(m, "quote")
		if q == nil {
			return
		}
		hint := -1
		if s := field(m, "start"); s != nil {
			hint, _ = strconv.Atoi(s.Value)
		}
		start, end, ok := idx.find(q.Value, hint)
		if !ok {
			errs = append(errs, fmt.Sprintf("%s:%d: quote not found in %s: %q", path, q.Line, docFile, q.Value))
			return
		}
		set(m, "start", strconv.Itoa(start), yaml.ScalarNode, "!!int")
		set(m, "end", strconv.Itoa(end), yaml.ScalarNode, "!!int")
		q.Value = string(text[start:end])
		q.Style = yaml.DoubleQuotedStyle
	})
	if len(errs) > 0 {
		return fmt.Errorf("%s", strings.Join(errs, "\n"))
	}
	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(&root); err != nil {
		return err
	}
	return os.WriteFile(path, buf.Bytes(), 0o644)
}

func walk(n *yaml.Node, f func(*yaml.Node)) {
	if n.Kind == yaml.MappingNode {
		f(n)
	}
	for _, c := range n.Content {
		walk(c, f)
	}
}

func field(m *yaml.Node, key string) *yaml.Node {
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return m.Content[i+1]
		}
	}
	return nil
}

func set(m *yaml.Node, key, value string, kind yaml.Kind, tag string) {
	if v := field(m, key); v != nil {
		v.Value, v.Kind, v.Tag, v.Style = value, kind, tag, 0
		return
	}
	// Insert start and end before quote so spans read start, end, quote.
	k := &yaml.Node{Kind: yaml.ScalarNode, Value: key, Tag: "!!str"}
	v := &yaml.Node{Kind: kind, Value: value, Tag: tag}
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == "quote" {
			m.Content = append(m.Content[:i], append([]*yaml.Node{k, v}, m.Content[i:]...)...)
			return
		}
	}
	m.Content = append(m.Content, k, v)
}

func lookup(root *yaml.Node, keys ...string) string {
	n := root
	if n.Kind == yaml.DocumentNode && len(n.Content) > 0 {
		n = n.Content[0]
	}
	for _, k := range keys {
		if n = field(n, k); n == nil {
			return ""
		}
	}
	return n.Value
}

// index holds the notice normalized for matching (quotes folded, whitespace
// runs collapsed to one space, lower-cased) and the byte offset in the
// original of each normalized byte.
type index struct {
	text []byte
	norm []byte
	pos  []int // pos[i] = offset in text of norm[i]; pos[len(norm)] = len(text)
}

func newIndex(text []byte) *index {
	ix := &index{text: text}
	ix.norm, ix.pos = normalize(text)
	return ix
}

func normalize(b []byte) ([]byte, []int) {
	var out []byte
	var pos []int
	space := false
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if unicode.IsSpace(r) {
			if !space && len(out) > 0 {
				out = append(out, ' ')
				pos = append(pos, i)
			}
			space = true
			i += size
			continue
		}
		space = false
		switch r {
		case '’', '‘', '`':
			r = '\''
		case '“', '”':
			r = '"'
		case '–', '—':
			r = '-'
		}
		var enc [4]byte
		n := utf8.EncodeRune(enc[:], unicode.ToLower(r))
		for j := 0; j < n; j++ {
			out = append(out, enc[j])
			pos = append(pos, i)
		}
		i += size
	}
	pos = append(pos, len(b))
	return out, pos
}

func (ix *index) find(quote string, hint int) (start, end int, ok bool) {
	// Exact bytes first.
	if s, ok := nearest(ix.text, []byte(quote), hint, func(i int) int { return i }); ok {
		return s, s + len(quote), true
	}
	q, _ := normalize([]byte(strings.TrimSpace(quote)))
	if len(q) == 0 {
		return 0, 0, false
	}
	s, ok := nearest(ix.norm, q, hint, func(i int) int { return ix.pos[i] })
	if !ok {
		return 0, 0, false
	}
	// Map the normalized match back to the original bytes.
	ni := bytes.Index(ix.norm[indexOfPos(ix.pos, s):], q) + indexOfPos(ix.pos, s)
	last := ni + len(q) - 1
	start = ix.pos[ni]
	_, size := utf8.DecodeRune(ix.text[ix.pos[last]:])
	end = ix.pos[last] + size
	return start, end, true
}

func indexOfPos(pos []int, off int) int {
	for i, p := range pos {
		if p == off {
			return i
		}
	}
	return 0
}

// nearest finds needle in hay, choosing the occurrence whose original
// offset is nearest to hint (the first when hint < 0), and returns that
// original offset.
func nearest(hay, needle []byte, hint int, orig func(int) int) (int, bool) {
	best, found := 0, false
	for from := 0; ; {
		i := bytes.Index(hay[from:], needle)
		if i < 0 {
			break
		}
		at := orig(from + i)
		if !found || (hint >= 0 && abs(at-hint) < abs(best-hint)) {
			best, found = at, true
		}
		if hint < 0 {
			break
		}
		from += i + 1
	}
	return best, found
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
