package frontend_test

// The review screen (issue 18) in Chromium: a notice imported as drafts,
// its text with every proposed fact's sentence highlighted, decisions
// from the keyboard, a correction in place, a group confirmed in one
// request, and what a non-reviewer sees.

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/ropacatalog/ropa/ent"
	"github.com/ropacatalog/ropa/ent/activitypurpose"
	"github.com/ropacatalog/ropa/ent/change"
	"github.com/ropacatalog/ropa/ent/datasubjectright"
	"github.com/ropacatalog/ropa/ent/evidence"
	"github.com/ropacatalog/ropa/ent/legalbasis"
	"github.com/ropacatalog/ropa/ent/purpose"
	"github.com/ropacatalog/ropa/ent/retentionrule"
	"github.com/ropacatalog/ropa/ent/securitypractice"
	"github.com/ropacatalog/ropa/ent/statement"
	"github.com/ropacatalog/ropa/graph"
	"github.com/ropacatalog/ropa/internal/access"
	"github.com/ropacatalog/ropa/internal/draft"
	"github.com/ropacatalog/ropa/internal/review"
	"github.com/ropacatalog/ropa/internal/reviewqueue"
)

// reviewNotice has non-ASCII characters (ü, €, „“, é) before every
// sentence a fact cites, so byte offsets and string indices differ there.
const (
	reviewFile   = "mueller-cafe.md"
	reviewNotice = `# Müller Café Privacy Notice

Last updated: 1 June 2025

Coffee from 3 € a cup; this notice says how Müller Café GmbH („we“) handles your data.

## Personal data we collect

- Your name and email address
- Your IP address

## How we use your data

We use your email address to send you our newsletter, based on your consent.

We use your IP address to detect and prevent fraud, as required by our legal obligation.

We use your email address to improve and develop the service, on the basis of our legitimate interests.

Some processing is necessary for the performance of a contract with you.

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

// sentence is the sentence of the notice that starts with prefix, up to
// and including its full stop.
func sentence(t *testing.T, prefix string) string {
	t.Helper()
	i := strings.Index(reviewNotice, prefix)
	if i < 0 {
		t.Fatalf("the notice has no sentence starting %q", prefix)
	}
	return reviewNotice[i : i+strings.Index(reviewNotice[i:], ".")+1]
}

func importReviewNotice(t *testing.T, c *ent.Client) *draft.Report {
	t.Helper()
	rep, err := draft.Import(context.Background(), c, reviewFile, []byte(reviewNotice), "Müller Café GmbH")
	if err != nil {
		t.Fatalf("importing the notice: %v", err)
	}
	return rep
}

// reviewedPurpose is the drafted purpose whose taxonomy key is key.
func reviewedPurpose(t *testing.T, c *ent.Client, origin, key string) *ent.ActivityPurpose {
	t.Helper()
	p, err := c.ActivityPurpose.Query().Where(activitypurpose.Origin(origin), activitypurpose.HasPurposeWith(purpose.Key(key))).
		WithEvidence().WithLegalBasis().Only(review.WithRejected(context.Background()))
	if err != nil {
		t.Fatalf("the import drafted no purpose %s: %v", key, err)
	}
	return p
}

// status reads a fact's review status through the API.
func status(t *testing.T, url, id string) string {
	t.Helper()
	d := gql(t, url, `query($id: ID!) { node(id: $id) {
		... on ActivityPurpose { reviewStatus legalBasis { key } }
		... on DataSubjectRight { reviewStatus }
		... on SecurityPractice { reviewStatus }
		... on RetentionRule { reviewStatus }
		... on Statement { reviewStatus } } }`, map[string]any{"id": id})
	n, _ := d["node"].(map[string]any)
	if n == nil {
		return "" // hidden: rejected facts are left out unless asked for
	}
	s := n["reviewStatus"].(string)
	if lb, ok := n["legalBasis"].(map[string]any); ok {
		s += " " + lb["key"].(string)
	}
	return s
}

func TestReviewScreen(t *testing.T) {
	e := setup(t)
	ctx := review.WithRejected(context.Background())
	rep := importReviewNotice(t, e.client)
	doc := e.client.PolicyDocument.GetX(ctx, rep.Notice)
	if doc.Text != reviewNotice {
		t.Fatal("the policy document does not hold the notice's bytes")
	}
	fraud := reviewedPurpose(t, e.client, rep.Origin, "essential.fraud_detection")
	if fraud.Edges.LegalBasis == nil || fraud.Edges.LegalBasis.Key != "legal_obligation" {
		t.Fatalf("the fraud purpose was drafted on %v; the notice states a legal obligation", fraud.Edges.LegalBasis)
	}
	url := fmt.Sprintf("%s/review?notice=%d", e.url, rep.Notice)
	tab := e.tab(t)
	run(t, tab, "open the review of the notice",
		chromedp.Navigate(url),
		chromedp.WaitVisible(`mark.rq-mark`, chromedp.ByQuery),
		chromedp.WaitVisible(`li[data-fact][aria-current=true]`, chromedp.ByQuery),
	)
	e.shoot(t, tab, "15-review")

	t.Run("the notice's text with every span of every fact highlighted", func(t *testing.T) {
		var text string
		run(t, tab, "read the text", chromedp.Evaluate(`document.querySelector('[data-testid=notice]').textContent`, &text))
		if text != reviewNotice {
			t.Errorf("the text pane shows %q, want the notice", text)
		}
		// Every span is highlighted exactly: the marks carrying its ID
		// read its bytes of the notice, after ü, € and „“ alike.
		evs := e.client.Evidence.Query().Where(evidence.DocumentID(doc.ID)).AllX(ctx)
		if len(evs) < 8 {
			t.Fatalf("the import cited %d spans", len(evs))
		}
		for _, ev := range evs {
			var got string
			run(t, tab, "read a span", chromedp.Evaluate(fmt.Sprintf(`[...document.querySelectorAll('mark[data-ev~="%d"]')].map(m => m.textContent).join('')`, ev.ID), &got))
			if want := reviewNotice[ev.Start:ev.End]; got != want {
				t.Errorf("span [%d,%d) is highlighted as %q, want %q", ev.Start, ev.End, got, want)
			}
		}
		// Every type of fact the import writes has its group.
		var kinds []string
		run(t, tab, "groups", chromedp.Evaluate(`[...document.querySelectorAll('section[data-kind]')].map(s => s.dataset.kind)`, &kinds))
		for _, k := range reviewqueue.Kinds {
			if !strings.Contains(" "+strings.Join(kinds, " ")+" ", " "+k+" ") {
				t.Errorf("no group of %s facts; the screen shows %v", k, kinds)
			}
		}
	})

	t.Run("selecting a fact marks its sentence; selecting a highlight selects its fact", func(t *testing.T) {
		want := sentence(t, "We use your IP address to detect")
		if !strings.Contains(reviewNotice[:strings.Index(reviewNotice, want)], "€") {
			t.Fatal("the test needs a non-ASCII character before the sentence")
		}
		var got string
		run(t, tab, "select the fraud purpose",
			chromedp.Click(fmt.Sprintf(`li[data-fact="%d"]`, fraud.ID), chromedp.ByQuery),
			chromedp.WaitVisible(fmt.Sprintf(`li[data-fact="%d"][aria-current=true]`, fraud.ID), chromedp.ByQuery),
			chromedp.Evaluate(`[...document.querySelectorAll('mark.current')].map(m => m.textContent).join('')`, &got),
		)
		if got != want {
			t.Errorf("selecting the fraud purpose marks %q, want %q", got, want)
		}
		var inView bool
		run(t, tab, "the mark is in view", chromedp.Evaluate(`(() => { const p = document.querySelector('.rq-text').getBoundingClientRect();
			const m = document.querySelector('mark.current').getBoundingClientRect(); return m.top >= p.top && m.bottom <= p.bottom; })()`, &inView))
		if !inView {
			t.Error("the marked sentence is scrolled out of the text pane")
		}
		ret := e.client.RetentionRule.Query().Where(retentionrule.Origin(rep.Origin)).WithEvidence().OnlyX(ctx)
		if q := ret.Edges.Evidence[0].Quote; q != sentence(t, "We keep your email address") {
			t.Fatalf("the retention rule cites %q", q)
		}
		run(t, tab, "click the retention sentence",
			chromedp.Click(fmt.Sprintf(`mark[data-ev~="%d"]`, ret.Edges.Evidence[0].ID), chromedp.ByQuery),
			chromedp.WaitVisible(fmt.Sprintf(`li[data-fact="%d"][aria-current=true]`, ret.ID), chromedp.ByQuery),
		)
		var marked string
		run(t, tab, "read the mark", chromedp.Evaluate(`[...document.querySelectorAll('mark.current')].map(m => m.textContent).join('')`, &marked))
		if marked != sentence(t, "We keep your email address") {
			t.Errorf("after clicking the retention sentence the mark reads %q", marked)
		}
	})

	rights := e.client.DataSubjectRight.Query().Where(datasubjectright.Origin(rep.Origin)).AllX(ctx)
	practices := e.client.SecurityPractice.Query().Where(securitypractice.Origin(rep.Origin)).AllX(ctx)
	if len(rights) != 2 || len(practices) == 0 {
		t.Fatalf("the import drafted %d rights and %d security practices; the notice states two rights and encryption", len(rights), len(practices))
	}
	t.Run("confirm and reject with the keyboard", func(t *testing.T) {
		right, practice := rights[0], practices[0]
		var current string
		run(t, tab, "j moves to the next fact",
			chromedp.Click(fmt.Sprintf(`li[data-fact="%d"]`, right.ID), chromedp.ByQuery),
			chromedp.WaitVisible(fmt.Sprintf(`li[data-fact="%d"][aria-current=true]`, right.ID), chromedp.ByQuery),
			chromedp.KeyEvent("j"),
			chromedp.WaitNotPresent(fmt.Sprintf(`li[data-fact="%d"][aria-current=true]`, right.ID), chromedp.ByQuery),
			chromedp.Evaluate(`document.querySelector('li[aria-current=true]').dataset.fact`, &current),
			chromedp.KeyEvent("k"),
			chromedp.WaitVisible(fmt.Sprintf(`li[data-fact="%d"][aria-current=true]`, right.ID), chromedp.ByQuery),
		)
		if current == fmt.Sprint(right.ID) {
			t.Error("j did not move")
		}
		run(t, tab, "a confirms the right",
			chromedp.KeyEvent("a"),
			chromedp.WaitNotPresent(fmt.Sprintf(`li[data-fact="%d"]`, right.ID), chromedp.ByQuery),
			chromedp.WaitVisible(fmt.Sprintf(`li[data-decided="%d"]`, right.ID), chromedp.ByQuery),
		)
		run(t, tab, "r rejects the security practice",
			chromedp.Click(fmt.Sprintf(`li[data-fact="%d"]`, practice.ID), chromedp.ByQuery),
			chromedp.WaitVisible(fmt.Sprintf(`li[data-fact="%d"][aria-current=true]`, practice.ID), chromedp.ByQuery),
			chromedp.KeyEvent("r"),
			chromedp.WaitNotPresent(fmt.Sprintf(`li[data-fact="%d"]`, practice.ID), chromedp.ByQuery),
		)
		run(t, tab, "u undoes the rejection, r rejects again",
			chromedp.KeyEvent("u"),
			chromedp.WaitVisible(fmt.Sprintf(`li[data-fact="%d"][aria-current=true]`, practice.ID), chromedp.ByQuery),
		)
		if s := e.client.SecurityPractice.GetX(ctx, practice.ID).ReviewStatus; s != review.Unreviewed {
			t.Errorf("after undo the practice is %s", s)
		}
		run(t, tab, "reject again",
			chromedp.KeyEvent("r"),
			chromedp.WaitNotPresent(fmt.Sprintf(`li[data-fact="%d"]`, practice.ID), chromedp.ByQuery),
		)
		var shortcuts []string
		run(t, tab, "shortcuts are announced", chromedp.Evaluate(`[...document.querySelectorAll('li[aria-current=true] button[aria-keyshortcuts]')].map(b => b.getAttribute('aria-keyshortcuts'))`, &shortcuts))
		if got := strings.Join(shortcuts, " "); !strings.Contains(got, "a") || !strings.Contains(got, "r") {
			t.Errorf("the current fact's buttons announce shortcuts %q", got)
		}
	})

	li := e.client.LegalBasis.Query().Where(legalbasis.Key("legitimate_interests")).OnlyX(ctx)
	t.Run("correct a purpose's basis in place", func(t *testing.T) {
		sel := fmt.Sprintf(`#fix-%d-basis`, fraud.ID)
		run(t, tab, "e opens the correction",
			chromedp.Click(fmt.Sprintf(`li[data-fact="%d"]`, fraud.ID), chromedp.ByQuery),
			chromedp.WaitVisible(fmt.Sprintf(`li[data-fact="%d"][aria-current=true]`, fraud.ID), chromedp.ByQuery),
			chromedp.KeyEvent("e"),
			chromedp.WaitVisible(sel, chromedp.ByQuery),
			chromedp.WaitReady(sel+` option[value="`+fmt.Sprint(li.ID)+`"]`, chromedp.ByQuery),
		)
		e.shoot(t, tab, "15-review-correct", fmt.Sprintf(`//li[@data-fact="%d"]`, fraud.ID))
		run(t, tab, "choose legitimate interests and save",
			choose(sel, fmt.Sprint(li.ID)),
			chromedp.Click(fmt.Sprintf(`//li[@data-fact="%d"]//button[text()="Save correction and confirm"]`, fraud.ID)),
			chromedp.WaitNotPresent(fmt.Sprintf(`li[data-fact="%d"]`, fraud.ID), chromedp.ByQuery),
		)
		got := e.client.ActivityPurpose.Query().Where(activitypurpose.ID(fraud.ID)).WithLegalBasis().OnlyX(ctx)
		if got.ReviewStatus != review.Reviewed || got.Edges.LegalBasis == nil || got.Edges.LegalBasis.ID != li.ID {
			t.Errorf("the corrected purpose is %s on %v", got.ReviewStatus, got.Edges.LegalBasis)
		}
		if n := e.client.Change.Query().Where(change.EntityID(fraud.ID), change.OperationEQ(change.OperationUpdate)).CountX(ctx); n == 0 {
			t.Error("the correction left no history of the purpose")
		}
	})

	t.Run("confirm a group in one request", func(t *testing.T) {
		waiting := e.client.ActivityPurpose.Query().Where(activitypurpose.Origin(rep.Origin), activitypurpose.ReviewStatusEQ(review.Unreviewed)).IDsX(ctx)
		if len(waiting) != 2 {
			t.Fatalf("%d purposes wait; the notice states three and one is corrected", len(waiting))
		}
		var requests int
		run(t, tab, "count the decisions sent",
			chromedp.Evaluate(`window.__decisions = 0; const f = window.fetch; window.fetch = (u, o) => { if (o && String(o.body).includes('reviewFacts')) window.__decisions++; return f(u, o); }; true`, nil),
			chromedp.Click(`//section[@data-type="purposes"]//button[starts-with(normalize-space(.), "Confirm all 2 ")]`),
			chromedp.WaitNotPresent(`section[data-type="purposes"] li[data-fact]`, chromedp.ByQuery),
			chromedp.Evaluate(`window.__decisions`, &requests),
		)
		if requests != 1 {
			t.Errorf("confirming the group sent %d requests", requests)
		}
		for _, id := range waiting {
			if s := e.client.ActivityPurpose.GetX(ctx, id).ReviewStatus; s != review.Reviewed {
				t.Errorf("purpose %d is %s after the group was confirmed", id, s)
			}
		}
	})

	t.Run("after a reload the decisions stand", func(t *testing.T) {
		var progress string
		run(t, tab, "reload",
			chromedp.Navigate(url),
			chromedp.WaitVisible(`mark.rq-mark`, chromedp.ByQuery),
			textOf(`.rq-progress label`, &progress),
		)
		for id, want := range map[int]string{
			rights[0].ID: "REVIEWED",
			rights[1].ID: "UNREVIEWED",
			fraud.ID:     "REVIEWED legitimate_interests",
		} {
			if got := status(t, e.url, fmt.Sprint(id)); got != want {
				t.Errorf("fact %d reads %q through the API, want %q", id, got, want)
			}
		}
		// A rejected fact is out of every answer unless asked for by status.
		rej := gql(t, e.url, `query($id: ID!) { securityPractices(where: {id: $id, reviewStatus: REJECTED}) { totalCount } }`, map[string]any{"id": fmt.Sprint(practices[0].ID)})
		if n := rej["securityPractices"].(map[string]any)["totalCount"].(float64); n != 1 {
			t.Errorf("the API holds %v rejected practices with the rejected one's ID, want 1", n)
		}
		// Decided: a right, a practice, three purposes; of every fact the
		// import wrote and the organization it created.
		if want := fmt.Sprintf("5 of %d reviewed in this notice", rep.Created+1); progress != want {
			t.Errorf("progress reads %q, want %q", progress, want)
		}
		var groupProgress string
		run(t, tab, "the purposes' progress", textOf(`#rev-purposes-h .count`, &groupProgress))
		if !strings.Contains(groupProgress, "3 of 3 reviewed") {
			t.Errorf("the purposes group reads %q, want all three reviewed", groupProgress)
		}
		var decided []string
		run(t, tab, "decided facts", chromedp.Evaluate(`[...document.querySelectorAll('li[data-decided]')].map(l => l.dataset.decided)`, &decided))
		if len(decided) != 5 {
			t.Errorf("%d decided facts listed, want 5: %v", len(decided), decided)
		}
		stmt := e.client.Statement.Query().Where(statement.Origin(rep.Origin)).OnlyX(ctx)
		var stmtText string
		run(t, tab, "the statement waits", textOf(fmt.Sprintf(`section[data-type="statements"] li[data-fact="%d"]`, stmt.ID), &stmtText))
		if !strings.Contains(stmtText, "Art 6(1)(b)") {
			t.Errorf("the basis stated without a purpose reads %q; the notice names a contract", stmtText)
		}
		e.shoot(t, tab, "15-review-after")
	})
}

func TestReviewScreenRefusesNonReviewers(t *testing.T) {
	var rep *draft.Report
	e := setupServer(t, func(c *ent.Client) {
		for _, u := range team {
			if err := access.New(c).AddUser(context.Background(), "cli:test", u); err != nil {
				t.Fatalf("adding %s: %v", u.Name, err)
			}
		}
		rep = importReviewNotice(t, c)
	}, func(c *ent.Client) http.Handler {
		return graph.NewServer(c, graph.Options{})
	})
	ctx := review.WithRejected(context.Background())
	eddie := team[1]
	p := reviewedPurpose(t, e.client, rep.Origin, "essential.fraud_detection")
	tab := e.tab(t)
	var buttons, actions int
	run(t, tab, "an editor opens the review",
		chromedp.Navigate(fmt.Sprintf("%s/review?notice=%d", e.url, rep.Notice)),
		signIn(eddie.Name, eddie.Password),
		chromedp.WaitVisible(fmt.Sprintf(`li[data-fact="%d"]`, p.ID), chromedp.ByQuery),
		chromedp.WaitVisible(`mark.rq-mark`, chromedp.ByQuery),
		chromedp.WaitVisible(`.readonly-note`, chromedp.ByQuery),
		chromedp.Evaluate(`document.querySelectorAll('main button').length`, &buttons),
		chromedp.Evaluate(`document.querySelectorAll('.fact-actions, .rq-bulk').length`, &actions),
	)
	if buttons != 0 || actions != 0 {
		t.Errorf("an editor's review screen offers %d buttons and %d actions", buttons, actions)
	}
	run(t, tab, "keys do nothing for an editor",
		chromedp.Click(fmt.Sprintf(`li[data-fact="%d"]`, p.ID), chromedp.ByQuery),
		chromedp.KeyEvent("a"),
		chromedp.WaitVisible(fmt.Sprintf(`li[data-fact="%d"][aria-current=true]`, p.ID), chromedp.ByQuery),
	)
	e.shoot(t, tab, "15-review-editor")
	var a answer
	run(t, tab, "the API refuses the editor's decision", pageWrite(`mutation($ids: [ID!]!) { reviewFacts(ids: $ids, status: REVIEWED) { id } }`,
		map[string]any{"ids": []string{fmt.Sprint(p.ID)}}, &a))
	if len(a.Body.Errors) == 0 || a.Body.Errors[0].Extensions.Code != "FORBIDDEN" {
		t.Errorf("the editor's reviewFacts answered %d %+v, want FORBIDDEN", a.Status, a.Body)
	}
	if s := e.client.ActivityPurpose.GetX(ctx, p.ID).ReviewStatus; s != review.Unreviewed {
		t.Errorf("after the refused decision the purpose is %s", s)
	}
}
