package seed_test

import (
	"sort"
	"strings"
	"testing"
)

// Questions a DPO or engineer would ask about the Xajeet Privacy Policy
// (seed/policies/003_992bd7bacc6410b7.txt), answered end to end through
// GraphQL on the seeded catalog. The expected answers come from reading the
// notice; the supporting sentence is asserted to be among the evidence.

const xajeetOrg = `{key: "xajeet"}`

// quotes collects the evidence quotes of an object.

// xajeetActivities returns the organization's activities by name.
func xajeetActivities(t *testing.T, fields string) map[string]map[string]any {
	t.Helper()
	return activitiesWhere(t, `{hasOrganizationWith: [`+xajeetOrg+`]}`, fields)
}

// Q: Who is the controller and how do I contact it? Is there a DPO?
// The notice names "Xajeet, Inc., a Delaware corporation", its website
// https://www.xajeet.com/, and only an e-mail contact ("please send us an
// e-mail at [email protected]." — the address is obfuscated in the captured
// text). It names no DPO, phone number or postal address.
func TestQuestionsXajeetContacts(t *testing.T) {
	data := ask(t, `query { organizations(where: `+xajeetOrg+`) { edges { node {
		name country website email phone address dpoName dpoEmail representativeName roles
		evidence { quote } } } } }`, nil)
	org := path(data, "organizations", "edges", 0, "node")
	if org == nil {
		t.Fatal("organization xajeet not found")
	}
	if got := path(org, "name"); got != "Xajeet, Inc." {
		t.Errorf("name = %v, want Xajeet, Inc.", got)
	}
	if got := path(org, "country"); got != "US" {
		t.Errorf("country = %v, want US (a Delaware corporation)", got)
	}
	if got := path(org, "website"); got != "https://www.xajeet.com/" {
		t.Errorf("website = %v", got)
	}
	for _, k := range []string{"dpoName", "dpoEmail", "representativeName", "phone", "address"} {
		if v, _ := path(org, k).(string); v != "" {
			t.Errorf("%s = %q, but the notice states none", k, v)
		}
	}
	q := evidenceQuotes(org)
	if !anyContains(q, "Xajeet, Inc., a Delaware corporation") {
		t.Errorf("organization evidence lacks the identity sentence: %v", q)
	}
	if !anyContains(q, "please send us an e-mail at") {
		t.Errorf("organization evidence lacks the contact sentence: %v", q)
	}
}

// Q: In which activities is Xajeet a processor rather than a controller,
// and for whom?
// "Except as otherwise described below, we act as a service provider to our
// clients, for whom we collect and process aggregate and/or de-identified
// usage and analytics data regarding their websites ..."; and "we treat the
// Personal Information received through your use of the Xajeet Service in
// connection with an organization as that organization's information."
// Everything else (site, marketing, security, legal...) is controller.
func TestQuestionsXajeetRoles(t *testing.T) {
	data := ask(t, `query { organizations(where: `+xajeetOrg+`) { edges { node { roles } } } }`, nil)
	roles := strs(path(data, "organizations", "edges", 0, "node", "roles"))
	if !has(roles, "controller") || !has(roles, "processor") {
		t.Errorf("roles = %v, want controller and processor", roles)
	}
	acts := xajeetActivities(t, `role onBehalfOf evidence { quote } dataSubjects { key }`)
	var processor []string
	for name, a := range acts {
		if a["role"] == "processor" {
			processor = append(processor, name)
			if s, _ := a["onBehalfOf"].(string); s == "" {
				t.Errorf("processor activity %q has no onBehalfOf", name)
			}
		}
	}
	sort.Strings(processor)
	want := []string{"Customer-experience analytics for clients (Xajeet Service)", "Service user accounts on behalf of client organizations"}
	if strings.Join(processor, "|") != strings.Join(want, "|") {
		t.Errorf("processor activities = %v, want %v", processor, want)
	}
	an := acts[want[0]]
	if !anyContains(evidenceQuotes(an), "we act as a service provider to our clients") {
		t.Errorf("analytics-for-clients evidence lacks the service-provider sentence")
	}
	if subj := strs(an["dataSubjects"], "key"); !has(subj, "end_user") {
		t.Errorf("analytics-for-clients subjects = %v, want end_user (visitors of clients' sites)", subj)
	}
	if a := acts["Marketing communications"]; a == nil || a["role"] != "controller" {
		t.Errorf("marketing should be a controller activity: %v", a)
	}
}

// Q: On what lawful basis does Xajeet process, per purpose?
// None is stated. This US notice never mentions the GDPR or a lawful basis;
// its two mentions of consent are deemed or implied consent, not GDPR
// Art 6(1)(a) consent: "By submitting your email address and phone number,
// you consent to receive communications for these purposes." and "if you
// sign up to learn more about Xajeet, we may collect and use the contact
// information you consent to provide us in order to communicate with you."
// So no purpose carries a basis, and the activities say why.
func TestQuestionsXajeetPurposesAndBases(t *testing.T) {
	acts := xajeetActivities(t, `description purposes { purpose { key } legalBasis { key } evidence { quote } }`)
	for name, a := range acts {
		ps, _ := a["purposes"].([]any)
		if len(ps) == 0 {
			t.Errorf("activity %q has no purpose", name)
		}
		for _, p := range ps {
			if b, _ := path(p, "legalBasis", "key").(string); b != "" {
				t.Errorf("%s / %v: basis %s recorded; the notice states no lawful basis", name, path(p, "purpose", "key"), b)
			}
		}
	}
	for name, quote := range map[string]string{
		"Client accounts and service communications":       "By submitting your email address and phone number, you consent to receive communications for these purposes.",
		"Answering inquiries, sign-ups and trial requests": "the contact information you consent to provide us in order to communicate with you.",
	} {
		a := activityNamed(t, acts, name)
		var found bool
		for _, p := range a["purposes"].([]any) {
			found = found || anyContains(evidenceQuotes(p), quote)
		}
		if !found {
			t.Errorf("%s: the consent sentence %q is no longer evidence of a purpose", name, quote)
		}
		if d, _ := a["description"].(string); !strings.Contains(d, "no GDPR") {
			t.Errorf("%s: description %q should say why no GDPR basis is recorded", name, d)
		}
	}
	// "generate and analyze statistics about your use of the Xajeet Site"
	var keys []string
	for _, p := range acts["Xajeet Site analytics and partner tracking"]["purposes"].([]any) {
		keys = append(keys, path(p, "purpose", "key").(string))
	}
	if !has(keys, "analytics") {
		t.Errorf("site analytics purposes = %v, want analytics", keys)
	}
}

// Q: What data does the Xajeet Site collect automatically, and is any of it
// special-category data?
// "The information includes the type of device, links you clicked on the
// Xajeet Site, your IP address, and other information processed by cookies
// and similar technologies." No Art 9 data is mentioned anywhere.
func TestQuestionsXajeetCategoriesAndFields(t *testing.T) {
	data := ask(t, `query { dataFields(where: {hasDatasetWith: [{key: "cookies", hasSystemWith: [{key: "xajeet_site", hasOrganizationWith: [`+xajeetOrg+`]}]}]}) {
		edges { node { path dataCategory { key } evidence { quote } } } } }`, nil)
	got := map[string]string{}
	for _, n := range nodes(data, "dataFields") {
		got[n["path"].(string)] = path(n, "dataCategory", "key").(string)
		if strings.HasSuffix(n["path"].(string), ".ip_address") && !anyContains(evidenceQuotes(n), "your IP address") {
			t.Errorf("ip_address evidence lacks the sentence listing it")
		}
	}
	for p, c := range map[string]string{
		"xajeet_site.cookies.device_type":   "user.device.telemetry",
		"xajeet_site.cookies.links_clicked": "user.behavior.interaction",
		"xajeet_site.cookies.ip_address":    "user.device.ip_address",
	} {
		if got[p] != c {
			t.Errorf("field %s -> %q, want %q (all: %v)", p, got[p], c, got)
		}
	}
	// Registration details: "- phone number (including mobile phone number)".
	data = ask(t, `query { dataFields(where: {path: "xajeet_service.accounts.phone"}) { edges { node { dataCategory { key } } } } }`, nil)
	if c := path(data, "dataFields", "edges", 0, "node", "dataCategory", "key"); c != "user.contact.phone_number" {
		t.Errorf("xajeet_service.accounts.phone -> %v", c)
	}
	// No special-category data in any activity.
	acts := xajeetActivities(t, `dataCategories { key specialCategory } dataSubjects { key }`)
	for name, a := range acts {
		for _, c := range a["dataCategories"].([]any) {
			if path(c, "specialCategory") == true {
				t.Errorf("%s records special-category data %v, the notice states none", name, path(c, "key"))
			}
		}
	}
	// Visitors of the Xajeet Site are subjects of the site activities.
	if subj := strs(acts["Xajeet Site operation and personalization (cookies and logs)"]["dataSubjects"], "key"); !has(subj, "visitor") {
		t.Errorf("site operation subjects = %v, want visitor", subj)
	}
}

// Q: Which named processors receive data, what do they get, and why?
// "...(including your IP address and other information collected by
// automated means) may be disclosed to or collected directly by our
// third-party web analytics service providers, such as Google Analytics."
func TestQuestionsXajeetRecipients(t *testing.T) {
	data := ask(t, `query { recipients(where: {hasOrganizationWith: [`+xajeetOrg+`]}) { edges { node {
		name named kind evidence { quote }
		disclosures { activity { name } dataCategories { key } purposes { key } evidence { quote } } } } } }`, nil)
	var named []string
	byName := map[string]map[string]any{}
	for _, n := range nodes(data, "recipients") {
		byName[n["name"].(string)] = n
		if n["named"] == true {
			named = append(named, n["name"].(string))
		}
	}
	if strings.Join(named, ",") != "Google Analytics" {
		t.Errorf("named recipients = %v, want only Google Analytics", named)
	}
	ga := byName["Google Analytics"]
	if ga == nil {
		t.Fatal("no Google Analytics recipient")
	}
	if ga["kind"] != "processor" {
		t.Errorf("Google Analytics kind = %v", ga["kind"])
	}
	ds, _ := ga["disclosures"].([]any)
	if len(ds) != 1 {
		t.Fatalf("Google Analytics disclosures = %v", ds)
	}
	d := ds[0]
	if !has(strs(path(d, "dataCategories"), "key"), "user.device.ip_address") || !has(strs(path(d, "purposes"), "key"), "analytics") {
		t.Errorf("Google Analytics gets %v for %v, want IP address for analytics", path(d, "dataCategories"), path(d, "purposes"))
	}
	if !anyContains(evidenceQuotes(d), "such as Google Analytics") {
		t.Errorf("disclosure evidence lacks the Google Analytics sentence")
	}
	// "we partner with certain service providers who provide data storage services ..."
	if r := byName["Data storage service providers"]; r == nil || r["named"] != false || r["kind"] != "processor" {
		t.Errorf("data storage providers: %v", r)
	}
	// Public authorities: "comply with law enforcement requests and legal processes, such as a court order or subpoena"
	if r := byName["Law enforcement, courts and other legal process"]; r == nil || r["kind"] != "public_authority" {
		t.Errorf("law enforcement recipient: %v", r)
	}
	// Direct marketing: "We do not share your Personal Information with third
	// parties for their direct marketing purposes." (and, for California,
	// "We do not share “personal information” ... with other people or
	// non-affiliated businesses for their direct marketing purposes."). No
	// recipient receives data for marketing.
	for name, r := range byName {
		if strings.Contains(strings.ToLower(name), "direct marketing") {
			t.Errorf("recipient %q recorded; the notice says it does not share for direct marketing", name)
		}
		ds, _ := r["disclosures"].([]any)
		for _, d := range ds {
			for _, p := range strs(path(d, "purposes"), "key") {
				if strings.HasPrefix(p, "marketing") && r["kind"] != "processor" {
					t.Errorf("disclosure to %q (%v) for %s", name, r["kind"], p)
				}
			}
		}
	}
}

// Q: Does Xajeet share personal information for third parties' direct
// marketing, sell it, or collect children's data? The notice's negative
// statements: "We do not share your Personal Information with third parties
// for their direct marketing purposes."; "We do not rent or sell your
// Personal Information."; "We do not disclose Personal Information about you
// except as described in this Privacy Policy."; "The Xajeet Site and Xajeet
// Service are not directed to, nor do we knowingly collect Personal
// Information from, children under the age of 13."; "The Xajeet Site does
// not respond to browser do-not-track signals."
func TestQuestionsXajeetStatements(t *testing.T) {
	byKind := map[string][]map[string]any{}
	for _, st := range statementsOf(t, `{hasOrganizationWith: [`+xajeetOrg+`]}`) {
		byKind[kindOf(st)] = append(byKind[kindOf(st)], st)
		if path(st, "notice", "title") != "Xajeet Privacy Policy" {
			t.Errorf("statement %v: notice %v", st["text"], path(st, "notice", "title"))
		}
	}
	share := byKind["does_not_share"]
	if len(share) != 1 {
		t.Fatalf("does_not_share statements = %v, want one", share)
	}
	if p := strs(path(share[0], "purposes"), "key"); strings.Join(p, ",") != "marketing.communications" {
		t.Errorf("does_not_share purposes = %v, want marketing.communications (direct marketing)", p)
	}
	for _, q := range []string{
		"We do not share your Personal Information with third parties for their direct marketing purposes.",
		"with other people or non-affiliated businesses for their direct marketing purposes.",
	} {
		if !anyContains(evidenceQuotes(share[0]), q) {
			t.Errorf("does_not_share evidence lacks %q", q)
		}
	}
	for kind, q := range map[string]string{
		"does_not_sell": "We do not rent or sell your Personal Information.",
		"no_children":   "children under the age of 13.",
	} {
		if len(byKind[kind]) != 1 || !anyContains(evidenceQuotes(byKind[kind][0]), q) {
			t.Errorf("%s: %v, want one statement quoting %q", kind, byKind[kind], q)
		}
	}
	var dnt, except bool
	for _, st := range byKind["other_negative"] {
		q := evidenceQuotes(st)
		dnt = dnt || anyContains(q, "does not respond to browser do-not-track signals")
		except = except || anyContains(q, "We do not disclose Personal Information about you except as described in this Privacy Policy.")
	}
	if !dnt || !except {
		t.Errorf("other negative statements: do-not-track %v, no disclosure except as described %v", dnt, except)
	}
	for _, k := range []string{"no_special_category", "no_automated_decisions", "basis_without_purpose"} {
		if len(byKind[k]) != 0 {
			t.Errorf("%s statement recorded; the notice makes none: %v", k, byKind[k])
		}
	}
}

// Q: To whom does Xajeet give de-identified or aggregated data?
// "Pseudonymization and Anonymization – We de-identify and/or aggregate data
// we receive and may use and disclose it for any business purpose." The
// recipients are not named, and "for any business purpose" narrows nothing,
// so the disclosure carries no purpose.
func TestQuestionsXajeetDeidentifiedData(t *testing.T) {
	data := ask(t, `query { recipients(where: {hasOrganizationWith: [`+xajeetOrg+`], nameContains: "de-identified"}) { edges { node {
		name named kind evidence { quote }
		disclosures { activity { name } dataCategories { key } purposes { key } description evidence { quote } } } } } }`, nil)
	rs := nodes(data, "recipients")
	if len(rs) != 1 {
		t.Fatalf("recipients of de-identified data = %v, want one", rs)
	}
	r := rs[0]
	if r["named"] != false || r["kind"] != "third_party" {
		t.Errorf("recipient named/kind = %v/%v, want unnamed third_party", r["named"], r["kind"])
	}
	ds, _ := r["disclosures"].([]any)
	if len(ds) != 1 {
		t.Fatalf("disclosures = %v, want one", ds)
	}
	d := ds[0]
	if a := path(d, "activity", "name"); a != "De-identification and aggregation of received data" {
		t.Errorf("disclosing activity = %v", a)
	}
	if p := strs(path(d, "purposes"), "key"); len(p) != 0 {
		t.Errorf("purposes = %v; the notice says only \"for any business purpose\"", p)
	}
	if len(strs(path(d, "dataCategories"), "key")) == 0 {
		t.Errorf("disclosure has no data categories")
	}
	if desc, _ := path(d, "description").(string); !strings.Contains(desc, "De-identified") {
		t.Errorf("description = %q, want it to say the data is de-identified/aggregated", desc)
	}
	if !anyContains(evidenceQuotes(d), "We de-identify and/or aggregate data we receive and may use and disclose it for any business purpose.") {
		t.Errorf("evidence: %v", evidenceQuotes(d))
	}
}

// Q: Where does Xajeet transfer data outside the EEA, under which safeguard?
// The notice says nothing about international transfers, countries or
// safeguards, so the record holds none (a gap for the DPO to chase).
func TestQuestionsXajeetTransfers(t *testing.T) {
	data := ask(t, `query { transfers(where: {hasOrganizationWith: [`+xajeetOrg+`]}) { totalCount } }`, nil)
	if n := path(data, "transfers", "totalCount"); n != float64(0) {
		t.Errorf("transfers = %v, want 0: the notice names no transfer", n)
	}
}

// Q: How long is data kept?
// No period is stated: "We consider several factors to determine how long we
// need to keep Personal Information." ... "Once we no longer have a need for
// Personal Information, we will securely destroy it".
func TestQuestionsXajeetRetention(t *testing.T) {
	data := ask(t, `query { retentionRules(where: {hasOrganizationWith: [`+xajeetOrg+`]}) { edges { node {
		duration criterion endAction evidence { quote } } } } }`, nil)
	rules := nodes(data, "retentionRules")
	if len(rules) != 1 {
		t.Fatalf("retention rules = %v, want 1", rules)
	}
	r := rules[0]
	if d, _ := r["duration"].(string); d != "" {
		t.Errorf("duration = %q, but the notice states no period", d)
	}
	if c, _ := r["criterion"].(string); !strings.Contains(c, "contractual requirements") {
		t.Errorf("criterion = %q, want the factors in words", c)
	}
	if r["endAction"] != "delete" {
		t.Errorf("endAction = %v, want delete (securely destroy)", r["endAction"])
	}
	if !anyContains(evidenceQuotes(r), "we will securely destroy it") {
		t.Errorf("retention evidence lacks the destruction sentence")
	}
}

// Q: What security measures does Xajeet state?
// Only generic ones: "We maintain reasonable and appropriate administrative,
// technical, and physical safeguards designed to safeguard the Personal
// Information collected by the Xajeet Site and Xajeet Service." — plus
// de-identification/aggregation ("We de-identify and/or aggregate data we
// receive").
func TestQuestionsXajeetSecurity(t *testing.T) {
	data := ask(t, `query { securityPractices(where: {hasOrganizationWith: [`+xajeetOrg+`]}) { edges { node {
		measure { key } evidence { quote } } } } }`, nil)
	got := map[string][]string{}
	for _, n := range nodes(data, "securityPractices") {
		got[path(n, "measure", "key").(string)] = evidenceQuotes(n)
	}
	for _, k := range []string{"security_program", "physical_security", "anonymisation"} {
		if _, ok := got[k]; !ok {
			t.Errorf("missing measure %s (got %v)", k, got)
		}
	}
	if !anyContains(got["security_program"], "administrative, technical, and physical safeguards") {
		t.Errorf("security_program evidence: %v", got["security_program"])
	}
	for _, k := range []string{"encryption", "encryption.in_transit", "access_control", "certification"} {
		if _, ok := got[k]; ok {
			t.Errorf("measure %s recorded, but the notice names no such measure", k)
		}
	}
}

// Q: Which rights can people exercise, how, and how fast?
// CCPA: deletion ("- the deletion of the Personal Information we have about
// them"), information/specific pieces (right to know), non-discrimination;
// requests by e-mail ("You may submit a CCPA rights request to us by: -
// Sending us an email at ..."). Marketing opt-out via "the unsubscribe link
// in a marketing email". No response time is promised anywhere.
func TestQuestionsXajeetRights(t *testing.T) {
	data := ask(t, `query { dataSubjectRights(where: {hasOrganizationWith: [`+xajeetOrg+`]}) { edges { node {
		right { key } channel responseTime businessDays jurisdictions conditions evidence { quote } } } } }`, nil)
	got := map[string][]map[string]any{}
	for _, n := range nodes(data, "dataSubjectRights") {
		k := path(n, "right", "key").(string)
		got[k] = append(got[k], n)
		if rt, _ := n["responseTime"].(string); rt != "" || n["businessDays"] == true {
			t.Errorf("%v: responseTime %q, but the notice promises none", k, rt)
		}
	}
	var keys []string
	for k := range got {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	if strings.Join(keys, ",") != "erasure,know,non_discrimination,objection" {
		t.Errorf("rights = %v, want erasure, know, non_discrimination, objection", keys)
	}
	// CCPA rights are offered to "California consumers" only; deletion is
	// also offered to anyone who does not agree to changes to the policy.
	var ccpaErasure, changeErasure bool
	for _, e := range got["erasure"] {
		j := strings.Join(strs(e["jurisdictions"]), ",")
		q := evidenceQuotes(e)
		if anyContains(q, "the deletion of the Personal Information we have about them") && anyContains(q, "Sending us an email at") {
			ccpaErasure = j == "US-CA"
		}
		if anyContains(q, "If you do not agree to any changes to this Privacy Policy, you may request the deletion") {
			changeErasure = j == ""
		}
	}
	if !ccpaErasure || !changeErasure {
		t.Errorf("erasure: CCPA for US-CA %v, on policy changes for everyone %v: %v", ccpaErasure, changeErasure, got["erasure"])
	}
	for _, k := range []string{"know", "non_discrimination"} {
		for _, r := range got[k] {
			if j := strings.Join(strs(r["jurisdictions"]), ","); j != "US-CA" {
				t.Errorf("%s jurisdictions = %q, want US-CA", k, j)
			}
		}
	}
	if o := got["objection"]; len(o) != 1 || !strings.Contains(o[0]["channel"].(string), "nsubscribe link") ||
		!anyContains(evidenceQuotes(o[0]), "use the unsubscribe link in a marketing email") {
		t.Errorf("objection: %v", o)
	}
}
