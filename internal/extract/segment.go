package extract

import (
	"strings"
)

// unit is a sentence (or a table cell) of a block with its context.
type unit struct {
	blk    int
	s, e   int    // range in the block's text
	text   string // the unit's text
	lower  string // ASCII lower case of text (same length)
	ctx    string // lower-case headings above, the list's lead-in, the column header
	head   string // lower-case nearest heading only
	item   bool   // a list item or table cell: structure makes it a list entry
	cell   int    // table cell index, -1 otherwise
	header []string
	lits   litSet     // the prefilter's literals present in lower
	cache  []lexCache // lexicon matches, computed once
}

// span maps the unit range [s, e) of block blk to a source span, trimmed
// of spaces and trailing punctuation.
func (x *extractor) span(blk, s, e int) (Span, bool) {
	b := &x.blocks[blk]
	for s < e && (b.text[s] == ' ' || b.text[s] == '|') {
		s++
	}
	for e > s && (b.text[e-1] == ' ' || b.text[e-1] == '|') {
		e--
	}
	if s >= e {
		return Span{}, false
	}
	start, end := b.starts[s], b.ends[e-1]
	if start < 0 || end > len(x.src) || start >= end {
		return Span{}, false
	}
	return Span{Start: start, End: end, Quote: string(x.src[start:end])}, true
}

// lowerASCII lower-cases ASCII letters only, so byte offsets are kept.
func lowerASCII(b []byte) string {
	out := make([]byte, len(b))
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		out[i] = c
	}
	return string(out)
}

// abbreviations that end with a period without ending a sentence.
var abbrev = map[string]bool{"e.g": true, "i.e": true, "etc": true, "inc": true, "ltd": true, "co": true,
	"no": true, "u.s": true, "st": true, "mr": true, "ms": true, "mrs": true, "dr": true, "vs": true, "art": true,
	"para": true, "sec": true, "cal": true, "civ": true, "corp": true, "llc": true, "u.k": true, "approx": true,
	"incl": true, "b.v": true, "n.v": true, "s.a": true, "p.o": true, "ste": true, "fig": true, "jan": true,
	"feb": true, "mar": true, "apr": true, "aug": true, "sept": true, "sep": true, "oct": true, "nov": true, "dec": true,
	"seq": true, "et al": true, "cf": true, "viz": true, "a.m": true, "p.m": true, "s.l": true, "gmbh": true}

// sentences splits text into sentence ranges.
func sentences(t []byte) [][2]int {
	var out [][2]int
	s := 0
	for i := 0; i < len(t); i++ {
		c := t[i]
		if c != '.' && c != '?' && c != '!' {
			continue
		}
		j := i + 1
		for j < len(t) && (t[j] == '"' || t[j] == ')' || t[j] == '\'') {
			j++
		}
		if j >= len(t) || t[j] != ' ' || j+1 >= len(t) {
			continue
		}
		n := t[j+1]
		if !(n >= 'A' && n <= 'Z' || n >= '0' && n <= '9' || n == '"' || n == '(' || n >= 0x80) {
			continue
		}
		if c == '.' {
			k := i
			for k > s && t[k-1] != ' ' && t[k-1] != '(' {
				k--
			}
			w := strings.ToLower(string(t[k:i]))
			if abbrev[w] || len(w) == 1 || abbrev[w[strings.LastIndexAny(w, "-–/")+1:]] {
				continue // "Swiss-U.S. Data Privacy Framework"
			}
		}
		out = append(out, [2]int{s, j})
		s = j + 1
	}
	if s < len(t) {
		out = append(out, [2]int{s, len(t)})
	}
	return out
}

// segment builds the units with their context.
func (x *extractor) segment() {
	var stack []string // heading texts by level (1-6)
	stack = make([]string, 8)
	lead := ""
	var header []string
	for bi := range x.blocks {
		b := &x.blocks[bi]
		low := lowerASCII(b.text)
		switch b.kind {
		case kindHeading:
			lv := b.level
			if lv == 0 {
				lv = 2
			}
			stack[lv] = low
			for k := lv + 1; k < len(stack); k++ {
				stack[k] = ""
			}
			lead, header = "", nil
		case kindPara:
			header = nil
		}
		var hs []string
		nearest := ""
		for _, h := range stack {
			if h != "" {
				hs = append(hs, h)
				nearest = h
			}
		}
		ctx := strings.Join(hs, " / ")
		switch b.kind {
		case kindHeading:
			x.units = append(x.units, unit{blk: bi, s: 0, e: len(b.text), text: string(b.text), lower: low, ctx: ctx, head: nearest, cell: -1})
		case kindRow:
			if b.header {
				header = nil
				for _, c := range b.cells {
					header = append(header, strings.TrimSpace(low[c[0]:c[1]]))
				}
				continue
			}
			for ci, c := range b.cells {
				col := ""
				if ci < len(header) {
					col = header[ci]
				}
				for _, r := range sentences(b.text[c[0]:c[1]]) {
					s, e := c[0]+r[0], c[0]+r[1]
					x.units = append(x.units, unit{blk: bi, s: s, e: e, text: string(b.text[s:e]), lower: low[s:e],
						ctx: ctx + " / " + lead + " / " + col, head: nearest, item: true, cell: ci, header: header})
				}
			}
		default:
			item := b.kind == kindItem
			c := ctx
			if item && lead != "" {
				c = ctx + " / " + lead
			}
			if !item && b.kind == kindPara {
				// A paragraph that starts a list ("... such as:") is the lead of
				// the items after it; it also starts a new lead-less run.
				lead = ""
			}
			for _, r := range sentences(b.text) {
				x.units = append(x.units, unit{blk: bi, s: r[0], e: r[1], text: string(b.text[r[0]:r[1]]), lower: low[r[0]:r[1]],
					ctx: c, head: nearest, item: item, cell: -1})
			}
			if b.kind == kindPara && strings.HasSuffix(strings.TrimSpace(low), ":") {
				lead = low
			}
		}
	}
}

// unitSpan is the source span of a whole unit.
func (x *extractor) unitSpan(u *unit) (Span, bool) { return x.span(u.blk, u.s, u.e) }
