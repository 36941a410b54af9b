package catalog

import (
	"context"
	"fmt"

	"github.com/ropacatalog/ropa/ent"
	"github.com/ropacatalog/ropa/ent/evidence"
	"github.com/ropacatalog/ropa/ent/processingactivity"
	"github.com/ropacatalog/ropa/ent/recipient"
	"github.com/ropacatalog/ropa/ent/retentionrule"
	"github.com/ropacatalog/ropa/ent/statement"
	"github.com/ropacatalog/ropa/ent/transfer"
	"github.com/ropacatalog/ropa/internal/review"
)

// NoticeWriter writes the facts one notice states: the one fact writer
// that the seed loader (reviewed seed files) and the notice importer
// (drafts from extraction) decode into. Every fact it writes belongs to the
// notice's organization, is scoped to the notice, has the writer's review
// status and cites its evidence spans of the notice; the catalog sets its
// origin from the actor of the write.
type NoticeWriter struct {
	ctx    context.Context
	tx     *ent.Tx
	org    *ent.Organization
	doc    *ent.PolicyDocument
	status review.Status
	spans  map[[2]int]int // (start, end) -> evidence ID
}

// NewNoticeWriter returns a writer of doc's facts for org, with status,
// inside tx; ctx carries the actor. With doc nil it writes facts entered
// for the organization itself (the record as code's organization file):
// scoped to no notice, citing no evidence.
func NewNoticeWriter(ctx context.Context, tx *ent.Tx, org *ent.Organization, doc *ent.PolicyDocument, status review.Status) *NoticeWriter {
	return &NoticeWriter{ctx: ctx, tx: tx, org: org, doc: doc, status: status, spans: map[[2]int]int{}}
}

// Span is a verbatim span of the notice: bytes [Start, End), equal to Quote.
type Span struct {
	Start, End int
	Quote      string
}

// Evidence returns the IDs of the spans, creating each once (an existing
// span of the notice is reused). A span outside the notice or whose quote
// differs from its bytes is an error naming it.
func (w *NoticeWriter) Evidence(spans []Span) ([]int, error) {
	if w.doc == nil {
		if len(spans) > 0 {
			return nil, fmt.Errorf("a fact entered for the organization cites no notice, so it has no evidence spans")
		}
		return nil, nil
	}
	var ids []int
	for _, s := range spans {
		key := [2]int{s.Start, s.End}
		if id, ok := w.spans[key]; ok {
			ids = append(ids, id)
			continue
		}
		if s.Start < 0 || s.End <= s.Start || s.End > len(w.doc.Text) {
			return nil, fmt.Errorf("evidence [%d,%d) lies outside %q (%d bytes)", s.Start, s.End, w.doc.Title, len(w.doc.Text))
		}
		if got := w.doc.Text[s.Start:s.End]; got != s.Quote {
			return nil, fmt.Errorf("evidence [%d,%d): the quote does not match %q there, which reads %q", s.Start, s.End, w.doc.Title, got)
		}
		ev, err := w.tx.Evidence.Query().Where(evidence.DocumentID(w.doc.ID), evidence.Start(s.Start), evidence.End(s.End)).Only(w.ctx)
		if ent.IsNotFound(err) {
			ev, err = w.tx.Evidence.Create().SetDocumentID(w.doc.ID).SetStart(s.Start).SetEnd(s.End).SetQuote(s.Quote).Save(w.ctx)
		}
		if err != nil {
			return nil, fmt.Errorf("evidence [%d,%d): %w", s.Start, s.End, err)
		}
		w.spans[key] = ev.ID
		ids = append(ids, ev.ID)
	}
	if len(ids) == 0 {
		return nil, fmt.Errorf("no evidence: every fact cites at least one span of the notice")
	}
	return uniq(ids), nil
}

// Activity is a processing activity the notice describes.
type Activity struct {
	Name, Description, BusinessFunction string
	Role                                processingactivity.Role // empty: controller
	OnBehalfOf                          string
	AutomatedDecisionMaking             bool
	AutomatedDecisionDetails            string
	DPIARequired                        *bool
	Controllers, Subjects, Categories   []int
	Sources, Systems                    []int
	Evidence                            []Span
}

// Activity writes an activity described by the notice.
func (w *NoticeWriter) Activity(a Activity) (*ent.ProcessingActivity, error) {
	ev, err := w.Evidence(a.Evidence)
	if err != nil {
		return nil, err
	}
	c := w.tx.ProcessingActivity.Create().
		SetName(a.Name).SetDescription(a.Description).SetBusinessFunction(a.BusinessFunction).
		SetOnBehalfOf(a.OnBehalfOf).
		SetAutomatedDecisionMaking(a.AutomatedDecisionMaking).SetAutomatedDecisionDetails(a.AutomatedDecisionDetails).
		SetNillableDpiaRequired(a.DPIARequired).
		SetOrganizationID(w.org.ID).SetNillableNoticeID(w.noticeID()).SetReviewStatus(w.status).
		AddControllerIDs(uniq(a.Controllers)...).AddDataSubjectIDs(uniq(a.Subjects)...).
		AddDataCategoryIDs(uniq(a.Categories)...).AddSourceIDs(uniq(a.Sources)...).AddSystemIDs(uniq(a.Systems)...).
		AddEvidenceIDs(ev...)
	if a.Role != "" {
		c.SetRole(a.Role)
	}
	return c.Save(w.ctx)
}

// Purpose is a purpose of an activity with the basis stated for it.
type Purpose struct {
	Activity, Purpose  int
	Basis, Condition   *int // Art 6 basis, Art 9 condition
	LegitimateInterest string
	Evidence           []Span
}

// Purpose writes a purpose of an activity.
func (w *NoticeWriter) Purpose(p Purpose) error {
	ev, err := w.Evidence(p.Evidence)
	if err != nil {
		return err
	}
	return w.tx.ActivityPurpose.Create().SetActivityID(p.Activity).SetPurposeID(p.Purpose).
		SetNillableLegalBasisID(p.Basis).SetNillableSpecialConditionID(p.Condition).
		SetLegitimateInterest(p.LegitimateInterest).SetReviewStatus(w.status).
		AddEvidenceIDs(ev...).Exec(w.ctx)
}

// Recipient is someone the notice names as receiving data.
type Recipient struct {
	Name             string
	Named            bool
	Kind             recipient.Kind
	Service, Country string
	Evidence         []Span
}

// Recipient writes a recipient of the organization and returns its ID.
func (w *NoticeWriter) Recipient(r Recipient) (int, error) {
	ev, err := w.Evidence(r.Evidence)
	if err != nil {
		return 0, err
	}
	rec, err := w.tx.Recipient.Create().SetName(r.Name).SetNamed(r.Named).SetKind(r.Kind).
		SetService(r.Service).SetNillableCountry(nonEmpty(r.Country)).SetOrganizationID(w.org.ID).
		SetReviewStatus(w.status).AddEvidenceIDs(ev...).Save(w.ctx)
	if err != nil {
		return 0, err
	}
	return rec.ID, nil
}

// Disclosure says an activity gives data to a recipient.
type Disclosure struct {
	Activity, Recipient  int
	Categories, Purposes []int
	Description          string
	Evidence             []Span
}

// Disclosure writes a disclosure of an activity.
func (w *NoticeWriter) Disclosure(d Disclosure) error {
	ev, err := w.Evidence(d.Evidence)
	if err != nil {
		return err
	}
	return w.tx.Disclosure.Create().SetActivityID(d.Activity).SetRecipientID(d.Recipient).
		SetDescription(d.Description).AddDataCategoryIDs(uniq(d.Categories)...).AddPurposeIDs(uniq(d.Purposes)...).
		SetReviewStatus(w.status).AddEvidenceIDs(ev...).Exec(w.ctx)
}

// Transfer is a transfer to a third country, for the activities of the
// notice unless Activity or Recipient narrow it.
type Transfer struct {
	Activity, Recipient *int
	Scope               transfer.Scope // empty: country
	Country             string
	Safeguard           *int
	Alternatives        string
	Description         string
	Evidence            []Span
}

// Transfer writes a transfer.
func (w *NoticeWriter) Transfer(t Transfer) error {
	ev, err := w.Evidence(t.Evidence)
	if err != nil {
		return err
	}
	c := w.tx.Transfer.Create().SetNillableCountry(nonEmpty(t.Country)).SetDescription(t.Description).
		SetAlternatives(t.Alternatives).SetOrganizationID(w.org.ID).SetNillableNoticeID(w.noticeID()).
		SetNillableActivityID(t.Activity).SetNillableRecipientID(t.Recipient).SetNillableSafeguardID(t.Safeguard).
		SetReviewStatus(w.status).AddEvidenceIDs(ev...)
	if t.Scope != "" {
		c.SetScope(t.Scope)
	}
	return c.Exec(w.ctx)
}

// Retention is a time limit for erasure, for the activities of the notice
// unless Activity or Categories narrow it.
type Retention struct {
	Activity            *int
	Duration, Criterion string
	End                 retentionrule.EndAction // empty: unspecified
	Categories          []int
	Evidence            []Span
}

// Retention writes a retention rule.
func (w *NoticeWriter) Retention(r Retention) error {
	ev, err := w.Evidence(r.Evidence)
	if err != nil {
		return err
	}
	c := w.tx.RetentionRule.Create().SetNillableDuration(nonEmpty(r.Duration)).SetCriterion(r.Criterion).
		SetOrganizationID(w.org.ID).SetNillableNoticeID(w.noticeID()).SetNillableActivityID(r.Activity).
		AddDataCategoryIDs(uniq(r.Categories)...).SetReviewStatus(w.status).AddEvidenceIDs(ev...)
	if r.End != "" {
		c.SetEndAction(r.End)
	}
	return c.Exec(w.ctx)
}

// Security is a measure the notice states, for its activities unless
// Activities lists some.
type Security struct {
	Measure     int
	Activities  []int
	Description string
	Evidence    []Span
}

// Security writes a security practice.
func (w *NoticeWriter) Security(s Security) error {
	ev, err := w.Evidence(s.Evidence)
	if err != nil {
		return err
	}
	return w.tx.SecurityPractice.Create().SetMeasureID(s.Measure).SetDescription(s.Description).
		SetOrganizationID(w.org.ID).SetNillableNoticeID(w.noticeID()).AddActivityIDs(uniq(s.Activities)...).
		SetReviewStatus(w.status).AddEvidenceIDs(ev...).Exec(w.ctx)
}

// Right is a right the notice offers.
type Right struct {
	Right                 int
	Channel, ResponseTime string
	BusinessDays          bool
	Jurisdictions         []string
	Conditions            string
	Evidence              []Span
}

// Right writes a right offered.
func (w *NoticeWriter) Right(r Right) error {
	ev, err := w.Evidence(r.Evidence)
	if err != nil {
		return err
	}
	return w.tx.DataSubjectRight.Create().SetRightID(r.Right).SetChannel(r.Channel).
		SetNillableResponseTime(nonEmpty(r.ResponseTime)).SetBusinessDays(r.BusinessDays).
		SetJurisdictions(r.Jurisdictions).SetConditions(r.Conditions).
		SetOrganizationID(w.org.ID).SetNillableNoticeID(w.noticeID()).SetReviewStatus(w.status).
		AddEvidenceIDs(ev...).Exec(w.ctx)
}

// Statement is a negative statement or a basis stated without a purpose.
type Statement struct {
	Kind                 statement.Kind
	Text                 string
	Basis                *int
	Categories, Purposes []int
	Evidence             []Span
}

// Statement writes a statement of the notice.
func (w *NoticeWriter) Statement(s Statement) error {
	ev, err := w.Evidence(s.Evidence)
	if err != nil {
		return err
	}
	return w.tx.Statement.Create().SetKind(s.Kind).SetText(s.Text).SetNillableLegalBasisID(s.Basis).
		SetOrganizationID(w.org.ID).SetNillableNoticeID(w.noticeID()).
		AddDataCategoryIDs(uniq(s.Categories)...).AddPurposeIDs(uniq(s.Purposes)...).
		SetReviewStatus(w.status).AddEvidenceIDs(ev...).Exec(w.ctx)
}

// noticeID is the notice the facts are scoped to, nil for the
// organization's own facts.
func (w *NoticeWriter) noticeID() *int {
	if w.doc == nil {
		return nil
	}
	return &w.doc.ID
}

// nonEmpty returns nil for "", so that an optional field left out stays
// unset.
func nonEmpty(s string) *string {
	if s == "" {
		return nil
	}
	return &s
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
