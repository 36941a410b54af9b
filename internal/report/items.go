package report

import "strings"

// Item is one item of the record of processing, declared once. The ICO
// columns of the CSV and XLSX forms, the rows of each activity in the HTML
// form and the notStated list of the JSON form all iterate Items, so a new
// item is one entry here plus, where its text is new, its renderer.
//
// Items are in the order of the HTML record (Art 30(1)(a) to (g), then the
// ICO template's other columns); ICO gives an item's place among the ICO
// template's columns.
type Item struct {
	// Key names the item in an activity's notStated list (the Activity
	// field it reads) and in the HTML's data-art30 attribute.
	Key string
	// Article is the provision that asks for it: "30(1)(b)", "35"; empty
	// for the ICO's own columns.
	Article string
	// Label heads its row in the HTML record, whose data-art30 attribute
	// is row; empty when the HTML shows it within another item's row.
	Label string
	row   string
	// ICO is its column heading in the UK ICO controller template, and
	// ICOOrder the column's place (1-based); empty and 0 when it has none.
	ICO      string
	ICOOrder int
	width    float64 // the column's width in the XLSX form, in characters
	// CNIL is the field of the French CNIL register that holds it; empty
	// when the register has none. (WriteCNIL lays the register's sheets
	// out itself, in the CNIL model's order.)
	CNIL string
	// Missing reports that the catalog holds nothing for the item, own and
	// shared facts together; nil when "nothing" is not a gap (a business
	// function, a link the notice never gives).
	Missing func(a *Activity, shared []*Shared) bool
	// cell is its text in the ICO row of an activity.
	cell func(t *rowTexts, a *Activity) string
	// facts are its facts in the HTML record.
	facts func(b *htmlBuilder, n *notes, a *Activity) []htmlFact
}

// sharedCount adds up a field of the shared sets.
func sharedCount(shared []*Shared, f func(*Shared) int) int {
	n := 0
	for _, s := range shared {
		n += f(s)
	}
	return n
}

// Items are the items of the controller record (Art 30(1)) and the ICO
// template's columns.
var Items = []Item{
	{Key: "jointControllers", row: "30(1)(a)", Article: "30(1)(a)", Label: "(a) Controller and joint controllers",
		ICO: "Name and contact details of joint controller (if applicable)", ICOOrder: 3, width: 30, CNIL: "Responsables conjoints",
		Missing: func(a *Activity, _ []*Shared) bool {
			return a.Role == "joint_controller" && len(a.JointControllers) == 0
		},
		cell:  func(_ *rowTexts, a *Activity) string { return jointControllerCell(a) },
		facts: (*htmlBuilder).controllerFacts},
	{Key: "purposes", row: "30(1)(b)", Article: "30(1)(b)", Label: "(b) Purposes of the processing, with their lawful basis",
		ICO: "Purpose of processing", ICOOrder: 2, width: 42, CNIL: "Finalité(s) du traitement",
		Missing: func(a *Activity, _ []*Shared) bool { return len(a.Purposes) == 0 },
		cell:    func(_ *rowTexts, a *Activity) string { return purposeCell(a) },
		facts:   func(_ *htmlBuilder, n *notes, a *Activity) []htmlFact { return purposeFacts(n, a) }},
	{Key: "legalBasis", Article: "6(1)",
		ICO: "Article 6 lawful basis for processing personal data", ICOOrder: 12, width: 42,
		Missing: func(a *Activity, _ []*Shared) bool {
			if a.Role == "processor" {
				return false // the controller's to state
			}
			for _, p := range a.Purposes {
				if p.LegalBasis != nil {
					return false
				}
			}
			return true
		},
		cell: func(_ *rowTexts, a *Activity) string { return article6Cell(a) }},
	{Key: "dataSubjects", row: "30(1)(c) subjects", Article: "30(1)(c)", Label: "(c) Categories of data subjects",
		ICO: "Categories of individuals", ICOOrder: 4, width: 30, CNIL: "Catégories de personnes concernées",
		Missing: func(a *Activity, _ []*Shared) bool { return len(a.DataSubjects) == 0 },
		cell:    func(_ *rowTexts, a *Activity) string { return list(termNames(a.DataSubjects)) },
		facts: func(_ *htmlBuilder, n *notes, a *Activity) []htmlFact {
			return listFact(n, a, termNames(a.DataSubjects))
		}},
	{Key: "dataCategories", row: "30(1)(c) data", Article: "30(1)(c)", Label: "(c) Categories of personal data",
		ICO: "Categories of personal data", ICOOrder: 5, width: 42, CNIL: "Catégories de données personnelles",
		Missing: func(a *Activity, _ []*Shared) bool { return len(a.DataCategories) == 0 },
		cell:    func(_ *rowTexts, a *Activity) string { return categoriesCell(a) },
		facts:   func(_ *htmlBuilder, n *notes, a *Activity) []htmlFact { return listFact(n, a, categoryNames(a)) }},
	{Key: "recipients", row: "30(1)(d)", Article: "30(1)(d)", Label: "(d) Categories of recipients",
		ICO: "Categories of recipients", ICOOrder: 6, width: 42, CNIL: "Destinataires",
		Missing: func(a *Activity, _ []*Shared) bool { return len(a.Recipients) == 0 },
		cell:    func(_ *rowTexts, a *Activity) string { return recipientsCell(a) },
		facts:   func(_ *htmlBuilder, n *notes, a *Activity) []htmlFact { return recipientFacts(n, a) }},
	{Key: "transfers", row: "30(1)(e)", Article: "30(1)(e)", Label: "(e) Transfers to third countries or international organisations, and safeguards",
		ICO: "Names of third countries or international organisations that personal data are transferred to (if applicable)", ICOOrder: 8, width: 34,
		CNIL: "Transferts hors UE",
		Missing: func(a *Activity, s []*Shared) bool {
			return len(a.Transfers)+sharedCount(s, func(x *Shared) int { return len(x.Transfers) }) == 0
		},
		cell:  (*rowTexts).countriesCell,
		facts: (*htmlBuilder).transferItem},
	{Key: "safeguards", Article: "30(1)(e)",
		ICO: "Safeguards for exceptional transfers of personal data to third countries or international organisations (if applicable)", ICOOrder: 9, width: 42,
		cell: (*rowTexts).safeguardsCell},
	{Key: "retention", row: "30(1)(f)", Article: "30(1)(f)", Label: "(f) Time limits for erasure",
		ICO: "Retention schedule (if possible)", ICOOrder: 10, width: 48, CNIL: "Durée de conservation",
		Missing: func(a *Activity, s []*Shared) bool {
			return len(a.Retention)+sharedCount(s, func(x *Shared) int { return len(x.Retention) }) == 0
		},
		cell:  (*rowTexts).retentionCell,
		facts: (*htmlBuilder).retentionItem},
	{Key: "security", row: "30(1)(g)", Article: "30(1)(g)", Label: "(g) Technical and organisational security measures",
		ICO: "General description of technical and organisational security measures (if possible)", ICOOrder: 11, width: 48,
		CNIL: "Mesures de sécurité",
		Missing: func(a *Activity, s []*Shared) bool {
			return len(a.Security)+sharedCount(s, func(x *Shared) int { return len(x.Security) }) == 0
		},
		cell:  (*rowTexts).securityCell,
		facts: (*htmlBuilder).securityItem},
	{Key: "businessFunction", row: "business-function", Label: "Business function", ICO: "Business function", ICOOrder: 1, width: 22,
		cell:  func(_ *rowTexts, a *Activity) string { return orNotStated(a.BusinessFunction) },
		facts: func(_ *htmlBuilder, _ *notes, a *Activity) []htmlFact { return []htmlFact{orFact(a.BusinessFunction)} }},
	{Key: "specialCondition", row: "art9", Article: "9(2)", Label: "Article 9 condition for special category data",
		ICO: "Article 9 condition for processing special category data", ICOOrder: 13, width: 32, CNIL: "Données sensibles",
		cell:  func(_ *rowTexts, a *Activity) string { return article9Cell(a) },
		facts: func(_ *htmlBuilder, _ *notes, a *Activity) []htmlFact { return art9Facts(a) }},
	{Key: "legitimateInterest", Article: "6(1)(f)",
		ICO: "Legitimate interests for the processing (if applicable)", ICOOrder: 14, width: 32,
		cell: func(_ *rowTexts, a *Activity) string { return legitimateInterestsCell(a) }},
	{Key: "sources", row: "sources", Label: "Sources of the personal data",
		ICO: "The source of the personal data (if applicable)", ICOOrder: 18, width: 28,
		Missing: func(a *Activity, _ []*Shared) bool { return len(a.Sources) == 0 },
		cell:    func(_ *rowTexts, a *Activity) string { return list(termNames(a.Sources)) },
		facts:   func(_ *htmlBuilder, n *notes, a *Activity) []htmlFact { return listFact(n, a, termNames(a.Sources)) }},
	{Key: "automatedDecisionMaking", row: "adm", Article: "22", Label: "Automated decision-making, including profiling",
		ICO: "Existence of automated decision-making, including profiling (if applicable)", ICOOrder: 17, width: 24,
		cell:  func(_ *rowTexts, a *Activity) string { return admCell(a) },
		facts: func(_ *htmlBuilder, n *notes, a *Activity) []htmlFact { return admFacts(n, a) }},
	{Key: "dpiaRequired", row: "dpia", Article: "35", Label: "Data protection impact assessment (Art 35)",
		ICO: "Data protection impact assessment required (Art 35)", ICOOrder: 19, width: 24,
		cell:  func(_ *rowTexts, a *Activity) string { return dpiaText(a) },
		facts: func(_ *htmlBuilder, _ *notes, a *Activity) []htmlFact { return []htmlFact{dpiaFact(a)} }},
	{Key: "contract", row: "contract", Label: "Link to contract with processor",
		ICO: "Link to contract with processor", ICOOrder: 7, width: 18,
		cell:  func(*rowTexts, *Activity) string { return NotStated }, // never in a notice
		facts: func(*htmlBuilder, *notes, *Activity) []htmlFact { return []htmlFact{missing(NotStated)} }},
	{Key: "lia", row: "lia", Label: "Link to record of legitimate interests assessment",
		ICO: "Link to record of legitimate interests assessment (if applicable)", ICOOrder: 15, width: 22,
		cell: func(_ *rowTexts, a *Activity) string { return liaCell(a) },
		facts: func(_ *htmlBuilder, _ *notes, a *Activity) []htmlFact {
			return []htmlFact{{Text: liaCell(a), Missing: liaCell(a) == NotStated}}
		}},
	{Key: "rights", row: "rights", Label: "Rights available to individuals",
		ICO: "Rights available to individuals", ICOOrder: 16, width: 60, CNIL: "Droits des personnes",
		cell:  (*rowTexts).rightsCell,
		facts: func(b *htmlBuilder, _ *notes, a *Activity) []htmlFact { return []htmlFact{rightsPointer(b.r, a)} }},
}

// icoItems are the items with an ICO column, in the template's order.
var icoItems = func() []Item {
	var out []Item
	for i := 1; ; i++ {
		found := false
		for _, it := range Items {
			if it.ICOOrder == i {
				out, found = append(out, it), true
			}
		}
		if !found {
			return out
		}
	}
}()

// ControllerColumns are the UK ICO controller template's column headings,
// in the ICO's order, from "Business function" to the source of the data,
// then the DPIA flag the template goes on with.
var ControllerColumns = func() []string {
	var out []string
	for _, it := range icoItems {
		out = append(out, it.ICO)
	}
	return out
}()

// controllerWidths are the XLSX widths of ControllerColumns.
var controllerWidths = func() []float64 {
	var out []float64
	for _, it := range icoItems {
		out = append(out, it.width)
	}
	return out
}()

// notStated lists the items the catalog holds nothing for, own and shared
// facts together, by Item.Key.
func notStated(a *Activity, shared []*Shared) []string {
	out := []string{}
	for _, it := range Items {
		if it.Missing != nil && it.Missing(a, shared) {
			out = append(out, it.Key)
		}
	}
	return out
}

// dpiaText says whether a DPIA is required, as assessed.
func dpiaText(a *Activity) string {
	switch {
	case a.DPIARequired == nil:
		return "not assessed"
	case *a.DPIARequired:
		return "Yes"
	}
	return "No"
}

func dpiaFact(a *Activity) htmlFact {
	return htmlFact{Text: dpiaText(a), Missing: a.DPIARequired == nil}
}

// art9Facts is the Art 9 condition cell, one fact per line.
func art9Facts(a *Activity) []htmlFact {
	cell := article9Cell(a)
	if !strings.Contains(cell, "\n") {
		return []htmlFact{{Text: cell, Missing: strings.HasPrefix(cell, NotStated)}}
	}
	var out []htmlFact
	for _, l := range strings.Split(cell, "\n") {
		out = append(out, htmlFact{Text: l})
	}
	return out
}

// admFacts is the automated decision-making row.
func admFacts(n *notes, a *Activity) []htmlFact {
	if a.AutomatedDecisionMaking {
		return []htmlFact{n.fact(admCell(a), a.Evidence)}
	}
	return []htmlFact{missing(NotStated)}
}

// controllerFacts is the controller and its joint controllers.
func (b *htmlBuilder) controllerFacts(_ *notes, a *Activity) []htmlFact {
	out := []htmlFact{{Text: "Controller: " + b.r.Organization.Name + " (contact details on the cover)"}}
	for i := range a.JointControllers {
		out = append(out, htmlFact{Text: "Joint controller: " + partyText(&a.JointControllers[i])})
	}
	if a.Role == "joint_controller" && len(a.JointControllers) == 0 {
		out = append(out, missing("Joint controllers: "+NotStated))
	}
	return out
}
