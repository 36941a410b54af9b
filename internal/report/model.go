// Package report produces an organization's GDPR Article 30 records of
// processing from the catalog: the controller record (Art 30(1)(a)-(g)) and
// the processor record (Art 30(2)(a)-(d)), grouped by controller.
//
// Build loads everything the records need with a fixed number of SQL
// statements and returns a Report, the JSON form documented below. The
// other forms are rendered from it: WriteCSV and WriteXLSX follow the UK
// ICO controller template (a contact block, then one row per activity with
// the ICO's column headings in the ICO's order), WriteHTML writes a
// print-ready document whose facts carry footnotes quoting the notice.
// The HTML prints each shared set (see Shared) once and refers to it from
// each activity; the spreadsheets, whose rows must stand alone, write its
// facts in each row they apply to, marked with where they are stated
// ("(stated in <notice> for all its processing)"). Every form marks a
// draft: a DRAFT badge in the HTML, "[DRAFT] " (or "[REJECTED] ") before
// the fact in CSV and XLSX. Nothing is kept as a separate copy: every
// report is generated from the catalog as it is.
//
// An item the catalog holds nothing for is never left blank: the JSON has
// an empty list (and names the item in the activity's notStated list), and
// the rendered forms say "not stated in the notice".
package report

import "github.com/ropacatalog/ropa/internal/findings"

// Version is the version of the JSON schema below. It changes when a field
// is removed or changes meaning; fields may be added within a version.
const Version = "2"

// NotStated is what the rendered forms say where the catalog holds nothing
// for an Art 30 item.
const NotStated = "not stated in the notice"

// Report is an organization's Article 30 record in its JSON form:
//
//	{
//	  "version": "2",            // Version
//	  "kind": "article30",
//	  "asOf": "2025-06-30",      // the date safeguards are judged valid or stale at
//	  "record": "all",           // which records it holds: all, controller or processor
//	  "reviewedOnly": false,     // true: drafts (UNREVIEWED facts) left out
//	  "includeRejected": false,  // true: REJECTED facts kept (marked)
//	  "organization": Party,     // Art 30(1)(a) / 30(2)(a): the controller or processor
//	  "rights": [Right],         // rights offered to data subjects, each with the notice stating it
//	  "documents": [Document],   // the notices the evidence quotes
//	  "shared": [Shared],        // facts stated once for many activities (a notice's, the organization's)
//	  "statements": [Statement], // negative statements, bases stated without a purpose
//	  "findings": [Finding],     // what needs attention as of asOf (internal/findings)
//	  "controllerRecord": {"activities": [Activity]} | null,
//	  "processorRecord": {"controllers": [ControllerGroup]} | null
//	}
//
// Every fact carries its reviewStatus: REVIEWED, UNREVIEWED (a draft, which
// every rendered form marks DRAFT) or, with includeRejected, REJECTED.
//
// Lists are never null, keys are always present, and lists are in a stable
// order (activities by name, taxonomy terms by key), so that two reports of
// an unchanged catalog are byte for byte equal.
type Report struct {
	Version         string             `json:"version"`
	Kind            string             `json:"kind"`
	AsOf            string             `json:"asOf"`
	Record          string             `json:"record"`
	ReviewedOnly    bool               `json:"reviewedOnly"`
	IncludeRejected bool               `json:"includeRejected"`
	Organization    Party              `json:"organization"`
	Rights          []Right            `json:"rights"`
	Documents       []Document         `json:"documents"`
	Shared          []Shared           `json:"shared"`
	Statements      []Statement        `json:"statements"`
	Findings        []findings.Finding `json:"findings"`
	Controller      *ControllerRecord  `json:"controllerRecord"`
	Processor       *ProcessorRecord   `json:"processorRecord"`
}

// ControllerRecord is the record of Art 30(1): the activities the
// organization carries out as a controller or joint controller.
type ControllerRecord struct {
	Activities []Activity `json:"activities"`
}

// ProcessorRecord is the record of Art 30(2): the activities the
// organization carries out as a processor, grouped by the controller on
// whose behalf it acts.
type ProcessorRecord struct {
	Controllers []ControllerGroup `json:"controllers"`
}

// ControllerGroup is one controller of the processor record and the
// processing carried out on its behalf (Art 30(2)(b)). Controller is the
// named organization, or null when the notice describes the controllers
// only in words (Description, e.g. "our customers"); when it does neither,
// both are empty and the rendered forms say the controller is not stated.
type ControllerGroup struct {
	Controller  *Party     `json:"controller"`
	Description string     `json:"description"`
	Activities  []Activity `json:"activities"`
}

// Party is an organization with its contact details, its DPO and its
// representative (Art 27). DPO and Representative are null when the
// catalog records none. Evidence quotes the sentences that state them.
type Party struct {
	Key            string     `json:"key"`
	Name           string     `json:"name"`
	Roles          []string   `json:"roles"`
	Country        string     `json:"country"`     // ISO 3166-1 alpha-2
	CountryName    string     `json:"countryName"` // English short name
	Address        string     `json:"address"`
	Email          string     `json:"email"`
	Phone          string     `json:"phone"`
	Website        string     `json:"website"`
	DPO            *Contact   `json:"dpo"`
	Representative *Contact   `json:"representative"`
	Evidence       []Citation `json:"evidence"`
}

// Contact is a DPO or a representative.
type Contact struct {
	Name    string `json:"name"`
	Email   string `json:"email"`
	Phone   string `json:"phone"`
	Address string `json:"address"`
}

// Document is a notice the evidence quotes.
type Document struct {
	Title       string `json:"title"`
	URL         string `json:"url"`
	File        string `json:"file"`
	LastUpdated string `json:"lastUpdated"` // YYYY-MM-DD, empty when the notice states none
	SHA256      string `json:"sha256"`
	Audience    string `json:"audience"` // whom it speaks to, when recorded
	Current     bool   `json:"current"`  // false for a superseded notice
}

// Shared is a set of facts stated once for several activities: by a
// notice for all the processing it describes (AppliesTo "notice", Notice
// its title), or for the whole organization (AppliesTo "organization").
// Each activity it applies to names its ID in the activity's shared list
// and lists in its own transfers, retention and security only the facts
// stated for it; the rendered forms print a shared set once and refer to
// it. Activities names the activities it applies to.
type Shared struct {
	ID         string      `json:"id"` // "organization" or "notice-" + the first 12 hex digits of its SHA-256
	AppliesTo  string      `json:"appliesTo"`
	Notice     string      `json:"notice"`
	Transfers  []Transfer  `json:"transfers"`
	Retention  []Retention `json:"retention"`
	Security   []Security  `json:"security"`
	Activities []string    `json:"activities"`
}

// Statement is something a notice asserts that is not a link of the
// record: a negative statement (kind does_not_sell, does_not_share,
// does_not_collect, no_children, no_special_category,
// no_automated_decisions, other_negative), or a legal basis stated without
// a purpose (kind basis_without_purpose, LegalBasis set).
type Statement struct {
	Kind           string     `json:"kind"`
	Text           string     `json:"text"`
	Notice         string     `json:"notice"`
	LegalBasis     *Basis     `json:"legalBasis"`
	DataCategories []Term     `json:"dataCategories"`
	Purposes       []Term     `json:"purposes"`
	ReviewStatus   string     `json:"reviewStatus"`
	Evidence       []Citation `json:"evidence"`
}

// Citation is a verbatim span of a notice: bytes [start, end) of the
// document titled Document, which equal Quote.
type Citation struct {
	Document string `json:"document"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Quote    string `json:"quote"`
}

// Activity is one processing activity with every Art 30 item:
//
//	(a) jointControllers (and, for the processor record, the group's controller)
//	(b) purposes, each with its Art 6 basis and Art 9 condition
//	(c) dataSubjects, dataCategories
//	(d) recipients
//	(e) transfers
//	(f) retention
//	(g) security
//
// plus the ICO template's business function, sources and automated
// decision-making. Transfers, retention rules and security measures stated
// for this activity, or for a recipient it discloses to, are in its own
// lists (appliesTo says which); those its notice states for all its
// processing, or entered for the whole organization, are in the Shared
// sets named by Shared. NotStated names the items the catalog holds
// nothing for, own and shared together, by their JSON field name
// (purposes, legalBasis, dataSubjects, dataCategories, recipients,
// transfers, retention, security, sources).
type Activity struct {
	Name                     string      `json:"name"`
	Description              string      `json:"description"`
	BusinessFunction         string      `json:"businessFunction"`
	Role                     string      `json:"role"` // controller, joint_controller or processor
	OnBehalfOf               string      `json:"onBehalfOf"`
	JointControllers         []Party     `json:"jointControllers"`
	Purposes                 []Purpose   `json:"purposes"`
	DataSubjects             []Term      `json:"dataSubjects"`
	DataCategories           []Category  `json:"dataCategories"`
	Sources                  []Term      `json:"sources"`
	Recipients               []Recipient `json:"recipients"`
	Transfers                []Transfer  `json:"transfers"`
	Retention                []Retention `json:"retention"`
	Security                 []Security  `json:"security"`
	Shared                   []string    `json:"shared"` // IDs of the Shared sets that also apply
	Notice                   string      `json:"notice"` // the notice describing the activity, when recorded
	AutomatedDecisionMaking  bool        `json:"automatedDecisionMaking"`
	AutomatedDecisionDetails string      `json:"automatedDecisionDetails"`
	DPIARequired             *bool       `json:"dpiaRequired"` // null when not assessed
	ReviewStatus             string      `json:"reviewStatus"` // REVIEWED, UNREVIEWED, or REJECTED with includeRejected
	Evidence                 []Citation  `json:"evidence"`
	NotStated                []string    `json:"notStated"`
}

// Term is a vocabulary entry: a data subject category, a data source, a
// purpose or a data category named by a disclosure or retention rule.
type Term struct {
	Key  string `json:"key"`
	Name string `json:"name"`
}

// Category is a category of personal data, with the Art 9 and Art 10 flags.
type Category struct {
	Key             string `json:"key"`
	Name            string `json:"name"`
	SpecialCategory bool   `json:"specialCategory"`
	CriminalOffence bool   `json:"criminalOffence"`
}

// Purpose is a purpose of the activity and the basis the notice states for
// it. LegalBasis (Art 6(1)) and SpecialCondition (Art 9(2)) are null when
// not stated; LegitimateInterest is the interest pursued under Art 6(1)(f).
type Purpose struct {
	Key                string     `json:"key"`
	Name               string     `json:"name"`
	LegalBasis         *Basis     `json:"legalBasis"`
	SpecialCondition   *Basis     `json:"specialCondition"`
	LegitimateInterest string     `json:"legitimateInterest"`
	ReviewStatus       string     `json:"reviewStatus"`
	Evidence           []Citation `json:"evidence"`
}

// Basis is an Art 6(1) basis or an Art 9(2) condition.
type Basis struct {
	Key       string `json:"key"`
	Name      string `json:"name"`
	Reference string `json:"reference"` // e.g. GDPR Art 6(1)(a)
}

// Recipient is one disclosure of the activity: who receives which data
// categories for which purposes.
type Recipient struct {
	Name           string     `json:"name"`
	Kind           string     `json:"kind"`  // processor, sub_processor, third_party, affiliate, joint_controller, public_authority, acquirer, public, other
	Named          bool       `json:"named"` // a specific company, not a category of recipients
	Service        string     `json:"service"`
	Country        string     `json:"country"`
	CountryName    string     `json:"countryName"`
	DataCategories []Term     `json:"dataCategories"`
	Purposes       []Term     `json:"purposes"`
	Description    string     `json:"description"`
	ReviewStatus   string     `json:"reviewStatus"` // of the disclosure, or of the recipient when that is a draft
	Evidence       []Citation `json:"evidence"`
}

// A fact's review status (reviewStatus).
const (
	StatusReviewed   = "REVIEWED"   // confirmed by a reviewer, or from the reviewed seed
	StatusUnreviewed = "UNREVIEWED" // a draft: every rendered form marks it DRAFT
	StatusRejected   = "REJECTED"   // rejected by a reviewer: only with includeRejected, marked REJECTED
)

// How a fact reaches an activity (appliesTo).
const (
	AppliesActivity     = "activity"     // stated for this activity
	AppliesRecipient    = "recipient"    // stated for a recipient this activity discloses to
	AppliesNotice       = "notice"       // stated by the activity's notice for all the processing it describes
	AppliesOrganization = "organization" // entered for the whole organization
)

// Transfer is a transfer to a third country or international organisation
// (Art 30(1)(e)). Scope is country (Country holds the ISO code), worldwide
// or unspecified. Safeguard is null when the notice names none.
type Transfer struct {
	AppliesTo   string     `json:"appliesTo"`
	Scope       string     `json:"scope"`
	Country     string     `json:"country"`
	CountryName string     `json:"countryName"`
	Recipient   string     `json:"recipient"`
	Safeguard   *Safeguard `json:"safeguard"`
	// Alternatives names the transfer when the notice gives several
	// safeguards for it, each a Transfer of its own with its evidence.
	Alternatives string     `json:"alternatives"`
	Description  string     `json:"description"`
	ReviewStatus string     `json:"reviewStatus"`
	Evidence     []Citation `json:"evidence"`
}

// Safeguard is the transfer tool relied on. Stale is true when it could no
// longer be relied on at the report's asOf date (ValidUntil on or before it).
type Safeguard struct {
	Key           string `json:"key"`
	Name          string `json:"name"`
	Mechanism     string `json:"mechanism"`
	Article       string `json:"article"`
	ValidUntil    string `json:"validUntil"` // YYYY-MM-DD, empty while valid
	InvalidatedBy string `json:"invalidatedBy"`
	Stale         bool   `json:"stale"`
}

// Retention is a time limit for erasure (Art 30(1)(f)): an ISO 8601
// Duration, or a Criterion in words, and what happens at the end
// (EndAction: delete, anonymise, isolate, return or unspecified),
// optionally narrowed to data categories.
type Retention struct {
	AppliesTo      string     `json:"appliesTo"`
	Duration       string     `json:"duration"`
	Criterion      string     `json:"criterion"`
	EndAction      string     `json:"endAction"`
	DataCategories []Term     `json:"dataCategories"`
	ReviewStatus   string     `json:"reviewStatus"`
	Evidence       []Citation `json:"evidence"`
}

// Security is a technical or organisational measure (Art 30(1)(g)).
type Security struct {
	AppliesTo    string     `json:"appliesTo"`
	Key          string     `json:"key"`
	Name         string     `json:"name"`
	Kind         string     `json:"kind"` // technical or organisational
	Description  string     `json:"description"`
	ReviewStatus string     `json:"reviewStatus"`
	Evidence     []Citation `json:"evidence"`
}

// Right is a data subject right the organization offers, how to exercise
// it and the response time promised (ISO 8601, empty when not stated;
// BusinessDays when it counts working days), where the notice offers it
// (Jurisdictions, empty when it does not limit it) and which notice states
// it (Notice, empty when entered for the whole organization).
type Right struct {
	Key           string     `json:"key"`
	Name          string     `json:"name"`
	Reference     string     `json:"reference"`
	Channel       string     `json:"channel"`
	ResponseTime  string     `json:"responseTime"`
	BusinessDays  bool       `json:"businessDays"`
	Jurisdictions []string   `json:"jurisdictions"`
	Conditions    string     `json:"conditions"`
	Notice        string     `json:"notice"`
	ReviewStatus  string     `json:"reviewStatus"`
	Evidence      []Citation `json:"evidence"`
}
