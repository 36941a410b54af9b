package draft

import (
	"context"
	"errors"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync/atomic"
	"testing"

	"entgo.io/ent/dialect"

	"github.com/ropacatalog/ropa/ent"
	"github.com/ropacatalog/ropa/ent/datasubjectright"
	"github.com/ropacatalog/ropa/ent/disclosure"
	"github.com/ropacatalog/ropa/ent/organization"
	"github.com/ropacatalog/ropa/ent/policydocument"
	"github.com/ropacatalog/ropa/ent/processingactivity"
	"github.com/ropacatalog/ropa/ent/recipient"
	"github.com/ropacatalog/ropa/ent/securitypractice"
	"github.com/ropacatalog/ropa/ent/statement"
	"github.com/ropacatalog/ropa/internal/extract"
	"github.com/ropacatalog/ropa/internal/review"
	"github.com/ropacatalog/ropa/internal/store"
	"github.com/ropacatalog/ropa/internal/store/storetest"
	"github.com/ropacatalog/ropa/seed"
)

// notice states two rights (access, erasure), one security measure
// (encryption in transit) and three data categories.
const notice = "# Acme Privacy Notice\n\nLast updated: 2 March 2025\n\n## Personal data we collect\n\n- Your full name and email address\n- Your IP address\n\n## Your rights\n\nYou have the right to access and to delete your personal data.\n\n## Security\n\nWe encrypt data in transit using TLS.\n"

// failing makes the n-th statement inside a transaction fail, once armed.
type failing struct {
	dialect.Driver
	armed atomic.Bool
	n     atomic.Int64
	at    int64
	fired atomic.Bool
}

func (f *failing) Tx(ctx context.Context) (dialect.Tx, error) {
	tx, err := f.Driver.Tx(ctx)
	if err != nil {
		return nil, err
	}
	return &failingTx{Tx: tx, f: f}, nil
}

type failingTx struct {
	dialect.Tx
	f *failing
}

var errInjected = errors.New("injected failure")

// Exec fails the first write at or after statement at (a write, so that
// no hook reading a row takes the failure for a missing row).
func (t *failingTx) Exec(ctx context.Context, q string, args, v any) error {
	if t.f.armed.Load() && t.f.n.Add(1) >= t.f.at && t.f.fired.CompareAndSwap(false, true) {
		return errInjected
	}
	return t.Tx.Exec(ctx, q, args, v)
}

func (t *failingTx) Query(ctx context.Context, q string, args, v any) error {
	if t.f.armed.Load() {
		t.f.n.Add(1)
	}
	return t.Tx.Query(ctx, q, args, v)
}

func seeded(t *testing.T, cfg store.Config) *ent.Client {
	t.Helper()
	client := storetest.Open(t, cfg)
	if _, err := seed.Load(context.Background(), client); err != nil {
		t.Fatalf("seed: %v", err)
	}
	return client
}

// counts is the number of rows of every fact table, to see that a failed
// import changed nothing.
func counts(t *testing.T, c *ent.Client) [8]int {
	ctx := context.Background()
	var out [8]int
	fs := []func(context.Context) (int, error){
		c.Organization.Query().Count, c.PolicyDocument.Query().Count, c.ProcessingActivity.Query().Count,
		c.ActivityPurpose.Query().Count, c.Recipient.Query().Count, c.DataSubjectRight.Query().Count,
		c.SecurityPractice.Query().Count, c.Evidence.Query().Count,
	}
	for i, f := range fs {
		n, err := f(ctx)
		if err != nil {
			t.Fatal(err)
		}
		out[i] = n
	}
	return out
}

func rights(t *testing.T, c *ent.Client, origin string) map[string]review.Status {
	ctx := context.Background()
	rs, err := c.DataSubjectRight.Query().Where(datasubjectright.Origin(origin)).WithRight().All(ctx)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]review.Status{}
	for _, r := range rs {
		out[r.Edges.Right.Key] = r.ReviewStatus
	}
	return out
}

// TestImport: facts land as UNREVIEWED with evidence whose quote is the
// notice's bytes; importing the same bytes again changes nothing.
func TestImport(t *testing.T) {
	ctx := context.Background()
	client := seeded(t, store.Config{})
	rep, err := Import(ctx, client, "/tmp/x/acme.md", []byte(notice), "Acme Ltd")
	if err != nil {
		t.Fatal(err)
	}
	if rep.Origin != "import:acme.md" || rep.Created == 0 || rep.Unchanged {
		t.Fatalf("report %+v", rep)
	}
	got := rights(t, client, rep.Origin)
	if len(got) != 2 || got["access"] != review.Unreviewed || got["erasure"] != review.Unreviewed {
		t.Errorf("rights %v, want access and erasure, UNREVIEWED (the notice states these two)", got)
	}
	sp, err := client.SecurityPractice.Query().Where(securitypractice.Origin(rep.Origin)).WithEvidence().All(ctx)
	if err != nil || len(sp) == 0 {
		t.Fatalf("security practices: %v, %d", err, len(sp))
	}
	for _, p := range sp {
		for _, e := range p.Edges.Evidence {
			if notice[e.Start:e.End] != e.Quote {
				t.Errorf("evidence [%d,%d) quote %q is not the notice's bytes", e.Start, e.End, e.Quote)
			}
		}
	}
	before := counts(t, client)
	rep2, err := Import(ctx, client, "acme.md", []byte(notice), "Acme Ltd")
	if err != nil {
		t.Fatal(err)
	}
	if !rep2.Unchanged || rep2.Created != 0 {
		t.Errorf("second import of the same bytes: %+v, want unchanged", rep2)
	}
	if after := counts(t, client); after != before {
		t.Errorf("second import changed the catalog: %v -> %v", before, after)
	}
}

// TestReimportChanged: a changed file replaces the unreviewed facts of its
// origin and keeps those a reviewer confirmed.
func TestReimportChanged(t *testing.T) {
	ctx := context.Background()
	client := seeded(t, store.Config{})
	rep, err := Import(ctx, client, "acme.md", []byte(notice), "Acme Ltd")
	if err != nil {
		t.Fatal(err)
	}
	sp, err := client.SecurityPractice.Query().Where(securitypractice.Origin(rep.Origin)).First(ctx)
	if err != nil {
		t.Fatal(err)
	}
	client.SecurityPractice.UpdateOne(sp).SetReviewStatus(review.Reviewed).ExecX(ctx)
	changed := strings.Replace(notice, "access and to delete", "access, to correct and to delete", 1)
	rep2, err := Import(ctx, client, "acme.md", []byte(changed), "Acme Ltd")
	if err != nil {
		t.Fatal(err)
	}
	if rep2.Unchanged || rep2.Replaced == 0 {
		t.Errorf("changed import: %+v, want replaced unreviewed facts", rep2)
	}
	got := rights(t, client, rep.Origin)
	if len(got) != 3 || got["rectification"] != review.Unreviewed {
		t.Errorf("rights after the change %v, want access, rectification, erasure once each", got)
	}
	if _, err := client.SecurityPractice.Get(ctx, sp.ID); err != nil {
		t.Errorf("the reviewed practice was removed: %v", err)
	}
}

// TestImportErrors: bad input and a failure inside the transaction leave
// the catalog unchanged, and the error names the file.
func TestImportErrors(t *testing.T) {
	ctx := context.Background()
	f := &failing{}
	client := seeded(t, store.Config{WrapDriver: func(d dialect.Driver) dialect.Driver { f.Driver = d; return f }})
	before := counts(t, client)
	for _, c := range []struct {
		name, src, org, want string
	}{
		{"empty.md", "", "Acme", "empty.md"},
		{"bad.txt", "caf\xe9", "Acme", "bad.txt"},
		{"acme.md", notice, " ", "--org"},
	} {
		_, err := Import(ctx, client, c.name, []byte(c.src), c.org)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: err = %v, want one naming %q", c.name, err, c.want)
		}
	}
	// A statement deep inside the import fails: everything rolls back.
	f.at = 25
	f.armed.Store(true)
	_, err := Import(ctx, client, "acme.md", []byte(notice), "Acme Ltd")
	f.armed.Store(false)
	if !errors.Is(err, errInjected) || !strings.Contains(err.Error(), "acme.md") {
		t.Fatalf("injected failure: err = %v", err)
	}
	if f.n.Load() < 25 {
		t.Fatalf("the import ran only %d statements in its transaction", f.n.Load())
	}
	if after := counts(t, client); after != before {
		t.Errorf("a failed import changed the catalog: %v -> %v", before, after)
	}
	// An empty catalog (no taxonomy) is refused with a hint.
	empty := storetest.Open(t, store.Config{})
	if _, err := Import(ctx, empty, "acme.md", []byte(notice), "Acme"); err == nil || !strings.Contains(err.Error(), "ropa seed") {
		t.Errorf("no taxonomy: err = %v", err)
	}
}

// TestImportEveryNotice: every notice the project holds (the five seed
// notices, the extractor's dev and held-out sets) imports into one catalog,
// each as a draft record with evidence whose quotes are the file's bytes.
func TestImportEveryNotice(t *testing.T) {
	ctx := context.Background()
	client := seeded(t, store.Config{})
	var files []string
	for _, pattern := range []string{"../../seed/policies/*.txt", "../extract/testdata/dev/*", "../extract/testdata/heldout/*"} {
		matches, err := filepath.Glob(pattern)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range matches {
			if !strings.HasSuffix(m, ".yaml") {
				files = append(files, m)
			}
		}
	}
	if len(files) < 16 {
		t.Fatalf("found %d notices, want the 5 seed, 6 dev and 5 held-out ones", len(files))
	}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		rep, err := Import(ctx, client, f, src, "Imported "+filepath.Base(f))
		if err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		if rep.Created < 10 {
			t.Errorf("%s: only %d facts created", f, rep.Created)
		}
		act, err := client.ProcessingActivity.Query().Where(processingactivity.Origin(rep.Origin)).
			WithEvidence(func(q *ent.EvidenceQuery) { q.WithDocument() }).Only(ctx)
		if err != nil {
			t.Errorf("%s: the draft activity: %v", f, err)
			continue
		}
		if act.ReviewStatus != review.Unreviewed || len(act.Edges.Evidence) == 0 {
			t.Errorf("%s: activity %q is %s with %d evidence spans", f, act.Name, act.ReviewStatus, len(act.Edges.Evidence))
		}
		for _, e := range act.Edges.Evidence {
			if string(src[e.Start:e.End]) != e.Quote || e.Edges.Document.Text != string(src) {
				t.Errorf("%s: evidence [%d,%d) %q is not the file's bytes", f, e.Start, e.End, e.Quote)
			}
		}
	}
}

// TestImportScopesAndBasesWithoutPurpose: every imported fact is scoped to
// the imported notice, and a basis the notice states without a purpose is
// kept as a statement (it used to be dropped).
func TestImportScopesAndBasesWithoutPurpose(t *testing.T) {
	ctx := context.Background()
	client := seeded(t, store.Config{})
	const src = "# Privacy notice of Acme\n\nWe collect your email address when you sign up.\n\n" +
		"Our legal bases are the performance of a contract and our legitimate interests.\n\n" +
		"We share your email address with Mailchimp, our email service provider.\n\n" +
		"You have the right to access your personal data.\n"
	rep, err := Import(ctx, client, "acme.md", []byte(src), "Acme Ltd")
	if err != nil {
		t.Fatal(err)
	}
	doc := client.PolicyDocument.Query().Where(policydocument.FileName("acme.md")).OnlyX(ctx)
	sts := client.Statement.Query().Where(statement.Origin(rep.Origin)).WithLegalBasis().WithEvidence().AllX(ctx)
	var keys []string
	for _, s := range sts {
		if s.Kind != statement.KindBasisWithoutPurpose || s.ReviewStatus != review.Unreviewed || s.NoticeID != doc.ID {
			t.Errorf("statement %+v: want an unreviewed basis_without_purpose of the notice", s)
		}
		keys = append(keys, s.Edges.LegalBasis.Key)
		if len(s.Edges.Evidence) == 0 || !strings.Contains(s.Edges.Evidence[0].Quote, "legal bases") {
			t.Errorf("statement %s: evidence %v, want the sentence stating the bases", s.Edges.LegalBasis.Key, s.Edges.Evidence)
		}
	}
	slices.Sort(keys)
	if !slices.Equal(keys, []string{"contract", "legitimate_interests"}) {
		t.Errorf("bases without purpose %v, want contract and legitimate_interests (the notice names no purpose for them)", keys)
	}
	for _, n := range []struct {
		what string
		ids  []int
	}{
		{"activities", client.ProcessingActivity.Query().Where(processingactivity.Origin(rep.Origin)).Select(processingactivity.FieldNoticeID).IntsX(ctx)},
		{"rights", client.DataSubjectRight.Query().Where(datasubjectright.Origin(rep.Origin)).Select(datasubjectright.FieldNoticeID).IntsX(ctx)},
	} {
		if len(n.ids) == 0 {
			t.Errorf("no %s imported", n.what)
		}
		for _, id := range n.ids {
			if id != doc.ID {
				t.Errorf("%s: notice %d, want the imported notice %d", n.what, id, doc.ID)
			}
		}
	}
}

// TestImportNamesAKnownRecipient: a notice naming a recipient the
// organization has already (here Google Analytics, which the seeded Xajeet
// record names) discloses to it instead of failing on the recipient's
// unique name.
func TestImportNamesAKnownRecipient(t *testing.T) {
	ctx := context.Background()
	client := seeded(t, store.Config{})
	const text = "# Xajeet Cookie Notice\n\nWe share your IP address with Google Analytics, our web analytics provider, to measure traffic.\n"
	rep, err := Import(ctx, client, "cookies.md", []byte(text), "xajeet")
	if err != nil {
		t.Fatal(err)
	}
	rs, err := client.Recipient.Query().Where(recipient.Name("Google Analytics"), recipient.HasOrganizationWith(organization.Key("xajeet"))).All(ctx)
	if err != nil || len(rs) != 1 {
		t.Fatalf("Google Analytics recipients of xajeet: %d, %v; want the seeded one", len(rs), err)
	}
	n, err := client.Disclosure.Query().Where(disclosure.RecipientID(rs[0].ID), disclosure.Origin(rep.Origin)).Count(ctx)
	if err != nil || n != 1 {
		t.Errorf("disclosures of the import to the seeded Google Analytics: %d, %v; want 1", n, err)
	}
}

// TestImportMinConfidence: with a threshold, facts whose confidence is
// below it are not written and are counted per kind; those at or above it
// are written as usual. The notice's three data categories (calibrated
// 0.76) and two security measures (rule score 0.75) fall under 0.8; its two
// rights (0.99) do not.
func TestImportMinConfidence(t *testing.T) {
	ctx := context.Background()
	client := seeded(t, store.Config{})
	res, err := extract.Extract("acme.md", []byte(notice))
	if err != nil {
		t.Fatal(err)
	}
	conf := map[string][]float64{}
	for _, f := range res.Facts {
		conf[f.Kind] = append(conf[f.Kind], f.Confidence)
	}
	// The premise of the figures below, checked rather than assumed.
	for kind, want := range map[string]int{extract.KindCollects: 3, extract.KindSecurity: 2, extract.KindRight: 2} {
		if len(conf[kind]) != want {
			t.Fatalf("the notice gives %d %s facts (%v), want %d", len(conf[kind]), kind, conf[kind], want)
		}
	}
	for _, c := range append(conf[extract.KindCollects], conf[extract.KindSecurity]...) {
		if c >= 0.8 {
			t.Fatalf("a category or security fact has confidence %v, the test needs them under 0.8", c)
		}
	}
	for _, c := range conf[extract.KindRight] {
		if c < 0.8 {
			t.Fatalf("a right has confidence %v, the test needs them at 0.8 or more", c)
		}
	}
	if len(res.Facts) != 7 {
		t.Fatalf("the notice gives %d facts, want 7 (3 categories, 2 security measures, 2 rights)", len(res.Facts))
	}

	rep, err := ImportWith(ctx, client, "acme.md", []byte(notice), "Acme Ltd", Options{MinConfidence: 0.8})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]int{extract.KindCollects: 3, extract.KindSecurity: 2}
	if len(rep.LeftOut) != len(want) || rep.LeftOut[extract.KindCollects] != 3 || rep.LeftOut[extract.KindSecurity] != 2 {
		t.Errorf("left out %v, want %v", rep.LeftOut, want)
	}
	if got := rights(t, client, rep.Origin); len(got) != 2 || got["access"] == "" || got["erasure"] == "" {
		t.Errorf("rights %v, want access and erasure (above the threshold)", got)
	}
	if n := client.SecurityPractice.Query().Where(securitypractice.Origin(rep.Origin)).CountX(ctx); n != 0 {
		t.Errorf("%d security practices written, want none (all under the threshold)", n)
	}
	act := client.ProcessingActivity.Query().Where(processingactivity.Origin(rep.Origin)).WithDataCategories().OnlyX(ctx)
	if len(act.Edges.DataCategories) != 0 {
		t.Errorf("the activity has %d data categories, want none (all under the threshold)", len(act.Edges.DataCategories))
	}
	// Without a threshold the same notice, for another organization, keeps
	// everything.
	all, err := ImportWith(ctx, client, "acme2.md", []byte(notice+"\n"), "Beta Ltd", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(all.LeftOut) != 0 {
		t.Errorf("no threshold, yet left out %v", all.LeftOut)
	}
	act2 := client.ProcessingActivity.Query().Where(processingactivity.Origin(all.Origin)).WithDataCategories().OnlyX(ctx)
	if len(act2.Edges.DataCategories) != 3 {
		t.Errorf("no threshold: %d data categories, want 3", len(act2.Edges.DataCategories))
	}
	for _, bad := range []float64{-0.1, 1.5, math.NaN()} {
		if _, err := ImportWith(ctx, client, "acme3.md", []byte(notice), "Acme Ltd", Options{MinConfidence: bad}); err == nil || !strings.Contains(err.Error(), "confidence") {
			t.Errorf("MinConfidence %v: err = %v, want one naming the minimum confidence", bad, err)
		}
	}
}
