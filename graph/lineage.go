package graph

import (
	"context"
	"fmt"

	"github.com/ropacatalog/ropa/internal/datamap"
	"github.com/ropacatalog/ropa/internal/lineage"
)

// toDatamap converts the GraphQL filter; a nil filter does not filter.
func (f *DataMapFilter) toDatamap() datamap.Filter {
	var out datamap.Filter
	if f == nil {
		return out
	}
	if f.DataCategory != nil {
		out.DataCategory = *f.DataCategory
	}
	if f.Purpose != nil {
		out.Purpose = *f.Purpose
	}
	if f.Recipient != nil {
		out.Recipient = *f.Recipient
	}
	if f.Country != nil {
		out.Country = *f.Country
	}
	return out
}

// suggestions answers lookupSuggestions from the lineage index.
func (r *queryResolver) suggestions(ctx context.Context, text, org string, first *int) ([]*lineage.Candidate, error) {
	n := 10
	if first != nil {
		n = *first
	}
	if n < 1 || n > 100 {
		return nil, fmt.Errorf("first: %d is outside 1 to 100", n)
	}
	idx, err := r.lineage.Index(ctx)
	if err != nil {
		return nil, err
	}
	cs, err := idx.Suggest(text, org, n, false)
	return pointers(cs), err
}
