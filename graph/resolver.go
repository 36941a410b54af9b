// Package graph serves the catalog's GraphQL API: gqlgen resolvers over the
// ent client, and the HTTP handler that wires them up.
package graph

import "github.com/ropacatalog/ropa/ent"

// Resolver is the root resolver. Queries read through client; mutations use
// ent.FromContext(ctx), the transaction entgql.Transactioner opened for them.
type Resolver struct {
	client *ent.Client
}
