// Package lineage answers "who receives this field, and why": from a field
// path (system.dataset.field) or a data-category key to every recipient it
// is disclosed to, through which activity, for which purposes, on which
// legal basis, and under which transfer safeguard, with the sentences that
// state it.
//
// Matching follows the category hierarchy. A recipient declared to receive
// the asked category matches exactly; one declared to receive a broader
// category (contact information, when asked for email) is reported too,
// marked broader, because the declaration covers the field; when asked for a
// broad category, recipients of its parts are reported, marked narrower. A
// disclosure that names no categories is taken to cover the categories of
// its activity.
package lineage

import (
	"context"
	"fmt"
	"io"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/agnivade/levenshtein"

	"github.com/ropacatalog/ropa/ent"
	"github.com/ropacatalog/ropa/ent/datacategory"
	"github.com/ropacatalog/ropa/ent/datafield"
	"github.com/ropacatalog/ropa/ent/dataset"
	"github.com/ropacatalog/ropa/ent/disclosure"
	"github.com/ropacatalog/ropa/ent/predicate"
	"github.com/ropacatalog/ropa/ent/processingactivity"
	"github.com/ropacatalog/ropa/ent/system"
	"github.com/ropacatalog/ropa/ent/transfer"
)

// Match says how a recipient's declared category relates to the asked one.
type Match string

const (
	Exact    Match = "EXACT"    // the declared category is the asked one
	Broader  Match = "BROADER"  // the declared category covers the asked one
	Narrower Match = "NARROWER" // the declared category is part of the asked one
)

// MarshalGQL writes the match as a GraphQL enum value.
func (m Match) MarshalGQL(w io.Writer) { io.WriteString(w, strconv.Quote(string(m))) }

// UnmarshalGQL reads a GraphQL enum value.
func (m *Match) UnmarshalGQL(v any) error {
	s, _ := v.(string)
	switch Match(s) {
	case Exact, Broader, Narrower:
		*m = Match(s)
		return nil
	}
	return fmt.Errorf("%q is not a lineage match (EXACT, BROADER, NARROWER)", s)
}

// Result is one recipient of the asked data, with the reasons.
type Result struct {
	Recipient    *ent.Recipient
	Activity     *ent.ProcessingActivity
	Disclosure   *ent.Disclosure
	Category     *ent.DataCategory // the declared category through which it matches
	Match        Match
	Purposes     []*ent.Purpose  // the disclosure's purposes, else the activity's
	LegalBases   []Basis         // the activity's purposes with their bases
	Transfers    []*ent.Transfer // transfers that reach this recipient, with safeguards
	Evidence     []*ent.Evidence // sentences stating the disclosure
	Organization *ent.Organization
}

// Basis is one purpose of the activity with its lawful basis: an
// ActivityPurpose with its edges laid out as plain fields.
type Basis struct {
	ID                 int // the ActivityPurpose's
	Purpose            *ent.Purpose
	LegalBasis         *ent.LegalBasis // Art 6
	SpecialCondition   *ent.LegalBasis // Art 9, for special-category data
	LegitimateInterest *string
	ActivityPurpose    *ent.ActivityPurpose
}

func basesOf(aps []*ent.ActivityPurpose) []Basis {
	out := make([]Basis, 0, len(aps))
	for _, ap := range aps {
		b := Basis{ID: ap.ID, Purpose: ap.Edges.Purpose, LegalBasis: ap.Edges.LegalBasis, SpecialCondition: ap.Edges.SpecialCondition, ActivityPurpose: ap}
		if ap.LegitimateInterest != "" {
			b.LegitimateInterest = &ap.LegitimateInterest
		}
		out = append(out, b)
	}
	return out
}

// Query is what was asked, resolved.
type Query struct {
	Field    *ent.DataField    // when a field path was asked
	Category *ent.DataCategory // the category asked, or the field's
}

// UnknownError reports a field or key that is neither a field path nor a
// data category key, with the closest known ones.
type UnknownError struct {
	Field       string
	Suggestions []string
}

func (e *UnknownError) Error() string {
	msg := fmt.Sprintf("%q is neither a known field path (system.dataset.field) nor a data category key", e.Field)
	if len(e.Suggestions) > 0 {
		msg += "; did you mean " + strings.Join(e.Suggestions, ", ") + "?"
	}
	return msg
}

// Resolve finds the field path or category key asked.
func Resolve(ctx context.Context, c *ent.Client, field string, org *int) (*Query, error) {
	field = strings.TrimSpace(field)
	fq := c.DataField.Query().Where(datafield.Path(field)).WithDataCategory()
	if org != nil {
		fq.Where(datafield.HasDatasetWith(dataset.HasSystemWith(system.OrganizationID(*org))))
	}
	if fs, err := fq.Limit(1).All(ctx); err != nil {
		return nil, err
	} else if len(fs) == 1 {
		return &Query{Field: fs[0], Category: fs[0].Edges.DataCategory}, nil
	}
	cat, err := c.DataCategory.Query().Where(datacategory.Key(field)).Only(ctx)
	if err == nil {
		return &Query{Category: cat}, nil
	}
	if !ent.IsNotFound(err) {
		return nil, err
	}
	return nil, &UnknownError{Field: field, Suggestions: suggest(ctx, c, field, org)}
}

// suggest returns up to five known keys or paths closest to s.
func suggest(ctx context.Context, c *ent.Client, s string, org *int) []string {
	keys, _ := c.DataCategory.Query().Select(datacategory.FieldKey).Strings(ctx)
	pq := c.DataField.Query()
	if org != nil {
		pq.Where(datafield.HasDatasetWith(dataset.HasSystemWith(system.OrganizationID(*org))))
	}
	// Paths of fields whose system matches the first segment keep this
	// cheap on large catalogs.
	if i := strings.Index(s, "."); i > 0 {
		pq.Where(datafield.PathHasPrefix(s[:i] + "."))
	}
	paths, _ := pq.Limit(5000).Select(datafield.FieldPath).Strings(ctx)
	return closest(s, append(keys, paths...))
}

// closest returns up to five candidates nearest to s by edit distance,
// favouring those with the same last segment.
func closest(s string, cands []string) []string {
	type cand struct {
		s string
		d int
	}
	var cs []cand
	for _, k := range cands {
		d := levenshtein.ComputeDistance(s, k)
		if strings.HasSuffix(k, "."+lastSegment(s)) {
			d -= 3 // same leaf name: likely the intended one
		}
		cs = append(cs, cand{k, d})
	}
	sort.Slice(cs, func(i, j int) bool {
		if cs[i].d != cs[j].d {
			return cs[i].d < cs[j].d
		}
		return cs[i].s < cs[j].s
	})
	var out []string
	for i := 0; i < len(cs) && len(out) < 5; i++ {
		out = append(out, cs[i].s)
	}
	return out
}

func lastSegment(s string) string {
	if i := strings.LastIndex(s, "."); i >= 0 {
		return s[i+1:]
	}
	return s
}

// ancestors returns the keys above key: user.contact.email -> user, user.contact.
func ancestors(key string) []string {
	var out []string
	for i := 0; i < len(key); i++ {
		if key[i] == '.' {
			out = append(out, key[:i])
		}
	}
	return out
}

// relation says how declared relates to asked.
func relation(declared, asked string) (Match, bool) {
	switch {
	case declared == asked:
		return Exact, true
	case strings.HasPrefix(asked, declared+"."):
		return Broader, true
	case strings.HasPrefix(declared, asked+"."):
		return Narrower, true
	}
	return "", false
}

// related matches categories equal to, above or below key.
func related(key string) predicate.DataCategory {
	return datacategory.Or(
		datacategory.KeyIn(append(ancestors(key), key)...),
		datacategory.KeyHasPrefix(key+"."),
	)
}

// RecipientsOf lists every recipient of the asked field or category, within
// org when given; a field path is answered within the field's organization. It runs a fixed number of SQL statements, whatever the
// size of the answer.
func RecipientsOf(ctx context.Context, c *ent.Client, field string, org *int) (*Query, []Result, error) {
	q, err := Resolve(ctx, c, field, org)
	if err != nil {
		return nil, nil, err
	}
	asked := q.Category.Key
	if q.Field != nil && org == nil {
		// A field lives in one organization's system: only that
		// organization's disclosures can carry it.
		fieldOrg, err := c.DataField.Query().Where(datafield.ID(q.Field.ID)).
			QueryDataset().QuerySystem().Select(system.FieldOrganizationID).Only(ctx)
		if err != nil {
			return nil, nil, fmt.Errorf("finding the organization of field %s: %w", q.Field.Path, err)
		}
		org = &fieldOrg.OrganizationID
	}
	// Step by step, each an indexed lookup: the related categories, the
	// disclosures declaring one of them, and the disclosures that declare
	// none but belong to an activity processing one of them.
	catIDs, err := c.DataCategory.Query().Where(related(asked)).IDs(ctx)
	if err != nil {
		return nil, nil, err
	}
	declaring := c.Disclosure.Query().Where(disclosure.HasDataCategoriesWith(datacategory.IDIn(catIDs...)))
	actIDs, err := c.ProcessingActivity.Query().
		Where(processingactivity.HasDataCategoriesWith(datacategory.IDIn(catIDs...))).IDs(ctx)
	if err != nil {
		return nil, nil, err
	}
	undeclared := c.Disclosure.Query().Where(disclosure.ActivityIDIn(actIDs...), disclosure.Not(disclosure.HasDataCategories()))
	if org != nil {
		inOrg := disclosure.HasActivityWith(processingactivity.OrganizationID(*org))
		declaring.Where(inOrg)
		undeclared.Where(inOrg)
	}
	ids, err := declaring.IDs(ctx)
	if err != nil {
		return nil, nil, err
	}
	more, err := undeclared.IDs(ctx)
	if err != nil {
		return nil, nil, err
	}
	ds, err := withAnswerEdges(c.Disclosure.Query().Where(disclosure.IDIn(append(ids, more...)...))).All(ctx)
	if err != nil {
		return nil, nil, fmt.Errorf("querying disclosures of %s: %w", asked, err)
	}
	// Organization-wide transfers (no activity, no recipient) reach every
	// recipient of the organization's activities.
	var orgIDs []int
	for _, d := range ds {
		orgIDs = append(orgIDs, d.Edges.Activity.OrganizationID)
	}
	orgWide, err := orgWideTransfers(ctx, c, transfer.OrganizationIDIn(orgIDs...))
	if err != nil {
		return nil, nil, err
	}
	return q, answer(ds, asked, func(d *ent.Disclosure) Result { return describe(d, orgWide) }), nil
}

// withAnswerEdges eager-loads what an answer shows of a disclosure: its
// categories, purposes and evidence, the recipient with its transfers, and
// the activity with its organization, categories, purposes with their
// bases, and transfers.
func withAnswerEdges(dq *ent.DisclosureQuery) *ent.DisclosureQuery {
	return dq.
		WithDataCategories().
		WithPurposes().
		WithEvidence(func(e *ent.EvidenceQuery) {
			e.WithDocument(func(d *ent.PolicyDocumentQuery) { d.Select("id", "title", "url", "file_name") })
		}).
		WithRecipient(func(r *ent.RecipientQuery) {
			r.WithTransfers(func(t *ent.TransferQuery) { t.WithSafeguard() })
		}).
		WithActivity(func(a *ent.ProcessingActivityQuery) {
			a.WithOrganization().
				WithDataCategories().
				WithPurposes(func(p *ent.ActivityPurposeQuery) {
					p.WithPurpose().WithLegalBasis().WithSpecialCondition()
				}).
				WithTransfers(func(t *ent.TransferQuery) { t.WithSafeguard() })
		})
}

// orgWideTransfers returns the transfers that name neither an activity nor
// a recipient, by organization.
func orgWideTransfers(ctx context.Context, c *ent.Client, where ...predicate.Transfer) (map[int][]*ent.Transfer, error) {
	ts, err := c.Transfer.Query().
		Where(append(where, transfer.ActivityIDIsNil(), transfer.RecipientIDIsNil())...).
		WithSafeguard().All(ctx)
	if err != nil {
		return nil, fmt.Errorf("querying organization-wide transfers: %w", err)
	}
	orgWide := map[int][]*ent.Transfer{}
	for _, t := range ts {
		orgWide[t.OrganizationID] = append(orgWide[t.OrganizationID], t)
	}
	return orgWide, nil
}

// describe returns what an answer says of a disclosure (loaded
// withAnswerEdges) whatever was asked: all but the category and match.
func describe(d *ent.Disclosure, orgWide map[int][]*ent.Transfer) Result {
	act := d.Edges.Activity
	r := Result{
		Recipient: d.Edges.Recipient, Activity: act, Disclosure: d,
		Purposes: d.Edges.Purposes, LegalBases: basesOf(act.Edges.Purposes), Evidence: d.Edges.Evidence,
		Organization: act.Edges.Organization,
	}
	if len(r.Purposes) == 0 {
		for _, ap := range act.Edges.Purposes {
			r.Purposes = appendPurpose(r.Purposes, ap.Edges.Purpose)
		}
	}
	r.Transfers = transfersTo(d.Edges.Recipient, act, orgWide[act.OrganizationID])
	return r
}

// answer turns candidate disclosures (loaded withAnswerEdges) into results
// for the asked category key: the ones whose declared categories relate to
// it, sorted by match, recipient, activity and disclosure. describe gives
// the rest of each result.
func answer(ds []*ent.Disclosure, asked string, describe func(*ent.Disclosure) Result) []Result {
	var out []Result
	for _, d := range ds {
		declared := d.Edges.DataCategories
		if len(declared) == 0 {
			declared = d.Edges.Activity.Edges.DataCategories
		}
		cat, match := best(declared, asked)
		if cat == nil {
			continue
		}
		r := describe(d)
		r.Category, r.Match = cat, match
		out = append(out, r)
	}
	slices.SortFunc(out, func(a, b Result) int {
		if c := rank(a.Match) - rank(b.Match); c != 0 {
			return c
		}
		if c := strings.Compare(a.Recipient.Name, b.Recipient.Name); c != 0 {
			return c
		}
		if c := strings.Compare(a.Activity.Name, b.Activity.Name); c != 0 {
			return c
		}
		return a.Disclosure.ID - b.Disclosure.ID
	})
	return out
}

func rank(m Match) int {
	switch m {
	case Exact:
		return 0
	case Broader:
		return 1
	}
	return 2
}

// best picks the declared category that relates most closely to asked:
// exact first, then the nearest broader, then the nearest narrower one.
func best(declared []*ent.DataCategory, asked string) (*ent.DataCategory, Match) {
	var pick *ent.DataCategory
	var pm Match
	for _, c := range declared {
		m, ok := relation(c.Key, asked)
		if !ok {
			continue
		}
		switch {
		case pick == nil, rank(m) < rank(pm):
			pick, pm = c, m
		case m == pm && m == Broader && len(c.Key) > len(pick.Key):
			pick = c // nearer ancestor
		case m == pm && m == Narrower && (len(c.Key) < len(pick.Key) || len(c.Key) == len(pick.Key) && c.Key < pick.Key):
			pick = c // nearer descendant, then by key: the same whatever the load order
		}
	}
	return pick, pm
}

// transfersTo returns the transfers that carry data to rec through act: the
// ones naming the recipient, else the activity's transfers without a
// recipient, else the organization-wide ones.
func transfersTo(rec *ent.Recipient, act *ent.ProcessingActivity, orgWide []*ent.Transfer) []*ent.Transfer {
	var named []*ent.Transfer
	for _, t := range rec.Edges.Transfers {
		if t.ActivityID == 0 || t.ActivityID == act.ID {
			named = append(named, t)
		}
	}
	if len(named) > 0 {
		return named
	}
	var ofActivity []*ent.Transfer
	for _, t := range act.Edges.Transfers {
		if t.RecipientID == 0 {
			ofActivity = append(ofActivity, t)
		}
	}
	if len(ofActivity) > 0 {
		return ofActivity
	}
	return orgWide
}

func appendPurpose(ps []*ent.Purpose, p *ent.Purpose) []*ent.Purpose {
	for _, x := range ps {
		if x.ID == p.ID {
			return ps
		}
	}
	return append(ps, p)
}
