package report

import (
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"sort"
	"strings"
)

//go:embed report.html.tmpl
var htmlSource string

var htmlTemplate = template.Must(template.New("report").Funcs(template.FuncMap{
	"missing": func(s string) bool { return strings.HasPrefix(s, NotStated) },
}).Parse(htmlSource))

// WriteHTML writes the report as a print-ready HTML document: a cover with
// the organization and its contacts, a table of contents, one section per
// activity listing every Art 30 item, and the rights offered. Every fact
// carries footnotes quoting the sentences of the notice that state it,
// with the notice's title; an item the catalog holds nothing for reads
// "not stated in the notice". Each item's row carries data-art30 with the
// item's reference (e.g. 30(1)(b)), for tools that check the document.
func WriteHTML(w io.Writer, r *Report) error {
	if err := htmlTemplate.Execute(w, newHTMLDoc(r)); err != nil {
		return fmt.Errorf("writing the Article 30 report of %s as HTML: %w", r.Organization.Key, err)
	}
	return nil
}

// The view model the template renders.

type htmlDoc struct {
	R          *Report
	Contacts   [][]string
	Controller *htmlRecord
	Processor  *htmlRecord
	Rights     htmlSection
}

type htmlRecord struct {
	ID, Heading, Empty string
	Groups             []htmlGroup
}

// htmlGroup is a controller of the processor record, or the single group
// of the controller record (with an empty Heading).
type htmlGroup struct {
	Heading    string
	Activities []htmlSection
}

type htmlSection struct {
	Class        string // activity, or rights
	GroupHeading string // the processor record's controller, on its first activity
	ID, Number   string
	Name         string
	Description  string
	Role         string
	Items        []htmlItem
	Notes        []htmlNote
}

type htmlItem struct {
	Art30, Label string
	Facts        []htmlFact
}

type htmlFact struct {
	Text    string
	Missing bool // the catalog holds nothing for the item
	Warn    bool // e.g. a stale safeguard
	Refs    []htmlRef
}

type htmlRef struct {
	N  int
	ID string
}

type htmlNote struct {
	N        int
	ID       string
	Quote    string
	Document string
	Start    int
	End      int
}

// notes numbers the footnotes of one section; a span cited twice keeps its
// number.
type notes struct {
	prefix string
	byKey  map[string]int
	list   []htmlNote
}

func newNotes(prefix string) *notes { return &notes{prefix: prefix, byKey: map[string]int{}} }

func (n *notes) refs(cs []Citation) []htmlRef {
	var out []htmlRef
	for _, c := range cs {
		key := fmt.Sprintf("%s\x00%d\x00%d", c.Document, c.Start, c.End)
		num, ok := n.byKey[key]
		if !ok {
			num = len(n.list) + 1
			n.byKey[key] = num
			n.list = append(n.list, htmlNote{N: num, ID: fmt.Sprintf("%s-fn%d", n.prefix, num),
				Quote: c.Quote, Document: c.Document, Start: c.Start, End: c.End})
		}
		out = append(out, htmlRef{N: num, ID: fmt.Sprintf("%s-fn%d", n.prefix, num)})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].N < out[j].N })
	return out
}

func (n *notes) fact(text string, cs []Citation) htmlFact {
	return htmlFact{Text: text, Refs: n.refs(cs)}
}

func missing(text string) htmlFact { return htmlFact{Text: text, Missing: true} }

func newHTMLDoc(r *Report) *htmlDoc {
	d := &htmlDoc{R: r, Contacts: contactBlock(&r.Organization, "Organization")}
	if r.Controller != nil {
		rec := &htmlRecord{ID: "controller-record", Heading: "Controller record (GDPR Art 30(1))"}
		g := htmlGroup{}
		for i := range r.Controller.Activities {
			g.Activities = append(g.Activities, controllerSection(r, &r.Controller.Activities[i], fmt.Sprintf("C%d", i+1)))
		}
		if len(g.Activities) == 0 {
			rec.Empty = "No processing activities are recorded for " + r.Organization.Name + " as a controller."
		} else {
			rec.Groups = []htmlGroup{g}
		}
		d.Controller = rec
	}
	if r.Processor != nil {
		rec := &htmlRecord{ID: "processor-record", Heading: "Processor record (GDPR Art 30(2))"}
		n := 0
		for i := range r.Processor.Controllers {
			grp := &r.Processor.Controllers[i]
			g := htmlGroup{Heading: "On behalf of: " + controllerGroupText(grp)}
			for j := range grp.Activities {
				n++
				s := processorSection(r, grp, &grp.Activities[j], fmt.Sprintf("P%d", n))
				if j == 0 {
					s.GroupHeading = g.Heading
				}
				g.Activities = append(g.Activities, s)
			}
			rec.Groups = append(rec.Groups, g)
		}
		if n == 0 {
			rec.Empty = "No processing is recorded that " + r.Organization.Name + " carries out as a processor on behalf of a controller."
		}
		d.Processor = rec
	}
	d.Rights = rightsSection(r)
	return d
}

func rightsSection(r *Report) htmlSection {
	n := newNotes("rights")
	s := htmlSection{Class: "rights", ID: "rights", Name: "Rights available to individuals"}
	item := htmlItem{Art30: "rights", Label: "Rights offered, how to exercise them and the response time promised"}
	for _, x := range r.Rights {
		text := rightText(x)
		if x.Conditions != "" {
			text += ". Conditions: " + strings.TrimSpace(x.Conditions)
		}
		item.Facts = append(item.Facts, n.fact(text, x.Evidence))
	}
	if len(item.Facts) == 0 {
		item.Facts = []htmlFact{missing(NotStated)}
	}
	s.Items = []htmlItem{item}
	s.Notes = n.list
	return s
}

func orMissing(facts []htmlFact) []htmlFact {
	if len(facts) == 0 {
		return []htmlFact{missing(NotStated)}
	}
	return facts
}

// purposeFacts: each purpose with its Art 6 basis, Art 9 condition and
// legitimate interest.
func purposeFacts(n *notes, a *Activity) []htmlFact {
	var out []htmlFact
	for _, p := range a.Purposes {
		text := p.Name + ". Art 6 basis: "
		if p.LegalBasis != nil {
			text += basisText(p.LegalBasis)
		} else {
			text += NotStated
		}
		if p.SpecialCondition != nil {
			text += ". Art 9 condition: " + basisText(p.SpecialCondition)
		}
		if p.LegalBasis != nil && p.LegalBasis.Key == "legitimate_interests" {
			text += ". Legitimate interest: " + orNotStated(p.LegitimateInterest)
		}
		out = append(out, n.fact(text, p.Evidence))
	}
	return orMissing(out)
}

func recipientFacts(n *notes, a *Activity) []htmlFact {
	var out []htmlFact
	for _, r := range a.Recipients {
		text := recipientText(r)
		if r.Service != "" {
			text += ", " + strings.TrimSpace(r.Service)
		}
		if len(r.DataCategories) > 0 {
			text += ". Receives: " + strings.Join(termNames(r.DataCategories), "; ")
		}
		if len(r.Purposes) > 0 {
			text += ". For: " + strings.Join(termNames(r.Purposes), "; ")
		}
		if r.Description != "" {
			text += ". " + strings.TrimSpace(r.Description)
		}
		out = append(out, n.fact(text, r.Evidence))
	}
	return orMissing(out)
}

func transferFacts(n *notes, a *Activity) []htmlFact {
	var out []htmlFact
	for _, t := range a.Transfers {
		text := destinationText(t) + ". Safeguard: " + safeguardText(t.Safeguard)
		if t.Safeguard != nil && t.Safeguard.Stale && t.Safeguard.InvalidatedBy != "" {
			text += ": " + t.Safeguard.InvalidatedBy
		}
		if t.Description != "" {
			text += ". " + strings.TrimSpace(t.Description)
		}
		f := n.fact(text, t.Evidence)
		f.Warn = t.Safeguard == nil || t.Safeguard.Stale || t.Safeguard.Mechanism == "unspecified"
		out = append(out, f)
	}
	return orMissing(out)
}

func retentionFacts(n *notes, a *Activity) []htmlFact {
	var out []htmlFact
	for _, r := range a.Retention {
		out = append(out, n.fact(retentionText(r), r.Evidence))
	}
	return orMissing(out)
}

func securityFacts(n *notes, a *Activity) []htmlFact {
	var out []htmlFact
	for _, s := range a.Security {
		out = append(out, n.fact(securityText(s), s.Evidence))
	}
	return orMissing(out)
}

// listFact is one fact naming several terms, footnoted with the
// activity's own evidence.
func listFact(n *notes, a *Activity, names []string) []htmlFact {
	if len(names) == 0 {
		return []htmlFact{missing(NotStated)}
	}
	return []htmlFact{n.fact(strings.Join(names, "; "), a.Evidence)}
}

func categoryNames(a *Activity) []string {
	var out []string
	for _, c := range a.DataCategories {
		out = append(out, categoryText(c))
	}
	return out
}

func activityHead(a *Activity, id, number string) htmlSection {
	return htmlSection{Class: "activity", ID: id, Number: number, Name: a.Name, Description: a.Description, Role: strings.ReplaceAll(a.Role, "_", " ")}
}

func controllerSection(r *Report, a *Activity, number string) htmlSection {
	id := "activity-" + strings.ToLower(number)
	n := newNotes(id)
	s := activityHead(a, id, number)
	controllers := []htmlFact{{Text: "Controller: " + r.Organization.Name + " (contact details on the cover)"}}
	for i := range a.JointControllers {
		controllers = append(controllers, htmlFact{Text: "Joint controller: " + partyText(&a.JointControllers[i])})
	}
	if a.Role == "joint_controller" && len(a.JointControllers) == 0 {
		controllers = append(controllers, missing("Joint controllers: "+NotStated))
	}
	var art9 []htmlFact
	if cell := article9Cell(a); !strings.Contains(cell, "\n") {
		art9 = []htmlFact{{Text: cell, Missing: strings.HasPrefix(cell, NotStated)}}
	} else {
		for _, l := range strings.Split(cell, "\n") {
			art9 = append(art9, htmlFact{Text: l})
		}
	}
	adm := []htmlFact{missing(NotStated)}
	if a.AutomatedDecisionMaking {
		adm = []htmlFact{n.fact(admCell(a), a.Evidence)}
	}
	s.Items = []htmlItem{
		{Art30: "30(1)(a)", Label: "(a) Controller and joint controllers", Facts: controllers},
		{Art30: "30(1)(b)", Label: "(b) Purposes of the processing, with their lawful basis", Facts: purposeFacts(n, a)},
		{Art30: "30(1)(c) subjects", Label: "(c) Categories of data subjects", Facts: listFact(n, a, termNames(a.DataSubjects))},
		{Art30: "30(1)(c) data", Label: "(c) Categories of personal data", Facts: listFact(n, a, categoryNames(a))},
		{Art30: "30(1)(d)", Label: "(d) Categories of recipients", Facts: recipientFacts(n, a)},
		{Art30: "30(1)(e)", Label: "(e) Transfers to third countries or international organisations, and safeguards", Facts: transferFacts(n, a)},
		{Art30: "30(1)(f)", Label: "(f) Time limits for erasure", Facts: retentionFacts(n, a)},
		{Art30: "30(1)(g)", Label: "(g) Technical and organisational security measures", Facts: securityFacts(n, a)},
		{Art30: "business-function", Label: "Business function", Facts: []htmlFact{orFact(a.BusinessFunction)}},
		{Art30: "art9", Label: "Article 9 condition for special category data", Facts: art9},
		{Art30: "sources", Label: "Sources of the personal data", Facts: listFact(n, a, termNames(a.Sources))},
		{Art30: "adm", Label: "Automated decision-making, including profiling", Facts: adm},
		{Art30: "contract", Label: "Link to contract with processor", Facts: []htmlFact{missing(NotStated)}},
		{Art30: "lia", Label: "Link to record of legitimate interests assessment", Facts: []htmlFact{{Text: liaCell(a), Missing: liaCell(a) == NotStated}}},
		{Art30: "rights", Label: "Rights available to individuals", Facts: []htmlFact{{Text: rightsPointer(r)}}},
	}
	s.Notes = n.list
	return s
}

func orFact(s string) htmlFact {
	if strings.TrimSpace(s) == "" {
		return missing(NotStated)
	}
	return htmlFact{Text: s}
}

func rightsPointer(r *Report) string {
	if len(r.Rights) == 0 {
		return NotStated + " (see Rights available to individuals)"
	}
	var names []string
	for _, x := range r.Rights {
		names = appendUnique(names, x.Name)
	}
	return strings.Join(names, "; ") + " (organization-wide; details under Rights available to individuals)"
}

func processorSection(r *Report, g *ControllerGroup, a *Activity, number string) htmlSection {
	id := "activity-" + strings.ToLower(number)
	n := newNotes(id)
	s := activityHead(a, id, number)
	ctrl := htmlFact{Text: "Controller: " + controllerGroupText(g)}
	if g.Controller == nil && g.Description == "" {
		ctrl = missing("Controller: " + NotStated)
	} else if g.Controller == nil {
		ctrl = n.fact(ctrl.Text, a.Evidence)
	}
	var purposes []string
	for _, p := range a.Purposes {
		purposes = appendUnique(purposes, p.Name)
	}
	processing := []htmlFact{n.fact(a.Name, a.Evidence)}
	for _, p := range a.Purposes {
		processing = append(processing, n.fact("Purpose: "+p.Name, p.Evidence))
	}
	if len(a.Purposes) == 0 {
		processing = append(processing, missing("Purposes: "+NotStated))
	}
	processing = append(processing, labelled(n, a, "Personal data: ", categoryNames(a)), labelled(n, a, "Data subjects: ", termNames(a.DataSubjects)))
	s.Items = []htmlItem{
		{Art30: "30(2)(a)", Label: "(a) Processor and the controller on whose behalf it acts",
			Facts: []htmlFact{{Text: "Processor: " + r.Organization.Name + " (contact details on the cover)"}, ctrl}},
		{Art30: "30(2)(b)", Label: "(b) Categories of processing carried out on behalf of the controller", Facts: processing},
		{Art30: "30(2)(c)", Label: "(c) Transfers to third countries or international organisations, and safeguards", Facts: transferFacts(n, a)},
		{Art30: "30(2)(d)", Label: "(d) Technical and organisational security measures", Facts: securityFacts(n, a)},
		{Art30: "recipients", Label: "Recipients (sub-processors and others)", Facts: recipientFacts(n, a)},
	}
	s.Notes = n.list
	return s
}

func labelled(n *notes, a *Activity, label string, names []string) htmlFact {
	if len(names) == 0 {
		return missing(label + NotStated)
	}
	return n.fact(label+strings.Join(names, "; "), a.Evidence)
}
