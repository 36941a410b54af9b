package report_test

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/ropacatalog/ropa/internal/report"
)

// rowOf returns the first row of sheet whose first cell is label, and
// (with a non-empty second label) whose second cell is it too.
func rowOf(t *testing.T, f *excelize.File, sheet, label, second string) []string {
	t.Helper()
	rows, err := f.GetRows(sheet)
	if err != nil {
		t.Fatalf("sheet %q: %v", sheet, err)
	}
	for _, r := range rows {
		if len(r) > 0 && r[0] == label && (second == "" || len(r) > 1 && r[1] == second) {
			return append(r, "", "", "", "")
		}
	}
	t.Errorf("sheet %q has no row %q %q", sheet, label, second)
	return make([]string, 5)
}

func TestCNILWorkbook(t *testing.T) {
	c, _ := seeded(t)
	r := build(t, c, "ujet", report.RecordAll)
	var buf bytes.Buffer
	if err := report.WriteCNIL(&buf, r); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatalf("the workbook does not open: %v", err)
	}
	defer f.Close()
	// The organization sheet, then one sheet per activity.
	sheets := f.GetSheetList()
	n := len(r.Controller.Activities)
	if n < 20 || len(sheets) != 1+n || sheets[0] != report.CNILOrgSheet {
		t.Fatalf("sheets %q: want Organisme and one per activity (%d)", sheets, n)
	}
	byName := map[string]string{}
	for i, a := range r.Controller.Activities {
		byName[a.Name] = report.CNILSheetName(i+1, a.Name)
		if sheets[i+1] != byName[a.Name] {
			t.Errorf("sheet %d is %q, want %q", i+1, sheets[i+1], byName[a.Name])
		}
	}
	// seed/notices/ujet-*.yaml: UJET, Inc. of the United States; the DPO
	// answers at privacy@ujet.cx.
	org := report.CNILOrgSheet
	if got := rowOf(t, f, org, "Nom", "")[1]; got != "UJET, Inc." {
		t.Errorf("organization name %q", got)
	}
	if got := rowOf(t, f, org, "Pays", "")[1]; got != "United States" {
		t.Errorf("country %q", got)
	}
	if got := rowOf(t, f, org, "Adresse de messagerie", "")[1]; got != "privacy@ujet.cx" {
		t.Errorf("e-mail %q", got)
	}
	if got := rowOf(t, f, org, "Nom", "Data Protection Officer"); got[1] != "Data Protection Officer" {
		t.Errorf("DPO %q", got)
	}
	// Equal-opportunity data: race, religion, sexual orientation and health
	// are Art 9(1) special categories; veteran status and age are not.
	eo := byName["Equal opportunity information of applicants"]
	for key, want := range map[string]string{
		"user.demographic.race_ethnicity":     "Oui (art. 9)",
		"user.demographic.religious_belief":   "Oui (art. 9)",
		"user.demographic.sexual_orientation": "Oui (art. 9)",
		"user.health_and_medical":             "Oui (art. 9)",
		"user.demographic.veteran_status":     "Non",
		"user.demographic.age_range":          "Non",
	} {
		rows, _ := f.GetRows(eo)
		found := false
		for _, row := range rows {
			if len(row) > 2 && strings.HasSuffix(row[0], "("+key+")") {
				found = true
				if row[2] != want {
					t.Errorf("%s: %s flagged %q, want %q", eo, key, row[2], want)
				}
			}
		}
		if !found {
			t.Errorf("%s lists no %s", eo, key)
		}
	}
	if got := rowOf(t, f, eo, "Des données sensibles sont-elles traitées ?", "")[1]; got != "Oui" {
		t.Errorf("%s: sensitive data %q", eo, got)
	}
	// Criminal history is Art 10 data.
	bg := byName["Applicant background checks"]
	rows, _ := f.GetRows(bg)
	crim := false
	for _, row := range rows {
		if len(row) > 2 && strings.HasSuffix(row[0], "(user.criminal_history)") {
			crim = row[2] == "Oui (art. 10 : infractions)"
		}
	}
	if !crim {
		t.Errorf("%s: criminal history is not flagged as Art 10 data", bg)
	}
	// Recruiting: recipients split internal / external / processors; the
	// careers notice's transfers to the US under the Privacy Shield, invalid
	// since Schrems II; the retention criterion stated for the activity.
	rec := byName["Recruiting and job application processing"]
	if got := rowOf(t, f, rec, "Destinataires internes", "UJET affiliates (job applicant data)"); got[1] == "" {
		t.Error("affiliates are not internal recipients")
	}
	rowOf(t, f, rec, "Sous-traitants", "Recruiters and job application providers")
	rowOf(t, f, rec, "Organismes externes", "Professional references named by the applicant")
	rows, _ = f.GetRows(rec)
	for _, row := range rows {
		if len(row) > 1 && (row[0] == "Sous-traitants" && row[1] == "Professional references named by the applicant" ||
			row[0] == "Organismes externes" && row[1] == "Recruiters and job application providers") {
			t.Errorf("%s: recipient in the wrong group: %q", rec, row)
		}
	}
	if got := rowOf(t, f, rec, "Des données personnelles sont-elles transmises hors de l'Union européenne ?", "")[1]; got != "Oui" {
		t.Errorf("%s: transfers %q", rec, got)
	}
	shield := false
	for _, row := range rows {
		if len(row) > 3 && row[0] == "Transfert" && row[1] == "United States" &&
			strings.Contains(row[3], "EU-US Privacy Shield") && strings.Contains(row[3], "invalid since 2020-07-16") {
			shield = true
		}
	}
	if !shield {
		t.Errorf("%s: no US transfer under the Privacy Shield marked invalid", rec)
	}
	for _, row := range rows {
		if len(row) > 3 && strings.HasSuffix(row[0], "(user.employment.resume)") && !strings.Contains(row[3], "If the applicant accepts an offer") {
			t.Errorf("%s: resume retention %q", rec, row[3])
		}
	}
	// Security checkboxes: the website notice states encryption, physical
	// security and processor due diligence, and no logging or backup.
	web := byName["Website analytics, administration and personalization"]
	for label, want := range map[string]string{
		"Chiffrement des données (encryption)":                      report.Checked,
		"Contrôle des sous-traitants (processor control)":           report.Checked,
		"Contrôle d'accès des utilisateurs (access control)":        report.Checked,
		"Mesures de traçabilité (logging)":                          report.Unchecked,
		"Sauvegarde des données (backup)":                           report.Unchecked,
		"Mesures de protection des logiciels (software protection)": report.Unchecked,
		report.CNILOther: report.Checked,
	} {
		if got := rowOf(t, f, web, label, ""); got[1] != want {
			t.Errorf("%s: %s is %q, want %q", web, label, got[1], want)
		}
	}
	// The careers notice states only a general security programme.
	if got := rowOf(t, f, rec, "Chiffrement des données (encryption)", ""); got[1] != report.Unchecked {
		t.Errorf("%s: encryption checked: %q", rec, got)
	}
	if got := rowOf(t, f, rec, report.CNILOther, ""); got[1] != report.Checked || !strings.Contains(got[2], "Security policies") {
		t.Errorf("%s: other measures %q", rec, got)
	}
	// Sheet names fit Excel's limit and are unique.
	if !slices.IsSortedFunc(sheets[1:], strings.Compare) {
		t.Errorf("activity sheets out of order: %q", sheets)
	}
	for _, s := range sheets {
		if len([]rune(s)) > 31 {
			t.Errorf("sheet name %q is longer than 31 characters", s)
		}
	}
}
