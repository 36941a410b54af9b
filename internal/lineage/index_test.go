package lineage_test

import (
	"context"
	"errors"
	"slices"
	"testing"

	"github.com/ropacatalog/ropa/internal/lineage"
	"github.com/ropacatalog/ropa/internal/record"
	"github.com/ropacatalog/ropa/internal/store"
	"github.com/ropacatalog/ropa/internal/store/storetest"
	"github.com/ropacatalog/ropa/seed"
)

// TestUnknownFieldSuggests: an unknown key is an error naming the closest
// known keys, the misspelt email among them.
func TestUnknownFieldSuggests(t *testing.T) {
	ctx := context.Background()
	client := storetest.Open(t, store.Config{})
	if _, err := seed.Load(ctx, client); err != nil {
		t.Fatal(err)
	}
	_, _, err := lineage.RecipientsOf(ctx, client, "user.contact.emial", "")
	var unk *lineage.UnknownError
	if !errors.As(err, &unk) || !slices.Contains(unk.Suggestions, "user.contact.email") {
		t.Errorf("user.contact.emial: got %v, want an UnknownError suggesting user.contact.email", err)
	}
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
	cache := lineage.NewCache(record.NewCache(client))
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
	_, rs, err := cache.RecipientsOf(ctx, "user.contact.pager", "")
	if err != nil {
		t.Fatalf("a category committed just before the question is unknown to the index: %v", err)
	}
	// Declared recipients of contact information receive the pager number.
	if len(rs) == 0 || rs[0].Match != lineage.Broader {
		t.Errorf("recipients of the new pager category: %d, want broader matches through user.contact", len(rs))
	}
}
