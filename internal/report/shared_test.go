package report_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/csv"
	"encoding/hex"
	"encoding/json"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/ropacatalog/ropa/ent"
	"github.com/ropacatalog/ropa/ent/legalbasis"
	"github.com/ropacatalog/ropa/ent/processingactivity"
	"github.com/ropacatalog/ropa/ent/retentionrule"
	"github.com/ropacatalog/ropa/ent/securitymeasure"
	"github.com/ropacatalog/ropa/ent/statement"
	"github.com/ropacatalog/ropa/ent/transfersafeguard"
	"github.com/ropacatalog/ropa/internal/report"
	"github.com/ropacatalog/ropa/internal/review"
	"github.com/ropacatalog/ropa/internal/store"
	"github.com/ropacatalog/ropa/internal/store/storetest"
)

// The two notices of the organization "duo": a website notice describing
// two activities and a careers notice describing one. Every fact quotes a
// sentence of its notice.
const (
	websiteNotice = "Duo Website Notice"
	careersNotice = "Duo Careers Notice"
)

var (
	websiteSentences = []string{
		"Duo Ltd sends newsletters and analyses the use of its website.",
		"We transfer data to the United States under the EU-US Data Privacy Framework.",
		"We may also transfer data to Japan.",
		"We encrypt all data at rest.",
		"We keep newsletter subscriptions for two years.",
		"You may access your data.",
		"We do not sell personal information.",
	}
	careersSentences = []string{
		"Duo Ltd processes job applications.",
		"Applications are handled by our team in India under standard contractual clauses.",
		"Applications may be reviewed in Brazil.",
		"You may ask us to erase your application; we answer within 30 business days.",
		"We may also rely on our legitimate interests.",
	}
)

// Activity names of the duo fixture.
const (
	newsletter = "Newsletter"
	analytics  = "Website analytics"
	recruiting = "Recruiting"
)

// twoNotices builds the organization "duo" with two notices, each stating
// facts for all the processing it describes:
//
//   - the website notice: a transfer to the United States (reviewed) and
//     a draft transfer to Japan, a right of access and a statement that it
//     does not sell personal information; it describes Newsletter (with a
//     draft retention rule of its own) and Website analytics;
//   - the careers notice: a transfer to India, a right to erasure (30
//     business days, EEA and UK) and a legal basis stated without a
//     purpose; it describes Recruiting, for which a transfer to Brazil was
//     rejected;
//   - the organization itself: encryption at rest, for everything.
func twoNotices(t *testing.T, c *ent.Client) {
	t.Helper()
	ctx := context.Background()
	org := c.Organization.Create().SetKey("duo").SetName("Duo Ltd").SetCountry("GB").
		SetEmail("privacy@duo.example").SaveX(ctx)
	notice := func(title string, sentences []string) (*ent.PolicyDocument, []*ent.Evidence) {
		text := strings.Join(sentences, " ")
		sum := sha256.Sum256([]byte(text))
		doc := c.PolicyDocument.Create().SetTitle(title).SetText(text).SetSha256(hex.EncodeToString(sum[:])).
			SetOrganization(org).SaveX(ctx)
		var ev []*ent.Evidence
		for _, s := range sentences {
			start := strings.Index(text, s)
			ev = append(ev, c.Evidence.Create().SetDocument(doc).SetStart(start).SetEnd(start+len(s)).SetQuote(s).SaveX(ctx))
		}
		return doc, ev
	}
	web, wev := notice(websiteNotice, websiteSentences)
	car, cev := notice(careersNotice, careersSentences)

	consent := upsertBasis(t, c, "consent", "Consent", legalbasis.ArticleArt6, "GDPR Art 6(1)(a)")
	li := upsertBasis(t, c, "legitimate_interests", "Legitimate interests", legalbasis.ArticleArt6, "GDPR Art 6(1)(f)")
	purpose := c.Purpose.Create().SetKey("duo_purpose").SetName("Duo purpose").SaveX(ctx)
	email := c.DataCategory.Create().SetKey("duo.email").SetName("Email address").SaveX(ctx)
	subject := c.DataSubjectCategory.Create().SetKey("duo_person").SetName("Person").SaveX(ctx)
	activity := func(name string, doc *ent.PolicyDocument, ev *ent.Evidence) *ent.ProcessingActivity {
		a := c.ProcessingActivity.Create().SetName(name).SetOrganization(org).SetNotice(doc).
			SetRole(processingactivity.RoleController).AddDataCategories(email).AddDataSubjects(subject).
			AddEvidence(ev).SaveX(ctx)
		c.ActivityPurpose.Create().SetActivity(a).SetPurpose(purpose).SetLegalBasis(consent).AddEvidence(ev).ExecX(ctx)
		return a
	}
	news := activity(newsletter, web, wev[0])
	activity(analytics, web, wev[0])
	recruit := activity(recruiting, car, cev[0])

	dpf := c.TransferSafeguard.Create().SetKey("duo_dpf").SetName("EU-US Data Privacy Framework").
		SetMechanism(transfersafeguard.MechanismFramework).SetArticle("Art 45").SaveX(ctx)
	scc := c.TransferSafeguard.Create().SetKey("duo_scc").SetName("Standard contractual clauses (2021)").
		SetMechanism(transfersafeguard.MechanismScc).SetArticle("Art 46(2)(c)").SaveX(ctx)
	adequacy := c.TransferSafeguard.Create().SetKey("duo_adequacy").SetName("Adequacy decision").
		SetMechanism(transfersafeguard.MechanismAdequacy).SetArticle("Art 45").SaveX(ctx)
	c.Transfer.Create().SetOrganization(org).SetNotice(web).SetCountry("US").SetSafeguard(dpf).AddEvidence(wev[1]).ExecX(ctx)
	c.Transfer.Create().SetOrganization(org).SetNotice(web).SetCountry("JP").SetSafeguard(adequacy).
		SetReviewStatus(review.Unreviewed).AddEvidence(wev[2]).ExecX(ctx)
	c.Transfer.Create().SetOrganization(org).SetNotice(car).SetCountry("IN").SetSafeguard(scc).AddEvidence(cev[1]).ExecX(ctx)
	c.Transfer.Create().SetOrganization(org).SetNotice(car).SetActivity(recruit).SetCountry("BR").SetSafeguard(scc).
		SetReviewStatus(review.Rejected).AddEvidence(cev[2]).ExecX(ctx)

	enc := c.SecurityMeasure.Create().SetKey("duo_encryption").SetName("Encryption at rest").
		SetKind(securitymeasure.KindTechnical).SaveX(ctx)
	c.SecurityPractice.Create().SetOrganization(org).SetMeasure(enc).AddEvidence(wev[3]).ExecX(ctx)
	c.RetentionRule.Create().SetOrganization(org).SetNotice(web).SetActivity(news).SetDuration("P2Y").
		SetEndAction(retentionrule.EndActionDelete).SetReviewStatus(review.Unreviewed).AddEvidence(wev[4]).ExecX(ctx)

	access := c.Right.Create().SetKey("duo_access").SetName("Right of access").SetReference("GDPR Art 15").SaveX(ctx)
	erasure := c.Right.Create().SetKey("duo_erasure").SetName("Right to erasure").SetReference("GDPR Art 17").SaveX(ctx)
	c.DataSubjectRight.Create().SetOrganization(org).SetNotice(web).SetRight(access).AddEvidence(wev[5]).ExecX(ctx)
	c.DataSubjectRight.Create().SetOrganization(org).SetNotice(car).SetRight(erasure).SetResponseTime("P30D").
		SetBusinessDays(true).SetJurisdictions([]string{"EEA", "UK"}).AddEvidence(cev[3]).ExecX(ctx)

	c.Statement.Create().SetOrganization(org).SetNotice(web).SetKind(statement.KindDoesNotSell).
		SetText("does not sell personal information").AddEvidence(wev[6]).ExecX(ctx)
	c.Statement.Create().SetOrganization(org).SetNotice(car).SetKind(statement.KindBasisWithoutPurpose).
		SetLegalBasis(li).SetText("legitimate interests, tied to no purpose").AddEvidence(cev[4]).ExecX(ctx)
}

// duo builds the duo report with opts (Now set to asOf).
func duo(t *testing.T, c *ent.Client, opts report.Options) *report.Report {
	t.Helper()
	opts.Now = asOf
	r, err := report.Build(context.Background(), c, "duo", opts)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func activityNamed(t *testing.T, r *report.Report, name string) *report.Activity {
	t.Helper()
	for i := range r.Controller.Activities {
		if a := &r.Controller.Activities[i]; a.Name == name {
			return a
		}
	}
	t.Fatalf("no activity %q", name)
	return nil
}

// duoForms renders a duo report in every form: the HTML sections of each
// activity (by name), the CSV and XLSX rows of each activity (by name,
// cells by ICO column), and the JSON text.
type duoForms struct {
	html     string
	sections map[string]string
	csv      map[string][]string
	xlsx     map[string][]string
	json     string
}

func renderDuo(t *testing.T, r *report.Report) duoForms {
	t.Helper()
	f := duoForms{html: string(render(t, r, report.FormatHTML)), json: string(render(t, r, report.FormatJSON)),
		sections: map[string]string{}, csv: map[string][]string{}, xlsx: map[string][]string{}}
	for _, m := range sectionRE.FindAllStringSubmatch(f.html, -1) {
		name := regexp.MustCompile(`<h3>C\d+\. ([^<]+?) <span class="role">`).FindStringSubmatch(m[3])
		if name == nil {
			t.Fatalf("section %s has no heading", m[1])
		}
		f.sections[name[1]] = m[3]
	}
	rows := func(all [][]string, into map[string][]string) {
		h := slices.IndexFunc(all, func(row []string) bool { return slices.Equal(row, report.ControllerColumns) })
		if h < 0 {
			t.Fatal("no ICO headings")
		}
		for _, row := range all[h+1:] {
			if len(row) < len(report.ControllerColumns) {
				break
			}
			// "Purpose of processing" starts with the activity's name.
			name := strings.TrimPrefix(strings.SplitN(row[1], "\n", 2)[0], "[DRAFT] ")
			into[name] = row
		}
	}
	rd := csv.NewReader(bytes.NewReader(render(t, r, report.FormatCSV)))
	rd.FieldsPerRecord = -1
	all, err := rd.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	rows(all, f.csv)
	x, err := excelize.OpenReader(bytes.NewReader(render(t, r, report.FormatXLSX)))
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	all, err = x.GetRows(report.ControllerSheet)
	if err != nil {
		t.Fatal(err)
	}
	rows(all, f.xlsx)
	return f
}

// cell is the text of an ICO column of an activity's row.
func cell(row []string, column string) string {
	return row[slices.Index(report.ControllerColumns, column)]
}

const (
	countriesColumn  = "Names of third countries or international organisations that personal data are transferred to (if applicable)"
	safeguardsColumn = "Safeguards for exceptional transfers of personal data to third countries or international organisations (if applicable)"
	retentionColumn  = "Retention schedule (if possible)"
	securityColumn   = "General description of technical and organisational security measures (if possible)"
	rightsColumn     = "Rights available to individuals"
)

// item is the cell of an activity's HTML section for an Art 30 item.
func item(t *testing.T, section, art30 string) string {
	t.Helper()
	for _, m := range itemRE.FindAllStringSubmatch(section, -1) {
		if m[1] == art30 {
			return m[2]
		}
	}
	t.Fatalf("no row %s", art30)
	return ""
}

// TestSharedPrintedOnce: a fact a notice states for all the processing it
// describes is printed once in the HTML, in its notice's section, and
// each activity of that notice refers to it; it never reaches an activity
// of the organization's other notice. The spreadsheets copy it into each
// row it applies to, marked with the notice.
func TestSharedPrintedOnce(t *testing.T) {
	client := storetest.Open(t, store.Config{})
	twoNotices(t, client)
	r := duo(t, client, report.Options{})

	// The model: one set per notice and one for the organization.
	sets := map[string]*report.Shared{}
	for i := range r.Shared {
		s := &r.Shared[i]
		sets[s.Notice] = s
	}
	web, car, org := sets[websiteNotice], sets[careersNotice], sets[""]
	if len(r.Shared) != 3 || web == nil || car == nil || org == nil || org.AppliesTo != report.AppliesOrganization {
		t.Fatalf("shared sets %+v, want one per notice and the organization's", r.Shared)
	}
	if !slices.Equal(web.Activities, []string{newsletter, analytics}) || !slices.Equal(car.Activities, []string{recruiting}) ||
		!slices.Equal(org.Activities, []string{newsletter, recruiting, analytics}) {
		t.Errorf("sets apply to %q, %q, %q", web.Activities, car.Activities, org.Activities)
	}
	for name, want := range map[string][]string{newsletter: {web.ID, org.ID}, analytics: {web.ID, org.ID}, recruiting: {car.ID, org.ID}} {
		a := activityNamed(t, r, name)
		if !slices.Equal(a.Shared, want) {
			t.Errorf("%s: shared %v, want %v", name, a.Shared, want)
		}
		if len(a.Transfers) != 0 || len(a.Security) != 0 {
			t.Errorf("%s: the sets' facts are copied into it: %+v %+v", name, a.Transfers, a.Security)
		}
		if slices.Contains(a.NotStated, "transfers") || slices.Contains(a.NotStated, "security") {
			t.Errorf("%s: notStated %v, though its sets state transfers and security", name, a.NotStated)
		}
	}

	f := renderDuo(t, r)
	// Printed once, in its own section saying where it is stated.
	for _, text := range []string{"United States. Safeguard: EU-US Data Privacy Framework", "India. Safeguard", "Encryption at rest"} {
		if n := strings.Count(f.html, text); n != 1 {
			t.Errorf("HTML prints %q %d times, want once", text, n)
		}
	}
	for _, s := range []*report.Shared{web, car, org} {
		m := regexp.MustCompile(`(?s)<section class="shared" id="shared-` + s.ID + `">(.*?)</section>`).FindStringSubmatch(f.html)
		if m == nil {
			t.Errorf("no section for set %s", s.ID)
			continue
		}
		for _, name := range s.Activities {
			if !strings.Contains(m[1], name+"</a>") {
				t.Errorf("set %s does not list %s", s.ID, name)
			}
		}
	}
	if !strings.Contains(f.html, "Stated in "+websiteNotice+" for all the processing it describes") ||
		!strings.Contains(f.html, "Stated for the whole organization") {
		t.Errorf("HTML does not head the shared sets with where they are stated")
	}
	// Each activity refers to its notice's set and the organization's,
	// never to the other notice's.
	for name, want := range map[string]struct{ in, out *report.Shared }{
		newsletter: {web, car}, analytics: {web, car}, recruiting: {car, web},
	} {
		e := item(t, f.sections[name], "30(1)(e)")
		if !strings.Contains(e, `href="#shared-`+want.in.ID+`"`) || strings.Contains(e, want.out.ID) {
			t.Errorf("%s (e): %s", name, e)
		}
		if strings.Contains(e, report.NotStated) {
			t.Errorf("%s (e) says %q though its notice states transfers", name, report.NotStated)
		}
		g := item(t, f.sections[name], "30(1)(g)")
		if !strings.Contains(g, `href="#shared-organization"`) || strings.Contains(g, "Encryption") {
			t.Errorf("%s (g): %s", name, g)
		}
	}
	// The spreadsheets: each row self-contained, marked with the notice.
	for _, rows := range []map[string][]string{f.csv, f.xlsx} {
		for _, name := range []string{newsletter, analytics} {
			row := rows[name]
			if got := cell(row, safeguardsColumn); !strings.Contains(got, "United States: EU-US Data Privacy Framework, Art 45 (stated in "+websiteNotice+" for all its processing)") ||
				strings.Contains(got, "India") || strings.Contains(got, careersNotice) {
				t.Errorf("%s safeguards: %q", name, got)
			}
			if got := cell(row, securityColumn); got != "Encryption at rest (stated for the whole organization)" {
				t.Errorf("%s security: %q", name, got)
			}
			if got := cell(row, rightsColumn); got != "Right of access (GDPR Art 15)" {
				t.Errorf("%s rights: %q, want the website notice's only", name, got)
			}
		}
		row := rows[recruiting]
		if got := cell(row, countriesColumn); got != "India (stated in "+careersNotice+" for all its processing)" {
			t.Errorf("recruiting countries: %q", got)
		}
		if got := cell(row, rightsColumn); got != "Right to erasure (GDPR Art 17), response within 30 business days" {
			t.Errorf("recruiting rights: %q, want the careers notice's only", got)
		}
		if got := cell(row, retentionColumn); got != report.NotStated {
			t.Errorf("recruiting retention: %q", got)
		}
	}
	// Rights and statements name the notice that states them.
	rights := regexp.MustCompile(`(?s)<section class="rights" id="rights">.*?</section>`).FindString(f.html)
	if !strings.Contains(rights, "Rights offered in "+careersNotice) || !strings.Contains(rights, "Right to erasure (GDPR Art 17); response within 30 business days; where: EEA, UK") {
		t.Errorf("rights section: %s", rights)
	}
	statements := regexp.MustCompile(`(?s)<section class="statements" id="statements">.*?</section>`).FindString(f.html)
	for _, want := range []string{"Negative statements in " + websiteNotice, "Does not sell: does not sell personal information",
		"Legal bases stated without a purpose in " + careersNotice, "Legitimate interests (GDPR Art 6(1)(f)): legitimate interests, tied to no purpose"} {
		if !strings.Contains(statements, want) {
			t.Errorf("statements section lacks %q", want)
		}
	}
}

// TestDraftsMarked: an unreviewed fact is in the report by default and
// marked DRAFT in every form, its own (Newsletter's retention rule) or
// shared (the website notice's transfer to Japan).
func TestDraftsMarked(t *testing.T) {
	client := storetest.Open(t, store.Config{})
	twoNotices(t, client)
	r := duo(t, client, report.Options{})
	if r.ReviewedOnly || r.IncludeRejected {
		t.Errorf("default report: reviewedOnly %v includeRejected %v", r.ReviewedOnly, r.IncludeRejected)
	}
	// JSON: the draft carries its status.
	var j struct {
		Shared []struct {
			Notice    string `json:"notice"`
			Transfers []struct {
				Country      string `json:"country"`
				ReviewStatus string `json:"reviewStatus"`
			} `json:"transfers"`
		} `json:"shared"`
		ControllerRecord struct {
			Activities []struct {
				Name      string `json:"name"`
				Retention []struct {
					Duration     string `json:"duration"`
					ReviewStatus string `json:"reviewStatus"`
				} `json:"retention"`
			} `json:"activities"`
		} `json:"controllerRecord"`
	}
	f := renderDuo(t, r)
	if err := json.Unmarshal([]byte(f.json), &j); err != nil {
		t.Fatal(err)
	}
	status := map[string]string{}
	for _, s := range j.Shared {
		for _, x := range s.Transfers {
			status[s.Notice+"/"+x.Country] = x.ReviewStatus
		}
	}
	for _, a := range j.ControllerRecord.Activities {
		for _, x := range a.Retention {
			status[a.Name+"/"+x.Duration] = x.ReviewStatus
		}
	}
	want := map[string]string{websiteNotice + "/US": "REVIEWED", websiteNotice + "/JP": "UNREVIEWED",
		careersNotice + "/IN": "REVIEWED", newsletter + "/P2Y": "UNREVIEWED"}
	for k, v := range want {
		if status[k] != v {
			t.Errorf("JSON %s: reviewStatus %q, want %q", k, status[k], v)
		}
	}

	// HTML: a DRAFT badge on the draft and on nothing else.
	draft := `<span class="badge draft">DRAFT</span> `
	if f := item(t, f.sections[newsletter], "30(1)(f)"); !strings.Contains(f, draft+`<span class="fact">2 years (P2Y). At the end: deleted.</span>`) {
		t.Errorf("HTML: the draft retention rule is not marked: %s", f)
	}
	if !strings.Contains(f.html, draft+`<span class="fact">Japan. Safeguard: Adequacy decision, Art 45</span>`) {
		t.Errorf("HTML: the draft transfer is not marked")
	}
	if n := strings.Count(f.html, draft); n != 2 {
		t.Errorf("HTML: %d DRAFT badges, want 2", n)
	}
	if !strings.Contains(f.html, "A fact marked DRAFT has not been reviewed yet.") {
		t.Errorf("HTML does not explain the DRAFT mark")
	}
	// CSV and XLSX: "[DRAFT] " before the fact's text, in every row it
	// applies to.
	for form, rows := range map[string]map[string][]string{"CSV": f.csv, "XLSX": f.xlsx} {
		if got := cell(rows[newsletter], retentionColumn); got != "[DRAFT] 2 years (P2Y). At the end: deleted." {
			t.Errorf("%s Newsletter retention: %q", form, got)
		}
		for _, name := range []string{newsletter, analytics} {
			got := cell(rows[name], countriesColumn)
			if !strings.Contains(got, "[DRAFT] Japan (stated in "+websiteNotice+" for all its processing)") ||
				!strings.Contains(got, "\nUnited States (stated in") && !strings.HasPrefix(got, "United States (stated in") {
				t.Errorf("%s %s countries: %q", form, name, got)
			}
		}
		if got := cell(rows[analytics], retentionColumn); got != report.NotStated {
			t.Errorf("%s: Newsletter's draft reaches Website analytics: %q", form, got)
		}
		if got := strings.Join(rows[recruiting], "\n"); strings.Contains(got, "[DRAFT]") {
			t.Errorf("%s Recruiting holds no draft: %q", form, got)
		}
	}
}

// TestRejectedOnRequest: a rejected fact (Recruiting's transfer to Brazil)
// is absent by default, and present, marked REJECTED, with
// IncludeRejected.
func TestRejectedOnRequest(t *testing.T) {
	client := storetest.Open(t, store.Config{})
	twoNotices(t, client)
	f := renderDuo(t, duo(t, client, report.Options{}))
	for form, text := range map[string]string{"JSON": f.json, "HTML": f.html, "CSV": strings.Join(f.csv[recruiting], "\n"), "XLSX": strings.Join(f.xlsx[recruiting], "\n")} {
		if strings.Contains(text, "Brazil") || strings.Contains(text, "REJECTED") {
			t.Errorf("%s: the rejected transfer is in the default report", form)
		}
	}

	r := duo(t, client, report.Options{IncludeRejected: true})
	if !r.IncludeRejected {
		t.Errorf("includeRejected not said")
	}
	a := activityNamed(t, r, recruiting)
	if len(a.Transfers) != 1 || a.Transfers[0].Country != "BR" || a.Transfers[0].ReviewStatus != report.StatusRejected ||
		a.Transfers[0].AppliesTo != report.AppliesActivity {
		t.Fatalf("Recruiting transfers with IncludeRejected: %+v", a.Transfers)
	}
	f = renderDuo(t, r)
	if !strings.Contains(f.json, `"reviewStatus": "REJECTED"`) {
		t.Errorf("JSON: no REJECTED fact")
	}
	if e := item(t, f.sections[recruiting], "30(1)(e)"); !strings.Contains(e, `<span class="badge rejected">REJECTED</span> <span class="warn">Brazil. Safeguard`) &&
		!strings.Contains(e, `<span class="badge rejected">REJECTED</span> <span class="fact">Brazil. Safeguard`) {
		t.Errorf("HTML: the rejected transfer is not marked: %s", e)
	}
	if !strings.Contains(f.html, "marked REJECTED") {
		t.Errorf("HTML does not explain the REJECTED mark")
	}
	for form, rows := range map[string]map[string][]string{"CSV": f.csv, "XLSX": f.xlsx} {
		got := cell(rows[recruiting], safeguardsColumn)
		if !strings.HasPrefix(got, "[REJECTED] Brazil: Standard contractual clauses (2021), Art 46(2)(c)\n") {
			t.Errorf("%s Recruiting safeguards: %q", form, got)
		}
	}
}

// TestReviewedOnly: with ReviewedOnly the drafts are left out, and an item
// left with nothing reads "not stated in the notice".
func TestReviewedOnly(t *testing.T) {
	client := storetest.Open(t, store.Config{})
	twoNotices(t, client)
	r := duo(t, client, report.Options{ReviewedOnly: true})
	if !r.ReviewedOnly {
		t.Errorf("reviewedOnly not said")
	}
	a := activityNamed(t, r, newsletter)
	if len(a.Retention) != 0 || !slices.Contains(a.NotStated, "retention") {
		t.Errorf("Newsletter: retention %+v, notStated %v", a.Retention, a.NotStated)
	}
	for _, s := range r.Shared {
		for _, x := range s.Transfers {
			if x.ReviewStatus != report.StatusReviewed {
				t.Errorf("set %s holds %s transfer to %s", s.ID, x.ReviewStatus, x.Country)
			}
		}
	}
	f := renderDuo(t, r)
	for form, text := range map[string]string{"JSON": f.json, "HTML": f.html, "CSV": strings.Join(f.csv[newsletter], "\n"), "XLSX": strings.Join(f.xlsx[newsletter], "\n")} {
		if strings.Contains(text, "DRAFT") || strings.Contains(text, "UNREVIEWED") || strings.Contains(text, "Japan") || strings.Contains(text, "P2Y") {
			t.Errorf("%s: a draft is in the reviewed-only report", form)
		}
	}
	if got := item(t, f.sections[newsletter], "30(1)(f)"); !strings.Contains(got, `<span class="missing">`+report.NotStated+`</span>`) {
		t.Errorf("HTML Newsletter (f): %s", got)
	}
	if !strings.Contains(f.html, "This report holds reviewed facts only") {
		t.Errorf("HTML does not say drafts are left out")
	}
	if got := cell(f.csv[newsletter], retentionColumn); got != report.NotStated {
		t.Errorf("CSV Newsletter retention: %q", got)
	}
}
