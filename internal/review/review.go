// Package review defines the review status every fact in the catalog carries:
// facts from the reviewed seed files are reviewed, facts drafted by extraction
// start unreviewed, and a reviewer confirms or rejects them.
package review

import (
	"context"
	"fmt"
	"io"
	"strconv"
)

// Status is the review state of a fact.
type Status string

const (
	Reviewed   Status = "REVIEWED"
	Unreviewed Status = "UNREVIEWED"
	Rejected   Status = "REJECTED"
)

// Values lists the statuses; ent uses it to build the column's enum.
func (Status) Values() []string {
	return []string{string(Reviewed), string(Unreviewed), string(Rejected)}
}

// Valid reports whether s is one of the statuses.
func (s Status) Valid() bool {
	switch s {
	case Reviewed, Unreviewed, Rejected:
		return true
	}
	return false
}

// MarshalGQL writes the status as a GraphQL enum value.
func (s Status) MarshalGQL(w io.Writer) { io.WriteString(w, strconv.Quote(string(s))) }

// UnmarshalGQL reads a GraphQL enum value.
func (s *Status) UnmarshalGQL(v any) error {
	str, ok := v.(string)
	if !ok {
		return fmt.Errorf("review status must be a string, got %T", v)
	}
	*s = Status(str)
	if !s.Valid() {
		return fmt.Errorf("%q is not a review status (REVIEWED, UNREVIEWED, REJECTED)", str)
	}
	return nil
}

type rejectedKey struct{}

// WithRejected returns a context under which queries of the catalog return
// rejected facts too. Without it they leave them out (a query interceptor
// on every fact, ent/schema FactMixin), so that no answer, list or nested
// edge shows what a reviewer rejected unless asked: the review queue, an
// answer asked with includeRejected, and the writers, which must see every
// row they change.
func WithRejected(ctx context.Context) context.Context {
	return context.WithValue(ctx, rejectedKey{}, true)
}

// RejectedShown reports whether ctx asks for rejected facts too.
func RejectedShown(ctx context.Context) bool {
	shown, _ := ctx.Value(rejectedKey{}).(bool)
	return shown
}
