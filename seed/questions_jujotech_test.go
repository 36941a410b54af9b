package seed_test

import (
	"sort"
	"strings"
	"testing"
)

// Questions a DPO or engineer would ask about the Jujotech privacy policy
// (seed/policies/002_559db147ea3cffdf.txt, Jujo, Inc., last revised
// 2020-01-08), answered end to end through GraphQL on the seeded catalog.
// The expected answers come from reading the notice; the supporting sentence
// (lower-cased, as the captured notice is) is asserted to be among the
// evidence the catalog returns.

const jujotechOrg = `{key: "jujotech"}`

// jujotechActivities returns the organization's activities by name.
func jujotechActivities(t *testing.T, fields string) map[string]map[string]any {
	t.Helper()
	return activitiesWhere(t, `{hasOrganizationWith: [`+jujotechOrg+`]}`, fields)
}

// Q: Who is the controller, and how do I reach it and its DPO?
// "you can also contact us by writing to this address: jujo inc. attention:
// data privacy officer 1023 walnut st suite 100 boulder, co 80302"; "please
// send an email to privacy@jujotech.com." The notice gives no phone number
// and names no EU representative; the DPO is only a title.
func TestQuestionsJujotechContacts(t *testing.T) {
	data := ask(t, `query { organizations(where: `+jujotechOrg+`) { edges { node {
		name country address email phone website dpoName dpoEmail dpoAddress representativeName
		evidence { quote } } } } }`, nil)
	org := path(data, "organizations", "edges", 0, "node")
	if org == nil {
		t.Fatal("organization jujotech not found")
	}
	if got := path(org, "name"); got != "Jujo, Inc." {
		t.Errorf("name = %v, want Jujo, Inc.", got)
	}
	if got := path(org, "country"); got != "US" {
		t.Errorf("country = %v, want US (Boulder, CO)", got)
	}
	if got := path(org, "email"); got != "privacy@jujotech.com" {
		t.Errorf("email = %v, want privacy@jujotech.com", got)
	}
	if got, _ := path(org, "address").(string); !strings.Contains(got, "1023 Walnut St") || !strings.Contains(got, "Boulder, CO 80302") {
		t.Errorf("address = %q, want 1023 Walnut St Suite 100, Boulder, CO 80302", got)
	}
	if got, _ := path(org, "dpoName").(string); !strings.Contains(got, "Data Privacy Officer") {
		t.Errorf("dpoName = %q, want the 'attention: data privacy officer' title", got)
	}
	if got, _ := path(org, "dpoAddress").(string); !strings.Contains(got, "Boulder, CO 80302") {
		t.Errorf("dpoAddress = %q, want the Boulder postal address", got)
	}
	for _, k := range []string{"phone", "representativeName"} {
		if v, _ := path(org, k).(string); v != "" {
			t.Errorf("%s = %q, but the notice states none", k, v)
		}
	}
	q := evidenceQuotes(org)
	for _, want := range []string{
		"attention: data privacy officer",
		"please send an email to privacy@jujotech.com.",
		"data protection officer.", // "you can also contact our" + NBSP
	} {
		if !anyContains(q, want) {
			t.Errorf("organization evidence lacks %q: %v", want, q)
		}
	}
}

// Q: Where is Jujotech a processor rather than a controller, and for whom?
// "jujotech will be a processor of data that is entered into the service when
// a customer uses the services"; user-generated information (meetings,
// messages, content shared, status) is collected "generally as a processor".
// Everything else (accounts, marketing, analytics, ...) is as controller.
func TestQuestionsJujotechRoles(t *testing.T) {
	data := ask(t, `query { organizations(where: `+jujotechOrg+`) { edges { node { roles } } } }`, nil)
	roles := strs(path(data, "organizations", "edges", 0, "node", "roles"))
	if !has(roles, "controller") || !has(roles, "processor") {
		t.Errorf("roles = %v, want controller and processor", roles)
	}
	acts := jujotechActivities(t, `role onBehalfOf dataSubjects { key } dataCategories { key } evidence { quote }`)
	var processor []string
	for name, a := range acts {
		if a["role"] == "processor" {
			processor = append(processor, name)
		}
	}
	want := "Meetings, messaging and shared content on behalf of customers"
	if len(processor) != 1 || processor[0] != want {
		t.Fatalf("processor activities = %v, want only %q", processor, want)
	}
	a := acts[want]
	if obo, _ := a["onBehalfOf"].(string); !strings.Contains(strings.ToLower(obo), "customer") {
		t.Errorf("onBehalfOf = %q, want the customers using the service", obo)
	}
	if subj := strs(a["dataSubjects"], "key"); !has(subj, "end_user") {
		t.Errorf("processor activity subjects = %v, want end_user", subj)
	}
	if cats := strs(a["dataCategories"], "key"); !has(cats, "user.content.private") || !has(cats, "user.customer_content") {
		t.Errorf("processor activity categories = %v, want message/file content and customer content", cats)
	}
	if q := evidenceQuotes(a); !anyContains(q, "jujotech will be a processor of data that is entered into the service") {
		t.Errorf("processor activity evidence lacks the processor sentence: %v", q)
	}
	if r := acts["Service accounts and provision of the service"]["role"]; r != "controller" {
		t.Errorf("service accounts role = %v, want controller", r)
	}
}

// Q: For which purposes does Jujotech process data, and on what stated basis?
// Only three links are stated: contract for providing the products ("contractual
// necessity (i.e. processing that is necessary for the performance of a
// contract with you, such as your user agreement ...)"), consent for e-mail
// newsletters ("you can sign-up, and therefore consent, to receive email or
// newsletter communications from us."), and legal obligation for responding
// to legal process ("as required by law, we may respond to subpoenas ...").
// Analytics and tracking have no basis stated.
func TestQuestionsJujotechPurposesAndBases(t *testing.T) {
	acts := jujotechActivities(t, `purposes { purpose { key } legalBasis { key } evidence { quote } }`)
	basisOf := func(activity, purpose string) (string, []string, bool) {
		t.Helper()
		for _, p := range activityNamed(t, acts, activity)["purposes"].([]any) {
			if path(p, "purpose", "key") == purpose {
				b, _ := path(p, "legalBasis", "key").(string)
				return b, evidenceQuotes(p), true
			}
		}
		return "", nil, false
	}
	cases := []struct{ activity, purpose, basis, quote string }{
		{"Service accounts and provision of the service", "essential.service", "contract", "contractual necessity (i.e. processing that is necessary for the performance of a contract with you"},
		{"Product news, offers, promotions and email newsletters", "marketing.communications.email", "consent", "you can sign-up, and therefore consent, to receive email or newsletter communications from us."},
		{"Legal compliance, disputes and legal claims", "essential.legal_obligation", "legal_obligation", "as required by law, we may respond to subpoenas, court orders"},
		{"Website and product analytics with cookies and tracking technologies", "analytics", "", "to analyze trends in the aggregate and administer the website and/or products."},
		{"Recruitment inquiries", "employment.recruitment", "", "to support recruitment inquiries (jujotech.com/careers)"},
		// "you represent that you have their consent to provide us your
		// friend’s name and email address" is the referrer's representation,
		// not a basis the notice states for the invitation e-mail.
		{"Refer-a-friend program", "marketing.communications.email", "", "we will automatically send your friend a one-time email inviting him or her to visit the website."},
	}
	for _, c := range cases {
		b, q, ok := basisOf(c.activity, c.purpose)
		if !ok {
			t.Errorf("%s: purpose %s missing", c.activity, c.purpose)
			continue
		}
		if b != c.basis {
			t.Errorf("%s / %s: basis = %q, want %q", c.activity, c.purpose, b, c.basis)
		}
		if !anyContains(q, c.quote) {
			t.Errorf("%s / %s: evidence lacks %q: %v", c.activity, c.purpose, c.quote, q)
		}
	}
}

// Q: Which data does the service record about a user's device and network,
// and does the notice involve any special-category (Art 9) data?
// "our servers automatically record ... your ip address, operating system
// type and version, client version, ip addresses along the network path, and
// the mac address of your internet connection (“host information”)"; the
// mobile app collects "the device identifier (or “udid”)". No Art 9 data is
// mentioned anywhere in the notice.
func TestQuestionsJujotechFieldsAndCategories(t *testing.T) {
	data := ask(t, `query { dataFields(where: {hasDatasetWith: [{hasSystemWith: [{hasOrganizationWith: [`+jujotechOrg+`]}]}]}) {
		edges { node { path dataCategory { key specialCategory } evidence { quote } } } } }`, nil)
	fields := map[string]map[string]any{}
	for _, n := range nodes(data, "dataFields") {
		fields[n["path"].(string)] = n
		if path(n, "dataCategory", "specialCategory") == true {
			t.Errorf("field %v is mapped to a special category, but the notice names no Art 9 data", n["path"])
		}
	}
	want := map[string]string{
		"service.host_information.mac_address":      "user.device.device_id",
		"service.host_information.network_path_ips": "user.device.ip_address",
		"service.host_information.client_version":   "user.device.telemetry",
		"mobile_app.device.udid":                    "user.device.device_id",
		"service.user_generated.message_content":    "user.content.private",
		"website.referrals.friend_email":            "user.contact.email",
		"orders.transactions.credit_card":           "user.financial.credit_card",
	}
	for p, cat := range want {
		f, ok := fields[p]
		if !ok {
			t.Errorf("field %s missing", p)
			continue
		}
		if got := path(f, "dataCategory", "key"); got != cat {
			t.Errorf("%s category = %v, want %s", p, got, cat)
		}
	}
	if q := evidenceQuotes(fields["service.host_information.mac_address"]); !anyContains(q, "the mac address of your internet connection") {
		t.Errorf("mac_address evidence lacks the host information sentence: %v", q)
	}
	if q := evidenceQuotes(fields["mobile_app.device.udid"]); !anyContains(q, "the device identifier (or “udid”)") {
		t.Errorf("udid evidence lacks the mobile application sentence: %v", q)
	}

	acts := jujotechActivities(t, `dataSubjects { key } dataCategories { key specialCategory }`)
	for name, a := range acts {
		for _, c := range a["dataCategories"].([]any) {
			if path(c, "specialCategory") == true {
				t.Errorf("activity %q lists special category %v", name, path(c, "key"))
			}
		}
	}
	if subj := strs(acts["Recruitment inquiries"]["dataSubjects"], "key"); !has(subj, "job_applicant") {
		t.Errorf("recruitment subjects = %v, want job_applicant", subj)
	}
	if subj := strs(acts["Refer-a-friend program"]["dataSubjects"], "key"); !has(subj, "prospect") {
		t.Errorf("referral subjects = %v, want prospect (the referred friend)", subj)
	}
}

// Q (engineer): which processors receive credit card data, and how is it
// protected? "we also share personal data with business partners, service
// vendors and/or authorized third-party agents or contractors in order to ...
// processing credit card transactions"; "when we transfer credit card
// information over the internet, we protect it using transport layer security
// (tls) encryption technology." The notice names no recipient at all (no
// named processor).
func TestQuestionsJujotechRecipients(t *testing.T) {
	data := ask(t, `query { disclosures(where: {hasActivityWith: [{hasOrganizationWith: [`+jujotechOrg+`]}], hasDataCategoriesWith: [{key: "user.financial.credit_card"}]}) {
		edges { node { activity { name } recipient { name kind named } purposes { key } evidence { quote } } } } }`, nil)
	ds := nodes(data, "disclosures")
	if len(ds) != 1 {
		t.Fatalf("credit card disclosures = %d, want 1", len(ds))
	}
	d := ds[0]
	if got := path(d, "recipient", "name"); got != "Order and credit card processors" {
		t.Errorf("recipient = %v", got)
	}
	if path(d, "recipient", "kind") != "processor" || path(d, "recipient", "named") != false {
		t.Errorf("recipient kind/named = %v/%v, want processor/false", path(d, "recipient", "kind"), path(d, "recipient", "named"))
	}
	if p := strs(path(d, "purposes"), "key"); !has(p, "essential.service.payment_processing") {
		t.Errorf("purposes = %v", p)
	}
	if q := evidenceQuotes(d); !anyContains(q, "processing credit card transactions") {
		t.Errorf("disclosure evidence lacks the sharing sentence: %v", q)
	}

	named := ask(t, `query { recipients(where: {hasOrganizationWith: [`+jujotechOrg+`], named: true}) { totalCount } }`, nil)
	if n := path(named, "recipients", "totalCount"); n != float64(0) {
		t.Errorf("named recipients = %v, want 0: the notice names none", n)
	}

	sec := ask(t, `query { securityPractices(where: {hasOrganizationWith: [`+jujotechOrg+`]}) {
		edges { node { measure { key } activities { name } evidence { quote } } } } }`, nil)
	var measures []string
	for _, s := range nodes(sec, "securityPractices") {
		k := path(s, "measure", "key").(string)
		measures = append(measures, k)
		if k == "encryption.in_transit" {
			if a := strs(path(s, "activities"), "name"); !has(a, "Orders and credit card transactions") {
				t.Errorf("TLS applies to %v, want the credit card activity", a)
			}
			if !anyContains(evidenceQuotes(s), "transport layer security (tls) encryption technology") {
				t.Errorf("TLS evidence: %v", evidenceQuotes(s))
			}
		}
	}
	sort.Strings(measures)
	if strings.Join(measures, ",") != "encryption.in_transit,incident_response,security_program" {
		t.Errorf("security measures = %v, want encryption.in_transit, incident_response, security_program", measures)
	}
}

// Q: Where does data go outside the EEA, and under which safeguard? Is any
// safeguard stale? "our products are hosted and operated in the united states";
// "in certain cases, jujotech will transfer personal data from the eu in
// accordance with the european commission-approved standard contractual
// clauses ... celex%3a32010d0087" (the 2010 SCCs, invalid since 2022-12-27);
// "by using any of our products ... you consent to the transfer and storage
// of your personal data ... to the u.s." is deemed consent, not the explicit
// consent of Art 49(1)(a), so that transfer carries no safeguard
// (unspecified) and no derogation is recorded; "to any jujotech affiliate
// worldwide" with no safeguard.
func TestQuestionsJujotechTransfers(t *testing.T) {
	data := ask(t, `query { transfers(where: {hasOrganizationWith: [`+jujotechOrg+`]}) {
		edges { node { scope country recipient { name } safeguard { key validUntil } evidence { quote } } } } }`, nil)
	got := map[string]map[string]any{}
	for _, n := range nodes(data, "transfers") {
		c, _ := n["country"].(string)
		sg, _ := path(n, "safeguard", "key").(string)
		got[n["scope"].(string)+"/"+c+"/"+sg] = n
	}
	for _, k := range []string{"country/US/scc_2010", "country/US/unspecified", "worldwide//unspecified"} {
		if _, ok := got[k]; !ok {
			t.Errorf("transfer %s missing; have %v", k, keysOf(got))
		}
	}
	for k := range got {
		if strings.HasSuffix(k, "/derogation_consent") {
			t.Errorf("transfer %s: deemed consent ('by using any of our products ... you consent') recorded as the Art 49(1)(a) explicit-consent derogation", k)
		}
	}
	if scc := got["country/US/scc_2010"]; scc != nil {
		if vu, _ := path(scc, "safeguard", "validUntil").(string); !strings.HasPrefix(vu, "2022-12-27") {
			t.Errorf("scc_2010 validUntil = %q, want 2022-12-27 (stale)", vu)
		}
		if !anyContains(evidenceQuotes(scc), "celex%3a32010d0087") {
			t.Errorf("SCC evidence lacks the 2010 decision link: %v", evidenceQuotes(scc))
		}
	}
	if c := got["country/US/unspecified"]; c != nil && !anyContains(evidenceQuotes(c), "you consent to the transfer and storage of your personal data") {
		t.Errorf("deemed-consent transfer evidence: %v", evidenceQuotes(c))
	}
	if w := got["worldwide//unspecified"]; w != nil && path(w, "recipient", "name") != "Jujotech affiliated companies" {
		t.Errorf("worldwide transfer recipient = %v, want the affiliates", path(w, "recipient", "name"))
	}
}

func keysOf(m map[string]map[string]any) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// Q: How long is data kept? No period is stated anywhere: "we will retain
// your personal information for the period necessary to fulfill the purposes
// outlined in this privacy notice unless a longer retention period is required
// or permitted by law." And the notice contradicts itself: "deactivation will
// delete all account usage and related information" vs. "in many situations
// we must keep your personal information to comply with our legal
// obligations, resolve disputes, enforce our agreements, or for another one
// of our business purposes."
func TestQuestionsJujotechRetention(t *testing.T) {
	data := ask(t, `query { retentionRules(where: {hasOrganizationWith: [`+jujotechOrg+`]}) {
		edges { node { duration criterion endAction activity { name } evidence { quote } } } } }`, nil)
	rules := nodes(data, "retentionRules")
	if len(rules) == 0 {
		t.Fatal("no retention rules")
	}
	var general, deactivation, legalHold bool
	for _, r := range rules {
		if d, _ := r["duration"].(string); d != "" {
			t.Errorf("retention duration %q recorded, but the notice states no period", d)
		}
		q := evidenceQuotes(r)
		switch {
		case anyContains(q, "for the period necessary to fulfill the purposes outlined in this privacy notice"):
			general = path(r, "activity") == nil
		case anyContains(q, "deactivation will delete all account usage and related information.") && path(r, "activity", "name") == "Service accounts and provision of the service":
			deactivation = r["endAction"] == "delete"
		}
		if anyContains(q, "we must keep your personal information to comply with our legal obligations") {
			legalHold = true
		}
	}
	if !general {
		t.Error("organization-wide 'period necessary' criterion missing")
	}
	if !deactivation {
		t.Error("deletion on account deactivation (end: delete) missing on the service accounts activity")
	}
	if !legalHold {
		t.Error("the contradicting retention for legal obligations and business purposes is missing")
	}
}

// Q: Which rights are offered, to whom, through which channel, and how fast?
// "to make any of the following requests, contact us using the contact details
// referred to in the “contact us” section" (privacy@jujotech.com); access,
// rectification, objection, erasure, restriction, portability, withdrawal of
// consent, complaint; "we will respond to your request within a reasonable
// timeframe" (no period, so no responseTime). The list is introduced as
// "additional rights" for people who "reside in the european union (“eu”),
// united kingdom, lichtenstein, norway, iceland or switzerland" (EEA, UK,
// CH); account deactivation ("data subjects who want their data deleted can
// do so by deactivating their account") is open to every account holder.
// California: "we do not discriminate against california residents"; the
// "know" request goes, oddly, to "privacy@amperity.com".
func TestQuestionsJujotechRights(t *testing.T) {
	data := ask(t, `query { dataSubjectRights(where: {hasOrganizationWith: [`+jujotechOrg+`]}) {
		edges { node { right { key } channel responseTime businessDays jurisdictions evidence { quote } } } } }`, nil)
	byKey := map[string][]map[string]any{}
	for _, n := range nodes(data, "dataSubjectRights") {
		k := path(n, "right", "key").(string)
		byKey[k] = append(byKey[k], n)
		if rt, _ := n["responseTime"].(string); rt != "" {
			t.Errorf("right %s responseTime = %q, but the notice says only 'within a reasonable timeframe'", k, rt)
		}
	}
	for _, k := range []string{"access", "rectification", "objection", "erasure", "restriction", "portability", "withdraw_consent", "complaint"} {
		if len(byKey[k]) == 0 {
			t.Errorf("right %s missing", k)
		}
	}
	if rs := byKey["access"]; len(rs) > 0 {
		if ch, _ := rs[0]["channel"].(string); !strings.Contains(ch, "privacy@jujotech.com") {
			t.Errorf("access channel = %q, want privacy@jujotech.com", ch)
		}
		if !anyContains(evidenceQuotes(rs[0]), "you can also request a copy of the personal data.") {
			t.Errorf("access evidence: %v", evidenceQuotes(rs[0]))
		}
	}
	var gdprErasure, deactivation bool
	for _, r := range byKey["erasure"] {
		j := strings.Join(strs(r["jurisdictions"]), ",")
		switch q := evidenceQuotes(r); {
		case anyContains(q, "data subjects who want their data deleted can do so by deactivating their account."):
			deactivation = j == ""
		case anyContains(q, "you can request that we erase some or all of your personal data from our systems."): // "erasure:" + NBSP
			gdprErasure = j == "EEA,UK,CH"
		}
	}
	if !gdprErasure || !deactivation {
		t.Errorf("erasure: GDPR request for EEA,UK,CH %v, deactivation for everyone %v: %v", gdprErasure, deactivation, byKey["erasure"])
	}
	for _, k := range []string{"access", "rectification", "restriction", "portability", "withdraw_consent", "complaint"} {
		for _, r := range byKey[k] {
			if j := strings.Join(strs(r["jurisdictions"]), ","); j != "EEA,UK,CH" {
				t.Errorf("%s jurisdictions = %q, want EEA,UK,CH (the \"additional rights\" of EU, UK, Liechtenstein, Norway, Iceland, Switzerland residents)", k, j)
			}
			if !anyContains(evidenceQuotes(r), "you may have additional rights with respect to your personal data") && k == "access" {
				t.Errorf("access evidence lacks the residents sentence: %v", evidenceQuotes(r))
			}
		}
	}
	for _, k := range []string{"know", "non_discrimination"} {
		for _, r := range byKey[k] {
			if j := strings.Join(strs(r["jurisdictions"]), ","); j != "US-CA" {
				t.Errorf("%s jurisdictions = %q, want US-CA (california residents)", k, j)
			}
		}
	}
	for k, rs := range byKey {
		for _, r := range rs {
			if r["businessDays"] == true {
				t.Errorf("%s counts business days, but the notice promises no period", k)
			}
		}
	}
	if rs := byKey["know"]; len(rs) == 0 {
		t.Error("California 'know' right missing")
	} else if ch, _ := rs[0]["channel"].(string); !strings.Contains(ch, "privacy@amperity.com") {
		t.Errorf("know channel = %q, want the (odd) privacy@amperity.com address as stated", ch)
	}
}

// jujotechStatements returns the organization's statements with their kind,
// text, notice, evidence, purposes, categories and basis.
func jujotechStatements(t *testing.T) []map[string]any {
	t.Helper()
	return statementsOf(t, `{hasOrganizationWith: [`+jujotechOrg+`]}`)
}

// Q: Which legitimate interests does Jujotech rely on, and for what?
// "lawful bases for processing include consent, contractual necessity (...)
// and our “legitimate interests” or the legitimate interest of others (e.g.
// our users)," and "our collection and processing of your personal data are
// based in different contexts upon your consent, our need to perform a
// contract, our obligations under law, and/or our general interest in
// conducting our business." The notice names these interests but ties them
// to no purpose (unlike contract, consent and legal obligation, whose
// sentences name what they cover), so they are a basis stated without a
// purpose, and no purpose carries legitimate_interests.
func TestQuestionsJujotechLegitimateInterests(t *testing.T) {
	var li []map[string]any
	for _, st := range jujotechStatements(t) {
		if kindOf(st) == "basis_without_purpose" && path(st, "legalBasis", "key") == "legitimate_interests" {
			li = append(li, st)
		}
	}
	if len(li) != 1 {
		t.Fatalf("legitimate-interest statements = %v, want one", li)
	}
	st := li[0]
	if path(st, "notice", "title") != "Jujotech Privacy Policy" {
		t.Errorf("statement notice = %v", path(st, "notice", "title"))
	}
	if text, _ := st["text"].(string); !strings.Contains(text, "general interest in conducting our business") || !strings.Contains(text, "users") {
		t.Errorf("statement text = %q, want the interests in words (its own or users'; conducting its business)", text)
	}
	q := evidenceQuotes(st)
	for _, want := range []string{
		"our “legitimate interests” or the legitimate interest of others (e.g. our users)",
		"and/or our general interest in conducting our business.",
	} {
		if !anyContains(q, want) {
			t.Errorf("legitimate-interest evidence lacks %q: %v", want, q)
		}
	}
	acts := jujotechActivities(t, `purposes { purpose { key } legalBasis { key } }`)
	for name, a := range acts {
		for _, p := range a["purposes"].([]any) {
			if path(p, "legalBasis", "key") == "legitimate_interests" {
				t.Errorf("%s / %v: legitimate interests tied to a purpose; the notice ties them to none", name, path(p, "purpose", "key"))
			}
		}
	}
}

// Q: Does Jujotech give personal data to third parties for their (direct)
// marketing, or sell it? "we do not sell or rent your personal data to third
// parties for any purposes, including marketing." The California passages
// only offer a notice of the categories "(if any) we share with third
// parties or affiliates for those parties to use for direct marketing",
// which does not say any are shared: no disclosure for marketing is
// recorded. Children: "this website is not directed towards children.
// accordingly, we do not knowingly collect or share the personal data of
// minors under the age of 16 without authorization for any purposes,
// including marketing." Do Not Track: "our products do not support do not
// track requests at this time".
func TestQuestionsJujotechNoMarketingDisclosure(t *testing.T) {
	data := ask(t, `query { disclosures(where: {hasActivityWith: [{hasOrganizationWith: [`+jujotechOrg+`]}]}) {
		edges { node { recipient { name kind } purposes { key } } } } }`, nil)
	for _, d := range nodes(data, "disclosures") {
		for _, p := range strs(path(d, "purposes"), "key") {
			if strings.HasPrefix(p, "marketing") && p != "marketing.events" {
				t.Errorf("disclosure to %v for %s; the notice says it does not sell or rent data for marketing and states no sharing for it", path(d, "recipient", "name"), p)
			}
		}
		if n, _ := path(d, "recipient", "name").(string); strings.Contains(strings.ToLower(n), "direct marketing") {
			t.Errorf("recipient %q recorded; the notice shares with no one for direct marketing", n)
		}
	}
	kinds := map[string]map[string]any{}
	for _, st := range jujotechStatements(t) {
		k := kindOf(st)
		if path(st, "notice", "title") != "Jujotech Privacy Policy" {
			t.Errorf("%s statement notice = %v", k, path(st, "notice", "title"))
		}
		if k != "other_negative" {
			kinds[k] = st
		}
	}
	sell := kinds["does_not_sell"]
	if sell == nil || !anyContains(evidenceQuotes(sell), "we do not sell or rent your personal data to third parties for any purposes, including marketing.") {
		t.Fatalf("does-not-sell statement: %v", sell)
	}
	// "for any purposes": the statement is not narrowed to a purpose.
	if p := strs(path(sell, "purposes"), "key"); len(p) != 0 {
		t.Errorf("does-not-sell narrowed to %v; the notice says for any purposes", p)
	}
	if c := kinds["no_children"]; c == nil || !anyContains(evidenceQuotes(c), "we do not knowingly collect or share the personal data of minors under the age of 16") {
		t.Errorf("no-children statement: %v", c)
	}
	if kinds["no_special_category"] != nil || kinds["does_not_share"] != nil {
		t.Errorf("statements the notice does not make: %v", kinds)
	}
}
