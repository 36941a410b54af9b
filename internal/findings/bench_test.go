package findings_test

import (
	"context"
	"testing"
	"time"

	"github.com/ropacatalog/ropa/ent/organization"
	"github.com/ropacatalog/ropa/internal/findings"
	"github.com/ropacatalog/ropa/internal/record"
	"github.com/ropacatalog/ropa/internal/store"
	"github.com/ropacatalog/ropa/internal/store/storetest"
	"github.com/ropacatalog/ropa/internal/synth"
)

// BenchmarkFindings: every rule over the enterprise-scale synthetic
// catalog's effective record (5,000 activities), the record loaded once.
func BenchmarkFindings(b *testing.B) {
	ctx := context.Background()
	c := storetest.Open(b, store.Config{})
	if _, err := synth.Generate(ctx, c, synth.Enterprise); err != nil {
		b.Fatal(err)
	}
	o := c.Organization.Query().Where(organization.Key("synth")).OnlyX(ctx)
	rec, err := record.Load(ctx, c, record.Options{Org: &o.ID})
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	var n int
	for i := 0; i < b.N; i++ {
		fs, err := findings.Evaluate(ctx, c, rec.Organization(o.ID), time.Now())
		if err != nil {
			b.Fatal(err)
		}
		n = len(fs)
	}
	b.ReportMetric(float64(n), "findings")
}
