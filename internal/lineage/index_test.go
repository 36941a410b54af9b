package lineage_test

import (
	"context"
	"fmt"
	"slices"
	"testing"

	"github.com/ropacatalog/ropa/internal/lineage"
	"github.com/ropacatalog/ropa/internal/store"
	"github.com/ropacatalog/ropa/internal/store/storetest"
	"github.com/ropacatalog/ropa/internal/synth"
	"github.com/ropacatalog/ropa/seed"
)

// summary renders a result with the IDs of everything it shows, so that
// two answers compare equal only if they say the same thing.
func summary(rs []lineage.Result) []string {
	var out []string
	for _, r := range rs {
		ids := func(n int, f func(int) int) []int {
			var s []int
			for i := 0; i < n; i++ {
				s = append(s, f(i))
			}
			slices.Sort(s)
			return s
		}
		out = append(out, fmt.Sprintf("disclosure %d recipient %d activity %d org %d category %s %s purposes %v bases %v transfers %v evidence %v",
			r.Disclosure.ID, r.Recipient.ID, r.Activity.ID, r.Organization.ID, r.Category.Key, r.Match,
			ids(len(r.Purposes), func(i int) int { return r.Purposes[i].ID }),
			ids(len(r.LegalBases), func(i int) int { return r.LegalBases[i].ActivityPurpose.ID }),
			ids(len(r.Transfers), func(i int) int { return r.Transfers[i].ID }),
			ids(len(r.Evidence), func(i int) int { return r.Evidence[i].ID })))
	}
	return out
}

// TestIndexAnswersAsDatabase: the in-memory index gives the same answers as
// the queries against the database, on the seeded notices and on a
// synthetic catalog, for every category key, for field paths, and within
// one organization.
func TestIndexAnswersAsDatabase(t *testing.T) {
	ctx := context.Background()
	client := storetest.Open(t, store.Config{})
	if _, err := seed.Load(ctx, client); err != nil {
		t.Fatal(err)
	}
	res, err := synth.Generate(ctx, client, synth.Config{Seed: 3, Activities: 200, Fields: 2000, Recipients: 80, Categories: 60})
	if err != nil {
		t.Fatal(err)
	}
	idx, err := lineage.Build(ctx, client)
	if err != nil {
		t.Fatal(err)
	}
	keys := client.DataCategory.Query().Select("key").StringsX(ctx)
	asked := append(keys, res.FieldPaths...)
	orgs := client.Organization.Query().IDsX(ctx)
	nonEmpty := 0
	for _, field := range asked {
		for _, org := range append([]*int{nil}, ptrs(orgs)...) {
			_, want, dbErr := lineage.RecipientsOf(ctx, client, field, org)
			_, got, idxErr := idx.RecipientsOf(field, org)
			if (dbErr != nil || idxErr != nil) && fmt.Sprint(dbErr) != fmt.Sprint(idxErr) {
				t.Fatalf("%s (organization %v): database says %v, index says %v", field, org, dbErr, idxErr)
			}
			if !slices.Equal(summary(got), summary(want)) {
				t.Errorf("%s (organization %v): index answers\n%v\ndatabase answers\n%v", field, org, summary(got), summary(want))
			}
			if len(want) > 0 {
				nonEmpty++
			}
		}
	}
	if nonEmpty < len(asked)/2 {
		t.Errorf("only %d of %d questions had recipients; the comparison proves little", nonEmpty, len(asked))
	}

	// Unknown input: the same error and suggestions.
	_, _, dbErr := lineage.RecipientsOf(ctx, client, "user.contact.emial", nil)
	_, _, idxErr := idx.RecipientsOf("user.contact.emial", nil)
	if dbErr == nil || idxErr == nil || dbErr.Error() != idxErr.Error() {
		t.Errorf("unknown key: database says %v, index says %v", dbErr, idxErr)
	}
}

func ptrs(ids []int) []*int {
	var out []*int
	for i := range ids {
		out = append(out, &ids[i])
	}
	return out
}

// TestCacheRebuildsAfterWrite: a committed write, even one made through a
// transaction, is seen by the next question; a rolled-back one changes
// nothing.
func TestCacheRebuildsAfterWrite(t *testing.T) {
	ctx := context.Background()
	client := storetest.Open(t, store.Config{})
	if _, err := seed.Load(ctx, client); err != nil {
		t.Fatal(err)
	}
	cache := lineage.NewCache(client)
	first, err := cache.Index(ctx)
	if err != nil {
		t.Fatal(err)
	}
	again, _ := cache.Index(ctx)
	if again != first {
		t.Error("the index was rebuilt although nothing changed")
	}

	tx, err := client.Tx(ctx)
	if err != nil {
		t.Fatal(err)
	}
	tx.Organization.Create().SetKey("rolled_back").SetName("Rolled back").SaveX(ctx)
	if err := tx.Rollback(); err != nil {
		t.Fatal(err)
	}
	if idx, _ := cache.Index(ctx); idx != first {
		t.Error("a rolled-back transaction rebuilt the index")
	}

	tx, err = client.Tx(ctx)
	if err != nil {
		t.Fatal(err)
	}
	tx.DataCategory.Create().SetKey("user.contact.pager").SetName("Pager number").SaveX(ctx)
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	_, rs, err := cache.RecipientsOf(ctx, "user.contact.pager", nil)
	if err != nil {
		t.Fatalf("a category committed just before the question is unknown to the index: %v", err)
	}
	// Declared recipients of contact information receive the pager number.
	if len(rs) == 0 || rs[0].Match != lineage.Broader {
		t.Errorf("recipients of the new pager category: %d, want broader matches through user.contact", len(rs))
	}
}
