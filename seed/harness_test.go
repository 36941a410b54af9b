package seed_test

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/ropacatalog/ropa/graph"
	"github.com/ropacatalog/ropa/internal/store"
	"github.com/ropacatalog/ropa/internal/store/storetest"
	"github.com/ropacatalog/ropa/seed"
)

// The questions tests share one seeded catalog behind a real HTTP server:
// they only read.
var (
	seededOnce sync.Once
	seededURL  string
	seededErr  error
)

func seededServer(t *testing.T) string {
	t.Helper()
	seededOnce.Do(func() {
		// Not tied to one test's cleanup: the server lives for the package.
		dsn := storetest.DSN(&sharedTB{T: t})
		client, err := store.Open(context.Background(), dsn, store.Config{})
		if err != nil {
			seededErr = err
			return
		}
		if _, err := seed.Load(context.Background(), client); err != nil {
			seededErr = err
			return
		}
		seededURL = httptest.NewServer(graph.NewMux(client)).URL + "/graphql"
	})
	if seededErr != nil {
		t.Fatalf("seeding the catalog: %v", seededErr)
	}
	return seededURL
}

// sharedTB keeps the shared database alive past the first test that asks
// for it: its cleanups (dropping a PostgreSQL test database) run in
// TestMain after all tests.
type sharedTB struct{ *testing.T }

var sharedCleanups []func()

func (sharedTB) Cleanup(f func()) { sharedCleanups = append(sharedCleanups, f) }

func TestMain(m *testing.M) {
	code := m.Run()
	for _, f := range sharedCleanups {
		f()
	}
	os.Exit(code)
}

// ask runs a GraphQL query against the seeded catalog over HTTP and returns
// its data; a GraphQL error fails the test.
func ask(t *testing.T, query string, vars map[string]any) map[string]any {
	t.Helper()
	data, errs := post(t, seededServer(t), query, vars)
	if len(errs) > 0 {
		t.Fatalf("GraphQL errors: %v\nquery: %s", errs, query)
	}
	return data
}

func post(t *testing.T, url, query string, vars map[string]any) (map[string]any, []any) {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	resp, err := http.Post(url, "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var out struct {
		Data   map[string]any `json:"data"`
		Errors []any          `json:"errors"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		t.Fatalf("decoding GraphQL response: %v", err)
	}
	return out.Data, out.Errors
}

// path walks decoded JSON by object keys (string) and array indexes (int);
// it returns nil when a step is missing.
func path(v any, keys ...any) any {
	for _, k := range keys {
		switch k := k.(type) {
		case string:
			m, ok := v.(map[string]any)
			if !ok {
				return nil
			}
			v = m[k]
		case int:
			a, ok := v.([]any)
			if !ok || k < 0 || k >= len(a) {
				return nil
			}
			v = a[k]
		}
	}
	return v
}

// nodes returns the nodes of a connection at path.
func nodes(v any, keys ...any) []map[string]any {
	var out []map[string]any
	edges, _ := path(v, append(keys, "edges")...).([]any)
	for _, e := range edges {
		if n, ok := path(e, "node").(map[string]any); ok {
			out = append(out, n)
		}
	}
	return out
}

// strs collects the string at sub-path of every element of a list.
func strs(list any, keys ...any) []string {
	var out []string
	items, _ := list.([]any)
	for _, it := range items {
		if s, ok := path(it, keys...).(string); ok {
			out = append(out, s)
		}
	}
	return out
}

// has reports whether want is among got.
func has(got []string, want string) bool {
	for _, g := range got {
		if g == want {
			return true
		}
	}
	return false
}

// evidenceQuotes returns the quotes of the evidence list under v.
func evidenceQuotes(v any) []string { return strs(path(v, "evidence"), "quote") }

// anyContains reports whether one of the quotes contains sub.
func anyContains(quotes []string, sub string) bool {
	for _, q := range quotes {
		if strings.Contains(q, sub) {
			return true
		}
	}
	return false
}

// activitiesWhere returns the activities matching where (a GraphQL
// ProcessingActivityWhereInput literal) by name, with the given fields.
func activitiesWhere(t *testing.T, where, fields string) map[string]map[string]any {
	t.Helper()
	data := ask(t, `query { activities(where: `+where+`) { edges { node { name `+fields+` } } } }`, nil)
	out := map[string]map[string]any{}
	for _, n := range nodes(data, "activities") {
		out[n["name"].(string)] = n
	}
	if len(out) == 0 {
		t.Fatalf("no activities match %s", where)
	}
	return out
}

// activityNamed returns the named activity, failing with the known names.
func activityNamed(t *testing.T, acts map[string]map[string]any, name string) map[string]any {
	t.Helper()
	a, ok := acts[name]
	if !ok {
		names := make([]string, 0, len(acts))
		for n := range acts {
			names = append(names, n)
		}
		sort.Strings(names)
		t.Fatalf("activity %q not found; have %v", name, names)
	}
	return a
}

// kindOf returns a statement's kind in lower case (the GraphQL enum's case
// is the schema's business, not the question's).
func kindOf(st map[string]any) string {
	k, _ := st["kind"].(string)
	return strings.ToLower(k)
}

// statementsOf returns the statements matching where (a GraphQL
// StatementWhereInput literal), with kind, text, notice title, evidence,
// purposes, data categories and basis.
func statementsOf(t *testing.T, where string) []map[string]any {
	t.Helper()
	data := ask(t, `query { statements(where: `+where+`) { edges { node {
		kind text notice { title } evidence { quote } purposes { key } dataCategories { key } legalBasis { key } } } } }`, nil)
	return nodes(data, "statements")
}
