package graph

import (
	"net/http"

	"github.com/ropacatalog/ropa/ent"
	"github.com/ropacatalog/ropa/internal/record"
)

// NewHandlerWithoutFastPath is NewHandler with every question resolved by
// gqlgen, to compare the fast path against.
func NewHandlerWithoutFastPath(client *ent.Client) http.Handler {
	srv, _ := newHandler(client, record.NewCache(client), false)
	return srv
}

// NewHandlerCountingFastPath is NewHandler and a count of the operations
// its fast path answered.
func NewHandlerCountingFastPath(client *ent.Client) (http.Handler, func() int64) {
	srv, fp := newHandler(client, record.NewCache(client), true)
	return srv, fp.hits.Load
}
