package history

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/ropacatalog/ropa/ent"
	"github.com/ropacatalog/ropa/ent/change"
	"github.com/ropacatalog/ropa/internal/review"
)

// Diff is what changed in an organization's record between From
// (included) and To (excluded).
type Diff struct {
	From  time.Time `json:"from"`
	To    time.Time `json:"to"`
	Lines []*Line   `json:"lines"`
}

// Line is one change of the record.
type Line struct {
	At       time.Time      `json:"at"`
	Actor    string         `json:"actor"`
	Via      string         `json:"via"`
	Kind     string         `json:"kind"`    // added, removed, changed
	Subject  string         `json:"subject"` // activity, purpose, recipient, ...
	Activity *string        `json:"activity,omitempty"`
	Summary  string         `json:"summary"`
	Fields   []*FieldChange `json:"fields,omitempty"`
	Evidence []string       `json:"evidence"`
	ChangeID int            `json:"change"`
}

// FieldChange is a field's value before and after a change, as JSON.
type FieldChange struct {
	Field  string  `json:"field"`
	Before *string `json:"before,omitempty"`
	After  *string `json:"after,omitempty"`
}

// subjects names, for each entity type a diff reports, the kind of fact
// it is. Types not listed (the vocabularies, evidence, users, tokens) are
// not facts of one organization and are left out of its diff; evidence
// shows as the sentences of the facts it supports.
var subjects = map[string]string{
	ent.TypeProcessingActivity: "activity",
	ent.TypeActivityPurpose:    "purpose",
	ent.TypeDisclosure:         "recipient",
	ent.TypeRecipient:          "recipient",
	ent.TypeTransfer:           "transfer",
	ent.TypeRetentionRule:      "retention",
	ent.TypeSecurityPractice:   "measure",
	ent.TypeDataSubjectRight:   "right",
	ent.TypeStatement:          "statement",
	ent.TypePolicyDocument:     "notice",
	ent.TypeSystem:             "system",
	ent.TypeOrganization:       "organization",
}

var kinds = map[change.Operation]string{
	change.OperationCreate: "added",
	change.OperationDelete: "removed",
	change.OperationUpdate: "changed",
}

// RangeError is Compute's error for a period that ends before it starts.
type RangeError struct{ From, To time.Time }

func (e *RangeError) Error() string {
	return fmt.Sprintf("diff: to (%s) must be after from (%s)", e.To.Format(time.RFC3339), e.From.Format(time.RFC3339))
}

// Compute returns what changed in organization org's record between from
// (included) and to (excluded), one line per change, oldest first: facts
// added and removed, and changed field by field. Updates that change
// nothing but the evidence edges are left out (the sentences show on the
// fact's own lines).
func Compute(ctx context.Context, c *ent.Client, org int, from, to time.Time) (*Diff, error) {
	ctx = review.WithRejected(ctx)
	if !to.After(from) {
		return nil, &RangeError{From: from, To: to}
	}
	if _, err := c.Organization.Get(ctx, org); err != nil {
		return nil, fmt.Errorf("diff: organization %d: %w", org, err)
	}
	types := make([]string, 0, len(subjects))
	for t := range subjects {
		types = append(types, t)
	}
	cs, err := c.Change.Query().
		Where(change.AtGTE(from), change.AtLT(to), change.EntityTypeIn(types...)).
		Order(ent.Asc(change.FieldAt), ent.Asc(change.FieldID)).All(ctx)
	if err != nil {
		return nil, fmt.Errorf("diff: reading the history: %w", err)
	}
	n := &namer{c: c, ctx: ctx, snaps: map[int]*Snapshot{}}
	d := &Diff{From: from, To: to}
	for _, ch := range cs {
		l, err := n.line(ch, org)
		if err != nil {
			return nil, err
		}
		if l != nil {
			d.Lines = append(d.Lines, l)
		}
	}
	return d, nil
}

// namer reads what a line names: rows as they are now, or, for rows since
// deleted, as their history last recorded them.
type namer struct {
	c     *ent.Client
	ctx   context.Context
	snaps map[int]*Snapshot
}

// row returns the fields of row id as they are, or as last recorded.
func (n *namer) row(id int) *Snapshot {
	if s, ok := n.snaps[id]; ok {
		return s
	}
	var s *Snapshot
	last, err := n.c.Change.Query().Where(change.EntityID(id)).
		Order(ent.Desc(change.FieldAt), ent.Desc(change.FieldID)).First(n.ctx)
	if err == nil {
		if s, _ = Decode(last.After); s == nil {
			s, _ = Decode(last.Before)
		}
	}
	if s == nil {
		// Written before the history was kept: read it as it is.
		s, _ = Load(n.ctx, n.c, "", id)
	}
	n.snaps[id] = s
	return s
}

// field returns a string field of a snapshot ("" when absent).
func field(s *Snapshot, name string) string {
	if s == nil {
		return ""
	}
	raw, ok := s.Fields[name]
	if !ok {
		return ""
	}
	var v any
	if json.Unmarshal(raw, &v) != nil || v == nil {
		return ""
	}
	switch v := v.(type) {
	case string:
		return v
	case float64:
		return strconv.FormatFloat(v, 'f', -1, 64)
	default:
		return string(raw)
	}
}

// ref returns the ID a snapshot's foreign-key field holds, or 0.
func ref(s *Snapshot, name string) int {
	id, _ := strconv.Atoi(field(s, name))
	return id
}

// label names row id in words: its name, title or key.
func (n *namer) label(id int) string {
	if id == 0 {
		return ""
	}
	s := n.row(id)
	for _, f := range []string{"name", "title", "key"} {
		if v := field(s, f); v != "" {
			return v
		}
	}
	return strconv.Itoa(id)
}

func (n *namer) line(ch *ent.Change, org int) (*Line, error) {
	before, err := Decode(ch.Before)
	if err != nil {
		return nil, err
	}
	after, err := Decode(ch.After)
	if err != nil {
		return nil, err
	}
	s := after
	if s == nil {
		s = before
	}
	activity := ref(s, "activity_id")
	if ch.EntityType == ent.TypeProcessingActivity {
		activity = ch.EntityID
	}
	owner := ref(s, "organization_id")
	if ch.EntityType == ent.TypeOrganization {
		owner = ch.EntityID
	}
	if owner == 0 && activity != 0 {
		owner = ref(n.row(activity), "organization_id")
	}
	if owner != org {
		return nil, nil
	}
	l := &Line{
		At: ch.At, Actor: ch.Actor, Via: ch.Via, ChangeID: ch.ID,
		Kind: kinds[ch.Operation], Subject: subjects[ch.EntityType],
	}
	if ch.Operation == change.OperationUpdate {
		l.Fields = changedFields(before, after)
		if len(l.Fields) == 0 {
			return nil, nil
		}
	}
	what := n.describe(ch.EntityType, s)
	l.Summary = strings.TrimSpace(l.Subject + " " + what + " " + l.Kind)
	if activity != 0 {
		name := n.label(activity)
		l.Activity = &name
		if ch.EntityType != ent.TypeProcessingActivity {
			prep := map[string]string{"added": "to", "removed": "from", "changed": "of"}[l.Kind]
			l.Summary += " " + prep + " " + name
		}
	}
	if ch.Note != "" {
		l.Summary += " (" + ch.Note + ")"
	}
	l.Evidence = n.evidence(ch.EntityID, s)
	return l, nil
}

// describe names a fact in words, from its snapshot.
func (n *namer) describe(typ string, s *Snapshot) string {
	switch typ {
	case ent.TypeProcessingActivity, ent.TypeRecipient, ent.TypeSystem, ent.TypeOrganization:
		return field(s, "name")
	case ent.TypeActivityPurpose:
		d := n.label(ref(s, "purpose_id"))
		if b := ref(s, "legal_basis_id"); b != 0 {
			d += " (" + n.label(b) + ")"
		}
		return d
	case ent.TypeDisclosure:
		return n.label(ref(s, "recipient_id"))
	case ent.TypeTransfer:
		d := field(s, "country")
		if d == "" {
			d = field(s, "scope")
		}
		if r := ref(s, "recipient_id"); r != 0 {
			d += " to " + n.label(r)
		}
		if g := ref(s, "safeguard_id"); g != 0 {
			d += " under " + n.label(g)
		}
		return d
	case ent.TypeRetentionRule:
		parts := []string{}
		for _, f := range []string{"duration", "criterion"} {
			if v := field(s, f); v != "" {
				parts = append(parts, v)
			}
		}
		return strings.Join(parts, "; ")
	case ent.TypeSecurityPractice:
		return n.label(ref(s, "measure_id"))
	case ent.TypeDataSubjectRight:
		return n.label(ref(s, "right_id"))
	case ent.TypeStatement:
		return strconv.Quote(field(s, "text"))
	case ent.TypePolicyDocument:
		return field(s, "title")
	}
	return ""
}

// evidence returns the quotes of the evidence of fact id: the evidence it
// has now, else the evidence its snapshot lists.
func (n *namer) evidence(id int, s *Snapshot) []string {
	ids := []int{}
	if cur := n.current(id); cur != nil {
		ids = cur.Edges["evidence"]
	} else if s != nil {
		ids = s.Edges["evidence"]
	}
	quotes := []string{}
	for _, e := range ids {
		if q := field(n.row(e), "quote"); q != "" {
			quotes = append(quotes, q)
		}
	}
	return quotes
}

// current returns row id as it is now, or nil when it no longer exists.
func (n *namer) current(id int) *Snapshot {
	s, err := Load(n.ctx, n.c, "", id)
	if err != nil {
		return nil
	}
	return s
}

// changedFields lists the fields and edges whose values differ between
// two snapshots, leaving out the evidence edges.
func changedFields(before, after *Snapshot) []*FieldChange {
	var out []*FieldChange
	names := map[string]bool{}
	for k := range before.Fields {
		names[k] = true
	}
	for k := range after.Fields {
		names[k] = true
	}
	for _, k := range sortedKeys(names) {
		b, a := before.Fields[k], after.Fields[k]
		if string(b) == string(a) {
			continue
		}
		out = append(out, &FieldChange{Field: k, Before: text(b), After: text(a)})
	}
	edges := map[string]bool{}
	for k := range before.Edges {
		edges[k] = true
	}
	for k := range after.Edges {
		edges[k] = true
	}
	delete(edges, "evidence")
	for _, k := range sortedKeys(edges) {
		b, a := marshal(before.Edges[k]), marshal(after.Edges[k])
		if string(b) == string(a) {
			continue
		}
		out = append(out, &FieldChange{Field: k, Before: text(b), After: text(a)})
	}
	return out
}

func text(raw json.RawMessage) *string {
	if raw == nil {
		return nil
	}
	s := string(raw)
	return &s
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
