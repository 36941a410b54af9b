package lineage_test

import (
	"context"
	"testing"

	"github.com/ropacatalog/ropa/internal/lineage"
	"github.com/ropacatalog/ropa/internal/record"
	"github.com/ropacatalog/ropa/internal/store"
	"github.com/ropacatalog/ropa/internal/store/storetest"
	"github.com/ropacatalog/ropa/seed"
)

// hold makes a hook that reports when a load or build starts and keeps it
// under way until released.
func hold() (hook func(), started <-chan struct{}, release func()) {
	s := make(chan struct{}, 1)
	r := make(chan struct{})
	return func() { s <- struct{}{}; <-r }, s, func() { close(r) }
}

// TestReadersDoNotWaitForARebuild: after a write, while the record is
// being reloaded and then while the index is being rebuilt, a question is
// answered from the last complete index (the state before the write, whole:
// the new category unknown), and it is answered while the rebuild is held,
// so it did not wait for it. A question that needs the write (its context
// carries the version the write was acknowledged at) is answered from the
// new index once the rebuild completes.
func TestReadersDoNotWaitForARebuild(t *testing.T) {
	ctx := context.Background()
	client := storetest.Open(t, store.Config{})
	if _, err := seed.Load(ctx, client); err != nil {
		t.Fatal(err)
	}
	records := record.NewCache(client)
	cache := lineage.NewCache(records)
	before, err := cache.Index(ctx)
	if err != nil {
		t.Fatal(err)
	}

	for _, stage := range []struct {
		name string
		key  string
		set  func(func())
	}{
		{"record reload", "user.contact.pager", records.OnLoad},
		{"index rebuild", "user.contact.fax", func(f func()) { lineage.SetBuildHook(cache, f) }},
	} {
		t.Run(stage.name, func(t *testing.T) {
			client.DataCategory.Create().SetKey(stage.key).SetName(stage.key).SaveX(ctx)
			v, err := store.Version(ctx, client)
			if err != nil {
				t.Fatal(err)
			}
			hook, started, release := hold()
			stage.set(hook)
			defer stage.set(nil)

			// The writer's rebuild, held under way.
			type answer struct {
				idx *lineage.Index
				err error
			}
			writer := make(chan answer, 1)
			go func() {
				idx, err := cache.Index(record.WithMinVersion(ctx, v))
				writer <- answer{idx, err}
			}()
			<-started

			idx, err := cache.Index(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if idx != before {
				t.Fatalf("during the %s a reader got another index than the last complete one", stage.name)
			}
			if _, _, err := idx.RecipientsOf(stage.key, ""); err == nil {
				t.Errorf("the last complete index knows %s, written after it was built", stage.key)
			}

			needs := make(chan answer, 1)
			go func() {
				idx, err := cache.Index(record.WithMinVersion(ctx, v))
				needs <- answer{idx, err}
			}()
			release()
			for _, ch := range []chan answer{writer, needs} {
				a := <-ch
				if a.err != nil {
					t.Fatal(a.err)
				}
				if _, _, err := a.idx.RecipientsOf(stage.key, ""); err != nil {
					t.Errorf("a question needing version %d: %v", v, err)
				}
			}
			before, _ = cache.Index(ctx)
		})
	}
}

// TestReadersDoNotWaitForAWriter: while a write whose writer will rebuild
// is under way (record.Cache.BeginWrite, as the API's mutations do), a
// reader who finds the catalog newer than the index does not rebuild it
// but is answered from it; once the writer is done, the next reader sees
// the write.
func TestReadersDoNotWaitForAWriter(t *testing.T) {
	ctx := context.Background()
	client := storetest.Open(t, store.Config{})
	if _, err := seed.Load(ctx, client); err != nil {
		t.Fatal(err)
	}
	records := record.NewCache(client)
	cache := lineage.NewCache(records)
	before, err := cache.Index(ctx)
	if err != nil {
		t.Fatal(err)
	}
	end := records.BeginWrite()
	client.DataCategory.Create().SetKey("user.contact.pager").SetName("Pager").SaveX(ctx)
	if idx, err := cache.Index(ctx); err != nil || idx != before {
		t.Fatalf("with a writer under way a reader got %p (%v), want the index it held", idx, err)
	}
	end()
	if _, _, err := cache.RecipientsOf(ctx, "user.contact.pager", ""); err != nil {
		t.Errorf("after the writer was done the write is unknown: %v", err)
	}
}
