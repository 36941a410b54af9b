package graph_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/ropacatalog/ropa/graph"
	"github.com/ropacatalog/ropa/internal/store"
	"github.com/ropacatalog/ropa/internal/store/storetest"
)

// rawPost sends body to url and returns the status and the decoded answer.
func rawPost(t *testing.T, url string, body []byte) (int, gqlResult) {
	t.Helper()
	resp, err := http.Post(url, "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var r gqlResult
	if err := json.NewDecoder(resp.Body).Decode(&r); err != nil {
		t.Fatalf("answer to %.60q is not JSON: %v", body, err)
	}
	return resp.StatusCode, r
}

func query(q string) []byte {
	b, _ := json.Marshal(map[string]any{"query": q})
	return b
}

// TestLimitsRefuseAttacks: the requests that once knocked the server over
// are refused with a code, and malformed ones answer 400 without a panic.
func TestLimitsRefuseAttacks(t *testing.T) {
	_, url := server(t, store.Config{})
	deep := "{ activities { edges { node { name " + strings.Repeat("organization { activities { ", 100) +
		"name" + strings.Repeat(" } }", 100) + " } } } }"
	var aliases strings.Builder
	aliases.WriteString("{ organizations { edges { node { ")
	for i := 0; i < 10000; i++ {
		fmt.Fprintf(&aliases, "a%d: name ", i)
	}
	aliases.WriteString("} } } }")
	wide := `{ activities(first: 1000) { edges { node { disclosures { recipient { disclosures { activity { disclosures { id } } } } } } } } }`
	cases := []struct {
		name   string
		body   []byte
		status int
		code   string
	}{
		{"nested 200 levels", query(deep), http.StatusUnprocessableEntity, "QUERY_TOO_DEEP"},
		{"10,000 aliases", query(aliases.String()), http.StatusUnprocessableEntity, "TOO_MANY_ALIASES"},
		{"fan-out", query(wide), http.StatusUnprocessableEntity, "QUERY_TOO_COSTLY"},
		{"2 MB body", query("{ organizations { totalCount } }" + strings.Repeat(" ", 2<<20)), http.StatusRequestEntityTooLarge, "BODY_TOO_LARGE"},
		{"batch", []byte(`[{"query":"{ organizations { totalCount } }"}]`), http.StatusBadRequest, "BAD_REQUEST"},
		{"empty body", nil, http.StatusBadRequest, "BAD_REQUEST"},
		{"malformed JSON", []byte(`{"query": "{ organizations { totalCount } }"`), http.StatusBadRequest, ""},
		{"not an object", []byte(`"query"`), http.StatusBadRequest, "BAD_REQUEST"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			status, r := rawPost(t, url, c.body)
			if len(r.Errors) == 0 {
				t.Fatalf("status %d, no error", status)
			}
			if c.code != "" && r.Errors[0].Extensions["code"] != c.code {
				t.Errorf("error %q %v, want code %s", r.Errors[0].Message, r.Errors[0].Extensions, c.code)
			}
			if status != c.status && !(c.status == http.StatusUnprocessableEntity && status == http.StatusOK) {
				t.Errorf("status %d, want %d", status, c.status)
			}
		})
	}
	// A mutation with a malformed body writes nothing and the server still
	// answers.
	if status, r := rawPost(t, url, query(`{ organizations { totalCount } }`)); status != http.StatusOK || len(r.Errors) > 0 {
		t.Errorf("after the attacks: status %d, errors %+v", status, r.Errors)
	}
}

// TestWebInterfaceQueriesWithinLimits: every operation the web interface
// sends, and the README's first query, is within the default limits.
func TestWebInterfaceQueriesWithinLimits(t *testing.T) {
	var sources []string
	filepath.WalkDir("../frontend/src", func(path string, d os.DirEntry, err error) error {
		if err == nil && strings.HasSuffix(path, ".tsx") {
			b, _ := os.ReadFile(path)
			sources = append(sources, string(b))
		}
		return nil
	})
	readme, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	var ops []string
	for _, src := range sources {
		for _, m := range regexp.MustCompile("(?s)graphql\\(`(.*?)`\\)").FindAllStringSubmatch(src, -1) {
			ops = append(ops, m[1])
		}
	}
	if len(ops) < 10 {
		t.Fatalf("found %d operations in frontend/src; the check proves little", len(ops))
	}
	first := regexp.MustCompile("(?s)## A first query.*?```graphql\n(.*?)```").FindSubmatch(readme)
	if first == nil {
		t.Fatal("no first query in the README")
	}
	ops = append(ops, string(first[1]))
	// A fragment is measured with each operation that spreads it.
	fragments := map[string]string{}
	fragmentName := regexp.MustCompile(`^fragment\s+(\w+)`)
	for _, op := range ops {
		if m := fragmentName.FindStringSubmatch(strings.TrimSpace(op)); m != nil {
			fragments[m[1]] = op
		}
	}
	spreads := regexp.MustCompile(`\.\.\.(\w+)`)
	for _, op := range ops {
		if fragmentName.MatchString(strings.TrimSpace(op)) {
			continue
		}
		doc, added := op, map[string]bool{}
		for i := 0; i < 10; i++ { // fragments spreading fragments
			for _, m := range spreads.FindAllStringSubmatch(doc, -1) {
				if f, ok := fragments[m[1]]; ok && !added[m[1]] {
					added[m[1]] = true
					doc += "\n" + f
				}
			}
		}
		depth, aliases, cost, refusal, err := graph.MeasureOperation(doc, nil)
		if err != nil {
			t.Fatalf("%.80s: %v", op, err)
		}
		t.Logf("depth %2d aliases %3d cost %7d  %.60q", depth, aliases, cost, op)
		if refusal != nil {
			t.Errorf("%.80s: depth %d, aliases %d, cost %d: refused: %v", op, depth, aliases, cost, refusal)
		}
	}
}

// BenchmarkRefuseAttacks: time and memory to refuse each attack request,
// through the whole handler.
func BenchmarkRefuseAttacks(b *testing.B) {
	client := storetest.Open(b, store.Config{})
	h := graph.NewHandler(client)
	deep := query("{ activities { edges { node { name " + strings.Repeat("organization { activities { ", 100) +
		"name" + strings.Repeat(" } }", 100) + " } } } }")
	var aliases strings.Builder
	aliases.WriteString("{ organizations { edges { node { ")
	for i := 0; i < 10000; i++ {
		fmt.Fprintf(&aliases, "a%d: name ", i)
	}
	aliases.WriteString("} } } }")
	for _, c := range []struct {
		name string
		body []byte
	}{
		{"deep", deep},
		{"aliases", query(aliases.String())},
		{"body", query("{ organizations { totalCount } }" + strings.Repeat(" ", 8<<20))},
	} {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				rec := httptest.NewRecorder()
				h.ServeHTTP(rec, httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(c.body)))
				if rec.Code == http.StatusOK && !strings.Contains(rec.Body.String(), `"errors"`) {
					b.Fatalf("%s was answered", c.name)
				}
			}
		})
	}
}

// FuzzGraphQLRequest: whatever the body of a POST to /graphql, the handler
// answers with a status and JSON, and nothing panics (a panic fails the
// fuzz run). CI runs it for a short time (.ci/run).
func FuzzGraphQLRequest(f *testing.F) {
	for _, seed := range []string{
		`{"query":"{ organizations { totalCount } }"}`,
		`{"query":"mutation { createDataCategory(input: {key: \"a.b\", name: \"x\"}) { id } }"}`,
		`{"query":"query($f: String!) { recipientsOf(field: $f) { match } }","variables":{"f":"user"}}`,
		`[{"query":"{ __typename }"}]`, `{"query": 1}`, `{`, ``, `null`, `{"query":"{ node(id: \"abc\") { id } }"}`,
		`{"query":"{ activities(first: -1) { totalCount } }"}`, `{"operationName": 5, "query": "{ __typename }"}`,
	} {
		f.Add([]byte(seed))
	}
	client := storetest.Open(f, store.Config{})
	h := graph.NewMux(client)
	f.Fuzz(func(t *testing.T, body []byte) {
		rec := httptest.NewRecorder()
		req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		req.Host = "127.0.0.1:8080"
		h.ServeHTTP(rec, req)
		if rec.Code >= 500 {
			t.Errorf("status %d for %q: %s", rec.Code, body, rec.Body.String())
		}
		if !json.Valid(rec.Body.Bytes()) {
			t.Errorf("answer to %q is not JSON: %q", body, rec.Body.String())
		}
	})
}
