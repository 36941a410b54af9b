// Package store opens the catalog database: an embedded SQLite file
// (modernc.org/sqlite, no cgo) by default, or PostgreSQL through pgx when
// the DSN is a postgres:// URL. Opening creates or migrates the schema;
// opening for reading only (Config.ReadOnly) migrates only when it must.
package store

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"strings"
	"sync"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"
	_ "github.com/jackc/pgx/v5/stdlib" // registers the "pgx" driver
	_ "modernc.org/sqlite"             // registers the "sqlite" driver

	"github.com/ropacatalog/ropa/ent"
	"github.com/ropacatalog/ropa/ent/migrate"
	_ "github.com/ropacatalog/ropa/ent/runtime" // schema hooks and defaults
	"github.com/ropacatalog/ropa/internal/access"
	"github.com/ropacatalog/ropa/internal/history"
)

// DefaultPath is the SQLite file `ropa serve` and the other subcommands use
// when no --db is given.
const DefaultPath = "ropa.db"

// sqlitePragmas are applied to every pooled SQLite connection: foreign keys
// on (ent refuses to migrate without), WAL so readers do not block the
// writer, a busy timeout, and immediate transactions so that two writers
// queue instead of failing on upgrade.
var sqlitePragmas = []string{
	"_pragma=foreign_keys(1)",
	"_pragma=journal_mode(WAL)",
	"_pragma=busy_timeout(5000)",
	"_pragma=synchronous(NORMAL)",
	"_txlock=immediate",
}

// Config says how to open the database.
type Config struct {
	// WrapDriver, when set, wraps the ent driver (tests count statements).
	WrapDriver func(dialect.Driver) dialect.Driver
	// ReadOnly opens the catalog for a caller that only reads it: a
	// SQLite file is opened with mode=ro and nothing is created or
	// migrated when its schema is current (see OpenReadOnly).
	ReadOnly bool
}

// Open opens the catalog at dsn and migrates its schema. dsn is a
// postgres:// or postgresql:// URL, a SQLite "file:" DSN, or a plain path
// to a SQLite file (created if missing; one this process cannot write is
// an error saying so). With cfg.ReadOnly it opens for reading only.
func Open(ctx context.Context, dsn string, cfg Config) (*ent.Client, error) {
	if cfg.ReadOnly {
		return openReadOnly(ctx, dsn, cfg)
	}
	if path, ok := SQLitePath(dsn); ok {
		if _, err := os.Stat(path); err == nil {
			if why := unwritable(path); why != "" {
				return nil, fmt.Errorf("catalog %s is read-only: %s; this command writes to it", path, why)
			}
		}
	}
	drv, err := OpenDriver(dsn)
	if err != nil {
		return nil, err
	}
	var d dialect.Driver = drv
	if cfg.WrapDriver != nil {
		d = cfg.WrapDriver(d)
	}
	client := newClient(d)
	remember(client, dsn)
	if err := client.Schema.Create(ctx); err != nil {
		client.Close()
		return nil, fmt.Errorf("migrating schema of %s: %w", Redact(dsn), err)
	}
	if err := IndexJoinTables(ctx, drv); err != nil {
		client.Close()
		return nil, fmt.Errorf("indexing join tables of %s: %w", Redact(dsn), err)
	}
	if err := trackVersion(ctx, drv); err != nil {
		client.Close()
		return nil, fmt.Errorf("%s: %w", Redact(dsn), err)
	}
	return client, nil
}

// newClient is the one constructor of the catalog's clients: every query
// and mutation checks the principal of its context (the roles; see
// internal/access), and every write appends its history in its own
// transaction, or in one opened for it (internal/history).
func newClient(d dialect.Driver) *ent.Client {
	hd := history.Wrap(d)
	client := ent.NewClient(ent.Driver(hd))
	access.Enforce(client)
	history.Record(client, hd)
	return client
}

// sqliteFiles maps the clients Open returned over SQLite files to the
// files' paths.
var sqliteFiles sync.Map

func remember(c *ent.Client, dsn string) {
	if path, ok := SQLitePath(dsn); ok && !strings.Contains(dsn, "mode=memory") {
		sqliteFiles.Store(c, path)
	}
}

// SQLiteFile returns the path of the SQLite file c was opened on by Open,
// if it was opened on one: a reader that copies much of the catalog
// (internal/asof) attaches the file instead of reading row by row.
func SQLiteFile(c *ent.Client) (string, bool) {
	p, ok := sqliteFiles.Load(c)
	if !ok {
		return "", false
	}
	return p.(string), true
}

// PostgresMaxConns is the most connections one catalog process opens to
// PostgreSQL; further statements wait for a free one.
const PostgresMaxConns = 16

// OpenDriver opens the SQL driver for dsn without migrating.
func OpenDriver(dsn string) (*entsql.Driver, error) {
	if IsPostgres(dsn) {
		db, err := sql.Open("pgx", dsn)
		if err != nil {
			return nil, fmt.Errorf("opening PostgreSQL %s: %w", Redact(dsn), err)
		}
		// gqlgen resolves the elements of a list concurrently, so one
		// question over edges the lineage index does not hold can ask for a
		// connection per element; bound the pool so that it waits instead of
		// exhausting the server's max_connections (100 by default).
		// Idle connections are kept up to the same bound: with fewer, a
		// burst of concurrent requests closes the extra connections as
		// they are returned and opens them again for the next burst, and
		// each new PostgreSQL connection starts a server process.
		db.SetMaxOpenConns(PostgresMaxConns)
		db.SetMaxIdleConns(PostgresMaxConns)
		if err := db.Ping(); err != nil {
			db.Close()
			return nil, fmt.Errorf("connecting to PostgreSQL %s: %w", Redact(dsn), err)
		}
		return entsql.OpenDB(dialect.Postgres, db), nil
	}
	sqliteDSN := SQLiteDSN(dsn)
	db, err := sql.Open("sqlite", sqliteDSN)
	if err != nil {
		return nil, fmt.Errorf("opening SQLite %s: %w", dsn, err)
	}
	if strings.Contains(sqliteDSN, "mode=memory") {
		// Each pooled connection to a memory database would otherwise see
		// its own empty database.
		db.SetMaxOpenConns(1)
	}
	if err := db.Ping(); err != nil {
		db.Close()
		return nil, fmt.Errorf("opening SQLite %s: %w", dsn, err)
	}
	return entsql.OpenDB(dialect.SQLite, db), nil
}

// IsPostgres reports whether dsn names a PostgreSQL database.
func IsPostgres(dsn string) bool {
	return strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://")
}

// SQLiteDSN turns a path or file: DSN into a modernc DSN with the pragmas
// the catalog needs; pragmas the caller set are kept.
func SQLiteDSN(dsn string) string {
	return addParams(dsn, sqlitePragmas)
}

// addParams adds the parameters params to a path or file: DSN, keeping
// those the caller set (by name: _txlock=, mode=, _pragma=foreign_keys().
func addParams(dsn string, params []string) string {
	if !strings.HasPrefix(dsn, "file:") {
		dsn = "file:" + dsn
	}
	sep := "?"
	if strings.Contains(dsn, "?") {
		sep = "&"
	}
	for _, p := range params {
		name := p[:strings.Index(p, "=")+1] // _txlock=
		if i := strings.Index(p, "("); i >= 0 {
			name = p[:i+1] // _pragma=foreign_keys(
		}
		if strings.Contains(dsn, "mode=memory") && strings.Contains(p, "journal_mode") {
			continue
		}
		if !strings.Contains(dsn, name) {
			dsn += sep + p
			sep = "&"
		}
	}
	return dsn
}

// Redact hides the password of a PostgreSQL URL for logs and errors.
func Redact(dsn string) string {
	if !IsPostgres(dsn) {
		return dsn
	}
	at := strings.LastIndex(dsn, "@")
	scheme := strings.Index(dsn, "://") + 3
	if at < 0 || at < scheme {
		return dsn
	}
	userinfo := dsn[scheme:at]
	if i := strings.Index(userinfo, ":"); i >= 0 {
		return dsn[:scheme] + userinfo[:i] + ":xxxxx" + dsn[at:]
	}
	return dsn
}

// IndexJoinTables indexes the second column of every many-to-many join
// table. ent keys a join table by (a_id, b_id), which serves lookups from
// a; lookups from b (which disclosures carry this data category?) need
// their own index. Open runs it; a scratch copy of the catalog
// (internal/asof) runs it too.
func IndexJoinTables(ctx context.Context, drv *entsql.Driver) error {
	for _, t := range migrate.Tables {
		if len(t.Columns) != 2 || len(t.ForeignKeys) != 2 {
			continue
		}
		col := t.Columns[1].Name
		stmt := fmt.Sprintf("CREATE INDEX IF NOT EXISTS %s_%s ON %s (%s)", t.Name, col, t.Name, col)
		if _, err := drv.DB().ExecContext(ctx, stmt); err != nil {
			return err
		}
	}
	return nil
}
