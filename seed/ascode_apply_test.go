package seed_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/ropacatalog/ropa/ent"
	"github.com/ropacatalog/ropa/ent/activitypurpose"
	"github.com/ropacatalog/ropa/ent/change"
	"github.com/ropacatalog/ropa/ent/organization"
	"github.com/ropacatalog/ropa/ent/processingactivity"
	"github.com/ropacatalog/ropa/ent/purpose"
	"github.com/ropacatalog/ropa/ent/recipient"
	"github.com/ropacatalog/ropa/internal/actor"
	"github.com/ropacatalog/ropa/internal/catalog"
	"github.com/ropacatalog/ropa/internal/review"
	"github.com/ropacatalog/ropa/internal/store"
	"github.com/ropacatalog/ropa/internal/store/storetest"
	"github.com/ropacatalog/ropa/seed"
)

const (
	changeDir     = "testdata/apply-change"
	inquiries     = "Answering inquiries, sign-ups and trial requests"
	mergers       = "Mergers, sales and other asset transfers"
	emailDelivery = "Email delivery provider"
)

// exportAll returns the catalog in the seed format, one string.
func exportAll(t *testing.T, c *ent.Client) string {
	t.Helper()
	b, err := seed.Export(context.Background(), c, "")
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for n := range b.Files {
		names = append(names, n)
	}
	var sb strings.Builder
	for _, n := range sortStrings(names) {
		sb.WriteString(n + "\n" + string(b.Files[n]))
	}
	return sb.String()
}

func sortStrings(s []string) []string {
	for i := range s {
		for j := i + 1; j < len(s); j++ {
			if s[j] < s[i] {
				s[i], s[j] = s[j], s[i]
			}
		}
	}
	return s
}

// TestApplySeedIsNoChange: the seed's own files hold what the seeded
// catalog holds, so applying them changes nothing.
func TestApplySeedIsNoChange(t *testing.T) {
	c := seeded(t)
	plan, err := seed.Apply(context.Background(), c, seed.Files, actor.CLI("test"), seed.ApplyOptions{Prefix: "seed/"})
	if err != nil {
		t.Fatal(err)
	}
	if len(plan.Changes) != 0 {
		t.Errorf("applying the seed to the seeded catalog: %d changes, want none: %+v", len(plan.Changes), plan.Changes)
	}
}

// TestApplyPlanThenApply: a prepared change (one purpose's basis stated, a
// recipient added, an activity removed) is planned exactly, the plan
// writes nothing, and applying writes exactly it, through ent's history.
func TestApplyPlanThenApply(t *testing.T) {
	ctx := context.Background()
	c := seeded(t)
	before := exportAll(t, c)
	dir := os.DirFS(changeDir)
	plan, err := seed.Apply(ctx, c, dir, actor.CLI("test"), seed.ApplyOptions{Prefix: changeDir + "/", PlanOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	file := changeDir + "/notices/xajeet.yaml"
	want := []seed.Change{
		{Op: "add", Kind: "recipient", Organization: "xajeet", File: file, Line: 235, Name: "recipient " + emailDelivery},
		{Op: "remove", Kind: "activity", Organization: "xajeet", File: file, Name: "activity " + mergers},
		{Op: "change", Kind: "purpose", Organization: "xajeet", File: file, Line: 444,
			Name: "activity " + inquiries + ", purpose marketing.sales", Detail: "basis: (none) -> consent"},
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

	applied, err := seed.Apply(ctx, c, dir, actor.CLI("test"), seed.ApplyOptions{Prefix: changeDir + "/"})
	if err != nil {
		t.Fatal(err)
	}
	if len(applied.Changes) != len(want) {
		t.Fatalf("apply: %+v, want the plan", applied.Changes)
	}
	xajeet := organization.Key("xajeet")
	if n := c.ProcessingActivity.Query().Where(processingactivity.Name(mergers), processingactivity.HasOrganizationWith(xajeet)).CountX(ctx); n != 0 {
		t.Errorf("activity %q still in the catalog", mergers)
	}
	rec := c.Recipient.Query().Where(recipient.Name(emailDelivery), recipient.HasOrganizationWith(xajeet)).OnlyX(ctx)
	if rec.Kind != recipient.KindProcessor || rec.Origin != "cli:test" {
		t.Errorf("added recipient: kind %s origin %q, want processor, cli:test", rec.Kind, rec.Origin)
	}
	ap := c.ActivityPurpose.Query().Where(
		activitypurpose.HasActivityWith(processingactivity.Name(inquiries)),
		activitypurpose.HasPurposeWith(purpose.Key("marketing.sales"))).WithLegalBasis().OnlyX(ctx)
	if ap.Edges.LegalBasis == nil || ap.Edges.LegalBasis.Key != "consent" {
		t.Errorf("purpose marketing.sales of %q: basis %v, want consent", inquiries, ap.Edges.LegalBasis)
	}
	// Every write is in the history, as the command-line user.
	for _, typ := range []string{"Recipient", "ProcessingActivity", "ActivityPurpose"} {
		if n := c.Change.Query().Where(change.Actor("cli:test"), change.EntityType(typ)).CountX(ctx); n == 0 {
			t.Errorf("no history of the %s changes by cli:test", typ)
		}
	}
	// Applied, the files and the catalog agree.
	again, err := seed.Apply(ctx, c, dir, actor.CLI("test"), seed.ApplyOptions{PlanOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(again.Changes) != 0 {
		t.Errorf("plan after apply: %+v, want none", again.Changes)
	}
	// Other organizations are untouched.
	if got := exportAllOrg(t, c, "jujotech"); got != exportAllOrg(t, seeded(t), "jujotech") {
		t.Error("apply of xajeet's file changed jujotech")
	}
}

func exportAllOrg(t *testing.T, c *ent.Client, org string) string {
	t.Helper()
	b, err := seed.Export(context.Background(), c, org)
	if err != nil {
		t.Fatal(err)
	}
	var sb strings.Builder
	var names []string
	for n := range b.Files {
		names = append(names, n)
	}
	for _, n := range sortStrings(names) {
		sb.WriteString(n + "\n" + string(b.Files[n]))
	}
	return sb.String()
}

// badCopy copies the prepared change to a temporary directory with old
// replaced by new in its notice file.
func badCopy(t *testing.T, old, new string) string {
	t.Helper()
	dir := t.TempDir()
	for _, sub := range []string{"notices", "policies"} {
		if err := os.MkdirAll(filepath.Join(dir, sub), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	src, err := os.ReadFile(filepath.Join(changeDir, "notices", "xajeet.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(src), old) {
		t.Fatalf("%q is not in the prepared change", old)
	}
	s := strings.Replace(string(src), old, new, 1)
	if err := os.WriteFile(filepath.Join(dir, "notices", "xajeet.yaml"), []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
	text, err := os.ReadFile(filepath.Join(changeDir, "policies", "003_992bd7bacc6410b7.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "policies", "003_992bd7bacc6410b7.txt"), text, 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestApplyBadInputChangesNothing: an unknown key late in the file fails
// the whole apply, naming file, line and field, after the earlier changes
// were made in the transaction, and the catalog is as it was.
func TestApplyBadInputChangesNothing(t *testing.T) {
	ctx := context.Background()
	c := seeded(t)
	before := exportAll(t, c)
	dir := badCopy(t, "  - measure: ", "  - measure: no.such.measure\n    description: x\n  - measure: ")
	_, err := seed.Apply(ctx, c, os.DirFS(dir), actor.CLI("test"), seed.ApplyOptions{Prefix: "bad/"})
	if err == nil {
		t.Fatal("apply of an unknown security measure succeeded")
	}
	if !strings.Contains(err.Error(), "bad/notices/xajeet.yaml:") || !strings.Contains(err.Error(), `unknown security measure "no.such.measure"`) {
		t.Errorf("error %q does not name the file, line and field", err)
	}
	if after := exportAll(t, c); after != before {
		t.Error("a failed apply changed the catalog")
	}
}

// TestExportApplyLeaveRejectedOut: a rejected recipient is not exported,
// nor the disclosures to it; the export is valid on its own, and applying
// it to its catalog changes nothing (the rejected fact stays, rejected).
func TestExportApplyLeaveRejectedOut(t *testing.T) {
	ctx := context.Background()
	c := seeded(t)
	err := catalog.Write(ctx, c, actor.CLI("reviewer"), func(ctx context.Context, tx *ent.Tx) error {
		// One row by ID, as every write (hooks see row IDs).
		r, err := tx.Recipient.Query().Where(recipient.Name("Google Analytics"), recipient.HasOrganizationWith(organization.Key("xajeet"))).Only(ctx)
		if err != nil {
			return err
		}
		return tx.Recipient.UpdateOne(r).SetReviewStatus(review.Rejected).Exec(ctx)
	})
	if err != nil {
		t.Fatal(err)
	}
	b, err := seed.Export(ctx, c, "xajeet")
	if err != nil {
		t.Fatal(err)
	}
	file := string(b.Files["notices/xajeet-003_992bd7bacc6410b7.yaml"])
	if file == "" || strings.Contains(file, "Google Analytics\n") || strings.Contains(file, "recipient: Google Analytics") {
		t.Errorf("the export names the rejected recipient:\n%.400s", file)
	}
	if errs := seed.Validate(ctx, nil, bundleFS(b), "x/"); len(errs) != 0 {
		t.Errorf("the export is not valid on its own: %v", errs)
	}
	plan, err := seed.Apply(ctx, c, bundleFS(b), actor.CLI("test"), seed.ApplyOptions{})
	if err != nil || len(plan.Changes) != 0 {
		t.Errorf("apply of the export: %v, %+v", err, plan)
	}
	if n := c.Recipient.Query().Where(recipient.Name("Google Analytics"), recipient.ReviewStatusEQ(review.Rejected)).
		CountX(review.WithRejected(ctx)); n != 1 {
		t.Errorf("%d rejected Google Analytics recipients after apply, want 1", n)
	}
}

// TestApplyNewNotice: a notice the catalog lacks is loaded whole, planned
// as one change, and the catalog then holds what the file states.
func TestApplyNewNotice(t *testing.T) {
	ctx := context.Background()
	b, err := seed.Export(ctx, seeded(t), "xajeet")
	if err != nil {
		t.Fatal(err)
	}
	c := storetest.Open(t, store.Config{})
	if _, err := seed.LoadFS(ctx, c, withTaxonomy(t, fstest.MapFS{})); err != nil {
		t.Fatal(err)
	}
	plan, err := seed.Apply(ctx, c, bundleFS(b), actor.CLI("test"), seed.ApplyOptions{Prefix: "x/", PlanOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	want := seed.Change{Op: "add", Kind: "notice", Organization: "xajeet", File: "x/notices/xajeet-003_992bd7bacc6410b7.yaml",
		Line: 2, Name: "Xajeet Privacy Policy", Detail: "the whole notice: 003_992bd7bacc6410b7.txt"}
	if len(plan.Changes) != 1 || plan.Changes[0] != want {
		t.Fatalf("plan %+v, want %+v", plan.Changes, want)
	}
	if n := c.Organization.Query().CountX(ctx); n != 0 {
		t.Fatalf("the plan wrote %d organizations", n)
	}
	if _, err := seed.Apply(ctx, c, bundleFS(b), actor.CLI("test"), seed.ApplyOptions{Prefix: "x/"}); err != nil {
		t.Fatal(err)
	}
	if got, want := exportAllOrg(t, c, "xajeet"), exportAllOrg(t, seeded(t), "xajeet"); got != want {
		t.Error("the catalog after applying the new notice differs from the seed's")
	}
}

// TestApplyOrganizationField: an organization field the file changes is
// planned and set.
func TestApplyOrganizationField(t *testing.T) {
	ctx := context.Background()
	c := seeded(t)
	dir := badCopy(t, "  website: https://www.xajeet.com/\n", "  website: https://xajeet.example/\n")
	plan, err := seed.Apply(ctx, c, os.DirFS(dir), actor.CLI("test"), seed.ApplyOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var orgChanges []seed.Change
	for _, ch := range plan.Changes {
		if ch.Kind == "organization" {
			orgChanges = append(orgChanges, ch)
		}
	}
	if len(orgChanges) != 1 || orgChanges[0].Detail != "website: https://www.xajeet.com/ -> https://xajeet.example/" ||
		orgChanges[0].Line != lineOf(t, filepath.Join(dir, "notices", "xajeet.yaml"), "  key: xajeet") {
		t.Errorf("organization changes %+v", orgChanges)
	}
	if got := c.Organization.Query().Where(organization.Key("xajeet")).OnlyX(ctx).Website; got != "https://xajeet.example/" {
		t.Errorf("website %q after apply", got)
	}
}

// TestApplyActivityChange: an activity's own fields change in place (same
// row), the plan naming what changed.
func TestApplyActivityChange(t *testing.T) {
	ctx := context.Background()
	c := seeded(t)
	act := func() *ent.ProcessingActivity {
		return c.ProcessingActivity.Query().Where(processingactivity.Name(inquiries)).WithDataCategories().OnlyX(ctx)
	}
	before := act()
	dir := badCopy(t, "    businessFunction: Sales\n    subjects: [visitor, prospect, customer, business_contact]\n    categories: [user.name, ",
		"    businessFunction: Sales and marketing\n    subjects: [visitor, prospect, customer, business_contact]\n    categories: [user.account, ")
	plan, err := seed.Apply(ctx, c, os.DirFS(dir), actor.CLI("test"), seed.ApplyOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, ch := range plan.Changes {
		if ch.Kind == "activity" && ch.Op == "change" {
			got = append(got, ch.Name+": "+ch.Detail)
		}
	}
	want := "activity " + inquiries + ": businessFunction: Sales -> Sales and marketing; categories: +user.account -user.name"
	if len(got) != 1 || got[0] != want {
		t.Errorf("activity changes %q, want %q", got, want)
	}
	after := act()
	if after.ID != before.ID || after.BusinessFunction != "Sales and marketing" || len(after.Edges.DataCategories) != len(before.Edges.DataCategories) {
		t.Errorf("activity after apply: ID %d (was %d), function %q, %d categories (was %d)",
			after.ID, before.ID, after.BusinessFunction, len(after.Edges.DataCategories), len(before.Edges.DataCategories))
	}
}

// TestApplyDefaultsStatedAreNoChange: a file stating what the format's
// defaults are (current: true, role: controller, end: unspecified) holds
// the same facts as one leaving them out.
func TestApplyDefaultsStatedAreNoChange(t *testing.T) {
	c := seeded(t)
	dir := badCopy(t, "  title: Xajeet Privacy Policy\n", "  title: Xajeet Privacy Policy\n  current: true\n")
	if _, err := seed.Apply(context.Background(), c, os.DirFS(changeDir), actor.CLI("test"), seed.ApplyOptions{}); err != nil {
		t.Fatal(err)
	}
	plan, err := seed.Apply(context.Background(), c, os.DirFS(dir), actor.CLI("test"), seed.ApplyOptions{PlanOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(plan.Changes) != 0 {
		t.Errorf("stating current: true: %+v, want no change", plan.Changes)
	}
}
