package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// TestFidesCommands: import --format fides, who-receives on an imported
// field, export --format fides and dpv, and a bad project refused with its
// line and nothing written.
func TestFidesCommands(t *testing.T) {
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "catalog.db")
	if out, err := run(t, ctx, "seed", "--db", db); err != nil {
		t.Fatalf("seed: %v\n%s", err, out)
	}
	project := filepath.Join("..", "..", "internal", "fides", "testdata", "project")
	out, err := run(t, ctx, "import", "--format", "fides", project, "--db", db)
	if err != nil {
		t.Fatalf("import: %v\n%s", err, out)
	}
	if !strings.Contains(out, "origin import:project") || !strings.Contains(out, "13 systems") || !strings.Contains(out, "not stored: datasets.yml:53") {
		t.Errorf("import output:\n%s", out)
	}
	out, err = run(t, ctx, "who-receives", "storefront.customer_db.orders.payment.card.last4", "--db", db, "--format", "json")
	if err != nil || !strings.Contains(out, "Stripe Payments Europe, Ltd.") {
		t.Errorf("who-receives: %v\n%s", err, out)
	}
	out, err = run(t, ctx, "export", "--format", "fides", "--org", "default_organization", "--db", db)
	if err != nil || !strings.Contains(out, "fides_key: storefront") || !strings.Contains(out, "third_country_transfers:") {
		t.Errorf("export fides: %v\n%s", err, out)
	}
	out, err = run(t, ctx, "export", "--format", "dpv", "--org", "ujet", "--db", db)
	if err != nil {
		t.Fatalf("export dpv: %v", err)
	}
	var doc struct {
		Context map[string]any   `json:"@context"`
		Graph   []map[string]any `json:"@graph"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil || doc.Context["dpv"] != "https://w3id.org/dpv#" || len(doc.Graph) < 30 {
		t.Errorf("export dpv: %v, context %v, %d nodes", err, doc.Context, len(doc.Graph))
	}
	// The same graph as Turtle (N-Triples): UJET is a dpv:Organisation there too.
	out, err = run(t, ctx, "export", "--format", "ttl", "--org", "ujet", "--db", db)
	if err != nil || !strings.Contains(out, "<urn:ropa:org:ujet> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> ") ||
		!strings.HasSuffix(out, " .\n") || strings.Contains(out, "{") {
		t.Errorf("export turtle: %v\n%.500s", err, out)
	}
	if _, err := run(t, ctx, "export", "--format", "rdf", "--db", db); err == nil || !strings.Contains(err.Error(), "want fides, dpv, turtle or yaml") {
		t.Errorf("export --format rdf: %v", err)
	}
	bad := filepath.Join(t.TempDir(), "bad.yml")
	os.WriteFile(bad, []byte("system:\n  - fides_key: x\n    system_type: Service\n    privacy_declarations:\n      - data_use: nosuch.use\n        data_categories: [user.name]\n"), 0o644)
	before, _ := run(t, ctx, "export", "--format", "fides", "--db", db)
	if _, err := run(t, ctx, "import", "--format", "fides", bad, "--org", "acme", "--db", db); err == nil ||
		!strings.Contains(err.Error(), `bad.yml:5: system x: privacy_declarations[0].data_use: unknown data use "nosuch.use"`) {
		t.Errorf("bad project: %v", err)
	}
	if after, _ := run(t, ctx, "export", "--format", "fides", "--db", db); after != before {
		t.Error("a refused import changed the catalog")
	}
}

// TestCNILCommand: report article30 --template cnil writes the register.
func TestCNILCommand(t *testing.T) {
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "catalog.db")
	if out, err := run(t, ctx, "seed", "--db", db); err != nil {
		t.Fatalf("seed: %v\n%s", err, out)
	}
	out, err := run(t, ctx, "report", "article30", "--org", "ubpartner", "--template", "cnil", "--format", "xlsx", "--db", db)
	if err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(bytes.NewReader([]byte(out)))
	if err != nil {
		t.Fatalf("the register does not open: %v", err)
	}
	defer f.Close()
	if s := f.GetSheetList(); len(s) < 2 || s[0] != "Organisme" {
		t.Errorf("sheets %q", s)
	}
	if _, err := run(t, ctx, "report", "article30", "--org", "ubpartner", "--template", "cnil", "--format", "csv", "--db", db); err == nil ||
		!strings.Contains(err.Error(), "use --format xlsx") {
		t.Errorf("cnil as csv: %v", err)
	}
}

// TestSubprocessorCommand: import --format subprocessors reads a vendor
// table; a bad one is refused with its line and column.
func TestSubprocessorCommand(t *testing.T) {
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "catalog.db")
	if out, err := run(t, ctx, "seed", "--db", db); err != nil {
		t.Fatalf("seed: %v\n%s", err, out)
	}
	dir := t.TempDir()
	list := filepath.Join(dir, "subprocessors.md")
	os.WriteFile(list, []byte("| Entity | Purpose | Location of Processing | Safeguards |\n|---|---|---|---|\n| Twilio Inc. | SMS | United States | DPF |\n"), 0o644)
	out, err := run(t, ctx, "import", "--format", "subprocessors", list, "--org", "ujet", "--db", db)
	if err != nil || !strings.Contains(out, "1 sub-processors and 1 transfers") || !strings.Contains(out, `"Entity": name`) {
		t.Errorf("import: %v\n%s", err, out)
	}
	bad := filepath.Join(dir, "bad.csv")
	os.WriteFile(bad, []byte("Vendor,Country\nAcme,Atlantis\n"), 0o644)
	if _, err := run(t, ctx, "import", "--format", "subprocessors", bad, "--org", "ujet", "--db", db); err == nil ||
		!strings.Contains(err.Error(), `bad.csv:2: Country: "Atlantis" is not a country`) {
		t.Errorf("bad list: %v", err)
	}
	if _, err := run(t, ctx, "import", "--format", "subprocessors", list, "--db", db); err == nil || !strings.Contains(err.Error(), "--org") {
		t.Errorf("without --org: %v", err)
	}
}
