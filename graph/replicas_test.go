package graph_test

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"slices"
	"strconv"
	"testing"

	"github.com/ropacatalog/ropa/graph"
	"github.com/ropacatalog/ropa/internal/store"
	"github.com/ropacatalog/ropa/internal/store/storetest"
)

// TestTwoServersOneDatabase: two servers over one catalog database, as a
// deployment behind a load balancer runs them (PostgreSQL when
// ROPA_TEST_POSTGRES is set, else one shared SQLite database). Each keeps
// its own record and lineage index in memory; a write acknowledged by one
// is answered by the other on the very next request, both ways, with no
// wait: each question first reads the catalog's version.
func TestTwoServersOneDatabase(t *testing.T) {
	ctx := context.Background()
	dsn := storetest.DSN(t)
	open := func() string {
		c, err := store.Open(ctx, dsn, store.Config{})
		if err != nil {
			t.Fatalf("opening %s: %v", store.Redact(dsn), err)
		}
		t.Cleanup(func() { c.Close() })
		srv := httptest.NewServer(graph.NewMux(c))
		t.Cleanup(srv.Close)
		return srv.URL + "/graphql"
	}
	one, two := open(), open()
	c, err := store.Open(ctx, dsn, store.Config{})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	fixture(t, c, 2) // two activities, each disclosing email to two vendors

	receivers := func(url string) []string {
		t.Helper()
		d := mustDo(t, url, `query { recipientsOf(field: "user.contact.email", organization: "acme") { recipient { name } } }`, nil)
		var names []string
		for _, r := range d["recipientsOf"].([]any) {
			names = append(names, r.(map[string]any)["recipient"].(map[string]any)["name"].(string))
		}
		slices.Sort(names)
		return slices.Compact(names)
	}
	want := []string{"Vendor 000-0", "Vendor 000-1", "Vendor 001-0", "Vendor 001-1"}
	for _, url := range []string{one, two} {
		if got := receivers(url); !slices.Equal(got, want) {
			t.Fatalf("before any write, %s answers %q, want %q", url, got, want)
		}
	}

	// A new recipient of the email, written through the first server.
	ids := mustDo(t, one, `query {
		activities(first: 1, orderBy: {field: NAME}) { edges { node { id } } }
		dataCategories(where: {key: "user.contact.email"}) { edges { node { id } } }
		organizations(where: {key: "acme"}) { edges { node { id } } }
	}`, nil)
	first := func(conn string) string {
		return ids[conn].(map[string]any)["edges"].([]any)[0].(map[string]any)["node"].(map[string]any)["id"].(string)
	}
	r := mustDo(t, one, `mutation($org: ID!) { createRecipient(input: {name: "Newco Mailer", kind: processor, organizationID: $org}) { id } }`,
		map[string]any{"org": first("organizations")})
	newco := r["createRecipient"].(map[string]any)["id"].(string)
	d := mustDo(t, one, `mutation($a: ID!, $r: ID!, $c: ID!) { createDisclosure(input: {activityID: $a, recipientID: $r, dataCategoryIDs: [$c]}) { id } }`,
		map[string]any{"a": first("activities"), "r": newco, "c": first("dataCategories")})
	disclosure := d["createDisclosure"].(map[string]any)["id"].(string)

	withNewco := append(slices.Clone(want), "Newco Mailer")
	slices.Sort(withNewco)
	if got := receivers(two); !slices.Equal(got, withNewco) {
		t.Errorf("the other server, on the next request after the write: %q, want %q", got, withNewco)
	}

	// And back: removed through the second server, gone from the first.
	mustDo(t, two, `mutation($id: ID!) { deleteDisclosure(id: $id) }`, map[string]any{"id": disclosure})
	if got := receivers(one); !slices.Equal(got, want) {
		t.Errorf("the first server, on the next request after the other removed the disclosure: %q, want %q", got, want)
	}
}

// postWith sends a GraphQL request with extra headers and answers its
// data and extensions.
func postWith(t *testing.T, url, query string, vars, extensions map[string]any, header http.Header) (map[string]any, map[string]any) {
	t.Helper()
	req := map[string]any{"query": query, "variables": vars}
	if extensions != nil {
		req["extensions"] = extensions
	}
	body, _ := json.Marshal(req)
	r0, err := http.NewRequest(http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	r0.Header.Set("Content-Type", "application/json")
	for k, v := range header {
		r0.Header[k] = v
	}
	resp, err := http.DefaultClient.Do(r0)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var r struct {
		Data       map[string]any `json:"data"`
		Errors     []any          `json:"errors"`
		Extensions map[string]any `json:"extensions"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&r); err != nil {
		t.Fatal(err)
	}
	if len(r.Errors) > 0 {
		t.Fatalf("GraphQL errors: %v", r.Errors)
	}
	return r.Data, r.Extensions
}

// TestWriterPaysForTheRebuild: a mutation is acknowledged once the
// server's record and lineage index include it, so the question that
// follows finds them current (it runs only the statements of a question
// on an unchanged catalog: the sign-in check and the version read), and
// the acknowledgement carries the catalog version, which a client sends
// back (header or request extension) to be answered from a state at least
// that new.
func TestWriterPaysForTheRebuild(t *testing.T) {
	counter := &storetest.Counter{}
	client, url := server(t, store.Config{WrapDriver: counter.Wrap})
	fixture(t, client, 3)
	const question = `query { recipientsOf(field: "user.contact.email", organization: "acme") { recipient { name } } }`
	mustDo(t, url, question, nil) // builds the index

	ids := mustDo(t, url, `query { organizations(where: {key: "acme"}) { edges { node { id } } } }`, nil)
	org := ids["organizations"].(map[string]any)["edges"].([]any)[0].(map[string]any)["node"].(map[string]any)["id"]
	_, ext := postWith(t, url, `mutation($org: ID!) { createRecipient(input: {name: "Newco Mailer", kind: processor, organizationID: $org}) { id } }`,
		map[string]any{"org": org}, nil, nil)
	v, err := store.Version(context.Background(), client)
	if err != nil {
		t.Fatal(err)
	}
	got, ok := ext["catalogVersion"].(float64)
	if !ok || int64(got) != v {
		t.Fatalf("the mutation's extensions %v, want catalogVersion %d (the catalog's version after it)", ext, v)
	}

	counter.Reset()
	mustDo(t, url, question, nil)
	if n := counter.Count(); n != 2 {
		t.Errorf("the question after an acknowledged write ran %d statements, want 2: the writer should have rebuilt the record and index", n)
	}

	// The version sent back is accepted both ways, and a version the
	// server already holds costs nothing more.
	for _, way := range []struct {
		ext    map[string]any
		header http.Header
	}{
		{nil, http.Header{graph.MinVersionHeader: {strconv.FormatInt(v, 10)}}},
		{map[string]any{"minCatalogVersion": v}, nil},
	} {
		counter.Reset()
		d, _ := postWith(t, url, question, nil, way.ext, way.header)
		if n := counter.Count(); n != 2 {
			t.Errorf("a question needing version %d (%v %v), which the server holds, ran %d statements, want 2", v, way.ext, way.header, n)
		}
		if len(d["recipientsOf"].([]any)) == 0 {
			t.Errorf("a question needing version %d answered no recipient", v)
		}
	}
}
