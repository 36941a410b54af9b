package report

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
)

// Sheet names of the XLSX form.
const (
	ControllerSheet = "Controller record"
	ProcessorSheet  = "Processor record"
	FindingsSheet   = "Findings"
)

// FindingsColumns are the headings of the Findings sheet, one row per
// finding as of the report's date.
var FindingsColumns = []string{"Rule", "Severity", "Article", "Activity or transfer", "Message", "Since", "Evidence (quote)", "Acknowledged"}

// findingsWidths are the Findings sheet's column widths, in characters.
var findingsWidths = []float64{30, 10, 26, 40, 70, 12, 90, 40}

// maxCell is the most characters a spreadsheet cell holds.
const maxCell = 32767

// processorWidths are the column widths, in characters, of the processor
// sheet (the controller sheet's come with Items).
var processorWidths = []float64{40, 60, 36, 48, 60}

// WriteXLSX writes the report as an Excel workbook following the UK ICO
// template: the sheet "Controller record" holds the title block, the
// contact block (controller, DPO, representative) and one row per
// activity under ControllerColumns; the sheet "Processor record" holds the
// processor record under ProcessorColumns; the sheet "Findings" one row
// per finding as of the report's date under FindingsColumns. Heading rows are styled and
// frozen, columns sized, and text wrapped. A sheet is written only for a
// record the report holds. Cell texts are the CSV form's: shared facts
// written in each row they apply to, drafts marked "[DRAFT] ".
func WriteXLSX(w io.Writer, r *Report) error {
	f := excelize.NewFile()
	defer f.Close()
	if err := writeXLSX(f, r); err != nil {
		return fmt.Errorf("writing the Article 30 report of %s as XLSX: %w", r.Organization.Key, err)
	}
	if _, err := f.WriteTo(w); err != nil {
		return fmt.Errorf("writing the Article 30 report of %s as XLSX: %w", r.Organization.Key, err)
	}
	return nil
}

type xlsxStyles struct{ title, label, header, cell, block int }

func newStyles(f *excelize.File) (xlsxStyles, error) {
	var s xlsxStyles
	border := []excelize.Border{
		{Type: "left", Color: "B7B7B7", Style: 1}, {Type: "right", Color: "B7B7B7", Style: 1},
		{Type: "top", Color: "B7B7B7", Style: 1}, {Type: "bottom", Color: "B7B7B7", Style: 1},
	}
	specs := []struct {
		dst   *int
		style *excelize.Style
	}{
		{&s.title, &excelize.Style{Font: &excelize.Font{Bold: true, Size: 14}}},
		{&s.label, &excelize.Style{Font: &excelize.Font{Bold: true},
			Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}, Border: border}},
		{&s.header, &excelize.Style{Font: &excelize.Font{Bold: true, Color: "FFFFFF"},
			Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"1F4E79"}},
			Alignment: &excelize.Alignment{Vertical: "center", WrapText: true}, Border: border}},
		{&s.cell, &excelize.Style{Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}, Border: border}},
		{&s.block, &excelize.Style{Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}}},
	}
	for _, sp := range specs {
		id, err := f.NewStyle(sp.style)
		if err != nil {
			return s, err
		}
		*sp.dst = id
	}
	return s, nil
}

func writeXLSX(f *excelize.File, r *Report) error {
	if err := f.SetDocProps(&excelize.DocProperties{
		Title:       "Record of processing activities (GDPR Article 30): " + r.Organization.Name,
		Subject:     "GDPR Article 30 record",
		Creator:     "ropa",
		Description: "Generated from the ropa catalog as of " + r.AsOf,
		Language:    "en",
	}); err != nil {
		return err
	}
	st, err := newStyles(f)
	if err != nil {
		return err
	}
	first := f.GetSheetName(0)
	var sheets []string
	if r.Controller != nil {
		sheets = append(sheets, ControllerSheet)
	}
	if r.Processor != nil {
		sheets = append(sheets, ProcessorSheet)
	}
	for i, name := range sheets {
		if i == 0 {
			if err := f.SetSheetName(first, name); err != nil {
				return err
			}
		} else if _, err := f.NewSheet(name); err != nil {
			return err
		}
	}
	t := newRowTexts(r)
	if r.Controller != nil {
		var rows [][]string
		for i := range r.Controller.Activities {
			rows = append(rows, t.controllerRow(&r.Controller.Activities[i]))
		}
		if err := writeSheet(f, ControllerSheet, st, controllerWidths,
			titleRows(r, controllerHeading(r)), contactBlock(&r.Organization, "Controller"), ControllerColumns, rows); err != nil {
			return err
		}
	}
	if r.Processor != nil {
		var rows [][]string
		for i := range r.Processor.Controllers {
			g := &r.Processor.Controllers[i]
			for j := range g.Activities {
				rows = append(rows, t.processorRow(g, &g.Activities[j]))
			}
		}
		if err := writeSheet(f, ProcessorSheet, st, processorWidths,
			titleRows(r, processorHeading(r)), contactBlock(&r.Organization, "Processor"), ProcessorColumns, rows); err != nil {
			return err
		}
	}
	if _, err := f.NewSheet(FindingsSheet); err != nil {
		return err
	}
	if err := writeSheet(f, FindingsSheet, st, findingsWidths,
		[][]string{{fmt.Sprintf("Findings as of %s: %d", r.AsOf, len(r.Findings))}}, nil, FindingsColumns, FindingsRows(r)); err != nil {
		return err
	}
	f.SetActiveSheet(0)
	return nil
}

// FindingsRows are the rows of the Findings sheet: per finding its rule,
// severity, article, what it concerns, message, date, sentences (each
// with its notice and bytes) and acknowledgement.
func FindingsRows(r *Report) [][]string {
	var rows [][]string
	for _, fd := range r.Findings {
		subject := fd.Activity
		if subject == "" && len(fd.Facts) > 0 && strings.HasPrefix(fd.Facts[0], "transfer") {
			subject = "Transfer stated in " + fd.Notice
		} else if subject == "" {
			subject = fd.Notice
		}
		var quotes []string
		for _, c := range fd.Evidence {
			quotes = append(quotes, fmt.Sprintf("“%s” (%s, bytes %d–%d)", c.Quote, c.Document, c.Start, c.End))
		}
		ack := ""
		if a := fd.Acknowledged; a != nil {
			ack = fmt.Sprintf("%s (by %s; review by %s)", a.Note, a.By, a.ReviewBy)
		}
		rows = append(rows, []string{fd.Rule, string(fd.Severity), fd.Article, subject, fd.Message, fd.Since,
			strings.Join(quotes, "\n"), ack})
	}
	return rows
}

// writeSheet streams one sheet: title rows, a blank row, the contact
// block, a blank row, the frozen heading row and the data rows.
func writeSheet(f *excelize.File, sheet string, st xlsxStyles, widths []float64, title, contacts [][]string, header []string, rows [][]string) error {
	sw, err := f.NewStreamWriter(sheet)
	if err != nil {
		return err
	}
	for i, wd := range widths {
		if err := sw.SetColWidth(i+1, i+1, wd); err != nil {
			return err
		}
	}
	headerRow := len(title) + 1 + len(contacts) + 1 + 1
	if err := sw.SetPanes(&excelize.Panes{
		Freeze: true, YSplit: headerRow,
		TopLeftCell: fmt.Sprintf("A%d", headerRow+1), ActivePane: "bottomLeft",
		Selection: []excelize.Selection{{SQRef: fmt.Sprintf("A%d", headerRow+1), ActiveCell: fmt.Sprintf("A%d", headerRow+1), Pane: "bottomLeft"}},
	}); err != nil {
		return err
	}
	n := 1
	put := func(values []string, style func(col int) int, opts ...excelize.RowOpts) error {
		cells := make([]any, len(values))
		for i, v := range values {
			cells[i] = excelize.Cell{StyleID: style(i), Value: clip(v)}
		}
		cell, _ := excelize.CoordinatesToCellName(1, n)
		n++
		return sw.SetRow(cell, cells, opts...)
	}
	for i, row := range title {
		style := func(int) int { return st.block }
		if i == 0 {
			style = func(int) int { return st.title }
		}
		if err := put(row, style); err != nil {
			return err
		}
	}
	n++
	for i, row := range contacts {
		style := func(col int) int {
			if i == 0 || col == 0 {
				return st.label
			}
			return st.cell
		}
		if err := put(row, style); err != nil {
			return err
		}
	}
	n++
	if err := put(header, func(int) int { return st.header }, excelize.RowOpts{Height: 60}); err != nil {
		return err
	}
	for _, row := range rows {
		if err := put(row, func(int) int { return st.cell }); err != nil {
			return err
		}
	}
	return sw.Flush()
}

// clip keeps a text within a cell's limit, saying it was cut.
func clip(s string) string {
	if utf8.RuneCountInString(s) <= maxCell {
		return s
	}
	const more = "… (cut: see the HTML or JSON form)"
	rs := []rune(s)
	return string(rs[:maxCell-utf8.RuneCountInString(more)]) + more
}
