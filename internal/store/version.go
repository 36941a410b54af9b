package store

import (
	"context"
	"database/sql"
	"fmt"

	entsql "entgo.io/ent/dialect/sql"
	"entgo.io/ent/dialect/sql/schema"

	"github.com/ropacatalog/ropa/ent"
	"github.com/ropacatalog/ropa/ent/migrate"
)

// versionTable holds one row whose version rises with every committed
// write to any catalog table. Triggers keep it, so writes from every path
// count: the API, the CLI, another process on the same database, raw SQL.
// Readers that keep derived data in memory (the lineage index) compare it
// with the version they were built from.
const versionTable = "ropa_catalog_version"

// trackVersion creates the version table and the triggers that bump it.
// It is idempotent.
func trackVersion(ctx context.Context, drv *entsql.Driver) error {
	db := drv.DB()
	stmts := []string{
		"CREATE TABLE IF NOT EXISTS " + versionTable + " (id integer PRIMARY KEY, version bigint NOT NULL)",
		"INSERT INTO " + versionTable + " (id, version) SELECT 1, 0 WHERE NOT EXISTS (SELECT 1 FROM " + versionTable + ")",
	}
	bump := "UPDATE " + versionTable + " SET version = version + 1 WHERE id = 1"
	if drv.Dialect() == "postgres" {
		stmts = append(stmts, `CREATE OR REPLACE FUNCTION ropa_bump_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN `+bump+`; RETURN NULL; END $$`)
		for _, t := range versioned() {
			// Statement-level: one bump per statement, however many rows.
			stmts = append(stmts, fmt.Sprintf(
				"CREATE OR REPLACE TRIGGER ropa_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %q FOR EACH STATEMENT EXECUTE FUNCTION ropa_bump_version()",
				t.Name))
		}
	} else {
		for _, t := range versioned() {
			for _, ev := range []string{"INSERT", "UPDATE", "DELETE"} {
				stmts = append(stmts, fmt.Sprintf(
					"CREATE TRIGGER IF NOT EXISTS ropa_version_%s_%s AFTER %s ON `%s` BEGIN %s; END",
					t.Name, ev, ev, t.Name, bump))
			}
		}
	}
	for _, s := range stmts {
		if _, err := db.ExecContext(ctx, s); err != nil {
			return fmt.Errorf("tracking catalog version: %w", err)
		}
	}
	return nil
}

// versioned lists the tables whose writes change the catalog's version:
// all but those of users, tokens and sessions, so that signing in does not
// invalidate what readers keep of the record, and the history's (a history
// row always comes with the change it records, which bumps the version).
func versioned() []*schema.Table {
	var ts []*schema.Table
	for _, t := range migrate.Tables {
		switch t {
		case migrate.UsersTable, migrate.TokensTable, migrate.SessionsTable, migrate.ChangesTable:
			continue
		}
		ts = append(ts, t)
	}
	return ts
}

// VersionError reports a catalog whose version cannot be read, such as
// one not opened through Open.
type VersionError struct{ Err error }

func (e *VersionError) Error() string { return "reading catalog version: " + e.Err.Error() }
func (e *VersionError) Unwrap() error { return e.Err }

// Version returns the catalog's version: it changes whenever a write to
// the catalog commits. It costs one indexed read.
func Version(ctx context.Context, c *ent.Client) (int64, error) {
	rows, err := c.QueryContext(ctx, "SELECT version FROM "+versionTable+" WHERE id = 1")
	if err != nil {
		return 0, &VersionError{err}
	}
	defer rows.Close()
	var v sql.NullInt64
	if rows.Next() {
		if err := rows.Scan(&v); err != nil {
			return 0, &VersionError{err}
		}
	}
	if err := rows.Err(); err != nil {
		return 0, &VersionError{err}
	}
	if !v.Valid {
		return 0, &VersionError{fmt.Errorf("%s has no row", versionTable)}
	}
	return v.Int64, nil
}
