package graph

import (
	"context"
	"time"

	"github.com/ropacatalog/ropa/ent"
	"github.com/ropacatalog/ropa/ent/datacategory"
	"github.com/ropacatalog/ropa/internal/datamap"
	"github.com/ropacatalog/ropa/internal/invalid"
	"github.com/ropacatalog/ropa/internal/record"
)

// mapSource is what a data map view reads: the organization's record (as
// of asOf when given), the names of the taxonomy's data categories and the
// date safeguards are judged at.
func (r *queryResolver) mapSource(ctx context.Context, org string, asOf *time.Time) (*record.Organization, datamap.Names, time.Time, error) {
	client, now := r.client, time.Now()
	var rec *record.Record
	var err error
	if asOf != nil {
		if client, err = r.pastCatalog(ctx, *asOf, false); err != nil {
			return nil, nil, now, err
		}
		now = *asOf
		rec, err = record.Load(ctx, client, record.Options{})
	} else {
		rec, err = r.records.Get(ctx)
	}
	if err != nil {
		return nil, nil, now, err
	}
	o, err := rec.OrganizationRef(org)
	if err == nil && o == nil {
		err = invalid.Field("organization", "name an organization by its key")
	}
	if err != nil {
		return nil, nil, now, invalid.Field("organization", "%v", err)
	}
	cats, err := client.DataCategory.Query().Select(datacategory.FieldKey, datacategory.FieldName).All(ctx)
	if err != nil {
		return nil, nil, now, err
	}
	names := make(map[string]string, len(cats))
	for _, c := range cats {
		names[c.Key] = c.Name
	}
	return o, func(key string) string { return names[key] }, now, nil
}

// activities are the catalog's activities of record activities.
func activities(as []*record.Activity) []*ent.ProcessingActivity {
	out := make([]*ent.ProcessingActivity, len(as))
	for i, a := range as {
		out[i] = a.ProcessingActivity
	}
	return out
}
