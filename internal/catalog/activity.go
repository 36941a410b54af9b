package catalog

// Saving a whole activity (issue 17): one input that holds every Art 30
// item of a processing activity, compared with what is stored, and the
// differences applied as creates, updates and deletes of the child facts,
// one row at a time, inside the caller's one transaction. Any bad part
// rejects the whole save with an *invalid.Error whose Field is the input
// path ("purposes[1].legalBasis"); the caller's rollback then leaves the
// catalog as it was.

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/ropacatalog/ropa/ent"
	"github.com/ropacatalog/ropa/ent/activitypurpose"
	"github.com/ropacatalog/ropa/ent/datacategory"
	"github.com/ropacatalog/ropa/ent/datasource"
	"github.com/ropacatalog/ropa/ent/datasubjectcategory"
	"github.com/ropacatalog/ropa/ent/disclosure"
	"github.com/ropacatalog/ropa/ent/legalbasis"
	"github.com/ropacatalog/ropa/ent/organization"
	"github.com/ropacatalog/ropa/ent/processingactivity"
	"github.com/ropacatalog/ropa/ent/purpose"
	"github.com/ropacatalog/ropa/ent/recipient"
	"github.com/ropacatalog/ropa/ent/retentionrule"
	"github.com/ropacatalog/ropa/ent/securitymeasure"
	"github.com/ropacatalog/ropa/ent/securitypractice"
	"github.com/ropacatalog/ropa/ent/system"
	"github.com/ropacatalog/ropa/ent/transfer"
	"github.com/ropacatalog/ropa/ent/transfersafeguard"
	"github.com/ropacatalog/ropa/internal/invalid"
	"github.com/ropacatalog/ropa/internal/review"
)

// ActivityInput is an activity with every Art 30 item it states. ID nil
// creates the activity; otherwise the stored activity is made to match.
// Child facts with an ID are updated, those without are created, and the
// stored ones the input leaves out are deleted.
type ActivityInput struct {
	ID *int
	// Organization is the organization's key, name or catalog ID.
	Organization     string
	Name             string
	Description      string
	BusinessFunction string
	Role             processingactivity.Role
	// OnBehalfOf names, for a processor activity, the controllers in
	// words (Art 30(2)(a)).
	OnBehalfOf              string
	Owner                   string
	AutomatedDecisionMaking bool
	DpiaRequired            *bool
	Purposes                []PurposeInput
	DataSubjects            []int
	DataCategories          []int
	Disclosures             []DisclosureInput
	Transfers               []TransferInput
	RetentionRules          []RetentionInput
	SecurityMeasures        []SecurityInput
	Systems                 []SystemRef
	Sources                 []int
}

// PurposeInput is a purpose with its Art 6(1) basis and, where special
// category data is processed, its Art 9(2) condition; the interest pursued
// when the basis is Art 6(1)(f).
type PurposeInput struct {
	ID                 *int
	Purpose            int
	LegalBasis         *int
	SpecialCondition   *int
	LegitimateInterest string
}

// RecipientRef names a recipient of the organization: by ID, or by name,
// creating it (with Kind) when the organization has none of that name.
type RecipientRef struct {
	ID   *int
	Name string
	Kind recipient.Kind
}

// DisclosureInput: these categories go to this recipient for these
// purposes (none: all the activity's).
type DisclosureInput struct {
	ID             *int
	Recipient      RecipientRef
	Description    string
	DataCategories []int
	Purposes       []int
}

// TransferInput is a transfer outside the EEA stated for the activity.
type TransferInput struct {
	ID          *int
	Scope       transfer.Scope
	Country     string
	Recipient   *RecipientRef
	Safeguard   *int
	Description string
}

// RetentionInput is a time limit for erasure: a duration, a criterion, or
// both, optionally narrowed to categories.
type RetentionInput struct {
	ID             *int
	Duration       string
	Criterion      string
	EndAction      retentionrule.EndAction
	DataCategories []int
}

// SecurityInput is a security measure taken for the activity.
type SecurityInput struct {
	ID          *int
	Measure     int
	Description string
}

// SystemRef names a system of the organization by ID, or by name,
// creating it when the organization has none of that name.
type SystemRef struct {
	ID   *int
	Name string
}

// SaveActivity creates or updates the activity in and its child facts to
// match it, through c, the client of the caller's transaction
// (catalog.Write's or the GraphQL mutation's); ctx carries the actor. Bad
// input is an *invalid.Error naming the input path; the caller's rollback
// undoes what was written before it.
func SaveActivity(ctx context.Context, c *ent.Client, in ActivityInput) (*ent.ProcessingActivity, error) {
	s := &saver{ctx: ctx, all: review.WithRejected(ctx), c: c}
	orgID, err := s.organization(in.Organization)
	if err != nil {
		return nil, err
	}
	s.org = orgID
	if err := s.check(in); err != nil {
		return nil, err
	}
	id, err := s.activity(in)
	if err != nil {
		return nil, err
	}
	s.act = id
	for _, step := range []func(ActivityInput) error{s.purposes, s.disclosures, s.transfers, s.retention, s.security} {
		if err := step(in); err != nil {
			return nil, err
		}
	}
	return c.ProcessingActivity.Get(ctx, id)
}

type saver struct {
	ctx context.Context
	all context.Context // sees rejected rows: what the database's constraints see
	c   *ent.Client
	org int
	act int
}

// organization finds the organization ref names: key or name
// (case-insensitively), or catalog ID.
func (s *saver) organization(ref string) (int, error) {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return 0, invalid.Field("organization", "required: the organization's key")
	}
	o, err := s.c.Organization.Query().Where(organization.Or(organization.KeyEqualFold(ref), organization.NameEqualFold(ref))).First(s.ctx)
	if ent.IsNotFound(err) {
		if id, aerr := strconv.Atoi(ref); aerr == nil {
			o, err = s.c.Organization.Query().Where(organization.ID(id)).First(s.ctx)
		}
	}
	if ent.IsNotFound(err) {
		return 0, invalid.Field("organization", "%q: no organization has this key, name or ID", ref)
	}
	if err != nil {
		return 0, err
	}
	return o.ID, nil
}

// check verifies every reference of the input before anything is
// written, so that the error names the first bad part in input order.
func (s *saver) check(in ActivityInput) error {
	if in.ID != nil {
		a, err := s.c.ProcessingActivity.Query().Where(processingactivity.ID(*in.ID)).Only(s.ctx)
		if ent.IsNotFound(err) {
			return invalid.Field("id", "no activity has ID %d", *in.ID)
		}
		if err != nil {
			return err
		}
		if a.OrganizationID != s.org {
			return invalid.Field("organization", "an activity stays with its organization; this one belongs to organization %d", a.OrganizationID)
		}
	}
	name := strings.TrimSpace(in.Name)
	if name == "" {
		return invalid.Field("name", "must not be blank: name the activity")
	}
	q := s.c.ProcessingActivity.Query().Where(processingactivity.OrganizationID(s.org), processingactivity.NameEqualFold(name))
	if in.ID != nil {
		q.Where(processingactivity.IDNEQ(*in.ID))
	}
	if taken, err := q.Exist(s.all); err != nil {
		return err
	} else if taken {
		return invalid.Field("name", "the organization already has an activity named %q", name)
	}
	if err := processingactivity.RoleValidator(s.role(in.Role)); err != nil {
		return invalid.Field("role", "%q is no role: controller, processor or joint_controller", in.Role)
	}
	for i, p := range in.Purposes {
		at := fmt.Sprintf("purposes[%d]", i)
		if err := s.purposeExists(at+".purpose", p.Purpose); err != nil {
			return err
		}
		if p.LegalBasis != nil {
			if err := s.basis(at+".legalBasis", *p.LegalBasis, legalbasis.ArticleArt6); err != nil {
				return err
			}
		}
		if p.SpecialCondition != nil {
			if err := s.basis(at+".specialCondition", *p.SpecialCondition, legalbasis.ArticleArt9); err != nil {
				return err
			}
		}
	}
	for i, id := range in.DataSubjects {
		if ok, err := s.c.DataSubjectCategory.Query().Where(datasubjectcategory.ID(id)).Exist(s.ctx); err != nil || !ok {
			return orErr(err, invalid.Field(fmt.Sprintf("dataSubjects[%d]", i), "no category of data subjects has ID %d", id))
		}
	}
	if err := s.categories("dataCategories", in.DataCategories); err != nil {
		return err
	}
	for i, d := range in.Disclosures {
		at := fmt.Sprintf("disclosures[%d]", i)
		if err := s.recipientRef(at+".recipient", &d.Recipient); err != nil {
			return err
		}
		if err := s.categories(at+".dataCategories", d.DataCategories); err != nil {
			return err
		}
		for j, p := range d.Purposes {
			if err := s.purposeExists(fmt.Sprintf("%s.purposes[%d]", at, j), p); err != nil {
				return err
			}
		}
	}
	for i, t := range in.Transfers {
		at := fmt.Sprintf("transfers[%d]", i)
		if t.Recipient != nil {
			if err := s.recipientRef(at+".recipient", t.Recipient); err != nil {
				return err
			}
		}
		if t.Safeguard != nil {
			if ok, err := s.c.TransferSafeguard.Query().Where(transfersafeguard.ID(*t.Safeguard)).Exist(s.ctx); err != nil || !ok {
				return orErr(err, invalid.Field(at+".safeguard", "no transfer safeguard has ID %d", *t.Safeguard))
			}
		}
	}
	for i, r := range in.RetentionRules {
		at := fmt.Sprintf("retentionRules[%d]", i)
		if strings.TrimSpace(r.Duration) == "" && strings.TrimSpace(r.Criterion) == "" {
			return invalid.Field(at+".duration", "a retention rule needs an ISO 8601 duration or a criterion in words")
		}
		if err := s.categories(at+".dataCategories", r.DataCategories); err != nil {
			return err
		}
	}
	for i, m := range in.SecurityMeasures {
		if ok, err := s.c.SecurityMeasure.Query().Where(securitymeasure.ID(m.Measure)).Exist(s.ctx); err != nil || !ok {
			return orErr(err, invalid.Field(fmt.Sprintf("securityMeasures[%d].measure", i), "no security measure has ID %d", m.Measure))
		}
	}
	for i, r := range in.Systems {
		at := fmt.Sprintf("systems[%d]", i)
		if r.ID != nil {
			if ok, err := s.c.System.Query().Where(system.ID(*r.ID), system.OrganizationID(s.org)).Exist(s.ctx); err != nil || !ok {
				return orErr(err, invalid.Field(at, "the organization has no system with ID %d", *r.ID))
			}
		} else if strings.TrimSpace(r.Name) == "" {
			return invalid.Field(at, "choose a system or name a new one")
		}
	}
	for i, id := range in.Sources {
		if ok, err := s.c.DataSource.Query().Where(datasource.ID(id)).Exist(s.ctx); err != nil || !ok {
			return orErr(err, invalid.Field(fmt.Sprintf("sources[%d]", i), "no data source has ID %d", id))
		}
	}
	return nil
}

func orErr(err, otherwise error) error {
	if err != nil {
		return err
	}
	return otherwise
}

func (s *saver) role(r processingactivity.Role) processingactivity.Role {
	if r == "" {
		return processingactivity.RoleController
	}
	return r
}

func (s *saver) purposeExists(at string, id int) error {
	ok, err := s.c.Purpose.Query().Where(purpose.ID(id)).Exist(s.ctx)
	if err != nil || !ok {
		return orErr(err, invalid.Field(at, "no purpose has ID %d", id))
	}
	return nil
}

func (s *saver) basis(at string, id int, want legalbasis.Article) error {
	b, err := s.c.LegalBasis.Query().Where(legalbasis.ID(id)).Only(s.ctx)
	if ent.IsNotFound(err) {
		return invalid.Field(at, "no legal basis has ID %d", id)
	}
	if err != nil {
		return err
	}
	if b.Article != want {
		if want == legalbasis.ArticleArt6 {
			return invalid.Field(at, "%s (%s) is an Art 9(2) condition, not an Art 6(1) basis", b.Name, b.Reference)
		}
		return invalid.Field(at, "%s (%s) is an Art 6(1) basis, not an Art 9(2) condition", b.Name, b.Reference)
	}
	return nil
}

func (s *saver) categories(at string, ids []int) error {
	for i, id := range ids {
		if ok, err := s.c.DataCategory.Query().Where(datacategory.ID(id)).Exist(s.ctx); err != nil || !ok {
			return orErr(err, invalid.Field(fmt.Sprintf("%s[%d]", at, i), "no data category has ID %d", id))
		}
	}
	return nil
}

func (s *saver) recipientRef(at string, r *RecipientRef) error {
	if r.ID != nil {
		ok, err := s.c.Recipient.Query().Where(recipient.ID(*r.ID), recipient.OrganizationID(s.org)).Exist(s.ctx)
		if err != nil || !ok {
			return orErr(err, invalid.Field(at, "the organization has no recipient with ID %d", *r.ID))
		}
		return nil
	}
	if strings.TrimSpace(r.Name) == "" {
		return invalid.Field(at, "choose a recipient or name a new one")
	}
	if r.Kind != "" {
		if err := recipient.KindValidator(r.Kind); err != nil {
			return invalid.Field(at+".kind", "%q is no kind of recipient", r.Kind)
		}
	}
	return nil
}

// resolveRecipient returns the recipient's ID, creating a recipient the
// organization does not have by that name.
func (s *saver) resolveRecipient(at string, r RecipientRef) (int, error) {
	if r.ID != nil {
		return *r.ID, nil
	}
	name := strings.TrimSpace(r.Name)
	got, err := s.c.Recipient.Query().Where(recipient.OrganizationID(s.org), recipient.NameEqualFold(name)).First(s.all)
	if err == nil {
		return got.ID, nil
	}
	if !ent.IsNotFound(err) {
		return 0, err
	}
	kind := r.Kind
	if kind == "" {
		kind = recipient.KindOther
	}
	n, err := s.c.Recipient.Create().SetOrganizationID(s.org).SetName(name).SetKind(kind).Save(s.ctx)
	if err != nil {
		return 0, at1(at, err)
	}
	return n.ID, nil
}

// activity creates or updates the activity row and its links to data
// subjects, categories, sources and systems.
func (s *saver) activity(in ActivityInput) (int, error) {
	systems := make([]int, 0, len(in.Systems))
	for i, r := range in.Systems {
		id, err := s.resolveSystem(fmt.Sprintf("systems[%d]", i), r)
		if err != nil {
			return 0, err
		}
		systems = append(systems, id)
	}
	name := strings.TrimSpace(in.Name)
	if in.ID == nil {
		m := s.c.ProcessingActivity.Create().SetOrganizationID(s.org).SetName(name).SetRole(s.role(in.Role)).
			SetAutomatedDecisionMaking(in.AutomatedDecisionMaking).SetNillableDpiaRequired(in.DpiaRequired).
			AddDataSubjectIDs(uniq(in.DataSubjects)...).AddDataCategoryIDs(uniq(in.DataCategories)...).
			AddSourceIDs(uniq(in.Sources)...).AddSystemIDs(uniq(systems)...)
		if v := strings.TrimSpace(in.Description); v != "" {
			m.SetDescription(v)
		}
		if v := strings.TrimSpace(in.BusinessFunction); v != "" {
			m.SetBusinessFunction(v)
		}
		if v := strings.TrimSpace(in.Owner); v != "" {
			m.SetOwner(v)
		}
		if v := strings.TrimSpace(in.OnBehalfOf); v != "" {
			m.SetOnBehalfOf(v)
		}
		a, err := m.Save(s.ctx)
		if err != nil {
			return 0, at1("", err)
		}
		return a.ID, nil
	}
	a, err := s.c.ProcessingActivity.Query().Where(processingactivity.ID(*in.ID)).
		WithDataSubjects().WithDataCategories().WithSources().WithSystems().Only(s.ctx)
	if err != nil {
		return 0, err
	}
	m := s.c.ProcessingActivity.UpdateOneID(a.ID)
	changed := false
	if a.Name != name {
		m.SetName(name)
		changed = true
	}
	text := func(old, v string, set func(string), clear func()) {
		v = strings.TrimSpace(v)
		switch {
		case v == old:
		case v == "":
			clear()
			changed = true
		default:
			set(v)
			changed = true
		}
	}
	text(a.Description, in.Description, func(v string) { m.SetDescription(v) }, func() { m.ClearDescription() })
	text(a.BusinessFunction, in.BusinessFunction, func(v string) { m.SetBusinessFunction(v) }, func() { m.ClearBusinessFunction() })
	text(a.Owner, in.Owner, func(v string) { m.SetOwner(v) }, func() { m.ClearOwner() })
	text(a.OnBehalfOf, in.OnBehalfOf, func(v string) { m.SetOnBehalfOf(v) }, func() { m.ClearOnBehalfOf() })
	if r := s.role(in.Role); a.Role != r {
		m.SetRole(r)
		changed = true
	}
	if a.AutomatedDecisionMaking != in.AutomatedDecisionMaking {
		m.SetAutomatedDecisionMaking(in.AutomatedDecisionMaking)
		changed = true
	}
	switch {
	case in.DpiaRequired == nil && a.DpiaRequired != nil:
		m.ClearDpiaRequired()
		changed = true
	case in.DpiaRequired != nil && (a.DpiaRequired == nil || *a.DpiaRequired != *in.DpiaRequired):
		m.SetDpiaRequired(*in.DpiaRequired)
		changed = true
	}
	ids := func(n int, id func(int) int) []int {
		out := make([]int, n)
		for i := range out {
			out[i] = id(i)
		}
		return out
	}
	e := a.Edges
	if add, del := diff(ids(len(e.DataSubjects), func(i int) int { return e.DataSubjects[i].ID }), in.DataSubjects); len(add)+len(del) > 0 {
		m.AddDataSubjectIDs(add...).RemoveDataSubjectIDs(del...)
		changed = true
	}
	if add, del := diff(ids(len(e.DataCategories), func(i int) int { return e.DataCategories[i].ID }), in.DataCategories); len(add)+len(del) > 0 {
		m.AddDataCategoryIDs(add...).RemoveDataCategoryIDs(del...)
		changed = true
	}
	if add, del := diff(ids(len(e.Sources), func(i int) int { return e.Sources[i].ID }), in.Sources); len(add)+len(del) > 0 {
		m.AddSourceIDs(add...).RemoveSourceIDs(del...)
		changed = true
	}
	if add, del := diff(ids(len(e.Systems), func(i int) int { return e.Systems[i].ID }), systems); len(add)+len(del) > 0 {
		m.AddSystemIDs(add...).RemoveSystemIDs(del...)
		changed = true
	}
	if changed {
		if err := m.Exec(s.ctx); err != nil {
			return 0, at1("", err)
		}
	}
	return a.ID, nil
}

func (s *saver) resolveSystem(at string, r SystemRef) (int, error) {
	if r.ID != nil {
		return *r.ID, nil
	}
	name := strings.TrimSpace(r.Name)
	got, err := s.c.System.Query().Where(system.OrganizationID(s.org), system.NameEqualFold(name)).First(s.all)
	if err == nil {
		return got.ID, nil
	}
	if !ent.IsNotFound(err) {
		return 0, err
	}
	base := Slug(name)
	key := base
	for n := 2; ; n++ {
		taken, err := s.c.System.Query().Where(system.OrganizationID(s.org), system.Key(key)).Exist(s.all)
		if err != nil {
			return 0, err
		}
		if !taken {
			break
		}
		key = fmt.Sprintf("%s_%d", base, n)
	}
	n, err := s.c.System.Create().SetOrganizationID(s.org).SetKey(key).SetName(name).Save(s.ctx)
	if err != nil {
		return 0, at1(at, err)
	}
	return n.ID, nil
}

// Slug is a system's key made of its name ("Careers site" -> careers_site).
func Slug(name string) string { return Key(name, "system") }

// reconcile brings the activity's stored children of one kind (its
// purposes, disclosures, transfers ...) in line with the rows the input
// gives, so that a row keeps its ID and history sees each change: every ID
// the input gives must be one of the stored children (else the error names
// at[i].id); the stored children the input leaves out are removed; then
// save is called for each row with its path (at[i]) and the stored child
// it updates, or nil for a row to create.
func reconcile[S, I any](at string, stored []S, storedID func(S) int,
	rows []I, rowID func(I) *int, remove func(S) error, save func(at string, row I, old S) error) error {
	byID := make(map[int]S, len(stored))
	for _, c := range stored {
		byID[storedID(c)] = c
	}
	keep := map[int]bool{}
	for i, r := range rows {
		id := rowID(r)
		if id == nil {
			continue
		}
		if _, ok := byID[*id]; !ok {
			return invalid.Field(fmt.Sprintf("%s[%d].id", at, i), "%d is not one of the activity's %s", *id, at)
		}
		keep[*id] = true
	}
	for _, c := range stored {
		if !keep[storedID(c)] {
			if err := remove(c); err != nil {
				return err
			}
		}
	}
	for i, r := range rows {
		var old S
		if id := rowID(r); id != nil {
			old = byID[*id]
		}
		if err := save(fmt.Sprintf("%s[%d]", at, i), r, old); err != nil {
			return err
		}
	}
	return nil
}

func (s *saver) purposes(in ActivityInput) error {
	stored, err := s.c.ActivityPurpose.Query().Where(activitypurpose.ActivityID(s.act), activitypurpose.ReviewStatusNEQ(review.Rejected)).All(s.ctx)
	if err != nil {
		return err
	}
	return reconcile("purposes", stored, func(c *ent.ActivityPurpose) int { return c.ID },
		in.Purposes, func(r PurposeInput) *int { return r.ID },
		func(c *ent.ActivityPurpose) error { return s.c.ActivityPurpose.DeleteOneID(c.ID).Exec(s.ctx) },
		func(at string, p PurposeInput, old *ent.ActivityPurpose) error {
			li := strings.TrimSpace(p.LegitimateInterest)
			if old == nil {
				m := s.c.ActivityPurpose.Create().SetActivityID(s.act).SetPurposeID(p.Purpose).
					SetNillableLegalBasisID(p.LegalBasis).SetNillableSpecialConditionID(p.SpecialCondition)
				if li != "" {
					m.SetLegitimateInterest(li)
				}
				if err := m.Exec(s.ctx); err != nil {
					return at1(at, err)
				}
				return nil
			}
			m := s.c.ActivityPurpose.UpdateOneID(old.ID)
			changed := false
			if old.PurposeID != p.Purpose {
				m.SetPurposeID(p.Purpose)
				changed = true
			}
			if !sameRef(old.LegalBasisID, p.LegalBasis) {
				changed = true
				if p.LegalBasis == nil {
					m.ClearLegalBasis()
				} else {
					m.SetLegalBasisID(*p.LegalBasis)
				}
			}
			if !sameRef(old.SpecialConditionID, p.SpecialCondition) {
				changed = true
				if p.SpecialCondition == nil {
					m.ClearSpecialCondition()
				} else {
					m.SetSpecialConditionID(*p.SpecialCondition)
				}
			}
			if old.LegitimateInterest != li {
				changed = true
				if li == "" {
					m.ClearLegitimateInterest()
				} else {
					m.SetLegitimateInterest(li)
				}
			}
			if changed {
				if err := m.Exec(s.ctx); err != nil {
					return at1(at, err)
				}
			}
			return nil
		})
}

// sameRef: an optional foreign key (0 when unset) equals the input's.
func sameRef(old int, v *int) bool {
	if v == nil {
		return old == 0
	}
	return old == *v
}

func (s *saver) disclosures(in ActivityInput) error {
	stored, err := s.c.Disclosure.Query().Where(disclosure.ActivityID(s.act), disclosure.ReviewStatusNEQ(review.Rejected)).
		WithDataCategories().WithPurposes().All(s.ctx)
	if err != nil {
		return err
	}
	return reconcile("disclosures", stored, func(c *ent.Disclosure) int { return c.ID },
		in.Disclosures, func(r DisclosureInput) *int { return r.ID },
		func(c *ent.Disclosure) error { return s.c.Disclosure.DeleteOneID(c.ID).Exec(s.ctx) },
		func(at string, d DisclosureInput, old *ent.Disclosure) error {
			rec, err := s.resolveRecipient(at+".recipient", d.Recipient)
			if err != nil {
				return err
			}
			desc := strings.TrimSpace(d.Description)
			if old == nil {
				m := s.c.Disclosure.Create().SetActivityID(s.act).SetRecipientID(rec).
					AddDataCategoryIDs(uniq(d.DataCategories)...).AddPurposeIDs(uniq(d.Purposes)...)
				if desc != "" {
					m.SetDescription(desc)
				}
				if err := m.Exec(s.ctx); err != nil {
					return at1(at, err)
				}
				return nil
			}
			m := s.c.Disclosure.UpdateOneID(old.ID)
			changed := false
			if old.RecipientID != rec {
				m.SetRecipientID(rec)
				changed = true
			}
			if old.Description != desc {
				changed = true
				if desc == "" {
					m.ClearDescription()
				} else {
					m.SetDescription(desc)
				}
			}
			var cats, purps []int
			for _, c := range old.Edges.DataCategories {
				cats = append(cats, c.ID)
			}
			for _, p := range old.Edges.Purposes {
				purps = append(purps, p.ID)
			}
			if add, del := diff(cats, d.DataCategories); len(add)+len(del) > 0 {
				m.AddDataCategoryIDs(add...).RemoveDataCategoryIDs(del...)
				changed = true
			}
			if add, del := diff(purps, d.Purposes); len(add)+len(del) > 0 {
				m.AddPurposeIDs(add...).RemovePurposeIDs(del...)
				changed = true
			}
			if changed {
				if err := m.Exec(s.ctx); err != nil {
					return at1(at, err)
				}
			}
			return nil
		})
}

func (s *saver) transfers(in ActivityInput) error {
	stored, err := s.c.Transfer.Query().Where(transfer.ActivityID(s.act), transfer.ReviewStatusNEQ(review.Rejected)).All(s.ctx)
	if err != nil {
		return err
	}
	return reconcile("transfers", stored, func(c *ent.Transfer) int { return c.ID },
		in.Transfers, func(r TransferInput) *int { return r.ID },
		func(c *ent.Transfer) error { return s.c.Transfer.DeleteOneID(c.ID).Exec(s.ctx) },
		func(at string, t TransferInput, old *ent.Transfer) error {
			var rec *int
			if t.Recipient != nil {
				id, err := s.resolveRecipient(at+".recipient", *t.Recipient)
				if err != nil {
					return err
				}
				rec = &id
			}
			scope := t.Scope
			if scope == "" {
				scope = transfer.ScopeCountry
			}
			country := strings.ToUpper(strings.TrimSpace(t.Country))
			desc := strings.TrimSpace(t.Description)
			if old == nil {
				m := s.c.Transfer.Create().SetOrganizationID(s.org).SetActivityID(s.act).SetScope(scope).
					SetNillableRecipientID(rec).SetNillableSafeguardID(t.Safeguard)
				if country != "" {
					m.SetCountry(country)
				}
				if desc != "" {
					m.SetDescription(desc)
				}
				if err := m.Exec(s.ctx); err != nil {
					return at1(at, err)
				}
				return nil
			}
			m := s.c.Transfer.UpdateOneID(old.ID)
			changed := false
			if old.Scope != scope {
				m.SetScope(scope)
				changed = true
			}
			if old.Country != country {
				changed = true
				if country == "" {
					m.ClearCountry()
				} else {
					m.SetCountry(country)
				}
			}
			if old.Description != desc {
				changed = true
				if desc == "" {
					m.ClearDescription()
				} else {
					m.SetDescription(desc)
				}
			}
			if !sameRef(old.RecipientID, rec) {
				changed = true
				if rec == nil {
					m.ClearRecipient()
				} else {
					m.SetRecipientID(*rec)
				}
			}
			if !sameRef(old.SafeguardID, t.Safeguard) {
				changed = true
				if t.Safeguard == nil {
					m.ClearSafeguard()
				} else {
					m.SetSafeguardID(*t.Safeguard)
				}
			}
			if changed {
				if err := m.Exec(s.ctx); err != nil {
					return at1(at, err)
				}
			}
			return nil
		})
}

func (s *saver) retention(in ActivityInput) error {
	stored, err := s.c.RetentionRule.Query().Where(retentionrule.ActivityID(s.act), retentionrule.ReviewStatusNEQ(review.Rejected)).
		WithDataCategories().All(s.ctx)
	if err != nil {
		return err
	}
	return reconcile("retentionRules", stored, func(c *ent.RetentionRule) int { return c.ID },
		in.RetentionRules, func(r RetentionInput) *int { return r.ID },
		func(c *ent.RetentionRule) error { return s.c.RetentionRule.DeleteOneID(c.ID).Exec(s.ctx) },
		func(at string, r RetentionInput, old *ent.RetentionRule) error {
			dur := strings.TrimSpace(r.Duration)
			crit := strings.TrimSpace(r.Criterion)
			end := r.EndAction
			if end == "" {
				end = retentionrule.EndActionUnspecified
			}
			if old == nil {
				m := s.c.RetentionRule.Create().SetOrganizationID(s.org).SetActivityID(s.act).SetEndAction(end).
					AddDataCategoryIDs(uniq(r.DataCategories)...)
				if dur != "" {
					m.SetDuration(dur)
				}
				if crit != "" {
					m.SetCriterion(crit)
				}
				if err := m.Exec(s.ctx); err != nil {
					return at1(at, err)
				}
				return nil
			}
			m := s.c.RetentionRule.UpdateOneID(old.ID)
			changed := false
			if old.Duration != dur {
				changed = true
				if dur == "" {
					m.ClearDuration()
				} else {
					m.SetDuration(dur)
				}
			}
			if old.Criterion != crit {
				changed = true
				if crit == "" {
					m.ClearCriterion()
				} else {
					m.SetCriterion(crit)
				}
			}
			if old.EndAction != end {
				m.SetEndAction(end)
				changed = true
			}
			var cats []int
			for _, c := range old.Edges.DataCategories {
				cats = append(cats, c.ID)
			}
			if add, del := diff(cats, r.DataCategories); len(add)+len(del) > 0 {
				m.AddDataCategoryIDs(add...).RemoveDataCategoryIDs(del...)
				changed = true
			}
			if changed {
				if err := m.Exec(s.ctx); err != nil {
					return at1(at, err)
				}
			}
			return nil
		})
}

// security: the practices stated for the activity. A practice that also
// names other activities loses this one when left out; one that names
// only this activity is deleted (with no activity it would apply to the
// whole organization).
func (s *saver) security(in ActivityInput) error {
	stored, err := s.c.SecurityPractice.Query().
		Where(securitypractice.HasActivitiesWith(processingactivity.ID(s.act)), securitypractice.ReviewStatusNEQ(review.Rejected)).
		WithActivities().All(s.ctx)
	if err != nil {
		return err
	}
	return reconcile("securityMeasures", stored, func(c *ent.SecurityPractice) int { return c.ID },
		in.SecurityMeasures, func(r SecurityInput) *int { return r.ID },
		func(c *ent.SecurityPractice) error {
			if len(c.Edges.Activities) > 1 { // it stays for the other activities it names
				return s.c.SecurityPractice.UpdateOneID(c.ID).RemoveActivityIDs(s.act).Exec(s.ctx)
			}
			return s.c.SecurityPractice.DeleteOneID(c.ID).Exec(s.ctx)
		},
		func(at string, p SecurityInput, old *ent.SecurityPractice) error {
			desc := strings.TrimSpace(p.Description)
			if old == nil {
				m := s.c.SecurityPractice.Create().SetOrganizationID(s.org).SetMeasureID(p.Measure).AddActivityIDs(s.act)
				if desc != "" {
					m.SetDescription(desc)
				}
				if err := m.Exec(s.ctx); err != nil {
					return at1(at, err)
				}
				return nil
			}
			m := s.c.SecurityPractice.UpdateOneID(old.ID)
			changed := false
			if old.MeasureID != p.Measure {
				m.SetMeasureID(p.Measure)
				changed = true
			}
			if old.Description != desc {
				changed = true
				if desc == "" {
					m.ClearDescription()
				} else {
					m.SetDescription(desc)
				}
			}
			if changed {
				if err := m.Exec(s.ctx); err != nil {
					return at1(at, err)
				}
			}
			return nil
		})
}

// diff returns what to add to old and remove from it to make it want.
func diff(old, want []int) (add, del []int) {
	for _, id := range uniq(want) {
		if !slices.Contains(old, id) {
			add = append(add, id)
		}
	}
	for _, id := range old {
		if !slices.Contains(want, id) {
			del = append(del, id)
		}
	}
	return add, del
}

// at1 puts the input path at in front of the field a write's error names:
// legalBasisID of purposes[1] becomes purposes[1].legalBasis.
func at1(at string, err error) error {
	join := func(f string) string {
		f = strings.TrimSuffix(inputName(f), "ID")
		if at == "" {
			return f
		}
		return at + "." + f
	}
	var inv *invalid.Error
	var val *ent.ValidationError
	var cons *ent.ConstraintError
	switch {
	case errors.As(err, &inv):
		return &invalid.Error{Field: join(inv.Field), Reason: inv.Reason}
	case errors.As(err, &val):
		reason := strings.TrimPrefix(val.Error(), "ent: ")
		for inner := errors.Unwrap(val); inner != nil; inner = errors.Unwrap(inner) {
			reason = inner.Error() // what the field's validator says, without ent's wrapping
		}
		return &invalid.Error{Field: join(val.Name), Reason: reason}
	case errors.As(err, &cons):
		f := at
		if f == "" {
			f = "name"
		}
		return &invalid.Error{Field: f, Reason: "conflicts with a fact the catalog holds: " + cons.Error()}
	}
	return err
}

// inputName is the input name of an ent field: business_function ->
// businessFunction.
func inputName(s string) string {
	parts := strings.Split(s, "_")
	for i := 1; i < len(parts); i++ {
		if parts[i] == "id" {
			parts[i] = "ID"
		} else if parts[i] != "" {
			parts[i] = strings.ToUpper(parts[i][:1]) + parts[i][1:]
		}
	}
	return strings.Join(parts, "")
}
