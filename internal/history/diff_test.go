package history_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/ropacatalog/ropa/ent"
	"github.com/ropacatalog/ropa/ent/legalbasis"
	"github.com/ropacatalog/ropa/ent/recipient"
	"github.com/ropacatalog/ropa/internal/actor"
	"github.com/ropacatalog/ropa/internal/history"
	"github.com/ropacatalog/ropa/internal/store"
	"github.com/ropacatalog/ropa/internal/store/storetest"
)

const noticeText = "We send our newsletter to subscribers with their consent. We share email addresses with Mailchimp, our email provider."

// TestDiff: the lines between two times are the changes of the
// organization in that window, in words, with who, when and the
// sentences of the facts; changes before the window and another
// organization's are left out.
func TestDiff(t *testing.T) {
	ctx := context.Background()
	c := storetest.Open(t, store.Config{})
	var org, other, act, basis, purpose, rec, tr, rr int
	write(t, c, actor.Seed("taxonomy"), func(ctx context.Context, tx *ent.Tx) error {
		org = tx.Organization.Create().SetKey("acme").SetName("Acme").SaveX(ctx).ID
		other = tx.Organization.Create().SetKey("other").SetName("Other").SaveX(ctx).ID
		basis = tx.LegalBasis.Create().SetKey("consent").SetName("Consent").SetArticle(legalbasis.ArticleArt6).SetReference("Art 6(1)(a)").SaveX(ctx).ID
		purpose = tx.Purpose.Create().SetKey("marketing").SetName("Marketing").SaveX(ctx).ID
		rr = tx.RetentionRule.Create().SetOrganizationID(org).SetDuration("P1Y").SaveX(ctx).ID
		tr = tx.Transfer.Create().SetOrganizationID(org).SetCountry("US").SaveX(ctx).ID
		return nil
	})
	from := time.Now()
	write(t, c, actor.Import("acme.md"), func(ctx context.Context, tx *ent.Tx) error {
		doc := tx.PolicyDocument.Create().SetTitle("Acme notice").SetText(noticeText).SetOrganizationID(org).SaveX(ctx)
		quote := "We share email addresses with Mailchimp, our email provider."
		start := strings.Index(noticeText, quote)
		ev := tx.Evidence.Create().SetDocumentID(doc.ID).SetStart(start).SetEnd(start + len(quote)).SetQuote(quote).SaveX(ctx)
		act = tx.ProcessingActivity.Create().SetName("Newsletter").SetOrganizationID(org).SetNoticeID(doc.ID).SaveX(ctx).ID
		tx.ActivityPurpose.Create().SetActivityID(act).SetPurposeID(purpose).SetLegalBasisID(basis).ExecX(ctx)
		rec = tx.Recipient.Create().SetName("Mailchimp").SetKind(recipient.KindProcessor).SetOrganizationID(org).SaveX(ctx).ID
		tx.Disclosure.Create().SetActivityID(act).SetRecipientID(rec).AddEvidenceIDs(ev.ID).ExecX(ctx)
		tx.Organization.UpdateOneID(other).SetEmail("dpo@other.example").ExecX(ctx)
		return nil
	})
	write(t, c, actor.CLI("alice"), func(ctx context.Context, tx *ent.Tx) error {
		tx.RetentionRule.UpdateOneID(rr).SetDuration("P2Y").ExecX(ctx)
		return tx.Transfer.DeleteOneID(tr).Exec(ctx)
	})
	to := time.Now().Add(time.Second)
	d, err := history.Compute(ctx, c, org, from, to)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, l := range d.Lines {
		got = append(got, l.Actor+" | "+l.Summary)
	}
	want := []string{
		"import:acme.md | notice Acme notice added",
		"import:acme.md | activity Newsletter added",
		"import:acme.md | purpose Marketing (Consent) added to Newsletter",
		"import:acme.md | recipient Mailchimp added",
		"import:acme.md | recipient Mailchimp added to Newsletter",
		"cli:alice | retention P2Y changed",
		"cli:alice | transfer US removed",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("diff lines:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	for _, l := range d.Lines {
		switch {
		case strings.HasPrefix(l.Summary, "recipient Mailchimp added to"):
			if len(l.Evidence) != 1 || !strings.Contains(l.Evidence[0], "Mailchimp, our email provider") {
				t.Errorf("disclosure evidence %q", l.Evidence)
			}
		case l.Subject == "retention":
			if len(l.Fields) != 1 || l.Fields[0].Field != "duration" || *l.Fields[0].Before != `"P1Y"` || *l.Fields[0].After != `"P2Y"` {
				t.Errorf("retention fields %+v", l.Fields)
			}
		}
	}
	// Before the window, and nothing after it.
	if d, err := history.Compute(ctx, c, org, to, to.Add(time.Hour)); err != nil || len(d.Lines) != 0 {
		t.Errorf("after the changes: %v lines, err %v", d, err)
	}
	if _, err := history.Compute(ctx, c, org, to, from); err == nil {
		t.Error("a window ending before it starts was accepted")
	}
}
