package frontend_test

// End-to-end tests of sign-in, roles and the playground on a server that
// requires sign-in (users created here), in the same headless Chromium.

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"testing"

	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
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

// The users of the team server, one per role the web interface tells apart.
var team = []access.UserSpec{
	{Name: "vera", Role: auth.Viewer, Password: "vera-reads-the-record"},
	{Name: "eddie", Role: auth.Editor, Password: "eddie-writes-facts"},
	{Name: "rita", Role: auth.Reviewer, Password: "rita-confirms-facts"},
}

// signIn fills in the sign-in form and submits it.
func signIn(name, password string) chromedp.Tasks {
	return chromedp.Tasks{
		chromedp.WaitVisible(`#signin-name`, chromedp.ByQuery),
		clear(`#signin-name`),
		clear(`#signin-password`),
		chromedp.SendKeys(`#signin-name`, name, chromedp.ByQuery),
		chromedp.SendKeys(`#signin-password`, password, chromedp.ByQuery),
		chromedp.Click(`//button[text()="Sign in"]`),
	}
}

// signOut clicks the header's sign-out button and waits for the form.
func signOut() chromedp.Tasks {
	return chromedp.Tasks{
		chromedp.Click(`.userbox .signout`, chromedp.ByQuery),
		chromedp.WaitVisible(`#signin-name`, chromedp.ByQuery),
	}
}

// answer is what a fetch from the page got back.
type answer struct {
	Status int
	Body   struct {
		Data   map[string]any
		Errors []struct {
			Message    string
			Extensions struct{ Code string }
		}
	}
}

// pageWrite sends a GraphQL mutation from the page with fetch, as any
// script of the page could: with the session cookie and its CSRF token.
func pageWrite(query string, vars map[string]any, out *answer) chromedp.Action {
	js := fmt.Sprintf(`(async () => {
		const s = await (await fetch('/auth/session')).json();
		const r = await fetch('/graphql', {method: 'POST', headers: {'Content-Type': 'application/json', 'X-CSRF-Token': s.csrf || ''},
			body: JSON.stringify({query: %q, variables: %s})});
		return {status: r.status, body: await r.json()};
	})()`, query, mustJSON(vars))
	return chromedp.Evaluate(js, out, func(p *runtime.EvaluateParams) *runtime.EvaluateParams { return p.WithAwaitPromise(true) })
}

func mustJSON(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return string(b)
}

func TestSignInAndRoles(t *testing.T) {
	ctx := context.Background()
	e := setupServer(t, func(c *ent.Client) {
		for _, u := range team {
			if err := access.New(c).AddUser(ctx, "cli:test", u); err != nil {
				t.Fatalf("adding %s: %v", u.Name, err)
			}
		}
	}, func(c *ent.Client) http.Handler {
		return graph.NewServer(c, graph.Options{Introspection: graph.IntrospectionOn})
	})
	vera, eddie, rita := team[0], team[1], team[2]
	ujet := e.client.Organization.Query().Where(organization.Key("ujet")).OnlyX(ctx)
	act := e.client.ProcessingActivity.Query().Where(processingactivity.OrganizationID(ujet.ID), processingactivity.ReviewStatusEQ(review.Reviewed)).
		Order(ent.Asc(processingactivity.FieldName)).FirstX(ctx)
	actURL := fmt.Sprintf("%s/activities/%d", e.url, act.ID)

	t.Run("without sign-in the API refuses and the page asks to sign in", func(t *testing.T) {
		res, err := http.Post(e.url+"/graphql", "application/json", strings.NewReader(`{"query":"{ me { role } }"}`))
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if res.StatusCode != http.StatusUnauthorized {
			t.Errorf("anonymous POST /graphql: %d, want 401", res.StatusCode)
		}
		tab := e.tab(t)
		var shown int
		run(t, tab, "open the record",
			chromedp.Navigate(e.url+"/records?org=ujet"),
			chromedp.WaitVisible(`#signin-name`, chromedp.ByQuery),
			chromedp.Evaluate(`document.querySelectorAll('nav, table').length`, &shown),
		)
		if shown != 0 {
			t.Errorf("before sign-in the page shows %d navigation bars or tables", shown)
		}
		e.shoot(t, tab, "10-signin")
	})

	t.Run("a wrong password shows the error, the right one the application", func(t *testing.T) {
		tab := e.tab(t)
		var msg, who string
		run(t, tab, "wrong password",
			chromedp.Navigate(e.url+"/records?org=ujet"),
			signIn(vera.Name, "not-her-password"),
			chromedp.WaitVisible(`#signin-error`, chromedp.ByQuery),
			textOf(`#signin-error`, &msg),
		)
		if !strings.Contains(msg, "Wrong user name or password") {
			t.Errorf("after a wrong password the form says %q", msg)
		}
		e.shoot(t, tab, "10-signin-wrong")
		run(t, tab, "right password",
			signIn(vera.Name, vera.Password),
			chromedp.WaitVisible(`table.records tbody tr`, chromedp.ByQuery),
			textOf(`.userbox .who`, &who),
		)
		if !strings.Contains(who, "vera") || !strings.Contains(strings.ToLower(who), "viewer") {
			t.Errorf("the header says %q, want vera and her role", who)
		}
		e.shoot(t, tab, "11-viewer-records")
	})

	t.Run("a viewer sees no edit buttons and the API refuses her writes", func(t *testing.T) {
		tab := e.tab(t)
		var nav []string
		var buttons, actions int
		var disabled bool
		run(t, tab, "open an activity",
			chromedp.Navigate(actURL),
			chromedp.WaitVisible(`#act-name`, chromedp.ByQuery),
			chromedp.WaitVisible(`#purposes-h`, chromedp.ByQuery),
			texts(`nav a`, &nav),
			chromedp.Evaluate(`document.querySelectorAll('main button, main form[aria-label^="Add"]').length`, &buttons),
			chromedp.Evaluate(`document.querySelector('#act-name').closest('fieldset').disabled`, &disabled),
		)
		if buttons != 0 {
			t.Errorf("a viewer's activity page has %d buttons or add forms", buttons)
		}
		if !disabled {
			t.Error("a viewer's activity form is not disabled")
		}
		if strings.Contains(strings.Join(nav, " "), "New activity") {
			t.Errorf("a viewer's navigation offers %v", nav)
		}
		e.shoot(t, tab, "12-viewer-activity")
		run(t, tab, "open the review",
			chromedp.Navigate(e.url+"/review"),
			chromedp.WaitVisible(`.readonly-note`, chromedp.ByQuery),
			chromedp.Evaluate(`document.querySelectorAll('.fact-actions, main button').length`, &actions),
		)
		if actions != 0 {
			t.Errorf("a viewer's review page offers %d actions", actions)
		}

		var a answer
		run(t, tab, "write from the page", pageWrite(`mutation($id: ID!) { updateProcessingActivity(id: $id, input: {name: "renamed by a viewer"}) { id } }`,
			map[string]any{"id": fmt.Sprint(act.ID)}, &a))
		if len(a.Body.Errors) == 0 || a.Body.Errors[0].Extensions.Code != "FORBIDDEN" {
			t.Errorf("a viewer's write answered %d %+v, want FORBIDDEN", a.Status, a.Body)
		}
		if got := e.client.ProcessingActivity.GetX(ctx, act.ID).Name; got != act.Name {
			t.Errorf("the refused write renamed the activity to %q", got)
		}

		// The record's report links are plain GETs that the session cookie signs in.
		var report int
		run(t, tab, "fetch the HTML report",
			chromedp.Navigate(e.url+"/records?org=ujet"),
			chromedp.WaitVisible(`a.button[href*="/reports/article30"][href*="org=ujet"]`, chromedp.ByQuery),
			chromedp.Evaluate(`fetch(document.querySelector('a.button[href*="/reports/article30"][href*="org=ujet"]').href).then(r => r.status)`, &report,
				func(p *runtime.EvaluateParams) *runtime.EvaluateParams { return p.WithAwaitPromise(true) }),
		)
		if report != http.StatusOK {
			t.Errorf("a viewer's report link answers %d", report)
		}
	})

	t.Run("sign-out returns to the sign-in form and ends the session", func(t *testing.T) {
		tab := e.tab(t)
		run(t, tab, "sign out",
			chromedp.Navigate(e.url+"/records?org=ujet"),
			chromedp.WaitVisible(`.userbox .signout`, chromedp.ByQuery),
			signOut(),
		)
		var status int
		run(t, tab, "query after sign-out", chromedp.Evaluate(`fetch('/graphql', {method: 'POST', headers: {'Content-Type': 'application/json'}, body: '{"query":"{ me { role } }"}'}).then(r => r.status)`, &status,
			func(p *runtime.EvaluateParams) *runtime.EvaluateParams { return p.WithAwaitPromise(true) }))
		if status != http.StatusUnauthorized {
			t.Errorf("after sign-out the API answers %d, want 401", status)
		}
	})

	const fn = "Marketing operations (edited by an editor)"
	t.Run("an editor's edit saves as unreviewed; the editor may not confirm it", func(t *testing.T) {
		tab := e.tab(t)
		var status, who string
		var confirms int
		run(t, tab, "sign in and edit",
			chromedp.Navigate(actURL),
			signIn(eddie.Name, eddie.Password),
			chromedp.WaitVisible(`#act-businessFunction`, chromedp.ByQuery),
			chromedp.WaitVisible(`#purposes-h`, chromedp.ByQuery),
			textOf(`.userbox .who`, &who),
			clear(`#act-businessFunction`),
			chromedp.SendKeys(`#act-businessFunction`, fn, chromedp.ByQuery),
			chromedp.Click(`//button[text()="Save activity"]`),
			chromedp.WaitVisible(`//span[@role="status" and text()="Saved."]`),
			chromedp.WaitVisible(`//section[@aria-labelledby="edit-h"]/p[contains(., "review status UNREVIEWED")]/span[contains(@class, "draft")]`),
			textOf(`#edit-h + p`, &status),
		)
		if !strings.Contains(strings.ToLower(who), "editor") {
			t.Errorf("the header says %q", who)
		}
		got := e.client.ProcessingActivity.GetX(ctx, act.ID)
		if got.BusinessFunction != fn || got.ReviewStatus != review.Unreviewed {
			t.Errorf("the catalog holds %q, %s; want %q, unreviewed", got.BusinessFunction, got.ReviewStatus, fn)
		}
		if !strings.Contains(status, "DRAFT") {
			t.Errorf("the edited activity reads %q, want it marked DRAFT", status)
		}
		e.shoot(t, tab, "13-editor-saved")
		run(t, tab, "the review lists it without actions",
			chromedp.Navigate(e.url+"/review"),
			chromedp.WaitVisible(fmt.Sprintf(`li[data-fact="%d"]`, act.ID), chromedp.ByQuery),
			chromedp.Evaluate(`document.querySelectorAll('.fact-actions').length`, &confirms),
		)
		if confirms != 0 {
			t.Errorf("an editor's review page offers %d confirm/reject actions", confirms)
		}
		e.shoot(t, tab, "13-editor-review")

		// The role shrinks while the page is open: the next save is
		// refused, and the page says so.
		run(t, tab, "reopen the activity",
			chromedp.Navigate(actURL),
			chromedp.WaitVisible(`//button[text()="Save activity"]`),
		)
		viewer := auth.Viewer
		if err := access.New(e.client).UpdateUser(ctx, "cli:test", eddie.Name, &viewer, nil); err != nil {
			t.Fatal(err)
		}
		var msg string
		run(t, tab, "save as a viewer",
			clear(`#act-businessFunction`),
			chromedp.SendKeys(`#act-businessFunction`, "refused", chromedp.ByQuery),
			chromedp.Click(`//button[text()="Save activity"]`),
			chromedp.WaitVisible(`form[aria-label=Activity] p.error[role=alert]`, chromedp.ByQuery),
			textOf(`form[aria-label=Activity] p.error[role=alert]`, &msg),
		)
		if !strings.HasPrefix(msg, "Not allowed:") || !strings.Contains(msg, "editor") {
			t.Errorf("a refused save reads %q, want it to say it is not allowed and which role it needs", msg)
		}
		// The refusal makes the page read the session again: the header
		// shows the new role and the save button goes, the message stays.
		run(t, tab, "the page follows the new role",
			chromedp.WaitVisible(`//span[contains(@class, "role") and text()="viewer"]`),
			chromedp.WaitNotPresent(`//button[text()="Save activity"]`),
			chromedp.WaitVisible(`form[aria-label=Activity] p.error[role=alert]`, chromedp.ByQuery),
		)
		e.shoot(t, tab, "13-editor-forbidden")
		if got := e.client.ProcessingActivity.GetX(ctx, act.ID).BusinessFunction; got != fn {
			t.Errorf("the refused save wrote %q", got)
		}
		run(t, tab, "sign out", signOut())
	})

	t.Run("a reviewer confirms the editor's change", func(t *testing.T) {
		tab := e.tab(t)
		fact := fmt.Sprintf(`li[data-fact="%d"]`, act.ID)
		run(t, tab, "sign in and review",
			chromedp.Navigate(e.url+"/review?type=activities"),
			signIn(rita.Name, rita.Password),
			chromedp.WaitVisible(fact, chromedp.ByQuery),
		)
		e.shoot(t, tab, "14-reviewer-review")
		run(t, tab, "confirm",
			chromedp.Click(fmt.Sprintf(`//li[@data-fact="%d"]//button[text()="Confirm"]`, act.ID)),
			chromedp.WaitNotPresent(fact, chromedp.ByQuery),
		)
		got := e.client.ProcessingActivity.GetX(ctx, act.ID)
		if got.ReviewStatus != review.Reviewed || got.BusinessFunction != fn {
			t.Errorf("after confirming, the catalog holds %q, %s", got.BusinessFunction, got.ReviewStatus)
		}
	})

	t.Run("the playground loads from the server alone and runs a query", func(t *testing.T) {
		tab := e.tab(t)
		var mu sync.Mutex
		var foreign, violations []string
		chromedp.ListenTarget(tab, func(ev any) {
			mu.Lock()
			defer mu.Unlock()
			switch ev := ev.(type) {
			case *network.EventRequestWillBeSent:
				if u := ev.Request.URL; !strings.HasPrefix(u, e.url+"/") && !strings.HasPrefix(u, "data:") {
					foreign = append(foreign, u)
				}
			case *log.EventEntryAdded:
				if strings.Contains(ev.Entry.Text, "Content Security Policy") {
					violations = append(violations, ev.Entry.Text)
				}
			}
		})
		var result string
		run(t, tab, "run the default query",
			chromedp.Navigate(e.url+"/playground"),
			chromedp.WaitVisible(`.graphiql-container .graphiql-query-editor .CodeMirror`, chromedp.ByQuery),
			chromedp.Click(`.graphiql-execute-button`, chromedp.ByQuery),
			chromedp.Poll(`(() => { const r = document.querySelector('.result-window .CodeMirror');
				const v = r && r.CodeMirror.getValue(); return v && v.includes('"data"') ? v : null; })()`, &result),
		)
		for _, want := range []string{`"name": "rita"`, `"role": "REVIEWER"`, `"key": "ujet"`} {
			if !strings.Contains(result, want) {
				t.Errorf("the result lacks %s:\n%s", want, result)
			}
		}
		e.shoot(t, tab, "15-playground")
		mu.Lock()
		defer mu.Unlock()
		if len(foreign) > 0 {
			t.Errorf("the playground loaded from elsewhere: %v", foreign)
		}
		if len(violations) > 0 {
			t.Errorf("the content security policy refused part of the playground: %v", violations)
		}
	})

	t.Run("an ended session brings back the sign-in form", func(t *testing.T) {
		tab := e.tab(t)
		other := e.client.Organization.Query().Where(organization.IDNEQ(ujet.ID)).FirstX(ctx)
		run(t, tab, "open the record",
			chromedp.Navigate(e.url+"/records?org=ujet"),
			chromedp.WaitVisible(`table.records tbody tr`, chromedp.ByQuery),
		)
		e.client.Session.Delete().ExecX(ctx) // as if it expired
		var note string
		run(t, tab, "choose another organization",
			choose(`#org`, other.Key),
			chromedp.WaitVisible(`#signin-name`, chromedp.ByQuery),
			textOf(`.signin`, &note),
		)
		if !strings.Contains(note, "Your session has ended") {
			t.Errorf("the form after the session ended reads %q", note)
		}
		e.shoot(t, tab, "16-session-ended")
	})
}
