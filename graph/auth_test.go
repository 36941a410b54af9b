package graph_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/vektah/gqlparser/v2/ast"

	"github.com/ropacatalog/ropa/ent"
	"github.com/ropacatalog/ropa/graph"
	"github.com/ropacatalog/ropa/internal/access"
	"github.com/ropacatalog/ropa/internal/auth"
	"github.com/ropacatalog/ropa/internal/store"
	"github.com/ropacatalog/ropa/internal/store/storetest"
)

// signedServer serves a catalog with sign-in on: it holds a token for
// each role, returned by role.
func signedServer(t *testing.T, opts graph.Options) (*ent.Client, string, map[auth.Role]string) {
	t.Helper()
	client := storetest.Open(t, store.Config{})
	s := access.New(client)
	tokens := map[auth.Role]string{}
	for _, r := range []auth.Role{auth.Viewer, auth.Editor, auth.Reviewer, auth.Admin} {
		secret, err := s.CreateToken(context.Background(), "cli:test", access.TokenSpec{Name: string(r) + "-token", Role: r})
		if err != nil {
			t.Fatal(err)
		}
		tokens[r] = secret
	}
	srv := httptest.NewServer(graph.NewServer(client, opts))
	t.Cleanup(srv.Close)
	return client, srv.URL, tokens
}

// send posts a GraphQL request with the token (none when "") and returns
// the HTTP status and the decoded answer.
func send(t *testing.T, url, token, query string, vars map[string]any) (int, gqlResult) {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req, _ := http.NewRequest("POST", url+"/graphql", strings.NewReader(string(body)))
	req.Header.Set("Content-Type", "application/json")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	var r gqlResult
	if err := json.Unmarshal(b, &r); err != nil {
		t.Fatalf("answer %s: %v", b, err)
	}
	return resp.StatusCode, r
}

// mutations returns, for every mutation of the schema, a document that
// passes validation: each required argument given a value of its type.
func mutations(t *testing.T, client *ent.Client) map[string]string {
	schema := graph.NewSchema(client).Schema()
	docs := map[string]string{}
	for _, f := range schema.Mutation.Fields {
		var args []string
		for _, a := range f.Arguments {
			if a.Type.NonNull && a.DefaultValue == nil {
				args = append(args, a.Name+": "+literal(schema, a.Type, 0))
			}
		}
		call := f.Name
		if len(args) > 0 {
			call += "(" + strings.Join(args, ", ") + ")"
		}
		if def := schema.Types[f.Type.Name()]; def.Kind == ast.Object || def.Kind == ast.Interface {
			call += " { __typename }"
		}
		docs[f.Name] = "mutation { " + call + " }"
	}
	return docs
}

// literal is a GraphQL value of type typ: the smallest input that
// validates.
func literal(schema *ast.Schema, typ *ast.Type, depth int) string {
	if typ.Elem != nil {
		return "[]"
	}
	def := schema.Types[typ.NamedType]
	switch def.Kind {
	case ast.Enum:
		return def.EnumValues[0].Name
	case ast.InputObject:
		var fields []string
		for _, f := range def.Fields {
			if f.Type.NonNull && f.DefaultValue == nil && depth < 5 {
				fields = append(fields, f.Name+": "+literal(schema, f.Type, depth+1))
			}
		}
		return "{" + strings.Join(fields, ", ") + "}"
	}
	switch def.Name {
	case "Int", "Float":
		return "1"
	case "Boolean":
		return "true"
	case "ID":
		return `"4294967297"`
	case "Time":
		return `"2026-01-01T00:00:00Z"`
	case "Map":
		return "{}"
	}
	return `"x"`
}

// TestEveryMutationRefused: a viewer is refused every mutation of the
// schema, and so is an anonymous request once sign-in is on; none writes
// anything.
func TestEveryMutationRefused(t *testing.T) {
	client, url, tokens := signedServer(t, graph.Options{})
	ctx := context.Background()
	docs := mutations(t, client)
	if len(docs) < 60 {
		t.Fatalf("found %d mutations in the schema, want them all (more than 60)", len(docs))
	}
	before, err := store.Version(ctx, client)
	if err != nil {
		t.Fatal(err)
	}
	for name, doc := range docs {
		st, r := send(t, url, tokens[auth.Viewer], doc, nil)
		if st != http.StatusOK || len(r.Errors) != 1 || r.Errors[0].Extensions["code"] != "FORBIDDEN" || r.Data[name] != nil {
			t.Errorf("viewer: %s: status %d, %+v; want FORBIDDEN", doc, st, r.Errors)
		}
		if st, r := send(t, url, "", doc, nil); st != http.StatusUnauthorized || len(r.Errors) != 1 || r.Errors[0].Extensions["code"] != "UNAUTHENTICATED" {
			t.Errorf("anonymous: %s: status %d, %+v; want 401 UNAUTHENTICATED", doc, st, r.Errors)
		}
	}
	if after, _ := store.Version(ctx, client); after != before {
		t.Errorf("catalog version %d after the refused mutations, was %d: something was written", after, before)
	}
}

// TestRolesThroughTheAPI: an editor writes facts that wait for review,
// under their token's name; only a reviewer confirms them; everyone
// signed in reads; me says who and what.
func TestRolesThroughTheAPI(t *testing.T) {
	_, url, tokens := signedServer(t, graph.Options{})
	create := `mutation { createOrganization(input: {key: "acme", name: "Acme"}) { id origin reviewStatus } }`
	_, r := send(t, url, tokens[auth.Editor], create, nil)
	if len(r.Errors) > 0 {
		t.Fatalf("editor creating: %+v", r.Errors)
	}
	org := r.Data["createOrganization"].(map[string]any)
	if org["origin"] != "api:token:editor-token" || org["reviewStatus"] != "UNREVIEWED" {
		t.Errorf("editor's organization: %v; want origin api:token:editor-token, UNREVIEWED", org)
	}
	confirm := `mutation($id: ID!) { updateOrganization(id: $id, input: {reviewStatus: REVIEWED}) { reviewStatus } }`
	vars := map[string]any{"id": org["id"]}
	if _, r := send(t, url, tokens[auth.Editor], confirm, vars); len(r.Errors) != 1 || r.Errors[0].Extensions["code"] != "FORBIDDEN" {
		t.Errorf("editor confirming: %+v, want FORBIDDEN", r.Errors)
	}
	if _, r := send(t, url, tokens[auth.Reviewer], confirm, vars); len(r.Errors) > 0 {
		t.Errorf("reviewer confirming: %+v", r.Errors)
	}
	_, r = send(t, url, tokens[auth.Viewer], `{ organizations { edges { node { key reviewStatus } } } me { name role via canEdit canReview canAdmin } }`, nil)
	if len(r.Errors) > 0 {
		t.Fatalf("viewer reading: %+v", r.Errors)
	}
	if got := fmt.Sprint(r.Data["organizations"]); !strings.Contains(got, "acme") || !strings.Contains(got, "REVIEWED") {
		t.Errorf("viewer reads %s", got)
	}
	me := r.Data["me"].(map[string]any)
	if me["name"] != "viewer-token" || me["role"] != "VIEWER" || me["via"] != "token" || me["canEdit"] != false || me["canAdmin"] != false {
		t.Errorf("me = %v", me)
	}
}

// TestIntrospectionSetting: introspection and the playground are on for
// the development server, off once sign-in is on, unless set on.
func TestIntrospectionSetting(t *testing.T) {
	intro := `{ __schema { queryType { name } } }`
	_, dev := server(t, store.Config{})
	if r := do(t, dev, intro, nil); len(r.Errors) > 0 {
		t.Errorf("development server: %+v", r.Errors)
	}
	for mode, want := range map[graph.Introspection]bool{graph.IntrospectionAuto: false, graph.IntrospectionOn: true, graph.IntrospectionOff: false} {
		_, url, tokens := signedServer(t, graph.Options{Introspection: mode})
		_, r := send(t, url, tokens[auth.Admin], intro, nil)
		if got := len(r.Errors) == 0; got != want {
			t.Errorf("introspection %q with sign-in: allowed = %v (%+v), want %v", mode, got, r.Errors, want)
		}
		req, _ := http.NewRequest("GET", url+"/playground", nil)
		req.Header.Set("Authorization", "Bearer "+tokens[auth.Admin])
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if got := resp.StatusCode == http.StatusOK; got != want {
			t.Errorf("playground %q with sign-in: status %d, want served = %v", mode, resp.StatusCode, want)
		}
	}
}
