package report_test

import (
	"context"
	"encoding/json"
	"reflect"
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
