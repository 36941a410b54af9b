package synth_test

import (
	"context"
	"testing"

	"github.com/ropacatalog/ropa/ent/datacategory"
	"github.com/ropacatalog/ropa/internal/store"
	"github.com/ropacatalog/ropa/internal/store/storetest"
	"github.com/ropacatalog/ropa/internal/synth"
)

// TestProgress: Generate reports rising progress that ends at its total,
// and the total is the rows it wrote in bulk, counted in the database.
func TestProgress(t *testing.T) {
	ctx := context.Background()
	c := storetest.Open(t, store.Config{})
	var calls, last, total int
	cfg := synth.Config{Seed: 7, Activities: 1200, Fields: 3000, Recipients: 700, Categories: 90,
		Progress: func(done, all int) {
			if done < last || (total != 0 && all != total) {
				t.Errorf("progress went from %d/%d to %d/%d", last, total, done, all)
			}
			calls++
			last, total = done, all
		}}
	if _, err := synth.Generate(ctx, c, cfg); err != nil {
		t.Fatal(err)
	}
	leaves := c.DataCategory.Query().Where(datacategory.Not(datacategory.HasChildren())).CountX(ctx)
	written := leaves + c.Recipient.Query().CountX(ctx) + c.System.Query().CountX(ctx) +
		c.Dataset.Query().CountX(ctx) + c.DataField.Query().CountX(ctx) +
		c.ProcessingActivity.Query().CountX(ctx) + c.ActivityPurpose.Query().CountX(ctx) +
		c.Disclosure.Query().CountX(ctx) + c.Transfer.Query().CountX(ctx) + c.RetentionRule.Query().CountX(ctx)
	if last != total || total != written {
		t.Errorf("progress ended at %d of %d; %d rows written", last, total, written)
	}
	// Batches of 500 rows, and one per system: many calls, not one.
	if calls < 100 {
		t.Errorf("progress called %d times", calls)
	}
}
