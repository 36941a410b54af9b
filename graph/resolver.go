// Package graph serves the catalog's GraphQL API: gqlgen resolvers over the
// ent client, and the HTTP handler that wires them up.
package graph

import (
	"github.com/ropacatalog/ropa/ent"
	"github.com/ropacatalog/ropa/internal/lineage"
)

// Resolver is the root resolver. Queries read through client; mutations use
// ent.FromContext(ctx), the transaction entgql.Transactioner opened for them.
// Lineage questions are answered from an in-memory index that follows the
// catalog's version.
type Resolver struct {
	client  *ent.Client
	lineage *lineage.Cache
}
