package graph_test

import (
	"strings"
	"testing"
)

// TestFindingsQuery: the GraphQL findings of UJET as of a date, filtered by
// severity, with the sentences under them.
func TestFindingsQuery(t *testing.T) {
	url := seededServer(t)
	type finding struct {
		Rule, Severity, Message, Since string
		Evidence                       []struct{ Document, Quote string }
	}
	ask := func(asOf string) []finding {
		var d struct{ Findings []finding }
		decodeData(t, post(t, url, `query($d: Time) { findings(organization: "ujet", asOf: $d, severity: high) {
			rule severity message since evidence { document quote } } }`, map[string]any{"d": asOf}), &d)
		return d.Findings
	}
	shield := func(fs []finding) []finding {
		var out []finding
		for _, f := range fs {
			if f.Rule == "transfer-invalid-instrument" && strings.Contains(f.Message, "EU-US Privacy Shield") {
				out = append(out, f)
			}
		}
		return out
	}
	now := ask("2026-12-02T00:00:00Z")
	for _, f := range now {
		if f.Severity != "high" {
			t.Errorf("severity filter high let through %+v", f)
		}
	}
	if got := shield(now); len(got) != 1 || got[0].Since != "2020-07-16" || len(got[0].Evidence) == 0 {
		t.Errorf("Privacy Shield finding now: %+v", got)
	}
	if got := shield(ask("2020-07-15T00:00:00Z")); len(got) != 0 {
		t.Errorf("Privacy Shield finding the day before Schrems II: %+v", got)
	}
}

// TestFindingsLinks: what the web interface links a finding by - the
// activity's catalog ID, and each sentence's notice and byte span - names
// the same activity and the same words as the finding's text fields.
func TestFindingsLinks(t *testing.T) {
	url := seededServer(t)
	type citation struct {
		NoticeID   string
		Start, End int
		Quote      string
	}
	var d struct {
		Findings []struct {
			Rule, Activity, ActivityID string
			Evidence                   []citation
		}
	}
	decodeData(t, post(t, url, `{ findings(organization: "ujet", asOf: "2026-12-02T00:00:00Z") {
		rule activity activityID evidence { noticeID start end quote } } }`, nil), &d)
	withActivity, cited := 0, 0
	for _, f := range d.Findings {
		if f.Activity != "" {
			withActivity++
			var a struct {
				Node struct{ Name string }
			}
			decodeData(t, post(t, url, `query($id: ID!) { node(id: $id) { ... on ProcessingActivity { name } } }`,
				map[string]any{"id": f.ActivityID}), &a)
			if a.Node.Name != f.Activity {
				t.Errorf("%s: activityID %q names %q, want %q", f.Rule, f.ActivityID, a.Node.Name, f.Activity)
			}
		}
		for _, c := range f.Evidence {
			cited++
			var n struct {
				Node struct{ Text string }
			}
			decodeData(t, post(t, url, `query($id: ID!) { node(id: $id) { ... on PolicyDocument { text } } }`,
				map[string]any{"id": c.NoticeID}), &n)
			if c.End > len(n.Node.Text) || c.Start > c.End || n.Node.Text[c.Start:c.End] != c.Quote {
				t.Errorf("%s: notice %q bytes [%d,%d) are not the quote %q", f.Rule, c.NoticeID, c.Start, c.End, c.Quote)
			}
		}
	}
	if withActivity == 0 || cited == 0 {
		t.Fatalf("UJET: %d findings with an activity, %d sentences; want some of each", withActivity, cited)
	}
}
