package frontend_test

// End-to-end tests of editing (issue 17): the activity form saves every
// Art 30 section in one mutation, a rejected save changes nothing, the
// recipient picker reaches the last of 2,000 recipients by searching the
// server, and a DPO creates an organization and its first activity from
// the interface.

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/ropacatalog/ropa/ent"
	"github.com/ropacatalog/ropa/ent/datacategory"
	"github.com/ropacatalog/ropa/ent/datasource"
	"github.com/ropacatalog/ropa/ent/datasubjectcategory"
	"github.com/ropacatalog/ropa/ent/legalbasis"
	"github.com/ropacatalog/ropa/ent/organization"
	"github.com/ropacatalog/ropa/ent/processingactivity"
	"github.com/ropacatalog/ropa/ent/purpose"
	"github.com/ropacatalog/ropa/ent/recipient"
	"github.com/ropacatalog/ropa/ent/securitymeasure"
	"github.com/ropacatalog/ropa/ent/transfersafeguard"
	"github.com/ropacatalog/ropa/graph"
	"github.com/ropacatalog/ropa/internal/synth"
)

// editPick types text into the picker sel and picks the offered option
// that contains option.
func editPick(sel, text, option string) chromedp.Tasks {
	id := strings.TrimPrefix(sel, "#")
	opt := fmt.Sprintf(`//ul[@id=%q]/li[@role="option"][contains(normalize-space(.), %q)]`, id+"-options", option)
	return chromedp.Tasks{
		chromedp.WaitVisible(sel, chromedp.ByQuery),
		chromedp.SendKeys(sel, text, chromedp.ByQuery),
		chromedp.WaitVisible(opt),
		chromedp.Click(opt),
		chromedp.WaitNotVisible(fmt.Sprintf("#%s-options", id), chromedp.ByQuery),
	}
}

// editRows counts the rows of a section of the activity form.
func editRows(t *testing.T, tab context.Context, section string) int {
	t.Helper()
	var n int
	run(t, tab, "count "+section, chromedp.Evaluate(fmt.Sprintf(`document.querySelectorAll('section[aria-labelledby=%q] ol.rows > li').length`, section), &n))
	return n
}

func TestEditWebInterface(t *testing.T) {
	var synthOrg *ent.Organization
	e := setupServer(t, func(c *ent.Client) {
		// An organization with 2,000 recipients, as `ropa gen` makes them.
		res, err := synth.Generate(context.Background(), c, synth.Config{Seed: 7, Key: "synth", Activities: 3, Fields: 30, Recipients: 2000, Categories: 20})
		if err != nil {
			t.Fatalf("generating: %v", err)
		}
		synthOrg = res.Organization
	}, graph.NewMux)
	ctx := context.Background()
	// What the page says on its console: each scenario ends with none of
	// it (no warning, no error, no uncaught exception).
	console := listenConsole(e.browser)
	quiet := func(t *testing.T) {
		t.Helper()
		for _, c := range console.take() {
			t.Errorf("console: %s", c)
		}
	}
	ujet := e.client.Organization.Query().Where(organization.Key("ujet")).OnlyX(ctx)
	// A seeded UJET activity with a purpose and a recipient, to edit.
	act := e.client.ProcessingActivity.Query().
		Where(processingactivity.OrganizationID(ujet.ID), processingactivity.HasPurposes(), processingactivity.HasDisclosures()).
		Order(ent.Asc(processingactivity.FieldName)).FirstX(ctx)
	url := fmt.Sprintf("%s/activities/%d", e.url, act.ID)
	basis := func(key string) *ent.LegalBasis {
		return e.client.LegalBasis.Query().Where(legalbasis.Key(key)).OnlyX(ctx)
	}

	t.Run("an activity edited in every section survives a reload", func(t *testing.T) {
		tab := e.tab(t)
		// The vocabulary picked below, as the seed taxonomy names it.
		auth := e.client.Purpose.Query().Where(purpose.Key("essential.service.authentication")).OnlyX(ctx)
		trainee := e.client.DataSubjectCategory.Query().Where(datasubjectcategory.Key("trainee")).OnlyX(ctx)
		health := e.client.DataCategory.Query().Where(datacategory.Key("user.health_and_medical")).OnlyX(ctx)
		scc := e.client.TransferSafeguard.Query().Where(transfersafeguard.Key("scc_2021")).OnlyX(ctx)
		atRest := e.client.SecurityMeasure.Query().Where(securitymeasure.Key("encryption.at_rest")).OnlyX(ctx)
		referees := e.client.DataSource.Query().Where(datasource.Key("referees")).OnlyX(ctx)
		li, contract := basis("legitimate_interests"), basis("contract")
		run(t, tab, "open", chromedp.Navigate(url), chromedp.WaitVisible(`#act-purposes-0-purpose`, chromedp.ByQuery))
		np, nd, nt, nr, ns := editRows(t, tab, "purposes-h"), editRows(t, tab, "disc-h"), editRows(t, tab, "tr-h"), editRows(t, tab, "ret-h"), editRows(t, tab, "sec-h")
		const fn = "Customer operations (edited)"
		const interest = "knowing how the product is used (edited)"
		run(t, tab, "edit step 1", clear(`#act-businessFunction`))
		run(t, tab, "edit step 2", chromedp.SendKeys(`#act-businessFunction`, fn, chromedp.ByQuery))
		run(t, tab, "edit step 3",
			chromedp.WaitReady(fmt.Sprintf(`#act-purposes-0-legalBasis option[value="%d"]`, li.ID), chromedp.ByQuery),
			choose(`#act-purposes-0-legalBasis`, fmt.Sprint(li.ID)))
		run(t, tab, "edit step 4", setValue(`#act-purposes-0-legitimateInterest`, interest),
			waitJS(fmt.Sprintf(`document.querySelector('#act-purposes-0-legitimateInterest').value === %q && document.querySelector('#act-purposes-0-legalBasis').value === %q`, interest, fmt.Sprint(li.ID))))
		run(t, tab, "edit step 5", chromedp.Click(`#add-purposes`, chromedp.ByQuery))
		run(t, tab, "edit step 6", editPick(fmt.Sprintf(`#act-purposes-%d-purpose`, np), "authenticate", auth.Name))
		run(t, tab, "edit step 7", choose(fmt.Sprintf(`#act-purposes-%d-legalBasis`, np), fmt.Sprint(contract.ID)))
		run(t, tab, "edit step 8", editPick(`#act-dataSubjects`, "trainee", trainee.Name))
		run(t, tab, "edit step 9", editPick(`#act-dataCategories`, "health", health.Name))
		run(t, tab, "edit step 10", editPick(`#act-sources`, "referees", referees.Name))
		run(t, tab, "edit step 11", editPick(`#act-systems`, "Edit test CRM", "Add new system"))
		run(t, tab, "edit step 12", chromedp.Click(`#add-disclosures`, chromedp.ByQuery))
		run(t, tab, "edit step 13", editPick(fmt.Sprintf(`#act-disclosures-%d-recipient`, nd), "Archive Ltd (edit test)", "Add new recipient"))
		run(t, tab, "edit step 14", editPick(fmt.Sprintf(`#act-disclosures-%d-dataCategories`, nd), "health", health.Name))
		run(t, tab, "edit step 15", chromedp.Click(`#add-transfers`, chromedp.ByQuery))
		run(t, tab, "edit step 16", editPick(fmt.Sprintf(`#act-transfers-%d-country`, nt), "japan", "Japan (JP)"))
		run(t, tab, "edit step 17", editPick(fmt.Sprintf(`#act-transfers-%d-safeguard`, nt), "2021", scc.Name))
		run(t, tab, "edit step 18", chromedp.Click(`#add-retentionRules`, chromedp.ByQuery))
		run(t, tab, "edit step 19", chromedp.SendKeys(fmt.Sprintf(`#act-retentionRules-%d-duration`, nr), "P6Y", chromedp.ByQuery))
		run(t, tab, "edit step 20", chromedp.Click(`#add-securityMeasures`, chromedp.ByQuery))
		run(t, tab, "edit step 21", editPick(fmt.Sprintf(`#act-securityMeasures-%d-measure`, ns), "at rest", atRest.Name))
		run(t, tab, "edit step 22", chromedp.SendKeys(fmt.Sprintf(`#act-securityMeasures-%d-description`, ns), "AES-256", chromedp.ByQuery))
		run(t, tab, "processor for its customers",
			choose(`#act-role`, "processor"),
			chromedp.WaitVisible(`#act-onBehalfOf`, chromedp.ByQuery),
			chromedp.SendKeys(`#act-onBehalfOf`, "its business customers (edited)", chromedp.ByQuery))
		e.shoot(t, tab, "edit-1-form")
		e.shoot(t, tab, "edit-1-recipients", `//h2[@id="disc-h"]`)
		var bf, liAfter, country, chips string
		run(t, tab, "save and reload",
			chromedp.Click(`//button[text()="Save activity"]`),
			chromedp.WaitVisible(`//span[@role="status" and text()="Saved."]`),
			chromedp.Reload(),
			chromedp.WaitVisible(fmt.Sprintf(`#act-securityMeasures-%d-measure`, ns), chromedp.ByQuery),
			valueOf(`#act-businessFunction`, &bf),
			chromedp.Evaluate(`[...document.querySelectorAll('input[id$="-legitimateInterest"]')].map(e => e.value).filter(Boolean).join(" | ")`, &liAfter),
			valueOf(fmt.Sprintf(`#act-transfers-%d-country`, nt), &country),
			textOf(`section[aria-labelledby=cats-h]`, &chips),
		)
		// The purposes come back in the catalog's order: the interest is on
		// one of them, whichever its row.
		if bf != fn || !strings.Contains(liAfter, interest) || !strings.Contains(country, "JP") {
			t.Errorf("after reload: business function %q, interest %q, country %q", bf, liAfter, country)
		}
		for _, want := range []string{trainee.Name, health.Name, referees.Name, "Edit test CRM"} {
			if !strings.Contains(chips, want) {
				t.Errorf("after reload the data section lacks %q: %q", want, chips)
			}
		}
		if n := editRows(t, tab, "purposes-h"); n != np+1 {
			t.Errorf("%d purposes after reload, want %d", n, np+1)
		}
		// The catalog holds each section's change.
		a := e.client.ProcessingActivity.Query().Where(processingactivity.ID(act.ID)).
			WithPurposes().WithDataSubjects().WithDataCategories().WithSources().WithSystems().
			WithDisclosures(func(q *ent.DisclosureQuery) { q.WithRecipient().WithDataCategories() }).
			WithTransfers().WithRetentionRules().WithSecurityPractices().OnlyX(ctx)
		has := func(what string, ok bool) {
			if !ok {
				t.Errorf("the catalog lacks %s", what)
			}
		}
		has("the business function", a.BusinessFunction == fn)
		has("the processor role and its controllers (Art 30(2)(a))", a.Role == processingactivity.RoleProcessor && a.OnBehalfOf == "its business customers (edited)")
		has("the purpose on Art 6(1)(f) with its interest", anyOf(a.Edges.Purposes, func(p *ent.ActivityPurpose) bool { return p.LegalBasisID == li.ID && p.LegitimateInterest == interest }))
		has("the new purpose on Art 6(1)(b)", anyOf(a.Edges.Purposes, func(p *ent.ActivityPurpose) bool { return p.PurposeID == auth.ID && p.LegalBasisID == contract.ID }))
		has("the trainees", anyOf(a.Edges.DataSubjects, func(s *ent.DataSubjectCategory) bool { return s.ID == trainee.ID }))
		has("the health data", anyOf(a.Edges.DataCategories, func(c *ent.DataCategory) bool { return c.ID == health.ID }))
		has("the referees source", anyOf(a.Edges.Sources, func(s *ent.DataSource) bool { return s.ID == referees.ID }))
		has("the new system", anyOf(a.Edges.Systems, func(s *ent.System) bool { return s.Name == "Edit test CRM" }))
		has("the new recipient with the health data", anyOf(a.Edges.Disclosures, func(d *ent.Disclosure) bool {
			return d.Edges.Recipient.Name == "Archive Ltd (edit test)" && d.Edges.Recipient.Kind == recipient.KindProcessor &&
				len(d.Edges.DataCategories) == 1 && d.Edges.DataCategories[0].ID == health.ID
		}))
		has("the transfer to Japan under the 2021 SCCs", anyOf(a.Edges.Transfers, func(x *ent.Transfer) bool { return x.Country == "JP" && x.SafeguardID == scc.ID }))
		has("the six-year retention", anyOf(a.Edges.RetentionRules, func(r *ent.RetentionRule) bool { return r.Duration == "P6Y" }))
		has("encryption at rest", anyOf(a.Edges.SecurityPractices, func(s *ent.SecurityPractice) bool { return s.MeasureID == atRest.ID && s.Description == "AES-256" }))
		// Removing a row: the new recipient goes, the rest stays.
		run(t, tab, "remove the new recipient",
			chromedp.Click(`//button[@aria-label="Remove recipient Archive Ltd (edit test)"]`),
			chromedp.Click(`//button[text()="Save activity"]`),
			chromedp.WaitVisible(`//span[@role="status" and text()="Saved."]`),
		)
		if n := e.client.ProcessingActivity.GetX(ctx, act.ID).QueryDisclosures().CountX(ctx); n != nd {
			t.Errorf("%d disclosures after removing the new one, want %d", n, nd)
		}
		quiet(t)
	})

	t.Run("a rejected save changes nothing and shows the error under the field", func(t *testing.T) {
		tab := e.tab(t)
		before := e.client.ProcessingActivity.GetX(ctx, act.ID)
		rules := before.QueryRetentionRules().CountX(ctx)
		purposes := before.QueryPurposes().CountX(ctx)
		var nr int
		run(t, tab, "open", chromedp.Navigate(url), chromedp.WaitVisible(`#act-name`, chromedp.ByQuery))
		nr = editRows(t, tab, "ret-h")
		errSel := fmt.Sprintf(`#act-retentionRules-%d-duration-error`, nr)
		var msg, focused, sameBox string
		run(t, tab, "rename, add a purpose and a retention period in words, save",
			clear(`#act-name`),
			chromedp.SendKeys(`#act-name`, "This name must not stick", chromedp.ByQuery),
			chromedp.Click(`#add-purposes`, chromedp.ByQuery),
			editPick(fmt.Sprintf(`#act-purposes-%d-purpose`, editRows(t, tab, "purposes-h")), "authenticate", "Authenticate users"),
			chromedp.Click(`#add-retentionRules`, chromedp.ByQuery),
			chromedp.SendKeys(fmt.Sprintf(`#act-retentionRules-%d-duration`, nr), "six years", chromedp.ByQuery),
			chromedp.Click(`//button[text()="Save activity"]`),
			chromedp.WaitVisible(errSel, chromedp.ByQuery),
			textOf(errSel, &msg),
			waitJS(fmt.Sprintf(`document.activeElement && document.activeElement.id === "act-retentionRules-%d-duration"`, nr)),
			chromedp.Evaluate(`document.activeElement.id`, &focused),
			chromedp.Evaluate(fmt.Sprintf(`document.querySelector(%q).closest('.field').querySelector('input').id`, errSel), &sameBox),
		)
		if !strings.Contains(msg, "duration") || sameBox != strings.TrimSuffix(strings.TrimPrefix(errSel, "#"), "-error") {
			t.Errorf("error %q in the box of %q", msg, sameBox)
		}
		e.shoot(t, tab, "edit-2-error", fmt.Sprintf(`//ol[@class="rows"]/li[.//*[@id=%q]]`, strings.TrimPrefix(errSel, "#")))
		after := e.client.ProcessingActivity.GetX(ctx, act.ID)
		if after.Name != before.Name || after.QueryRetentionRules().CountX(ctx) != rules || after.QueryPurposes().CountX(ctx) != purposes {
			t.Errorf("the rejected save changed the catalog: name %q, %d rules (had %d), %d purposes (had %d)",
				after.Name, after.QueryRetentionRules().CountX(ctx), rules, after.QueryPurposes().CountX(ctx), purposes)
		}
		var name string
		run(t, tab, "reload", chromedp.Reload(), chromedp.WaitVisible(`#act-name`, chromedp.ByQuery),
			waitJS(`document.querySelector('#act-name').value !== ""`), valueOf(`#act-name`, &name))
		if name != before.Name || editRows(t, tab, "ret-h") != nr {
			t.Errorf("after reload the name reads %q (want %q) and %d retention rows (want %d)", name, before.Name, editRows(t, tab, "ret-h"), nr)
		}
		quiet(t)
	})

	t.Run("the last of 2,000 recipients is reachable through the picker", func(t *testing.T) {
		tab := e.tab(t)
		n := e.client.Recipient.Query().Where(recipient.OrganizationID(synthOrg.ID)).CountX(ctx)
		last := e.client.Recipient.Query().Where(recipient.OrganizationID(synthOrg.ID)).Order(ent.Desc(recipient.FieldName)).FirstX(ctx)
		if n != 2000 {
			t.Fatalf("the generated organization has %d recipients, want 2000", n)
		}
		part := last.Name[len(last.Name)-4:] // the end of its name only
		const name = "Vendor management (edit test)"
		var shown string
		run(t, tab, "create an activity disclosing to the last recipient",
			chromedp.Navigate(e.url+"/activities/new?org="+synthOrg.Key),
			chromedp.WaitVisible(`#act-name`, chromedp.ByQuery),
			waitJS(fmt.Sprintf(`document.querySelector('#act-organization').value === %q`, synthOrg.Key)),
			chromedp.SendKeys(`#act-name`, name, chromedp.ByQuery),
			chromedp.Click(`#add-disclosures`, chromedp.ByQuery),
			editPick(`#act-disclosures-0-recipient`, part, last.Name),
			chromedp.Click(`//button[text()="Create activity"]`),
			chromedp.WaitVisible(`#edit-h`, chromedp.ByQuery),
			waitJS(fmt.Sprintf(`document.querySelector('#edit-h') && document.querySelector('#edit-h').textContent === %q`, "Edit: "+name)),
			chromedp.WaitVisible(`#act-disclosures-0-recipient`, chromedp.ByQuery),
			valueOf(`#act-disclosures-0-recipient`, &shown),
		)
		if shown != last.Name {
			t.Errorf("the saved disclosure shows %q, want %q", shown, last.Name)
		}
		a := e.client.ProcessingActivity.Query().Where(processingactivity.Name(name)).OnlyX(ctx)
		if a.OrganizationID != synthOrg.ID || a.QueryDisclosures().QueryRecipient().OnlyX(ctx).ID != last.ID {
			t.Errorf("the activity %+v does not disclose to %s", a, last.Name)
		}
		quiet(t)
	})

	t.Run("a new organization and its first activity appear in the record", func(t *testing.T) {
		tab := e.tab(t)
		purp := e.client.Purpose.Query().Where(purpose.Key("essential.service.payment_processing")).OnlyX(ctx)
		contract := basis("contract")
		const key, orgName, actName = "kestrel_health", "Kestrel Health GmbH", "Patient billing"
		run(t, tab, "create the organization",
			chromedp.Navigate(e.url+"/changes"), // (the data map at / warns on its console: not this test's business)
			chromedp.WaitVisible(`//nav//a[text()="New organization"]`),
			chromedp.Click(`//nav//a[text()="New organization"]`),
			chromedp.WaitVisible(`#org-key`, chromedp.ByQuery),
			chromedp.Click(`//button[text()="Create organization"]`),
			chromedp.WaitVisible(`#org-key-error`, chromedp.ByQuery),
			waitJS(`document.activeElement.id === "org-key"`),
			chromedp.SendKeys(`#org-key`, key, chromedp.ByQuery),
			chromedp.SendKeys(`#org-name`, orgName, chromedp.ByQuery),
			chromedp.SendKeys(`#org-country`, "DE", chromedp.ByQuery),
			chromedp.SendKeys(`#org-email`, "privacy@kestrel.example", chromedp.ByQuery),
			chromedp.SendKeys(`#org-dpoName`, "Dr. Ada Brandt", chromedp.ByQuery),
			chromedp.SendKeys(`#org-dpoEmail`, "dpo@kestrel.example", chromedp.ByQuery),
			chromedp.SendKeys(`#org-representativeName`, "Kestrel UK Rep Ltd", chromedp.ByQuery),
		)
		e.shoot(t, tab, "edit-3-organization")
		run(t, tab, "save it and add its first activity",
			chromedp.Click(`//button[text()="Create organization"]`),
			chromedp.WaitVisible(`//a[text()="Add its first activity"]`),
			chromedp.Click(`//a[text()="Add its first activity"]`),
			chromedp.WaitVisible(`#act-name`, chromedp.ByQuery),
			waitJS(fmt.Sprintf(`document.querySelector('#act-organization').value === %q`, key)),
			chromedp.SendKeys(`#act-name`, actName, chromedp.ByQuery),
			chromedp.Click(`#add-purposes`, chromedp.ByQuery),
			editPick(`#act-purposes-0-purpose`, "payments", purp.Name),
			choose(`#act-purposes-0-legalBasis`, fmt.Sprint(contract.ID)),
			chromedp.Click(`//button[text()="Create activity"]`),
			waitJS(fmt.Sprintf(`document.querySelector('#edit-h') && document.querySelector('#edit-h').textContent === %q`, "Edit: "+actName)),
			chromedp.Navigate(e.url+"/records?org="+key),
			chromedp.WaitVisible(fmt.Sprintf(`//main//a[normalize-space(.)=%q]`, actName)),
		)
		o := e.client.Organization.Query().Where(organization.Key(key)).OnlyX(ctx)
		if o.Name != orgName || o.Country != "DE" || o.DpoEmail != "dpo@kestrel.example" || o.RepresentativeName != "Kestrel UK Rep Ltd" {
			t.Errorf("organization %+v", o)
		}
		// The Art 30 record of the new organization holds the activity and its basis.
		rep := gql(t, e.url, `query($o: String!) { article30(organization: $o) }`, map[string]any{"o": key})
		if s := fmt.Sprint(rep["article30"]); !strings.Contains(s, actName) || !strings.Contains(s, "Art 6(1)(b)") || !strings.Contains(s, "dpo@kestrel.example") {
			t.Errorf("the Art 30 record reads %s", s)
		}
		quiet(t)
	})
}

func anyOf[T any](xs []T, ok func(T) bool) bool {
	for _, x := range xs {
		if ok(x) {
			return true
		}
	}
	return false
}
