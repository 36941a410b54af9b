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
//
// Lineage reads the effective record (internal/record): rejected facts are
// out, a recipient's transfers are the ones that apply to its activity and
// reach it, and the legal bases shown are those of the purposes the
// disclosure serves.
package lineage

import (
	"context"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/ropacatalog/ropa/ent"
	"github.com/ropacatalog/ropa/internal/record"
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
	Recipient  *ent.Recipient
	Activity   *ent.ProcessingActivity
	Disclosure *ent.Disclosure
	Category   *ent.DataCategory // the declared category through which it matches
	Match      Match
	Purposes   []*ent.Purpose // the disclosure's purposes, else the activity's
	LegalBases []Basis        // the bases of the purposes the disclosure serves
	// AllActivityBases is true when the disclosure names no purpose, so
	// LegalBases lists every purpose of the activity with its basis.
	AllActivityBases bool
	Transfers        []*ent.Transfer // transfers that reach this recipient, with safeguards
	Evidence         []*ent.Evidence // sentences stating the disclosure
	Organization     *ent.Organization
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

// Closest returns up to five of cands that s most likely means (see
// Rank): the did-you-mean of a mistyped key.
func Closest(s string, cands []string) []string {
	cs := make([]Candidate, len(cands))
	for i, k := range cands {
		cs[i] = NewCandidate(k, "", "")
	}
	return values(Rank(s, cs, 5, true))
}

func values(cs []Candidate) []string {
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = c.Value
	}
	return out
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

// RecipientsOf lists every recipient of the asked field or category, within
// org when given; a field path is answered within the field's organization.
// It reads the effective record and builds an index for this one question;
// a server keeps the index instead (Cache).
func RecipientsOf(ctx context.Context, c *ent.Client, field string, org string) (*Query, []Result, error) {
	rec, err := record.Load(ctx, c, record.Options{})
	if err != nil {
		return nil, nil, err
	}
	idx, err := Build(ctx, c, rec)
	if err != nil {
		return nil, nil, err
	}
	return idx.RecipientsOf(field, org)
}

// describe returns what an answer says of a disclosure of activity a,
// whatever was asked: all but the category and match.
func describe(a *record.Activity, d *ent.Disclosure) Result {
	aps, all := a.BasesFor(d)
	r := Result{
		Recipient: d.Edges.Recipient, Activity: a.ProcessingActivity, Disclosure: d,
		Purposes: d.Edges.Purposes, LegalBases: basesOf(aps), AllActivityBases: all,
		Evidence: d.Edges.Evidence, Organization: a.Edges.Organization,
		Transfers: a.TransfersTo(d.RecipientID),
	}
	if len(r.Purposes) == 0 {
		for _, ap := range a.Edges.Purposes {
			r.Purposes = appendPurpose(r.Purposes, ap.Edges.Purpose)
		}
	}
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

func appendPurpose(ps []*ent.Purpose, p *ent.Purpose) []*ent.Purpose {
	for _, x := range ps {
		if x.ID == p.ID {
			return ps
		}
	}
	return append(ps, p)
}
