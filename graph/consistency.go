package graph

import (
	"context"
	"encoding/json"
	"net/http"
	"strconv"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/ropacatalog/ropa/internal/record"
	"github.com/ropacatalog/ropa/internal/store"
)

// Reads never wait for a write, and a client reads its own writes.
//
// The record and the lineage index are rebuilt after a write. While a
// rebuild is under way, a question is answered from the last complete
// record and index (a consistent state from before the write; see
// record.Cache). The writer pays instead: a mutation's response is held
// until this server's record and index (those it holds) include the
// write, and carries the catalog version in its extensions,
// {"catalogVersion": N}. A client that sends that version back with its
// later requests, as the request extension {"minCatalogVersion": N} or
// the header Ropa-Min-Version: N, is answered from a record at least that
// new by any server over the same database (several servers behind a load
// balancer), which waits for its own rebuild if it must.

// MinVersionHeader carries the catalog version a client needs (see above).
const MinVersionHeader = "Ropa-Min-Version"

type minVersionHeaderKey struct{}

// minVersionFromHeader keeps the request's Ropa-Min-Version for the
// operation, which reads it in readYourWrites.
func minVersionFromHeader(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if h := r.Header.Get(MinVersionHeader); h != "" {
			if v, err := strconv.ParseInt(h, 10, 64); err == nil && v > 0 {
				r = r.WithContext(context.WithValue(r.Context(), minVersionHeaderKey{}, v))
			}
		}
		next.ServeHTTP(w, r)
	})
}

// readYourWrites is an operation interceptor: it applies the version the
// request asks for, and makes a mutation's response wait for the rebuild
// that includes it.
func (r *Resolver) readYourWrites(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
	oc := graphql.GetOperationContext(ctx)
	if v, ok := ctx.Value(minVersionHeaderKey{}).(int64); ok {
		ctx = record.WithMinVersion(ctx, v)
	}
	if v := versionExtension(oc.Extensions["minCatalogVersion"]); v > 0 {
		ctx = record.WithMinVersion(ctx, v)
	}
	h := next(ctx)
	if oc.Operation == nil || oc.Operation.Operation != ast.Mutation {
		return h
	}
	return func(ctx context.Context) *graphql.Response {
		// Until this write is committed and rebuilt into what this server
		// holds, readers are answered from what it held before.
		defer r.records.BeginWrite()()
		resp := h(ctx) // the mutation's transaction has committed (or rolled back)
		if resp == nil {
			return resp
		}
		v, err := store.Version(ctx, r.client)
		if err != nil {
			return resp // an unversioned catalog: every read loads anew
		}
		// Rebuild what this server holds (nothing, before its first read);
		// on failure the next reader rebuilds, and reports what failed.
		need := record.WithMinVersion(ctx, v)
		switch {
		case r.lineage.Held():
			_, err = r.lineage.Index(need)
		case r.records.Held():
			_, err = r.records.Get(need)
		}
		if err != nil {
			return resp
		}
		if resp.Extensions == nil {
			resp.Extensions = map[string]any{}
		}
		resp.Extensions["catalogVersion"] = v
		return resp
	}
}

// versionExtension reads a version sent as a JSON number or string.
func versionExtension(x any) int64 {
	switch v := x.(type) {
	case float64:
		return int64(v)
	case json.Number:
		n, _ := v.Int64()
		return n
	case string:
		n, _ := strconv.ParseInt(v, 10, 64)
		return n
	case int64:
		return v
	}
	return 0
}
