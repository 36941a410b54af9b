package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ropacatalog/ropa/ent/datasubjectright"
	"github.com/ropacatalog/ropa/ent/recipient"
	"github.com/ropacatalog/ropa/ent/securitypractice"
	"github.com/ropacatalog/ropa/graph"
	"github.com/ropacatalog/ropa/internal/draft"
	"github.com/ropacatalog/ropa/internal/extract"
	"github.com/ropacatalog/ropa/internal/review"
	"github.com/ropacatalog/ropa/internal/store"
	"github.com/ropacatalog/ropa/internal/store/storetest"
	"github.com/ropacatalog/ropa/seed"
)

const ubpartner = "../../seed/policies/004_a5795afe81cfc69a.txt"

// TestExtractCommand: ropa extract prints the contract's JSON for one file
// and an array for several; every quote is the file's bytes at its offsets.
func TestExtractCommand(t *testing.T) {
	ctx := context.Background()
	out, err := run(t, ctx, "extract", ubpartner)
	if err != nil {
		t.Fatalf("ropa extract: %v\n%s", err, out)
	}
	src, _ := os.ReadFile(ubpartner)
	var res extract.Result
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("output is not one result: %v", err)
	}
	if res.Source.Bytes != len(src) || len(res.Source.SHA256) != 64 {
		t.Errorf("source block %+v", res.Source)
	}
	rights := map[string]bool{}
	for _, f := range res.Facts {
		for _, e := range f.Evidence {
			if string(src[e.Start:e.End]) != e.Quote {
				t.Fatalf("%s: quote %q is not the file's bytes", f.Kind, e.Quote)
			}
		}
		if f.Kind == extract.KindRight {
			rights[f.Val()] = true
		}
	}
	// The notice: "You can ask us to delete your data", "... restrict the
	// processing of your data", "the right to lodge a complaint".
	for _, r := range []string{"erasure", "restriction", "complaint"} {
		if !rights[r] {
			t.Errorf("right %s not found; the notice states it", r)
		}
	}
	out, err = run(t, ctx, "extract", "--format", "json", ubpartner, "../../seed/policies/003_992bd7bacc6410b7.txt")
	if err != nil {
		t.Fatal(err)
	}
	var many []extract.Result
	if err := json.Unmarshal([]byte(out), &many); err != nil || len(many) != 2 {
		t.Fatalf("two files: want a JSON array of 2, got err %v", err)
	}
	out, err = run(t, ctx, "extract", "--format", "yaml", ubpartner)
	if err != nil || !strings.Contains(out, "facts:") {
		t.Errorf("--format yaml: %v", err)
	}
	if _, err := run(t, ctx, "extract", "--format", "xml", ubpartner); err == nil || !strings.Contains(err.Error(), "--format") {
		t.Errorf("--format xml: err = %v", err)
	}
	empty := filepath.Join(t.TempDir(), "empty.txt")
	os.WriteFile(empty, nil, 0o644)
	if _, err := run(t, ctx, "extract", empty); err == nil || !strings.Contains(err.Error(), "empty.txt") {
		t.Errorf("empty file: err = %v, want one naming the file", err)
	}
}

// TestImportCommand: import writes unreviewed facts once; a second import
// of the same bytes changes nothing; a changed file replaces unreviewed
// facts but keeps reviewed ones.
func TestImportCommand(t *testing.T) {
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "catalog.db")
	if out, err := run(t, ctx, "seed", "--db", db); err != nil {
		t.Fatalf("seed: %v\n%s", err, out)
	}
	dir := t.TempDir()
	notice := filepath.Join(dir, "acme.md")
	text := "# Acme Privacy Notice\n\nLast updated: 2 March 2025\n\n## Personal data we collect\n\n- Your full name and email address\n- Your IP address\n\n## Your rights\n\nYou have the right to access and to delete your personal data.\n\n## Security\n\nWe encrypt data in transit using TLS.\n"
	os.WriteFile(notice, []byte(text), 0o644)
	out, err := run(t, ctx, "import", notice, "--org", "Acme Ltd", "--db", db, "--format", "json")
	if err != nil {
		t.Fatalf("import: %v\n%s", err, out)
	}
	var rep draft.Report
	json.Unmarshal([]byte(out), &rep)
	if rep.Created == 0 || rep.Origin != "import:acme.md" {
		t.Fatalf("first import: %+v", rep)
	}
	client, err := store.Open(ctx, db, store.Config{})
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	count := func() int {
		n, _ := client.DataSubjectRight.Query().Where(datasubjectright.Origin("import:acme.md")).Count(ctx)
		return n
	}
	rights := count()
	if rights != 2 { // access, erasure
		t.Errorf("rights after import = %d, want 2 (access, erasure)", rights)
	}
	if n, _ := client.DataSubjectRight.Query().Where(datasubjectright.Origin("import:acme.md"), datasubjectright.ReviewStatusEQ(review.Unreviewed)).Count(ctx); n != rights {
		t.Errorf("imported rights not all UNREVIEWED")
	}
	out, err = run(t, ctx, "import", notice, "--org", "Acme Ltd", "--db", db)
	if err != nil || !strings.Contains(out, "unchanged") {
		t.Errorf("second import: %v %s", err, out)
	}
	if count() != rights {
		t.Errorf("second import duplicated facts: %d rights, want %d", count(), rights)
	}
	// A reviewer confirms the encryption practice; then the notice changes.
	sp, err := client.SecurityPractice.Query().Where(securitypractice.Origin("import:acme.md")).First(ctx)
	if err != nil {
		t.Fatal(err)
	}
	client.SecurityPractice.UpdateOne(sp).SetReviewStatus(review.Reviewed).ExecX(ctx)
	os.WriteFile(notice, []byte(strings.Replace(text, "access and to delete", "access, to correct and to delete", 1)), 0o644)
	if out, err := run(t, ctx, "import", notice, "--org", "Acme Ltd", "--db", db); err != nil {
		t.Fatalf("changed import: %v %s", err, out)
	}
	if got := count(); got != 3 {
		t.Errorf("after the change: %d rights, want 3 (access, rectification, erasure; the old unreviewed ones replaced)", got)
	}
	if _, err := client.SecurityPractice.Get(ctx, sp.ID); err != nil {
		t.Errorf("the reviewed security practice was removed by re-import: %v", err)
	}
	// Errors name the file and change nothing.
	if _, err := run(t, ctx, "import", filepath.Join(dir, "missing.txt"), "--org", "Acme Ltd", "--db", db); err == nil || !strings.Contains(err.Error(), "missing.txt") {
		t.Errorf("missing file: err = %v", err)
	}
	if _, err := run(t, ctx, "import", notice, "--db", db); err == nil || !strings.Contains(err.Error(), "--org") {
		t.Errorf("no --org: err = %v", err)
	}
}

// TestReviewImportedFacts: a reviewer confirms one imported fact and
// rejects another through HTTP and GraphQL.
func TestReviewImportedFacts(t *testing.T) {
	ctx := context.Background()
	client := storetest.Open(t, store.Config{})
	if _, err := seed.Load(ctx, client); err != nil {
		t.Fatal(err)
	}
	src, _ := os.ReadFile(ubpartner)
	if _, err := draft.Import(ctx, client, "ubpartner.txt", src, "UBPartner Draft"); err != nil {
		t.Fatal(err)
	}
	rs := client.DataSubjectRight.Query().Where(datasubjectright.Origin("import:ubpartner.txt")).AllX(ctx)
	if len(rs) < 2 {
		t.Fatalf("imported %d rights, want at least 2", len(rs))
	}
	srv := httptest.NewServer(graph.NewHandler(client))
	defer srv.Close()
	post := func(q string) map[string]any {
		body, _ := json.Marshal(map[string]string{"query": q})
		resp, err := http.Post(srv.URL, "application/json", bytes.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var out map[string]any
		json.NewDecoder(resp.Body).Decode(&out)
		if out["errors"] != nil {
			t.Fatalf("GraphQL errors: %v", out["errors"])
		}
		return out
	}
	post(fmt.Sprintf(`mutation { updateDataSubjectRight(id: "%d", input: {reviewStatus: REVIEWED, reviewNote: "stated in What Are Your Rights?"}) { id reviewStatus } }`, rs[0].ID))
	post(fmt.Sprintf(`mutation { updateDataSubjectRight(id: "%d", input: {reviewStatus: REJECTED, reviewNote: "not offered"}) { id reviewStatus } }`, rs[1].ID))
	if got := client.DataSubjectRight.GetX(ctx, rs[0].ID); got.ReviewStatus != review.Reviewed || got.ReviewNote == "" {
		t.Errorf("confirmed right: status %s note %q", got.ReviewStatus, got.ReviewNote)
	}
	if got := client.DataSubjectRight.GetX(review.WithRejected(ctx), rs[1].ID); got.ReviewStatus != review.Rejected {
		t.Errorf("rejected right: status %s", got.ReviewStatus)
	}
	// Re-importing a changed version keeps the reviewed and rejected facts.
	if _, err := draft.Import(ctx, client, "ubpartner.txt", append(src, []byte("\nYou may also object to processing.\n")...), "UBPartner Draft"); err != nil {
		t.Fatal(err)
	}
	for _, id := range []int{rs[0].ID, rs[1].ID} {
		if _, err := client.DataSubjectRight.Get(review.WithRejected(ctx), id); err != nil {
			t.Errorf("reviewed right %d lost on re-import: %v", id, err)
		}
	}
}

// TestImportMinConfidenceCommand: ropa import --min-confidence leaves out
// the facts under the threshold, writes the others, and prints how many it
// left out of each kind; a threshold outside [0, 1] is refused naming the
// flag.
func TestImportMinConfidenceCommand(t *testing.T) {
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "catalog.db")
	if out, err := run(t, ctx, "seed", "--db", db); err != nil {
		t.Fatalf("seed: %v\n%s", err, out)
	}
	// A real sub-processor page: eleven recipients read from its table
	// and "service providers" by category, under the threshold.
	notice := "../../internal/extract/testdata/real/dev/basecamp-subprocessors.md"
	src, err := os.ReadFile(notice)
	if err != nil {
		t.Fatal(err)
	}
	res, err := extract.Extract(notice, src)
	if err != nil {
		t.Fatal(err)
	}
	const threshold = 0.7
	under := map[string]int{}
	kept := map[string]bool{}
	total := 0
	for _, f := range res.Facts {
		if f.Confidence < threshold {
			under[f.Kind]++
			total++
		} else if f.Kind == extract.KindDiscloses {
			kept[f.Val()] = true
		}
	}
	// The premise, checked: some recipients on each side of the threshold.
	if under[extract.KindDiscloses] == 0 || !kept["Sentry"] || len(kept) < 5 {
		t.Fatalf("the premise does not hold: under %v, kept %v", under, kept)
	}
	low := "" // a recipient under the threshold
	for _, f := range res.Facts {
		if f.Kind == extract.KindDiscloses && f.Confidence < threshold && low == "" {
			low = f.Val()
		}
	}
	if low == "" {
		t.Fatalf("no recipient under %v", threshold)
	}
	out, err := run(t, ctx, "import", notice, "--org", "37signals", "--db", db, "--min-confidence", "0.7")
	if err != nil {
		t.Fatalf("import: %v\n%s", err, out)
	}
	var parts []string
	for _, k := range extract.Kinds {
		if under[k] > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", under[k], k))
		}
	}
	want := fmt.Sprintf("left out, confidence below 0.70: %d facts (%s)", total, strings.Join(parts, ", "))
	if !strings.Contains(out, want) {
		t.Errorf("output lacks %q:\n%s", want, out)
	}
	client, err := store.Open(ctx, db, store.Config{})
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	rs, err := client.Recipient.Query().Where(recipient.Origin("import:basecamp-subprocessors.md")).All(ctx)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]bool{}
	for _, r := range rs {
		got[r.Name] = true
	}
	if len(got) != len(kept) {
		t.Errorf("recipients written %v, want exactly those at or above %v: %v", got, threshold, kept)
	}
	for n := range kept {
		if !got[n] {
			t.Errorf("recipient %q (above the threshold) not written", n)
		}
	}
	if got[low] {
		t.Errorf("a recipient under the threshold was written: %v", got)
	}
	// Without the flag (default 0) every fact is written and no line
	// speaks of leaving any out.
	copyOf := filepath.Join(t.TempDir(), "copy.md")
	if err := os.WriteFile(copyOf, append(src, '\n'), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err = run(t, ctx, "import", copyOf, "--org", "Other Org", "--db", db)
	if err != nil || strings.Contains(out, "left out") {
		t.Errorf("import without --min-confidence: %v\n%s", err, out)
	}
	if n, err := client.Recipient.Query().Where(recipient.Origin("import:copy.md"), recipient.Name(low)).Count(ctx); err != nil || n != 1 {
		t.Errorf("without a threshold %q is written %d times (%v), want once", low, n, err)
	}
	// Bad thresholds are refused, naming the flag, before anything is read.
	for _, bad := range []string{"1.5", "-0.1", "NaN", "high"} {
		if _, err := run(t, ctx, "import", notice, "--org", "37signals", "--db", db, "--min-confidence", bad); err == nil || !strings.Contains(err.Error(), "min-confidence") {
			t.Errorf("--min-confidence %s: err = %v, want one naming the flag", bad, err)
		}
	}
	if _, err := run(t, ctx, "import", "--format", "fides", notice, "--db", db, "--min-confidence", "0.5"); err == nil || !strings.Contains(err.Error(), "--min-confidence") {
		t.Errorf("--min-confidence with --format fides: err = %v", err)
	}
	help, _ := run(t, ctx, "import", "--help")
	if !strings.Contains(help, "--min-confidence") {
		t.Errorf("import --help does not describe --min-confidence:\n%s", help)
	}
}
