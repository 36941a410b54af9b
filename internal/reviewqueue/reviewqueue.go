// Package reviewqueue serves the review screen (issue 18): which notices
// have facts waiting for a reviewer, and a decision on many facts at once
// (a group accepted in bulk) written in one transaction, all or nothing.
//
// It never imports graph/; the resolvers call it with the request's
// transactional client (entgql's Transactioner, the API's catalog.Write).
package reviewqueue

import (
	"context"
	"fmt"
	"sort"

	"github.com/ropacatalog/ropa/ent"
	"github.com/ropacatalog/ropa/ent/activitypurpose"
	"github.com/ropacatalog/ropa/ent/datasubjectright"
	"github.com/ropacatalog/ropa/ent/disclosure"
	"github.com/ropacatalog/ropa/ent/organization"
	"github.com/ropacatalog/ropa/ent/policydocument"
	"github.com/ropacatalog/ropa/ent/processingactivity"
	"github.com/ropacatalog/ropa/ent/recipient"
	"github.com/ropacatalog/ropa/ent/retentionrule"
	"github.com/ropacatalog/ropa/ent/securitypractice"
	"github.com/ropacatalog/ropa/ent/statement"
	"github.com/ropacatalog/ropa/ent/transfer"
	"github.com/ropacatalog/ropa/internal/auth"
	"github.com/ropacatalog/ropa/internal/invalid"
	"github.com/ropacatalog/ropa/internal/review"
)

// Kinds are the fact types a notice import writes (internal/draft through
// catalog.NoticeWriter), by their ent (and GraphQL) type name: the review
// screen shows a group for each, and Decide decides each.
var Kinds = []string{
	ent.TypeOrganization,
	ent.TypeProcessingActivity,
	ent.TypeActivityPurpose,
	ent.TypeRecipient,
	ent.TypeDisclosure,
	ent.TypeTransfer,
	ent.TypeRetentionRule,
	ent.TypeSecurityPractice,
	ent.TypeDataSubjectRight,
	ent.TypeStatement,
}

// WriterKinds maps each fact-writing method of catalog.NoticeWriter to
// the type it writes (a test checks that every method is here).
var WriterKinds = map[string]string{
	"Activity":   ent.TypeProcessingActivity,
	"Purpose":    ent.TypeActivityPurpose,
	"Recipient":  ent.TypeRecipient,
	"Disclosure": ent.TypeDisclosure,
	"Transfer":   ent.TypeTransfer,
	"Retention":  ent.TypeRetentionRule,
	"Security":   ent.TypeSecurityPractice,
	"Right":      ent.TypeDataSubjectRight,
	"Statement":  ent.TypeStatement,
}

// decision is what every fact's update mutation has.
type decision interface {
	SetReviewStatus(review.Status)
	SetReviewNote(string)
}

type execer interface{ Exec(context.Context) error }

func decide(ctx context.Context, u execer, m decision, s review.Status, note *string) error {
	m.SetReviewStatus(s)
	if note != nil {
		m.SetReviewNote(*note)
	}
	return u.Exec(ctx)
}

// updaters write a decision on one fact of each kind, through the fact's
// update mutation (so the catalog's hooks check the role and record the
// history).
var updaters = map[string]func(ctx context.Context, c *ent.Client, id int, s review.Status, note *string) error{
	ent.TypeOrganization: func(ctx context.Context, c *ent.Client, id int, s review.Status, note *string) error {
		u := c.Organization.UpdateOneID(id)
		return decide(ctx, u, u.Mutation(), s, note)
	},
	ent.TypeProcessingActivity: func(ctx context.Context, c *ent.Client, id int, s review.Status, note *string) error {
		u := c.ProcessingActivity.UpdateOneID(id)
		return decide(ctx, u, u.Mutation(), s, note)
	},
	ent.TypeActivityPurpose: func(ctx context.Context, c *ent.Client, id int, s review.Status, note *string) error {
		u := c.ActivityPurpose.UpdateOneID(id)
		return decide(ctx, u, u.Mutation(), s, note)
	},
	ent.TypeRecipient: func(ctx context.Context, c *ent.Client, id int, s review.Status, note *string) error {
		u := c.Recipient.UpdateOneID(id)
		return decide(ctx, u, u.Mutation(), s, note)
	},
	ent.TypeDisclosure: func(ctx context.Context, c *ent.Client, id int, s review.Status, note *string) error {
		u := c.Disclosure.UpdateOneID(id)
		return decide(ctx, u, u.Mutation(), s, note)
	},
	ent.TypeTransfer: func(ctx context.Context, c *ent.Client, id int, s review.Status, note *string) error {
		u := c.Transfer.UpdateOneID(id)
		return decide(ctx, u, u.Mutation(), s, note)
	},
	ent.TypeRetentionRule: func(ctx context.Context, c *ent.Client, id int, s review.Status, note *string) error {
		u := c.RetentionRule.UpdateOneID(id)
		return decide(ctx, u, u.Mutation(), s, note)
	},
	ent.TypeSecurityPractice: func(ctx context.Context, c *ent.Client, id int, s review.Status, note *string) error {
		u := c.SecurityPractice.UpdateOneID(id)
		return decide(ctx, u, u.Mutation(), s, note)
	},
	ent.TypeDataSubjectRight: func(ctx context.Context, c *ent.Client, id int, s review.Status, note *string) error {
		u := c.DataSubjectRight.UpdateOneID(id)
		return decide(ctx, u, u.Mutation(), s, note)
	},
	ent.TypeStatement: func(ctx context.Context, c *ent.Client, id int, s review.Status, note *string) error {
		u := c.Statement.UpdateOneID(id)
		return decide(ctx, u, u.Mutation(), s, note)
	},
}

// Decide sets the review status (and the note, when given) of every fact
// in ids through c, which the caller runs in one transaction: the first
// error stops it and the caller rolls everything back. Only a reviewer
// decides; an ID that is no fact of the kinds above is an invalid input
// naming "ids".
func Decide(ctx context.Context, c *ent.Client, ids []int, s review.Status, note *string) ([]ent.Noder, error) {
	if err := auth.Require(ctx, auth.Reviewer, "setting a fact's review status or note"); err != nil {
		return nil, err
	}
	if len(ids) == 0 {
		return nil, invalid.Field("ids", "name at least one fact")
	}
	if !s.Valid() {
		return nil, invalid.Field("status", "%q is not a review status", s)
	}
	ctx = review.WithRejected(ctx) // a rejected fact may be decided again
	seen := map[int]bool{}
	var out []int
	for _, id := range ids {
		if seen[id] {
			continue
		}
		seen[id] = true
		n, err := c.Noder(ctx, id)
		if err != nil {
			return nil, invalid.Field("ids", "no fact with ID %d", id)
		}
		typ := typeOf(n)
		up, ok := updaters[typ]
		if !ok {
			return nil, invalid.Field("ids", "%d is a %s, not a fact a notice states", id, typ)
		}
		if err := up(ctx, c, id, s, note); err != nil {
			return nil, err
		}
		out = append(out, id)
	}
	return c.Noders(ctx, out)
}

func typeOf(n ent.Noder) string {
	switch n.(type) {
	case *ent.Organization:
		return ent.TypeOrganization
	case *ent.ProcessingActivity:
		return ent.TypeProcessingActivity
	case *ent.ActivityPurpose:
		return ent.TypeActivityPurpose
	case *ent.Recipient:
		return ent.TypeRecipient
	case *ent.Disclosure:
		return ent.TypeDisclosure
	case *ent.Transfer:
		return ent.TypeTransfer
	case *ent.RetentionRule:
		return ent.TypeRetentionRule
	case *ent.SecurityPractice:
		return ent.TypeSecurityPractice
	case *ent.DataSubjectRight:
		return ent.TypeDataSubjectRight
	case *ent.Statement:
		return ent.TypeStatement
	}
	return fmt.Sprintf("%T", n)
}

// Notice is a notice with facts waiting for review. Document is nil for
// the facts that cite no notice.
type Notice struct {
	Document   *ent.PolicyDocument
	Unreviewed int
}

// Notices lists the notices whose facts wait for review, with how many
// unreviewed facts cite each (a fact citing two notices counts in both),
// most first; an unreviewed organization counts under each notice it
// publishes. Facts that cite no notice come last, as one entry without a
// document.
func Notices(ctx context.Context, c *ent.Client) ([]Notice, error) {
	un := review.Unreviewed
	count := map[int]int{} // document ID (0: none) -> unreviewed facts
	add := func(evs []*ent.Evidence) {
		docs := map[int]bool{}
		for _, e := range evs {
			docs[e.DocumentID] = true
		}
		if len(docs) == 0 {
			count[0]++
		}
		for d := range docs {
			count[d]++
		}
	}
	type lister func() ([][]*ent.Evidence, error)
	listers := []lister{
		func() ([][]*ent.Evidence, error) {
			xs, err := c.ProcessingActivity.Query().Where(processingactivity.ReviewStatusEQ(un)).WithEvidence().All(ctx)
			return evidenceOf(xs, err, func(x *ent.ProcessingActivity) []*ent.Evidence { return x.Edges.Evidence })
		},
		func() ([][]*ent.Evidence, error) {
			xs, err := c.ActivityPurpose.Query().Where(activitypurpose.ReviewStatusEQ(un)).WithEvidence().All(ctx)
			return evidenceOf(xs, err, func(x *ent.ActivityPurpose) []*ent.Evidence { return x.Edges.Evidence })
		},
		func() ([][]*ent.Evidence, error) {
			xs, err := c.Recipient.Query().Where(recipient.ReviewStatusEQ(un)).WithEvidence().All(ctx)
			return evidenceOf(xs, err, func(x *ent.Recipient) []*ent.Evidence { return x.Edges.Evidence })
		},
		func() ([][]*ent.Evidence, error) {
			xs, err := c.Disclosure.Query().Where(disclosure.ReviewStatusEQ(un)).WithEvidence().All(ctx)
			return evidenceOf(xs, err, func(x *ent.Disclosure) []*ent.Evidence { return x.Edges.Evidence })
		},
		func() ([][]*ent.Evidence, error) {
			xs, err := c.Transfer.Query().Where(transfer.ReviewStatusEQ(un)).WithEvidence().All(ctx)
			return evidenceOf(xs, err, func(x *ent.Transfer) []*ent.Evidence { return x.Edges.Evidence })
		},
		func() ([][]*ent.Evidence, error) {
			xs, err := c.RetentionRule.Query().Where(retentionrule.ReviewStatusEQ(un)).WithEvidence().All(ctx)
			return evidenceOf(xs, err, func(x *ent.RetentionRule) []*ent.Evidence { return x.Edges.Evidence })
		},
		func() ([][]*ent.Evidence, error) {
			xs, err := c.SecurityPractice.Query().Where(securitypractice.ReviewStatusEQ(un)).WithEvidence().All(ctx)
			return evidenceOf(xs, err, func(x *ent.SecurityPractice) []*ent.Evidence { return x.Edges.Evidence })
		},
		func() ([][]*ent.Evidence, error) {
			xs, err := c.DataSubjectRight.Query().Where(datasubjectright.ReviewStatusEQ(un)).WithEvidence().All(ctx)
			return evidenceOf(xs, err, func(x *ent.DataSubjectRight) []*ent.Evidence { return x.Edges.Evidence })
		},
		func() ([][]*ent.Evidence, error) {
			xs, err := c.Statement.Query().Where(statement.ReviewStatusEQ(un)).WithEvidence().All(ctx)
			return evidenceOf(xs, err, func(x *ent.Statement) []*ent.Evidence { return x.Edges.Evidence })
		},
	}
	for _, l := range listers {
		evs, err := l()
		if err != nil {
			return nil, err
		}
		for _, e := range evs {
			add(e)
		}
	}
	// An organization: its own evidence, else the notices it publishes.
	orgs, err := c.Organization.Query().Where(organization.ReviewStatusEQ(un)).WithEvidence().WithDocuments().All(ctx)
	if err != nil {
		return nil, err
	}
	for _, o := range orgs {
		evs := o.Edges.Evidence
		if len(evs) == 0 {
			for _, d := range o.Edges.Documents {
				evs = append(evs, &ent.Evidence{DocumentID: d.ID})
			}
		}
		add(evs)
	}
	var ids []int
	for id := range count {
		if id != 0 {
			ids = append(ids, id)
		}
	}
	docs, err := c.PolicyDocument.Query().Where(policydocument.IDIn(ids...)).All(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]Notice, 0, len(count))
	for _, d := range docs {
		out = append(out, Notice{Document: d, Unreviewed: count[d.ID]})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Unreviewed != out[j].Unreviewed {
			return out[i].Unreviewed > out[j].Unreviewed
		}
		return out[i].Document.Title < out[j].Document.Title
	})
	if n := count[0]; n > 0 {
		out = append(out, Notice{Unreviewed: n})
	}
	return out, nil
}

func evidenceOf[T any](xs []T, err error, ev func(T) []*ent.Evidence) ([][]*ent.Evidence, error) {
	if err != nil {
		return nil, err
	}
	out := make([][]*ent.Evidence, len(xs))
	for i, x := range xs {
		out[i] = ev(x)
	}
	return out, nil
}
