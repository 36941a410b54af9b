package report

import (
	"fmt"
	"strings"

	"github.com/sosodev/duration"
)

// The phrases every rendered form uses for the facts of the JSON form.

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

// statusPrefix marks a fact that is not reviewed: "[DRAFT] " for an
// unreviewed one, "[REJECTED] " for a rejected one (present only when the
// report was asked with includeRejected), nothing for a reviewed one.
func statusPrefix(status string) string {
	switch status {
	case StatusUnreviewed:
		return "[DRAFT] "
	case StatusRejected:
		return "[REJECTED] "
	}
	return ""
}

// statusBadge is the word the HTML form marks a fact that is not reviewed
// with: DRAFT or REJECTED, empty for a reviewed fact.
func statusBadge(status string) string {
	switch status {
	case StatusUnreviewed:
		return "DRAFT"
	case StatusRejected:
		return "REJECTED"
	}
	return ""
}

// originText says where a fact of an activity's own lists comes from,
// when it is not stated for the activity itself: " (for recipient X)",
// " (stated in <notice> for all its processing)" (a retention rule
// narrowed to data categories) or " (stated for the whole organization)".
// notice is the title of the activity's notice.
func originText(applies, notice, recipient string) string {
	switch applies {
	case AppliesRecipient:
		return " (for recipient " + recipient + ")"
	case AppliesNotice:
		if notice == "" {
			notice = "its notice"
		}
		return " (stated in " + notice + " for all its processing)"
	case AppliesOrganization:
		return " (stated for the whole organization)"
	}
	return ""
}

// sharedOrigin says where the facts of a shared set come from, as the
// spreadsheet forms mark them in each row they apply to.
func sharedOrigin(s *Shared) string {
	if s.AppliesTo == AppliesOrganization {
		return " (stated for the whole organization)"
	}
	return " (stated in " + orNotStated(s.Notice) + " for all its processing)"
}

// sharedHeading is the heading of a shared set in the HTML form.
func sharedHeading(s *Shared) string {
	if s.AppliesTo == AppliesOrganization {
		return "Stated for the whole organization"
	}
	return "Stated in " + orNotStated(s.Notice) + " for all the processing it describes"
}

// destinationText names where a transfer goes, without saying where the
// transfer is stated.
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
	return dest
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
	return dest + ": " + safeguardText(t.Safeguard) + alternativesText(t)
}

// alternativesText marks a safeguard the notice gives as one of several
// for the same transfer.
func alternativesText(t Transfer) string {
	if t.Alternatives == "" {
		return ""
	}
	return " (one of the alternatives the notice gives for " + t.Alternatives + ")"
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

// retentionText is "6 years (P6Y). At the end: deleted. Categories: Email.",
// without saying where the rule is stated.
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
	return strings.Join(parts, " ")
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

// securityText is "Encryption in transit (TLS/SSL): description", without
// saying where the measure is stated.
func securityText(s Security) string {
	text := s.Name
	if s.Description != "" {
		text += ": " + strings.TrimSpace(s.Description)
	}
	return text
}

// rightText is "Right of access (GDPR Art 15); how: ...; response within
// 30 business days; where: EEA, UK".
func rightText(r Right) string {
	text := r.Name
	if r.Reference != "" {
		text += " (" + r.Reference + ")"
	}
	if r.Channel != "" {
		text += "; how: " + r.Channel
	}
	if r.ResponseTime != "" {
		text += "; response within " + responseText(r)
	}
	if len(r.Jurisdictions) > 0 {
		text += "; where: " + strings.Join(r.Jurisdictions, ", ")
	}
	return text
}

// responseText is the response time promised: "1 month", or "30 business
// days" when the notice counts working days.
func responseText(r Right) string {
	h := humanDuration(r.ResponseTime)
	if !r.BusinessDays {
		return h
	}
	for _, unit := range []string{" days", " day"} {
		if strings.HasSuffix(h, unit) && !strings.Contains(strings.TrimSuffix(h, unit), " ") {
			return strings.TrimSuffix(h, unit) + " business" + unit
		}
	}
	return h + " (business days)"
}

// rightsOf returns the rights offered to the individuals of an activity
// described by the notice titled notice: those that notice states and
// those entered for the whole organization.
func rightsOf(r *Report, notice string) []Right {
	var out []Right
	for _, x := range r.Rights {
		if x.Notice == "" || x.Notice == notice {
			out = append(out, x)
		}
	}
	return out
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
			none = appendUnique(none, basisPurposeName(p))
			continue
		}
		k := basisText(b)
		if _, ok := by[k]; !ok {
			order = append(order, k)
		}
		by[k] = appendUnique(by[k], basisPurposeName(p))
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
		names = appendUnique(names, statusPrefix(p.ReviewStatus)+p.Name)
	}
	name := statusPrefix(a.ReviewStatus) + a.Name
	if len(names) == 0 {
		return name + "\nPurposes: " + NotStated
	}
	return name + "\nPurposes: " + strings.Join(names, "; ")
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
		vs = appendUnique(vs, statusPrefix(r.ReviewStatus)+recipientText(r))
	}
	return lines(vs)
}

// countryLine is one line of the countries column.
func countryLine(t Transfer, origin string) string {
	return statusPrefix(t.ReviewStatus) + destinationText(t) + origin
}

// safeguardLine is one line of the safeguards column.
func safeguardLine(t Transfer, origin string) string {
	return statusPrefix(t.ReviewStatus) + transferSafeguardText(t) + origin
}

func retentionLine(r Retention, origin string) string {
	return statusPrefix(r.ReviewStatus) + retentionText(r) + origin
}

func securityLine(s Security, origin string) string {
	return statusPrefix(s.ReviewStatus) + securityText(s) + origin
}

// sharedLines are the lines a shared set adds to the transfer, retention
// and security columns of each row it applies to, marked with where they
// are stated.
type sharedLines struct {
	countries, safeguards, retention, security []string
}

func newSharedLines(s *Shared) *sharedLines {
	origin := sharedOrigin(s)
	l := &sharedLines{}
	for _, t := range s.Transfers {
		l.countries = append(l.countries, countryLine(t, origin))
		l.safeguards = append(l.safeguards, safeguardLine(t, origin))
	}
	for _, r := range s.Retention {
		l.retention = append(l.retention, retentionLine(r, origin))
	}
	for _, x := range s.Security {
		l.security = append(l.security, securityLine(x, origin))
	}
	return l
}

// rowTexts writes the rows of the spreadsheet forms: each row is
// self-contained, so the facts of the shared sets an activity refers to
// are written in its row after its own, marked with where they are
// stated. It keeps the texts of each shared set and of each notice's
// rights, which many rows repeat.
type rowTexts struct {
	r      *Report
	shared map[string]*sharedLines
	rights map[string]string // by notice title
}

func newRowTexts(r *Report) *rowTexts {
	t := &rowTexts{r: r, shared: map[string]*sharedLines{}, rights: map[string]string{}}
	for i := range r.Shared {
		t.shared[r.Shared[i].ID] = newSharedLines(&r.Shared[i])
	}
	return t
}

// sets returns the lines of the shared sets activity a refers to, in the
// order it names them.
func (t *rowTexts) sets(a *Activity) []*sharedLines {
	var out []*sharedLines
	for _, id := range a.Shared {
		if l := t.shared[id]; l != nil {
			out = append(out, l)
		}
	}
	return out
}

func (t *rowTexts) countriesCell(a *Activity) string {
	var vs []string
	for _, x := range a.Transfers {
		vs = appendUnique(vs, countryLine(x, originText(x.AppliesTo, a.Notice, x.Recipient)))
	}
	for _, l := range t.sets(a) {
		for _, v := range l.countries {
			vs = appendUnique(vs, v)
		}
	}
	return lines(vs)
}

func (t *rowTexts) safeguardsCell(a *Activity) string {
	var vs []string
	for _, x := range a.Transfers {
		origin := ""
		if x.AppliesTo == AppliesNotice || x.AppliesTo == AppliesOrganization {
			origin = originText(x.AppliesTo, a.Notice, "")
		}
		vs = appendUnique(vs, safeguardLine(x, origin))
	}
	for _, l := range t.sets(a) {
		for _, v := range l.safeguards {
			vs = appendUnique(vs, v)
		}
	}
	return lines(vs)
}

func (t *rowTexts) retentionCell(a *Activity) string {
	var vs []string
	for _, x := range a.Retention {
		vs = appendUnique(vs, retentionLine(x, originText(x.AppliesTo, a.Notice, "")))
	}
	for _, l := range t.sets(a) {
		for _, v := range l.retention {
			vs = appendUnique(vs, v)
		}
	}
	return lines(vs)
}

func (t *rowTexts) securityCell(a *Activity) string {
	var vs []string
	for _, x := range a.Security {
		vs = appendUnique(vs, securityLine(x, originText(x.AppliesTo, a.Notice, "")))
	}
	for _, l := range t.sets(a) {
		for _, v := range l.security {
			vs = appendUnique(vs, v)
		}
	}
	return lines(vs)
}

// rightsCell names each right offered to the activity's individuals (by
// its notice or by the organization) once, with the response times
// promised; channels, conditions and jurisdictions are in the HTML and
// JSON forms.
func (t *rowTexts) rightsCell(a *Activity) string {
	if v, ok := t.rights[a.Notice]; ok {
		return v
	}
	v := rightsCell(rightsOf(t.r, a.Notice))
	t.rights[a.Notice] = v
	return v
}

func rightsCell(rights []Right) string {
	var order []string
	times := map[string][]string{}
	names := map[string]string{}
	for _, x := range rights {
		// A right offered as a draft is listed apart from the same right
		// offered by a reviewed statement.
		k := statusPrefix(x.ReviewStatus) + x.Key
		if _, ok := names[k]; !ok {
			order = append(order, k)
			names[k] = statusPrefix(x.ReviewStatus) + x.Name
			if x.Reference != "" {
				names[k] += " (" + x.Reference + ")"
			}
		}
		if x.ResponseTime != "" {
			times[k] = appendUnique(times[k], responseText(x))
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

// basisPurposeName is a purpose's name in the basis columns, marked when
// the purpose and its basis are a draft.
func basisPurposeName(p Purpose) string { return statusPrefix(p.ReviewStatus) + p.Name }

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
			vs = appendUnique(vs, basisPurposeName(p)+": "+orNotStated(p.LegitimateInterest))
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

func admCell(a *Activity) string {
	if !a.AutomatedDecisionMaking {
		return NotStated
	}
	return "Yes" + strings.TrimRight(": "+strings.TrimSpace(a.AutomatedDecisionDetails), ": ")
}

// ControllerRow is the activity's row of the controller record, one cell
// per ControllerColumns entry, as CSV and XLSX write it: the activity's
// own transfers, retention rules and security measures, then those of the
// shared sets it refers to, each marked with where it is stated, and the
// rights its notice or the organization offers. A fact not reviewed is
// marked "[DRAFT] " (or "[REJECTED] ").
func ControllerRow(r *Report, a *Activity) []string {
	return newRowTexts(r).controllerRow(a)
}

func (t *rowTexts) controllerRow(a *Activity) []string {
	row := make([]string, 0, len(icoItems))
	for _, it := range icoItems {
		row = append(row, it.cell(t, a))
	}
	return row
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
		names = appendUnique(names, statusPrefix(p.ReviewStatus)+p.Name)
	}
	var cats []string
	for _, c := range a.DataCategories {
		cats = append(cats, categoryText(c))
	}
	return statusPrefix(a.ReviewStatus) + a.Name +
		"\nPurposes: " + list(names) +
		"\nPersonal data: " + list(cats) +
		"\nData subjects: " + list(termNames(a.DataSubjects))
}

// ProcessorRow is the activity's row of the processor record, one cell per
// ProcessorColumns entry; like ControllerRow it writes the facts of the
// shared sets the activity refers to after its own.
func ProcessorRow(r *Report, g *ControllerGroup, a *Activity) []string {
	return newRowTexts(r).processorRow(g, a)
}

func (t *rowTexts) processorRow(g *ControllerGroup, a *Activity) []string {
	return []string{
		controllerGroupText(g),
		processingText(a),
		t.countriesCell(a),
		t.safeguardsCell(a),
		t.securityCell(a),
	}
}
