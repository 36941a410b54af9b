package graph

import (
	"context"
	"net/http"

	"github.com/99designs/gqlgen/graphql"
	"github.com/ropacatalog/ropa/ent"
	"github.com/ropacatalog/ropa/internal/record"
	gqlparser "github.com/vektah/gqlparser/v2"
)

// NewHandlerWithoutFastPath is NewHandler with every question resolved by
// gqlgen, to compare the fast path against.
func NewHandlerWithoutFastPath(client *ent.Client) http.Handler {
	srv, _ := newHandler(client, record.NewCache(client), false, IntrospectionOn)
	return srv
}

// NewHandlerCountingFastPath is NewHandler and a count of the operations
// its fast path answered.
func NewHandlerCountingFastPath(client *ent.Client) (http.Handler, func() int64) {
	srv, fp := newHandler(client, record.NewCache(client), true, IntrospectionOn)
	return srv, fp.hits.Load
}

// MeasureOperation parses query against the schema and returns what the
// request limits see of its first operation: depth, aliases and cost, and
// the refusal DefaultLimits would answer (nil when within them).
func MeasureOperation(query string, vars map[string]any) (depth, aliases, cost int, refusal error, err error) {
	schema := NewExecutableSchema(Config{}).Schema()
	doc, gerr := gqlparser.LoadQuery(schema, query)
	if gerr != nil {
		return 0, 0, 0, nil, gerr
	}
	oc := &graphql.OperationContext{Doc: doc, Operation: doc.Operations[0], Variables: vars}
	m := measure{oc: oc, l: DefaultLimits, seen: map[string]bool{}}
	cost = m.cost(oc.Operation.SelectionSet, 1, false)
	if e := (operationLimits{DefaultLimits}).MutateOperationContext(context.Background(), oc); e != nil {
		refusal = e
	}
	return m.depth, m.aliases, cost, refusal, nil
}
