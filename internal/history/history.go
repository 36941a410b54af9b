// Package history keeps the catalog's append-only change history: one
// ent hook, registered on the client for every entity (Record, called by
// internal/store when it opens the catalog), writes a Change row for each
// row a mutation creates, updates or deletes, in the mutation's own
// transaction, with the actor, the channel, and the row's values before
// and after. The package also reads the
// history: who created and last changed a fact (Stamps), what changed
// for an organization between two dates (Diff), and undoing one change
// (Revert). A mutation outside a transaction runs in one that the hook
// opens (through Driver), so that it too commits with its history.
package history

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"strings"

	"github.com/ropacatalog/ropa/ent"
	"github.com/ropacatalog/ropa/ent/change"
	"github.com/ropacatalog/ropa/internal/actor"
	"github.com/ropacatalog/ropa/internal/auth"
	"github.com/ropacatalog/ropa/internal/review"
)

// Operations of a change.
const (
	Create = "create"
	Update = "update"
	Delete = "delete"
)

// Unrecorded lists the entity types whose writes have no history: the
// history itself, and sign-in sessions (short-lived, and nothing of the
// record). Users and tokens are recorded, without their secrets.
var Unrecorded = map[string]bool{ent.TypeChange: true, ent.TypeSession: true}

// redacted lists, per entity type, the fields never written to the
// history: password hashes and token digests. (The schema marks them
// Sensitive; TestRedactedCoversSensitive keeps this list in step.)
var redacted = map[string]map[string]bool{
	ent.TypeUser:  {"password_hash": true},
	ent.TypeToken: {"digest": true},
}

// Snapshot is a row as the history records it: its fields by name (JSON
// values) and edge ID lists by edge name.
type Snapshot struct {
	Fields map[string]json.RawMessage `json:"fields"`
	Edges  map[string][]int           `json:"edges,omitempty"`
}

// Via is the channel of an actor: its kind before the first colon (api,
// cli, seed, import, synth).
func Via(a string) string {
	if i := strings.IndexByte(a, ':'); i >= 0 {
		return a[:i]
	}
	return a
}

type reasonKey struct{}

// WithReason returns ctx under which the changes written carry reason as
// their note (a revert names the change it undoes).
func WithReason(ctx context.Context, reason string) context.Context {
	return context.WithValue(ctx, reasonKey{}, reason)
}

type revertKey struct{}

// withReverts marks the changes written under ctx as undoing change id.
func withReverts(ctx context.Context, id int) context.Context {
	return context.WithValue(ctx, revertKey{}, id)
}

// Record makes c write the history of every mutation of every entity but
// the Unrecorded ones; d is the driver c was opened on. A mutation outside
// a transaction runs in one that d opens for it and its history. Register
// it after the access checks (so a refused write is never recorded) and
// before anything else.
func Record(c *ent.Client, d *Driver) {
	c.Use(func(next ent.Mutator) ent.Mutator {
		return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
			if Unrecorded[m.Type()] || bookkeeping(m) {
				return next.Mutate(ctx, m)
			}
			if _, inTx := txFrom(ctx); inTx || entTx(m) {
				return record(ctx, next, m)
			}
			if tx, ok := d.open(ctx); ok && m.Op().Is(ent.OpCreate) {
				// The next row of a bulk create, which ent hands the
				// context its caller gave, not the first row's.
				return record(context.WithValue(ctx, txKey{}, tx), next, m)
			}
			return d.inTx(ctx, "writing "+m.Type(), func(ctx context.Context) (any, error) {
				return record(ctx, next, m)
			})
		})
	})
}

// bookkeeping reports whether m only notes when a token was last used:
// the server's own note, once a minute per token, nothing anyone changed.
func bookkeeping(m ent.Mutation) bool {
	if m.Type() != ent.TypeToken || !m.Op().Is(ent.OpUpdateOne) {
		return false
	}
	f := m.Fields()
	return len(f) == 1 && f[0] == "last_used_at" && len(m.ClearedFields()) == 0
}

// entTx reports whether m runs in an ent transaction (Client.Tx).
func entTx(m ent.Mutation) bool {
	t, ok := m.(interface{ Tx() (*ent.Tx, error) })
	if !ok {
		return false
	}
	_, err := t.Tx()
	return err == nil
}

// mutation is what every generated ent mutation has beyond ent.Mutation.
type mutation interface {
	ent.Mutation
	Client() *ent.Client
	IDs(context.Context) ([]int, error)
	ID() (int, bool)
}

func record(ctx context.Context, next ent.Mutator, em ent.Mutation) (ent.Value, error) {
	m, ok := em.(mutation)
	if !ok {
		return nil, fmt.Errorf("history: mutation %T has no client", em)
	}
	c := m.Client()
	rctx := readContext(ctx)
	if m.Op().Is(ent.OpCreate) {
		v, err := next.Mutate(ctx, m)
		if err != nil {
			return nil, err
		}
		id, ok := m.ID()
		if !ok {
			return nil, fmt.Errorf("history: created %s has no ID", m.Type())
		}
		after := created(m)
		return v, write(ctx, c, m, id, Create, nil, after)
	}
	ids, err := m.IDs(rctx)
	if err != nil {
		return nil, fmt.Errorf("history: finding the %s rows a change touches: %w", m.Type(), err)
	}
	befores := make([]*Snapshot, len(ids))
	for i, id := range ids {
		if befores[i], err = Load(rctx, c, m.Type(), id); err != nil {
			return nil, err
		}
	}
	v, err := next.Mutate(ctx, m)
	if err != nil {
		return nil, err
	}
	if m.Op().Is(ent.OpDelete | ent.OpDeleteOne) {
		for i, id := range ids {
			if err := write(ctx, c, m, id, Delete, befores[i], nil); err != nil {
				return nil, err
			}
		}
		return v, nil
	}
	touched := edgesTouched(m)
	for i, id := range ids {
		after, err := Load(rctx, c, m.Type(), id)
		if err != nil {
			return nil, err
		}
		before := *befores[i]
		before.Edges, after.Edges = only(before.Edges, touched), only(after.Edges, touched)
		if err := write(ctx, c, m, id, Update, &before, after); err != nil {
			return nil, err
		}
	}
	return v, nil
}

// readContext is ctx for the history's own reads: every row whatever its
// review status, as the same principal, and outside any GraphQL field (so
// that ent's field collection does not shape them).
func readContext(ctx context.Context) context.Context {
	out := review.WithRejected(context.WithoutCancel(context.Background()))
	if tx, ok := txFrom(ctx); ok {
		out = context.WithValue(out, txKey{}, tx)
	}
	if p, ok := auth.From(ctx); ok {
		out = auth.With(out, p)
	}
	return out
}

// created is the snapshot of a row a create wrote: the fields it set
// (defaults and the schema hooks' values included) and the edges it added.
func created(m mutation) *Snapshot {
	s := &Snapshot{Fields: map[string]json.RawMessage{}}
	for _, name := range m.Fields() {
		if redacted[m.Type()][name] {
			continue
		}
		v, _ := m.Field(name)
		s.Fields[name] = marshal(v)
	}
	for _, name := range m.AddedEdges() {
		if s.Edges == nil {
			s.Edges = map[string][]int{}
		}
		s.Edges[name] = ints(m.AddedIDs(name))
	}
	return s
}

// edgesTouched lists the edges a mutation adds to, removes from or clears.
func edgesTouched(m ent.Mutation) map[string]bool {
	t := map[string]bool{}
	for _, names := range [][]string{m.AddedEdges(), m.RemovedEdges(), m.ClearedEdges()} {
		for _, n := range names {
			t[n] = true
		}
	}
	return t
}

func only(edges map[string][]int, keep map[string]bool) map[string][]int {
	var out map[string][]int
	for name, ids := range edges {
		if keep[name] {
			if out == nil {
				out = map[string][]int{}
			}
			out[name] = ids
		}
	}
	return out
}

func write(ctx context.Context, c *ent.Client, m mutation, id int, op string, before, after *Snapshot) error {
	a := actor.Origin(ctx)
	cr := c.Change.Create().
		SetActor(a).SetVia(Via(a)).
		SetEntityType(m.Type()).SetEntityID(id).
		SetOperation(change.Operation(op))
	if before != nil {
		cr.SetBefore(encode(before))
	}
	if after != nil {
		cr.SetAfter(encode(after))
	}
	if r, ok := ctx.Value(reasonKey{}).(string); ok && r != "" {
		cr.SetNote(r)
	} else if v, ok := m.Field("review_note"); ok {
		cr.SetNote(fmt.Sprint(v))
	}
	if r, ok := ctx.Value(revertKey{}).(int); ok {
		cr.SetReverts(r)
	}
	if err := cr.Exec(ctx); err != nil {
		return fmt.Errorf("writing the history of %s %s %d: %w", op, m.Type(), id, err)
	}
	return nil
}

// Load returns the snapshot of row id of type typ as it is now: every
// field but the redacted ones, and every edge's IDs. typ may be empty for
// a node of the API (its global ID names its type).
func Load(ctx context.Context, c *ent.Client, typ string, id int) (*Snapshot, error) {
	s := &Snapshot{Fields: map[string]json.RawMessage{}}
	switch typ {
	case ent.TypeUser, ent.TypeToken:
		// Not nodes of the API: read the row, whose JSON leaves the
		// sensitive fields out.
		var v any
		var err error
		if typ == ent.TypeUser {
			v, err = c.User.Get(ctx, id)
		} else {
			v, err = c.Token.Get(ctx, id)
		}
		if err != nil {
			return nil, fmt.Errorf("history: reading %s %d: %w", typ, id, err)
		}
		var fields map[string]json.RawMessage
		if err := json.Unmarshal(marshal(v), &fields); err != nil {
			return nil, err
		}
		delete(fields, "id")
		delete(fields, "edges")
		for k, v := range fields {
			if !redacted[typ][k] {
				s.Fields[k] = v
			}
		}
		return s, nil
	}
	n, err := c.Noder(ctx, id) // global IDs name the table
	if err != nil {
		return nil, fmt.Errorf("history: reading %s %d: %w", typ, id, err)
	}
	d, ok := n.(interface {
		Node(context.Context) (*ent.Node, error)
	})
	if !ok {
		return nil, fmt.Errorf("history: %s has no node descriptor", typ)
	}
	node, err := d.Node(ctx)
	if err != nil {
		return nil, fmt.Errorf("history: describing %s %d: %w", typ, id, err)
	}
	for _, f := range node.Fields {
		if !redacted[typ][f.Name] {
			s.Fields[f.Name] = json.RawMessage(f.Value)
		}
	}
	for _, e := range node.Edges {
		if s.Edges == nil {
			s.Edges = map[string][]int{}
		}
		ids := append([]int(nil), e.IDs...)
		sort.Ints(ids)
		if ids == nil {
			ids = []int{}
		}
		s.Edges[e.Name] = ids
	}
	return s, nil
}

func marshal(v any) json.RawMessage {
	b, err := json.Marshal(v)
	if err != nil {
		b, _ = json.Marshal(fmt.Sprint(v))
	}
	return b
}

func encode(s *Snapshot) string { return string(marshal(s)) }

// Decode reads a snapshot as the history stores it; an empty string is
// no snapshot.
func Decode(s string) (*Snapshot, error) {
	if s == "" {
		return nil, nil
	}
	var snap Snapshot
	if err := json.Unmarshal([]byte(s), &snap); err != nil {
		return nil, fmt.Errorf("history: reading a snapshot: %w", err)
	}
	return &snap, nil
}

func ints(vs []ent.Value) []int {
	out := make([]int, 0, len(vs))
	for _, v := range vs {
		if i, ok := v.(int); ok {
			out = append(out, i)
		}
	}
	sort.Ints(out)
	return out
}
