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
	"github.com/ropacatalog/ropa/ent/statement"
	"github.com/ropacatalog/ropa/ent/transfer"
	"github.com/ropacatalog/ropa/internal/findings"
	"github.com/ropacatalog/ropa/internal/iso"
	"github.com/ropacatalog/ropa/internal/record"
	"github.com/ropacatalog/ropa/internal/review"
	"github.com/ropacatalog/ropa/internal/safeguard"
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
	// ReviewedOnly leaves drafts (unreviewed facts) out.
	ReviewedOnly bool
	// IncludeRejected keeps rejected facts, marked REJECTED.
	IncludeRejected bool
	// Records, when set, is the server's cache of the effective record; a
	// default report reads it instead of loading the organization's record.
	Records *record.Cache
}

// UnknownOrganizationError is Build's error for an organization that is
// not in the catalog.
type UnknownOrganizationError = record.UnknownOrganizationError

// IsUnknownOrganization reports whether err says the organization is not
// in the catalog.
func IsUnknownOrganization(err error) bool {
	var u *UnknownOrganizationError
	return errors.As(err, &u)
}

// Build reads the Article 30 record of org (an organization key such as
// ujet, or its name, case-insensitively) from the effective record
// (internal/record: every fact in its scope, review status resolved) and
// returns its JSON form.
//
// It runs a bounded number of SQL statements whatever the number of
// activities: the organization's effective record (a fixed number), one
// query per vocabulary (data categories, purposes, legal bases,
// safeguards) and for the recipients, one for the evidence spans with the
// facts they state, and one for the notices.
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
	if opts.IncludeRejected {
		ctx = review.WithRejected(ctx) // recipients and evidence of rejected facts too
	}
	o, err := loadRecord(ctx, client, org, opts)
	if err != nil {
		return nil, err
	}
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
			policydocument.FieldLastUpdated, policydocument.FieldSha256, policydocument.FieldOrganizationID,
			policydocument.FieldAudience, policydocument.FieldCurrent).
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
		Version:         Version,
		Kind:            "article30",
		AsOf:            now.Format(time.DateOnly),
		Record:          string(rec),
		ReviewedOnly:    opts.ReviewedOnly,
		IncludeRejected: opts.IncludeRejected,
		Organization:    b.party(o.Organization, true),
		Rights:          b.rights(o.Rights),
		Documents:       documents(docs),
		Statements:      b.statements(o.Statements),
	}
	fs, err := findings.Evaluate(ctx, client, o, now)
	if err != nil {
		return nil, fmt.Errorf("the findings of %s for the Article 30 report: %w", o.Key, err)
	}
	// The report names a finding's facts by their kind, activity and
	// sentences; catalog IDs (the subject and facts an acknowledgement
	// names) mean nothing to a regulator and differ between databases.
	for i := range fs {
		fs[i].Subject = ""
		for j, f := range fs[i].Facts {
			fs[i].Facts[j], _, _ = strings.Cut(f, ":")
		}
	}
	r.Findings = fs
	shared := b.shared(o)
	var controller, processor []*record.Activity
	for _, a := range o.Activities {
		if a.Role == processingactivity.RoleProcessor {
			processor = append(processor, a)
		} else {
			controller = append(controller, a)
		}
	}
	if rec != RecordProcessor {
		r.Controller = &ControllerRecord{Activities: []Activity{}}
		for _, a := range controller {
			r.Controller.Activities = append(r.Controller.Activities, b.activity(a, shared))
		}
	}
	if rec != RecordController {
		r.Processor = &ProcessorRecord{Controllers: b.groups(processor, shared)}
	}
	r.Shared = shared.used(r)
	return r, nil
}

// loadRecord finds org by key or name in the effective record read with
// the report's options.
func loadRecord(ctx context.Context, client *ent.Client, org string, opts Options) (*record.Organization, error) {
	if strings.TrimSpace(org) == "" {
		return nil, &UnknownOrganizationError{Org: org, Known: knownKeys(ctx, client)}
	}
	ro := record.Options{ReviewedOnly: opts.ReviewedOnly, IncludeRejected: opts.IncludeRejected}
	if opts.Records != nil && ro.Default() {
		rec, err := opts.Records.Get(ctx)
		if err != nil {
			return nil, fmt.Errorf("reading the record of %q for the Article 30 report: %w", org, err)
		}
		if o := rec.OrganizationByKey(org); o != nil {
			return o, nil
		}
		return nil, &UnknownOrganizationError{Org: org, Known: knownKeys(ctx, client)}
	}
	found, err := client.Organization.Query().
		Where(organization.Or(organization.KeyEqualFold(org), organization.NameEqualFold(org))).
		Order(ent.Asc(organization.FieldID)).First(ctx)
	if ent.IsNotFound(err) {
		return nil, &UnknownOrganizationError{Org: org, Known: knownKeys(ctx, client)}
	}
	if err != nil {
		return nil, fmt.Errorf("loading organization %q for the Article 30 report: %w", org, err)
	}
	ro.Org = &found.ID
	rec, err := record.Load(ctx, client, ro)
	if err != nil {
		return nil, fmt.Errorf("loading the record of %s for the Article 30 report: %w", found.Key, err)
	}
	return rec.Organization(found.ID), nil
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
	factStatement
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
			evidence.HasStatementsWith(statement.OrganizationID(org)),
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
		WithStatements(func(q *ent.StatementQuery) { q.Select(statement.FieldID) }).
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
		for _, x := range e.Edges.Statements {
			add(factStatement, x.ID, e)
		}
	}
	return nil
}

func documents(docs []*ent.PolicyDocument) []Document {
	out := make([]Document, 0, len(docs))
	for _, d := range docs {
		doc := Document{Title: d.Title, URL: d.URL, File: d.FileName, SHA256: d.Sha256,
			Audience: d.Audience, Current: d.Current}
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
		x := Right{Channel: r.Channel, ResponseTime: r.ResponseTime, BusinessDays: r.BusinessDays,
			Jurisdictions: append([]string{}, r.Jurisdictions...), Conditions: r.Conditions,
			Notice: b.noticeTitle(r.NoticeID), ReviewStatus: string(r.ReviewStatus),
			Evidence: b.citations(factKey{factRight, r.ID})}
		if rt := r.Edges.Right; rt != nil {
			x.Key, x.Name, x.Reference = rt.Key, rt.Name, rt.Reference
		}
		out = append(out, x)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Key != out[j].Key {
			return out[i].Key < out[j].Key
		}
		return out[i].Notice < out[j].Notice
	})
	return out
}

func (b *builder) statements(ss []*ent.Statement) []Statement {
	out := []Statement{}
	for _, s := range ss {
		x := Statement{Kind: string(s.Kind), Text: s.Text, Notice: b.noticeTitle(s.NoticeID),
			DataCategories: b.categoryTerms(s.Edges.DataCategories), Purposes: b.purposeTerms(s.Edges.Purposes),
			ReviewStatus: string(s.ReviewStatus), Evidence: b.citations(factKey{factStatement, s.ID})}
		if s.LegalBasisID != 0 {
			x.LegalBasis = b.basis(s.LegalBasisID)
		}
		out = append(out, x)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Notice != out[j].Notice {
			return out[i].Notice < out[j].Notice
		}
		if out[i].Kind != out[j].Kind {
			return out[i].Kind < out[j].Kind
		}
		return out[i].Text < out[j].Text
	})
	return out
}

func (b *builder) noticeTitle(id int) string {
	if d := b.docs[id]; d != nil {
		return d.Title
	}
	return ""
}

// sharedSets are the facts stated once for many activities: each notice's
// for all the processing it describes, and the organization's own.
type sharedSets struct {
	byID  map[string]*Shared
	order []string
	// Which set an activity reads: its notice's and the organization's.
	notice map[int]string // notice ID -> set ID
}

// isShared reports whether a fact of this scope, naming no recipient and
// no data categories, belongs in a shared set.
func isShared(s record.Scope) bool {
	return s == record.ScopeNotice || s == record.ScopeOrganization
}

func (b *builder) shared(o *record.Organization) *sharedSets {
	ss := &sharedSets{byID: map[string]*Shared{}, notice: map[int]string{}}
	get := func(id, applies, notice string) *Shared {
		if x, ok := ss.byID[id]; ok {
			return x
		}
		x := &Shared{ID: id, AppliesTo: applies, Notice: notice, Transfers: []Transfer{},
			Retention: []Retention{}, Security: []Security{}, Activities: []string{}}
		ss.byID[id] = x
		ss.order = append(ss.order, id)
		return x
	}
	set := func(notice int) *Shared {
		if notice == 0 {
			return get("organization", AppliesOrganization, "")
		}
		d := b.docs[notice]
		id := fmt.Sprintf("notice-%d", notice)
		title := ""
		if d != nil {
			id, title = "notice-"+d.Sha256[:min(12, len(d.Sha256))], d.Title
		}
		ss.notice[notice] = id
		return get(id, AppliesNotice, title)
	}
	for _, t := range o.Transfers {
		if sc := record.TransferScope(t); isShared(sc) {
			x := set(t.NoticeID)
			x.Transfers = append(x.Transfers, b.transfer(t, x.AppliesTo))
		}
	}
	for _, r := range o.Retention {
		if sc := record.RetentionScope(r); isShared(sc) && len(r.Edges.DataCategories) == 0 {
			x := set(r.NoticeID)
			x.Retention = append(x.Retention, b.retention(r, x.AppliesTo))
		}
	}
	for _, s := range o.Security {
		if sc := record.SecurityScope(s); isShared(sc) {
			x := set(s.NoticeID)
			x.Security = append(x.Security, b.security(s, x.AppliesTo))
		}
	}
	for _, x := range ss.byID {
		sortTransfers(x.Transfers)
		sortSecurity(x.Security)
	}
	return ss
}

// of returns the shared sets that apply to activity a.
func (ss *sharedSets) of(a *record.Activity) []*Shared {
	var out []*Shared
	if id, ok := ss.notice[a.NoticeID]; ok && a.NoticeID != 0 {
		out = append(out, ss.byID[id])
	}
	if x, ok := ss.byID["organization"]; ok {
		out = append(out, x)
	}
	return out
}

// used returns the shared sets some activity of the report refers to,
// noting the activities in each.
func (ss *sharedSets) used(r *Report) []Shared {
	refs := map[string][]string{}
	note := func(acts []Activity) {
		for _, a := range acts {
			for _, id := range a.Shared {
				refs[id] = append(refs[id], a.Name)
			}
		}
	}
	if r.Controller != nil {
		note(r.Controller.Activities)
	}
	if r.Processor != nil {
		for _, g := range r.Processor.Controllers {
			note(g.Activities)
		}
	}
	out := []Shared{}
	for _, id := range ss.order {
		names := refs[id]
		if len(names) == 0 {
			continue
		}
		x := *ss.byID[id]
		x.Activities = uniqueSorted(names)
		out = append(out, x)
	}
	// The notices' sets by title, then the organization's, whatever the
	// order the facts were loaded in.
	sort.SliceStable(out, func(i, j int) bool {
		oi, oj := out[i].AppliesTo == AppliesOrganization, out[j].AppliesTo == AppliesOrganization
		if oi != oj {
			return oj
		}
		if out[i].Notice != out[j].Notice {
			return out[i].Notice < out[j].Notice
		}
		return out[i].ID < out[j].ID
	})
	return out
}

func uniqueSorted(ss []string) []string {
	sort.Strings(ss)
	out := ss[:0]
	for i, s := range ss {
		if i == 0 || s != ss[i-1] {
			out = append(out, s)
		}
	}
	return out
}

func (b *builder) transfer(t *ent.Transfer, applies string) Transfer {
	x := Transfer{AppliesTo: applies, Scope: string(t.Scope), Country: t.Country, CountryName: b.countryName(t.Country),
		Description: t.Description, Alternatives: t.Alternatives, ReviewStatus: string(t.ReviewStatus),
		Evidence: b.citations(factKey{factTransfer, t.ID})}
	if r := b.recipients[t.RecipientID]; r != nil {
		x.Recipient = r.Name
	}
	if s := b.safeguards[t.SafeguardID]; s != nil {
		sg := &Safeguard{Key: s.Key, Name: s.Name, Mechanism: string(s.Mechanism), Article: s.Article,
			InvalidatedBy: s.InvalidatedBy}
		if s.ValidUntil != nil {
			sg.ValidUntil = s.ValidUntil.Format(time.DateOnly)
			sg.Stale = safeguard.InvalidSince(s, b.now) != nil
		}
		x.Safeguard = sg
	}
	return x
}

func (b *builder) retention(r *ent.RetentionRule, applies string) Retention {
	return Retention{AppliesTo: applies, Duration: r.Duration, Criterion: r.Criterion,
		EndAction: string(r.EndAction), DataCategories: b.categoryTerms(r.Edges.DataCategories),
		ReviewStatus: string(r.ReviewStatus), Evidence: b.citations(factKey{factRetention, r.ID})}
}

func (b *builder) security(s *ent.SecurityPractice, applies string) Security {
	x := Security{AppliesTo: applies, Description: s.Description, ReviewStatus: string(s.ReviewStatus),
		Evidence: b.citations(factKey{factSecurity, s.ID})}
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

var appliesOrder = map[string]int{AppliesActivity: 0, AppliesRecipient: 1, AppliesNotice: 2, AppliesOrganization: 3}

func sortTransfers(ts []Transfer) {
	sort.SliceStable(ts, func(i, j int) bool {
		ti, tj := ts[i], ts[j]
		if ti.AppliesTo != tj.AppliesTo {
			return appliesOrder[ti.AppliesTo] < appliesOrder[tj.AppliesTo]
		}
		if ti.Country != tj.Country {
			return ti.Country < tj.Country
		}
		if ti.Recipient != tj.Recipient {
			return ti.Recipient < tj.Recipient
		}
		return safeguardKey(ti.Safeguard) < safeguardKey(tj.Safeguard)
	})
}

func safeguardKey(s *Safeguard) string {
	if s == nil {
		return ""
	}
	return s.Key
}

func sortSecurity(ss []Security) {
	sort.SliceStable(ss, func(i, j int) bool {
		si, sj := ss[i], ss[j]
		if si.AppliesTo != sj.AppliesTo {
			return appliesOrder[si.AppliesTo] < appliesOrder[sj.AppliesTo]
		}
		return si.Key < sj.Key
	})
}

// appliesOf says how a fact of scope sc reaches an activity.
func appliesOf(sc record.Scope) string {
	switch sc {
	case record.ScopeActivity:
		return AppliesActivity
	case record.ScopeRecipient:
		return AppliesRecipient
	case record.ScopeNotice:
		return AppliesNotice
	}
	return AppliesOrganization
}

func (b *builder) activity(ra *record.Activity, shared *sharedSets) Activity {
	a := ra.ProcessingActivity
	x := Activity{
		Name: a.Name, Description: a.Description, BusinessFunction: a.BusinessFunction,
		Role: string(a.Role), OnBehalfOf: a.OnBehalfOf,
		JointControllers: []Party{}, Purposes: []Purpose{}, DataSubjects: []Term{}, DataCategories: []Category{},
		Sources: []Term{}, Recipients: []Recipient{}, Transfers: []Transfer{}, Retention: []Retention{},
		Security: []Security{}, Shared: []string{}, NotStated: []string{}, Notice: b.noticeTitle(a.NoticeID),
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
			LegalBasis: b.basis(p.LegalBasisID), SpecialCondition: b.basis(p.SpecialConditionID),
			ReviewStatus: string(p.ReviewStatus)}
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

	for _, d := range a.Edges.Disclosures {
		r := d.Edges.Recipient
		status := d.ReviewStatus
		if status == review.Reviewed {
			status = r.ReviewStatus // a confirmed disclosure to a draft recipient is a draft
		}
		x.Recipients = append(x.Recipients, Recipient{Name: r.Name, Kind: string(r.Kind), Named: r.Named,
			Service: r.Service, Country: r.Country, CountryName: b.countryName(r.Country),
			DataCategories: b.categoryTerms(d.Edges.DataCategories), Purposes: b.purposeTerms(d.Edges.Purposes),
			Description: d.Description, ReviewStatus: string(status),
			Evidence: b.citations(factKey{factDisclosure, d.ID}, factKey{factRecipient, r.ID})})
	}
	sort.SliceStable(x.Recipients, func(i, j int) bool { return x.Recipients[i].Name < x.Recipients[j].Name })

	// Facts stated for this activity or its recipients are its own; those
	// its notice or the organization states for everything are shared.
	for _, t := range ra.Transfers {
		if sc := record.TransferScope(t); !isShared(sc) {
			x.Transfers = append(x.Transfers, b.transfer(t, appliesOf(sc)))
		}
	}
	sortTransfers(x.Transfers)
	for _, r := range ra.Retention {
		if sc := record.RetentionScope(r); !isShared(sc) || len(r.Edges.DataCategories) > 0 {
			x.Retention = append(x.Retention, b.retention(r, appliesOf(sc)))
		}
	}
	for _, s := range ra.Security {
		if sc := record.SecurityScope(s); !isShared(sc) {
			x.Security = append(x.Security, b.security(s, appliesOf(sc)))
		}
	}
	sortSecurity(x.Security)
	var sets []*Shared
	for _, set := range shared.of(ra) {
		if len(set.Transfers)+len(set.Retention)+len(set.Security) > 0 {
			x.Shared = append(x.Shared, set.ID)
			sets = append(sets, set)
		}
	}
	x.NotStated = notStated(&x, sets)
	return x
}

func basisKey(b *Basis) string {
	if b == nil {
		return ""
	}
	return b.Key
}

// groups builds the processor record: one group per named controller,
// then one per description in words of the controllers, then the
// activities whose controller is not stated.
func (b *builder) groups(acts []*record.Activity, shared *sharedSets) []ControllerGroup {
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
		x := b.activity(a, shared)
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
