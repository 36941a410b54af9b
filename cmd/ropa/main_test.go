package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

func run(t *testing.T, ctx context.Context, args ...string) (string, error) {
	t.Helper()
	cmd := newRootCmd()
	var out bytes.Buffer
	cmd.SetOut(&out)
	cmd.SetErr(&out)
	cmd.SetArgs(args)
	err := cmd.ExecuteContext(ctx)
	return out.String(), err
}

func TestServeListensOnLoopbackByDefault(t *testing.T) {
	serve := newServeCmd()
	if got := serve.Flags().Lookup("addr").DefValue; got != "127.0.0.1:8080" {
		t.Errorf("serve --addr defaults to %q, want 127.0.0.1:8080", got)
	}
	if got := serve.Flags().Lookup("db").DefValue; got != "ropa.db" {
		t.Errorf("serve --db defaults to %q, want ropa.db", got)
	}
}

// TestSeedCommand: ropa seed loads every notice, and a second run skips
// them all.
func TestSeedCommand(t *testing.T) {
	db := filepath.Join(t.TempDir(), "catalog.db")
	ctx := context.Background()
	out, err := run(t, ctx, "seed", "--db", db, "--format", "json")
	if err != nil {
		t.Fatalf("ropa seed: %v\n%s", err, out)
	}
	var first struct{ Loaded, Skipped []string }
	if err := json.Unmarshal([]byte(out), &first); err != nil {
		t.Fatalf("ropa seed --format json printed %q: %v", out, err)
	}
	if len(first.Loaded) == 0 || len(first.Skipped) != 0 {
		t.Errorf("first seed: %+v, want every notice loaded", first)
	}
	out, err = run(t, ctx, "seed", "--db", db)
	if err != nil {
		t.Fatalf("second ropa seed: %v", err)
	}
	if strings.Count(out, "unchanged, skipped") != len(first.Loaded) {
		t.Errorf("second seed printed:\n%s\nwant %d notices skipped", out, len(first.Loaded))
	}
	if _, err := run(t, ctx, "seed", "--db", db, "--format", "xml"); err == nil || !strings.Contains(err.Error(), "--format") {
		t.Errorf("--format xml: err = %v, want an error naming --format", err)
	}
}

// TestServeSeedsAndAnswers: the first start of serve on an empty SQLite
// file seeds it and answers GraphQL over HTTP.
func TestServeSeedsAndAnswers(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		_, err := run(t, ctx, "serve", "--db", filepath.Join(t.TempDir(), "serve.db"), "--addr", addr)
		done <- err
	}()
	defer func() { cancel(); <-done }()
	body := `{"query":"{ organizations { totalCount } activities { totalCount } }"}`
	var resp *http.Response
	for deadline := time.Now().Add(60 * time.Second); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		resp, err = http.Post("http://"+addr+"/graphql", "application/json", strings.NewReader(body))
		if err == nil {
			break
		}
		select {
		case err := <-done:
			t.Fatalf("serve stopped: %v", err)
		default:
		}
	}
	if err != nil {
		t.Fatalf("serve did not answer: %v", err)
	}
	defer resp.Body.Close()
	var r struct {
		Data struct {
			Organizations, Activities struct{ TotalCount int }
		}
	}
	if err := json.NewDecoder(resp.Body).Decode(&r); err != nil {
		t.Fatal(err)
	}
	if r.Data.Organizations.TotalCount == 0 || r.Data.Activities.TotalCount == 0 {
		t.Errorf("first start did not seed: %+v", r.Data)
	}
	pg, err := http.Get("http://" + addr + "/playground")
	if err != nil || pg.StatusCode != http.StatusOK {
		t.Errorf("playground: %v %v", err, pg)
	}
}

// TestWhoReceivesJSON: the JSON contract of who-receives.
func TestWhoReceivesJSON(t *testing.T) {
	db := filepath.Join(t.TempDir(), "catalog.db")
	ctx := context.Background()
	if out, err := run(t, ctx, "seed", "--db", db); err != nil {
		t.Fatalf("seed: %v\n%s", err, out)
	}
	out, err := run(t, ctx, "who-receives", "user.device.ip_address", "--org", "xajeet", "--db", db, "--format", "json")
	if err != nil {
		t.Fatalf("who-receives: %v\n%s", err, out)
	}
	var rows []map[string]any
	if err := json.Unmarshal([]byte(out), &rows); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if len(rows) == 0 {
		t.Fatal("no recipients of the IP address at Xajeet")
	}
	for _, k := range []string{"recipient", "recipientKind", "activity", "purposes", "legalBases", "category", "match", "country", "safeguard", "evidence"} {
		if _, ok := rows[0][k]; !ok {
			t.Errorf("row lacks %q: %v", k, rows[0])
		}
	}
	ev := rows[0]["evidence"].([]any)[0].(map[string]any)
	for _, k := range []string{"document", "start", "end", "quote"} {
		if _, ok := ev[k]; !ok {
			t.Errorf("evidence lacks %q: %v", k, ev)
		}
	}
	_, err = run(t, ctx, "who-receives", "user.contact.emial", "--db", db)
	if err == nil || !strings.Contains(err.Error(), "user.contact.email") {
		t.Errorf("unknown key: err = %v, want a suggestion of user.contact.email", err)
	}
	out, err = run(t, ctx, "map", "--org", "xajeet", "--format", "dot", "--db", db)
	if err != nil || !strings.HasPrefix(out, "digraph datamap {") {
		t.Errorf("map --format dot: %v\n%.200s", err, out)
	}
}

// TestReadCommandsNeedACatalog: a read command on a file that is not there
// says how to make a catalog and creates nothing; map refuses an unknown
// category, purpose or country instead of drawing an empty graph; serve
// refuses an address that is not loopback.
func TestReadCommandsNeedACatalog(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	missing := filepath.Join(dir, "none.db")
	for _, args := range [][]string{
		{"who-receives", "user.contact.email", "--db", missing},
		{"map", "--db", missing},
		{"report", "article30", "--org", "ujet", "--db", missing},
		{"findings", "--org", "ujet", "--db", missing},
	} {
		if _, err := run(t, ctx, args...); err == nil || !strings.Contains(err.Error(), "ropa seed") {
			t.Errorf("%v: err = %v, want one saying how to make a catalog", args, err)
		}
		if _, err := os.Stat(missing); !errors.Is(err, fs.ErrNotExist) {
			t.Fatalf("%v created %s", args, missing)
		}
	}
	db := filepath.Join(dir, "catalog.db")
	if out, err := run(t, ctx, "seed", "--db", db); err != nil {
		t.Fatalf("seed: %v\n%s", err, out)
	}
	for flag, value := range map[string]string{"--category": "user.nosuch", "--purpose": "nosuch", "--country": "XX"} {
		if _, err := run(t, ctx, "map", "--db", db, flag, value); err == nil || !strings.Contains(err.Error(), flag) {
			t.Errorf("map %s %s: err = %v, want one naming %s", flag, value, err, flag)
		}
	}
	if _, err := run(t, ctx, "map", "--db", db, "--category", "user.contact.email", "--country", "US"); err != nil {
		t.Errorf("map with a known category and country: %v", err)
	}
}

// TestWhoReceivesTableMarksInvalidSafeguards: the applicant notice relies on
// the Privacy Shield, invalid since 2020-07-16; the table says so as the
// JSON's stale does.
func TestWhoReceivesTableMarksInvalidSafeguards(t *testing.T) {
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "catalog.db")
	if out, err := run(t, ctx, "seed", "--db", db); err != nil {
		t.Fatalf("seed: %v\n%s", err, out)
	}
	out, err := run(t, ctx, "who-receives", "user.contact.email", "--org", "ujet", "--db", db)
	if err != nil {
		t.Fatal(err)
	}
	// Schrems II (C-311/18) invalidated the Privacy Shield on 2020-07-16.
	if !strings.Contains(out, "privacy_shield (INVALID since 2020-07-16)") {
		t.Errorf("no invalid Privacy Shield marked in:\n%.2000s", out)
	}
	if strings.Contains(out, "dpf_eu_us (INVALID") {
		t.Error("the Data Privacy Framework, valid, is marked invalid")
	}
	for i, line := range strings.Split(out, "\n") {
		if n := utf8.RuneCountInString(line); n > 80 {
			t.Errorf("line %d is %d columns wide, more than a terminal's 80: %q", i+1, n, line)
		}
	}
}

var update = flag.Bool("update", false, "rewrite the golden files under testdata")

// TestWhoReceivesTableGolden: the table of who receives government IDs at
// Jujotech, checked by hand against seed/notices/jujotech.yaml: the three
// disclosures of "user" (broader than the ID) in its business-transfer,
// legal and fraud activities, with the notice's bases (legal_obligation
// only for legal process), the U.S. transfers on the 2010 model clauses
// (valid until 2022-12-27, Decision 2021/914 Art 4) and on no stated
// safeguard, and the sentences at their offsets. Rewrite with -update, and
// check again by hand.
func TestWhoReceivesTableGolden(t *testing.T) {
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "catalog.db")
	if out, err := run(t, ctx, "seed", "--db", db); err != nil {
		t.Fatalf("seed: %v\n%s", err, out)
	}
	out, err := run(t, ctx, "who-receives", "user.government_id", "--org", "jujotech", "--db", db)
	if err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "who-receives-government-id-jujotech.golden")
	if *update {
		if err := os.WriteFile(golden, []byte(out), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if out != string(want) {
		t.Errorf("who-receives table differs from %s:\n%s", golden, out)
	}
}

// TestFindingsCommand: findings as JSON, --fail-on failing on a high
// finding (UJET careers relies on the Privacy Shield), a bad date refused.
func TestFindingsCommand(t *testing.T) {
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "catalog.db")
	if out, err := run(t, ctx, "seed", "--db", db); err != nil {
		t.Fatalf("seed: %v\n%s", err, out)
	}
	out, err := run(t, ctx, "findings", "--org", "ujet", "--db", db, "--format", "json")
	if err != nil {
		t.Fatal(err)
	}
	var fs []struct{ Rule, Since string }
	if err := json.Unmarshal([]byte(out), &fs); err != nil {
		t.Fatalf("findings --format json: %v\n%.500s", err, out)
	}
	found := false
	for _, f := range fs {
		found = found || f.Rule == "transfer-invalid-instrument" && f.Since == "2020-07-16"
	}
	if !found {
		t.Errorf("no Privacy Shield finding since 2020-07-16 in %d findings", len(fs))
	}
	if _, err := run(t, ctx, "findings", "--org", "ujet", "--db", db, "--fail-on", "high"); err == nil {
		t.Error("--fail-on high passed although UJET has high findings")
	}
	if _, err := run(t, ctx, "findings", "--org", "ujet", "--db", db, "--as-of", "2020/07/15"); err == nil || !strings.Contains(err.Error(), "--as-of") {
		t.Errorf("bad --as-of: %v", err)
	}
}

// TestServeOptions: beyond loopback sign-in is required; the proxy and
// TLS flags are checked before anything starts.
func TestServeOptions(t *testing.T) {
	for addr, required := range map[string]bool{"127.0.0.1:8080": false, "[::1]:0": false, "localhost:8080": false,
		"0.0.0.0:8080": true, ":8080": true, "192.0.2.10:443": true} {
		opts, err := serveOptions(addr, "auto", "", "", "", "viewer", nil, false, time.Hour)
		if err != nil || opts.Access.Required != required {
			t.Errorf("--addr %s: required = %v (%v), want %v", addr, opts.Access.Required, err, required)
		}
	}
	if opts, _ := serveOptions("127.0.0.1:8080", "auto", "", "", "", "viewer", nil, true, time.Hour); !opts.Access.Required {
		t.Error("--require-sign-in on loopback: not required")
	}
	opts, err := serveOptions("127.0.0.1:8080", "auto", "", "", "x-forwarded-user", "none", []string{"10.0.0.1", "192.168.0.0/16"}, false, time.Hour)
	if err != nil || opts.Access.Proxy == nil || opts.Access.Proxy.Header != "X-Forwarded-User" || len(opts.Access.Proxy.Trusted) != 2 ||
		opts.Access.Proxy.Trusted[0].String() != "10.0.0.1/32" || opts.Access.Proxy.Role.Valid() {
		t.Errorf("proxy options: %+v, %v", opts.Access.Proxy, err)
	}
	for _, c := range []struct {
		name                                        string
		addr, intro, cert, key, header, role, trust string
		want                                        string
	}{
		{"bad addr", "8080", "auto", "", "", "", "viewer", "", "--addr"},
		{"cert without key", "127.0.0.1:1", "auto", "c.pem", "", "", "viewer", "", "--tls-cert and --tls-key"},
		{"header without addresses", "127.0.0.1:1", "auto", "", "", "X-User", "viewer", "", "--proxy-trusted"},
		{"addresses without header", "127.0.0.1:1", "auto", "", "", "", "viewer", "10.0.0.1", "--proxy-header"},
		{"bad address", "127.0.0.1:1", "auto", "", "", "X-User", "viewer", "proxy.local", "--proxy-trusted"},
		{"bad role", "127.0.0.1:1", "auto", "", "", "X-User", "owner", "10.0.0.1", "--proxy-role"},
		{"bad introspection", "127.0.0.1:1", "sometimes", "", "", "", "viewer", "", "--introspection"},
	} {
		var trusted []string
		if c.trust != "" {
			trusted = []string{c.trust}
		}
		if _, err := serveOptions(c.addr, c.intro, c.cert, c.key, c.header, c.role, trusted, false, time.Hour); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v, want an error naming %s", c.name, err, c.want)
		}
	}
}

// TestServeRefusesOpenNetwork: serve on a non-loopback address refuses to
// start while no user or token exists, and says how to make one; with a
// token it gets past that check (and is stopped by the test's context).
func TestServeRefusesOpenNetwork(t *testing.T) {
	db := filepath.Join(t.TempDir(), "catalog.db")
	ctx := context.Background()
	_, err := run(t, ctx, "serve", "--db", db, "--no-seed", "--addr", "0.0.0.0:0")
	if err == nil || !strings.Contains(err.Error(), "ropa user add") || !strings.Contains(err.Error(), "ropa token create") {
		t.Fatalf("serve on 0.0.0.0 without users: %v, want a refusal saying how to add a user or token", err)
	}
	if _, err := run(t, ctx, "token", "create", "ops", "--role", "admin", "--db", db); err != nil {
		t.Fatal(err)
	}
	// A free port, then serve on every interface with it.
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := ln.Addr().(*net.TCPAddr).Port
	ln.Close()
	serving, stop := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() {
		_, err := run(t, serving, "serve", "--db", db, "--no-seed", "--addr", fmt.Sprintf("0.0.0.0:%d", port))
		done <- err
	}()
	url := fmt.Sprintf("http://127.0.0.1:%d/graphql", port)
	for {
		resp, err := http.Post(url, "application/json", strings.NewReader(`{"query":"{ me { role } }"}`))
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode != http.StatusUnauthorized {
				t.Errorf("anonymous request to serve beyond loopback: %d, want 401", resp.StatusCode)
			}
			break
		}
		select {
		case err := <-done:
			t.Fatalf("serve with a token stopped: %v", err)
		case <-time.After(20 * time.Millisecond): // poll until it listens
		}
	}
	stop()
	if err := <-done; err != nil {
		t.Errorf("serve after stopping: %v", err)
	}
}

// TestUserAndTokenCommands: the CLI adds users (password from stdin),
// lists them without secrets, creates a token shown once, revokes it.
func TestUserAndTokenCommands(t *testing.T) {
	db := filepath.Join(t.TempDir(), "catalog.db")
	ctx := context.Background()
	cmd := newRootCmd()
	var out bytes.Buffer
	cmd.SetOut(&out)
	cmd.SetErr(&out)
	cmd.SetIn(strings.NewReader("correct horse battery\n"))
	cmd.SetArgs([]string{"user", "add", "alice", "--role", "editor", "--password-stdin", "--db", db, "--actor", "dpo"})
	if err := cmd.ExecuteContext(ctx); err != nil {
		t.Fatalf("user add: %v (%s)", err, out.String())
	}
	if _, err := run(t, ctx, "user", "add", "bob", "--role", "owner", "--no-password", "--db", db); err == nil || !strings.Contains(err.Error(), "--role") {
		t.Errorf("user add with an unknown role: %v", err)
	}
	got, err := run(t, ctx, "user", "list", "--db", db, "--format", "json")
	if err != nil {
		t.Fatal(err)
	}
	var users []userRow
	if err := json.Unmarshal([]byte(got), &users); err != nil {
		t.Fatal(err)
	}
	if len(users) != 1 || users[0].Name != "alice" || users[0].Role != "editor" || !users[0].Password || users[0].CreatedBy != "cli:dpo" || strings.Contains(got, "argon2") {
		t.Errorf("user list: %s", got)
	}
	secret, err := run(t, ctx, "token", "create", "ci-export", "--role", "viewer", "--expires", "30d", "--db", db)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(secret, "ropa_") || !strings.Contains(secret, "only time it is shown") {
		t.Errorf("token create printed %q", secret)
	}
	token := strings.Fields(secret)[0]
	list, err := run(t, ctx, "token", "list", "--db", db)
	if err != nil || !strings.Contains(list, "ci-export") || !strings.Contains(list, "active") || strings.Contains(list, token) {
		t.Errorf("token list: %s %v", list, err)
	}
	if _, err := run(t, ctx, "token", "revoke", "ci-export", "--db", db); err != nil {
		t.Fatal(err)
	}
	if list, _ := run(t, ctx, "token", "list", "--db", db); !strings.Contains(list, "revoked") {
		t.Errorf("token list after revoke: %s", list)
	}
	if _, err := run(t, ctx, "token", "create", "x", "--role", "viewer", "--expires", "soon", "--db", db); err == nil || !strings.Contains(err.Error(), "--expires") {
		t.Errorf("--expires soon: %v", err)
	}
}

// TestMapRefusesUnknownFilters: a mistyped key or country is an error naming
// the flag, with what was probably meant; a country no seed notice
// transfers to (Japan) is an error, not an empty graph.
func TestMapRefusesUnknownFilters(t *testing.T) {
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "catalog.db")
	if out, err := run(t, ctx, "seed", "--db", db); err != nil {
		t.Fatalf("seed: %v\n%s", err, out)
	}
	for _, c := range []struct{ flag, value, want string }{
		{"--category", "user.contact.emial", "did you mean user.contact.email"},
		{"--purpose", "marketting", "did you mean marketing"},
		{"--country", "Germany", "did you mean DE (Germany)"},
		{"--country", "USA", "did you mean US"},
		{"--country", "JP", "no transfer in the catalog reaches Japan"},
	} {
		out, err := run(t, ctx, "map", "--db", db, c.flag, c.value)
		if err == nil || !strings.Contains(err.Error(), c.flag) || !strings.Contains(err.Error(), c.want) {
			t.Errorf("map %s %s: err = %v, want one naming %s and saying %q", c.flag, c.value, err, c.flag, c.want)
		}
		if out != "" {
			t.Errorf("map %s %s printed a map:\n%.200s", c.flag, c.value, out)
		}
	}
	// The seed notices transfer to the United States; the country's case
	// does not matter.
	out, err := run(t, ctx, "map", "--db", db, "--country", "us", "--format", "dot")
	if err != nil || !strings.Contains(out, "United States") {
		t.Errorf("map --country us: %v\n%.300s", err, out)
	}
}
