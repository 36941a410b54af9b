package history_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/ropacatalog/ropa/ent"
	"github.com/ropacatalog/ropa/ent/change"
	"github.com/ropacatalog/ropa/ent/processingactivity"
	"github.com/ropacatalog/ropa/internal/actor"
	"github.com/ropacatalog/ropa/internal/auth"
	"github.com/ropacatalog/ropa/internal/catalog"
	"github.com/ropacatalog/ropa/internal/history"
	"github.com/ropacatalog/ropa/internal/review"
	"github.com/ropacatalog/ropa/internal/store"
	"github.com/ropacatalog/ropa/internal/store/storetest"
)

// revert reverts change id as the process itself (an admin) and returns
// the changes it wrote.
func revert(t *testing.T, c *ent.Client, id int) ([]*ent.Change, error) {
	t.Helper()
	var out []*ent.Change
	err := catalog.Write(context.Background(), c, actor.CLI("root"), func(ctx context.Context, tx *ent.Tx) error {
		var err error
		out, err = history.Revert(ctx, tx.Client(), id, "wrong notice")
		return err
	})
	return out, err
}

func lastChange(t *testing.T, c *ent.Client, id int) *ent.Change {
	t.Helper()
	cs := changesOf(t, c, id)
	if len(cs) == 0 {
		t.Fatalf("row %d has no history", id)
	}
	return cs[len(cs)-1]
}

// TestRevert: reverting an update sets the fields and edges back;
// reverting a create deletes the row; reverting that delete restores it
// with its fields and edges; each revert is a change naming the one it
// undoes; a change is reverted once, and only while it is its row's last.
func TestRevert(t *testing.T) {
	ctx := review.WithRejected(context.Background())
	c := storetest.Open(t, store.Config{})
	var org, act, cat int
	write(t, c, actor.CLI("alice"), func(ctx context.Context, tx *ent.Tx) error {
		org = tx.Organization.Create().SetKey("acme").SetName("Acme").SaveX(ctx).ID
		cat = tx.DataCategory.Create().SetKey("user.contact.email").SetName("Email").SaveX(ctx).ID
		act = tx.ProcessingActivity.Create().SetName("Newsletter").SetOrganizationID(org).
			SetDescription("Monthly news").SaveX(ctx).ID
		return nil
	})
	created := lastChange(t, c, act)
	write(t, c, actor.CLI("bob"), func(ctx context.Context, tx *ent.Tx) error {
		return tx.ProcessingActivity.UpdateOneID(act).SetName("Mailing").ClearDescription().
			AddDataCategoryIDs(cat).SetOwner("Marketing").Exec(ctx)
	})
	updated := lastChange(t, c, act)
	if _, err := revert(t, c, created.ID); err == nil || !strings.Contains(err.Error(), "changed since") {
		t.Errorf("reverting a change that is not the row's last: err = %v", err)
	}
	out, err := revert(t, c, updated.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(out) != 1 || out[0].Reverts == nil || *out[0].Reverts != updated.ID || out[0].Actor != "cli:root" ||
		!strings.Contains(out[0].Note, "wrong notice") || out[0].Operation != change.OperationUpdate {
		t.Fatalf("revert recorded as %+v", out)
	}
	a := c.ProcessingActivity.Query().Where(processingactivity.ID(act)).WithDataCategories().OnlyX(ctx)
	if a.Name != "Newsletter" || a.Description != "Monthly news" || a.Owner != "" || len(a.Edges.DataCategories) != 0 {
		t.Errorf("after reverting the update: %+v, categories %v", a, a.Edges.DataCategories)
	}
	if _, err := revert(t, c, updated.ID); err == nil || !strings.Contains(err.Error(), "already") {
		t.Errorf("reverting twice: err = %v", err)
	}
	// Undo the revert, then the whole story back to the create.
	if _, err := revert(t, c, out[0].ID); err != nil {
		t.Fatal(err)
	}
	if a := c.ProcessingActivity.GetX(ctx, act); a.Name != "Mailing" {
		t.Errorf("reverting the revert: name %q, want Mailing", a.Name)
	}
	write(t, c, actor.CLI("bob"), func(ctx context.Context, tx *ent.Tx) error {
		return tx.ProcessingActivity.DeleteOneID(act).Exec(ctx)
	})
	out, err = revert(t, c, lastChange(t, c, act).ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(out) != 1 || out[0].Operation != change.OperationCreate {
		t.Fatalf("reverting the delete recorded %+v", out)
	}
	back := c.ProcessingActivity.Query().Where(processingactivity.ID(out[0].EntityID)).WithDataCategories().OnlyX(ctx)
	if back.Name != "Mailing" || back.Owner != "Marketing" || back.OrganizationID != org || len(back.Edges.DataCategories) != 1 {
		t.Errorf("restored activity %+v, categories %v", back, back.Edges.DataCategories)
	}
	// Reverting the create of the restored row deletes it again.
	if _, err := revert(t, c, out[0].ID); err != nil {
		t.Fatal(err)
	}
	if n := c.ProcessingActivity.Query().CountX(ctx); n != 0 {
		t.Errorf("%d activities after reverting the restore, want 0", n)
	}
}

// TestRevertNeedsAdmin: only an admin reverts, and a refused revert
// changes nothing.
func TestRevertNeedsAdmin(t *testing.T) {
	c := storetest.Open(t, store.Config{})
	var org int
	write(t, c, actor.CLI("alice"), func(ctx context.Context, tx *ent.Tx) error {
		org = tx.Organization.Create().SetKey("acme").SetName("Acme").SaveX(ctx).ID
		return nil
	})
	id := lastChange(t, c, org).ID
	ctx := auth.With(context.Background(), auth.Principal{Name: "rv", Role: auth.Reviewer, Via: auth.Password})
	err := catalog.Write(ctx, c, "api:rv", func(ctx context.Context, tx *ent.Tx) error {
		_, err := history.Revert(ctx, tx.Client(), id, "")
		return err
	})
	var deny *auth.Error
	if !errors.As(err, &deny) || deny.Code() != "FORBIDDEN" {
		t.Fatalf("a reviewer reverting: err = %v, want FORBIDDEN", err)
	}
	if n := c.Organization.Query().CountX(context.Background()); n != 1 {
		t.Errorf("%d organizations after a refused revert, want 1", n)
	}
}
