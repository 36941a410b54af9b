package findings

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/ropacatalog/ropa/ent"
	"github.com/ropacatalog/ropa/ent/findingacknowledgement"
	"github.com/ropacatalog/ropa/ent/organization"
	"github.com/ropacatalog/ropa/internal/actor"
	"github.com/ropacatalog/ropa/internal/invalid"
	"github.com/ropacatalog/ropa/internal/record"
)

// Acknowledgement says a DPO accepted a finding: why, until when, who and
// when. A finding carrying one is quiet: listed, not counted by --fail-on.
type Acknowledgement struct {
	Note     string    `json:"note"`
	ReviewBy string    `json:"reviewBy"` // YYYY-MM-DD: the finding speaks again on this day
	By       string    `json:"by"`       // the actor who acknowledged it
	At       time.Time `json:"at"`
}

// AckInput is a request to acknowledge a finding.
type AckInput struct {
	Organization string    // key or name
	Rule         string    // a rule ID of Rules
	Subject      string    // the finding's Subject
	Note         string    // why it is accepted (required)
	ReviewBy     time.Time // the day it speaks again: after today
}

// NewAckInput builds an AckInput from text, the review date written
// YYYY-MM-DD.
func NewAckInput(org, rule, subject, note, reviewBy string) (AckInput, error) {
	t, err := ParseReviewBy(reviewBy)
	return AckInput{Organization: org, Rule: rule, Subject: subject, Note: note, ReviewBy: t}, err
}

// ParseReviewBy reads a review date written YYYY-MM-DD.
func ParseReviewBy(s string) (time.Time, error) {
	t, err := time.Parse(time.DateOnly, strings.TrimSpace(s))
	if err != nil {
		return time.Time{}, invalid.Field("reviewBy", "%q is no date: want YYYY-MM-DD", s)
	}
	return t, nil
}

// Acknowledge records that the finding of in.Rule about in.Subject, as
// the organization's record reads on now, is accepted until in.ReviewBy,
// with the fingerprint of the facts under it. c reads and writes inside
// the caller's transaction (catalog.Write, or the GraphQL mutation's); the
// actor of ctx is recorded. Bad input is an *invalid.Error naming the field,
// and nothing is written.
func Acknowledge(ctx context.Context, c *ent.Client, in AckInput, now time.Time) (*ent.FindingAcknowledgement, error) {
	note := strings.TrimSpace(in.Note)
	switch {
	case !slices.ContainsFunc(Rules, func(r Rule) bool { return r.ID == in.Rule }):
		return nil, invalid.Field("rule", "%q is no rule (see ropa findings --help or the README's rules table)", in.Rule)
	case note == "":
		return nil, invalid.Field("note", "required: say why the finding is accepted")
	case in.ReviewBy.IsZero():
		return nil, invalid.Field("reviewBy", "required: the day the finding speaks again (YYYY-MM-DD)")
	case day(in.ReviewBy) <= day(now):
		return nil, invalid.Field("reviewBy", "%s is not after today (%s)", day(in.ReviewBy), day(now))
	case strings.TrimSpace(in.Subject) == "":
		return nil, invalid.Field("subject", "required: the finding's subject, as ropa findings --format json lists it")
	}
	o, err := c.Organization.Query().
		Where(organization.Or(organization.KeyEqualFold(in.Organization), organization.NameEqualFold(in.Organization))).First(ctx)
	if err != nil {
		return nil, invalid.Field("organization", "%q: no such organization", in.Organization)
	}
	rec, err := record.Load(ctx, c, record.Options{Org: &o.ID})
	if err != nil {
		return nil, err
	}
	fs, err := Evaluate(ctx, c, rec.Organization(o.ID), now)
	if err != nil {
		return nil, err
	}
	i := slices.IndexFunc(fs, func(f Finding) bool { return f.Rule == in.Rule && f.Subject == strings.TrimSpace(in.Subject) })
	if i < 0 {
		return nil, invalid.Field("subject", "%q: rule %s gives no such finding for %s as of %s", in.Subject, in.Rule, o.Key, day(now))
	}
	ack, err := c.FindingAcknowledgement.Create().SetOrganizationID(o.ID).SetRule(in.Rule).SetSubject(fs[i].Subject).
		SetNote(note).SetReviewBy(in.ReviewBy).SetFingerprint(fs[i].Fingerprint()).SetActor(actor.Origin(ctx)).
		SetCreatedAt(now).Save(ctx)
	if err != nil {
		return nil, fmt.Errorf("recording the acknowledgement of %s %s: %w", in.Rule, in.Subject, err)
	}
	return ack, nil
}

// Acknowledgements lists an organization's acknowledgements, newest first.
func Acknowledgements(ctx context.Context, c *ent.Client, org int) ([]*ent.FindingAcknowledgement, error) {
	acks, err := c.FindingAcknowledgement.Query().Where(findingacknowledgement.OrganizationID(org)).
		Order(ent.Desc(findingacknowledgement.FieldID)).All(ctx)
	if err != nil {
		return nil, fmt.Errorf("loading the acknowledgements of the findings: %w", err)
	}
	return acks, nil
}

// quiet marks the findings that an acknowledgement holds for on asOf:
// made on or before that day, its review date not reached, and the facts
// under the finding unchanged. The latest acknowledgement of a finding
// is the one that counts.
func quiet(ctx context.Context, c *ent.Client, org int, asOf time.Time, fs []Finding) error {
	acks, err := Acknowledgements(ctx, c, org)
	if err != nil || len(acks) == 0 {
		return err
	}
	latest := map[string]*ent.FindingAcknowledgement{}
	for _, a := range acks {
		if k := a.Rule + "\x00" + a.Subject; latest[k] == nil {
			latest[k] = a
		}
	}
	for i := range fs {
		a := latest[fs[i].Rule+"\x00"+fs[i].Subject]
		if a == nil || day(a.CreatedAt) > day(asOf) || day(asOf) >= day(a.ReviewBy) || a.Fingerprint != fs[i].Fingerprint() {
			continue
		}
		fs[i].Acknowledged = &Acknowledgement{Note: a.Note, ReviewBy: day(a.ReviewBy), By: a.Actor, At: a.CreatedAt}
	}
	return nil
}
