package findings_test

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ropacatalog/ropa/ent"
	"github.com/ropacatalog/ropa/ent/legalbasis"
	"github.com/ropacatalog/ropa/ent/organization"
	"github.com/ropacatalog/ropa/ent/statement"
	"github.com/ropacatalog/ropa/ent/transfersafeguard"
	"github.com/ropacatalog/ropa/internal/findings"
	"github.com/ropacatalog/ropa/internal/record"
	"github.com/ropacatalog/ropa/internal/store"
	"github.com/ropacatalog/ropa/internal/store/storetest"
	"github.com/ropacatalog/ropa/seed"
)

func date(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

func evaluate(t *testing.T, c *ent.Client, org string, asOf time.Time) []findings.Finding {
	t.Helper()
	ctx := context.Background()
	o := c.Organization.Query().Where(organization.Key(org)).OnlyX(ctx)
	rec, err := record.Load(ctx, c, record.Options{Org: &o.ID})
	if err != nil {
		t.Fatal(err)
	}
	fs, err := findings.Evaluate(ctx, c, rec.Organization(o.ID), asOf)
	if err != nil {
		t.Fatal(err)
	}
	return fs
}

func having(fs []findings.Finding, rule string, match func(findings.Finding) bool) []findings.Finding {
	var out []findings.Finding
	for _, f := range fs {
		if f.Rule == rule && (match == nil || match(f)) {
			out = append(out, f)
		}
	}
	return out
}

func quotes(f findings.Finding, sub string) bool {
	return slices.ContainsFunc(f.Evidence, func(c findings.Citation) bool { return strings.Contains(c.Quote, sub) })
}

// TestSeedFindings: the findings the notices give ground for, with their
// dates and sentences, and none where a notice gives no ground.
func TestSeedFindings(t *testing.T) {
	c := storetest.Open(t, store.Config{})
	if _, err := seed.Load(context.Background(), c); err != nil {
		t.Fatal(err)
	}
	shield := func(f findings.Finding) bool { return strings.Contains(f.Message, "EU-US Privacy Shield") }

	// UJET careers relies on the EU-US Privacy Shield ("We also participate
	// in the EU-U.S. Privacy Shield ..."), invalid since 2020-07-16
	// (CJEU C-311/18): stale from that day, not the day before.
	now := evaluate(t, c, "ujet", date("2026-12-02"))
	got := having(now, "transfer-invalid-instrument", shield)
	if len(got) != 1 || got[0].Since != "2020-07-16" || !strings.Contains(got[0].Notice, "Applicant") || !quotes(got[0], "Privacy Shield") {
		t.Errorf("UJET Privacy Shield findings %+v, want one since 2020-07-16 from the applicant notice with its sentence", got)
	}
	if n := len(having(evaluate(t, c, "ujet", date("2020-07-15")), "transfer-invalid-instrument", shield)); n != 0 {
		t.Errorf("on 2020-07-15 the Privacy Shield was valid; %d findings", n)
	}
	if n := len(having(evaluate(t, c, "ujet", date("2020-07-16")), "transfer-invalid-instrument", shield)); n != 1 {
		t.Errorf("on 2020-07-16 the Privacy Shield was invalidated; %d findings, want 1", n)
	}
	// Scope: no website transfer relies on a stale instrument.
	for _, f := range having(now, "transfer-invalid-instrument", nil) {
		if strings.Contains(f.Notice, "Website") {
			t.Errorf("a website transfer is stale: %+v", f)
		}
	}
	// The website notice (last updated 2023-09-01) cites the Swiss-US DPF,
	// which exists from 2024-09-15.
	if got := having(now, "transfer-instrument-not-yet-valid", func(f findings.Finding) bool {
		return strings.Contains(f.Message, "Swiss-US Data Privacy Framework")
	}); len(got) != 1 || !strings.Contains(got[0].Notice, "Website") {
		t.Errorf("Swiss-US DPF cited before it existed: %+v, want one from the website notice", got)
	}
	// Equal-opportunity monitoring processes race and health data with no
	// Art 9(2) condition stated in the applicant notice.
	if got := having(now, "special-category-no-art9", func(f findings.Finding) bool {
		return strings.Contains(f.Activity, "Equal opportunity")
	}); len(got) != 1 {
		t.Errorf("equal-opportunity monitoring without an Art 9 condition: %+v", got)
	}

	// Background checks process criminal-offence data; the applicant
	// notice states no Art 10 authority.
	if got := having(now, "criminal-no-art10", nil); len(got) != 1 || !strings.Contains(got[0].Activity, "background") {
		t.Errorf("criminal-offence data: %+v, want the background checks", got)
	}

	// Jujotech cites the 2010 model clauses: usable in existing contracts
	// until 2022-12-26, invalid from 2022-12-27.
	scc := func(f findings.Finding) bool { return strings.Contains(f.Message, "2001/2004/2010") }
	if n := len(having(evaluate(t, c, "jujotech", date("2022-12-26")), "transfer-invalid-instrument", scc)); n != 0 {
		t.Errorf("on 2022-12-26 the old SCCs still held; %d findings", n)
	}
	if got := having(evaluate(t, c, "jujotech", date("2022-12-27")), "transfer-invalid-instrument", scc); len(got) != 1 || got[0].Since != "2022-12-27" {
		t.Errorf("on 2022-12-27: %+v, want one finding since that day", got)
	}
	// Xajeet states no transfer safeguard of a past instrument.
	if got := having(evaluate(t, c, "xajeet", date("2026-12-02")), "transfer-invalid-instrument", nil); len(got) != 0 {
		t.Errorf("Xajeet: %+v, want none", got)
	}
}

// TestRules: each rule on a small catalog built to fire it, beside facts
// that must not.
func TestRules(t *testing.T) {
	ctx := context.Background()
	c := storetest.Open(t, store.Config{})
	org := c.Organization.Create().SetKey("acme").SetName("Acme").SaveX(ctx)
	web := c.PolicyDocument.Create().SetTitle("Website notice").SetText("w").SetOrganization(org).SaveX(ctx)
	hr := c.PolicyDocument.Create().SetTitle("HR notice").SetText("h").SetOrganization(org).SaveX(ctx)
	health := c.DataCategory.Create().SetKey("user.health").SetName("Health").SetSpecialCategory(true).SaveX(ctx)
	email := c.DataCategory.Create().SetKey("user.email").SetName("Email").SaveX(ctx)
	p1 := c.Purpose.Create().SetKey("care").SetName("Care").SaveX(ctx)
	p2 := c.Purpose.Create().SetKey("news").SetName("Newsletter").SaveX(ctx)
	li := c.LegalBasis.Create().SetKey("legitimate_interests").SetName("LI").SetArticle(legalbasis.ArticleArt6).SetReference("GDPR Art 6(1)(f)").SaveX(ctx)
	art9 := c.LegalBasis.Create().SetKey("explicit_consent").SetName("Explicit consent").SetArticle(legalbasis.ArticleArt9).SetReference("GDPR Art 9(2)(a)").SaveX(ctx)
	adequacy := c.TransferSafeguard.Create().SetKey("adequacy").SetName("Adequacy").SetMechanism(transfersafeguard.MechanismAdequacy).SaveX(ctx)
	scc := c.TransferSafeguard.Create().SetKey("scc_2021").SetName("SCCs 2021").SetMechanism(transfersafeguard.MechanismScc).SaveX(ctx)

	// Care: health data with no Art 9 condition, a purpose without basis.
	care := c.ProcessingActivity.Create().SetName("Care").SetOrganization(org).SetNotice(web).AddDataCategories(health).SaveX(ctx)
	c.ActivityPurpose.Create().SetActivity(care).SetPurpose(p1).ExecX(ctx)
	// Payroll (HR notice): health data with a condition; LI with its interest.
	pay := c.ProcessingActivity.Create().SetName("Payroll").SetOrganization(org).SetNotice(hr).AddDataCategories(health).SaveX(ctx)
	c.ActivityPurpose.Create().SetActivity(pay).SetPurpose(p1).SetLegalBasis(li).SetSpecialCondition(art9).SetLegitimateInterest("paying staff").ExecX(ctx)
	// News: LI without the interest.
	news := c.ProcessingActivity.Create().SetName("News").SetOrganization(org).SetNotice(web).AddDataCategories(email).SaveX(ctx)
	c.ActivityPurpose.Create().SetActivity(news).SetPurpose(p2).SetLegalBasis(li).ExecX(ctx)
	c.Transfer.Create().SetOrganization(org).SetNotice(web).SetCountry("US").SetSafeguard(adequacy).ExecX(ctx)
	c.Transfer.Create().SetOrganization(org).SetNotice(web).SetCountry("JP").SetSafeguard(adequacy).ExecX(ctx)
	c.Transfer.Create().SetOrganization(org).SetNotice(hr).SetCountry("IN").SetSafeguard(scc).ExecX(ctx)
	c.Transfer.Create().SetOrganization(org).SetNotice(hr).SetCountry("BR").ExecX(ctx)
	// The HR notice says it collects no special-category data.
	c.Statement.Create().SetKind(statement.KindNoSpecialCategory).SetText("we do not collect special category data").
		SetOrganization(org).SetNotice(hr).ExecX(ctx)

	fs := evaluate(t, c, "acme", date("2026-12-02"))
	want := map[string][]string{ // rule -> activity or message fragment of each finding
		"special-category-no-art9":               {"Care"},
		"purpose-no-basis":                       {"Care"},
		"legitimate-interest-not-stated":         {"News"},
		"transfer-us-adequacy-without-dpf":       {"United States"},
		"transfer-no-safeguard":                  {"Brazil"},
		"statement-contradicts-special-category": {"Payroll"},
	}
	for rule, subs := range want {
		got := having(fs, rule, nil)
		if len(got) != len(subs) {
			t.Errorf("%s: %d findings %+v, want %d", rule, len(got), got, len(subs))
			continue
		}
		for i, sub := range subs {
			if got[i].Activity != sub && !strings.Contains(got[i].Message, sub) {
				t.Errorf("%s: %+v, want it about %s", rule, got[i], sub)
			}
		}
	}
	// Severity filter helper.
	if !findings.High.AtLeast(findings.Medium) || findings.Low.AtLeast(findings.Medium) {
		t.Error("severity order")
	}
}

// TestSeedFindingsOfTheNotices: the findings of the rules over the
// notices' contradictions, addresses and leftovers, each read from the
// notice's text and asserted with its sentence; none where a notice gives
// no ground.
func TestSeedFindingsOfTheNotices(t *testing.T) {
	c := storetest.Open(t, store.Config{})
	if _, err := seed.Load(context.Background(), c); err != nil {
		t.Fatal(err)
	}
	now := date("2026-12-02")
	all := map[string][]findings.Finding{}
	for _, org := range []string{"ujet", "jujotech", "xajeet", "ubpartner"} {
		all[org] = evaluate(t, c, org, now)
	}
	// expect: org -> rule -> one entry per finding: sentences it must cite.
	expect := map[string]map[string][][]string{
		"ujet": {
			// "You may request details of such safeguards by contacting us
			// at privacy@ujet.co." while every other address is @ujet.cx.
			"contact-other-domain": {{"contacting us at\u00a0privacy@ujet.co."}},
			// Website: legitimate interests "such as for direct marketing"
			// and consent "to use your information for marketing"; careers:
			// legitimate interests "for recruiting job applicants" and
			// "to perform a contract with you".
			"purpose-two-bases": {
				{"legitimate business interests, such as for direct marketing", "Where we have your consent"},
				{"legitimate business interests, such as for recruiting job applicants", "perform a contract with you"},
			},
			// Careers: "We do not sell your personal data" beside "Third
			// party advertising companies may place or recognize a unique
			// cookie". The website's advertising partners are recorded as
			// processors ("These processors may use cookies"): no sale.
			"statement-contradicts-sale": {{"We do not sell your personal data", "Third party advertising companies may place"}},
		},
		"jujotech": {
			"contact-other-domain":       {{"please submit an email to privacy@amperity.com"}},
			"notice-names-other-company": {{"if you are not a zoom customer", "violations of zoom’s terms of service"}},
		},
		"ubpartner": {
			// "we will only process your personal data to send you direct
			// marketing if we have your consent" and "our ability to send
			// direct marketing is necessary for our commercial interests".
			// dpo@sopro.io is the named processor SoPro's: no finding.
			"purpose-two-bases": {{"send you direct marketing if we have your consent", "necessary for our commercial interests"}},
		},
		"xajeet": {},
	}
	// Rules none of the notices gives ground for: every consent comes with
	// a right to withdraw it; no notice records children's data; every
	// notice is current; every activity whose sentences say data is shared
	// names a recipient.
	quiet := []string{"consent-no-withdrawal", "children-no-parental-consent", "evidence-not-in-current-notice",
		"activity-no-recipients-while-shared", "contact-other-domain", "notice-names-other-company",
		"purpose-two-bases", "statement-contradicts-sale"}
	for org, rules := range expect {
		for _, rule := range quiet {
			want := rules[rule]
			got := having(all[org], rule, nil)
			if len(got) != len(want) {
				t.Errorf("%s %s: %d findings %+v, want %d", org, rule, len(got), got, len(want))
				continue
			}
			for i, sentences := range want {
				for _, s := range sentences {
					if !quotes(got[i], s) {
						t.Errorf("%s %s #%d: %+v does not cite %q", org, rule, i, got[i], s)
					}
				}
			}
		}
	}
	// The Swiss-US Privacy Shield of the applicant notice: stale from
	// 2020-09-08 (Swiss FDPIC), not the day before.
	swiss := func(f findings.Finding) bool { return strings.Contains(f.Message, "Swiss-US Privacy Shield") }
	if n := len(having(evaluate(t, c, "ujet", date("2020-09-07")), "transfer-invalid-instrument", swiss)); n != 0 {
		t.Errorf("Swiss-US Privacy Shield on 2020-09-07: %d findings, want 0", n)
	}
	if got := having(evaluate(t, c, "ujet", date("2020-09-08")), "transfer-invalid-instrument", swiss); len(got) != 1 ||
		got[0].Since != "2020-09-08" || !quotes(got[0], "Swiss – U.S. Privacy Shield") {
		t.Errorf("Swiss-US Privacy Shield on 2020-09-08: %+v, want one since that day with its sentence", got)
	}
	// Jujotech's 2010 clauses (CELEX 32010D0087): no new contract from
	// 2021-09-27. UJET's "Model Clauses" name no version: no finding.
	if n := len(having(evaluate(t, c, "jujotech", date("2021-09-26")), "transfer-old-scc-new-contract", nil)); n != 0 {
		t.Errorf("old SCCs on 2021-09-26: %d findings, want 0", n)
	}
	if got := having(evaluate(t, c, "jujotech", date("2021-09-27")), "transfer-old-scc-new-contract", nil); len(got) != 1 ||
		got[0].Since != "2021-09-27" || !quotes(got[0], "celex%3a32010d0087") {
		t.Errorf("old SCCs on 2021-09-27: %+v, want one since that day citing the 2010 decision", got)
	}
	if got := having(evaluate(t, c, "ujet", date("2022-06-01")), "transfer-old-scc-new-contract", nil); len(got) != 0 {
		t.Errorf("UJET's SCCs of no stated version: %+v, want none", got)
	}
}
