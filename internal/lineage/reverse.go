package lineage

import (
	"context"
	"fmt"
	"sort"

	"github.com/ropacatalog/ropa/ent"
	"github.com/ropacatalog/ropa/ent/datacategory"
	"github.com/ropacatalog/ropa/ent/datafield"
	"github.com/ropacatalog/ropa/ent/dataset"
	"github.com/ropacatalog/ropa/ent/disclosure"
	"github.com/ropacatalog/ropa/ent/predicate"
	"github.com/ropacatalog/ropa/ent/system"
)

// CategoriesReceivedBy returns the data categories disclosed to a
// recipient, as declared (a disclosure that names none contributes its
// activity's categories), sorted by key.
func CategoriesReceivedBy(ctx context.Context, c *ent.Client, recipientID int) ([]*ent.DataCategory, error) {
	ds, err := c.Disclosure.Query().Where(disclosure.RecipientID(recipientID)).
		WithDataCategories().
		WithActivity(func(a *ent.ProcessingActivityQuery) { a.WithDataCategories() }).
		All(ctx)
	if err != nil {
		return nil, fmt.Errorf("querying disclosures to recipient %d: %w", recipientID, err)
	}
	seen := map[int]*ent.DataCategory{}
	for _, d := range ds {
		cats := d.Edges.DataCategories
		if len(cats) == 0 {
			cats = d.Edges.Activity.Edges.DataCategories
		}
		for _, cat := range cats {
			seen[cat.ID] = cat
		}
	}
	out := make([]*ent.DataCategory, 0, len(seen))
	for _, cat := range seen {
		out = append(out, cat)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Key < out[j].Key })
	return out, nil
}

// FieldsReceivedBy returns the fields of the recipient's organization whose
// category the recipient receives: the declared categories and the ones
// below them (a recipient of contact information receives the email field).
func FieldsReceivedBy(ctx context.Context, c *ent.Client, recipientID int) ([]*ent.DataField, error) {
	rec, err := c.Recipient.Get(ctx, recipientID)
	if err != nil {
		return nil, fmt.Errorf("recipient %d: %w", recipientID, err)
	}
	cats, err := CategoriesReceivedBy(ctx, c, recipientID)
	if err != nil || len(cats) == 0 {
		return nil, err
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
