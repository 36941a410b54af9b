package report

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/ropacatalog/ropa/ent"
	"github.com/ropacatalog/ropa/ent/activitypurpose"
	"github.com/ropacatalog/ropa/ent/datacategory"
	"github.com/ropacatalog/ropa/ent/datasource"
	"github.com/ropacatalog/ropa/ent/datasubjectcategory"
	"github.com/ropacatalog/ropa/ent/datasubjectright"
	"github.com/ropacatalog/ropa/ent/disclosure"
	"github.com/ropacatalog/ropa/ent/evidence"
	"github.com/ropacatalog/ropa/ent/organization"
	"github.com/ropacatalog/ropa/ent/policydocument"
	"github.com/ropacatalog/ropa/ent/processingactivity"
	"github.com/ropacatalog/ropa/ent/purpose"
	"github.com/ropacatalog/ropa/ent/recipient"
	"github.com/ropacatalog/ropa/ent/retentionrule"
	"github.com/ropacatalog/ropa/ent/securitypractice"
	"github.com/ropacatalog/ropa/ent/transfer"
	"github.com/ropacatalog/ropa/internal/iso"
	"github.com/ropacatalog/ropa/internal/review"
)

// Record selects which records a report holds.
type Record string

const (
	RecordAll        Record = "all"        // both records
	RecordController Record = "controller" // Art 30(1) only
	RecordProcessor  Record = "processor"  // Art 30(2) only
)

// ParseRecord reads a --record or ?record= value; empty means all.
func ParseRecord(s string) (Record, error) {
	switch Record(strings.ToLower(s)) {
	case "", RecordAll:
		return RecordAll, nil
	case RecordController:
		return RecordController, nil
	case RecordProcessor:
		return RecordProcessor, nil
	}
	return "", fmt.Errorf("record %q: want controller, processor or all", s)
}

// Options tune Build.
type Options struct {
	Record Record    // which records to include; empty means all
	Now    time.Time // the date safeguards are judged at; zero means today
}

// UnknownOrganizationError is Build's error for an organization that is
// not in the catalog.
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

// IsUnknownOrganization reports whether err says the organization is not
// in the catalog.
func IsUnknownOrganization(err error) bool {
	var u *UnknownOrganizationError
	return errors.As(err, &u)
}

// Build loads the Article 30 record of org (an organization key such as
// ujet, or its name, case-insensitively) and returns its JSON form.
//
// It runs a bounded number of SQL statements whatever the number of
// activities (at most about forty): one query for the organization with
// its organization-wide facts, one for its activities with their edges
// eager-loaded (edges load only IDs where a vocabulary is involved), one
// for the controllers and joint controllers of the activities that have
// them, one per vocabulary (data categories, purposes, legal bases,
// safeguards) and for the recipients, one for the evidence spans with the
// facts they state, and one for the notices. Rejected facts are left out.
func Build(ctx context.Context, client *ent.Client, org string, opts Options) (*Report, error) {
	rec := opts.Record
	if rec == "" {
		rec = RecordAll
	}
	if _, err := ParseRecord(string(rec)); err != nil {
		return nil, err
	}
	now := opts.Now
	if now.IsZero() {
		now = time.Now()
	}
	o, err := loadOrganization(ctx, client, org)
	if err != nil {
		return nil, err
	}
	// Vocabularies and recipients are loaded whole and looked up by ID: the
	// edges below load only IDs, which keeps large catalogs quick.
	acts, err := client.ProcessingActivity.Query().
		Where(processingactivity.OrganizationID(o.ID), processingactivity.ReviewStatusNEQ(review.Rejected)).
		Order(ent.Asc(processingactivity.FieldName), ent.Asc(processingactivity.FieldID)).
		WithDataSubjects(func(q *ent.DataSubjectCategoryQuery) {
			q.Select(datasubjectcategory.FieldKey, datasubjectcategory.FieldName)
		}).
		WithDataCategories(onlyCategoryID).
		WithSources(func(q *ent.DataSourceQuery) { q.Select(datasource.FieldKey, datasource.FieldName) }).
		WithPurposes(func(q *ent.ActivityPurposeQuery) {
			q.Where(activitypurpose.ReviewStatusNEQ(review.Rejected)).
				Select(activitypurpose.FieldPurposeID, activitypurpose.FieldLegalBasisID,
					activitypurpose.FieldSpecialConditionID, activitypurpose.FieldLegitimateInterest)
		}).
		WithDisclosures(func(q *ent.DisclosureQuery) {
			q.Where(disclosure.ReviewStatusNEQ(review.Rejected)).
				Select(disclosure.FieldRecipientID, disclosure.FieldDescription).
				WithDataCategories(onlyCategoryID).
				WithPurposes(func(q *ent.PurposeQuery) { q.Select(purpose.FieldID) })
		}).
		WithTransfers(func(q *ent.TransferQuery) {
			q.Where(transfer.ReviewStatusNEQ(review.Rejected)).
				Select(transferFields...)
		}).
		WithRetentionRules(func(q *ent.RetentionRuleQuery) {
			q.Where(retentionrule.ReviewStatusNEQ(review.Rejected)).
				Select(retentionFields...).
				WithDataCategories(onlyCategoryID)
		}).
		All(ctx)
	if err != nil {
		return nil, fmt.Errorf("loading the activities of %s for the Article 30 report: %w", o.Key, err)
	}
	// The controllers a processor acts for and the joint controllers, from
	// the few activities that have them.
	parties, err := client.ProcessingActivity.Query().
		Where(processingactivity.OrganizationID(o.ID), processingactivity.ReviewStatusNEQ(review.Rejected),
			processingactivity.Or(processingactivity.HasControllers(), processingactivity.HasJointControllers())).
		Select(processingactivity.FieldID).
		WithControllers().
		WithJointControllers().
		All(ctx)
	if err != nil {
		return nil, fmt.Errorf("loading the controllers of %s's activities for the Article 30 report: %w", o.Key, err)
	}
	byActivity := make(map[int]*ent.ProcessingActivity, len(parties))
	for _, p := range parties {
		byActivity[p.ID] = p
	}
	for _, a := range acts {
		if p := byActivity[a.ID]; p != nil {
			a.Edges.Controllers, a.Edges.JointControllers = p.Edges.Controllers, p.Edges.JointControllers
		}
	}
	// Byte order whatever the database's collation.
	sort.SliceStable(acts, func(i, j int) bool { return acts[i].Name < acts[j].Name })
	b := &builder{now: now}
	if err := b.loadVocabularies(ctx, client, o.ID); err != nil {
		return nil, fmt.Errorf("loading the vocabularies and recipients of %s for the Article 30 report: %w", o.Key, err)
	}
	if err := b.loadEvidence(ctx, client, o.ID); err != nil {
		return nil, fmt.Errorf("loading the evidence of %s for the Article 30 report: %w", o.Key, err)
	}
	// The organization's notices and any other document its evidence
	// quotes, without their text.
	docs, err := client.PolicyDocument.Query().
		Where(policydocument.Or(policydocument.OrganizationID(o.ID), policydocument.IDIn(b.docIDs...))).
		Select(policydocument.FieldTitle, policydocument.FieldURL, policydocument.FieldFileName,
			policydocument.FieldLastUpdated, policydocument.FieldSha256, policydocument.FieldOrganizationID).
		Order(ent.Asc(policydocument.FieldTitle), ent.Asc(policydocument.FieldID)).
		All(ctx)
	if err != nil {
		return nil, fmt.Errorf("loading the notices of %s for the Article 30 report: %w", o.Key, err)
	}
	sort.SliceStable(docs, func(i, j int) bool { return docs[i].Title < docs[j].Title })
	b.docs = map[int]*ent.PolicyDocument{}
	for _, d := range docs {
		b.docs[d.ID] = d
	}

	r := &Report{
		Version:      Version,
		Kind:         "article30",
		AsOf:         now.Format(time.DateOnly),
		Record:       string(rec),
		Organization: b.party(o, true),
		Rights:       b.rights(o.Edges.Rights),
		Documents:    documents(docs),
	}
	orgFacts := b.orgFacts(o)
	var controller, processor []*ent.ProcessingActivity
	for _, a := range acts {
		if a.Role == processingactivity.RoleProcessor {
			processor = append(processor, a)
		} else {
			controller = append(controller, a)
		}
	}
	if rec != RecordProcessor {
		r.Controller = &ControllerRecord{Activities: []Activity{}}
		for _, a := range controller {
			r.Controller.Activities = append(r.Controller.Activities, b.activity(a, orgFacts))
		}
	}
	if rec != RecordController {
		r.Processor = &ProcessorRecord{Controllers: b.groups(processor, orgFacts)}
	}
	return r, nil
}

// loadOrganization finds org by key or name with its organization-wide
// facts: rights, and transfers, retention rules and security practices
// stated for no particular activity (security practices are all loaded:
// those naming activities are matched to them).
func loadOrganization(ctx context.Context, client *ent.Client, org string) (*ent.Organization, error) {
	if strings.TrimSpace(org) == "" {
		return nil, &UnknownOrganizationError{Org: org, Known: knownKeys(ctx, client)}
	}
	o, err := client.Organization.Query().
		Where(organization.Or(organization.KeyEqualFold(org), organization.NameEqualFold(org))).
		Order(ent.Asc(organization.FieldID)).
		WithRights(func(q *ent.DataSubjectRightQuery) {
			q.Where(datasubjectright.ReviewStatusNEQ(review.Rejected)).WithRight()
		}).
		WithTransfers(func(q *ent.TransferQuery) {
			q.Where(transfer.ActivityIDIsNil(), transfer.ReviewStatusNEQ(review.Rejected))
		}).
		WithRetentionRules(func(q *ent.RetentionRuleQuery) {
			q.Where(retentionrule.ActivityIDIsNil(), retentionrule.ReviewStatusNEQ(review.Rejected)).
				WithDataCategories(onlyCategoryID)
		}).
		WithSecurityPractices(func(q *ent.SecurityPracticeQuery) {
			q.Where(securitypractice.ReviewStatusNEQ(review.Rejected)).
				WithMeasure().
				WithActivities(func(a *ent.ProcessingActivityQuery) { a.Select(processingactivity.FieldID) })
		}).
		First(ctx)
	if ent.IsNotFound(err) {
		return nil, &UnknownOrganizationError{Org: org, Known: knownKeys(ctx, client)}
	}
	if err != nil {
		return nil, fmt.Errorf("loading organization %q for the Article 30 report: %w", org, err)
	}
	return o, nil
}

func knownKeys(ctx context.Context, client *ent.Client) []string {
	keys, _ := client.Organization.Query().Order(ent.Asc(organization.FieldKey)).
		Select(organization.FieldKey).Strings(ctx)
	return keys
}

func onlyCategoryID(q *ent.DataCategoryQuery) { q.Select(datacategory.FieldID) }

// The columns the report reads.
var (
	transferFields = []string{transfer.FieldScope, transfer.FieldCountry, transfer.FieldDescription,
		transfer.FieldRecipientID, transfer.FieldSafeguardID}
	retentionFields = []string{retentionrule.FieldDuration, retentionrule.FieldCriterion, retentionrule.FieldEndAction}
)

// builder turns the loaded entities into the report's model.
type builder struct {
	now        time.Time
	docs       map[int]*ent.PolicyDocument
	docIDs     []int
	categories map[int]*ent.DataCategory
	purposes   map[int]*ent.Purpose
	bases      map[int]*ent.LegalBasis
	safeguards map[int]*ent.TransferSafeguard
	recipients map[int]*ent.Recipient
	countries  map[string]string
	// Evidence spans by the kind and ID of the fact they state.
	evidence map[factKey][]*ent.Evidence
}

type factKind int

const (
	factOrganization factKind = iota
	factActivity
	factPurpose
	factDisclosure
	factRecipient
	factTransfer
	factRetention
	factSecurity
	factRight
)

type factKey struct {
	kind factKind
	id   int
}

// loadVocabularies loads the data categories, purposes, legal bases and
// transfer safeguards, and the recipients of the organization or of its
// activities' disclosures.
func (b *builder) loadVocabularies(ctx context.Context, client *ent.Client, org int) error {
	cats, err := client.DataCategory.Query().
		Select(datacategory.FieldKey, datacategory.FieldName, datacategory.FieldSpecialCategory, datacategory.FieldCriminalOffence).
		All(ctx)
	if err != nil {
		return err
	}
	purposes, err := client.Purpose.Query().Select(purpose.FieldKey, purpose.FieldName).All(ctx)
	if err != nil {
		return err
	}
	bases, err := client.LegalBasis.Query().All(ctx)
	if err != nil {
		return err
	}
	safeguards, err := client.TransferSafeguard.Query().All(ctx)
	if err != nil {
		return err
	}
	recipients, err := client.Recipient.Query().
		Where(recipient.Or(recipient.OrganizationID(org),
			recipient.HasDisclosuresWith(disclosure.HasActivityWith(processingactivity.OrganizationID(org))))).
		All(ctx)
	if err != nil {
		return err
	}
	b.categories = byID(cats, func(x *ent.DataCategory) int { return x.ID })
	b.purposes = byID(purposes, func(x *ent.Purpose) int { return x.ID })
	b.bases = byID(bases, func(x *ent.LegalBasis) int { return x.ID })
	b.safeguards = byID(safeguards, func(x *ent.TransferSafeguard) int { return x.ID })
	b.recipients = byID(recipients, func(x *ent.Recipient) int { return x.ID })
	b.countries = map[string]string{}
	return nil
}

func byID[T any](xs []T, id func(T) int) map[int]T {
	m := make(map[int]T, len(xs))
	for _, x := range xs {
		m[id(x)] = x
	}
	return m
}

// countryName caches iso.CountryName.
func (b *builder) countryName(code string) string {
	if code == "" {
		return ""
	}
	name, ok := b.countries[code]
	if !ok {
		name = iso.CountryName(code)
		b.countries[code] = name
	}
	return name
}

// loadEvidence loads every span stating a fact of the organization, with
// the IDs of the facts it states: one query for the spans, filtered by
// subqueries rather than lists of IDs, and one per kind of fact.
func (b *builder) loadEvidence(ctx context.Context, client *ent.Client, org int) error {
	ofActivity := processingactivity.OrganizationID(org)
	spans, err := client.Evidence.Query().
		Where(evidence.Or(
			evidence.HasOrganizationsWith(organization.ID(org)),
			evidence.HasActivitiesWith(ofActivity),
			evidence.HasActivityPurposesWith(activitypurpose.HasActivityWith(ofActivity)),
			evidence.HasDisclosuresWith(disclosure.HasActivityWith(ofActivity)),
			evidence.HasRecipientsWith(recipient.OrganizationID(org)),
			evidence.HasTransfersWith(transfer.OrganizationID(org)),
			evidence.HasRetentionRulesWith(retentionrule.OrganizationID(org)),
			evidence.HasSecurityPracticesWith(securitypractice.OrganizationID(org)),
			evidence.HasRightsWith(datasubjectright.OrganizationID(org)),
		)).
		Order(ent.Asc(evidence.FieldDocumentID), ent.Asc(evidence.FieldStart), ent.Asc(evidence.FieldEnd)).
		WithOrganizations(func(q *ent.OrganizationQuery) { q.Select(organization.FieldID) }).
		WithActivities(func(q *ent.ProcessingActivityQuery) { q.Select(processingactivity.FieldID) }).
		WithActivityPurposes(func(q *ent.ActivityPurposeQuery) { q.Select(activitypurpose.FieldID) }).
		WithDisclosures(func(q *ent.DisclosureQuery) { q.Select(disclosure.FieldID) }).
		WithRecipients(func(q *ent.RecipientQuery) { q.Select(recipient.FieldID) }).
		WithTransfers(func(q *ent.TransferQuery) { q.Select(transfer.FieldID) }).
		WithRetentionRules(func(q *ent.RetentionRuleQuery) { q.Select(retentionrule.FieldID) }).
		WithSecurityPractices(func(q *ent.SecurityPracticeQuery) { q.Select(securitypractice.FieldID) }).
		WithRights(func(q *ent.DataSubjectRightQuery) { q.Select(datasubjectright.FieldID) }).
		All(ctx)
	if err != nil {
		return err
	}
	b.evidence = map[factKey][]*ent.Evidence{}
	docs := map[int]bool{}
	add := func(kind factKind, id int, e *ent.Evidence) {
		k := factKey{kind, id}
		b.evidence[k] = append(b.evidence[k], e)
	}
	for _, e := range spans {
		if !docs[e.DocumentID] {
			docs[e.DocumentID] = true
			b.docIDs = append(b.docIDs, e.DocumentID)
		}
		for _, x := range e.Edges.Organizations {
			add(factOrganization, x.ID, e)
		}
		for _, x := range e.Edges.Activities {
			add(factActivity, x.ID, e)
		}
		for _, x := range e.Edges.ActivityPurposes {
			add(factPurpose, x.ID, e)
		}
		for _, x := range e.Edges.Disclosures {
			add(factDisclosure, x.ID, e)
		}
		for _, x := range e.Edges.Recipients {
			add(factRecipient, x.ID, e)
		}
		for _, x := range e.Edges.Transfers {
			add(factTransfer, x.ID, e)
		}
		for _, x := range e.Edges.RetentionRules {
			add(factRetention, x.ID, e)
		}
		for _, x := range e.Edges.SecurityPractices {
			add(factSecurity, x.ID, e)
		}
		for _, x := range e.Edges.Rights {
			add(factRight, x.ID, e)
		}
	}
	return nil
}

func documents(docs []*ent.PolicyDocument) []Document {
	out := make([]Document, 0, len(docs))
	for _, d := range docs {
		doc := Document{Title: d.Title, URL: d.URL, File: d.FileName, SHA256: d.Sha256}
		if d.LastUpdated != nil {
			doc.LastUpdated = d.LastUpdated.Format(time.DateOnly)
		}
		out = append(out, doc)
	}
	return out
}

// citations converts the spans stating the given facts, in document and
// offset order.
func (b *builder) citations(facts ...factKey) []Citation {
	var spans []*ent.Evidence
	for _, f := range facts {
		if ev := b.evidence[f]; len(ev) > 0 {
			if spans == nil {
				spans = ev // loaded in document and offset order
				continue
			}
			spans = mergeSpans(spans, ev)
		}
	}
	out := make([]Citation, 0, len(spans))
	for _, e := range spans {
		var title string
		if d := b.docs[e.DocumentID]; d != nil {
			title = d.Title
		} else {
			title = fmt.Sprintf("document %d", e.DocumentID)
		}
		out = append(out, Citation{Document: title, Start: e.Start, End: e.End, Quote: e.Quote})
	}
	return out
}

// mergeSpans unites two lists of spans without repeats, in document and
// offset order.
func mergeSpans(a, b []*ent.Evidence) []*ent.Evidence {
	seen := map[int]bool{}
	var out []*ent.Evidence
	for _, e := range append(append([]*ent.Evidence{}, a...), b...) {
		if !seen[e.ID] {
			seen[e.ID] = true
			out = append(out, e)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].DocumentID != out[j].DocumentID {
			return out[i].DocumentID < out[j].DocumentID
		}
		if out[i].Start != out[j].Start {
			return out[i].Start < out[j].Start
		}
		return out[i].End < out[j].End
	})
	return out
}

func (b *builder) party(o *ent.Organization, withEvidence bool) Party {
	p := Party{
		Key: o.Key, Name: o.Name, Roles: append([]string{}, o.Roles...),
		Country: o.Country, Address: o.Address, Email: o.Email, Phone: o.Phone, Website: o.Website,
		Evidence: []Citation{},
	}
	sort.Strings(p.Roles)
	if o.Country != "" {
		p.CountryName = b.countryName(o.Country)
	}
	if o.DpoName != "" || o.DpoEmail != "" || o.DpoPhone != "" || o.DpoAddress != "" {
		p.DPO = &Contact{Name: o.DpoName, Email: o.DpoEmail, Phone: o.DpoPhone, Address: o.DpoAddress}
	}
	if o.RepresentativeName != "" || o.RepresentativeEmail != "" || o.RepresentativeAddress != "" {
		p.Representative = &Contact{Name: o.RepresentativeName, Email: o.RepresentativeEmail, Address: o.RepresentativeAddress}
	}
	if withEvidence {
		p.Evidence = b.citations(factKey{factOrganization, o.ID})
	}
	return p
}

func (b *builder) rights(rs []*ent.DataSubjectRight) []Right {
	out := []Right{}
	for _, r := range rs {
		x := Right{Channel: r.Channel, ResponseTime: r.ResponseTime, Conditions: r.Conditions,
			Evidence: b.citations(factKey{factRight, r.ID})}
		if rt := r.Edges.Right; rt != nil {
			x.Key, x.Name, x.Reference = rt.Key, rt.Name, rt.Reference
		}
		out = append(out, x)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Key < out[j].Key })
	return out
}

// orgLevel holds the facts stated for the whole organization, or for a
// recipient rather than an activity, converted once.
type orgLevel struct {
	transfers        []Transfer         // for every activity
	recipientTransfs map[int][]Transfer // by recipient ID: for activities disclosing to it
	retention        []Retention        // for every activity
	security         []Security         // for every activity
	activitySecurity map[int][]Security // by activity ID
}

func (b *builder) orgFacts(o *ent.Organization) *orgLevel {
	f := &orgLevel{recipientTransfs: map[int][]Transfer{}, activitySecurity: map[int][]Security{}}
	for _, t := range o.Edges.Transfers {
		if t.RecipientID != 0 {
			f.recipientTransfs[t.RecipientID] = append(f.recipientTransfs[t.RecipientID], b.transfer(t, AppliesRecipient))
		} else {
			f.transfers = append(f.transfers, b.transfer(t, AppliesOrganization))
		}
	}
	for _, r := range o.Edges.RetentionRules {
		f.retention = append(f.retention, b.retention(r, AppliesOrganization))
	}
	for _, s := range o.Edges.SecurityPractices {
		if len(s.Edges.Activities) == 0 {
			f.security = append(f.security, b.security(s, AppliesOrganization))
			continue
		}
		x := b.security(s, AppliesActivity)
		for _, a := range s.Edges.Activities {
			f.activitySecurity[a.ID] = append(f.activitySecurity[a.ID], x)
		}
	}
	return f
}

func (b *builder) transfer(t *ent.Transfer, applies string) Transfer {
	x := Transfer{AppliesTo: applies, Scope: string(t.Scope), Country: t.Country, CountryName: b.countryName(t.Country),
		Description: t.Description, Evidence: b.citations(factKey{factTransfer, t.ID})}
	if r := b.recipients[t.RecipientID]; r != nil {
		x.Recipient = r.Name
	}
	if s := b.safeguards[t.SafeguardID]; s != nil {
		sg := &Safeguard{Key: s.Key, Name: s.Name, Mechanism: string(s.Mechanism), Article: s.Article,
			InvalidatedBy: s.InvalidatedBy}
		if s.ValidUntil != nil {
			sg.ValidUntil = s.ValidUntil.Format(time.DateOnly)
			sg.Stale = !s.ValidUntil.After(b.now)
		}
		x.Safeguard = sg
	}
	return x
}

func (b *builder) retention(r *ent.RetentionRule, applies string) Retention {
	return Retention{AppliesTo: applies, Duration: r.Duration, Criterion: r.Criterion,
		EndAction: string(r.EndAction), DataCategories: b.categoryTerms(r.Edges.DataCategories),
		Evidence: b.citations(factKey{factRetention, r.ID})}
}

func (b *builder) security(s *ent.SecurityPractice, applies string) Security {
	x := Security{AppliesTo: applies, Description: s.Description, Evidence: b.citations(factKey{factSecurity, s.ID})}
	if m := s.Edges.Measure; m != nil {
		x.Key, x.Name, x.Kind = m.Key, m.Name, string(m.Kind)
	}
	return x
}

func (b *builder) categoryTerms(cs []*ent.DataCategory) []Term {
	out := make([]Term, 0, len(cs))
	for _, c := range cs {
		if x := b.categories[c.ID]; x != nil {
			out = append(out, Term{Key: x.Key, Name: x.Name})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Key < out[j].Key })
	return out
}

func (b *builder) purposeTerms(ps []*ent.Purpose) []Term {
	out := make([]Term, 0, len(ps))
	for _, p := range ps {
		if x := b.purposes[p.ID]; x != nil {
			out = append(out, Term{Key: x.Key, Name: x.Name})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Key < out[j].Key })
	return out
}

func (b *builder) basis(id int) *Basis {
	x := b.bases[id]
	if x == nil {
		return nil
	}
	return &Basis{Key: x.Key, Name: x.Name, Reference: x.Reference}
}

var appliesOrder = map[string]int{AppliesActivity: 0, AppliesRecipient: 1, AppliesOrganization: 2}

func (b *builder) activity(a *ent.ProcessingActivity, org *orgLevel) Activity {
	x := Activity{
		Name: a.Name, Description: a.Description, BusinessFunction: a.BusinessFunction,
		Role: string(a.Role), OnBehalfOf: a.OnBehalfOf,
		JointControllers: []Party{}, Purposes: []Purpose{}, DataSubjects: []Term{}, DataCategories: []Category{},
		Sources: []Term{}, Recipients: []Recipient{}, Transfers: []Transfer{}, Retention: []Retention{},
		Security: []Security{}, NotStated: []string{},
		AutomatedDecisionMaking: a.AutomatedDecisionMaking, AutomatedDecisionDetails: a.AutomatedDecisionDetails,
		DPIARequired: a.DpiaRequired, ReviewStatus: string(a.ReviewStatus),
		Evidence: b.citations(factKey{factActivity, a.ID}),
	}
	for _, o := range a.Edges.JointControllers {
		x.JointControllers = append(x.JointControllers, b.party(o, false))
	}
	sort.Slice(x.JointControllers, func(i, j int) bool { return x.JointControllers[i].Name < x.JointControllers[j].Name })
	for _, p := range a.Edges.Purposes {
		y := Purpose{LegitimateInterest: p.LegitimateInterest, Evidence: b.citations(factKey{factPurpose, p.ID}),
			LegalBasis: b.basis(p.LegalBasisID), SpecialCondition: b.basis(p.SpecialConditionID)}
		if pp := b.purposes[p.PurposeID]; pp != nil {
			y.Key, y.Name = pp.Key, pp.Name
		}
		x.Purposes = append(x.Purposes, y)
	}
	sort.SliceStable(x.Purposes, func(i, j int) bool {
		pi, pj := x.Purposes[i], x.Purposes[j]
		if pi.Key != pj.Key {
			return pi.Key < pj.Key
		}
		return basisKey(pi.LegalBasis)+"/"+basisKey(pi.SpecialCondition) < basisKey(pj.LegalBasis)+"/"+basisKey(pj.SpecialCondition)
	})
	for _, s := range a.Edges.DataSubjects {
		x.DataSubjects = append(x.DataSubjects, Term{Key: s.Key, Name: s.Name})
	}
	sort.Slice(x.DataSubjects, func(i, j int) bool { return x.DataSubjects[i].Key < x.DataSubjects[j].Key })
	for _, c := range a.Edges.DataCategories {
		if c := b.categories[c.ID]; c != nil {
			x.DataCategories = append(x.DataCategories, Category{Key: c.Key, Name: c.Name,
				SpecialCategory: c.SpecialCategory, CriminalOffence: c.CriminalOffence})
		}
	}
	sort.Slice(x.DataCategories, func(i, j int) bool { return x.DataCategories[i].Key < x.DataCategories[j].Key })
	for _, s := range a.Edges.Sources {
		x.Sources = append(x.Sources, Term{Key: s.Key, Name: s.Name})
	}
	sort.Slice(x.Sources, func(i, j int) bool { return x.Sources[i].Key < x.Sources[j].Key })

	recipients := map[int]bool{}
	for _, d := range a.Edges.Disclosures {
		r := b.recipients[d.RecipientID]
		if r == nil || r.ReviewStatus == review.Rejected {
			continue
		}
		recipients[r.ID] = true
		x.Recipients = append(x.Recipients, Recipient{Name: r.Name, Kind: string(r.Kind), Named: r.Named,
			Service: r.Service, Country: r.Country, CountryName: b.countryName(r.Country),
			DataCategories: b.categoryTerms(d.Edges.DataCategories), Purposes: b.purposeTerms(d.Edges.Purposes),
			Description: d.Description, Evidence: b.citations(factKey{factDisclosure, d.ID}, factKey{factRecipient, r.ID})})
	}
	sort.SliceStable(x.Recipients, func(i, j int) bool { return x.Recipients[i].Name < x.Recipients[j].Name })

	for _, t := range a.Edges.Transfers {
		x.Transfers = append(x.Transfers, b.transfer(t, AppliesActivity))
	}
	var rids []int
	for id := range recipients {
		rids = append(rids, id)
	}
	sort.Ints(rids)
	for _, id := range rids {
		x.Transfers = append(x.Transfers, org.recipientTransfs[id]...)
	}
	x.Transfers = append(x.Transfers, org.transfers...)
	sort.SliceStable(x.Transfers, func(i, j int) bool {
		ti, tj := x.Transfers[i], x.Transfers[j]
		if ti.AppliesTo != tj.AppliesTo {
			return appliesOrder[ti.AppliesTo] < appliesOrder[tj.AppliesTo]
		}
		if ti.Country != tj.Country {
			return ti.Country < tj.Country
		}
		return ti.Recipient < tj.Recipient
	})

	for _, r := range a.Edges.RetentionRules {
		x.Retention = append(x.Retention, b.retention(r, AppliesActivity))
	}
	x.Retention = append(x.Retention, org.retention...)
	x.Security = append(x.Security, org.activitySecurity[a.ID]...)
	x.Security = append(x.Security, org.security...)
	sort.SliceStable(x.Security, func(i, j int) bool {
		si, sj := x.Security[i], x.Security[j]
		if si.AppliesTo != sj.AppliesTo {
			return appliesOrder[si.AppliesTo] < appliesOrder[sj.AppliesTo]
		}
		return si.Key < sj.Key
	})
	x.NotStated = notStated(&x)
	return x
}

func basisKey(b *Basis) string {
	if b == nil {
		return ""
	}
	return b.Key
}

// notStated lists the Art 30 items the catalog holds nothing for.
func notStated(a *Activity) []string {
	out := []string{}
	add := func(empty bool, item string) {
		if empty {
			out = append(out, item)
		}
	}
	add(a.Role == "joint_controller" && len(a.JointControllers) == 0, "jointControllers")
	add(len(a.Purposes) == 0, "purposes")
	if a.Role != "processor" {
		hasBasis := false
		for _, p := range a.Purposes {
			hasBasis = hasBasis || p.LegalBasis != nil
		}
		add(!hasBasis, "legalBasis")
	}
	add(len(a.DataSubjects) == 0, "dataSubjects")
	add(len(a.DataCategories) == 0, "dataCategories")
	add(len(a.Recipients) == 0, "recipients")
	add(len(a.Transfers) == 0, "transfers")
	add(len(a.Retention) == 0, "retention")
	add(len(a.Security) == 0, "security")
	add(len(a.Sources) == 0, "sources")
	return out
}

// groups builds the processor record: one group per named controller,
// then one per description in words of the controllers, then the
// activities whose controller is not stated.
func (b *builder) groups(acts []*ent.ProcessingActivity, org *orgLevel) []ControllerGroup {
	type group struct {
		order int // 0 named, 1 described, 2 not stated
		sort  string
		g     ControllerGroup
	}
	byKey := map[string]*group{}
	var all []*group
	get := func(key string, mk func() *group) *group {
		if g, ok := byKey[key]; ok {
			return g
		}
		g := mk()
		g.g.Activities = []Activity{}
		byKey[key] = g
		all = append(all, g)
		return g
	}
	for _, a := range acts {
		x := b.activity(a, org)
		if len(a.Edges.Controllers) > 0 {
			for _, c := range a.Edges.Controllers {
				g := get(fmt.Sprintf("org:%d", c.ID), func() *group {
					p := b.party(c, false)
					return &group{order: 0, sort: c.Name, g: ControllerGroup{Controller: &p}}
				})
				g.g.Activities = append(g.g.Activities, x)
			}
			continue
		}
		desc := strings.TrimSpace(a.OnBehalfOf)
		order := 1
		if desc == "" {
			order = 2
		}
		g := get(fmt.Sprintf("text:%s", desc), func() *group {
			return &group{order: order, sort: desc, g: ControllerGroup{Description: desc}}
		})
		g.g.Activities = append(g.g.Activities, x)
	}
	sort.SliceStable(all, func(i, j int) bool {
		if all[i].order != all[j].order {
			return all[i].order < all[j].order
		}
		return all[i].sort < all[j].sort
	})
	out := []ControllerGroup{}
	for _, g := range all {
		out = append(out, g.g)
	}
	return out
}
