// Package draft loads an extraction (internal/extract) into the catalog as
// a draft record: unreviewed facts, each with evidence spans into a
// PolicyDocument that holds the notice's exact bytes, for a reviewer to
// confirm, correct or reject through the API.
//
// The mapping: the organization (created if absent); one processing
// activity per notice, "Processing described in <title>", carrying the
// data categories collected, the data subjects and the evidence of both;
// one ActivityPurpose per purpose, with the legal basis stated in the same
// sentence when there is one (Art 9 conditions as the special
// condition); a Recipient and a Disclosure per recipient; a Transfer per
// mechanism and country; RetentionRules, DataSubjectRights and
// SecurityPractices, all scoped to the imported notice; a legal basis that
// no sentence pairs with a purpose becomes a Statement of kind
// basis_without_purpose. With Options.MinConfidence, facts whose
// confidence is below it are not written at all, and counted per kind.
//
// The import is one command of the catalog's write path (internal/catalog)
// with the actor import:<file name>, which the catalog records as each
// fact's origin; the facts go through catalog.NoticeWriter, the fact writer
// the seed loader decodes into too.
package draft

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"github.com/ropacatalog/ropa/ent"
	"github.com/ropacatalog/ropa/ent/datacategory"
	"github.com/ropacatalog/ropa/ent/datasubjectcategory"
	"github.com/ropacatalog/ropa/ent/legalbasis"
	"github.com/ropacatalog/ropa/ent/organization"
	"github.com/ropacatalog/ropa/ent/policydocument"
	"github.com/ropacatalog/ropa/ent/processingactivity"
	"github.com/ropacatalog/ropa/ent/purpose"
	"github.com/ropacatalog/ropa/ent/recipient"
	"github.com/ropacatalog/ropa/ent/right"
	"github.com/ropacatalog/ropa/ent/securitymeasure"
	"github.com/ropacatalog/ropa/ent/statement"
	"github.com/ropacatalog/ropa/ent/transfer"
	"github.com/ropacatalog/ropa/ent/transfersafeguard"
	"github.com/ropacatalog/ropa/internal/actor"
	"github.com/ropacatalog/ropa/internal/catalog"
	"github.com/ropacatalog/ropa/internal/extract"
	"github.com/ropacatalog/ropa/internal/review"
)

// Report says what an import did.
type Report struct {
	File      string   `json:"file"`
	Origin    string   `json:"origin"`
	Notice    int      `json:"notice"`    // the policy document holding the file's bytes
	Unchanged bool     `json:"unchanged"` // the same bytes were imported before
	Replaced  int      `json:"replaced"`  // unreviewed facts of an earlier version removed
	Created   int      `json:"created"`   // facts written
	Skipped   []string `json:"skipped"`   // facts that could not be stored, and why
	// MinConfidence is the threshold the import was run with (0: every
	// fact kept); LeftOut counts, per kind, the facts it left out for a
	// confidence below it.
	MinConfidence float64        `json:"minConfidence"`
	LeftOut       map[string]int `json:"leftOut"`
}

// Options tune an import.
type Options struct {
	// MinConfidence leaves out every extracted fact whose confidence (see
	// internal/extract's calibration) is below it; 0 keeps them all. It
	// must lie in [0, 1].
	MinConfidence float64
}

// Import extracts the notice in src (read from file) and writes it as
// unreviewed facts of the organization named org, in one transaction.
func Import(ctx context.Context, client *ent.Client, file string, src []byte, org string) (*Report, error) {
	return ImportWith(ctx, client, file, src, org, Options{})
}

// ImportWith is Import with options: facts under opt.MinConfidence are
// left out, and counted in the report.
func ImportWith(ctx context.Context, client *ent.Client, file string, src []byte, org string, opt Options) (*Report, error) {
	if strings.TrimSpace(org) == "" {
		return nil, fmt.Errorf("%s: --org is empty: name the organization the notice speaks for", file)
	}
	if m := opt.MinConfidence; !(m >= 0 && m <= 1) {
		return nil, fmt.Errorf("%s: minimum confidence %v: must be between 0 and 1", file, m)
	}
	res, err := extract.Extract(file, src)
	if err != nil {
		return nil, err
	}
	leftOut := map[string]int{}
	if opt.MinConfidence > 0 {
		keep := res.Facts[:0]
		for _, f := range res.Facts {
			if f.Confidence < opt.MinConfidence {
				leftOut[f.Kind]++
				continue
			}
			keep = append(keep, f)
		}
		res.Facts = keep
	}
	if n, err := client.DataCategory.Query().Count(ctx); err != nil {
		return nil, err
	} else if n == 0 {
		return nil, fmt.Errorf("%s: the catalog has no taxonomy yet: run `ropa seed` first", file)
	}
	who := actor.Import(filepath.Base(file))
	im := &importer{file: file, src: src, res: res, origin: string(who),
		rep: &Report{File: file, Origin: string(who), Skipped: []string{}, MinConfidence: opt.MinConfidence, LeftOut: leftOut}}
	err = catalog.Write(ctx, client, who, func(ctx context.Context, tx *ent.Tx) error {
		im.tx, im.ctx = tx, ctx
		return im.run(org)
	})
	if err != nil {
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	return im.rep, nil
}

type importer struct {
	tx     *ent.Tx
	ctx    context.Context
	file   string
	src    []byte
	res    *extract.Result
	origin string
	org    *ent.Organization
	doc    *ent.PolicyDocument
	rep    *Report
}

// orgKey is the key of an organization the import creates.
func orgKey(name string) string { return catalog.Key(name, "org") }

func (im *importer) run(orgName string) error {
	tx, ctx := im.tx, im.ctx
	org, err := tx.Organization.Query().Where(organization.Or(organization.Name(orgName), organization.Key(orgKey(orgName)))).First(ctx)
	if ent.IsNotFound(err) {
		org, err = tx.Organization.Create().SetKey(orgKey(orgName)).SetName(orgName).SetReviewStatus(review.Unreviewed).Save(ctx)
	}
	if err != nil {
		return fmt.Errorf("organization %q: %w", orgName, err)
	}
	im.org = org
	doc, err := tx.PolicyDocument.Query().Where(policydocument.Sha256(im.res.Source.SHA256)).Only(ctx)
	switch {
	case err == nil:
		n, err := tx.ProcessingActivity.Query().Where(processingactivity.Origin(im.origin), processingactivity.OrganizationID(org.ID)).Count(ctx)
		if err != nil {
			return err
		}
		if n > 0 {
			im.rep.Unchanged, im.rep.Notice = true, doc.ID
			im.rep.LeftOut = map[string]int{} // nothing was written, so nothing left out
			return nil
		}
		im.doc = doc
	case ent.IsNotFound(err):
	default:
		return err
	}
	if err := im.removeUnreviewed(); err != nil {
		return fmt.Errorf("removing unreviewed facts of an earlier version: %w", err)
	}
	if im.doc == nil {
		title := im.res.Document.Title
		if title == "" {
			title = filepath.Base(im.file)
		}
		c := tx.PolicyDocument.Create().SetTitle(title).SetFileName(filepath.Base(im.file)).
			SetText(string(im.src)).SetOrganizationID(org.ID)
		if lu := im.res.Document.LastUpdated; lu != nil {
			if t, err := time.Parse("2006-01-02", *lu); err == nil {
				c.SetLastUpdated(t)
			}
		}
		if im.doc, err = c.Save(ctx); err != nil {
			return fmt.Errorf("policy document: %w", err)
		}
	}
	im.rep.Notice = im.doc.ID
	return im.facts()
}

// removeUnreviewed deletes the still-unreviewed facts an earlier import of
// this file wrote; reviewed and rejected ones stay.
func (im *importer) removeUnreviewed() error {
	n, err := catalog.RemoveOrigin(im.ctx, im.tx, im.origin, catalog.Removal{Unreviewed: true})
	im.rep.Replaced = n
	return err
}

func (im *importer) skip(f *extract.Fact, why string) {
	im.rep.Skipped = append(im.rep.Skipped, fmt.Sprintf("%s %q: %s", f.Kind, f.Val(), why))
}

// recipientKind maps the extraction's recipient kinds onto the catalog's.
func recipientKind(k string) recipient.Kind {
	switch k {
	case "processor", "third_party", "affiliate", "public_authority", "acquirer":
		return recipient.Kind(k)
	case "analytics":
		return recipient.KindProcessor
	case "advertising", "business_partner":
		return recipient.KindThirdParty
	case "other_users":
		return recipient.KindPublic
	}
	return recipient.KindOther
}

// spans converts extraction spans for the catalog's writer.
func spans(ss []extract.Span) []catalog.Span {
	out := make([]catalog.Span, 0, len(ss))
	for _, s := range ss {
		out = append(out, catalog.Span{Start: s.Start, End: s.End, Quote: s.Quote})
	}
	return out
}

// facts decodes the extraction into the catalog's notice writer: every
// fact unreviewed and scoped to the imported notice.
func (im *importer) facts() error {
	tx, ctx := im.tx, im.ctx
	w := catalog.NewNoticeWriter(ctx, tx, im.org, im.doc, review.Unreviewed)
	by := map[string][]*extract.Fact{}
	for i := range im.res.Facts {
		f := &im.res.Facts[i]
		by[f.Kind] = append(by[f.Kind], f)
	}
	// The activity: categories, subjects, and their evidence.
	var cats, subjects []int
	var actSpans []catalog.Span
	for _, f := range by[extract.KindCollects] {
		c, err := tx.DataCategory.Query().Where(datacategory.Key(f.Val())).Only(ctx)
		if err != nil {
			im.skip(f, "data category not in the taxonomy")
			continue
		}
		cats = append(cats, c.ID)
		actSpans = append(actSpans, spans(f.Evidence[:1])...)
	}
	for _, f := range by[extract.KindDataSubject] {
		s, err := tx.DataSubjectCategory.Query().Where(datasubjectcategory.Key(f.Val())).Only(ctx)
		if err != nil {
			im.skip(f, "data subject category not in the taxonomy")
			continue
		}
		subjects = append(subjects, s.ID)
		actSpans = append(actSpans, spans(f.Evidence[:1])...)
	}
	name := "Processing described in " + im.doc.Title
	if n, _ := tx.ProcessingActivity.Query().Where(processingactivity.OrganizationID(im.org.ID), processingactivity.Name(name)).Count(ctx); n > 0 {
		name += " (" + im.res.Source.SHA256[:8] + ")"
	}
	if len(actSpans) == 0 {
		// Every fact needs evidence: fall back on the first bytes of the
		// notice.
		end := min(len(im.src), 80)
		actSpans = []catalog.Span{{Start: 0, End: end, Quote: string(im.src[:end])}}
	}
	act, err := w.Activity(catalog.Activity{Name: name,
		Description: "Draft imported from " + filepath.Base(im.file) + "; every fact is unreviewed until a reviewer confirms it.",
		Categories:  cats, Subjects: subjects, Evidence: actSpans})
	if err != nil {
		return fmt.Errorf("activity %q: %w", name, err)
	}
	im.rep.Created++

	// Purposes, with the basis stated in the same sentence.
	bases := by[extract.KindLegalBasis]
	used := map[*extract.Fact]bool{}
	for _, f := range by[extract.KindPurpose] {
		p, err := tx.Purpose.Query().Where(purpose.Key(f.Val())).Only(ctx)
		if err != nil {
			im.skip(f, "purpose not in the taxonomy")
			continue
		}
		spec := catalog.Purpose{Activity: act.ID, Purpose: p.ID, Evidence: spans(f.Evidence)}
		for _, b := range bases {
			if !sharesSpan(f, b) {
				continue
			}
			lb, err := tx.LegalBasis.Query().Where(legalbasis.Key(b.Val())).Only(ctx)
			if err != nil {
				continue
			}
			if lb.Article == legalbasis.ArticleArt6 && spec.Basis == nil {
				spec.Basis, used[b] = &lb.ID, true
				spec.Evidence = append(spec.Evidence, spans(b.Evidence)...)
			} else if lb.Article == legalbasis.ArticleArt9 && spec.Condition == nil {
				spec.Condition, used[b] = &lb.ID, true
				spec.Evidence = append(spec.Evidence, spans(b.Evidence)...)
			}
		}
		if err := w.Purpose(spec); err != nil {
			return fmt.Errorf("purpose %q: %w", f.Val(), err)
		}
		im.rep.Created++
	}
	// A basis no sentence pairs with a purpose is kept as what the notice
	// states: a basis without a purpose.
	for _, b := range bases {
		if used[b] {
			continue
		}
		lb, err := tx.LegalBasis.Query().Where(legalbasis.Key(b.Val())).Only(ctx)
		if err != nil {
			im.skip(b, "legal basis not in the taxonomy")
			continue
		}
		if err := w.Statement(catalog.Statement{Kind: statement.KindBasisWithoutPurpose,
			Text:  "states " + lb.Reference + " (" + lb.Name + ") without naming a purpose",
			Basis: &lb.ID, Evidence: spans(b.Evidence)}); err != nil {
			return fmt.Errorf("legal basis %q: %w", b.Val(), err)
		}
		im.rep.Created++
	}
	// Recipients and disclosures.
	for _, f := range by[extract.KindDiscloses] {
		// A recipient's name is unique in its organization: one another
		// notice, or a reviewed earlier version of this one, named already
		// is disclosed to, not written again.
		rid, err := tx.Recipient.Query().Where(recipient.OrganizationID(im.org.ID), recipient.Name(f.Val())).OnlyID(ctx)
		if ent.IsNotFound(err) {
			rid, err = w.Recipient(catalog.Recipient{Name: f.Val(), Named: f.Named != nil && *f.Named,
				Kind: recipientKind(f.RecipientKind), Service: f.RecipientKind, Country: f.Country, Evidence: spans(f.Evidence)})
			im.rep.Created++
		}
		if err != nil {
			return fmt.Errorf("recipient %q: %w", f.Val(), err)
		}
		var dcats, dps []int
		for _, k := range f.DataCategories {
			if c, err := tx.DataCategory.Query().Where(datacategory.Key(k)).Only(ctx); err == nil {
				dcats = append(dcats, c.ID)
			}
		}
		for _, k := range f.Purposes {
			if p, err := tx.Purpose.Query().Where(purpose.Key(k)).Only(ctx); err == nil {
				dps = append(dps, p.ID)
			}
		}
		if err := w.Disclosure(catalog.Disclosure{Activity: act.ID, Recipient: rid, Categories: dcats,
			Purposes: dps, Evidence: spans(f.Evidence)}); err != nil {
			return fmt.Errorf("disclosure to %q: %w", f.Val(), err)
		}
		im.rep.Created++
	}
	// Transfers.
	for _, f := range by[extract.KindTransfer] {
		sg, err := tx.TransferSafeguard.Query().Where(transfersafeguard.Key(f.Val())).Only(ctx)
		if err != nil {
			im.skip(f, "safeguard not in the taxonomy")
			continue
		}
		spec := catalog.Transfer{Activity: &act.ID, Safeguard: &sg.ID, Scope: transfer.ScopeUnspecified, Evidence: spans(f.Evidence)}
		if f.Country != "" {
			spec.Scope, spec.Country = transfer.ScopeCountry, f.Country
		}
		if err := w.Transfer(spec); err != nil {
			return fmt.Errorf("transfer %s: %w", f.Val(), err)
		}
		im.rep.Created++
	}
	// Retention.
	for _, f := range by[extract.KindRetention] {
		var dcats []int
		for _, k := range f.DataCategories {
			if c, err := tx.DataCategory.Query().Where(datacategory.Key(k)).Only(ctx); err == nil {
				dcats = append(dcats, c.ID)
			}
		}
		spec := catalog.Retention{Activity: &act.ID, Criterion: f.Criterion, Categories: dcats, Evidence: spans(f.Evidence)}
		if f.Value != nil {
			spec.Duration = *f.Value
		}
		if err := w.Retention(spec); err != nil {
			return fmt.Errorf("retention %q: %w", f.Val(), err)
		}
		im.rep.Created++
	}
	// Rights.
	for _, f := range by[extract.KindRight] {
		r, err := tx.Right.Query().Where(right.Key(f.Val())).Only(ctx)
		if err != nil {
			im.skip(f, "right not in the taxonomy")
			continue
		}
		if err := w.Right(catalog.Right{Right: r.ID, Evidence: spans(f.Evidence)}); err != nil {
			return fmt.Errorf("right %q: %w", f.Val(), err)
		}
		im.rep.Created++
	}
	// Security measures.
	for _, f := range by[extract.KindSecurity] {
		m, err := tx.SecurityMeasure.Query().Where(securitymeasure.Key(f.Val())).Only(ctx)
		if err != nil {
			im.skip(f, "security measure not in the taxonomy")
			continue
		}
		if err := w.Security(catalog.Security{Measure: m.ID, Activities: []int{act.ID}, Evidence: spans(f.Evidence)}); err != nil {
			return fmt.Errorf("security measure %q: %w", f.Val(), err)
		}
		im.rep.Created++
	}
	return nil
}

func sharesSpan(a, b *extract.Fact) bool {
	for _, x := range a.Evidence {
		for _, y := range b.Evidence {
			if x.Start == y.Start && x.End == y.End {
				return true
			}
		}
	}
	return false
}
