package asof_test

import (
	"context"
	"fmt"
	"io"
	"path/filepath"
	"testing"
	"time"

	"entgo.io/ent/dialect"

	"github.com/ropacatalog/ropa/ent"
	"github.com/ropacatalog/ropa/ent/retentionrule"
	"github.com/ropacatalog/ropa/ent/transfer"
	"github.com/ropacatalog/ropa/internal/actor"
	"github.com/ropacatalog/ropa/internal/asof"
	"github.com/ropacatalog/ropa/internal/catalog"
	"github.com/ropacatalog/ropa/internal/report"
	"github.com/ropacatalog/ropa/internal/store"
	"github.com/ropacatalog/ropa/internal/store/storetest"
	"github.com/ropacatalog/ropa/internal/synth"
)

// changes is how many changes the benchmark's history holds beyond the
// catalog's creation.
const changes = 100_000

// BenchmarkAsOfReport: the Article 30 report (JSON) of the 5,000-activity
// synthetic catalog after 100,000 changes (retention periods, transfer
// descriptions, activity owners, each written with its history), asked
// now, as of the middle of the changes (50,000 undone) and as of before
// them (100,000 undone). Compare with BenchmarkBuildJSON
// (internal/report), the same report without asOf. On SQLite the catalog
// is a file, as the CLI and the server keep it (the rebuild attaches it);
// on PostgreSQL (ROPA_TEST_POSTGRES) a fresh database.
func BenchmarkAsOfReport(b *testing.B) {
	ctx := context.Background()
	var client *ent.Client
	if storetest.Dialect() == dialect.SQLite {
		var err error
		if client, err = store.Open(ctx, filepath.Join(b.TempDir(), "catalog.db"), store.Config{}); err != nil {
			b.Fatal(err)
		}
		b.Cleanup(func() { client.Close() })
	} else {
		client = storetest.Open(b, store.Config{})
	}
	res, err := synth.Generate(ctx, client, synth.Enterprise)
	if err != nil {
		b.Fatal(err)
	}
	org := res.Organization.Key
	before := time.Now()
	time.Sleep(2 * time.Millisecond) // the next change is dated after it
	var middle time.Time
	rules := client.RetentionRule.Query().Order(ent.Asc(retentionrule.FieldID)).IDsX(ctx)
	transfers := client.Transfer.Query().Order(ent.Asc(transfer.FieldID)).IDsX(ctx)
	acts := client.ProcessingActivity.Query().IDsX(ctx)
	const perTx = 1000
	for done := 0; done < changes; done += perTx {
		if done == changes/2 {
			middle = time.Now()
			time.Sleep(2 * time.Millisecond)
		}
		err := catalog.Write(ctx, client, actor.CLI("bench"), func(ctx context.Context, tx *ent.Tx) error {
			for i := done; i < done+perTx; i++ {
				var err error
				switch i % 3 {
				case 0:
					err = tx.RetentionRule.UpdateOneID(rules[i%len(rules)]).
						SetDuration(fmt.Sprintf("P%dM", 1+i%60)).Exec(ctx)
				case 1:
					err = tx.Transfer.UpdateOneID(transfers[i%len(transfers)]).
						SetDescription(fmt.Sprintf("reviewed %d", i)).Exec(ctx)
				default:
					err = tx.ProcessingActivity.UpdateOneID(acts[i%len(acts)]).
						SetOwner(fmt.Sprintf("team %d", i%40)).Exec(ctx)
				}
				if err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			b.Fatal(err)
		}
	}
	cases := []struct {
		name string
		at   *time.Time
	}{{"now", nil}, {"middle", &middle}, {"before-changes", &before}}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			var open, build time.Duration
			for i := 0; i < b.N; i++ {
				start := time.Now()
				from, now := client, time.Now()
				var past *asof.Catalog
				if c.at != nil {
					var err error
					if past, err = asof.OpenRecord(ctx, client, *c.at); err != nil {
						b.Fatal(err)
					}
					from, now = past.Client, *c.at
				}
				opened := time.Now()
				r, err := report.Build(ctx, from, org, report.Options{Now: now})
				if err != nil {
					b.Fatal(err)
				}
				if err := report.Write(io.Discard, r, report.FormatJSON); err != nil {
					b.Fatal(err)
				}
				if past != nil {
					past.Close()
				}
				open += opened.Sub(start)
				build += time.Since(opened)
			}
			b.ReportMetric(float64(open.Milliseconds())/float64(b.N), "rebuild-ms")
			b.ReportMetric(float64(build.Milliseconds())/float64(b.N), "report-ms")
		})
	}
}
