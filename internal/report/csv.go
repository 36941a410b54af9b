package report

import (
	"encoding/csv"
	"fmt"
	"io"
	"strings"
)

// WriteCSV writes the report as CSV (RFC 4180, UTF-8) laid out as the UK
// ICO template: a title block, then for each record it holds a section
// heading, the contact block (organization, DPO, representative) and a
// heading row followed by one row per activity. The controller record's
// heading row is ControllerColumns, in the ICO's order; the processor
// record's is ProcessorColumns. Sections are separated by an empty line.
// Several values in a cell are joined by "; " (short terms) or one per
// line; an item the catalog holds nothing for reads "not stated in the
// notice". Each row is self-contained: the facts a notice states for all
// its processing, or the organization for everything, are written in
// every row they apply to after the activity's own, marked with where
// they are stated. A fact not yet reviewed reads "[DRAFT] ...", a
// rejected one (with IncludeRejected) "[REJECTED] ...".
func WriteCSV(w io.Writer, r *Report) error {
	cw := csv.NewWriter(w)
	for _, row := range sheetRows(r) {
		if err := cw.Write(row); err != nil {
			return fmt.Errorf("writing the Article 30 report of %s as CSV: %w", r.Organization.Key, err)
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("writing the Article 30 report of %s as CSV: %w", r.Organization.Key, err)
	}
	return nil
}

// titleRows open a sheet or CSV file.
func titleRows(r *Report, heading string) [][]string {
	var docs []string
	for _, d := range r.Documents {
		s := d.Title
		if d.LastUpdated != "" {
			s += " (last updated " + d.LastUpdated + ")"
		}
		docs = append(docs, s)
	}
	return [][]string{
		{heading},
		{"Organization", r.Organization.Name},
		{"As of", r.AsOf},
		{"Generated from", "the ropa catalog of " + r.Organization.Name + "'s privacy notices: " + orNotStated(strings.Join(docs, "; "))},
		{"Review status", reviewNote(r)},
	}
}

// reviewNote says which facts the report holds and how those not reviewed
// are marked.
func reviewNote(r *Report) string {
	s := "reviewed facts, and drafts (not yet reviewed) marked [DRAFT]"
	if r.ReviewedOnly {
		s = "reviewed facts only: drafts are left out"
	}
	if r.IncludeRejected {
		s += "; facts a reviewer rejected are included, marked [REJECTED]"
	}
	return s
}

func activityCount(n int) string {
	if n == 1 {
		return "1 activity"
	}
	return fmt.Sprintf("%d activities", n)
}

func controllerHeading(r *Report) string {
	return "Controller record (GDPR Art 30(1)): " + activityCount(len(r.Controller.Activities))
}

func processorHeading(r *Report) string {
	n := 0
	for _, g := range r.Processor.Controllers {
		n += len(g.Activities)
	}
	return "Processor record (GDPR Art 30(2)): " + activityCount(n) + " on behalf of controllers"
}

// sheetRows is the CSV layout: title, then each record's section.
func sheetRows(r *Report) [][]string {
	t := newRowTexts(r)
	rows := titleRows(r, "Record of processing activities (GDPR Article 30)")
	if r.Controller != nil {
		rows = append(rows, nil, []string{controllerHeading(r)})
		rows = append(rows, contactBlock(&r.Organization, "Controller")...)
		rows = append(rows, nil, ControllerColumns)
		for i := range r.Controller.Activities {
			rows = append(rows, t.controllerRow(&r.Controller.Activities[i]))
		}
	}
	if r.Processor != nil {
		rows = append(rows, nil, []string{processorHeading(r)})
		rows = append(rows, contactBlock(&r.Organization, "Processor")...)
		rows = append(rows, nil, ProcessorColumns)
		for i := range r.Processor.Controllers {
			g := &r.Processor.Controllers[i]
			for j := range g.Activities {
				rows = append(rows, t.processorRow(g, &g.Activities[j]))
			}
		}
	}
	return rows
}
