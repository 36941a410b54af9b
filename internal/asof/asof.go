// Package asof gives the catalog as it stood at a past time, so that every
// reader of the record (the Article 30 report, the data map, the lineage,
// the findings) can answer for that time without a reader of its own.
//
// Open copies the catalog's tables into a scratch SQLite database in
// memory, then undoes every change the history (internal/history) holds
// after the time asked. A row's first change after that time holds the
// row as it was then ("before"), so that is the one read for its fields:
// a row created since is removed, a row updated since gets its fields
// back, a row deleted since comes back with its ID and fields; edges are
// set back from every change after the time that touched them. The readers then
// run, unchanged, on a client over the scratch database. What was true at
// that time is answered with the evidence that was stored with it.
//
// A change's edges are recorded on the side that owns the edge's join
// table (an activity's data categories, a disclosure's purposes), which is
// the side every writer of the catalog uses.
package asof

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"
	"entgo.io/ent/dialect/sql/schema"
	"entgo.io/ent/schema/field"
	"github.com/go-openapi/inflect"

	"github.com/ropacatalog/ropa/ent"
	"github.com/ropacatalog/ropa/ent/change"
	"github.com/ropacatalog/ropa/ent/migrate"
	"github.com/ropacatalog/ropa/ent/predicate"
	"github.com/ropacatalog/ropa/internal/auth"
	"github.com/ropacatalog/ropa/internal/history"
	"github.com/ropacatalog/ropa/internal/review"
	"github.com/ropacatalog/ropa/internal/store"
)

// Catalog is the catalog as it stood at a past time, read-only. Close it
// when done: it holds its copy in memory.
type Catalog struct {
	Client *ent.Client // the catalog at At; write nothing through it
	At     time.Time
	// Undone is how many changes the history holds after At (every one
	// undone, but those of the tables the catalog does not copy).
	Undone int
}

// Close releases the copy.
func (c *Catalog) Close() error { return c.Client.Close() }

// BeforeHistoryError is Open's error for a time before the catalog's
// history starts: what the catalog held then is not known.
type BeforeHistoryError struct {
	At, Start time.Time
}

func (e *BeforeHistoryError) Error() string {
	return fmt.Sprintf("as of %s: the catalog's history starts at %s; ask for a time after it",
		e.At.Format(time.RFC3339), e.Start.Format(time.RFC3339))
}

// skipped are the tables the record never reads and the history does not
// rebuild: the history itself and sign-in.
var skipped = map[string]bool{
	migrate.ChangesTable.Name:  true,
	migrate.UsersTable.Name:    true,
	migrate.TokensTable.Name:   true,
	migrate.SessionsTable.Name: true,
}

var scratchSeq atomic.Int64

// Open returns the catalog src as it stood at at. It needs the viewer
// role, like any read. An error names what could not be read or undone.
func Open(ctx context.Context, src *ent.Client, at time.Time) (*Catalog, error) {
	return open(ctx, src, at, skipped)
}

// withoutFields are the tables the record, the report and the data map do
// not read: the systems' datasets and fields (the lineage reads them), the
// biggest part of a large catalog.
var withoutFields = func() map[string]bool {
	m := map[string]bool{
		migrate.DatasetsTable.Name:          true,
		migrate.DataFieldsTable.Name:        true,
		migrate.DatasetEvidenceTable.Name:   true,
		migrate.DataFieldEvidenceTable.Name: true,
	}
	for t := range skipped {
		m[t] = true
	}
	return m
}()

// OpenRecord is Open without the systems' datasets and fields: enough for
// the record, the Article 30 report, the findings and the data map, not
// for a field's lineage.
func OpenRecord(ctx context.Context, src *ent.Client, at time.Time) (*Catalog, error) {
	return open(ctx, src, at, withoutFields)
}

func open(ctx context.Context, src *ent.Client, at time.Time, skip map[string]bool) (*Catalog, error) {
	if err := auth.Require(ctx, auth.Viewer, "reading the record as of a past time"); err != nil {
		return nil, err
	}
	rctx := review.WithRejected(ctx)
	first, err := src.Change.Query().Order(ent.Asc(change.FieldAt), ent.Asc(change.FieldID)).First(rctx)
	switch {
	case ent.IsNotFound(err):
		return nil, &BeforeHistoryError{At: at, Start: time.Now()}
	case err != nil:
		return nil, fmt.Errorf("as of %s: reading the history: %w", at.Format(time.RFC3339), err)
	case at.Before(first.At):
		return nil, &BeforeHistoryError{At: at, Start: first.At}
	}
	drv, err := store.OpenDriver(fmt.Sprintf("file:asof-%d?mode=memory", scratchSeq.Add(1)))
	if err != nil {
		return nil, err
	}
	c := ent.NewClient(ent.Driver(drv))
	ok := false
	defer func() {
		if !ok {
			c.Close()
		}
	}()
	if err := c.Schema.Create(ctx, migrate.WithForeignKeys(false)); err != nil {
		return nil, fmt.Errorf("as of: creating the scratch catalog: %w", err)
	}
	db := drv.DB()
	// Rows come back in whatever order the history undoes them, and a
	// scratch copy needs no journal.
	for _, p := range []string{"PRAGMA foreign_keys = OFF", "PRAGMA journal_mode = OFF", "PRAGMA synchronous = OFF"} {
		if _, err := db.ExecContext(ctx, p); err != nil {
			return nil, fmt.Errorf("as of: %s: %w", p, err)
		}
	}
	// The indexes ent created are dropped while the rows are copied and
	// set back, and built again after: one sort per index instead of an
	// index update per row inserted or set back.
	indexes, err := dropIndexes(ctx, db)
	if err != nil {
		return nil, fmt.Errorf("as of: %w", err)
	}
	s := newSchema(skip)
	// The copy is read before the history: a change committing in
	// between is then in both, and undoing it again is harmless (every
	// undo sets a row to what it was before the change).
	file, attach := store.SQLiteFile(src)
	if attach {
		if _, err := db.ExecContext(ctx, "ATTACH DATABASE ? AS src", "file:"+file+"?mode=ro"); err != nil {
			return nil, fmt.Errorf("as of: attaching %s: %w", file, err)
		}
	}
	// The history after at is read and planned while the tables are
	// copied (two connections, two cores); the changes written meanwhile
	// are read once the copy is done.
	u := newUndoer(s)
	type planned struct {
		last int
		err  error
	}
	done := make(chan planned, 1)
	go func() {
		last, err := u.plan(rctx, src, at, 0)
		done <- planned{last, err}
	}()
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		<-done
		return nil, err
	}
	defer tx.Rollback()
	for _, t := range migrate.Tables {
		if skip[t.Name] {
			continue
		}
		if attach {
			err = copyAttached(ctx, tx, t)
		} else {
			err = copyTable(ctx, src, tx, t)
		}
		if err != nil {
			<-done
			return nil, fmt.Errorf("as of: copying %s: %w", t.Name, err)
		}
	}
	p := <-done
	if p.err == nil {
		_, p.err = u.plan(rctx, src, at, p.last)
	}
	if p.err != nil {
		return nil, fmt.Errorf("as of %s: %w", at.Format(time.RFC3339), p.err)
	}
	if err := u.apply(ctx, tx); err != nil {
		return nil, fmt.Errorf("as of %s: %w", at.Format(time.RFC3339), err)
	}
	if err := tx.Commit(); err != nil {
		return nil, err
	}
	if attach {
		if _, err := db.ExecContext(ctx, "DETACH DATABASE src"); err != nil {
			return nil, fmt.Errorf("as of: detaching %s: %w", file, err)
		}
	}
	// The readers' plans want the indexes the catalog has (built after the
	// copy, which is faster than keeping them up while inserting).
	for _, q := range indexes {
		if _, err := db.ExecContext(ctx, q); err != nil {
			return nil, fmt.Errorf("as of: indexing the scratch catalog: %w", err)
		}
	}
	if err := store.IndexJoinTables(ctx, drv); err != nil {
		return nil, fmt.Errorf("as of: indexing the scratch catalog: %w", err)
	}
	ok = true
	return &Catalog{Client: c, At: at, Undone: u.read}, nil
}

// dropIndexes drops the indexes of the scratch database that a statement
// created (not those of primary keys and unique columns), and returns the
// statements that create them again.
func dropIndexes(ctx context.Context, db *sql.DB) ([]string, error) {
	rows, err := db.QueryContext(ctx, "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")
	if err != nil {
		return nil, fmt.Errorf("reading the scratch catalog's indexes: %w", err)
	}
	var names, stmts []string
	for rows.Next() {
		var name, q string
		if err := rows.Scan(&name, &q); err != nil {
			rows.Close()
			return nil, err
		}
		names, stmts = append(names, name), append(stmts, q)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	for _, n := range names {
		if _, err := db.ExecContext(ctx, "DROP INDEX "+quote(n)); err != nil {
			return nil, fmt.Errorf("dropping index %s of the scratch catalog: %w", n, err)
		}
	}
	return stmts, nil
}

// params is about how many values one INSERT carries (SQLite takes at most
// 32,766 parameters).
const params = 8000

// copyTable copies every row of t from src into the scratch database, a
// batch of rows per INSERT, the statement for a full batch prepared once.
func copyTable(ctx context.Context, src *ent.Client, tx *sql.Tx, t *schema.Table) error {
	cols := make([]string, len(t.Columns))
	for i, c := range t.Columns {
		cols[i] = quote(c.Name)
	}
	list := strings.Join(cols, ", ")
	rows, err := src.QueryContext(ctx, "SELECT "+list+" FROM "+quote(t.Name))
	if err != nil {
		return err
	}
	defer rows.Close()
	batch := max(1, params/len(cols))
	insert := func(n int) string {
		one := "(" + strings.TrimSuffix(strings.Repeat("?, ", len(cols)), ", ") + ")"
		return "INSERT INTO " + quote(t.Name) + " (" + list + ") VALUES " +
			strings.TrimSuffix(strings.Repeat(one+", ", n), ", ")
	}
	var full *sql.Stmt
	defer func() {
		if full != nil {
			full.Close()
		}
	}()
	args := make([]any, 0, batch*len(cols))
	vals := make([]any, len(cols))
	ptrs := make([]any, len(cols))
	for i := range vals {
		ptrs[i] = &vals[i]
	}
	for rows.Next() {
		if err := rows.Scan(ptrs...); err != nil {
			return err
		}
		for i, c := range t.Columns {
			args = append(args, normalize(c, vals[i]))
		}
		if len(args) == batch*len(cols) {
			if full == nil {
				if full, err = tx.PrepareContext(ctx, insert(batch)); err != nil {
					return err
				}
			}
			if _, err := full.ExecContext(ctx, args...); err != nil {
				return err
			}
			args = args[:0]
		}
	}
	if err := rows.Err(); err != nil {
		return err
	}
	if len(args) > 0 {
		_, err = tx.ExecContext(ctx, insert(len(args)/len(cols)), args...)
	}
	return err
}

// copyAttached copies every row of t from the attached source file.
func copyAttached(ctx context.Context, tx *sql.Tx, t *schema.Table) error {
	cols := make([]string, len(t.Columns))
	for i, c := range t.Columns {
		cols[i] = quote(c.Name)
	}
	list := strings.Join(cols, ", ")
	_, err := tx.ExecContext(ctx, "INSERT INTO main."+quote(t.Name)+" ("+list+") SELECT "+list+" FROM src."+quote(t.Name))
	return err
}

// normalize turns a value read from either database into one SQLite
// stores as ent reads it.
func normalize(c *schema.Column, v any) any {
	switch x := v.(type) {
	case []byte:
		return string(x)
	case nil, string, int64, float64, bool, time.Time:
		return v
	}
	if c.Type == field.TypeJSON {
		b, err := json.Marshal(v)
		if err == nil {
			return string(b)
		}
	}
	return v
}

func quote(name string) string { return `"` + name + `"` }

// tableSchema is what undoing needs of the tables: each entity type's
// table, and the join tables an entity's edges own.
type tableSchema struct {
	tables map[string]*schema.Table // by name, those copied
	joins  []*schema.Table          // the join tables copied, in a fixed order
	byType map[string]*schema.Table // by entity type, as looked up
}

func newSchema(skip map[string]bool) *tableSchema {
	s := &tableSchema{tables: map[string]*schema.Table{}, byType: map[string]*schema.Table{}}
	for _, t := range migrate.Tables {
		if skip[t.Name] {
			continue
		}
		s.tables[t.Name] = t
		if len(t.Columns) == 2 && len(t.ForeignKeys) == 2 {
			s.joins = append(s.joins, t)
		}
	}
	return s
}

// snake turns an ent type name into ent's snake case (ProcessingActivity:
// processing_activity).
func snake(name string) string {
	var b strings.Builder
	for i, r := range name {
		if r >= 'A' && r <= 'Z' {
			if i > 0 {
				b.WriteByte('_')
			}
			r += 'a' - 'A'
		}
		b.WriteRune(r)
	}
	return b.String()
}

// table returns the copied table of entity type typ, named as ent names
// it; ok is false for a table not copied.
func (s *tableSchema) table(typ string) (t *schema.Table, ok bool) {
	if t, ok := s.byType[typ]; ok {
		return t, t != nil
	}
	t, ok = s.tables[inflect.Pluralize(snake(typ))]
	s.byType[typ] = t
	return t, ok
}

// joinTable returns the join table that edge of typ owns, and its column
// for typ and for the other end; ok is false for an edge held as a field
// (a foreign key) or owned by the other end.
func (s *tableSchema) joinTable(typ, edge string) (t *schema.Table, own, other string, ok bool) {
	t, found := s.tables[snake(typ)+"_"+edge]
	if !found || len(t.Columns) != 2 {
		return nil, "", "", false
	}
	return t, t.Columns[0].Name, t.Columns[1].Name, true
}

// plan reads the changes after at, from the first with an ID above after
// (0: all of them), and plans their undoing; it returns the last ID read.
// Only a row's first change after at matters: its values before are the
// row's at at (a create: the row did not exist; an update or a delete:
// every field, and the edges it touched or, for a delete, all of them).
// An edge the first change did not touch is set by the first later change
// that did. So the changes are counted and their ID range found first (one
// aggregate), then only those that matter are read, oldest first, by
// ascending ID (the order they were written in; a row's own changes are
// serialized by its lock): each row's first change in the range and every
// change that touched an edge. The others are neither sent nor decoded.
func (u *undoer) plan(ctx context.Context, src *ent.Client, at time.Time, after int) (int, error) {
	var agg []struct {
		Count int           `json:"count"`
		Min   sql.NullInt64 `json:"min"`
		Max   sql.NullInt64 `json:"max"`
	}
	in := []predicate.Change{change.AtGT(at)}
	if after > 0 {
		in = append(in, change.IDGT(after))
	}
	err := src.Change.Query().Where(in...).
		Aggregate(ent.Count(), ent.Min(change.FieldID), ent.Max(change.FieldID)).Scan(ctx, &agg)
	if err != nil {
		return after, fmt.Errorf("reading the history: %w", err)
	}
	if len(agg) == 0 || agg[0].Count == 0 {
		return after, nil
	}
	u.read += agg[0].Count
	lo, hi := int(agg[0].Min.Int64), int(agg[0].Max.Int64)
	// The changes of [lo, hi] after at: each row's first, and those with
	// edges.
	rng := []predicate.Change{change.IDGTE(lo), change.IDLTE(hi), change.AtGT(at)}
	firsts := func(s *entsql.Selector) {
		d := entsql.Dialect(s.Dialect())
		t := d.Table(change.Table).As("f")
		sub := d.Select(entsql.Min(t.C(change.FieldID))).From(t).Where(entsql.And(
			entsql.GTE(t.C(change.FieldID), lo), entsql.LTE(t.C(change.FieldID), hi),
			entsql.GT(t.C(change.FieldAt), at))).GroupBy(t.C(change.FieldEntityID))
		s.Where(entsql.In(s.C(change.FieldID), sub))
	}
	// strings.Contains in the database, cheaper than LIKE's pattern.
	withEdges := func(s *entsql.Selector) {
		s.Where(entsql.P(func(b *entsql.Builder) {
			fn := "instr"
			if b.Dialect() == dialect.Postgres {
				fn = "strpos"
			}
			b.WriteString(fn + "(" + s.C(change.FieldBefore)).Comma().Arg(`"edges"`).WriteString(") > 0")
		}))
	}
	// One statement: the subquery groups the whole range, so it is not
	// repeated per page.
	needed, err := src.Change.Query().
		Where(append(rng, change.Or(firsts, withEdges))...).
		Order(ent.Asc(change.FieldID)).
		Select(change.FieldID, change.FieldEntityType, change.FieldEntityID, change.FieldOperation, change.FieldBefore).
		All(ctx)
	if err != nil {
		return after, fmt.Errorf("reading the history: %w", err)
	}
	snaps, errs := decode(needed)
	for i, ch := range needed {
		if _, copied := u.s.table(ch.EntityType); !copied {
			continue
		}
		if err := u.undo(ch, snaps[i], errs[i]); err != nil {
			return after, fmt.Errorf("undoing change %d (%s %s %d): %w", ch.ID, ch.Operation, ch.EntityType, ch.EntityID, err)
		}
	}
	return hi, nil
}

// decode decodes the values before of changes, on every core: the copy
// is usually done by then.
func decode(changes []*ent.Change) ([]*history.Snapshot, []error) {
	snaps, errs := make([]*history.Snapshot, len(changes)), make([]error, len(changes))
	workers := min(runtime.GOMAXPROCS(0), 1+len(changes)/256)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < len(changes); i += workers {
				snaps[i], errs[i] = history.Decode(changes[i].Before)
			}
		}()
	}
	wg.Wait()
	return snaps, errs
}

// undoer plans the statements that set rows of the scratch database back
// to what they were, then applies them.
type undoer struct {
	s     *tableSchema
	rows  map[int]*rowState // by row ID
	stmts []stmt
	// updates are the rows whose fields are set back, by table and
	// columns set: the id, then the values, row after row. They are
	// applied many rows per statement, after stmts: an update touches only
	// its own row's fields, which no other statement does (a row's first
	// change after the time is the only one that sets its fields back).
	updates map[updateKey][]any
	keys    []updateKey // in the order first planned
	read    int         // changes read after the time
}

type updateKey struct {
	table string
	cols  string // quoted, joined by commas
	n     int    // how many columns
}

type stmt struct {
	q    string
	args []any
}

func newUndoer(s *tableSchema) *undoer {
	return &undoer{s: s, rows: map[int]*rowState{}, updates: map[updateKey][]any{}}
}

// update plans setting the columns cols of row id of table t to args.
func (u *undoer) update(t *schema.Table, id int, cols []string, args []any) {
	quoted := make([]string, len(cols))
	for i, c := range cols {
		quoted[i] = quote(c)
	}
	k := updateKey{t.Name, strings.Join(quoted, ","), len(cols)}
	rows, ok := u.updates[k]
	if !ok {
		u.keys = append(u.keys, k)
	}
	u.updates[k] = append(append(rows, id), args...)
}

// applyUpdates sets the planned rows' fields back, as many rows per
// statement as params allows (UPDATE ... FROM VALUES).
func (u *undoer) applyUpdates(ctx context.Context, tx *sql.Tx) error {
	for _, k := range u.keys {
		args := u.updates[k]
		width := k.n + 1
		batch := max(1, params/width)
		cols := strings.Split(k.cols, ",")
		set := make([]string, len(cols))
		for i, c := range cols {
			set[i] = fmt.Sprintf("%s = v.column%d", c, i+2)
		}
		one := "(" + strings.TrimSuffix(strings.Repeat("?, ", width), ", ") + ")"
		query := func(n int) string {
			return "UPDATE " + quote(k.table) + " SET " + strings.Join(set, ", ") +
				" FROM (VALUES " + strings.TrimSuffix(strings.Repeat(one+", ", n), ", ") + ") AS v" +
				" WHERE " + quote(k.table) + ".id = v.column1"
		}
		var full *sql.Stmt
		for len(args) > 0 {
			n := min(batch, len(args)/width)
			var err error
			if n == batch {
				if full == nil {
					if full, err = tx.PrepareContext(ctx, query(n)); err != nil {
						return err
					}
					defer full.Close()
				}
				_, err = full.ExecContext(ctx, args[:n*width]...)
			} else {
				_, err = tx.ExecContext(ctx, query(n), args[:n*width]...)
			}
			if err != nil {
				return err
			}
			args = args[n*width:]
		}
	}
	return nil
}

// rowState is what has been set back of a row.
type rowState struct {
	absent bool            // created after the time: removed, nothing more to do
	edges  map[string]bool // edges already set back
}

// exec plans q with args.
func (u *undoer) exec(q string, args ...any) error {
	u.stmts = append(u.stmts, stmt{q, args})
	return nil
}

// apply runs the planned statements in tx, each prepared once, then the
// planned updates.
func (u *undoer) apply(ctx context.Context, tx *sql.Tx) error {
	prepared := map[string]*sql.Stmt{}
	defer func() {
		for _, p := range prepared {
			p.Close()
		}
	}()
	for _, st := range u.stmts {
		p, ok := prepared[st.q]
		if !ok {
			var err error
			if p, err = tx.PrepareContext(ctx, st.q); err != nil {
				return err
			}
			prepared[st.q] = p
		}
		if _, err := p.ExecContext(ctx, st.args...); err != nil {
			return err
		}
	}
	return u.applyUpdates(ctx, tx)
}

// undo sets back what ch changed, unless an earlier change after the
// time did so already.
func (u *undoer) undo(ch *ent.Change, before *history.Snapshot, decoded error) error {
	id := ch.EntityID
	st, seen := u.rows[id]
	if seen && (st.absent || !strings.Contains(ch.Before, `"edges"`)) {
		return nil // the row is set back already, and ch touched no edge
	}
	t, _ := u.s.table(ch.EntityType)
	if decoded != nil {
		return decoded
	}
	if seen {
		return u.relink(ch.EntityType, id, before.Edges, st)
	}
	st = &rowState{edges: map[string]bool{}}
	u.rows[id] = st
	switch ch.Operation {
	case change.OperationCreate:
		st.absent = true
		if err := u.exec("DELETE FROM "+quote(t.Name)+" WHERE id = ?", id); err != nil {
			return err
		}
		return u.unlink(t, id)
	case change.OperationUpdate:
		if before == nil {
			return errors.New("an update without its values before")
		}
		cols, args, err := columns(t, before)
		if err != nil {
			return err
		}
		if len(cols) > 0 {
			u.update(t, id, cols, args)
		}
		return u.relink(ch.EntityType, id, before.Edges, st)
	case change.OperationDelete:
		if before == nil {
			return errors.New("a delete without the row's values")
		}
		cols, args, err := columns(t, before)
		if err != nil {
			return err
		}
		cols, args = append([]string{"id"}, cols...), append([]any{id}, args...)
		for i := range cols {
			cols[i] = quote(cols[i])
		}
		q := "INSERT OR REPLACE INTO " + quote(t.Name) + " (" + strings.Join(cols, ", ") + ") VALUES (" +
			strings.TrimSuffix(strings.Repeat("?, ", len(cols)), ", ") + ")"
		if err := u.exec(q, args...); err != nil {
			return err
		}
		return u.relink(ch.EntityType, id, before.Edges, st)
	}
	return fmt.Errorf("unknown operation %q", ch.Operation)
}

// relink sets the join rows of each edge in edges not set back yet to the
// IDs listed (an edge absent is left as it is).
func (u *undoer) relink(typ string, id int, edges map[string][]int, st *rowState) error {
	for name, ids := range edges {
		if st.edges[name] {
			continue
		}
		st.edges[name] = true
		jt, own, other, ok := u.s.joinTable(typ, name)
		if !ok {
			continue
		}
		if err := u.exec("DELETE FROM "+quote(jt.Name)+" WHERE "+quote(own)+" = ?", id); err != nil {
			return err
		}
		q := "INSERT OR IGNORE INTO " + quote(jt.Name) + " (" + quote(own) + ", " + quote(other) + ") VALUES (?, ?)"
		for _, o := range ids {
			if err := u.exec(q, id, o); err != nil {
				return err
			}
		}
	}
	return nil
}

// unlink removes every join row naming row id of table t, at either end.
func (u *undoer) unlink(t *schema.Table, id int) error {
	for _, jt := range u.s.joins {
		for _, fk := range jt.ForeignKeys {
			if fk.RefTable == t {
				if err := u.exec("DELETE FROM "+quote(jt.Name)+" WHERE "+quote(fk.Columns[0].Name)+" = ?", id); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// columns returns the columns of t a snapshot gives values for, and the
// values as SQLite stores them.
func columns(t *schema.Table, snap *history.Snapshot) ([]string, []any, error) {
	fks := map[string]bool{}
	for _, fk := range t.ForeignKeys {
		for _, c := range fk.Columns {
			fks[c.Name] = true
		}
	}
	var cols []string
	var args []any
	for _, c := range t.Columns {
		raw, ok := snap.Fields[c.Name]
		if !ok || c.Name == "id" {
			continue
		}
		v, err := value(c, raw, fks[c.Name])
		if err != nil {
			return nil, nil, fmt.Errorf("field %s: %w", c.Name, err)
		}
		cols = append(cols, c.Name)
		args = append(args, v)
	}
	return cols, args, nil
}

// value turns a snapshot's JSON value for column c into what SQLite
// stores. A foreign key of 0 is how ent reads NULL. The common values (a
// string without escapes, an integer, a time) are read without the JSON
// decoder.
func value(c *schema.Column, raw json.RawMessage, fk bool) (any, error) {
	if string(raw) == "null" || (fk && string(raw) == "0") {
		return nil, nil
	}
	switch c.Type {
	case field.TypeJSON:
		return string(raw), nil
	case field.TypeTime:
		if str, ok := plain(raw); ok {
			if t, err := time.Parse(time.RFC3339Nano, str); err == nil {
				return t, nil
			}
		}
		var t time.Time
		err := json.Unmarshal(raw, &t)
		return t, err
	case field.TypeBool:
		var b bool
		err := json.Unmarshal(raw, &b)
		return b, err
	case field.TypeInt, field.TypeInt8, field.TypeInt16, field.TypeInt32, field.TypeInt64,
		field.TypeUint, field.TypeUint8, field.TypeUint16, field.TypeUint32, field.TypeUint64:
		if i, err := strconv.ParseInt(string(raw), 10, 64); err == nil {
			return i, nil
		}
		var i int64
		err := json.Unmarshal(raw, &i)
		return i, err
	case field.TypeFloat32, field.TypeFloat64:
		var f float64
		err := json.Unmarshal(raw, &f)
		return f, err
	}
	if str, ok := plain(raw); ok {
		return str, nil
	}
	var str string
	if err := json.Unmarshal(raw, &str); err != nil {
		return string(raw), nil // a value kept as its JSON text
	}
	return str, nil
}

// plain returns the text of a JSON string that needs no unescaping (no
// backslash, no control character, ASCII only, so that it needs no UTF-8
// check either).
func plain(raw json.RawMessage) (string, bool) {
	if len(raw) < 2 || raw[0] != '"' || raw[len(raw)-1] != '"' {
		return "", false
	}
	body := raw[1 : len(raw)-1]
	for _, b := range body {
		if b == '\\' || b == '"' || b < 0x20 || b >= 0x80 {
			return "", false
		}
	}
	return string(body), true
}

// ParseTime reads a time as the CLI and the report URLs take it: an RFC
// 3339 time (2026-06-30T09:00:00Z), or a date (2026-06-30) in the local
// time zone, which means the end of that day when end is set (the record
// as it stood on that day) and its start otherwise.
func ParseTime(s string, end bool) (time.Time, error) {
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, nil
	}
	d, err := time.ParseInLocation(time.DateOnly, s, time.Local)
	if err != nil {
		return time.Time{}, fmt.Errorf("%q: want a date (2026-06-30) or a time (2026-06-30T09:00:00Z)", s)
	}
	if end {
		d = d.AddDate(0, 0, 1).Add(-time.Nanosecond)
	}
	return d, nil
}
