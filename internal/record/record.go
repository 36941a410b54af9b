// Package record is the one read model of the catalog: an organization's
// effective record of processing, every fact in the scope its notice gives
// it and with its review status resolved. The lineage index, the data map,
// the record view, the Article 30 report in every format and the CLI all
// read it, so each Art 30 rule is written once, here:
//
//   - Scope: a transfer, retention rule, security practice or right applies
//     to the activity it names; failing that, to the activities of the
//     notice that states it; failing that (entered for the organization
//     itself), to every activity of the organization. A transfer naming a
//     recipient applies only where that recipient receives data; a
//     retention rule naming data categories only to activities that
//     process one of them (or a broader or narrower one).
//   - Review status: rejected facts are out (Options.IncludeRejected brings
//     them back), unreviewed ones are in and marked by their status
//     (Options.ReviewedOnly leaves them out). A fact hanging on a fact that
//     is out (a disclosure to a rejected recipient, the purposes of a
//     rejected activity) is out too.
//   - Legal basis of a disclosure: the bases of the activity's purposes that
//     the disclosure serves; all of the activity's only when the disclosure
//     names no purpose.
//   - Notices over time: an organization may hold several versions of a
//     notice; the record is that of its current notices (a superseded
//     notice's activities and facts are kept in the catalog, scoped to it,
//     and left out unless Options.IncludeSuperseded).
package record

import (
	"context"
	"fmt"
	"io"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/ropacatalog/ropa/ent"
	"github.com/ropacatalog/ropa/ent/datacategory"
	"github.com/ropacatalog/ropa/ent/datasource"
	"github.com/ropacatalog/ropa/ent/datasubjectcategory"
	"github.com/ropacatalog/ropa/ent/datasubjectright"
	"github.com/ropacatalog/ropa/ent/organization"
	"github.com/ropacatalog/ropa/ent/policydocument"
	"github.com/ropacatalog/ropa/ent/processingactivity"
	"github.com/ropacatalog/ropa/ent/purpose"
	"github.com/ropacatalog/ropa/ent/retentionrule"
	"github.com/ropacatalog/ropa/ent/securitypractice"
	"github.com/ropacatalog/ropa/ent/statement"
	"github.com/ropacatalog/ropa/ent/system"
	"github.com/ropacatalog/ropa/ent/transfer"
	"github.com/ropacatalog/ropa/internal/review"
)

// Options select which facts a record holds.
type Options struct {
	// Org narrows the record to one organization (its ID); nil loads all.
	Org *int
	// IncludeRejected keeps facts a reviewer rejected.
	IncludeRejected bool
	// ReviewedOnly leaves out facts not yet reviewed (drafts).
	ReviewedOnly bool
	// IncludeSuperseded keeps the activities and facts of notices that are
	// no longer current (PolicyDocument.current false).
	IncludeSuperseded bool
	// Structure also loads each organization's systems with their datasets
	// and fields (Organization.Systems), for the exports that write them.
	Structure bool
}

// Visible reports whether a fact with status s belongs in a record read
// with these options.
func (o Options) Visible(s review.Status) bool {
	switch s {
	case review.Rejected:
		return o.IncludeRejected
	case review.Unreviewed:
		return !o.ReviewedOnly
	}
	return true
}

// Default reports whether o are the options of a default answer.
func (o Options) Default() bool { return !o.IncludeRejected && !o.ReviewedOnly && !o.IncludeSuperseded }

// Scope says what a fact applies to.
type Scope string

const (
	ScopeActivity     Scope = "ACTIVITY"     // stated for one activity
	ScopeRecipient    Scope = "RECIPIENT"    // stated for a recipient: where it receives data
	ScopeNotice       Scope = "NOTICE"       // stated by a notice for all the processing it describes
	ScopeOrganization Scope = "ORGANIZATION" // entered for the organization itself
)

// scopeOf is the scope of a fact from its columns.
func scopeOf(activity, recipient, notice int) Scope {
	switch {
	case activity != 0:
		return ScopeActivity
	case recipient != 0:
		return ScopeRecipient
	case notice != 0:
		return ScopeNotice
	}
	return ScopeOrganization
}

// TransferScope is the scope of a transfer.
func TransferScope(t *ent.Transfer) Scope {
	return scopeOf(t.ActivityID, t.RecipientID, t.NoticeID)
}

// RetentionScope is the scope of a retention rule.
func RetentionScope(r *ent.RetentionRule) Scope { return scopeOf(r.ActivityID, 0, r.NoticeID) }

// SecurityScope is the scope of a security practice: the activities it
// lists, else its notice, else the organization. Its activities edge must
// be loaded.
func SecurityScope(s *ent.SecurityPractice) Scope {
	if len(s.Edges.Activities) > 0 {
		return ScopeActivity
	}
	return scopeOf(0, 0, s.NoticeID)
}

// RightScope is the scope of a right offered.
func RightScope(r *ent.DataSubjectRight) Scope { return scopeOf(0, 0, r.NoticeID) }

// Record is the effective record of the catalog or of one organization.
type Record struct {
	Options       Options
	Version       int64           // the catalog version it was loaded at (0 when not tracked)
	Organizations []*Organization // by key
	orgs          map[int]*Organization
	activities    map[int]*Activity
}

// Organization is one organization's effective record.
type Organization struct {
	*ent.Organization
	Notices    []*ent.PolicyDocument // without their text, by title
	Activities []*Activity           // by name
	// Every visible fact of the organization, whatever its scope.
	Transfers  []*ent.Transfer
	Retention  []*ent.RetentionRule
	Security   []*ent.SecurityPractice
	Rights     []*ent.DataSubjectRight
	Statements []*ent.Statement
	// Systems, with Options.Structure: visible systems by key, each with its
	// visible datasets (by key) and their fields (by key, with the data
	// category).
	Systems []*ent.System
}

// Activity is a processing activity with the facts that apply to it. Its
// edges hold the visible facts stated for it: organization, notice, data
// subjects, data categories, sources, systems, controllers, joint
// controllers, purposes (with purpose, basis, condition and evidence) and
// disclosures (with recipient, categories, purposes and evidence).
type Activity struct {
	*ent.ProcessingActivity
	Org *Organization
	// The facts that apply by scope, each once.
	Transfers []*ent.Transfer         // to any recipient of the activity, or to none named
	Retention []*ent.RetentionRule    //
	Security  []*ent.SecurityPractice //
	Rights    []*ent.DataSubjectRight // offered to its data subjects

	recipients map[int]bool // the recipients it discloses to
}

// Activity returns the activity with the given ID, or nil.
func (r *Record) Activity(id int) *Activity { return r.activities[id] }

// Organization returns the organization with the given ID, or nil.
func (r *Record) Organization(id int) *Organization { return r.orgs[id] }

// OrganizationByKey finds an organization by key or name, case-insensitively.
func (r *Record) OrganizationByKey(s string) *Organization {
	for _, o := range r.Organizations {
		if strings.EqualFold(o.Key, s) || strings.EqualFold(o.Name, s) {
			return o
		}
	}
	return nil
}

// OrganizationRef finds the organization a request names: its key or name
// (case-insensitively), or its catalog ID in decimal, which older clients
// send. An empty ref is no organization (nil, nil).
func (r *Record) OrganizationRef(ref string) (*Organization, error) {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return nil, nil
	}
	if o := r.OrganizationByKey(ref); o != nil {
		return o, nil
	}
	if id, err := strconv.Atoi(ref); err == nil {
		if o := r.orgs[id]; o != nil {
			return o, nil
		}
	}
	known := make([]string, len(r.Organizations))
	for i, o := range r.Organizations {
		known[i] = o.Key
	}
	return nil, &UnknownOrganizationError{Org: ref, Known: known}
}

// UnknownOrganizationError says an organization named in a request is not
// in the catalog, and which are.
type UnknownOrganizationError struct {
	Org   string
	Known []string // keys of the organizations the catalog holds
}

func (e *UnknownOrganizationError) Error() string {
	known := "the catalog holds none"
	if len(e.Known) > 0 {
		known = "known: " + strings.Join(e.Known, ", ")
	}
	return fmt.Sprintf("organization %q: no such organization (%s)", e.Org, known)
}

// Activities returns every activity of the record, by organization key and
// name.
func (r *Record) Activities() []*Activity {
	var out []*Activity
	for _, o := range r.Organizations {
		out = append(out, o.Activities...)
	}
	return out
}

// TransfersTo returns the transfers that carry the activity's data to the
// recipient: those naming it and those naming no recipient.
func (a *Activity) TransfersTo(recipient int) []*ent.Transfer {
	var out []*ent.Transfer
	for _, t := range a.Transfers {
		if t.RecipientID == 0 || t.RecipientID == recipient {
			out = append(out, t)
		}
	}
	return out
}

// BasesFor returns the activity's purposes (with their bases) that the
// disclosure serves: those whose purpose is one the disclosure names, or
// broader or narrower than one. When the disclosure names no purpose it
// returns all of the activity's, and all is true.
func (a *Activity) BasesFor(d *ent.Disclosure) (aps []*ent.ActivityPurpose, all bool) {
	if len(d.Edges.Purposes) == 0 {
		return a.Edges.Purposes, true
	}
	for _, ap := range a.Edges.Purposes {
		p := ap.Edges.Purpose
		if p == nil {
			continue
		}
		for _, dp := range d.Edges.Purposes {
			if related(p.Key, dp.Key) {
				aps = append(aps, ap)
				break
			}
		}
	}
	return aps, false
}

// related reports whether two dotted keys are equal or one covers the other.
func related(a, b string) bool {
	return a == b || strings.HasPrefix(a, b+".") || strings.HasPrefix(b, a+".")
}

// Chunk is how many facts of a kind Load reads per statement. ent loads
// the edges of a page of facts with the page's IDs as parameters, so the
// chunk bounds every statement's size: SQLite takes at most 32,766
// parameters, and a disclosure's categories are read by disclosure IDs.
var Chunk = 1000

// pages reads facts in pages of Chunk by ascending ID, each page with its
// edges, until a short page.
func pages[T any](ctx context.Context, what string, page func(after int) ([]T, error), id func(T) int) ([]T, error) {
	var all []T
	for after := 0; ; {
		rows, err := page(after)
		if err != nil {
			return nil, fmt.Errorf("loading %s: %w", what, err)
		}
		all = append(all, rows...)
		if len(rows) < Chunk {
			return all, nil
		}
		after = id(rows[len(rows)-1])
	}
}

// Load reads the effective record in a number of statements that does not
// depend on the size of the catalog up to Chunk facts of each kind, and
// grows by a fixed number per Chunk beyond; no statement's size grows
// with the catalog.
func Load(ctx context.Context, c *ent.Client, opts Options) (*Record, error) {
	if opts.IncludeRejected {
		ctx = review.WithRejected(ctx) // the catalog leaves them out otherwise
	}
	oq := c.Organization.Query().Order(ent.Asc(organization.FieldKey)).
		WithDocuments(func(q *ent.PolicyDocumentQuery) {
			q.Select(policydocument.FieldTitle, policydocument.FieldURL, policydocument.FieldFileName,
				policydocument.FieldLastUpdated, policydocument.FieldSha256, policydocument.FieldAudience,
				policydocument.FieldCurrent, policydocument.FieldOrganizationID)
		})
	aq := c.ProcessingActivity.Query().Order(ent.Asc(processingactivity.FieldID)).
		WithOrganization().
		WithNotice(func(q *ent.PolicyDocumentQuery) {
			q.Select(policydocument.FieldTitle, policydocument.FieldURL, policydocument.FieldFileName,
				policydocument.FieldAudience, policydocument.FieldCurrent)
		}).
		WithDataSubjects(func(q *ent.DataSubjectCategoryQuery) { q.Select(datasubjectcategory.FieldID) }).
		WithDataCategories(onlyCategoryIDs).
		WithSources(func(q *ent.DataSourceQuery) { q.Select(datasource.FieldID) }).
		WithSystems(func(q *ent.SystemQuery) { q.Select(system.FieldID) }).
		WithControllers().
		WithJointControllers().
		WithPurposes(func(q *ent.ActivityPurposeQuery) {
			q.WithPurpose().WithLegalBasis().WithSpecialCondition()
		}).
		WithDisclosures(func(q *ent.DisclosureQuery) {
			q.WithRecipient().WithDataCategories(onlyCategoryIDs).WithPurposes(onlyPurposeIDs).
				WithEvidence(func(e *ent.EvidenceQuery) {
					e.WithDocument(func(d *ent.PolicyDocumentQuery) {
						d.Select(policydocument.FieldTitle, policydocument.FieldURL, policydocument.FieldFileName)
					})
				})
		})
	// Every list in ID order, whatever the database: answers and reports
	// read the same on SQLite and PostgreSQL.
	tq := c.Transfer.Query().Order(ent.Asc(transfer.FieldID)).WithSafeguard()
	rq := c.RetentionRule.Query().Order(ent.Asc(retentionrule.FieldID)).WithDataCategories(onlyCategoryIDs)
	sq := c.SecurityPractice.Query().Order(ent.Asc(securitypractice.FieldID)).WithMeasure().
		WithActivities(func(q *ent.ProcessingActivityQuery) { q.Select(processingactivity.FieldID) })
	gq := c.DataSubjectRight.Query().Order(ent.Asc(datasubjectright.FieldID)).WithRight()
	stq := c.Statement.Query().Order(ent.Asc(statement.FieldID)).WithLegalBasis().WithDataCategories(onlyCategoryIDs).WithPurposes(onlyPurposeIDs)
	if opts.Org != nil {
		id := *opts.Org
		oq.Where(organization.ID(id))
		aq.Where(processingactivity.OrganizationID(id))
		tq.Where(transfer.OrganizationID(id))
		rq.Where(retentionrule.OrganizationID(id))
		sq.Where(securitypractice.OrganizationID(id))
		gq.Where(datasubjectright.OrganizationID(id))
		stq.Where(statement.OrganizationID(id))
	}
	orgs, err := oq.All(ctx)
	if err != nil {
		return nil, fmt.Errorf("loading organizations: %w", err)
	}
	acts, err := pages(ctx, "activities", func(after int) ([]*ent.ProcessingActivity, error) {
		return aq.Clone().Where(processingactivity.IDGT(after)).Limit(Chunk).All(ctx)
	}, func(x *ent.ProcessingActivity) int { return x.ID })
	if err != nil {
		return nil, err
	}
	transfers, err := pages(ctx, "transfers", func(after int) ([]*ent.Transfer, error) {
		return tq.Clone().Where(transfer.IDGT(after)).Limit(Chunk).All(ctx)
	}, func(x *ent.Transfer) int { return x.ID })
	if err != nil {
		return nil, err
	}
	retention, err := pages(ctx, "retention rules", func(after int) ([]*ent.RetentionRule, error) {
		return rq.Clone().Where(retentionrule.IDGT(after)).Limit(Chunk).All(ctx)
	}, func(x *ent.RetentionRule) int { return x.ID })
	if err != nil {
		return nil, err
	}
	security, err := pages(ctx, "security practices", func(after int) ([]*ent.SecurityPractice, error) {
		return sq.Clone().Where(securitypractice.IDGT(after)).Limit(Chunk).All(ctx)
	}, func(x *ent.SecurityPractice) int { return x.ID })
	if err != nil {
		return nil, err
	}
	rights, err := pages(ctx, "rights", func(after int) ([]*ent.DataSubjectRight, error) {
		return gq.Clone().Where(datasubjectright.IDGT(after)).Limit(Chunk).All(ctx)
	}, func(x *ent.DataSubjectRight) int { return x.ID })
	if err != nil {
		return nil, err
	}
	statements, err := pages(ctx, "statements", func(after int) ([]*ent.Statement, error) {
		return stq.Clone().Where(statement.IDGT(after)).Limit(Chunk).All(ctx)
	}, func(x *ent.Statement) int { return x.ID })
	if err != nil {
		return nil, err
	}
	// Many-to-many edges were loaded as IDs: each vocabulary entry is loaded
	// once and shared by every fact naming it.
	v, err := loadVocabularies(ctx, c)
	if err != nil {
		return nil, err
	}
	cat := func(x *ent.DataCategory) int { return x.ID }
	pur := func(x *ent.Purpose) int { return x.ID }
	for _, a := range acts {
		a.Edges.DataSubjects = shared(a.Edges.DataSubjects, v.subjects, func(x *ent.DataSubjectCategory) int { return x.ID })
		a.Edges.DataCategories = shared(a.Edges.DataCategories, v.categories, cat)
		a.Edges.Sources = shared(a.Edges.Sources, v.sources, func(x *ent.DataSource) int { return x.ID })
		a.Edges.Systems = shared(a.Edges.Systems, v.systems, func(x *ent.System) int { return x.ID })
		for _, d := range a.Edges.Disclosures {
			d.Edges.DataCategories = shared(d.Edges.DataCategories, v.categories, cat)
			d.Edges.Purposes = shared(d.Edges.Purposes, v.purposes, pur)
		}
	}
	for _, r := range retention {
		r.Edges.DataCategories = shared(r.Edges.DataCategories, v.categories, cat)
	}
	// Edges in a fixed order too, whatever the database: categories by key,
	// purposes, disclosures and evidence by ID.
	byKey := func(a, b *ent.DataCategory) int { return strings.Compare(a.Key, b.Key) }
	for _, a := range acts {
		slices.SortFunc(a.Edges.DataCategories, byKey)
		slices.SortFunc(a.Edges.Purposes, func(x, y *ent.ActivityPurpose) int { return x.ID - y.ID })
		slices.SortFunc(a.Edges.Disclosures, func(x, y *ent.Disclosure) int { return x.ID - y.ID })
		for _, d := range a.Edges.Disclosures {
			slices.SortFunc(d.Edges.DataCategories, byKey)
			slices.SortFunc(d.Edges.Evidence, func(x, y *ent.Evidence) int { return x.ID - y.ID })
		}
	}
	for _, s := range statements {
		s.Edges.DataCategories = shared(s.Edges.DataCategories, v.categories, cat)
		s.Edges.Purposes = shared(s.Edges.Purposes, v.purposes, pur)
	}
	r := assemble(opts, orgs, acts, transfers, retention, security, rights, statements)
	if opts.Structure {
		if err := r.loadStructure(ctx, c); err != nil {
			return nil, err
		}
	}
	return r, nil
}

func onlyCategoryIDs(q *ent.DataCategoryQuery) { q.Select(datacategory.FieldID) }
func onlyPurposeIDs(q *ent.PurposeQuery)       { q.Select(purpose.FieldID) }

// vocabularies are the entries many facts name, each loaded once.
type vocabularies struct {
	categories map[int]*ent.DataCategory
	purposes   map[int]*ent.Purpose
	subjects   map[int]*ent.DataSubjectCategory
	sources    map[int]*ent.DataSource
	systems    map[int]*ent.System
}

func loadVocabularies(ctx context.Context, c *ent.Client) (*vocabularies, error) {
	cats, err := c.DataCategory.Query().All(ctx)
	if err != nil {
		return nil, fmt.Errorf("loading data categories: %w", err)
	}
	purposes, err := c.Purpose.Query().All(ctx)
	if err != nil {
		return nil, fmt.Errorf("loading purposes: %w", err)
	}
	subjects, err := c.DataSubjectCategory.Query().All(ctx)
	if err != nil {
		return nil, fmt.Errorf("loading data subject categories: %w", err)
	}
	sources, err := c.DataSource.Query().All(ctx)
	if err != nil {
		return nil, fmt.Errorf("loading data sources: %w", err)
	}
	systems, err := c.System.Query().All(ctx)
	if err != nil {
		return nil, fmt.Errorf("loading systems: %w", err)
	}
	return &vocabularies{
		categories: byID(cats, func(x *ent.DataCategory) int { return x.ID }),
		purposes:   byID(purposes, func(x *ent.Purpose) int { return x.ID }),
		subjects:   byID(subjects, func(x *ent.DataSubjectCategory) int { return x.ID }),
		sources:    byID(sources, func(x *ent.DataSource) int { return x.ID }),
		systems:    byID(systems, func(x *ent.System) int { return x.ID }),
	}, nil
}

// byID indexes loaded entities by their ID.
func byID[T any](xs []T, id func(T) int) map[int]T {
	m := make(map[int]T, len(xs))
	for _, x := range xs {
		m[id(x)] = x
	}
	return m
}

// shared replaces ID-only nodes by the vocabulary's shared entries.
func shared[T any](nodes []T, vocab map[int]T, id func(T) int) []T {
	for i, x := range nodes {
		if full, ok := vocab[id(x)]; ok {
			nodes[i] = full
		}
	}
	return nodes
}

// assemble resolves review status and scope over the loaded rows.
func assemble(opts Options, orgs []*ent.Organization, acts []*ent.ProcessingActivity,
	transfers []*ent.Transfer, retention []*ent.RetentionRule, security []*ent.SecurityPractice,
	rights []*ent.DataSubjectRight, statements []*ent.Statement) *Record {
	r := &Record{Options: opts, orgs: map[int]*Organization{}, activities: map[int]*Activity{}}
	superseded := map[int]bool{} // notice ID -> no longer current
	for _, o := range orgs {
		for _, d := range o.Edges.Documents {
			superseded[d.ID] = !d.Current
		}
	}
	// inScope: a fact stated by a superseded notice is out of the record.
	inScope := func(notice int) bool { return opts.IncludeSuperseded || !superseded[notice] }
	for _, o := range orgs {
		// An organization is the frame of its record: a rejected one is
		// still shown with the facts that are not rejected.
		x := &Organization{Organization: o}
		for _, d := range o.Edges.Documents {
			x.Notices = append(x.Notices, d)
		}
		sort.SliceStable(x.Notices, func(i, j int) bool { return x.Notices[i].Title < x.Notices[j].Title })
		r.Organizations = append(r.Organizations, x)
		r.orgs[o.ID] = x
	}
	// Byte order whatever the database's collation.
	sort.SliceStable(r.Organizations, func(i, j int) bool { return r.Organizations[i].Key < r.Organizations[j].Key })

	for _, a := range acts {
		o := r.orgs[a.OrganizationID]
		if o == nil || !opts.Visible(a.ReviewStatus) || !inScope(a.NoticeID) {
			continue
		}
		a.Edges.Purposes = slices.DeleteFunc(a.Edges.Purposes, func(p *ent.ActivityPurpose) bool {
			return !opts.Visible(p.ReviewStatus)
		})
		a.Edges.Disclosures = slices.DeleteFunc(a.Edges.Disclosures, func(d *ent.Disclosure) bool {
			return !opts.Visible(d.ReviewStatus) || d.Edges.Recipient == nil || !opts.Visible(d.Edges.Recipient.ReviewStatus)
		})
		for _, d := range a.Edges.Disclosures {
			d.Edges.Activity = a
		}
		x := &Activity{ProcessingActivity: a, Org: o}
		o.Activities = append(o.Activities, x)
		r.activities[a.ID] = x
	}
	for _, o := range r.Organizations {
		sort.SliceStable(o.Activities, func(i, j int) bool {
			if o.Activities[i].Name != o.Activities[j].Name {
				return o.Activities[i].Name < o.Activities[j].Name
			}
			return o.Activities[i].ID < o.Activities[j].ID
		})
	}

	byNotice := map[int][]*Activity{}
	for _, o := range r.Organizations {
		for _, a := range o.Activities {
			if a.NoticeID != 0 {
				byNotice[a.NoticeID] = append(byNotice[a.NoticeID], a)
			}
			a.recipients = map[int]bool{}
			for _, d := range a.Edges.Disclosures {
				a.recipients[d.RecipientID] = true
			}
		}
	}
	// reached is the scope rule: the activities a fact of organization o
	// naming activity (0: none), stated by notice (0: none), applies to.
	reached := func(o *Organization, activity, notice int) []*Activity {
		switch {
		case activity != 0:
			if a := r.activities[activity]; a != nil && a.Org == o {
				return []*Activity{a}
			}
			return nil
		case notice != 0:
			return byNotice[notice]
		}
		return o.Activities
	}

	for _, t := range transfers {
		o := r.orgs[t.OrganizationID]
		if o == nil || !opts.Visible(t.ReviewStatus) || !inScope(t.NoticeID) {
			continue
		}
		o.Transfers = append(o.Transfers, t)
		for _, a := range reached(o, t.ActivityID, t.NoticeID) {
			if t.RecipientID == 0 || a.recipients[t.RecipientID] {
				a.Transfers = append(a.Transfers, t)
			}
		}
	}
	for _, rr := range retention {
		o := r.orgs[rr.OrganizationID]
		if o == nil || !opts.Visible(rr.ReviewStatus) || !inScope(rr.NoticeID) {
			continue
		}
		o.Retention = append(o.Retention, rr)
		for _, a := range reached(o, rr.ActivityID, rr.NoticeID) {
			if rr.ActivityID != 0 || a.processesAny(rr.Edges.DataCategories) {
				a.Retention = append(a.Retention, rr)
			}
		}
	}
	for _, s := range security {
		o := r.orgs[s.OrganizationID]
		if o == nil || !opts.Visible(s.ReviewStatus) || !inScope(s.NoticeID) {
			continue
		}
		o.Security = append(o.Security, s)
		if len(s.Edges.Activities) > 0 {
			for _, sa := range s.Edges.Activities {
				if a := r.activities[sa.ID]; a != nil {
					a.Security = append(a.Security, s)
				}
			}
			continue
		}
		for _, a := range reached(o, 0, s.NoticeID) {
			a.Security = append(a.Security, s)
		}
	}
	for _, g := range rights {
		o := r.orgs[g.OrganizationID]
		if o == nil || !opts.Visible(g.ReviewStatus) || !inScope(g.NoticeID) {
			continue
		}
		o.Rights = append(o.Rights, g)
		for _, a := range reached(o, 0, g.NoticeID) {
			a.Rights = append(a.Rights, g)
		}
	}
	for _, s := range statements {
		if o := r.orgs[s.OrganizationID]; o != nil && opts.Visible(s.ReviewStatus) && inScope(s.NoticeID) {
			o.Statements = append(o.Statements, s)
		}
	}
	return r
}

// processesAny reports whether the activity processes one of cats, a
// broader or a narrower category; true when cats is empty, and when the
// activity states no categories (nothing tells the rule does not apply).
func (a *Activity) processesAny(cats []*ent.DataCategory) bool {
	if len(cats) == 0 || len(a.Edges.DataCategories) == 0 {
		return true
	}
	for _, c := range cats {
		for _, ac := range a.Edges.DataCategories {
			if related(c.Key, ac.Key) {
				return true
			}
		}
	}
	return false
}

// MarshalGQL writes the scope as a GraphQL enum value.
func (s Scope) MarshalGQL(w io.Writer) { io.WriteString(w, strconv.Quote(string(s))) }

// UnmarshalGQL reads a GraphQL enum value.
func (s *Scope) UnmarshalGQL(v any) error {
	str, _ := v.(string)
	switch Scope(str) {
	case ScopeActivity, ScopeRecipient, ScopeNotice, ScopeOrganization:
		*s = Scope(str)
		return nil
	}
	return fmt.Errorf("%q is not a fact scope (ACTIVITY, RECIPIENT, NOTICE, ORGANIZATION)", str)
}
