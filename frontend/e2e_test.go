package frontend_test

// End-to-end tests of the web interface in a real headless Chromium
// (Debian's chromium) against the real server on the seed data. Without
// chromium they skip, except in CI (CI=true), where they fail.
// Screenshots of each view go to $ROPA_SCREENSHOTS, else to
// frontend/e2e-screenshots/ (gitignored).

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/ropacatalog/ropa/ent"
	"github.com/ropacatalog/ropa/ent/activitypurpose"
	"github.com/ropacatalog/ropa/ent/datacategory"
	"github.com/ropacatalog/ropa/ent/datasubjectright"
	"github.com/ropacatalog/ropa/ent/legalbasis"
	"github.com/ropacatalog/ropa/ent/organization"
	"github.com/ropacatalog/ropa/ent/policydocument"
	"github.com/ropacatalog/ropa/ent/processingactivity"
	"github.com/ropacatalog/ropa/ent/purpose"
	"github.com/ropacatalog/ropa/ent/statement"
	"github.com/ropacatalog/ropa/graph"
	"github.com/ropacatalog/ropa/internal/draft"
	"github.com/ropacatalog/ropa/internal/lineage"
	"github.com/ropacatalog/ropa/internal/review"
	"github.com/ropacatalog/ropa/internal/store"
	"github.com/ropacatalog/ropa/internal/store/storetest"
	"github.com/ropacatalog/ropa/seed"
)

type env struct {
	client  *ent.Client
	url     string
	browser context.Context
	shots   string
}

// setup starts the development server (no sign-in) on a seeded catalog
// and a headless Chromium.
func setup(t *testing.T) *env {
	t.Helper()
	return setupServer(t, nil, graph.NewMux)
}

// setupServer starts the server serve makes of a seeded catalog, after
// prepare (if any) has had the catalog, and a headless Chromium that
// resolves no host name: everything a page loads comes from the server.
func setupServer(t *testing.T, prepare func(*ent.Client), serve func(*ent.Client) http.Handler) *env {
	t.Helper()
	bin := ""
	for _, name := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			bin = p
			break
		}
	}
	if bin == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("chromium is not on PATH; CI must install it (apt-get install chromium) to run the web interface's end-to-end tests")
		}
		t.Skip("chromium is not on PATH")
	}
	client := storetest.Open(t, store.Config{})
	if _, err := seed.Load(context.Background(), client); err != nil {
		t.Fatalf("seeding: %v", err)
	}
	if prepare != nil {
		prepare(client)
	}
	srv := httptest.NewServer(serve(client))
	t.Cleanup(srv.Close)

	// A fresh profile; removed after the browser has exited (Chromium's
	// helper processes may still be writing to it for a moment).
	profile, err := os.MkdirTemp("", "ropa-e2e-chromium-")
	if err != nil {
		t.Fatal(err)
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(bin),
		chromedp.Flag("headless", true),
		chromedp.Flag("no-sandbox", true),
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("hide-scrollbars", true),
		chromedp.Flag("host-resolver-rules", "MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"),
		chromedp.UserDataDir(profile),
		chromedp.WindowSize(1280, 800),
	}
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	browser, cancelBrowser := chromedp.NewContext(allocCtx)
	if err := chromedp.Run(browser); err != nil {
		cancelBrowser()
		cancelAlloc()
		os.RemoveAll(profile)
		t.Fatalf("starting chromium %s: %v", bin, err)
	}
	t.Cleanup(func() {
		cancelBrowser()
		cancelAlloc()
		for i := 0; i < 50; i++ {
			if err := os.RemoveAll(profile); err == nil {
				return
			}
			time.Sleep(100 * time.Millisecond)
		}
		t.Logf("could not remove the browser profile %s", profile)
	})

	shots := os.Getenv("ROPA_SCREENSHOTS")
	if shots == "" {
		shots = "e2e-screenshots"
	}
	if err := os.MkdirAll(shots, 0o755); err != nil {
		t.Fatalf("screenshot directory: %v", err)
	}
	return &env{client: client, url: srv.URL, browser: browser, shots: shots}
}

// tab gives a scenario the browser's one tab (a background tab would not
// paint, so screenshots would wait forever) at 1280×800, with a time limit.
func (e *env) tab(t *testing.T) context.Context {
	t.Helper()
	ctx, cancel := context.WithTimeout(e.browser, 60*time.Second)
	t.Cleanup(cancel)
	if err := chromedp.Run(ctx, chromedp.EmulateViewport(1280, 800)); err != nil {
		t.Fatalf("viewport: %v", err)
	}
	return ctx
}

func run(t *testing.T, ctx context.Context, what string, actions ...chromedp.Action) {
	t.Helper()
	if err := chromedp.Run(ctx, actions...); err != nil {
		t.Fatalf("%s: %v", what, err)
	}
}

// shoot saves the page at 1280×800 and at 400 px wide as NAME-wide.png and
// NAME-narrow.png: its top, or the element at (an XPath) scrolled into view.
func (e *env) shoot(t *testing.T, ctx context.Context, name string, at ...string) {
	t.Helper()
	for _, v := range []struct {
		suffix string
		w, h   int64
	}{{"wide", 1280, 800}, {"narrow", 400, 860}} {
		var buf []byte
		var scroll chromedp.Action = chromedp.Evaluate(`window.scrollTo(0, 0)`, nil)
		if len(at) > 0 {
			scroll = chromedp.Evaluate(fmt.Sprintf(`document.evaluate(%q, document, null, XPathResult.FIRST_ORDERED_NODE_TYPE, null).singleNodeValue.scrollIntoView({block: "start"})`, at[0]), nil)
		}
		run(t, ctx, "screenshot "+name,
			chromedp.EmulateViewport(v.w, v.h, chromedp.EmulateScale(1)),
			chromedp.Sleep(400*time.Millisecond),
			scroll,
			chromedp.CaptureScreenshot(&buf),
		)
		p := filepath.Join(e.shots, name+"-"+v.suffix+".png")
		if err := os.WriteFile(p, buf, 0o644); err != nil {
			t.Fatalf("writing %s: %v", p, err)
		}
	}
	run(t, ctx, "restore viewport", emulation.ClearDeviceMetricsOverride(), chromedp.EmulateViewport(1280, 800))
}

// clear empties a React-controlled input the way typing would.
func clear(sel string) chromedp.Action {
	var ok bool
	return chromedp.Evaluate(fmt.Sprintf(`(() => { const el = document.querySelector(%q);
		const set = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(el), 'value').set;
		set.call(el, ''); el.dispatchEvent(new Event('input', {bubbles: true})); return true; })()`, sel), &ok)
}

// choose picks an option of a React-controlled select by its value.
func choose(sel, value string) chromedp.Action {
	var ok bool
	return chromedp.Evaluate(fmt.Sprintf(`(() => { const el = document.querySelector(%q);
		const set = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value').set;
		set.call(el, %q); el.dispatchEvent(new Event('change', {bubbles: true})); return el.value === %q; })()`, sel, value, value), &ok)
}

func texts(sel string, out *[]string) chromedp.Action {
	return chromedp.Evaluate(fmt.Sprintf(`[...document.querySelectorAll(%q)].map(e => e.textContent.trim())`, sel), out)
}

func gql(t *testing.T, url, query string, vars map[string]any) map[string]any {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	res, err := http.Post(url+"/graphql", "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatalf("POST /graphql: %v", err)
	}
	defer res.Body.Close()
	var out struct {
		Data   map[string]any
		Errors []map[string]any
	}
	if err := json.NewDecoder(res.Body).Decode(&out); err != nil {
		t.Fatalf("decoding the answer: %v", err)
	}
	if len(out.Errors) > 0 {
		t.Fatalf("%s: %v", query, out.Errors)
	}
	return out.Data
}

// draftNotice is imported with `ropa import`'s function at the start of
// the tests, so the catalog holds unreviewed facts of every type the
// importer writes: an activity with a purpose and its basis, a recipient
// and a disclosure, a transfer, a retention rule, two rights, security
// practices and a basis stated without a purpose (a statement).
const (
	draftFile   = "e2e-newsletter.md"
	draftNotice = `# UJET Newsletter Privacy Notice

Last updated: 1 June 2025

## Personal data we collect

- Your name and email address
- Your IP address

## How we use your data

We use your email address to send you our newsletter, based on your consent.

We process personal data on the basis of our legitimate interests.

## Who we share it with

We share your name and email address with Mailchimp, our email service provider, to send the newsletter.

## International transfers

Your data is transferred to the United States under the Standard Contractual Clauses.

## Retention

We keep your email address for 2 years after you unsubscribe.

## Your rights

You have the right to access and to delete your personal data.

## Security

We encrypt data in transit using TLS.
`
)

// noticeActivity is an activity of org described by a notice whose text
// contains every string of with and none of without: the tests follow
// from what the notices say, not from the seed's wording of them.
func noticeActivity(t *testing.T, c *ent.Client, org int, with, without []string) *ent.ProcessingActivity {
	t.Helper()
	ctx := context.Background()
	docs := c.PolicyDocument.Query().Where(policydocument.OrganizationID(org)).AllX(ctx)
	for _, d := range docs {
		ok := true
		for _, w := range with {
			ok = ok && strings.Contains(d.Text, w)
		}
		for _, w := range without {
			ok = ok && !strings.Contains(d.Text, w)
		}
		if !ok {
			continue
		}
		if a, err := c.ProcessingActivity.Query().Where(processingactivity.NoticeID(d.ID)).Order(ent.Asc(processingactivity.FieldName)).First(ctx); err == nil {
			return a
		}
	}
	t.Fatalf("no activity described by a notice that says %q and not %q", with, without)
	return nil
}

// recordRow is the XPath of the record's row for the activity named name.
func recordRow(name string) string {
	return fmt.Sprintf(`//table[contains(@class,"records")]/tbody/tr[th/a[normalize-space(.)=%q]]`, name)
}

// findRecord types name into the record's search box and reads the row's
// transfers, retention and security cells and its heading.
func findRecord(t *testing.T, tab context.Context, name string) (heading, transfers, retention, security string) {
	t.Helper()
	row := recordRow(name)
	run(t, tab, "search the record for "+name,
		clear(`#rec-search`),
		chromedp.SendKeys(`#rec-search`, name, chromedp.ByQuery),
		chromedp.WaitVisible(row),
		textOf(row+`/th`, &heading),
		textOf(row+`/td[@data-label="Transfers and safeguards"]`, &transfers),
		textOf(row+`/td[@data-label="Retention"]`, &retention),
		textOf(row+`/td[@data-label="Security"]`, &security),
	)
	return
}

// scopeLabels are the words the record uses for where a fact applies from.
var scopeLabels = map[string]string{"ACTIVITY": "stated for this activity", "NOTICE": "from the notice", "ORGANIZATION": "organization-wide"}

func TestWebInterface(t *testing.T) {
	e := setup(t)
	ctx := context.Background()
	ujet := e.client.Organization.Query().Where(organization.Key("ujet")).OnlyX(ctx)
	// Unreviewed facts, written as `ropa import` writes them.
	imp, err := draft.Import(ctx, e.client, draftFile, []byte(draftNotice), ujet.Key)
	if err != nil {
		t.Fatalf("importing the draft notice: %v", err)
	}
	if imp.Created == 0 {
		t.Fatalf("the draft notice's import wrote nothing: %+v", imp)
	}
	drafted := e.client.ProcessingActivity.Query().Where(processingactivity.Origin(imp.Origin)).OnlyX(ctx)
	ujetActs := e.client.ProcessingActivity.Query().Where(processingactivity.OrganizationID(ujet.ID)).AllX(ctx)
	if len(ujetActs) == 0 {
		t.Fatal("the seed has no UJET activities")
	}

	t.Run("data map shows UJET's activities", func(t *testing.T) {
		tab := e.tab(t)
		var names []string
		var heading, details string
		run(t, tab, "open the data map",
			chromedp.Navigate(e.url+"/?org=ujet"),
			chromedp.WaitVisible(`#list-ACTIVITY`, chromedp.ByQuery),
			textOf(`#map-h`, &heading),
			texts(`#list-ACTIVITY + ul button`, &names),
		)
		if heading != "Data map: UJET, Inc." {
			t.Errorf("heading = %q", heading)
		}
		if len(names) != len(ujetActs) {
			t.Errorf("the map lists %d activities, the catalog holds %d for UJET", len(names), len(ujetActs))
		}
		listed := strings.Join(names, "\n")
		for _, a := range ujetActs {
			if !strings.Contains(listed, a.Name) {
				t.Errorf("activity %q is not in the map's list", a.Name)
			}
		}
		// The drawing holds the nodes.
		var drawn int
		run(t, tab, "count drawn nodes", chromedp.Evaluate(`document.querySelectorAll('[data-testid=graph] .mnode').length`, &drawn))
		if drawn == 0 {
			t.Error("the data map drew no nodes")
		}
		// Selecting an activity shows its details and evidence.
		run(t, tab, "select an activity",
			chromedp.Click(`#list-ACTIVITY + ul button`, chromedp.ByQuery),
			chromedp.WaitVisible(`.details .evidence-link`, chromedp.ByQuery),
			textOf(`.details`, &details),
		)
		if !strings.Contains(details, "Purposes and bases") || !strings.Contains(details, "Edit this activity") {
			t.Errorf("details of the selected activity read %q", details)
		}
		e.shoot(t, tab, "1-data-map")

		// Focusing on a data category keeps the activities that process it.
		var filtered, cats []string
		run(t, tab, "focus on a data category",
			chromedp.Click(`.details .close`, chromedp.ByQuery),
			chromedp.SendKeys(`#map-q`, "user.contact.email"+kb.Enter, chromedp.ByQuery),
			chromedp.Click(`//section[contains(@class,"map-matches")]//button[contains(@title, "— user.contact.email")]`),
			chromedp.WaitVisible(fmt.Sprintf(`//h2[@id="list-ACTIVITY" and not(contains(., "(%d)"))]`, len(ujetActs))),
			texts(`#list-ACTIVITY + ul button`, &filtered),
			chromedp.Evaluate(`[...document.querySelectorAll('#list-DATA_CATEGORY + ul button')].map(b => b.title)`, &cats),
		)
		if len(filtered) == 0 || len(filtered) >= len(names) {
			t.Errorf("focused on user.contact.email the map lists %d of %d activities", len(filtered), len(names))
		}
		// An entry reads the activity's name and then its markers (the
		// findings' badge comes when the findings have loaded).
		for _, f := range filtered {
			ok := false
			for _, a := range ujetActs {
				ok = ok || strings.HasPrefix(f, a.Name)
			}
			if !ok {
				t.Errorf("focused map lists %q, not a UJET activity", f)
			}
		}
		if !strings.Contains(strings.Join(cats, "\n"), "user.contact.email") {
			t.Errorf("focused map's categories: %v", cats)
		}
		e.shoot(t, tab, "1-data-map-filtered")
	})

	t.Run("record of processing paginates, sorts and links the reports", func(t *testing.T) {
		tab := e.tab(t)
		var count string
		var first, firstDesc []string
		run(t, tab, "open the record",
			chromedp.Navigate(e.url+"/records?org=ujet"),
			chromedp.WaitVisible(`table.records tbody tr`, chromedp.ByQuery),
			textOf(`[aria-live=polite]`, &count),
			texts(`table.records tbody th > a`, &first),
		)
		if want := fmt.Sprintf("%d activities", len(ujetActs)); count != want {
			t.Errorf("count reads %q, want %q", count, want)
		}
		if len(first) != 10 {
			t.Errorf("the first page has %d rows, want 10", len(first))
		}
		e.shoot(t, tab, "2-records")
		var second []string
		run(t, tab, "next page",
			chromedp.Click(`//button[text()="Next page"]`),
			chromedp.WaitNotPresent(recordRow(first[0])),
			texts(`table.records tbody th > a`, &second),
		)
		if len(second) == 0 || second[0] == first[0] {
			t.Errorf("the second page starts %v", second)
		}
		run(t, tab, "sort by name descending",
			chromedp.Click(`//button[text()="Previous page"]`),
			chromedp.WaitVisible(recordRow(first[0])),
			chromedp.Click(`//th[@aria-sort="ascending"]//button`),
			chromedp.WaitVisible(`//th[@aria-sort="descending"]`),
			chromedp.WaitNotPresent(recordRow(first[0])),
			texts(`table.records tbody th > a`, &firstDesc),
		)
		if len(firstDesc) < 2 || strings.ToLower(firstDesc[0]) < strings.ToLower(firstDesc[1]) {
			t.Errorf("descending order starts %v", firstDesc)
		}
		var hrefs []string
		run(t, tab, "report links", chromedp.Evaluate(`[...document.querySelectorAll('.downloads a')].map(a => a.href)`, &hrefs))
		types := map[string]string{"html": "text/html", "csv": "text/csv", "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}
		if len(hrefs) != 3 {
			t.Fatalf("report links: %v", hrefs)
		}
		for _, h := range hrefs {
			res, err := http.Get(h)
			if err != nil {
				t.Fatalf("GET %s: %v", h, err)
			}
			res.Body.Close()
			format := h[strings.LastIndex(h, "=")+1:]
			if res.StatusCode != 200 || !strings.HasPrefix(res.Header.Get("Content-Type"), types[format]) {
				t.Errorf("GET %s: %d %s", h, res.StatusCode, res.Header.Get("Content-Type"))
			}
		}
	})

	t.Run("record shows the transfers, retention and security that apply by scope", func(t *testing.T) {
		tab := e.tab(t)
		run(t, tab, "open the record",
			chromedp.Navigate(e.url+"/records?org=ujet"),
			chromedp.WaitVisible(`table.records tbody tr`, chromedp.ByQuery),
		)
		// What the API says applies to an activity: each cell shows every
		// safeguard, retention rule and measure, under where it applies from.
		type applies struct {
			AppliesTo string
			Recipient *struct{ Name string }
			Safeguard *struct{ Name string }
			Duration  *string
			Measure   *struct{ Name string }
		}
		effective := func(id int) (tr, ret, sec []applies) {
			d := gql(t, e.url, `query($id: ID!) { node(id: $id) { ... on ProcessingActivity {
				effectiveTransfers { appliesTo recipient { name } safeguard { name } }
				effectiveRetentionRules { appliesTo duration }
				effectiveSecurityPractices { appliesTo measure { name } } } } }`, map[string]any{"id": fmt.Sprint(id)})
			var out struct {
				Node struct {
					EffectiveTransfers, EffectiveRetentionRules, EffectiveSecurityPractices []applies
				}
			}
			b, _ := json.Marshal(d)
			if err := json.Unmarshal(b, &out); err != nil {
				t.Fatal(err)
			}
			return out.Node.EffectiveTransfers, out.Node.EffectiveRetentionRules, out.Node.EffectiveSecurityPractices
		}
		label := func(a applies) string {
			if a.AppliesTo == "RECIPIENT" && a.Recipient != nil {
				return "for " + a.Recipient.Name
			}
			return scopeLabels[a.AppliesTo]
		}
		check := func(what, cell string, facts []applies, name func(applies) string) {
			t.Helper()
			if len(facts) == 0 {
				if cell != "—" {
					t.Errorf("%s: nothing applies, the cell reads %q", what, cell)
				}
				return
			}
			for _, f := range facts {
				if l := label(f); !strings.Contains(cell, l+":") {
					t.Errorf("%s: %q lacks where a fact applies from, %q", what, cell, l)
				}
				if n := name(f); n != "" && !strings.Contains(cell, n) {
					t.Errorf("%s: %q lacks %q", what, cell, n)
				}
			}
		}
		safeguard := func(a applies) string {
			if a.Safeguard == nil {
				return "no safeguard stated"
			}
			return a.Safeguard.Name
		}
		measure := func(a applies) string { return a.Measure.Name }
		none := func(applies) string { return "" }

		// The website notice cites the EU-US Data Privacy Framework, the
		// careers notice the invalidated Privacy Shield: each activity shows
		// its own notice's safeguards, not the other's.
		website := noticeActivity(t, e.client, ujet.ID, []string{"EU-US Data Privacy Framework"}, []string{"Privacy Shield"})
		heading, transfers, retention, security := findRecord(t, tab, website.Name)
		e.shoot(t, tab, "2-records-website")
		if !strings.Contains(transfers, "EU-US Data Privacy Framework") || strings.Contains(transfers, "Privacy Shield") {
			t.Errorf("website activity %q: transfers read %q, want the Data Privacy Framework and no Privacy Shield", website.Name, transfers)
		}
		if strings.Contains(heading, "DRAFT") {
			t.Errorf("the reviewed website activity is marked a draft: %q", heading)
		}
		tr, ret, sec := effective(website.ID)
		check("website transfers", transfers, tr, safeguard)
		check("website retention", retention, ret, none)
		check("website security", security, sec, measure)

		careers := noticeActivity(t, e.client, ujet.ID, []string{"Privacy Shield"}, []string{"Data Privacy Framework"})
		_, transfers, _, _ = findRecord(t, tab, careers.Name)
		if !strings.Contains(transfers, "Privacy Shield (invalid since ") || strings.Contains(transfers, "Data Privacy Framework") {
			t.Errorf("careers activity %q: transfers read %q, want Privacy Shield marked invalid", careers.Name, transfers)
		}
		var stale []string
		run(t, tab, "stale marks", texts(`table.records td[data-label="Transfers and safeguards"] .stale-text`, &stale))
		if len(stale) == 0 {
			t.Error("the careers activity's Privacy Shield is not marked stale")
		}
		tr, _, _ = effective(careers.ID)
		check("careers transfers", transfers, tr, safeguard)
		e.shoot(t, tab, "2-records-careers")

		// The imported activity and its facts are drafts.
		heading, transfers, retention, security = findRecord(t, tab, drafted.Name)
		e.shoot(t, tab, "2-records-draft")
		if !strings.Contains(heading, "DRAFT") {
			t.Errorf("the imported activity's heading reads %q, want DRAFT", heading)
		}
		tr, ret, sec = effective(drafted.ID)
		check("draft transfers", transfers, tr, safeguard)
		check("draft retention", retention, ret, none)
		check("draft security", security, sec, measure)
		for what, cell := range map[string]string{"transfers": transfers, "retention": retention, "security": security} {
			if !strings.Contains(cell, "DRAFT") {
				t.Errorf("the imported activity's %s read %q, want its unreviewed facts marked DRAFT", what, cell)
			}
		}
		if !strings.Contains(retention, "2 years") {
			t.Errorf("the imported activity's retention reads %q", retention)
		}
	})

	t.Run("field lookup shows recipients with reasons, evidence shows the sentence", func(t *testing.T) {
		tab := e.tab(t)
		// A disclosure that names no purpose: its legal bases are all the
		// activity's, and the lookup says so.
		const helpdesk = "Zendesk helpdesk (added by the test)"
		email := e.client.DataCategory.Query().Where(datacategory.Key("user.contact.email")).OnlyX(ctx)
		rec := gql(t, e.url, `mutation($in: CreateRecipientInput!) { createRecipient(input: $in) { id } }`, map[string]any{"in": map[string]any{
			"name": helpdesk, "kind": "processor", "organizationID": fmt.Sprint(ujet.ID),
		}})["createRecipient"].(map[string]any)["id"]
		gql(t, e.url, `mutation($in: CreateDisclosureInput!) { createDisclosure(input: $in) { id } }`, map[string]any{"in": map[string]any{
			"activityID": fmt.Sprint(drafted.ID), "recipientID": rec, "dataCategoryIDs": []string{fmt.Sprint(email.ID)},
		}})
		var options []string
		run(t, tab, "type a field",
			chromedp.Navigate(e.url+"/lookup"),
			chromedp.WaitVisible(`#lookup-field`, chromedp.ByQuery),
			chromedp.SendKeys(`#lookup-field`, "user.contact.em", chromedp.ByQuery),
			// the list answering this text, not an earlier keystroke's
			chromedp.WaitVisible(`#lookup-options[data-for="user.contact.em"] [role=option]`, chromedp.ByQuery),
			chromedp.Evaluate(`[...document.querySelectorAll('#lookup-options [role=option]')].map(o => o.dataset.value)`, &options),
		)
		if len(options) == 0 || options[0] != "user.contact.email" {
			t.Errorf("completions for user.contact.em: %v", options)
		}
		// A typo (two letters swapped) still finds the key, chosen with the
		// keyboard, and looked up.
		var chosen string
		run(t, tab, "type a typo and choose",
			clear(`#lookup-field`),
			chromedp.SendKeys(`#lookup-field`, "user.emial", chromedp.ByQuery),
			chromedp.WaitVisible(`#lookup-options[data-for="user.emial"] [role=option]`, chromedp.ByQuery),
			chromedp.Evaluate(`[...document.querySelectorAll('#lookup-options [role=option]')].map(o => o.dataset.value)`, &options),
			chromedp.SendKeys(`#lookup-field`, kb.ArrowDown, chromedp.ByQuery),
			chromedp.WaitVisible(`#lookup-option-0[aria-selected=true]`, chromedp.ByQuery),
			chromedp.SendKeys(`#lookup-field`, kb.Enter, chromedp.ByQuery),
			waitJS(`location.search.includes("field=user.contact.email")`),
			valueOf(`#lookup-field`, &chosen),
		)
		if len(options) == 0 || options[0] != "user.contact.email" || chosen != "user.contact.email" {
			t.Errorf("user.emial: offered %v, chose %q; want user.contact.email first and chosen", options, chosen)
		}
		var status string
		var recipients, matches []string
		run(t, tab, "look up",
			clear(`#lookup-field`),
			chromedp.SendKeys(`#lookup-field`, "user.contact.email", chromedp.ByQuery),
			chromedp.Click(`//button[text()="Look up"]`),
			chromedp.WaitVisible(`table.lookup tbody tr`, chromedp.ByQuery),
			textOf(`[aria-live=polite]`, &status),
			texts(`table.lookup tbody th`, &recipients),
			texts(`table.lookup tbody td .match`, &matches),
		)
		_, want, err := lineage.RecipientsOf(ctx, e.client, "user.contact.email", "")
		if err != nil {
			t.Fatal(err)
		}
		if len(recipients) != len(want) || status != fmt.Sprintf("%d recipients of user.contact.email", len(want)) {
			t.Errorf("%d rows (%q), the lineage query answers %d", len(recipients), status, len(want))
		}
		// UJET's website notice: work email is contact information, and
		// contact information goes to the service providers it names.
		for _, m := range matches {
			if m != "EXACT" && m != "BROADER" && m != "NARROWER" {
				t.Errorf("match column reads %q", m)
			}
		}
		var reasons string
		run(t, tab, "read the first row", textOf(`table.lookup tbody tr`, &reasons))
		if !strings.Contains(reasons, "Art 6(1)") {
			t.Errorf("the first row names no Art 6 basis: %q", reasons)
		}
		e.shoot(t, tab, "3-lookup")

		// Bases: those of the purposes the disclosure serves, or all of the
		// activity's, marked, when it names none.
		all := 0
		for _, r := range want {
			if r.AllActivityBases {
				all++
			}
		}
		var notes int
		run(t, tab, "count all-bases notes", chromedp.Evaluate(`document.querySelectorAll('table.lookup [data-all-bases]').length`, &notes))
		if all == 0 || notes != all {
			t.Errorf("%d rows say the disclosure names no purpose; the lineage answers %d such", notes, all)
		}
		lookupRow := func(recipient string) string {
			return fmt.Sprintf(`//table[contains(@class,"lookup")]/tbody/tr[th[starts-with(normalize-space(.), %q)]]`, recipient)
		}
		var helpdeskRow, mailchimp string
		run(t, tab, "read the helpdesk and the drafted recipient",
			chromedp.ScrollIntoView(lookupRow(helpdesk)),
			textOf(lookupRow(helpdesk), &helpdeskRow),
			textOf(lookupRow("Mailchimp"), &mailchimp),
		)
		if !strings.Contains(helpdeskRow, "all purposes of the activity (the disclosure names none)") {
			t.Errorf("the helpdesk's row reads %q", helpdeskRow)
		}
		aps := drafted.QueryPurposes().WithPurpose().AllX(ctx)
		if len(aps) == 0 {
			t.Fatal("the imported activity has no purpose")
		}
		for _, ap := range aps {
			if !strings.Contains(helpdeskRow, ap.Edges.Purpose.Name+":") {
				t.Errorf("the helpdesk's row lacks the activity's purpose %q: %q", ap.Edges.Purpose.Name, helpdeskRow)
			}
		}
		// The imported activity, its purpose and the imported recipient are drafts.
		if strings.Count(helpdeskRow, "DRAFT") < 2 {
			t.Errorf("the helpdesk's row marks %d drafts (activity, purpose): %q", strings.Count(helpdeskRow, "DRAFT"), helpdeskRow)
		}
		if strings.Count(mailchimp, "DRAFT") < 3 || strings.Contains(mailchimp, "all purposes of the activity") {
			t.Errorf("the imported recipient's row reads %q, want the recipient, the activity and the purpose marked DRAFT", mailchimp)
		}
		e.shoot(t, tab, "3-lookup-drafts", lookupRow("Mailchimp"))

		var quote, marked, title string
		var inView bool
		run(t, tab, "follow an evidence link",
			attrOf(`table.lookup tbody tr .evidence-link`, "title", &quote),
			chromedp.Click(`table.lookup tbody tr .evidence-link`, chromedp.ByQuery),
			chromedp.WaitVisible(`mark#quote`, chromedp.ByQuery),
			chromedp.Sleep(200*time.Millisecond),
			textOf(`mark#quote`, &marked),
			textOf(`#ev-h`, &title),
			chromedp.Evaluate(`(() => { const m = document.querySelector('mark#quote').getBoundingClientRect();
				const b = document.querySelector('.notice-text').getBoundingClientRect();
				return m.top >= b.top && m.top < b.bottom && m.top < window.innerHeight; })()`, &inView),
		)
		if marked != quote {
			t.Errorf("highlighted %q, the link's quote is %q", marked, quote)
		}
		if !inView {
			t.Error("the highlighted sentence is not scrolled into view")
		}
		// The highlighted span is the notice's own text.
		docs := e.client.PolicyDocument.Query().AllX(ctx)
		found := false
		for _, d := range docs {
			if d.Title == title && strings.Contains(d.Text, marked) {
				found = true
			}
		}
		if !found {
			t.Errorf("%q is not in a notice titled %q", marked, title)
		}
		e.shoot(t, tab, "4-evidence")
	})

	act := ujetActs[0]
	t.Run("edit an activity, save, reload, see the change", func(t *testing.T) {
		tab := e.tab(t)
		const fn = "Marketing operations (edited in the browser)"
		var saved, after string
		run(t, tab, "edit",
			chromedp.Navigate(fmt.Sprintf("%s/activities/%d", e.url, act.ID)),
			chromedp.WaitVisible(`#act-businessFunction`, chromedp.ByQuery),
			chromedp.WaitVisible(`#purposes-h`, chromedp.ByQuery),
		)
		e.shoot(t, tab, "5-edit")
		run(t, tab, "save",
			clear(`#act-businessFunction`),
			chromedp.SendKeys(`#act-businessFunction`, fn, chromedp.ByQuery),
			chromedp.Click(`//button[text()="Save activity"]`),
			chromedp.WaitVisible(`//span[@role="status" and text()="Saved."]`),
			textOf(`.saved`, &saved),
			chromedp.Reload(),
			chromedp.WaitVisible(`#act-businessFunction`, chromedp.ByQuery),
			chromedp.Sleep(200*time.Millisecond),
			valueOf(`#act-businessFunction`, &after),
		)
		if after != fn {
			t.Errorf("after reload the business function reads %q, want %q", after, fn)
		}
		if got := e.client.ProcessingActivity.GetX(ctx, act.ID).BusinessFunction; got != fn {
			t.Errorf("the catalog holds %q", got)
		}

		// A transfer added through the form is saved with the activity
		// and shows after a reload.
		var country, safeguard string
		n := e.client.ProcessingActivity.GetX(ctx, act.ID).QueryTransfers().CountX(ctx)
		var rows int
		run(t, tab, "count transfers", chromedp.Evaluate(`document.querySelectorAll('section[aria-labelledby=tr-h] ol.rows > li').length`, &rows))
		sel := fmt.Sprintf(`#act-transfers-%d-country`, rows)
		run(t, tab, "add a transfer",
			chromedp.Click(`#add-transfers`, chromedp.ByQuery),
			editPick(sel, "JP", "Japan (JP)"),
			chromedp.Click(`//button[text()="Save activity"]`),
			chromedp.WaitVisible(`//span[@role="status" and text()="Saved."]`),
			chromedp.Reload(),
			chromedp.WaitVisible(sel, chromedp.ByQuery),
			valueOf(sel, &country),
			valueOf(fmt.Sprintf(`#act-transfers-%d-safeguard`, rows), &safeguard),
		)
		if !strings.Contains(country, "JP") || safeguard != "" {
			t.Errorf("after reload the new transfer reads country %q, safeguard %q; want JP and none stated", country, safeguard)
		}
		ts := e.client.ProcessingActivity.GetX(ctx, act.ID).QueryTransfers().AllX(ctx)
		if len(ts) != n+1 || !anyOf(ts, func(x *ent.Transfer) bool { return x.Country == "JP" && x.SafeguardID == 0 }) {
			t.Errorf("the catalog holds %d transfers (had %d), want one more to JP with no safeguard", len(ts), n)
		}
	})

	t.Run("invalid input shows the error next to the field", func(t *testing.T) {
		tab := e.tab(t)
		before := e.client.ProcessingActivity.GetX(ctx, act.ID).Name
		var msg, invalid, describedBy string
		run(t, tab, "submit an empty name",
			chromedp.Navigate(fmt.Sprintf("%s/activities/%d", e.url, act.ID)),
			chromedp.WaitVisible(`#act-name`, chromedp.ByQuery),
			clear(`#act-name`),
			chromedp.Click(`//button[text()="Save activity"]`),
			chromedp.WaitVisible(`#act-name-error`, chromedp.ByQuery),
			textOf(`#act-name-error`, &msg),
			attrOf(`#act-name`, "aria-invalid", &invalid),
			attrOf(`#act-name`, "aria-describedby", &describedBy),
		)
		if !strings.Contains(msg, "name") || invalid != "true" || describedBy != "act-name-error" {
			t.Errorf("name error %q, aria-invalid %q, aria-describedby %q", msg, invalid, describedBy)
		}
		// The error sits in the name field's own box.
		var sameBox bool
		run(t, tab, "error placement", chromedp.Evaluate(`document.querySelector('#act-name').parentElement.contains(document.querySelector('#act-name-error'))`, &sameBox))
		if !sameBox {
			t.Error("the name error is not next to the name field")
		}
		if got := e.client.ProcessingActivity.GetX(ctx, act.ID).Name; got != before {
			t.Errorf("the rejected save changed the name to %q", got)
		}
		// A retention rule with neither a duration nor a criterion, saved
		// with the name restored.
		rules := e.client.ProcessingActivity.GetX(ctx, act.ID).QueryRetentionRules().CountX(ctx)
		var retMsg string
		var nr int
		run(t, tab, "count retention rows", chromedp.Evaluate(`document.querySelectorAll('section[aria-labelledby=ret-h] ol.rows > li').length`, &nr))
		errSel := fmt.Sprintf(`#act-retentionRules-%d-duration-error`, nr)
		run(t, tab, "add an empty retention rule",
			chromedp.SendKeys(`#act-name`, before, chromedp.ByQuery),
			chromedp.Click(`//button[text()="Add retention rule"]`),
			chromedp.Click(`//button[text()="Save activity"]`),
			chromedp.WaitVisible(errSel, chromedp.ByQuery),
			textOf(errSel, &retMsg),
		)
		if !strings.Contains(retMsg, "ISO 8601 duration or a criterion") {
			t.Errorf("retention error reads %q", retMsg)
		}
		if n := e.client.ProcessingActivity.GetX(ctx, act.ID).QueryRetentionRules().CountX(ctx); n != rules {
			t.Errorf("the rejected rule was written: %d rules, had %d", n, rules)
		}
		run(t, tab, "scroll to the name", chromedp.ScrollIntoView(`#act-name`, chromedp.ByQuery))
		e.shoot(t, tab, "6-invalid")
	})

	t.Run("create an activity with a purpose and its basis", func(t *testing.T) {
		tab := e.tab(t)
		consent := e.client.LegalBasis.Query().Where(legalbasis.Key("consent")).OnlyX(ctx)
		first := e.client.Purpose.Query().Order(ent.Asc(purpose.FieldKey)).FirstX(ctx)
		var msg, heading, purposeName, basisText string
		run(t, tab, "submit without a name",
			chromedp.Navigate(e.url+"/activities/new"),
			chromedp.WaitVisible(`#act-name`, chromedp.ByQuery),
			chromedp.WaitReady(`#act-organization option`, chromedp.ByQuery),
			choose(`#act-organization`, ujet.Key),
			chromedp.Click(`//button[text()="Create activity"]`),
			chromedp.WaitVisible(`#act-name-error`, chromedp.ByQuery),
			textOf(`#act-name-error`, &msg),
		)
		if !strings.Contains(msg, "name") || !strings.Contains(msg, "must not be blank") {
			t.Errorf("name error reads %q, want it to name the field and say it is blank", msg)
		}
		const name = "Newsletter sign-up (entered in the browser)"
		run(t, tab, "create",
			chromedp.SendKeys(`#act-name`, name, chromedp.ByQuery),
			chromedp.Click(`//button[text()="Create activity"]`),
			chromedp.WaitVisible(`#purposes-h`, chromedp.ByQuery),
			waitJS(`document.querySelector('#edit-h') && document.querySelector('#edit-h').textContent.startsWith('Edit: ')`),
			textOf(`#edit-h`, &heading),
			chromedp.Click(`//button[text()="Add purpose"]`),
			editPick(`#act-purposes-0-purpose`, first.Name, first.Name),
			choose(`#act-purposes-0-legalBasis`, fmt.Sprint(consent.ID)),
			chromedp.Click(`//button[text()="Save activity"]`),
			chromedp.WaitVisible(`//span[@role="status" and text()="Saved."]`),
			chromedp.Reload(),
			chromedp.WaitVisible(`#act-purposes-0-purpose`, chromedp.ByQuery),
			waitJS(`document.querySelector('#act-purposes-0-legalBasis').selectedIndex > 0`),
			valueOf(`#act-purposes-0-purpose`, &purposeName),
			chromedp.Evaluate(`(s => s.options[s.selectedIndex].textContent)(document.querySelector('#act-purposes-0-legalBasis'))`, &basisText),
		)
		if heading != "Edit: "+name {
			t.Errorf("after creating, the heading reads %q", heading)
		}
		if purposeName != first.Name || !strings.Contains(basisText, "GDPR Art 6(1)(a)") {
			t.Errorf("the purpose reads %q on %q, want %q on GDPR Art 6(1)(a)", purposeName, basisText, first.Name)
		}
		a := e.client.ProcessingActivity.Query().Where(processingactivity.Name(name)).OnlyX(ctx)
		if a.OrganizationID != ujet.ID {
			t.Errorf("created under organization %d, want UJET %d", a.OrganizationID, ujet.ID)
		}
		if n := a.QueryPurposes().Where(activitypurpose.LegalBasisID(consent.ID)).CountX(ctx); n != 1 {
			t.Errorf("the catalog holds %d consent purposes for the new activity", n)
		}
	})

	t.Run("confirm and reject unreviewed facts", func(t *testing.T) {
		tab := e.tab(t)
		// The imported notice's right of access and its basis stated
		// without a purpose.
		right, err := e.client.DataSubjectRight.Query().Where(datasubjectright.Origin(imp.Origin), datasubjectright.ReviewStatusEQ(review.Unreviewed)).First(ctx)
		if err != nil {
			t.Fatalf("the import drafted no right (the notice states two): %v", err)
		}
		stmt, err := e.client.Statement.Query().Where(statement.Origin(imp.Origin), statement.ReviewStatusEQ(review.Unreviewed)).First(ctx)
		if err != nil {
			t.Fatalf("the import drafted no statement (the notice states a basis without a purpose): %v", err)
		}
		keep, drop := fmt.Sprint(right.ID), fmt.Sprint(stmt.ID)
		run(t, tab, "open the review",
			chromedp.Navigate(e.url+"/review"),
			chromedp.WaitVisible(fmt.Sprintf(`section[data-type="rights"] li[data-fact="%s"]`, keep), chromedp.ByQuery),
			chromedp.WaitVisible(fmt.Sprintf(`section[data-type="statements"] li[data-fact="%s"]`, drop), chromedp.ByQuery),
		)
		// Every type of fact the import wrote waits for review.
		var types []string
		run(t, tab, "fact types", chromedp.Evaluate(`[...document.querySelectorAll('section[data-type]')].map(s => s.dataset.type)`, &types))
		for _, want := range []string{"activities", "purposes", "recipients", "disclosures", "transfers", "retention", "rights", "security", "statements"} {
			if !strings.Contains(strings.Join(types, " "), want) {
				t.Errorf("the review lists no %s; it lists %v", want, types)
			}
		}
		var stmtText string
		run(t, tab, "read the statement", textOf(fmt.Sprintf(`li[data-fact="%s"]`, drop), &stmtText))
		if !strings.Contains(stmtText, "legal basis without a purpose") || !strings.Contains(stmtText, "DRAFT") || !strings.Contains(stmtText, imp.Origin) {
			t.Errorf("the statement reads %q", stmtText)
		}
		e.shoot(t, tab, "7-review")
		run(t, tab, "only statements",
			choose(`#rev-type`, "statements"),
			chromedp.WaitNotPresent(`section[data-type="rights"]`, chromedp.ByQuery),
			chromedp.WaitVisible(fmt.Sprintf(`li[data-fact="%s"]`, drop), chromedp.ByQuery),
		)
		e.shoot(t, tab, "7-review-statements")
		run(t, tab, "confirm and reject",
			choose(`#rev-type`, ""),
			chromedp.WaitVisible(fmt.Sprintf(`li[data-fact="%s"]`, keep), chromedp.ByQuery),
			// A fact's actions show once it is selected (issue 18's review screen).
			chromedp.Click(fmt.Sprintf(`li[data-fact="%s"]`, keep), chromedp.ByQuery),
			chromedp.Click(fmt.Sprintf(`//li[@data-fact="%s"]//button[text()="Confirm"]`, keep)),
			chromedp.WaitNotPresent(fmt.Sprintf(`li[data-fact="%s"]`, keep), chromedp.ByQuery),
			chromedp.Click(fmt.Sprintf(`li[data-fact="%s"]`, drop), chromedp.ByQuery),
			chromedp.SendKeys(fmt.Sprintf(`#note-%s`, drop), "the notice pairs it with no purpose we keep", chromedp.ByQuery),
			chromedp.Click(fmt.Sprintf(`//li[@data-fact="%s"]//button[text()="Reject"]`, drop)),
			chromedp.WaitNotPresent(fmt.Sprintf(`li[data-fact="%s"]`, drop), chromedp.ByQuery),
		)
		if r := e.client.DataSubjectRight.GetX(ctx, right.ID); r.ReviewStatus != review.Reviewed {
			t.Errorf("confirmed right is %s", r.ReviewStatus)
		}
		s := e.client.Statement.GetX(review.WithRejected(ctx), stmt.ID) // the catalog hides rejected facts otherwise
		if s.ReviewStatus != review.Rejected || s.ReviewNote != "the notice pairs it with no purpose we keep" {
			t.Errorf("rejected statement is %s with note %q", s.ReviewStatus, s.ReviewNote)
		}
		// A decision is not provenance: the origin stays the import's.
		if s.Origin != imp.Origin {
			t.Errorf("the statement's origin became %q", s.Origin)
		}
	})
}

// setValue sets a React-controlled input (a date input too) the way typing would.
func setValue(sel, value string) chromedp.Action {
	var ok bool
	return chromedp.Evaluate(fmt.Sprintf(`(() => { const el = document.querySelector(%q);
		const set = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(el), 'value').set;
		set.call(el, %q); el.dispatchEvent(new Event('input', {bubbles: true})); return el.value === %q; })()`, sel, value, value), &ok)
}

// waitJS waits until the JavaScript expression is true.
func waitJS(expr string) chromedp.Action { return pollPage(expr, nil) }

// TestFindingsWebInterface: UJET's findings list with the sentences under
// them, its severity filter, the badges on the record and the data map,
// and a reviewer's acknowledgement from the list.
func TestFindingsWebInterface(t *testing.T) {
	e := setup(t)
	ctx := context.Background()
	ujet := e.client.Organization.Query().Where(organization.Key("ujet")).OnlyX(ctx)
	// The careers notice: the one that says it participates in the Privacy Shield.
	const shieldSentence = "U.S. Privacy Shield Frameworks" // after a no-break space in the notice
	careers := e.client.PolicyDocument.Query().
		Where(policydocument.OrganizationID(ujet.ID), policydocument.TextContains(shieldSentence)).OnlyX(ctx)
	// Its activity with special-category data under no purpose that states an
	// Art 9(2) condition (equal-opportunity monitoring): a high finding.
	var art9 *ent.ProcessingActivity
	for _, a := range e.client.ProcessingActivity.Query().
		Where(processingactivity.NoticeID(careers.ID), processingactivity.HasDataCategoriesWith(datacategory.SpecialCategory(true))).
		Order(ent.Asc(processingactivity.FieldName)).AllX(ctx) {
		if !a.QueryPurposes().Where(activitypurpose.HasSpecialCondition()).ExistX(ctx) {
			art9 = a
			break
		}
	}
	if art9 == nil {
		t.Fatal("the careers notice has no activity with special-category data and no Art 9(2) condition")
	}
	art9Item := `//li[contains(@class,"finding") and @data-rule="special-category-no-art9" and .//dd/a[normalize-space(.)=` + fmt.Sprintf("%q", art9.Name) + `]]`

	t.Run("the findings list shows the Privacy Shield finding with its sentence", func(t *testing.T) {
		tab := e.tab(t)
		// Schrems II (C-311/18) invalidated the EU-US Privacy Shield on 2020-07-16.
		item := `//ol[@aria-label="Open findings"]/li[@data-rule="transfer-invalid-instrument" and .//span[@class="since" and normalize-space(.)="since 2020-07-16"]]`
		var message, notice, sentence string
		run(t, tab, "open UJET's findings",
			chromedp.Navigate(e.url+"/findings?org=ujet"),
			chromedp.WaitVisible(item),
			textOf(item+`//p[@class="message"]`, &message),
			textOf(item+`//dt[.="Notice"]/following-sibling::dd[1]`, &notice),
			textOf(item+`//ul[@class="finding-sentences"]//a[contains(., "Privacy Shield")]`, &sentence),
		)
		if !strings.Contains(message, "EU-US Privacy Shield") || notice != careers.Title {
			t.Errorf("Privacy Shield finding: message %q, notice %q; want the EU-US Privacy Shield in %q", message, notice, careers.Title)
		}
		if !strings.Contains(sentence, shieldSentence) {
			t.Errorf("sentence under the finding %q; want the notice's %q", sentence, shieldSentence)
		}
		e.shoot(t, tab, "findings")
		var quote string
		run(t, tab, "follow the sentence to the notice",
			chromedp.Click(item+`//ul[@class="finding-sentences"]//a[contains(., "Privacy Shield")]`),
			chromedp.WaitVisible(`mark#quote`, chromedp.ByQuery),
			textOf(`mark#quote`, &quote),
		)
		if !strings.Contains(quote, shieldSentence) {
			t.Errorf("highlighted in the notice: %q; want %q", quote, shieldSentence)
		}
		e.shoot(t, tab, "finding-sentence")
	})

	t.Run("filtering by severity", func(t *testing.T) {
		tab := e.tab(t)
		var all, high []string
		run(t, tab, "filter UJET's findings to high",
			chromedp.Navigate(e.url+"/findings?org=ujet"),
			chromedp.WaitVisible(`ol.findings li.finding`, chromedp.ByQuery),
			texts(`ol[aria-label="Open findings"] .sev-tag`, &all),
			choose(`#fi-severity`, "high"),
			waitJS(`[...document.querySelectorAll('ol[aria-label="Open findings"] .sev-tag')].every(e => e.textContent === "high")`),
			texts(`ol[aria-label="Open findings"] .sev-tag`, &high),
		)
		if !slicesContain(all, "medium") {
			t.Fatalf("UJET's open findings before filtering: %q; want medium ones too (bases not stated)", all)
		}
		if len(high) == 0 || len(high) >= len(all) {
			t.Errorf("high only: %d of %d findings", len(high), len(all))
		}
		var url string
		run(t, tab, "read the URL", chromedp.Location(&url))
		if !strings.Contains(url, "severity=high") {
			t.Errorf("the filter is not in the URL: %s", url)
		}
		e.shoot(t, tab, "findings-high")
	})

	badge := fmt.Sprintf(`//a[contains(@class,"finding-badge") and @data-fact="activity:%d"]`, art9.ID)
	readBadge := func(t *testing.T, tab context.Context) (count int, severity string) {
		t.Helper()
		findRecord(t, tab, art9.Name)
		var label string
		var ok bool
		run(t, tab, "read the badge of "+art9.Name,
			chromedp.Evaluate(fmt.Sprintf(`!!document.evaluate(%q, document, null, XPathResult.FIRST_ORDERED_NODE_TYPE, null).singleNodeValue`, badge), &ok))
		if !ok {
			return 0, ""
		}
		run(t, tab, "read the badge's label", attrOf(badge, "aria-label", &label))
		if _, err := fmt.Sscanf(label, "%d open finding", &count); err != nil {
			t.Fatalf("badge label %q: %v", label, err)
		}
		severity = label[strings.LastIndex(label, " ")+1:]
		return count, severity
	}

	var before int
	t.Run("the record shows a badge on the activity", func(t *testing.T) {
		tab := e.tab(t)
		run(t, tab, "open the record", chromedp.Navigate(e.url+"/records?org=ujet"), chromedp.WaitVisible(`table.records tbody tr`, chromedp.ByQuery))
		run(t, tab, "wait for the badges", chromedp.WaitVisible(`a.finding-badge`, chromedp.ByQuery))
		var sev string
		before, sev = readBadge(t, tab)
		if before == 0 || sev != "high" {
			t.Fatalf("%s: badge %d findings, highest %q; want at least the Art 9 one, high", art9.Name, before, sev)
		}
		e.shoot(t, tab, "record-badges", recordRow(art9.Name))
		run(t, tab, "follow the badge to the findings about the activity",
			chromedp.Click(badge),
			chromedp.WaitVisible(art9Item),
		)
		var others []string
		run(t, tab, "read the listed activities", texts(`ol[aria-label="Open findings"] li.finding dd a`, &others))
		for _, o := range others {
			if o != art9.Name {
				t.Errorf("the findings about %s list one about %s", art9.Name, o)
			}
		}
		if len(others) != before {
			t.Errorf("the badge says %d findings, the list shows %d", before, len(others))
		}
	})

	t.Run("the data map marks the activity and lists its findings", func(t *testing.T) {
		tab := e.tab(t)
		btn := fmt.Sprintf(`//div[@class="node-list"]//button[contains(., %q)]`, art9.Name)
		var detail string
		run(t, tab, "open the data map",
			chromedp.Navigate(e.url+"/?org=ujet"),
			chromedp.WaitVisible(btn+`//span[contains(@class,"finding-mark")]`),
			// The careers notice's transfers to the US rest on the Privacy Shield.
			chromedp.WaitVisible(`//section[@aria-labelledby="list-COUNTRY"]//button[contains(., "United States")]//span[contains(@class,"finding-mark")]`),
			chromedp.Click(btn),
			chromedp.WaitVisible(`#node-findings-h`, chromedp.ByQuery),
			textOf(`.details .node-findings`, &detail),
		)
		if !strings.Contains(detail, "Art 9") && !strings.Contains(detail, "special") {
			t.Errorf("details of %s list %q; want the Art 9 finding", art9.Name, detail)
		}
		e.shoot(t, tab, "map-findings")
	})

	t.Run("acknowledging a finding quiets it", func(t *testing.T) {
		tab := e.tab(t)
		form := art9Item + `//form`
		fieldError := func(field string) string {
			return form + `//p[@class="field-error" and contains(@id,"-` + field + `-error")]`
		}
		today := time.Now().Format(time.DateOnly)
		review := time.Now().AddDate(0, 6, 0).Format(time.DateOnly)
		var dateMissing, noteErr, dateErr string
		run(t, tab, "open the findings about the activity",
			chromedp.Navigate(fmt.Sprintf("%s/findings?org=ujet&fact=activity:%d", e.url, art9.ID)),
			chromedp.WaitVisible(art9Item),
			chromedp.Click(art9Item+`//button[normalize-space(.)="Acknowledge…"]`),
			chromedp.WaitVisible(form),
		)
		run(t, tab, "submit it empty",
			chromedp.Click(form+`//button[@type="submit"]`),
			chromedp.WaitVisible(fieldError("review")),
			textOf(fieldError("review"), &dateMissing),
		)
		run(t, tab, "a review date and no note",
			setValue(`form.ack-form input[type="date"]`, review),
			chromedp.Click(form+`//button[@type="submit"]`),
			chromedp.WaitVisible(fieldError("note")),
			textOf(fieldError("note"), &noteErr),
		)
		if !strings.Contains(dateMissing, "no date") || !strings.Contains(noteErr, "required") {
			t.Errorf("empty form: review date %q, note %q; want the date refused, then the note required", dateMissing, noteErr)
		}
		run(t, tab, "a review date that is not after today",
			chromedp.SendKeys(form+`//textarea`, "Monitoring is voluntary; Art 9(2)(a) consent to be stated in the next notice."),
			setValue(`form.ack-form input[type="date"]`, today),
			chromedp.Click(form+`//button[@type="submit"]`),
			chromedp.WaitVisible(fieldError("review")),
			textOf(fieldError("review"), &dateErr),
		)
		if !strings.Contains(dateErr, "not after today") {
			t.Errorf("review date today: %q; want it refused", dateErr)
		}
		e.shoot(t, tab, "acknowledge-errors", art9Item)
		quiet := `//ol[@aria-label="Acknowledged findings"]/li[@data-rule="special-category-no-art9"]`
		var ack string
		run(t, tab, "acknowledge it",
			setValue(`form.ack-form input[type="date"]`, review),
			chromedp.Click(form+`//button[@type="submit"]`),
			chromedp.WaitVisible(quiet),
			textOf(quiet+`//p[@class="ack-note"]`, &ack),
		)
		if !strings.Contains(ack, "Art 9(2)(a) consent") || !strings.Contains(ack, review) {
			t.Errorf("acknowledged finding reads %q; want the note and review date %s", ack, review)
		}
		var stillOpen bool
		run(t, tab, "the open list", chromedp.Evaluate(fmt.Sprintf(`!!document.evaluate(%q, document, null, XPathResult.FIRST_ORDERED_NODE_TYPE, null).singleNodeValue`, `//ol[@aria-label="Open findings"]/li[@data-rule="special-category-no-art9"]`), &stillOpen))
		if stillOpen {
			t.Error("the acknowledged finding is still listed as open")
		}
		e.shoot(t, tab, "acknowledged", quiet)

		run(t, tab, "back to the record", chromedp.Navigate(e.url+"/records?org=ujet"), chromedp.WaitVisible(`a.finding-badge`, chromedp.ByQuery))
		after, _ := readBadge(t, tab)
		if after != before-1 {
			t.Errorf("%s: badge %d findings after acknowledging one of %d", art9.Name, after, before)
		}
	})
}

func slicesContain(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// textOf reads the visible text of the first element matching sel (an
// XPath when it starts with / or (, else a CSS selector), as chromedp.Text
// does; valueOf reads a form control's value, attrOf an attribute ("" when
// absent). Unlike chromedp's, which find the node in one call and read it
// in another, they read in one evaluation in the page, polled until such
// an element exists: a React re-render between the two calls failed
// chromedp's with "No node with given id found", and a read right after a
// page load with "Cannot find context with specified id".
func textOf(sel string, out *string) chromedp.Action {
	return readNode(sel, `n.offsetWidth || n.offsetHeight || n.getClientRects().length ? n.innerText : ''`, out)
}

func valueOf(sel string, out *string) chromedp.Action { return readNode(sel, `n.value`, out) }

func attrOf(sel, name string, out *string) chromedp.Action {
	return readNode(sel, fmt.Sprintf(`n.getAttribute(%q) ?? ''`, name), out)
}

func readNode(sel, read string, out *string) chromedp.Action {
	expr := fmt.Sprintf(`(() => { const sel = %q;
  const n = /^[/(]/.test(sel)
    ? document.evaluate(sel, document, null, XPathResult.FIRST_ORDERED_NODE_TYPE, null).singleNodeValue
    : document.querySelector(sel);
  if (!n) return null;
  return [String(%s)];
})()`, sel, read)
	return chromedp.ActionFunc(func(ctx context.Context) error {
		var v []string
		if err := pollPage(expr, &v).Do(ctx); err != nil {
			return fmt.Errorf("reading %s: %w", sel, err)
		}
		*out = v[0]
		return nil
	})
}

// pollPage evaluates expr in the page until its value is truthy, and
// stores it in out (when not nil). A page that is replaced meanwhile (a
// navigation, a reload) does not fail it: chromedp's Poll runs in one
// execution context and fails when that context goes ("Cannot find
// context with specified id", "Execution context was destroyed"), so it
// is started again in the page's new one.
func pollPage(expr string, out any) chromedp.Action {
	return chromedp.ActionFunc(func(ctx context.Context) error {
		for {
			err := chromedp.Poll(expr, out, chromedp.WithPollingInterval(50*time.Millisecond)).Do(ctx)
			if err == nil || !pageReplaced(err) {
				return err
			}
			select {
			case <-ctx.Done():
				return err
			case <-time.After(20 * time.Millisecond):
			}
		}
	})
}

func pageReplaced(err error) bool {
	s := err.Error()
	return strings.Contains(s, "Cannot find context") || strings.Contains(s, "Execution context was destroyed") ||
		strings.Contains(s, "Inspected target navigated or closed")
}
