package report_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/ropacatalog/ropa/internal/report"
	"github.com/ropacatalog/ropa/internal/store"
	"github.com/ropacatalog/ropa/internal/store/storetest"
)

func get(t *testing.T, url string) (*http.Response, []byte) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp, body
}

// TestHandler: GET /reports/article30 answers each format with its content
// type and file name, 400 for bad parameters and 404 for an unknown
// organization.
func TestHandler(t *testing.T) {
	client := storetest.Open(t, store.Config{})
	fixture(t, client, 6)
	srv := httptest.NewServer(report.Handler(client, nil))
	t.Cleanup(srv.Close)

	cases := []struct {
		query, ctype, disposition string
		check                     func([]byte) error
	}{
		{"?org=acme&format=json", "application/json", `attachment; filename="acme-article30.json"`, func(b []byte) error {
			var r report.Report
			return json.Unmarshal(b, &r)
		}},
		{"?org=Acme+Analytics+SA&format=csv&record=controller", "text/csv; charset=utf-8", `attachment; filename="acme-article30-controller.csv"`, func(b []byte) error {
			r := csv.NewReader(bytes.NewReader(b))
			r.FieldsPerRecord = -1
			_, err := r.ReadAll()
			return err
		}},
		{"?org=acme&format=xlsx&record=processor", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", `attachment; filename="acme-article30-processor.xlsx"`, func(b []byte) error {
			f, err := excelize.OpenReader(bytes.NewReader(b))
			if err == nil {
				f.Close()
			}
			return err
		}},
		{"?org=acme&format=xlsx&template=cnil", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", `attachment; filename="acme-cnil-register.xlsx"`, func(b []byte) error {
			f, err := excelize.OpenReader(bytes.NewReader(b))
			if err != nil {
				return err
			}
			defer f.Close()
			if s := f.GetSheetList(); len(s) < 2 || s[0] != report.CNILOrgSheet {
				return fmt.Errorf("sheets %q: want Organisme first and a sheet per activity", s)
			}
			return nil
		}},
		{"?org=ACME&format=html", "text/html; charset=utf-8", `inline; filename="acme-article30.html"`, func(b []byte) error {
			if !bytes.Contains(b, []byte("<!DOCTYPE html>")) {
				return io.ErrUnexpectedEOF
			}
			return nil
		}},
	}
	for _, c := range cases {
		resp, body := get(t, srv.URL+"/reports/article30"+c.query)
		if resp.StatusCode != http.StatusOK {
			t.Errorf("%s: %d %s", c.query, resp.StatusCode, body)
			continue
		}
		if got := resp.Header.Get("Content-Type"); got != c.ctype {
			t.Errorf("%s: Content-Type %q, want %q", c.query, got, c.ctype)
		}
		if got := resp.Header.Get("Content-Disposition"); got != c.disposition {
			t.Errorf("%s: Content-Disposition %q, want %q", c.query, got, c.disposition)
		}
		if err := c.check(body); err != nil {
			t.Errorf("%s: body does not parse: %v", c.query, err)
		}
	}

	errs := []struct {
		query  string
		status int
		says   string
	}{
		{"?format=json", http.StatusBadRequest, "missing parameter org"},
		{"?org=acme&format=pdf", http.StatusBadRequest, `format "pdf": want html, csv, xlsx or json`},
		{"?org=acme&format=csv&template=cnil", http.StatusBadRequest, "template=cnil: the CNIL register is a workbook: use format=xlsx"},
		{"?org=acme&format=xlsx&template=fr", http.StatusBadRequest, `template "fr": want ico or cnil`},
		{"?org=acme&format=csv&record=both", http.StatusBadRequest, `record "both": want controller, processor or all`},
		{"?org=nosuch&format=json", http.StatusNotFound, `organization "nosuch": no such organization (known: acme, bigco)`},
	}
	for _, e := range errs {
		resp, body := get(t, srv.URL+"/reports/article30"+e.query)
		if resp.StatusCode != e.status || !strings.Contains(string(body), e.says) {
			t.Errorf("%s: %d %q, want %d saying %q", e.query, resp.StatusCode, body, e.status, e.says)
		}
	}
	resp, err := http.Post(srv.URL+"/reports/article30?org=acme", "text/plain", nil)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("POST: %d, want 405", resp.StatusCode)
	}
}

// TestArticle30JSON: the function the GraphQL field calls returns the JSON
// form as a map.
func TestArticle30JSON(t *testing.T) {
	client := storetest.Open(t, store.Config{})
	fixture(t, client, 3)
	m, err := report.Article30JSON(context.Background(), client, "acme", report.Options{Record: report.RecordController})
	if err != nil {
		t.Fatal(err)
	}
	if m["version"] != report.Version || m["record"] != "controller" || m["processorRecord"] != nil {
		t.Errorf("got %v", m)
	}
	acts := m["controllerRecord"].(map[string]any)["activities"].([]any)
	if len(acts) != 2 {
		t.Errorf("%d controller activities, want 2", len(acts))
	}
	if _, err := report.Article30JSON(context.Background(), client, "acme", report.Options{Record: "everything"}); err == nil {
		t.Errorf("bad record accepted")
	}
}

// TestPrintToPDF renders the HTML form of a seeded organization to PDF
// with headless Chromium and checks the PDF. Without Chromium the test is
// skipped, except in CI (CI=true), where it fails.
func TestPrintToPDF(t *testing.T) {
	bin, err := exec.LookPath("chromium")
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("chromium is not on PATH; CI must install it to check the print form")
		}
		t.Skip("chromium is not on PATH")
	}
	client, keys := seeded(t)
	dir := t.TempDir()
	for _, key := range keys {
		r := build(t, client, key, report.RecordAll)
		in := filepath.Join(dir, key+".html")
		out := filepath.Join(dir, key+".pdf")
		if err := os.WriteFile(in, render(t, r, report.FormatHTML), 0o644); err != nil {
			t.Fatal(err)
		}
		// No limit of its own: a busy machine may take minutes; go test's
		// -timeout stops a Chromium that never returns.
		cmd := exec.CommandContext(t.Context(), bin, "--headless", "--no-sandbox", "--disable-gpu",
			"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
			"--user-data-dir="+t.TempDir(), "--print-to-pdf="+out, "file://"+in)
		msg, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("%s: chromium: %v\n%s", key, err, msg)
		}
		pdf, err := os.ReadFile(out)
		if err != nil {
			t.Fatalf("%s: no PDF: %v\n%s", key, err, msg)
		}
		if len(pdf) < 1000 || !bytes.HasPrefix(pdf, []byte("%PDF")) {
			t.Errorf("%s: PDF of %d bytes starting %q", key, len(pdf), pdf[:min(8, len(pdf))])
		}
	}
}
