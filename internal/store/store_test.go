package store_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"entgo.io/ent/dialect"

	"github.com/ropacatalog/ropa/internal/store"
	"github.com/ropacatalog/ropa/internal/store/storetest"
)

// TestSQLitePragmas: a file catalog runs with foreign keys on, WAL and a
// busy timeout on every pooled connection.
func TestSQLitePragmas(t *testing.T) {
	drv, err := store.OpenDriver(filepath.Join(t.TempDir(), "c.db"))
	if err != nil {
		t.Fatal(err)
	}
	db := drv.DB()
	defer db.Close()
	db.SetMaxOpenConns(3)
	ctx := context.Background()
	for i := 0; i < 3; i++ {
		conn, err := db.Conn(ctx)
		if err != nil {
			t.Fatal(err)
		}
		defer conn.Close()
		var fk, timeout int
		var mode string
		conn.QueryRowContext(ctx, "PRAGMA foreign_keys").Scan(&fk)
		conn.QueryRowContext(ctx, "PRAGMA journal_mode").Scan(&mode)
		conn.QueryRowContext(ctx, "PRAGMA busy_timeout").Scan(&timeout)
		if fk != 1 || mode != "wal" || timeout != 5000 {
			t.Errorf("connection %d: foreign_keys=%d journal_mode=%s busy_timeout=%d; want 1, wal, 5000", i, fk, mode, timeout)
		}
	}
}

func TestSQLiteDSN(t *testing.T) {
	got := store.SQLiteDSN("file:x.db?_pragma=busy_timeout(100)")
	want := "file:x.db?_pragma=busy_timeout(100)&_pragma=foreign_keys(1)&_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)&_txlock=immediate"
	if got != want {
		t.Errorf("SQLiteDSN kept/added pragmas wrong:\n got %s\nwant %s", got, want)
	}
}

func TestRedact(t *testing.T) {
	if got := store.Redact("postgres://ropa:s3cret@db:5432/ropa"); got != "postgres://ropa:xxxxx@db:5432/ropa" {
		t.Errorf("Redact = %s", got)
	}
}

// TestVersion: the catalog version rises with each committed write, in any
// table (join tables included), and not with reads or rolled-back writes.
func TestVersion(t *testing.T) {
	ctx := context.Background()
	client := storetest.Open(t, store.Config{})
	version := func() int64 {
		t.Helper()
		v, err := store.Version(ctx, client)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	v0 := version()
	org := client.Organization.Create().SetKey("acme").SetName("Acme").SaveX(ctx)
	v1 := version()
	if v1 <= v0 {
		t.Errorf("insert: version %d, was %d", v1, v0)
	}
	client.Organization.Query().AllX(ctx)
	if v := version(); v != v1 {
		t.Errorf("read: version %d, was %d", v, v1)
	}
	act := client.ProcessingActivity.Create().SetName("Payroll").SetOrganizationID(org.ID).SaveX(ctx)
	cat := client.DataCategory.Create().SetKey("user.name").SetName("Name").SaveX(ctx)
	v2 := version()
	act.Update().AddDataCategories(cat).ExecX(ctx) // a join-table row only
	v3 := version()
	if v3 <= v2 {
		t.Errorf("join-table insert: version %d, was %d", v3, v2)
	}
	tx, err := client.Tx(ctx)
	if err != nil {
		t.Fatal(err)
	}
	tx.Organization.UpdateOneID(org.ID).SetName("Acme Ltd").ExecX(ctx)
	if err := tx.Rollback(); err != nil {
		t.Fatal(err)
	}
	if v := version(); v != v3 {
		t.Errorf("rolled-back update: version %d, was %d", v, v3)
	}
	client.ProcessingActivity.DeleteOneID(act.ID).ExecX(ctx)
	if v := version(); v <= v3 {
		t.Errorf("delete: version %d, was %d", v, v3)
	}
}

// TestPostgresPoolBounded: many statements at once (as gqlgen's concurrent
// list resolution issues them) wait for one of at most PostgresMaxConns
// connections instead of exhausting the server's max_connections.
func TestPostgresPoolBounded(t *testing.T) {
	if storetest.Dialect() != dialect.Postgres {
		t.Skip("PostgreSQL only; set " + storetest.EnvPostgres)
	}
	dsn := storetest.DSN(t)
	drv, err := store.OpenDriver(dsn)
	if err != nil {
		t.Fatal(err)
	}
	db := drv.DB()
	defer db.Close()
	ctx := context.Background()
	var wg sync.WaitGroup
	errs := make(chan error, 4*store.PostgresMaxConns)
	for i := 0; i < 4*store.PostgresMaxConns; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, err := db.ExecContext(ctx, "SELECT pg_sleep(0.05)")
			errs <- err
		}()
	}
	peak := 0
	finished := waitCh(&wg)
	for done := false; !done; {
		var n int
		if err := db.QueryRowContext(ctx, "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()").Scan(&n); err == nil && n > peak {
			peak = n
		}
		select {
		case <-finished:
			done = true
		case <-time.After(10 * time.Millisecond):
		}
	}
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	if peak == 0 || peak > store.PostgresMaxConns {
		t.Errorf("peak connections %d, want 1..%d", peak, store.PostgresMaxConns)
	}
	if s := db.Stats(); s.WaitCount == 0 {
		t.Errorf("no statement waited for a connection: %+v", s)
	}
}

func waitCh(wg *sync.WaitGroup) <-chan struct{} {
	ch := make(chan struct{})
	go func() { wg.Wait(); close(ch) }()
	return ch
}

// TestOpenReadOnlyCreatesNothing: opening for reading where there is no
// catalog (no file, an empty file, an empty database) is ErrNoCatalog and
// creates nothing.
func TestOpenReadOnlyCreatesNothing(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	missing := filepath.Join(dir, "missing.db")
	empty := filepath.Join(dir, "empty.db")
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, dsn := range []string{missing, "file:" + missing + "?_pragma=busy_timeout(100)", empty, storetest.DSN(t)} {
		c, err := store.Open(ctx, dsn, store.Config{ReadOnly: true})
		if !errors.Is(err, store.ErrNoCatalog) {
			t.Errorf("%s: err = %v, want ErrNoCatalog", dsn, err)
		}
		if c != nil {
			c.Close()
		}
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("opening for reading left %d files, want the empty one only", len(entries))
	}
	if fi, err := os.Stat(empty); err != nil || fi.Size() != 0 {
		t.Errorf("the empty file was written: %v %v", fi, err)
	}
}

// TestOpenReadOnlyMigratesWhenItCan: a catalog of an older schema that the
// process can write is migrated on a read-only open; a current one is read
// as it is.
func TestOpenReadOnlyMigratesWhenItCan(t *testing.T) {
	ctx := context.Background()
	dsn := filepath.Join(t.TempDir(), "c.db")
	if storetest.Dialect() == dialect.Postgres {
		dsn = storetest.DSN(t)
	}
	c, err := store.Open(ctx, dsn, store.Config{})
	if err != nil {
		t.Fatal(err)
	}
	c.Organization.Create().SetKey("acme").SetName("Acme").SetCountry("FR").SaveX(ctx)
	if _, err := c.ExecContext(ctx, "ALTER TABLE organizations DROP COLUMN country"); err != nil {
		t.Fatal(err)
	}
	c.Close()
	c, err = store.Open(ctx, dsn, store.Config{ReadOnly: true})
	if err != nil {
		t.Fatalf("read-only open of a writable catalog to migrate: %v", err)
	}
	defer c.Close()
	o, err := c.Organization.Query().Only(ctx)
	if err != nil {
		t.Fatalf("reading after migration: %v", err)
	}
	if o.Key != "acme" || o.Country != "" {
		t.Errorf("organization after migration: %+v, want acme without the dropped country", o)
	}
}
