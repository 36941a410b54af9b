package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/spf13/cobra"

	"github.com/ropacatalog/ropa/internal/access"
)

// runSplit runs ropa with args through the CLI entry point and returns
// standard output and standard error apart.
func runSplit(t *testing.T, ctx context.Context, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	cmd := newRootCmd()
	var out, errb bytes.Buffer
	cmd.SetOut(&out)
	cmd.SetErr(&errb)
	cmd.SetArgs(args)
	err = cmd.ExecuteContext(ctx)
	return out.String(), errb.String(), err
}

// serveFromTestBinary makes bench start its server from this test binary
// (TestRunCommandHelper runs the ropa command it is given) until t ends.
func serveFromTestBinary(t *testing.T) {
	prev := benchServerCommand
	t.Cleanup(func() { benchServerCommand = prev })
	benchServerCommand = func(args ...string) (*exec.Cmd, error) {
		raw, _ := json.Marshal(args)
		cmd := exec.Command(os.Args[0], "-test.run=^TestRunCommandHelper$")
		cmd.Env = append(os.Environ(), envHelperArgs+"="+string(raw))
		return cmd, nil
	}
}

// TestBenchJSON: ropa bench on a tiny generated catalog, one client, a
// short run with every kind of request and the paced writer, reports a run
// with requests, latencies in order, memory and no errors. No timing is
// asserted beyond that: the machine may be busy.
func TestBenchJSON(t *testing.T) {
	serveFromTestBinary(t)
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "bench.db")
	out, errs, err := runSplit(t, ctx, "bench", "--db", db, "--scale", "0.01", "--clients", "1", "--duration", "1500ms",
		"--writes-per-second", "2", "--mix", "recipients=60,report-query=20,create=20", "--format", "json")
	if err != nil {
		t.Fatalf("ropa bench: %v\n%s\n%s", err, out, errs)
	}
	var rep benchReport
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("bench --format json: %v\n%s", err, out)
	}
	if rep.Generated == nil || rep.Generated.Activities != 50 || rep.FirstAnswerMs <= 0 {
		t.Errorf("generated %+v, first answer %v ms: want 50 activities and a time", rep.Generated, rep.FirstAnswerMs)
	}
	if len(rep.Runs) != 1 {
		t.Fatalf("%d runs, want 1:\n%s", len(rep.Runs), out)
	}
	r := rep.Runs[0]
	if rep.ServerPID == 0 || rep.ServerPID == os.Getpid() {
		t.Errorf("server process %d: want a child's", rep.ServerPID)
	}
	if r.Clients != 1 || r.Requests == 0 || r.ReqPerSec <= 0 || r.RSSPeakMB <= 0 || r.RSSEndMB <= 0 || r.RSSPeakMB < r.RSSEndMB {
		t.Errorf("run %+v: want 1 client, requests, req/s, memory", r)
	}
	if r.Errors != 0 || r.FirstError != "" {
		t.Errorf("%d errors, the first: %s", r.Errors, r.FirstError)
	}
	if r.WritesAcknowledged == 0 {
		t.Error("no write acknowledged")
	}
	kinds := map[string]bool{}
	for _, k := range r.Kinds {
		kinds[k.Kind] = true
		if k.Requests == 0 || k.P50Ms <= 0 || k.P50Ms > k.P90Ms || k.P90Ms > k.P99Ms || k.P99Ms > k.MaxMs {
			t.Errorf("kind %+v: want requests and 0 < p50 ≤ p90 ≤ p99 ≤ max", k)
		}
	}
	if !kinds["recipients"] {
		t.Errorf("no recipients answers in %+v", r.Kinds)
	}
	if !strings.Contains(errs, "generating rows: done") || !strings.Contains(errs, "bench: 1 client(s)") {
		t.Errorf("standard error shows no progress:\n%s", errs)
	}

	// The catalog is not generated again; the table names every column.
	out, errs, err = runSplit(t, ctx, "bench", "--db", db, "--clients", "1", "--duration", "300ms", "--writes-per-second", "0", "--quiet", "--in-process")
	if err != nil {
		t.Fatalf("ropa bench again: %v\n%s", err, out)
	}
	if strings.Contains(out, "generated:") || errs != "" {
		t.Errorf("second run generated again or printed progress despite --quiet:\n%s\n%s", out, errs)
	}
	for _, col := range []string{"clients", "req/s", "p50 ms", "p99 ms", "RSS peak MB", "recipients", "first answer after start"} {
		if !strings.Contains(out, col) {
			t.Errorf("table lacks %q:\n%s", col, out)
		}
	}
}

// TestBenchFlagErrors: a wrong flag is named in the error.
func TestBenchFlagErrors(t *testing.T) {
	ctx := context.Background()
	for _, tc := range []struct{ args, want string }{
		{"--mix recipients=x", "--mix"},
		{"--mix lookups=5", `unknown kind "lookups"`},
		{"--mix recipients=0", "every weight is 0"},
		{"--clients 0", "--clients 0"},
		{"--duration 0s", "--duration"},
		{"--writes-per-second -1", "--writes-per-second"},
		{"--scale 0", "--scale"},
		{"--format xml", "--format"},
		{"--url localhost:8080", "--url"},
		{"--token abc", "--token"},
		{"--url http://127.0.0.1:1/graphql --in-process", "--in-process"},
	} {
		_, _, err := runSplit(t, ctx, append([]string{"bench"}, strings.Fields(tc.args)...)...)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("bench %s: error %v, want one saying %q", tc.args, err, tc.want)
		}
	}
	out, _, err := runSplit(t, ctx, "bench", "--help")
	if err != nil {
		t.Fatal(err)
	}
	for _, flag := range []string{"--db", "--scale", "--clients", "--duration", "--writes-per-second", "--mix", "--format", "--url", "--token", "--quiet", "--in-process", "report-query"} {
		if !strings.Contains(out, flag) {
			t.Errorf("bench --help does not explain %s", flag)
		}
	}
	if out, _, _ := runSplit(t, ctx, "help"); !strings.Contains(out, "bench") {
		t.Errorf("ropa help does not list bench:\n%s", out)
	}
}

// TestGenProgressOnStandardError: outside a terminal, gen prints its
// progress and the time taken on standard error and only its summary on
// standard output; --quiet prints no progress.
func TestGenProgressOnStandardError(t *testing.T) {
	ctx := context.Background()
	args := []string{"gen", "--activities", "100", "--fields", "1000", "--recipients", "50", "--categories", "40"}
	out, errs, err := runSplit(t, ctx, append(args, "--db", filepath.Join(t.TempDir(), "gen.db"))...)
	if err != nil {
		t.Fatalf("gen: %v\n%s", err, errs)
	}
	if lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n"); len(lines) != 1 || !strings.HasPrefix(lines[0], "generated organization") {
		t.Errorf("gen printed more than its summary on standard output:\n%q", out)
	}
	if !strings.HasPrefix(errs, "generating rows") || !strings.Contains(errs, "generating rows: done, 2,") || !strings.HasSuffix(errs, "\n") {
		t.Errorf("gen's standard error has no final progress line:\n%q", errs)
	}
	out, errs, err = runSplit(t, ctx, append(args, "--quiet", "--db", filepath.Join(t.TempDir(), "gen.db"))...)
	if err != nil || errs != "" || !strings.HasPrefix(out, "generated organization") {
		t.Errorf("gen --quiet: %v, standard error %q, output %q", err, errs, out)
	}
}

// TestCounterLines: outside a terminal the counter prints a line per
// interval with the count and share done, and none at the end but the
// last.
func TestCounterLines(t *testing.T) {
	var buf bytes.Buffer
	cmd := &cobra.Command{}
	cmd.SetErr(&buf)
	c := newCounter(cmd, "generating rows", 130300, false)
	c.every = 0
	c.set(12000, 130300)
	c.set(130300, 130300)
	c.finish(nil)
	got := buf.String()
	if !strings.HasPrefix(got, "generating rows: 12,000/130,300 (9%), ") || !strings.Contains(got, "\ngenerating rows: done, 130,300 in ") || strings.Count(got, "\n") != 2 {
		t.Errorf("counter printed:\n%s", got)
	}
	for n, want := range map[int]string{0: "0", 999: "999", 1000: "1,000", 130300: "130,300", 1234567: "1,234,567", -4500: "-4,500"} {
		if got := commas(n); got != want {
			t.Errorf("commas(%d) = %q, want %q", n, got, want)
		}
	}
}

// TestBenchWithSignIn: on a catalog where sign-in is configured, bench
// signs in with a token of its own, which it revokes afterwards.
func TestBenchWithSignIn(t *testing.T) {
	serveFromTestBinary(t)
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "bench.db")
	if out, err := run(t, ctx, "token", "create", "ci", "--role", "viewer", "--db", db); err != nil {
		t.Fatalf("token create: %v\n%s", err, out)
	}
	out, errs, err := runSplit(t, ctx, "bench", "--db", db, "--scale", "0.01", "--clients", "1", "--duration", "500ms",
		"--writes-per-second", "0", "--mix", "recipients=1,create=1", "--format", "json", "--quiet")
	if err != nil {
		t.Fatalf("ropa bench: %v\n%s\n%s", err, out, errs)
	}
	var rep benchReport
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatal(err)
	}
	if r := rep.Runs[0]; r.Errors != 0 || r.Requests == 0 || r.WritesAcknowledged == 0 {
		t.Errorf("run %+v: want answers and writes, no errors", r)
	}
	client, err := openCatalog(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	toks, err := access.New(client).Tokens(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, tok := range toks {
		if strings.HasPrefix(tok.Name, "ropa-bench-") && tok.RevokedAt == nil {
			t.Errorf("bench's token %s was not revoked", tok.Name)
		}
	}
	if len(toks) != 2 {
		t.Errorf("%d tokens, want ci and bench's", len(toks))
	}
}

// TestBenchURL: bench --url drives a server already running, found on
// loopback by its listening socket so that its memory is followed (here
// the server is this test's own process).
func TestBenchURL(t *testing.T) {
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "bench.db")
	gen := newBenchCmd()
	gen.SetContext(ctx)
	if _, err := benchPrepare(gen, db, 0.01, true); err != nil {
		t.Fatal(err)
	}
	stop, url, _, err := benchServe(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer stop()
	if pid := loopbackServerPID(url); pid != os.Getpid() {
		t.Errorf("server of %s found as process %d, want %d", url, pid, os.Getpid())
	}
	out, errs, err := runSplit(t, ctx, "bench", "--url", url, "--clients", "2", "--duration", "500ms", "--writes-per-second", "0", "--format", "json")
	if err != nil {
		t.Fatalf("ropa bench --url: %v\n%s\n%s", err, out, errs)
	}
	var rep benchReport
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatal(err)
	}
	if rep.Generated != nil || rep.ServerPID != os.Getpid() || rep.FirstAnswerMs != 0 {
		t.Errorf("report %+v: want no generation, the server's process, no start-up time", rep)
	}
	if r := rep.Runs[0]; r.Clients != 2 || r.Errors != 0 || r.Requests == 0 || r.RSSPeakMB <= 0 {
		t.Errorf("run %+v: want answers, memory and no errors", r)
	}
}
