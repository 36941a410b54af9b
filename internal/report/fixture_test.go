package report_test

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/ropacatalog/ropa/ent"
	"github.com/ropacatalog/ropa/ent/legalbasis"
	"github.com/ropacatalog/ropa/ent/processingactivity"
	"github.com/ropacatalog/ropa/ent/recipient"
	"github.com/ropacatalog/ropa/ent/retentionrule"
	"github.com/ropacatalog/ropa/ent/securitymeasure"
	"github.com/ropacatalog/ropa/ent/transfersafeguard"
)

// asOf is the date the golden reports are judged at.
var asOf = time.Date(2025, 6, 30, 12, 0, 0, 0, time.UTC)

// fixtureText is the notice of the synthetic organization; every fact
// quotes a span of it.
var fixtureSentences = []string{
	"Acme Analytics SA processes data for its customers.",
	"We transfer data to the United States under the EU-US Privacy Shield.",
	"We keep records for six years.",
	"We encrypt data in transit.",
	"You may access your data by writing to privacy@acme.example.",
	"We share data with our hosting provider.",
	"We use your email address to send newsletters with your consent.",
}

// fixture builds a synthetic organization "acme" with n activities of
// every shape the report handles: controller, joint-controller and
// processor activities (for a named controller, for controllers described
// in words, and for none), purposes on bases and Art 9 conditions,
// disclosures, activity, recipient and organization-wide transfers
// (one under a stale safeguard), retention rules and security practices,
// rights, and evidence on every fact. It uses bulk creates so that large
// n stays quick.
func fixture(t testing.TB, c *ent.Client, n int) {
	t.Helper()
	ctx := context.Background()
	text := strings.Join(fixtureSentences, " ")
	span := func(i int) (int, int, string) {
		start := strings.Index(text, fixtureSentences[i])
		return start, start + len(fixtureSentences[i]), fixtureSentences[i]
	}
	sum := sha256.Sum256([]byte(text))
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	client := c.Organization.Create().SetKey("bigco").SetName("BigCo Ltd").SetCountry("GB").
		SetEmail("dpo@bigco.example").SaveX(ctx)
	org := c.Organization.Create().SetKey("acme").SetName("Acme Analytics SA").SetCountry("FR").
		SetRoles([]string{"controller", "processor"}).SetAddress("1 rue de la Paix, 75002 Paris").
		SetEmail("privacy@acme.example").SetDpoName("Jeanne Martin").SetDpoEmail("dpo@acme.example").
		SetRepresentativeName("Acme UK Rep Ltd").SetRepresentativeEmail("rep@acme.example").SaveX(ctx)
	doc := c.PolicyDocument.Create().SetTitle("Acme Privacy Notice").SetText(text).SetSha256(hex.EncodeToString(sum[:])).
		SetOrganization(org).SaveX(ctx)
	ev := make([]*ent.Evidence, len(fixtureSentences))
	for i := range fixtureSentences {
		s, e, q := span(i)
		ev[i] = c.Evidence.Create().SetDocument(doc).SetStart(s).SetEnd(e).SetQuote(q).SaveX(ctx)
	}
	must(c.Organization.UpdateOne(org).AddEvidence(ev[0]).Exec(ctx))

	consent := upsertBasis(t, c, "consent", "Consent", legalbasis.ArticleArt6, "GDPR Art 6(1)(a)")
	li := upsertBasis(t, c, "legitimate_interests", "Legitimate interests", legalbasis.ArticleArt6, "GDPR Art 6(1)(f)")
	explicit := upsertBasis(t, c, "explicit_consent", "Explicit consent", legalbasis.ArticleArt9, "GDPR Art 9(2)(a)")
	marketing := c.Purpose.Create().SetKey("acme_marketing").SetName("Newsletters").SaveX(ctx)
	analytics := c.Purpose.Create().SetKey("acme_analytics").SetName("Product analytics").SaveX(ctx)
	email := c.DataCategory.Create().SetKey("acme.email").SetName("Email address").SaveX(ctx)
	health := c.DataCategory.Create().SetKey("acme.health").SetName("Health data").SetSpecialCategory(true).SaveX(ctx)
	subject := c.DataSubjectCategory.Create().SetKey("acme_customer").SetName("Customer").SaveX(ctx)
	source := c.DataSource.Create().SetKey("acme_subject").SetName("The data subject").SaveX(ctx)
	shield := c.TransferSafeguard.Create().SetKey("acme_shield").SetName("EU-US Privacy Shield").
		SetMechanism(transfersafeguard.MechanismFramework).SetArticle("Art 45").
		SetValidUntil(time.Date(2020, 7, 16, 0, 0, 0, 0, time.UTC)).SaveX(ctx)
	scc := c.TransferSafeguard.Create().SetKey("acme_scc").SetName("Standard contractual clauses (2021)").
		SetMechanism(transfersafeguard.MechanismScc).SaveX(ctx)
	enc := c.SecurityMeasure.Create().SetKey("acme_encryption").SetName("Encryption in transit").
		SetKind(securitymeasure.KindTechnical).SaveX(ctx)
	access := c.Right.Create().SetKey("acme_access").SetName("Right of access").SetReference("GDPR Art 15").SaveX(ctx)

	host := c.Recipient.Create().SetName("Hosting provider").SetKind(recipient.KindProcessor).SetNamed(false).
		SetOrganization(org).AddEvidence(ev[5]).SaveX(ctx)
	cdn := c.Recipient.Create().SetName("CDN Inc.").SetKind(recipient.KindSubProcessor).SetNamed(true).SetCountry("US").
		SetOrganization(org).SaveX(ctx)

	// Organization-wide facts.
	must(c.Transfer.Create().SetOrganization(org).SetCountry("US").SetSafeguard(shield).AddEvidence(ev[1]).Exec(ctx))
	must(c.Transfer.Create().SetOrganization(org).SetCountry("US").SetRecipient(cdn).SetSafeguard(scc).Exec(ctx))
	must(c.RetentionRule.Create().SetOrganization(org).SetDuration("P6Y").SetEndAction(retentionrule.EndActionDelete).
		AddDataCategories(email).AddEvidence(ev[2]).Exec(ctx))
	must(c.SecurityPractice.Create().SetOrganization(org).SetMeasure(enc).AddEvidence(ev[3]).Exec(ctx))
	must(c.DataSubjectRight.Create().SetOrganization(org).SetRight(access).SetChannel("privacy@acme.example").
		SetResponseTime("P1M").AddEvidence(ev[4]).Exec(ctx))

	roles := []processingactivity.Role{processingactivity.RoleController, processingactivity.RoleJointController, processingactivity.RoleProcessor}
	var ab []*ent.ProcessingActivityCreate
	for i := 0; i < n; i++ {
		role := roles[i%len(roles)]
		a := c.ProcessingActivity.Create().SetName(fmt.Sprintf("Activity %04d", i)).SetOrganization(org).
			SetRole(role).SetBusinessFunction("Marketing").SetDescription("Activity number " + fmt.Sprint(i)).
			AddDataCategories(email).AddDataSubjects(subject).AddSources(source).AddEvidence(ev[6])
		switch {
		case role == processingactivity.RoleJointController:
			a.AddJointControllers(client)
		case role == processingactivity.RoleProcessor && i%2 == 0:
			a.AddControllers(client)
		case role == processingactivity.RoleProcessor && i%4 == 1:
			a.SetOnBehalfOf("Our customers")
		}
		if i%5 == 0 {
			a.AddDataCategories(health)
		}
		ab = append(ab, a)
	}
	acts := bulk(t, ab, func(b []*ent.ProcessingActivityCreate) ([]*ent.ProcessingActivity, error) {
		return c.ProcessingActivity.CreateBulk(b...).Save(ctx)
	})
	var pb []*ent.ActivityPurposeCreate
	var db []*ent.DisclosureCreate
	var tb []*ent.TransferCreate
	var rb []*ent.RetentionRuleCreate
	for i, a := range acts {
		pb = append(pb, c.ActivityPurpose.Create().SetActivity(a).SetPurpose(marketing).SetLegalBasis(consent).AddEvidence(ev[6]))
		p := c.ActivityPurpose.Create().SetActivity(a).SetPurpose(analytics).SetLegalBasis(li).
			SetLegitimateInterest("Improving the product")
		if i%5 == 0 {
			p.SetSpecialCondition(explicit)
		}
		pb = append(pb, p)
		db = append(db, c.Disclosure.Create().SetActivity(a).SetRecipient(host).AddDataCategories(email).
			AddPurposes(marketing).AddEvidence(ev[5]))
		if i%2 == 0 {
			db = append(db, c.Disclosure.Create().SetActivity(a).SetRecipient(cdn).AddDataCategories(email))
			tb = append(tb, c.Transfer.Create().SetOrganization(org).SetActivity(a).SetCountry("IN").SetSafeguard(scc))
			rb = append(rb, c.RetentionRule.Create().SetOrganization(org).SetActivity(a).
				SetCriterion("Until the customer leaves").SetEndAction(retentionrule.EndActionAnonymise).AddDataCategories(email))
		}
	}
	bulk(t, pb, func(b []*ent.ActivityPurposeCreate) ([]*ent.ActivityPurpose, error) {
		return c.ActivityPurpose.CreateBulk(b...).Save(ctx)
	})
	bulk(t, db, func(b []*ent.DisclosureCreate) ([]*ent.Disclosure, error) {
		return c.Disclosure.CreateBulk(b...).Save(ctx)
	})
	bulk(t, tb, func(b []*ent.TransferCreate) ([]*ent.Transfer, error) { return c.Transfer.CreateBulk(b...).Save(ctx) })
	bulk(t, rb, func(b []*ent.RetentionRuleCreate) ([]*ent.RetentionRule, error) {
		return c.RetentionRule.CreateBulk(b...).Save(ctx)
	})
	// A security practice for every third activity.
	var some []*ent.ProcessingActivity
	for i, a := range acts {
		if i%3 == 0 {
			some = append(some, a)
		}
	}
	must(c.SecurityPractice.Create().SetOrganization(org).SetMeasure(enc).SetDescription("TLS 1.3").
		AddActivities(some...).Exec(ctx))
}

func upsertBasis(t testing.TB, c *ent.Client, key, name string, art legalbasis.Article, ref string) *ent.LegalBasis {
	t.Helper()
	ctx := context.Background()
	id, err := c.LegalBasis.Create().SetKey(key).SetName(name).SetArticle(art).SetReference(ref).
		OnConflictColumns(legalbasis.FieldKey).Ignore().ID(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return c.LegalBasis.GetX(ctx, id)
}

// bulk creates in batches of 500.
func bulk[B any, E any](t testing.TB, all []B, save func([]B) ([]E, error)) []E {
	t.Helper()
	var out []E
	for len(all) > 0 {
		n := min(500, len(all))
		got, err := save(all[:n])
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, got...)
		all = all[n:]
	}
	return out
}
