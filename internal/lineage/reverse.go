package lineage

import (
	"context"
	"fmt"
	"sort"

	"github.com/ropacatalog/ropa/ent"
	"github.com/ropacatalog/ropa/ent/datacategory"
	"github.com/ropacatalog/ropa/ent/datafield"
	"github.com/ropacatalog/ropa/ent/dataset"
	"github.com/ropacatalog/ropa/ent/predicate"
	"github.com/ropacatalog/ropa/ent/system"
	"github.com/ropacatalog/ropa/internal/record"
)

// CategoriesReceivedBy returns the data categories disclosed to a
// recipient in the effective record, as declared (a disclosure that names
// none contributes its activity's categories), sorted by key.
func CategoriesReceivedBy(rec *record.Record, recipientID int) []*ent.DataCategory {
	seen := map[int]*ent.DataCategory{}
	for _, a := range rec.Activities() {
		for _, d := range a.Edges.Disclosures {
			if d.RecipientID != recipientID {
				continue
			}
			cats := d.Edges.DataCategories
			if len(cats) == 0 {
				cats = a.Edges.DataCategories
			}
			for _, cat := range cats {
				seen[cat.ID] = cat
			}
		}
	}
	out := make([]*ent.DataCategory, 0, len(seen))
	for _, cat := range seen {
		out = append(out, cat)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Key < out[j].Key })
	return out
}

// FieldsReceivedBy returns the fields of the recipient's organization whose
// category the recipient receives: the declared categories and the ones
// below them (a recipient of contact information receives the email field).
func FieldsReceivedBy(ctx context.Context, c *ent.Client, r *record.Record, recipientID int) ([]*ent.DataField, error) {
	rec, err := c.Recipient.Get(ctx, recipientID)
	if err != nil {
		return nil, fmt.Errorf("recipient %d: %w", recipientID, err)
	}
	cats := CategoriesReceivedBy(r, recipientID)
	if len(cats) == 0 {
		return nil, nil
	}
	var preds []predicate.DataCategory
	var keys []string
	for _, cat := range cats {
		keys = append(keys, cat.Key)
		preds = append(preds, datacategory.KeyHasPrefix(cat.Key+"."))
	}
	preds = append(preds, datacategory.KeyIn(keys...))
	return c.DataField.Query().
		Where(
			datafield.HasDataCategoryWith(datacategory.Or(preds...)),
			datafield.HasDatasetWith(dataset.HasSystemWith(system.OrganizationID(rec.OrganizationID))),
		).
		WithDataCategory().
		Order(ent.Asc(datafield.FieldPath)).
		All(ctx)
}
