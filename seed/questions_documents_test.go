package seed_test

import (
	"strings"
	"testing"
)

// Questions about the notices themselves: whom each speaks to. The expected
// audiences come from each notice's scope sentence, quoted below.

// Q: Whom does each notice speak to?
//   - Jujotech: "this policy covers the jujotech website jujotech.com, mobile
//     applications, desktop clients, and server-side bot and applications and
//     is applicable worldwide."
//   - UBPartner: "the provision of software and related services, and the use
//     of online resources such as our Web sites, technical support services
//     via email, the UBPartner Helpdesk and the XT Cloud Service; plus your
//     interactions with UBPartner during in-person meetings or at events".
//   - UJET applicants: "This Notice only applies to personal data we collect
//     through our career-related websites ... and provide your resume,
//     curriculum vitae, and other personal information to apply for an open
//     position at UJET."
//   - UJET website: "This Notice applies to all visitors to the Website";
//     "Prospective or Existing Customer Contact Information"; "Partner
//     Contact Information"; "product feedback and surveys, and in connection
//     with our events".
//   - Xajeet: "Personal Information we collect through our website ... and
//     that may be captured through the services we provide to our customers
//     on their websites".
func TestQuestionsDocumentAudience(t *testing.T) {
	data := ask(t, `query { policyDocuments { edges { node { title audience organization { key } } } } }`, nil)
	got := map[string]string{}
	for _, n := range nodes(data, "policyDocuments") {
		title, _ := n["title"].(string)
		a, _ := n["audience"].(string)
		if strings.TrimSpace(a) == "" {
			t.Errorf("%s: no audience", title)
		}
		got[title] = strings.ToLower(a)
	}
	want := map[string][]string{
		"Jujotech Privacy Policy":           {"visitors of jujotech.com", "users of jujotech's products"},
		"UBPartner Privacy Policy":          {"customers", "prospects", "helpdesk", "xt cloud", "events"},
		"UJET Job Applicant Privacy Notice": {"job applicants", "career websites"},
		"UJET Website Privacy Notice":       {"website visitors", "customers' and partners' contacts", "event attendees"},
		"Xajeet Privacy Policy":             {"visitors of the xajeet site", "xajeet service clients", "clients' websites"},
	}
	for title, words := range want {
		a, ok := got[title]
		if !ok {
			t.Errorf("document %q not loaded (have %v)", title, got)
			continue
		}
		for _, w := range words {
			if !strings.Contains(a, w) {
				t.Errorf("%s: audience %q lacks %q", title, a, w)
			}
		}
	}
	// The two UJET notices speak to different people: the applicant notice's
	// audience is not the website's.
	if strings.Contains(got["UJET Website Privacy Notice"], "applicant") {
		t.Errorf("the website notice's audience mentions applicants: %q", got["UJET Website Privacy Notice"])
	}
	if strings.Contains(got["UJET Job Applicant Privacy Notice"], "customers") {
		t.Errorf("the applicant notice's audience mentions customers: %q", got["UJET Job Applicant Privacy Notice"])
	}
}

// Q: Are UJET's two notices kept apart? Every statement, transfer, retention
// rule, right and security practice recorded for UJET belongs to exactly one
// notice, and its evidence comes from that notice only.
func TestQuestionsUjetNoticesKeptApart(t *testing.T) {
	data := ask(t, `query {
		statements(where: {hasOrganizationWith: [{key: "ujet"}]}) { edges { node { notice { title } evidence { document { title } } } } }
		transfers(where: {hasOrganizationWith: [{key: "ujet"}]}) { edges { node { notice { title } evidence { document { title } } } } }
		retentionRules(where: {hasOrganizationWith: [{key: "ujet"}]}) { edges { node { notice { title } evidence { document { title } } } } }
		dataSubjectRights(where: {hasOrganizationWith: [{key: "ujet"}]}) { edges { node { notice { title } evidence { document { title } } } } }
		securityPractices(where: {hasOrganizationWith: [{key: "ujet"}]}) { edges { node { notice { title } evidence { document { title } } } } }
		activities(where: {hasOrganizationWith: [{key: "ujet"}]}) { edges { node { name notice { title } evidence { document { title } }
			disclosures { recipient { name evidence { document { title } } } evidence { document { title } } } } } }
	}`, nil)
	perNotice := map[string]int{}
	for _, conn := range []string{"statements", "transfers", "retentionRules", "dataSubjectRights", "securityPractices", "activities"} {
		for _, n := range nodes(data, conn) {
			notice, _ := path(n, "notice", "title").(string)
			if notice == "" {
				t.Errorf("%s %v has no notice", conn, n["name"])
				continue
			}
			perNotice[conn+"|"+notice]++
			check := func(what string, ev any) {
				for _, e := range ev.([]any) {
					if d := path(e, "document", "title"); d != notice {
						t.Errorf("%s of %s %v: evidence from %v", what, conn, notice, d)
					}
				}
			}
			check(conn, n["evidence"])
			ds, _ := n["disclosures"].([]any)
			for _, d := range ds {
				check("disclosure", path(d, "evidence"))
				check("recipient "+path(d, "recipient", "name").(string), path(d, "recipient", "evidence"))
			}
		}
	}
	for _, conn := range []string{"statements", "transfers", "dataSubjectRights", "activities"} {
		for _, notice := range []string{"UJET Job Applicant Privacy Notice", "UJET Website Privacy Notice"} {
			if perNotice[conn+"|"+notice] == 0 {
				t.Errorf("no %s recorded for %s", conn, notice)
			}
		}
	}
}
