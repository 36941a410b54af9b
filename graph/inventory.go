package graph

import (
	"context"
	"errors"
	"time"

	"entgo.io/contrib/entgql"

	"github.com/ropacatalog/ropa/internal/invalid"
	"github.com/ropacatalog/ropa/internal/inventory"
	"github.com/ropacatalog/ropa/internal/record"
)

// inventorySource loads the source of an organization's inventories from
// the effective record.
func (r *Resolver) inventorySource(ctx context.Context, org string) (*inventory.Source, error) {
	rec, err := r.records.Get(ctx)
	if err != nil {
		return nil, err
	}
	src, err := inventory.Load(ctx, r.client, rec, org)
	var unknown *record.UnknownOrganizationError
	if errors.As(err, &unknown) {
		return nil, &invalid.Error{Field: "organization", Reason: unknown.Error()}
	}
	return src, err
}

func (o *InventoryOrder) toInventory() inventory.Order {
	if o == nil {
		return inventory.Order{}
	}
	return inventory.Order{Field: o.Field, Desc: o.Direction == entgql.OrderDirectionDesc}
}

// page pages a table: first (default 25) rows after the cursor.
func page[R any](t *inventory.Table[R], first *int, after *string) (*inventory.Page[R], []*InventoryColumn, *InventoryPageInfo, error) {
	n := 25
	if first != nil {
		n = *first
	}
	p, err := inventory.Paginate(t, n, deref(after))
	if err != nil {
		return nil, nil, nil, err
	}
	cols := make([]*InventoryColumn, len(t.Columns))
	for i, c := range t.Columns {
		cols[i] = &InventoryColumn{Key: c.Key, Header: c.Header, Sortable: c.Sortable}
	}
	info := &InventoryPageInfo{HasNextPage: p.HasNextPage, HasPreviousPage: p.HasPreviousPage}
	if p.StartCursor != "" {
		info.StartCursor, info.EndCursor = &p.StartCursor, &p.EndCursor
	}
	return p, cols, info, nil
}

func str(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

func flag(p *bool) bool { return p != nil && *p }

func (f *TransferInventoryFilter) toInventory() inventory.Filter {
	if f == nil {
		return inventory.Filter{}
	}
	return inventory.Filter{InvalidOnly: flag(f.InvalidOnly), Country: str(f.Country), Safeguard: str(f.Safeguard), Search: str(f.Search)}
}

func (f *RecipientInventoryFilter) toInventory() inventory.Filter {
	if f == nil {
		return inventory.Filter{}
	}
	return inventory.Filter{Role: str(f.Role), Country: str(f.Country), Category: str(f.Category), Search: str(f.Search)}
}

func (f *CategoryInventoryFilter) toInventory() inventory.Filter {
	if f == nil {
		return inventory.Filter{}
	}
	return inventory.Filter{SpecialOnly: flag(f.SpecialOnly), Category: str(f.Category), Search: str(f.Search)}
}

func (f *FieldInventoryFilter) toInventory() inventory.Filter {
	if f == nil {
		return inventory.Filter{}
	}
	return inventory.Filter{System: str(f.System), Category: str(f.Category), Search: str(f.Search)}
}

func transferRow(r *inventory.TransferRow) *TransferInventoryRow {
	out := &TransferInventoryRow{Transfer: r.Transfer, Destination: r.Destination(), Recipient: r.Recipient,
		Activities: r.Activities(), Safeguard: r.Safeguard, Valid: r.Valid(), InvalidSince: r.InvalidSince,
		Validity: r.Validity(), Evidence: nonNil(r.Evidence)}
	if r.Transfer.Country != "" {
		c := r.Transfer.Country
		out.Country = &c
	}
	return out
}

func recipientRow(r *inventory.RecipientRow) *RecipientInventoryRow {
	return &RecipientInventoryRow{Recipient: r.Recipient, Categories: nonNil(r.Categories), Activities: r.Activities(),
		Purposes: nonNil(r.Purposes), LegalBases: nonNil(r.Bases), Countries: nonNil(r.Countries),
		Safeguards: nonNil(r.Safeguards), Evidence: nonNil(r.Evidence)}
}

func categoryRow(r *inventory.CategoryRow) *CategoryInventoryRow {
	return &CategoryInventoryRow{Category: r.Category, Activities: r.Activities(), Recipients: nonNil(r.Receivers)}
}

func fieldRow(r *inventory.FieldRow) *FieldInventoryRow {
	return &FieldInventoryRow{System: r.System, Dataset: r.Dataset, Field: r.Field, Category: r.Category, Recipients: nonNil(r.Receivers)}
}

// nonNil turns a nil list into an empty one (the schema's lists are non-null).
func nonNil[T any](xs []T) []T {
	if xs == nil {
		return []T{}
	}
	return xs
}

func mapRows[R, G any](rows []R, f func(R) G) []G {
	out := make([]G, len(rows))
	for i, r := range rows {
		out[i] = f(r)
	}
	return out
}

// asOfDate is the date transfer validity is judged on.
func asOfDate(asOf *time.Time) time.Time {
	if asOf == nil {
		return time.Now()
	}
	return *asOf
}
