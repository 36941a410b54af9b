// Package access keeps the users, API tokens and sessions of the catalog
// and enforces the roles of internal/auth where every read and write
// passes: an ent hook and interceptor on the client itself (Enforce), so
// that the GraphQL resolvers, the lineage fast path, the reports and
// anything written later are held to the same rules. Its HTTP middleware
// (Service.Middleware) says who each request acts as.
package access

import (
	"context"

	"github.com/ropacatalog/ropa/ent"
	"github.com/ropacatalog/ropa/internal/auth"
	"github.com/ropacatalog/ropa/internal/review"
)

// Enforce makes c check the principal of every query and mutation:
//
//   - reading the record needs the viewer role; reading users, tokens or
//     sessions needs admin;
//   - writing a fact needs editor; setting a fact's review status or note,
//     or acknowledging a finding, needs reviewer, and a fact an editor
//     creates or changes is unreviewed until a reviewer confirms it;
//   - writing users, tokens or sessions needs admin.
//
// A context without a principal is the process itself (the CLI, seeding,
// the server's own sign-in checks) and is not checked.
func Enforce(c *ent.Client) {
	c.Intercept(ent.InterceptFunc(func(next ent.Querier) ent.Querier {
		return ent.QuerierFunc(func(ctx context.Context, q ent.Query) (ent.Value, error) {
			if err := authorizeQuery(ctx, q); err != nil {
				return nil, err
			}
			return next.Query(ctx, q)
		})
	}))
	c.Use(func(next ent.Mutator) ent.Mutator {
		return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
			if err := authorizeMutation(ctx, m); err != nil {
				return nil, err
			}
			return next.Mutate(ctx, m)
		})
	})
}

// isAccess reports whether an entity type is one of this package's.
func isAccess(typ string) bool {
	return typ == ent.TypeUser || typ == ent.TypeToken || typ == ent.TypeSession
}

func authorizeQuery(ctx context.Context, q ent.Query) error {
	if _, ok := auth.From(ctx); !ok {
		return nil
	}
	switch q.(type) {
	case *ent.UserQuery, *ent.TokenQuery, *ent.SessionQuery:
		return auth.Require(ctx, auth.Admin, "reading users, tokens or sessions")
	}
	return auth.Require(ctx, auth.Viewer, "reading the record")
}

func authorizeMutation(ctx context.Context, m ent.Mutation) error {
	p, ok := auth.From(ctx)
	if !ok {
		return nil
	}
	if isAccess(m.Type()) {
		return auth.Require(ctx, auth.Admin, "changing users, tokens or sessions")
	}
	if m.Type() == ent.TypeFindingAcknowledgement {
		// Accepting a risk is a review decision.
		return auth.Require(ctx, auth.Reviewer, "acknowledging a finding")
	}
	if err := auth.Require(ctx, auth.Editor, "changing the record"); err != nil {
		return err
	}
	f, ok := m.(fact)
	if !ok || m.Op().Is(ent.OpDelete|ent.OpDeleteOne) {
		return nil
	}
	if m.Op().Is(ent.OpUpdate | ent.OpUpdateOne) {
		_, status := f.ReviewStatus()
		_, note := m.Field("review_note")
		if status || note || m.FieldCleared("review_note") {
			return auth.Require(ctx, auth.Reviewer, "setting a fact's review status or note")
		}
	}
	if !p.Role.Allows(auth.Reviewer) {
		// What an editor writes waits for a reviewer.
		f.SetReviewStatus(review.Unreviewed)
	}
	return nil
}

// fact is what the mutation of every fact (ent/schema FactMixin) has.
type fact interface {
	SetReviewStatus(review.Status)
	ReviewStatus() (review.Status, bool)
}
