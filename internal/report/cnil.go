package report

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
)

// Template is the layout of a spreadsheet report.
type Template string

const (
	TemplateICO  Template = "ico"  // the UK ICO controller template (CSV, XLSX)
	TemplateCNIL Template = "cnil" // the French CNIL register (XLSX)
)

// ParseTemplate reads a --template or ?template= value.
func ParseTemplate(s string) (Template, error) {
	switch strings.ToLower(s) {
	case "", "ico":
		return TemplateICO, nil
	case "cnil":
		return TemplateCNIL, nil
	}
	return "", fmt.Errorf("template %q: want ico or cnil", s)
}

// CNILOrgSheet is the first sheet of the CNIL register: the organization
// and its DPO, then the list of activities with their sheets.
const CNILOrgSheet = "Organisme"

// CNIL security-measure checkboxes, in the register's order, with the
// catalog's measures each one covers (a key covers the keys below it).
var CNILMeasures = []struct {
	Label string
	Keys  []string
}{
	{"Contrôle d'accès des utilisateurs (access control)", []string{"access_control", "authentication", "physical_security"}},
	{"Mesures de traçabilité (logging)", []string{"monitoring"}},
	{"Mesures de protection des logiciels (software protection)", []string{"vulnerability_management", "network_security"}},
	{"Sauvegarde des données (backup)", []string{"backup"}},
	{"Chiffrement des données (encryption)", []string{"encryption"}},
	{"Contrôle des sous-traitants (processor control)", []string{"vendor_management"}},
}

// CNILOther is the label of the last checkbox: measures the others do not cover.
const CNILOther = "Autres mesures (other measures)"

// Checkbox marks of the register.
const (
	Checked   = "☒"
	Unchecked = "☐"
)

// CNILSheetName is the sheet of the i-th activity (from 1): "A01 <name>",
// within Excel's 31 characters and without the characters it forbids.
func CNILSheetName(i int, name string) string {
	clean := strings.Map(func(r rune) rune {
		if strings.ContainsRune(`[]:*?/\'`, r) {
			return ' '
		}
		return r
	}, name)
	s := fmt.Sprintf("A%02d %s", i, strings.Join(strings.Fields(clean), " "))
	for utf8.RuneCountInString(s) > 31 {
		rs := []rune(s)
		s = string(rs[:len(rs)-1])
	}
	return strings.TrimSpace(s)
}

// cnilFamily is the CNIL category family of a data category key.
func cnilFamily(key string) string {
	has := func(prefixes ...string) bool {
		for _, p := range prefixes {
			if key == p || strings.HasPrefix(key, p+".") {
				return true
			}
		}
		return false
	}
	switch {
	case has("user.device.cookie", "user.device.cookie_id", "user.behavior.browsing_history"):
		return "Internet (cookies, traceurs…)"
	case has("user.location"):
		return "Données de localisation"
	case has("user.device", "user.authorization.credentials"):
		return "Données de connexion"
	case has("user.financial", "user.payment", "user.employment.compensation"):
		return "Informations d'ordre économique et financier"
	case has("user.employment", "user.education", "user.job_title", "user.workplace"):
		return "Vie professionnelle"
	case has("user.behavior", "user.content", "user.social", "user.demographic.marital_status", "user.childrens"):
		return "Vie personnelle"
	}
	return "État civil, identité, données d'identification"
}

func related(a, b string) bool {
	return a == b || strings.HasPrefix(a, b+".") || strings.HasPrefix(b, a+".")
}

func draft(status, text string) string {
	switch status {
	case StatusUnreviewed:
		return "[DRAFT] " + text
	case StatusRejected:
		return "[REJECTED] " + text
	}
	return text
}

// cnilActivity gathers what one activity sheet shows: its own facts and
// those of the shared sets that apply to it.
type cnilActivity struct {
	*Activity
	transfers []Transfer
	retention []Retention
	security  []Security
}

func cnilFacts(r *Report, a *Activity) cnilActivity {
	c := cnilActivity{Activity: a, transfers: a.Transfers, retention: a.Retention, security: a.Security}
	for _, id := range a.Shared {
		for i := range r.Shared {
			if s := &r.Shared[i]; s.ID == id {
				c.transfers = append(c.transfers, s.Transfers...)
				c.retention = append(c.retention, s.Retention...)
				c.security = append(c.security, s.Security...)
			}
		}
	}
	return c
}

// retentionFor is the time limit for erasure of one data category: the
// rules naming it (or a broader or narrower category), else those naming
// none.
func (c cnilActivity) retentionFor(key string) string {
	var named, general []string
	for _, rr := range c.retention {
		text := rr.Duration
		if text == "" {
			text = rr.Criterion
		} else if rr.Criterion != "" {
			text += " (" + rr.Criterion + ")"
		}
		text = draft(rr.ReviewStatus, text)
		if len(rr.DataCategories) == 0 {
			general = append(general, text)
			continue
		}
		for _, t := range rr.DataCategories {
			if related(t.Key, key) {
				named = append(named, text)
				break
			}
		}
	}
	if len(named) > 0 {
		return strings.Join(named, "; ")
	}
	if len(general) > 0 {
		return strings.Join(general, "; ")
	}
	return NotStated
}

// WriteCNIL writes the report as the CNIL's register of processing: the
// sheet "Organisme" (the organization, its DPO and representative, and the
// list of activities), then one sheet per activity (controller record,
// then processor record) laid out as the CNIL model: description and
// actors, purposes with their bases, security measures as checkboxes, data
// categories with their CNIL family, sensitive data flagged (Art 9 and
// Art 10) and the time limit for erasure of each, data subjects,
// recipients split into internal (affiliates), external and processors,
// and transfers outside the EU with country, recipient and safeguard.
func WriteCNIL(w io.Writer, r *Report) error {
	f := excelize.NewFile()
	defer f.Close()
	if err := writeCNIL(f, r); err != nil {
		return fmt.Errorf("writing the CNIL register of %s: %w", r.Organization.Key, err)
	}
	if _, err := f.WriteTo(w); err != nil {
		return fmt.Errorf("writing the CNIL register of %s: %w", r.Organization.Key, err)
	}
	return nil
}

// sheetWriter writes rows one after the other on a sheet.
type sheetWriter struct {
	f     *excelize.File
	sheet string
	row   int
	st    xlsxStyles
	err   error
}

func (s *sheetWriter) put(style int, values ...string) {
	if s.err != nil {
		return
	}
	s.row++
	for i, v := range values {
		cell, _ := excelize.CoordinatesToCellName(i+1, s.row)
		if s.err = s.f.SetCellValue(s.sheet, cell, clip(v)); s.err != nil {
			return
		}
		st := style
		if i == 0 && style == s.st.cell {
			st = s.st.label
		}
		if s.err = s.f.SetCellStyle(s.sheet, cell, cell, st); s.err != nil {
			return
		}
	}
}

func (s *sheetWriter) blank() { s.row++ }

func writeCNIL(f *excelize.File, r *Report) error {
	if err := f.SetDocProps(&excelize.DocProperties{
		Title:   "Registre des activités de traitement (RGPD art. 30) : " + r.Organization.Name,
		Subject: "GDPR Article 30 record, CNIL model",
		Creator: "ropa", Language: "fr",
		Description: "Generated from the ropa catalog as of " + r.AsOf,
	}); err != nil {
		return err
	}
	st, err := newStyles(f)
	if err != nil {
		return err
	}
	if err := f.SetSheetName(f.GetSheetName(0), CNILOrgSheet); err != nil {
		return err
	}
	var acts []*Activity
	if r.Controller != nil {
		for i := range r.Controller.Activities {
			acts = append(acts, &r.Controller.Activities[i])
		}
	}
	if r.Processor != nil {
		for i := range r.Processor.Controllers {
			for j := range r.Processor.Controllers[i].Activities {
				acts = append(acts, &r.Processor.Controllers[i].Activities[j])
			}
		}
	}
	o := &r.Organization
	s := &sheetWriter{f: f, sheet: CNILOrgSheet, st: st}
	f.SetColWidth(CNILOrgSheet, "A", "A", 48)
	f.SetColWidth(CNILOrgSheet, "B", "C", 60)
	s.put(st.title, "Registre des activités de traitement de "+o.Name)
	s.put(st.block, "Record of processing activities (GDPR Art 30), CNIL model, as of "+r.AsOf)
	s.blank()
	s.put(st.header, "Coordonnées du responsable de l'organisme", "")
	s.put(st.cell, "Nom", o.Name)
	s.put(st.cell, "Adresse", o.Address)
	s.put(st.cell, "Pays", o.CountryName)
	s.put(st.cell, "Téléphone", o.Phone)
	s.put(st.cell, "Adresse de messagerie", o.Email)
	s.put(st.cell, "Site web", o.Website)
	s.blank()
	s.put(st.header, "Délégué à la protection des données (DPO)", "")
	dpo := o.DPO
	if dpo == nil {
		s.put(st.cell, "Nom", "pas de DPO désigné (no DPO stated)")
	} else {
		s.put(st.cell, "Nom", dpo.Name)
		s.put(st.cell, "Adresse", dpo.Address)
		s.put(st.cell, "Téléphone", dpo.Phone)
		s.put(st.cell, "Adresse de messagerie", dpo.Email)
	}
	if rep := o.Representative; rep != nil {
		s.blank()
		s.put(st.header, "Représentant (art. 27)", "")
		s.put(st.cell, "Nom", rep.Name)
		s.put(st.cell, "Adresse", rep.Address)
		s.put(st.cell, "Adresse de messagerie", rep.Email)
	}
	s.blank()
	s.put(st.header, "Activités de traitement", "Fiche (sheet)", "Rôle")
	names := make([]string, len(acts))
	for i, a := range acts {
		names[i] = CNILSheetName(i+1, a.Name)
		s.put(st.cell, draft(a.ReviewStatus, a.Name), names[i], cnilRole(a.Role))
	}
	if s.err != nil {
		return s.err
	}
	for i, a := range acts {
		if _, err := f.NewSheet(names[i]); err != nil {
			return err
		}
		if err := writeCNILActivity(f, names[i], st, r, cnilFacts(r, a)); err != nil {
			return fmt.Errorf("activity %q: %w", a.Name, err)
		}
	}
	return nil
}

func cnilRole(role string) string {
	switch role {
	case "processor":
		return "Sous-traitant (processor)"
	case "joint_controller":
		return "Responsable conjoint (joint controller)"
	}
	return "Responsable du traitement (controller)"
}

func yesNo(b bool) string {
	if b {
		return "Oui"
	}
	return "Non"
}

func writeCNILActivity(f *excelize.File, sheet string, st xlsxStyles, r *Report, a cnilActivity) error {
	f.SetColWidth(sheet, "A", "A", 52)
	f.SetColWidth(sheet, "B", "B", 48)
	f.SetColWidth(sheet, "C", "D", 40)
	s := &sheetWriter{f: f, sheet: sheet, st: st}
	s.put(st.title, draft(a.ReviewStatus, a.Name))
	s.blank()
	s.put(st.header, "Description du traitement", "")
	s.put(st.cell, "Nom / sigle", a.Name)
	s.put(st.cell, "Description", a.Description)
	s.put(st.cell, "Fonction (business function)", a.BusinessFunction)
	s.put(st.cell, "Rôle de l'organisme", cnilRole(a.Role))
	s.put(st.cell, "Notice", a.Notice)
	s.blank()
	s.put(st.header, "Acteurs", "")
	s.put(st.cell, "Responsable du traitement", r.Organization.Name)
	var joint []string
	for _, j := range a.JointControllers {
		joint = append(joint, j.Name)
	}
	s.put(st.cell, "Responsables conjoints", strings.Join(joint, "; "))
	if a.Role == "processor" {
		s.put(st.cell, "Pour le compte de (on behalf of)", a.OnBehalfOf)
	}
	s.blank()
	s.put(st.header, "Finalité(s) du traitement effectué", "Base légale (art. 6)", "Condition (art. 9)")
	if len(a.Purposes) == 0 {
		s.put(st.cell, NotStated)
	}
	for i, p := range a.Purposes {
		label := "Finalité principale"
		if i > 0 {
			label = fmt.Sprintf("Sous-finalité %d", i)
		}
		basis, cond := NotStated, ""
		if p.LegalBasis != nil {
			basis = p.LegalBasis.Name + " (" + p.LegalBasis.Reference + ")"
		}
		if p.SpecialCondition != nil {
			cond = p.SpecialCondition.Name + " (" + p.SpecialCondition.Reference + ")"
		}
		s.put(st.cell, label+" : "+draft(p.ReviewStatus, p.Name), basis, cond)
	}
	s.blank()
	s.put(st.header, "Mesures de sécurité", "", "Précisions")
	covered := map[int]bool{}
	for _, m := range CNILMeasures {
		var detail []string
		for i, sec := range a.security {
			for _, k := range m.Keys {
				if sec.Key == k || strings.HasPrefix(sec.Key, k+".") {
					detail = append(detail, draft(sec.ReviewStatus, securityText(sec)))
					covered[i] = true
					break
				}
			}
		}
		s.put(st.cell, m.Label, box(len(detail) > 0), strings.Join(detail, "; "))
	}
	var other []string
	for i, sec := range a.security {
		if !covered[i] {
			other = append(other, draft(sec.ReviewStatus, securityText(sec)))
		}
	}
	s.put(st.cell, CNILOther, box(len(other) > 0), strings.Join(other, "; "))
	s.blank()
	s.put(st.header, "Catégories de données personnelles concernées", "Catégorie CNIL", "Donnée sensible", "Délai d'effacement")
	sensitive := false
	for _, c := range a.DataCategories {
		sens := c.SpecialCategory || c.CriminalOffence
		sensitive = sensitive || sens
		flag := yesNo(sens)
		if c.CriminalOffence {
			flag = "Oui (art. 10 : infractions)"
		} else if c.SpecialCategory {
			flag = "Oui (art. 9)"
		}
		s.put(st.cell, c.Name+" ("+c.Key+")", cnilFamily(c.Key), flag, a.retentionFor(c.Key))
	}
	if len(a.DataCategories) == 0 {
		s.put(st.cell, NotStated)
	}
	s.put(st.cell, "Des données sensibles sont-elles traitées ?", yesNo(sensitive))
	s.blank()
	s.put(st.header, "Catégories de personnes concernées", "")
	if len(a.DataSubjects) == 0 {
		s.put(st.cell, NotStated)
	}
	for _, d := range a.DataSubjects {
		s.put(st.cell, d.Name, d.Key)
	}
	s.blank()
	s.put(st.header, "Destinataires des données", "Type de destinataire", "Précisions", "Pays")
	groups := []struct {
		label string
		match func(kind string) bool
	}{
		{"Destinataires internes", func(k string) bool { return k == "affiliate" }},
		{"Organismes externes", func(k string) bool {
			return k != "affiliate" && k != "processor" && k != "sub_processor"
		}},
		{"Sous-traitants", func(k string) bool { return k == "processor" || k == "sub_processor" }},
	}
	for _, g := range groups {
		n := 0
		for _, rc := range a.Recipients {
			if !g.match(rc.Kind) {
				continue
			}
			n++
			s.put(st.cell, g.label, draft(rc.ReviewStatus, rc.Name), strings.TrimSpace(rc.Service+" "+rc.Description), rc.CountryName)
		}
		if n == 0 {
			s.put(st.cell, g.label, "aucun (none stated)")
		}
	}
	s.blank()
	s.put(st.header, "Transferts des données hors UE", "Pays", "Destinataire", "Type de garanties")
	s.put(st.cell, "Des données personnelles sont-elles transmises hors de l'Union européenne ?", yesNo(len(a.transfers) > 0))
	for _, t := range a.transfers {
		country := t.CountryName
		if country == "" {
			country = map[string]string{"worldwide": "monde entier (worldwide)"}[t.Scope]
			if country == "" {
				country = "pays non précisé (not stated)"
			}
		}
		sg := "aucune garantie indiquée (no safeguard stated)"
		if t.Safeguard != nil {
			sg = t.Safeguard.Name
			if t.Safeguard.Article != "" {
				sg += " (" + t.Safeguard.Article + ")"
			}
			if t.Safeguard.ValidUntil != "" {
				sg += " (invalid since " + t.Safeguard.ValidUntil + ")"
			}
		}
		s.put(st.cell, draft(t.ReviewStatus, "Transfert"), country, t.Recipient, sg)
	}
	return s.err
}

func box(b bool) string {
	if b {
		return Checked
	}
	return Unchecked
}
