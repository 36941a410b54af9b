package seed

import (
	"context"
	"fmt"
	"path"
	"slices"
	"sort"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/ropacatalog/ropa/ent"
	"github.com/ropacatalog/ropa/ent/activitypurpose"
	"github.com/ropacatalog/ropa/ent/datasubjectright"
	"github.com/ropacatalog/ropa/ent/disclosure"
	"github.com/ropacatalog/ropa/ent/evidence"
	"github.com/ropacatalog/ropa/ent/organization"
	"github.com/ropacatalog/ropa/ent/policydocument"
	"github.com/ropacatalog/ropa/ent/processingactivity"
	"github.com/ropacatalog/ropa/ent/recipient"
	"github.com/ropacatalog/ropa/ent/retentionrule"
	"github.com/ropacatalog/ropa/ent/securitypractice"
	"github.com/ropacatalog/ropa/ent/statement"
	"github.com/ropacatalog/ropa/ent/system"
	"github.com/ropacatalog/ropa/ent/transfer"
	"github.com/ropacatalog/ropa/internal/review"
)

// The record as code (issue 16, item 5): the catalog written back in the
// seed format, one notice file per policy document, which `ropa apply`
// reconciles the catalog with and `ropa validate` checks.

// MarshalYAML writes a key as its plain value.
func (k Key) MarshalYAML() (any, error) { return k.Value, nil }

// MarshalYAML writes a date as YYYY-MM-DD.
func (d Date) MarshalYAML() (any, error) { return d.Time.Format("2006-01-02"), nil }

// MarshalYAML writes a span on one line, as the seed files do.
func (s Span) MarshalYAML() (any, error) {
	n := &yaml.Node{Kind: yaml.MappingNode, Style: yaml.FlowStyle}
	add := func(k, v string, tag string, style yaml.Style) {
		n.Content = append(n.Content,
			&yaml.Node{Kind: yaml.ScalarNode, Value: k},
			&yaml.Node{Kind: yaml.ScalarNode, Value: v, Tag: tag, Style: style})
	}
	add("start", fmt.Sprint(s.Start), "!!int", 0)
	add("end", fmt.Sprint(s.End), "!!int", 0)
	add("quote", s.Quote, "!!str", yaml.DoubleQuotedStyle)
	return n, nil
}

// Bundle is an export in the seed layout: notices/*.yaml and the policy
// texts they cite, policies/*, and organizations/*.yaml, the facts entered
// for each organization itself.
type Bundle struct {
	Files map[string][]byte // path in the layout -> content
	// Warnings lists facts the export could not write whole (a notice's
	// fact citing no sentence of it; an organization's fact citing one).
	Warnings []string
}

// exported is one notice read back from the catalog, with the IDs of its
// facts in the order the file lists them.
type exported struct {
	file NoticeFile
	doc  *ent.PolicyDocument
	org  *ent.Organization
	name string // notices/<org>-<document>.yaml

	systems     map[string]int   // key -> ID
	datasets    map[string]int   // system.dataset -> ID
	recipients  map[string]int   // name -> ID
	activities  map[string]int   // name -> ID
	purposes    map[string][]int // activity \x00 purpose key -> IDs, in file order
	disclosures map[string][]int
	actTransfer map[string][]int
	actRetain   map[string][]int
	transfers   []int
	retention   []int
	security    []int
	rights      []int
	statements  []int

	noEvidence int // facts citing no span of this notice
	// dropped counts facts of an organization file that cite evidence,
	// which the file cannot carry.
	dropped int
}

// Export writes the organizations (one, by key, or every one when org is
// empty) in the seed format.
func Export(ctx context.Context, client *ent.Client, org string) (*Bundle, error) {
	q := client.Organization.Query().Order(ent.Asc(organization.FieldKey))
	if org != "" {
		q.Where(organization.Key(org))
	}
	orgs, err := q.All(ctx)
	if err != nil {
		return nil, err
	}
	if org != "" && len(orgs) == 0 {
		return nil, fmt.Errorf("no organization with key %q in the catalog", org)
	}
	b := &Bundle{Files: map[string][]byte{}}
	for _, o := range orgs {
		docs, err := client.PolicyDocument.Query().Where(policydocument.OrganizationID(o.ID)).
			Order(ent.Asc(policydocument.FieldID)).All(ctx)
		if err != nil {
			return nil, err
		}
		for _, d := range docs {
			e, err := exportNotice(ctx, client, o, d)
			if err != nil {
				return nil, err
			}
			src, err := MarshalNotice(&e.file)
			if err != nil {
				return nil, err
			}
			b.Files[e.name] = src
			if e.noEvidence > 0 {
				b.Warnings = append(b.Warnings, fmt.Sprintf("%s: %d facts cite no sentence of this notice (entered without evidence, or citing another document): written without evidence, which validate and apply refuse until spans are added",
					e.name, e.noEvidence))
			}
			b.Files[path.Join("policies", d.FileName)] = []byte(d.Text)
		}
		// The facts entered for the organization itself, and an
		// organization no notice states, go to organizations/ORG.yaml.
		e, err := exportNotice(ctx, client, o, nil)
		if err != nil {
			return nil, err
		}
		if !e.file.empty() || len(docs) == 0 {
			of := organizationFile(&e.file)
			src, err := MarshalOrganization(&of)
			if err != nil {
				return nil, err
			}
			b.Files[e.name] = src
		}
		if e.dropped > 0 {
			b.Warnings = append(b.Warnings, fmt.Sprintf("%s: %d facts entered for the organization cite evidence, which an organization file does not carry: written without it",
				e.name, e.dropped))
		}
	}
	return b, nil
}

// MarshalNotice writes a notice file.
func MarshalNotice(f *NoticeFile) ([]byte, error) {
	var sb strings.Builder
	enc := yaml.NewEncoder(&sb)
	enc.SetIndent(2)
	if err := enc.Encode(f); err != nil {
		return nil, err
	}
	if err := enc.Close(); err != nil {
		return nil, err
	}
	return []byte(sb.String()), nil
}

// noticeFileName names the export of document d of organization o.
func noticeFileName(o *ent.Organization, d *ent.PolicyDocument) string {
	base := strings.TrimSuffix(d.FileName, path.Ext(d.FileName))
	if base == "" {
		base = fmt.Sprint(d.ID)
	}
	return path.Join("notices", o.Key+"-"+base+".yaml")
}

// organizationFileName names the organization file of o.
func organizationFileName(o *ent.Organization) string {
	return path.Join("organizations", o.Key+".yaml")
}

// MarshalOrganization writes an organization file: the seed format without
// evidence, which its facts do not carry.
func MarshalOrganization(f *OrganizationFile) ([]byte, error) {
	var n yaml.Node
	if err := n.Encode(f); err != nil {
		return nil, err
	}
	dropEvidence(&n)
	var sb strings.Builder
	enc := yaml.NewEncoder(&sb)
	enc.SetIndent(2)
	if err := enc.Encode(&n); err != nil {
		return nil, err
	}
	if err := enc.Close(); err != nil {
		return nil, err
	}
	return []byte(sb.String()), nil
}

// dropEvidence removes every evidence key from a YAML tree.
func dropEvidence(n *yaml.Node) {
	if n.Kind == yaml.MappingNode {
		var kept []*yaml.Node
		for i := 0; i+1 < len(n.Content); i += 2 {
			if n.Content[i].Value == "evidence" {
				continue
			}
			kept = append(kept, n.Content[i], n.Content[i+1])
		}
		n.Content = kept
	}
	for _, c := range n.Content {
		dropEvidence(c)
	}
}

// empty reports whether a file read back holds no fact.
func (f *NoticeFile) empty() bool {
	return len(f.Systems)+len(f.Recipients)+len(f.Activities)+len(f.Transfers)+len(f.Retention)+
		len(f.Security)+len(f.Rights)+len(f.Statements) == 0
}

// spansIn returns the spans of evidence that lie in document doc, ordered.
func spansIn(evs []*ent.Evidence, doc int) []Span {
	var out []Span
	seen := map[[2]int]bool{}
	for _, e := range evs {
		if e.DocumentID != doc || seen[[2]int{e.Start, e.End}] {
			continue
		}
		seen[[2]int{e.Start, e.End}] = true
		out = append(out, Span{Start: e.Start, End: e.End, Quote: e.Quote})
	}
	sortSpans(out)
	return out
}

func sortSpans(s []Span) {
	sort.Slice(s, func(i, j int) bool {
		if s[i].Start != s[j].Start {
			return s[i].Start < s[j].Start
		}
		return s[i].End < s[j].End
	})
}

// firstDoc is the document of the first of a fact's spans, 0 for none.
func firstDoc(evs []*ent.Evidence) int {
	best := 0
	for _, e := range evs {
		if best == 0 || e.ID < best {
			best = e.ID
		}
	}
	for _, e := range evs {
		if e.ID == best {
			return e.DocumentID
		}
	}
	return 0
}

func keysOf[T any](xs []T, key func(T) string) []Key {
	var out []Key
	for _, x := range xs {
		out = append(out, Key{Value: key(x)})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Value < out[j].Value })
	return out
}

func optKey(k string) *Key {
	if k == "" {
		return nil
	}
	return &Key{Value: k}
}

func byID(q *ent.EvidenceQuery) { q.Order(ent.Asc(evidence.FieldID)) }

// exportNotice reads document d of organization o back as a notice file.
//
// With d nil it reads the facts entered for the organization itself, its
// organization file: activities and organization-wide facts scoped to no
// notice, recipients and systems citing no notice.
func exportNotice(ctx context.Context, c *ent.Client, o *ent.Organization, d *ent.PolicyDocument) (*exported, error) {
	docID := 0
	name := organizationFileName(o)
	if d != nil {
		docID, name = d.ID, noticeFileName(o, d)
	}
	e := &exported{doc: d, org: o, name: name,
		systems: map[string]int{}, datasets: map[string]int{}, recipients: map[string]int{}, activities: map[string]int{},
		purposes: map[string][]int{}, disclosures: map[string][]int{}, actTransfer: map[string][]int{}, actRetain: map[string][]int{}}
	f := &e.file
	// sp is spansIn for this notice, counting the facts it leaves with no
	// span: the format needs one, so validate and apply refuse them.
	sp := func(evs []*ent.Evidence) []Span {
		if d == nil {
			if len(evs) > 0 {
				e.dropped++
			}
			return nil
		}
		out := spansIn(evs, d.ID)
		if len(out) == 0 {
			e.noEvidence++
		}
		return out
	}
	var orgEv []*ent.Evidence
	if d != nil {
		f.Document = Document{File: d.FileName, Title: d.Title, URL: d.URL, Audience: d.Audience}
		if d.LastUpdated != nil {
			f.Document.LastUpdated = &Date{Time: *d.LastUpdated}
		}
		if !d.Current {
			f.Document.Current = new(bool)
		}
		var err error
		if orgEv, err = c.Organization.QueryEvidence(o).Order(ent.Asc(evidence.FieldID)).All(ctx); err != nil {
			return nil, err
		}
	}
	roles := append([]string{}, o.Roles...)
	sort.Strings(roles)
	f.Organization = Organization{Key: o.Key, Name: o.Name, Roles: roles, Country: o.Country, Address: o.Address,
		Email: o.Email, Phone: o.Phone, Website: o.Website, Evidence: spansIn(orgEv, docID)}
	if o.DpoName != "" || o.DpoEmail != "" || o.DpoPhone != "" || o.DpoAddress != "" {
		f.Organization.DPO = &Contact{Name: o.DpoName, Email: o.DpoEmail, Phone: o.DpoPhone, Address: o.DpoAddress}
	}
	if o.RepresentativeName != "" || o.RepresentativeEmail != "" || o.RepresentativeAddress != "" {
		f.Organization.Representative = &Contact{Name: o.RepresentativeName, Email: o.RepresentativeEmail, Address: o.RepresentativeAddress}
	}

	// Systems and recipients belong to the organization; a notice lists
	// those its spans first cite.
	syss, err := c.System.Query().Where(system.OrganizationID(o.ID)).Order(ent.Asc(system.FieldID)).
		WithEvidence(byID).
		WithDatasets(func(q *ent.DatasetQuery) {
			q.Order(ent.Asc("id")).WithEvidence(byID).WithFields(func(q *ent.DataFieldQuery) {
				q.Order(ent.Asc("id")).WithEvidence(byID).WithDataCategory()
			})
		}).All(ctx)
	if err != nil {
		return nil, err
	}
	for _, s := range syss {
		if s.ReviewStatus == review.Rejected {
			continue
		}
		if firstDoc(s.Edges.Evidence) != docID {
			continue
		}
		sys := System{Key: s.Key, Name: s.Name, Description: s.Description, Evidence: sp(s.Edges.Evidence)}
		for _, ds := range s.Edges.Datasets {
			if ds.ReviewStatus == review.Rejected {
				continue
			}
			set := Dataset{Key: ds.Key, Name: ds.Name, Description: ds.Description, Evidence: sp(ds.Edges.Evidence)}
			for _, fl := range ds.Edges.Fields {
				if fl.ReviewStatus == review.Rejected {
					continue
				}
				fd := Field{Key: fl.Key, Name: fl.Name, Description: fl.Description, Evidence: sp(fl.Edges.Evidence)}
				if fl.Edges.DataCategory != nil {
					fd.Category = Key{Value: fl.Edges.DataCategory.Key}
				}
				set.Fields = append(set.Fields, fd)
			}
			e.datasets[s.Key+"."+ds.Key] = ds.ID
			sys.Datasets = append(sys.Datasets, set)
		}
		e.systems[s.Key] = s.ID
		f.Systems = append(f.Systems, sys)
	}
	recs, err := c.Recipient.Query().Where(recipient.OrganizationID(o.ID)).Order(ent.Asc(recipient.FieldID)).
		WithEvidence(byID).All(ctx)
	if err != nil {
		return nil, err
	}
	recName, rejectedRec := map[int]string{}, map[int]bool{}
	for _, r := range recs {
		recName[r.ID] = r.Name
		if r.ReviewStatus == review.Rejected {
			rejectedRec[r.ID] = true
			continue
		}
		if firstDoc(r.Edges.Evidence) != docID {
			continue
		}
		e.recipients[r.Name] = r.ID
		f.Recipients = append(f.Recipients, Recipient{Name: r.Name, Named: r.Named, Kind: string(r.Kind),
			Service: r.Service, Country: r.Country, Evidence: sp(r.Edges.Evidence)})
	}

	// A recipient the query leaves out or that was rejected: the facts
	// naming it are left out too.
	hiddenRec := func(id int) bool {
		_, ok := recName[id]
		return !ok || rejectedRec[id]
	}
	transferOf := func(t *ent.Transfer) Transfer {
		out := Transfer{Scope: string(t.Scope), Country: t.Country, Alternatives: t.Alternatives,
			Description: t.Description, Evidence: sp(t.Edges.Evidence)}
		if t.RecipientID != 0 {
			out.Recipient = &Key{Value: recName[t.RecipientID]}
		}
		if t.Edges.Safeguard != nil {
			out.Safeguard = &Key{Value: t.Edges.Safeguard.Key}
		}
		return out
	}
	retentionOf := func(r *ent.RetentionRule) Retention {
		return Retention{Duration: r.Duration, Criterion: r.Criterion, End: string(r.EndAction),
			Categories: keysOf(r.Edges.DataCategories, func(c *ent.DataCategory) string { return c.Key }),
			Evidence:   sp(r.Edges.Evidence)}
	}

	actScope := processingactivity.And(processingactivity.OrganizationID(o.ID), processingactivity.NoticeIDIsNil())
	trScope := transfer.And(transfer.OrganizationID(o.ID), transfer.NoticeIDIsNil())
	rrScope := retentionrule.And(retentionrule.OrganizationID(o.ID), retentionrule.NoticeIDIsNil())
	spScope := securitypractice.And(securitypractice.OrganizationID(o.ID), securitypractice.NoticeIDIsNil())
	rtScope := datasubjectright.And(datasubjectright.OrganizationID(o.ID), datasubjectright.NoticeIDIsNil())
	stScope := statement.And(statement.OrganizationID(o.ID), statement.NoticeIDIsNil())
	if d != nil {
		actScope, trScope, rrScope = processingactivity.NoticeID(d.ID), transfer.NoticeID(d.ID), retentionrule.NoticeID(d.ID)
		spScope, rtScope, stScope = securitypractice.NoticeID(d.ID), datasubjectright.NoticeID(d.ID), statement.NoticeID(d.ID)
	}
	acts, err := c.ProcessingActivity.Query().Where(actScope).
		Order(ent.Asc(processingactivity.FieldID)).
		WithEvidence(byID).WithControllers().WithDataSubjects().WithDataCategories().WithSources().WithSystems().
		WithPurposes(func(q *ent.ActivityPurposeQuery) {
			q.Order(ent.Asc(activitypurpose.FieldID)).WithEvidence(byID).WithPurpose().WithLegalBasis().WithSpecialCondition()
		}).
		WithDisclosures(func(q *ent.DisclosureQuery) {
			q.Order(ent.Asc(disclosure.FieldID)).WithEvidence(byID).WithDataCategories().WithPurposes()
		}).
		WithTransfers(func(q *ent.TransferQuery) {
			q.Order(ent.Asc(transfer.FieldID)).WithEvidence(byID).WithSafeguard()
		}).
		WithRetentionRules(func(q *ent.RetentionRuleQuery) {
			q.Order(ent.Asc(retentionrule.FieldID)).WithEvidence(byID).WithDataCategories()
		}).All(ctx)
	if err != nil {
		return nil, err
	}
	actName := map[int]string{}
	for _, a := range acts {
		if a.ReviewStatus == review.Rejected {
			continue
		}
		actName[a.ID] = a.Name
		ed := a.Edges
		act := Activity{Name: a.Name, Description: a.Description, BusinessFunction: a.BusinessFunction,
			Role: string(a.Role), OnBehalfOf: a.OnBehalfOf,
			AutomatedDecisionMaking: a.AutomatedDecisionMaking, AutomatedDecisionDetails: a.AutomatedDecisionDetails,
			DPIARequired: a.DpiaRequired,
			Controllers:  keysOf(ed.Controllers, func(o *ent.Organization) string { return o.Key }),
			Subjects:     keysOf(ed.DataSubjects, func(s *ent.DataSubjectCategory) string { return s.Key }),
			Categories:   keysOf(ed.DataCategories, func(c *ent.DataCategory) string { return c.Key }),
			Sources:      keysOf(ed.Sources, func(s *ent.DataSource) string { return s.Key }),
			Systems:      keysOf(ed.Systems, func(s *ent.System) string { return s.Key }),
			Evidence:     sp(ed.Evidence)}
		for _, p := range ed.Purposes {
			if p.ReviewStatus == review.Rejected {
				continue
			}
			pp := Purpose{LegitimateInterest: p.LegitimateInterest, Evidence: sp(p.Edges.Evidence)}
			if p.Edges.Purpose != nil {
				pp.Purpose = Key{Value: p.Edges.Purpose.Key}
			}
			if p.Edges.LegalBasis != nil {
				pp.Basis = &Key{Value: p.Edges.LegalBasis.Key}
			}
			if p.Edges.SpecialCondition != nil {
				pp.Condition = &Key{Value: p.Edges.SpecialCondition.Key}
			}
			k := a.Name + "\x00" + pp.Purpose.Value
			e.purposes[k] = append(e.purposes[k], p.ID)
			act.Purposes = append(act.Purposes, pp)
		}
		for _, x := range ed.Disclosures {
			if x.ReviewStatus == review.Rejected || hiddenRec(x.RecipientID) {
				continue
			}
			act.Disclosures = append(act.Disclosures, Disclosure{Recipient: Key{Value: recName[x.RecipientID]},
				Categories:  keysOf(x.Edges.DataCategories, func(c *ent.DataCategory) string { return c.Key }),
				Purposes:    keysOf(x.Edges.Purposes, func(p *ent.Purpose) string { return p.Key }),
				Description: x.Description, Evidence: sp(x.Edges.Evidence)})
			e.disclosures[a.Name] = append(e.disclosures[a.Name], x.ID)
		}
		for _, t := range ed.Transfers {
			if t.ReviewStatus == review.Rejected || (t.RecipientID != 0 && hiddenRec(t.RecipientID)) {
				continue
			}
			act.Transfers = append(act.Transfers, transferOf(t))
			e.actTransfer[a.Name] = append(e.actTransfer[a.Name], t.ID)
		}
		for _, r := range ed.RetentionRules {
			if r.ReviewStatus == review.Rejected {
				continue
			}
			act.Retention = append(act.Retention, retentionOf(r))
			e.actRetain[a.Name] = append(e.actRetain[a.Name], r.ID)
		}
		e.activities[a.Name] = a.ID
		f.Activities = append(f.Activities, act)
	}

	ts, err := c.Transfer.Query().Where(trScope, transfer.ActivityIDIsNil()).
		Order(ent.Asc(transfer.FieldID)).WithEvidence(byID).WithSafeguard().All(ctx)
	if err != nil {
		return nil, err
	}
	for _, t := range ts {
		if t.ReviewStatus == review.Rejected || (t.RecipientID != 0 && hiddenRec(t.RecipientID)) {
			continue
		}
		f.Transfers = append(f.Transfers, transferOf(t))
		e.transfers = append(e.transfers, t.ID)
	}
	rs, err := c.RetentionRule.Query().Where(rrScope, retentionrule.ActivityIDIsNil()).
		Order(ent.Asc(retentionrule.FieldID)).WithEvidence(byID).WithDataCategories().All(ctx)
	if err != nil {
		return nil, err
	}
	for _, r := range rs {
		if r.ReviewStatus == review.Rejected {
			continue
		}
		f.Retention = append(f.Retention, retentionOf(r))
		e.retention = append(e.retention, r.ID)
	}
	sps, err := c.SecurityPractice.Query().Where(spScope).
		Order(ent.Asc(securitypractice.FieldID)).WithEvidence(byID).WithMeasure().WithActivities().All(ctx)
	if err != nil {
		return nil, err
	}
	for _, s := range sps {
		if s.ReviewStatus == review.Rejected {
			continue
		}
		sec := Security{Description: s.Description, Evidence: sp(s.Edges.Evidence),
			Activities: keysOf(slices.DeleteFunc(s.Edges.Activities, func(a *ent.ProcessingActivity) bool { return a.ReviewStatus == review.Rejected }),
				func(a *ent.ProcessingActivity) string { return a.Name })}
		if s.Edges.Measure != nil {
			sec.Measure = Key{Value: s.Edges.Measure.Key}
		}
		f.Security = append(f.Security, sec)
		e.security = append(e.security, s.ID)
	}
	rts, err := c.DataSubjectRight.Query().Where(rtScope).
		Order(ent.Asc(datasubjectright.FieldID)).WithEvidence(byID).WithRight().All(ctx)
	if err != nil {
		return nil, err
	}
	for _, r := range rts {
		if r.ReviewStatus == review.Rejected {
			continue
		}
		rt := Right{Channel: r.Channel, ResponseTime: r.ResponseTime, BusinessDays: r.BusinessDays,
			Jurisdictions: r.Jurisdictions, Conditions: r.Conditions, Evidence: sp(r.Edges.Evidence)}
		if r.Edges.Right != nil {
			rt.Right = Key{Value: r.Edges.Right.Key}
		}
		f.Rights = append(f.Rights, rt)
		e.rights = append(e.rights, r.ID)
	}
	sts, err := c.Statement.Query().Where(stScope).
		Order(ent.Asc(statement.FieldID)).WithEvidence(byID).WithLegalBasis().WithDataCategories().WithPurposes().All(ctx)
	if err != nil {
		return nil, err
	}
	for _, s := range sts {
		if s.ReviewStatus == review.Rejected {
			continue
		}
		st := Statement{Kind: string(s.Kind), Text: s.Text, Evidence: sp(s.Edges.Evidence),
			Categories: keysOf(s.Edges.DataCategories, func(c *ent.DataCategory) string { return c.Key }),
			Purposes:   keysOf(s.Edges.Purposes, func(p *ent.Purpose) string { return p.Key })}
		if s.Edges.LegalBasis != nil {
			st.Basis = &Key{Value: s.Edges.LegalBasis.Key}
		}
		f.Statements = append(f.Statements, st)
		e.statements = append(e.statements, s.ID)
	}
	normalize(f)
	return e, nil
}

// normalize writes a notice file's defaults out and sorts what has no
// order, so that a file and the catalog's export of it compare equal.
func normalize(f *NoticeFile) {
	sortKeys := func(ks []Key) {
		sort.Slice(ks, func(i, j int) bool { return ks[i].Value < ks[j].Value })
	}
	tr := func(t *Transfer) {
		if t.Scope == "" {
			t.Scope = string(transfer.ScopeCountry)
		}
		sortSpans(t.Evidence)
	}
	rt := func(r *Retention) {
		if r.End == "" {
			r.End = string(retentionrule.EndActionUnspecified)
		}
		sortKeys(r.Categories)
		sortSpans(r.Evidence)
	}
	if c := f.Document.Current; c != nil && *c {
		f.Document.Current = nil // the default
	}
	sortSpans(f.Organization.Evidence)
	sort.Strings(f.Organization.Roles)
	for i := range f.Systems {
		s := &f.Systems[i]
		sortSpans(s.Evidence)
		for j := range s.Datasets {
			ds := &s.Datasets[j]
			sortSpans(ds.Evidence)
			for k := range ds.Fields {
				sortSpans(ds.Fields[k].Evidence)
			}
		}
	}
	for i := range f.Recipients {
		sortSpans(f.Recipients[i].Evidence)
	}
	for i := range f.Activities {
		a := &f.Activities[i]
		if a.Role == "" {
			a.Role = string(processingactivity.RoleController)
		}
		for _, ks := range [][]Key{a.Controllers, a.Subjects, a.Categories, a.Sources, a.Systems} {
			sortKeys(ks)
		}
		sortSpans(a.Evidence)
		for j := range a.Purposes {
			sortSpans(a.Purposes[j].Evidence)
		}
		for j := range a.Disclosures {
			x := &a.Disclosures[j]
			sortKeys(x.Categories)
			sortKeys(x.Purposes)
			sortSpans(x.Evidence)
		}
		for j := range a.Transfers {
			tr(&a.Transfers[j])
		}
		for j := range a.Retention {
			rt(&a.Retention[j])
		}
	}
	for i := range f.Transfers {
		tr(&f.Transfers[i])
	}
	for i := range f.Retention {
		rt(&f.Retention[i])
	}
	for i := range f.Security {
		sortKeys(f.Security[i].Activities)
		sortSpans(f.Security[i].Evidence)
	}
	for i := range f.Rights {
		sortSpans(f.Rights[i].Evidence)
	}
	for i := range f.Statements {
		sortKeys(f.Statements[i].Categories)
		sortKeys(f.Statements[i].Purposes)
		sortSpans(f.Statements[i].Evidence)
	}
}
