package extract

import (
	"slices"
	"testing"
)

// facts runs the extractor and returns the values of one kind (named
// recipients only for discloses), with the recipient kinds by name.
func facts(t *testing.T, name, src, kind string) ([]string, map[string]string) {
	t.Helper()
	res, err := Extract(name, []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	checkSpans(t, []byte(src), res)
	var out []string
	kinds := map[string]string{}
	for _, f := range res.Facts {
		if f.Kind != kind || kind == KindDiscloses && (f.Named == nil || !*f.Named) {
			continue
		}
		out = append(out, f.Val())
		kinds[f.Val()] = f.RecipientKind
	}
	return out, kinds
}

func kindOf(kinds map[string]string, name string) string {
	for n, k := range kinds {
		if namesMatch(n, name) {
			return k
		}
	}
	return ""
}

func hasName(got []string, want string) bool {
	return slices.ContainsFunc(got, func(g string) bool { return namesMatch(g, want) })
}

func TestExtractTextTable(t *testing.T) {
	src := `ACME HIRING - PRIVACY NOTICE

Acme Hiring Limited runs this service.

WHO RECEIVES YOUR DATA

We use processors under Article 28 contracts:

  Provider                      Service                          Where the data is held
  --------------------------    ------------------------------   ----------------------
  Zorbly Software, Inc.         Applicant tracking system        United States
  Quintex Cloud GmbH            Hosting                          Germany
  Acme Hiring Services Pvt Ltd  Scheduling support               Pune, India

We do not sell your data.
`
	got, kinds := facts(t, "n.txt", src, KindDiscloses)
	for _, want := range []string{"Zorbly Software, Inc.", "Quintex Cloud GmbH", "Acme Hiring Services Pvt Ltd"} {
		if !hasName(got, want) {
			t.Errorf("missing recipient %q in %v", want, got)
		}
	}
	if k := kindOf(kinds, "Acme Hiring Services Pvt Ltd"); k != "affiliate" {
		t.Errorf("group company kind %q, want affiliate", k)
	}
}

func TestExtractPublicBodies(t *testing.T) {
	src := `# Privacy notice

## Who we share your data with

We may disclose data to the Department of Enterprise, Trade and Employment (for permits), the Workplace Relations Commission, the Revenue Commissioners, courts or the Gardai where the law requires it.

* the Bank of Lithuania, as our supervisor;
* the State Tax Inspectorate (VMI), for tax reporting.

Our online resources include the Acme Cloud Service and the Acme Helpdesk.
`
	got, kinds := facts(t, "n.md", src, KindDiscloses)
	for _, want := range []string{"Department of Enterprise, Trade and Employment", "Workplace Relations Commission",
		"Revenue Commissioners", "Gardai", "Bank of Lithuania", "State Tax Inspectorate"} {
		if !hasName(got, want) {
			t.Errorf("missing body %q in %v", want, got)
		}
	}
	if hasName(got, "Acme Cloud Service") {
		t.Errorf("a product named with a body word is not a public body: %v", got)
	}
	if k := kindOf(kinds, "Revenue Commissioners"); k != "public_authority" {
		t.Errorf("kind %q, want public_authority", k)
	}
}

func TestExtractRecipientNames(t *testing.T) {
	src := `# Privacy notice

Hearth Health Ltd is the controller.

## Who sees your information

* Stripe Payments UK Ltd (card payments);
* EMIS Health (electronic patient record system);
* our sister company Hearth Health B.V., which provides support.

## What we collect

Apple and Google tell us whether your subscription is active. You may sign in with a token from Apple or Google.
`
	got, kinds := facts(t, "n.md", src, KindDiscloses)
	for _, want := range []string{"Stripe Payments UK Ltd", "EMIS Health", "Hearth Health B.V."} {
		if !hasName(got, want) {
			t.Errorf("missing recipient %q in %v", want, got)
		}
	}
	if slices.Contains(got, "Stripe") {
		t.Errorf("the legal name is the recipient, not %q: %v", "Stripe", got)
	}
	if hasName(got, "Apple") || hasName(got, "Google") {
		t.Errorf("sources of data are not recipients: %v", got)
	}
	if k := kindOf(kinds, "Hearth Health B.V."); k != "affiliate" {
		t.Errorf("group company kind %q, want affiliate", k)
	}
}

func TestExtractSubprocessorTableColumns(t *testing.T) {
	src := `# Privacy notice

## SDKs we use

| SDK | Provider | What it does |
|---|---|---|
| Firebase Analytics | Google LLC | Usage statistics |
| Meta SDK | Meta Platforms, Inc. | Measuring ads on Facebook and Instagram |
| Payments | Stripe Payments Europe, Ltd. | Payments; United States (Stripe, Inc.) |
`
	got, _ := facts(t, "n.md", src, KindDiscloses)
	for _, want := range []string{"Firebase", "Meta Platforms, Inc.", "Stripe Payments Europe, Ltd."} {
		if !hasName(got, want) {
			t.Errorf("missing recipient %q in %v", want, got)
		}
	}
	for _, not := range []string{"Google", "Facebook", "Instagram", "Meta SDK"} {
		if slices.Contains(got, not) {
			t.Errorf("%q describes a row's recipient, it is not one: %v", not, got)
		}
	}
	if len(got) != 3 {
		t.Errorf("one recipient per row, got %v", got)
	}
}

func TestExtractCollectsNegationAndExamples(t *testing.T) {
	src := `# Privacy notice

## What we collect

### Payment

Card details are entered on the page of our payment processor and are not stored by us. We keep a record of what you paid for.

### Screening

* answers to screening questions set by the employer (for example "Do you hold a full driving licence?");
* your first name, surname and email address;
* your nationality and country of residence.
`
	got, _ := facts(t, "n.md", src, KindCollects)
	for _, want := range []string{"user.behavior.purchase_history", "user.name.first", "user.name.last",
		"user.demographic.citizenship", "user.contact.address.country"} {
		if !slices.Contains(got, want) {
			t.Errorf("missing %s in %v", want, got)
		}
	}
	for _, not := range []string{"user.financial.credit_card", "user.government_id.drivers_license_number"} {
		if slices.Contains(got, not) {
			t.Errorf("%s is not collected: %v", not, got)
		}
	}
}

func TestExtractLooseTablesAndDefinitions(t *testing.T) {
	md := `# Privacy notice

## Our sub-processors

Sub-processor | Purpose | Location
--- | --- | ---
Quintex Cloud GmbH | Hosting | Germany
Zorbly Mail Inc. | Email delivery | United States
`
	got, _ := facts(t, "n.md", md, KindDiscloses)
	for _, want := range []string{"Quintex Cloud GmbH", "Zorbly Mail Inc."} {
		if !hasName(got, want) {
			t.Errorf("markdown table without outer pipes: missing %q in %v", want, got)
		}
	}
	html := `<html><body><h1>Privacy notice</h1><h2>Who we share your data with</h2>
<dl><dt>Quintex Cloud GmbH</dt><dd>hosts our servers in Germany.</dd>
<dt>Zorbly Mail Inc.</dt><dd>sends our emails.</dd></dl></body></html>`
	got, _ = facts(t, "n.html", html, KindDiscloses)
	for _, want := range []string{"Quintex Cloud GmbH", "Zorbly Mail Inc."} {
		if !hasName(got, want) {
			t.Errorf("definition list: missing %q in %v", want, got)
		}
	}
}

func TestExtractInternalTeamsAreNotBodies(t *testing.T) {
	src := `# Privacy notice

## Who has access to your data

* HR Department: to run payroll;
* Finance Department, which pays your expenses;
* the Department for Work and Pensions, where the law requires it.
`
	got, _ := facts(t, "n.md", src, KindDiscloses)
	for _, not := range []string{"HR Department", "Finance Department"} {
		if hasName(got, not) {
			t.Errorf("%q is the controller's own team: %v", not, got)
		}
	}
	if !hasName(got, "Department for Work and Pensions") {
		t.Errorf("missing the public body: %v", got)
	}
}

// TestCollectsNotData: text that names a data category without stating
// that it is collected.
func TestCollectsNotData(t *testing.T) {
	src := `# Information we collect

When we say "personal data" we mean any information relating to an identified or identifiable natural person, such as a name, an identification number, location data or factors specific to the genetic identity of that person.

A cookie is a small text file, often including a unique identifier, stored on your device.

We rely on our legitimate interests, such as improving the service, for processing your account information.

You can update your preferences at any time.

We use the information for purposes such as suggesting content (e.g. your language preference).

We may also collect your data from service providers, market research surveys and phone interviews. Other sources are processors, such as communications providers.

# Security

We protect the data we collect with security certifications and encryption.

# Who we share it with

Product reviews are collected and published by ReviewCo Ltd.

# Contact details we hold

We collect your name and email address.
`
	got, _ := facts(t, "n.md", src, KindCollects)
	for _, k := range []string{"user.genetic", "user.location", "user.unique_id", "user.demographic.profile",
		"user.demographic.language", "user.content.private", "user.employment.interview", "user.employment.history",
		"user.employment.references", "user.behavior.feedback", "user.name.first"} {
		if slices.Contains(got, k) {
			t.Errorf("%s is not stated as collected: %v", k, got)
		}
	}
	for _, k := range []string{"user.account", "user.name", "user.contact.email"} {
		if !slices.Contains(got, k) {
			t.Errorf("%s is stated as collected, got %v", k, got)
		}
	}
}
