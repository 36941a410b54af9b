package history_test

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	entgo "entgo.io/ent"
	"entgo.io/ent/dialect"

	"github.com/ropacatalog/ropa/ent"
	"github.com/ropacatalog/ropa/ent/change"
	"github.com/ropacatalog/ropa/ent/schema"
	"github.com/ropacatalog/ropa/internal/access"
	"github.com/ropacatalog/ropa/internal/actor"
	"github.com/ropacatalog/ropa/internal/auth"
	"github.com/ropacatalog/ropa/internal/catalog"
	"github.com/ropacatalog/ropa/internal/history"
	"github.com/ropacatalog/ropa/internal/store"
	"github.com/ropacatalog/ropa/internal/store/storetest"
)

// changesOf returns the history of row id, oldest first.
func changesOf(t *testing.T, c *ent.Client, id int) []*ent.Change {
	t.Helper()
	cs, err := c.Change.Query().Where(change.EntityID(id)).Order(ent.Asc(change.FieldID)).All(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return cs
}

func snap(t *testing.T, s string) *history.Snapshot {
	t.Helper()
	out, err := history.Decode(s)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// str reads a string field of a snapshot.
func str(t *testing.T, s *history.Snapshot, name string) string {
	t.Helper()
	if s == nil {
		t.Fatalf("no snapshot reading %s", name)
	}
	var v string
	if raw, ok := s.Fields[name]; ok {
		if err := json.Unmarshal(raw, &v); err != nil {
			t.Fatalf("field %s = %s: %v", name, raw, err)
		}
	}
	return v
}

func write(t *testing.T, c *ent.Client, a actor.Actor, f func(ctx context.Context, tx *ent.Tx) error) {
	t.Helper()
	if err := catalog.Write(context.Background(), c, a, f); err != nil {
		t.Fatal(err)
	}
}

// TestRecord: a create, an update (a field and an edge) and a delete
// each write one change, by the actor and through its channel, with the
// values before and after.
func TestRecord(t *testing.T) {
	ctx := context.Background()
	c := storetest.Open(t, store.Config{})
	who := actor.CLI("alice")
	var org, act, cat int
	write(t, c, who, func(ctx context.Context, tx *ent.Tx) error {
		org = tx.Organization.Create().SetKey("acme").SetName("Acme").SaveX(ctx).ID
		cat = tx.DataCategory.Create().SetKey("user.contact.email").SetName("Email").SaveX(ctx).ID
		act = tx.ProcessingActivity.Create().SetName("Newsletter").SetOrganizationID(org).SaveX(ctx).ID
		return nil
	})
	cs := changesOf(t, c, act)
	if len(cs) != 1 || cs[0].Operation != change.OperationCreate || cs[0].EntityType != ent.TypeProcessingActivity ||
		cs[0].Actor != "cli:alice" || cs[0].Via != "cli" || cs[0].Before != "" {
		t.Fatalf("create: %+v", cs)
	}
	if a := snap(t, cs[0].After); str(t, a, "name") != "Newsletter" || str(t, a, "origin") != "cli:alice" {
		t.Errorf("create after: %s", cs[0].After)
	}
	write(t, c, who, func(ctx context.Context, tx *ent.Tx) error {
		return tx.ProcessingActivity.UpdateOneID(act).SetName("Mailing").AddDataCategoryIDs(cat).Exec(ctx)
	})
	cs = changesOf(t, c, act)
	if len(cs) != 2 || cs[1].Operation != change.OperationUpdate {
		t.Fatalf("update: %+v", cs)
	}
	b, a := snap(t, cs[1].Before), snap(t, cs[1].After)
	if str(t, b, "name") != "Newsletter" || str(t, a, "name") != "Mailing" {
		t.Errorf("update name: before %s after %s", cs[1].Before, cs[1].After)
	}
	if len(b.Edges["data_categories"]) != 0 || len(a.Edges["data_categories"]) != 1 || a.Edges["data_categories"][0] != cat {
		t.Errorf("update edges: before %v after %v", b.Edges, a.Edges)
	}
	if _, ok := a.Edges["purposes"]; ok {
		t.Errorf("an edge the update did not touch is recorded: %v", a.Edges)
	}
	write(t, c, actor.Seed("notices/acme.yaml"), func(ctx context.Context, tx *ent.Tx) error {
		return tx.ProcessingActivity.DeleteOneID(act).Exec(ctx)
	})
	cs = changesOf(t, c, act)
	if len(cs) != 3 || cs[2].Operation != change.OperationDelete || cs[2].After != "" || cs[2].Via != "seed" {
		t.Fatalf("delete: %+v", cs)
	}
	if b := snap(t, cs[2].Before); str(t, b, "name") != "Mailing" || len(b.Edges["data_categories"]) != 1 {
		t.Errorf("delete before: %s", cs[2].Before)
	}
	// A bulk update by predicate records each row.
	write(t, c, who, func(ctx context.Context, tx *ent.Tx) error {
		tx.ProcessingActivity.Create().SetName("A").SetOrganizationID(org).ExecX(ctx)
		tx.ProcessingActivity.Create().SetName("B").SetOrganizationID(org).ExecX(ctx)
		return tx.ProcessingActivity.Update().SetOwner("Marketing").Exec(ctx)
	})
	if n := c.Change.Query().Where(change.OperationEQ(change.OperationUpdate), change.EntityType(ent.TypeProcessingActivity)).CountX(ctx); n != 3 {
		t.Errorf("%d activity updates recorded, want 3 (one earlier, two by the bulk update)", n)
	}
}

// TestOutsideTransaction: a write outside a transaction, single or bulk,
// commits with its history all the same.
func TestOutsideTransaction(t *testing.T) {
	ctx := context.Background()
	c := storetest.Open(t, store.Config{})
	org := c.Organization.Create().SetKey("acme").SetName("Acme").SaveX(ctx)
	if cs := changesOf(t, c, org.ID); len(cs) != 1 || cs[0].Actor != "api" {
		t.Fatalf("create outside a transaction: %+v", cs)
	}
	cats := c.DataCategory.CreateBulk(
		c.DataCategory.Create().SetKey("a").SetName("A"),
		c.DataCategory.Create().SetKey("b").SetName("B"),
		c.DataCategory.Create().SetKey("c").SetName("C"),
	).SaveX(ctx)
	for _, cat := range cats {
		if cs := changesOf(t, c, cat.ID); len(cs) != 1 {
			t.Errorf("bulk create of %s: %d changes", cat.Key, len(cs))
		}
	}
}

// failing fails the first insert into the history once armed.
type failing struct {
	dialect.Driver
	armed atomic.Bool
}

var errInjected = errors.New("injected failure")

func (f *failing) Tx(ctx context.Context) (dialect.Tx, error) {
	tx, err := f.Driver.Tx(ctx)
	if err != nil {
		return nil, err
	}
	return &failingTx{Tx: tx, f: f}, nil
}

type failingTx struct {
	dialect.Tx
	f *failing
}

func (t *failingTx) Exec(ctx context.Context, q string, args, v any) error {
	if strings.Contains(q, "INSERT INTO") && strings.Contains(q, `changes`) && t.f.armed.CompareAndSwap(true, false) {
		return errInjected
	}
	return t.Tx.Exec(ctx, q, args, v)
}

func (t *failingTx) Query(ctx context.Context, q string, args, v any) error {
	if strings.Contains(q, "INSERT INTO") && strings.Contains(q, `changes`) && t.f.armed.CompareAndSwap(true, false) {
		return errInjected
	}
	return t.Tx.Query(ctx, q, args, v)
}

// TestHistoryInsertFails: when the history row cannot be written, the
// change is not either, inside catalog.Write and outside a transaction.
func TestHistoryInsertFails(t *testing.T) {
	ctx := context.Background()
	f := &failing{}
	c := storetest.Open(t, store.Config{WrapDriver: func(d dialect.Driver) dialect.Driver { f.Driver = d; return f }})
	f.armed.Store(true)
	err := catalog.Write(ctx, c, actor.CLI("alice"), func(ctx context.Context, tx *ent.Tx) error {
		return tx.Organization.Create().SetKey("acme").SetName("Acme").Exec(ctx)
	})
	if !errors.Is(err, errInjected) {
		t.Fatalf("write: err = %v, want the injected failure", err)
	}
	f.armed.Store(true)
	if err := c.Organization.Create().SetKey("acme").SetName("Acme").Exec(ctx); !errors.Is(err, errInjected) {
		t.Fatalf("write outside a transaction: err = %v, want the injected failure", err)
	}
	if n, m := c.Organization.Query().CountX(ctx), c.Change.Query().CountX(ctx); n != 0 || m != 0 {
		t.Errorf("%d organizations and %d changes after failed history inserts, want none", n, m)
	}
	// Armed no more: the same writes go through, each with its row.
	c.Organization.Create().SetKey("acme").SetName("Acme").ExecX(ctx)
	if n, m := c.Organization.Query().CountX(ctx), c.Change.Query().CountX(ctx); n != 1 || m != 1 {
		t.Errorf("%d organizations and %d changes, want 1 and 1", n, m)
	}
}

// TestSecrets: users and tokens are recorded without their password
// hash or digest; sessions are not recorded.
func TestSecrets(t *testing.T) {
	ctx := context.Background()
	c := storetest.Open(t, store.Config{})
	s := access.New(c)
	if err := s.AddUser(ctx, "cli:root", access.UserSpec{Name: "alice", Role: auth.Admin, Password: "correct horse battery staple"}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.CreateToken(ctx, "cli:root", access.TokenSpec{Name: "ci", Role: auth.Viewer}); err != nil {
		t.Fatal(err)
	}
	u := c.User.Query().OnlyX(ctx)
	write(t, c, "cli:root", func(ctx context.Context, tx *ent.Tx) error {
		return tx.Session.Create().SetDigest("d").SetCsrf("x").SetExpiresAt(time.Now().Add(time.Hour)).SetUserID(u.ID).Exec(ctx)
	})
	for _, ch := range c.Change.Query().AllX(ctx) {
		if ch.EntityType == ent.TypeSession {
			t.Errorf("a session was recorded: %+v", ch)
		}
		for _, secret := range []string{"password_hash", "digest", "argon2id", u.PasswordHash} {
			if strings.Contains(ch.Before+ch.After, secret) {
				t.Errorf("%s %d's history holds %q: %s", ch.EntityType, ch.EntityID, secret, ch.After)
			}
		}
	}
	if n := c.Change.Query().Where(change.EntityType(ent.TypeUser)).CountX(ctx); n != 1 {
		t.Errorf("%d user changes, want 1", n)
	}
	if n := c.Change.Query().Where(change.EntityType(ent.TypeToken)).CountX(ctx); n != 1 {
		t.Errorf("%d token changes, want 1", n)
	}
}

// TestRedactedCoversSensitive: every field the schema marks sensitive,
// on an entity the history records, is kept out of it.
func TestRedactedCoversSensitive(t *testing.T) {
	for typ, fields := range map[string][]entgo.Field{
		ent.TypeUser: schema.User{}.Fields(), ent.TypeToken: schema.Token{}.Fields(), ent.TypeSession: schema.Session{}.Fields(),
	} {
		for _, f := range fields {
			d := f.Descriptor()
			if d.Sensitive && !history.Unrecorded[typ] && !history.Redacted[typ][d.Name] {
				t.Errorf("%s.%s is sensitive and would be recorded", typ, d.Name)
			}
		}
	}
}
