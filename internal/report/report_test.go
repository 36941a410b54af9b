package report_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"flag"
	"fmt"
	"html/template"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/ropacatalog/ropa/ent"
	"github.com/ropacatalog/ropa/ent/organization"
	"github.com/ropacatalog/ropa/internal/report"
	"github.com/ropacatalog/ropa/internal/store"
	"github.com/ropacatalog/ropa/internal/store/storetest"
	"github.com/ropacatalog/ropa/seed"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// seeded returns a catalog holding the seed data, and the keys of its
// organizations.
func seeded(t *testing.T) (*ent.Client, []string) {
	t.Helper()
	client := storetest.Open(t, store.Config{})
	if _, err := seed.Load(context.Background(), client); err != nil {
		t.Fatalf("seed.Load: %v", err)
	}
	keys, err := client.Organization.Query().Order(ent.Asc(organization.FieldKey)).
		Select(organization.FieldKey).Strings(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return client, keys
}

func build(t *testing.T, c *ent.Client, org string, rec report.Record) *report.Report {
	t.Helper()
	r, err := report.Build(context.Background(), c, org, report.Options{Record: rec, Now: asOf})
	if err != nil {
		t.Fatalf("Build(%s, %s): %v", org, rec, err)
	}
	return r
}

func render(t *testing.T, r *report.Report, f report.Format) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := report.Write(&buf, r, f); err != nil {
		t.Fatalf("Write(%s, %s): %v", r.Organization.Key, f, err)
	}
	return buf.Bytes()
}

// golden compares got with testdata/name, or rewrites it under -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./internal/report -update to write it, then review it against the notice)", err)
	}
	if !bytes.Equal(got, want) {
		gl, wl := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
		for i := 0; i < max(len(gl), len(wl)); i++ {
			var g, w string
			if i < len(gl) {
				g = gl[i]
			}
			if i < len(wl) {
				w = wl[i]
			}
			if g != w {
				t.Fatalf("%s differs from the golden file at line %d:\n got: %.300s\nwant: %.300s\n(run with -update and review the diff if the change is intended)", path, i+1, g, w)
			}
		}
	}
}

// dumpXLSX lists every non-empty cell of every sheet, for the golden file
// of the XLSX form, plus the layout the ICO template asks for.
func dumpXLSX(t *testing.T, data []byte) []byte {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("reading XLSX: %v", err)
	}
	defer f.Close()
	var b strings.Builder
	for _, sheet := range f.GetSheetList() {
		fmt.Fprintf(&b, "== sheet %q\n", sheet)
		panes, err := f.GetPanes(sheet)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&b, "frozen: %v, rows above %s\n", panes.Freeze, panes.TopLeftCell)
		rows, err := f.GetRows(sheet)
		if err != nil {
			t.Fatal(err)
		}
		for i, row := range rows {
			for j, v := range row {
				if v == "" {
					continue
				}
				cell, _ := excelize.CoordinatesToCellName(j+1, i+1)
				fmt.Fprintf(&b, "%s: %s\n", cell, strings.ReplaceAll(v, "\n", "\n    "))
			}
		}
	}
	return []byte(b.String())
}

// TestGolden renders every organization of the seeded catalog in every
// format and compares with the reviewed golden files.
func TestGolden(t *testing.T) {
	client, keys := seeded(t)
	// The five notices: UJET's website and careers notices, Jujotech's,
	// Xajeet's and UBPartner's.
	if want := []string{"jujotech", "ubpartner", "ujet", "xajeet"}; !slices.Equal(keys, want) {
		t.Fatalf("seeded catalog holds organizations %v, want %v", keys, want)
	}
	for _, key := range keys {
		r := build(t, client, key, report.RecordAll)
		for _, f := range report.Formats {
			out := render(t, r, f)
			name := key + "-article30." + string(f)
			if f == report.FormatXLSX {
				out, name = dumpXLSX(t, out), name+".txt"
			}
			golden(t, name, out)
		}
	}
}

// TestJSONSchema: the JSON form has the documented keys, lists are never
// null, and it decodes back into the same Report.
func TestJSONSchema(t *testing.T) {
	client, keys := seeded(t)
	for _, key := range keys {
		r := build(t, client, key, report.RecordAll)
		out := render(t, r, report.FormatJSON)
		if bytes.Contains(out, []byte(": null")) {
			for _, l := range strings.Split(string(out), "\n") {
				if strings.HasSuffix(strings.TrimSuffix(l, ","), ": null") && !regexp.MustCompile(`"(dpo|representative|legalBasis|specialCondition|safeguard|controller|dpiaRequired|controllerRecord|processorRecord)": null`).MatchString(l) {
					t.Errorf("%s: unexpected null: %s", key, strings.TrimSpace(l))
				}
			}
		}
		var top map[string]json.RawMessage
		if err := json.Unmarshal(out, &top); err != nil {
			t.Fatalf("%s: JSON form does not parse: %v", key, err)
		}
		for _, k := range []string{"version", "kind", "asOf", "record", "reviewedOnly", "includeRejected", "organization", "rights", "documents", "shared", "statements", "controllerRecord", "processorRecord"} {
			if _, ok := top[k]; !ok {
				t.Errorf("%s: JSON form lacks %q", key, k)
			}
		}
		var back report.Report
		if err := json.Unmarshal(out, &back); err != nil {
			t.Fatal(err)
		}
		if again := render(t, &back, report.FormatJSON); !bytes.Equal(again, out) {
			t.Errorf("%s: JSON form does not round-trip", key)
		}
		if r.Version != report.Version || r.AsOf != "2025-06-30" || r.Kind != "article30" {
			t.Errorf("%s: version %q asOf %q kind %q", key, r.Version, r.AsOf, r.Kind)
		}
	}
}

// fromJSON decodes the JSON form of r: the spreadsheets are checked
// against it, not against the structs they were written from.
func fromJSON(t *testing.T, r *report.Report) *report.Report {
	t.Helper()
	var back report.Report
	if err := json.Unmarshal(render(t, r, report.FormatJSON), &back); err != nil {
		t.Fatal(err)
	}
	return &back
}

// TestXLSXMatchesJSON reads the XLSX back with excelize and checks it cell
// by cell against the JSON form: the contact block, the ICO headings in
// order, one row per activity, a frozen styled header, column widths and
// wrapped text.
func TestXLSXMatchesJSON(t *testing.T) {
	client, keys := seeded(t)
	for _, key := range keys {
		r := build(t, client, key, report.RecordAll)
		j := fromJSON(t, r)
		f, err := excelize.OpenReader(bytes.NewReader(render(t, r, report.FormatXLSX)))
		if err != nil {
			t.Fatalf("%s: excelize cannot open the XLSX: %v", key, err)
		}
		if got := f.GetSheetList(); !slices.Equal(got, []string{report.ControllerSheet, report.ProcessorSheet, report.FindingsSheet}) {
			t.Errorf("%s: sheets %q", key, got)
		}
		var rows [][]string
		for i := range j.Controller.Activities {
			rows = append(rows, report.ControllerRow(j, &j.Controller.Activities[i]))
		}
		checkSheet(t, f, key, report.ControllerSheet, j, report.ControllerColumns, rows, "Controller")
		rows = nil
		for i := range j.Processor.Controllers {
			g := &j.Processor.Controllers[i]
			for k := range g.Activities {
				rows = append(rows, report.ProcessorRow(j, g, &g.Activities[k]))
			}
		}
		checkSheet(t, f, key, report.ProcessorSheet, j, report.ProcessorColumns, rows, "Processor")
		f.Close()
	}
}

func checkSheet(t *testing.T, f *excelize.File, key, sheet string, r *report.Report, header []string, want [][]string, role string) {
	t.Helper()
	got, err := f.GetRows(sheet)
	if err != nil {
		t.Fatalf("%s %s: %v", key, sheet, err)
	}
	h := slices.IndexFunc(got, func(row []string) bool { return len(row) > 0 && row[0] == header[0] })
	if h < 0 {
		t.Fatalf("%s %s: no heading row starting %q", key, sheet, header[0])
	}
	if !slices.Equal(got[h], header) {
		t.Errorf("%s %s: headings\n%q\nwant\n%q", key, sheet, got[h], header)
	}
	// The contact block: organization, DPO and representative.
	c := slices.IndexFunc(got, func(row []string) bool { return len(row) > 0 && row[0] == "Name and contact details" })
	if c < 0 || c > h {
		t.Fatalf("%s %s: no contact block above the headings", key, sheet)
	}
	if !slices.Equal(got[c], []string{"Name and contact details", role, "Data Protection Officer", "Representative"}) {
		t.Errorf("%s %s: contact block heading %q", key, sheet, got[c])
	}
	if got[c+1][1] != r.Organization.Name {
		t.Errorf("%s %s: contact block names %q, want %q", key, sheet, got[c+1][1], r.Organization.Name)
	}
	if r.Organization.DPO != nil && r.Organization.DPO.Email != "" && got[c+3][2] != r.Organization.DPO.Email {
		t.Errorf("%s %s: DPO email %q, want %q", key, sheet, got[c+3][2], r.Organization.DPO.Email)
	}
	data := got[h+1:]
	if len(data) != len(want) {
		t.Fatalf("%s %s: %d rows under the headings, want one per activity: %d", key, sheet, len(data), len(want))
	}
	for i := range want {
		for k := range header {
			var cell string
			if k < len(data[i]) {
				cell = data[i][k]
			}
			if cell != want[i][k] {
				t.Errorf("%s %s row %d %q:\n got %q\nwant %q", key, sheet, h+2+i, header[k], cell, want[i][k])
			}
			if strings.TrimSpace(cell) == "" {
				t.Errorf("%s %s row %d %q is blank", key, sheet, h+2+i, header[k])
			}
		}
	}
	// Layout: frozen heading row, styled and wrapped cells, widths.
	panes, err := f.GetPanes(sheet)
	if err != nil {
		t.Fatal(err)
	}
	if !panes.Freeze || panes.YSplit != h+1 {
		t.Errorf("%s %s: panes %+v, want rows 1-%d frozen", key, sheet, panes, h+1)
	}
	hcell, _ := excelize.CoordinatesToCellName(1, h+1)
	sid, err := f.GetCellStyle(sheet, hcell)
	if err != nil {
		t.Fatal(err)
	}
	st, err := f.GetStyle(sid)
	if err != nil {
		t.Fatal(err)
	}
	if st.Font == nil || !st.Font.Bold || st.Alignment == nil || !st.Alignment.WrapText || len(st.Fill.Color) == 0 {
		t.Errorf("%s %s: heading style %+v, want bold, filled, wrapped", key, sheet, st)
	}
	if len(want) > 0 {
		dcell, _ := excelize.CoordinatesToCellName(2, h+2)
		sid, _ := f.GetCellStyle(sheet, dcell)
		st, _ := f.GetStyle(sid)
		if st == nil || st.Alignment == nil || !st.Alignment.WrapText {
			t.Errorf("%s %s: data cells are not wrapped", key, sheet)
		}
	}
	for k := range header {
		col, _ := excelize.ColumnNumberToName(k + 1)
		if w, err := f.GetColWidth(sheet, col); err != nil || w < 15 {
			t.Errorf("%s %s: column %s width %v, %v", key, sheet, col, w, err)
		}
	}
}

// TestCSV: the CSV parses with encoding/csv, the controller section has
// the ICO's headings in order and one row per activity, and no cell of an
// activity row is blank.
func TestCSV(t *testing.T) {
	client, keys := seeded(t)
	for _, key := range keys {
		r := build(t, client, key, report.RecordAll)
		j := fromJSON(t, r)
		rd := csv.NewReader(bytes.NewReader(render(t, r, report.FormatCSV)))
		rd.FieldsPerRecord = -1
		rows, err := rd.ReadAll()
		if err != nil {
			t.Fatalf("%s: CSV does not parse: %v", key, err)
		}
		h := slices.IndexFunc(rows, func(row []string) bool { return slices.Equal(row, report.ControllerColumns) })
		if h < 0 {
			t.Fatalf("%s: no row with the ICO headings in order", key)
		}
		if rows[h][0] != "Business function" || rows[h][17] != "The source of the personal data (if applicable)" {
			t.Errorf("%s: headings run %q .. %q", key, rows[h][0], rows[h][17])
		}
		for i, a := range j.Controller.Activities {
			row := rows[h+1+i]
			if want := report.ControllerRow(j, &a); !slices.Equal(row, want) {
				t.Errorf("%s: row of %q:\n got %q\nwant %q", key, a.Name, row, want)
			}
			for k, cell := range row {
				if strings.TrimSpace(cell) == "" {
					t.Errorf("%s: %q: %q is blank", key, a.Name, report.ControllerColumns[k])
				}
			}
		}
		if n := len(j.Controller.Activities); h+1+n < len(rows) && len(rows[h+1+n]) == len(report.ControllerColumns) {
			t.Errorf("%s: more controller rows than activities", key)
		}
		p := slices.IndexFunc(rows, func(row []string) bool { return slices.Equal(row, report.ProcessorColumns) })
		if p < h {
			t.Errorf("%s: no processor section after the controller section", key)
		}
		if !strings.HasPrefix(rows[0][0], "Record of processing activities") || rows[1][1] != j.Organization.Name {
			t.Errorf("%s: title block %q", key, rows[:2])
		}
	}
}

var (
	sectionRE = regexp.MustCompile(`(?s)<section class="activity" id="([^"]+)"(?: data-role="([^"]+)")?>(.*?)</section>`)
	sharedRE  = regexp.MustCompile(`(?s)<section class="shared" id="([^"]+)">(.*?)</section>`)
	sharedRef = regexp.MustCompile(`href="#(shared-[^"]+)"`)
	itemRE    = regexp.MustCompile(`(?s)<tr data-art30="([^"]+)"><th scope="row">[^<]+</th><td>(.*?)</td></tr>`)
	refRE     = regexp.MustCompile(`href="#([^"]+-fn\d+)"`)
	noteRE    = regexp.MustCompile(`(?s)<li id="([^"]+-fn\d+)" value="\d+"><q>(.*?)</q> — <cite>(.*?)</cite>`)
	tagRE     = regexp.MustCompile(`<[^>]+>`)
)

var (
	controllerItems = []string{"30(1)(a)", "30(1)(b)", "30(1)(c) subjects", "30(1)(c) data", "30(1)(d)", "30(1)(e)", "30(1)(f)", "30(1)(g)"}
	processorItems  = []string{"30(2)(a)", "30(2)(b)", "30(2)(c)", "30(2)(d)"}
)

// policyTexts maps each notice title to its text, for checking that every
// footnote quotes the notice verbatim.
func policyTexts(t *testing.T, c *ent.Client) map[string]string {
	t.Helper()
	docs, err := c.PolicyDocument.Query().All(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, d := range docs {
		out[d.Title] = d.Text
	}
	return out
}

func unescape(s string) string {
	return strings.NewReplacer("&#34;", `"`, "&#39;", "'", "&amp;", "&", "&lt;", "<", "&gt;", ">", "&quot;", `"`).Replace(s)
}

// TestHTMLHasEveryItem checks the HTML form: one section per activity of
// the JSON form, every Art 30 item present and never blank in each, every
// footnote marker pointing at a footnote, and every footnote quoting its
// notice verbatim.
func TestHTMLHasEveryItem(t *testing.T) {
	client, keys := seeded(t)
	texts := policyTexts(t, client)
	for _, key := range keys {
		r := build(t, client, key, report.RecordAll)
		html := string(render(t, r, report.FormatHTML))
		for _, want := range []string{"@media print", "@page", `<section class="cover"`, `<nav class="toc"`, r.Organization.Name} {
			if !strings.Contains(html, want) {
				t.Errorf("%s: HTML lacks %q", key, want)
			}
		}
		var names []string
		for _, a := range r.Controller.Activities {
			names = append(names, a.Name)
		}
		for _, g := range r.Processor.Controllers {
			for _, a := range g.Activities {
				names = append(names, a.Name)
			}
		}
		sections := sectionRE.FindAllStringSubmatch(html, -1)
		if len(sections) != len(names) {
			t.Fatalf("%s: %d activity sections, want %d", key, len(sections), len(names))
		}
		for i, s := range sections {
			id, role, body := s[1], s[2], s[3]
			if !strings.Contains(body, unescapeHTMLName(names[i])) {
				t.Errorf("%s: section %s is not about %q", key, id, names[i])
			}
			if !strings.Contains(html, `href="#`+id+`"`) {
				t.Errorf("%s: the contents do not link to section %s", key, id)
			}
			want := controllerItems
			if role == "processor" {
				want = processorItems
			}
			items := map[string]string{}
			for _, m := range itemRE.FindAllStringSubmatch(body, -1) {
				items[m[1]] = m[2]
			}
			for _, item := range want {
				cell, ok := items[item]
				if !ok {
					t.Errorf("%s %s (%s): no row for Art %s", key, id, names[i], item)
					continue
				}
				if strings.TrimSpace(tagRE.ReplaceAllString(cell, "")) == "" {
					t.Errorf("%s %s (%s): Art %s is blank", key, id, names[i], item)
				}
			}
			notes := map[string]bool{}
			for _, m := range noteRE.FindAllStringSubmatch(body, -1) {
				notes[m[1]] = true
				quote, doc := unescape(m[2]), unescape(m[3])
				text, ok := texts[doc]
				if !ok {
					t.Errorf("%s %s: footnote cites unknown document %q", key, id, doc)
				} else if !strings.Contains(text, quote) {
					t.Errorf("%s %s: footnote quote is not in %q: %.120q", key, id, doc, quote)
				}
			}
			for _, m := range refRE.FindAllStringSubmatch(body, -1) {
				if !notes[m[1]] {
					t.Errorf("%s %s: marker #%s has no footnote", key, id, m[1])
				}
			}
			if len(notes) == 0 {
				t.Errorf("%s %s (%s): no footnote quotes the notice", key, id, names[i])
			}
		}
		checkSharedHTML(t, key, r, html, texts)
	}
}

// checkSharedHTML: each shared set is printed once, in a section of its
// own whose footnotes quote the notice verbatim and which links to the
// activities it applies to; each activity links to the sets it refers to
// and to no other; and a shared fact's text is printed only where the
// model holds it, not once per activity.
func checkSharedHTML(t *testing.T, key string, r *report.Report, html string, texts map[string]string) {
	t.Helper()
	sections := map[string]string{}
	for _, m := range sharedRE.FindAllStringSubmatch(html, -1) {
		if _, dup := sections[m[1]]; dup {
			t.Errorf("%s: shared section %s printed twice", key, m[1])
		}
		sections[m[1]] = m[2]
	}
	if len(sections) != len(r.Shared) {
		t.Errorf("%s: %d shared sections, want one per shared set: %d", key, len(sections), len(r.Shared))
	}
	for _, s := range r.Shared {
		body, ok := sections["shared-"+s.ID]
		if !ok {
			t.Errorf("%s: no section for shared set %s", key, s.ID)
			continue
		}
		heading := "Stated for the whole organization"
		if s.AppliesTo == report.AppliesNotice {
			heading = "Stated in " + unescapeHTMLName(s.Notice) + " for all the processing it describes"
		}
		if !strings.Contains(body, heading) {
			t.Errorf("%s %s: section does not say %q", key, s.ID, heading)
		}
		for _, name := range s.Activities {
			if !strings.Contains(body, unescapeHTMLName(name)+"</a>") {
				t.Errorf("%s %s: does not link to %q", key, s.ID, name)
			}
		}
		for _, m := range noteRE.FindAllStringSubmatch(body, -1) {
			if quote, doc := unescape(m[2]), unescape(m[3]); !strings.Contains(texts[doc], quote) {
				t.Errorf("%s %s: footnote quote is not in %q: %.120q", key, s.ID, doc, quote)
			}
		}
		if n, facts := len(noteRE.FindAllString(body, -1)), len(s.Transfers)+len(s.Retention)+len(s.Security); facts > 0 && n == 0 {
			t.Errorf("%s %s: no footnote", key, s.ID)
		}
	}
	var acts []report.Activity
	acts = append(acts, r.Controller.Activities...)
	for _, g := range r.Processor.Controllers {
		acts = append(acts, g.Activities...)
	}
	sectionsOfActs := sectionRE.FindAllStringSubmatch(html, -1)
	for i, m := range sectionsOfActs {
		var got []string
		for _, l := range sharedRef.FindAllStringSubmatch(m[3], -1) {
			if !slices.Contains(got, strings.TrimPrefix(l[1], "shared-")) {
				got = append(got, strings.TrimPrefix(l[1], "shared-"))
			}
		}
		slices.Sort(got)
		// The processor record has no retention item (Art 30(2)): a set
		// holding only retention rules is not referred to there.
		var want []string
		for _, id := range acts[i].Shared {
			j := slices.IndexFunc(r.Shared, func(s report.Shared) bool { return s.ID == id })
			if j >= 0 && (m[2] != "processor" || len(r.Shared[j].Transfers)+len(r.Shared[j].Security) > 0) {
				want = append(want, id)
			}
		}
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("%s %s (%s): links to shared sets %q, want %q", key, m[1], acts[i].Name, got, want)
		}
	}
	// A shared fact's description is printed as often as the model holds
	// it: once in its set, plus where an activity's own list holds the
	// same text.
	held := func(d string) int {
		n := 0
		count := func(ds ...string) {
			for _, x := range ds {
				if strings.Contains(x, d) {
					n++
				}
			}
		}
		for _, s := range r.Shared {
			for _, x := range s.Transfers {
				count(x.Description)
			}
			for _, x := range s.Retention {
				count(x.Criterion)
			}
			for _, x := range s.Security {
				count(x.Description)
			}
		}
		for _, a := range acts {
			for _, x := range a.Transfers {
				count(x.Description)
			}
			for _, x := range a.Retention {
				count(x.Criterion)
			}
			for _, x := range a.Security {
				count(x.Description)
			}
		}
		return n
	}
	for _, s := range r.Shared {
		var ds []string
		for _, x := range s.Transfers {
			ds = append(ds, x.Description)
		}
		for _, x := range s.Retention {
			ds = append(ds, x.Criterion)
		}
		for _, x := range s.Security {
			ds = append(ds, x.Description)
		}
		for _, d := range ds {
			d = strings.TrimSpace(d)
			if len(d) < 20 {
				continue
			}
			if got, want := strings.Count(html, template.HTMLEscapeString(d)), held(d); got < 1 || got > want {
				t.Errorf("%s %s: %.80q printed %d times, want at most %d", key, s.ID, d, got, want)
			}
		}
	}
}

func unescapeHTMLName(s string) string {
	return strings.NewReplacer("&", "&amp;", "'", "&#39;", `"`, "&#34;", "<", "&lt;", ">", "&gt;").Replace(s)
}

// TestSeededFacts checks facts of the seeded reports against the notices.
func TestSeededFacts(t *testing.T) {
	client, keys := seeded(t)
	has := func(k string) bool { return slices.Contains(keys, k) }
	if has("ujet") {
		r := build(t, client, "UJET, Inc.", report.RecordAll) // by name
		if r.Organization.Key != "ujet" {
			t.Fatalf("by name: got %q", r.Organization.Key)
		}
		csvText := string(render(t, r, report.FormatCSV))
		// The job applicant notice relies on the invalidated Privacy Shield.
		if !strings.Contains(csvText, "EU-US Privacy Shield, Art 45 (invalid since 2020-07-16)") {
			t.Errorf("ujet: the Privacy Shield transfer is not marked invalid")
		}
		// Each notice states its transfers, retention and security for all
		// the processing it describes: one shared set per notice, applying
		// to the activities that notice describes and to no other.
		const website, careers = "UJET Website Privacy Notice", "UJET Job Applicant Privacy Notice"
		sets := map[string]*report.Shared{}
		for i := range r.Shared {
			s := &r.Shared[i]
			if s.AppliesTo != report.AppliesNotice {
				t.Errorf("ujet: shared set %s applies to %q, want the notice's", s.ID, s.AppliesTo)
			}
			sets[s.Notice] = s
		}
		if len(sets) != 2 || sets[website] == nil || sets[careers] == nil {
			t.Fatalf("ujet: shared sets %+v, want one for each notice", r.Shared)
		}
		shield := func(s *report.Shared) bool {
			return slices.ContainsFunc(s.Transfers, func(x report.Transfer) bool {
				return x.Safeguard != nil && x.Safeguard.Stale && strings.Contains(x.Safeguard.Name, "Privacy Shield")
			})
		}
		if !shield(sets[careers]) || shield(sets[website]) {
			t.Errorf("ujet: the Privacy Shield is stated in the job applicant notice only")
		}
		for i := range r.Controller.Activities {
			a := &r.Controller.Activities[i]
			own, other := sets[a.Notice], sets[website]
			if a.Notice == website {
				other = sets[careers]
			}
			if own == nil {
				t.Errorf("ujet %q: notice %q has no shared set", a.Name, a.Notice)
				continue
			}
			if !slices.Equal(a.Shared, []string{own.ID}) || !slices.Contains(own.Activities, a.Name) || slices.Contains(other.Activities, a.Name) {
				t.Errorf("ujet %q (%s): shared %v", a.Name, a.Notice, a.Shared)
			}
			// No copy: the activity's own lists hold only what is stated
			// for it or for its recipients.
			for _, x := range a.Transfers {
				if x.AppliesTo != report.AppliesActivity && x.AppliesTo != report.AppliesRecipient {
					t.Errorf("ujet %q: own transfer %+v applies to %s", a.Name, x, x.AppliesTo)
				}
			}
			for _, x := range a.Security {
				if x.AppliesTo != report.AppliesActivity {
					t.Errorf("ujet %q: own measure %q applies to %s", a.Name, x.Name, x.AppliesTo)
				}
			}
			// The row is self-contained: its notice's facts, marked, and
			// never the other notice's.
			row := report.ControllerRow(r, a)
			col := strings.Join(row[7:11], "\n")
			if !strings.Contains(col, "(stated in "+a.Notice+" for all its processing)") {
				t.Errorf("ujet %q: row does not carry the facts of %s", a.Name, a.Notice)
			}
			if strings.Contains(col, other.Notice) {
				t.Errorf("ujet %q (%s): row carries facts of %s", a.Name, a.Notice, other.Notice)
			}
			if got := strings.Contains(row[8], "Privacy Shield"); got != (a.Notice == careers) {
				t.Errorf("ujet %q (%s): Privacy Shield in its row: %v", a.Name, a.Notice, got)
			}
		}
		if len(r.Documents) != 2 {
			t.Errorf("ujet: %d documents, want the website and the job applicant notices", len(r.Documents))
		}
		if r.Organization.DPO == nil || r.Organization.DPO.Email != "privacy@ujet.cx" {
			t.Errorf("ujet: DPO %+v", r.Organization.DPO)
		}
	}
	if has("xajeet") {
		r := build(t, client, "xajeet", report.RecordAll)
		// Xajeet acts for clients it describes only in words.
		if len(r.Processor.Controllers) != 2 {
			t.Fatalf("xajeet: %d controller groups, want 2", len(r.Processor.Controllers))
		}
		for _, g := range r.Processor.Controllers {
			if g.Controller != nil || g.Description == "" || len(g.Activities) != 1 {
				t.Errorf("xajeet: group %+v", g)
			}
		}
		for _, a := range r.Controller.Activities {
			if a.Role == "processor" {
				t.Errorf("xajeet: processor activity %q in the controller record", a.Name)
			}
			// The notice states no transfer at all.
			if len(a.Transfers) != 0 || !slices.Contains(a.NotStated, "transfers") {
				t.Errorf("xajeet %q: transfers %+v, notStated %v", a.Name, a.Transfers, a.NotStated)
			}
			// One retention criterion, no period, stated by the notice for
			// all its processing: in the notice's shared set, not copied
			// into the activity.
			if len(a.Retention) != 0 || len(a.Shared) != 1 || slices.Contains(a.NotStated, "retention") {
				t.Errorf("xajeet %q: retention %+v, shared %v, notStated %v", a.Name, a.Retention, a.Shared, a.NotStated)
			}
		}
		if len(r.Shared) != 1 {
			t.Fatalf("xajeet: shared sets %+v, want the notice's", r.Shared)
		}
		s := r.Shared[0]
		if s.AppliesTo != report.AppliesNotice || s.Notice != "Xajeet Privacy Policy" || len(s.Retention) != 1 || s.Retention[0].Duration != "" || s.Retention[0].Criterion == "" {
			t.Errorf("xajeet: shared set %+v", s)
		}
		n := len(r.Controller.Activities)
		for _, g := range r.Processor.Controllers {
			n += len(g.Activities)
		}
		if len(s.Activities) != n {
			t.Errorf("xajeet: the notice's set applies to %d activities, want all %d", len(s.Activities), n)
		}
		if r.Organization.DPO != nil || r.Organization.Representative != nil {
			t.Errorf("xajeet: the notice names no DPO or representative")
		}
	}
	if has("ubpartner") {
		r := build(t, client, "ubpartner", report.RecordController)
		if r.Processor != nil || r.Controller == nil || len(r.Controller.Activities) == 0 {
			t.Fatalf("ubpartner --record controller: %+v", r)
		}
		// "mechanisms like the EU-U.S. Privacy Shield framework", no country named.
		row := report.ControllerRow(r, &r.Controller.Activities[0])
		if !strings.Contains(row[8], "Unspecified country: EU-US Privacy Shield, Art 45 (invalid since 2020-07-16)") {
			t.Errorf("ubpartner safeguards: %q", row[8])
		}
	}
	if has("jujotech") {
		r := build(t, client, "jujotech", report.RecordAll)
		// The notice links the SCCs of Decision 2010/87 (CELEX 32010D0087).
		row := report.ControllerRow(r, &r.Controller.Activities[0])
		if !strings.Contains(row[8], `United States: Standard contractual clauses of 2001/2004/2010 ("model clauses"), Art 46(2)(c) (transitional, Art 46(5)) (invalid since 2022-12-27)`) {
			t.Errorf("jujotech safeguards: %q", row[8])
		}
		if r.Organization.DPO == nil || !strings.Contains(r.Organization.DPO.Address, "1023 Walnut St") {
			t.Errorf("jujotech DPO: %+v", r.Organization.DPO)
		}
	}
}

// TestEmptyOrganization: an organization with no activities gives valid
// reports in every format, saying the records are empty.
func TestEmptyOrganization(t *testing.T) {
	client := storetest.Open(t, store.Config{})
	client.Organization.Create().SetKey("empty").SetName("Empty Ltd").ExecX(context.Background())
	r := build(t, client, "empty", report.RecordAll)
	if len(r.Controller.Activities) != 0 || len(r.Processor.Controllers) != 0 || r.Rights == nil || r.Documents == nil {
		t.Fatalf("empty report: %+v", r)
	}
	var top map[string]any
	if err := json.Unmarshal(render(t, r, report.FormatJSON), &top); err != nil {
		t.Fatal(err)
	}
	rd := csv.NewReader(bytes.NewReader(render(t, r, report.FormatCSV)))
	rd.FieldsPerRecord = -1
	rows, err := rd.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if !slices.ContainsFunc(rows, func(row []string) bool { return slices.Equal(row, report.ControllerColumns) }) {
		t.Errorf("empty CSV lacks the ICO headings")
	}
	if !slices.ContainsFunc(rows, func(row []string) bool {
		return len(row) == 1 && row[0] == "Controller record (GDPR Art 30(1)): 0 activities"
	}) {
		t.Errorf("empty CSV does not say the record is empty: %q", rows)
	}
	f, err := excelize.OpenReader(bytes.NewReader(render(t, r, report.FormatXLSX)))
	if err != nil {
		t.Fatalf("empty XLSX: %v", err)
	}
	if got := f.GetSheetList(); len(got) != 3 {
		t.Errorf("empty XLSX sheets %q", got)
	}
	f.Close()
	html := string(render(t, r, report.FormatHTML))
	for _, want := range []string{"No processing activities are recorded for Empty Ltd as a controller.", "No processing is recorded that Empty Ltd carries out as a processor"} {
		if !strings.Contains(html, want) {
			t.Errorf("empty HTML lacks %q", want)
		}
	}
}

// TestProcessorRecord: processor activities are grouped by named
// controller, then by the controllers described in words, then those with
// no controller stated; organization-wide and recipient transfers, stale
// safeguards, and missing items read as the issue asks.
func TestProcessorRecord(t *testing.T) {
	client := storetest.Open(t, store.Config{})
	fixture(t, client, 12)
	r := build(t, client, "acme", report.RecordAll)
	var groups []string
	for _, g := range r.Processor.Controllers {
		switch {
		case g.Controller != nil:
			groups = append(groups, "named:"+g.Controller.Name)
		case g.Description != "":
			groups = append(groups, "described:"+g.Description)
		default:
			groups = append(groups, "none")
		}
	}
	if want := []string{"named:BigCo Ltd", "described:Our customers", "none"}; !slices.Equal(groups, want) {
		t.Fatalf("processor groups %q, want %q", groups, want)
	}
	n := 0
	for _, g := range r.Processor.Controllers {
		n += len(g.Activities)
	}
	if n != 4 || len(r.Controller.Activities) != 8 {
		t.Errorf("%d processor and %d controller activities, want 4 and 8", n, len(r.Controller.Activities))
	}
	// The fixture's notice states nothing for all its processing and its
	// activities name no notice: the facts entered for the organization
	// itself (a transfer naming no recipient, a measure naming no activity)
	// form one shared set applying to all 12 activities. The transfer to
	// CDN Inc. names a recipient and the 6-year rule data categories: they
	// stay in the lists of the activities they reach.
	if len(r.Shared) != 1 {
		t.Fatalf("shared sets %+v, want the organization's", r.Shared)
	}
	org := r.Shared[0]
	if org.ID != "organization" || org.AppliesTo != report.AppliesOrganization || org.Notice != "" ||
		len(org.Transfers) != 1 || org.Transfers[0].Recipient != "" || org.Transfers[0].Country != "US" ||
		len(org.Retention) != 0 || len(org.Security) != 1 || org.Security[0].Description != "" || len(org.Activities) != 12 {
		t.Errorf("organization set %+v", org)
	}
	a := r.Controller.Activities[0] // Activity 0000: controller, special data, CDN disclosure
	if !slices.Equal(a.Shared, []string{"organization"}) {
		t.Errorf("%s: shared %v", a.Name, a.Shared)
	}
	var applies []string
	for _, x := range a.Transfers {
		applies = append(applies, x.CountryName+"/"+x.AppliesTo)
	}
	if want := []string{"India/activity", "United States/recipient"}; !slices.Equal(applies, want) {
		t.Errorf("%s: own transfers %q, want %q", a.Name, applies, want)
	}
	if len(a.Retention) != 2 || len(a.Security) != 1 || a.Security[0].AppliesTo != report.AppliesActivity {
		t.Errorf("%s: own retention %+v, security %+v", a.Name, a.Retention, a.Security)
	}
	row := report.ControllerRow(r, &a)
	col := func(h string) string { return row[slices.Index(report.ControllerColumns, h)] }
	checks := map[string][]string{
		"Names of third countries or international organisations that personal data are transferred to (if applicable)": {
			"India", "United States (for recipient CDN Inc.)", "United States (stated for the whole organization)"},
		"Safeguards for exceptional transfers of personal data to third countries or international organisations (if applicable)": {
			"United States: EU-US Privacy Shield, Art 45 (invalid since 2020-07-16) (stated for the whole organization)", "United States (CDN Inc.): Standard contractual clauses (2021)"},
		"Retention schedule (if possible)":                                                    {"6 years (P6Y). At the end: deleted. Categories: Email address. (stated for the whole organization)", "Until the customer leaves. At the end: anonymised."},
		"Article 6 lawful basis for processing personal data":                                 {"Consent (GDPR Art 6(1)(a)): Newsletters", "Legitimate interests (GDPR Art 6(1)(f)): Product analytics"},
		"Article 9 condition for processing special category data":                            {"Explicit consent (GDPR Art 9(2)(a)): Product analytics"},
		"Legitimate interests for the processing (if applicable)":                             {"Product analytics: Improving the product"},
		"Link to contract with processor":                                                     {report.NotStated},
		"Link to record of legitimate interests assessment (if applicable)":                   {report.NotStated},
		"Categories of personal data":                                                         {"Health data (special category, Art 9)"},
		"General description of technical and organisational security measures (if possible)": {"Encryption in transit: TLS 1.3", "Encryption in transit (stated for the whole organization)"},
		"Rights available to individuals":                                                     {"Right of access (GDPR Art 15), response within 1 month"},
		"Existence of automated decision-making, including profiling (if applicable)":         {report.NotStated},
	}
	for h, wants := range checks {
		for _, w := range wants {
			if !strings.Contains(col(h), w) {
				t.Errorf("%q = %q, want it to contain %q", h, col(h), w)
			}
		}
	}
	// Before Schrems II the Privacy Shield was valid.
	early, err := report.Build(context.Background(), client, "acme", report.Options{Now: time.Date(2019, 1, 1, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	if s := report.ControllerRow(early, &early.Controller.Activities[0])[8]; !strings.Contains(s, "Privacy Shield, Art 45 (valid until 2020-07-16)") {
		t.Errorf("as of 2019 the safeguard reads %q", s)
	}
	// A joint-controller activity names its joint controller.
	j := r.Controller.Activities[1]
	if j.Role != "joint_controller" || len(j.JointControllers) != 1 || !strings.Contains(report.ControllerRow(r, &j)[2], "BigCo Ltd, United Kingdom, dpo@bigco.example") {
		t.Errorf("joint controller activity: %+v", j)
	}
	// Processor rows: the controller column per group.
	g := &r.Processor.Controllers[2]
	if got := report.ProcessorRow(r, g, &g.Activities[0])[0]; got != report.NotStated {
		t.Errorf("processor activity with no controller: %q", got)
	}
	g = &r.Processor.Controllers[1]
	if got := report.ProcessorRow(r, g, &g.Activities[0])[0]; got != "Our customers (not named in the notice)" {
		t.Errorf("processor activity for customers: %q", got)
	}
	// --record processor holds only the processor record, and its file name says so.
	p := build(t, client, "acme", report.RecordProcessor)
	if p.Controller != nil || p.Processor == nil || report.FileName(p, report.FormatXLSX) != "acme-article30-processor.xlsx" {
		t.Errorf("--record processor: %+v", p)
	}
	f, err := excelize.OpenReader(bytes.NewReader(render(t, p, report.FormatXLSX)))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got := f.GetSheetList(); !slices.Equal(got, []string{report.ProcessorSheet, report.FindingsSheet}) {
		t.Errorf("processor-only XLSX sheets %q", got)
	}
}

// TestBuildStatementsDoNotGrow: Build runs the same number of SQL
// statements for 6 activities as for 90.
func TestBuildStatementsDoNotGrow(t *testing.T) {
	counts := map[int]int{}
	for _, n := range []int{6, 90} {
		counter := &storetest.Counter{}
		client := storetest.Open(t, store.Config{WrapDriver: counter.Wrap})
		fixture(t, client, n)
		counter.Reset()
		r, err := report.Build(context.Background(), client, "acme", report.Options{Now: asOf})
		if err != nil {
			t.Fatal(err)
		}
		counts[n] = counter.Count()
		got := len(r.Controller.Activities)
		for _, g := range r.Processor.Controllers {
			got += len(g.Activities)
		}
		if got != n {
			t.Fatalf("report holds %d activities, want %d", got, n)
		}
	}
	if counts[6] != counts[90] {
		t.Errorf("Build ran %d SQL statements for 6 activities and %d for 90: it must not grow", counts[6], counts[90])
	}
	t.Logf("Build: %d SQL statements", counts[6])
}

// TestUnknownOrganization: Build names the known organizations.
func TestUnknownOrganization(t *testing.T) {
	client := storetest.Open(t, store.Config{})
	fixture(t, client, 3)
	_, err := report.Build(context.Background(), client, "nosuch", report.Options{})
	if !report.IsUnknownOrganization(err) || !strings.Contains(err.Error(), `"nosuch"`) || !strings.Contains(err.Error(), "acme") {
		t.Errorf("err = %v", err)
	}
	if _, err := report.Build(context.Background(), client, "acme", report.Options{Record: "both"}); err == nil {
		t.Errorf("record \"both\" accepted")
	}
}
