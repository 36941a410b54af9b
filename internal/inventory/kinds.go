package inventory

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/ropacatalog/ropa/ent"
	"github.com/ropacatalog/ropa/ent/recipient"
	"github.com/ropacatalog/ropa/ent/transfer"
	"github.com/ropacatalog/ropa/internal/invalid"
	"github.com/ropacatalog/ropa/internal/iso"
	"github.com/ropacatalog/ropa/internal/lineage"
	"github.com/ropacatalog/ropa/internal/record"
	"github.com/ropacatalog/ropa/internal/review"
	"github.com/ropacatalog/ropa/internal/safeguard"
)

// Source is what the inventories of one organization are built from: its
// effective record, and what the record does not hold.
type Source struct {
	Org *record.Organization
	// Recipients are all the organization's visible recipients, those no
	// activity discloses to as well (a vendor from a sub-processor list),
	// by name.
	Recipients []*ent.Recipient
	// Evidence holds the sentences stating each transfer, by transfer ID.
	Evidence map[int][]*ent.Evidence
	// Systems, with their datasets and fields, for the fields inventory
	// (LoadStructure); RecipientsOf answers who receives a field path.
	Systems      []*ent.System
	RecipientsOf func(path string) ([]lineage.Result, error)
}

// Load reads the source of org's inventories: the organization of rec that
// ref names (key, name or ID), its recipients and its transfers' evidence.
func Load(ctx context.Context, c *ent.Client, rec *record.Record, ref string) (*Source, error) {
	o, err := rec.OrganizationRef(ref)
	if err != nil {
		return nil, err
	}
	if o == nil {
		return nil, invalid.Field("organization", "empty: name an organization by key, name or ID")
	}
	if rec.Options.IncludeRejected {
		ctx = review.WithRejected(ctx)
	}
	s := &Source{Org: o, Evidence: map[int][]*ent.Evidence{}}
	recs, err := c.Recipient.Query().Where(recipient.OrganizationID(o.ID)).Order(ent.Asc(recipient.FieldID)).All(ctx)
	if err != nil {
		return nil, fmt.Errorf("loading the recipients of %s: %w", o.Key, err)
	}
	for _, r := range recs {
		if rec.Options.Visible(r.ReviewStatus) {
			s.Recipients = append(s.Recipients, r)
		}
	}
	slices.SortStableFunc(s.Recipients, func(a, b *ent.Recipient) int { return strings.Compare(a.Name, b.Name) })
	ts, err := c.Transfer.Query().Where(transfer.OrganizationID(o.ID)).Select(transfer.FieldID).
		WithEvidence(func(q *ent.EvidenceQuery) { q.WithDocument() }).All(ctx)
	if err != nil {
		return nil, fmt.Errorf("loading the evidence of %s's transfers: %w", o.Key, err)
	}
	for _, t := range ts {
		ev := t.Edges.Evidence
		slices.SortFunc(ev, func(a, b *ent.Evidence) int { return a.ID - b.ID })
		s.Evidence[t.ID] = ev
	}
	return s, nil
}

// recipient returns the organization's recipient with the ID, or nil.
func (s *Source) recipient(id int) *ent.Recipient {
	for _, r := range s.Recipients {
		if r.ID == id {
			return r
		}
	}
	return nil
}

// ---------------------------------------------------------------- transfers

// TransferRow is one transfer of the record: where to, to whom, for which
// activities, under which safeguard, and whether that safeguard can be
// relied on on the date asked.
type TransferRow struct {
	Transfer  *ent.Transfer
	Recipient *ent.Recipient // nil: the transfer names none (it applies to every recipient of its activities)
	Acts      []*record.Activity
	Safeguard *ent.TransferSafeguard // nil: none stated
	// InvalidSince is the safeguard's ValidUntil when that is on or before
	// the date asked; nil while valid.
	InvalidSince *time.Time
	Evidence     []*ent.Evidence
}

// Activities are the activities the transfer applies to, by scope.
func (r *TransferRow) Activities() []*ent.ProcessingActivity { return nodes(r.Acts) }

// Valid reports whether the safeguard can be relied on on the date asked.
func (r *TransferRow) Valid() bool { return r.InvalidSince == nil }

// Destination is the country's name, or "worldwide" or "not stated".
func (r *TransferRow) Destination() string {
	switch {
	case r.Transfer.Country != "":
		return iso.CountryName(r.Transfer.Country)
	case r.Transfer.Scope == transfer.ScopeWorldwide:
		return "worldwide"
	}
	return "not stated"
}

// Validity is the validity cell: "valid", or "invalid since DATE (BY)".
func (r *TransferRow) Validity() string {
	if r.InvalidSince == nil {
		if r.Safeguard == nil {
			return "no safeguard stated"
		}
		return "valid"
	}
	s := "invalid since " + r.InvalidSince.Format(time.DateOnly)
	if r.Safeguard.InvalidatedBy != "" {
		s += " (" + r.Safeguard.InvalidatedBy + ")"
	}
	return s
}

var transferCols = []col[*TransferRow]{
	{Column{"country", "Country", true}, func(r *TransferRow) string {
		if r.Transfer.Country != "" {
			return r.Destination() + " (" + r.Transfer.Country + ")"
		}
		return r.Destination()
	}, nil},
	{Column{"recipient", "Recipient", true}, func(r *TransferRow) string {
		if r.Recipient == nil {
			return "any recipient of the activities"
		}
		return r.Recipient.Name
	}, nil},
	{Column{"activity", "Processing activities", true}, func(r *TransferRow) string {
		return join(names(r.Acts, func(a *record.Activity) string { return a.Name }))
	}, nil},
	{Column{"safeguard", "Safeguard", true}, func(r *TransferRow) string {
		if r.Safeguard == nil {
			return "none stated"
		}
		return r.Safeguard.Name
	}, nil},
	{Column{"validity", "Validity", true}, (*TransferRow).Validity, func(a, b *TransferRow) int {
		// Invalid first, the longest invalid first, then valid.
		switch {
		case a.InvalidSince != nil && b.InvalidSince != nil:
			return a.InvalidSince.Compare(*b.InvalidSince)
		case a.InvalidSince != nil:
			return -1
		case b.InvalidSince != nil:
			return 1
		}
		return cmp.Compare(a.Validity(), b.Validity())
	}},
	{Column{"review", "Review status", false}, func(r *TransferRow) string { return strings.ToLower(string(r.Transfer.ReviewStatus)) }, nil},
	{Column{"evidence", "Evidence", false}, func(r *TransferRow) string {
		return quoteAll(names(r.Evidence, func(e *ent.Evidence) string { return e.Quote }))
	}, nil},
}

// TransferTable is the transfers inventory: every transfer of the record,
// with its validity on date. Filters: invalidOnly, country, safeguard,
// search (recipient, activity, country or safeguard name).
func (s *Source) TransferTable(f Filter, o Order, date time.Time) (*Table[*TransferRow], error) {
	if err := unused(Transfers, f, "search", "country", "safeguard", "invalidOnly"); err != nil {
		return nil, err
	}
	var rows []*TransferRow
	for _, t := range s.Org.Transfers {
		r := &TransferRow{Transfer: t, Safeguard: t.Edges.Safeguard, Evidence: s.Evidence[t.ID]}
		if t.RecipientID != 0 {
			r.Recipient = s.recipient(t.RecipientID)
		}
		for _, a := range s.Org.Activities {
			if slices.Contains(a.Transfers, t) {
				r.Acts = append(r.Acts, a)
			}
		}
		r.InvalidSince = safeguard.InvalidSince(r.Safeguard, date)
		rows = append(rows, r)
	}
	keep := func(r *TransferRow) bool {
		if f.InvalidOnly && r.InvalidSince == nil {
			return false
		}
		if f.Country != "" && !strings.EqualFold(r.Transfer.Country, f.Country) {
			return false
		}
		if f.Safeguard != "" && (r.Safeguard == nil || r.Safeguard.Key != f.Safeguard) {
			return false
		}
		if f.Search != "" {
			for _, c := range transferCols[:4] {
				if contains(c.text(r), f.Search) {
					return true
				}
			}
			return false
		}
		return true
	}
	return table(Transfers, transferCols, rows, keep, o)
}

// --------------------------------------------------------------- recipients

// RecipientRow is a recipient or vendor with what it receives, why, where
// and under which safeguard, gathered from every disclosure to it.
type RecipientRow struct {
	Recipient  *ent.Recipient
	Categories []*ent.DataCategory // as declared; a disclosure declaring none gives its activity's
	Acts       []*record.Activity
	Purposes   []*ent.Purpose    // the disclosures', else their activities'
	Bases      []*ent.LegalBasis // of the purposes the disclosures serve (Art 6 and Art 9)
	Countries  []string          // ISO codes: the transfers reaching it, by code
	Safeguards []*ent.TransferSafeguard
	Evidence   []*ent.Evidence // sentences stating the disclosures
}

// Activities are the activities disclosing to the recipient.
func (r *RecipientRow) Activities() []*ent.ProcessingActivity { return nodes(r.Acts) }

var recipientCols = []col[*RecipientRow]{
	{Column{"name", "Recipient", true}, func(r *RecipientRow) string { return r.Recipient.Name }, nil},
	{Column{"role", "Role", true}, func(r *RecipientRow) string { return strings.ReplaceAll(string(r.Recipient.Kind), "_", " ") }, nil},
	{Column{"established", "Established in", true}, func(r *RecipientRow) string {
		if r.Recipient.Country == "" {
			return ""
		}
		return iso.CountryName(r.Recipient.Country)
	}, nil},
	{Column{"categories", "Data categories received", false}, func(r *RecipientRow) string {
		return join(names(r.Categories, func(c *ent.DataCategory) string { return c.Name }))
	}, nil},
	{Column{"activities", "Processing activities", true}, func(r *RecipientRow) string {
		return join(names(r.Acts, func(a *record.Activity) string { return a.Name }))
	}, func(a, b *RecipientRow) int { return cmp.Compare(len(a.Acts), len(b.Acts)) }},
	{Column{"purposes", "Purposes", false}, func(r *RecipientRow) string {
		return join(names(r.Purposes, func(p *ent.Purpose) string { return p.Name }))
	}, nil},
	{Column{"bases", "Legal bases", false}, func(r *RecipientRow) string {
		return join(names(r.Bases, func(b *ent.LegalBasis) string { return b.Reference }))
	}, nil},
	{Column{"countries", "Transferred to", true}, func(r *RecipientRow) string {
		return join(names(r.Countries, iso.CountryName))
	}, nil},
	{Column{"safeguards", "Safeguards", false}, func(r *RecipientRow) string {
		return join(names(r.Safeguards, func(s *ent.TransferSafeguard) string { return s.Name }))
	}, nil},
	{Column{"evidence", "Evidence", false}, func(r *RecipientRow) string {
		return quoteAll(names(r.Evidence, func(e *ent.Evidence) string { return e.Quote }))
	}, nil},
}

// RecipientTable is the recipients and vendors inventory, by name.
// Filters: search (name), role (kind), country (established in or
// transferred to), category.
func (s *Source) RecipientTable(f Filter, o Order) (*Table[*RecipientRow], error) {
	if err := unused(Recipients, f, "search", "role", "country", "category"); err != nil {
		return nil, err
	}
	byID := map[int]*RecipientRow{}
	var rows []*RecipientRow
	for _, r := range s.Recipients {
		row := &RecipientRow{Recipient: r}
		byID[r.ID] = row
		rows = append(rows, row)
	}
	for _, a := range s.Org.Activities {
		for _, d := range a.Edges.Disclosures {
			row := byID[d.RecipientID]
			if row == nil {
				continue
			}
			cats := d.Edges.DataCategories
			if len(cats) == 0 {
				cats = a.Edges.DataCategories
			}
			for _, c := range cats {
				row.Categories = addByID(row.Categories, c, func(x *ent.DataCategory) int { return x.ID })
			}
			row.Acts = addByID(row.Acts, a, func(x *record.Activity) int { return x.ID })
			aps, _ := a.BasesFor(d)
			ps := d.Edges.Purposes
			if len(ps) == 0 {
				for _, ap := range a.Edges.Purposes {
					if ap.Edges.Purpose != nil {
						ps = append(ps, ap.Edges.Purpose)
					}
				}
			}
			for _, p := range ps {
				row.Purposes = addByID(row.Purposes, p, func(x *ent.Purpose) int { return x.ID })
			}
			for _, ap := range aps {
				for _, b := range []*ent.LegalBasis{ap.Edges.LegalBasis, ap.Edges.SpecialCondition} {
					if b != nil {
						row.Bases = addByID(row.Bases, b, func(x *ent.LegalBasis) int { return x.ID })
					}
				}
			}
			for _, t := range a.TransfersTo(d.RecipientID) {
				if t.Country != "" && !slices.Contains(row.Countries, t.Country) {
					row.Countries = append(row.Countries, t.Country)
				}
				if sg := t.Edges.Safeguard; sg != nil {
					row.Safeguards = addByID(row.Safeguards, sg, func(x *ent.TransferSafeguard) int { return x.ID })
				}
			}
			for _, e := range d.Edges.Evidence {
				row.Evidence = addByID(row.Evidence, e, func(x *ent.Evidence) int { return x.ID })
			}
		}
	}
	for _, r := range rows {
		slices.SortFunc(r.Categories, func(a, b *ent.DataCategory) int { return strings.Compare(a.Key, b.Key) })
		slices.Sort(r.Countries)
	}
	keep := func(r *RecipientRow) bool {
		if f.Search != "" && !contains(r.Recipient.Name, f.Search) {
			return false
		}
		if f.Role != "" && string(r.Recipient.Kind) != f.Role {
			return false
		}
		if f.Country != "" && !strings.EqualFold(r.Recipient.Country, f.Country) &&
			!slices.ContainsFunc(r.Countries, func(c string) bool { return strings.EqualFold(c, f.Country) }) {
			return false
		}
		if f.Category != "" && !slices.ContainsFunc(r.Categories, func(c *ent.DataCategory) bool { return related(c.Key, f.Category) }) {
			return false
		}
		return true
	}
	return table(Recipients, recipientCols, rows, keep, o)
}

// --------------------------------------------------------------- categories

// CategoryRow is a data category of the record with the activities that
// collect it and the recipients that receive it.
type CategoryRow struct {
	Category  *ent.DataCategory
	Acts      []*record.Activity
	Receivers []*ent.Recipient // by name
}

// Activities are the activities processing the category.
func (r *CategoryRow) Activities() []*ent.ProcessingActivity { return nodes(r.Acts) }

var categoryCols = []col[*CategoryRow]{
	{Column{"name", "Data category", true}, func(r *CategoryRow) string { return r.Category.Name }, nil},
	{Column{"key", "Key", true}, func(r *CategoryRow) string { return r.Category.Key }, nil},
	{Column{"special", "Special category", true}, func(r *CategoryRow) string {
		switch {
		case r.Category.SpecialCategory:
			return "Art 9"
		case r.Category.CriminalOffence:
			return "Art 10"
		}
		return ""
	}, nil},
	{Column{"activities", "Collected by (activities)", true}, func(r *CategoryRow) string {
		return join(names(r.Acts, func(a *record.Activity) string { return a.Name }))
	}, func(a, b *CategoryRow) int { return cmp.Compare(len(a.Acts), len(b.Acts)) }},
	{Column{"recipients", "Received by (recipients)", true}, func(r *CategoryRow) string {
		return join(names(r.Receivers, func(x *ent.Recipient) string { return x.Name }))
	}, func(a, b *CategoryRow) int { return cmp.Compare(len(a.Receivers), len(b.Receivers)) }},
}

// CategoryTable is the data categories inventory, by key: each category an
// activity processes or a disclosure declares. Filters: search (name or
// key), specialOnly, category (the key and the keys above and below it).
func (s *Source) CategoryTable(f Filter, o Order) (*Table[*CategoryRow], error) {
	if err := unused(Categories, f, "search", "specialOnly", "category"); err != nil {
		return nil, err
	}
	byID := map[int]*CategoryRow{}
	row := func(c *ent.DataCategory) *CategoryRow {
		r := byID[c.ID]
		if r == nil {
			r = &CategoryRow{Category: c}
			byID[c.ID] = r
		}
		return r
	}
	for _, a := range s.Org.Activities {
		for _, c := range a.Edges.DataCategories {
			r := row(c)
			r.Acts = addByID(r.Acts, a, func(x *record.Activity) int { return x.ID })
		}
		for _, d := range a.Edges.Disclosures {
			cats := d.Edges.DataCategories
			if len(cats) == 0 {
				cats = a.Edges.DataCategories
			}
			for _, c := range cats {
				r := row(c)
				if d.Edges.Recipient != nil {
					r.Receivers = addByID(r.Receivers, d.Edges.Recipient, func(x *ent.Recipient) int { return x.ID })
				}
			}
		}
	}
	rows := make([]*CategoryRow, 0, len(byID))
	for _, r := range byID {
		slices.SortFunc(r.Receivers, func(a, b *ent.Recipient) int { return strings.Compare(a.Name, b.Name) })
		rows = append(rows, r)
	}
	slices.SortFunc(rows, func(a, b *CategoryRow) int { return strings.Compare(a.Category.Key, b.Category.Key) })
	keep := func(r *CategoryRow) bool {
		if f.Search != "" && !contains(r.Category.Name, f.Search) && !contains(r.Category.Key, f.Search) {
			return false
		}
		if f.SpecialOnly && !r.Category.SpecialCategory && !r.Category.CriminalOffence {
			return false
		}
		if f.Category != "" && !related(r.Category.Key, f.Category) {
			return false
		}
		return true
	}
	return table(Categories, categoryCols, rows, keep, o)
}

// ------------------------------------------------------------------- fields

// FieldRow is a field of a dataset of a system, with its category and the
// recipients that receive it (lineage: exact, broader or narrower).
type FieldRow struct {
	System    *ent.System
	Dataset   *ent.Dataset
	Field     *ent.DataField
	Category  *ent.DataCategory
	Receivers []*ent.Recipient // by name; see FillReceivers
	filled    bool
}

var fieldCols = []col[*FieldRow]{
	{Column{"system", "System", true}, func(r *FieldRow) string { return r.System.Name }, nil},
	{Column{"dataset", "Dataset", true}, func(r *FieldRow) string { return r.Dataset.Name }, nil},
	{Column{"path", "Field path", true}, func(r *FieldRow) string { return r.Field.Path }, nil},
	{Column{"field", "Field", true}, func(r *FieldRow) string { return r.Field.Name }, nil},
	{Column{"category", "Data category", true}, func(r *FieldRow) string {
		if r.Category == nil {
			return ""
		}
		return r.Category.Name + " (" + r.Category.Key + ")"
	}, nil},
	{Column{"recipients", "Received by", true}, func(r *FieldRow) string {
		return join(names(r.Receivers, func(x *ent.Recipient) string { return x.Name }))
	}, func(a, b *FieldRow) int { return cmp.Compare(len(a.Receivers), len(b.Receivers)) }},
}

// FieldTable is the systems and datasets inventory: one row per field, by
// system, dataset and field key. It needs Systems and RecipientsOf; the
// rows' Receivers are filled by FillReceivers.
// Filters: search (path or name), system (key), category.
func (s *Source) FieldTable(f Filter, o Order) (*Table[*FieldRow], error) {
	if err := unused(Fields, f, "search", "system", "category"); err != nil {
		return nil, err
	}
	var rows []*FieldRow
	for _, sys := range s.Systems {
		if f.System != "" && sys.Key != f.System {
			continue
		}
		for _, ds := range sys.Edges.Datasets {
			for _, fl := range ds.Edges.Fields {
				r := &FieldRow{System: sys, Dataset: ds, Field: fl, Category: fl.Edges.DataCategory}
				if f.Search != "" && !contains(fl.Path, f.Search) && !contains(fl.Name, f.Search) {
					continue
				}
				if f.Category != "" && (r.Category == nil || !related(r.Category.Key, f.Category)) {
					continue
				}
				rows = append(rows, r)
			}
		}
	}
	if strings.EqualFold(o.Field, "recipients") {
		if err := s.FillReceivers(rows); err != nil {
			return nil, err
		}
	}
	return table(Fields, fieldCols, rows, func(*FieldRow) bool { return true }, o)
}

// FillReceivers sets who receives each field (RecipientsOf its path), once
// per row: FieldTable leaves it to the rows shown or exported, unless it
// sorts by it.
func (s *Source) FillReceivers(rows []*FieldRow) error {
	for _, r := range rows {
		if r.filled || r.Field.Path == "" || s.RecipientsOf == nil {
			continue
		}
		res, err := s.RecipientsOf(r.Field.Path)
		if err != nil {
			return err
		}
		for _, x := range res {
			r.Receivers = addByID(r.Receivers, x.Recipient, func(x *ent.Recipient) int { return x.ID })
		}
		slices.SortFunc(r.Receivers, func(a, b *ent.Recipient) int { return strings.Compare(a.Name, b.Name) })
		r.filled = true
	}
	return nil
}

// --------------------------------------------------------------- activities

var activityCols = []col[*record.Activity]{
	{Column{"NAME", "Processing activity", true}, func(a *record.Activity) string { return a.Name }, func(a, b *record.Activity) int {
		return cmp.Or(strings.Compare(a.Name, b.Name), a.ID-b.ID)
	}},
	{Column{"BUSINESS_FUNCTION", "Business function", true}, func(a *record.Activity) string { return a.BusinessFunction }, func(a, b *record.Activity) int {
		return cmp.Or(strings.Compare(a.BusinessFunction, b.BusinessFunction), a.ID-b.ID)
	}},
	{Column{"ROLE", "Role", true}, func(a *record.Activity) string { return string(a.Role) }, func(a, b *record.Activity) int {
		return cmp.Or(strings.Compare(string(a.Role), string(b.Role)), a.ID-b.ID)
	}},
	{Column{"purposes", "Purposes and legal bases", false}, func(a *record.Activity) string {
		return join(names(a.Edges.Purposes, func(p *ent.ActivityPurpose) string {
			s := "?"
			if p.Edges.Purpose != nil {
				s = p.Edges.Purpose.Name
			}
			if p.Edges.LegalBasis != nil {
				s += ": " + p.Edges.LegalBasis.Reference
			} else {
				s += ": not stated"
			}
			if p.Edges.SpecialCondition != nil {
				s += "; " + p.Edges.SpecialCondition.Reference
			}
			return s
		}))
	}, nil},
	{Column{"subjects", "Data subjects", false}, func(a *record.Activity) string {
		return join(names(a.Edges.DataSubjects, func(s *ent.DataSubjectCategory) string { return s.Name }))
	}, nil},
	{Column{"categories", "Data categories", false}, func(a *record.Activity) string {
		return join(names(a.Edges.DataCategories, func(c *ent.DataCategory) string { return c.Name }))
	}, nil},
	{Column{"recipients", "Recipients", false}, func(a *record.Activity) string {
		var rs []*ent.Recipient
		for _, d := range a.Edges.Disclosures {
			rs = addByID(rs, d.Edges.Recipient, func(x *ent.Recipient) int { return x.ID })
		}
		return join(names(rs, func(r *ent.Recipient) string { return r.Name }))
	}, nil},
	{Column{"transfers", "Transfers and safeguards", false}, func(a *record.Activity) string {
		return join(names(a.Transfers, func(t *ent.Transfer) string {
			r := &TransferRow{Transfer: t, Safeguard: t.Edges.Safeguard}
			if r.Safeguard == nil {
				return r.Destination() + ": no safeguard stated"
			}
			return r.Destination() + ": " + r.Safeguard.Name
		}))
	}, nil},
	{Column{"retention", "Retention", false}, func(a *record.Activity) string {
		return join(names(a.Retention, func(r *ent.RetentionRule) string { return cmp.Or(r.Duration, r.Criterion) }))
	}, nil},
	{Column{"security", "Security measures", false}, func(a *record.Activity) string {
		return join(names(a.Security, func(s *ent.SecurityPractice) string {
			if s.Edges.Measure != nil {
				return s.Edges.Measure.Name
			}
			return s.Description
		}))
	}, nil},
	{Column{"REVIEW_STATUS", "Review status", true}, func(a *record.Activity) string { return string(a.ReviewStatus) }, func(a, b *record.Activity) int {
		return cmp.Or(strings.Compare(string(a.ReviewStatus), string(b.ReviewStatus)), a.ID-b.ID)
	}},
}

// ActivityTable is the record of processing as the record view lists it:
// by name. Filters: search (name, description, business function or a
// purpose's name), role, review.
func (s *Source) ActivityTable(f Filter, o Order) (*Table[*record.Activity], error) {
	if err := unused(Activities, f, "search", "role", "review"); err != nil {
		return nil, err
	}
	keep := func(a *record.Activity) bool {
		if q := strings.TrimSpace(f.Search); q != "" && !contains(a.Name, q) && !contains(a.Description, q) && !contains(a.BusinessFunction, q) &&
			!slices.ContainsFunc(a.Edges.Purposes, func(p *ent.ActivityPurpose) bool { return p.Edges.Purpose != nil && contains(p.Edges.Purpose.Name, q) }) {
			return false
		}
		if f.Role != "" && string(a.Role) != f.Role {
			return false
		}
		if f.Review != "" && !strings.EqualFold(string(a.ReviewStatus), f.Review) {
			return false
		}
		return true
	}
	if o.Field == "" {
		o.Field = "NAME"
	}
	return table(Activities, activityCols, s.Org.Activities, keep, o)
}

// Build returns the table of an inventory kind, for the exports.
func (s *Source) Build(kind Kind, f Filter, o Order, date time.Time) (Tabular, error) {
	switch kind {
	case Transfers:
		return s.TransferTable(f, o, date)
	case Recipients:
		return s.RecipientTable(f, o)
	case Categories:
		return s.CategoryTable(f, o)
	case Fields:
		t, err := s.FieldTable(f, o)
		if err == nil {
			err = s.FillReceivers(t.Rows)
		}
		return t, err
	case Activities:
		return s.ActivityTable(f, o)
	}
	return nil, invalid.Field("kind", "%q is not an inventory", kind)
}

func nodes(as []*record.Activity) []*ent.ProcessingActivity {
	out := make([]*ent.ProcessingActivity, len(as))
	for i, a := range as {
		out[i] = a.ProcessingActivity
	}
	return out
}

// addByID appends x unless an element with its ID is there already.
func addByID[T any](xs []T, x T, id func(T) int) []T {
	for _, y := range xs {
		if id(y) == id(x) {
			return xs
		}
	}
	return append(xs, x)
}
