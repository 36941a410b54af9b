package report_test

import (
	"context"
	"io"
	"testing"
	"time"

	"github.com/ropacatalog/ropa/ent"
	"github.com/ropacatalog/ropa/internal/report"
	"github.com/ropacatalog/ropa/internal/store"
	"github.com/ropacatalog/ropa/internal/store/storetest"
	"github.com/ropacatalog/ropa/internal/synth"
)

// enterprise builds the synthetic enterprise-scale catalog (5,000
// activities) and returns a client whose SQL statements are counted.
func enterprise(b *testing.B) (*ent.Client, *storetest.Counter, string) {
	b.Helper()
	counter := &storetest.Counter{}
	client := storetest.Open(b, store.Config{WrapDriver: counter.Wrap})
	res, err := synth.Generate(context.Background(), client, synth.Enterprise)
	if err != nil {
		b.Fatal(err)
	}
	return client, counter, res.Organization.Key
}

// benchReport builds the report and renders it in format f, b.N times,
// and reports the SQL statements of one run.
func benchReport(b *testing.B, f report.Format) {
	client, counter, org := enterprise(b)
	ctx := context.Background()
	var build, write time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		counter.Reset()
		start := time.Now()
		r, err := report.Build(ctx, client, org, report.Options{Now: asOf})
		if err != nil {
			b.Fatal(err)
		}
		built := time.Now()
		if n := len(r.Controller.Activities); n != synth.Enterprise.Activities {
			b.Fatalf("report holds %d activities, want %d", n, synth.Enterprise.Activities)
		}
		b.ReportMetric(float64(counter.Count()), "sql-statements")
		if err := report.Write(io.Discard, r, f); err != nil {
			b.Fatal(err)
		}
		build += built.Sub(start)
		write += time.Since(built)
	}
	b.ReportMetric(float64(build.Milliseconds())/float64(b.N), "build-ms")
	b.ReportMetric(float64(write.Milliseconds())/float64(b.N), "write-ms")
}

// BenchmarkBuildJSON: the JSON form of the 5,000-activity catalog, from
// the database to the bytes. Target: 0.5 s.
func BenchmarkBuildJSON(b *testing.B) { benchReport(b, report.FormatJSON) }

// BenchmarkXLSX: the XLSX form of the 5,000-activity catalog, from the
// database to the bytes. Target: 2 s.
func BenchmarkXLSX(b *testing.B) { benchReport(b, report.FormatXLSX) }
