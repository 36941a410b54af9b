package graph

import (
	"context"

	"github.com/99designs/gqlgen/graphql"

	"github.com/ropacatalog/ropa/ent"
	"github.com/ropacatalog/ropa/internal/history"
)

// historyLoaders gives each operation its own history.Loader, so that
// the history fields of a list's rows are read in one query.
type historyLoaders struct{ client *ent.Client }

type loaderKey struct{}

func (historyLoaders) ExtensionName() string                   { return "HistoryLoaders" }
func (historyLoaders) Validate(graphql.ExecutableSchema) error { return nil }

func (h historyLoaders) InterceptResponse(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
	return next(context.WithValue(ctx, loaderKey{}, history.NewLoader(h.client)))
}

// stamps returns the operation's loader of history stamps (a fresh one
// outside an operation).
func stamps(ctx context.Context, c *ent.Client) *history.Loader {
	if l, ok := ctx.Value(loaderKey{}).(*history.Loader); ok {
		return l
	}
	return history.NewLoader(c)
}

// deref returns *s, or "" for nil.
func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
