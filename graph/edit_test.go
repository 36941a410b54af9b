package graph_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/ropacatalog/ropa/ent"
	"github.com/ropacatalog/ropa/ent/legalbasis"
	"github.com/ropacatalog/ropa/ent/processingactivity"
	"github.com/ropacatalog/ropa/graph"
	"github.com/ropacatalog/ropa/internal/actor"
	"github.com/ropacatalog/ropa/internal/auth"
	"github.com/ropacatalog/ropa/internal/catalog"
	"github.com/ropacatalog/ropa/internal/review"
	"github.com/ropacatalog/ropa/internal/store"
)

const saveActivityDoc = `mutation($in: SaveActivityInput!) { saveActivity(input: $in) {
	id name origin reviewStatus organization { key }
	purposes { id purpose { key } legalBasis { reference } }
	transfers { id country } } }`

// TestSaveActivityThroughTheAPI: an editor creates an organization and
// its first activity and then edits it, each in one request; a viewer is
// refused and writes nothing; a bad part answers INVALID_INPUT with the
// input path of the part, and the catalog is unchanged, even when the bad
// part is found after other parts were written.
func TestSaveActivityThroughTheAPI(t *testing.T) {
	ctx := context.Background()
	client, url, tokens := signedServer(t, graph.Options{})
	var marketing, consent, explicit int
	if err := catalog.Write(ctx, client, actor.Seed("taxonomy"), func(ctx context.Context, tx *ent.Tx) error {
		marketing = tx.Purpose.Create().SetKey("marketing").SetName("Marketing").SaveX(ctx).ID
		consent = tx.LegalBasis.Create().SetKey("consent").SetName("Consent").SetReference("GDPR Art 6(1)(a)").SetArticle(legalbasis.ArticleArt6).SaveX(ctx).ID
		explicit = tx.LegalBasis.Create().SetKey("art9.explicit_consent").SetName("Explicit consent").SetReference("GDPR Art 9(2)(a)").SetArticle(legalbasis.ArticleArt9).SaveX(ctx).ID
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	id := func(n int) string { return fmt.Sprint(n) }
	editor, viewer := tokens[auth.Editor], tokens[auth.Viewer]

	_, r := send(t, url, editor, `mutation { saveOrganization(input: {key: "beta", name: "Beta SA", dpoEmail: "dpo@beta.example"}) { key dpoEmail origin } }`, nil)
	if len(r.Errors) > 0 {
		t.Fatalf("editor saving an organization: %+v", r.Errors)
	}
	if o := r.Data["saveOrganization"].(map[string]any); o["origin"] != "api:token:editor-token" || o["dpoEmail"] != "dpo@beta.example" {
		t.Errorf("organization %v", o)
	}
	in := map[string]any{
		"organization": "beta", "name": "Newsletter",
		"purposes":  []any{map[string]any{"purpose": id(marketing), "legalBasis": id(consent)}},
		"transfers": []any{map[string]any{"country": "US"}},
	}
	_, r = send(t, url, editor, saveActivityDoc, map[string]any{"in": in})
	if len(r.Errors) > 0 {
		t.Fatalf("editor saving an activity: %+v", r.Errors)
	}
	a := r.Data["saveActivity"].(map[string]any)
	// An editor's writes wait for review, under the token's name.
	if a["origin"] != "api:token:editor-token" || a["reviewStatus"] != "UNREVIEWED" || a["organization"].(map[string]any)["key"] != "beta" {
		t.Errorf("activity %v", a)
	}
	ps := a["purposes"].([]any)
	if len(ps) != 1 || ps[0].(map[string]any)["legalBasis"].(map[string]any)["reference"] != "GDPR Art 6(1)(a)" {
		t.Errorf("purposes %v", ps)
	}

	before, _ := store.Version(ctx, client)
	if st, r := send(t, url, viewer, saveActivityDoc, map[string]any{"in": in}); st != 200 || len(r.Errors) != 1 || r.Errors[0].Extensions["code"] != "FORBIDDEN" {
		t.Errorf("viewer: status %d, %+v; want FORBIDDEN", st, r.Errors)
	}
	// Renamed, a second purpose with an Art 9 condition as its Art 6
	// basis: refused at purposes[1].legalBasis.
	in["id"] = a["id"]
	in["name"] = "Renamed"
	in["purposes"] = []any{
		map[string]any{"id": ps[0].(map[string]any)["id"], "purpose": id(marketing), "legalBasis": id(consent)},
		map[string]any{"purpose": id(marketing), "legalBasis": id(explicit)},
	}
	_, r = send(t, url, editor, saveActivityDoc, map[string]any{"in": in})
	if len(r.Errors) != 1 || r.Errors[0].Extensions["code"] != "INVALID_INPUT" || r.Errors[0].Extensions["field"] != "purposes[1].legalBasis" {
		t.Errorf("an Art 9 condition as the basis: %+v; want INVALID_INPUT at purposes[1].legalBasis", r.Errors)
	}
	// A country that is no ISO code, found by the schema's rule after the
	// rename and the new purpose were written: all of it rolled back.
	in["purposes"] = []any{in["purposes"].([]any)[0], map[string]any{"purpose": id(marketing)}}
	in["transfers"] = []any{map[string]any{"id": a["transfers"].([]any)[0].(map[string]any)["id"], "country": "XX"}}
	_, r = send(t, url, editor, saveActivityDoc, map[string]any{"in": in})
	if len(r.Errors) != 1 || r.Errors[0].Extensions["code"] != "INVALID_INPUT" || r.Errors[0].Extensions["field"] != "transfers[0].country" {
		t.Errorf("country XX: %+v; want INVALID_INPUT at transfers[0].country", r.Errors)
	}
	if after, _ := store.Version(ctx, client); after != before {
		t.Errorf("catalog version %d after the refused saves, was %d", after, before)
	}
	all := review.WithRejected(ctx)
	if n := client.ProcessingActivity.Query().Where(processingactivity.Name("Newsletter")).CountX(all); n != 1 {
		t.Errorf("%d activities named Newsletter after the refused renames, want 1", n)
	}
	if n := client.ActivityPurpose.Query().CountX(all); n != 1 {
		t.Errorf("%d purposes after the refused saves, want 1", n)
	}
}
