package history

import (
	"context"
	"encoding/json"
	"fmt"
	"reflect"
	"sort"
	"strings"

	"github.com/go-openapi/inflect"

	"github.com/ropacatalog/ropa/ent"
	"github.com/ropacatalog/ropa/ent/change"
	"github.com/ropacatalog/ropa/internal/auth"
	"github.com/ropacatalog/ropa/internal/review"
)

// RevertError says why a change cannot be reverted.
type RevertError struct {
	Change int
	Reason string
}

func (e *RevertError) Error() string {
	return fmt.Sprintf("change %d cannot be reverted: %s", e.Change, e.Reason)
}

// Revert undoes change id through c, a client inside the caller's
// transaction (catalog.Write's, or the GraphQL mutation's): a create is
// deleted, an update's fields and edges set back to what they were, and a
// deleted row created again with its fields and edges (under a new ID:
// ent assigns IDs). Only an admin may revert. The undoing is recorded as
// changes of its own, whose note names the change and the reason, and
// which Revert returns. A change is reverted only while it is the last
// change of its row, and only once; users and tokens are not reverted
// (their secrets are not in the history).
func Revert(ctx context.Context, c *ent.Client, id int, reason string) ([]*ent.Change, error) {
	if err := auth.Require(ctx, auth.Admin, "reverting a change"); err != nil {
		return nil, err
	}
	ctx = review.WithRejected(ctx)
	ch, err := c.Change.Get(ctx, id)
	if err != nil {
		return nil, fmt.Errorf("reverting change %d: %w", id, err)
	}
	if ch.EntityType == ent.TypeUser || ch.EntityType == ent.TypeToken {
		return nil, &RevertError{id, "changes to users and tokens are not reverted (their secrets are not in the history); use ropa user or ropa token"}
	}
	if done, err := c.Change.Query().Where(change.Reverts(id)).First(ctx); err == nil {
		return nil, &RevertError{id, fmt.Sprintf("change %d reverted it already", done.ID)}
	}
	last, err := c.Change.Query().Where(change.EntityID(ch.EntityID)).
		Order(ent.Desc(change.FieldAt), ent.Desc(change.FieldID)).First(ctx)
	if err != nil {
		return nil, fmt.Errorf("reverting change %d: %w", id, err)
	}
	if last.ID != ch.ID {
		return nil, &RevertError{id, fmt.Sprintf("%s %d changed since (change %d); revert that change first", ch.EntityType, ch.EntityID, last.ID)}
	}
	before, err := Decode(ch.Before)
	if err != nil {
		return nil, err
	}
	after, err := Decode(ch.After)
	if err != nil {
		return nil, err
	}
	note := fmt.Sprintf("revert of change %d", id)
	if r := strings.TrimSpace(reason); r != "" {
		note += ": " + r
	}
	wctx := withReverts(WithReason(ctx, note), id)
	switch ch.Operation {
	case change.OperationCreate:
		err = call(entityClient(c, ch.EntityType), "DeleteOneID", ch.EntityID).exec(wctx)
	case change.OperationUpdate:
		b := call(entityClient(c, ch.EntityType), "UpdateOneID", ch.EntityID)
		if b.err == nil {
			b.err = setBack(b.mutation(), before, after)
		}
		err = b.exec(wctx)
	case change.OperationDelete:
		b := call(entityClient(c, ch.EntityType), "Create")
		if b.err == nil {
			b.err = setBack(b.mutation(), before, &Snapshot{})
		}
		err = b.exec(wctx)
	}
	if err != nil {
		return nil, fmt.Errorf("reverting change %d (%s %s %d): %w", id, ch.Operation, ch.EntityType, ch.EntityID, err)
	}
	return c.Change.Query().Where(change.Reverts(id)).Order(ent.Asc(change.FieldID)).All(ctx)
}

// builder is an ent builder reached by reflection, or the error of
// reaching it.
type builder struct {
	v   reflect.Value
	err error
}

// entityClient returns the client of entity type typ (c.ProcessingActivity).
func entityClient(c *ent.Client, typ string) builder {
	f := reflect.ValueOf(c).Elem().FieldByName(typ)
	if !f.IsValid() {
		return builder{err: fmt.Errorf("no client for entity type %s", typ)}
	}
	return builder{v: f}
}

// call calls method name of b with args.
func call(b builder, name string, args ...any) builder {
	if b.err != nil {
		return b
	}
	m := b.v.MethodByName(name)
	if !m.IsValid() {
		return builder{err: fmt.Errorf("%s has no method %s", b.v.Type(), name)}
	}
	in := make([]reflect.Value, len(args))
	for i, a := range args {
		in[i] = reflect.ValueOf(a)
	}
	return builder{v: m.Call(in)[0]}
}

func (b builder) mutation() ent.Mutation {
	return b.v.MethodByName("Mutation").Call(nil)[0].Interface().(ent.Mutation)
}

// exec runs the builder's Exec(ctx).
func (b builder) exec(ctx context.Context) error {
	if b.err != nil {
		return b.err
	}
	out := b.v.MethodByName("Exec").Call([]reflect.Value{reflect.ValueOf(ctx)})
	if err, _ := out[0].Interface().(error); err != nil {
		return err
	}
	return nil
}

// methods indexes a mutation's methods by lower-case name without
// underscores, so that a field or edge name finds its setter
// (dpo_email: SetDpoEmail; data_categories: AddDataCategoryIDs).
func methods(v reflect.Value) map[string]reflect.Value {
	out := map[string]reflect.Value{}
	t := v.Type()
	for i := 0; i < t.NumMethod(); i++ {
		out[strings.ToLower(t.Method(i).Name)] = v.Method(i)
	}
	return out
}

func squash(name string) string { return strings.ToLower(strings.ReplaceAll(name, "_", "")) }

// setBack makes mutation m turn a row that is as after into what it was
// as before: the fields that differ set (or cleared), the edge IDs that
// differ added or removed. Fields the schema keeps (origin, hashes) are
// set like any other; the schema's hooks still run.
func setBack(m ent.Mutation, before, after *Snapshot) error {
	ms := methods(reflect.ValueOf(m))
	creating := m.Op().Is(ent.OpCreate)
	names := map[string]bool{}
	for k := range before.Fields {
		names[k] = true
	}
	for k := range after.Fields {
		names[k] = true
	}
	for _, k := range sortedKeys(names) {
		b, a := before.Fields[k], after.Fields[k]
		if k == "id" || string(b) == string(a) {
			continue
		}
		if zero(b) {
			// An optional field's zero value is how ent reads NULL
			// (an unset notice_id reads 0): clear it, or leave it unset
			// on a create.
			if creating {
				continue
			}
			if clear, ok := ms["clear"+squash(k)]; ok {
				clear.Call(nil)
				continue
			}
			if b == nil {
				continue
			}
		}
		set, ok := ms["set"+squash(k)]
		if !ok || set.Type().NumIn() != 1 {
			return fmt.Errorf("field %s cannot be set back", k)
		}
		p := reflect.New(set.Type().In(0))
		if err := json.Unmarshal(b, p.Interface()); err != nil {
			return fmt.Errorf("field %s: reading %s: %w", k, b, err)
		}
		set.Call([]reflect.Value{p.Elem()})
	}
	edges := map[string]bool{}
	for k := range before.Edges {
		edges[k] = true
	}
	for k := range after.Edges {
		edges[k] = true
	}
	for _, k := range sortedKeys(edges) {
		add, remove := minus(before.Edges[k], after.Edges[k]), minus(after.Edges[k], before.Edges[k])
		if len(add) == 0 && len(remove) == 0 {
			continue
		}
		one := squash(inflect.Singularize(k))
		if _, unique := ms["set"+squash(k)+"id"]; unique {
			// A unique edge: its field (k_id) was set back above.
			continue
		}
		if err := callIDs(ms, "add"+one+"ids", k, add); err != nil {
			return err
		}
		if err := callIDs(ms, "remove"+one+"ids", k, remove); err != nil {
			return err
		}
	}
	return nil
}

func callIDs(ms map[string]reflect.Value, name, edge string, ids []int) error {
	if len(ids) == 0 {
		return nil
	}
	f, ok := ms[name]
	if !ok {
		return fmt.Errorf("edge %s cannot be set back", edge)
	}
	in := make([]reflect.Value, len(ids))
	for i, id := range ids {
		in[i] = reflect.ValueOf(id)
	}
	f.Call(in)
	return nil
}

// minus returns the IDs of a not in b, sorted.
func minus(a, b []int) []int {
	in := map[int]bool{}
	for _, id := range b {
		in[id] = true
	}
	var out []int
	for _, id := range a {
		if !in[id] {
			out = append(out, id)
		}
	}
	sort.Ints(out)
	return out
}

// zero reports whether a JSON value is absent or its type's zero value.
func zero(raw json.RawMessage) bool {
	switch string(raw) {
	case "", "null", "0", `""`, "false", "[]", "{}":
		return true
	}
	return false
}
