package report_test

import (
	"context"
	"encoding/json"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/ropacatalog/ropa/ent/processingactivity"
	"github.com/ropacatalog/ropa/internal/report"
	"github.com/ropacatalog/ropa/internal/store"
	"github.com/ropacatalog/ropa/internal/store/storetest"
)

// TestItemsDeclaredOnce: the item table is the one list of the record's
// items: the ICO columns are its ICO headings in a gapless order, and every
// name notStated can use is a field of the JSON activity (legalBasis,
// read from the purposes, excepted).
func TestItemsDeclaredOnce(t *testing.T) {
	var icos []string
	keys := map[string]bool{}
	for _, it := range report.Items {
		if keys[it.Key] {
			t.Errorf("item %s declared twice", it.Key)
		}
		keys[it.Key] = true
		if it.ICO != "" {
			icos = append(icos, it.ICO)
		}
	}
	if len(icos) != len(report.ControllerColumns) {
		t.Fatalf("%d items have an ICO column, the template has %d columns", len(icos), len(report.ControllerColumns))
	}
	for _, c := range report.ControllerColumns {
		if !slices.Contains(icos, c) {
			t.Errorf("ICO column %q comes from no item", c)
		}
	}
	fields := map[string]bool{}
	at := reflect.TypeFor[report.Activity]()
	for i := 0; i < at.NumField(); i++ {
		fields[strings.Split(at.Field(i).Tag.Get("json"), ",")[0]] = true
	}
	for _, it := range report.Items {
		if it.Missing != nil && it.Key != "legalBasis" && !fields[it.Key] {
			t.Errorf("item %s can be not stated but names no field of the JSON activity", it.Key)
		}
	}
}

// TestEveryItemReachesEveryForm: the DPIA flag, once only in the JSON form,
// reaches the HTML and both spreadsheets through its item.
func TestEveryItemReachesEveryForm(t *testing.T) {
	ctx := context.Background()
	client := storetest.Open(t, store.Config{})
	twoNotices(t, client)
	a := client.ProcessingActivity.Query().Where(processingactivity.Name(newsletter)).OnlyX(ctx)
	client.ProcessingActivity.UpdateOne(a).SetDpiaRequired(true).ExecX(ctx)
	r := duo(t, client, report.Options{})
	f := renderDuo(t, r)
	const column = "Data protection impact assessment required (Art 35)"
	var j struct {
		ControllerRecord struct {
			Activities []struct {
				Name         string
				DPIARequired *bool `json:"dpiaRequired"`
			}
		}
	}
	if err := json.Unmarshal([]byte(f.json), &j); err != nil {
		t.Fatal(err)
	}
	for _, x := range j.ControllerRecord.Activities {
		want := "not assessed"
		if x.Name == newsletter {
			want = "Yes"
			if x.DPIARequired == nil || !*x.DPIARequired {
				t.Errorf("JSON: %s dpiaRequired %v, want true", x.Name, x.DPIARequired)
			}
		}
		if got := cell(f.csv[x.Name], column); got != want {
			t.Errorf("CSV: %s DPIA %q, want %q", x.Name, got, want)
		}
		if got := cell(f.xlsx[x.Name], column); got != want {
			t.Errorf("XLSX: %s DPIA %q, want %q", x.Name, got, want)
		}
		if got := item(t, f.sections[x.Name], "dpia"); !strings.Contains(got, want) {
			t.Errorf("HTML: %s DPIA row %q, want %q", x.Name, got, want)
		}
	}
}

// TestReportFindings: the report lists its findings as of its date, in the
// JSON and in the HTML's Findings section with the sentence under each:
// UJET's applicant notice relies on the EU-US Privacy Shield, invalid since
// 2020-07-16.
func TestReportFindings(t *testing.T) {
	client, _ := seeded(t)
	r := build(t, client, "ujet", report.RecordAll)
	found := false
	for _, f := range r.Findings {
		if f.Rule == "transfer-invalid-instrument" && strings.Contains(f.Message, "EU-US Privacy Shield") {
			found = f.Since == "2020-07-16" && len(f.Evidence) > 0
		}
	}
	if !found {
		t.Fatalf("no Privacy Shield finding since 2020-07-16 with evidence among %d findings", len(r.Findings))
	}
	html := string(render(t, r, report.FormatHTML))
	m := regexp.MustCompile(`(?s)<section class="findings" id="findings">(.*?)</section>`).FindStringSubmatch(html)
	if m == nil {
		t.Fatal("no findings section in the HTML")
	}
	if !strings.Contains(m[1], "EU-US Privacy Shield") || !strings.Contains(m[1], "Since 2020-07-16") ||
		!strings.Contains(m[1], "Privacy Shield Frameworks.</q>") {
		t.Errorf("the findings section lacks the Privacy Shield finding or its sentence")
	}
}
