package record

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/ropacatalog/ropa/ent"
	"github.com/ropacatalog/ropa/ent/datafield"
	"github.com/ropacatalog/ropa/ent/dataset"
	"github.com/ropacatalog/ropa/ent/system"
)

// loadStructure reads the systems, datasets and fields of the record's
// organizations, keeping those visible under the record's options.
func (r *Record) loadStructure(ctx context.Context, c *ent.Client) error {
	q := c.System.Query().Order(ent.Asc(system.FieldID)).
		WithDatasets(func(q *ent.DatasetQuery) {
			q.Order(ent.Asc(dataset.FieldID)).WithFields(func(q *ent.DataFieldQuery) {
				q.Order(ent.Asc(datafield.FieldID)).WithDataCategory()
			})
		})
	if r.Options.Org != nil {
		q.Where(system.OrganizationID(*r.Options.Org))
	}
	systems, err := pages(ctx, "systems", func(after int) ([]*ent.System, error) {
		return q.Clone().Where(system.IDGT(after)).Limit(Chunk).All(ctx)
	}, func(x *ent.System) int { return x.ID })
	if err != nil {
		return fmt.Errorf("loading the systems: %w", err)
	}
	opts := r.Options
	for _, s := range systems {
		o := r.orgs[s.OrganizationID]
		if o == nil || !opts.Visible(s.ReviewStatus) {
			continue
		}
		s.Edges.Datasets = slices.DeleteFunc(s.Edges.Datasets, func(d *ent.Dataset) bool { return !opts.Visible(d.ReviewStatus) })
		for _, d := range s.Edges.Datasets {
			d.Edges.Fields = slices.DeleteFunc(d.Edges.Fields, func(f *ent.DataField) bool { return !opts.Visible(f.ReviewStatus) })
			slices.SortFunc(d.Edges.Fields, func(a, b *ent.DataField) int { return strings.Compare(a.Key, b.Key) })
		}
		slices.SortFunc(s.Edges.Datasets, func(a, b *ent.Dataset) int { return strings.Compare(a.Key, b.Key) })
		o.Systems = append(o.Systems, s)
	}
	for _, o := range r.Organizations {
		slices.SortFunc(o.Systems, func(a, b *ent.System) int { return strings.Compare(a.Key, b.Key) })
	}
	return nil
}
