package store

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"

	"github.com/ropacatalog/ropa/ent"
	"github.com/ropacatalog/ropa/ent/organization"
)

// ErrNoCatalog reports that there is no catalog to read: no SQLite file at
// the path, or a database without the catalog's tables. Opening for
// reading never creates one.
var ErrNoCatalog = errors.New("no catalog")

// NeedsMigrationError reports a catalog opened for reading whose schema is
// older than this version of ropa and that this process cannot write, so
// it can neither be migrated nor read safely.
type NeedsMigrationError struct {
	Path    string   // the SQLite file
	Reason  string   // why it cannot be written
	Changes []string // the statements migrating would run
}

func (e *NeedsMigrationError) Error() string {
	msg := fmt.Sprintf("catalog %s needs migrating to this version of ropa, and is read-only: %s", e.Path, e.Reason)
	if len(e.Changes) > 0 {
		msg += fmt.Sprintf(" (%d schema changes pending, the first: %s)", len(e.Changes), e.Changes[0])
	}
	return msg
}

// sqliteReadPragmas are those of sqlitePragmas a reader needs. Setting
// WAL would write to the file (a database that is in WAL mode stays so),
// and a deferred transaction takes no write lock.
var sqliteReadPragmas = []string{
	"_pragma=foreign_keys(1)",
	"_pragma=busy_timeout(5000)",
	"_txlock=deferred",
}

// openReadOnly opens dsn for a caller that only reads, without migrating
// a schema that is current. A SQLite file is opened without the pragmas
// that write (journal_mode); one this process cannot write is opened with
// mode=ro, and with immutable=1 when no -wal file shows a writer at work,
// since SQLite cannot otherwise open a WAL database in a directory where
// it may not create the -shm file. (mode=ro is not used on a file that can
// be written: a read-only connection cannot remove the -wal and -shm files
// when it closes.) A schema that is not current is migrated when the file
// can be written, and is a *NeedsMigrationError otherwise. A missing or
// empty file, or a database without the catalog's tables, is ErrNoCatalog;
// nothing is created.
func openReadOnly(ctx context.Context, dsn string, cfg Config) (*ent.Client, error) {
	path, isFile := SQLitePath(dsn)
	why := ""
	var drv *entsql.Driver
	var err error
	if isFile {
		fi, err := os.Stat(path)
		if errors.Is(err, fs.ErrNotExist) || err == nil && fi.Size() == 0 {
			return nil, fmt.Errorf("%s: %w", path, ErrNoCatalog)
		}
		why = unwritable(path)
		drv, err = openSQLiteReader(dsn, path, why != "")
	} else {
		drv, err = OpenDriver(dsn)
	}
	if err != nil {
		return nil, err
	}
	changes, err := pendingChanges(ctx, drv)
	if err != nil {
		drv.Close()
		return nil, fmt.Errorf("reading the schema of %s: %w", Redact(dsn), err)
	}
	if len(changes) == 0 {
		var d dialect.Driver = drv
		if cfg.WrapDriver != nil {
			d = cfg.WrapDriver(d)
		}
		c := newClient(d)
		remember(c, dsn)
		return c, nil
	}
	drv.Close()
	if why != "" {
		return nil, &NeedsMigrationError{Path: path, Reason: why, Changes: changes}
	}
	return Open(ctx, dsn, Config{WrapDriver: cfg.WrapDriver})
}

// openSQLiteReader opens the SQLite file at path for reading: with mode=ro
// when this process cannot write it (see openReadOnly for immutable=1).
func openSQLiteReader(dsn, path string, readOnly bool) (*entsql.Driver, error) {
	params := sqliteReadPragmas
	if readOnly {
		params = append([]string{"mode=ro"}, params...)
		if _, err := os.Stat(path + "-wal"); errors.Is(err, fs.ErrNotExist) {
			params = append(params, "immutable=1")
		}
	}
	db, err := sql.Open("sqlite", addParams(dsn, params))
	if err != nil {
		return nil, fmt.Errorf("opening SQLite %s for reading: %w", dsn, err)
	}
	if err := db.Ping(); err != nil {
		db.Close()
		return nil, fmt.Errorf("opening SQLite %s for reading: %w", dsn, err)
	}
	return entsql.OpenDB(dialect.SQLite, db), nil
}

// pendingChanges returns the statements that migrating the database to
// this version's schema would run: none when it is current. A database
// without the catalog's tables is ErrNoCatalog.
func pendingChanges(ctx context.Context, drv *entsql.Driver) ([]string, error) {
	ok, err := hasTable(ctx, drv, organization.Table)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, ErrNoCatalog
	}
	var buf bytes.Buffer
	if err := ent.NewClient(ent.Driver(drv)).Schema.WriteTo(ctx, &buf); err != nil {
		return nil, err
	}
	var out []string
	for _, stmt := range strings.Split(buf.String(), ";\n") {
		stmt = strings.TrimSpace(strings.TrimSuffix(stmt, ";"))
		switch {
		case stmt == "", strings.HasPrefix(stmt, "PRAGMA "), stmt == "BEGIN", stmt == "COMMIT":
			continue
		}
		out = append(out, stmt)
	}
	return out, nil
}

// hasTable reports whether the database has the table.
func hasTable(ctx context.Context, drv *entsql.Driver, table string) (bool, error) {
	q := "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?"
	if drv.Dialect() == dialect.Postgres {
		q = "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = $1"
	}
	var n int
	if err := drv.DB().QueryRowContext(ctx, q, table).Scan(&n); err != nil {
		return false, fmt.Errorf("looking for table %s: %w", table, err)
	}
	return n > 0, nil
}

// SQLitePath is the file of a SQLite DSN, a plain path or file:PATH?...;
// false for PostgreSQL URLs and in-memory databases.
func SQLitePath(dsn string) (string, bool) {
	if IsPostgres(dsn) || strings.Contains(dsn, "mode=memory") {
		return "", false
	}
	path := strings.TrimPrefix(dsn, "file:")
	if i := strings.IndexByte(path, '?'); i >= 0 {
		path = path[:i]
	}
	return path, path != "" && path != ":memory:"
}
