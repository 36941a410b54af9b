package store_test

import (
	"context"
	"path/filepath"
	"testing"

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
