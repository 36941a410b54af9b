package seed_test

import (
	"fmt"
	"sort"
	"strings"
	"testing"
)

// Questions a DPO or engineer would ask about the UBPartner Privacy Policy
// (seed/policies/004_a5795afe81cfc69a.txt), answered end to end through
// GraphQL on the seeded catalog. The expected answers come from reading the
// notice; the supporting sentence is asserted to be among the evidence.

const ubpOrg = `{key: "ubpartner"}`

// ubpActivities returns UBPartner's activities by name.
func ubpActivities(t *testing.T, fields string) map[string]map[string]any {
	t.Helper()
	return activitiesWhere(t, `{hasOrganizationWith: [`+ubpOrg+`]}`, fields)
}

func sortedKeys[V any](m map[string]V) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

// Q: Who is the controller, and how do I reach it? Is there a DPO?
// "If you have any questions regarding the UBPartner Privacy Policy, please
// contact UBPartner at info@ubpartner.com or by writing to: UBPartner Head
// Office / Tour d'Asnières / 4 Avenue Laurent Cély / 92600
// Asnières-sur-Seine / Paris, France". No DPO, phone or EU representative is
// named (SoPro's DPO, dpo@sopro.io, is the processor's, not UBPartner's).
func TestQuestionsUBPartnerContacts(t *testing.T) {
	data := ask(t, `query { organizations(where: `+ubpOrg+`) { edges { node {
		name country email phone address website dpoName dpoEmail dpoPhone representativeName
		evidence { quote } } } } }`, nil)
	org := path(data, "organizations", "edges", 0, "node")
	if org == nil {
		t.Fatal("organization ubpartner not found")
	}
	if got := path(org, "name"); got != "UBPartner" {
		t.Errorf("name = %v, want UBPartner", got)
	}
	if got := path(org, "country"); got != "FR" {
		t.Errorf("country = %v, want FR", got)
	}
	if got := path(org, "email"); got != "info@ubpartner.com" {
		t.Errorf("email = %v, want info@ubpartner.com", got)
	}
	if a, _ := path(org, "address").(string); !strings.Contains(a, "4 Avenue Laurent Cély") || !strings.Contains(a, "92600 Asnières-sur-Seine") {
		t.Errorf("address = %q, want the head office in Asnières-sur-Seine", a)
	}
	if w, _ := path(org, "website").(string); !strings.Contains(w, "ubpartner.com") {
		t.Errorf("website = %q", w)
	}
	for _, k := range []string{"dpoName", "dpoEmail", "dpoPhone", "representativeName", "phone"} {
		if v, _ := path(org, k).(string); v != "" {
			t.Errorf("%s = %q, but the notice names none for UBPartner", k, v)
		}
	}
	q := evidenceQuotes(org)
	if !anyContains(q, "please contact UBPartner at info@ubpartner.com or by writing to:") {
		t.Errorf("organization evidence lacks the contact sentence: %v", q)
	}
	if !anyContains(q, "4 Avenue Laurent Cély") {
		t.Errorf("organization evidence lacks the postal address: %v", q)
	}
}

// Q: Is UBPartner a controller or also a processor for its customers?
// The notice speaks only as controller; customers' "company information" is
// "covered in the relevant software license or services agreement and is
// outside the scope of this statement." So every activity is a controller
// activity, and the XT Cloud activity keeps that sentence as evidence.
func TestQuestionsUBPartnerRoles(t *testing.T) {
	data := ask(t, `query { organizations(where: `+ubpOrg+`) { edges { node { roles } } } }`, nil)
	roles := strs(path(data, "organizations", "edges", 0, "node", "roles"))
	if strings.Join(roles, ",") != "controller" {
		t.Errorf("roles = %v, want only controller", roles)
	}
	acts := ubpActivities(t, `role onBehalfOf evidence { quote }`)
	want := []string{
		"Answering information requests and inquiries",
		"Direct marketing and advertising by email and on web sites",
		"Group email lists and service notifications",
		"In-person meetings, events and offline sales and marketing",
		"Legal compliance, accounting and law enforcement requests",
		"Order management, licensing and billing",
		"Research, development and customer surveys",
		"Sale or reorganisation of UBPartner",
		"Security of sites, networks and systems",
		"Suggestions of new releases and upgrades",
		"Technical support (Helpdesk and email)",
		"Usage analytics of the Web site, Helpdesk and XT Cloud",
		"Website functionality and technical management",
		"XT Cloud and online services delivery",
	}
	if got := sortedKeys(acts); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("activities = %v\nwant %v", got, want)
	}
	for name, a := range acts {
		if a["role"] != "controller" {
			t.Errorf("%s: role = %v, want controller (no processor role stated)", name, a["role"])
		}
	}
	if xt := acts["XT Cloud and online services delivery"]; xt == nil ||
		!anyContains(evidenceQuotes(xt), "is outside the scope of this statement") {
		t.Errorf("XT Cloud activity lacks the out-of-scope sentence on company information")
	}
}

// Q: For which purposes, on which lawful basis?
// Bases are stated only in "How Are We Using Your Data Based on Our
// Legitimate Interests?" (Order Management, Licensing and Billing; Making
// UBPartner Better; Direct Marketing and Advertising; Making Suggestions;
// Sending You Certain Emails) and for direct marketing by consent: "we will
// only process your personal data to send you direct marketing if we have
// your consent". The two statements on direct marketing contradict each
// other and both are kept. Security, legal compliance, support etc. have no
// stated basis.
func TestQuestionsUBPartnerPurposesAndBases(t *testing.T) {
	acts := ubpActivities(t, `purposes { purpose { key } legalBasis { key } legitimateInterest evidence { quote } }`)
	type pb struct{ activity, purpose string }
	bases := map[pb][]string{}
	for name, a := range acts {
		ps, _ := a["purposes"].([]any)
		if len(ps) == 0 {
			t.Errorf("activity %q has no purpose", name)
		}
		for _, p := range ps {
			k := pb{name, path(p, "purpose", "key").(string)}
			b, _ := path(p, "legalBasis", "key").(string)
			if b != "" {
				bases[k] = append(bases[k], b)
			}
			if b == "legitimate_interests" {
				if li, _ := path(p, "legitimateInterest").(string); li == "" {
					t.Errorf("%v: legitimate interests without the interest", k)
				}
			}
			if b == "consent" && !anyContains(evidenceQuotes(p), "if we have your consent") {
				t.Errorf("%v: consent without the consent sentence: %v", k, evidenceQuotes(p))
			}
		}
	}
	for k := range bases {
		sort.Strings(bases[k])
	}
	dm := "Direct marketing and advertising by email and on web sites"
	want := map[pb]string{
		{dm, "marketing.communications.email"}:                                                             "consent,legitimate_interests",
		{dm, "marketing.communications"}:                                                                   "legitimate_interests",
		{dm, "marketing.advertising.first_party"}:                                                          "legitimate_interests",
		{"Order management, licensing and billing", "essential.service"}:                                   "legitimate_interests",
		{"Order management, licensing and billing", "essential.service.payment_processing"}:                "legitimate_interests",
		{"Group email lists and service notifications", "essential.service.notifications"}:                 "legitimate_interests",
		{"Suggestions of new releases and upgrades", "marketing.sales"}:                                    "legitimate_interests",
		{"Usage analytics of the Web site, Helpdesk and XT Cloud", "analytics"}:                            "legitimate_interests",
		{"Usage analytics of the Web site, Helpdesk and XT Cloud", "essential.service.operations.improve"}: "legitimate_interests",
		{"Research, development and customer surveys", "analytics.research"}:                               "legitimate_interests",
		{"Research, development and customer surveys", "essential.service.operations.improve"}:             "legitimate_interests",
	}
	for k, v := range want {
		if got := strings.Join(bases[k], ","); got != v {
			t.Errorf("%v: bases = %q, want %q", k, got, v)
		}
	}
	for k, v := range bases {
		if _, ok := want[k]; !ok {
			t.Errorf("%v has basis %v, but the notice states none for it", k, v)
		}
	}
	// The legitimate-interest side of the contradiction keeps its sentence:
	// "our ability to send direct marketing is necessary for our commercial interests".
	for _, p := range acts[dm]["purposes"].([]any) {
		if path(p, "legalBasis", "key") == "legitimate_interests" && path(p, "purpose", "key") == "marketing.communications.email" &&
			!anyContains(evidenceQuotes(p), "necessary for our commercial interests") {
			t.Errorf("direct marketing LI evidence: %v", evidenceQuotes(p))
		}
	}
	// "- to manage the security of our sites, networks and systems;"
	var sec []string
	for _, p := range acts["Security of sites, networks and systems"]["purposes"].([]any) {
		sec = append(sec, path(p, "purpose", "key").(string))
	}
	if !has(sec, "essential.service.security") {
		t.Errorf("security purposes = %v", sec)
	}
}

// Q: Whose data, and which data elements, are where? Any special-category data?
// "The usage data includes items such as: the IP address, mobile device
// identifier, how much time you spend on the site, pages that you view,
// number of messages you send or service tickets you raise." and "This will
// include your name, work email address, office number and possibly fax
// number." No Art 9 data is mentioned.
func TestQuestionsUBPartnerSubjectsCategoriesFields(t *testing.T) {
	data := ask(t, `query { dataFields(where: {hasDatasetWith: [{hasSystemWith: [{hasOrganizationWith: [`+ubpOrg+`]}]}]}) {
		edges { node { path dataCategory { key } evidence { quote } } } } }`, nil)
	got := map[string]string{}
	for _, n := range nodes(data, "dataFields") {
		p := n["path"].(string)
		got[p] = path(n, "dataCategory", "key").(string)
		if p == "website.usage.mobile_device_id" && !anyContains(evidenceQuotes(n), "mobile device identifier") {
			t.Errorf("mobile_device_id evidence lacks the usage-data sentence")
		}
	}
	for p, c := range map[string]string{
		"website.usage.ip_address":                               "user.device.ip_address",
		"website.usage.mobile_device_id":                         "user.device.device_id",
		"website.usage.pages_viewed":                             "user.behavior.browsing_history",
		"website.usage.cookies":                                  "user.device.cookie",
		"xt_cloud.usage.messages_sent":                           "user.device.usage",
		"helpdesk.tickets.tickets_raised":                        "user.device.usage",
		"helpdesk.tickets.support_requests":                      "user.content.private",
		"business_systems.customer_accounts.name":                "user.name",
		"business_systems.customer_accounts.work_email":          "user.contact.email",
		"business_systems.customer_accounts.fax_number":          "user.contact.fax_number",
		"business_systems.information_requests.role":             "user.job_title",
		"business_systems.information_requests.area_of_interest": "user.demographic.profile",
		"business_systems.surveys.survey_answers":                "user.behavior.feedback",
	} {
		if got[p] != c {
			t.Errorf("field %s -> %q, want %q", p, got[p], c)
		}
	}

	acts := ubpActivities(t, `dataCategories { key specialCategory } dataSubjects { key }`)
	for name, a := range acts {
		for _, c := range a["dataCategories"].([]any) {
			if path(c, "specialCategory") == true {
				t.Errorf("%s records special-category data %v; the notice states none", name, path(c, "key"))
			}
		}
		if len(a["dataSubjects"].([]any)) == 0 {
			t.Errorf("%s has no data subjects", name)
		}
	}
	// "to engage in transactions with customers, suppliers and business partners"
	order := strs(acts["Order management, licensing and billing"]["dataSubjects"], "key")
	for _, s := range []string{"customer", "supplier_vendor"} {
		if !has(order, s) {
			t.Errorf("order management subjects = %v, want %s", order, s)
		}
	}
	// "your interactions with UBPartner during in-person meetings or at events"
	if ev := strs(acts["In-person meetings, events and offline sales and marketing"]["dataSubjects"], "key"); !has(ev, "event_attendee") {
		t.Errorf("event subjects = %v, want event_attendee", ev)
	}
	// Requests for information come from prospects.
	if r := strs(acts["Answering information requests and inquiries"]["dataSubjects"], "key"); !has(r, "prospect") {
		t.Errorf("information request subjects = %v, want prospect", r)
	}
	// The analytics activity carries both sides of the "no personal
	// information" contradiction: IP address and device identifier are listed.
	an := strs(acts["Usage analytics of the Web site, Helpdesk and XT Cloud"]["dataCategories"], "key")
	for _, c := range []string{"user.device.ip_address", "user.device.device_id"} {
		if !has(an, c) {
			t.Errorf("usage analytics categories = %v, want %s", an, c)
		}
	}
}

// Q: Which named processors receive data, what do they get, and why?
// "Our appointed data processors currently include: - Google via Google
// Analytics. - Prospect Global Ltd (trading as SoPro) Reg. UK Co. 09648733."
// Categorical ones include "Banks and payment providers: to authorise and
// complete payment transactions".
func TestQuestionsUBPartnerRecipients(t *testing.T) {
	data := ask(t, `query { recipients(where: {hasOrganizationWith: [`+ubpOrg+`]}) { edges { node {
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
	sort.Strings(named)
	if strings.Join(named, "|") != "Google Analytics|Prospect Global Ltd (SoPro)" {
		t.Errorf("named recipients = %v, want Google Analytics and SoPro", named)
	}
	ga := byName["Google Analytics"]
	if ga == nil || ga["kind"] != "processor" || !anyContains(evidenceQuotes(ga), "Google via Google Analytics") {
		t.Fatalf("Google Analytics: %v", ga)
	}
	gad, _ := ga["disclosures"].([]any)
	if len(gad) != 1 || path(gad[0], "activity", "name") != "Usage analytics of the Web site, Helpdesk and XT Cloud" ||
		!has(strs(path(gad[0], "purposes"), "key"), "analytics") ||
		!has(strs(path(gad[0], "dataCategories"), "key"), "user.device.cookie") {
		t.Errorf("Google Analytics disclosures = %v", gad)
	}
	sp := byName["Prospect Global Ltd (SoPro)"]
	if sp == nil || sp["kind"] != "processor" || sp["country"] != "GB" {
		t.Fatalf("SoPro: %v (want a UK processor: \"Reg. UK Co. 09648733\")", sp)
	}
	spd, _ := sp["disclosures"].([]any)
	if len(spd) != 1 || !has(strs(path(spd[0], "purposes"), "key"), "marketing.communications") {
		t.Errorf("SoPro disclosures = %v, want marketing", spd)
	}
	bank := byName["Banks and payment providers"]
	if bank == nil || bank["named"] != false || bank["kind"] != "processor" {
		t.Fatalf("banks: %v", bank)
	}
	bd, _ := bank["disclosures"].([]any)
	if len(bd) != 1 || !has(strs(path(bd[0], "purposes"), "key"), "essential.service.payment_processing") ||
		!anyContains(evidenceQuotes(bd[0]), "to authorise and complete payment transactions") {
		t.Errorf("bank disclosures = %v", bd)
	}
	// "requested by law enforcement authorities ... such as pursuant to a subpoena"
	if r := byName["Law enforcement authorities and courts"]; r == nil || r["kind"] != "public_authority" {
		t.Errorf("law enforcement: %v", r)
	}
	// "in connection with a sale or reorganisation of UBPartner"
	if r := byName["Parties to a sale or reorganisation of UBPartner"]; r == nil || r["kind"] != "acquirer" {
		t.Errorf("acquirer: %v", r)
	}
}

// Q: Where does data go outside the EU, under which safeguard?
// "UBPartner stores all users' data inside the European Union, however some
// of our service providers and affiliated organisations may lie outside the
// EU. ... such as model contract clauses, binding corporate rules, or
// mechanisms like the EU-U.S. Privacy Shield framework." No country is
// named; the Privacy Shield cited is stale (invalid since 2020-07-16).
// Separately: "information about you may be shared throughout UBPartner
// offices worldwide."
func TestQuestionsUBPartnerTransfers(t *testing.T) {
	data := ask(t, `query { transfers(where: {hasOrganizationWith: [`+ubpOrg+`]}) { edges { node {
		scope country recipient { name } safeguard { key validUntil } evidence { quote } } } } }`, nil)
	ts := nodes(data, "transfers")
	var sgs []string
	for _, tr := range ts {
		if c, _ := tr["country"].(string); c != "" {
			t.Errorf("transfer to %q, but the notice names no country", c)
		}
		sg, _ := path(tr, "safeguard", "key").(string)
		sgs = append(sgs, sg)
		switch sg {
		case "privacy_shield":
			if tr["scope"] != "unspecified" {
				t.Errorf("privacy shield transfer scope = %v", tr["scope"])
			}
			if vu, _ := path(tr, "safeguard", "validUntil").(string); !strings.HasPrefix(vu, "2020-07-16") {
				t.Errorf("privacy shield validUntil = %q, want 2020-07-16", vu)
			}
			if !anyContains(evidenceQuotes(tr), "mechanisms like the EU-U.S. Privacy Shield framework") {
				t.Errorf("privacy shield evidence: %v", evidenceQuotes(tr))
			}
		case "scc":
			if !anyContains(evidenceQuotes(tr), "model contract clauses") {
				t.Errorf("scc evidence: %v", evidenceQuotes(tr))
			}
		case "unspecified":
			if tr["scope"] != "worldwide" || path(tr, "recipient", "name") != "UBPartner offices worldwide" {
				t.Errorf("worldwide transfer: %v", tr)
			}
			if !anyContains(evidenceQuotes(tr), "shared throughout UBPartner offices worldwide") ||
				!anyContains(evidenceQuotes(tr), "stores all users’ data inside the European Union") {
				t.Errorf("worldwide transfer should carry both contradicting sentences: %v", evidenceQuotes(tr))
			}
		}
	}
	sort.Strings(sgs)
	if strings.Join(sgs, ",") != "adequacy,bcr,privacy_shield,scc,unspecified" {
		t.Errorf("safeguards = %v, want adequacy, bcr, privacy_shield, scc, unspecified", sgs)
	}
}

// Q: Are the four alternative safeguards each recorded once, each with the
// words that name it? "If we do, we ensure your data is processed only in
// countries that provide an adequate level of protection for your data or
// where the recipient provides appropriate safeguards, such as model
// contract clauses, binding corporate rules, or mechanisms like the EU-U.S.
// Privacy Shield framework." One sentence lists four alternatives; each
// transfer quotes its own part of it and no other safeguard's words.
func TestQuestionsUBPartnerTransferSafeguardsEvidence(t *testing.T) {
	data := ask(t, `query { transfers(where: {hasOrganizationWith: [`+ubpOrg+`]}) { edges { node {
		safeguard { key } evidence { start end quote } } } } }`, nil)
	names := map[string]string{ // safeguard -> the words naming it
		"adequacy":       "adequate level of protection",
		"scc":            "model contract clauses",
		"bcr":            "binding corporate rules",
		"privacy_shield": "EU-U.S. Privacy Shield framework",
	}
	count := map[string]int{}
	owner := map[string]string{} // "start-end" -> safeguard
	for _, tr := range nodes(data, "transfers") {
		sg, _ := path(tr, "safeguard", "key").(string)
		words, ok := names[sg]
		if !ok {
			continue
		}
		count[sg]++
		ev, _ := tr["evidence"].([]any)
		if len(ev) == 0 {
			t.Errorf("%s transfer has no evidence", sg)
		}
		for _, e := range ev {
			q, _ := path(e, "quote").(string)
			if !strings.Contains(q, words) {
				t.Errorf("%s evidence %q does not name it (%q)", sg, q, words)
			}
			for other, w := range names {
				if other != sg && strings.Contains(q, w) {
					t.Errorf("%s evidence %q also names %s", sg, q, other)
				}
			}
			span := fmt.Sprintf("%v-%v", path(e, "start"), path(e, "end"))
			if prev, ok := owner[span]; ok && prev != sg {
				t.Errorf("%s and %s share the evidence span %s", prev, sg, span)
			}
			owner[span] = sg
		}
	}
	for sg := range names {
		if count[sg] != 1 {
			t.Errorf("%s transfers = %d, want exactly one", sg, count[sg])
		}
	}
}

// Q: What does UBPartner say it does not do? "We don’t receive any personal
// data directly about you other than what you provide us" (contradicted by
// the automatic usage data and cookies); usage data "contains no personal
// information and is aggregated" (yet lists "the IP address, mobile device
// identifier"); "You are not required to provide data to us." It makes no
// statement about selling data or children, and states no basis without a
// purpose ("We process your data on a variety of legal bases depending on
// the use" names none).
func TestQuestionsUBPartnerStatements(t *testing.T) {
	byKind := map[string][]map[string]any{}
	for _, st := range statementsOf(t, `{hasOrganizationWith: [`+ubpOrg+`]}`) {
		byKind[kindOf(st)] = append(byKind[kindOf(st)], st)
	}
	if c := byKind["does_not_collect"]; len(c) != 1 || !anyContains(evidenceQuotes(c[0]), "We don’t receive any personal data directly about you other than what you provide us") {
		t.Errorf("does_not_collect: %v", c)
	}
	var usage, notRequired bool
	for _, st := range byKind["other_negative"] {
		q := evidenceQuotes(st)
		usage = usage || (anyContains(q, "This data contains no personal information and is aggregated") && anyContains(q, "the IP address, mobile device identifier"))
		notRequired = notRequired || anyContains(q, "You are not required to provide data to us.")
	}
	if !usage || !notRequired {
		t.Errorf("other negative statements: usage data with its contradiction %v, not required %v", usage, notRequired)
	}
	for _, k := range []string{"does_not_sell", "does_not_share", "no_children", "basis_without_purpose"} {
		if len(byKind[k]) != 0 {
			t.Errorf("%s statement recorded; the notice makes none", k)
		}
	}
}

// Q: How long is data kept?
// "We keep your data in an identifiable form for as long as we have a
// legitimate reason to use the data and as required by law. This typically
// means for as long as you have a business relationship with UBPartner ..."
// No period anywhere; accounting data may be kept despite erasure requests.
func TestQuestionsUBPartnerRetention(t *testing.T) {
	data := ask(t, `query { retentionRules(where: {hasOrganizationWith: [`+ubpOrg+`]}) { edges { node {
		duration criterion endAction activity { name } evidence { quote } } } } }`, nil)
	rules := nodes(data, "retentionRules")
	if len(rules) == 0 {
		t.Fatal("no retention rules")
	}
	var orgWide, accounting int
	for _, r := range rules {
		if d, _ := r["duration"].(string); d != "" {
			t.Errorf("duration %q recorded, but the notice states no period", d)
		}
		if c, _ := r["criterion"].(string); c == "" {
			t.Errorf("retention rule without criterion: %v", r)
		}
		if path(r, "activity") == nil {
			orgWide++
			if !anyContains(evidenceQuotes(r), "for as long as we have a legitimate reason to use the data and as required by law") {
				t.Errorf("organization-wide rule evidence: %v", evidenceQuotes(r))
			}
			if c := r["criterion"].(string); !strings.Contains(c, "business relationship") {
				t.Errorf("criterion = %q, want the business-relationship trigger", c)
			}
		}
		if anyContains(evidenceQuotes(r), "keep for accounting purposes") {
			accounting++
			if path(r, "activity", "name") != "Legal compliance, accounting and law enforcement requests" {
				t.Errorf("accounting retention on %v", path(r, "activity", "name"))
			}
		}
	}
	if orgWide != 1 || accounting != 1 {
		t.Errorf("organization-wide rules = %d, accounting rules = %d, want 1 and 1", orgWide, accounting)
	}
}

// Q: Which security measures are stated?
// "UBPartner employees are authorised to access personal information only to
// the extent necessary ..."; "The data is securely stored and protected from
// access by other persons using industry standard methods."; "a formal data
// governance program and robust security measures"; providers "contractually
// obligated to act only on our instructions"; usage data "is aggregated".
// No encryption or certification is named.
func TestQuestionsUBPartnerSecurity(t *testing.T) {
	data := ask(t, `query { securityPractices(where: {hasOrganizationWith: [`+ubpOrg+`]}) { edges { node {
		measure { key } activities { name } evidence { quote } } } } }`, nil)
	got := map[string][]string{}
	for _, n := range nodes(data, "securityPractices") {
		k := path(n, "measure", "key").(string)
		got[k] = append(got[k], evidenceQuotes(n)...)
	}
	if keys := sortedKeys(got); strings.Join(keys, ",") != "access_control,anonymisation,confidentiality,security_program,vendor_management" {
		t.Errorf("measures = %v", keys)
	}
	if !anyContains(got["access_control"], "only to the extent necessary to serve the applicable purpose(s)") {
		t.Errorf("access_control evidence: %v", got["access_control"])
	}
	if !anyContains(got["security_program"], "formal data governance program") {
		t.Errorf("security_program evidence: %v", got["security_program"])
	}
	if !anyContains(got["vendor_management"], "contractually obligated to act only on our instructions") {
		t.Errorf("vendor_management evidence: %v", got["vendor_management"])
	}
}

// Q: Which rights, through which channel, how fast?
// "- You can ask us for a copy of the information we have about you" /
// "correct" / "delete" / "restrict the processing"; "To exercise any of the
// foregoing rights, email info@ubpartner.com or write to us at the contact
// address below."; "UBPartner will respond to your request within one month
// of receiving it." (P1M). Opt-out of legitimate-interest uses, withdrawal of
// marketing consent and a complaint to the supervisory authority are also
// stated; portability is not.
func TestQuestionsUBPartnerRights(t *testing.T) {
	data := ask(t, `query { dataSubjectRights(where: {hasOrganizationWith: [`+ubpOrg+`]}) { edges { node {
		right { key } channel responseTime conditions evidence { quote } } } } }`, nil)
	got := map[string]map[string]any{}
	for _, n := range nodes(data, "dataSubjectRights") {
		got[path(n, "right", "key").(string)] = n
	}
	if keys := sortedKeys(got); strings.Join(keys, ",") != "access,complaint,erasure,objection,rectification,restriction,withdraw_consent" {
		t.Errorf("rights = %v", keys)
	}
	for _, k := range []string{"access", "rectification", "erasure", "restriction"} {
		r := got[k]
		if r == nil {
			continue
		}
		if r["responseTime"] != "P1M" {
			t.Errorf("%s responseTime = %v, want P1M (within one month)", k, r["responseTime"])
		}
		if c, _ := r["channel"].(string); !strings.Contains(c, "info@ubpartner.com") {
			t.Errorf("%s channel = %q", k, c)
		}
		if !anyContains(evidenceQuotes(r), "within one month of receiving it") {
			t.Errorf("%s evidence lacks the response-time sentence", k)
		}
	}
	if e := got["erasure"]; e != nil {
		if c, _ := e["conditions"].(string); !strings.Contains(c, "accounting") {
			t.Errorf("erasure conditions = %q, want the accounting exception", c)
		}
	}
	if o := got["objection"]; o == nil || !anyContains(evidenceQuotes(o), "you have the right to opt out of such processing") {
		t.Errorf("objection: %v", o)
	}
	if c := got["complaint"]; c == nil || !anyContains(evidenceQuotes(c), "supervisory authority in your country of residence") {
		t.Errorf("complaint: %v", c)
	}
}

// TestQuestionsUBPartnerAlternativeSafeguards: "...to countries with an
// adequate level of protection, or where the recipient provides appropriate
// safeguards, such as model contract clauses, binding corporate rules or
// mechanisms like the EU-U.S. Privacy Shield framework" is one transfer
// with four alternative safeguards, each once, each with its own words.
func TestQuestionsUBPartnerAlternativeSafeguards(t *testing.T) {
	data := ask(t, `query { transfers(where: {hasOrganizationWith: [`+ubpOrg+`]}) { edges { node {
		alternatives safeguard { key } evidence { quote } } } } }`, nil)
	count := map[string]int{}
	for _, tr := range nodes(data, "transfers") {
		if tr["alternatives"] != "transfers outside the EU" {
			continue
		}
		sg, _ := path(tr, "safeguard", "key").(string)
		count[sg]++
		if len(evidenceQuotes(tr)) == 0 {
			t.Errorf("alternative %s has no evidence", sg)
		}
	}
	want := map[string]int{"adequacy": 1, "scc": 1, "bcr": 1, "privacy_shield": 1}
	if len(count) != len(want) {
		t.Errorf("alternatives %v, want %v", count, want)
	}
	for k, n := range want {
		if count[k] != n {
			t.Errorf("safeguard %s among the alternatives %d times, want once", k, count[k])
		}
	}
}
