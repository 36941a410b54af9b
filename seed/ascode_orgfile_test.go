package seed_test

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/ropacatalog/ropa/ent"
	"github.com/ropacatalog/ropa/ent/change"
	"github.com/ropacatalog/ropa/ent/datacategory"
	"github.com/ropacatalog/ropa/ent/datasubjectcategory"
	"github.com/ropacatalog/ropa/ent/datasubjectright"
	"github.com/ropacatalog/ropa/ent/legalbasis"
	"github.com/ropacatalog/ropa/ent/organization"
	"github.com/ropacatalog/ropa/ent/processingactivity"
	"github.com/ropacatalog/ropa/ent/purpose"
	"github.com/ropacatalog/ropa/ent/right"
	"github.com/ropacatalog/ropa/ent/securitymeasure"
	"github.com/ropacatalog/ropa/ent/transfer"
	"github.com/ropacatalog/ropa/ent/transfersafeguard"
	"github.com/ropacatalog/ropa/internal/actor"
	"github.com/ropacatalog/ropa/internal/catalog"
	"github.com/ropacatalog/ropa/internal/store"
	"github.com/ropacatalog/ropa/internal/store/storetest"
	"github.com/ropacatalog/ropa/seed"
)

// handEntered adds to the seeded catalog, as the API does (ent's create
// mutations in catalog.Write, actor api), facts entered for organizations
// themselves: for xajeet a system, a recipient, an activity with a purpose,
// a disclosure, a transfer and a retention rule of its own, and
// organization-wide a transfer, a retention rule, a security measure, a
// right and a statement; and an organization, acme, no notice states, with
// one activity.
func handEntered(t *testing.T, c *ent.Client) {
	t.Helper()
	ctx := context.Background()
	err := catalog.Write(ctx, c, actor.API, func(ctx context.Context, tx *ent.Tx) error {
		org := tx.Organization.Query().Where(organization.Key("xajeet")).OnlyX(ctx)
		cat := func(k string) int { return tx.DataCategory.Query().Where(datacategory.Key(k)).OnlyIDX(ctx) }
		sys := tx.System.Create().SetKey("payroll_system").SetName("Payroll system").SetOrganization(org).SaveX(ctx)
		ds := tx.Dataset.Create().SetKey("payslips").SetName("Payslips").SetSystem(sys).SaveX(ctx)
		tx.DataField.Create().SetKey("iban").SetName("IBAN").SetDataset(ds).SetDataCategoryID(cat("user.financial.bank_account")).ExecX(ctx)
		rec := tx.Recipient.Create().SetName("Payroll bureau").SetNamed(true).SetKind("processor").
			SetCountry("IN").SetOrganization(org).SaveX(ctx)
		act := tx.ProcessingActivity.Create().SetName("Payroll").SetDescription("Paying staff").
			SetBusinessFunction("HR").SetOrganization(org).
			AddDataSubjectIDs(tx.DataSubjectCategory.Query().Where(datasubjectcategory.Key("employee")).OnlyIDX(ctx)).
			AddDataCategoryIDs(cat("user.financial.bank_account"), cat("user.name")).AddSystems(sys).SaveX(ctx)
		tx.ActivityPurpose.Create().SetActivity(act).
			SetPurposeID(tx.Purpose.Query().Where(purpose.Key("employment")).OnlyIDX(ctx)).
			SetLegalBasisID(tx.LegalBasis.Query().Where(legalbasis.Key("contract")).OnlyIDX(ctx)).ExecX(ctx)
		tx.Disclosure.Create().SetActivity(act).SetRecipient(rec).AddDataCategoryIDs(cat("user.financial.bank_account")).ExecX(ctx)
		scc := tx.TransferSafeguard.Query().Where(transfersafeguard.Key("scc_2021")).OnlyIDX(ctx)
		tx.Transfer.Create().SetOrganization(org).SetActivity(act).SetCountry("US").SetSafeguardID(scc).ExecX(ctx)
		tx.RetentionRule.Create().SetOrganization(org).SetActivity(act).SetDuration("P10Y").SetEndAction("delete").ExecX(ctx)
		tx.Transfer.Create().SetOrganization(org).SetCountry("IN").SetRecipient(rec).SetSafeguardID(scc).ExecX(ctx)
		tx.RetentionRule.Create().SetOrganization(org).SetCriterion("as long as the law requires").ExecX(ctx)
		tx.SecurityPractice.Create().SetOrganization(org).SetDescription("Disks are encrypted").
			SetMeasureID(tx.SecurityMeasure.Query().Where(securitymeasure.Key("encryption.at_rest")).OnlyIDX(ctx)).ExecX(ctx)
		tx.DataSubjectRight.Create().SetOrganization(org).SetChannel("hr@xajeet.example").SetResponseTime("P1M").
			SetRightID(tx.Right.Query().Where(right.Key("rectification")).OnlyIDX(ctx)).ExecX(ctx)
		tx.Statement.Create().SetOrganization(org).SetKind("does_not_sell").SetText("We do not sell staff data").ExecX(ctx)

		acme := tx.Organization.Create().SetKey("acme").SetName("Acme Ltd").SetRoles([]string{"controller"}).
			SetCountry("GB").SetDpoEmail("dpo@acme.example").SaveX(ctx)
		tx.ProcessingActivity.Create().SetName("Visitor log").SetOrganization(acme).
			AddDataCategoryIDs(cat("user.name")).ExecX(ctx)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestExportYAMLRoundTripHandEntered: the seed plus facts entered for the
// organizations themselves, exported, gives organization files and no
// warning; loaded into an empty catalog it gives the same effective record,
// and its export is byte for byte the first.
func TestExportYAMLRoundTripHandEntered(t *testing.T) {
	ctx := context.Background()
	src := seeded(t)
	handEntered(t, src)
	b, err := seed.Export(ctx, src, "")
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Warnings) != 0 {
		t.Errorf("warnings: %v", b.Warnings)
	}
	xajeet, acme := string(b.Files["organizations/xajeet.yaml"]), string(b.Files["organizations/acme.yaml"])
	for _, want := range []string{"name: Payroll\n", "name: Payroll bureau\n", "key: payroll_system\n", "measure: encryption.at_rest\n",
		"right: rectification\n", "kind: does_not_sell\n", "criterion: as long as the law requires\n", "country: IN\n", "duration: P10Y\n"} {
		if !strings.Contains(xajeet, want) {
			t.Errorf("organizations/xajeet.yaml lacks %q:\n%s", want, xajeet)
		}
	}
	if strings.Contains(xajeet, "evidence") || strings.Contains(xajeet, "document") {
		t.Errorf("organizations/xajeet.yaml holds evidence or a document:\n%s", xajeet)
	}
	if !strings.Contains(acme, "name: Visitor log\n") || !strings.Contains(acme, "email: dpo@acme.example\n") {
		t.Errorf("organizations/acme.yaml:\n%s", acme)
	}
	if _, ok := b.Files["organizations/jujotech.yaml"]; ok {
		t.Error("an organization file for jujotech, which has no fact entered for itself")
	}
	if errs := seed.Validate(ctx, nil, bundleFS(b), "x/"); len(errs) != 0 {
		t.Errorf("the export is not valid: %v", errs)
	}

	dst := storetest.Open(t, store.Config{})
	if _, err := seed.LoadFS(ctx, dst, withTaxonomy(t, bundleFS(b))); err != nil {
		t.Fatalf("loading the export: %v", err)
	}
	want, got := summary(t, src), summary(t, dst)
	if want != got {
		t.Errorf("record after the round trip differs:\n--- before\n%s\n--- reloaded\n%s", want, got)
	}
	if !strings.Contains(want, `activity "Payroll" role=controller purposes=[employment:contract] disclosures=[Payroll bureau]`) ||
		!strings.Contains(want, "org acme") {
		t.Fatalf("the summary lacks the hand-entered facts:\n%s", want)
	}
	b2, err := seed.Export(ctx, dst, "")
	if err != nil {
		t.Fatal(err)
	}
	for name, src := range b.Files {
		if !bytes.Equal(src, b2.Files[name]) {
			t.Errorf("%s differs after the round trip:\n%s\n---\n%s", name, src, b2.Files[name])
		}
	}
	if len(b2.Files) != len(b.Files) {
		t.Errorf("%d files after the round trip, want %d", len(b2.Files), len(b.Files))
	}
	// Applying the export to either catalog changes nothing.
	for _, c := range []*ent.Client{src, dst} {
		plan, err := seed.Apply(ctx, c, bundleFS(b), actor.CLI("test"), seed.ApplyOptions{PlanOnly: true})
		if err != nil || len(plan.Changes) != 0 {
			t.Errorf("apply of the export to its catalog: %v, %+v", err, plan)
		}
	}
}

const orgChangeDir = "testdata/apply-org"

// TestApplyOrganizationFilePlan: testdata/apply-org/organizations/xajeet.yaml
// is the export of the hand-entered facts of xajeet (handEntered) with three
// edits: the organization-wide transfer to India under scc instead of
// scc_2021, an activity "Staff training" added, the right rectification
// removed. The plan is exactly those three changes and writes nothing;
// applying makes them as the command-line user, and the notice files'
// facts, absent from the directory, are left alone.
func TestApplyOrganizationFilePlan(t *testing.T) {
	ctx := context.Background()
	c := seeded(t)
	handEntered(t, c)
	before := exportAll(t, c)
	dir := os.DirFS(orgChangeDir)
	file := orgChangeDir + "/organizations/xajeet.yaml"
	path := filepath.Join(orgChangeDir, "organizations", "xajeet.yaml")
	want := []seed.Change{
		{Op: "add", Kind: "activity", Organization: "xajeet", File: file, Line: lineOf(t, path, "- name: Staff training"),
			Name: "activity Staff training"},
		{Op: "change", Kind: "transfer", Organization: "xajeet", File: file,
			Name: "transfer IN to Payroll bureau", Detail: "safeguard: scc_2021 -> scc"},
		{Op: "remove", Kind: "right", Organization: "xajeet", File: file, Name: "right rectification"},
	}
	// The transfer's line is that of its item, the first "- scope:" after
	// the organization-wide transfers key.
	src, _ := os.ReadFile(path)
	lines := strings.Split(string(src), "\n")
	for i, l := range lines {
		if l == "transfers:" {
			want[1].Line = i + 2
		}
	}
	plan, err := seed.Apply(ctx, c, dir, actor.CLI("test"), seed.ApplyOptions{Prefix: orgChangeDir + "/", PlanOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(plan.Changes) != len(want) {
		t.Fatalf("plan: %d changes, want %d:\n%+v", len(plan.Changes), len(want), plan.Changes)
	}
	for i := range want {
		if plan.Changes[i] != want[i] {
			t.Errorf("plan change %d:\n got %+v\nwant %+v", i, plan.Changes[i], want[i])
		}
	}
	if after := exportAll(t, c); after != before {
		t.Fatal("the plan changed the catalog")
	}

	if _, err := seed.Apply(ctx, c, dir, actor.CLI("test"), seed.ApplyOptions{Prefix: orgChangeDir + "/"}); err != nil {
		t.Fatal(err)
	}
	xajeet := organization.Key("xajeet")
	act := c.ProcessingActivity.Query().Where(processingactivity.Name("Staff training"), processingactivity.HasOrganizationWith(xajeet)).OnlyX(ctx)
	if act.NoticeID != 0 || act.Origin != "cli:test" {
		t.Errorf("added activity: notice %v origin %q, want none, cli:test", act.NoticeID, act.Origin)
	}
	tr := c.Transfer.Query().Where(transfer.Country("IN"), transfer.HasOrganizationWith(xajeet), transfer.NoticeIDIsNil()).WithSafeguard().OnlyX(ctx)
	if tr.Edges.Safeguard == nil || tr.Edges.Safeguard.Key != "scc" || tr.ActivityID != 0 {
		t.Errorf("organization-wide transfer to IN after apply: %+v", tr)
	}
	if n := c.DataSubjectRight.Query().Where(datasubjectright.HasOrganizationWith(xajeet), datasubjectright.NoticeIDIsNil()).CountX(ctx); n != 0 {
		t.Errorf("%d rights entered for xajeet after apply, want 0", n)
	}
	for _, typ := range []string{"ProcessingActivity", "ActivityPurpose", "Transfer", "DataSubjectRight"} {
		if n := c.Change.Query().Where(change.Actor("cli:test"), change.EntityType(typ)).CountX(ctx); n == 0 {
			t.Errorf("no history of the %s changes by cli:test", typ)
		}
	}
	again, err := seed.Apply(ctx, c, dir, actor.CLI("test"), seed.ApplyOptions{PlanOnly: true})
	if err != nil || len(again.Changes) != 0 {
		t.Errorf("plan after apply: %v %+v, want none", err, again)
	}
	// The notices' facts are as they were: the export's notice files are.
	b1, b2 := exportFiles(t, seededWith(t)), exportFiles(t, c)
	for name, src := range b1 {
		if strings.HasPrefix(name, "notices/") && src != b2[name] {
			t.Errorf("%s changed by applying the organization file", name)
		}
	}
}

// seededWith is the seed with the hand-entered facts.
func seededWith(t *testing.T) *ent.Client {
	c := seeded(t)
	handEntered(t, c)
	return c
}

func exportFiles(t *testing.T, c *ent.Client) map[string]string {
	t.Helper()
	b, err := seed.Export(context.Background(), c, "")
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for n, src := range b.Files {
		out[n] = string(src)
	}
	return out
}

// TestApplyOrganizationFileAbsentLeavesFactsAlone: a directory without
// organizations/xajeet.yaml leaves the facts entered for xajeet as they
// are; one with an empty list of activities removes them.
func TestApplyOrganizationFileAbsentLeavesFactsAlone(t *testing.T) {
	ctx := context.Background()
	c := seededWith(t)
	b, err := seed.Export(ctx, c, "xajeet")
	if err != nil {
		t.Fatal(err)
	}
	m := bundleFS(b)
	delete(m, "organizations/xajeet.yaml")
	plan, err := seed.Apply(ctx, c, m, actor.CLI("test"), seed.ApplyOptions{})
	if err != nil || len(plan.Changes) != 0 {
		t.Fatalf("apply without the organization file: %v %+v", err, plan)
	}
	m["organizations/xajeet.yaml"] = &fstest.MapFile{Data: []byte("organization:\n  key: xajeet\n  name: Xajeet, Inc.\n")}
	plan, err = seed.Apply(ctx, c, m, actor.CLI("test"), seed.ApplyOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var removed []string
	for _, ch := range plan.Changes {
		if ch.Op != "remove" {
			t.Errorf("change %+v, want only removals", ch)
		}
		removed = append(removed, ch.Kind)
	}
	if got := strings.Join(removed, ","); got != "activity,transfer,retention,security,right,statement,recipient,system" {
		t.Errorf("removed %s", got)
	}
	if _, ok := exportFiles(t, c)["organizations/xajeet.yaml"]; ok {
		t.Error("xajeet still has facts entered for itself")
	}
}

// orgCopy copies testdata/apply-org to a temporary directory with old
// replaced by new in its organization file, and returns the directory and
// the line of the first line of the result holding mark.
func orgCopy(t *testing.T, old, new, mark string) (string, int) {
	t.Helper()
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "organizations"), 0o755); err != nil {
		t.Fatal(err)
	}
	src, err := os.ReadFile(filepath.Join(orgChangeDir, "organizations", "xajeet.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(src), old) {
		t.Fatalf("%q is not in the prepared organization file", old)
	}
	path := filepath.Join(dir, "organizations", "xajeet.yaml")
	if err := os.WriteFile(path, []byte(strings.Replace(string(src), old, new, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir, lineOf(t, path, mark)
}

// TestValidateOrganizationFile: the prepared organization file is valid;
// each broken copy gives one error naming the file, the line and the field,
// from validate without a catalog, and apply refuses it with the same
// error, changing nothing.
func TestValidateOrganizationFile(t *testing.T) {
	ctx := context.Background()
	if errs := seed.Validate(ctx, nil, os.DirFS(orgChangeDir), "d/"); len(errs) != 0 {
		t.Fatalf("the prepared organization file: %v", errs)
	}
	c := seededWith(t)
	before := exportAll(t, c)
	for _, tc := range []struct {
		name, old, new, mark, want string
		before                     int // the error's line is this many before mark's
	}{
		{"unknown key", "    businessFunction: HR\n    subjects: [employee]\n", "    businessFunction: HR\n    colour: blue\n    subjects: [employee]\n", "colour: blue",
			`unknown key "colour"`, 0},
		{"unknown taxonomy key", "    safeguard: scc\n", "    safeguard: scc_2099\n", "scc_2099",
			`transfer.safeguard: unknown transfer safeguard "scc_2099"`, 0},
		{"duplicate activity", "  - name: Staff training\n", "  - name: Payroll\n", "description: Training records",
			`activity "Payroll" is listed twice (first on line `, 1},
		{"recipient of a notice", "  - name: Payroll bureau\n", "  - name: Google Analytics\n", "  - name: Google Analytics",
			`recipient "Google Analytics" is listed by d/notices/xajeet.yaml too`, 0},
		{"unknown recipient", "    recipient: Payroll bureau\n    safeguard: scc\n", "    recipient: Payroll agency\n    safeguard: scc\n", "Payroll agency",
			`transfer.recipient: unknown recipient "Payroll agency"`, 0},
		{"evidence", "    text: We do not sell staff data\n", "    text: We do not sell staff data\n    evidence: [{start: 0, end: 1, quote: \"x\"}]\n", "evidence:",
			`evidence: the facts of an organization file rest on no sentence`, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir, line := orgCopy(t, tc.old, tc.new, tc.mark)
			line -= tc.before
			if strings.Contains(tc.want, "notices/xajeet.yaml") {
				copyNotice(t, dir)
			}
			want := fmt.Sprintf("d/organizations/xajeet.yaml:%d: %s", line, tc.want)
			errs := seed.Validate(ctx, nil, os.DirFS(dir), "d/")
			if len(errs) != 1 || !strings.HasPrefix(errs[0].Error(), want) {
				t.Errorf("validate: %v\nwant one error starting %q", errs, want)
			}
			_, err := seed.Apply(ctx, c, os.DirFS(dir), actor.CLI("test"), seed.ApplyOptions{Prefix: "d/"})
			if err == nil || !strings.HasPrefix(err.Error(), want) {
				t.Errorf("apply: %v\nwant an error starting %q", err, want)
			}
			if after := exportAll(t, c); after != before {
				t.Error("a refused apply changed the catalog")
			}
		})
	}
}

// copyNotice puts the prepared change's notice file of xajeet, and its
// text, in dir.
func copyNotice(t *testing.T, dir string) {
	t.Helper()
	for _, p := range []string{"notices/xajeet.yaml", "policies/003_992bd7bacc6410b7.txt"} {
		b, err := os.ReadFile(filepath.Join(changeDir, p))
		if err != nil {
			t.Fatal(err)
		}
		os.MkdirAll(filepath.Join(dir, filepath.Dir(p)), 0o755)
		if err := os.WriteFile(filepath.Join(dir, p), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
