package findings_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/ropacatalog/ropa/ent"
	"github.com/ropacatalog/ropa/ent/legalbasis"
	"github.com/ropacatalog/ropa/ent/recipient"
	"github.com/ropacatalog/ropa/ent/retentionrule"
	"github.com/ropacatalog/ropa/ent/securitymeasure"
	"github.com/ropacatalog/ropa/ent/statement"
	"github.com/ropacatalog/ropa/ent/transfersafeguard"
	"github.com/ropacatalog/ropa/internal/findings"
	"github.com/ropacatalog/ropa/internal/store"
	"github.com/ropacatalog/ropa/internal/store/storetest"
)

// world holds the vocabulary the hand-built catalogs of TestEachRule share:
// categories, bases, rights and the transfer instruments with the dates of
// /work/shared/domain.md (the law's, not the seed's).
type world struct {
	t   *testing.T
	ctx context.Context
	c   *ent.Client

	health, crim, email, kids *ent.DataCategory
	child                     *ent.DataSubjectCategory
	care, news                *ent.Purpose
	adTargeted                *ent.Purpose
	consent, li, contract     *ent.LegalBasis
	explicit                  *ent.LegalBasis
	withdraw, access          *ent.Right
	measure                   *ent.SecurityMeasure
	sg                        map[string]*ent.TransferSafeguard
}

func newWorld(t *testing.T) *world {
	ctx := context.Background()
	c := storetest.Open(t, store.Config{})
	w := &world{t: t, ctx: ctx, c: c, sg: map[string]*ent.TransferSafeguard{}}
	w.health = c.DataCategory.Create().SetKey("user.health").SetName("Health").SetSpecialCategory(true).SaveX(ctx)
	w.crim = c.DataCategory.Create().SetKey("user.criminal_history").SetName("Criminal history").SetCriminalOffence(true).SaveX(ctx)
	w.email = c.DataCategory.Create().SetKey("user.contact.email").SetName("Email").SaveX(ctx)
	w.kids = c.DataCategory.Create().SetKey("user.childrens").SetName("Children's data").SaveX(ctx)
	w.child = c.DataSubjectCategory.Create().SetKey("child").SetName("Child").SaveX(ctx)
	w.care = c.Purpose.Create().SetKey("care").SetName("Care").SaveX(ctx)
	w.news = c.Purpose.Create().SetKey("marketing.communications").SetName("Newsletter").SaveX(ctx)
	w.adTargeted = c.Purpose.Create().SetKey("marketing.advertising.third_party.targeted").SetName("Targeted advertising by third parties").SaveX(ctx)
	basis := func(k, name string, art legalbasis.Article, ref string) *ent.LegalBasis {
		return c.LegalBasis.Create().SetKey(k).SetName(name).SetArticle(art).SetReference(ref).SaveX(ctx)
	}
	w.consent = basis("consent", "Consent", legalbasis.ArticleArt6, "GDPR Art 6(1)(a)")
	w.contract = basis("contract", "Contract", legalbasis.ArticleArt6, "GDPR Art 6(1)(b)")
	w.li = basis("legitimate_interests", "Legitimate interests", legalbasis.ArticleArt6, "GDPR Art 6(1)(f)")
	w.explicit = basis("explicit_consent", "Explicit consent", legalbasis.ArticleArt9, "GDPR Art 9(2)(a)")
	w.withdraw = c.Right.Create().SetKey("withdraw_consent").SetName("Withdraw consent").SetReference("GDPR Art 7(3)").SaveX(ctx)
	w.access = c.Right.Create().SetKey("access").SetName("Access").SetReference("GDPR Art 15").SaveX(ctx)
	w.measure = c.SecurityMeasure.Create().SetKey("encryption").SetName("Encryption").SetKind(securitymeasure.KindTechnical).SaveX(ctx)
	instrument := func(k string, m transfersafeguard.Mechanism, from, until string) {
		q := c.TransferSafeguard.Create().SetKey(k).SetName(k).SetMechanism(m)
		if from != "" {
			q.SetValidFrom(date(from))
		}
		if until != "" {
			q.SetValidUntil(date(until))
		}
		w.sg[k] = q.SaveX(ctx)
	}
	instrument("adequacy", transfersafeguard.MechanismAdequacy, "", "")
	instrument("unspecified", transfersafeguard.MechanismUnspecified, "", "")
	instrument("safe_harbor", transfersafeguard.MechanismFramework, "2000-07-26", "2015-10-06")
	instrument("privacy_shield", transfersafeguard.MechanismFramework, "2016-08-01", "2020-07-16")
	instrument("privacy_shield_swiss", transfersafeguard.MechanismFramework, "2017-04-12", "2020-09-08")
	instrument("scc_2010", transfersafeguard.MechanismScc, "2001-06-15", "2022-12-27")
	instrument("scc_2021", transfersafeguard.MechanismScc, "2021-06-27", "")
	instrument("dpf_eu_us", transfersafeguard.MechanismFramework, "2023-07-10", "")
	instrument("dpf_swiss_us", transfersafeguard.MechanismFramework, "2024-09-15", "")
	return w
}

// org is one hand-built organization with one current notice.
type org struct {
	w      *world
	o      *ent.Organization
	notice *ent.PolicyDocument
}

func (w *world) org(key, text string, edit func(*ent.OrganizationCreate), doc func(*ent.PolicyDocumentCreate)) *org {
	q := w.c.Organization.Create().SetKey(key).SetName(strings.ToUpper(key[:1]) + key[1:] + " Ltd").SetWebsite("https://www." + key + ".com")
	if edit != nil {
		edit(q)
	}
	o := q.SaveX(w.ctx)
	// Each text ends with the organization's key: notices are unique by
	// their text's digest.
	d := w.c.PolicyDocument.Create().SetTitle(key + " notice").SetText(text + "\n" + key).SetOrganization(o)
	if doc != nil {
		doc(d)
	}
	return &org{w: w, o: o, notice: d.SaveX(w.ctx)}
}

// cite is the evidence span of quote in the notice (which must hold it).
func (g *org) cite(quote string) *ent.Evidence {
	return g.citeIn(g.notice, quote)
}

func (g *org) citeIn(d *ent.PolicyDocument, quote string) *ent.Evidence {
	i := strings.Index(d.Text, quote)
	if i < 0 {
		g.w.t.Fatalf("%q is not in %s", quote, d.Title)
	}
	return g.w.c.Evidence.Create().SetDocument(d).SetStart(i).SetEnd(i + len(quote)).SetQuote(quote).SaveX(g.w.ctx)
}

// activity creates an activity of the notice, stated by sentence.
func (g *org) activity(name, sentence string, cats ...*ent.DataCategory) *ent.ProcessingActivity {
	q := g.w.c.ProcessingActivity.Create().SetName(name).SetOrganization(g.o).SetNotice(g.notice).AddDataCategories(cats...)
	if sentence != "" {
		q.AddEvidence(g.cite(sentence))
	}
	return q.SaveX(g.w.ctx)
}

func (g *org) purpose(a *ent.ProcessingActivity, p *ent.Purpose, basis *ent.LegalBasis, sentence string) *ent.ActivityPurpose {
	q := g.w.c.ActivityPurpose.Create().SetActivity(a).SetPurpose(p)
	if basis != nil {
		q.SetLegalBasis(basis)
	}
	if sentence != "" {
		q.AddEvidence(g.cite(sentence))
	}
	return q.SaveX(g.w.ctx)
}

func (g *org) transfer(country, safeguard, sentence string) *ent.Transfer {
	q := g.w.c.Transfer.Create().SetOrganization(g.o).SetNotice(g.notice).SetCountry(country)
	if safeguard != "" {
		q.SetSafeguard(g.w.sg[safeguard])
	}
	if sentence != "" {
		q.AddEvidence(g.cite(sentence))
	}
	return q.SaveX(g.w.ctx)
}

func (g *org) right(r *ent.Right, jurisdictions ...string) {
	g.w.c.DataSubjectRight.Create().SetOrganization(g.o).SetNotice(g.notice).SetRight(r).SetJurisdictions(jurisdictions).ExecX(g.w.ctx)
}

func (g *org) recipient(name string, kind recipient.Kind, named bool) *ent.Recipient {
	return g.w.c.Recipient.Create().SetOrganization(g.o).SetName(name).SetKind(kind).SetNamed(named).SaveX(g.w.ctx)
}

func (g *org) statement(kind statement.Kind, sentence string) {
	g.w.c.Statement.Create().SetOrganization(g.o).SetNotice(g.notice).SetKind(kind).SetText(sentence).
		AddEvidence(g.cite(sentence)).ExecX(g.w.ctx)
}

// transferCase is a catalog with one transfer on the instrument.
func transferCase(country, instrument string) func(g *org) {
	return func(g *org) { g.transfer(country, instrument, "We transfer data abroad.") }
}

const transferText = "We transfer data abroad. "

// TestEachRule: every rule of Rules on small catalogs, one where it fires
// and one where it does not, and for a dated instrument the day before and
// the day it starts or stops being valid. Each finding cites the sentence
// given for it.
func TestEachRule(t *testing.T) {
	w := newWorld(t)
	type tc struct {
		rule, name, text string
		edit             func(*ent.OrganizationCreate)
		doc              func(*ent.PolicyDocumentCreate)
		build            func(g *org)
		want             map[string]int // as-of date -> findings of the rule
		quote            string         // a sentence every finding cites
	}
	fr := func(q *ent.OrganizationCreate) { q.SetCountry("FR") }
	us := func(q *ent.OrganizationCreate) { q.SetCountry("US") }
	cases := []tc{
		// Instruments that stopped being valid: the day before, and the day.
		{rule: "transfer-invalid-instrument", name: "safe harbor", text: transferText, build: transferCase("US", "safe_harbor"),
			want: map[string]int{"2015-10-05": 0, "2015-10-06": 1}, quote: "We transfer data abroad."},
		{rule: "transfer-invalid-instrument", name: "privacy shield", text: transferText, build: transferCase("US", "privacy_shield"),
			want: map[string]int{"2020-07-15": 0, "2020-07-16": 1}, quote: "We transfer data abroad."},
		{rule: "transfer-invalid-instrument", name: "swiss privacy shield", text: transferText, build: transferCase("US", "privacy_shield_swiss"),
			want: map[string]int{"2020-09-07": 0, "2020-09-08": 1}, quote: "We transfer data abroad."},
		{rule: "transfer-invalid-instrument", name: "old sccs", text: transferText, build: transferCase("IN", "scc_2010"),
			want: map[string]int{"2022-12-26": 0, "2022-12-27": 1}, quote: "We transfer data abroad."},
		{rule: "transfer-invalid-instrument", name: "new sccs", text: transferText, build: transferCase("IN", "scc_2021"),
			want: map[string]int{"2026-01-01": 0}},
		// Repealed SCCs in new contracts: from 2021-09-27 until the day they end.
		{rule: "transfer-old-scc-new-contract", name: "old sccs", text: transferText, build: transferCase("IN", "scc_2010"),
			want: map[string]int{"2021-09-26": 0, "2021-09-27": 1, "2022-12-26": 1, "2022-12-27": 0}, quote: "We transfer data abroad."},
		{rule: "transfer-old-scc-new-contract", name: "new sccs", text: transferText, build: transferCase("IN", "scc_2021"),
			want: map[string]int{"2022-01-01": 0}},
		// Instruments cited before they existed.
		{rule: "transfer-instrument-not-yet-valid", name: "eu-us dpf", text: transferText, build: transferCase("US", "dpf_eu_us"),
			want: map[string]int{"2023-07-09": 1, "2023-07-10": 0}, quote: "We transfer data abroad."},
		{rule: "transfer-instrument-not-yet-valid", name: "swiss-us dpf", text: transferText, build: transferCase("US", "dpf_swiss_us"),
			want: map[string]int{"2024-09-14": 1, "2024-09-15": 0}, quote: "We transfer data abroad."},
		{rule: "transfer-instrument-not-yet-valid", name: "notice older than the swiss-us dpf", text: transferText,
			doc: func(d *ent.PolicyDocumentCreate) { d.SetLastUpdated(date("2024-09-14")) }, build: transferCase("US", "dpf_swiss_us"),
			want: map[string]int{"2026-01-01": 1}, quote: "We transfer data abroad."},
		{rule: "transfer-instrument-not-yet-valid", name: "notice from the day of the swiss-us dpf", text: transferText,
			doc: func(d *ent.PolicyDocumentCreate) { d.SetLastUpdated(date("2024-09-15")) }, build: transferCase("US", "dpf_swiss_us"),
			want: map[string]int{"2026-01-01": 0}},
		{rule: "transfer-no-safeguard", name: "none", text: transferText, build: transferCase("BR", ""),
			want: map[string]int{"2026-01-01": 1}, quote: "We transfer data abroad."},
		{rule: "transfer-no-safeguard", name: "unspecified", text: transferText, build: transferCase("BR", "unspecified"),
			want: map[string]int{"2026-01-01": 1}, quote: "We transfer data abroad."},
		{rule: "transfer-no-safeguard", name: "adequacy", text: transferText, build: transferCase("JP", "adequacy"),
			want: map[string]int{"2026-01-01": 0}},
		{rule: "transfer-us-adequacy-without-dpf", name: "us adequacy", text: transferText, build: transferCase("US", "adequacy"),
			want: map[string]int{"2026-01-01": 1}, quote: "We transfer data abroad."},
		{rule: "transfer-us-adequacy-without-dpf", name: "us dpf", text: transferText, build: transferCase("US", "dpf_eu_us"),
			want: map[string]int{"2026-01-01": 0}},
		{rule: "special-category-no-art9", name: "no condition", text: "We record your health for care. ",
			build: func(g *org) {
				a := g.activity("Care", "We record your health for care.", g.w.health)
				g.purpose(a, g.w.care, g.w.contract, "")
			}, want: map[string]int{"2026-01-01": 1}, quote: "We record your health for care."},
		{rule: "special-category-no-art9", name: "explicit consent", text: "We record your health for care. ",
			build: func(g *org) {
				a := g.activity("Care", "We record your health for care.", g.w.health)
				g.w.c.ActivityPurpose.Create().SetActivity(a).SetPurpose(g.w.care).SetLegalBasis(g.w.consent).SetSpecialCondition(g.w.explicit).ExecX(g.w.ctx)
			}, want: map[string]int{"2026-01-01": 0}},
		{rule: "criminal-no-art10", name: "criminal data", text: "We check criminal records. ",
			build: func(g *org) { g.activity("Checks", "We check criminal records.", g.w.crim) },
			want:  map[string]int{"2026-01-01": 1}, quote: "We check criminal records."},
		{rule: "criminal-no-art10", name: "no criminal data", text: "We send news. ",
			build: func(g *org) { g.activity("News", "We send news.", g.w.email) }, want: map[string]int{"2026-01-01": 0}},
		{rule: "statement-contradicts-special-category", name: "same notice", text: "We do not collect special category data. We record your health. ",
			build: func(g *org) {
				g.statement(statement.KindNoSpecialCategory, "We do not collect special category data.")
				g.activity("Care", "We record your health.", g.w.health)
			}, want: map[string]int{"2026-01-01": 1}, quote: "We do not collect special category data."},
		{rule: "statement-contradicts-special-category", name: "no special data", text: "We do not collect special category data. We send news. ",
			build: func(g *org) {
				g.statement(statement.KindNoSpecialCategory, "We do not collect special category data.")
				g.activity("News", "We send news.", g.w.email)
			}, want: map[string]int{"2026-01-01": 0}},
		{rule: "purpose-no-basis", name: "no basis", text: "We send news. ",
			build: func(g *org) { g.purpose(g.activity("News", "", g.w.email), g.w.news, nil, "We send news.") },
			want:  map[string]int{"2026-01-01": 1}, quote: "We send news."},
		{rule: "purpose-no-basis", name: "basis", text: "We send news. ",
			build: func(g *org) { g.purpose(g.activity("News", "", g.w.email), g.w.news, g.w.consent, "We send news.") },
			want:  map[string]int{"2026-01-01": 0}},
		{rule: "legitimate-interest-not-stated", name: "no interest", text: "We send news in our interest. ",
			build: func(g *org) {
				g.purpose(g.activity("News", "", g.w.email), g.w.news, g.w.li, "We send news in our interest.")
			},
			want: map[string]int{"2026-01-01": 1}, quote: "We send news in our interest."},
		{rule: "legitimate-interest-not-stated", name: "interest stated", text: "We send news. ",
			build: func(g *org) {
				a := g.activity("News", "", g.w.email)
				g.w.c.ActivityPurpose.Create().SetActivity(a).SetPurpose(g.w.news).SetLegalBasis(g.w.li).SetLegitimateInterest("promoting our products").ExecX(g.w.ctx)
			}, want: map[string]int{"2026-01-01": 0}},
		{rule: "activity-no-retention", name: "none", text: "We send news. ",
			build: func(g *org) { g.activity("News", "We send news.", g.w.email) },
			want:  map[string]int{"2026-01-01": 1}, quote: "We send news."},
		{rule: "activity-no-retention", name: "notice-wide criterion", text: "We send news. ",
			build: func(g *org) {
				g.activity("News", "We send news.", g.w.email)
				g.w.c.RetentionRule.Create().SetOrganization(g.o).SetNotice(g.notice).SetCriterion("until you unsubscribe").
					SetEndAction(retentionrule.EndActionDelete).ExecX(g.w.ctx)
			}, want: map[string]int{"2026-01-01": 0}},
		{rule: "activity-no-security", name: "none", text: "We send news. ",
			build: func(g *org) { g.activity("News", "We send news.", g.w.email) },
			want:  map[string]int{"2026-01-01": 1}, quote: "We send news."},
		{rule: "activity-no-security", name: "notice-wide measure", text: "We send news. ",
			build: func(g *org) {
				g.activity("News", "We send news.", g.w.email)
				g.w.c.SecurityPractice.Create().SetOrganization(g.o).SetNotice(g.notice).SetMeasure(g.w.measure).ExecX(g.w.ctx)
			}, want: map[string]int{"2026-01-01": 0}},
		{rule: "consent-no-withdrawal", name: "no withdrawal", text: "With your consent we send news. ",
			build: func(g *org) {
				g.purpose(g.activity("News", "", g.w.email), g.w.news, g.w.consent, "With your consent we send news.")
				g.right(g.w.access)
			}, want: map[string]int{"2026-01-01": 1}, quote: "With your consent we send news."},
		{rule: "consent-no-withdrawal", name: "withdrawal offered", text: "With your consent we send news. ",
			build: func(g *org) {
				g.purpose(g.activity("News", "", g.w.email), g.w.news, g.w.consent, "With your consent we send news.")
				g.right(g.w.withdraw)
			}, want: map[string]int{"2026-01-01": 0}},
		{rule: "purpose-two-bases", name: "consent and interests", text: "We send news with your consent. We send news in our interest. ",
			build: func(g *org) {
				a := g.activity("News", "", g.w.email)
				g.purpose(a, g.w.news, g.w.consent, "We send news with your consent.")
				g.purpose(a, g.w.news, g.w.li, "We send news in our interest.")
			}, want: map[string]int{"2026-01-01": 1}, quote: "We send news in our interest."},
		{rule: "purpose-two-bases", name: "one basis per purpose", text: "We send news with your consent. We care with a contract. ",
			build: func(g *org) {
				a := g.activity("News", "", g.w.email)
				g.purpose(a, g.w.news, g.w.consent, "We send news with your consent.")
				g.purpose(a, g.w.care, g.w.contract, "We care with a contract.")
			}, want: map[string]int{"2026-01-01": 0}},
		{rule: "activity-no-recipients-while-shared", name: "shared, no recipient", text: "We share your email with our partners. ",
			build: func(g *org) { g.activity("News", "We share your email with our partners.", g.w.email) },
			want:  map[string]int{"2026-01-01": 1}, quote: "We share your email with our partners."},
		{rule: "activity-no-recipients-while-shared", name: "shared, recipient recorded", text: "We share your email with our partners. ",
			build: func(g *org) {
				a := g.activity("News", "We share your email with our partners.", g.w.email)
				g.w.c.Disclosure.Create().SetActivity(a).SetRecipient(g.recipient("Partners", recipient.KindThirdParty, false)).ExecX(g.w.ctx)
			}, want: map[string]int{"2026-01-01": 0}},
		{rule: "activity-no-recipients-while-shared", name: "not shared", text: "We send you news. ",
			build: func(g *org) { g.activity("News", "We send you news.", g.w.email) }, want: map[string]int{"2026-01-01": 0}},
		// "Do not sell" beside a sale: from the CCPA's first day.
		{rule: "statement-contradicts-sale", name: "ad network", text: "We do not sell your data. Ad companies place cookies to target ads. ",
			build: func(g *org) {
				g.statement(statement.KindDoesNotSell, "We do not sell your data.")
				a := g.activity("Ads", "", g.w.email)
				g.w.c.Disclosure.Create().SetActivity(a).SetRecipient(g.recipient("Ad companies", recipient.KindThirdParty, false)).
					AddPurposes(g.w.adTargeted).AddEvidence(g.cite("Ad companies place cookies to target ads.")).ExecX(g.w.ctx)
			}, want: map[string]int{"2019-12-31": 0, "2020-01-01": 1}, quote: "Ad companies place cookies to target ads."},
		{rule: "statement-contradicts-sale", name: "service provider", text: "We do not sell your data. Our ad agency targets ads for us. ",
			build: func(g *org) {
				g.statement(statement.KindDoesNotSell, "We do not sell your data.")
				a := g.activity("Ads", "", g.w.email)
				g.w.c.Disclosure.Create().SetActivity(a).SetRecipient(g.recipient("Ad agency", recipient.KindProcessor, false)).
					AddPurposes(g.w.adTargeted).ExecX(g.w.ctx)
			}, want: map[string]int{"2026-01-01": 0}},
		// Children: from the GDPR's first day, where it applies.
		{rule: "children-no-parental-consent", name: "eu, no mechanism", text: "Our club keeps children's names. ", edit: fr,
			build: func(g *org) {
				a := g.activity("Club", "Our club keeps children's names.", g.w.email)
				g.w.c.ProcessingActivity.UpdateOne(a).AddDataSubjects(g.w.child).ExecX(g.w.ctx)
			}, want: map[string]int{"2018-05-24": 0, "2018-05-25": 1}, quote: "Our club keeps children's names."},
		{rule: "children-no-parental-consent", name: "us company offering gdpr rights", text: "Our club keeps children's names. ", edit: us,
			build: func(g *org) {
				g.activity("Club", "Our club keeps children's names.", g.w.kids)
				g.right(g.w.access)
			}, want: map[string]int{"2026-01-01": 1}},
		{rule: "children-no-parental-consent", name: "eu, parental consent", edit: fr,
			text: "Our club keeps children's names. We ask a parent or guardian for consent before a child under 16 joins. ",
			build: func(g *org) {
				a := g.activity("Club", "Our club keeps children's names.", g.w.email)
				g.w.c.ProcessingActivity.UpdateOne(a).AddDataSubjects(g.w.child).ExecX(g.w.ctx)
			}, want: map[string]int{"2026-01-01": 0}},
		{rule: "children-no-parental-consent", name: "outside the gdpr", text: "Our club keeps children's names. ", edit: us,
			build: func(g *org) { g.activity("Club", "Our club keeps children's names.", g.w.kids) },
			want:  map[string]int{"2026-01-01": 0}},
		{rule: "notice-names-other-company", name: "leftover", text: "We act on violations of Zoom’s terms of service. If you are not a zoom customer, write to us. ",
			want: map[string]int{"2026-01-01": 1}, quote: "If you are not a zoom customer, write to us."},
		{rule: "notice-names-other-company", name: "own name", text: "We act on violations of Leftover2’s terms of service. If you are a registered user, log in. ",
			want: map[string]int{"2026-01-01": 0}},
		{rule: "contact-other-domain", name: "typo domain", text: "Write to privacy@contact1.co. Or to privacy@contact1.com. ",
			want: map[string]int{"2026-01-01": 1}, quote: "Write to privacy@contact1.co."},
		{rule: "contact-other-domain", name: "own domain and a named recipient's", text: "Write to privacy@contact2.com. SoPro's DPO is dpo@sopro.io. ",
			build: func(g *org) {
				a := g.activity("Marketing", "", g.w.email)
				g.w.c.Disclosure.Create().SetActivity(a).SetRecipient(g.recipient("Prospect Global Ltd (SoPro)", recipient.KindProcessor, true)).ExecX(g.w.ctx)
			}, want: map[string]int{"2026-01-01": 0}},
	}
	for i, c := range cases {
		t.Run(c.rule+"/"+c.name, func(t *testing.T) {
			key := strings.ReplaceAll(c.rule, "-", "") + string(rune('a'+i%26)) + strings.Repeat("x", i/26)
			switch c.name { // the organizations these texts name as themselves
			case "own name":
				key = "leftover2"
			case "typo domain":
				key = "contact1"
			case "own domain and a named recipient's":
				key = "contact2"
			}
			g := w.org(key, c.text, c.edit, c.doc)
			if c.build != nil {
				c.build(g)
			}
			for day, want := range c.want {
				got := having(evaluate(t, w.c, key, date(day)), c.rule, nil)
				if len(got) != want {
					t.Errorf("as of %s: %d findings %+v, want %d", day, len(got), got, want)
					continue
				}
				for _, f := range got {
					if c.quote != "" && !quotes(f, c.quote) {
						t.Errorf("as of %s: %+v does not cite %q", day, f, c.quote)
					}
					if f.Subject == "" || len(f.Facts) == 0 {
						t.Errorf("as of %s: %+v names no facts", day, f)
					}
				}
			}
		})
	}
	// Every rule of the table is exercised above.
	seen := map[string]bool{}
	for _, c := range cases {
		seen[c.rule] = true
	}
	seen["evidence-not-in-current-notice"] = true // TestStaleEvidence
	for _, r := range findings.Rules {
		if !seen[r.ID] {
			t.Errorf("rule %s has no case", r.ID)
		}
	}
}

// TestStaleEvidence: a reviewed fact of the current notice resting on a
// sentence of the superseded version fires when the current version no
// longer says it, and not when it does.
func TestStaleEvidence(t *testing.T) {
	w := newWorld(t)
	for _, tc := range []struct {
		key, current string
		want         int
	}{
		{"stale", "We keep your data for 2 years.", 1},
		{"kept", "We now say more. We keep your data for 5 years.", 0},
	} {
		g := w.org(tc.key, tc.current, nil, func(d *ent.PolicyDocumentCreate) { d.SetAudience("customers") })
		old := w.c.PolicyDocument.Create().SetTitle(tc.key + " notice (2019)").SetText("We keep your data for 5 years.\n" + tc.key + " 2019").
			SetOrganization(g.o).SetAudience("customers").SetCurrent(false).SaveX(w.ctx)
		w.c.Transfer.Create().SetOrganization(g.o).SetNotice(g.notice).SetCountry("JP").SetSafeguard(w.sg["adequacy"]).
			AddEvidence(g.citeIn(old, "We keep your data for 5 years.")).ExecX(w.ctx)
		got := having(evaluate(t, w.c, tc.key, time.Now()), "evidence-not-in-current-notice", nil)
		if len(got) != tc.want {
			t.Errorf("%s: %d findings %+v, want %d", tc.key, len(got), got, tc.want)
			continue
		}
		if tc.want > 0 && (!quotes(got[0], "We keep your data for 5 years.") || got[0].Evidence[0].Document != tc.key+" notice (2019)" ||
			!strings.Contains(got[0].Message, tc.key+" notice")) {
			t.Errorf("%s: %+v, want the old sentence of the superseded notice and the current one named", tc.key, got[0])
		}
	}
}
