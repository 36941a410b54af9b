package graph_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"sort"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ropacatalog/ropa/graph"
	"github.com/ropacatalog/ropa/internal/lineage"
	"github.com/ropacatalog/ropa/internal/record"
	"github.com/ropacatalog/ropa/internal/store"
	"github.com/ropacatalog/ropa/internal/store/storetest"
	"github.com/ropacatalog/ropa/internal/synth"
)

// enterprise builds the synthetic enterprise-scale catalog (5,000
// activities, 100,000 fields, 2,000 recipients, 600 categories) on the
// test database (SQLite, or PostgreSQL with ROPA_TEST_POSTGRES).
func enterprise(b *testing.B) (http.Handler, *synth.Result) {
	b.Helper()
	client := storetest.Open(b, store.Config{})
	res, err := synth.Generate(context.Background(), client, synth.Enterprise)
	if err != nil {
		b.Fatal(err)
	}
	return graph.NewHandler(client), res
}

func serve(b *testing.B, h http.Handler, query string, vars map[string]any) int {
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code != http.StatusOK || bytes.Contains(rec.Body.Bytes(), []byte(`"errors"`)) {
		b.Fatalf("query failed: %d %s", rec.Code, rec.Body.String())
	}
	return rec.Body.Len()
}

// cpuTime is the CPU time this process has used, user and system, on all
// threads: per operation it is less sensitive than wall time to other load
// on the machine.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// reportPercentiles adds p50 and p95 latency metrics.
func reportPercentiles(b *testing.B, ds []time.Duration) {
	if len(ds) == 0 {
		return
	}
	sort.Slice(ds, func(i, j int) bool { return ds[i] < ds[j] })
	ms := func(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
	b.ReportMetric(ms(ds[len(ds)/2]), "p50-ms")
	b.ReportMetric(ms(ds[len(ds)*95/100]), "p95-ms")
}

// BenchmarkRecipientsOf: "who receives this field?" through the GraphQL
// handler, for field paths spread over the catalog, on an unchanged
// catalog (the lineage index is built by the first question; its cost is
// BenchmarkLineageIndexBuild).
func BenchmarkRecipientsOf(b *testing.B) {
	benchRecipientsOf(b, recipientsOfQuery)
}

// BenchmarkRecipientsOfNames: the same questions asking only who and
// through what (recipient, activity, category, match): what the answer
// costs without purposes, bases, transfers and evidence.
func BenchmarkRecipientsOfNames(b *testing.B) {
	benchRecipientsOf(b, `query($f: String!) { recipientsOf(field: $f) { recipient { name } activity { name } category { key } match } }`)
}

func benchRecipientsOf(b *testing.B, query string) {
	h, res := enterprise(b)
	serve(b, h, query, map[string]any{"f": res.FieldPaths[0]})
	var ds []time.Duration
	rows := 0
	cpu := cpuTime()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		start := time.Now()
		rows += serve(b, h, query, map[string]any{"f": res.FieldPaths[i%len(res.FieldPaths)]})
		ds = append(ds, time.Since(start))
	}
	b.StopTimer()
	reportPercentiles(b, ds)
	b.ReportMetric(float64(cpuTime()-cpu)/float64(time.Millisecond)/float64(b.N), "cpu-ms/op")
	b.ReportMetric(float64(rows)/float64(b.N), "resp-bytes")
}

// BenchmarkDataMap: the whole enterprise data map (5,000 activities)
// through the GraphQL handler.
func BenchmarkDataMap(b *testing.B) {
	h, res := enterprise(b)
	q := `query($o: ID) { dataMap(organization: $o) { nodes { id kind label specialCategory transfer staleSafeguard } edges { from to kind label } } }`
	var ds []time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		start := time.Now()
		serve(b, h, q, map[string]any{"o": res.Organization.ID})
		ds = append(ds, time.Since(start))
	}
	b.StopTimer()
	reportPercentiles(b, ds)
}

// BenchmarkDataMapFiltered: the data map narrowed to one data category group.
func BenchmarkDataMapFiltered(b *testing.B) {
	h, res := enterprise(b)
	q := `query($o: ID, $c: String) { dataMap(organization: $o, filter: {dataCategory: $c}) { nodes { id kind label } edges { from to kind } } }`
	var ds []time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		start := time.Now()
		serve(b, h, q, map[string]any{"o": res.Organization.ID, "c": res.LeafKeys[i%len(res.LeafKeys)]})
		ds = append(ds, time.Since(start))
	}
	b.StopTimer()
	reportPercentiles(b, ds)
}

// BenchmarkLineageIndexBuild: the first lineage question after a write
// reloads the effective record and rebuilds the in-memory index from it,
// on the enterprise catalog.
func BenchmarkLineageIndexBuild(b *testing.B) {
	client := storetest.Open(b, store.Config{})
	if _, err := synth.Generate(context.Background(), client, synth.Enterprise); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		rec, err := record.Load(context.Background(), client, record.Options{})
		if err != nil {
			b.Fatal(err)
		}
		if _, err := lineage.Build(context.Background(), client, rec); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRecipientsOfDuringWrites: four clients ask "who receives this
// field?" (the full answer) while a fifth writes once a second, each write
// changing the catalog and so the record and index behind the answers.
// Readers are answered from the last complete index while the writer's
// request rebuilds it (graph/consistency.go), so no read waits for a
// rebuild; the writer does. Reports the readers' p50, p99 and slowest
// read, and the writes' mean time (the rebuild included).
func BenchmarkRecipientsOfDuringWrites(b *testing.B) {
	h, res := enterprise(b)
	serve(b, h, recipientsOfQuery, map[string]any{"f": res.FieldPaths[0]})
	const readers = 4
	lat := make([][]time.Duration, readers)
	stop := make(chan struct{})
	writes := make(chan time.Duration, 1000)
	go func() {
		tick := time.NewTicker(time.Second)
		defer tick.Stop()
		for i := 0; ; i++ {
			select {
			case <-stop:
				close(writes)
				return
			case <-tick.C:
			}
			start := time.Now()
			serve(b, h, `mutation($k: String!) { createDataCategory(input: {key: $k, name: $k}) { id } }`,
				map[string]any{"k": fmt.Sprintf("user.bench.written_%d", i)})
			writes <- time.Since(start)
		}
	}()
	b.ResetTimer()
	start := time.Now()
	var wg sync.WaitGroup
	for r := 0; r < readers; r++ {
		wg.Add(1)
		go func(r int) {
			defer wg.Done()
			for i := r; i < b.N; i += readers {
				t0 := time.Now()
				serve(b, h, recipientsOfQuery, map[string]any{"f": res.FieldPaths[i%len(res.FieldPaths)]})
				lat[r] = append(lat[r], time.Since(t0))
			}
		}(r)
	}
	wg.Wait()
	elapsed := time.Since(start)
	b.StopTimer()
	close(stop)
	var all []time.Duration
	for _, l := range lat {
		all = append(all, l...)
	}
	sort.Slice(all, func(i, j int) bool { return all[i] < all[j] })
	ms := func(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
	b.ReportMetric(ms(all[len(all)/2]), "p50-ms")
	b.ReportMetric(ms(all[len(all)*99/100]), "p99-ms")
	b.ReportMetric(ms(all[len(all)-1]), "max-ms")
	b.ReportMetric(float64(len(all))/elapsed.Seconds(), "reads/s")
	var n int
	var sum time.Duration
	for w := range writes {
		n++
		sum += w
	}
	if n > 0 {
		b.ReportMetric(ms(sum/time.Duration(n)), "write-ms")
		b.ReportMetric(float64(n), "writes")
	}
}

// BenchmarkRecipientsOfClients: the full recipientsOf answer with 1, 4 and
// 16 clients asking at once (b.N questions in all), on an unchanged
// catalog: whether throughput holds as clients are added (issue 19: on
// PostgreSQL it used to halve from 4 to 16).
func BenchmarkRecipientsOfClients(b *testing.B) {
	h, res := enterprise(b)
	serve(b, h, recipientsOfQuery, map[string]any{"f": res.FieldPaths[0]})
	for _, clients := range []int{1, 4, 16} {
		b.Run(fmt.Sprintf("clients-%d", clients), func(b *testing.B) {
			lat := make([][]time.Duration, clients)
			b.ResetTimer()
			start := time.Now()
			var wg sync.WaitGroup
			for c := range clients {
				wg.Add(1)
				go func() {
					defer wg.Done()
					for i := c; i < b.N; i += clients {
						t0 := time.Now()
						serve(b, h, recipientsOfQuery, map[string]any{"f": res.FieldPaths[i%len(res.FieldPaths)]})
						lat[c] = append(lat[c], time.Since(t0))
					}
				}()
			}
			wg.Wait()
			elapsed := time.Since(start)
			b.StopTimer()
			var all []time.Duration
			for _, l := range lat {
				all = append(all, l...)
			}
			sort.Slice(all, func(i, j int) bool { return all[i] < all[j] })
			ms := func(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
			b.ReportMetric(float64(len(all))/elapsed.Seconds(), "reads/s")
			b.ReportMetric(ms(all[len(all)/2]), "p50-ms")
			b.ReportMetric(ms(all[len(all)*99/100]), "p99-ms")
		})
	}
}
