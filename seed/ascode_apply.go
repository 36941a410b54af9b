package seed

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"slices"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/ropacatalog/ropa/ent"
	"github.com/ropacatalog/ropa/ent/activitypurpose"
	"github.com/ropacatalog/ropa/ent/datafield"
	"github.com/ropacatalog/ropa/ent/dataset"
	"github.com/ropacatalog/ropa/ent/disclosure"
	"github.com/ropacatalog/ropa/ent/legalbasis"
	"github.com/ropacatalog/ropa/ent/organization"
	"github.com/ropacatalog/ropa/ent/policydocument"
	"github.com/ropacatalog/ropa/ent/processingactivity"
	"github.com/ropacatalog/ropa/ent/recipient"
	"github.com/ropacatalog/ropa/ent/retentionrule"
	"github.com/ropacatalog/ropa/ent/transfer"
	"github.com/ropacatalog/ropa/internal/actor"
	"github.com/ropacatalog/ropa/internal/catalog"
	"github.com/ropacatalog/ropa/internal/review"
)

// Change is one change `ropa apply` makes (or, with --plan, would make).
type Change struct {
	Op           string `json:"op"`   // add, change, remove
	Kind         string `json:"kind"` // notice, document, system, recipient, activity, purpose, disclosure, transfer, retention, security, right, statement
	Organization string `json:"organization"`
	File         string `json:"file"`           // the notice file, relative to the directory
	Line         int    `json:"line,omitempty"` // its line stating the fact (add, change)
	Name         string `json:"name"`           // which fact: "activity Recruiting, purpose hr.recruitment"
	Detail       string `json:"detail,omitempty"`
}

// Plan is what Apply did or would do.
type Plan struct {
	Changes  []Change `json:"changes"`
	Warnings []string `json:"warnings"`
}

// Count returns how many changes of op the plan holds.
func (p *Plan) Count(op string) int {
	n := 0
	for _, c := range p.Changes {
		if c.Op == op {
			n++
		}
	}
	return n
}

// errPlanOnly rolls the transaction of a plan back.
var errPlanOnly = errors.New("plan only")

// ApplyOptions configure Apply.
type ApplyOptions struct {
	// Prefix is put before file names in errors and changes, e.g. "dir/".
	Prefix string
	// PlanOnly computes the changes and writes nothing.
	PlanOnly bool
}

// Apply reconciles the catalog with the notice files of fsys (notices/*.yaml
// citing policies/*, the layout Export writes) and its organization files
// (organizations/*.yaml), in one transaction as actor a: for each notice
// the files hold (matched by organization key and document file name), and
// for each organization with an organization file (the facts entered for it
// rather than stated by a notice), the facts the files state and the
// catalog lacks are added, those the catalog holds and the files do not are
// removed, and those changed are updated; a notice the catalog lacks is
// loaded whole. Notices the files do not hold, and the facts entered for an
// organization that has no organization file in fsys, are left alone. Keys resolve against the
// catalog's taxonomy. On any error nothing is written, and the error names
// the file, line and field.
func Apply(ctx context.Context, client *ent.Client, fsys fs.FS, a actor.Actor, opt ApplyOptions) (*Plan, error) {
	notices, err := readFiles(fsys, opt.Prefix)
	if err != nil {
		return nil, err
	}
	if len(notices) == 0 {
		return nil, fmt.Errorf("%snotices/, %sorganizations/: no notice or organization files (*.yaml)", opt.Prefix, opt.Prefix)
	}
	if err := checkDocuments(notices, opt.Prefix); err != nil {
		return nil, err
	}
	for _, n := range notices {
		if err := checkNames(n, opt.Prefix); err != nil {
			return nil, err
		}
		if err := checkAcrossFiles(n, notices, opt.Prefix); err != nil {
			return nil, err
		}
		if errs := checkScopes(n, notices, opt.Prefix); len(errs) > 0 {
			return nil, errs[0]
		}
	}
	plan := &Plan{Changes: []Change{}, Warnings: []string{}}
	err = catalog.Write(ctx, client, a, func(ctx context.Context, tx *ent.Tx) error {
		l := &loader{tx: tx, ctx: ctx, prefix: opt.Prefix, orgEvidenceOptional: true}
		if err := l.taxonomyFromCatalog(); err != nil {
			return err
		}
		if err := l.applyOrganizations(notices, plan); err != nil {
			return err
		}
		// Notices first: an organization file may name their recipients,
		// systems and activities.
		for _, n := range notices {
			if n.org {
				continue
			}
			if err := l.applyNotice(n, plan); err != nil {
				return err
			}
		}
		for _, n := range notices {
			if !n.org {
				continue
			}
			if err := l.applyOrganizationFile(n, plan); err != nil {
				return err
			}
		}
		if opt.PlanOnly {
			return errPlanOnly
		}
		return nil
	})
	if err != nil && !errors.Is(err, errPlanOnly) {
		return nil, err
	}
	return plan, nil
}

// taxonomyFromCatalog reads the taxonomy's keys from the catalog.
func (l *loader) taxonomyFromCatalog() error {
	tx, ctx := l.tx, l.ctx
	l.categories, l.purposes, l.subjects, l.bases = map[string]int{}, map[string]int{}, map[string]int{}, map[string]int{}
	l.sources, l.safeguards, l.measures, l.rights = map[string]int{}, map[string]int{}, map[string]int{}, map[string]int{}
	l.basisArticle = map[string]legalbasis.Article{}
	cats, err := tx.DataCategory.Query().All(ctx)
	if err != nil {
		return err
	}
	for _, x := range cats {
		l.categories[x.Key] = x.ID
	}
	ps, err := tx.Purpose.Query().All(ctx)
	if err != nil {
		return err
	}
	for _, x := range ps {
		l.purposes[x.Key] = x.ID
	}
	subs, err := tx.DataSubjectCategory.Query().All(ctx)
	if err != nil {
		return err
	}
	for _, x := range subs {
		l.subjects[x.Key] = x.ID
	}
	lbs, err := tx.LegalBasis.Query().All(ctx)
	if err != nil {
		return err
	}
	for _, x := range lbs {
		l.bases[x.Key], l.basisArticle[x.Key] = x.ID, x.Article
	}
	srcs, err := tx.DataSource.Query().All(ctx)
	if err != nil {
		return err
	}
	for _, x := range srcs {
		l.sources[x.Key] = x.ID
	}
	sgs, err := tx.TransferSafeguard.Query().All(ctx)
	if err != nil {
		return err
	}
	for _, x := range sgs {
		l.safeguards[x.Key] = x.ID
	}
	ms, err := tx.SecurityMeasure.Query().All(ctx)
	if err != nil {
		return err
	}
	for _, x := range ms {
		l.measures[x.Key] = x.ID
	}
	rs, err := tx.Right.Query().All(ctx)
	if err != nil {
		return err
	}
	for _, x := range rs {
		l.rights[x.Key] = x.ID
	}
	return nil
}

// ident is a fact's content without lines: two facts are the same when
// their idents are.
func ident(v any) string {
	b, err := yaml.Marshal(v)
	if err != nil {
		panic(err) // the seed types always marshal
	}
	return string(b)
}

// applyNotice reconciles one notice.
func (l *loader) applyNotice(n *notice, plan *Plan) error {
	want := &n.file
	normalize(want)
	org, err := l.tx.Organization.Query().Where(organization.Key(want.Organization.Key)).Only(l.ctx)
	if err != nil && !ent.IsNotFound(err) {
		return err
	}
	var doc *ent.PolicyDocument
	if org != nil {
		doc, err = l.tx.PolicyDocument.Query().Where(policydocument.OrganizationID(org.ID),
			policydocument.FileName(want.Document.File)).First(l.ctx)
		if err != nil && !ent.IsNotFound(err) {
			return err
		}
	}
	origin := "apply:" + n.path
	nl := &noticeLoad{loader: l, n: n, origin: origin,
		systems: map[string]int{}, recipients: map[string]int{}, activities: map[string]int{}}
	change := func(op, kind string, line int, name, detail string) {
		plan.Changes = append(plan.Changes, Change{Op: op, Kind: kind, Organization: want.Organization.Key,
			File: l.prefix + n.path, Line: line, Name: name, Detail: detail})
	}
	if doc == nil {
		change("add", "notice", want.Document.Line, want.Document.Title, "the whole notice: "+want.Document.File)
		return nl.load()
	}
	if doc.Text != n.text {
		return nl.errorf(want.Document.Line, "document.file: policies/%s differs from the text of the catalog's notice %q; a new version of a notice is a new document", want.Document.File, doc.Title)
	}
	cur, err := exportNotice(l.ctx, l.tx.Client(), org, doc)
	if err != nil {
		return err
	}
	have := &cur.file
	nl.org, nl.doc = org, doc
	nl.w = catalog.NewNoticeWriter(l.ctx, l.tx, org, doc, review.Reviewed)
	for k, v := range cur.systems {
		nl.systems[k] = v
	}
	for k, v := range cur.recipients {
		nl.recipients[k] = v
	}
	for k, v := range cur.activities {
		nl.activities[k] = v
	}

	// The document.
	if ident(have.Document) != ident(want.Document) {
		d := want.Document
		u := l.tx.PolicyDocument.UpdateOne(doc).SetTitle(d.Title).SetURL(d.URL).SetAudience(d.Audience).
			SetCurrent(d.Current == nil || *d.Current)
		if d.LastUpdated != nil {
			u.SetLastUpdated(d.LastUpdated.Time)
		} else {
			u.ClearLastUpdated()
		}
		if err := u.Exec(l.ctx); err != nil {
			return nl.errorf(d.Line, "document: %v", err)
		}
		change("change", "document", d.Line, d.Title, diffFields(have.Document, want.Document))
	}
	// The organization's fields were reconciled for all its files
	// (applyOrganizations); here its spans of this notice.
	if changed, err := nl.applyOrganizationEvidence(have.Organization.Evidence, want.Organization.Evidence); err != nil {
		return err
	} else if changed {
		change("change", "organization", want.Organization.Line, "organization "+want.Organization.Key, "evidence")
	}

	return nl.reconcile(cur, want, change)
}

// reconcile makes the catalog's facts of one file (cur, read back by
// exportNotice) those of want: systems, recipients and activities matched
// by name (key) and updated in place, an activity's purposes by purpose
// key, the other facts by content. Notice files and organization files
// share it.
func (nl *noticeLoad) reconcile(cur *exported, want *NoticeFile, change func(op, kind string, line int, name, detail string)) error {
	l := nl.loader
	have := &cur.file
	// Systems and recipients first added or changed (activities name them),
	// removed last.
	haveSys := map[string]System{}
	for _, s := range have.Systems {
		haveSys[s.Key] = s
	}
	wantSys := map[string]bool{}
	for i := range want.Systems {
		s := &want.Systems[i]
		wantSys[s.Key] = true
		old, ok := haveSys[s.Key]
		switch {
		case !ok:
			if err := nl.loadSystem(s); err != nil {
				return err
			}
			change("add", "system", s.Line, "system "+s.Key, "")
		case ident(old) != ident(*s):
			if err := nl.updateSystem(cur, s); err != nil {
				return err
			}
			change("change", "system", s.Line, "system "+s.Key, diffFields(old, *s))
		}
	}
	haveRec := map[string]Recipient{}
	for _, r := range have.Recipients {
		haveRec[r.Name] = r
	}
	wantRec := map[string]bool{}
	for i := range want.Recipients {
		r := &want.Recipients[i]
		wantRec[r.Name] = true
		old, ok := haveRec[r.Name]
		switch {
		case !ok:
			if err := nl.loadRecipient(r); err != nil {
				return err
			}
			change("add", "recipient", r.Line, "recipient "+r.Name, "")
		case ident(old) != ident(*r):
			if err := nl.updateRecipient(cur.recipients[r.Name], r); err != nil {
				return err
			}
			change("change", "recipient", r.Line, "recipient "+r.Name, diffFields(old, *r))
		}
	}

	// Activities.
	haveAct := map[string]Activity{}
	for _, a := range have.Activities {
		haveAct[a.Name] = a
	}
	wantAct := map[string]bool{}
	for _, a := range want.Activities {
		wantAct[a.Name] = true
	}
	for _, a := range have.Activities {
		if !wantAct[a.Name] {
			if err := l.deleteActivity(cur.activities[a.Name]); err != nil {
				return err
			}
			delete(nl.activities, a.Name)
			change("remove", "activity", 0, "activity "+a.Name, "")
		}
	}
	for i := range want.Activities {
		a := &want.Activities[i]
		old, ok := haveAct[a.Name]
		if !ok {
			if err := nl.loadActivity(a); err != nil {
				return err
			}
			change("add", "activity", a.Line, "activity "+a.Name, "")
			continue
		}
		if err := nl.reconcileActivity(cur, old, a, change); err != nil {
			return err
		}
	}

	// The notice's own facts: content decides, so a changed one is removed
	// and added.
	if err := reconcileKeyed(have.Transfers, want.Transfers, cur.transfers, func(t Transfer) int { return t.Line }, transferKey,
		func(id int) error { return l.tx.Transfer.DeleteOneID(id).Exec(l.ctx) },
		func(t *Transfer) error { return nl.loadTransfer(t, nil) },
		func(op string, line int, t Transfer) {
			change(op, "transfer", line, "transfer "+transferName(t), "")
		}, func(line int, old, new Transfer) {
			change("change", "transfer", line, "transfer "+transferWhere(new), diffFields(old, new))
		}); err != nil {
		return err
	}
	if err := reconcileList(have.Retention, want.Retention, cur.retention, func(r Retention) int { return r.Line },
		func(id int) error { return l.tx.RetentionRule.DeleteOneID(id).Exec(l.ctx) },
		func(r *Retention) error { return nl.loadRetention(r, nil) },
		func(op string, line int, r Retention) {
			change(op, "retention", line, "retention "+retentionName(r), "")
		}); err != nil {
		return err
	}
	if err := reconcileList(have.Security, want.Security, cur.security, func(s Security) int { return s.Line },
		func(id int) error { return l.tx.SecurityPractice.DeleteOneID(id).Exec(l.ctx) },
		nl.loadSecurity,
		func(op string, line int, s Security) {
			change(op, "security", line, "security measure "+s.Measure.Value, "")
		}); err != nil {
		return err
	}
	if err := reconcileList(have.Rights, want.Rights, cur.rights, func(r Right) int { return r.Line },
		func(id int) error { return l.tx.DataSubjectRight.DeleteOneID(id).Exec(l.ctx) },
		nl.loadRight,
		func(op string, line int, r Right) {
			change(op, "right", line, "right "+r.Right.Value, strings.Join(r.Jurisdictions, ","))
		}); err != nil {
		return err
	}
	if err := reconcileList(have.Statements, want.Statements, cur.statements, func(s Statement) int { return s.Line },
		func(id int) error { return l.tx.Statement.DeleteOneID(id).Exec(l.ctx) },
		nl.loadStatement,
		func(op string, line int, s Statement) {
			change(op, "statement", line, "statement "+s.Kind, s.Text)
		}); err != nil {
		return err
	}

	for _, r := range have.Recipients {
		if !wantRec[r.Name] {
			if err := l.deleteRecipient(cur.recipients[r.Name]); err != nil {
				return err
			}
			change("remove", "recipient", 0, "recipient "+r.Name, "")
		}
	}
	for _, s := range have.Systems {
		if !wantSys[s.Key] {
			if err := l.deleteSystem(cur.systems[s.Key]); err != nil {
				return err
			}
			change("remove", "system", 0, "system "+s.Key, "")
		}
	}
	return nil
}

// reconcileList reconciles facts that have no name: the same content is
// the same fact; any other is removed or added.
func reconcileList[T any](have, want []T, ids []int, line func(T) int,
	del func(id int) error, add func(*T) error, change func(op string, line int, v T)) error {
	return reconcileKeyed(have, want, ids, line, nil, del, add, change, nil)
}

// reconcileKeyed is reconcileList where key, when not nil, tells which
// removed fact an added one replaces: when exactly one fact removed and
// one added have the same key, the pair is one change (written as a
// removal and an addition), reported by changed.
func reconcileKeyed[T any](have, want []T, ids []int, line func(T) int, key func(T) string,
	del func(id int) error, add func(*T) error, change func(op string, line int, v T), changed func(line int, old, new T)) error {
	left := map[string][]int{} // ident -> indexes into have, not yet matched
	for i, h := range have {
		k := ident(h)
		left[k] = append(left[k], i)
	}
	var added []int
	for i, w := range want {
		k := ident(w)
		if len(left[k]) > 0 {
			left[k] = left[k][1:]
			continue
		}
		added = append(added, i)
	}
	var removed []int
	for i, h := range have {
		if slices.Contains(left[ident(h)], i) {
			removed = append(removed, i)
		}
	}
	// Pairs: a key removed once and added once.
	pairOf := map[int]int{} // want index -> have index
	paired := map[int]bool{}
	if key != nil {
		countR, countA := map[string]int{}, map[string]int{}
		for _, i := range removed {
			countR[key(have[i])]++
		}
		for _, i := range added {
			countA[key(want[i])]++
		}
		for _, w := range added {
			k := key(want[w])
			if countR[k] != 1 || countA[k] != 1 {
				continue
			}
			for _, h := range removed {
				if key(have[h]) == k {
					pairOf[w], paired[h] = h, true
				}
			}
		}
	}
	for _, i := range removed {
		if err := del(ids[i]); err != nil {
			return err
		}
		if !paired[i] {
			change("remove", 0, have[i])
		}
	}
	for _, i := range added {
		if err := add(&want[i]); err != nil {
			return err
		}
		if h, ok := pairOf[i]; ok {
			changed(line(want[i]), have[h], want[i])
			continue
		}
		change("add", line(want[i]), want[i])
	}
	return nil
}

// transferKey tells transfers apart for a plan: where to, and to whom.
func transferKey(t Transfer) string {
	k := t.Scope + "\x00" + t.Country
	if t.Recipient != nil {
		k += "\x00" + t.Recipient.Value
	}
	return k
}

// transferWhere names a transfer by where it goes and to whom.
func transferWhere(t Transfer) string {
	s := t.Scope
	if t.Country != "" {
		s = t.Country
	}
	if t.Recipient != nil {
		s += " to " + t.Recipient.Value
	}
	return s
}

func transferName(t Transfer) string {
	s := t.Scope
	if t.Country != "" {
		s = t.Country
	}
	if t.Recipient != nil {
		s += " to " + t.Recipient.Value
	}
	if t.Safeguard != nil {
		s += " under " + t.Safeguard.Value
	}
	return s
}

func retentionName(r Retention) string {
	if r.Duration != "" {
		return r.Duration
	}
	return r.Criterion
}

// reconcileActivity updates an activity's own fields and reconciles its
// purposes (by purpose key), disclosures, transfers and retention.
func (nl *noticeLoad) reconcileActivity(cur *exported, old Activity, a *Activity, change func(op, kind string, line int, name, detail string)) error {
	what := "activity " + a.Name
	id := cur.activities[a.Name]
	own := func(x Activity) Activity {
		x.Purposes, x.Disclosures, x.Transfers, x.Retention = nil, nil, nil, nil
		return x
	}
	if ident(own(old)) != ident(own(*a)) {
		if err := nl.updateActivity(id, a); err != nil {
			return err
		}
		change("change", "activity", a.Line, what, diffFields(own(old), own(*a)))
	}
	// Purposes by key; a key stated more than once (alternative bases) is
	// reconciled by content.
	havePur, wantPur := map[string][]Purpose{}, map[string][]Purpose{}
	var order []string
	for _, p := range old.Purposes {
		if havePur[p.Purpose.Value] == nil {
			order = append(order, p.Purpose.Value)
		}
		havePur[p.Purpose.Value] = append(havePur[p.Purpose.Value], p)
	}
	for _, p := range a.Purposes {
		if havePur[p.Purpose.Value] == nil && wantPur[p.Purpose.Value] == nil {
			order = append(order, p.Purpose.Value)
		}
		wantPur[p.Purpose.Value] = append(wantPur[p.Purpose.Value], p)
	}
	for _, key := range order {
		hs, ws, ids := havePur[key], wantPur[key], cur.purposes[a.Name+"\x00"+key]
		name := what + ", purpose " + key
		if len(hs) == 1 && len(ws) == 1 {
			if ident(hs[0]) == ident(ws[0]) {
				continue
			}
			if err := nl.updatePurpose(id, ids[0], what, &ws[0]); err != nil {
				return err
			}
			change("change", "purpose", ws[0].Line, name, diffFields(hs[0], ws[0]))
			continue
		}
		if err := reconcileList(hs, ws, ids, func(p Purpose) int { return p.Line },
			func(x int) error { return nl.tx.ActivityPurpose.DeleteOneID(x).Exec(nl.ctx) },
			func(p *Purpose) error { return nl.loadPurpose(id, what, p) },
			func(op string, line int, p Purpose) {
				d := ""
				if p.Basis != nil {
					d = "basis " + p.Basis.Value
				}
				change(op, "purpose", line, name, d)
			}); err != nil {
			return err
		}
	}
	if err := reconcileList(old.Disclosures, a.Disclosures, cur.disclosures[a.Name], func(d Disclosure) int { return d.Line },
		func(id int) error { return nl.tx.Disclosure.DeleteOneID(id).Exec(nl.ctx) },
		func(d *Disclosure) error { return nl.loadDisclosure(id, what, d) },
		func(op string, line int, d Disclosure) {
			change(op, "disclosure", line, what+", disclosure to "+d.Recipient.Value, "")
		}); err != nil {
		return err
	}
	if err := reconcileKeyed(old.Transfers, a.Transfers, cur.actTransfer[a.Name], func(t Transfer) int { return t.Line }, transferKey,
		func(id int) error { return nl.tx.Transfer.DeleteOneID(id).Exec(nl.ctx) },
		func(t *Transfer) error { return nl.loadTransfer(t, &id) },
		func(op string, line int, t Transfer) {
			change(op, "transfer", line, what+", transfer "+transferName(t), "")
		}, func(line int, old, new Transfer) {
			change("change", "transfer", line, what+", transfer "+transferWhere(new), diffFields(old, new))
		}); err != nil {
		return err
	}
	return reconcileList(old.Retention, a.Retention, cur.actRetain[a.Name], func(r Retention) int { return r.Line },
		func(id int) error { return nl.tx.RetentionRule.DeleteOneID(id).Exec(nl.ctx) },
		func(r *Retention) error { return nl.loadRetention(r, &id) },
		func(op string, line int, r Retention) {
			change(op, "retention", line, what+", retention "+retentionName(r), "")
		})
}

// updatePurpose sets purpose row id of activity act to p.
func (nl *noticeLoad) updatePurpose(act, id int, what string, p *Purpose) error {
	name := what + ", purpose " + p.Purpose.Value
	spec, err := nl.purposeSpec(act, what, p)
	if err != nil {
		return err
	}
	ev, err := nl.w.Evidence(spec.Evidence)
	if err != nil {
		return nl.errorf(p.Line, "%s: evidence: %v", name, err)
	}
	u := nl.tx.ActivityPurpose.UpdateOneID(id).
		SetLegitimateInterest(p.LegitimateInterest).ClearEvidence().AddEvidenceIDs(ev...)
	if spec.Basis != nil {
		u.SetLegalBasisID(*spec.Basis)
	} else {
		u.ClearLegalBasis()
	}
	if spec.Condition != nil {
		u.SetSpecialConditionID(*spec.Condition)
	} else {
		u.ClearSpecialCondition()
	}
	if err := u.Exec(nl.ctx); err != nil {
		return nl.errorf(p.Line, "%s: %v", name, err)
	}
	return nil
}

// updateActivity sets an activity's own fields and links to those of a.
func (nl *noticeLoad) updateActivity(id int, a *Activity) error {
	what := "activity " + a.Name
	role := processingactivity.Role(a.Role)
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
	ev, err := nl.evidence(a.Evidence, a.Line, what)
	if err != nil {
		return err
	}
	u := nl.tx.ProcessingActivity.UpdateOneID(id).SetDescription(a.Description).SetBusinessFunction(a.BusinessFunction).
		SetRole(role).SetOnBehalfOf(a.OnBehalfOf).SetAutomatedDecisionMaking(a.AutomatedDecisionMaking).
		SetAutomatedDecisionDetails(a.AutomatedDecisionDetails).
		ClearControllers().AddControllerIDs(controllers...).ClearDataSubjects().AddDataSubjectIDs(subjects...).
		ClearDataCategories().AddDataCategoryIDs(cats...).ClearSources().AddSourceIDs(srcs...).
		ClearSystems().AddSystemIDs(syss...).ClearEvidence().AddEvidenceIDs(ev...)
	if a.DPIARequired != nil {
		u.SetDpiaRequired(*a.DPIARequired)
	} else {
		u.ClearDpiaRequired()
	}
	if err := u.Exec(nl.ctx); err != nil {
		return nl.errorf(a.Line, "%s: %v", what, err)
	}
	return nil
}

// updateRecipient sets a recipient's fields to r's.
func (nl *noticeLoad) updateRecipient(id int, r *Recipient) error {
	kind := recipient.Kind(r.Kind)
	if recipient.KindValidator(kind) != nil {
		return nl.errorf(r.Line, "recipient %q: kind %q is not one of processor, sub_processor, third_party, affiliate, joint_controller, public_authority, acquirer, public, other", r.Name, r.Kind)
	}
	ev, err := nl.evidence(r.Evidence, r.Line, "recipient "+r.Name)
	if err != nil {
		return err
	}
	u := nl.tx.Recipient.UpdateOneID(id).SetNamed(r.Named).SetKind(kind).SetService(r.Service).
		ClearEvidence().AddEvidenceIDs(ev...)
	if r.Country != "" {
		u.SetCountry(r.Country)
	} else {
		u.ClearCountry()
	}
	if err := u.Exec(nl.ctx); err != nil {
		return nl.errorf(r.Line, "recipient %q: %v", r.Name, err)
	}
	return nil
}

// updateSystem sets a system's fields to s's and replaces its datasets.
func (nl *noticeLoad) updateSystem(cur *exported, s *System) error {
	id := cur.systems[s.Key]
	if s.Name == "" {
		return nl.errorf(s.Line, "system needs a key and a name")
	}
	ev, err := nl.evidence(s.Evidence, s.Line, "system "+s.Key)
	if err != nil {
		return err
	}
	if err := nl.tx.System.UpdateOneID(id).SetName(s.Name).SetDescription(s.Description).
		ClearEvidence().AddEvidenceIDs(ev...).Exec(nl.ctx); err != nil {
		return nl.errorf(s.Line, "system %q: %v", s.Key, err)
	}
	if err := nl.loader.deleteDatasets(id); err != nil {
		return err
	}
	return nl.loadDatasets(id, s.Key, s.Datasets)
}

// deleteActivity deletes an activity with the facts stated for it.
func (l *loader) deleteActivity(id int) error {
	ctx, tx := l.ctx, l.tx
	ps, err := tx.ActivityPurpose.Query().Where(activitypurpose.ActivityID(id)).IDs(ctx)
	if err != nil {
		return err
	}
	for _, x := range ps {
		if err := tx.ActivityPurpose.DeleteOneID(x).Exec(ctx); err != nil {
			return err
		}
	}
	ds, err := tx.Disclosure.Query().Where(disclosure.ActivityID(id)).IDs(ctx)
	if err != nil {
		return err
	}
	for _, x := range ds {
		if err := tx.Disclosure.DeleteOneID(x).Exec(ctx); err != nil {
			return err
		}
	}
	ts, err := tx.Transfer.Query().Where(transfer.ActivityID(id)).IDs(ctx)
	if err != nil {
		return err
	}
	for _, x := range ts {
		if err := tx.Transfer.DeleteOneID(x).Exec(ctx); err != nil {
			return err
		}
	}
	rs, err := tx.RetentionRule.Query().Where(retentionrule.ActivityID(id)).IDs(ctx)
	if err != nil {
		return err
	}
	for _, x := range rs {
		if err := tx.RetentionRule.DeleteOneID(x).Exec(ctx); err != nil {
			return err
		}
	}
	return tx.ProcessingActivity.DeleteOneID(id).Exec(ctx)
}

// deleteRecipient deletes a recipient with the disclosures and transfers
// naming it.
func (l *loader) deleteRecipient(id int) error {
	ctx, tx := l.ctx, l.tx
	ds, err := tx.Disclosure.Query().Where(disclosure.RecipientID(id)).IDs(ctx)
	if err != nil {
		return err
	}
	for _, x := range ds {
		if err := tx.Disclosure.DeleteOneID(x).Exec(ctx); err != nil {
			return err
		}
	}
	ts, err := tx.Transfer.Query().Where(transfer.RecipientID(id)).IDs(ctx)
	if err != nil {
		return err
	}
	for _, x := range ts {
		if err := tx.Transfer.DeleteOneID(x).Exec(ctx); err != nil {
			return err
		}
	}
	return tx.Recipient.DeleteOneID(id).Exec(ctx)
}

// deleteDatasets deletes a system's datasets and their fields.
func (l *loader) deleteDatasets(sys int) error {
	ctx, tx := l.ctx, l.tx
	dss, err := tx.Dataset.Query().Where(dataset.SystemID(sys)).IDs(ctx)
	if err != nil {
		return err
	}
	for _, ds := range dss {
		fs, err := tx.DataField.Query().Where(datafield.DatasetID(ds)).IDs(ctx)
		if err != nil {
			return err
		}
		for _, f := range fs {
			if err := tx.DataField.DeleteOneID(f).Exec(ctx); err != nil {
				return err
			}
		}
		if err := tx.Dataset.DeleteOneID(ds).Exec(ctx); err != nil {
			return err
		}
	}
	return nil
}

// deleteSystem deletes a system with its datasets and fields.
func (l *loader) deleteSystem(id int) error {
	if err := l.deleteDatasets(id); err != nil {
		return err
	}
	return l.tx.System.DeleteOneID(id).Exec(l.ctx)
}

// diffFields names the top-level fields that differ between two values of
// one seed type, with the old and new value of scalar ones:
// "basis: contract -> consent".
func diffFields(old, new any) string {
	var o, n map[string]any
	_ = yaml.Unmarshal([]byte(ident(old)), &o)
	_ = yaml.Unmarshal([]byte(ident(new)), &n)
	var keys []string
	for k := range o {
		keys = append(keys, k)
	}
	for k := range n {
		if _, ok := o[k]; !ok {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	var out []string
	for _, k := range keys {
		ov, nv := ident(o[k]), ident(n[k])
		if ov == nv {
			continue
		}
		scalar := func(v any) (string, bool) {
			switch v.(type) {
			case nil:
				return "(none)", true
			case string, int, bool:
				return fmt.Sprint(v), true
			}
			return "", false
		}
		os, ok1 := scalar(o[k])
		ns, ok2 := scalar(n[k])
		if ok1 && ok2 {
			out = append(out, fmt.Sprintf("%s: %s -> %s", k, os, ns))
		} else if d, ok := listDiff(o[k], n[k]); ok {
			out = append(out, k+": "+d)
		} else {
			out = append(out, k)
		}
	}
	return strings.Join(out, "; ")
}

// listDiff writes what a list of scalars (keys, names) gained and lost:
// "+user.name -user.contact".
func listDiff(old, new any) (string, bool) {
	items := func(v any) ([]string, bool) {
		if v == nil {
			return nil, true
		}
		l, ok := v.([]any)
		if !ok {
			return nil, false
		}
		var out []string
		for _, x := range l {
			switch x.(type) {
			case string, int, bool:
				out = append(out, fmt.Sprint(x))
			default:
				return nil, false
			}
		}
		return out, true
	}
	o, ok1 := items(old)
	n, ok2 := items(new)
	if !ok1 || !ok2 {
		return "", false
	}
	var d []string
	for _, x := range n {
		if !slices.Contains(o, x) {
			d = append(d, "+"+x)
		}
	}
	for _, x := range o {
		if !slices.Contains(n, x) {
			d = append(d, "-"+x)
		}
	}
	return strings.Join(d, " "), len(d) > 0
}
