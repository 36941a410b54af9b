package seed_test

import (
	"sort"
	"strings"
	"testing"
)

// Questions a DPO or engineer would ask about the UJET Website Privacy
// Notice (seed/policies/000_89024793db118181.txt, last updated 2023-09-01),
// answered end to end through GraphQL on the seeded catalog. The expected
// answers come from reading the notice; the supporting sentence is asserted
// to be among the evidence.
//
// The organization "ujet" is shared with the job applicant notice
// (seed/notices/ujet-careers.yaml), so questions about activities,
// recipients, transfers, retention, security and rights are restricted to
// the facts this notice's seed file recorded (origin).

const (
	ujetWebOrg    = `{key: "ujet"}`
	ujetWebOrigin = `"seed:notices/ujet-website.yaml"`
	ujetWebFilter = `{origin: ` + ujetWebOrigin + `, hasOrganizationWith: [` + ujetWebOrg + `]}`
)

// ujetWebActivities returns this notice's activities by name.
func ujetWebActivities(t *testing.T, fields string) map[string]map[string]any {
	t.Helper()
	return activitiesWhere(t, ujetWebFilter, fields)
}

// Q: Who is the controller, where is it, and how do I reach the DPO?
// "Unless otherwise stated, UJET, Inc. is the data controller of personal
// data we collect through the Website. Our address is: UJET, Inc. / Attn:
// Data Protection Officer / UJET Inc., 535 Mission Street / 14th Floor /
// WeWork / San Francisco / CA 94105"; "If you have a privacy concern,
// complaint, or a question for UJET's Data Protection Officer, please contact
// us by sending an email to [email protected]." (the address is obfuscated
// in the captured text, so no e-mail is asserted here); California residents
// may call "toll free 877-438-8538".
func TestQuestionsUjetWebsiteContacts(t *testing.T) {
	data := ask(t, `query { organizations(where: `+ujetWebOrg+`) { edges { node {
		name country address phone website dpoName dpoAddress evidence { quote } } } } }`, nil)
	org := path(data, "organizations", "edges", 0, "node")
	if org == nil {
		t.Fatal("organization ujet not found")
	}
	if got := path(org, "name"); got != "UJET, Inc." {
		t.Errorf("name = %v, want UJET, Inc.", got)
	}
	if got := path(org, "country"); got != "US" {
		t.Errorf("country = %v, want US (San Francisco, CA)", got)
	}
	if a, _ := path(org, "address").(string); !strings.Contains(a, "535 Mission Street") || !strings.Contains(a, "94105") {
		t.Errorf("address = %q, want 535 Mission Street, San Francisco, CA 94105", a)
	}
	if p, _ := path(org, "phone").(string); !strings.Contains(p, "877-438-8538") {
		t.Errorf("phone = %q, want the toll-free 877-438-8538", p)
	}
	if n, _ := path(org, "dpoName").(string); !strings.Contains(n, "Data Protection Officer") {
		t.Errorf("dpoName = %q: the notice designates a Data Protection Officer (unnamed)", n)
	}
	if a, _ := path(org, "dpoAddress").(string); a != "" && !strings.Contains(a, "535 Mission Street") {
		t.Errorf("dpoAddress = %q, want the Mission Street address (Attn: Data Protection Officer)", a)
	}
	q := evidenceQuotes(org)
	for _, want := range []string{
		"UJET, Inc. is the data controller of personal data we collect through the Website.",
		"Attn: Data Protection Officer",
		"question for UJET’s Data Protection Officer",
		"calling direct toll free 877-438-8538",
	} {
		if !anyContains(q, want) {
			t.Errorf("organization evidence lacks %q", want)
		}
	}
}

// Q: Is UJET a controller or a processor for what this notice covers?
// "Unless otherwise stated, UJET, Inc. is the data controller of personal
// data we collect through the Website." The notice describes no processing
// on behalf of customers (it points product users to the separate "UJET
// Privacy Notice"), so every activity recorded from it is a controller one.
func TestQuestionsUjetWebsiteRoles(t *testing.T) {
	data := ask(t, `query { organizations(where: `+ujetWebOrg+`) { edges { node { roles } } } }`, nil)
	if roles := strs(path(data, "organizations", "edges", 0, "node", "roles")); !has(roles, "controller") {
		t.Errorf("roles = %v, want controller", roles)
	}
	acts := ujetWebActivities(t, `role onBehalfOf`)
	for name, a := range acts {
		if a["role"] != "controller" {
			t.Errorf("activity %q role = %v, want controller", name, a["role"])
		}
	}
	for _, want := range []string{
		"Answering website inquiries and requests", "Marketing communications", "Events and webinars",
		"Website analytics, administration and personalization", "Interest-based and cross-device advertising",
		"Website security, fraud prevention and protection of rights", "Business transfers of website and marketing data",
	} {
		if acts[want] == nil {
			t.Errorf("activity %q missing (have %d activities)", want, len(acts))
		}
	}
}

// Q: For which purposes, and on which stated lawful basis?
// Bases are stated only in general terms, and tied to purposes only here:
//   - legitimate interests "such as for direct marketing" and "undertaking
//     marketing"; consent: "Where we have your consent (where required under
//     applicable law) to use your information for marketing." -> marketing
//     communications carries both;
//   - legitimate interests "when responding to your queries, improving our
//     platform and our Services, ... or for the purposes of detecting or
//     preventing illegal activities";
//   - "In some cases, we may also have a legal obligation to collect personal
//     data from you."
//
// Contract is stated with no purpose, so no purpose carries it; nothing is
// stated for the event hospitality (health) data, so no Art 9 condition.
func TestQuestionsUjetWebsitePurposesAndBases(t *testing.T) {
	acts := ujetWebActivities(t, `purposes { purpose { key } legalBasis { key } specialCondition { key } legitimateInterest evidence { quote } }`)
	bases := map[string][]string{} // "activity|purpose" -> bases
	for name, a := range acts {
		ps, _ := a["purposes"].([]any)
		if len(ps) == 0 {
			t.Errorf("activity %q has no purpose", name)
		}
		for _, p := range ps {
			if c := path(p, "specialCondition", "key"); c != nil {
				t.Errorf("%s: Art 9 condition %v recorded, the notice states none", name, c)
			}
			b, _ := path(p, "legalBasis", "key").(string)
			if b == "contract" {
				t.Errorf("%s: contract basis tied to a purpose; the notice ties it to none", name)
			}
			if b != "" {
				k := name + "|" + path(p, "purpose", "key").(string)
				bases[k] = append(bases[k], b)
				if b == "legitimate_interests" && path(p, "legitimateInterest") == "" {
					t.Errorf("%s: legitimate interests without the interest in words", k)
				}
			}
		}
	}
	mk := bases["Marketing communications|marketing.communications"]
	sort.Strings(mk)
	if strings.Join(mk, ",") != "consent,legitimate_interests" {
		t.Errorf("marketing communications bases = %v, want consent and legitimate_interests", mk)
	}
	for k, want := range map[string]string{
		"Website security, fraud prevention and protection of rights|essential.fraud_detection":                  "legitimate_interests",
		"Answering website inquiries and requests|essential.service.operations.support":                          "legitimate_interests",
		"Legal compliance and requests from authorities (website and marketing data)|essential.legal_obligation": "legal_obligation",
	} {
		if !has(bases[k], want) {
			t.Errorf("%s: bases = %v, want %s", k, bases[k], want)
		}
	}
	// Evidence of the consent basis states consent.
	for _, p := range acts["Marketing communications"]["purposes"].([]any) {
		if path(p, "legalBasis", "key") == "consent" && !anyContains(evidenceQuotes(p), "Where we have your consent (where required under applicable law) to use your information for marketing.") {
			t.Errorf("consent basis evidence: %v", evidenceQuotes(p))
		}
		if path(p, "legalBasis", "key") == "legitimate_interests" && !anyContains(evidenceQuotes(p), "such as for direct marketing") {
			t.Errorf("legitimate interests evidence: %v", evidenceQuotes(p))
		}
	}
	// No basis at all on events (none stated).
	for _, p := range acts["Events and webinars"]["purposes"].([]any) {
		if b := path(p, "legalBasis"); b != nil {
			t.Errorf("events purpose %v has basis %v; none stated", path(p, "purpose", "key"), b)
		}
	}
}

// Q: Whose data, which categories, and is any of it special-category data?
// "Special Information. If you register for an event where we are serving
// food or drink, you may voluntarily provide information related to your
// dietary requirements and/or any disability or impairment which requires
// special accommodation at the event" -> health data (Art 9) in the events
// activity, about event attendees. Device data: "your Media Access Control
// (MAC) address, computer type, ..."; advertising: "Our advertising partners
// may perform a hash of your email address".
func TestQuestionsUjetWebsiteSubjectsAndCategories(t *testing.T) {
	acts := ujetWebActivities(t, `dataSubjects { key } dataCategories { key specialCategory }`)
	var special []string
	for name, a := range acts {
		for _, c := range a["dataCategories"].([]any) {
			if path(c, "specialCategory") == true {
				special = append(special, name+":"+path(c, "key").(string))
			}
		}
	}
	if strings.Join(special, ",") != "Events and webinars:user.health_and_medical" {
		t.Errorf("special-category data = %v, want only health data in Events and webinars", special)
	}
	if s := strs(acts["Events and webinars"]["dataSubjects"], "key"); !has(s, "event_attendee") {
		t.Errorf("events subjects = %v, want event_attendee", s)
	}
	if s := strs(acts["Website analytics, administration and personalization"]["dataSubjects"], "key"); !has(s, "visitor") {
		t.Errorf("analytics subjects = %v, want visitor", s)
	}
	if s := strs(acts["Partner relationships and co-selling"]["dataSubjects"], "key"); !has(s, "business_contact") {
		t.Errorf("partner subjects = %v, want business_contact (partner employees)", s)
	}
	for p, want := range map[string]string{
		"events.hospitality.dietary_requirements": "user.health_and_medical",
		"events.hospitality.disability":           "user.health_and_medical",
		"website.device_data.mac_address":         "user.device.device_id",
		"website.device_data.ip_address":          "user.device.ip_address",
		"cookies.advertising.hashed_email":        "user.unique_id.pseudonymous",
		"contacts.customer_contacts.work_email":   "user.contact.email",
		"contacts.customer_contacts.job_title":    "user.job_title",
	} {
		data := ask(t, `query($p: String!) { dataFields(where: {path: $p, hasDatasetWith: [{hasSystemWith: [{hasOrganizationWith: [`+ujetWebOrg+`]}]}]}) {
			edges { node { dataCategory { key specialCategory } evidence { quote } } } } }`, map[string]any{"p": p})
		n := path(data, "dataFields", "edges", 0, "node")
		if got := path(n, "dataCategory", "key"); got != want {
			t.Errorf("field %s -> %v, want %s", p, got, want)
		}
		if strings.HasPrefix(p, "events.hospitality.") {
			if path(n, "dataCategory", "specialCategory") != true {
				t.Errorf("%s is not flagged special-category", p)
			}
			if !anyContains(evidenceQuotes(n), "dietary requirements and/or any disability or impairment") {
				t.Errorf("%s evidence: %v", p, evidenceQuotes(n))
			}
		}
	}
}

// Q: Who receives the data, which of them are named, and what do the
// advertising partners get?
// The only named recipient is the "U.S.-based third-party dispute resolution
// provider ... at https://feedback-form.truste.com" (TRUSTe). Advertising:
// "These processors may use cookies and similar technologies to provide you
// advertising based on your browsing activities and interests." and "Our
// advertising partners may perform a hash of your email address to serve
// targeted advertising to other devices". Business transfers go to "an
// acquirer, successor, or assignee".
func TestQuestionsUjetWebsiteRecipients(t *testing.T) {
	data := ask(t, `query { recipients(where: `+ujetWebFilter+`) { edges { node {
		name named kind country evidence { quote }
		disclosures { activity { name } dataCategories { key } purposes { key } evidence { quote } } } } } }`, nil)
	byName := map[string]map[string]any{}
	var named []string
	for _, n := range nodes(data, "recipients") {
		byName[n["name"].(string)] = n
		if n["named"] == true {
			named = append(named, n["name"].(string))
		}
	}
	if len(named) != 1 || !strings.Contains(named[0], "TRUSTe") {
		t.Errorf("named recipients = %v, want only TRUSTe", named)
	} else if tr := byName[named[0]]; tr["country"] != "US" || !anyContains(evidenceQuotes(tr), "U.S.-based third-party dispute resolution provider") {
		t.Errorf("TRUSTe: %v", tr)
	}
	ad := byName["Advertising service providers and partners"]
	if ad == nil {
		t.Fatal("advertising recipient missing")
	}
	if ad["kind"] != "processor" {
		t.Errorf("advertising kind = %v, want processor (the notice calls them processors)", ad["kind"])
	}
	ds, _ := ad["disclosures"].([]any)
	if len(ds) != 1 {
		t.Fatalf("advertising disclosures = %v", ds)
	}
	if c := strs(path(ds[0], "dataCategories"), "key"); !has(c, "user.unique_id.pseudonymous") || !has(c, "user.device.cookie_id") {
		t.Errorf("advertising gets %v, want the hashed email and cookie IDs", c)
	}
	if p := strs(path(ds[0], "purposes"), "key"); !has(p, "marketing.advertising.third_party.targeted") {
		t.Errorf("advertising purposes = %v", p)
	}
	if !anyContains(evidenceQuotes(ds[0]), "perform a hash of your email address") {
		t.Errorf("advertising disclosure evidence: %v", evidenceQuotes(ds[0]))
	}
	for name, kind := range map[string]string{
		"UJET processors/service providers":                           "processor",
		"Event and offering co-sponsors":                              "third_party",
		"Acquirer, successor or assignee of UJET's business":          "acquirer",
		"Law enforcement, government agencies and public authorities": "public_authority",
		"Public audiences of the UJET blog and social media pages":    "public",
	} {
		if r := byName[name]; r == nil || r["kind"] != kind || r["named"] != false {
			t.Errorf("recipient %q = %v, want unnamed %s", name, r, kind)
		}
	}
}

// Q: Where does the data go outside the EEA, and under which safeguard?
// "the Website is hosted in the United States and our third-party
// processors/service providers and partners operate in the United States and
// in other countries around the world"; "including the use of Model Clauses
// approved by the European Commission where applicable" (no version -> scc);
// "We also participate in the EU-US Data Privacy Framework and the Swiss-U.S.
// Data Privacy Framework." No Privacy Shield is cited in this notice.
func TestQuestionsUjetWebsiteTransfers(t *testing.T) {
	data := ask(t, `query { transfers(where: `+ujetWebFilter+`) { edges { node {
		scope country safeguard { key validUntil } evidence { quote } } } } }`, nil)
	var got []string
	for _, n := range nodes(data, "transfers") {
		c, _ := n["country"].(string)
		sg, _ := path(n, "safeguard", "key").(string)
		got = append(got, n["scope"].(string)+":"+c+":"+sg)
		if sg == "scc" && path(n, "safeguard", "validUntil") != nil {
			t.Errorf("unversioned SCCs carry a validUntil date")
		}
		if sg == "scc" && !anyContains(evidenceQuotes(n), "Model Clauses approved by the European Commission where applicable") {
			t.Errorf("scc transfer evidence: %v", evidenceQuotes(n))
		}
		if strings.HasPrefix(sg, "dpf") && !anyContains(evidenceQuotes(n), "We also participate in the EU-US Data Privacy Framework and the Swiss-U.S. Data Privacy Framework.") {
			t.Errorf("DPF transfer evidence: %v", evidenceQuotes(n))
		}
	}
	sort.Strings(got)
	want := "country:US:dpf_eu_us,country:US:dpf_swiss_us,country:US:scc,worldwide::scc"
	if strings.Join(got, ",") != want {
		t.Errorf("transfers = %v, want %s", got, want)
	}
}

// Q: How long is the data kept, and what happens at the end?
// No period: "we may retain your personal data when we have an ongoing
// legitimate business need to do so ..."; then "we will delete it or, if this
// is not possible (for example, because your personal data has been stored in
// backup archives), then we will securely store your personal data and
// isolate it from any further processing until deletion is possible."
func TestQuestionsUjetWebsiteRetention(t *testing.T) {
	data := ask(t, `query { retentionRules(where: `+ujetWebFilter+`) { edges { node {
		duration criterion endAction evidence { quote } } } } }`, nil)
	ends := map[string]map[string]any{}
	for _, r := range nodes(data, "retentionRules") {
		if d, _ := r["duration"].(string); d != "" {
			t.Errorf("duration %q recorded, but the notice states no period", d)
		}
		ends[r["endAction"].(string)] = r
	}
	if len(ends) != 2 || ends["delete"] == nil || ends["isolate"] == nil {
		t.Fatalf("retention end actions = %v, want delete and isolate", ends)
	}
	if c, _ := ends["delete"]["criterion"].(string); !strings.Contains(c, "ongoing legitimate business need") {
		t.Errorf("criterion = %q", c)
	}
	if !anyContains(evidenceQuotes(ends["delete"]), "when we have an ongoing legitimate business need to do so") {
		t.Errorf("delete rule evidence: %v", evidenceQuotes(ends["delete"]))
	}
	if !anyContains(evidenceQuotes(ends["isolate"]), "isolate it from any further processing until deletion is possible") {
		t.Errorf("isolate rule evidence: %v", evidenceQuotes(ends["isolate"]))
	}
}

// Q: Which security measures does the notice state?
// "We use appropriate physical, organizational, and technical safeguards ...
// in accordance with our security certifications (https://ujet.cx/security)";
// providers "are contractually or legally required to maintain the
// confidentiality and security of such data, including requirements to
// mitigate security risks by notifying UJET when they discover a privacy or
// security breach"; "We limit the personal and other data provided to
// service providers to data necessary". No access control, MFA or TLS named.
func TestQuestionsUjetWebsiteSecurity(t *testing.T) {
	data := ask(t, `query { securityPractices(where: `+ujetWebFilter+`) { edges { node {
		measure { key } description evidence { quote } } } } }`, nil)
	got := map[string]map[string]any{}
	for _, n := range nodes(data, "securityPractices") {
		got[path(n, "measure", "key").(string)] = n
	}
	for k, quote := range map[string]string{
		"security_program":  "appropriate physical, organizational, and technical safeguards",
		"certification":     "in accordance with our security certifications",
		"vendor_management": "contractually or legally required to maintain the confidentiality and security",
		"incident_response": "notifying UJET when they discover a privacy or security breach",
		"data_minimisation": "We limit the personal and other data provided to service providers",
	} {
		if got[k] == nil || !anyContains(evidenceQuotes(got[k]), quote) {
			t.Errorf("measure %s missing or without %q", k, quote)
		}
	}
	for _, k := range []string{"access_control", "authentication", "encryption.in_transit", "encryption.at_rest"} {
		if got[k] != nil {
			t.Errorf("measure %s recorded, but the notice names none", k)
		}
	}
	// Encryption is only claimed for the CCaaS platform in the introduction
	// ("plus all data is encrypted"); the record must say so.
	if e := got["encryption"]; e != nil {
		if d, _ := e["description"].(string); !strings.Contains(d, "platform") {
			t.Errorf("encryption recorded without noting it is stated for the platform only: %q", d)
		}
	}
}

// Q: Which rights can people exercise, through which channel, how fast?
// EEA/UK/Switzerland: "You have the right to access and/or correct, restrict
// use, request deletion, request portability, object to processing of, and
// obtain a copy of your personal data ... to which we will respond within a
// reasonable timeframe." (no period). All individuals: "either online via
// the UJET Individual Rights Data Subject Request Form or by mail to ...
// Data Protection Officer"; California "toll free 877-438-8538". Marketing
// opt-out: "It may take us up to ten business days to process any changes"
// (P10D counted in business days). Complaint to a data protection authority;
// consent withdrawal "at any time". Jurisdictions: the EEA block is headed
// "Residents of the European Economic Area, United Kingdom, or Switzerland";
// "California consumers have the right to: (1) request access, to know,
// limit use and disclosure of sensitive personal information, correction,
// and deletion ..., (2) opt-out of the sale ...; and (3) not be
// discriminated against"; "All individuals have the right to request access
// to and deletion".
func TestQuestionsUjetWebsiteRights(t *testing.T) {
	data := ask(t, `query { dataSubjectRights(where: `+ujetWebFilter+`) { edges { node {
		right { key } channel responseTime businessDays jurisdictions conditions evidence { quote } } } } }`, nil)
	byKey := map[string][]map[string]any{}
	for _, n := range nodes(data, "dataSubjectRights") {
		k := path(n, "right", "key").(string)
		byKey[k] = append(byKey[k], n)
	}
	for _, k := range []string{"access", "rectification", "erasure", "restriction", "portability", "objection",
		"withdraw_consent", "complaint", "know", "opt_out_sale", "non_discrimination"} {
		if len(byKey[k]) == 0 {
			t.Errorf("right %s missing", k)
		}
	}
	if len(byKey["automated_decision"]) != 0 {
		t.Errorf("automated_decision right recorded, the notice offers none")
	}
	// The only promised time is the marketing opt-out's ten business days.
	var timed []string
	for k, list := range byKey {
		for _, r := range list {
			if rt, _ := r["responseTime"].(string); rt != "" {
				if r["businessDays"] == true {
					rt += " business days"
				}
				timed = append(timed, k+"="+rt)
				if !anyContains(evidenceQuotes(r), "up to ten business days") {
					t.Errorf("%s responseTime %s without the ten-business-days sentence", k, rt)
				}
			}
		}
	}
	if strings.Join(timed, ",") != "objection=P10D business days" {
		t.Errorf("response times = %v, want only objection=P10D in business days (marketing opt-out)", timed)
	}
	want := map[string]string{
		"portability": "EEA,UK,CH", "complaint": "EEA,UK,CH",
		"know": "US-CA", "opt_out_sale": "US-CA", "non_discrimination": "US-CA",
		// "correct" (EEA) and "correction" (California) in one record.
		"rectification": "EEA,UK,CH,US-CA",
	}
	for k, j := range want {
		for _, r := range byKey[k] {
			if got := strings.Join(strs(r["jurisdictions"]), ","); got != j {
				t.Errorf("%s jurisdictions = %q, want %q", k, got, j)
			}
		}
	}
	for _, r := range byKey["access"] {
		got := strings.Join(strs(r["jurisdictions"]), ",")
		if c, _ := r["channel"].(string); strings.Contains(c, "Request Form") && got != "" {
			t.Errorf("access for all individuals restricted to %q", got)
		} else if !strings.Contains(c, "Request Form") && got != "EEA,UK,CH" {
			t.Errorf("EEA access jurisdictions = %q", got)
		}
	}
	var formChannel bool
	for _, r := range byKey["access"] {
		c, _ := r["channel"].(string)
		if strings.Contains(c, "Data Subject Request Form") && strings.Contains(c, "877-438-8538") {
			formChannel = true
		}
	}
	if !formChannel {
		t.Errorf("access: no channel naming the request form and the toll-free number: %v", byKey["access"])
	}
	if c := byKey["complaint"]; len(c) == 0 || !anyContains(evidenceQuotes(c[0]), "You have the right to complain to a data protection authority") {
		t.Errorf("complaint evidence: %v", c)
	}
}

// Q: Which e-mail address does this notice give? None legible: the captured
// text shows "[email protected]" wherever an address stands ("please contact
// us by sending an email to [email protected]."). The catalog's UJET e-mail
// (privacy@ujet.cx) comes from the job applicant notice; nothing recorded
// from the website notice may carry it.
func TestQuestionsUjetWebsiteEmailNotBorrowed(t *testing.T) {
	data := ask(t, `query { organizations(where: `+ujetWebOrg+`) { edges { node { email evidence { quote document { title } } } } } }`, nil)
	org := path(data, "organizations", "edges", 0, "node")
	if email, _ := path(org, "email").(string); email != "" {
		var from []string
		for _, e := range path(org, "evidence").([]any) {
			if q, _ := path(e, "quote").(string); strings.Contains(q, email) {
				from = append(from, path(e, "document", "title").(string))
			}
		}
		for _, title := range from {
			if title != "UJET Job Applicant Privacy Notice" {
				t.Errorf("e-mail %s is evidenced by %q; only the applicant notice states it", email, title)
			}
		}
		if len(from) == 0 {
			t.Errorf("e-mail %s has no evidence at all", email)
		}
	}
	// No fact of this notice names the applicant notice's address.
	data = ask(t, `query {
		rights: dataSubjectRights(where: `+ujetWebFilter+`) { edges { node { channel conditions } } }
		recipients(where: `+ujetWebFilter+`) { edges { node { service } } }
		transfers(where: `+ujetWebFilter+`) { edges { node { description } } }
		activities(where: `+ujetWebFilter+`) { edges { node { description } } }
	}`, nil)
	for _, conn := range []string{"rights", "recipients", "transfers", "activities"} {
		for _, n := range nodes(data, conn) {
			for k, v := range n {
				if s, _ := v.(string); strings.Contains(s, "ujet.cx") && strings.Contains(s, "@") && !strings.Contains(s, "[email protected]") {
					t.Errorf("%s.%s = %q names an address the website notice does not show", conn, k, s)
				}
			}
		}
	}
}

// Q: What does the website notice say UJET does not do, and which bases does
// it state without a purpose? "UJET and its affiliates (if any) do not sell
// your personal data or personal information."; "We do not share your data
// with third parties for the third parties’ independent business interests,
// including for their marketing purposes, unless you ask us to do this or
// give us your consent to do this."; "We do not knowingly or intentionally
// collect personal data about children under 16."; "Our websites do not
// currently process or respond to “DNT” signals." Bases with no purpose:
// "where we need the personal information to perform a contract with you or
// in order to enter into a contract with you" and "may otherwise need the
// personal data to protect your vital interests or those of another person".
// The notice collects health data for event hospitality, so it makes no
// no-special-category statement.
func TestQuestionsUjetWebsiteStatements(t *testing.T) {
	byKind := map[string][]map[string]any{}
	for _, st := range statementsOf(t, `{hasOrganizationWith: [`+ujetWebOrg+`], hasNoticeWith: [{title: "UJET Website Privacy Notice"}]}`) {
		byKind[kindOf(st)] = append(byKind[kindOf(st)], st)
		if path(st, "notice", "title") != "UJET Website Privacy Notice" {
			t.Errorf("statement %v from notice %v", st["text"], path(st, "notice", "title"))
		}
	}
	for kind, q := range map[string]string{
		"does_not_sell":  "UJET and its affiliates (if any) do not sell your personal data or personal information.",
		"does_not_share": "unless you ask us to do this or give us your consent to do this.",
		"no_children":    "We do not knowingly or intentionally collect personal data about children under 16.",
		"other_negative": "Our websites do not currently process or respond to “DNT” signals.",
	} {
		if len(byKind[kind]) != 1 || !anyContains(evidenceQuotes(byKind[kind][0]), q) {
			t.Errorf("%s: %v, want one statement quoting %q", kind, byKind[kind], q)
		}
	}
	if len(byKind["no_special_category"]) != 0 {
		t.Errorf("no_special_category recorded, but the notice collects dietary and disability information")
	}
	bases := map[string]map[string]any{}
	for _, st := range byKind["basis_without_purpose"] {
		bases[path(st, "legalBasis", "key").(string)] = st
	}
	if len(bases) != 2 || bases["contract"] == nil || bases["vital_interests"] == nil {
		t.Fatalf("bases without purpose = %v, want contract and vital_interests", keysOf(bases))
	}
	if !anyContains(evidenceQuotes(bases["contract"]), "where we need the personal information to perform a contract with you or in order to enter into a contract with you.") {
		t.Errorf("contract evidence: %v", evidenceQuotes(bases["contract"]))
	}
	if !anyContains(evidenceQuotes(bases["vital_interests"]), "protect your vital interests or those of another person.") {
		t.Errorf("vital interests evidence: %v", evidenceQuotes(bases["vital_interests"]))
	}
}
