package graph

import (
	"context"
	"sync"
	"time"

	"github.com/99designs/gqlgen/graphql"

	"github.com/ropacatalog/ropa/ent"
)

// A question asked as of a past time (asOf) reads a catalog rebuilt from
// the history (internal/asof). The nodes of its answer load their edges
// from that catalog while gqlgen writes the response, so the catalog is
// held until the operation's response is written.

type releasesKey struct{}

type releases struct {
	mu  sync.Mutex
	fns []func()
}

// holdPastCatalogs makes ctx collect the releases of the past catalogs an
// operation reads; the returned function releases them.
func holdPastCatalogs(ctx context.Context) (context.Context, func()) {
	r := &releases{}
	return context.WithValue(ctx, releasesKey{}, r), func() {
		r.mu.Lock()
		defer r.mu.Unlock()
		for _, f := range r.fns {
			f()
		}
		r.fns = nil
	}
}

// releaseAfterResponse runs the operation holding its past catalogs until
// its response is written.
func releaseAfterResponse(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
	ctx, release := holdPastCatalogs(ctx)
	h := next(ctx)
	return func(ctx context.Context) *graphql.Response {
		resp := h(ctx)
		release()
		return resp
	}
}

// pastCatalog returns the catalog as it stood at at, held until the
// operation's response is written; with fields, it holds the systems'
// datasets and fields (the lineage needs them, the record does not).
func (r *Resolver) pastCatalog(ctx context.Context, at time.Time, fields bool) (*ent.Client, error) {
	cat, release, err := r.past.Get(ctx, at, fields)
	if err != nil {
		return nil, err
	}
	if rs, ok := ctx.Value(releasesKey{}).(*releases); ok {
		rs.mu.Lock()
		rs.fns = append(rs.fns, release)
		rs.mu.Unlock()
	} else {
		release() // kept by the cache while it is recent enough
	}
	return cat.Client, nil
}

// pointers lists pointers to the elements of xs.
func pointers[T any](xs []T) []*T {
	out := make([]*T, len(xs))
	for i := range xs {
		out[i] = &xs[i]
	}
	return out
}
