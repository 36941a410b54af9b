package frontend_test

// End-to-end tests of the change history in the web interface: an
// activity's history (a change made through the API, one made in the
// form, an admin's revert), the Changes view, and the record as of a past
// date, on a server that requires sign-in, in the same headless Chromium.

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"github.com/ropacatalog/ropa/ent"
	"github.com/ropacatalog/ropa/ent/organization"
	"github.com/ropacatalog/ropa/ent/processingactivity"
	"github.com/ropacatalog/ropa/graph"
	"github.com/ropacatalog/ropa/internal/access"
	"github.com/ropacatalog/ropa/internal/auth"
	"github.com/ropacatalog/ropa/internal/review"
)

// The admin who changes an activity here: her changes are recorded as api:ada.
var ada = access.UserSpec{Name: "ada", Role: auth.Admin, Password: "ada-keeps-the-record"}

// changeItem is the XPath of the activity's history entry by actor that
// changed field (its line's data-field).
func changeItem(actor, field string) string {
	return fmt.Sprintf(`//ol[@aria-label="Changes of the activity"]/li[.//strong[@class="actor" and normalize-space(.)=%q] and .//li[@data-field=%q]]`, actor, field)
}

// runShowing is run, and on failure shows what the page said, to tell a
// wrong expectation from a page that failed.
func runShowing(t *testing.T, ctx context.Context, what string, actions ...chromedp.Action) {
	t.Helper()
	if err := chromedp.Run(ctx, actions...); err != nil {
		var text string
		sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
		defer cancel()
		_ = chromedp.Run(sctx, chromedp.Evaluate(`document.querySelector('main') ? document.querySelector('main').innerText : document.body.innerText`, &text))
		t.Fatalf("%s: %v\nthe page said:\n%.3000s", what, err, text)
	}
}

func TestHistoryWebInterface(t *testing.T) {
	ctx := context.Background()
	e := setupServer(t, func(c *ent.Client) {
		if err := access.New(c).AddUser(ctx, "cli:test", ada); err != nil {
			t.Fatalf("adding %s: %v", ada.Name, err)
		}
	}, func(c *ent.Client) http.Handler {
		return graph.NewServer(c, graph.Options{})
	})
	ujet := e.client.Organization.Query().Where(organization.Key("ujet")).OnlyX(ctx)
	act := e.client.ProcessingActivity.Query().Where(processingactivity.OrganizationID(ujet.ID), processingactivity.ReviewStatusEQ(review.Reviewed)).
		Order(ent.Asc(processingactivity.FieldName)).FirstX(ctx)
	if act.Owner != "" {
		t.Fatalf("%s already has an owner (%q); the test sets the first one", act.Name, act.Owner)
	}
	actURL := fmt.Sprintf("%s/activities/%d", e.url, act.ID)
	today := time.Now().Format(time.DateOnly)
	const actor = "api:ada"

	// Signed in once, as ada: the browser keeps the session for every step's tab.
	run(t, e.tab(t), "sign in as ada",
		chromedp.Navigate(e.url+"/records?org=ujet"),
		signIn(ada.Name, ada.Password),
		chromedp.WaitVisible(`//nav//a[normalize-space(.)="Changes"]`),
	)

	t.Run("a change through the API shows in the activity's history", func(t *testing.T) {
		tab := e.tab(t)
		var res answer
		runShowing(t, tab, "set the owner through GraphQL",
			pageWrite(`mutation($id: ID!) { updateProcessingActivity(id: $id, input: {owner: "Privacy team"}) { owner } }`,
				map[string]any{"id": fmt.Sprint(act.ID)}, &res))
		if res.Status != http.StatusOK || len(res.Body.Errors) > 0 {
			t.Fatalf("updateProcessingActivity: %d %+v", res.Status, res.Body.Errors)
		}
		item := changeItem(actor, "owner")
		var line, owner, updated string
		runShowing(t, tab, "open the activity",
			chromedp.Navigate(actURL),
			chromedp.WaitVisible(item),
			textOf(item+`//li[@data-field="owner"]`, &line),
			textOf(`[data-testid="history-owner"]`, &owner),
			textOf(`[data-testid="history-updated"]`, &updated),
		)
		if !strings.Contains(line, "none → Privacy team") {
			t.Errorf("the owner's line: %q; want none → Privacy team", line)
		}
		if owner != "Privacy team" || !strings.Contains(updated, "by "+actor) {
			t.Errorf("history stamps: owner %q, last changed %q; want Privacy team, by %s", owner, updated, actor)
		}
		var value string
		runShowing(t, tab, "read the owner input", valueOf(`#act-owner`, &value))
		if value != "Privacy team" {
			t.Errorf("the form's owner: %q; want Privacy team", value)
		}
		e.shoot(t, tab, "activity-history", `//section[@aria-labelledby="history-h"]`)
	})

	t.Run("saving the form records the owner's change", func(t *testing.T) {
		tab := e.tab(t)
		item := `//ol[@aria-label="Changes of the activity"]/li[1][.//li[@data-field="owner" and contains(., "Privacy team → DPO office")]]`
		runShowing(t, tab, "change the owner in the form",
			chromedp.WaitVisible(`#act-owner`, chromedp.ByQuery),
			clear(`#act-owner`),
			chromedp.SendKeys(`#act-owner`, "DPO office", chromedp.ByQuery),
			chromedp.Click(`//button[text()="Save activity"]`),
			chromedp.WaitVisible(item),
		)
		if got := e.client.ProcessingActivity.GetX(ctx, act.ID).Owner; got != "DPO office" {
			t.Errorf("owner in the catalog: %q; want DPO office", got)
		}
	})

	t.Run("an admin reverts the change with a reason", func(t *testing.T) {
		tab := e.tab(t)
		newest := `//ol[@aria-label="Changes of the activity"]/li[1]`
		reverted := newest + `[.//p[@class="change-note" and contains(., "wrong team")] and .//li[@data-field="owner" and contains(., "DPO office → Privacy team")]]`
		runShowing(t, tab, "revert the newest change",
			chromedp.Click(newest+`//button[starts-with(normalize-space(.), "Revert")]`),
			chromedp.WaitVisible(newest+`//form[contains(@class,"revert")]//input`),
			chromedp.SendKeys(newest+`//form[contains(@class,"revert")]//input`, "wrong team"),
			chromedp.Click(newest+`//form[contains(@class,"revert")]//button[@type="submit"]`),
			chromedp.WaitVisible(reverted),
			waitJS(`document.querySelector('#act-owner').value === "Privacy team"`),
		)
		if got := e.client.ProcessingActivity.GetX(ctx, act.ID).Owner; got != "Privacy team" {
			t.Errorf("owner after the revert: %q; want Privacy team", got)
		}
	})

	t.Run("the Changes view shows today's change and downloads it", func(t *testing.T) {
		tab := e.tab(t)
		row := fmt.Sprintf(`//table[contains(@class,"changes-table")]/tbody/tr[td[contains(@class,"actor") and normalize-space(.)=%q] and .//li[@data-field="owner" and contains(., "none → Privacy team")]]`, actor)
		var summary, url, htmlLink, jsonLink string
		runShowing(t, tab, "open today's changes",
			chromedp.Navigate(fmt.Sprintf("%s/changes?org=ujet&from=%s&to=%s", e.url, today, today)),
			chromedp.WaitVisible(row),
			textOf(row+`/th`, &summary),
			chromedp.Location(&url),
			attrOf(`//a[normalize-space(.)="Changes (HTML)"]`, "href", &htmlLink),
			attrOf(`//a[normalize-space(.)="Changes (JSON)"]`, "href", &jsonLink),
		)
		if !strings.Contains(summary, act.Name) {
			t.Errorf("the change's summary %q does not name the activity %q", summary, act.Name)
		}
		for _, want := range []string{"org=ujet", "from=" + today, "to=" + today} {
			if !strings.Contains(url, want) {
				t.Errorf("the view's URL %s lacks %s", url, want)
			}
		}
		if !strings.HasPrefix(htmlLink, "/reports/diff?org=ujet&") || !strings.Contains(htmlLink, "format=html") || !strings.Contains(jsonLink, "format=json") {
			t.Errorf("download links: %q, %q", htmlLink, jsonLink)
		}
		var got struct {
			Status int
			Body   string
		}
		runShowing(t, tab, "download the JSON",
			chromedp.Evaluate(fmt.Sprintf(`(async () => { const r = await fetch(%q); return {status: r.status, body: await r.text()}; })()`, jsonLink), &got,
				func(p *runtime.EvaluateParams) *runtime.EvaluateParams { return p.WithAwaitPromise(true) }))
		if got.Status != http.StatusOK || !strings.Contains(got.Body, "Privacy team") || !strings.Contains(got.Body, actor) {
			t.Errorf("GET %s: %d %.300s; want the owner's change by %s", jsonLink, got.Status, got.Body, actor)
		}
		e.shoot(t, tab, "changes")
	})

	t.Run("the record as of a date before the history, then as of today", func(t *testing.T) {
		tab := e.tab(t)
		var message, link string
		runShowing(t, tab, "ask for the record on 2020-01-01",
			chromedp.Navigate(e.url+"/records?org=ujet"),
			chromedp.WaitVisible(recordRow(act.Name)),
			setValue(`#rec-asof`, "2020-01-01"),
			chromedp.WaitVisible(`//p[@role="alert" and contains(., "history starts")]`),
			textOf(`//p[@role="alert" and contains(., "history starts")]`, &message),
			chromedp.WaitVisible(`[data-testid="asof-banner"]`, chromedp.ByQuery),
			attrOf(`//a[normalize-space(.)="Report (CSV)"]`, "href", &link),
		)
		if !strings.Contains(message, "ask for a time after it") {
			t.Errorf("the server's message: %q", message)
		}
		if !strings.Contains(link, "asOf=2020-01-01") {
			t.Errorf("the report link %q lacks asOf=2020-01-01", link)
		}
		var banner string
		var links, url string
		pastRow := fmt.Sprintf(`//table[contains(@class,"past")]/tbody/tr[th[contains(., %q)]]`, act.Name)
		runShowing(t, tab, "ask for the record today",
			setValue(`#rec-asof`, today),
			chromedp.WaitVisible(pastRow),
			textOf(`[data-testid="asof-banner"]`, &banner),
			chromedp.Evaluate(`String(document.querySelectorAll('table.records a').length)`, &links),
			chromedp.Location(&url),
		)
		if !strings.Contains(banner, "The record as it stood on "+today+", rebuilt from the change history") {
			t.Errorf("banner: %q", banner)
		}
		if links != "0" {
			t.Errorf("%s links (to edit activities) in the past record; want none", links)
		}
		if !strings.Contains(url, "asOf="+today) {
			t.Errorf("the as-of date is not in the URL: %s", url)
		}
		e.shoot(t, tab, "record-as-of")
		runShowing(t, tab, "back to now",
			chromedp.Click(`//p[@data-testid="asof-banner"]//button`),
			chromedp.WaitVisible(recordRow(act.Name)),
			waitJS(`!document.querySelector('[data-testid="asof-banner"]')`),
		)
	})

	t.Run("the lookup and the data map as of a date before the history say so", func(t *testing.T) {
		tab := e.tab(t)
		runShowing(t, tab, "look up an email address on 2020-01-01",
			chromedp.Navigate(e.url+"/lookup?field=user.contact.email&asOf=2020-01-01"),
			chromedp.WaitVisible(`//p[@role="alert" and contains(., "history starts")]`),
			chromedp.WaitVisible(`[data-testid="asof-banner"]`, chromedp.ByQuery),
		)
		runShowing(t, tab, "the data map on 2020-01-01",
			chromedp.Navigate(e.url+"/?org=ujet&asOf=2020-01-01"),
			chromedp.WaitVisible(`//p[@role="alert" and contains(., "history starts")]`),
		)
		runShowing(t, tab, "the data map today",
			setValue(`#f-asof`, today),
			chromedp.WaitVisible(`//p[@data-testid="map-status" and starts-with(normalize-space(.), "Overview:")]`),
			waitJS(`!document.evaluate('//p[@role="alert" and contains(., "history starts")]', document, null, XPathResult.FIRST_ORDERED_NODE_TYPE, null).singleNodeValue`),
		)
	})
}
