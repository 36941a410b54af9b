package graph_test

import (
	"context"
	"fmt"
	"reflect"
	"slices"
	"testing"

	"github.com/ropacatalog/ropa/ent"
	"github.com/ropacatalog/ropa/ent/activitypurpose"
	"github.com/ropacatalog/ropa/ent/change"
	"github.com/ropacatalog/ropa/ent/datasubjectright"
	"github.com/ropacatalog/ropa/graph"
	"github.com/ropacatalog/ropa/internal/auth"
	"github.com/ropacatalog/ropa/internal/catalog"
	"github.com/ropacatalog/ropa/internal/draft"
	"github.com/ropacatalog/ropa/internal/review"
	"github.com/ropacatalog/ropa/internal/reviewqueue"
	"github.com/ropacatalog/ropa/seed"
)

const reviewNotice = `# Köln Shop Privacy Notice

Prices in € include VAT.

We use your email address to send you our newsletter, based on your consent.

We use your email address to improve our service, based on our legitimate interests.

You have the right to access your personal data.
`

// importedServer serves a seeded catalog, with sign-in on, holding the
// notice above imported as drafts.
func importedServer(t *testing.T) (*ent.Client, string, map[auth.Role]string, *draft.Report) {
	t.Helper()
	client, url, tokens := signedServer(t, graph.Options{})
	ctx := context.Background()
	if _, err := seed.Load(ctx, client); err != nil {
		t.Fatal(err)
	}
	rep, err := draft.Import(ctx, client, "koeln.md", []byte(reviewNotice), "Köln Shop")
	if err != nil {
		t.Fatal(err)
	}
	return client, url, tokens, rep
}

// Every fact type the import writes (catalog.NoticeWriter's methods, and
// the organization draft.Import creates) is a kind the review decides.
func TestReviewKindsCoverTheNoticeWriter(t *testing.T) {
	w := reflect.TypeOf(&catalog.NoticeWriter{})
	for i := 0; i < w.NumMethod(); i++ {
		m := w.Method(i).Name
		if m == "Evidence" {
			continue // spans, not a fact
		}
		kind, ok := reviewqueue.WriterKinds[m]
		if !ok {
			t.Errorf("NoticeWriter.%s writes a fact reviewqueue.WriterKinds does not map to a kind", m)
			continue
		}
		if !slices.Contains(reviewqueue.Kinds, kind) {
			t.Errorf("NoticeWriter.%s writes %s, which reviewqueue.Kinds lacks", m, kind)
		}
	}
	if !slices.Contains(reviewqueue.Kinds, ent.TypeOrganization) {
		t.Error("draft.Import creates organizations; reviewqueue.Kinds lacks them")
	}
}

func TestReviewNoticesAndReviewFacts(t *testing.T) {
	client, url, tokens, rep := importedServer(t)
	ctx := review.WithRejected(context.Background())
	purposes := client.ActivityPurpose.Query().Where(activitypurpose.Origin(rep.Origin)).AllX(ctx)
	if len(purposes) != 2 {
		t.Fatalf("the notice states two purposes; the import drafted %d", len(purposes))
	}
	right := client.DataSubjectRight.Query().Where(datasubjectright.Origin(rep.Origin)).OnlyX(ctx)
	ids := []string{fmt.Sprint(purposes[0].ID), fmt.Sprint(purposes[1].ID)}

	t.Run("the notice is listed with its unreviewed facts", func(t *testing.T) {
		_, r := send(t, url, tokens[auth.Viewer], `{ reviewNotices { unreviewed notice { id title } } }`, nil)
		if len(r.Errors) > 0 {
			t.Fatal(r.Errors)
		}
		list := r.Data["reviewNotices"].([]any)
		var got map[string]any
		for _, x := range list {
			n := x.(map[string]any)
			if doc, ok := n["notice"].(map[string]any); ok && doc["id"] == fmt.Sprint(rep.Notice) {
				got = n
			}
		}
		if got == nil {
			t.Fatalf("reviewNotices = %v; the imported notice is missing", list)
		}
		if int(got["unreviewed"].(float64)) != rep.Created+1 { // the facts written and the organization created
			t.Errorf("the imported notice has %v unreviewed facts listed; the import wrote %d and the organization", got["unreviewed"], rep.Created)
		}
	})

	t.Run("facts that cite no notice are one entry without a notice", func(t *testing.T) {
		org := client.Organization.Query().FirstIDX(ctx)
		_, r := send(t, url, tokens[auth.Editor], `mutation($org: ID!) { createRecipient(input: {name: "Typed in by an editor", kind: processor, organizationID: $org}) { id reviewStatus } }`,
			map[string]any{"org": fmt.Sprint(org)})
		if len(r.Errors) > 0 {
			t.Fatal(r.Errors)
		}
		if s := r.Data["createRecipient"].(map[string]any)["reviewStatus"]; s != "UNREVIEWED" {
			t.Fatalf("an editor's recipient is %v", s)
		}
		_, r = send(t, url, tokens[auth.Viewer], `{ reviewNotices { unreviewed notice { id } } }`, nil)
		list := r.Data["reviewNotices"].([]any)
		last := list[len(list)-1].(map[string]any)
		if last["notice"] != nil || last["unreviewed"] != float64(1) {
			t.Errorf("the last entry is %v, want the one recipient that cites no notice", last)
		}
	})

	const decide = `mutation($ids: [ID!]!, $s: ReviewStatus!, $n: String) { reviewFacts(ids: $ids, status: $s, note: $n) { id } }`
	t.Run("an editor is refused and nothing changes", func(t *testing.T) {
		_, r := send(t, url, tokens[auth.Editor], decide, map[string]any{"ids": ids, "s": "REVIEWED"})
		if len(r.Errors) == 0 || r.Errors[0].Extensions["code"] != "FORBIDDEN" {
			t.Errorf("an editor's reviewFacts answered %+v, want FORBIDDEN", r)
		}
		for _, p := range purposes {
			if s := client.ActivityPurpose.GetX(ctx, p.ID).ReviewStatus; s != review.Unreviewed {
				t.Errorf("purpose %d is %s after a refused decision", p.ID, s)
			}
		}
	})

	t.Run("all or nothing: one ID that is no fact leaves every fact as it was", func(t *testing.T) {
		bad := append(slices.Clone(ids), fmt.Sprint(rep.Notice)) // a policy document, not a fact
		_, r := send(t, url, tokens[auth.Reviewer], decide, map[string]any{"ids": bad, "s": "REVIEWED"})
		if len(r.Errors) == 0 || r.Errors[0].Extensions["code"] != "INVALID_INPUT" || r.Errors[0].Extensions["field"] != "ids" {
			t.Fatalf("answered %+v, want INVALID_INPUT on ids", r)
		}
		for _, p := range purposes {
			if s := client.ActivityPurpose.GetX(ctx, p.ID).ReviewStatus; s != review.Unreviewed {
				t.Errorf("purpose %d is %s after a refused batch", p.ID, s)
			}
		}
	})

	t.Run("a reviewer decides a group in one request, with history", func(t *testing.T) {
		before := client.Change.Query().CountX(ctx)
		_, r := send(t, url, tokens[auth.Reviewer], decide, map[string]any{"ids": ids, "s": "REVIEWED", "n": "checked against the notice"})
		if len(r.Errors) > 0 {
			t.Fatal(r.Errors)
		}
		if got := len(r.Data["reviewFacts"].([]any)); got != 2 {
			t.Errorf("reviewFacts returned %d facts, want 2", got)
		}
		for _, p := range purposes {
			got := client.ActivityPurpose.GetX(ctx, p.ID)
			if got.ReviewStatus != review.Reviewed || got.ReviewNote != "checked against the notice" {
				t.Errorf("purpose %d is %s with note %q", p.ID, got.ReviewStatus, got.ReviewNote)
			}
		}
		if n := client.Change.Query().Where(change.EntityIDIn(purposes[0].ID, purposes[1].ID)).CountX(ctx); n < 2 {
			t.Errorf("%d history entries for the two decided purposes (of %d written)", n, client.Change.Query().CountX(ctx)-before)
		}
		// The other facts wait still.
		if s := client.DataSubjectRight.GetX(ctx, right.ID).ReviewStatus; s != review.Unreviewed {
			t.Errorf("the right, not in the batch, is %s", s)
		}
	})
}
