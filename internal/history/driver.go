package history

import (
	"context"
	"database/sql"
	"fmt"
	"reflect"
	"sync"

	"entgo.io/ent/dialect"
)

// Driver wraps the catalog's database driver so that a write outside a
// transaction still commits with its history: the history hook opens a
// transaction for it and carries it in the context, and every statement
// sent with that context (the write's own, its hooks' reads, the history
// row) runs in it. Without such a context the driver is the one it
// wraps.
type Driver struct {
	dialect.Driver
	mu sync.Mutex
	// opened holds the transactions inTx opened, by the context of the
	// write they were opened for: ent runs the hooks of every row of a
	// bulk create with its caller's context, so the rows after the first
	// find the first row's transaction here.
	opened map[context.Context]dialect.Tx
}

// Wrap returns d wrapped; internal/store opens every catalog through it.
func Wrap(d dialect.Driver) *Driver {
	return &Driver{Driver: d, opened: map[context.Context]dialect.Tx{}}
}

// open returns the transaction opened for a write with context ctx.
func (d *Driver) open(ctx context.Context) (dialect.Tx, bool) {
	if !comparable(ctx) {
		return nil, false
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	tx, ok := d.opened[ctx]
	return tx, ok
}

// comparable reports whether ctx can key a map (every context of the
// standard library can).
func comparable(ctx context.Context) bool {
	return reflect.TypeOf(ctx).Comparable()
}

type txKey struct{}

// txFrom returns the transaction ctx carries for writes outside one.
func txFrom(ctx context.Context) (dialect.Tx, bool) {
	tx, ok := ctx.Value(txKey{}).(dialect.Tx)
	return tx, ok
}

func (d *Driver) Exec(ctx context.Context, q string, args, v any) error {
	if tx, ok := txFrom(ctx); ok {
		return tx.Exec(ctx, q, args, v)
	}
	return d.Driver.Exec(ctx, q, args, v)
}

func (d *Driver) Query(ctx context.Context, q string, args, v any) error {
	if tx, ok := txFrom(ctx); ok {
		return tx.Query(ctx, q, args, v)
	}
	return d.Driver.Query(ctx, q, args, v)
}

// Tx begins a transaction, or, inside one the context carries, returns
// it with commit and rollback left to its owner.
func (d *Driver) Tx(ctx context.Context) (dialect.Tx, error) {
	if tx, ok := txFrom(ctx); ok {
		return nested{tx}, nil
	}
	return d.Driver.Tx(ctx)
}

type nested struct{ dialect.Tx }

func (nested) Commit() error   { return nil }
func (nested) Rollback() error { return nil }

type rawQuerier interface {
	QueryContext(context.Context, string, ...any) (*sql.Rows, error)
}

type rawExecer interface {
	ExecContext(context.Context, string, ...any) (sql.Result, error)
}

// QueryContext runs a raw query (ent's sql/execquery feature).
func (d *Driver) QueryContext(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
	if tx, ok := txFrom(ctx); ok {
		if r, ok := tx.(rawQuerier); ok {
			return r.QueryContext(ctx, q, args...)
		}
	}
	r, ok := d.Driver.(rawQuerier)
	if !ok {
		return nil, fmt.Errorf("driver %T cannot run raw queries", d.Driver)
	}
	return r.QueryContext(ctx, q, args...)
}

// ExecContext runs a raw statement (ent's sql/execquery feature).
func (d *Driver) ExecContext(ctx context.Context, q string, args ...any) (sql.Result, error) {
	if tx, ok := txFrom(ctx); ok {
		if r, ok := tx.(rawExecer); ok {
			return r.ExecContext(ctx, q, args...)
		}
	}
	r, ok := d.Driver.(rawExecer)
	if !ok {
		return nil, fmt.Errorf("driver %T cannot run raw statements", d.Driver)
	}
	return r.ExecContext(ctx, q, args...)
}

// inTx runs f in a transaction of d carried by ctx, committing when f
// succeeds and rolling back otherwise.
func (d *Driver) inTx(ctx context.Context, what string, f func(context.Context) (any, error)) (any, error) {
	tx, err := d.Driver.Tx(ctx)
	if err != nil {
		return nil, fmt.Errorf("starting a transaction for %s: %w", what, err)
	}
	if comparable(ctx) {
		d.mu.Lock()
		d.opened[ctx] = tx
		d.mu.Unlock()
		defer func() {
			d.mu.Lock()
			delete(d.opened, ctx)
			d.mu.Unlock()
		}()
	}
	v, err := f(context.WithValue(ctx, txKey{}, tx))
	if err != nil {
		if rerr := tx.Rollback(); rerr != nil {
			return nil, fmt.Errorf("%w (and rolling back: %v)", err, rerr)
		}
		return nil, err
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("committing %s: %w", what, err)
	}
	return v, nil
}
