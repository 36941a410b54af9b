package record_test

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/ropacatalog/ropa/ent"
	"github.com/ropacatalog/ropa/ent/legalbasis"
	"github.com/ropacatalog/ropa/ent/recipient"
	"github.com/ropacatalog/ropa/internal/record"
	"github.com/ropacatalog/ropa/internal/review"
	"github.com/ropacatalog/ropa/internal/store"
	"github.com/ropacatalog/ropa/internal/store/storetest"
	"github.com/ropacatalog/ropa/seed"
)

// catalog is a small organization with two notices, written to exercise
// each scope rule once.
type catalog struct {
	c                              *ent.Client
	website, careers, other        *ent.ProcessingActivity // described by the website notice, the careers notice, none
	websiteTwo                     *ent.ProcessingActivity // a second website activity, disclosing to nobody
	analytics, checks              *ent.Recipient
	websiteWide, orgWide, careerTr *ent.Transfer
	toAnalytics                    *ent.Transfer // website notice, naming the analytics provider
	emailRule, allRule             *ent.RetentionRule
	listed, websiteMeasure         *ent.SecurityPractice
	websiteNotice                  *ent.PolicyDocument
	marketing, analyticsAP         *ent.ActivityPurpose
	toAnalyticsDisclosure          *ent.Disclosure
	unpurposed                     *ent.Disclosure
}

func build(t *testing.T) *catalog {
	t.Helper()
	ctx := context.Background()
	c := storetest.Open(t, store.Config{})
	x := &catalog{c: c}
	org := c.Organization.Create().SetKey("acme").SetName("Acme").SaveX(ctx)
	x.websiteNotice = c.PolicyDocument.Create().SetTitle("Website notice").SetText("website").SetOrganization(org).SaveX(ctx)
	careers := c.PolicyDocument.Create().SetTitle("Careers notice").SetText("careers").SetOrganization(org).SaveX(ctx)
	email := c.DataCategory.Create().SetKey("user.contact.email").SetName("Email").SaveX(ctx)
	health := c.DataCategory.Create().SetKey("user.health").SetName("Health").SaveX(ctx)
	contact := c.DataCategory.Create().SetKey("user.contact").SetName("Contact").SaveX(ctx)
	us := func() *ent.TransferCreate { return c.Transfer.Create().SetOrganization(org).SetCountry("US") }

	x.website = c.ProcessingActivity.Create().SetName("Website forms").SetOrganization(org).SetNotice(x.websiteNotice).AddDataCategories(email).SaveX(ctx)
	x.websiteTwo = c.ProcessingActivity.Create().SetName("Website cookies").SetOrganization(org).SetNotice(x.websiteNotice).AddDataCategories(health).SaveX(ctx)
	x.careers = c.ProcessingActivity.Create().SetName("Recruiting").SetOrganization(org).SetNotice(careers).SaveX(ctx)
	x.other = c.ProcessingActivity.Create().SetName("Entered by hand").SetOrganization(org).SaveX(ctx)

	x.analytics = c.Recipient.Create().SetName("Analytics Inc").SetKind(recipient.KindProcessor).SetOrganization(org).SaveX(ctx)
	x.checks = c.Recipient.Create().SetName("Background checks").SetKind(recipient.KindProcessor).SetOrganization(org).SaveX(ctx)
	mkt := c.Purpose.Create().SetKey("marketing").SetName("Marketing").SaveX(ctx)
	email2 := c.Purpose.Create().SetKey("marketing.email").SetName("Email marketing").SetParentID(mkt.ID).SaveX(ctx)
	ana := c.Purpose.Create().SetKey("analytics").SetName("Analytics").SaveX(ctx)
	consent := c.LegalBasis.Create().SetKey("consent").SetName("Consent").SetArticle(legalbasis.ArticleArt6).SetReference("GDPR Art 6(1)(a)").SaveX(ctx)
	li := c.LegalBasis.Create().SetKey("legitimate_interests").SetName("LI").SetArticle(legalbasis.ArticleArt6).SetReference("GDPR Art 6(1)(f)").SaveX(ctx)
	x.marketing = c.ActivityPurpose.Create().SetActivity(x.website).SetPurpose(email2).SetLegalBasis(consent).SaveX(ctx)
	x.analyticsAP = c.ActivityPurpose.Create().SetActivity(x.website).SetPurpose(ana).SetLegalBasis(li).SaveX(ctx)
	x.toAnalyticsDisclosure = c.Disclosure.Create().SetActivity(x.website).SetRecipient(x.analytics).AddPurposes(mkt).SaveX(ctx)
	x.unpurposed = c.Disclosure.Create().SetActivity(x.careers).SetRecipient(x.checks).SaveX(ctx)

	x.websiteWide = us().SetNotice(x.websiteNotice).SaveX(ctx)
	x.orgWide = c.Transfer.Create().SetOrganization(org).SetScope("worldwide").SaveX(ctx)
	x.careerTr = us().SetActivity(x.careers).SaveX(ctx)
	x.toAnalytics = us().SetNotice(x.websiteNotice).SetRecipient(x.analytics).SaveX(ctx)

	x.emailRule = c.RetentionRule.Create().SetOrganization(org).SetNotice(x.websiteNotice).SetDuration("P1Y").AddDataCategories(contact).SaveX(ctx)
	x.allRule = c.RetentionRule.Create().SetOrganization(org).SetNotice(careers).SetCriterion("while recruiting").SaveX(ctx)
	measure := c.SecurityMeasure.Create().SetKey("encryption").SetName("Encryption").SetKind("technical").SaveX(ctx)
	x.listed = c.SecurityPractice.Create().SetOrganization(org).SetMeasure(measure).SetNotice(careers).AddActivities(x.other).SaveX(ctx)
	x.websiteMeasure = c.SecurityPractice.Create().SetOrganization(org).SetMeasure(measure).SetNotice(x.websiteNotice).SaveX(ctx)
	return x
}

func ids[T interface{ comparable }](xs []T, id func(T) int) []int {
	var out []int
	for _, x := range xs {
		out = append(out, id(x))
	}
	sort.Ints(out)
	return out
}

func transferIDs(ts []*ent.Transfer) []int {
	return ids(ts, func(t *ent.Transfer) int { return t.ID })
}

func sorted(xs ...int) []int { sort.Ints(xs); return xs }

func load(t *testing.T, x *catalog, opts record.Options) *record.Record {
	t.Helper()
	r, err := record.Load(context.Background(), x.c, opts)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// TestScope: each kind of scope reaches exactly the activities it should.
func TestScope(t *testing.T) {
	x := build(t)
	r := load(t, x, record.Options{})
	cases := []struct {
		name string
		got  []int
		want []int
	}{
		// The website notice's transfer reaches its activities, the
		// organization's reaches all, an activity's only it; the one naming
		// a recipient only the activity that discloses to it.
		{"website transfers", transferIDs(r.Activity(x.website.ID).Transfers), sorted(x.websiteWide.ID, x.orgWide.ID, x.toAnalytics.ID)},
		{"second website activity", transferIDs(r.Activity(x.websiteTwo.ID).Transfers), sorted(x.websiteWide.ID, x.orgWide.ID)},
		{"careers transfers", transferIDs(r.Activity(x.careers.ID).Transfers), sorted(x.orgWide.ID, x.careerTr.ID)},
		{"activity without a notice", transferIDs(r.Activity(x.other.ID).Transfers), sorted(x.orgWide.ID)},
		{"to the analytics provider", transferIDs(r.Activity(x.website.ID).TransfersTo(x.analytics.ID)), sorted(x.websiteWide.ID, x.orgWide.ID, x.toAnalytics.ID)},
		{"to background checks", transferIDs(r.Activity(x.careers.ID).TransfersTo(x.checks.ID)), sorted(x.orgWide.ID, x.careerTr.ID)},
		// A rule on contact data reaches the website activity processing
		// email (narrower) and not the one processing health data.
		{"retention, website", ids(r.Activity(x.website.ID).Retention, func(x *ent.RetentionRule) int { return x.ID }), []int{x.emailRule.ID}},
		{"retention, cookies", ids(r.Activity(x.websiteTwo.ID).Retention, func(x *ent.RetentionRule) int { return x.ID }), nil},
		{"retention, careers", ids(r.Activity(x.careers.ID).Retention, func(x *ent.RetentionRule) int { return x.ID }), []int{x.allRule.ID}},
		// A practice listing activities reaches those only, even one outside
		// its notice; one of a notice reaches the notice's activities.
		{"security, other", ids(r.Activity(x.other.ID).Security, func(x *ent.SecurityPractice) int { return x.ID }), []int{x.listed.ID}},
		{"security, careers", ids(r.Activity(x.careers.ID).Security, func(x *ent.SecurityPractice) int { return x.ID }), nil},
		{"security, website", ids(r.Activity(x.websiteTwo.ID).Security, func(x *ent.SecurityPractice) int { return x.ID }), []int{x.websiteMeasure.ID}},
	}
	for _, c := range cases {
		if !slices.Equal(c.got, c.want) {
			t.Errorf("%s: %v, want %v", c.name, c.got, c.want)
		}
	}
	scopes := map[record.Scope]*ent.Transfer{
		record.ScopeNotice: x.websiteWide, record.ScopeOrganization: x.orgWide,
		record.ScopeActivity: x.careerTr, record.ScopeRecipient: x.toAnalytics,
	}
	for want, tr := range scopes {
		if got := record.TransferScope(tr); got != want {
			t.Errorf("transfer %d: scope %s, want %s", tr.ID, got, want)
		}
	}
}

// TestBasesFor: a disclosure's bases are those of the purposes it serves (a
// purpose below the one it names counts); all the activity's only when it
// names none.
func TestBasesFor(t *testing.T) {
	x := build(t)
	r := load(t, x, record.Options{})
	web := r.Activity(x.website.ID)
	d := web.Edges.Disclosures[0]
	aps, all := web.BasesFor(d)
	if all || !slices.Equal(ids(aps, func(a *ent.ActivityPurpose) int { return a.ID }), []int{x.marketing.ID}) {
		t.Errorf("disclosure for marketing: bases %v (all %v), want the email-marketing purpose only", ids(aps, func(a *ent.ActivityPurpose) int { return a.ID }), all)
	}
	careers := r.Activity(x.careers.ID)
	if _, all := careers.BasesFor(careers.Edges.Disclosures[0]); !all {
		t.Error("a disclosure naming no purpose: all = false, want true")
	}
}

// TestReviewStatus: rejected facts are out unless asked for, drafts are in
// unless only reviewed facts are asked for, and a disclosure to a rejected
// recipient goes with it.
func TestReviewStatus(t *testing.T) {
	x := build(t)
	ctx := context.Background()
	x.c.Transfer.UpdateOne(x.websiteWide).SetReviewStatus(review.Rejected).ExecX(ctx)
	x.c.Transfer.UpdateOne(x.orgWide).SetReviewStatus(review.Unreviewed).ExecX(ctx)
	x.c.Recipient.UpdateOne(x.analytics).SetReviewStatus(review.Rejected).ExecX(ctx)

	r := load(t, x, record.Options{})
	web := r.Activity(x.website.ID)
	if got := transferIDs(web.Transfers); !slices.Equal(got, sorted(x.orgWide.ID)) {
		t.Errorf("default: website transfers %v, want only the draft organization-wide %d (the rejected one out; the one to the rejected recipient out with its disclosure)", got, x.orgWide.ID)
	}
	if len(web.Edges.Disclosures) != 0 {
		t.Errorf("default: %d disclosures to the rejected recipient", len(web.Edges.Disclosures))
	}
	r = load(t, x, record.Options{ReviewedOnly: true})
	if got := transferIDs(r.Activity(x.website.ID).Transfers); len(got) != 0 {
		t.Errorf("reviewed only: website transfers %v, want none", got)
	}
	r = load(t, x, record.Options{IncludeRejected: true})
	if got := transferIDs(r.Activity(x.website.ID).Transfers); !slices.Equal(got, sorted(x.websiteWide.ID, x.orgWide.ID, x.toAnalytics.ID)) {
		t.Errorf("with rejected: website transfers %v, want all three", got)
	}
}

// TestSupersededNotice: a notice no longer current keeps its facts in the
// catalog but leaves the record; asked for, they come back, still scoped.
func TestSupersededNotice(t *testing.T) {
	x := build(t)
	x.c.PolicyDocument.UpdateOne(x.websiteNotice).SetCurrent(false).ExecX(context.Background())
	r := load(t, x, record.Options{})
	if r.Activity(x.website.ID) != nil || r.Activity(x.websiteTwo.ID) != nil {
		t.Error("activities of the superseded website notice are in the record")
	}
	if got := transferIDs(r.Organization(x.website.OrganizationID).Transfers); slices.Contains(got, x.websiteWide.ID) {
		t.Errorf("the superseded notice's transfer %d is in the record: %v", x.websiteWide.ID, got)
	}
	r = load(t, x, record.Options{IncludeSuperseded: true})
	if a := r.Activity(x.website.ID); a == nil || !slices.Contains(transferIDs(a.Transfers), x.websiteWide.ID) {
		t.Error("IncludeSuperseded: the website activity or its notice's transfer is missing")
	}
	if got := transferIDs(r.Activity(x.careers.ID).Transfers); slices.Contains(got, x.websiteWide.ID) {
		t.Error("IncludeSuperseded: the website notice's transfer reaches a careers activity")
	}
}

// TestLoadInChunks: read a page at a time (so that no statement's size
// grows with the catalog), the record is the same as read at once: the
// seed read in pages of 3 facts equals the seed read whole.
func TestLoadInChunks(t *testing.T) {
	c := storetest.Open(t, store.Config{})
	ctx := context.Background()
	if _, err := seed.Load(ctx, c); err != nil {
		t.Fatal(err)
	}
	describe := func() string {
		rec, err := record.Load(ctx, c, record.Options{})
		if err != nil {
			t.Fatal(err)
		}
		var b strings.Builder
		for _, a := range rec.Activities() {
			fmt.Fprintf(&b, "%s/%s: subjects %d categories %d purposes %d", a.Org.Key, a.Name,
				len(a.Edges.DataSubjects), len(a.Edges.DataCategories), len(a.Edges.Purposes))
			for _, d := range a.Edges.Disclosures {
				fmt.Fprintf(&b, " [%s %d %d %d]", d.Edges.Recipient.Name, len(d.Edges.DataCategories), len(d.Edges.Purposes), len(d.Edges.Evidence))
			}
			for _, x := range a.Transfers {
				fmt.Fprintf(&b, " T%d", x.ID)
			}
			for _, x := range a.Retention {
				fmt.Fprintf(&b, " R%d/%d", x.ID, len(x.Edges.DataCategories))
			}
			for _, x := range a.Security {
				fmt.Fprintf(&b, " S%d", x.ID)
			}
			for _, x := range a.Rights {
				fmt.Fprintf(&b, " G%d", x.ID)
			}
			b.WriteString("\n")
		}
		return b.String()
	}
	whole := describe()
	defer func(n int) { record.Chunk = n }(record.Chunk)
	record.Chunk = 3
	if paged := describe(); paged != whole {
		t.Errorf("the record read in pages of 3 differs from the record read whole:\npaged:\n%s\nwhole:\n%s", paged, whole)
	}
	if strings.Count(whole, "\n") < 20 || !strings.Contains(whole, " T") || !strings.Contains(whole, " R") {
		t.Errorf("the seed's record is too small to tell: %s", whole)
	}
}
