package extract

import (
	"bytes"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The text layer turns an input file into blocks of plain text (headings,
// paragraphs, list items, table rows), each byte of which remembers the
// source bytes it came from, so that any span of plain text maps back to
// byte offsets into the file as given.

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

// ---- HTML ----

func blockAtom(a atom.Atom) bool {
	switch a {
	case atom.P, atom.Div, atom.Li, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6,
		atom.Tr, atom.Table, atom.Thead, atom.Tbody, atom.Ul, atom.Ol, atom.Dl, atom.Dt, atom.Dd,
		atom.Section, atom.Article, atom.Header, atom.Footer, atom.Main, atom.Nav, atom.Aside,
		atom.Blockquote, atom.Br, atom.Hr, atom.Title, atom.Body, atom.Address, atom.Pre,
		atom.Caption, atom.Figure, atom.Figcaption, atom.Form, atom.Details, atom.Summary:
		return true
	}
	return false
}

func parseHTML(src []byte) ([]block, string) {
	z := html.NewTokenizer(bytes.NewReader(src))
	w := &builder{}
	pos := 0
	skip := 0 // depth inside script/style/etc.
	inTitle := false
	var title strings.Builder
	inRow := false
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		raw := z.Raw()
		start := pos
		pos += len(raw)
		switch tt {
		case html.StartTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			switch a {
			case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg:
				if tt == html.StartTagToken {
					skip++
				}
				continue
			case atom.Title:
				inTitle = tt == html.StartTagToken
				continue
			case atom.Td, atom.Th:
				if inRow {
					w.cell()
					if a == atom.Th {
						w.b.header = true
					}
					continue
				}
			}
			if !blockAtom(a) {
				continue
			}
			if a == atom.Br && inRow {
				w.space = len(w.b.text) > 0
				continue
			}
			if inRow && a != atom.Tr && a != atom.Table {
				continue // block elements inside a cell stay in the row
			}
			w.flush()
			inRow = false
			switch a {
			case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
				w.b.kind, w.b.level = kindHeading, int(name[1]-'0')
			case atom.Li, atom.Dd:
				w.b.kind = kindItem
			case atom.Tr:
				w.b.kind = kindRow
				inRow = true
			case atom.Dt:
				w.b.kind, w.b.level = kindHeading, 6
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			switch a {
			case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg:
				if skip > 0 {
					skip--
				}
				continue
			case atom.Title:
				inTitle = false
				continue
			case atom.Td, atom.Th:
				w.closeCell()
				continue
			}
			if a == atom.Tr || a == atom.Table {
				w.flush()
				inRow = false
				continue
			}
			if inRow {
				continue
			}
			if blockAtom(a) {
				w.flush()
			}
		case html.TextToken:
			if skip > 0 {
				continue
			}
			if inTitle {
				title.WriteString(html.UnescapeString(string(raw)))
				continue
			}
			decodeText(w, raw, start)
		}
	}
	w.flush()
	return w.blocks, strings.Join(strings.Fields(title.String()), " ")
}

// decodeText adds raw HTML text at offset base, decoding character
// references; each decoded byte maps to the whole reference.
func decodeText(w *builder, raw []byte, base int) {
	for i := 0; i < len(raw); {
		c := raw[i]
		if c == '&' {
			if j := bytes.IndexByte(raw[i:min(len(raw), i+40)], ';'); j > 1 {
				ref := string(raw[i : i+j+1])
				if dec := html.UnescapeString(ref); dec != ref {
					if dec == "\u00a0" {
						dec = " "
					}
					w.addString(dec, base+i, base+i+j+1)
					i += j + 1
					continue
				}
			}
		}
		if c == 0xC2 && i+1 < len(raw) && raw[i+1] == 0xA0 { // no-break space
			w.add(' ', base+i, base+i+2)
			i += 2
			continue
		}
		w.add(c, base+i, base+i+1)
		i++
	}
}

// ---- plain text and Markdown ----

// line is one line of the input: src[start:end], without its newline.
type line struct{ start, end int }

func splitLines(src []byte) []line {
	var out []line
	s := 0
	for i, c := range src {
		if c == '\n' {
			e := i
			if e > s && src[e-1] == '\r' {
				e--
			}
			out = append(out, line{s, e})
			s = i + 1
		}
	}
	if s < len(src) {
		out = append(out, line{s, len(src)})
	}
	return out
}

// bulletPrefix returns the length of a list marker at the start of t
// (after indentation), or 0.
func bulletPrefix(t []byte) int {
	i := 0
	for i < len(t) && (t[i] == ' ' || t[i] == '\t') {
		i++
	}
	rest := t[i:]
	for _, b := range []string{"- ", "* ", "+ ", "• ", "· ", "– ", "○ ", "▪ ", "◦ "} {
		if bytes.HasPrefix(rest, []byte(b)) {
			return i + len(b)
		}
	}
	// 1. 1) (a) a) i.
	j := 0
	if j < len(rest) && rest[j] == '(' {
		j++
	}
	k := j
	for k < len(rest) && k-j < 4 && (rest[k] >= '0' && rest[k] <= '9' || rest[k] >= 'a' && rest[k] <= 'z' && k-j < 2) {
		k++
	}
	if k > j && k < len(rest)-1 && (rest[k] == '.' || rest[k] == ')') && rest[k+1] == ' ' {
		digits := true
		for _, c := range rest[j:k] {
			if c < '0' || c > '9' {
				digits = false
			}
		}
		if digits || rest[k] == ')' {
			return i + k + 2
		}
	}
	return 0
}

func parseLines(src []byte, md bool) []block {
	lines := splitLines(src)
	w := &builder{}
	inFence := false
	var tcols []int  // plain text: column starts of the space-aligned table being read
	pipeRun := false // Markdown: inside a table whose rows have no outer pipes
	for li, ln := range lines {
		t := src[ln.start:ln.end]
		trim := bytes.TrimSpace(t)
		if len(trim) == 0 || md && bytes.IndexByte(trim, '|') < 0 {
			pipeRun = false
		}
		if !md {
			// A space-aligned table: a header line over a rule of dash runs
			// ("------   ------"), then one row per line up to a blank line.
			if len(trim) == 0 {
				tcols = nil
			} else if tcols != nil {
				if textRule(t) == nil {
					w.flush()
					textRow(w, src, ln, tcols, false)
				}
				continue
			} else if li+1 < len(lines) {
				if cols := textRule(src[lines[li+1].start:lines[li+1].end]); cols != nil {
					w.flush()
					tcols = cols
					textRow(w, src, ln, tcols, true)
					continue
				}
			}
		}
		if md && bytes.HasPrefix(trim, []byte("```")) {
			inFence = !inFence
			w.flush()
			continue
		}
		if inFence {
			continue
		}
		if len(trim) == 0 {
			w.flush()
			continue
		}
		lead := len(t) - len(bytes.TrimLeft(t, " \t"))
		if md && trim[0] == '#' {
			n := 0
			for n < len(trim) && trim[n] == '#' {
				n++
			}
			if n <= 6 && (n == len(trim) || trim[n] == ' ') {
				w.flush()
				w.b.kind, w.b.level = kindHeading, n
				body := bytes.TrimRight(trim[n:], " #")
				off := ln.start + lead + n
				inline(w, src, off, off+len(body))
				w.flush()
				continue
			}
		}
		// A table row: "| a | b |", or "a | b" in a table whose rows have
		// no outer pipes (GitHub allows both).
		loose := md && trim[0] != '|' && bytes.IndexByte(trim, '|') > 0 &&
			(pipeRun || li+1 < len(lines) && isTableSep(bytes.TrimSpace(src[lines[li+1].start:lines[li+1].end])))
		if md && (trim[0] == '|' || loose) {
			w.flush()
			pipeRun = loose
			if isTableSep(trim) {
				continue
			}
			w.b.kind = kindRow
			w.b.header = li+1 < len(lines) && isTableSep(bytes.TrimSpace(src[lines[li+1].start:lines[li+1].end]))
			off := ln.start + lead
			row := trim
			cellStart := 1
			if loose {
				cellStart = 0
			}
			for i := cellStart; i <= len(row); i++ {
				if i == len(row) || row[i] == '|' && row[i-1] != '\\' {
					if i > cellStart || i < len(row) {
						if i == len(row) && i == cellStart {
							break
						}
						w.cell()
						inline(w, src, off+cellStart, off+i)
					}
					cellStart = i + 1
				}
			}
			w.flush()
			continue
		}
		if md && (bytes.Equal(trim, []byte("---")) || bytes.Equal(trim, []byte("***")) || bytes.Equal(trim, []byte("___"))) {
			w.flush()
			continue
		}
		if md && trim[0] == '>' {
			trim = bytes.TrimLeft(trim[1:], " ")
			lead = len(t) - len(trim)
		}
		if !md && len(w.b.text) > 0 && !(w.b.kind == kindPara && wrapped(w.b.text)) {
			w.flush() // plain text: one line is one paragraph unless it is wrapped
		}
		if n := bulletPrefix(t); n > 0 {
			w.flush()
			w.b.kind = kindItem
			inline(w, src, ln.start+n, ln.end, md)
			continue
		}
		if !md && len(w.b.text) == 0 && looksLikeHeading(trim, li+1 < len(lines)) {
			w.flush()
			w.b.kind = kindHeading
			inline(w, src, ln.start+lead, ln.start+lead+len(trim), false)
			w.flush()
			continue
		}
		if len(w.b.text) > 0 && w.b.kind == kindHeading {
			w.flush()
		}
		inline(w, src, ln.start+lead, ln.start+lead+len(trim), md)
		if md && bytes.HasSuffix(t, []byte("  ")) {
			w.space = true
		}
	}
	w.flush()
	return w.blocks
}

// textRule returns the start columns of the dash runs of a plain-text
// table rule ("-----   -------   ----"), or nil when t is not one: two or
// more runs of at least three dashes (or equals signs), nothing else.
func textRule(t []byte) []int {
	var cols []int
	run := 0
	for i := 0; i <= len(t); i++ {
		if i < len(t) && (t[i] == '-' || t[i] == '=') {
			if run == 0 {
				cols = append(cols, i)
			}
			run++
			continue
		}
		if i < len(t) && t[i] != ' ' && t[i] != '\t' {
			return nil
		}
		if run > 0 && run < 3 {
			return nil
		}
		run = 0
	}
	if len(cols) < 2 {
		return nil
	}
	return cols
}

// textRow adds one line of a space-aligned table as a row block. Cells are
// split at runs of two or more spaces when that gives one per column, else
// at the rule's columns.
func textRow(w *builder, src []byte, ln line, cols []int, header bool) {
	t := src[ln.start:ln.end]
	var cells [][2]int
	for i := 0; i < len(t); {
		for i < len(t) && (t[i] == ' ' || t[i] == '\t') {
			i++
		}
		if i >= len(t) {
			break
		}
		j := i
		for j < len(t) && !(t[j] == '\t' || t[j] == ' ' && j+1 < len(t) && (t[j+1] == ' ' || t[j+1] == '\t')) {
			j++
		}
		cells = append(cells, [2]int{i, j})
		i = j
	}
	if len(cells) != len(cols) {
		cells = cells[:0]
		for k, c := range cols {
			s, e := min(c, len(t)), len(t)
			if k+1 < len(cols) {
				e = min(cols[k+1], len(t))
			}
			// A word that runs across a column start stays in its cell.
			for s > 0 && s < len(t) && t[s-1] != ' ' && t[s] != ' ' && k > 0 {
				s++
			}
			for e < len(t) && e > 0 && t[e-1] != ' ' && t[e] != ' ' {
				e++
			}
			cells = append(cells, [2]int{s, max(s, e)})
		}
	}
	w.b.kind = kindRow
	w.b.header = header
	for _, c := range cells {
		w.cell()
		seg := bytes.TrimSpace(t[c[0]:c[1]])
		if len(seg) == 0 {
			continue
		}
		off := ln.start + c[0] + bytes.Index(t[c[0]:c[1]], seg)
		inline(w, src, off, off+len(seg), false)
	}
	w.flush()
}

// wrapped guesses whether a plain-text paragraph continues on the next
// line: it does not end like a sentence.
func wrapped(t []byte) bool {
	if len(t) < 60 {
		return false
	}
	c := t[len(t)-1]
	return c != '.' && c != ':' && c != '?' && c != '!' && c != ';'
}

func isTableSep(t []byte) bool {
	if len(t) < 3 || bytes.IndexByte(t, '|') < 0 {
		return false
	}
	for _, c := range t {
		if c != '|' && c != '-' && c != ':' && c != ' ' {
			return false
		}
	}
	return bytes.Contains(t, []byte("---"))
}

// looksLikeHeading guesses whether a plain-text line is a heading: short,
// no sentence punctuation at the end, capitalised.
func looksLikeHeading(t []byte, more bool) bool {
	if len(t) > 90 || !more {
		return false
	}
	r, _ := utf8.DecodeRune(t)
	if !(r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r > 127) {
		return false
	}
	last := t[len(t)-1]
	if last == '.' || last == ',' || last == ';' {
		return false
	}
	words := bytes.Fields(t)
	if len(words) > 12 {
		return false
	}
	if last == ':' && len(words) > 7 {
		return false
	}
	return true
}

// inline adds src[start:end] to the block, removing Markdown inline markup
// when md is set (emphasis, code marks, link targets, escapes, inline tags).
func inline(w *builder, src []byte, start, end int, md ...bool) {
	isMD := len(md) == 0 || md[0]
	for i := start; i < end; {
		c := src[i]
		if isMD {
			switch c {
			case '\\':
				if i+1 < end && strings.IndexByte("\\`*_{}[]()#+-.!|<>", src[i+1]) >= 0 {
					w.add(src[i+1], i+1, i+2)
					i += 2
					continue
				}
			case '*', '`':
				i++
				continue
			case '_':
				// Emphasis only at word edges; snake_case keeps its underscores.
				prevWord := i > start && isWordByte(src[i-1])
				nextWord := i+1 < end && isWordByte(src[i+1])
				if !(prevWord && nextWord) {
					i++
					continue
				}
			case '!':
				if i+1 < end && src[i+1] == '[' {
					i++
					continue
				}
			case '[':
				// [text](url): keep text, drop the target.
				if j := bytes.IndexByte(src[i:end], ']'); j > 0 && i+j+1 < end && src[i+j+1] == '(' {
					if k := bytes.IndexByte(src[i+j+1:end], ')'); k > 0 {
						inline(w, src, i+1, i+j, true)
						i = i + j + 1 + k + 1
						continue
					}
				}
			case '<':
				if j := bytes.IndexByte(src[i:end], '>'); j > 0 {
					tag := src[i+1 : i+j]
					if bytes.HasPrefix(tag, []byte("http")) || bytes.HasPrefix(tag, []byte("mailto:")) || bytes.IndexByte(tag, '@') > 0 {
						off := i + 1
						if bytes.HasPrefix(tag, []byte("mailto:")) {
							off += 7
						}
						for k := off; k < i+j; k++ {
							w.add(src[k], k, k+1)
						}
					}
					i += j + 1
					continue
				}
			case '&':
				if j := bytes.IndexByte(src[i:min(end, i+40)], ';'); j > 1 {
					ref := string(src[i : i+j+1])
					if dec := html.UnescapeString(ref); dec != ref {
						w.addString(dec, i, i+j+1)
						i += j + 1
						continue
					}
				}
			}
		}
		if c == 0xC2 && i+1 < end && src[i+1] == 0xA0 { // no-break space
			w.add(' ', i, i+2)
			i += 2
			continue
		}
		w.add(c, i, i+1)
		i++
	}
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}
