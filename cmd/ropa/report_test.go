package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/ropacatalog/ropa/internal/report"
)

// TestReportArticle30 runs `ropa report article30` on a seeded catalog in
// every format, to standard output and to a file.
func TestReportArticle30(t *testing.T) {
	db := filepath.Join(t.TempDir(), "catalog.db")
	ctx := context.Background()
	if out, err := run(t, ctx, "seed", "--db", db); err != nil {
		t.Fatalf("ropa seed: %v\n%s", err, out)
	}

	out, err := run(t, ctx, "report", "article30", "--db", db, "--org", "xajeet", "--format", "json")
	if err != nil {
		t.Fatalf("--format json: %v\n%s", err, out)
	}
	var r report.Report
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("--format json printed %.200q: %v", out, err)
	}
	if r.Organization.Key != "xajeet" || r.Controller == nil || r.Processor == nil || len(r.Processor.Controllers) == 0 {
		t.Errorf("xajeet report: %+v", r.Organization)
	}

	out, err = run(t, ctx, "report", "article30", "--db", db, "--org", "UJET, Inc.", "--format", "csv", "--record", "controller")
	if err != nil {
		t.Fatalf("--format csv: %v", err)
	}
	rd := csv.NewReader(strings.NewReader(out))
	rd.FieldsPerRecord = -1
	rows, err := rd.ReadAll()
	if err != nil {
		t.Fatalf("CSV: %v", err)
	}
	if !slices.ContainsFunc(rows, func(row []string) bool { return slices.Equal(row, report.ControllerColumns) }) {
		t.Errorf("CSV lacks the ICO headings")
	}
	if slices.ContainsFunc(rows, func(row []string) bool { return slices.Equal(row, report.ProcessorColumns) }) {
		t.Errorf("--record controller wrote the processor record")
	}

	file := filepath.Join(t.TempDir(), "ujet.xlsx")
	if out, err := run(t, ctx, "report", "article30", "--db", db, "--org", "ujet", "--format", "xlsx", "-o", file); err != nil {
		t.Fatalf("--format xlsx -o: %v\n%s", err, out)
	}
	f, err := excelize.OpenFile(file)
	if err != nil {
		t.Fatalf("-o %s: %v", file, err)
	}
	if got := f.GetSheetList(); !slices.Equal(got, []string{report.ControllerSheet, report.ProcessorSheet, report.FindingsSheet}) {
		t.Errorf("sheets %q", got)
	}
	f.Close()

	file = filepath.Join(t.TempDir(), "ubpartner.html")
	if out, err := run(t, ctx, "report", "article30", "--db", db, "--org", "ubpartner", "-o", file); err != nil {
		t.Fatalf("default format html: %v\n%s", err, out)
	}
	html, err := os.ReadFile(file)
	if err != nil || !bytes.HasPrefix(html, []byte("<!DOCTYPE html>")) {
		t.Errorf("HTML file: %v %.40q", err, html)
	}

	for _, c := range []struct{ args, says []string }{
		{[]string{"--org", "nosuch"}, []string{"--org", `"nosuch"`, "known:", "xajeet"}},
		{[]string{"--org", "ujet", "--format", "pdf"}, []string{"--format", `"pdf"`}},
		{[]string{"--org", "ujet", "--record", "both"}, []string{"--record", `"both"`}},
		{[]string{"--format", "json"}, []string{"--org is required"}},
	} {
		args := append([]string{"report", "article30", "--db", db}, c.args...)
		_, err := run(t, ctx, args...)
		if err == nil {
			t.Errorf("%q: no error", c.args)
			continue
		}
		for _, s := range c.says {
			if !strings.Contains(err.Error(), s) {
				t.Errorf("%q: error %q does not say %q", c.args, err, s)
			}
		}
	}
}
