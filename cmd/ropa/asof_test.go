package main

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ropacatalog/ropa/ent"
	"github.com/ropacatalog/ropa/ent/datacategory"
	"github.com/ropacatalog/ropa/ent/disclosure"
	"github.com/ropacatalog/ropa/ent/organization"
	"github.com/ropacatalog/ropa/ent/processingactivity"
	"github.com/ropacatalog/ropa/internal/actor"
	"github.com/ropacatalog/ropa/internal/catalog"
	"github.com/ropacatalog/ropa/internal/store"
)

// TestAsOfCommands: who-receives, map and the report asked with --as-of
// a time before a change print what they printed at that time; without
// it they print the change; a time before the history or a bad value is
// an error naming the flag or the history's start.
func TestAsOfCommands(t *testing.T) {
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "catalog.db")
	if out, err := run(t, ctx, "seed", "--db", db); err != nil {
		t.Fatalf("seed: %v\n%s", err, out)
	}
	commands := map[string][]string{
		"who-receives": {"who-receives", "user.contact.email", "--org", "ujet", "--format", "json"},
		"map":          {"map", "--org", "ujet"},
		"report":       {"report", "article30", "--org", "ujet", "--format", "csv"},
	}
	answers := func(extra ...string) map[string]string {
		t.Helper()
		out := map[string]string{}
		for name, args := range commands {
			s, err := run(t, ctx, append(append([]string{}, append(args, "--db", db)...), extra...)...)
			if err != nil {
				t.Fatalf("%s %v: %v\n%s", name, extra, err, s)
			}
			out[name] = s
		}
		return out
	}
	then := time.Now()
	for !time.Now().After(then.Add(time.Millisecond)) {
		time.Sleep(time.Millisecond)
	}
	before := answers()

	// Every UJET disclosure of contact data goes; one activity is renamed.
	client, err := store.Open(ctx, db, store.Config{})
	if err != nil {
		t.Fatal(err)
	}
	err = catalog.Write(ctx, client, actor.CLI("alice"), func(ctx context.Context, tx *ent.Tx) error {
		n, err := tx.Disclosure.Delete().Where(
			disclosure.HasActivityWith(processingactivity.HasOrganizationWith(organization.Key("ujet"))),
			disclosure.HasDataCategoriesWith(datacategory.KeyHasPrefix("user.contact")),
		).Exec(ctx)
		if err == nil && n == 0 {
			t.Error("no UJET disclosure of contact data to delete")
		}
		if err != nil {
			return err
		}
		a := tx.ProcessingActivity.Query().Where(processingactivity.HasOrganizationWith(organization.Key("ujet"))).FirstX(ctx)
		return tx.ProcessingActivity.UpdateOneID(a.ID).SetName("Renamed by alice").Exec(ctx)
	})
	client.Close()
	if err != nil {
		t.Fatal(err)
	}
	now := answers()
	for name := range commands {
		if now[name] == before[name] {
			t.Errorf("%s prints the same after the change; the test proves nothing", name)
		}
	}
	past := answers("--as-of", then.Format(time.RFC3339Nano))
	for name := range commands {
		if past[name] != before[name] {
			t.Errorf("%s --as-of %s differs from what it printed then:\n got %.400s\nwant %.400s", name, then.Format(time.RFC3339Nano), past[name], before[name])
		}
	}
	out, err := run(t, ctx, "report", "article30", "--db", db, "--org", "ujet", "--as-of", "2000-01-01")
	if err == nil || !strings.Contains(err.Error(), "history starts at") {
		t.Errorf("--as-of 2000-01-01: %v\n%s; want an error saying when the history starts", err, out)
	}
	out, err = run(t, ctx, "map", "--db", db, "--as-of", "last tuesday")
	if err == nil || !strings.Contains(err.Error(), "--as-of") {
		t.Errorf("--as-of 'last tuesday': %v\n%s; want an error naming --as-of", err, out)
	}
}
