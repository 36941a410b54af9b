package asof_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/ropacatalog/ropa/ent"
	"github.com/ropacatalog/ropa/ent/processingactivity"
	"github.com/ropacatalog/ropa/ent/recipient"
	"github.com/ropacatalog/ropa/internal/actor"
	"github.com/ropacatalog/ropa/internal/asof"
	"github.com/ropacatalog/ropa/internal/catalog"
	"github.com/ropacatalog/ropa/internal/store"
	"github.com/ropacatalog/ropa/internal/store/storetest"
)

func write(t *testing.T, c *ent.Client, f func(ctx context.Context, tx *ent.Tx) error) {
	t.Helper()
	if err := catalog.Write(context.Background(), c, actor.CLI("test"), f); err != nil {
		t.Fatal(err)
	}
}

// moment returns a time after every change written so far and before any
// written next.
func moment() time.Time {
	at := time.Now()
	for !time.Now().After(at.Add(time.Millisecond)) {
		time.Sleep(time.Millisecond)
	}
	return at
}

// TestOpenUndoesEachKind: a rename (twice), a deleted disclosure with its
// categories, an added edge and a created activity are all undone; the
// catalog itself is left as it is; a time before the history is refused.
func TestOpenUndoesEachKind(t *testing.T) {
	ctx := context.Background()
	c := storetest.Open(t, store.Config{})
	early := time.Now().Add(-time.Hour)
	var act, disc, email, phone int
	write(t, c, func(ctx context.Context, tx *ent.Tx) error {
		org := tx.Organization.Create().SetKey("acme").SetName("Acme").SaveX(ctx)
		email = tx.DataCategory.Create().SetKey("user.contact.email").SetName("Email").SaveX(ctx).ID
		phone = tx.DataCategory.Create().SetKey("user.contact.phone_number").SetName("Phone").SaveX(ctx).ID
		act = tx.ProcessingActivity.Create().SetName("Newsletter").SetOrganization(org).AddDataCategoryIDs(email).SaveX(ctx).ID
		r := tx.Recipient.Create().SetName("Mailer").SetKind(recipient.KindProcessor).SetOrganization(org).SaveX(ctx)
		disc = tx.Disclosure.Create().SetActivityID(act).SetRecipient(r).AddDataCategoryIDs(email).SaveX(ctx).ID
		return nil
	})
	then := moment()
	write(t, c, func(ctx context.Context, tx *ent.Tx) error {
		tx.ProcessingActivity.UpdateOneID(act).SetName("Mailing").AddDataCategoryIDs(phone).ExecX(ctx)
		tx.Disclosure.DeleteOneID(disc).ExecX(ctx)
		tx.ProcessingActivity.Create().SetName("Webinars").SetOrganizationID(tx.Organization.Query().OnlyIDX(ctx)).ExecX(ctx)
		return nil
	})
	write(t, c, func(ctx context.Context, tx *ent.Tx) error {
		return tx.ProcessingActivity.UpdateOneID(act).SetName("Mailing list").Exec(ctx)
	})

	past, err := asof.Open(ctx, c, then)
	if err != nil {
		t.Fatal(err)
	}
	defer past.Close()
	if past.Undone < 4 {
		t.Errorf("%d changes read after the time, want at least the two updates, the delete and the create", past.Undone)
	}
	acts := past.Client.ProcessingActivity.Query().Order(ent.Asc(processingactivity.FieldID)).WithDataCategories().AllX(ctx)
	if len(acts) != 1 || acts[0].Name != "Newsletter" || len(acts[0].Edges.DataCategories) != 1 || acts[0].Edges.DataCategories[0].ID != email {
		t.Errorf("activities then: %v; want Newsletter with the email category only", names(acts))
	}
	d, err := past.Client.Disclosure.Query().WithDataCategories().Only(ctx)
	if err != nil || d.ID != disc || d.ActivityID != act || len(d.Edges.DataCategories) != 1 {
		t.Errorf("the deleted disclosure then: %+v, %v; want it back under its ID with its category", d, err)
	}
	// The catalog itself is untouched.
	if n := c.ProcessingActivity.Query().CountX(ctx); n != 2 {
		t.Errorf("the catalog holds %d activities after the rebuild, want 2", n)
	}
	if c.Disclosure.Query().ExistX(ctx) {
		t.Error("the disclosure came back in the catalog itself")
	}

	_, err = asof.Open(ctx, c, early)
	var before *asof.BeforeHistoryError
	if !errors.As(err, &before) || !strings.Contains(err.Error(), "history starts at") {
		t.Errorf("as of an hour before the history: %v, want a BeforeHistoryError", err)
	}
}

// TestOpenUndoesEdgesOfLaterChanges: only a row's first change after the
// time and the later ones that touched an edge are read; an edge a later
// change touched (a category added, then another removed) is set back,
// and the fields come from the first change.
func TestOpenUndoesEdgesOfLaterChanges(t *testing.T) {
	ctx := context.Background()
	c := storetest.Open(t, store.Config{})
	var act, email, phone, postal int
	write(t, c, func(ctx context.Context, tx *ent.Tx) error {
		org := tx.Organization.Create().SetKey("acme").SetName("Acme").SaveX(ctx)
		email = tx.DataCategory.Create().SetKey("user.contact.email").SetName("Email").SaveX(ctx).ID
		phone = tx.DataCategory.Create().SetKey("user.contact.phone_number").SetName("Phone").SaveX(ctx).ID
		postal = tx.DataCategory.Create().SetKey("user.contact.address").SetName("Address").SaveX(ctx).ID
		act = tx.ProcessingActivity.Create().SetName("Newsletter").SetOrganization(org).
			AddDataCategoryIDs(email, postal).SaveX(ctx).ID
		return nil
	})
	then := moment()
	for _, f := range []func(tx *ent.Tx) error{
		func(tx *ent.Tx) error { return tx.ProcessingActivity.UpdateOneID(act).SetName("Mailing").Exec(ctx) },
		func(tx *ent.Tx) error {
			return tx.ProcessingActivity.UpdateOneID(act).SetName("Mailing list").Exec(ctx)
		},
		func(tx *ent.Tx) error {
			return tx.ProcessingActivity.UpdateOneID(act).AddDataCategoryIDs(phone).RemoveDataCategoryIDs(postal).Exec(ctx)
		},
		func(tx *ent.Tx) error {
			return tx.ProcessingActivity.UpdateOneID(act).RemoveDataCategoryIDs(email).Exec(ctx)
		},
	} {
		write(t, c, func(ctx context.Context, tx *ent.Tx) error { return f(tx) })
	}
	past, err := asof.Open(ctx, c, then)
	if err != nil {
		t.Fatal(err)
	}
	defer past.Close()
	if past.Undone != 4 {
		t.Errorf("%d changes after the time, want 4", past.Undone)
	}
	a := past.Client.ProcessingActivity.Query().WithDataCategories().OnlyX(ctx)
	var got []int
	for _, d := range a.Edges.DataCategories {
		got = append(got, d.ID)
	}
	if a.Name != "Newsletter" || len(got) != 2 || !(got[0] == email && got[1] == postal || got[0] == postal && got[1] == email) {
		t.Errorf("then: %q with categories %v, want Newsletter with %v", a.Name, got, []int{email, postal})
	}
}

func names(acts []*ent.ProcessingActivity) []string {
	var out []string
	for _, a := range acts {
		out = append(out, a.Name)
	}
	return out
}

// TestCacheKeepsWhatIsHeld: a past catalog answers while a reader holds
// it, even after another time was asked of a cache of one, and is closed
// once released (times this recent are not kept: a change may still be
// dated before them).
func TestCacheKeepsWhatIsHeld(t *testing.T) {
	ctx := context.Background()
	c := storetest.Open(t, store.Config{})
	write(t, c, func(ctx context.Context, tx *ent.Tx) error {
		return tx.Organization.Create().SetKey("acme").SetName("Acme").Exec(ctx)
	})
	t1 := moment()
	write(t, c, func(ctx context.Context, tx *ent.Tx) error {
		return tx.Organization.Create().SetKey("beta").SetName("Beta").Exec(ctx)
	})
	t2 := moment()
	cache := asof.NewCache(c, 1)
	a, releaseA, err := cache.Get(ctx, t1, false)
	if err != nil {
		t.Fatal(err)
	}
	if n := a.Client.Organization.Query().CountX(ctx); n != 1 {
		t.Errorf("as of t1: %d organizations, want 1", n)
	}
	b, releaseB, err := cache.Get(ctx, t2, false)
	if err != nil {
		t.Fatal(err)
	}
	if n := b.Client.Organization.Query().CountX(ctx); n != 2 {
		t.Errorf("as of t2: %d organizations, want 2", n)
	}
	// a is still held: it must still answer.
	if n, err := a.Client.Organization.Query().Count(ctx); err != nil || n != 1 {
		t.Errorf("a held catalog after another time was asked: %d, %v", n, err)
	}
	releaseA()
	releaseB()
	if _, err := a.Client.Organization.Query().Count(ctx); err == nil {
		t.Error("a released catalog that is no longer kept still answers; want it closed")
	}
}
