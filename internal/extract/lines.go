package extract

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
)

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
	p := &lineParser{src: src, md: md, lines: splitLines(src), w: &builder{}}
	for li := range p.lines {
		p.line(li)
	}
	p.w.flush()
	return p.w.blocks
}

// lineParser reads plain text or Markdown line by line.
type lineParser struct {
	src     []byte
	md      bool
	lines   []line
	w       *builder
	inFence bool
	tcols   []int // plain text: column starts of the space-aligned table being read
	pipeRun bool  // Markdown: inside a table whose rows have no outer pipes
}

// next returns line li+1 without surrounding spaces, nil after the last.
func (p *lineParser) next(li int) []byte {
	if li+1 >= len(p.lines) {
		return nil
	}
	return bytes.TrimSpace(p.src[p.lines[li+1].start:p.lines[li+1].end])
}

func (p *lineParser) line(li int) {
	w, md, ln := p.w, p.md, p.lines[li]
	t := p.src[ln.start:ln.end]
	trim := bytes.TrimSpace(t)
	if len(trim) == 0 || md && bytes.IndexByte(trim, '|') < 0 {
		p.pipeRun = false
	}
	if !md && p.textTable(li, len(trim) == 0) {
		return
	}
	if md && bytes.HasPrefix(trim, []byte("```")) {
		p.inFence = !p.inFence
		w.flush()
		return
	}
	if p.inFence {
		return
	}
	if len(trim) == 0 {
		w.flush()
		return
	}
	lead := len(t) - len(bytes.TrimLeft(t, " \t"))
	if md && (p.mdHeading(ln, trim, lead) || p.mdRow(li, trim, lead)) {
		return
	}
	if md && (bytes.Equal(trim, []byte("---")) || bytes.Equal(trim, []byte("***")) || bytes.Equal(trim, []byte("___"))) {
		w.flush()
		return
	}
	if md && trim[0] == '>' {
		trim = bytes.TrimLeft(trim[1:], " ")
		lead = len(t) - len(trim)
	}
	p.text(li, t, trim, lead)
}

// textTable reads a space-aligned table in plain text: a header line
// over a rule of dash runs ("------   ------"), then one row per line up
// to a blank line. It reports whether line li was part of one.
func (p *lineParser) textTable(li int, blank bool) bool {
	ln := p.lines[li]
	switch {
	case blank:
		p.tcols = nil
	case p.tcols != nil:
		if textRule(p.src[ln.start:ln.end]) == nil {
			p.w.flush()
			textRow(p.w, p.src, ln, p.tcols, false)
		}
		return true
	case li+1 < len(p.lines):
		if cols := textRule(p.src[p.lines[li+1].start:p.lines[li+1].end]); cols != nil {
			p.w.flush()
			p.tcols = cols
			textRow(p.w, p.src, ln, p.tcols, true)
			return true
		}
	}
	return false
}

// mdHeading reads an ATX heading ("## Title"), reporting whether the line
// was one.
func (p *lineParser) mdHeading(ln line, trim []byte, lead int) bool {
	if trim[0] != '#' {
		return false
	}
	n := 0
	for n < len(trim) && trim[n] == '#' {
		n++
	}
	if n > 6 || n < len(trim) && trim[n] != ' ' {
		return false
	}
	p.w.flush()
	p.w.b.kind, p.w.b.level = kindHeading, n
	body := bytes.TrimRight(trim[n:], " #")
	off := ln.start + lead + n
	inline(p.w, p.src, off, off+len(body))
	p.w.flush()
	return true
}

// mdRow reads a table row: "| a | b |", or "a | b" in a table whose rows
// have no outer pipes (GitHub allows both). It reports whether the line
// was one (or the table's separator line).
func (p *lineParser) mdRow(li int, trim []byte, lead int) bool {
	w := p.w
	loose := trim[0] != '|' && bytes.IndexByte(trim, '|') > 0 && (p.pipeRun || isTableSep(p.next(li)))
	if trim[0] != '|' && !loose {
		return false
	}
	w.flush()
	p.pipeRun = loose
	if isTableSep(trim) {
		return true
	}
	w.b.kind = kindRow
	w.b.header = isTableSep(p.next(li))
	off := p.lines[li].start + lead
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
				inline(w, p.src, off+cellStart, off+i)
			}
			cellStart = i + 1
		}
	}
	w.flush()
	return true
}

// text reads a line of running text: a list item, a plain-text heading,
// or part of a paragraph.
func (p *lineParser) text(li int, t, trim []byte, lead int) {
	w, md, ln := p.w, p.md, p.lines[li]
	if !md && len(w.b.text) > 0 && !(w.b.kind == kindPara && wrapped(w.b.text)) {
		w.flush() // plain text: one line is one paragraph unless it is wrapped
	}
	if n := bulletPrefix(t); n > 0 {
		w.flush()
		w.b.kind = kindItem
		inline(w, p.src, ln.start+n, ln.end, md)
		return
	}
	if !md && len(w.b.text) == 0 && looksLikeHeading(trim, li+1 < len(p.lines)) {
		w.flush()
		w.b.kind = kindHeading
		inline(w, p.src, ln.start+lead, ln.start+lead+len(trim), false)
		w.flush()
		return
	}
	if len(w.b.text) > 0 && w.b.kind == kindHeading {
		w.flush()
	}
	inline(w, p.src, ln.start+lead, ln.start+lead+len(trim), md)
	if md && bytes.HasSuffix(t, []byte("  ")) {
		w.space = true
	}
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
