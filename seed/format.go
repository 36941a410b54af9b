package seed

import (
	"fmt"
	"time"

	"gopkg.in/yaml.v3"
)

// The YAML shapes of the seed files. Unknown keys are errors. Every fact
// of a notice file carries evidence: byte offsets into the notice under
// seed/policies/ and the quote, which must equal the file's bytes between
// them. The facts of an organization file (OrganizationFile, the record as
// code's organizations/ORG.yaml) carry none.

// Span is one evidence span: the bytes [Start, End) of the notice, which
// must equal Quote.
type Span struct {
	Start int    `yaml:"start"`
	End   int    `yaml:"end"`
	Quote string `yaml:"quote"`
	Line  int    `yaml:"-"`
}

// UnmarshalYAML records the line a span was written on, for error messages.
func (s *Span) UnmarshalYAML(n *yaml.Node) error {
	type plain Span
	return decodeNode(n, (*plain)(s), &s.Line)
}

// Key is a taxonomy key or a reference by name, with the line it was
// written on.
type Key struct {
	Value string
	Line  int
}

// UnmarshalYAML reads a scalar and remembers its line.
func (k *Key) UnmarshalYAML(n *yaml.Node) error {
	k.Line = n.Line
	return n.Decode(&k.Value)
}

// Date is a calendar date written YYYY-MM-DD.
type Date struct {
	Time time.Time
	Line int
}

// UnmarshalYAML parses YYYY-MM-DD.
func (d *Date) UnmarshalYAML(n *yaml.Node) error {
	d.Line = n.Line
	t, err := time.Parse("2006-01-02", n.Value)
	if err != nil {
		return &yaml.TypeError{Errors: []string{fmt.Sprintf("line %d: bad date %q, want YYYY-MM-DD", n.Line, n.Value)}}
	}
	d.Time = t
	return nil
}

// NoticeFile is one seed/notices/*.yaml: what one privacy notice documents.
type NoticeFile struct {
	Document     Document     `yaml:"document"`
	Organization Organization `yaml:"organization"`
	Systems      []System     `yaml:"systems"`
	Recipients   []Recipient  `yaml:"recipients"`
	Activities   []Activity   `yaml:"activities"`
	// The facts below, and those of the activities, are scoped to this
	// notice: a transfer, retention rule, security measure or right listed
	// here applies to this file's activities, never to another notice's.
	Transfers  []Transfer  `yaml:"transfers"`  // for all of this notice's activities
	Retention  []Retention `yaml:"retention"`  // for all of this notice's activities
	Security   []Security  `yaml:"security"`   // security measures
	Rights     []Right     `yaml:"rights"`     // data subject rights offered
	Statements []Statement `yaml:"statements"` // negative statements, bases stated without a purpose
}

// OrganizationFile is one organizations/ORG.yaml of the record as code:
// the facts entered for the organization itself rather than stated by a
// notice (through the web interface or the API). Its fields have the names
// and shapes of a notice file's, without the document and without evidence:
// these facts rest on no sentence, so an evidence key is an error. Its
// transfers, retention rules, security measures, rights and statements
// apply to every activity of the organization (internal/record); its
// references (recipients, systems, activities) name facts of this file or
// of the organization's notice files.
type OrganizationFile struct {
	Organization Organization `yaml:"organization"`
	Systems      []System     `yaml:"systems"`
	Recipients   []Recipient  `yaml:"recipients"`
	Activities   []Activity   `yaml:"activities"`
	Transfers    []Transfer   `yaml:"transfers"`
	Retention    []Retention  `yaml:"retention"`
	Security     []Security   `yaml:"security"`
	Rights       []Right      `yaml:"rights"`
	Statements   []Statement  `yaml:"statements"`
}

// notice returns the file as a notice file with no document, the shape
// the loader and apply share.
func (f *OrganizationFile) notice() NoticeFile {
	return NoticeFile{Organization: f.Organization, Systems: f.Systems, Recipients: f.Recipients,
		Activities: f.Activities, Transfers: f.Transfers, Retention: f.Retention, Security: f.Security,
		Rights: f.Rights, Statements: f.Statements}
}

// organizationFile is the inverse of notice.
func organizationFile(n *NoticeFile) OrganizationFile {
	return OrganizationFile{Organization: n.Organization, Systems: n.Systems, Recipients: n.Recipients,
		Activities: n.Activities, Transfers: n.Transfers, Retention: n.Retention, Security: n.Security,
		Rights: n.Rights, Statements: n.Statements}
}

// Document describes the notice itself.
type Document struct {
	File        string `yaml:"file"` // file name under seed/policies/
	Title       string `yaml:"title"`
	URL         string `yaml:"url"`
	LastUpdated *Date  `yaml:"lastUpdated"` // omitted when the notice states none
	Audience    string `yaml:"audience"`    // whom it speaks to: "website visitors", "job applicants"
	Current     *bool  `yaml:"current"`     // false for a superseded notice; default true
	Line        int    `yaml:"-"`
}

// Organization is the controller (or processor) the notice speaks for. Two
// notices of the same organization use the same key; fields are merged.
type Organization struct {
	Key            string   `yaml:"key"`
	Name           string   `yaml:"name"`
	Roles          []string `yaml:"roles"` // controller, processor, joint_controller
	Country        string   `yaml:"country"`
	Address        string   `yaml:"address"`
	Email          string   `yaml:"email"`
	Phone          string   `yaml:"phone"`
	Website        string   `yaml:"website"`
	DPO            *Contact `yaml:"dpo"`
	Representative *Contact `yaml:"representative"`
	Evidence       []Span   `yaml:"evidence"`
	Line           int      `yaml:"-"`
}

// Contact is a DPO or an Art 27 representative.
type Contact struct {
	Name    string `yaml:"name"`
	Email   string `yaml:"email"`
	Phone   string `yaml:"phone"`
	Address string `yaml:"address"`
	Line    int    `yaml:"-"`
}

// System is an application or service the notice reveals, with its
// datasets and fields (field path: system.dataset.field).
type System struct {
	Key         string    `yaml:"key"`
	Name        string    `yaml:"name"`
	Description string    `yaml:"description"`
	Evidence    []Span    `yaml:"evidence"`
	Datasets    []Dataset `yaml:"datasets"`
	Line        int       `yaml:"-"`
}

// Dataset is a form, table, cookie set or message store within a system.
type Dataset struct {
	Key         string  `yaml:"key"`
	Name        string  `yaml:"name"`
	Description string  `yaml:"description"`
	Evidence    []Span  `yaml:"evidence"`
	Fields      []Field `yaml:"fields"`
	Line        int     `yaml:"-"`
}

// Field is a concrete data element mapped to a data category key.
type Field struct {
	Key         string `yaml:"key"`
	Name        string `yaml:"name"`
	Category    Key    `yaml:"category"`
	Description string `yaml:"description"`
	Evidence    []Span `yaml:"evidence"`
	Line        int    `yaml:"-"`
}

// Recipient is named ("Google Analytics", named: true) or categorical
// ("background check providers", named: false).
type Recipient struct {
	Name     string `yaml:"name"`
	Named    bool   `yaml:"named"`
	Kind     string `yaml:"kind"` // processor, sub_processor, third_party, affiliate, joint_controller, public_authority, acquirer, public, other
	Service  string `yaml:"service"`
	Country  string `yaml:"country"`
	Evidence []Span `yaml:"evidence"`
	Line     int    `yaml:"-"`
}

// Activity is one processing activity, the unit of the Art 30 record.
type Activity struct {
	Name                     string       `yaml:"name"`
	Description              string       `yaml:"description"`
	BusinessFunction         string       `yaml:"businessFunction"`
	Role                     string       `yaml:"role"`        // controller (default), processor, joint_controller
	OnBehalfOf               string       `yaml:"onBehalfOf"`  // processor activities: the controllers in words
	Controllers              []Key        `yaml:"controllers"` // organization keys, when named
	AutomatedDecisionMaking  bool         `yaml:"automatedDecisionMaking"`
	AutomatedDecisionDetails string       `yaml:"automatedDecisionDetails"`
	DPIARequired             *bool        `yaml:"dpiaRequired"`
	Subjects                 []Key        `yaml:"subjects"`   // data subject category keys
	Categories               []Key        `yaml:"categories"` // data category keys
	Sources                  []Key        `yaml:"sources"`    // data source keys
	Systems                  []Key        `yaml:"systems"`    // system keys of this file
	Evidence                 []Span       `yaml:"evidence"`
	Purposes                 []Purpose    `yaml:"purposes"`
	Disclosures              []Disclosure `yaml:"disclosures"`
	Transfers                []Transfer   `yaml:"transfers"`
	Retention                []Retention  `yaml:"retention"`
	Line                     int          `yaml:"-"`
}

// Purpose is a purpose of an activity with the basis stated for it.
type Purpose struct {
	Purpose            Key    `yaml:"purpose"`   // purpose key
	Basis              *Key   `yaml:"basis"`     // Art 6 basis key, when stated
	Condition          *Key   `yaml:"condition"` // Art 9 condition key, when stated
	LegitimateInterest string `yaml:"legitimateInterest"`
	Evidence           []Span `yaml:"evidence"`
	Line               int    `yaml:"-"`
}

// Disclosure: this activity gives these categories to this recipient.
type Disclosure struct {
	Recipient   Key    `yaml:"recipient"` // a recipient name of this file
	Categories  []Key  `yaml:"categories"`
	Purposes    []Key  `yaml:"purposes"`
	Description string `yaml:"description"`
	Evidence    []Span `yaml:"evidence"`
	Line        int    `yaml:"-"`
}

// Transfer to a third country, with the safeguard the notice names.
type Transfer struct {
	Scope     string `yaml:"scope"`   // country (default), worldwide, unspecified
	Country   string `yaml:"country"` // ISO 3166-1 alpha-2
	Recipient *Key   `yaml:"recipient"`
	Safeguard *Key   `yaml:"safeguard"` // transfer safeguard key
	// Alternatives names a transfer for which the notice gives alternative
	// safeguards: each safeguard is one entry with the same name and its
	// own evidence.
	Alternatives string `yaml:"alternatives"`
	Description  string `yaml:"description"`
	Evidence     []Span `yaml:"evidence"`
	Line         int    `yaml:"-"`
}

// Retention is a time limit: an ISO 8601 duration or a criterion in words.
type Retention struct {
	Duration   string `yaml:"duration"`
	Criterion  string `yaml:"criterion"`
	End        string `yaml:"end"` // delete, anonymise, isolate, return, unspecified
	Categories []Key  `yaml:"categories"`
	Evidence   []Span `yaml:"evidence"`
	Line       int    `yaml:"-"`
}

// Security is a security measure the organization states it takes.
type Security struct {
	Measure     Key    `yaml:"measure"`
	Activities  []Key  `yaml:"activities"` // activity names; none = organization-wide
	Description string `yaml:"description"`
	Evidence    []Span `yaml:"evidence"`
	Line        int    `yaml:"-"`
}

// Right is a data subject right offered, with channel and response time.
type Right struct {
	Right         Key      `yaml:"right"`
	Channel       string   `yaml:"channel"`
	ResponseTime  string   `yaml:"responseTime"`  // ISO 8601 duration
	BusinessDays  bool     `yaml:"businessDays"`  // the response time counts business days
	Jurisdictions []string `yaml:"jurisdictions"` // where the notice offers it: EEA, UK, CH, US-CA...
	Conditions    string   `yaml:"conditions"`
	Evidence      []Span   `yaml:"evidence"`
	Line          int      `yaml:"-"`
}

// Statement is something the notice asserts that is not a link of the
// record: a negative statement (kind does_not_sell, does_not_share,
// does_not_collect, no_children, no_special_category,
// no_automated_decisions, other_negative), optionally narrowed to data
// categories and purposes, or a legal basis stated without a purpose
// (kind basis_without_purpose, with basis).
type Statement struct {
	Kind       string `yaml:"kind"`
	Text       string `yaml:"text"`  // the statement in a few words
	Basis      *Key   `yaml:"basis"` // basis_without_purpose: an Art 6 basis or Art 9 condition key
	Categories []Key  `yaml:"categories"`
	Purposes   []Key  `yaml:"purposes"`
	Evidence   []Span `yaml:"evidence"`
	Line       int    `yaml:"-"`
}

func (v *Statement) UnmarshalYAML(n *yaml.Node) error {
	type plain Statement
	return decodeNode(n, (*plain)(v), &v.Line)
}

// TaxonomyFile is one seed/taxonomy/*.yaml; every section is optional and
// the files are merged.
type TaxonomyFile struct {
	DataCategories []TaxonEntry `yaml:"dataCategories"`
	DataSubjects   []TaxonEntry `yaml:"dataSubjects"`
	Purposes       []TaxonEntry `yaml:"purposes"`
	LegalBases     []TaxonEntry `yaml:"legalBases"`
	Sources        []TaxonEntry `yaml:"sources"`
	Safeguards     []TaxonEntry `yaml:"safeguards"`
	Measures       []TaxonEntry `yaml:"securityMeasures"`
	Rights         []TaxonEntry `yaml:"rights"`
}

// TaxonEntry is a vocabulary entry; which fields apply depends on the section.
type TaxonEntry struct {
	Key            string `yaml:"key"`
	Name           string `yaml:"name"`
	Description    string `yaml:"description"`
	DPV            string `yaml:"dpv"`
	Fideslang      bool   `yaml:"fideslang"`
	Special        bool   `yaml:"special"`   // data categories: Art 9
	Criminal       bool   `yaml:"criminal"`  // data categories: Art 10
	Article        string `yaml:"article"`   // legal bases: art6 | art9; safeguards: GDPR article
	Reference      string `yaml:"reference"` // legal bases, rights: article reference
	Mechanism      string `yaml:"mechanism"` // safeguards
	LegalReference string `yaml:"legalReference"`
	ValidFrom      *Date  `yaml:"validFrom"`
	ValidUntil     *Date  `yaml:"validUntil"`
	InvalidatedBy  string `yaml:"invalidatedBy"`
	Kind           string `yaml:"kind"` // security measures: technical | organisational
	Line           int    `yaml:"-"`
}

// Each struct records the line it starts on and rejects unknown keys
// (yaml.v3 does not pass KnownFields on to custom unmarshalers).

func (v *Document) UnmarshalYAML(n *yaml.Node) error {
	type plain Document
	return decodeNode(n, (*plain)(v), &v.Line)
}

func (v *Organization) UnmarshalYAML(n *yaml.Node) error {
	type plain Organization
	return decodeNode(n, (*plain)(v), &v.Line)
}

func (v *Contact) UnmarshalYAML(n *yaml.Node) error {
	type plain Contact
	return decodeNode(n, (*plain)(v), &v.Line)
}

func (v *System) UnmarshalYAML(n *yaml.Node) error {
	type plain System
	return decodeNode(n, (*plain)(v), &v.Line)
}

func (v *Dataset) UnmarshalYAML(n *yaml.Node) error {
	type plain Dataset
	return decodeNode(n, (*plain)(v), &v.Line)
}

func (v *Field) UnmarshalYAML(n *yaml.Node) error {
	type plain Field
	return decodeNode(n, (*plain)(v), &v.Line)
}

func (v *Recipient) UnmarshalYAML(n *yaml.Node) error {
	type plain Recipient
	return decodeNode(n, (*plain)(v), &v.Line)
}

func (v *Activity) UnmarshalYAML(n *yaml.Node) error {
	type plain Activity
	return decodeNode(n, (*plain)(v), &v.Line)
}

func (v *Purpose) UnmarshalYAML(n *yaml.Node) error {
	type plain Purpose
	return decodeNode(n, (*plain)(v), &v.Line)
}

func (v *Disclosure) UnmarshalYAML(n *yaml.Node) error {
	type plain Disclosure
	return decodeNode(n, (*plain)(v), &v.Line)
}

func (v *Transfer) UnmarshalYAML(n *yaml.Node) error {
	type plain Transfer
	return decodeNode(n, (*plain)(v), &v.Line)
}

func (v *Retention) UnmarshalYAML(n *yaml.Node) error {
	type plain Retention
	return decodeNode(n, (*plain)(v), &v.Line)
}

func (v *Security) UnmarshalYAML(n *yaml.Node) error {
	type plain Security
	return decodeNode(n, (*plain)(v), &v.Line)
}

func (v *Right) UnmarshalYAML(n *yaml.Node) error {
	type plain Right
	return decodeNode(n, (*plain)(v), &v.Line)
}

func (v *TaxonEntry) UnmarshalYAML(n *yaml.Node) error {
	type plain TaxonEntry
	return decodeNode(n, (*plain)(v), &v.Line)
}
