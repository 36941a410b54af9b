package graph_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"reflect"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/vektah/gqlparser/v2/ast"

	"github.com/ropacatalog/ropa/ent"
	"github.com/ropacatalog/ropa/graph"
	"github.com/ropacatalog/ropa/internal/store"
	"github.com/ropacatalog/ropa/internal/store/storetest"
	"github.com/ropacatalog/ropa/internal/synth"
	"github.com/ropacatalog/ropa/seed"
)

// allScalars selects, for the GraphQL object typ, every field without
// arguments whose type is a scalar or an enum, and, down to depth, the same
// of every object field (lists of objects only at the top, where
// RecipientLineage holds them itself; below it they are ent list edges,
// which the fast path leaves to gqlgen).
func allScalars(s *ast.Schema, typ string, depth int, top bool) string {
	var parts []string
	for _, f := range s.Types[typ].Fields {
		if len(f.Arguments) > 0 || strings.HasPrefix(f.Name, "__") {
			continue
		}
		named := s.Types[f.Type.Name()]
		switch named.Kind {
		case ast.Scalar, ast.Enum:
			if named.Name == "Map" || named.Name == "Cursor" {
				continue
			}
			parts = append(parts, f.Name)
		case ast.Object:
			if depth == 0 || (f.Type.Elem != nil && !top) {
				continue
			}
			parts = append(parts, f.Name+" { "+allScalars(s, named.Name, depth-1, false)+" }")
		}
	}
	return strings.Join(parts, " ")
}

// TestFastPathMatchesGqlgen: for lineage questions the fast path's
// response is the one gqlgen gives, for every scalar and enum field of the
// answer's objects and their loaded edges, with aliases, fragments,
// __typename and @skip/@include; selections it does not write fall back to
// gqlgen, with the same result.
func TestFastPathMatchesGqlgen(t *testing.T) {
	client := storetest.Open(t, store.Config{})
	if _, err := seed.Load(context.Background(), client); err != nil {
		t.Fatal(err)
	}
	fast, slow, hits := fastAndGqlgen(t, client)

	schema := graph.NewExecutableSchema(graph.Config{}).Schema()
	// Every scalar of the answer's objects, and of the edges the index
	// loads: an evidence's document, a transfer's safeguard, an activity's
	// organization. Other edges (a category's parent, a transfer's
	// recipient) are not loaded; gqlgen queries them and the fast path
	// leaves such selections to it ("two levels" below).
	everything := allScalars(schema, "RecipientLineage", 1, true) +
		" evidence { document { " + allScalars(schema, "PolicyDocument", 0, false) + " } }" +
		" transfers { safeguard { " + allScalars(schema, "TransferSafeguard", 0, false) + " } }" +
		" activity { organization { " + allScalars(schema, "Organization", 0, false) + " } }" +
		" disclosure { activity { name } recipient { name } }" +
		" legalBases { " + allScalars(schema, "LineageBasis", 1, false) + " }"
	twoLevels := allScalars(schema, "RecipientLineage", 2, true)
	for _, want := range []string{"recipient { ", "legalBases { ", "document { ", "safeguard { ", "reviewStatus", "validUntil", "lastUpdated", "dpiaRequired", "parent { "} {
		if !strings.Contains(twoLevels, want) {
			t.Fatalf("the generated selection lacks %q: %s", want, twoLevels)
		}
	}
	for _, want := range []string{"recipient { ", "legalBases { ", "document { ", "safeguard { ", "reviewStatus", "validUntil", "lastUpdated", "dpiaRequired", "specialCondition { "} {
		if !strings.Contains(everything, want) {
			t.Fatalf("the generated selection lacks %q: %s", want, everything)
		}
	}
	var orgs struct {
		Organizations struct {
			Edges []struct{ Node struct{ ID string } }
		}
	}
	decodeData(t, post(t, slow, `{ organizations { edges { node { id } } } }`, nil), &orgs)
	if len(orgs.Organizations.Edges) == 0 {
		t.Fatal("no organizations in the seed")
	}
	org := orgs.Organizations.Edges[0].Node.ID

	// The web interface's lookup query, read from its source.
	tsx, err := os.ReadFile("../frontend/src/views/Lookup.tsx")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile("(?s)graphql\\(`\\s*(query RecipientsOf.*?)`\\)").FindSubmatch(tsx)
	if m == nil {
		t.Fatal("no RecipientsOf query in frontend/src/views/Lookup.tsx")
	}
	queries := []struct {
		name, query string
		vars        map[string]any
		fast        bool // the fast path answers it
	}{
		{"lineage tests' query", recipientsOfQuery, map[string]any{"f": "user.contact.email"}, true},
		{"web interface's lookup", string(m[1]), map[string]any{"field": "user.contact.email"}, true},
		{"every scalar", `query($f: String!, $o: String) { recipientsOf(field: $f, organization: $o) { ` + everything + ` } }`, map[string]any{"f": "user.contact"}, true},
		{"every scalar, one organization", `query($f: String!, $o: String) { recipientsOf(field: $f, organization: $o) { ` + everything + ` } }`, map[string]any{"f": "user", "o": org}, true},
		{"every scalar, field path", `query($f: String!) { recipientsOf(field: $f) { ` + everything + ` } }`, map[string]any{"f": "website.forms.work_email"}, true},
		{"aliases, fragments, typename, directives", `
			query($f: String!, $yes: Boolean!) {
			  who: recipientsOf(field: $f) {
			    __typename
			    r: recipient { ...R ... on Node { id } }
			    recipient { kind }
			    match @include(if: $yes)
			    category @skip(if: $yes) { key }
			    ... on RecipientLineage { legalBases { __typename basis: legalBasis { key } } }
			    evidence { document { t: title } }
			  }
			}
			fragment R on Recipient { name named }`, map[string]any{"f": "user.device", "yes": true}, true},
		{"no recipients", recipientsOfQuery, map[string]any{"f": "system"}, true},
		{"edges the index does not load: gqlgen answers", `query($f: String!) { recipientsOf(field: $f) { ` + twoLevels + ` } }`, map[string]any{"f": "user.contact"}, false},
		{"list edge: gqlgen answers", `query($f: String!) { recipientsOf(field: $f) { recipient { name disclosures { id } } } }`, map[string]any{"f": "user.contact.email"}, false},
		{"field with arguments: gqlgen answers", `query($f: String!) { recipientsOf(field: $f) { activity { name retentionRules { id } } } }`, map[string]any{"f": "user.contact.email"}, false},
		{"two root fields: gqlgen answers", `query($f: String!) { recipientsOf(field: $f) { match } dataCategories { totalCount } }`, map[string]any{"f": "user.contact.email"}, false},
		{"unknown field: gqlgen reports it", recipientsOfQuery, map[string]any{"f": "user.contact.emial"}, false},
	}
	for _, q := range queries {
		t.Run(q.name, func(t *testing.T) {
			before := hits()
			got := post(t, fast, q.query, q.vars)
			answered := hits() > before
			if answered != q.fast {
				t.Errorf("fast path answered: %v, want %v", answered, q.fast)
			}
			want := post(t, slow, q.query, q.vars)
			w := sameResponse(t, got, want)
			// The comparison means something: the answers hold recipients.
			if d, _ := w.(map[string]any)["data"].(map[string]any); q.fast {
				for _, v := range d {
					if l, _ := v.([]any); len(l) == 0 && q.name != "no recipients" || len(l) > 0 && q.name == "no recipients" {
						t.Errorf("%d recipients in %.300s", len(l), want)
					}
				}
			}
		})
	}
}

// TestFastPathMatchesGqlgenSynthetic: the same comparison on a synthetic
// catalog (the benchmarks' kind), for field paths and category keys.
func TestFastPathMatchesGqlgenSynthetic(t *testing.T) {
	client := storetest.Open(t, store.Config{})
	res, err := synth.Generate(context.Background(), client, synth.Config{Seed: 5, Activities: 150, Fields: 1500, Recipients: 60, Categories: 50})
	if err != nil {
		t.Fatal(err)
	}
	fast, slow, hits := fastAndGqlgen(t, client)
	asked := 0
	var questions []string
	for i := 0; i < 20; i++ {
		questions = append(questions, fmt.Sprintf("sys%03d.ds%02d.f0000", i*5, i%10))
	}
	questions = append(questions, res.GroupKeys[0], res.LeafKeys[0])
	for _, f := range questions {
		got := post(t, fast, recipientsOfQuery, map[string]any{"f": f})
		want := post(t, slow, recipientsOfQuery, map[string]any{"f": f})
		sameResponse(t, got, want)
		if bytes.Contains(want, []byte(`"recipient":`)) {
			asked++
		}
	}
	if hits() != 22 || asked < 10 {
		t.Fatalf("fast path answered %d of 22 questions; %d had recipients", hits(), asked)
	}
}

// fastAndGqlgen serves client's API twice: with the fast path (counting
// the operations it answers) and without it.
func fastAndGqlgen(t *testing.T, client *ent.Client) (fast, slow string, hits func() int64) {
	t.Helper()
	fastH, hits := graph.NewHandlerCountingFastPath(client)
	f := httptest.NewServer(fastH)
	t.Cleanup(f.Close)
	s := httptest.NewServer(graph.NewHandlerWithoutFastPath(client))
	t.Cleanup(s.Close)
	return f.URL, s.URL, hits
}

// sameResponse fails t unless the fast path's response equals gqlgen's, as
// decoded values and byte for byte (keys in selection order, the same
// escapes); it returns gqlgen's, decoded.
func sameResponse(t *testing.T, got, want []byte) any {
	t.Helper()
	var g, w any
	if err := json.Unmarshal(got, &g); err != nil {
		t.Fatalf("fast path response is not JSON: %v: %.300s", err, got)
	}
	if err := json.Unmarshal(want, &w); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(g, w) {
		t.Fatalf("responses differ at %s\nfast: %.600s\ngqlgen: %.600s", firstDiff("", g, w), got, want)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("responses are equal as values but differ in bytes\nfast: %.600s\ngqlgen: %.600s", got, want)
	}
	return w
}

// post sends a GraphQL request and returns the response body.
func post(t *testing.T, url, query string, vars map[string]any) []byte {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	resp, err := http.Post(url, "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func decodeData(t *testing.T, raw []byte, v any) {
	t.Helper()
	var r struct {
		Data   json.RawMessage
		Errors []any
	}
	if err := json.Unmarshal(raw, &r); err != nil || len(r.Errors) > 0 {
		t.Fatalf("%v %.300s", err, raw)
	}
	if err := json.Unmarshal(r.Data, v); err != nil {
		t.Fatal(err)
	}
}

// firstDiff names the first path at which two decoded JSON values differ.
func firstDiff(path string, a, b any) string {
	switch av := a.(type) {
	case map[string]any:
		bv, ok := b.(map[string]any)
		if !ok {
			return path
		}
		keys := make([]string, 0, len(av)+len(bv))
		for k := range av {
			keys = append(keys, k)
		}
		for k := range bv {
			if _, ok := av[k]; !ok {
				keys = append(keys, k)
			}
		}
		sort.Strings(keys)
		for _, k := range keys {
			if !reflect.DeepEqual(av[k], bv[k]) {
				return firstDiff(path+"."+k, av[k], bv[k])
			}
		}
	case []any:
		bv, ok := b.([]any)
		if !ok || len(av) != len(bv) {
			return fmt.Sprintf("%s (lengths or types)", path)
		}
		for i := range av {
			if !reflect.DeepEqual(av[i], bv[i]) {
				return firstDiff(fmt.Sprintf("%s[%d]", path, i), av[i], bv[i])
			}
		}
	}
	return fmt.Sprintf("%s: %v vs %v", path, a, b)
}
