package report

import (
	"bufio"
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
	if err := indentJSON(w, compact.Bytes()); err != nil {
		return fmt.Errorf("writing the Article 30 report of %s as JSON: %w", r.Organization.Key, err)
	}
	return nil
}

// indentJSON writes compact JSON to w indented as json.Indent(dst, src,
// "", "  ") does, in one pass: the report of a large catalog is tens of
// megabytes.
func indentJSON(w io.Writer, src []byte) error {
	bw := bufio.NewWriterSize(w, 1<<16)
	const spaces = "                                                                "
	depth := 0
	newline := func() {
		bw.WriteByte('\n')
		for n := 2 * depth; n > 0; {
			k := min(n, len(spaces))
			bw.WriteString(spaces[:k])
			n -= k
		}
	}
	start := 0 // src[start:i] is pending verbatim output
	for i := 0; i < len(src); i++ {
		switch c := src[i]; c {
		case '"':
			// Copy the string through its closing quote.
			for i++; i < len(src) && src[i] != '"'; i++ {
				if src[i] == '\\' {
					i++
				}
			}
		case '{', '[':
			if i+1 < len(src) && (src[i+1] == '}' || src[i+1] == ']') {
				i++
				continue
			}
			bw.Write(src[start : i+1])
			start = i + 1
			depth++
			newline()
		case '}', ']':
			bw.Write(src[start:i])
			start = i
			depth--
			newline()
		case ',':
			bw.Write(src[start : i+1])
			start = i + 1
			newline()
		case ':':
			bw.Write(src[start : i+1])
			start = i + 1
			bw.WriteByte(' ')
		}
	}
	bw.Write(src[start:])
	return bw.Flush()
}
