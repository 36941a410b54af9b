package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math"
	"math/rand/v2"
	"net"
	"net/http"
	neturl "net/url"
	"os"
	"os/exec"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/ropacatalog/ropa/graph"
	"github.com/ropacatalog/ropa/internal/access"
	"github.com/ropacatalog/ropa/internal/actor"
	"github.com/ropacatalog/ropa/internal/auth"
	"github.com/ropacatalog/ropa/internal/store"
	"github.com/ropacatalog/ropa/internal/synth"
	"github.com/ropacatalog/ropa/seed"
)

// The questions ropa bench asks. recipients is the full "who receives this
// field?" answer (the fields graph/bench_test.go's BenchmarkRecipientsOf
// asks); report-query is the README's first example query ("A first
// query"), on the benchmark's organization; create writes a new data
// category, each write changing the catalog so that the record and lineage
// index behind the answers are rebuilt.
const (
	benchRecipientsQuery = `query($f: String!, $o: String) {
  recipientsOf(field: $f, organization: $o) {
    recipient { name kind named country }
    activity { name }
    organization { key }
    category { key }
    match
    purposes { key }
    legalBases { purpose { key } legalBasis { key } specialCondition { key } }
    transfers { country scope safeguard { key validUntil } }
    evidence { start end quote document { title } }
  }
}`
	benchReportQuery = `query($o: String!) {
  activities(where: {hasOrganizationWith: [{key: $o}]}, first: 50) {
    totalCount
    edges { node {
      name
      role
      purposes {
        purpose { key name }
        legalBasis { key reference }
        specialCondition { key reference }
        evidence { quote }
      }
      disclosures {
        recipient { name kind named
          transfers { country safeguard { key name validUntil } } }
        dataCategories { key specialCategory }
        evidence { quote }
      }
    } }
  }
}`
	benchCreateMutation = `mutation($k: String!) { createDataCategory(input: {key: $k, name: $k}) { id } }`
	benchSetupQuery     = `{ organizations(first: 50) { edges { node { key } } } dataFields(first: 1000) { edges { node { path } } } }`
)

// benchKinds are the kinds of request --mix weighs, in report order; the
// paced writer of --writes-per-second is reported as "write".
var benchKinds = []string{"recipients", "report-query", "create"}

type benchFlags struct {
	dsn, url, token, mix, format string
	scale                        float64
	clients                      []int
	duration                     time.Duration
	writesPerSecond              float64
	quiet, inProcess             bool
}

func newBenchCmd() *cobra.Command {
	var f benchFlags
	cmd := &cobra.Command{
		Use:   "bench",
		Short: "Measure the server under a mixed read/write load over loopback",
		Long: `bench starts ropa serve as a child process (this binary, on 127.0.0.1 at a
free port, default flags; --in-process runs the same handler in this process
instead) over a catalog, and drives it over loopback HTTP with --clients concurrent clients for --duration each, one run
per value. Each client sends requests back to back, each chosen at random by
--mix; beside them a writer creates a data category --writes-per-second
times a second, waiting for each answer: a write slower than the interval
delays the next, so the writes acknowledged say what rate the server kept. It prints for each run the requests, requests per second,
latency (p50, p90, p99, max) per kind of request, errors (a non-200 answer
or a GraphQL error; the first one's text is shown), the writes acknowledged,
and the server's resident memory (peak and end of the run, the server
process's VmRSS); and once the time from starting the server to its first
full recipientsOf answer.

The catalog: --db names it (a SQLite file or a postgres:// URL); without
--db, a new SQLite file in a temporary directory, removed afterwards. An
empty catalog is first filled with the synthetic one of ropa gen at --scale
(1 = gen's defaults: 5,000 activities, 100,000 fields, 2,000 recipients, 600
data categories), with progress on standard error; a catalog that holds an
organization is used as it is, so a prepared one can be measured again
without generating it anew. Writes add data categories to it (keys
user.bench.*).

Kinds of request (--mix weighs them, e.g. recipients=90,report-query=10):
  recipients    recipientsOf(field) with every field of the answer, for field
                paths spread over the catalog
  report-query  the README's first query: 50 activities with purposes, bases,
                disclosures, recipients, transfers and evidence
  create        createDataCategory, a write

If sign-in is configured in the catalog (a user or a token exists), bench
creates an admin token for the run and revokes it afterwards. With --url it
drives a server already running instead and never generates a catalog
(--token signs in to it); the start-up time is then not measured, nor the
memory unless the server is on this machine's loopback and this user's,
when it is found by its listening socket and its own VmRSS followed.

Figures are wall-clock on whatever else the machine is doing: compare runs
made on the same machine in the same session.`,
		Example: `  ropa bench
  ropa bench --db /tmp/enterprise.db --clients 4 --duration 30s --writes-per-second 0
  ropa bench --db 'postgres://postgres@127.0.0.1:5432/ropabench?sslmode=disable' --format json
  ropa bench --url http://127.0.0.1:8080/graphql --token "$TOKEN" --mix recipients=100`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runBench(cmd, f)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&f.dsn, "db", "", "catalog database: a SQLite file path or file: DSN, or a postgres:// URL (default: a new SQLite file in a temporary directory, removed afterwards)")
	fl.Float64Var(&f.scale, "scale", 1, "size of the synthetic catalog generated into an empty one, as a multiple of ropa gen's defaults (1 = 5,000 activities, 100,000 fields)")
	fl.IntSliceVar(&f.clients, "clients", []int{1, 4, 16}, "concurrent clients, a list: one run per value")
	fl.DurationVar(&f.duration, "duration", 10*time.Second, "length of each run")
	fl.Float64Var(&f.writesPerSecond, "writes-per-second", 1, "writes (createDataCategory) a separate writer sends per second during each run; 0 for none")
	fl.StringVar(&f.mix, "mix", "recipients=90,report-query=10,create=0", "weights of the kinds of request the clients send: recipients, report-query, create")
	formatFlag(cmd, &f.format)
	fl.StringVar(&f.url, "url", "", "drive the GraphQL endpoint of a server already running (http://HOST:PORT/graphql) instead of starting one")
	fl.StringVar(&f.token, "token", "", "API token to send to --url's server when it requires sign-in")
	fl.BoolVar(&f.quiet, "quiet", false, "print no progress on standard error")
	fl.BoolVar(&f.inProcess, "in-process", false, "run the server in this process instead of as a child ropa serve (its memory then includes the load generator's)")
	return cmd
}

// benchMix is --mix parsed: cumulative weights in benchKinds' order.
type benchMix struct {
	weights [3]int
	total   int
}

func parseMix(s string) (benchMix, error) {
	var m benchMix
	for _, part := range strings.Split(s, ",") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		k, v, ok := strings.Cut(part, "=")
		if !ok {
			return m, fmt.Errorf("--mix %q: want KIND=WEIGHT,... e.g. recipients=90,report-query=10,create=0", s)
		}
		i := slices.Index(benchKinds, strings.TrimSpace(k))
		if i < 0 {
			return m, fmt.Errorf("--mix %q: unknown kind %q; the kinds are %s", s, k, strings.Join(benchKinds, ", "))
		}
		w, err := strconv.Atoi(strings.TrimSpace(v))
		if err != nil || w < 0 {
			return m, fmt.Errorf("--mix %q: weight of %s %q: want a whole number ≥ 0", s, k, v)
		}
		m.weights[i] = w
	}
	for _, w := range m.weights {
		m.total += w
	}
	if m.total == 0 {
		return m, fmt.Errorf("--mix %q: every weight is 0; give at least one kind a weight", s)
	}
	return m, nil
}

func (m benchMix) pick(r *rand.Rand) int {
	n := r.IntN(m.total)
	for i, w := range m.weights {
		if n < w {
			return i
		}
		n -= w
	}
	return 0
}

func checkBenchFlags(f benchFlags) (benchMix, error) {
	if err := checkFormat(f.format); err != nil {
		return benchMix{}, err
	}
	if len(f.clients) == 0 {
		return benchMix{}, errors.New("--clients: give at least one number of clients, e.g. 1,4,16")
	}
	for _, c := range f.clients {
		if c < 1 || c > 1024 {
			return benchMix{}, fmt.Errorf("--clients %d: want 1 to 1024 clients", c)
		}
	}
	if f.duration <= 0 {
		return benchMix{}, fmt.Errorf("--duration %s: want a positive duration, e.g. 10s", f.duration)
	}
	if f.writesPerSecond < 0 || f.writesPerSecond > 1000 || math.IsNaN(f.writesPerSecond) {
		return benchMix{}, fmt.Errorf("--writes-per-second %g: want 0 (none) to 1000", f.writesPerSecond)
	}
	if !(f.scale > 0 && f.scale <= 100) {
		return benchMix{}, fmt.Errorf("--scale %g: want a multiple of ropa gen's defaults above 0 and at most 100 (e.g. 0.1 or 1)", f.scale)
	}
	if f.url != "" {
		if !strings.HasPrefix(f.url, "http://") && !strings.HasPrefix(f.url, "https://") {
			return benchMix{}, fmt.Errorf("--url %q: want the GraphQL endpoint's URL, e.g. http://127.0.0.1:8080/graphql", f.url)
		}
		if f.dsn != "" {
			return benchMix{}, errors.New("--url and --db exclude each other: bench either starts a server on --db or drives the one at --url")
		}
		if f.inProcess {
			return benchMix{}, errors.New("--url and --in-process exclude each other: bench either starts a server or drives the one at --url")
		}
	}
	if f.token != "" && f.url == "" {
		return benchMix{}, errors.New("--token is for --url's server; a server bench starts gets a token of its own when it needs one")
	}
	return parseMix(f.mix)
}

// scaled is synth.Enterprise times scale, with floors that keep every part
// of the catalog present.
func scaled(scale float64) synth.Config {
	cfg := synth.Enterprise
	mul := func(n, floor int) int { return max(floor, int(math.Round(float64(n)*scale))) }
	cfg.Activities = mul(cfg.Activities, 1)
	cfg.Fields = mul(cfg.Fields, 100)
	cfg.Recipients = mul(cfg.Recipients, 5)
	cfg.Categories = mul(cfg.Categories, 40)
	return cfg
}

// benchReport is what bench prints: --format json writes it as it is.
type benchReport struct {
	Target string `json:"target"` // the catalog (redacted) or --url
	// Generated is the synthetic catalog written first, if the catalog was empty.
	Generated *benchGenerated `json:"generated,omitempty"`
	// FirstAnswerMs is the time from opening the catalog to the first full
	// recipientsOf answer (migration check, handler, index build); 0 with --url.
	FirstAnswerMs float64 `json:"firstAnswerMs"`
	// ServerPID is the process of --url's server when bench found it on
	// loopback and follows its memory.
	ServerPID int         `json:"serverPid,omitempty"`
	Runs      []*benchRun `json:"runs"`
}

type benchGenerated struct {
	Scale      float64 `json:"scale"`
	Activities int     `json:"activities"`
	Fields     int     `json:"fields"`
	Recipients int     `json:"recipients"`
	Categories int     `json:"categories"`
	Seconds    float64 `json:"seconds"`
}

type benchRun struct {
	Clients            int     `json:"clients"`
	Seconds            float64 `json:"seconds"`
	WritesPerSecond    float64 `json:"writesPerSecond"`
	Requests           int     `json:"requests"`
	ReqPerSec          float64 `json:"reqPerSec"`
	Errors             int     `json:"errors"`
	FirstError         string  `json:"firstError,omitempty"`
	WritesAcknowledged int     `json:"writesAcknowledged"`
	// WritesCutOff are writes still unanswered when the run ended (not
	// counted in requests or latencies).
	WritesCutOff int          `json:"writesCutOff"`
	RSSPeakMB    float64      `json:"rssPeakMB"` // 0 with --url
	RSSEndMB     float64      `json:"rssEndMB"`
	Kinds        []*benchKind `json:"kinds"`
}

type benchKind struct {
	Kind     string  `json:"kind"`
	Requests int     `json:"requests"`
	Errors   int     `json:"errors"`
	P50Ms    float64 `json:"p50Ms"`
	P90Ms    float64 `json:"p90Ms"`
	P99Ms    float64 `json:"p99Ms"`
	MaxMs    float64 `json:"maxMs"`

	lat []time.Duration
}

func runBench(cmd *cobra.Command, f benchFlags) error {
	mix, err := checkBenchFlags(f)
	if err != nil {
		return err
	}
	ctx := cmd.Context()
	rep := &benchReport{Target: f.url}
	cl := &benchClient{http: &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 1100}}, url: f.url, token: f.token}
	var started time.Time
	status := "/proc/self/status"
	if f.url != "" {
		// A server on this machine's loopback is found by its listening
		// socket, so that its memory can be followed too.
		status = ""
		if pid := loopbackServerPID(f.url); pid > 0 {
			status = fmt.Sprintf("/proc/%d/status", pid)
			rep.ServerPID = pid
		}
	}
	if f.url == "" {
		dsn := f.dsn
		if dsn == "" {
			dir, err := os.MkdirTemp("", "ropa-bench-")
			if err != nil {
				return err
			}
			defer os.RemoveAll(dir)
			dsn = filepath.Join(dir, "bench.db")
			rep.Target = "temporary SQLite file"
		} else {
			rep.Target = store.Redact(dsn)
		}
		if rep.Generated, err = benchPrepare(cmd, dsn, f.scale, f.quiet); err != nil {
			return err
		}
		// The generator's garbage is not the server's memory: give it back
		// before the server starts, as a fresh ropa serve would not hold it.
		debug.FreeOSMemory()
		started = time.Now()
		var stop func()
		var url, token string
		if f.inProcess {
			stop, url, token, err = benchServe(ctx, dsn)
		} else {
			var pid int
			stop, url, token, pid, err = benchSpawn(ctx, dsn)
			status = fmt.Sprintf("/proc/%d/status", pid)
			rep.ServerPID = pid
		}
		if err != nil {
			return err
		}
		defer stop()
		cl.url, cl.token = url, token
	}
	orgKey, paths, err := cl.setup(ctx)
	if err != nil {
		return err
	}
	if err := cl.first(ctx, paths[0]); err != nil {
		return err
	}
	if !started.IsZero() {
		rep.FirstAnswerMs = ms(time.Since(started))
	}
	for _, n := range f.clients {
		if !f.quiet {
			fmt.Fprintf(cmd.ErrOrStderr(), "bench: %d client(s) for %s, %g write(s)/s…\n", n, f.duration, f.writesPerSecond)
		}
		run, err := cl.run(ctx, n, f.duration, f.writesPerSecond, mix, orgKey, paths, status)
		if err != nil {
			return err
		}
		if err := ctx.Err(); err != nil {
			return err // interrupted: no figures from a cut run
		}
		rep.Runs = append(rep.Runs, run)
	}
	if f.format == "json" {
		return writeJSON(cmd.OutOrStdout(), rep)
	}
	printBench(cmd.OutOrStdout(), rep)
	return nil
}

// benchPrepare fills an empty catalog with the synthetic one.
func benchPrepare(cmd *cobra.Command, dsn string, scale float64, quiet bool) (*benchGenerated, error) {
	ctx := cmd.Context()
	client, err := openCatalog(ctx, dsn)
	if err != nil {
		return nil, fmt.Errorf("--db %s: %w", store.Redact(dsn), err)
	}
	defer client.Close()
	empty, err := seed.IsEmpty(ctx, client)
	if err != nil || !empty {
		return nil, err
	}
	cfg := scaled(scale)
	start := time.Now()
	bar := newCounter(cmd, "generating rows", cfg.Rows(), quiet)
	cfg.Progress = bar.set
	_, err = synth.Generate(ctx, client, cfg)
	bar.finish(err)
	if err != nil {
		return nil, err
	}
	return &benchGenerated{Scale: scale, Activities: cfg.Activities, Fields: cfg.Fields, Recipients: cfg.Recipients,
		Categories: cfg.Categories, Seconds: time.Since(start).Seconds()}, nil
}

// benchServerCommand makes the command that runs ropa with args: this
// very binary. Tests, whose binary is not ropa, replace it.
var benchServerCommand = func(args ...string) (*exec.Cmd, error) {
	self, err := os.Executable()
	if err != nil {
		return nil, fmt.Errorf("finding this program to start ropa serve (--in-process runs the server without it): %w", err)
	}
	return exec.Command(self, args...), nil
}

// benchSpawn starts `ropa serve --db dsn --addr 127.0.0.1:PORT` as a child
// process on a free port and waits until it accepts connections. A child
// rather than this process: its memory is the server's alone, and the load
// generator's garbage does not add to the server's collections; the start
// is a real start. If sign-in is configured in the catalog it creates an
// admin token first. stop ends the child (SIGTERM, then SIGKILL after 5 s)
// and revokes the token.
func benchSpawn(ctx context.Context, dsn string) (stop func(), url, token string, pid int, err error) {
	token, revoke, err := benchToken(ctx, dsn)
	if err != nil {
		return nil, "", "", 0, err
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		revoke()
		return nil, "", "", 0, err
	}
	addr := ln.Addr().String()
	ln.Close()
	cmd, err := benchServerCommand("serve", "--db", dsn, "--addr", addr)
	if err != nil {
		revoke()
		return nil, "", "", 0, err
	}
	logTail := &tailWriter{max: 4096}
	cmd.Stderr = logTail // the access log, one line a request
	if err := cmd.Start(); err != nil {
		revoke()
		return nil, "", "", 0, fmt.Errorf("starting ropa serve: %w", err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	stop = func() {
		cmd.Process.Signal(syscall.SIGTERM)
		select {
		case <-exited:
		case <-time.After(5 * time.Second):
			cmd.Process.Kill()
			<-exited
		}
		revoke()
	}
	deadline := time.After(2 * time.Minute)
	for {
		c, err := net.Dial("tcp", addr)
		if err == nil {
			c.Close()
			return stop, "http://" + addr + "/graphql", token, cmd.Process.Pid, nil
		}
		select {
		case err := <-exited:
			revoke()
			return nil, "", "", 0, fmt.Errorf("ropa serve exited before answering (%v): %s", err, bytes.TrimSpace(logTail.bytes()))
		case <-deadline:
			stop()
			return nil, "", "", 0, fmt.Errorf("ropa serve did not listen on %s within 2 minutes: %s", addr, bytes.TrimSpace(logTail.bytes()))
		case <-ctx.Done():
			stop()
			return nil, "", "", 0, ctx.Err()
		case <-time.After(5 * time.Millisecond):
		}
	}
}

// tailWriter keeps the last max bytes written to it.
type tailWriter struct {
	mu  sync.Mutex
	max int
	buf []byte
}

func (w *tailWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.buf = append(w.buf, p...)
	if len(w.buf) > w.max {
		w.buf = append(w.buf[:0], w.buf[len(w.buf)-w.max:]...)
	}
	return len(p), nil
}

func (w *tailWriter) bytes() []byte {
	w.mu.Lock()
	defer w.mu.Unlock()
	return slices.Clone(w.buf)
}

// benchToken creates an admin token if sign-in is configured in the
// catalog; revoke revokes it.
func benchToken(ctx context.Context, dsn string) (token string, revoke func(), err error) {
	client, err := openCatalog(ctx, dsn)
	if err != nil {
		return "", nil, err
	}
	defer client.Close()
	on, err := access.New(client).Configured(ctx)
	if err != nil || !on {
		return "", func() {}, err
	}
	name := fmt.Sprintf("ropa-bench-%d", time.Now().UnixNano())
	exp := time.Now().Add(24 * time.Hour)
	token, err = access.New(client).CreateToken(ctx, actor.Actor("cli:bench"), access.TokenSpec{Name: name, Role: auth.Admin, Expires: &exp})
	if err != nil {
		return "", nil, fmt.Errorf("creating a token for the benchmark: %w", err)
	}
	return token, func() {
		if client, err := openCatalog(context.Background(), dsn); err == nil {
			access.New(client).RevokeToken(context.Background(), actor.Actor("cli:bench"), name)
			client.Close()
		}
	}, nil
}

// benchServe starts the server ropa serve would start on dsn with its
// default flags, on a free loopback port, in this process (--in-process):
// the server's code and configuration are serve's (graph.NewServer behind
// graph.AccessLog, whose log is discarded here), but the resident memory
// measured also holds the load generator, and its garbage is collected
// with the server's. If sign-in is configured in the catalog it creates
// an admin token, revoked by stop.
func benchServe(ctx context.Context, dsn string) (stop func(), url, token string, err error) {
	opts, err := serveOptions("127.0.0.1:0", "auto", "", "", "", "viewer", nil, false, 12*time.Hour)
	if err != nil {
		return nil, "", "", err
	}
	token, revoke, err := benchToken(ctx, dsn)
	if err != nil {
		return nil, "", "", err
	}
	client, err := openCatalog(ctx, dsn)
	if err != nil {
		revoke()
		return nil, "", "", err
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		client.Close()
		revoke()
		return nil, "", "", err
	}
	srv := &http.Server{Handler: graph.AccessLog(graph.NewServer(client, opts), slog.New(slog.NewTextHandler(io.Discard, nil))),
		ReadHeaderTimeout: 10 * time.Second, ReadTimeout: time.Minute, WriteTimeout: 2 * time.Minute, IdleTimeout: 2 * time.Minute}
	go srv.Serve(ln)
	stop = func() {
		shutdown, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		srv.Shutdown(shutdown)
		client.Close()
		revoke()
	}
	return stop, "http://" + ln.Addr().String() + "/graphql", token, nil
}

type benchClient struct {
	http       *http.Client
	url, token string
}

// do sends one GraphQL request and returns the first error: the status
// if not 200, else the first GraphQL error's message.
func (c *benchClient) do(ctx context.Context, query string, vars map[string]any, into any) error {
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.url, bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	if c.token != "" {
		req.Header.Set("Authorization", "Bearer "+c.token)
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		return err
	}
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("HTTP %d: %s", resp.StatusCode, bytes.TrimSpace(b[:min(len(b), 300)]))
	}
	if into == nil && !bytes.Contains(b, []byte(`"errors"`)) {
		return nil
	}
	var r struct {
		Data   json.RawMessage `json:"data"`
		Errors []struct {
			Message string `json:"message"`
		} `json:"errors"`
	}
	if err := json.Unmarshal(b, &r); err != nil {
		return fmt.Errorf("answer is not JSON: %v", err)
	}
	if len(r.Errors) > 0 {
		return fmt.Errorf("GraphQL error: %s", r.Errors[0].Message)
	}
	if into != nil {
		return json.Unmarshal(r.Data, into)
	}
	return nil
}

// setup finds the organization to ask about (synth's, else the first) and
// field paths spread over the catalog.
func (c *benchClient) setup(ctx context.Context) (string, []string, error) {
	var d struct {
		Organizations struct {
			Edges []struct{ Node struct{ Key string } }
		}
		DataFields struct {
			Edges []struct{ Node struct{ Path *string } }
		}
	}
	if err := c.do(ctx, benchSetupQuery, nil, &d); err != nil {
		return "", nil, fmt.Errorf("asking the server at %s for organizations and field paths: %w", c.url, err)
	}
	org := ""
	for _, e := range d.Organizations.Edges {
		if org == "" || e.Node.Key == "synth" {
			org = e.Node.Key
		}
	}
	var paths []string
	for i, e := range d.DataFields.Edges {
		if e.Node.Path != nil && *e.Node.Path != "" && i%7 == 0 {
			paths = append(paths, *e.Node.Path)
		}
	}
	if org == "" || len(paths) == 0 {
		return "", nil, errors.New("the catalog holds no organization or no data field with a path to ask about; run ropa bench on an empty catalog (it generates one) or one ropa gen wrote")
	}
	return org, paths, nil
}

func (c *benchClient) first(ctx context.Context, path string) error {
	if err := c.do(ctx, benchRecipientsQuery, map[string]any{"f": path}, nil); err != nil {
		return fmt.Errorf("first recipientsOf question: %w", err)
	}
	return nil
}

// run drives the server with n clients for d while a writer writes wps
// times a second.
func (c *benchClient) run(ctx context.Context, n int, d time.Duration, wps float64, mix benchMix, org string, paths []string, status string) (*benchRun, error) {
	prefix := fmt.Sprintf("user.bench.r%s", strconv.FormatInt(time.Now().UnixNano(), 36))
	ctx, cancel := context.WithTimeout(ctx, d)
	defer cancel()
	type tally struct {
		kinds    [4]*benchKind // benchKinds then "write"
		errs     int
		firstErr string
		acked    int
		cut      int
	}
	newTally := func() *tally {
		t := &tally{}
		for i, k := range append(slices.Clone(benchKinds), "write") {
			t.kinds[i] = &benchKind{Kind: k}
		}
		return t
	}
	var seq sync.Mutex
	next := 0
	key := func() string {
		seq.Lock()
		defer seq.Unlock()
		next++
		return fmt.Sprintf("%s_%d", prefix, next)
	}
	ask := func(t *tally, kind int, r *rand.Rand) {
		var q string
		var vars map[string]any
		switch kind {
		case 0:
			q, vars = benchRecipientsQuery, map[string]any{"f": paths[r.IntN(len(paths))]}
		case 1:
			q, vars = benchReportQuery, map[string]any{"o": org}
		default:
			q, vars = benchCreateMutation, map[string]any{"k": key()}
		}
		if ctx.Err() != nil {
			return // the run is over: not sent
		}
		t0 := time.Now()
		err := c.do(ctx, q, vars, nil)
		if ctx.Err() != nil {
			if kind >= 2 {
				t.cut++
			}
			return // cut off by the end of the run: not counted
		}
		k := t.kinds[kind]
		k.Requests++
		k.lat = append(k.lat, time.Since(t0))
		if err != nil {
			k.Errors++
			t.errs++
			if t.firstErr == "" {
				t.firstErr = k.Kind + ": " + err.Error()
			}
		} else if kind >= 2 {
			t.acked++
		}
	}
	tallies := make([]*tally, n+1)
	var wg sync.WaitGroup
	rss := rssSampler{status: status}
	if status != "" {
		rss.start(ctx)
	}
	begin := time.Now()
	for i := range n {
		tallies[i] = newTally()
		wg.Add(1)
		go func(t *tally, seed uint64) {
			defer wg.Done()
			r := rand.New(rand.NewPCG(seed, 42))
			for ctx.Err() == nil {
				ask(t, mix.pick(r), r)
			}
		}(tallies[i], uint64(i+1))
	}
	tallies[n] = newTally()
	if wps > 0 {
		wg.Add(1)
		go func(t *tally) {
			defer wg.Done()
			tick := time.NewTicker(time.Duration(float64(time.Second) / wps))
			defer tick.Stop()
			for {
				select {
				case <-ctx.Done():
					return
				case <-tick.C:
				}
				ask(t, 3, nil)
			}
		}(tallies[n])
	}
	wg.Wait()
	elapsed := time.Since(begin)
	run := &benchRun{Clients: n, Seconds: elapsed.Seconds(), WritesPerSecond: wps}
	if status != "" {
		run.RSSPeakMB, run.RSSEndMB = rss.stop()
	}
	all := newTally()
	for _, t := range tallies {
		for i, k := range t.kinds {
			a := all.kinds[i]
			a.Requests += k.Requests
			a.Errors += k.Errors
			a.lat = append(a.lat, k.lat...)
		}
		run.Errors += t.errs
		run.WritesAcknowledged += t.acked
		run.WritesCutOff += t.cut
		if run.FirstError == "" {
			run.FirstError = t.firstErr
		}
	}
	for _, k := range all.kinds {
		if k.Requests == 0 {
			continue
		}
		run.Requests += k.Requests
		slices.Sort(k.lat)
		q := func(p float64) float64 { return ms(k.lat[min(len(k.lat)-1, int(float64(len(k.lat))*p))]) }
		k.P50Ms, k.P90Ms, k.P99Ms, k.MaxMs = q(0.50), q(0.90), q(0.99), ms(k.lat[len(k.lat)-1])
		run.Kinds = append(run.Kinds, k)
	}
	run.ReqPerSec = float64(run.Requests) / elapsed.Seconds()
	return run, nil
}

// rssSampler follows a process's resident memory every 50 ms: status is
// its /proc/PID/status.
type rssSampler struct {
	status string
	mu     sync.Mutex
	peak   int64
	done   chan struct{}
}

func (s *rssSampler) start(ctx context.Context) {
	s.done = make(chan struct{})
	s.peak = residentKB(s.status)
	go func() {
		defer close(s.done)
		tick := time.NewTicker(50 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-tick.C:
			}
			kb := residentKB(s.status)
			s.mu.Lock()
			s.peak = max(s.peak, kb)
			s.mu.Unlock()
		}
	}()
}

// stop returns the peak and the present resident memory in MB.
func (s *rssSampler) stop() (peak, end float64) {
	<-s.done
	kb := residentKB(s.status)
	s.mu.Lock()
	defer s.mu.Unlock()
	return float64(max(s.peak, kb)) / 1024, float64(kb) / 1024
}

// residentKB is VmRSS of a /proc/PID/status file, 0 where there is none.
func residentKB(status string) int64 {
	f, err := os.Open(status)
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), "VmRSS:"); ok {
			n, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
			return n
		}
	}
	return 0
}

// loopbackServerPID finds the process listening on the loopback address
// and port of rawURL, through /proc/net/tcp{,6} and the processes' socket
// descriptors (those of this user only); 0 if none is found.
func loopbackServerPID(rawURL string) int {
	u, err := neturl.Parse(rawURL)
	if err != nil || !isLoopback(u.Hostname()) {
		return 0
	}
	port, err := strconv.Atoi(u.Port())
	switch {
	case err == nil:
	case u.Scheme == "https":
		port = 443
	default:
		port = 80
	}
	suffix := fmt.Sprintf(":%04X", port)
	inodes := map[string]bool{}
	for _, table := range []string{"/proc/net/tcp", "/proc/net/tcp6"} {
		b, err := os.ReadFile(table)
		if err != nil {
			continue
		}
		for _, line := range strings.Split(string(b), "\n")[1:] {
			fs := strings.Fields(line)
			if len(fs) > 9 && fs[3] == "0A" && strings.HasSuffix(fs[1], suffix) { // 0A: LISTEN
				inodes["socket:["+fs[9]+"]"] = true
			}
		}
	}
	if len(inodes) == 0 {
		return 0
	}
	fds, _ := filepath.Glob("/proc/[0-9]*/fd/*")
	for _, fd := range fds {
		if target, err := os.Readlink(fd); err == nil && inodes[target] {
			pid, _ := strconv.Atoi(strings.Split(fd, "/")[2])
			return pid
		}
	}
	return 0
}

func ms(d time.Duration) float64 { return math.Round(float64(d)/float64(time.Microsecond)) / 1000 }

func printBench(w io.Writer, rep *benchReport) {
	fmt.Fprintf(w, "catalog: %s\n", rep.Target)
	if g := rep.Generated; g != nil {
		fmt.Fprintf(w, "generated: scale %g, %s activities, %s fields, %s recipients, %s categories in %.1fs\n",
			g.Scale, commas(g.Activities), commas(g.Fields), commas(g.Recipients), commas(g.Categories), g.Seconds)
	}
	if rep.ServerPID > 0 {
		fmt.Fprintf(w, "server: process %d (the memory is its own)\n", rep.ServerPID)
	}
	if rep.FirstAnswerMs > 0 {
		fmt.Fprintf(w, "first answer after start: %.0f ms\n", rep.FirstAnswerMs)
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "clients\twrites/s\tkind\trequests\treq/s\tp50 ms\tp90 ms\tp99 ms\tmax ms\terrors\tRSS peak MB\tRSS end MB\t")
	for _, r := range rep.Runs {
		mem := func(v float64) string {
			if v == 0 {
				return "-"
			}
			return fmt.Sprintf("%.0f", v)
		}
		fmt.Fprintf(tw, "%d\t%g\tall\t%d\t%.1f\t\t\t\t\t%d\t%s\t%s\t\n", r.Clients, r.WritesPerSecond, r.Requests, r.ReqPerSec, r.Errors, mem(r.RSSPeakMB), mem(r.RSSEndMB))
		for _, k := range r.Kinds {
			fmt.Fprintf(tw, "\t\t%s\t%d\t%.1f\t%.2f\t%.2f\t%.2f\t%.1f\t%d\t\t\t\n", k.Kind, k.Requests, float64(k.Requests)/r.Seconds, k.P50Ms, k.P90Ms, k.P99Ms, k.MaxMs, k.Errors)
		}
	}
	tw.Flush()
	for _, r := range rep.Runs {
		if r.FirstError != "" {
			fmt.Fprintf(w, "%d client(s): %d error(s), the first: %s\n", r.Clients, r.Errors, r.FirstError)
		}
		if r.WritesAcknowledged > 0 || r.WritesPerSecond > 0 {
			fmt.Fprintf(w, "%d client(s): %d write(s) acknowledged, %d unanswered at the end of the run\n", r.Clients, r.WritesAcknowledged, r.WritesCutOff)
		}
	}
}
