package catalog_test

import (
	"context"
	"errors"
	"testing"

	"github.com/ropacatalog/ropa/ent"
	"github.com/ropacatalog/ropa/ent/processingactivity"
	"github.com/ropacatalog/ropa/internal/actor"
	"github.com/ropacatalog/ropa/internal/catalog"
	"github.com/ropacatalog/ropa/internal/review"
	"github.com/ropacatalog/ropa/internal/store"
	"github.com/ropacatalog/ropa/internal/store/storetest"
)

// TestWrite: a command commits as a whole with its actor as the origin of
// what it creates, or rolls back as a whole.
func TestWrite(t *testing.T) {
	ctx := context.Background()
	c := storetest.Open(t, store.Config{})
	who := actor.Import("acme.md")
	err := catalog.Write(ctx, c, who, func(ctx context.Context, tx *ent.Tx) error {
		org := tx.Organization.Create().SetKey("acme").SetName("Acme").SaveX(ctx)
		tx.ProcessingActivity.Create().SetName("Newsletter").SetOrganization(org).ExecX(ctx)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	a := c.ProcessingActivity.Query().OnlyX(ctx)
	if a.Origin != string(who) {
		t.Errorf("origin %q, want %q", a.Origin, who)
	}
	failed := errors.New("stop")
	err = catalog.Write(ctx, c, who, func(ctx context.Context, tx *ent.Tx) error {
		tx.ProcessingActivity.Create().SetName("Half written").SetOrganizationID(a.OrganizationID).ExecX(ctx)
		return failed
	})
	if !errors.Is(err, failed) {
		t.Fatalf("error %v, want the command's", err)
	}
	if n := c.ProcessingActivity.Query().CountX(ctx); n != 1 {
		t.Errorf("%d activities after a failed command, want 1", n)
	}
}

// TestRemoveOrigin: removing what an origin wrote deletes its facts,
// rejected ones included; asked for drafts only, it keeps what a reviewer
// decided and the activity reviewed facts hang on.
func TestRemoveOrigin(t *testing.T) {
	ctx := context.Background()
	c := storetest.Open(t, store.Config{})
	who := actor.Import("acme.md")
	var drafted, decided int
	write := func() {
		if err := catalog.Write(ctx, c, who, func(ctx context.Context, tx *ent.Tx) error {
			org, err := tx.Organization.Query().First(ctx)
			if ent.IsNotFound(err) {
				org, err = tx.Organization.Create().SetKey("acme").SetName("Acme").Save(ctx)
			}
			if err != nil {
				return err
			}
			drafted = tx.ProcessingActivity.Create().SetName("Draft").SetOrganization(org).
				SetReviewStatus(review.Unreviewed).SaveX(ctx).ID
			decided = tx.ProcessingActivity.Create().SetName("Decided").SetOrganization(org).
				SetReviewStatus(review.Rejected).SaveX(ctx).ID
			return nil
		}); err != nil {
			t.Fatal(err)
		}
	}
	write()
	var n int
	err := catalog.Write(ctx, c, who, func(ctx context.Context, tx *ent.Tx) (err error) {
		n, err = catalog.RemoveOrigin(ctx, tx, string(who), catalog.Removal{Unreviewed: true})
		return err
	})
	all := review.WithRejected(ctx)
	if err != nil || n != 1 || c.ProcessingActivity.Query().Where(processingactivity.ID(drafted)).ExistX(all) ||
		!c.ProcessingActivity.Query().Where(processingactivity.ID(decided)).ExistX(all) {
		t.Errorf("drafts only: removed %d (%v); want the draft gone and the rejected activity kept", n, err)
	}
	err = catalog.Write(ctx, c, who, func(ctx context.Context, tx *ent.Tx) (err error) {
		n, err = catalog.RemoveOrigin(ctx, tx, string(who), catalog.Removal{})
		return err
	})
	if err != nil || n != 1 || c.ProcessingActivity.Query().CountX(all) != 0 {
		t.Errorf("everything: removed %d (%v), %d left; want the rejected activity gone too", n, err, c.ProcessingActivity.Query().CountX(all))
	}
}
