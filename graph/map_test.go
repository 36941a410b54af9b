package graph_test

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestDataMapView: the map view and its details through the real handler
// on the seed catalog, the organization named by its key.
func TestDataMapView(t *testing.T) {
	url := seededServer(t)
	const view = `query($o: String!, $f: String, $x: [String!], $q: String) {
		dataMapView(organization: $o, focus: $f, expand: $x, search: $q) {
			nodes { id kind label key group members parent staleSafeguard }
			links { from to kind count }
			focus { id label }
			matchCount
			totals { activities recipients }
		} }`
	var v struct {
		DataMapView struct {
			Nodes []struct {
				ID, Kind, Label, Key string
				Group                bool
				Members              int
				Parent               *string
				StaleSafeguard       bool
			}
			Links []struct {
				From, To, Kind string
				Count          int
			}
			Focus      *struct{ ID, Label string }
			MatchCount int
			Totals     struct{ Activities, Recipients int }
		}
	}
	decode := func(d map[string]any) {
		t.Helper()
		b, _ := json.Marshal(d)
		v.DataMapView.Focus = nil
		if err := json.Unmarshal(b, &v); err != nil {
			t.Fatal(err)
		}
	}

	decode(mustDo(t, url, view, map[string]any{"o": "ujet"}))
	if v.DataMapView.Totals.Activities == 0 || v.DataMapView.Focus != nil {
		t.Fatalf("UJET's overview: %+v", v.DataMapView.Totals)
	}
	groups := 0
	var bg string
	for _, n := range v.DataMapView.Nodes {
		if n.Group {
			groups++
			if !strings.HasPrefix(n.ID, "cats:") || n.Members < 2 {
				t.Errorf("group %+v", n)
			}
		}
		if n.Label == "Background check providers" {
			bg = n.ID
		}
	}
	if groups == 0 || bg == "" {
		t.Fatalf("overview: %d groups, background check providers %q", groups, bg)
	}

	// The background check providers receive the applicant's data from the
	// background check activity alone (careers notice).
	decode(mustDo(t, url, view, map[string]any{"o": "UJET", "f": bg}))
	if v.DataMapView.Focus == nil || v.DataMapView.Focus.ID != bg {
		t.Fatalf("focus %+v", v.DataMapView.Focus)
	}
	var acts []string
	for _, n := range v.DataMapView.Nodes {
		if n.Kind == "ACTIVITY" {
			acts = append(acts, n.Label)
		}
	}
	if len(acts) != 1 || acts[0] != "Applicant background checks" {
		t.Errorf("activities around %s: %q", bg, acts)
	}

	// The United States: the careers notice's Privacy Shield, invalid since
	// Schrems II (2020-07-16), the website notice's Data Privacy Framework, valid.
	d := mustDo(t, url, `query($o: String!) { dataMapDetails(organization: $o, node: "country:US") {
		node { label }
		transfers { country countryName valid invalidSince safeguard { name } activities { name notice { title } } transfer { evidence { id quote } } }
	} }`, map[string]any{"o": "ujet"})
	b, _ := json.Marshal(d)
	s := string(b)
	for _, want := range []string{`"name":"EU-US Privacy Shield"`, `"invalidSince":"2020-07-16`, `"name":"EU-US Data Privacy Framework"`, `"valid":true`, "Privacy Shield Frameworks", "Data Privacy Framework"} {
		if !strings.Contains(s, want) {
			t.Errorf("the US details lack %s: %s", want, s)
		}
	}

	// Bad input names the argument.
	for _, c := range []struct {
		query string
		vars  map[string]any
		field string
	}{
		{view, map[string]any{"o": "nobody"}, "organization"},
		{view, map[string]any{"o": "ujet", "f": "rec:1"}, "focus"},
		{view, map[string]any{"o": "ujet", "x": []string{"cats:nothing"}}, "expand"},
		{`{ dataMapView(organization: "ujet", limit: 0) { matchCount } }`, nil, "limit"},
		{`{ dataMapDetails(organization: "ujet", node: "country:ZZ") { memberCount } }`, nil, "node"},
	} {
		r := do(t, url, c.query, c.vars)
		if len(r.Errors) == 0 || r.Errors[0].Extensions["code"] != "INVALID_INPUT" || r.Errors[0].Extensions["field"] != c.field {
			t.Errorf("%v: errors %+v; want INVALID_INPUT on %s", c.vars, r.Errors, c.field)
		}
	}
}
