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
