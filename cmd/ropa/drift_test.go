package main

import (
	"context"
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/ropacatalog/ropa/seed"
)

// TestDriftCommands: ropa import of a new version of a seeded notice
// prints its drift, and ropa drift prints it again, as a table and as JSON.
// The edit: the careers notice's Privacy Shield sentences become a DPF
// sentence, so the reviewed US transfer on the EU-U.S. Privacy Shield
// becomes one on the Data Privacy Framework and the Swiss-U.S. one goes.
func TestDriftCommands(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	db := filepath.Join(dir, "catalog.db")
	if out, err := run(t, ctx, "seed", "--db", db); err != nil {
		t.Fatalf("seed: %v\n%s", err, out)
	}
	const file = "001_9627de4b2ea1e0ae.txt"
	const shield = "We also participate in the\u00a0EU-U.S. Privacy Shield and Swiss – U.S. Privacy Shield Frameworks."
	const dpf = "We also rely on the EU-U.S. Data Privacy Framework."
	b, err := fs.ReadFile(seed.Files, "policies/"+file)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Count(string(b), shield) != 1 {
		t.Fatalf("the careers notice does not hold %q once", shield)
	}
	edited := filepath.Join(dir, file)
	if err := os.WriteFile(edited, []byte(strings.Replace(string(b), shield, dpf, 1)), 0o644); err != nil {
		t.Fatal(err)
	}

	out, err := run(t, ctx, "import", edited, "--org", "ujet", "--db", db)
	if err != nil {
		t.Fatalf("import: %v\n%s", err, out)
	}
	for _, want := range []string{"Drift of UJET Job Applicant Privacy Notice", ": 2\n",
		"CHANGED  transfer", "REMOVED  transfer", "record: “" + shield + "”", "notice: “" + dpf + "”"} {
		if !strings.Contains(out, want) {
			t.Errorf("import output lacks %q:\n%s", want, out)
		}
	}

	out, err = run(t, ctx, "drift", "--org", "ujet", "--notice", file, "--db", db, "--format", "json")
	if err != nil {
		t.Fatalf("drift: %v\n%s", err, out)
	}
	var rep map[string]json.RawMessage
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("drift --format json: %v\n%s", err, out)
	}
	if got := keys(rep); !slices.Equal(got, []string{"base", "items", "notice", "organization"}) {
		t.Errorf("report keys %v", got)
	}
	var items []map[string]json.RawMessage
	if err := json.Unmarshal(rep["items"], &items); err != nil || len(items) != 2 {
		t.Fatalf("items: %v %s", err, rep["items"])
	}
	for _, it := range items {
		if got := keys(it); !slices.Equal(got, []string{"change", "fact", "key", "new", "old"}) {
			t.Errorf("item keys %v", got)
		}
	}
	var first struct {
		Change, Fact, Key string
		Old, New          *struct {
			Value, Sentence string
			Start, End      int
		}
	}
	if err := json.Unmarshal(mustJSON(t, items[0]), &first); err != nil {
		t.Fatal(err)
	}
	if first.Change != "changed" || first.Fact != "transfer" || first.Key != "US/privacy_shield" ||
		first.Old == nil || first.Old.Value != "privacy_shield to US" || first.Old.Sentence != shield ||
		first.New == nil || first.New.Value != "dpf_eu_us to US" || first.New.Sentence != dpf {
		t.Errorf("first item %s", mustJSON(t, items[0]))
	}
	if string(items[1]["new"]) != "null" || !strings.Contains(string(items[1]["key"]), "privacy_shield_swiss") {
		t.Errorf("second item %s, want the Swiss-U.S. shield removed", mustJSON(t, items[1]))
	}

	// The same file again: unchanged, and its JSON says so without drift.
	out, err = run(t, ctx, "import", edited, "--org", "ujet", "--db", db, "--format", "json")
	if err != nil {
		t.Fatal(err)
	}
	var again map[string]json.RawMessage
	if err := json.Unmarshal([]byte(out), &again); err != nil {
		t.Fatal(err)
	}
	if string(again["unchanged"]) != "true" || again["drift"] != nil {
		t.Errorf("second import: %s", out)
	}

	if _, err := run(t, ctx, "drift", "--org", "ujet", "--db", db); err == nil || !strings.Contains(err.Error(), "--notice") {
		t.Errorf("drift without --notice: %v", err)
	}
	if _, err := run(t, ctx, "drift", "--org", "ujet", "--notice", "nope.txt", "--db", db); err == nil || !strings.Contains(err.Error(), "nope.txt") {
		t.Errorf("drift of an unknown notice: %v", err)
	}
	if _, err := run(t, ctx, "drift", "--org", "ujet", "--notice", file, "--db", db, "--format", "csv"); err == nil || !strings.Contains(err.Error(), "--format") {
		t.Errorf("drift --format csv: %v", err)
	}
}

func keys[V any](m map[string]V) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
}

func mustJSON(t *testing.T, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
