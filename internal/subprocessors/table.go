// Package subprocessors reads the vendor table every SaaS publishes (name,
// processing, location) from CSV, XLSX, HTML or Markdown, whatever its
// header wording ("Name of Subprocessor", "Vendor", "Entity", "Location of
// Processing", "Corporate Location", "Purpose"...), and imports it into the
// catalog: a recipient per row with its kind, service, country and, where
// stated, the transfers of its processing locations outside the EEA with
// their safeguards, each citing the row it comes from. Facts are
// unreviewed, written in one transaction through the catalog's write path.
package subprocessors

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/xuri/excelize/v2"
	"golang.org/x/net/html"
)

// Table is a vendor table as read: the text the evidence quotes (the file
// itself, or for a workbook a tab-separated rendering of its sheet), the
// header and the rows.
type Table struct {
	File   string
	Text   string
	Header []string
	Rows   []Row
}

// Row is a table row with its line (1-based) and byte span in Text.
type Row struct {
	Cells      []string
	Line       int
	Start, End int
}

// Error is a problem with a vendor table, at a line (a row, for a workbook)
// and column.
type Error struct {
	File   string
	Line   int
	Column string
	Msg    string
}

func (e *Error) Error() string {
	s := e.File
	if e.Line > 0 {
		s += fmt.Sprintf(":%d", e.Line)
	}
	if e.Column != "" {
		s += ": " + e.Column
	}
	return s + ": " + e.Msg
}

// Read reads the first table of a file, chosen by its extension: .csv,
// .xlsx, .html/.htm, .md/.markdown.
func Read(file string, src []byte) (*Table, error) {
	var t *Table
	var err error
	switch strings.ToLower(filepath.Ext(file)) {
	case ".csv":
		t, err = readCSV(src)
	case ".xlsx":
		t, err = readXLSX(src)
	case ".html", ".htm":
		t, err = readHTML(src)
	case ".md", ".markdown":
		t, err = readMarkdown(src)
	default:
		return nil, &Error{File: file, Msg: "not a vendor table: want .csv, .xlsx, .html or .md"}
	}
	if err != nil {
		var e *Error
		if errors.As(err, &e) {
			e.File = file
			return nil, e
		}
		return nil, &Error{File: file, Msg: err.Error()}
	}
	t.File = file
	if len(t.Header) == 0 || len(t.Rows) == 0 {
		return nil, &Error{File: file, Msg: "no table with a header row and at least one row"}
	}
	return t, nil
}

func lineAt(src string, off int) int { return strings.Count(src[:off], "\n") + 1 }

func readCSV(src []byte) (*Table, error) {
	r := csv.NewReader(bytes.NewReader(src))
	r.FieldsPerRecord = -1
	t := &Table{Text: string(src)}
	prev := int64(0)
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				return nil, &Error{Line: pe.Line, Msg: pe.Err.Error()}
			}
			return nil, err
		}
		line, _ := r.FieldPos(0)
		off := r.InputOffset()
		start, end := int(prev), int(off)
		prev = off
		for end > start && (src[end-1] == '\n' || src[end-1] == '\r') {
			end--
		}
		if t.Header == nil {
			t.Header = rec
			continue
		}
		if blank(rec) {
			continue
		}
		t.Rows = append(t.Rows, Row{Cells: rec, Line: line, Start: start, End: end})
	}
	return t, nil
}

func blank(cells []string) bool {
	for _, c := range cells {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}

func readMarkdown(src []byte) (*Table, error) {
	text := string(src)
	t := &Table{Text: text}
	off := 0
	inTable := false
	for _, l := range strings.SplitAfter(text, "\n") {
		start := off
		off += len(l)
		trimmed := strings.TrimSpace(l)
		if !strings.HasPrefix(trimmed, "|") {
			if inTable {
				break // the first table only
			}
			continue
		}
		cells := splitPipes(trimmed)
		if isSeparator(cells) {
			continue
		}
		if !inTable {
			inTable = true
			t.Header = cells
			continue
		}
		end := start + len(strings.TrimRight(l, "\r\n"))
		t.Rows = append(t.Rows, Row{Cells: cells, Line: lineAt(text, start), Start: start, End: end})
	}
	return t, nil
}

func splitPipes(s string) []string {
	s = strings.TrimSuffix(strings.TrimPrefix(s, "|"), "|")
	parts := strings.Split(s, "|")
	for i, p := range parts {
		p = strings.TrimSpace(p)
		p = strings.NewReplacer("**", "", "__", "", "`", "").Replace(p)
		parts[i] = p
	}
	return parts
}

func isSeparator(cells []string) bool {
	for _, c := range cells {
		if strings.Trim(c, ":- ") != "" || c == "" {
			return false
		}
	}
	return true
}

func readHTML(src []byte) (*Table, error) {
	text := string(src)
	t := &Table{Text: text}
	z := html.NewTokenizer(bytes.NewReader(src))
	off := 0
	var row *Row
	var cell *strings.Builder
	depth := 0
	headerRow := false
	for {
		tt := z.Next()
		raw := len(z.Raw())
		start := off
		off += raw
		switch tt {
		case html.ErrorToken:
			if z.Err() == io.EOF {
				return t, nil
			}
			return nil, z.Err()
		case html.StartTagToken, html.EndTagToken:
			name, _ := z.TagName()
			tag := string(name)
			switch {
			case tt == html.StartTagToken && tag == "table":
				depth++
			case tt == html.EndTagToken && tag == "table":
				depth--
				if depth == 0 && len(t.Rows) > 0 {
					return t, nil
				}
			case depth == 0: // outside a table
			case tt == html.StartTagToken && tag == "tr":
				row = &Row{Line: lineAt(text, start), Start: start}
				headerRow = false
			case tt == html.EndTagToken && tag == "tr" && row != nil:
				row.End = off
				if headerRow && t.Header == nil {
					t.Header = row.Cells
				} else if t.Header == nil {
					t.Header = row.Cells // a table whose first row uses td
				} else if !blank(row.Cells) {
					t.Rows = append(t.Rows, *row)
				}
				row = nil
			case tt == html.StartTagToken && (tag == "td" || tag == "th") && row != nil:
				cell = &strings.Builder{}
				headerRow = headerRow || tag == "th"
			case tt == html.EndTagToken && (tag == "td" || tag == "th") && row != nil && cell != nil:
				row.Cells = append(row.Cells, strings.Join(strings.Fields(cell.String()), " "))
				cell = nil
			case tt == html.StartTagToken && tag == "br" && cell != nil:
				cell.WriteString(", ")
			}
		case html.SelfClosingTagToken:
			if name, _ := z.TagName(); string(name) == "br" && cell != nil {
				cell.WriteString(", ")
			}
		case html.TextToken:
			if cell != nil {
				cell.WriteString(html.UnescapeString(string(z.Raw())))
			}
		}
	}
}

// readXLSX reads the first sheet with rows; the evidence quotes a
// tab-separated rendering of it, one line per row.
func readXLSX(src []byte) (*Table, error) {
	f, err := excelize.OpenReader(bytes.NewReader(src))
	if err != nil {
		return nil, fmt.Errorf("not a readable workbook: %v", err)
	}
	defer f.Close()
	for _, sheet := range f.GetSheetList() {
		rows, err := f.GetRows(sheet)
		if err != nil {
			return nil, err
		}
		t := &Table{}
		var b strings.Builder
		b.WriteString("Sheet " + sheet + " (tab-separated rendering of the workbook)\n")
		for i, r := range rows {
			start := b.Len()
			b.WriteString(strings.Join(r, "\t"))
			end := b.Len()
			b.WriteString("\n")
			if blank(r) {
				continue
			}
			if t.Header == nil {
				t.Header = r
				continue
			}
			t.Rows = append(t.Rows, Row{Cells: r, Line: i + 1, Start: start, End: end})
		}
		if t.Header != nil && len(t.Rows) > 0 {
			t.Text = b.String()
			return t, nil
		}
	}
	return &Table{}, nil
}
