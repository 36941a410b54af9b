package extract

import (
	"bytes"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

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
	p := &htmlParser{w: &builder{}}
	pos := 0
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
			p.start(atom.Lookup(name), name, tt == html.StartTagToken)
		case html.EndTagToken:
			name, _ := z.TagName()
			p.end(atom.Lookup(name))
		case html.TextToken:
			if p.skip > 0 {
				continue
			}
			if p.inTitle {
				p.title.WriteString(html.UnescapeString(string(raw)))
				continue
			}
			decodeText(p.w, raw, start)
		}
	}
	p.w.flush()
	return p.w.blocks, strings.Join(strings.Fields(p.title.String()), " ")
}

// htmlParser turns HTML tokens into blocks.
type htmlParser struct {
	w       *builder
	skip    int // depth inside script/style/etc.
	inTitle bool
	title   strings.Builder
	inRow   bool
}

// start handles a start tag (open: not self-closing).
func (p *htmlParser) start(a atom.Atom, name []byte, open bool) {
	w := p.w
	switch a {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg:
		if open {
			p.skip++
		}
		return
	case atom.Title:
		p.inTitle = open
		return
	case atom.Td, atom.Th:
		if p.inRow {
			w.cell()
			if a == atom.Th {
				w.b.header = true
			}
			return
		}
	}
	if !blockAtom(a) {
		return
	}
	if a == atom.Br && p.inRow {
		w.space = len(w.b.text) > 0
		return
	}
	if p.inRow && a != atom.Tr && a != atom.Table {
		return // block elements inside a cell stay in the row
	}
	w.flush()
	p.inRow = false
	switch a {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		w.b.kind, w.b.level = kindHeading, int(name[1]-'0')
	case atom.Li, atom.Dd:
		w.b.kind = kindItem
	case atom.Tr:
		w.b.kind = kindRow
		p.inRow = true
	case atom.Dt:
		w.b.kind, w.b.level = kindHeading, 6
	}
}

// end handles an end tag.
func (p *htmlParser) end(a atom.Atom) {
	switch a {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg:
		if p.skip > 0 {
			p.skip--
		}
	case atom.Title:
		p.inTitle = false
	case atom.Td, atom.Th:
		p.w.closeCell()
	case atom.Tr, atom.Table:
		p.w.flush()
		p.inRow = false
	default:
		if !p.inRow && blockAtom(a) {
			p.w.flush()
		}
	}
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
