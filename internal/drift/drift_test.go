package drift_test

import (
	"context"
	"io/fs"
	"path"
	"strconv"
	"strings"
	"testing"

	"github.com/ropacatalog/ropa/ent"
	"github.com/ropacatalog/ropa/ent/disclosure"
	"github.com/ropacatalog/ropa/ent/processingactivity"
	"github.com/ropacatalog/ropa/ent/recipient"
	"github.com/ropacatalog/ropa/internal/actor"
	"github.com/ropacatalog/ropa/internal/catalog"
	"github.com/ropacatalog/ropa/internal/draft"
	"github.com/ropacatalog/ropa/internal/drift"
	"github.com/ropacatalog/ropa/internal/review"
	"github.com/ropacatalog/ropa/internal/store"
	"github.com/ropacatalog/ropa/internal/store/storetest"
	"github.com/ropacatalog/ropa/seed"
)

// careers is the UJET Job Applicant Privacy Notice, seeded with its
// reviewed record (seed/notices/ujet-careers.yaml).
const careers = "001_9627de4b2ea1e0ae.txt"

// The three edits made to the careers notice, and the sentences involved.
const (
	// A sentence removed: the only evidence of the reviewed recipient
	// "Third parties the applicant consents to" (ujet-careers.yaml) that is
	// not also shared with another statement.
	consentParagraph = "Consent.\u00a0We may disclose personal information about you to certain other third parties with your consent.\n\n"
	consentSentence  = "We may disclose personal information about you to certain other third parties with your consent."

	// A safeguard changed: the reviewed record holds two US transfers on
	// this sentence, EU-U.S. Privacy Shield and Swiss-U.S. Privacy Shield.
	shieldSentences = "We also participate in the\u00a0EU-U.S. Privacy Shield and Swiss – U.S. Privacy Shield Frameworks. Please see our\u00a0Privacy Shield Notice."
	shieldSentence  = "We also participate in the\u00a0EU-U.S. Privacy Shield and Swiss – U.S. Privacy Shield Frameworks."
	dpfSentence     = "We also rely on the EU-U.S. Data Privacy Framework."

	// A recipient added, after the background check paragraph.
	backgroundEnd      = "with trusted background check providers.\n\n"
	greenhouseSection  = "Applicant Tracking. " + greenhouseSentence + "\n\n"
	greenhouseSentence = "We share your application data with Greenhouse Software, Inc., which hosts our applicant tracking system."
)

func seeded(t *testing.T) *ent.Client {
	t.Helper()
	client := storetest.Open(t, store.Config{})
	if _, err := seed.Load(context.Background(), client); err != nil {
		t.Fatalf("seed: %v", err)
	}
	return client
}

func policy(t testing.TB, file string) string {
	t.Helper()
	b, err := fs.ReadFile(seed.Files, path.Join("policies", file))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// replaceOnce replaces old, which must occur once in s.
func replaceOnce(t testing.TB, s, old, new string) string {
	t.Helper()
	if n := strings.Count(s, old); n != 1 {
		t.Fatalf("%q occurs %d times in the notice, want once", old, n)
	}
	return strings.Replace(s, old, new, 1)
}

func editedCareers(t testing.TB) string {
	s := policy(t, careers)
	s = replaceOnce(t, s, consentParagraph, "")
	s = replaceOnce(t, s, shieldSentences, dpfSentence)
	return replaceOnce(t, s, backgroundEnd, backgroundEnd+greenhouseSection)
}

func importText(t *testing.T, c *ent.Client, file, text, org string) *draft.Report {
	t.Helper()
	rep, err := draft.Import(context.Background(), c, file, []byte(text), org)
	if err != nil {
		t.Fatalf("import %s: %v", file, err)
	}
	return rep
}

// TestEditedSeedNotice imports an edited copy of the UJET careers notice
// (a recipient added, a safeguard changed, a sentence removed) and checks
// the drift item by item against the edits.
func TestEditedSeedNotice(t *testing.T) {
	c := seeded(t)
	ctx := context.Background()
	text := editedCareers(t)
	rep := importText(t, c, "/tmp/new/"+careers, text, "ujet")
	d, err := drift.Compare(ctx, c, rep.Notice)
	if err != nil {
		t.Fatal(err)
	}
	if d.Organization != "ujet" || d.Notice.ID != rep.Notice || d.Base.ID == d.Notice.ID ||
		d.Base.Title != "UJET Job Applicant Privacy Notice" || d.Base.FileName != careers {
		t.Fatalf("compared %+v with %+v (organization %q), want the seeded careers notice as the base", d.Notice, d.Base, d.Organization)
	}
	type want struct {
		change                drift.Change
		fact                  drift.Fact
		key                   string
		oldValue, oldSentence string
		newValue, newSentence string
	}
	wants := []want{
		{drift.Added, drift.Recipient, "greenhouse software", "", "", "Greenhouse Software, Inc", greenhouseSentence},
		{drift.Removed, drift.Recipient, "third parties applicant consents to", "Third parties the applicant consents to", consentSentence, "", ""},
		{drift.Changed, drift.Transfer, "US/privacy_shield", "privacy_shield to US", shieldSentence, "dpf_eu_us to US", dpfSentence},
		{drift.Removed, drift.Transfer, "US/privacy_shield_swiss", "privacy_shield_swiss to US", shieldSentence, "", ""},
	}
	if len(d.Items) != len(wants) {
		for _, it := range d.Items {
			t.Log(it)
		}
		t.Fatalf("%d drift items, want %d", len(d.Items), len(wants))
	}
	old := policy(t, careers)
	for i, w := range wants {
		it := d.Items[i]
		if it.Change != w.change || it.Fact != w.fact || it.Key != w.key {
			t.Errorf("item %d: %s, want %s %s %q", i, it, w.change, w.fact, w.key)
			continue
		}
		checkSide(t, i, "old", it.Old, w.oldValue, w.oldSentence, old)
		checkSide(t, i, "new", it.New, w.newValue, w.newSentence, text)
	}

	// A reviewer confirms the new version's activity and its disclosure to
	// Greenhouse: the record no longer lacks the recipient.
	err = catalog.Write(ctx, c, actor.CLI("test"), func(ctx context.Context, tx *ent.Tx) error {
		ds, err := tx.Disclosure.Query().Where(disclosure.HasActivityWith(processingactivity.NoticeID(rep.Notice)),
			disclosure.HasRecipientWith(recipient.NameContains("Greenhouse"))).WithRecipient().WithActivity().Only(ctx)
		if err != nil {
			return err
		}
		if err := tx.ProcessingActivity.UpdateOne(ds.Edges.Activity).SetReviewStatus(review.Reviewed).Exec(ctx); err != nil {
			return err
		}
		if err := tx.Recipient.UpdateOne(ds.Edges.Recipient).SetReviewStatus(review.Reviewed).Exec(ctx); err != nil {
			return err
		}
		return tx.Disclosure.UpdateOne(ds).SetReviewStatus(review.Reviewed).Exec(ctx)
	})
	if err != nil {
		t.Fatal(err)
	}
	d, err = drift.Compare(ctx, c, rep.Notice)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Items) != len(wants)-1 || d.Items[0].Change != drift.Removed || d.Items[0].Fact != drift.Recipient {
		t.Errorf("after confirming Greenhouse: %v, want the three other items", d.Items)
	}
}

// checkSide checks one side of an item: nil when the sentence is "", else
// the value, the sentence and its offsets into the text.
func checkSide(t *testing.T, i int, name string, s *drift.Side, value, sentence, text string) {
	t.Helper()
	if sentence == "" {
		if s != nil {
			t.Errorf("item %d: %s side %+v, want none", i, name, s)
		}
		return
	}
	if s == nil {
		t.Errorf("item %d: no %s side, want %q", i, name, sentence)
		return
	}
	if s.Value != value || s.Sentence != sentence {
		t.Errorf("item %d: %s side %q %q, want %q %q", i, name, s.Value, s.Sentence, value, sentence)
	}
	if s.Start < 0 || s.End > len(text) || s.Start >= s.End || text[s.Start:s.End] != sentence {
		t.Errorf("item %d: %s sentence at [%d,%d) does not quote its notice", i, name, s.Start, s.End)
	}
}

// TestNoDriftWithoutChange: importing a seed notice's own bytes, or a copy
// only re-wrapped (blank lines and a trailing newline added), gives no
// drift; importing the same file twice changes nothing the second time.
func TestNoDriftWithoutChange(t *testing.T) {
	c := seeded(t)
	ctx := context.Background()

	same := importText(t, c, careers, policy(t, careers), "ujet")
	d, err := drift.Compare(ctx, c, same.Notice)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Items) != 0 || d.Base.ID != d.Notice.ID {
		t.Errorf("the seeded bytes imported again: base %d, notice %d, %d items %v", d.Base.ID, d.Notice.ID, len(d.Items), d.Items)
	}

	orgs := map[string]string{
		"000_89024793db118181.txt": "ujet", "001_9627de4b2ea1e0ae.txt": "ujet",
		"002_559db147ea3cffdf.txt": "jujotech", "003_992bd7bacc6410b7.txt": "xajeet", "004_a5795afe81cfc69a.txt": "ubpartner",
	}
	for file, org := range orgs {
		text := strings.ReplaceAll(policy(t, file), "\n\n", "\n\n\n") + "\n"
		rep := importText(t, c, "rewrapped/"+file, text, org)
		d, err := drift.Compare(ctx, c, rep.Notice)
		if err != nil {
			t.Fatal(err)
		}
		if d.Base.ID == d.Notice.ID || d.Base.FileName != file {
			t.Errorf("%s: compared with %+v, want the seeded version", file, d.Base)
		}
		if len(d.Items) != 0 {
			t.Errorf("%s re-wrapped: %d drift items, want none: %v", file, len(d.Items), d.Items)
		}
		if again := importText(t, c, "rewrapped/"+file, text, org); !again.Unchanged || again.Notice != rep.Notice {
			t.Errorf("%s imported twice: %+v, want unchanged", file, again)
		}
	}
}

// TestFind: a notice by ID, file name or title, the latest version first.
func TestFind(t *testing.T) {
	c := seeded(t)
	ctx := context.Background()
	org, err := c.Organization.Query().All(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var ujet int
	for _, o := range org {
		if o.Key == "ujet" {
			ujet = o.ID
		}
	}
	seeded, err := drift.Find(ctx, c, ujet, careers)
	if err != nil {
		t.Fatal(err)
	}
	rep := importText(t, c, careers, editedCareers(t), "ujet")
	for _, ref := range []string{careers, "/somewhere/" + careers, "ujet job applicant privacy notice"} {
		if id, err := drift.Find(ctx, c, ujet, ref); err != nil || id != rep.Notice {
			t.Errorf("Find(%q) = %d, %v; want the imported version %d", ref, id, err, rep.Notice)
		}
	}
	if id, err := drift.Find(ctx, c, ujet, strconv.Itoa(seeded)); err != nil || id != seeded {
		t.Errorf("Find by ID %d = %d, %v", seeded, id, err)
	}
	if _, err := drift.Find(ctx, c, ujet, "no-such-notice.txt"); err == nil || !strings.Contains(err.Error(), "no-such-notice.txt") {
		t.Errorf("Find of an unknown notice: %v", err)
	}
}

// BenchmarkCompare: the drift of the edited careers notice (about 32 KB)
// from its seeded record: two extractions and one record load.
func BenchmarkCompare(b *testing.B) {
	c := storetest.Open(b, store.Config{})
	ctx := context.Background()
	if _, err := seed.Load(ctx, c); err != nil {
		b.Fatal(err)
	}
	rep, err := draft.Import(ctx, c, careers, []byte(editedCareers(b)), "ujet")
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for b.Loop() {
		if _, err := drift.Compare(ctx, c, rep.Notice); err != nil {
			b.Fatal(err)
		}
	}
}
