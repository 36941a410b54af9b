// Package findings says what in a record of processing needs attention,
// why, since when, and the sentences it comes from. Rules are data (Rules):
// each has an ID, a title, a severity, the provision it rests on and the
// dates between which it applies, and is evaluated over an organization's
// effective record (internal/record) as of a date, so that "as of
// 2020-07-01 the Privacy Shield was fine" holds.
package findings

import (
	"context"
	"fmt"
	"io"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/ropacatalog/ropa/ent"
	"github.com/ropacatalog/ropa/ent/activitypurpose"
	"github.com/ropacatalog/ropa/ent/disclosure"
	"github.com/ropacatalog/ropa/ent/evidence"
	"github.com/ropacatalog/ropa/ent/policydocument"
	"github.com/ropacatalog/ropa/ent/processingactivity"
	"github.com/ropacatalog/ropa/ent/statement"
	"github.com/ropacatalog/ropa/ent/transfer"
	"github.com/ropacatalog/ropa/internal/record"
)

// Severity ranks a finding.
type Severity string

const (
	High   Severity = "high"
	Medium Severity = "medium"
	Low    Severity = "low"
)

var rank = map[Severity]int{High: 0, Medium: 1, Low: 2}

// AtLeast reports whether s is as severe as min or more.
func (s Severity) AtLeast(min Severity) bool { return rank[s] <= rank[min] }

// ParseSeverity reads high, medium or low.
func ParseSeverity(s string) (Severity, error) {
	switch Severity(strings.ToLower(s)) {
	case High, Medium, Low:
		return Severity(strings.ToLower(s)), nil
	}
	return "", fmt.Errorf("severity %q: want high, medium or low", s)
}

// Rule is one check, declared as data.
type Rule struct {
	ID       string
	Title    string
	Severity Severity
	Article  string     // the provision it rests on
	From     *time.Time // it applies from this date (nil: always)
	Until    *time.Time // and no longer from this date (nil: still)
	check    func(c *check) []Finding
}

// Finding is one thing that needs attention.
type Finding struct {
	Rule     string   `json:"rule"`
	Title    string   `json:"title"`
	Severity Severity `json:"severity"`
	Article  string   `json:"article"`
	Message  string   `json:"message"`
	Activity string   `json:"activity,omitempty"` // the activity it concerns, if one
	Notice   string   `json:"notice,omitempty"`   // the notice that states the facts under it
	Since    string   `json:"since,omitempty"`    // YYYY-MM-DD from which it holds, when a date decides
	// Subject is the finding's stable key within its rule: the facts it
	// rests on ("transfer:42", "activity:7,purpose:9"), and for a finding
	// read from a notice's text, what it found there. An acknowledgement
	// names a finding by rule and subject.
	Subject string `json:"subject,omitempty"`
	// Facts are the facts it rests on, as kind:ID.
	Facts    []string   `json:"facts,omitempty"`
	Evidence []Citation `json:"evidence"`
	// Acknowledged is set when a DPO accepted the finding and it is quiet:
	// listed, not counted (see Acknowledge).
	Acknowledged *Acknowledgement `json:"acknowledged,omitempty"`

	facts       []any // the facts themselves, for the fingerprint
	activityRef int   // the catalog ID of Activity, 0 when none
}

// ActivityID is the catalog ID of the activity the finding concerns, nil
// when none (the web interface links and badges by it).
func (f *Finding) ActivityID() *int {
	if f.activityRef == 0 {
		return nil
	}
	return &f.activityRef
}

// Citation is a sentence of a notice under a finding.
type Citation struct {
	Document string `json:"document"`
	Start    int    `json:"start"` // bytes [Start, End) of the notice
	End      int    `json:"end"`
	Quote    string `json:"quote"`
	// Source is where the notice was read from: its URL, else its file
	// name, else its title.
	Source string `json:"source,omitempty"`

	documentID int
}

// NoticeID is the catalog ID of the notice the sentence is in, nil when
// not known.
func (ct *Citation) NoticeID() *int {
	if ct.documentID == 0 {
		return nil
	}
	id := ct.documentID
	return &id
}

// check is what a rule reads: one organization's record as of a date, and
// the evidence of its facts.
type check struct {
	rule  *Rule
	org   *record.Organization
	asOf  time.Time
	cites map[string][]Citation       // "kind:id" -> sentences
	texts map[int]*ent.PolicyDocument // the organization's notices with their text, current or not
}

// finding builds a finding of c's rule about activity (nil when none),
// stated by notice (empty: the activity's), resting on facts (ent entities
// of the record: *ent.Transfer, *record.Activity, *ent.ActivityPurpose,
// *ent.Disclosure, *ent.Statement, *ent.PolicyDocument, ...). detail
// narrows the subject when the facts alone do not (a name read from a
// notice's text). The evidence is every sentence stating those facts.
func (c *check) finding(msg string, activity *record.Activity, notice string, detail string, facts ...any) Finding {
	f := Finding{Rule: c.rule.ID, Title: c.rule.Title, Severity: c.rule.Severity, Article: c.rule.Article,
		Message: msg, Notice: notice, Evidence: []Citation{}, Facts: []string{}, facts: facts}
	if activity != nil {
		f.Activity, f.activityRef = activity.Name, activity.ID
		if f.Notice == "" && activity.Edges.Notice != nil {
			f.Notice = activity.Edges.Notice.Title
		}
	}
	seen := map[Citation]bool{}
	for _, x := range facts {
		k := factKey(x)
		if k == "" || slices.Contains(f.Facts, k) {
			continue
		}
		f.Facts = append(f.Facts, k)
		for _, ct := range c.cites[k] {
			if !seen[ct] {
				seen[ct] = true
				f.Evidence = append(f.Evidence, ct)
			}
		}
	}
	keys := slices.Clone(f.Facts)
	slices.Sort(keys)
	f.Subject = strings.Join(keys, ",")
	if detail != "" {
		f.Subject += "#" + strings.ToLower(detail)
	}
	return f
}

// cite adds sentences to a finding that are not evidence of a fact (read
// from a notice's text).
func (f *Finding) cite(cts ...Citation) { f.Evidence = append(f.Evidence, cts...) }

func (c *check) noticeTitle(id int) string {
	for _, n := range c.org.Notices {
		if n.ID == id {
			return n.Title
		}
	}
	return ""
}

func key(kind string, id int) string { return kind + ":" + strconv.Itoa(id) }

func day(t time.Time) string { return t.Format(time.DateOnly) }

// Evaluate runs every rule that applies on asOf over org's effective
// record, and returns the findings by severity, rule and activity; those a
// DPO acknowledged, still holding on asOf, carry the acknowledgement.
func Evaluate(ctx context.Context, c *ent.Client, org *record.Organization, asOf time.Time) ([]Finding, error) {
	cites, err := loadCitations(ctx, c, org.ID)
	if err != nil {
		return nil, err
	}
	texts, err := loadTexts(ctx, c, org.ID)
	if err != nil {
		return nil, err
	}
	out := []Finding{}
	for i := range Rules {
		r := &Rules[i]
		if r.From != nil && asOf.Before(*r.From) || r.Until != nil && !asOf.Before(*r.Until) {
			continue
		}
		out = append(out, r.check(&check{rule: r, org: org, asOf: asOf, cites: cites, texts: texts})...)
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if rank[a.Severity] != rank[b.Severity] {
			return rank[a.Severity] < rank[b.Severity]
		}
		if a.Rule != b.Rule {
			return a.Rule < b.Rule
		}
		if a.Activity != b.Activity {
			return a.Activity < b.Activity
		}
		return a.Message < b.Message
	})
	if err := quiet(ctx, c, org.ID, asOf, out); err != nil {
		return nil, err
	}
	return out, nil
}

// loadCitations loads the sentences stating the organization's transfers,
// activities, purposes and statements, one query each.
func loadCitations(ctx context.Context, c *ent.Client, org int) (map[string][]Citation, error) {
	spans, err := c.Evidence.Query().
		Where(evidence.Or(
			evidence.HasTransfersWith(transfer.OrganizationID(org)),
			evidence.HasActivitiesWith(processingactivity.OrganizationID(org)),
			evidence.HasActivityPurposesWith(activitypurpose.HasActivityWith(processingactivity.OrganizationID(org))),
			evidence.HasStatementsWith(statement.OrganizationID(org)),
			evidence.HasDisclosuresWith(disclosure.HasActivityWith(processingactivity.OrganizationID(org))),
		)).
		Order(ent.Asc(evidence.FieldDocumentID), ent.Asc(evidence.FieldStart)).
		WithDocument(func(q *ent.PolicyDocumentQuery) {
			q.Select(policydocument.FieldTitle, policydocument.FieldURL, policydocument.FieldFileName)
		}).
		WithTransfers(func(q *ent.TransferQuery) { q.Select(transfer.FieldID) }).
		WithActivities(func(q *ent.ProcessingActivityQuery) { q.Select(processingactivity.FieldID) }).
		WithActivityPurposes(func(q *ent.ActivityPurposeQuery) { q.Select(activitypurpose.FieldID) }).
		WithStatements(func(q *ent.StatementQuery) { q.Select(statement.FieldID) }).
		WithDisclosures(func(q *ent.DisclosureQuery) { q.Select(disclosure.FieldID) }).
		All(ctx)
	if err != nil {
		return nil, fmt.Errorf("loading the evidence of the findings: %w", err)
	}
	out := map[string][]Citation{}
	for _, e := range spans {
		ct := Citation{Start: e.Start, End: e.End, Quote: e.Quote, documentID: e.DocumentID}
		if d := e.Edges.Document; d != nil {
			ct.Document, ct.Source = d.Title, source(d)
		}
		for _, x := range e.Edges.Transfers {
			out[key("transfer", x.ID)] = append(out[key("transfer", x.ID)], ct)
		}
		for _, x := range e.Edges.Activities {
			out[key("activity", x.ID)] = append(out[key("activity", x.ID)], ct)
		}
		for _, x := range e.Edges.ActivityPurposes {
			out[key("purpose", x.ID)] = append(out[key("purpose", x.ID)], ct)
		}
		for _, x := range e.Edges.Statements {
			out[key("statement", x.ID)] = append(out[key("statement", x.ID)], ct)
		}
		for _, x := range e.Edges.Disclosures {
			out[key("disclosure", x.ID)] = append(out[key("disclosure", x.ID)], ct)
		}
	}
	return out, nil
}

// source is where a notice was read from: its URL, else its file name,
// else its title.
func source(d *ent.PolicyDocument) string {
	switch {
	case d.URL != "":
		return d.URL
	case d.FileName != "":
		return d.FileName
	}
	return d.Title
}

// loadTexts loads the organization's notices with their text, current and
// superseded, for the rules that read a notice's own words.
func loadTexts(ctx context.Context, c *ent.Client, org int) (map[int]*ent.PolicyDocument, error) {
	docs, err := c.PolicyDocument.Query().Where(policydocument.OrganizationID(org)).
		Order(ent.Asc(policydocument.FieldID)).All(ctx)
	if err != nil {
		return nil, fmt.Errorf("loading the notices of the findings: %w", err)
	}
	out := make(map[int]*ent.PolicyDocument, len(docs))
	for _, d := range docs {
		out[d.ID] = d
	}
	return out, nil
}

// MarshalGQL writes the severity as a GraphQL enum value.
func (s Severity) MarshalGQL(w io.Writer) { io.WriteString(w, strconv.Quote(string(s))) }

// UnmarshalGQL reads a GraphQL enum value.
func (s *Severity) UnmarshalGQL(v any) error {
	str, _ := v.(string)
	parsed, err := ParseSeverity(str)
	if err != nil {
		return err
	}
	*s = parsed
	return nil
}
