// Package storetest opens a fresh, empty catalog database for a test: an
// in-memory SQLite database, or, when ROPA_TEST_POSTGRES holds a DSN, a new
// PostgreSQL database created for the test and dropped after it.
package storetest

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"os"
	"sync/atomic"
	"testing"
	"time"

	"entgo.io/ent/dialect"

	"github.com/ropacatalog/ropa/ent"
	"github.com/ropacatalog/ropa/internal/store"
)

// EnvPostgres names the variable holding a PostgreSQL DSN for tests.
const EnvPostgres = "ROPA_TEST_POSTGRES"

var seq atomic.Int64

// Open returns a client on a fresh database, closed when the test ends.
func Open(t testing.TB, cfg store.Config) *ent.Client {
	t.Helper()
	dsn := DSN(t)
	client, err := store.Open(context.Background(), dsn, cfg)
	if err != nil {
		t.Fatalf("opening test catalog: %v", err)
	}
	t.Cleanup(func() { client.Close() })
	return client
}

// Dialect reports which database Open uses.
func Dialect() string {
	if os.Getenv(EnvPostgres) != "" {
		return dialect.Postgres
	}
	return dialect.SQLite
}

// DSN returns the DSN of a fresh database for t.
func DSN(t testing.TB) string {
	t.Helper()
	base := os.Getenv(EnvPostgres)
	name := fmt.Sprintf("ropa_test_%d_%d_%d", os.Getpid(), time.Now().UnixNano()%1e6, seq.Add(1))
	if base == "" {
		return "file:" + name + "?mode=memory&cache=shared&_pragma=foreign_keys(1)"
	}
	admin, err := sql.Open("pgx", base)
	if err != nil {
		t.Fatalf("%s: %v", EnvPostgres, err)
	}
	defer admin.Close()
	if _, err := admin.Exec("CREATE DATABASE " + name); err != nil {
		t.Fatalf("creating test database %s: %v", name, err)
	}
	t.Cleanup(func() {
		admin, err := sql.Open("pgx", base)
		if err != nil {
			return
		}
		defer admin.Close()
		admin.Exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)")
	})
	u, err := url.Parse(base)
	if err != nil {
		t.Fatalf("%s is not a URL: %v", EnvPostgres, err)
	}
	u.Path = "/" + name
	return u.String()
}

// Counter is a driver wrapper that counts the SQL statements sent.
type Counter struct {
	dialect.Driver
	n atomic.Int64
}

// Wrap is a store.Config.WrapDriver that counts into c.
func (c *Counter) Wrap(d dialect.Driver) dialect.Driver { c.Driver = d; return c }

// Count returns the statements counted so far.
func (c *Counter) Count() int { return int(c.n.Load()) }

// Reset sets the count back to zero.
func (c *Counter) Reset() { c.n.Store(0) }

func (c *Counter) Exec(ctx context.Context, q string, args, v any) error {
	c.n.Add(1)
	return c.Driver.Exec(ctx, q, args, v)
}

func (c *Counter) Query(ctx context.Context, q string, args, v any) error {
	c.n.Add(1)
	return c.Driver.Query(ctx, q, args, v)
}

// Tx counts the statements of transactions too.
func (c *Counter) Tx(ctx context.Context) (dialect.Tx, error) {
	tx, err := c.Driver.Tx(ctx)
	if err != nil {
		return nil, err
	}
	return &countingTx{Tx: tx, c: c}, nil
}

type countingTx struct {
	dialect.Tx
	c *Counter
}

func (t *countingTx) Exec(ctx context.Context, q string, args, v any) error {
	t.c.n.Add(1)
	return t.Tx.Exec(ctx, q, args, v)
}

func (t *countingTx) Query(ctx context.Context, q string, args, v any) error {
	t.c.n.Add(1)
	return t.Tx.Query(ctx, q, args, v)
}

// QueryContext counts raw queries (ent's sql/execquery feature) too.
func (c *Counter) QueryContext(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
	c.n.Add(1)
	d, ok := c.Driver.(interface {
		QueryContext(context.Context, string, ...any) (*sql.Rows, error)
	})
	if !ok {
		return nil, fmt.Errorf("driver %T cannot run raw queries", c.Driver)
	}
	return d.QueryContext(ctx, q, args...)
}

// ExecContext counts raw statements (ent's sql/execquery feature) too.
func (c *Counter) ExecContext(ctx context.Context, q string, args ...any) (sql.Result, error) {
	c.n.Add(1)
	d, ok := c.Driver.(interface {
		ExecContext(context.Context, string, ...any) (sql.Result, error)
	})
	if !ok {
		return nil, fmt.Errorf("driver %T cannot run raw statements", c.Driver)
	}
	return d.ExecContext(ctx, q, args...)
}
