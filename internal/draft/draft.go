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
// basis_without_purpose.
//
// The import is one command of the catalog's write path (internal/catalog)
// with the actor import:<file name>, which the catalog records as each
// fact's origin.
package draft

import (
	"context"
	"fmt"
	"path/filepath"
	"regexp"
	"strings"
	"time"

	"github.com/ropacatalog/ropa/ent"
	"github.com/ropacatalog/ropa/ent/datacategory"
	"github.com/ropacatalog/ropa/ent/datasubjectcategory"
	"github.com/ropacatalog/ropa/ent/evidence"
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
	Unchanged bool     `json:"unchanged"` // the same bytes were imported before
	Replaced  int      `json:"replaced"`  // unreviewed facts of an earlier version removed
	Created   int      `json:"created"`   // facts written
	Skipped   []string `json:"skipped"`   // facts that could not be stored, and why
}

// Import extracts the notice in src (read from file) and writes it as
// unreviewed facts of the organization named org, in one transaction.
func Import(ctx context.Context, client *ent.Client, file string, src []byte, org string) (*Report, error) {
	if strings.TrimSpace(org) == "" {
		return nil, fmt.Errorf("%s: --org is empty: name the organization the notice speaks for", file)
	}
	res, err := extract.Extract(file, src)
	if err != nil {
		return nil, err
	}
	if n, err := client.DataCategory.Query().Count(ctx); err != nil {
		return nil, err
	} else if n == 0 {
		return nil, fmt.Errorf("%s: the catalog has no taxonomy yet: run `ropa seed` first", file)
	}
	who := actor.Import(filepath.Base(file))
	im := &importer{file: file, src: src, res: res, origin: string(who), spans: map[[2]int]int{},
		rep: &Report{File: file, Origin: string(who), Skipped: []string{}}}
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
	spans  map[[2]int]int
	rep    *Report
}

var reNonKey = regexp.MustCompile(`[^a-z0-9]+`)

// orgKey makes an organization key from its name: "Acme GmbH" → "acme_gmbh".
func orgKey(name string) string {
	k := strings.Trim(reNonKey.ReplaceAllString(strings.ToLower(name), "_"), "_")
	if k == "" {
		k = "org"
	}
	return k
}

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
			im.rep.Unchanged = true
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
	return im.facts()
}

// removeUnreviewed deletes the still-unreviewed facts an earlier import of
// this file wrote; reviewed and rejected ones stay.
func (im *importer) removeUnreviewed() error {
	n, err := catalog.RemoveOrigin(im.ctx, im.tx, im.origin, catalog.Removal{Unreviewed: true})
	im.rep.Replaced = n
	return err
}

// evidence creates (or finds) the spans of a fact.
func (im *importer) evidence(spans []extract.Span) ([]int, error) {
	var ids []int
	for _, s := range spans {
		key := [2]int{s.Start, s.End}
		if id, ok := im.spans[key]; ok {
			ids = append(ids, id)
			continue
		}
		ev, err := im.tx.Evidence.Query().Where(evidence.DocumentID(im.doc.ID), evidence.Start(s.Start), evidence.End(s.End)).Only(im.ctx)
		if ent.IsNotFound(err) {
			ev, err = im.tx.Evidence.Create().SetDocumentID(im.doc.ID).SetStart(s.Start).SetEnd(s.End).SetQuote(s.Quote).Save(im.ctx)
		}
		if err != nil {
			return nil, fmt.Errorf("evidence [%d,%d): %w", s.Start, s.End, err)
		}
		im.spans[key] = ev.ID
		ids = append(ids, ev.ID)
	}
	return ids, nil
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

func (im *importer) facts() error {
	tx, ctx := im.tx, im.ctx
	by := map[string][]*extract.Fact{}
	for i := range im.res.Facts {
		f := &im.res.Facts[i]
		by[f.Kind] = append(by[f.Kind], f)
	}
	// The activity: categories, subjects, and their evidence.
	var cats, subjects, actSpans []int
	for _, f := range by[extract.KindCollects] {
		c, err := tx.DataCategory.Query().Where(datacategory.Key(f.Val())).Only(ctx)
		if err != nil {
			im.skip(f, "data category not in the taxonomy")
			continue
		}
		cats = append(cats, c.ID)
		ev, err := im.evidence(f.Evidence[:1])
		if err != nil {
			return err
		}
		actSpans = append(actSpans, ev...)
	}
	for _, f := range by[extract.KindDataSubject] {
		s, err := tx.DataSubjectCategory.Query().Where(datasubjectcategory.Key(f.Val())).Only(ctx)
		if err != nil {
			im.skip(f, "data subject category not in the taxonomy")
			continue
		}
		subjects = append(subjects, s.ID)
		ev, err := im.evidence(f.Evidence[:1])
		if err != nil {
			return err
		}
		actSpans = append(actSpans, ev...)
	}
	name := "Processing described in " + im.doc.Title
	if n, _ := tx.ProcessingActivity.Query().Where(processingactivity.OrganizationID(im.org.ID), processingactivity.Name(name)).Count(ctx); n > 0 {
		name += " (" + im.res.Source.SHA256[:8] + ")"
	}
	if len(actSpans) == 0 {
		// Every fact needs evidence: fall back on the title's span, or the
		// first bytes of the notice.
		end := min(len(im.src), 80)
		actSpans, _ = im.evidence([]extract.Span{{Start: 0, End: end, Quote: string(im.src[:end])}})
	}
	act, err := tx.ProcessingActivity.Create().SetName(name).
		SetDescription("Draft imported from " + filepath.Base(im.file) + "; every fact is unreviewed until a reviewer confirms it.").
		SetOrganizationID(im.org.ID).SetNoticeID(im.doc.ID).AddDataCategoryIDs(uniq(cats)...).AddDataSubjectIDs(uniq(subjects)...).SetReviewStatus(review.Unreviewed).AddEvidenceIDs(uniq(actSpans)...).Save(ctx)
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
		c := tx.ActivityPurpose.Create().SetActivityID(act.ID).SetPurposeID(p.ID).SetReviewStatus(review.Unreviewed)
		spans := f.Evidence
		var art6, art9 bool
		for _, b := range bases {
			if !sharesSpan(f, b) {
				continue
			}
			lb, err := tx.LegalBasis.Query().Where(legalbasis.Key(b.Val())).Only(ctx)
			if err != nil {
				continue
			}
			if lb.Article == legalbasis.ArticleArt6 && !art6 {
				c.SetLegalBasisID(lb.ID)
				art6, used[b] = true, true
				spans = append(spans, b.Evidence...)
			} else if lb.Article == legalbasis.ArticleArt9 && !art9 {
				c.SetSpecialConditionID(lb.ID)
				art9, used[b] = true, true
				spans = append(spans, b.Evidence...)
			}
		}
		ev, err := im.evidence(spans)
		if err != nil {
			return err
		}
		if err := c.AddEvidenceIDs(uniq(ev)...).Exec(ctx); err != nil {
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
		ev, err := im.evidence(b.Evidence)
		if err != nil {
			return err
		}
		if err := tx.Statement.Create().SetKind(statement.KindBasisWithoutPurpose).
			SetText("states " + lb.Reference + " (" + lb.Name + ") without naming a purpose").
			SetLegalBasisID(lb.ID).SetOrganizationID(im.org.ID).SetNoticeID(im.doc.ID).
			SetReviewStatus(review.Unreviewed).AddEvidenceIDs(ev...).Exec(ctx); err != nil {
			return fmt.Errorf("legal basis %q: %w", b.Val(), err)
		}
		im.rep.Created++
	}
	// Recipients and disclosures.
	for _, f := range by[extract.KindDiscloses] {
		ev, err := im.evidence(f.Evidence)
		if err != nil {
			return err
		}
		named := f.Named != nil && *f.Named
		rc := tx.Recipient.Create().SetName(f.Val()).SetNamed(named).SetKind(recipientKind(f.RecipientKind)).
			SetService(f.RecipientKind).SetOrganizationID(im.org.ID).
			SetReviewStatus(review.Unreviewed).AddEvidenceIDs(ev...)
		if f.Country != "" {
			rc.SetCountry(f.Country)
		}
		rec, err := rc.Save(ctx)
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
		if err := tx.Disclosure.Create().SetActivityID(act.ID).SetRecipientID(rec.ID).
			AddDataCategoryIDs(uniq(dcats)...).AddPurposeIDs(uniq(dps)...).
			SetReviewStatus(review.Unreviewed).AddEvidenceIDs(ev...).Exec(ctx); err != nil {
			return fmt.Errorf("disclosure to %q: %w", f.Val(), err)
		}
		im.rep.Created += 2
	}
	// Transfers.
	for _, f := range by[extract.KindTransfer] {
		sg, err := tx.TransferSafeguard.Query().Where(transfersafeguard.Key(f.Val())).Only(ctx)
		if err != nil {
			im.skip(f, "safeguard not in the taxonomy")
			continue
		}
		ev, err := im.evidence(f.Evidence)
		if err != nil {
			return err
		}
		c := tx.Transfer.Create().SetOrganizationID(im.org.ID).SetNoticeID(im.doc.ID).SetActivityID(act.ID).SetSafeguardID(sg.ID).SetReviewStatus(review.Unreviewed).AddEvidenceIDs(ev...)
		if f.Country != "" {
			c.SetScope(transfer.ScopeCountry).SetCountry(f.Country)
		} else {
			c.SetScope(transfer.ScopeUnspecified)
		}
		if err := c.Exec(ctx); err != nil {
			return fmt.Errorf("transfer %s: %w", f.Val(), err)
		}
		im.rep.Created++
	}
	// Retention.
	for _, f := range by[extract.KindRetention] {
		ev, err := im.evidence(f.Evidence)
		if err != nil {
			return err
		}
		var dcats []int
		for _, k := range f.DataCategories {
			if c, err := tx.DataCategory.Query().Where(datacategory.Key(k)).Only(ctx); err == nil {
				dcats = append(dcats, c.ID)
			}
		}
		c := tx.RetentionRule.Create().SetCriterion(f.Criterion).SetOrganizationID(im.org.ID).SetNoticeID(im.doc.ID).SetActivityID(act.ID).
			AddDataCategoryIDs(uniq(dcats)...).SetReviewStatus(review.Unreviewed).AddEvidenceIDs(ev...)
		if f.Value != nil {
			c.SetDuration(*f.Value)
		}
		if err := c.Exec(ctx); err != nil {
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
		ev, err := im.evidence(f.Evidence)
		if err != nil {
			return err
		}
		if err := tx.DataSubjectRight.Create().SetRightID(r.ID).SetOrganizationID(im.org.ID).SetNoticeID(im.doc.ID).SetReviewStatus(review.Unreviewed).AddEvidenceIDs(ev...).Exec(ctx); err != nil {
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
		ev, err := im.evidence(f.Evidence)
		if err != nil {
			return err
		}
		if err := tx.SecurityPractice.Create().SetMeasureID(m.ID).SetOrganizationID(im.org.ID).SetNoticeID(im.doc.ID).AddActivityIDs(act.ID).SetReviewStatus(review.Unreviewed).AddEvidenceIDs(ev...).Exec(ctx); err != nil {
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

func uniq(ids []int) []int {
	seen := map[int]bool{}
	out := ids[:0:0]
	for _, id := range ids {
		if !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	return out
}
