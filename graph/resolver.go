// Package graph serves the catalog's GraphQL API: gqlgen resolvers over the
// ent client, and the HTTP handler that wires them up.
package graph

import (
	"context"

	"github.com/ropacatalog/ropa/ent"
	"github.com/ropacatalog/ropa/internal/asof"
	"github.com/ropacatalog/ropa/internal/lineage"
	"github.com/ropacatalog/ropa/internal/record"
)

// Resolver is the root resolver. Queries read through client; mutations use
// ent.FromContext(ctx), the transaction entgql.Transactioner opened for them.
// Everything that answers a question about the record (lineage, the data
// map, the effective facts of an activity, the Article 30 report) reads the
// effective record (internal/record), kept in memory by records and
// following the catalog's version; lineage questions are answered from an
// index built on it.
type Resolver struct {
	client  *ent.Client
	records *record.Cache
	lineage *lineage.Cache
	past    *asof.Cache // the catalog at past times (asOf arguments)
}

// effective returns the activity as the effective record holds it, or nil
// when the record leaves it out (a rejected activity).
func (r *Resolver) effective(ctx context.Context, a *ent.ProcessingActivity) (*record.Activity, error) {
	rec, err := r.records.Get(ctx)
	if err != nil {
		return nil, err
	}
	return rec.Activity(a.ID), nil
}
