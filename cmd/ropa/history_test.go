package main

import (
	"context"
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ropacatalog/ropa/ent"
	"github.com/ropacatalog/ropa/ent/organization"
	"github.com/ropacatalog/ropa/ent/processingactivity"
	"github.com/ropacatalog/ropa/internal/actor"
	"github.com/ropacatalog/ropa/internal/catalog"
	"github.com/ropacatalog/ropa/internal/history"
	"github.com/ropacatalog/ropa/internal/store"
)

// TestDiffAndRevertCommands: after seeding, the diff of today lists the
// seeded activities with their seed file as the actor and the notice's
// sentences; a change made later is listed with its author, and ropa
// history revert undoes it.
func TestDiffAndRevertCommands(t *testing.T) {
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "catalog.db")
	if out, err := run(t, ctx, "seed", "--db", db); err != nil {
		t.Fatalf("seed: %v\n%s", err, out)
	}
	today := time.Now().Format(time.DateOnly)
	out, err := run(t, ctx, "diff", "--db", db, "--org", "ujet", "--from", today, "--to", today, "--format", "json")
	if err != nil {
		t.Fatalf("diff: %v\n%s", err, out)
	}
	var d history.Diff
	if err := json.Unmarshal([]byte(out), &d); err != nil {
		t.Fatalf("diff --format json: %v\n%s", err, out)
	}
	added, quoted := 0, 0
	for _, l := range d.Lines {
		if l.Subject == "activity" && l.Kind == "added" {
			added++
			if !strings.HasPrefix(l.Actor, "seed:") {
				t.Errorf("seeded activity line by %q: %+v", l.Actor, l)
			}
		}
		if len(l.Evidence) > 0 {
			quoted++
		}
	}
	if added == 0 || quoted == 0 {
		t.Fatalf("diff of the seeding: %d activities added, %d lines with sentences; want some of each", added, quoted)
	}
	// A change by alice, then its revert.
	client, err := store.Open(ctx, db, store.Config{})
	if err != nil {
		t.Fatal(err)
	}
	var act *ent.ProcessingActivity
	err = catalog.Write(ctx, client, actor.CLI("alice"), func(ctx context.Context, tx *ent.Tx) error {
		act = tx.ProcessingActivity.Query().Where(processingactivity.HasOrganizationWith(organization.Key("ujet"))).FirstX(ctx)
		return tx.ProcessingActivity.UpdateOneID(act.ID).SetOwner("People team").Exec(ctx)
	})
	client.Close()
	if err != nil {
		t.Fatal(err)
	}
	from := time.Now().Add(-time.Minute).UTC().Format(time.RFC3339)
	out, err = run(t, ctx, "diff", "--db", db, "--org", "ujet", "--from", from)
	if err != nil || !strings.Contains(out, "cli:alice") || !strings.Contains(out, `owner: "" -> "People team"`) {
		t.Fatalf("diff table after alice's change: %v\n%s", err, out)
	}
	var id int
	for _, line := range strings.Split(out, "\n") {
		if strings.Contains(line, "cli:alice") {
			f := strings.Fields(line)
			fmt.Sscan(f[len(f)-1], &id)
		}
	}
	if out, err := run(t, ctx, "history", "revert", fmt.Sprint(id), "--db", db, "--actor", "root", "--reason", "wrong owner"); err != nil || !strings.Contains(out, "revert of change") {
		t.Fatalf("history revert %d: %v\n%s", id, err, out)
	}
	html, err := run(t, ctx, "diff", "--db", db, "--org", "ujet", "--from", from, "--format", "html")
	if err != nil || !strings.Contains(html, "<table>") || !strings.Contains(html, "cli:root") || !strings.Contains(html, "wrong owner") {
		t.Errorf("diff html after the revert: %v\n%s", err, html)
	}
	client, err = store.Open(ctx, db, store.Config{})
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	if a := client.ProcessingActivity.GetX(ctx, act.ID); a.Owner != "" {
		t.Errorf("owner %q after the revert, want none", a.Owner)
	}
	for _, bad := range [][]string{
		{"diff", "--db", db, "--org", "ujet"},
		{"diff", "--db", db, "--org", "nobody", "--from", today},
		{"diff", "--db", db, "--org", "ujet", "--from", "yesterday"},
		{"diff", "--db", db, "--org", "ujet", "--from", today, "--format", "xml"},
		{"history", "revert", "x", "--db", db},
	} {
		if _, err := run(t, ctx, bad...); err == nil {
			t.Errorf("%v: no error", bad)
		}
	}
}
