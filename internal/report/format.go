package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

// Format is a rendered form of the report.
type Format string

const (
	FormatJSON Format = "json"
	FormatCSV  Format = "csv"
	FormatXLSX Format = "xlsx"
	FormatHTML Format = "html"
)

// Formats lists the formats, in the order help texts name them.
var Formats = []Format{FormatHTML, FormatCSV, FormatXLSX, FormatJSON}

// ParseFormat reads a --format or ?format= value.
func ParseFormat(s string) (Format, error) {
	for _, f := range Formats {
		if strings.EqualFold(s, string(f)) {
			return f, nil
		}
	}
	return "", fmt.Errorf("format %q: want html, csv, xlsx or json", s)
}

// ContentType is the media type to serve the format with.
func (f Format) ContentType() string {
	switch f {
	case FormatCSV:
		return "text/csv; charset=utf-8"
	case FormatXLSX:
		return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
	case FormatHTML:
		return "text/html; charset=utf-8"
	}
	return "application/json"
}

// FileName is the name to save a report as: ujet-article30-controller.xlsx,
// or ujet-article30.xlsx when it holds both records.
func FileName(r *Report, f Format) string {
	name := r.Organization.Key + "-article30"
	if r.Record != "" && r.Record != string(RecordAll) {
		name += "-" + r.Record
	}
	return name + "." + string(f)
}

// Write renders r in format f.
func Write(w io.Writer, r *Report, f Format) error {
	switch f {
	case FormatJSON:
		return WriteJSON(w, r)
	case FormatCSV:
		return WriteCSV(w, r)
	case FormatXLSX:
		return WriteXLSX(w, r)
	case FormatHTML:
		return WriteHTML(w, r)
	}
	return fmt.Errorf("format %q: want html, csv, xlsx or json", f)
}

// WriteJSON writes the JSON form, indented by two spaces, with a final
// newline.
func WriteJSON(w io.Writer, r *Report) error {
	var compact bytes.Buffer
	enc := json.NewEncoder(&compact)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(r); err != nil {
		return fmt.Errorf("writing the Article 30 report of %s as JSON: %w", r.Organization.Key, err)
	}
	if _, err := w.Write(indentJSON(compact.Bytes())); err != nil {
		return fmt.Errorf("writing the Article 30 report of %s as JSON: %w", r.Organization.Key, err)
	}
	return nil
}

// indentJSON indents compact JSON as json.Indent(dst, src, "", "  ") does,
// in one pass: the report of a large catalog is tens of megabytes.
func indentJSON(src []byte) []byte {
	out := make([]byte, 0, len(src)*2)
	depth := 0
	newline := func() {
		out = append(out, '\n')
		for i := 0; i < depth; i++ {
			out = append(out, ' ', ' ')
		}
	}
	inString := false
	for i := 0; i < len(src); i++ {
		c := src[i]
		if inString {
			out = append(out, c)
			switch c {
			case '\\':
				i++
				if i < len(src) {
					out = append(out, src[i])
				}
			case '"':
				inString = false
			}
			continue
		}
		switch c {
		case '"':
			inString = true
			out = append(out, c)
		case '{', '[':
			if i+1 < len(src) && (src[i+1] == '}' || src[i+1] == ']') {
				out = append(out, c, src[i+1])
				i++
				continue
			}
			out = append(out, c)
			depth++
			newline()
		case '}', ']':
			depth--
			newline()
			out = append(out, c)
		case ',':
			out = append(out, c)
			newline()
		case ':':
			out = append(out, c, ' ')
		default:
			out = append(out, c)
		}
	}
	return out
}
