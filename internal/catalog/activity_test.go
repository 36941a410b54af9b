package catalog_test

import (
	"context"
	"encoding/json"
	"errors"
	"slices"
	"testing"

	"github.com/ropacatalog/ropa/ent"
	"github.com/ropacatalog/ropa/ent/change"
	"github.com/ropacatalog/ropa/ent/legalbasis"
	"github.com/ropacatalog/ropa/ent/processingactivity"
	"github.com/ropacatalog/ropa/ent/recipient"
	"github.com/ropacatalog/ropa/ent/retentionrule"
	"github.com/ropacatalog/ropa/ent/securitymeasure"
	"github.com/ropacatalog/ropa/ent/transfer"
	"github.com/ropacatalog/ropa/ent/transfersafeguard"
	"github.com/ropacatalog/ropa/internal/actor"
	"github.com/ropacatalog/ropa/internal/catalog"
	"github.com/ropacatalog/ropa/internal/invalid"
	"github.com/ropacatalog/ropa/internal/review"
	"github.com/ropacatalog/ropa/internal/store"
	"github.com/ropacatalog/ropa/internal/store/storetest"
)

// vocab is the fixture's vocabulary: the entries a form picks from.
type vocab struct {
	org                                    int
	marketing, hiring, newsletter          int // purposes
	consent, contract, interests, explicit int // Art 6(1)(a), (b), (f); Art 9(2)(a)
	email, health, name                    int // data categories
	customers, applicants                  int // data subjects
	direct, thirdParty                     int // sources
	encryption, access                     int // security measures
	scc, dpf                               int // safeguards
	mailchimp                              int // an existing recipient
	crm                                    int // an existing system
}

func fixture(t *testing.T) (*ent.Client, vocab) {
	t.Helper()
	ctx := context.Background()
	c := storetest.Open(t, store.Config{})
	var v vocab
	err := catalog.Write(ctx, c, actor.Seed("fixture"), func(ctx context.Context, tx *ent.Tx) error {
		v.org = tx.Organization.Create().SetKey("acme").SetName("Acme GmbH").SaveX(ctx).ID
		v.marketing = tx.Purpose.Create().SetKey("marketing").SetName("Marketing").SaveX(ctx).ID
		v.hiring = tx.Purpose.Create().SetKey("employment.recruitment").SetName("Recruitment").SaveX(ctx).ID
		v.newsletter = tx.Purpose.Create().SetKey("marketing.communications").SetName("Newsletter").SaveX(ctx).ID
		b := func(key, name, ref string, art legalbasis.Article) int {
			return tx.LegalBasis.Create().SetKey(key).SetName(name).SetReference(ref).SetArticle(art).SaveX(ctx).ID
		}
		v.consent = b("consent", "Consent", "GDPR Art 6(1)(a)", legalbasis.ArticleArt6)
		v.contract = b("contract", "Contract", "GDPR Art 6(1)(b)", legalbasis.ArticleArt6)
		v.interests = b("legitimate_interests", "Legitimate interests", "GDPR Art 6(1)(f)", legalbasis.ArticleArt6)
		v.explicit = b("art9.explicit_consent", "Explicit consent", "GDPR Art 9(2)(a)", legalbasis.ArticleArt9)
		v.email = tx.DataCategory.Create().SetKey("user.contact.email").SetName("Email address").SaveX(ctx).ID
		v.health = tx.DataCategory.Create().SetKey("user.health_and_medical").SetName("Health").SetSpecialCategory(true).SaveX(ctx).ID
		v.name = tx.DataCategory.Create().SetKey("user.name").SetName("Name").SaveX(ctx).ID
		v.customers = tx.DataSubjectCategory.Create().SetKey("customer").SetName("Customers").SaveX(ctx).ID
		v.applicants = tx.DataSubjectCategory.Create().SetKey("job_applicant").SetName("Job applicants").SaveX(ctx).ID
		v.direct = tx.DataSource.Create().SetKey("data_subject").SetName("The data subject").SaveX(ctx).ID
		v.thirdParty = tx.DataSource.Create().SetKey("third_party").SetName("Third parties").SaveX(ctx).ID
		v.encryption = tx.SecurityMeasure.Create().SetKey("encryption").SetName("Encryption").SetKind(securitymeasure.KindTechnical).SaveX(ctx).ID
		v.access = tx.SecurityMeasure.Create().SetKey("access_control").SetName("Access control").SetKind(securitymeasure.KindOrganisational).SaveX(ctx).ID
		v.scc = tx.TransferSafeguard.Create().SetKey("scc_2021").SetName("SCCs 2021/914").SetMechanism(transfersafeguard.MechanismScc).SaveX(ctx).ID
		v.dpf = tx.TransferSafeguard.Create().SetKey("dpf").SetName("EU-US DPF").SetMechanism(transfersafeguard.MechanismAdequacy).SaveX(ctx).ID
		v.mailchimp = tx.Recipient.Create().SetOrganizationID(v.org).SetName("Mailchimp").SetKind(recipient.KindProcessor).SaveX(ctx).ID
		v.crm = tx.System.Create().SetOrganizationID(v.org).SetKey("crm").SetName("CRM").SaveX(ctx).ID
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return c, v
}

func ptr[T any](v T) *T { return &v }

// full is an activity with something in every section.
func full(v vocab) catalog.ActivityInput {
	return catalog.ActivityInput{
		Organization: "acme", Name: "Newsletter", Description: "Monthly news to customers",
		BusinessFunction: "Marketing", Role: processingactivity.RoleController, Owner: "Marketing team",
		DpiaRequired: ptr(false),
		Purposes: []catalog.PurposeInput{
			{Purpose: v.newsletter, LegalBasis: &v.consent},
			{Purpose: v.marketing, LegalBasis: &v.interests, LegitimateInterest: "knowing which news is read"},
		},
		DataSubjects:   []int{v.customers},
		DataCategories: []int{v.email, v.name},
		Disclosures: []catalog.DisclosureInput{
			{Recipient: catalog.RecipientRef{ID: &v.mailchimp}, DataCategories: []int{v.email}, Purposes: []int{v.newsletter}},
			{Recipient: catalog.RecipientRef{Name: "Printing house", Kind: recipient.KindProcessor}},
		},
		Transfers: []catalog.TransferInput{
			{Scope: transfer.ScopeCountry, Country: "us", Recipient: &catalog.RecipientRef{ID: &v.mailchimp}, Safeguard: &v.dpf},
		},
		RetentionRules: []catalog.RetentionInput{
			{Duration: "P2Y", EndAction: retentionrule.EndActionDelete, DataCategories: []int{v.email}},
		},
		SecurityMeasures: []catalog.SecurityInput{{Measure: v.encryption, Description: "TLS in transit"}},
		Systems:          []catalog.SystemRef{{ID: &v.crm}, {Name: "Mailing tool"}},
		Sources:          []int{v.direct},
	}
}

func save(t *testing.T, c *ent.Client, in catalog.ActivityInput) (*ent.ProcessingActivity, error) {
	t.Helper()
	var a *ent.ProcessingActivity
	err := catalog.Write(context.Background(), c, actor.CLI("dpo"), func(ctx context.Context, tx *ent.Tx) (err error) {
		a, err = catalog.SaveActivity(ctx, tx.Client(), in)
		return err
	})
	return a, err
}

// loaded is the activity with every edge the save writes.
func loaded(t *testing.T, c *ent.Client, id int) *ent.ProcessingActivity {
	t.Helper()
	return c.ProcessingActivity.Query().Where(processingactivity.ID(id)).
		WithPurposes().WithDataSubjects().WithDataCategories().WithSources().WithSystems().
		WithDisclosures(func(q *ent.DisclosureQuery) { q.WithRecipient().WithDataCategories().WithPurposes() }).
		WithTransfers().WithRetentionRules(func(q *ent.RetentionRuleQuery) { q.WithDataCategories() }).
		WithSecurityPractices().OnlyX(context.Background())
}

func ids[T any](xs []T, id func(T) int) []int {
	out := []int{}
	for _, x := range xs {
		out = append(out, id(x))
	}
	slices.Sort(out)
	return out
}

func sorted(xs ...int) []int { slices.Sort(xs); return xs }

// TestSaveActivityCreatesAllParts: one save writes the activity and every
// Art 30 item given, new recipients and systems by name included, with
// the writer as their origin.
func TestSaveActivityCreatesAllParts(t *testing.T) {
	c, v := fixture(t)
	a, err := save(t, c, full(v))
	if err != nil {
		t.Fatal(err)
	}
	got := loaded(t, c, a.ID)
	e := got.Edges
	if got.Name != "Newsletter" || got.Owner != "Marketing team" || got.BusinessFunction != "Marketing" || got.DpiaRequired == nil || *got.DpiaRequired || got.Origin != "cli:dpo" {
		t.Errorf("activity %+v", got)
	}
	if len(e.Purposes) != 2 {
		t.Fatalf("%d purposes, want 2", len(e.Purposes))
	}
	for _, p := range e.Purposes {
		switch p.PurposeID {
		case v.newsletter:
			if p.LegalBasisID != v.consent {
				t.Errorf("newsletter basis %d, want consent", p.LegalBasisID)
			}
		case v.marketing:
			if p.LegalBasisID != v.interests || p.LegitimateInterest != "knowing which news is read" {
				t.Errorf("marketing purpose %+v", p)
			}
		default:
			t.Errorf("unexpected purpose %d", p.PurposeID)
		}
	}
	if g := ids(e.DataSubjects, func(x *ent.DataSubjectCategory) int { return x.ID }); !slices.Equal(g, []int{v.customers}) {
		t.Errorf("data subjects %v", g)
	}
	if g := ids(e.DataCategories, func(x *ent.DataCategory) int { return x.ID }); !slices.Equal(g, sorted(v.email, v.name)) {
		t.Errorf("data categories %v", g)
	}
	if g := ids(e.Sources, func(x *ent.DataSource) int { return x.ID }); !slices.Equal(g, []int{v.direct}) {
		t.Errorf("sources %v", g)
	}
	if len(e.Systems) != 2 || !slices.ContainsFunc(e.Systems, func(s *ent.System) bool { return s.Key == "mailing_tool" && s.Name == "Mailing tool" }) {
		t.Errorf("systems %+v; want CRM and a new Mailing tool (key mailing_tool)", e.Systems)
	}
	if len(e.Disclosures) != 2 {
		t.Fatalf("%d disclosures", len(e.Disclosures))
	}
	for _, d := range e.Disclosures {
		switch d.Edges.Recipient.Name {
		case "Mailchimp":
			if len(d.Edges.DataCategories) != 1 || d.Edges.DataCategories[0].ID != v.email || len(d.Edges.Purposes) != 1 || d.Edges.Purposes[0].ID != v.newsletter {
				t.Errorf("Mailchimp disclosure %+v", d.Edges)
			}
		case "Printing house":
			if r := d.Edges.Recipient; r.Kind != recipient.KindProcessor || r.OrganizationID != v.org || r.Origin != "cli:dpo" {
				t.Errorf("new recipient %+v", r)
			}
		default:
			t.Errorf("disclosure to %s", d.Edges.Recipient.Name)
		}
	}
	if len(e.Transfers) != 1 || e.Transfers[0].Country != "US" || e.Transfers[0].SafeguardID != v.dpf || e.Transfers[0].RecipientID != v.mailchimp || e.Transfers[0].OrganizationID != v.org {
		t.Errorf("transfers %+v", e.Transfers)
	}
	if len(e.RetentionRules) != 1 || e.RetentionRules[0].Duration != "P2Y" || e.RetentionRules[0].EndAction != retentionrule.EndActionDelete || len(e.RetentionRules[0].Edges.DataCategories) != 1 {
		t.Errorf("retention %+v", e.RetentionRules)
	}
	if len(e.SecurityPractices) != 1 || e.SecurityPractices[0].MeasureID != v.encryption || e.SecurityPractices[0].Description != "TLS in transit" {
		t.Errorf("security %+v", e.SecurityPractices)
	}
}

// TestSaveActivityUpdatesEachSection: a second save changes every
// section: children kept by ID are updated in place, left-out ones are
// deleted, new ones created; a save that changes nothing writes no
// history.
func TestSaveActivityUpdatesEachSection(t *testing.T) {
	ctx := context.Background()
	c, v := fixture(t)
	a, err := save(t, c, full(v))
	if err != nil {
		t.Fatal(err)
	}
	got := loaded(t, c, a.ID)
	in := full(v)
	in.ID = &a.ID
	// Every child by its ID, as the form sends them back.
	for i := range in.Purposes {
		for _, p := range got.Edges.Purposes {
			if p.PurposeID == in.Purposes[i].Purpose {
				in.Purposes[i].ID = ptr(p.ID)
			}
		}
	}
	for i := range in.Disclosures {
		for _, d := range got.Edges.Disclosures {
			if r := in.Disclosures[i].Recipient; (r.ID != nil && *r.ID == d.RecipientID) || r.Name == d.Edges.Recipient.Name {
				in.Disclosures[i].ID = ptr(d.ID)
			}
		}
	}
	in.Transfers[0].ID = ptr(got.Edges.Transfers[0].ID)
	in.RetentionRules[0].ID = ptr(got.Edges.RetentionRules[0].ID)
	in.SecurityMeasures[0].ID = ptr(got.Edges.SecurityPractices[0].ID)
	for i, s := range got.Edges.Systems {
		in.Systems[i] = catalog.SystemRef{ID: ptr(s.ID)}
	}
	before := c.Change.Query().CountX(ctx)
	if _, err := save(t, c, in); err != nil {
		t.Fatal(err)
	}
	if n := c.Change.Query().CountX(ctx) - before; n != 0 {
		t.Errorf("saving the activity unchanged wrote %d changes, want none", n)
	}
	keptPurpose := *in.Purposes[0].ID
	keptTransfer := *in.Transfers[0].ID

	// Now change every section.
	in.Name, in.Role, in.DpiaRequired, in.Owner = "Newsletter and offers", processingactivity.RoleProcessor, nil, ""
	in.OnBehalfOf = "our business customers"
	in.Purposes[0].LegalBasis = &v.contract                     // update in place
	in.Purposes = append(in.Purposes[:1], catalog.PurposeInput{ // marketing removed, recruitment added
		Purpose: v.hiring, LegalBasis: &v.consent, SpecialCondition: &v.explicit})
	in.DataSubjects = []int{v.applicants}
	in.DataCategories = []int{v.email, v.health}
	in.Disclosures = in.Disclosures[:1] // the printing house removed
	in.Disclosures[0].DataCategories = []int{v.email, v.health}
	in.Disclosures[0].Purposes = nil
	in.Transfers[0].Country, in.Transfers[0].Safeguard = "GB", &v.scc
	in.RetentionRules[0].Duration, in.RetentionRules[0].Criterion = "", "until the subscription ends"
	in.RetentionRules = append(in.RetentionRules, catalog.RetentionInput{Duration: "P30D", EndAction: retentionrule.EndActionAnonymise})
	in.SecurityMeasures = []catalog.SecurityInput{{Measure: v.access}} // encryption removed
	in.Systems = in.Systems[:0]
	in.Sources = []int{v.thirdParty}
	if _, err := save(t, c, in); err != nil {
		t.Fatal(err)
	}
	got = loaded(t, c, a.ID)
	e := got.Edges
	if got.Name != "Newsletter and offers" || got.Role != processingactivity.RoleProcessor || got.OnBehalfOf != "our business customers" || got.DpiaRequired != nil || got.Owner != "" {
		t.Errorf("activity %+v", got)
	}
	if len(e.Purposes) != 2 {
		t.Fatalf("purposes %+v", e.Purposes)
	}
	for _, p := range e.Purposes {
		switch p.PurposeID {
		case v.newsletter:
			if p.ID != keptPurpose || p.LegalBasisID != v.contract {
				t.Errorf("newsletter purpose %+v: want ID %d kept, basis contract", p, keptPurpose)
			}
		case v.hiring:
			if p.LegalBasisID != v.consent || p.SpecialConditionID != v.explicit {
				t.Errorf("recruitment purpose %+v", p)
			}
		default:
			t.Errorf("purpose %d left", p.PurposeID)
		}
	}
	if g := ids(e.DataSubjects, func(x *ent.DataSubjectCategory) int { return x.ID }); !slices.Equal(g, []int{v.applicants}) {
		t.Errorf("data subjects %v", g)
	}
	if g := ids(e.DataCategories, func(x *ent.DataCategory) int { return x.ID }); !slices.Equal(g, sorted(v.email, v.health)) {
		t.Errorf("data categories %v", g)
	}
	if len(e.Disclosures) != 1 || len(e.Disclosures[0].Edges.DataCategories) != 2 || len(e.Disclosures[0].Edges.Purposes) != 0 {
		t.Errorf("disclosures %+v", e.Disclosures)
	}
	if c.Recipient.Query().CountX(ctx) != 2 {
		t.Error("removing a disclosure must keep its recipient")
	}
	if len(e.Transfers) != 1 || e.Transfers[0].ID != keptTransfer || e.Transfers[0].Country != "GB" || e.Transfers[0].SafeguardID != v.scc {
		t.Errorf("transfers %+v", e.Transfers)
	}
	if len(e.RetentionRules) != 2 {
		t.Errorf("retention %+v", e.RetentionRules)
	}
	for _, r := range e.RetentionRules {
		if r.Duration == "" && r.Criterion != "until the subscription ends" || r.Duration != "" && r.Duration != "P30D" {
			t.Errorf("retention rule %+v", r)
		}
	}
	if len(e.SecurityPractices) != 1 || e.SecurityPractices[0].MeasureID != v.access {
		t.Errorf("security %+v", e.SecurityPractices)
	}
	if n := c.SecurityPractice.Query().CountX(ctx); n != 1 {
		t.Errorf("%d security practices: the removed one, stated for this activity alone, must be deleted (with no activity it would apply organization-wide)", n)
	}
	if len(e.Systems) != 0 || c.System.Query().CountX(ctx) != 2 {
		t.Errorf("systems %+v: want the links gone and the systems kept", e.Systems)
	}
	if g := ids(e.Sources, func(x *ent.DataSource) int { return x.ID }); !slices.Equal(g, []int{v.thirdParty}) {
		t.Errorf("sources %v", g)
	}
}

// snapshot is every row a save could touch, rejected ones included.
func snapshot(t *testing.T, c *ent.Client) string {
	t.Helper()
	ctx := review.WithRejected(context.Background())
	all := map[string]any{
		"activities":  c.ProcessingActivity.Query().WithDataCategories().WithDataSubjects().WithSystems().WithSources().AllX(ctx),
		"purposes":    c.ActivityPurpose.Query().AllX(ctx),
		"disclosures": c.Disclosure.Query().WithDataCategories().WithPurposes().AllX(ctx),
		"transfers":   c.Transfer.Query().AllX(ctx),
		"retention":   c.RetentionRule.Query().WithDataCategories().AllX(ctx),
		"security":    c.SecurityPractice.Query().WithActivities().AllX(ctx),
		"recipients":  c.Recipient.Query().AllX(ctx),
		"systems":     c.System.Query().AllX(ctx),
		"changes":     c.Change.Query().CountX(ctx),
	}
	b, err := json.Marshal(all)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestSaveActivityRejectsWholeSave: one bad part fails the save with the
// input path of that part, and the catalog is as it was, whether the part
// is found bad before writing (an unknown basis) or by a schema rule while
// writing (a country that is no ISO code, after the activity was renamed).
func TestSaveActivityRejectsWholeSave(t *testing.T) {
	c, v := fixture(t)
	a, err := save(t, c, full(v))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		what, field string
		change      func(in *catalog.ActivityInput)
	}{
		{"an unknown legal basis", "purposes[1].legalBasis", func(in *catalog.ActivityInput) { in.Purposes[1].LegalBasis = ptr(v.mailchimp) }},
		{"an Art 9 condition as the Art 6 basis", "purposes[0].legalBasis", func(in *catalog.ActivityInput) { in.Purposes[0].LegalBasis = &v.explicit }},
		{"an Art 6 basis as the Art 9 condition", "purposes[1].specialCondition", func(in *catalog.ActivityInput) { in.Purposes[1].SpecialCondition = &v.consent }},
		{"a country that is no ISO code", "transfers[0].country", func(in *catalog.ActivityInput) { in.Transfers[0].Country = "XX" }},
		{"a duration that is not ISO 8601", "retentionRules[0].duration", func(in *catalog.ActivityInput) { in.RetentionRules[0].Duration = "two years" }},
		{"a retention rule with no limit", "retentionRules[0].duration", func(in *catalog.ActivityInput) { in.RetentionRules[0].Duration = "" }},
		{"an unknown data category", "disclosures[0].dataCategories[0]", func(in *catalog.ActivityInput) { in.Disclosures[0].DataCategories = []int{v.customers} }},
		{"a blank name", "name", func(in *catalog.ActivityInput) { in.Name = "  " }},
		{"a child of another activity", "purposes[0].id", func(in *catalog.ActivityInput) { in.Purposes[0].ID = ptr(v.marketing) }},
		{"an unknown organization", "organization", func(in *catalog.ActivityInput) { in.Organization = "nobody" }},
	} {
		t.Run(tc.what, func(t *testing.T) {
			before := snapshot(t, c)
			in := full(v)
			in.ID = &a.ID
			in.Name = "Renamed before the bad part"
			in.Purposes = append(in.Purposes, catalog.PurposeInput{Purpose: v.hiring, LegalBasis: &v.consent})
			tc.change(&in)
			_, err := save(t, c, in)
			var inv *invalid.Error
			if !errors.As(err, &inv) || inv.Field != tc.field {
				t.Fatalf("error %v (%T), want an invalid input at %s", err, err, tc.field)
			}
			if after := snapshot(t, c); after != before {
				t.Errorf("the rejected save changed the catalog:\nbefore %s\nafter  %s", before, after)
			}
		})
	}
}

// TestSaveActivityHistory: the save's creates, updates and deletes are in
// the history, one change per row written, under the writer's name.
func TestSaveActivityHistory(t *testing.T) {
	ctx := context.Background()
	c, v := fixture(t)
	before := c.Change.Query().Aggregate(ent.Max(change.FieldID)).IntX(ctx) // after the fixture's
	a, err := save(t, c, full(v))
	if err != nil {
		t.Fatal(err)
	}
	created := c.Change.Query().Where(change.IDGT(before)).AllX(ctx)
	kinds := map[string]int{}
	for _, ch := range created {
		if ch.Actor != "cli:dpo" || ch.Operation != change.OperationCreate {
			t.Errorf("change %+v: want a create by cli:dpo", ch)
		}
		kinds[ch.EntityType]++
	}
	// 1 activity, 2 purposes, 2 disclosures, 1 new recipient, 1 transfer,
	// 1 retention rule, 1 security practice, 1 new system.
	want := map[string]int{"ProcessingActivity": 1, "ActivityPurpose": 2, "Disclosure": 2, "Recipient": 1, "Transfer": 1, "RetentionRule": 1, "SecurityPractice": 1, "System": 1}
	for k, n := range want {
		if kinds[k] != n {
			t.Errorf("%d creates of %s, want %d (all: %v)", kinds[k], k, n, kinds)
		}
	}
	// Removing one purpose: one delete of that purpose.
	got := loaded(t, c, a.ID)
	in := full(v)
	in.ID = &a.ID
	in.Purposes = in.Purposes[:0]
	for _, p := range got.Edges.Purposes {
		if p.PurposeID == v.newsletter {
			in.Purposes = append(in.Purposes, catalog.PurposeInput{ID: ptr(p.ID), Purpose: p.PurposeID, LegalBasis: ptr(p.LegalBasisID)})
		}
	}
	in.Disclosures, in.Transfers, in.RetentionRules, in.SecurityMeasures = nil, nil, nil, nil
	in.Systems = nil
	for _, s := range got.Edges.Systems {
		in.Systems = append(in.Systems, catalog.SystemRef{ID: ptr(s.ID)})
	}
	mark := c.Change.Query().Aggregate(ent.Max(change.FieldID)).IntX(ctx)
	if _, err := save(t, c, in); err != nil {
		t.Fatal(err)
	}
	dels := c.Change.Query().Where(change.IDGT(mark)).AllX(ctx)
	kinds = map[string]int{}
	for _, ch := range dels {
		if ch.Operation != change.OperationDelete || ch.Actor != "cli:dpo" {
			t.Errorf("change %+v: want deletes only", ch)
		}
		kinds[ch.EntityType]++
	}
	want = map[string]int{"ActivityPurpose": 1, "Disclosure": 2, "Transfer": 1, "RetentionRule": 1, "SecurityPractice": 1}
	for k, n := range want {
		if kinds[k] != n {
			t.Errorf("%d deletes of %s, want %d (all: %v)", kinds[k], k, n, kinds)
		}
	}
}

// TestSaveOrganization: a new organization with its contact block, an
// update that clears one detail, and a key that is taken.
func TestSaveOrganization(t *testing.T) {
	ctx := context.Background()
	c, _ := fixture(t)
	var o *ent.Organization
	write := func(in catalog.OrganizationInput) error {
		return catalog.Write(ctx, c, actor.CLI("dpo"), func(ctx context.Context, tx *ent.Tx) (err error) {
			o, err = catalog.SaveOrganization(ctx, tx.Client(), in)
			return err
		})
	}
	in := catalog.OrganizationInput{Key: "beta", Name: "Beta SA", Country: "fr", Email: "privacy@beta.example", DpoName: "Jane Roe", DpoEmail: "dpo@beta.example", RepresentativeName: "Rep Ltd"}
	if err := write(in); err != nil {
		t.Fatal(err)
	}
	if o.Country != "FR" || o.DpoName != "Jane Roe" || o.RepresentativeName != "Rep Ltd" || o.Origin != "cli:dpo" {
		t.Errorf("created %+v", o)
	}
	in.ID, in.RepresentativeName, in.Name = &o.ID, "", "Beta S.A."
	if err := write(in); err != nil {
		t.Fatal(err)
	}
	if o = c.Organization.GetX(ctx, o.ID); o.Name != "Beta S.A." || o.RepresentativeName != "" || o.DpoEmail != "dpo@beta.example" {
		t.Errorf("updated %+v", o)
	}
	var inv *invalid.Error
	if err := write(catalog.OrganizationInput{Key: "acme", Name: "Another Acme"}); !errors.As(err, &inv) || inv.Field != "key" {
		t.Errorf("a taken key: %v", err)
	}
	if err := write(catalog.OrganizationInput{Key: "Gamma Corp", Name: "Gamma"}); !errors.As(err, &inv) || inv.Field != "key" {
		t.Errorf("a key with spaces: %v", err)
	}
	if err := write(catalog.OrganizationInput{Key: "gamma", Name: "Gamma", Country: "Germany"}); !errors.As(err, &inv) || inv.Field != "country" {
		t.Errorf("a country that is no code: %v", err)
	}
}
