package graph_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/ropacatalog/ropa/graph"
	"github.com/ropacatalog/ropa/internal/store"
	"github.com/ropacatalog/ropa/seed"
)

// get fetches a URL with a bearer token (none when "").
func get(t *testing.T, url, token string) (int, []byte, http.Header) {
	t.Helper()
	req, _ := http.NewRequest("GET", url, nil)
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, b, resp.Header
}

const inventoryCounts = `query($o: String!) {
  transfers: transferInventory(organization: $o) { totalCount }
  invalid: transferInventory(organization: $o, filter: {invalidOnly: true}) { totalCount rows { safeguard { key } validity evidence { quote } } }
  us: transferInventory(organization: $o, filter: {country: "US"}, orderBy: {field: "validity", direction: DESC}) { totalCount }
  recipients: recipientInventory(organization: $o) { totalCount }
  processors: recipientInventory(organization: $o, filter: {role: "processor"}, first: 3) { totalCount pageInfo { hasNextPage endCursor } rows { recipient { name kind } } }
  categories: categoryInventory(organization: $o, filter: {specialOnly: true}) { totalCount }
  fields: fieldInventory(organization: $o, filter: {system: "careers"}) { totalCount rows { field { path } recipients { name } } }
}`

// TestInventoryExports: each export has a header row and exactly the rows
// the GraphQL inventory counts under the same filters, in CSV and XLSX;
// bad input names its field; an anonymous request is refused as report
// downloads are (401), a viewer's served.
func TestInventoryExports(t *testing.T) {
	client, gqlURL := server(t, store.Config{})
	if _, err := seed.Load(context.Background(), client); err != nil {
		t.Fatal(err)
	}
	base := strings.TrimSuffix(gqlURL, "/graphql")
	d := mustDo(t, gqlURL, inventoryCounts, map[string]any{"o": "ujet"})
	count := func(k string) int { return int(d[k].(map[string]any)["totalCount"].(float64)) }
	inv := d["invalid"].(map[string]any)
	if count("invalid") != 2 || !strings.Contains(inv["rows"].([]any)[0].(map[string]any)["validity"].(string), "invalid since 2020-") {
		t.Errorf("UJET's invalid transfers: %v, want the EU-US and Swiss-US Privacy Shields", inv)
	}
	for _, r := range d["processors"].(map[string]any)["rows"].([]any) {
		if k := r.(map[string]any)["recipient"].(map[string]any)["kind"]; k != "processor" {
			t.Errorf("role processor lists a %v", k)
		}
	}
	cases := []struct{ path, count string }{
		{"transfers", "transfers"},
		{"transfers?invalid=true", "invalid"},
		{"transfers?country=US&sort=validity&dir=desc", "us"},
		{"recipients", "recipients"},
		{"recipients?role=processor", "processors"},
		{"categories?special=true", "categories"},
		{"fields?system=careers", "fields"},
	}
	for _, c := range cases {
		kind, query, _ := strings.Cut(c.path, "?")
		want := count(c.count)
		if want == 0 {
			t.Errorf("%s: the GraphQL inventory is empty; the test needs rows", c.path)
		}
		u := base + "/reports/inventory/" + kind + ".csv?org=ujet&" + query
		st, body, h := get(t, u, "")
		if st != 200 || !strings.HasPrefix(h.Get("Content-Type"), "text/csv") || !strings.Contains(h.Get("Content-Disposition"), "ujet-"+kind+".csv") {
			t.Fatalf("GET %s: %d %s %v", u, st, body, h)
		}
		rows, err := csv.NewReader(bytes.NewReader(body)).ReadAll()
		if err != nil {
			t.Fatalf("%s: %v", u, err)
		}
		if len(rows)-1 != want {
			t.Errorf("%s: %d rows under the header, GraphQL totalCount %d", u, len(rows)-1, want)
		}
		u = strings.Replace(u, ".csv?", ".xlsx?", 1)
		st, body, _ = get(t, u, "")
		if st != 200 {
			t.Fatalf("GET %s: %d %s", u, st, body)
		}
		f, err := excelize.OpenReader(bytes.NewReader(body))
		if err != nil {
			t.Fatalf("%s: %v", u, err)
		}
		xrows, err := f.GetRows(f.GetSheetName(0))
		if err != nil {
			t.Fatal(err)
		}
		if len(xrows)-1 != want || !equalRows(xrows[0], rows[0]) {
			t.Errorf("%s: %d rows under header %q, want %d under %q", u, len(xrows)-1, xrows[0], want, rows[0])
		}
	}
	// The invalid transfers' CSV: the human headers, the date, the quoted sentence.
	_, body, _ := get(t, base+"/reports/inventory/transfers.csv?org=ujet&invalid=true&safeguard=privacy_shield", "")
	rows, _ := csv.NewReader(bytes.NewReader(body)).ReadAll()
	if len(rows) != 2 || rows[0][0] != "Country" || rows[0][4] != "Validity" || !strings.HasPrefix(rows[1][4], "invalid since 2020-07-16") ||
		!strings.Contains(rows[1][6], "“We also participate in the EU-U.S. Privacy Shield and Swiss – U.S. Privacy Shield Frameworks.”") {
		t.Errorf("the Privacy Shield transfer as CSV: %q", rows)
	}

	for _, c := range []struct {
		path  string
		st    int
		field string
	}{
		{"transfers.csv?org=nosuch", 404, "nosuch"},
		{"transfers.csv", 400, "org"},
		{"transfers.csv?org=ujet&role=processor", 400, "filter.role"},
		{"transfers.csv?org=ujet&sort=colour", 400, "orderBy.field"},
		{"transfers.csv?org=ujet&invalid=maybe", 400, "invalid"},
		{"vendors.csv?org=ujet", 404, "vendors"},
		{"transfers.pdf?org=ujet", 404, "transfers.pdf"},
	} {
		if st, body, _ := get(t, base+"/reports/inventory/"+c.path, ""); st != c.st || !strings.Contains(string(body), c.field) {
			t.Errorf("GET %s: %d %s, want %d naming %s", c.path, st, body, c.st, c.field)
		}
	}
	r := do(t, gqlURL, `{ transferInventory(organization: "ujet", first: 0) { totalCount } }`, nil)
	if len(r.Errors) != 1 || r.Errors[0].Extensions["code"] != "INVALID_INPUT" || r.Errors[0].Extensions["field"] != "first" {
		t.Errorf("first: 0: %+v, want INVALID_INPUT naming first", r.Errors)
	}
	r = do(t, gqlURL, `{ recipientInventory(organization: "nosuch") { totalCount } }`, nil)
	if len(r.Errors) != 1 || r.Errors[0].Extensions["field"] != "organization" {
		t.Errorf("unknown organization: %+v, want INVALID_INPUT naming organization", r.Errors)
	}
}

func equalRows(a, b []string) bool { return strings.Join(a, "\x00") == strings.Join(b, "\x00") }

// TestInventoryExportSignIn: with sign-in on, an anonymous download is
// refused as the Article 30 report's is, and a viewer's token is served.
func TestInventoryExportSignIn(t *testing.T) {
	client, base, tokens := signedServer(t, graph.Options{})
	if _, err := seed.Load(context.Background(), client); err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{"/reports/article30?org=ujet&format=csv", "/reports/inventory/transfers.csv?org=ujet"} {
		if st, _, _ := get(t, base+path, ""); st != http.StatusUnauthorized {
			t.Errorf("anonymous %s: %d, want 401", path, st)
		}
		if st, body, _ := get(t, base+path, "ropa_nosuchtoken"); st != http.StatusUnauthorized {
			t.Errorf("bad token %s: %d %s, want 401", path, st, body)
		}
		if st, body, _ := get(t, base+path, tokens["viewer"]); st != 200 {
			t.Errorf("viewer %s: %d %s, want 200", path, st, body)
		}
	}
}
