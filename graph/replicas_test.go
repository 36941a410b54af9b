package graph_test

import (
	"context"
	"net/http/httptest"
	"slices"
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
