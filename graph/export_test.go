package graph

import (
	"net/http"

	"github.com/ropacatalog/ropa/ent"
)

// NewHandlerWithoutFastPath is NewHandler with every question resolved by
// gqlgen, to compare the fast path against.
func NewHandlerWithoutFastPath(client *ent.Client) http.Handler {
	srv, _ := newHandler(client, false)
	return srv
}

// NewHandlerCountingFastPath is NewHandler and a count of the operations
// its fast path answered.
func NewHandlerCountingFastPath(client *ent.Client) (http.Handler, func() int64) {
	srv, fp := newHandler(client, true)
	return srv, fp.hits.Load
}
