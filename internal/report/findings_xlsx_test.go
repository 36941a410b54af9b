package report_test

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/ropacatalog/ropa/internal/report"
)

// TestXLSXFindings reads the Findings sheet back with excelize: the
// headings, one row per finding of the report in its order, and UJET's
// Privacy Shield finding with its severity, article, date and sentence
// ("We also participate in the EU-U.S. Privacy Shield and Swiss – U.S.
// Privacy Shield Frameworks.").
func TestXLSXFindings(t *testing.T) {
	client, _ := seeded(t)
	r := build(t, client, "ujet", report.RecordAll)
	f, err := excelize.OpenReader(bytes.NewReader(render(t, r, report.FormatXLSX)))
	if err != nil {
		t.Fatalf("excelize cannot open the XLSX: %v", err)
	}
	defer f.Close()
	rows, err := f.GetRows(report.FindingsSheet)
	if err != nil {
		t.Fatalf("no %s sheet: %v", report.FindingsSheet, err)
	}
	h := slices.IndexFunc(rows, func(row []string) bool { return len(row) > 0 && row[0] == "Rule" })
	if h < 0 || !slices.Equal(rows[h], report.FindingsColumns) {
		t.Fatalf("no heading row %q in %q", report.FindingsColumns, rows)
	}
	data := rows[h+1:]
	if len(data) != len(r.Findings) || len(r.Findings) == 0 {
		t.Fatalf("%d finding rows, want the report's %d", len(data), len(r.Findings))
	}
	for i, fd := range r.Findings {
		if data[i][0] != fd.Rule || data[i][1] != string(fd.Severity) || data[i][4] != fd.Message {
			t.Errorf("row %d: %q, want %s %s %q", i, data[i], fd.Rule, fd.Severity, fd.Message)
		}
	}
	shield := slices.IndexFunc(data, func(row []string) bool {
		return row[0] == "transfer-invalid-instrument" && strings.Contains(row[4], "EU-US Privacy Shield")
	})
	if shield < 0 {
		t.Fatal("no Privacy Shield row")
	}
	row := data[shield]
	if row[1] != "high" || row[2] != "GDPR Art 44-46" || row[5] != "2020-07-16" ||
		!strings.Contains(row[3], "UJET Job Applicant Privacy Notice") ||
		!strings.Contains(row[6], "Privacy Shield Frameworks.” (UJET Job Applicant Privacy Notice, bytes") {
		t.Errorf("Privacy Shield row %q", row)
	}
}
