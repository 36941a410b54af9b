package subprocessors

import (
	"bytes"
	"context"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/ropacatalog/ropa/ent"
	"github.com/ropacatalog/ropa/internal/record"
	"github.com/ropacatalog/ropa/internal/review"
	"github.com/ropacatalog/ropa/internal/store"
	"github.com/ropacatalog/ropa/internal/store/storetest"
	"github.com/ropacatalog/ropa/seed"
)

const csvList = `Name of Subprocessor,Purpose,Location of Processing,Transfer Mechanism
Amazon Web Services EMEA SARL,Cloud hosting,"Ireland, Germany",
Twilio Inc.,SMS delivery,United States,EU-US Data Privacy Framework
"Zendesk, Inc.",Customer support ticketing,United States; Australia,Standard Contractual Clauses (2021)
`

const mdList = "# Our sub-processors\n\nWe use these vendors.\n\n" +
	"| **Vendor** | Services Provided | Corporate Location | Data Location |\n" +
	"|---|---|:---:|---|\n" +
	"| Stripe Payments Europe, Ltd. | Payment processing | Ireland | EU |\n" +
	"| Mailgun Technologies, Inc. | E-mail delivery | USA | United States |\n" +
	"\nLast updated 2025.\n"

const htmlList = `<html><body><h1>Sub-processors</h1>
<p>Intro</p>
<table>
  <thead><tr><th>Entity</th><th>Nature of processing</th><th>Country</th><th>Safeguards</th></tr></thead>
  <tbody>
    <tr><td>Google Cloud EMEA Ltd</td><td>Hosting &amp; storage</td><td>Belgium<br>Netherlands</td><td></td></tr>
    <tr><td>Sentry (Functional Software, Inc.)</td><td>Error monitoring</td><td>United States</td><td>SCCs</td></tr>
  </tbody>
</table></body></html>
`

func xlsxList(t *testing.T) []byte {
	f := excelize.NewFile()
	rows := [][]string{
		{"Sub-processor", "Function", "Headquarters", "Processing location"},
		{"Atlassian Pty Ltd", "Issue tracking", "Australia", "Australia, United States"},
		{"Hetzner Online GmbH", "Backups", "Germany", "Germany"},
	}
	for i, r := range rows {
		for j, v := range r {
			cell, _ := excelize.CoordinatesToCellName(j+1, i+1)
			f.SetCellValue("Sheet1", cell, v)
		}
	}
	var buf bytes.Buffer
	if _, err := f.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func seeded(t *testing.T) *ent.Client {
	c := storetest.Open(t, store.Config{})
	if _, err := seed.Load(context.Background(), c); err != nil {
		t.Fatal(err)
	}
	return c
}

func TestSubprocessorTables(t *testing.T) {
	ctx := context.Background()
	c := seeded(t)
	files := []struct {
		name string
		src  []byte
	}{{"subprocessors.csv", []byte(csvList)}, {"vendors.md", []byte(mdList)}, {"entities.html", []byte(htmlList)}, {"list.xlsx", xlsxList(t)}}
	for _, f := range files {
		rep, err := Import(ctx, c, f.name, f.src, "Acme Cloud")
		if err != nil {
			t.Fatalf("%s: %v", f.name, err)
		}
		if rep.Origin != "import:"+f.name {
			t.Errorf("%s: origin %q", f.name, rep.Origin)
		}
	}
	rec, err := record.Load(ctx, c, record.Options{})
	if err != nil {
		t.Fatal(err)
	}
	o := rec.OrganizationByKey("acme_cloud")
	if o == nil {
		t.Fatal("no organization acme_cloud")
	}
	type got struct {
		kind, service, country string
		transfers              []string
		quote                  string
	}
	recips := map[string]*got{}
	for _, a := range o.Activities {
		if a.Role != "processor" || a.ReviewStatus != review.Unreviewed {
			t.Errorf("activity %q: %s, %s", a.Name, a.Role, a.ReviewStatus)
		}
		for _, d := range a.Edges.Disclosures {
			r := d.Edges.Recipient
			g := &got{kind: string(r.Kind), service: r.Service, country: r.Country, quote: d.Edges.Evidence[0].Quote}
			for _, tr := range a.TransfersTo(r.ID) {
				s := "none"
				if tr.Edges.Safeguard != nil {
					s = tr.Edges.Safeguard.Key
				}
				g.transfers = append(g.transfers, tr.Country+"/"+s)
			}
			sort.Strings(g.transfers)
			recips[r.Name] = g
		}
	}
	want := map[string]got{
		// CSV: processing in the EEA is no transfer; DPF and the 2021 SCCs read from the mechanism.
		"Amazon Web Services EMEA SARL": {kind: "sub_processor", service: "Cloud hosting"},
		"Twilio Inc.":                   {kind: "sub_processor", service: "SMS delivery", transfers: []string{"US/dpf_eu_us"}},
		"Zendesk, Inc.":                 {kind: "sub_processor", service: "Customer support ticketing", transfers: []string{"AU/scc_2021", "US/scc_2021"}},
		// Markdown: corporate location is where the recipient is established.
		"Stripe Payments Europe, Ltd.": {kind: "sub_processor", service: "Payment processing", country: "IE"},
		"Mailgun Technologies, Inc.":   {kind: "sub_processor", service: "E-mail delivery", country: "US", transfers: []string{"US/none"}},
		// HTML: <br> separates countries; SCCs of no stated version.
		"Google Cloud EMEA Ltd":              {kind: "sub_processor", service: "Hosting & storage"},
		"Sentry (Functional Software, Inc.)": {kind: "sub_processor", service: "Error monitoring", transfers: []string{"US/scc"}},
		// XLSX.
		"Atlassian Pty Ltd":   {kind: "sub_processor", service: "Issue tracking", country: "AU", transfers: []string{"AU/none", "US/none"}},
		"Hetzner Online GmbH": {kind: "sub_processor", service: "Backups", country: "DE"},
	}
	for name, w := range want {
		g := recips[name]
		if g == nil {
			t.Errorf("no recipient %q; have %v", name, keys(recips))
			continue
		}
		if g.kind != w.kind || g.service != w.service || g.country != w.country || !slices.Equal(g.transfers, w.transfers) {
			t.Errorf("%s: got %+v, want %+v", name, *g, w)
		}
	}
	if len(recips) != len(want) {
		t.Errorf("%d recipients, want %d: %v", len(recips), len(want), keys(recips))
	}
	// Each fact cites its row.
	if q := recips["Zendesk, Inc."].quote; q != `"Zendesk, Inc.",Customer support ticketing,United States; Australia,Standard Contractual Clauses (2021)` {
		t.Errorf("CSV evidence %q", q)
	}
	if q := recips["Mailgun Technologies, Inc."].quote; q != "| Mailgun Technologies, Inc. | E-mail delivery | USA | United States |" {
		t.Errorf("Markdown evidence %q", q)
	}
	if q := recips["Sentry (Functional Software, Inc.)"].quote; !strings.HasPrefix(q, "<tr><td>Sentry") || !strings.HasSuffix(q, "</tr>") {
		t.Errorf("HTML evidence %q", q)
	}
	if q := recips["Atlassian Pty Ltd"].quote; q != "Atlassian Pty Ltd\tIssue tracking\tAustralia\tAustralia, United States" {
		t.Errorf("XLSX evidence %q", q)
	}
	// The same file again changes nothing.
	rep, err := Import(ctx, c, "subprocessors.csv", []byte(csvList), "Acme Cloud")
	if err != nil || !rep.Unchanged {
		t.Errorf("second import: %+v %v", rep, err)
	}
}

func keys[V any](m map[string]V) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func TestSubprocessorBadInput(t *testing.T) {
	ctx := context.Background()
	c := seeded(t)
	count := func() int {
		n, _ := c.Recipient.Query().Count(ctx)
		m, _ := c.PolicyDocument.Query().Count(ctx)
		k, _ := c.Organization.Query().Count(ctx)
		return n + m + k
	}
	before := count()
	cases := []struct{ file, src, want string }{
		{"a.csv", "Purpose,Location\nHosting,Ireland\n", `a.csv:1: no column names the sub-processor`},
		{"b.csv", "Vendor,Location\nAWS,Ireland\n,United States\n", `b.csv:3: Vendor: the row names no sub-processor`},
		{"c.md", "| Vendor | Location |\n|---|---|\n| AWS | Ireland |\n| Acme | Atlantis |\n", `c.md:4: Location: "Atlantis" is not a country`},
		{"d.csv", "Entity,Country\nAWS,Ireland\naws,Germany\n", `d.csv:3: Entity: "aws" is listed twice (also at line 2)`},
		{"e.pdf", "x", `e.pdf: not a vendor table`},
		{"f.html", "<p>no table here</p>", `f.html: no table with a header row`},
		{"g.csv", "Vendor,Location\n\"AWS,Ireland\n", `g.csv:2:`},
	}
	for _, tc := range cases {
		_, err := Import(ctx, c, tc.file, []byte(tc.src), "Acme Cloud")
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: got %v, want %q", tc.file, err, tc.want)
		}
	}
	if n := count(); n != before {
		t.Errorf("refused imports changed the catalog: %d rows, then %d", before, n)
	}
}

// FuzzRead: any bytes read as any format give rows whose spans lie in the
// text they quote, and never a panic.
func FuzzRead(f *testing.F) {
	for _, s := range []string{csvList, mdList, htmlList, "a,b\n\"x", "| a |\n|-|\n| b |", "<table><tr><td>x</td></tr>"} {
		f.Add(s, uint8(0))
		f.Add(s, uint8(1))
		f.Add(s, uint8(2))
	}
	exts := []string{".csv", ".md", ".html"}
	f.Fuzz(func(t *testing.T, src string, ext uint8) {
		tb, err := Read("f"+exts[int(ext)%len(exts)], []byte(src))
		if err != nil {
			return
		}
		for _, r := range tb.Rows {
			if r.Start < 0 || r.End < r.Start || r.End > len(tb.Text) {
				t.Fatalf("row span [%d,%d) outside %d bytes", r.Start, r.End, len(tb.Text))
			}
		}
	})
}
