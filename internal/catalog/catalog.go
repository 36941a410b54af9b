// Package catalog is the one write path of the record. Every write — a
// GraphQL mutation, the seed loader, a notice import, a review decision,
// the synthetic generator — runs as a command through Write: one
// transaction, the actor carried in the context (so the schema's hooks set
// each new fact's origin from it and validate the row as it will be), and
// the place where authorization and history hook in.
//
// Replacing what one origin wrote (a changed seed file, a re-imported
// notice) is one function, RemoveOrigin, that deletes fact by fact, by ID,
// so that the schema's hooks see every row.
package catalog

import (
	"context"
	"fmt"

	"github.com/ropacatalog/ropa/ent"
	"github.com/ropacatalog/ropa/ent/activitypurpose"
	"github.com/ropacatalog/ropa/ent/datafield"
	"github.com/ropacatalog/ropa/ent/dataset"
	"github.com/ropacatalog/ropa/ent/datasubjectright"
	"github.com/ropacatalog/ropa/ent/disclosure"
	"github.com/ropacatalog/ropa/ent/processingactivity"
	"github.com/ropacatalog/ropa/ent/recipient"
	"github.com/ropacatalog/ropa/ent/retentionrule"
	"github.com/ropacatalog/ropa/ent/securitypractice"
	"github.com/ropacatalog/ropa/ent/statement"
	"github.com/ropacatalog/ropa/ent/system"
	"github.com/ropacatalog/ropa/ent/transfer"
	"github.com/ropacatalog/ropa/internal/actor"
	"github.com/ropacatalog/ropa/internal/review"
)

// Write runs cmd as actor a in one transaction: it commits when cmd
// returns nil and rolls everything back otherwise. Inside cmd, write
// through tx (and pass ctx, which carries the actor).
func Write(ctx context.Context, c *ent.Client, a actor.Actor, cmd func(ctx context.Context, tx *ent.Tx) error) error {
	// Writers see every row, rejected ones too, whatever they change.
	ctx = review.WithRejected(actor.With(ctx, a))
	tx, err := c.Tx(ctx)
	if err != nil {
		return fmt.Errorf("starting a transaction for %s: %w", a, err)
	}
	if err := cmd(ctx, tx); err != nil {
		if rerr := tx.Rollback(); rerr != nil {
			return fmt.Errorf("%w (and rolling back: %v)", err, rerr)
		}
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("committing the write of %s: %w", a, err)
	}
	return nil
}

// Removal selects what RemoveOrigin deletes.
type Removal struct {
	// Unreviewed deletes only facts still unreviewed, and keeps an
	// activity or a recipient that reviewed facts hang on.
	Unreviewed bool
	// Structure also deletes the systems, datasets and fields of the
	// origin (a seed file describes them; an import does not).
	Structure bool
}

// RemoveOrigin deletes the facts that origin wrote, children before
// parents, each by ID, and returns how many it deleted. Every kind of fact
// is listed here once.
func RemoveOrigin(ctx context.Context, tx *ent.Tx, origin string, r Removal) (int, error) {
	ctx = review.WithRejected(ctx)
	un := review.Unreviewed
	type kind struct {
		name string
		ids  func() ([]int, error)
		del  func(id int) error
	}
	kinds := []kind{
		{"purposes", func() ([]int, error) {
			q := tx.ActivityPurpose.Query().Where(activitypurpose.Origin(origin))
			if r.Unreviewed {
				q.Where(activitypurpose.ReviewStatusEQ(un))
			}
			return q.IDs(ctx)
		}, func(id int) error { return tx.ActivityPurpose.DeleteOneID(id).Exec(ctx) }},
		{"disclosures", func() ([]int, error) {
			q := tx.Disclosure.Query().Where(disclosure.Origin(origin))
			if r.Unreviewed {
				q.Where(disclosure.ReviewStatusEQ(un))
			}
			return q.IDs(ctx)
		}, func(id int) error { return tx.Disclosure.DeleteOneID(id).Exec(ctx) }},
		{"transfers", func() ([]int, error) {
			q := tx.Transfer.Query().Where(transfer.Origin(origin))
			if r.Unreviewed {
				q.Where(transfer.ReviewStatusEQ(un))
			}
			return q.IDs(ctx)
		}, func(id int) error { return tx.Transfer.DeleteOneID(id).Exec(ctx) }},
		{"retention rules", func() ([]int, error) {
			q := tx.RetentionRule.Query().Where(retentionrule.Origin(origin))
			if r.Unreviewed {
				q.Where(retentionrule.ReviewStatusEQ(un))
			}
			return q.IDs(ctx)
		}, func(id int) error { return tx.RetentionRule.DeleteOneID(id).Exec(ctx) }},
		{"security practices", func() ([]int, error) {
			q := tx.SecurityPractice.Query().Where(securitypractice.Origin(origin))
			if r.Unreviewed {
				q.Where(securitypractice.ReviewStatusEQ(un))
			}
			return q.IDs(ctx)
		}, func(id int) error { return tx.SecurityPractice.DeleteOneID(id).Exec(ctx) }},
		{"rights", func() ([]int, error) {
			q := tx.DataSubjectRight.Query().Where(datasubjectright.Origin(origin))
			if r.Unreviewed {
				q.Where(datasubjectright.ReviewStatusEQ(un))
			}
			return q.IDs(ctx)
		}, func(id int) error { return tx.DataSubjectRight.DeleteOneID(id).Exec(ctx) }},
		{"statements", func() ([]int, error) {
			q := tx.Statement.Query().Where(statement.Origin(origin))
			if r.Unreviewed {
				q.Where(statement.ReviewStatusEQ(un))
			}
			return q.IDs(ctx)
		}, func(id int) error { return tx.Statement.DeleteOneID(id).Exec(ctx) }},
	}
	if r.Structure {
		kinds = append(kinds,
			kind{"fields", func() ([]int, error) { return tx.DataField.Query().Where(datafield.Origin(origin)).IDs(ctx) },
				func(id int) error { return tx.DataField.DeleteOneID(id).Exec(ctx) }},
			kind{"datasets", func() ([]int, error) { return tx.Dataset.Query().Where(dataset.Origin(origin)).IDs(ctx) },
				func(id int) error { return tx.Dataset.DeleteOneID(id).Exec(ctx) }})
	}
	kinds = append(kinds,
		kind{"activities", func() ([]int, error) {
			q := tx.ProcessingActivity.Query().Where(processingactivity.Origin(origin))
			if r.Unreviewed {
				// Activities with facts of their own left stay.
				q.Where(processingactivity.ReviewStatusEQ(un),
					processingactivity.Not(processingactivity.HasPurposes()),
					processingactivity.Not(processingactivity.HasDisclosures()))
			}
			return q.IDs(ctx)
		}, func(id int) error { return tx.ProcessingActivity.DeleteOneID(id).Exec(ctx) }})
	if r.Structure {
		kinds = append(kinds,
			kind{"systems", func() ([]int, error) { return tx.System.Query().Where(system.Origin(origin)).IDs(ctx) },
				func(id int) error { return tx.System.DeleteOneID(id).Exec(ctx) }})
	}
	kinds = append(kinds,
		kind{"recipients", func() ([]int, error) {
			q := tx.Recipient.Query().Where(recipient.Origin(origin))
			if r.Unreviewed {
				q.Where(recipient.ReviewStatusEQ(un), recipient.Not(recipient.HasDisclosures()))
			}
			return q.IDs(ctx)
		}, func(id int) error { return tx.Recipient.DeleteOneID(id).Exec(ctx) }})
	n := 0
	for _, k := range kinds {
		ids, err := k.ids()
		if err != nil {
			return n, fmt.Errorf("finding the %s of %s: %w", k.name, origin, err)
		}
		for _, id := range ids {
			if err := k.del(id); err != nil {
				return n, fmt.Errorf("deleting %s %d of %s: %w", k.name, id, origin, err)
			}
			n++
		}
	}
	return n, nil
}
