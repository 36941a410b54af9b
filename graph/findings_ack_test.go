package graph_test

import (
	"strings"
	"testing"
	"time"
)

// TestAcknowledgeFindingMutation: acknowledgeFinding refuses bad input
// naming the field and writing nothing, records a good one, and the
// finding then carries its acknowledgement; the type has no generic
// create or update mutation.
func TestAcknowledgeFindingMutation(t *testing.T) {
	url := seededServer(t)
	type finding struct {
		Rule, Subject string
		Facts         []string
		Acknowledged  *struct{ Note, ReviewBy, By, At string }
	}
	list := func() []finding {
		var d struct{ Findings []finding }
		decodeData(t, post(t, url, `{ findings(organization: "jujotech") { rule subject facts acknowledged { note reviewBy by at } } }`, nil), &d)
		return d.Findings
	}
	// privacy@amperity.com in Jujotech's notice.
	var subject string
	for _, f := range list() {
		if f.Rule == "contact-other-domain" {
			subject = f.Subject
		}
	}
	if !strings.Contains(subject, "privacy@amperity.com") {
		t.Fatalf("no contact-other-domain finding for privacy@amperity.com (subject %q)", subject)
	}
	const ack = `mutation($in: AcknowledgeFindingInput!) { acknowledgeFinding(input: $in) { rule subject note actor reviewBy } }`
	reviewBy := time.Now().AddDate(0, 3, 0).Format(time.DateOnly)
	input := func(edit func(map[string]any)) map[string]any {
		in := map[string]any{"organization": "jujotech", "rule": "contact-other-domain", "subject": subject,
			"note": "Amperity handles our California requests under contract", "reviewBy": reviewBy}
		if edit != nil {
			edit(in)
		}
		return map[string]any{"in": in}
	}
	for field, edit := range map[string]func(map[string]any){
		"rule":     func(in map[string]any) { in["rule"] = "no-such-rule" },
		"note":     func(in map[string]any) { in["note"] = "" },
		"reviewBy": func(in map[string]any) { in["reviewBy"] = "2020-01-01" },
		"subject":  func(in map[string]any) { in["subject"] = "notice:1#nobody@example.com" },
	} {
		r := do(t, url, ack, input(edit))
		if len(r.Errors) != 1 || r.Errors[0].Extensions["field"] != field {
			t.Errorf("bad %s: errors %+v, want one naming %s", field, r.Errors, field)
		}
	}
	count := func() float64 {
		d := mustDo(t, url, `{ findingAcknowledgements { totalCount } }`, nil)
		return d["findingAcknowledgements"].(map[string]any)["totalCount"].(float64)
	}
	if n := count(); n != 0 {
		t.Fatalf("bad input wrote %v acknowledgements", n)
	}
	d := mustDo(t, url, ack, input(nil))["acknowledgeFinding"].(map[string]any)
	if d["subject"] != subject || d["actor"] != "api" || !strings.HasPrefix(d["reviewBy"].(string), reviewBy) {
		t.Errorf("acknowledgeFinding returned %v", d)
	}
	if n := count(); n != 1 {
		t.Errorf("%v acknowledgements, want 1", n)
	}
	for _, f := range list() {
		quiet := f.Acknowledged != nil
		if want := f.Subject == subject && f.Rule == "contact-other-domain"; quiet != want {
			t.Errorf("%s %s acknowledged = %v, want %v", f.Rule, f.Subject, quiet, want)
		}
		if quiet && (f.Acknowledged.ReviewBy != reviewBy || f.Acknowledged.By != "api" || f.Acknowledged.Note == "") {
			t.Errorf("acknowledgement %+v", f.Acknowledged)
		}
	}
	var m struct {
		Type struct{ Fields []struct{ Name string } } `json:"__type"`
	}
	decodeData(t, post(t, url, `{ __type(name: "Mutation") { fields { name } } }`, nil), &m)
	for _, f := range m.Type.Fields {
		if strings.Contains(f.Name, "FindingAcknowledgement") {
			t.Errorf("generic mutation %s on acknowledgements", f.Name)
		}
	}
}
