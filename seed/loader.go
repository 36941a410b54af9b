package seed

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/ropacatalog/ropa/ent"
	"github.com/ropacatalog/ropa/ent/datacategory"
	"github.com/ropacatalog/ropa/ent/datasource"
	"github.com/ropacatalog/ropa/ent/datasubjectcategory"
	"github.com/ropacatalog/ropa/ent/evidence"
	"github.com/ropacatalog/ropa/ent/legalbasis"
	"github.com/ropacatalog/ropa/ent/organization"
	"github.com/ropacatalog/ropa/ent/policydocument"
	"github.com/ropacatalog/ropa/ent/processingactivity"
	"github.com/ropacatalog/ropa/ent/purpose"
	"github.com/ropacatalog/ropa/ent/recipient"
	"github.com/ropacatalog/ropa/ent/retentionrule"
	"github.com/ropacatalog/ropa/ent/right"
	"github.com/ropacatalog/ropa/ent/securitymeasure"
	"github.com/ropacatalog/ropa/ent/statement"
	"github.com/ropacatalog/ropa/ent/transfer"
	"github.com/ropacatalog/ropa/ent/transfersafeguard"
	"github.com/ropacatalog/ropa/internal/actor"
	"github.com/ropacatalog/ropa/internal/catalog"
	"github.com/ropacatalog/ropa/internal/iso"
	"github.com/ropacatalog/ropa/internal/review"
)

// loader writes seed data within one transaction.
type loader struct {
	tx  *ent.Tx
	ctx context.Context
	// prefix is put before file names in errors: "seed/" for the embedded
	// seed, the directory for `ropa apply` and `ropa validate`.
	prefix string
	// orgEvidenceOptional lets a notice file cite no span for its
	// organization (files `ropa export` wrote; not the seed's).
	orgEvidenceOptional bool

	// Taxonomy keys to IDs.
	categories, purposes, subjects, bases, sources, safeguards, measures, rights map[string]int
	basisArticle                                                                 map[string]legalbasis.Article
}

// ---- taxonomy ----

func (l *loader) loadTaxonomy(files []taxonFile) error {
	l.categories, l.purposes, l.subjects, l.bases = map[string]int{}, map[string]int{}, map[string]int{}, map[string]int{}
	l.sources, l.safeguards, l.measures, l.rights = map[string]int{}, map[string]int{}, map[string]int{}, map[string]int{}
	l.basisArticle = map[string]legalbasis.Article{}

	type entry struct {
		file string
		TaxonEntry
	}
	collect := func(get func(TaxonomyFile) []TaxonEntry) ([]entry, error) {
		var out []entry
		seen := map[string]string{}
		for _, f := range files {
			for _, e := range get(f.TaxonomyFile) {
				if e.Key == "" || e.Name == "" {
					return nil, l.errorf(f.path, e.Line, "taxonomy entry needs a key and a name")
				}
				if prev, ok := seen[e.Key]; ok {
					return nil, l.errorf(f.path, e.Line, "key %q is already defined in seed/%s", e.Key, prev)
				}
				seen[e.Key] = f.path
				out = append(out, entry{f.path, e})
			}
		}
		// Parents before children.
		sort.SliceStable(out, func(i, j int) bool {
			return strings.Count(out[i].Key, ".") < strings.Count(out[j].Key, ".")
		})
		return out, nil
	}
	parentOf := func(e entry, ids map[string]int) (*int, error) {
		i := strings.LastIndex(e.Key, ".")
		if i < 0 {
			return nil, nil
		}
		id, ok := ids[e.Key[:i]]
		if !ok {
			return nil, l.errorf(e.file, e.Line, "parent key %q of %q is not defined", e.Key[:i], e.Key)
		}
		return &id, nil
	}
	tx, ctx := l.tx, l.ctx

	cats, err := collect(func(f TaxonomyFile) []TaxonEntry { return f.DataCategories })
	if err != nil {
		return err
	}
	for _, e := range cats {
		parent, err := parentOf(e, l.categories)
		if err != nil {
			return err
		}
		id, err := tx.DataCategory.Create().
			SetKey(e.Key).SetName(e.Name).SetDescription(e.Description).
			SetSpecialCategory(e.Special).SetCriminalOffence(e.Criminal).
			SetDpvIri(e.DPV).SetFideslang(e.Fideslang).SetNillableParentID(parent).
			OnConflictColumns(datacategory.FieldKey).UpdateNewValues().ID(ctx)
		if err != nil {
			return l.errorf(e.file, e.Line, "data category %q: %v", e.Key, err)
		}
		l.categories[e.Key] = id
	}

	ps, err := collect(func(f TaxonomyFile) []TaxonEntry { return f.Purposes })
	if err != nil {
		return err
	}
	for _, e := range ps {
		parent, err := parentOf(e, l.purposes)
		if err != nil {
			return err
		}
		id, err := tx.Purpose.Create().
			SetKey(e.Key).SetName(e.Name).SetDescription(e.Description).
			SetDpvIri(e.DPV).SetFideslang(e.Fideslang).SetNillableParentID(parent).
			OnConflictColumns(purpose.FieldKey).UpdateNewValues().ID(ctx)
		if err != nil {
			return l.errorf(e.file, e.Line, "purpose %q: %v", e.Key, err)
		}
		l.purposes[e.Key] = id
	}

	subs, err := collect(func(f TaxonomyFile) []TaxonEntry { return f.DataSubjects })
	if err != nil {
		return err
	}
	for _, e := range subs {
		id, err := tx.DataSubjectCategory.Create().
			SetKey(e.Key).SetName(e.Name).SetDescription(e.Description).
			SetDpvIri(e.DPV).SetFideslang(e.Fideslang).
			OnConflictColumns(datasubjectcategory.FieldKey).UpdateNewValues().ID(ctx)
		if err != nil {
			return l.errorf(e.file, e.Line, "data subject %q: %v", e.Key, err)
		}
		l.subjects[e.Key] = id
	}

	lbs, err := collect(func(f TaxonomyFile) []TaxonEntry { return f.LegalBases })
	if err != nil {
		return err
	}
	for _, e := range lbs {
		art := legalbasis.Article(e.Article)
		if legalbasis.ArticleValidator(art) != nil {
			return l.errorf(e.file, e.Line, "legal basis %q: article %q must be art6 or art9", e.Key, e.Article)
		}
		if e.Reference == "" {
			return l.errorf(e.file, e.Line, "legal basis %q: reference (e.g. GDPR Art 6(1)(a)) is missing", e.Key)
		}
		id, err := tx.LegalBasis.Create().
			SetKey(e.Key).SetName(e.Name).SetDescription(e.Description).
			SetArticle(art).SetReference(e.Reference).SetDpvIri(e.DPV).
			OnConflictColumns(legalbasis.FieldKey).UpdateNewValues().ID(ctx)
		if err != nil {
			return l.errorf(e.file, e.Line, "legal basis %q: %v", e.Key, err)
		}
		l.bases[e.Key], l.basisArticle[e.Key] = id, art
	}

	srcs, err := collect(func(f TaxonomyFile) []TaxonEntry { return f.Sources })
	if err != nil {
		return err
	}
	for _, e := range srcs {
		id, err := tx.DataSource.Create().
			SetKey(e.Key).SetName(e.Name).SetDescription(e.Description).
			OnConflictColumns(datasource.FieldKey).UpdateNewValues().ID(ctx)
		if err != nil {
			return l.errorf(e.file, e.Line, "source %q: %v", e.Key, err)
		}
		l.sources[e.Key] = id
	}

	sgs, err := collect(func(f TaxonomyFile) []TaxonEntry { return f.Safeguards })
	if err != nil {
		return err
	}
	for _, e := range sgs {
		mech := transfersafeguard.Mechanism(e.Mechanism)
		if transfersafeguard.MechanismValidator(mech) != nil {
			return l.errorf(e.file, e.Line, "safeguard %q: unknown mechanism %q", e.Key, e.Mechanism)
		}
		c := tx.TransferSafeguard.Create().
			SetKey(e.Key).SetName(e.Name).SetDescription(e.Description).
			SetMechanism(mech).SetArticle(e.Article).SetLegalReference(e.LegalReference).
			SetInvalidatedBy(e.InvalidatedBy).SetDpvIri(e.DPV)
		if e.ValidFrom != nil {
			c.SetValidFrom(e.ValidFrom.Time)
		}
		if e.ValidUntil != nil {
			c.SetValidUntil(e.ValidUntil.Time)
		}
		id, err := c.OnConflictColumns(transfersafeguard.FieldKey).UpdateNewValues().ID(ctx)
		if err != nil {
			return l.errorf(e.file, e.Line, "safeguard %q: %v", e.Key, err)
		}
		l.safeguards[e.Key] = id
	}

	ms, err := collect(func(f TaxonomyFile) []TaxonEntry { return f.Measures })
	if err != nil {
		return err
	}
	for _, e := range ms {
		kind := securitymeasure.Kind(e.Kind)
		if securitymeasure.KindValidator(kind) != nil {
			return l.errorf(e.file, e.Line, "security measure %q: kind %q must be technical or organisational", e.Key, e.Kind)
		}
		id, err := tx.SecurityMeasure.Create().
			SetKey(e.Key).SetName(e.Name).SetDescription(e.Description).
			SetKind(kind).SetDpvIri(e.DPV).
			OnConflictColumns(securitymeasure.FieldKey).UpdateNewValues().ID(ctx)
		if err != nil {
			return l.errorf(e.file, e.Line, "security measure %q: %v", e.Key, err)
		}
		l.measures[e.Key] = id
	}

	rs, err := collect(func(f TaxonomyFile) []TaxonEntry { return f.Rights })
	if err != nil {
		return err
	}
	for _, e := range rs {
		id, err := tx.Right.Create().
			SetKey(e.Key).SetName(e.Name).SetDescription(e.Description).
			SetReference(e.Reference).SetDpvIri(e.DPV).
			OnConflictColumns(right.FieldKey).UpdateNewValues().ID(ctx)
		if err != nil {
			return l.errorf(e.file, e.Line, "right %q: %v", e.Key, err)
		}
		l.rights[e.Key] = id
	}
	return nil
}

// ---- notices ----

// noticeLoad holds the state of loading one notice file.
type noticeLoad struct {
	*loader
	n          *notice
	w          *catalog.NoticeWriter // writes the facts, scoped to doc
	doc        *ent.PolicyDocument
	org        *ent.Organization
	origin     string
	systems    map[string]int
	recipients map[string]int
	activities map[string]int
}

func (l *loader) loadNotice(n *notice) (skipped bool, err error) {
	sum := sha256.Sum256([]byte(n.text))
	textSum := hex.EncodeToString(sum[:])
	origin := "seed:" + n.path
	existing, err := l.tx.PolicyDocument.Query().Where(policydocument.Sha256(textSum)).Only(l.ctx)
	switch {
	case err == nil && existing.SeedDigest == n.digest:
		return true, nil
	case err == nil:
		if err := l.removeSeeded(existing, origin); err != nil {
			return false, fmt.Errorf("seed/%s: replacing the facts loaded from an earlier version: %w", n.path, err)
		}
	case !ent.IsNotFound(err):
		return false, err
	}
	nl := &noticeLoad{loader: l, n: n, origin: origin,
		systems: map[string]int{}, recipients: map[string]int{}, activities: map[string]int{}}
	// The notice's facts are written as its seed file: the catalog sets
	// their origin from this actor.
	outer := l.ctx
	l.ctx = actor.With(outer, actor.Seed(n.path))
	defer func() { l.ctx = outer }()
	return false, nl.load()
}

// removeSeeded deletes the facts a seed file loaded, and its document.
func (l *loader) removeSeeded(doc *ent.PolicyDocument, origin string) error {
	if _, err := catalog.RemoveOrigin(l.ctx, l.tx, origin, catalog.Removal{Structure: true}); err != nil {
		return err
	}
	ids, err := l.tx.Evidence.Query().Where(evidence.DocumentID(doc.ID)).IDs(l.ctx)
	if err != nil {
		return err
	}
	for _, id := range ids {
		if err := l.tx.Evidence.DeleteOneID(id).Exec(l.ctx); err != nil {
			return err
		}
	}
	return l.tx.PolicyDocument.DeleteOneID(doc.ID).Exec(l.ctx)
}

func (nl *noticeLoad) errorf(line int, format string, args ...any) error {
	return nl.loader.errorf(nl.n.path, line, format, args...)
}

// errorf formats a load error as "PREFIXFILE:LINE: reason".
func (l *loader) errorf(file string, line int, format string, args ...any) error {
	return fmt.Errorf("%s%s:%d: %s", l.prefix, file, line, fmt.Sprintf(format, args...))
}

func (nl *noticeLoad) load() error {
	f := &nl.n.file
	if err := nl.loadOrganization(&f.Organization); err != nil {
		return err
	}
	d := f.Document
	if d.Title == "" {
		return nl.errorf(d.Line, "document.title is missing")
	}
	c := nl.tx.PolicyDocument.Create().
		SetTitle(d.Title).SetURL(d.URL).SetFileName(d.File).
		SetText(nl.n.text).SetOrganizationID(nl.org.ID).SetSeedDigest(nl.n.digest).
		SetAudience(d.Audience)
	if d.Current != nil {
		c.SetCurrent(*d.Current)
	}
	if d.LastUpdated != nil {
		c.SetLastUpdated(d.LastUpdated.Time)
	}
	doc, err := c.Save(nl.ctx)
	if err != nil {
		return nl.errorf(d.Line, "document: %v", err)
	}
	nl.doc = doc
	nl.w = catalog.NewNoticeWriter(nl.ctx, nl.tx, nl.org, doc, review.Reviewed)
	// A seed file cites the sentences naming its organization; a file
	// `ropa export` wrote may have none to cite (an organization entered
	// through the API, or an imported document that does not name it).
	if len(f.Organization.Evidence) > 0 || !nl.orgEvidenceOptional {
		orgSpans, err := nl.evidence(f.Organization.Evidence, f.Organization.Line, "organization")
		if err != nil {
			return err
		}
		if err := nl.tx.Organization.UpdateOne(nl.org).AddEvidenceIDs(orgSpans...).Exec(nl.ctx); err != nil {
			return nl.errorf(f.Organization.Line, "organization evidence: %v", err)
		}
	}
	return nl.loadFacts()
}

// loadFacts writes the facts of the file, with nl.org and nl.w set: a
// notice's, or an organization file's.
func (nl *noticeLoad) loadFacts() error {
	f := &nl.n.file
	for i := range f.Systems {
		if err := nl.loadSystem(&f.Systems[i]); err != nil {
			return err
		}
	}
	for i := range f.Recipients {
		if err := nl.loadRecipient(&f.Recipients[i]); err != nil {
			return err
		}
	}
	for i := range f.Activities {
		if err := nl.loadActivity(&f.Activities[i]); err != nil {
			return err
		}
	}
	for i := range f.Transfers {
		if err := nl.loadTransfer(&f.Transfers[i], nil); err != nil {
			return err
		}
	}
	for i := range f.Retention {
		if err := nl.loadRetention(&f.Retention[i], nil); err != nil {
			return err
		}
	}
	for i := range f.Security {
		if err := nl.loadSecurity(&f.Security[i]); err != nil {
			return err
		}
	}
	for i := range f.Rights {
		if err := nl.loadRight(&f.Rights[i]); err != nil {
			return err
		}
	}
	for i := range f.Statements {
		if err := nl.loadStatement(&f.Statements[i]); err != nil {
			return err
		}
	}
	return nil
}

// spansOf checks spans against the notice, naming the seed file's line of
// a bad one, and converts them for the catalog's writer.
func (nl *noticeLoad) spansOf(spans []Span, line int, what string) ([]catalog.Span, error) {
	if nl.n.org {
		// Read refuses evidence in an organization file; none to check.
		if len(spans) > 0 {
			return nil, nl.errorf(line, "%s: evidence: a fact of an organization file cites no notice", what)
		}
		return nil, nil
	}
	if len(spans) == 0 {
		return nil, nl.errorf(line, "%s has no evidence: every fact needs at least one span of the notice", what)
	}
	text := nl.n.text
	out := make([]catalog.Span, 0, len(spans))
	for _, s := range spans {
		if s.Start < 0 || s.End <= s.Start || s.End > len(text) {
			return nil, nl.errorf(s.Line, "evidence for %s: offsets [%d,%d) are outside %s (%d bytes)", what, s.Start, s.End, nl.n.file.Document.File, len(text))
		}
		if got := text[s.Start:s.End]; got != s.Quote {
			return nil, nl.errorf(s.Line, "evidence for %s: quote does not match the notice at [%d,%d), which reads %q", what, s.Start, s.End, got)
		}
		out = append(out, catalog.Span{Start: s.Start, End: s.End, Quote: s.Quote})
	}
	return out, nil
}

// evidence checks spans and returns their IDs, each span created once.
func (nl *noticeLoad) evidence(spans []Span, line int, what string) ([]int, error) {
	cs, err := nl.spansOf(spans, line, what)
	if err != nil {
		return nil, err
	}
	ids, err := nl.w.Evidence(cs)
	if err != nil {
		return nil, nl.errorf(line, "evidence for %s: %v", what, err)
	}
	return ids, nil
}

func (nl *noticeLoad) loadOrganization(o *Organization) error {
	if o.Key == "" || o.Name == "" {
		return nl.errorf(o.Line, "organization needs a key and a name")
	}
	if o.Country != "" {
		if err := iso.CheckCountry(o.Country); err != nil {
			return nl.errorf(o.Line, "organization.country: %v", err)
		}
	}
	org, err := nl.tx.Organization.Query().Where(organization.Key(o.Key)).Only(nl.ctx)
	if ent.IsNotFound(err) {
		org, err = nl.tx.Organization.Create().SetKey(o.Key).SetName(o.Name).
			SetReviewStatus(review.Reviewed).Save(nl.ctx)
	}
	if err != nil {
		return nl.errorf(o.Line, "organization %q: %v", o.Key, err)
	}
	// Two notices of one organization merge: roles are united, and a
	// field one notice states fills the field the other leaves empty.
	roles := append([]string{}, org.Roles...)
	for _, r := range o.Roles {
		if !slices.Contains(roles, r) {
			roles = append(roles, r)
		}
	}
	sort.Strings(roles)
	u := nl.tx.Organization.UpdateOne(org).SetName(o.Name).SetRoles(roles)
	set := func(cur string, v string, f func(string) *ent.OrganizationUpdateOne) {
		if v != "" && cur == "" {
			f(v)
		}
	}
	set(org.Country, o.Country, u.SetCountry)
	set(org.Address, o.Address, u.SetAddress)
	set(org.Email, o.Email, u.SetEmail)
	set(org.Phone, o.Phone, u.SetPhone)
	set(org.Website, o.Website, u.SetWebsite)
	if c := o.DPO; c != nil {
		set(org.DpoName, c.Name, u.SetDpoName)
		set(org.DpoEmail, c.Email, u.SetDpoEmail)
		set(org.DpoPhone, c.Phone, u.SetDpoPhone)
		set(org.DpoAddress, c.Address, u.SetDpoAddress)
	}
	if c := o.Representative; c != nil {
		set(org.RepresentativeName, c.Name, u.SetRepresentativeName)
		set(org.RepresentativeEmail, c.Email, u.SetRepresentativeEmail)
		set(org.RepresentativeAddress, c.Address, u.SetRepresentativeAddress)
	}
	if nl.org, err = u.Save(nl.ctx); err != nil {
		return nl.errorf(o.Line, "organization %q: %v", o.Key, err)
	}
	return nil
}

func (nl *noticeLoad) loadSystem(s *System) error {
	if s.Key == "" || s.Name == "" {
		return nl.errorf(s.Line, "system needs a key and a name")
	}
	ev, err := nl.evidence(s.Evidence, s.Line, "system "+s.Key)
	if err != nil {
		return err
	}
	sys, err := nl.tx.System.Create().SetKey(s.Key).SetName(s.Name).SetDescription(s.Description).
		SetOrganizationID(nl.org.ID).AddEvidenceIDs(ev...).Save(nl.ctx)
	if err != nil {
		return nl.errorf(s.Line, "system %q: %v", s.Key, err)
	}
	nl.systems[s.Key] = sys.ID
	return nl.loadDatasets(sys.ID, s.Key, s.Datasets)
}

// loadDatasets writes datasets, with their fields, of system sys.
func (nl *noticeLoad) loadDatasets(sys int, sysKey string, datasets []Dataset) error {
	s := struct{ Key string }{sysKey}
	for _, d := range datasets {
		if d.Key == "" || d.Name == "" {
			return nl.errorf(d.Line, "dataset needs a key and a name")
		}
		ev, err := nl.evidence(d.Evidence, d.Line, "dataset "+s.Key+"."+d.Key)
		if err != nil {
			return err
		}
		ds, err := nl.tx.Dataset.Create().SetKey(d.Key).SetName(d.Name).SetDescription(d.Description).
			SetSystemID(sys).AddEvidenceIDs(ev...).Save(nl.ctx)
		if err != nil {
			return nl.errorf(d.Line, "dataset %q: %v", d.Key, err)
		}
		for _, fl := range d.Fields {
			path := s.Key + "." + d.Key + "." + fl.Key
			if fl.Key == "" || fl.Name == "" {
				return nl.errorf(fl.Line, "field needs a key and a name")
			}
			cat, err := nl.key(fl.Category, nl.categories, "data category")
			if err != nil {
				return err
			}
			ev, err := nl.evidence(fl.Evidence, fl.Line, "field "+path)
			if err != nil {
				return err
			}
			if err := nl.tx.DataField.Create().SetKey(fl.Key).SetName(fl.Name).SetDescription(fl.Description).
				SetDatasetID(ds.ID).SetDataCategoryID(cat).AddEvidenceIDs(ev...).
				Exec(nl.ctx); err != nil {
				return nl.errorf(fl.Line, "field %q: %v", path, err)
			}
		}
	}
	return nil
}

func (nl *noticeLoad) loadRecipient(r *Recipient) error {
	if r.Name == "" {
		return nl.errorf(r.Line, "recipient needs a name")
	}
	kind := recipient.Kind(r.Kind)
	if recipient.KindValidator(kind) != nil {
		return nl.errorf(r.Line, "recipient %q: kind %q is not one of processor, sub_processor, third_party, affiliate, joint_controller, public_authority, acquirer, public, other", r.Name, r.Kind)
	}
	if r.Country != "" {
		if err := iso.CheckCountry(r.Country); err != nil {
			return nl.errorf(r.Line, "recipient %q: country: %v", r.Name, err)
		}
	}
	ev, err := nl.spansOf(r.Evidence, r.Line, "recipient "+r.Name)
	if err != nil {
		return err
	}
	id, err := nl.w.Recipient(catalog.Recipient{Name: r.Name, Named: r.Named, Kind: kind,
		Service: r.Service, Country: r.Country, Evidence: ev})
	if err != nil {
		return nl.errorf(r.Line, "recipient %q: %v", r.Name, err)
	}
	nl.recipients[r.Name] = id
	return nil
}

func (nl *noticeLoad) loadActivity(a *Activity) error {
	if a.Name == "" {
		return nl.errorf(a.Line, "activity needs a name")
	}
	what := "activity " + a.Name
	role := processingactivity.Role(a.Role)
	if a.Role == "" {
		role = processingactivity.RoleController
	}
	if processingactivity.RoleValidator(role) != nil {
		return nl.errorf(a.Line, "%s: role %q must be controller, processor or joint_controller", what, a.Role)
	}
	subjects, err := nl.keys(a.Subjects, nl.subjects, "data subject category")
	if err != nil {
		return err
	}
	cats, err := nl.keys(a.Categories, nl.categories, "data category")
	if err != nil {
		return err
	}
	srcs, err := nl.keys(a.Sources, nl.sources, "source")
	if err != nil {
		return err
	}
	syss, err := nl.keys(a.Systems, nl.systems, "system")
	if err != nil {
		return err
	}
	var controllers []int
	for _, k := range a.Controllers {
		o, err := nl.tx.Organization.Query().Where(organization.Key(k.Value)).Only(nl.ctx)
		if err != nil {
			return nl.errorf(k.Line, "%s: controller %q is not a known organization key", what, k.Value)
		}
		controllers = append(controllers, o.ID)
	}
	ev, err := nl.spansOf(a.Evidence, a.Line, what)
	if err != nil {
		return err
	}
	act, err := nl.w.Activity(catalog.Activity{
		Name: a.Name, Description: a.Description, BusinessFunction: a.BusinessFunction,
		Role: role, OnBehalfOf: a.OnBehalfOf,
		AutomatedDecisionMaking: a.AutomatedDecisionMaking, AutomatedDecisionDetails: a.AutomatedDecisionDetails,
		DPIARequired: a.DPIARequired, Controllers: controllers, Subjects: subjects, Categories: cats,
		Sources: srcs, Systems: syss, Evidence: ev,
	})
	if err != nil {
		return nl.errorf(a.Line, "%s: %v", what, err)
	}
	nl.activities[a.Name] = act.ID
	for _, p := range a.Purposes {
		if err := nl.loadPurpose(act.ID, what, &p); err != nil {
			return err
		}
	}
	for _, d := range a.Disclosures {
		if err := nl.loadDisclosure(act.ID, what, &d); err != nil {
			return err
		}
	}
	for i := range a.Transfers {
		if err := nl.loadTransfer(&a.Transfers[i], &act.ID); err != nil {
			return err
		}
	}
	for i := range a.Retention {
		if err := nl.loadRetention(&a.Retention[i], &act.ID); err != nil {
			return err
		}
	}
	return nil
}

func (nl *noticeLoad) loadPurpose(activity int, what string, p *Purpose) error {
	spec, err := nl.purposeSpec(activity, what, p)
	if err != nil {
		return err
	}
	if err := nl.w.Purpose(spec); err != nil {
		return nl.errorf(p.Line, "%s purpose %q: %v", what, p.Purpose.Value, err)
	}
	return nil
}

// purposeSpec resolves and checks a purpose of an activity.
func (nl *noticeLoad) purposeSpec(activity int, what string, p *Purpose) (catalog.Purpose, error) {
	pid, err := nl.key(p.Purpose, nl.purposes, "purpose")
	if err != nil {
		return catalog.Purpose{}, err
	}
	spec := catalog.Purpose{Activity: activity, Purpose: pid, LegitimateInterest: p.LegitimateInterest}
	if p.Basis != nil {
		id, err := nl.key(*p.Basis, nl.bases, "legal basis")
		if err != nil {
			return spec, err
		}
		if nl.basisArticle[p.Basis.Value] != legalbasis.ArticleArt6 {
			return spec, nl.errorf(p.Basis.Line, "basis %q is an Art 9(2) condition; put it under condition", p.Basis.Value)
		}
		spec.Basis = &id
	}
	if p.Condition != nil {
		id, err := nl.key(*p.Condition, nl.bases, "legal basis")
		if err != nil {
			return spec, err
		}
		if nl.basisArticle[p.Condition.Value] != legalbasis.ArticleArt9 {
			return spec, nl.errorf(p.Condition.Line, "condition %q is an Art 6(1) basis; put it under basis", p.Condition.Value)
		}
		spec.Condition = &id
	}
	if spec.Evidence, err = nl.spansOf(p.Evidence, p.Line, what+" purpose "+p.Purpose.Value); err != nil {
		return spec, err
	}
	return spec, nil
}

func (nl *noticeLoad) loadDisclosure(activity int, what string, d *Disclosure) error {
	rid, err := nl.key(d.Recipient, nl.recipients, "recipient")
	if err != nil {
		return err
	}
	cats, err := nl.keys(d.Categories, nl.categories, "data category")
	if err != nil {
		return err
	}
	ps, err := nl.keys(d.Purposes, nl.purposes, "purpose")
	if err != nil {
		return err
	}
	ev, err := nl.spansOf(d.Evidence, d.Line, what+" disclosure to "+d.Recipient.Value)
	if err != nil {
		return err
	}
	if err := nl.w.Disclosure(catalog.Disclosure{Activity: activity, Recipient: rid, Categories: cats,
		Purposes: ps, Description: d.Description, Evidence: ev}); err != nil {
		return nl.errorf(d.Line, "%s disclosure to %q: %v", what, d.Recipient.Value, err)
	}
	return nil
}

func (nl *noticeLoad) loadTransfer(t *Transfer, activity *int) error {
	scope := transfer.Scope(t.Scope)
	if t.Scope == "" {
		scope = transfer.ScopeCountry
	}
	if transfer.ScopeValidator(scope) != nil {
		return nl.errorf(t.Line, "transfer: scope %q must be country, worldwide or unspecified", t.Scope)
	}
	if scope == transfer.ScopeCountry {
		if err := iso.CheckCountry(t.Country); err != nil {
			return nl.errorf(t.Line, "transfer: country: %v", err)
		}
	} else if t.Country != "" {
		return nl.errorf(t.Line, "transfer: scope %s takes no country", scope)
	}
	spec := catalog.Transfer{Activity: activity, Scope: scope, Country: t.Country,
		Alternatives: t.Alternatives, Description: t.Description}
	if t.Recipient != nil {
		id, err := nl.fieldKey("transfer.recipient", *t.Recipient, nl.recipients, "recipient")
		if err != nil {
			return err
		}
		spec.Recipient = &id
	}
	if t.Safeguard != nil {
		id, err := nl.fieldKey("transfer.safeguard", *t.Safeguard, nl.safeguards, "transfer safeguard")
		if err != nil {
			return err
		}
		spec.Safeguard = &id
	}
	var err error
	if spec.Evidence, err = nl.spansOf(t.Evidence, t.Line, "transfer"); err != nil {
		return err
	}
	if err := nl.w.Transfer(spec); err != nil {
		return nl.errorf(t.Line, "transfer: %v", err)
	}
	return nil
}

func (nl *noticeLoad) loadRetention(r *Retention, activity *int) error {
	if r.Duration == "" && r.Criterion == "" {
		return nl.errorf(r.Line, "retention needs a duration (ISO 8601) or a criterion in words")
	}
	if r.Duration != "" {
		if err := iso.CheckDuration(r.Duration); err != nil {
			return nl.errorf(r.Line, "retention duration: %v", err)
		}
	}
	end := retentionrule.EndAction(r.End)
	if r.End == "" {
		end = retentionrule.EndActionUnspecified
	}
	if retentionrule.EndActionValidator(end) != nil {
		return nl.errorf(r.Line, "retention end %q must be delete, anonymise, isolate, return or unspecified", r.End)
	}
	cats, err := nl.keys(r.Categories, nl.categories, "data category")
	if err != nil {
		return err
	}
	ev, err := nl.spansOf(r.Evidence, r.Line, "retention rule")
	if err != nil {
		return err
	}
	if err := nl.w.Retention(catalog.Retention{Activity: activity, Duration: r.Duration, Criterion: r.Criterion,
		End: end, Categories: cats, Evidence: ev}); err != nil {
		return nl.errorf(r.Line, "retention rule: %v", err)
	}
	return nil
}

func (nl *noticeLoad) loadSecurity(s *Security) error {
	mid, err := nl.key(s.Measure, nl.measures, "security measure")
	if err != nil {
		return err
	}
	acts, err := nl.keys(s.Activities, nl.activities, "activity")
	if err != nil {
		return err
	}
	ev, err := nl.spansOf(s.Evidence, s.Line, "security measure "+s.Measure.Value)
	if err != nil {
		return err
	}
	if err := nl.w.Security(catalog.Security{Measure: mid, Activities: acts, Description: s.Description, Evidence: ev}); err != nil {
		return nl.errorf(s.Line, "security measure %q: %v", s.Measure.Value, err)
	}
	return nil
}

func (nl *noticeLoad) loadRight(r *Right) error {
	rid, err := nl.key(r.Right, nl.rights, "right")
	if err != nil {
		return err
	}
	if r.ResponseTime != "" {
		if err := iso.CheckDuration(r.ResponseTime); err != nil {
			return nl.errorf(r.Line, "right %q responseTime: %v", r.Right.Value, err)
		}
	}
	ev, err := nl.spansOf(r.Evidence, r.Line, "right "+r.Right.Value)
	if err != nil {
		return err
	}
	for _, j := range r.Jurisdictions {
		if strings.TrimSpace(j) == "" {
			return nl.errorf(r.Line, "right %q: an empty jurisdiction", r.Right.Value)
		}
	}
	if err := nl.w.Right(catalog.Right{Right: rid, Channel: r.Channel, ResponseTime: r.ResponseTime,
		BusinessDays: r.BusinessDays, Jurisdictions: r.Jurisdictions, Conditions: r.Conditions, Evidence: ev}); err != nil {
		return nl.errorf(r.Line, "right %q: %v", r.Right.Value, err)
	}
	return nil
}

func (nl *noticeLoad) loadStatement(st *Statement) error {
	kind := statement.Kind(st.Kind)
	if statement.KindValidator(kind) != nil {
		return nl.errorf(st.Line, "statement: kind %q is not one of %s", st.Kind, strings.Join(statementKinds(), ", "))
	}
	if strings.TrimSpace(st.Text) == "" {
		return nl.errorf(st.Line, "statement: text is missing")
	}
	if (kind == statement.KindBasisWithoutPurpose) != (st.Basis != nil) {
		return nl.errorf(st.Line, "statement: basis is given with kind basis_without_purpose, and only then")
	}
	spec := catalog.Statement{Kind: kind, Text: st.Text}
	if st.Basis != nil {
		id, err := nl.key(*st.Basis, nl.bases, "legal basis")
		if err != nil {
			return err
		}
		spec.Basis = &id
	}
	var err error
	if spec.Categories, err = nl.keys(st.Categories, nl.categories, "data category"); err != nil {
		return err
	}
	if spec.Purposes, err = nl.keys(st.Purposes, nl.purposes, "purpose"); err != nil {
		return err
	}
	if spec.Evidence, err = nl.spansOf(st.Evidence, st.Line, "statement "+st.Kind); err != nil {
		return err
	}
	if err := nl.w.Statement(spec); err != nil {
		return nl.errorf(st.Line, "statement %s: %v", st.Kind, err)
	}
	return nil
}

func statementKinds() []string {
	return []string{string(statement.KindDoesNotSell), string(statement.KindDoesNotShare),
		string(statement.KindDoesNotCollect), string(statement.KindNoChildren),
		string(statement.KindNoSpecialCategory), string(statement.KindNoAutomatedDecisions),
		string(statement.KindBasisWithoutPurpose), string(statement.KindOtherNegative)}
}

// key resolves a reference, or fails naming the closest known keys.
func (nl *noticeLoad) key(k Key, known map[string]int, what string) (int, error) {
	id, ok := known[k.Value]
	if !ok {
		return 0, nl.errorf(k.Line, "unknown %s %q%s", what, k.Value, closest(k.Value, known))
	}
	return id, nil
}

// fieldKey is key for a reference whose field the error names.
func (nl *noticeLoad) fieldKey(field string, k Key, known map[string]int, what string) (int, error) {
	id, ok := known[k.Value]
	if !ok {
		return 0, nl.errorf(k.Line, "%s: unknown %s %q%s", field, what, k.Value, closest(k.Value, known))
	}
	return id, nil
}

func (nl *noticeLoad) keys(ks []Key, known map[string]int, what string) ([]int, error) {
	var ids []int
	for _, k := range ks {
		id, err := nl.key(k, known, what)
		if err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, nil
}

// nonEmpty returns nil for "", so that an optional field the seed file
// leaves out stays unset.
func nonEmpty(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}
