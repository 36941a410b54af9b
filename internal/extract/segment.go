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
	var c context
	for bi := range x.blocks {
		b := &x.blocks[bi]
		low := lowerASCII(b.text)
		c.enter(b, low)
		ctx, nearest := c.headings()
		switch b.kind {
		case kindHeading:
			x.units = append(x.units, unit{blk: bi, s: 0, e: len(b.text), text: string(b.text), lower: low, ctx: ctx, head: nearest, cell: -1})
		case kindRow:
			if b.header {
				c.header = nil
				for _, cl := range b.cells {
					c.header = append(c.header, strings.TrimSpace(low[cl[0]:cl[1]]))
				}
				continue
			}
			x.rowUnits(bi, low, ctx+" / "+c.lead+" / ", nearest, c.header)
		default:
			item := b.kind == kindItem
			uc := ctx
			if item && c.lead != "" {
				uc = ctx + " / " + c.lead
			}
			if !item && b.kind == kindPara {
				// A paragraph that starts a list ("... such as:") is the lead of
				// the items after it; it also starts a new lead-less run.
				c.lead = ""
			}
			for _, r := range sentences(b.text) {
				x.units = append(x.units, unit{blk: bi, s: r[0], e: r[1], text: string(b.text[r[0]:r[1]]), lower: low[r[0]:r[1]],
					ctx: uc, head: nearest, item: item, cell: -1})
			}
			if b.kind == kindPara && strings.HasSuffix(strings.TrimSpace(low), ":") {
				c.lead = low
			}
		}
	}
}

// context is what segment knows of the blocks read so far: the headings
// above (by level), the lead-in of the current list, the current table's
// header.
type context struct {
	stack  [8]string
	lead   string
	header []string
}

// enter updates the context for block b (low is its lower-case text).
func (c *context) enter(b *block, low string) {
	switch b.kind {
	case kindHeading:
		lv := b.level
		if lv == 0 {
			lv = 2
		}
		c.stack[lv] = low
		for k := lv + 1; k < len(c.stack); k++ {
			c.stack[k] = ""
		}
		c.lead, c.header = "", nil
	case kindPara:
		c.header = nil
	}
}

// headings returns the headings above, joined, and the nearest.
func (c *context) headings() (ctx, nearest string) {
	var hs []string
	for _, h := range c.stack {
		if h != "" {
			hs = append(hs, h)
			nearest = h
		}
	}
	return strings.Join(hs, " / "), nearest
}

// rowUnits adds a table row's cells, sentence by sentence; each cell's
// context is ctx followed by its column's header.
func (x *extractor) rowUnits(bi int, low, ctx, nearest string, header []string) {
	b := &x.blocks[bi]
	for ci, c := range b.cells {
		col := ""
		if ci < len(header) {
			col = header[ci]
		}
		for _, r := range sentences(b.text[c[0]:c[1]]) {
			s, e := c[0]+r[0], c[0]+r[1]
			x.units = append(x.units, unit{blk: bi, s: s, e: e, text: string(b.text[s:e]), lower: low[s:e],
				ctx: ctx + col, head: nearest, item: true, cell: ci, header: header})
		}
	}
}

// unitSpan is the source span of a whole unit.
func (x *extractor) unitSpan(u *unit) (Span, bool) { return x.span(u.blk, u.s, u.e) }

// blockUnits returns the units of block blk (its sentences, or its cells'
// sentences), from an index built once.
func (x *extractor) blockUnits(blk int) []unit {
	if x.unitsOf == nil {
		x.unitsOf = map[int][2]int{}
		for i := range x.units {
			r, ok := x.unitsOf[x.units[i].blk]
			if !ok {
				r[0] = i
			}
			r[1] = i + 1
			x.unitsOf[x.units[i].blk] = r
		}
	}
	r, ok := x.unitsOf[blk]
	if !ok {
		return nil
	}
	return x.units[r[0]:r[1]]
}
