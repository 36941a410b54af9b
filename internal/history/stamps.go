package history

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/ropacatalog/ropa/ent"
	"github.com/ropacatalog/ropa/ent/change"
)

// Stamps is when and by whom a row was written: its first and last
// change, and all of them, oldest first. A row written before the history
// was kept has none.
type Stamps struct {
	CreatedAt *time.Time
	CreatedBy *string
	UpdatedAt *time.Time
	UpdatedBy *string
	Changes   []*ent.Change
}

// stampsOf builds the stamps from a row's changes, oldest first.
func stampsOf(cs []*ent.Change) *Stamps {
	s := &Stamps{Changes: cs}
	if len(cs) == 0 {
		return s
	}
	first, last := cs[0], cs[len(cs)-1]
	if first.Operation == change.OperationCreate {
		s.CreatedAt, s.CreatedBy = &first.At, &first.Actor
	}
	s.UpdatedAt, s.UpdatedBy = &last.At, &last.Actor
	return s
}

// Of returns the stamps of the rows ids, in one query.
func Of(ctx context.Context, c *ent.Client, ids []int) (map[int]*Stamps, error) {
	cs, err := c.Change.Query().Where(change.EntityIDIn(ids...)).
		Order(ent.Asc(change.FieldAt), ent.Asc(change.FieldID)).All(ctx)
	if err != nil {
		return nil, fmt.Errorf("reading the history of %d rows: %w", len(ids), err)
	}
	by := map[int][]*ent.Change{}
	for _, c := range cs {
		by[c.EntityID] = append(by[c.EntityID], c)
	}
	out := make(map[int]*Stamps, len(ids))
	for _, id := range ids {
		out[id] = stampsOf(by[id])
	}
	return out, nil
}

// Loader batches the stamps a GraphQL request asks for: the rows of a
// list, resolved concurrently, are read in one query. It belongs to one
// request.
type Loader struct {
	c *ent.Client

	mu      sync.Mutex
	pending *batch
}

type batch struct {
	ids  []int
	done chan struct{}
	out  map[int]*Stamps
	err  error
}

// NewLoader returns a loader over c for one request.
func NewLoader(c *ent.Client) *Loader { return &Loader{c: c} }

// batchWindow is how long a batch waits for more rows of the same list
// before it is read.
const batchWindow = 2 * time.Millisecond

// Load returns the stamps of row id, read together with the other rows
// asked within the batch window.
func (l *Loader) Load(ctx context.Context, id int) (*Stamps, error) {
	l.mu.Lock()
	b := l.pending
	if b == nil {
		b = &batch{done: make(chan struct{})}
		l.pending = b
		time.AfterFunc(batchWindow, func() { l.run(ctx, b) })
	}
	b.ids = append(b.ids, id)
	l.mu.Unlock()
	select {
	case <-b.done:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	if b.err != nil {
		return nil, b.err
	}
	return b.out[id], nil
}

func (l *Loader) run(ctx context.Context, b *batch) {
	l.mu.Lock()
	if l.pending == b {
		l.pending = nil
	}
	ids := b.ids
	l.mu.Unlock()
	c := l.c
	if tc := ent.FromContext(ctx); tc != nil {
		c = tc // inside a mutation's transaction
	}
	b.out, b.err = Of(context.WithoutCancel(ctx), c, ids)
	close(b.done)
}
