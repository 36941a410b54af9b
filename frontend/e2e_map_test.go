package frontend_test

// The data map in a real Chromium (issue 17): an overview that reads at a
// glance, a focus on one node's neighbourhood, details beside the drawing
// that answer what a node raises, its state in the URL, lists on a narrow
// screen, and an enterprise-scale catalog drawn grouped.

import (
	"context"
	"fmt"
	"net/url"
	"slices"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/ropacatalog/ropa/ent"
	"github.com/ropacatalog/ropa/ent/organization"
	"github.com/ropacatalog/ropa/ent/policydocument"
	"github.com/ropacatalog/ropa/ent/processingactivity"
	"github.com/ropacatalog/ropa/ent/recipient"
	"github.com/ropacatalog/ropa/graph"
	"github.com/ropacatalog/ropa/internal/synth"
)

// mapNodes are the IDs and labels of the nodes drawn, by kind.
type mapNode struct {
	ID, Kind, Label, Title string
	Group                  bool
}

func drawnNodes(out *[]mapNode) chromedp.Action {
	return chromedp.Evaluate(`[...document.querySelectorAll('[data-testid=graph] .mnode')].map(g => ({
		ID: g.dataset.id,
		Kind: [...g.classList].find(c => ["system","data_category","activity","recipient","country"].includes(c)).toUpperCase(),
		Label: [...g.querySelectorAll('text:not(.flag-mark)')].map(t => t.textContent).join(' ').replace(/\s+/g, ' ').trim(),
		Title: g.querySelector('title').textContent,
		Group: g.classList.contains('group'),
	}))`, out)
}

func ofKind(ns []mapNode, kind string) []mapNode {
	var out []mapNode
	for _, n := range ns {
		if n.Kind == kind {
			out = append(out, n)
		}
	}
	return out
}

// waitMap waits until the drawing shows the answer to the URL's state.
const waitMap = `document.querySelector('[data-testid=graph] .mnode') && !document.querySelector('[data-testid=map-status]').textContent.startsWith('Loading')`

func TestMapWebInterface(t *testing.T) {
	e := setup(t)
	ctx := context.Background()
	ujet := e.client.Organization.Query().Where(organization.Key("ujet")).OnlyX(ctx)

	t.Run("overview reads at a glance: names, groups, readable labels", func(t *testing.T) {
		tab := e.tab(t)
		problems := consoleProblems(tab)
		defer func() {
			if p := problems(); len(p) > 0 {
				t.Errorf("the console reports: %q", p)
			}
		}()
		var nodes []mapNode
		var minFont float64
		var keysShown []string
		run(t, tab, "open UJET's map",
			chromedp.Navigate(e.url+"/?org=ujet"),
			waitJS(waitMap),
			drawnNodes(&nodes),
			// The size a label is drawn at on the screen: font size times the drawing's scale.
			chromedp.Evaluate(`(() => { const svg = document.querySelector('[data-testid=graph]');
				const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
				return Math.min(...[...svg.querySelectorAll('.mnode text')].map(t => parseFloat(getComputedStyle(t).fontSize) * scale)); })()`, &minFont),
			chromedp.Evaluate(`[...document.querySelectorAll('[data-testid=graph] .mnode text')].map(t => t.textContent).filter(s => /^user\./.test(s))`, &keysShown),
		)
		if minFont < 12 {
			t.Errorf("the smallest label is drawn at %.1f px; want at least 12", minFont)
		}
		if len(keysShown) > 0 {
			t.Errorf("labels show taxonomy keys instead of names: %q", keysShown)
		}
		// Data categories come grouped by their top level: the contact group holds
		// the notices' email address, phone number, postal address.
		cats := ofKind(nodes, "DATA_CATEGORY")
		contact := slices.IndexFunc(cats, func(n mapNode) bool { return n.ID == "cats:user.contact" })
		if contact < 0 || !cats[contact].Group {
			t.Fatalf("no user.contact group among the categories: %+v", cats)
		}
		acts := ofKind(nodes, "ACTIVITY")
		n := e.client.ProcessingActivity.Query().Where(processingactivity.OrganizationID(ujet.ID)).CountX(ctx)
		if len(acts) != n {
			t.Errorf("the overview draws %d activities; UJET has %d", len(acts), n)
		}
		// The key of a category is on hover.
		var title string
		run(t, tab, "read a category's title", chromedp.Evaluate(`document.querySelector('[data-testid=graph] .mnode[data-id="cats:user.contact"] title').textContent`, &title))
		if !strings.Contains(title, "user.contact") {
			t.Errorf("the contact group's title %q does not give its key", title)
		}
		e.shoot(t, tab, "map-overview")

		// Expanding the group shows its members by name; the URL keeps it.
		var members []mapNode
		var loc string
		run(t, tab, "expand the contact group",
			activate(`[data-testid=graph] .mnode[data-id="cats:user.contact"]`),
			chromedp.WaitVisible(`//button[normalize-space(.)="Expand the group in the map"]`),
			chromedp.Click(`//button[normalize-space(.)="Expand the group in the map"]`),
			waitJS(`!!document.querySelector('[data-testid=graph] .mnode[data-id="cat:user.contact.email"]')`),
			drawnNodes(&members),
			chromedp.Location(&loc),
		)
		if !strings.Contains(loc, "expand=cats%3Auser.contact") {
			t.Errorf("the expanded group is not in the URL: %s", loc)
		}
		email := slices.IndexFunc(members, func(n mapNode) bool { return n.ID == "cat:user.contact.email" })
		if email < 0 || strings.HasPrefix(members[email].Label, "user.") {
			t.Errorf("user.contact.email expanded: %+v", members)
		}
	})

	t.Run("focus on a recipient shows only its neighbourhood", func(t *testing.T) {
		// The careers notice: "In order to facilitate the background check, we
		// share personal information about the relevant job applicant with
		// trusted background check providers." Only the background check
		// activity discloses to them.
		e.client.PolicyDocument.Query().Where(policydocument.OrganizationID(ujet.ID), policydocument.TextContains("we share personal information about the relevant job applicant with trusted background check providers")).OnlyX(ctx)
		bg := e.client.Recipient.Query().Where(recipient.OrganizationID(ujet.ID), recipient.NameEQ("Background check providers")).OnlyX(ctx)
		tab := e.tab(t)
		var nodes []mapNode
		var status string
		run(t, tab, "focus on the background check providers",
			chromedp.Navigate(fmt.Sprintf("%s/?org=ujet&focus=rec:%d", e.url, bg.ID)),
			waitJS(waitMap+` && document.querySelector('[data-testid=map-status]').textContent.includes('Focused on')`),
			drawnNodes(&nodes),
			textOf(`[data-testid=map-status]`, &status),
		)
		recs := ofKind(nodes, "RECIPIENT")
		if len(recs) != 1 || recs[0].Label != bg.Name {
			t.Errorf("recipients in the focus: %+v; want only %s", recs, bg.Name)
		}
		acts := ofKind(nodes, "ACTIVITY")
		if len(acts) != 1 || !strings.Contains(strings.ToLower(acts[0].Label), "background check") {
			t.Errorf("activities in the focus: %+v; want the one background check activity", acts)
		}
		if len(ofKind(nodes, "SYSTEM")) != 0 {
			t.Errorf("the focus draws systems: %+v", ofKind(nodes, "SYSTEM"))
		}
		// What is disclosed to them: the notice names the SSN among the data of the check.
		if !slices.ContainsFunc(nodes, func(n mapNode) bool {
			return n.Kind == "DATA_CATEGORY" && strings.Contains(strings.ToLower(n.Title), "social security")
		}) {
			t.Errorf("the focus does not show the social security number among the data: %+v", ofKind(nodes, "DATA_CATEGORY"))
		}
		if !strings.Contains(status, bg.Name) {
			t.Errorf("status %q does not name the focus", status)
		}
		var details string
		run(t, tab, "select the recipient",
			activate(fmt.Sprintf(`[data-testid=graph] .mnode[data-id="rec:%d"]`, bg.ID)),
			chromedp.WaitVisible(fmt.Sprintf(`[data-testid=map-details][data-node="rec:%d"] .sentences`, bg.ID), chromedp.ByQuery),
			textOf(`[data-testid=map-details]`, &details),
		)
		for _, want := range []string{"What it receives and why", acts[0].Label, "trusted background check providers"} {
			if !strings.Contains(details, want) {
				t.Errorf("the recipient's details lack %q: %s", want, details)
			}
		}
		e.shoot(t, tab, "map-focus-recipient")
	})

	t.Run("the United States lists its transfers with safeguard, validity and sentence", func(t *testing.T) {
		tab := e.tab(t)
		var items []string
		var overlap bool
		run(t, tab, "select the United States",
			chromedp.Navigate(e.url+"/?org=ujet"),
			waitJS(waitMap),
			activate(`[data-testid=graph] .mnode[data-id="country:US"]`),
			chromedp.WaitVisible(`[data-testid=map-details][data-node="country:US"] [data-testid=map-transfer]`, chromedp.ByQuery),
			texts(`[data-testid=map-details] [data-testid=map-transfer]`, &items),
			// The details are beside the drawing, not over it.
			chromedp.Evaluate(`(() => { const a = document.querySelector('.graph-wrap').getBoundingClientRect(), b = document.querySelector('aside.details').getBoundingClientRect();
				return a.right > b.left && b.right > a.left && a.bottom > b.top && b.bottom > a.top; })()`, &overlap),
		)
		if overlap {
			t.Error("the details panel overlaps the drawing")
		}
		docText := func(title string) string {
			return e.client.PolicyDocument.Query().Where(policydocument.OrganizationID(ujet.ID), policydocument.TitleContains(title)).OnlyX(ctx).Text
		}
		careers, website := docText("Job Applicant"), docText("Website")
		find := func(safeguard string) string {
			for _, it := range items {
				if strings.Contains(it, safeguard) {
					return it
				}
			}
			t.Errorf("no transfer under %s among %q", safeguard, items)
			return ""
		}
		// Schrems II (CJEU C-311/18) invalidated the EU-US Privacy Shield on
		// 2020-07-16; the careers notice still relies on it.
		shield := find("EU-US Privacy Shield")
		if !strings.Contains(shield, "invalid since 2020-07-16") {
			t.Errorf("Privacy Shield transfer %q; want invalid since 2020-07-16", shield)
		}
		// The EU-US Data Privacy Framework (Decision (EU) 2023/1795) is valid today; the website notice relies on it.
		dpf := find("EU-US Data Privacy Framework")
		if !strings.Contains(dpf, "valid today") {
			t.Errorf("DPF transfer %q; want valid today", dpf)
		}
		for _, c := range []struct{ item, notice, words string }{{shield, careers, "Privacy Shield"}, {dpf, website, "Data Privacy Framework"}} {
			qs := quotesIn(c.item)
			for _, q := range qs {
				if !strings.Contains(strings.Join(strings.Fields(c.notice), " "), q) {
					t.Errorf("the transfer's sentence %q is not in its notice", q)
				}
			}
			if !slices.ContainsFunc(qs, func(q string) bool { return strings.Contains(q, c.words) }) {
				t.Errorf("the transfer's sentences %q do not include the notice's sentence about the %s", qs, c.words)
			}
		}
		e.shoot(t, tab, "map-details-us")
		var quote string
		run(t, tab, "follow the Privacy Shield sentence to the notice",
			chromedp.Focus(`//li[@data-testid="map-transfer" and contains(., "EU-US Privacy Shield")]//a[contains(@class,"evidence-link") and contains(., "Privacy Shield")]`),
			chromedp.KeyEvent(kb.Enter),
			chromedp.WaitVisible(`mark#quote`, chromedp.ByQuery),
			textOf(`mark#quote`, &quote),
		)
		if !strings.Contains(quote, "Privacy Shield") {
			t.Errorf("the evidence page highlights %q", quote)
		}
	})

	t.Run("search, focus and expanded groups survive a reload and a shared link", func(t *testing.T) {
		tab := e.tab(t)
		problems := consoleProblems(tab)
		defer func() {
			if p := problems(); len(p) > 0 {
				t.Errorf("the console reports: %q", p)
			}
		}()
		var loc string
		var before, after, shared []mapNode
		var matches []string
		run(t, tab, "search for contact",
			chromedp.Navigate(e.url+"/?org=ujet"),
			waitJS(waitMap),
			chromedp.SendKeys(`#map-q`, "advertising"+kb.Enter, chromedp.ByQuery),
			chromedp.WaitVisible(`#map-matches-h`, chromedp.ByQuery),
			chromedp.Evaluate(`[...document.querySelectorAll('.map-matches li button')].map(b => b.textContent + ' ' + b.title)`, &matches),
		)
		if len(matches) == 0 {
			t.Fatal("no matches for advertising")
		}
		for _, m := range matches {
			if !strings.Contains(strings.ToLower(m), "advertising") {
				t.Errorf("match %q does not name advertising", m)
			}
		}
		run(t, tab, "focus on the first match and expand a group",
			chromedp.Click(`.map-matches li button`, chromedp.ByQuery),
			waitJS(waitMap+` && document.querySelector('[data-testid=map-status]').textContent.includes('Focused on')`),
			chromedp.Location(&loc),
			drawnNodes(&before),
		)
		u, err := url.Parse(loc)
		if err != nil {
			t.Fatal(err)
		}
		if u.Query().Get("q") != "advertising" || u.Query().Get("focus") == "" || u.Query().Get("node") == "" {
			t.Errorf("the URL does not keep the search, focus and selection: %s", loc)
		}
		run(t, tab, "reload",
			chromedp.Reload(),
			waitJS(waitMap+` && document.querySelector('[data-testid=map-status]').textContent.includes('Focused on')`),
			chromedp.WaitVisible(`[data-testid=map-details]`, chromedp.ByQuery),
			drawnNodes(&after),
		)
		if !slices.Equal(before, after) {
			t.Errorf("after a reload the map draws\n%+v\nbefore\n%+v", after, before)
		}
		// A shared link: the same URL in a fresh tab.
		fresh, cancel := chromedp.NewContext(e.browser)
		defer cancel()
		var sel string
		run(t, fresh, "open the link in a new tab",
			chromedp.Navigate(loc),
			waitJS(waitMap+` && document.querySelector('[data-testid=map-status]').textContent.includes('Focused on')`),
			chromedp.WaitVisible(`[data-testid=map-details]`, chromedp.ByQuery),
			drawnNodes(&shared),
			attrOf(`[data-testid=map-details]`, "data-node", &sel),
		)
		if !slices.Equal(before, shared) {
			t.Errorf("the shared link draws\n%+v\nthe original\n%+v", shared, before)
		}
		if sel != u.Query().Get("node") {
			t.Errorf("the shared link shows the details of %q; want %q", sel, u.Query().Get("node"))
		}
	})

	t.Run("a narrow screen gets grouped lists instead of the drawing", func(t *testing.T) {
		tab := e.tab(t)
		var drawings int
		var members []string
		var loc string
		run(t, tab, "open the map at 400 px",
			chromedp.EmulateViewport(400, 860),
			chromedp.Navigate(e.url+"/?org=ujet"),
			chromedp.WaitVisible(`#list-DATA_CATEGORY`, chromedp.ByQuery),
			chromedp.Evaluate(`document.querySelectorAll('[data-testid=graph]').length`, &drawings),
			chromedp.Click(`li[data-id="cats:user.contact"] > button.toggle`, chromedp.ByQuery),
			chromedp.WaitVisible(`li.open-group`, chromedp.ByQuery),
			texts(`li.open-group ul .node-button`, &members),
			chromedp.Location(&loc),
		)
		if drawings != 0 {
			t.Errorf("the narrow map draws %d drawings; want lists", drawings)
		}
		if len(members) == 0 || !strings.Contains(loc, "expand=") {
			t.Errorf("expanding Contact in the lists: members %q, URL %s", members, loc)
		}
		run(t, tab, "select the United States", chromedp.Click(`//section[@aria-labelledby="list-COUNTRY"]//button[contains(., "United States")]`),
			chromedp.WaitVisible(`[data-testid=map-details][data-node="country:US"] [data-testid=map-transfer]`, chromedp.ByQuery))
		var below bool
		run(t, tab, "details below the lists", chromedp.Evaluate(`document.querySelector('aside.details').getBoundingClientRect().top >= document.querySelector('.node-list').getBoundingClientRect().bottom`, &below))
		if !below {
			t.Error("at 400 px the details are not below the lists")
		}
		e.shoot(t, tab, "map-narrow-details", `//aside[contains(@class,"details")]`)
	})
}

// activate selects an element the keyboard's way: focus, then Enter.
func activate(sel string) chromedp.Action {
	return chromedp.Tasks{chromedp.Focus(sel, chromedp.ByQuery), chromedp.KeyEvent(kb.Enter)}
}

// quotesIn are the sentences quoted in a fact's text (each between “ and ”).
func quotesIn(s string) []string {
	var out []string
	for {
		i := strings.Index(s, "“")
		if i < 0 {
			return out
		}
		s = s[i+len("“"):]
		j := strings.Index(s, "”")
		if j < 0 {
			return out
		}
		out = append(out, strings.TrimSpace(s[:j]))
		s = s[j:]
	}
}

// TestMapLargeCatalog: the overview of an enterprise-scale synthetic
// catalog (5,000 activities, 2,000 recipients) is drawn grouped.
func TestMapLargeCatalog(t *testing.T) {
	e := setupServer(t, func(c *ent.Client) {
		if _, err := synth.Generate(context.Background(), c, synth.Config{Seed: 1, Activities: 5000, Fields: 2000, Recipients: 2000, Categories: 600}); err != nil {
			t.Fatalf("generating the synthetic catalog: %v", err)
		}
	}, graph.NewMux)
	tab := e.tab(t)
	var nodes []mapNode
	var status string
	run(t, tab, "open the synthetic map",
		chromedp.Navigate(e.url+"/?org=synth"),
		waitJS(waitMap),
		drawnNodes(&nodes),
		textOf(`[data-testid=map-status]`, &status),
	)
	// Every activity is on the map; a recipient nobody discloses to is not.
	if !strings.Contains(status, "5000 activities") || !strings.Contains(status, "groups to expand") {
		t.Errorf("status %q", status)
	}
	for _, k := range []string{"ACTIVITY", "RECIPIENT", "SYSTEM"} {
		ns := ofKind(nodes, k)
		if len(ns) == 0 || !slices.ContainsFunc(ns, func(n mapNode) bool { return n.Group }) {
			t.Errorf("%s drawn %+v; want groups", k, ns)
		}
	}
	if len(nodes) > 200 {
		t.Errorf("the overview draws %d nodes", len(nodes))
	}
	e.shoot(t, tab, "map-large")
}
