package report

import (
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"slices"
	"sort"
	"strings"

	"github.com/ropacatalog/ropa/internal/findings"
)

//go:embed report.html.tmpl
var htmlSource string

var htmlTemplate = template.Must(template.New("report").Funcs(template.FuncMap{
	"missing": func(s string) bool { return strings.HasPrefix(s, NotStated) },
}).Parse(htmlSource))

// WriteHTML writes the report as a print-ready HTML document: a cover with
// the organization, its contacts and its notices, a table of contents, the
// facts stated once for several activities (each notice's for all the
// processing it describes, the organization's for everything), one
// section per activity listing every Art 30 item, the notices' negative
// statements and bases stated without a purpose, and the rights offered.
// A shared set is printed once; each activity it applies to lists its own
// transfers, retention rules and security measures and then links to it.
// Every fact carries footnotes quoting the sentences of the notice that
// state it, with the notice's title; an item the catalog holds nothing
// for, own or shared, reads "not stated in the notice". A fact not yet
// reviewed carries a DRAFT badge, a rejected one (with IncludeRejected) a
// REJECTED badge. Each item's row carries data-art30 with the item's
// reference (e.g. 30(1)(b)), for tools that check the document.
func WriteHTML(w io.Writer, r *Report) error {
	if err := htmlTemplate.Execute(w, newHTMLDoc(r)); err != nil {
		return fmt.Errorf("writing the Article 30 report of %s as HTML: %w", r.Organization.Key, err)
	}
	return nil
}

// The view model the template renders.

type htmlDoc struct {
	R          *Report
	Review     string // which facts the report holds, and how drafts are marked
	Contacts   [][]string
	Shared     []htmlSection
	Controller *htmlRecord
	Processor  *htmlRecord
	Statements htmlSection
	Findings   htmlSection
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
	Class        string // activity, shared, statements or rights
	GroupHeading string // the processor record's controller, on its first activity
	ID, Number   string
	Name         string
	Badge        string // DRAFT or REJECTED for an activity not reviewed
	Notice       string // the notice describing the activity
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
	Badge   string // DRAFT or REJECTED for a fact not reviewed
	Text    string
	Link    *htmlLink // a reference to another section, after Text
	After   string    // text after Link
	Missing bool      // the catalog holds nothing for the item
	Warn    bool      // e.g. a stale safeguard
	Refs    []htmlRef
}

// htmlLink points at a section of the document.
type htmlLink struct {
	ID, Text string
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

// reviewed is a fact with its evidence, badged when it is not reviewed.
func (n *notes) reviewed(status, text string, cs []Citation) htmlFact {
	return htmlFact{Badge: statusBadge(status), Text: text, Refs: n.refs(cs)}
}

func missing(text string) htmlFact { return htmlFact{Text: text, Missing: true} }

// htmlBuilder holds what the sections refer to: the shared sets by ID
// with their section's number, and each activity's section.
type htmlBuilder struct {
	r        *Report
	shared   map[string]*Shared
	sharedNo map[string]string // shared set ID -> S1, S2, ...
	acts     map[string]htmlLink
}

func newHTMLDoc(r *Report) *htmlDoc {
	b := &htmlBuilder{r: r, shared: map[string]*Shared{}, sharedNo: map[string]string{}, acts: map[string]htmlLink{}}
	for i := range r.Shared {
		s := &r.Shared[i]
		b.shared[s.ID] = s
		b.sharedNo[s.ID] = fmt.Sprintf("S%d", i+1)
	}
	d := &htmlDoc{R: r, Review: htmlReviewNote(r), Contacts: contactBlock(&r.Organization, "Organization")}
	if r.Controller != nil {
		rec := &htmlRecord{ID: "controller-record", Heading: "Controller record (GDPR Art 30(1))"}
		g := htmlGroup{}
		for i := range r.Controller.Activities {
			g.Activities = append(g.Activities, b.controllerSection(&r.Controller.Activities[i], fmt.Sprintf("C%d", i+1)))
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
				s := b.processorSection(grp, &grp.Activities[j], fmt.Sprintf("P%d", n))
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
	for i := range r.Shared {
		d.Shared = append(d.Shared, b.sharedSection(&r.Shared[i]))
	}
	d.Statements = statementsSection(r)
	d.Findings = findingsSection(r)
	d.Rights = rightsSection(r)
	return d
}

// htmlReviewNote says which facts the report holds and how those not
// reviewed are marked.
func htmlReviewNote(r *Report) string {
	s := "A fact marked DRAFT has not been reviewed yet."
	if r.ReviewedOnly {
		s = "This report holds reviewed facts only: drafts are left out."
	}
	if r.IncludeRejected {
		s += " It includes the facts a reviewer rejected, marked REJECTED."
	}
	return s
}

// sharedID is the anchor of a shared set's section.
func sharedID(id string) string { return "shared-" + id }

// sharedSection prints a shared set once: the transfers, retention rules
// and security measures it holds, footnoted, and the activities it applies
// to, each linked.
func (b *htmlBuilder) sharedSection(s *Shared) htmlSection {
	id := sharedID(s.ID)
	n := newNotes(id)
	sec := htmlSection{Class: "shared", ID: id, Number: b.sharedNo[s.ID], Name: sharedHeading(s)}
	if s.AppliesTo == AppliesOrganization {
		sec.Description = "Entered for the organization itself, these facts apply to every activity below; each activity lists its own and refers here."
	} else {
		sec.Description = "Stated by the notice for all the processing it describes, these facts apply to every activity the notice describes; each activity lists its own and refers here."
	}
	if len(s.Transfers) > 0 {
		sec.Items = append(sec.Items, htmlItem{Art30: "30(1)(e) 30(2)(c)",
			Label: "Transfers to third countries or international organisations, and safeguards (Art 30(1)(e), 30(2)(c))",
			Facts: transferFacts(n, s.Transfers, sharedFacts)})
	}
	if len(s.Retention) > 0 {
		sec.Items = append(sec.Items, htmlItem{Art30: "30(1)(f)", Label: "Time limits for erasure (Art 30(1)(f))",
			Facts: retentionFacts(n, s.Retention, sharedFacts)})
	}
	if len(s.Security) > 0 {
		sec.Items = append(sec.Items, htmlItem{Art30: "30(1)(g) 30(2)(d)",
			Label: "Technical and organisational security measures (Art 30(1)(g), 30(2)(d))",
			Facts: securityFacts(n, s.Security, sharedFacts)})
	}
	applies := htmlItem{Art30: "applies-to", Label: fmt.Sprintf("Applies to (%s)", activityCount(len(s.Activities)))}
	for _, name := range s.Activities {
		if l, ok := b.acts[name]; ok {
			applies.Facts = append(applies.Facts, htmlFact{Link: &l})
		} else {
			applies.Facts = append(applies.Facts, htmlFact{Text: name})
		}
	}
	if len(applies.Facts) == 0 {
		applies.Facts = []htmlFact{missing("no activity of this report")}
	}
	sec.Items = append(sec.Items, applies)
	sec.Notes = n.list
	return sec
}

// sharedRefs are the references of an activity's item to the shared sets
// it refers to that hold facts of the item: count(set) is how many, noun
// names them ("transfer", "retention rule", "security measure").
func (b *htmlBuilder) sharedRefs(a *Activity, noun string, count func(*Shared) (all, flagged int), flagged string) []htmlFact {
	var out []htmlFact
	for _, id := range a.Shared {
		s := b.shared[id]
		if s == nil {
			continue
		}
		k, bad := count(s)
		if k == 0 {
			continue
		}
		text := plural(k, noun)
		if s.AppliesTo == AppliesOrganization {
			text += " stated for the whole organization"
		} else {
			text += " stated in " + orNotStated(s.Notice) + " for all the processing it describes"
		}
		if bad > 0 {
			text += fmt.Sprintf(" (%d %s)", bad, flagged)
		}
		out = append(out, htmlFact{Text: text + ": see ", Link: &htmlLink{ID: sharedID(id), Text: b.sharedNo[id]}, Warn: bad > 0})
	}
	return out
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// ownAndShared is an item of an activity: its own facts, then the
// references to the shared sets; "not stated in the notice" when the
// activity's notStated names the item, or when there is nothing to print.
func ownAndShared(a *Activity, item string, own, shared []htmlFact) []htmlFact {
	if len(own) == 0 && (len(shared) == 0 || slices.Contains(a.NotStated, item)) {
		return []htmlFact{missing(NotStated)}
	}
	return append(own, shared...)
}

func badTransfer(t Transfer) bool {
	return t.Safeguard == nil || t.Safeguard.Stale || t.Safeguard.Mechanism == "unspecified"
}

func (b *htmlBuilder) transferItem(n *notes, a *Activity) []htmlFact {
	refs := b.sharedRefs(a, "transfer", func(s *Shared) (int, int) {
		bad := 0
		for _, t := range s.Transfers {
			if badTransfer(t) {
				bad++
			}
		}
		return len(s.Transfers), bad
	}, "without a valid safeguard")
	return ownAndShared(a, "transfers", transferFacts(n, a.Transfers, a.Notice), refs)
}

func (b *htmlBuilder) retentionItem(n *notes, a *Activity) []htmlFact {
	refs := b.sharedRefs(a, "retention rule", func(s *Shared) (int, int) { return len(s.Retention), 0 }, "")
	return ownAndShared(a, "retention", retentionFacts(n, a.Retention, a.Notice), refs)
}

func (b *htmlBuilder) securityItem(n *notes, a *Activity) []htmlFact {
	refs := b.sharedRefs(a, "security measure", func(s *Shared) (int, int) { return len(s.Security), 0 }, "")
	return ownAndShared(a, "security", securityFacts(n, a.Security, a.Notice), refs)
}

var statementKinds = map[string]string{
	"does_not_sell": "Does not sell", "does_not_share": "Does not share", "does_not_collect": "Does not collect",
	"no_children": "No children's data", "no_special_category": "No special-category data",
	"no_automated_decisions": "No automated decisions", "other_negative": "Other negative statement",
}

// statementText is "Does not sell: does not sell personal data ..." or,
// for a basis stated without a purpose, "Vital interests (GDPR Art
// 6(1)(d)): ...", with the data categories and purposes it names.
func statementText(s Statement) string {
	var text string
	switch {
	case s.Kind == "basis_without_purpose" && s.LegalBasis != nil:
		text = basisText(s.LegalBasis) + ": " + strings.TrimSpace(s.Text)
	case statementKinds[s.Kind] != "":
		text = statementKinds[s.Kind] + ": " + strings.TrimSpace(s.Text)
	default:
		text = strings.TrimSpace(s.Text)
	}
	if len(s.DataCategories) > 0 {
		text = sentence(text) + " Data: " + strings.Join(termNames(s.DataCategories), "; ")
	}
	if len(s.Purposes) > 0 {
		text = sentence(text) + " Purposes: " + strings.Join(termNames(s.Purposes), "; ")
	}
	return text
}

// byNotice groups facts by the notice that states them, in the order the
// notices first appear, "" (the organization's own) last.
func byNotice[T any](xs []T, notice func(T) string) (order []string, groups map[string][]T) {
	groups = map[string][]T{}
	for _, x := range xs {
		k := notice(x)
		if _, ok := groups[k]; !ok {
			order = append(order, k)
		}
		groups[k] = append(groups[k], x)
	}
	sort.SliceStable(order, func(i, j int) bool { return order[i] != "" && order[j] == "" })
	return order, groups
}

// findingsSection lists what needs attention as of the report's date, by
// severity, each with the sentences under it.
func findingsSection(r *Report) htmlSection {
	n := newNotes("findings")
	s := htmlSection{Class: "findings", ID: "findings", Name: "Findings as of " + r.AsOf,
		Description: "What in this record needs attention, by the rules of the catalog: the rule, the provision it rests on, since when, and the sentences it comes from."}
	for _, sev := range []findings.Severity{findings.High, findings.Medium, findings.Low} {
		var facts []htmlFact
		for _, f := range r.Findings {
			if f.Severity != sev {
				continue
			}
			text := f.Title + " (" + f.Article + "): " + f.Message
			if f.Activity != "" {
				text = f.Activity + " — " + text
			}
			if f.Since != "" {
				text += " Since " + f.Since + "."
			}
			var cs []Citation
			for _, c := range f.Evidence {
				cs = append(cs, Citation{Document: c.Document, Start: c.Start, End: c.End, Quote: c.Quote})
			}
			fact := n.fact(text, cs)
			fact.Warn = sev == findings.High
			facts = append(facts, fact)
		}
		if len(facts) > 0 {
			s.Items = append(s.Items, htmlItem{Art30: "findings-" + string(sev), Label: strings.ToUpper(string(sev[:1])) + string(sev[1:]), Facts: facts})
		}
	}
	if len(s.Items) == 0 {
		s.Items = []htmlItem{{Art30: "findings-none", Label: "Findings", Facts: []htmlFact{{Text: "none"}}}}
	}
	s.Notes = n.list
	return s
}

// statementsSection lists what the notices assert that is not a link of
// the record: negative statements, and legal bases stated without a
// purpose, by notice.
func statementsSection(r *Report) htmlSection {
	n := newNotes("statements")
	s := htmlSection{Class: "statements", ID: "statements", Name: "Statements of the notices",
		Description: "What the notices assert without stating a link of the record: negative statements (what is not done), and legal bases stated without a purpose."}
	order, groups := byNotice(r.Statements, func(x Statement) string { return x.Notice })
	for _, notice := range order {
		where := "in " + notice
		if notice == "" {
			where = "for the whole organization"
		}
		var negative, bases []htmlFact
		for _, x := range groups[notice] {
			f := n.reviewed(x.ReviewStatus, statementText(x), x.Evidence)
			if x.Kind == "basis_without_purpose" {
				bases = append(bases, f)
			} else {
				negative = append(negative, f)
			}
		}
		if len(negative) > 0 {
			s.Items = append(s.Items, htmlItem{Art30: "negative", Label: "Negative statements " + where, Facts: negative})
		}
		if len(bases) > 0 {
			s.Items = append(s.Items, htmlItem{Art30: "basis-without-purpose", Label: "Legal bases stated without a purpose " + where, Facts: bases})
		}
	}
	if len(s.Items) == 0 {
		s.Items = []htmlItem{{Art30: "negative", Label: "Negative statements and legal bases stated without a purpose", Facts: []htmlFact{missing("none recorded")}}}
	}
	s.Notes = n.list
	return s
}

// rightsSection lists the rights offered, by the notice that states them
// (the organization's own last), with how to exercise them, the response
// time promised and where they are offered.
func rightsSection(r *Report) htmlSection {
	n := newNotes("rights")
	s := htmlSection{Class: "rights", ID: "rights", Name: "Rights available to individuals"}
	order, groups := byNotice(r.Rights, func(x Right) string { return x.Notice })
	for _, notice := range order {
		label := "Rights offered in " + notice + ", how to exercise them and the response time promised"
		if notice == "" {
			label = "Rights offered by the organization to everyone, how to exercise them and the response time promised"
		}
		item := htmlItem{Art30: "rights", Label: label}
		for _, x := range groups[notice] {
			text := rightText(x)
			if x.Conditions != "" {
				text += ". Conditions: " + strings.TrimSpace(x.Conditions)
			}
			item.Facts = append(item.Facts, n.reviewed(x.ReviewStatus, text, x.Evidence))
		}
		s.Items = append(s.Items, item)
	}
	if len(s.Items) == 0 {
		s.Items = []htmlItem{{Art30: "rights", Label: "Rights offered, how to exercise them and the response time promised",
			Facts: []htmlFact{missing(NotStated)}}}
	}
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
		out = append(out, n.reviewed(p.ReviewStatus, text, p.Evidence))
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
		out = append(out, n.reviewed(r.ReviewStatus, text, r.Evidence))
	}
	return orMissing(out)
}

// The facts of the transfer, retention and security items: notice is the
// title of the activity's notice, for a fact of its own lists stated by
// the notice; "-" prints no origin (the facts of a shared set, whose
// heading says where they are stated).
const sharedFacts = "-"

func factOrigin(applies, notice, recipient string) string {
	if notice == sharedFacts {
		return ""
	}
	return originText(applies, notice, recipient)
}

func transferFacts(n *notes, ts []Transfer, notice string) []htmlFact {
	var out []htmlFact
	for _, t := range ts {
		text := destinationText(t) + factOrigin(t.AppliesTo, notice, t.Recipient) + ". Safeguard: " + safeguardText(t.Safeguard) + alternativesText(t)
		if t.Safeguard != nil && t.Safeguard.Stale && t.Safeguard.InvalidatedBy != "" {
			text += ": " + t.Safeguard.InvalidatedBy
		}
		if t.Description != "" {
			text += ". " + strings.TrimSpace(t.Description)
		}
		f := n.reviewed(t.ReviewStatus, text, t.Evidence)
		f.Warn = badTransfer(t)
		out = append(out, f)
	}
	return out
}

func retentionFacts(n *notes, rs []Retention, notice string) []htmlFact {
	var out []htmlFact
	for _, r := range rs {
		out = append(out, n.reviewed(r.ReviewStatus, retentionText(r)+factOrigin(r.AppliesTo, notice, ""), r.Evidence))
	}
	return out
}

func securityFacts(n *notes, ss []Security, notice string) []htmlFact {
	var out []htmlFact
	for _, s := range ss {
		out = append(out, n.reviewed(s.ReviewStatus, securityText(s)+factOrigin(s.AppliesTo, notice, ""), s.Evidence))
	}
	return out
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

// activityHead opens an activity's section and notes its anchor for the
// shared sets that link to it.
func (b *htmlBuilder) activityHead(a *Activity, id, number string) htmlSection {
	if _, ok := b.acts[a.Name]; !ok {
		b.acts[a.Name] = htmlLink{ID: id, Text: number + ". " + a.Name}
	}
	return htmlSection{Class: "activity", ID: id, Number: number, Name: a.Name, Badge: statusBadge(a.ReviewStatus),
		Notice: a.Notice, Description: a.Description, Role: strings.ReplaceAll(a.Role, "_", " ")}
}

// controllerSection is one activity of the controller record: a row per
// item of Items that the HTML shows.
func (b *htmlBuilder) controllerSection(a *Activity, number string) htmlSection {
	id := "activity-" + strings.ToLower(number)
	n := newNotes(id)
	s := b.activityHead(a, id, number)
	for _, it := range Items {
		if it.facts != nil {
			s.Items = append(s.Items, htmlItem{Art30: it.row, Label: it.Label, Facts: it.facts(b, n, a)})
		}
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

// rightsPointer names the rights offered to the activity's individuals,
// by its notice or by the organization, and links to their details.
func rightsPointer(r *Report, a *Activity) htmlFact {
	link := &htmlLink{ID: "rights", Text: "Rights available to individuals"}
	rights := rightsOf(r, a.Notice)
	if len(rights) == 0 {
		return htmlFact{Text: NotStated + " (see ", Link: link, After: ")", Missing: true}
	}
	var names []string
	for _, x := range rights {
		names = appendUnique(names, x.Name)
	}
	where := "offered by the organization"
	if a.Notice != "" {
		where = "offered in " + a.Notice
	}
	return htmlFact{Text: strings.Join(names, "; ") + " (" + where + "; details under ", Link: link, After: ")"}
}

func (b *htmlBuilder) processorSection(g *ControllerGroup, a *Activity, number string) htmlSection {
	r := b.r
	id := "activity-" + strings.ToLower(number)
	n := newNotes(id)
	s := b.activityHead(a, id, number)
	ctrl := htmlFact{Text: "Controller: " + controllerGroupText(g)}
	if g.Controller == nil && g.Description == "" {
		ctrl = missing("Controller: " + NotStated)
	} else if g.Controller == nil {
		ctrl = n.fact(ctrl.Text, a.Evidence)
	}
	processing := []htmlFact{n.fact(a.Name, a.Evidence)}
	for _, p := range a.Purposes {
		processing = append(processing, n.reviewed(p.ReviewStatus, "Purpose: "+p.Name, p.Evidence))
	}
	if len(a.Purposes) == 0 {
		processing = append(processing, missing("Purposes: "+NotStated))
	}
	processing = append(processing, labelled(n, a, "Personal data: ", categoryNames(a)), labelled(n, a, "Data subjects: ", termNames(a.DataSubjects)))
	s.Items = []htmlItem{
		{Art30: "30(2)(a)", Label: "(a) Processor and the controller on whose behalf it acts",
			Facts: []htmlFact{{Text: "Processor: " + r.Organization.Name + " (contact details on the cover)"}, ctrl}},
		{Art30: "30(2)(b)", Label: "(b) Categories of processing carried out on behalf of the controller", Facts: processing},
		{Art30: "30(2)(c)", Label: "(c) Transfers to third countries or international organisations, and safeguards", Facts: b.transferItem(n, a)},
		{Art30: "30(2)(d)", Label: "(d) Technical and organisational security measures", Facts: b.securityItem(n, a)},
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
