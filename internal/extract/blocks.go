package extract

import (
	"bytes"
	"path/filepath"
	"strings"
)

// The text layer turns an input file into blocks of plain text (headings,
// paragraphs, list items, table rows), each byte of which remembers the
// source bytes it came from, so that any span of plain text maps back to
// byte offsets into the file as given. html.go reads HTML, lines.go plain
// text and Markdown.

type blockKind int

const (
	kindPara blockKind = iota
	kindHeading
	kindItem
	kindRow
)

// block is one unit of document structure.
type block struct {
	kind   blockKind
	level  int      // heading level 1-6 (0: guessed from plain text)
	text   []byte   // plain text, whitespace collapsed, markup removed
	starts []int    // starts[i]: source offset where text[i] begins
	ends   []int    // ends[i]: source offset where text[i] ends
	cells  [][2]int // table rows: cell ranges in text
	header bool     // table rows: a header row (th cells)
}

// builder accumulates plain text with its source mapping.
type builder struct {
	b      block
	space  bool // a space is pending
	blocks []block
}

func (w *builder) add(c byte, start, end int) {
	if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' {
		if len(w.b.text) > 0 {
			w.space = true
		}
		return
	}
	if w.space {
		// The pending space maps to the byte just before this one.
		w.b.text = append(w.b.text, ' ')
		w.b.starts = append(w.b.starts, w.b.ends[len(w.b.ends)-1])
		w.b.ends = append(w.b.ends, start)
		w.space = false
	}
	w.b.text = append(w.b.text, c)
	w.b.starts = append(w.b.starts, start)
	w.b.ends = append(w.b.ends, end)
}

// addString adds decoded text whose bytes all come from src[start:end].
func (w *builder) addString(s string, start, end int) {
	for i := 0; i < len(s); i++ {
		w.add(s[i], start, end)
	}
}

// cell starts a new table cell in the current block.
func (w *builder) cell() {
	w.closeCell()
	w.space = false
	if len(w.b.text) > 0 {
		w.addSep()
	}
	w.b.cells = append(w.b.cells, [2]int{len(w.b.text), -1})
}

// addSep separates cells with " | " mapped onto the last byte.
func (w *builder) addSep() {
	n := len(w.b.text)
	s, e := w.b.starts[n-1], w.b.ends[n-1]
	for _, c := range []byte(" | ") {
		w.b.text = append(w.b.text, c)
		w.b.starts = append(w.b.starts, e)
		w.b.ends = append(w.b.ends, e)
	}
	_ = s
}

func (w *builder) closeCell() {
	if n := len(w.b.cells); n > 0 && w.b.cells[n-1][1] < 0 {
		w.b.cells[n-1][1] = len(w.b.text)
	}
}

// flush ends the current block, keeping it when it has text.
func (w *builder) flush() {
	w.closeCell()
	if len(w.b.text) > 0 {
		w.blocks = append(w.blocks, w.b)
	}
	w.b = block{}
	w.space = false
}

// format is how an input is written.
type format int

const (
	formatText format = iota
	formatMarkdown
	formatHTML
)

func (f format) String() string {
	return [...]string{"text", "markdown", "html"}[f]
}

// detect chooses the format from the file name's extension, and from the
// content when the extension says nothing.
func detect(name string, src []byte) format {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".html", ".htm", ".xhtml":
		return formatHTML
	case ".md", ".markdown", ".mdown":
		return formatMarkdown
	case ".txt", ".text":
		return formatText
	}
	head := bytes.ToLower(src[:min(len(src), 1024)])
	head = bytes.TrimLeft(head, " \t\r\n\ufeff")
	for _, p := range []string{"<!doctype html", "<html", "<head", "<body", "<?xml", "<div", "<p>", "<h1", "<section", "<article"} {
		if bytes.HasPrefix(head, []byte(p)) || bytes.Contains(head, []byte("<html")) {
			return formatHTML
		}
	}
	if bytes.HasPrefix(head, []byte("# ")) || bytes.Contains(src, []byte("\n## ")) || bytes.Contains(src, []byte("\n|---")) || bytes.Contains(src, []byte("\n| ---")) {
		return formatMarkdown
	}
	return formatText
}

// parse splits src into blocks; title is the HTML <title>, if any.
func parse(f format, src []byte) (blocks []block, title string) {
	switch f {
	case formatHTML:
		return parseHTML(src)
	case formatMarkdown:
		return parseLines(src, true), ""
	}
	return parseLines(src, false), ""
}
