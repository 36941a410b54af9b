package graph

import "github.com/ropacatalog/ropa/internal/datamap"

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
