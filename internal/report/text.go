package report

import (
	"fmt"
	"strings"

	"github.com/sosodev/duration"
)

// The phrases every rendered form uses for the facts of the JSON form.

// ControllerColumns are the UK ICO controller template's column headings,
// in the ICO's order, from "Business function" to the source of the data.
var ControllerColumns = []string{
	"Business function",
	"Purpose of processing",
	"Name and contact details of joint controller (if applicable)",
	"Categories of individuals",
	"Categories of personal data",
	"Categories of recipients",
	"Link to contract with processor",
	"Names of third countries or international organisations that personal data are transferred to (if applicable)",
	"Safeguards for exceptional transfers of personal data to third countries or international organisations (if applicable)",
	"Retention schedule (if possible)",
	"General description of technical and organisational security measures (if possible)",
	"Article 6 lawful basis for processing personal data",
	"Article 9 condition for processing special category data",
	"Legitimate interests for the processing (if applicable)",
	"Link to record of legitimate interests assessment (if applicable)",
	"Rights available to individuals",
	"Existence of automated decision-making, including profiling (if applicable)",
	"The source of the personal data (if applicable)",
}

// ProcessorColumns are the columns of the processor record (Art 30(2)),
// in the wording of the ICO's processor template.
var ProcessorColumns = []string{
	"Name and contact details of controller",
	"Categories of processing carried out on behalf of the controller",
	"Names of third countries or international organisations that personal data are transferred to (if applicable)",
	"Safeguards for exceptional transfers of personal data to third countries or international organisations (if applicable)",
	"General description of technical and organisational security measures (if possible)",
}

// ContactRows label the rows of the contact block; its columns are the
// organization, its DPO and its representative.
var ContactRows = []string{"Name", "Address", "Email", "Telephone", "Website"}

// contactBlock returns the contact block of p: a heading row, then one row
// per ContactRows entry with the organization's, the DPO's and the
// representative's detail.
func contactBlock(p *Party, role string) [][]string {
	dpo, rep := p.DPO, p.Representative
	pick := func(c *Contact, f func(*Contact) string) string {
		if c == nil {
			return NotStated
		}
		return orNotStated(f(c))
	}
	rows := [][]string{{"Name and contact details", role, "Data Protection Officer", "Representative"}}
	rows = append(rows,
		[]string{"Name", orNotStated(p.Name), pick(dpo, func(c *Contact) string { return c.Name }), pick(rep, func(c *Contact) string { return c.Name })},
		[]string{"Address", addressText(p), pick(dpo, func(c *Contact) string { return c.Address }), pick(rep, func(c *Contact) string { return c.Address })},
		[]string{"Email", orNotStated(p.Email), pick(dpo, func(c *Contact) string { return c.Email }), pick(rep, func(c *Contact) string { return c.Email })},
		[]string{"Telephone", orNotStated(p.Phone), pick(dpo, func(c *Contact) string { return c.Phone }), NotStated},
		[]string{"Website", orNotStated(p.Website), NotStated, NotStated},
	)
	return rows
}

// addressText is the postal address, or says it is not stated and names
// the country of the seat when known.
func addressText(p *Party) string {
	if strings.TrimSpace(p.Address) != "" {
		return p.Address
	}
	if p.CountryName != "" {
		return NotStated + " (country: " + p.CountryName + ")"
	}
	return NotStated
}

func orNotStated(s string) string {
	if strings.TrimSpace(s) == "" {
		return NotStated
	}
	return s
}

func joinNonEmpty(sep string, parts ...string) string {
	var out []string
	for _, p := range parts {
		if strings.TrimSpace(p) != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, sep)
}

// lines joins several values of one cell, one per line; none is NotStated.
func lines(vs []string) string {
	if len(vs) == 0 {
		return NotStated
	}
	return strings.Join(vs, "\n")
}

// list joins short terms of one cell with semicolons; none is NotStated.
func list(vs []string) string {
	if len(vs) == 0 {
		return NotStated
	}
	return strings.Join(vs, "; ")
}

func termNames(ts []Term) []string {
	out := make([]string, 0, len(ts))
	for _, t := range ts {
		out = append(out, t.Name)
	}
	return out
}

// partyText is a name with its contact details on one line.
func partyText(p *Party) string {
	address := p.Address
	if address == "" {
		address = p.CountryName
	}
	details := joinNonEmpty(", ", address, p.Email, p.Phone, p.Website)
	if details == "" {
		return p.Name + " (contact details " + NotStated + ")"
	}
	return p.Name + ", " + details
}

// categoryText names a data category and flags Art 9 and Art 10 data.
func categoryText(c Category) string {
	switch {
	case c.SpecialCategory:
		return c.Name + " (special category, Art 9)"
	case c.CriminalOffence:
		return c.Name + " (criminal offence data, Art 10)"
	}
	return c.Name
}

var kindText = map[string]string{
	"processor": "processor", "sub_processor": "sub-processor", "third_party": "third party",
	"affiliate": "affiliate", "joint_controller": "joint controller", "public_authority": "public authority",
	"acquirer": "acquirer", "public": "the public", "other": "other",
}

// recipientText is "Google Analytics (processor, United States)"; a
// category of recipients says so.
func recipientText(r Recipient) string {
	kind := kindText[r.Kind]
	if kind == "" {
		kind = r.Kind
	}
	parts := []string{kind}
	if !r.Named {
		parts = append(parts, "category of recipients")
	}
	if r.CountryName != "" {
		parts = append(parts, r.CountryName)
	}
	return r.Name + " (" + strings.Join(parts, ", ") + ")"
}

// appliesText says how an organization-level fact reaches the activity.
func appliesText(applies, recipient string) string {
	switch applies {
	case AppliesOrganization:
		return " (organization-wide)"
	case AppliesRecipient:
		return " (for recipient " + recipient + ")"
	}
	return ""
}

// destinationText names where a transfer goes.
func destinationText(t Transfer) string {
	var dest string
	switch t.Scope {
	case "worldwide":
		dest = "Worldwide"
	case "unspecified":
		dest = "Third country " + NotStated
	default:
		dest = orNotStated(t.CountryName)
	}
	if t.Recipient != "" && t.AppliesTo != AppliesRecipient {
		dest += ", to " + t.Recipient
	}
	return dest + appliesText(t.AppliesTo, t.Recipient)
}

// safeguardText names the safeguard and marks a stale one:
// "EU-US Privacy Shield (invalid since 2020-07-16)".
func safeguardText(s *Safeguard) string {
	if s == nil || s.Mechanism == "unspecified" {
		return "safeguard " + NotStated
	}
	text := s.Name
	if s.Article != "" {
		text += ", " + s.Article
	}
	if s.Stale {
		return text + " (invalid since " + s.ValidUntil + ")"
	}
	if s.ValidUntil != "" {
		return text + " (valid until " + s.ValidUntil + ")"
	}
	return text
}

// transferSafeguardText is one line of the safeguards column.
func transferSafeguardText(t Transfer) string {
	dest := orNotStated(t.CountryName)
	switch t.Scope {
	case "worldwide":
		dest = "Worldwide"
	case "unspecified":
		dest = "Unspecified country"
	}
	if t.Recipient != "" {
		dest += " (" + t.Recipient + ")"
	}
	return dest + ": " + safeguardText(t.Safeguard)
}

var endText = map[string]string{
	"delete": "deleted", "anonymise": "anonymised", "isolate": "isolated from further use", "return": "returned",
}

// sentence ends s with a full stop unless it ends with punctuation.
func sentence(s string) string {
	s = strings.TrimSpace(s)
	if s == "" || strings.ContainsAny(s[len(s)-1:], ".!?") {
		return s
	}
	return s + "."
}

// retentionText is "6 years (P6Y). At the end: deleted. Categories: Email (organization-wide)".
func retentionText(r Retention) string {
	var parts []string
	if r.Duration != "" {
		parts = append(parts, sentence(humanDuration(r.Duration)+" ("+r.Duration+")"))
	}
	if r.Criterion != "" {
		parts = append(parts, sentence(r.Criterion))
	}
	if e := endText[r.EndAction]; e != "" {
		parts = append(parts, "At the end: "+e+".")
	}
	if len(r.DataCategories) > 0 {
		parts = append(parts, "Categories: "+strings.Join(termNames(r.DataCategories), ", ")+".")
	}
	return strings.Join(parts, " ") + appliesText(r.AppliesTo, "")
}

// humanDuration spells out an ISO 8601 duration: P6Y is "6 years".
func humanDuration(iso string) string {
	d, err := duration.Parse(iso)
	if err != nil {
		return iso
	}
	var parts []string
	add := func(v float64, unit string) {
		if v == 0 {
			return
		}
		s := fmt.Sprintf("%g %s", v, unit)
		if v != 1 {
			s += "s"
		}
		parts = append(parts, s)
	}
	add(d.Years, "year")
	add(d.Months, "month")
	add(d.Weeks, "week")
	add(d.Days, "day")
	add(d.Hours, "hour")
	add(d.Minutes, "minute")
	add(d.Seconds, "second")
	if len(parts) == 0 {
		return iso
	}
	return strings.Join(parts, " ")
}

// securityText is "Encryption in transit (TLS/SSL): description (organization-wide)".
func securityText(s Security) string {
	text := s.Name
	if s.Description != "" {
		text += ": " + strings.TrimSpace(s.Description)
	}
	return text + appliesText(s.AppliesTo, "")
}

// rightText is "Right of access (GDPR Art 15); how: ...; response within 30 days".
func rightText(r Right) string {
	text := r.Name
	if r.Reference != "" {
		text += " (" + r.Reference + ")"
	}
	if r.Channel != "" {
		text += "; how: " + r.Channel
	}
	if r.ResponseTime != "" {
		text += "; response within " + humanDuration(r.ResponseTime)
	}
	return text
}

func basisText(b *Basis) string {
	return b.Name + " (" + b.Reference + ")"
}

// basisLines groups the purposes by the basis stated for them:
// "Consent (GDPR Art 6(1)(a)): Sales; Notifications", and the purposes
// with none as "not stated in the notice: ...".
func basisLines(ps []Purpose, get func(Purpose) *Basis) []string {
	var order []string
	by := map[string][]string{}
	var none []string
	for _, p := range ps {
		b := get(p)
		if b == nil {
			none = appendUnique(none, p.Name)
			continue
		}
		k := basisText(b)
		if _, ok := by[k]; !ok {
			order = append(order, k)
		}
		by[k] = appendUnique(by[k], p.Name)
	}
	var out []string
	for _, k := range order {
		out = append(out, k+": "+strings.Join(by[k], "; "))
	}
	if len(none) > 0 {
		out = append(out, NotStated+": "+strings.Join(none, "; "))
	}
	return out
}

func appendUnique(ss []string, s string) []string {
	for _, x := range ss {
		if x == s {
			return ss
		}
	}
	return append(ss, s)
}

func specialCategories(a *Activity) []string {
	var out []string
	for _, c := range a.DataCategories {
		if c.SpecialCategory {
			out = append(out, c.Name)
		}
	}
	return out
}

func usesLegitimateInterests(a *Activity) bool {
	for _, p := range a.Purposes {
		if p.LegalBasis != nil && p.LegalBasis.Key == "legitimate_interests" {
			return true
		}
	}
	return false
}

const notApplicableLI = "not applicable: no purpose rests on legitimate interests (Art 6(1)(f))"

// Cell texts of the controller record, one function per ICO column.

func purposeCell(a *Activity) string {
	names := []string{}
	for _, p := range a.Purposes {
		names = appendUnique(names, p.Name)
	}
	if len(names) == 0 {
		return a.Name + "\nPurposes: " + NotStated
	}
	return a.Name + "\nPurposes: " + strings.Join(names, "; ")
}

func jointControllerCell(a *Activity) string {
	var vs []string
	for i := range a.JointControllers {
		vs = append(vs, partyText(&a.JointControllers[i]))
	}
	return lines(vs)
}

func categoriesCell(a *Activity) string {
	var vs []string
	for _, c := range a.DataCategories {
		vs = append(vs, categoryText(c))
	}
	return list(vs)
}

func recipientsCell(a *Activity) string {
	var vs []string
	for _, r := range a.Recipients {
		vs = appendUnique(vs, recipientText(r))
	}
	return lines(vs)
}

func countriesCell(a *Activity) string {
	var vs []string
	for _, t := range a.Transfers {
		vs = appendUnique(vs, destinationText(t))
	}
	return lines(vs)
}

func safeguardsCell(a *Activity) string {
	var vs []string
	for _, t := range a.Transfers {
		vs = appendUnique(vs, transferSafeguardText(t))
	}
	return lines(vs)
}

func retentionCell(a *Activity) string {
	var vs []string
	for _, r := range a.Retention {
		vs = appendUnique(vs, retentionText(r))
	}
	return lines(vs)
}

func securityCell(a *Activity) string {
	var vs []string
	for _, s := range a.Security {
		vs = appendUnique(vs, securityText(s))
	}
	return lines(vs)
}

func article6Cell(a *Activity) string {
	return lines(basisLines(a.Purposes, func(p Purpose) *Basis { return p.LegalBasis }))
}

func article9Cell(a *Activity) string {
	var withCond []Purpose
	for _, p := range a.Purposes {
		if p.SpecialCondition != nil {
			withCond = append(withCond, p)
		}
	}
	special := specialCategories(a)
	if len(withCond) == 0 {
		if len(special) == 0 {
			return "not applicable: no special-category data recorded"
		}
		return NotStated + " (special-category data: " + strings.Join(special, "; ") + ")"
	}
	return lines(basisLines(withCond, func(p Purpose) *Basis { return p.SpecialCondition }))
}

func legitimateInterestsCell(a *Activity) string {
	if !usesLegitimateInterests(a) {
		return notApplicableLI
	}
	var vs []string
	for _, p := range a.Purposes {
		if p.LegalBasis != nil && p.LegalBasis.Key == "legitimate_interests" {
			vs = appendUnique(vs, p.Name+": "+orNotStated(p.LegitimateInterest))
		}
	}
	return lines(vs)
}

func liaCell(a *Activity) string {
	if !usesLegitimateInterests(a) {
		return notApplicableLI
	}
	return NotStated
}

// rightsCell names each right offered once, with the response times
// promised; channels and conditions are in the HTML and JSON forms.
func rightsCell(r *Report) string {
	var order []string
	times := map[string][]string{}
	names := map[string]string{}
	for _, x := range r.Rights {
		if _, ok := names[x.Key]; !ok {
			order = append(order, x.Key)
			names[x.Key] = x.Name
			if x.Reference != "" {
				names[x.Key] += " (" + x.Reference + ")"
			}
		}
		if x.ResponseTime != "" {
			times[x.Key] = appendUnique(times[x.Key], humanDuration(x.ResponseTime))
		}
	}
	var vs []string
	for _, k := range order {
		v := names[k]
		if ts := times[k]; len(ts) > 0 {
			v += ", response within " + strings.Join(ts, " or ")
		}
		vs = append(vs, v)
	}
	return lines(vs)
}

func admCell(a *Activity) string {
	if !a.AutomatedDecisionMaking {
		return NotStated
	}
	return "Yes" + strings.TrimRight(": "+strings.TrimSpace(a.AutomatedDecisionDetails), ": ")
}

// ControllerRow is the activity's row of the controller record, one cell
// per ControllerColumns entry, as CSV and XLSX write it.
func ControllerRow(r *Report, a *Activity) []string {
	return []string{
		orNotStated(a.BusinessFunction),
		purposeCell(a),
		jointControllerCell(a),
		list(termNames(a.DataSubjects)),
		categoriesCell(a),
		recipientsCell(a),
		NotStated, // links to processor contracts are never in a notice
		countriesCell(a),
		safeguardsCell(a),
		retentionCell(a),
		securityCell(a),
		article6Cell(a),
		article9Cell(a),
		legitimateInterestsCell(a),
		liaCell(a),
		rightsCell(r),
		admCell(a),
		list(termNames(a.Sources)),
	}
}

// controllerGroupText is the controller column of the processor record.
func controllerGroupText(g *ControllerGroup) string {
	switch {
	case g.Controller != nil:
		return partyText(g.Controller)
	case g.Description != "":
		return g.Description + " (not named in the notice)"
	}
	return NotStated
}

// processingText describes a processor activity (Art 30(2)(b)).
func processingText(a *Activity) string {
	var names []string
	for _, p := range a.Purposes {
		names = appendUnique(names, p.Name)
	}
	var cats []string
	for _, c := range a.DataCategories {
		cats = append(cats, categoryText(c))
	}
	return a.Name +
		"\nPurposes: " + list(names) +
		"\nPersonal data: " + list(cats) +
		"\nData subjects: " + list(termNames(a.DataSubjects))
}

// ProcessorRow is the activity's row of the processor record, one cell per
// ProcessorColumns entry.
func ProcessorRow(g *ControllerGroup, a *Activity) []string {
	return []string{
		controllerGroupText(g),
		processingText(a),
		countriesCell(a),
		safeguardsCell(a),
		securityCell(a),
	}
}
