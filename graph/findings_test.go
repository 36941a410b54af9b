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
