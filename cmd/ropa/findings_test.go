package main

import (
	"context"
	"encoding/json"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/owenrumney/go-sarif/v3/pkg/report/v210/sarif"

	"github.com/ropacatalog/ropa/internal/findings"
)

// TestFindingsSARIF: ropa findings --format sarif writes a SARIF 2.1.0 log
// that validates against the SARIF schema and holds the fields code
// scanning reads: one run, the driver's rules with article and severity,
// and results with rule, level, message and the sentences as locations.
func TestFindingsSARIF(t *testing.T) {
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "catalog.db")
	if out, err := run(t, ctx, "seed", "--db", db); err != nil {
		t.Fatalf("seed: %v\n%s", err, out)
	}
	out, err := run(t, ctx, "findings", "--org", "ujet", "--db", db, "--format", "sarif", "--as-of", "2026-12-02")
	if err != nil {
		t.Fatalf("findings --format sarif: %v\n%.500s", err, out)
	}
	rep, err := sarif.FromString(out)
	if err != nil {
		t.Fatalf("the output is no SARIF log: %v\n%.500s", err, out)
	}
	if err := rep.Validate(); err != nil {
		t.Fatalf("the SARIF log does not validate against the 2.1.0 schema: %v", err)
	}
	var log struct {
		Version string `json:"version"`
		Schema  string `json:"$schema"`
		Runs    []struct {
			Tool struct {
				Driver struct {
					Name  string `json:"name"`
					Rules []struct {
						ID               string                `json:"id"`
						Name             string                `json:"name"`
						ShortDescription struct{ Text string } `json:"shortDescription"`
						Properties       map[string]any        `json:"properties"`
					} `json:"rules"`
				} `json:"driver"`
			} `json:"tool"`
			Results []struct {
				RuleID    string `json:"ruleId"`
				RuleIndex *int   `json:"ruleIndex"`
				Level     string `json:"level"`
				Message   struct{ Text string }
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct{ URI string } `json:"artifactLocation"`
						Region           struct {
							ByteOffset *int `json:"byteOffset"`
							Snippet    struct{ Text string }
						} `json:"region"`
					} `json:"physicalLocation"`
				} `json:"locations"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal([]byte(out), &log); err != nil {
		t.Fatal(err)
	}
	if log.Version != "2.1.0" || !strings.Contains(log.Schema, "sarif") || len(log.Runs) != 1 {
		t.Fatalf("version %q, $schema %q, %d runs; want 2.1.0, the SARIF schema and one run", log.Version, log.Schema, len(log.Runs))
	}
	r := log.Runs[0]
	if r.Tool.Driver.Name == "" || len(r.Tool.Driver.Rules) != len(findings.Rules) {
		t.Fatalf("driver %q with %d rules, want a name and the %d rules", r.Tool.Driver.Name, len(r.Tool.Driver.Rules), len(findings.Rules))
	}
	var ids []string
	for i, rule := range r.Tool.Driver.Rules {
		ids = append(ids, rule.ID)
		want := findings.Rules[i]
		if rule.ID != want.ID || rule.Name == "" || rule.ShortDescription.Text != want.Title ||
			rule.Properties["article"] != want.Article || rule.Properties["severity"] != string(want.Severity) {
			t.Errorf("rule %d: %+v, want %s with its title, article and severity", i, rule, want.ID)
		}
	}
	level := map[string]bool{"error": true, "warning": true, "note": true}
	shield := false
	for _, res := range r.Results {
		if !slices.Contains(ids, res.RuleID) || res.RuleIndex == nil || ids[*res.RuleIndex] != res.RuleID || !level[res.Level] || res.Message.Text == "" {
			t.Errorf("result %+v: want a known rule id and index, a level and a message", res)
		}
		for _, l := range res.Locations {
			if l.PhysicalLocation.ArtifactLocation.URI == "" || l.PhysicalLocation.Region.Snippet.Text == "" || l.PhysicalLocation.Region.ByteOffset == nil {
				t.Errorf("result %s: location %+v lacks its artifact, offset or snippet", res.RuleID, l)
			}
		}
		if res.RuleID == "transfer-invalid-instrument" && strings.Contains(res.Message.Text, "EU-US Privacy Shield") {
			shield = res.Level == "error" && slices.ContainsFunc(res.Locations, func(l struct {
				PhysicalLocation struct {
					ArtifactLocation struct{ URI string } `json:"artifactLocation"`
					Region           struct {
						ByteOffset *int `json:"byteOffset"`
						Snippet    struct{ Text string }
					} `json:"region"`
				} `json:"physicalLocation"`
			}) bool {
				// The applicant notice's file and its sentence: "We also
				// participate in the EU-U.S. Privacy Shield and Swiss – U.S.
				// Privacy Shield Frameworks."
				return l.PhysicalLocation.ArtifactLocation.URI == "001_9627de4b2ea1e0ae.txt" &&
					strings.Contains(l.PhysicalLocation.Region.Snippet.Text, "EU-U.S.\u00a0Privacy Shield") ||
					strings.Contains(l.PhysicalLocation.Region.Snippet.Text, "EU-U.S. Privacy Shield")
			})
		}
	}
	if !shield {
		t.Error("no error-level Privacy Shield result located at the applicant notice's sentence")
	}
	if _, err := run(t, ctx, "findings", "--org", "ujet", "--db", db, "--format", "xml"); err == nil || !strings.Contains(err.Error(), "sarif") {
		t.Errorf("--format xml: %v, want an error naming the formats, sarif among them", err)
	}
}

// TestFindingsAck: acknowledging every high finding of Jujotech makes
// --fail-on high pass while the findings stay listed as acknowledged;
// bad input names its flag and writes nothing.
func TestFindingsAck(t *testing.T) {
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "catalog.db")
	if out, err := run(t, ctx, "seed", "--db", db); err != nil {
		t.Fatalf("seed: %v\n%s", err, out)
	}
	type finding struct {
		Rule, Severity, Subject string
		Acknowledged            *struct{ Note, ReviewBy, By string }
	}
	list := func() []finding {
		out, err := run(t, ctx, "findings", "--org", "jujotech", "--db", db, "--format", "json")
		if err != nil {
			t.Fatal(err)
		}
		var fs []finding
		if err := json.Unmarshal([]byte(out), &fs); err != nil {
			t.Fatal(err)
		}
		return fs
	}
	until := time.Now().AddDate(1, 0, 0).Format(time.DateOnly)
	var high []finding
	for _, f := range list() {
		if f.Severity == "high" {
			high = append(high, f)
		}
	}
	if len(high) == 0 {
		t.Fatal("Jujotech has no high finding (its 2010 SCCs and transfers without safeguard)")
	}
	for flag, args := range map[string][]string{
		"--until": {"--rule", high[0].Rule, "--subject", high[0].Subject, "--note", "accepted", "--until", "2020-01-01"},
		"--note":  {"--rule", high[0].Rule, "--subject", high[0].Subject, "--until", until},
		"--rule":  {"--rule", "nope", "--subject", high[0].Subject, "--note", "accepted", "--until", until},
	} {
		_, err := run(t, ctx, append([]string{"findings", "ack", "--org", "jujotech", "--db", db}, args...)...)
		if err == nil || !strings.HasPrefix(err.Error(), flag) {
			t.Errorf("bad %s: %v, want an error naming it", flag, err)
		}
	}
	if out, err := run(t, ctx, "findings", "ack", "--list", "--org", "jujotech", "--db", db, "--format", "json"); err != nil || strings.TrimSpace(out) != "[]" {
		t.Fatalf("after bad input: %q %v, want no acknowledgement", out, err)
	}
	for _, f := range high {
		if out, err := run(t, ctx, "findings", "ack", "--org", "jujotech", "--db", db, "--actor", "dpo",
			"--rule", f.Rule, "--subject", f.Subject, "--note", "accepted until the new SCCs are signed", "--until", until); err != nil {
			t.Fatalf("ack %s %s: %v\n%s", f.Rule, f.Subject, err, out)
		}
	}
	if out, err := run(t, ctx, "findings", "--org", "jujotech", "--db", db, "--fail-on", "high"); err != nil {
		t.Errorf("--fail-on high with every high finding acknowledged: %v\n%s", err, out)
	}
	for _, f := range list() {
		if (f.Severity == "high") != (f.Acknowledged != nil) {
			t.Errorf("%s %s: acknowledged %+v", f.Rule, f.Subject, f.Acknowledged)
		} else if f.Acknowledged != nil && (f.Acknowledged.By != "cli:dpo" || f.Acknowledged.ReviewBy != until) {
			t.Errorf("%s: acknowledgement %+v, want by cli:dpo until %s", f.Rule, f.Acknowledged, until)
		}
	}
	out, err := run(t, ctx, "findings", "ack", "--list", "--org", "jujotech", "--db", db)
	if err != nil || strings.Count(out, "cli:dpo") != len(high) {
		t.Errorf("ack --list: %v\n%s, want %d acknowledgements", err, out, len(high))
	}
}
