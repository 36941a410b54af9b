package seed_test

import (
	"sort"
	"strings"
	"testing"
)

// Questions a DPO or engineer would ask about the UJET Job Applicant Privacy
// Notice (seed/policies/001_9627de4b2ea1e0ae.txt, last updated 20 August
// 2021), answered end to end through GraphQL on the seeded catalog. The
// expected answers come from reading the notice; the supporting sentence is
// asserted to be among the returned evidence.
//
// The organization ujet is shared with the UJET Website Privacy Notice, so
// the per-notice questions select the facts this notice's seed file recorded
// by origin.

const (
	ujetCareersOrg    = `{key: "ujet"}`
	ujetCareersOrigin = `"seed:notices/ujet-careers.yaml"`
)

// ujetCareersActivities returns the activities recorded from this notice, by name.
func ujetCareersActivities(t *testing.T, fields string) map[string]map[string]any {
	t.Helper()
	return activitiesWhere(t, `{origin: `+ujetCareersOrigin+`, hasOrganizationWith: [`+ujetCareersOrg+`]}`, fields)
}

// Q: Who is the controller of applicant data, and how do I reach it and its DPO?
// "Unless otherwise stated, UJET, Inc. is the data controller of Personal
// Data we collect through the Website. Our address is: UJET, Inc. / Attn:
// Data Protection Officer / UJET Inc., 535 Mission Street / 14th Floor /
// WeWork / San Francisco / CA 94105"; "a question for UJET’s Data Protection
// Officer, please contact us by sending email to privacy@ujet.cx."; California
// residents may call "toll free 877-438-8538". No EU representative is named.
func TestQuestionsUjetCareersContacts(t *testing.T) {
	data := ask(t, `query { organizations(where: `+ujetCareersOrg+`) { edges { node {
		name country email phone address dpoName dpoEmail dpoAddress representativeName
		evidence { quote } } } } }`, nil)
	org := path(data, "organizations", "edges", 0, "node")
	if org == nil {
		t.Fatal("organization ujet not found")
	}
	for k, want := range map[string]string{
		"name":     "UJET, Inc.",
		"country":  "US",
		"email":    "privacy@ujet.cx",
		"phone":    "877-438-8538",
		"dpoEmail": "privacy@ujet.cx",
	} {
		if got := path(org, k); got != want {
			t.Errorf("%s = %v, want %q", k, got, want)
		}
	}
	for _, k := range []string{"address", "dpoAddress"} {
		if s, _ := path(org, k).(string); !strings.Contains(s, "535 Mission Street") || !strings.Contains(s, "San Francisco, CA 94105") {
			t.Errorf("%s = %q, want the San Francisco address", k, s)
		}
	}
	if s, _ := path(org, "dpoName").(string); !strings.Contains(s, "Data Protection Officer") {
		t.Errorf("dpoName = %q, want the DPO role (no person is named)", s)
	}
	q := evidenceQuotes(org)
	for _, want := range []string{
		"UJET, Inc. is the data controller of Personal Data we collect through the Website.",
		// The notice has a no-break space before the address.
		"a question for UJET’s Data Protection Officer, please contact us by sending email to\u00a0privacy@ujet.cx.",
		"calling direct toll free 877-438-8538",
		"Attn: Data Protection Officer",
	} {
		if !anyContains(q, want) {
			t.Errorf("organization evidence lacks %q (have %q)", want, q)
		}
	}
}

// Q: Is UJET a controller or a processor for job applicant data?
// Controller for everything this notice describes ("UJET, Inc. is the data
// controller of Personal Data we collect through the Website."); the notice
// describes no processing on behalf of customers.
func TestQuestionsUjetCareersRoles(t *testing.T) {
	data := ask(t, `query { organizations(where: `+ujetCareersOrg+`) { edges { node { roles } } } }`, nil)
	if roles := strs(path(data, "organizations", "edges", 0, "node", "roles")); !has(roles, "controller") {
		t.Errorf("roles = %v, want controller among them", roles)
	}
	acts := ujetCareersActivities(t, `role onBehalfOf`)
	for name, a := range acts {
		if a["role"] != "controller" {
			t.Errorf("activity %q: role %v, want controller (the notice names no processing for customers)", name, a["role"])
		}
	}
	for _, name := range []string{
		"Recruiting and job application processing",
		"Applicant background checks",
		"Equal opportunity information of applicants",
		"Employment eligibility (right to work) verification",
	} {
		activityNamed(t, acts, name)
	}
}

// Q: For which purposes is applicant data used, and on which stated basis?
//   - Recruiting: "We will collect and use your personal data where the
//     processing is in our legitimate business interests, such as for
//     recruiting job applicants for open positions." and "...or in order to
//     enter into a contract with you." (legitimate interests and contract).
//   - Background checks: "When permitted by applicable law and with your
//     consent, we may choose to conduct a background check" (consent).
//   - Legal compliance: "In some cases, we may also have a legal obligation to
//     collect personal data from you." (legal obligation).
//   - Equal opportunity information: no basis and no Art 9(2) condition stated.
func TestQuestionsUjetCareersPurposesAndBases(t *testing.T) {
	acts := ujetCareersActivities(t, `purposes { purpose { key } legalBasis { key } specialCondition { key } legitimateInterest evidence { quote } }`)
	bases := func(name, purpose string) (out []string, ps []any) {
		for _, p := range activityNamed(t, acts, name)["purposes"].([]any) {
			if path(p, "purpose", "key") != purpose {
				continue
			}
			ps = append(ps, p)
			if b, _ := path(p, "legalBasis", "key").(string); b != "" {
				out = append(out, b)
			}
		}
		sort.Strings(out)
		return out, ps
	}

	got, ps := bases("Recruiting and job application processing", "employment.recruitment")
	if strings.Join(got, ",") != "contract,legitimate_interests" {
		t.Errorf("recruitment bases = %v, want contract and legitimate_interests", got)
	}
	for _, p := range ps {
		if path(p, "legalBasis", "key") == "legitimate_interests" {
			if li, _ := path(p, "legitimateInterest").(string); !strings.Contains(strings.ToLower(li), "recruiting job applicants") {
				t.Errorf("legitimate interest = %q", li)
			}
			if !anyContains(evidenceQuotes(p), "such as for recruiting job applicants for open positions") {
				t.Errorf("LI evidence lacks the basis sentence: %v", evidenceQuotes(p))
			}
		}
	}

	got, ps = bases("Applicant background checks", "employment.recruitment.background_check")
	if strings.Join(got, ",") != "consent" || !anyContains(evidenceQuotes(ps[0]), "When permitted by applicable law and with your consent") {
		t.Errorf("background check bases = %v (evidence %v), want consent", got, evidenceQuotes(ps[0]))
	}

	got, ps = bases("Legal compliance and protection of rights (job applicants)", "essential.legal_obligation")
	if strings.Join(got, ",") != "legal_obligation" || !anyContains(evidenceQuotes(ps[0]), "including those laws relating to tax reporting and immigration") {
		t.Errorf("legal compliance bases = %v", got)
	}

	got, ps = bases("Equal opportunity information of applicants", "employment.recruitment.equal_opportunity")
	if len(ps) != 1 || len(got) != 0 {
		t.Errorf("equal opportunity: %d purposes with bases %v; want one purpose and no basis (none is stated)", len(ps), got)
	}
	// No Art 9(2) condition is stated anywhere in the notice.
	for name, a := range acts {
		for _, p := range a["purposes"].([]any) {
			if c := path(p, "specialCondition", "key"); c != nil {
				t.Errorf("%s: Art 9 condition %v recorded, the notice states none", name, c)
			}
		}
	}
}

// Q: Whose data is processed, which categories, and where is special-category data?
// "Equal Opportunity Information. This may include your age, race, ethnicity,
// national origin, citizenship, sex, gender identity, sexual orientation,
// religion, disability or accommodation request, or marital or veteran
// status when you choose to provide it." Background checks may "identify
// criminal history" and need e.g. "your social security number". Referees:
// "We also may contact professional references you provide us".
func TestQuestionsUjetCareersSubjectsAndCategories(t *testing.T) {
	acts := ujetCareersActivities(t, `dataSubjects { key } dataCategories { key specialCategory criminalOffence }`)
	rec := activityNamed(t, acts, "Recruiting and job application processing")
	if s := strs(rec["dataSubjects"], "key"); !has(s, "job_applicant") || !has(s, "referee") {
		t.Errorf("recruiting subjects = %v, want job_applicant and referee", s)
	}
	eeo := activityNamed(t, acts, "Equal opportunity information of applicants")
	var special []string
	for _, c := range eeo["dataCategories"].([]any) {
		if path(c, "specialCategory") == true {
			special = append(special, path(c, "key").(string))
		}
	}
	sort.Strings(special)
	want := "user.demographic.race_ethnicity,user.demographic.religious_belief,user.demographic.sexual_orientation,user.health_and_medical"
	if strings.Join(special, ",") != want {
		t.Errorf("equal opportunity special categories = %v, want %s", special, want)
	}
	if c := strs(eeo["dataCategories"], "key"); !has(c, "user.demographic.veteran_status") || !has(c, "user.demographic.national_origin") {
		t.Errorf("equal opportunity categories = %v, want veteran status and national origin too", c)
	}
	// Only the equal-opportunity activity holds Art 9 data.
	for name, a := range acts {
		if name == "Equal opportunity information of applicants" {
			continue
		}
		for _, c := range a["dataCategories"].([]any) {
			if path(c, "specialCategory") == true {
				t.Errorf("%s holds special-category %v", name, path(c, "key"))
			}
		}
	}
	bc := activityNamed(t, acts, "Applicant background checks")
	var criminal bool
	for _, c := range bc["dataCategories"].([]any) {
		if path(c, "key") == "user.criminal_history" && path(c, "criminalOffence") == true {
			criminal = true
		}
	}
	if !criminal {
		t.Errorf("background checks lack Art 10 criminal history: %v", bc["dataCategories"])
	}

	// The engineer's view: the concrete fields.
	data := ask(t, `query { dataFields(where: {pathIn: ["careers.application.ssn", "careers.equal_opportunity.disability", "careers.background_check.criminal_history", "careers.server_logs.mac_address"]}) {
		edges { node { path dataCategory { key } evidence { quote } } } } }`, nil)
	got := map[string]map[string]any{}
	for _, n := range nodes(data, "dataFields") {
		got[n["path"].(string)] = n
	}
	for p, c := range map[string]string{
		"careers.application.ssn":                   "user.government_id.national_identification_number",
		"careers.equal_opportunity.disability":      "user.health_and_medical",
		"careers.background_check.criminal_history": "user.criminal_history",
		"careers.server_logs.mac_address":           "user.device.device_id",
	} {
		if got[p] == nil || path(got[p], "dataCategory", "key") != c {
			t.Errorf("field %s -> %v, want %s", p, path(got[p], "dataCategory", "key"), c)
		}
	}
	if f := got["careers.application.ssn"]; f == nil || !anyContains(evidenceQuotes(f), "(such as your social security number)") {
		t.Errorf("ssn evidence lacks the background check sentence")
	}
}

// Q: Who receives applicant data, what do they get, and why?
// "we share personal information about the relevant job applicant with
// trusted background check providers"; "We may engage recruiters and job
// application providers to assist us in identifying potential job applicants
// and processing job applications we receive."; "We share personal
// information relating to job applicants and recruits within our Affiliates
// (if any)". The only recipients it names are the dispute resolution
// provider ("https://feedback-form.truste.com/watchdog/request", "TRUSTe")
// and "the American Arbitration Association (https://www.adr.org/)".
func TestQuestionsUjetCareersRecipients(t *testing.T) {
	data := ask(t, `query { recipients(where: {origin: `+ujetCareersOrigin+`}) { edges { node {
		name named kind evidence { quote }
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
	if len(named) != 2 || !strings.HasPrefix(named[0], "American Arbitration Association") || !strings.HasPrefix(named[1], "TRUSTe") {
		t.Errorf("named recipients = %v, want only the American Arbitration Association and TRUSTe", named)
	}
	bcp := byName["Background check providers"]
	if bcp == nil || bcp["kind"] != "processor" {
		t.Fatalf("background check providers: %v", bcp)
	}
	ds, _ := bcp["disclosures"].([]any)
	if len(ds) != 1 {
		t.Fatalf("background check disclosures = %v", ds)
	}
	cats := strs(path(ds[0], "dataCategories"), "key")
	if !has(cats, "user.criminal_history") || !has(cats, "user.government_id.national_identification_number") {
		t.Errorf("background check providers get %v, want criminal history and SSN", cats)
	}
	if p := strs(path(ds[0], "purposes"), "key"); !has(p, "employment.recruitment.background_check") {
		t.Errorf("background check disclosure purposes = %v", p)
	}
	if !anyContains(evidenceQuotes(ds[0]), "we share personal information about the relevant job applicant with trusted background check providers") {
		t.Errorf("background check disclosure evidence: %v", evidenceQuotes(ds[0]))
	}
	if r := byName["Recruiters and job application providers"]; r == nil || r["kind"] != "processor" ||
		!anyContains(evidenceQuotes(r), "We may engage recruiters and job application providers") {
		t.Errorf("recruiters: %v", r)
	}
	for name, kind := range map[string]string{
		"UJET affiliates (job applicant data)":                                "affiliate",
		"Courts, law enforcement and public authorities (job applicant data)": "public_authority",
		"Acquirers, successors or assignees (job applicant data)":             "acquirer",
	} {
		if r := byName[name]; r == nil || r["kind"] != kind {
			t.Errorf("%s: %v, want kind %s", name, r, kind)
		}
	}
}

// Q: Where does applicant data go outside the EEA, and under which safeguard?
// "the Website is hosted in the United States and our third party Processors
// and partners operate in the United States and in other countries around
// the world."; "including the use of Model Clauses approved by the European
// Commission. We also participate in the EU-U.S. Privacy Shield and Swiss –
// U.S. Privacy Shield Frameworks." The Model Clauses' version is not stated;
// Privacy Shield was already invalid when the notice was last updated.
func TestQuestionsUjetCareersTransfers(t *testing.T) {
	data := ask(t, `query { transfers(where: {origin: `+ujetCareersOrigin+`}) { edges { node {
		scope country description safeguard { key validUntil } evidence { quote } } } } }`, nil)
	got := map[string]bool{}
	for _, n := range nodes(data, "transfers") {
		c, _ := n["country"].(string)
		sg, _ := path(n, "safeguard", "key").(string)
		got[n["scope"].(string)+"/"+c+"/"+sg] = true
		q := evidenceQuotes(n)
		if !anyContains(q, "operate in the United States and in other countries around the world") {
			t.Errorf("transfer %v lacks the hosting sentence", n)
		}
		switch sg {
		case "scc":
			if !anyContains(q, "Model Clauses approved by the European Commission") {
				t.Errorf("scc transfer lacks the Model Clauses sentence")
			}
			if d, _ := n["description"].(string); !strings.Contains(d, "privacy@ujet.co ") {
				t.Errorf("scc transfer description should note the privacy@ujet.co address: %q", d)
			}
		case "privacy_shield", "privacy_shield_swiss":
			if !anyContains(q, "Swiss – U.S. Privacy Shield Frameworks") {
				t.Errorf("%s transfer lacks the Privacy Shield sentence", sg)
			}
			// Stale: the shield ended before the notice's 20 August 2021 update.
			if vu, _ := path(n, "safeguard", "validUntil").(string); vu == "" || vu >= "2021-08-20" {
				t.Errorf("%s validUntil = %q, want a date before 2021-08-20", sg, vu)
			}
		}
	}
	for _, want := range []string{"country/US/scc", "country/US/privacy_shield", "country/US/privacy_shield_swiss", "worldwide//scc"} {
		if !got[want] {
			t.Errorf("missing transfer %s (got %v)", want, got)
		}
	}
	if len(got) != 4 {
		t.Errorf("transfers = %v, want exactly 4", got)
	}
}

// Q: How long is applicant data kept?
// No period: "we may retain all information you submit when we have an
// ongoing legitimate business need to do so"; then "we will delete it or, if
// this is not possible (for example, because your personal data has been
// stored in backup archives), then we will securely store your personal data
// and isolate it from any further processing until deletion is possible."
// Hired applicants: "we may transfer the personal information ... to your
// personnel file with us."
func TestQuestionsUjetCareersRetention(t *testing.T) {
	data := ask(t, `query { retentionRules(where: {origin: `+ujetCareersOrigin+`}) { edges { node {
		duration criterion endAction activity { name } evidence { quote } } } } }`, nil)
	ends := map[string]bool{}
	var business, personnel bool
	for _, r := range nodes(data, "retentionRules") {
		if d, _ := r["duration"].(string); d != "" {
			t.Errorf("duration %q recorded, but the notice states no period", d)
		}
		ends[r["endAction"].(string)] = true
		q := evidenceQuotes(r)
		if anyContains(q, "when we have an ongoing legitimate business need to do so") {
			business = true
			if r["endAction"] != "delete" {
				t.Errorf("business-need rule ends with %v, want delete", r["endAction"])
			}
		}
		if anyContains(q, "to your personnel file with us") {
			personnel = true
			if path(r, "activity", "name") != "Recruiting and job application processing" {
				t.Errorf("personnel-file rule on %v", path(r, "activity", "name"))
			}
		}
	}
	if !business || !personnel || !ends["isolate"] {
		t.Errorf("retention: business-need rule %v, personnel-file rule %v, isolate rule %v", business, personnel, ends["isolate"])
	}
}

// Q: What security measures does the notice state?
// Only a generic one: "We use appropriate physical, organizational, and
// technical safeguards designed to improve the integrity and security of
// data we collect and maintain."
func TestQuestionsUjetCareersSecurity(t *testing.T) {
	data := ask(t, `query { securityPractices(where: {origin: `+ujetCareersOrigin+`}) { edges { node {
		measure { key } evidence { quote } } } } }`, nil)
	ps := nodes(data, "securityPractices")
	if len(ps) != 1 || path(ps[0], "measure", "key") != "security_program" {
		t.Fatalf("security practices = %v, want only security_program", ps)
	}
	if !anyContains(evidenceQuotes(ps[0]), "appropriate physical, organizational, and technical safeguards") {
		t.Errorf("security evidence: %v", evidenceQuotes(ps[0]))
	}
}

// Q: Which rights can applicants exercise, through which channel, how fast?
// EEA/UK/CH: "You have the right to access and/or correct, restrict use,
// request deletion, request portability, object to processing of, and
// obtain a copy of your personal data." via privacy@ujet.cx; answered
// "within a reasonable timeframe" and, later, "within one month of receiving
// your request" (both kept). California: opt out of sale ("UJET does not
// sell..."), non-discrimination, access/deletion via the "UJET Individual
// Rights Data Subject Request Form", mail, or "toll free 877-438-8538".
// Complaint: "the right to complain to a data protection authority".
func TestQuestionsUjetCareersRights(t *testing.T) {
	data := ask(t, `query { dataSubjectRights(where: {origin: `+ujetCareersOrigin+`}) { edges { node {
		right { key } channel responseTime businessDays jurisdictions conditions evidence { quote } } } } }`, nil)
	keys := map[string][]map[string]any{}
	for _, n := range nodes(data, "dataSubjectRights") {
		k := path(n, "right", "key").(string)
		keys[k] = append(keys[k], n)
	}
	for _, k := range []string{"access", "rectification", "erasure", "restriction", "portability", "objection",
		"withdraw_consent", "complaint", "know", "opt_out_sale", "non_discrimination"} {
		if len(keys[k]) == 0 {
			t.Errorf("right %s not recorded", k)
		}
	}
	if len(keys["automated_decision"]) != 0 {
		t.Errorf("automated_decision recorded, the notice does not mention it")
	}
	var eea, ccpa bool
	for _, r := range keys["access"] {
		ch, _ := r["channel"].(string)
		q := evidenceQuotes(r)
		if strings.Contains(ch, "privacy@ujet.cx") {
			eea = true
			if r["responseTime"] != "P1M" {
				t.Errorf("EEA access responseTime = %v, want P1M", r["responseTime"])
			}
			if !anyContains(q, "to which we will respond within a reasonable timeframe") ||
				!anyContains(q, "within one month of receiving your request") {
				t.Errorf("EEA access evidence should keep both response-time statements: %v", q)
			}
		}
		if strings.Contains(ch, "Individual Rights Data Subject Request Form") && strings.Contains(ch, "877-438-8538") {
			ccpa = true
		}
	}
	if !eea || !ccpa {
		t.Errorf("access channels: EEA email %v, request form and phone %v", eea, ccpa)
	}
	if c := keys["complaint"]; len(c) != 1 || !anyContains(evidenceQuotes(c[0]), "the right to complain to a data protection authority") {
		t.Errorf("complaint: %v", c)
	}
	if o := keys["opt_out_sale"]; len(o) != 1 || !anyContains(evidenceQuotes(o[0]), "UJET does not sell the personal information of California consumers.") {
		t.Errorf("opt_out_sale: %v", o)
	}
	// Jurisdictions: the EEA block is headed "Residents of the European
	// Economic Area, United Kingdom, or Switzerland"; "California consumers
	// have a right to: (1) request access, correction, and deletion ...";
	// "All individuals have the right to request access to and deletion".
	for _, r := range keys["access"] {
		j := strings.Join(strs(r["jurisdictions"]), ",")
		ch, _ := r["channel"].(string)
		switch {
		case strings.Contains(ch, "privacy@ujet.cx") && j != "EEA,UK,CH":
			t.Errorf("EEA access jurisdictions = %q, want EEA,UK,CH", j)
		case strings.Contains(ch, "Request Form") && j != "":
			t.Errorf("access for all individuals restricted to %q", j)
		}
	}
	for _, k := range []string{"know", "opt_out_sale", "non_discrimination"} {
		for _, r := range keys[k] {
			if j := strings.Join(strs(r["jurisdictions"]), ","); j != "US-CA" {
				t.Errorf("%s jurisdictions = %q, want US-CA", k, j)
			}
		}
	}
	// "However, it may take up to ten business days for us to process your
	// request" (employment-related marketing opt-out): P10D in business days.
	var tenDays bool
	for _, r := range keys["objection"] {
		if anyContains(evidenceQuotes(r), "it may take up to ten business days") {
			tenDays = r["responseTime"] == "P10D" && r["businessDays"] == true
		}
	}
	if !tenDays {
		t.Errorf("marketing opt-out: want responseTime P10D counted in business days: %v", keys["objection"])
	}
}

// Q: Whom do applicants turn to in a dispute, and who may receive their data
// then? "If you have an unresolved privacy or data use concern that we have
// not addressed satisfactorily, please contact our U.S.-based third party
// dispute resolution provider (free of charge) at
// https://feedback-form.truste.com/watchdog/request." and, outside the EEA
// and Switzerland, "the American Arbitration Association
// (https://www.adr.org/) will administer the dispute resolution
// proceedings." Both are recipients of this notice only: the website
// notice's TRUSTe recipient is a different record with a different name.
func TestQuestionsUjetCareersDisputeResolution(t *testing.T) {
	data := ask(t, `query { recipients(where: {origin: `+ujetCareersOrigin+`, named: true}) { edges { node {
		name kind country evidence { quote document { title } }
		disclosures { activity { name notice { title } } purposes { key } evidence { quote } } } } } }`, nil)
	byPrefix := map[string]map[string]any{}
	for _, n := range nodes(data, "recipients") {
		name := n["name"].(string)
		for _, p := range []string{"TRUSTe", "American Arbitration Association"} {
			if strings.HasPrefix(name, p) {
				byPrefix[p] = n
			}
		}
	}
	tr := byPrefix["TRUSTe"]
	if tr == nil {
		t.Fatal("the careers notice's dispute resolution provider (TRUSTe) is not a recipient")
	}
	if tr["kind"] != "third_party" || tr["country"] != "US" {
		t.Errorf("TRUSTe kind/country = %v/%v, want third_party/US (\"U.S.-based\")", tr["kind"], tr["country"])
	}
	if !anyContains(evidenceQuotes(tr), "please contact our U.S.-based third party dispute resolution provider (free of charge)") {
		t.Errorf("TRUSTe evidence: %v", evidenceQuotes(tr))
	}
	for _, e := range tr["evidence"].([]any) {
		if path(e, "document", "title") != "UJET Job Applicant Privacy Notice" {
			t.Errorf("TRUSTe evidence from %v", path(e, "document", "title"))
		}
	}
	aaa := byPrefix["American Arbitration Association"]
	if aaa == nil || !anyContains(evidenceQuotes(aaa), "the American Arbitration Association (https://www.adr.org/) will administer the dispute resolution proceedings.") {
		t.Errorf("American Arbitration Association: %v", aaa)
	}
	for p, r := range byPrefix {
		ds, _ := r["disclosures"].([]any)
		if len(ds) != 1 {
			t.Errorf("%s disclosures = %v, want one", p, ds)
			continue
		}
		d := ds[0]
		if path(d, "activity", "name") != "Applicant privacy requests, complaints and disputes" ||
			path(d, "activity", "notice", "title") != "UJET Job Applicant Privacy Notice" {
			t.Errorf("%s disclosed by %v", p, path(d, "activity"))
		}
		if ps := strs(path(d, "purposes"), "key"); strings.Join(ps, ",") != "essential.legal_claims" {
			t.Errorf("%s purposes = %v, want essential.legal_claims (dispute resolution)", p, ps)
		}
	}
}

// Q: To whom may applicant data be disclosed to protect UJET and others?
// "We reserve the right to disclose personal data we believe, in good faith,
// is appropriate or necessary to: (i) take precautions against liability;
// (ii) protect ourselves or others from fraudulent, abusive, or unlawful uses
// or activity; (iii) investigate and defend ourselves against any
// third-party claims or allegations; (iv) protect the security or integrity
// of the Website ...; or (v) protect our property or other legal rights".
// Legal process: "in response to a court order, judicial or other government
// subpoena or warrant". Non-personalized data: "We may make certain
// non-personalized data available to third parties for various purposes".
func TestQuestionsUjetCareersProtectiveDisclosures(t *testing.T) {
	data := ask(t, `query { disclosures(where: {origin: `+ujetCareersOrigin+`}) { edges { node {
		activity { name } recipient { name kind named } purposes { key } evidence { quote } } } } }`, nil)
	byRecipient := map[string]map[string]any{}
	for _, d := range nodes(data, "disclosures") {
		byRecipient[path(d, "recipient", "name").(string)] = d
	}
	prot := byRecipient["Recipients of disclosures to protect UJET and others (job applicant data)"]
	if prot == nil {
		t.Fatalf("no protective disclosure; recipients: %v", keysOf(byRecipient))
	}
	if path(prot, "activity", "name") != "Legal compliance and protection of rights (job applicants)" {
		t.Errorf("protective disclosure on %v", path(prot, "activity", "name"))
	}
	ps := strs(path(prot, "purposes"), "key")
	for _, want := range []string{"essential.legal_claims", "essential.fraud_detection", "essential.service.security"} {
		if !has(ps, want) {
			t.Errorf("protective disclosure purposes = %v, want %s", ps, want)
		}
	}
	if !anyContains(evidenceQuotes(prot), "We reserve the right to disclose personal data we believe, in good faith, is appropriate or necessary to:") {
		t.Errorf("protective disclosure evidence: %v", evidenceQuotes(prot))
	}
	if lp := byRecipient["Courts, law enforcement and public authorities (job applicant data)"]; lp == nil ||
		!anyContains(evidenceQuotes(lp), "in response to a court order, judicial or other government subpoena or warrant") {
		t.Errorf("legal process disclosure: %v", lp)
	}
	np := byRecipient["Third parties receiving non-personalized data (job applicant notice)"]
	if np == nil || !anyContains(evidenceQuotes(np), "We may make certain non-personalized data available to third parties for various purposes") {
		t.Errorf("non-personalized data disclosure: %v", np)
	}
}

// Q: What does the applicant notice say UJET does not do, and which basis
// does it state without a purpose? "We do not sell your personal data or
// personal information."; "We do not share your data with third parties for
// the third parties’ independent business interests, including for their
// marketing purposes, unless you ask us to do this or give us your consent
// to do this."; "We do not knowingly or intentionally collect personal data
// about children under 16."; equal opportunity information "will not be used
// in the hiring decision unless specifically permitted by law."; "Our
// websites do not currently process or respond to “DNT” signals." Vital
// interests ("may otherwise need the personal data to protect your vital
// interests or those of another person") is tied to no purpose.
func TestQuestionsUjetCareersStatements(t *testing.T) {
	byKind := map[string][]map[string]any{}
	for _, st := range statementsOf(t, `{hasOrganizationWith: [`+ujetCareersOrg+`], hasNoticeWith: [{title: "UJET Job Applicant Privacy Notice"}]}`) {
		byKind[kindOf(st)] = append(byKind[kindOf(st)], st)
		if path(st, "notice", "title") != "UJET Job Applicant Privacy Notice" {
			t.Errorf("statement %v from notice %v", st["text"], path(st, "notice", "title"))
		}
	}
	for kind, q := range map[string]string{
		"does_not_sell":  "We do not sell your personal data or personal information.",
		"does_not_share": "We do not share your data with third parties for the third parties’ independent business interests, including for their marketing purposes",
		"no_children":    "We do not knowingly or intentionally collect personal data about children under 16.",
	} {
		if len(byKind[kind]) != 1 || !anyContains(evidenceQuotes(byKind[kind][0]), q) {
			t.Errorf("%s: %v, want one statement quoting %q", kind, byKind[kind], q)
		}
	}
	var eeo bool
	for _, st := range byKind["other_negative"] {
		if anyContains(evidenceQuotes(st), "This information will not be used in the hiring decision unless specifically permitted by law.") {
			eeo = has(strs(path(st, "dataCategories"), "key"), "user.demographic.race_ethnicity")
		}
	}
	if !eeo {
		t.Errorf("the equal-opportunity statement (with its categories) is missing: %v", byKind["other_negative"])
	}
	var bases []string
	for _, st := range byKind["basis_without_purpose"] {
		bases = append(bases, path(st, "legalBasis", "key").(string))
	}
	if strings.Join(bases, ",") != "vital_interests" {
		t.Errorf("bases without purpose = %v, want vital_interests (contract is tied to recruiting and contractual obligations)", bases)
	}
}
