package seed_test

import (
	"bytes"
	"context"
	"fmt"
	"io/fs"
	"sort"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/ropacatalog/ropa/ent"
	"github.com/ropacatalog/ropa/ent/organization"
	"github.com/ropacatalog/ropa/ent/processingactivity"
	"github.com/ropacatalog/ropa/ent/purpose"
	"github.com/ropacatalog/ropa/internal/actor"
	"github.com/ropacatalog/ropa/internal/catalog"
	"github.com/ropacatalog/ropa/internal/record"
	"github.com/ropacatalog/ropa/internal/store"
	"github.com/ropacatalog/ropa/internal/store/storetest"
	"github.com/ropacatalog/ropa/seed"
)

// seeded returns a fresh catalog holding the seed data.
func seeded(t *testing.T) *ent.Client {
	t.Helper()
	c := storetest.Open(t, store.Config{})
	if _, err := seed.Load(context.Background(), c); err != nil {
		t.Fatalf("seeding: %v", err)
	}
	return c
}

// bundleFS lays an export out as a file system.
func bundleFS(b *seed.Bundle) fstest.MapFS {
	m := fstest.MapFS{}
	for name, src := range b.Files {
		m[name] = &fstest.MapFile{Data: src}
	}
	return m
}

// withTaxonomy adds the embedded taxonomy to a layout.
func withTaxonomy(t *testing.T, m fstest.MapFS) fstest.MapFS {
	t.Helper()
	names, _ := fs.Glob(seed.Files, "taxonomy/*.yaml")
	for _, n := range names {
		src, _ := fs.ReadFile(seed.Files, n)
		m[n] = &fstest.MapFile{Data: src}
	}
	return m
}

// summary writes an organization's record without database IDs: every
// activity with its subjects, categories, purposes and bases, disclosures,
// and the facts that apply to it by scope.
func summary(t *testing.T, c *ent.Client) string {
	t.Helper()
	rec, err := record.Load(context.Background(), c, record.Options{IncludeSuperseded: true, Structure: true})
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, o := range rec.Organizations {
		fmt.Fprintf(&b, "org %s %q roles=%v country=%s dpo=%q\n", o.Key, o.Name, o.Roles, o.Country, o.DpoName)
		for _, s := range o.Systems {
			fmt.Fprintf(&b, "  system %s datasets=%d\n", s.Key, len(s.Edges.Datasets))
		}
		for _, a := range o.Activities {
			var ps, ds, subs, cats []string
			for _, p := range a.Edges.Purposes {
				l := p.Edges.Purpose.Key
				if p.Edges.LegalBasis != nil {
					l += ":" + p.Edges.LegalBasis.Key
				}
				ps = append(ps, l)
			}
			for _, d := range a.Edges.Disclosures {
				ds = append(ds, d.Edges.Recipient.Name)
			}
			for _, s := range a.Edges.DataSubjects {
				subs = append(subs, s.Key)
			}
			for _, c := range a.Edges.DataCategories {
				cats = append(cats, c.Key)
			}
			for _, l := range [][]string{ps, ds, subs, cats} {
				sort.Strings(l)
			}
			fmt.Fprintf(&b, "  activity %q role=%s purposes=%v disclosures=%v subjects=%v categories=%v transfers=%d retention=%d security=%d rights=%d\n",
				a.Name, a.Role, ps, ds, subs, cats, len(a.Transfers), len(a.Retention), len(a.Security), len(a.Rights))
		}
		fmt.Fprintf(&b, "  transfers=%d retention=%d security=%d rights=%d statements=%d\n",
			len(o.Transfers), len(o.Retention), len(o.Security), len(o.Rights), len(o.Statements))
	}
	return b.String()
}

// TestExportYAMLRoundTrip: the seed exported in the seed format and loaded
// into an empty catalog gives the same record, fact by fact.
func TestExportYAMLRoundTrip(t *testing.T) {
	ctx := context.Background()
	src := seeded(t)
	b, err := seed.Export(ctx, src, "")
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Warnings) != 0 {
		t.Errorf("warnings on the seed: %v", b.Warnings)
	}
	var notices []string
	for name := range b.Files {
		if strings.HasPrefix(name, "notices/") {
			notices = append(notices, name)
		}
	}
	sort.Strings(notices)
	seedNotices, _ := fs.Glob(seed.Files, "notices/*.yaml")
	if len(notices) != len(seedNotices) {
		t.Fatalf("exported notices %v, want one per seed notice (%d)", notices, len(seedNotices))
	}
	if got := string(b.Files["notices/jujotech-002_559db147ea3cffdf.yaml"]); !strings.Contains(got, "key: jujotech") ||
		!strings.Contains(got, `{start: 471, end: 667, quote: "jujo inc. (“jujotech”) is committed`) {
		t.Errorf("jujotech export lacks its organization or its first span:\n%.600s", got)
	}

	dst := storetest.Open(t, store.Config{})
	if _, err := seed.LoadFS(ctx, dst, withTaxonomy(t, bundleFS(b))); err != nil {
		t.Fatalf("loading the export: %v", err)
	}
	want, got := summary(t, src), summary(t, dst)
	if want != got {
		t.Errorf("record after the round trip differs:\n--- seed\n%s\n--- reloaded\n%s", want, got)
	}
	if !strings.Contains(want, `activity "`) {
		t.Fatalf("summary holds no activity:\n%s", want)
	}
	// Fact by fact, evidence included: the export of the reloaded catalog
	// is the same files.
	b2, err := seed.Export(ctx, dst, "")
	if err != nil {
		t.Fatal(err)
	}
	for name, src := range b.Files {
		if !bytes.Equal(src, b2.Files[name]) {
			t.Errorf("%s differs after the round trip", name)
		}
	}
	if len(b2.Files) != len(b.Files) {
		t.Errorf("%d files after the round trip, want %d", len(b2.Files), len(b.Files))
	}
}

// TestExportYAMLOneOrganization: --org exports that organization only.
func TestExportYAMLOneOrganization(t *testing.T) {
	b, err := seed.Export(context.Background(), seeded(t), "xajeet")
	if err != nil {
		t.Fatal(err)
	}
	for name := range b.Files {
		if strings.HasPrefix(name, "notices/") && !strings.HasPrefix(name, "notices/xajeet-") {
			t.Errorf("export of xajeet holds %s", name)
		}
	}
	if _, err := seed.Export(context.Background(), seeded(t), "nosuch"); err == nil || !strings.Contains(err.Error(), `"nosuch"`) {
		t.Errorf("export of an unknown organization: %v", err)
	}
}

// TestExportYAMLFactWithoutEvidence: a fact entered without evidence is
// written, counted in a warning, and validate names its line.
func TestExportYAMLFactWithoutEvidence(t *testing.T) {
	ctx := context.Background()
	c := seeded(t)
	err := catalog.Write(ctx, c, actor.CLI("editor"), func(ctx context.Context, tx *ent.Tx) error {
		act, err := tx.ProcessingActivity.Query().Where(processingactivity.Name("Marketing communications"),
			processingactivity.HasOrganizationWith(organization.Key("xajeet"))).Only(ctx)
		if err != nil {
			return err
		}
		p, err := tx.Purpose.Query().Where(purpose.Key("marketing.advertising")).Only(ctx)
		if err != nil {
			return err
		}
		return tx.ActivityPurpose.Create().SetActivityID(act.ID).SetPurposeID(p.ID).Exec(ctx)
	})
	if err != nil {
		t.Fatal(err)
	}
	b, err := seed.Export(ctx, c, "xajeet")
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Warnings) != 1 || !strings.HasPrefix(b.Warnings[0], "notices/xajeet-003_992bd7bacc6410b7.yaml: 1 facts cite no sentence of this notice") {
		t.Errorf("warnings %q", b.Warnings)
	}
	errs := seed.Validate(ctx, nil, bundleFS(b), "x/")
	if len(errs) != 1 || !strings.Contains(errs[0].Error(), "activity Marketing communications purpose marketing.advertising has no evidence") {
		t.Errorf("validate: %v", errs)
	}
}
