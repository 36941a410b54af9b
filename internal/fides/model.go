// Package fides reads and writes Fides projects: the fideslang YAML
// resources (organization, system with privacy declarations, dataset with
// collections and nested fields, and taxonomy extensions of data
// categories, data uses and data subjects) that Ethyca Fides users keep in
// their repositories. Both fideslang 2 and fideslang 3 files are read; the
// export writes fideslang 3 resources, adding the fideslang 2 field
// third_country_transfers (which fideslang 3 ignores) where the record
// names destination countries.
//
// Import maps a project onto the catalog through its one write path
// (internal/catalog): a system becomes a System, a privacy declaration a
// processing activity (declarations of one system sharing a name are one
// activity with several purposes), its data use a purpose with the Art 6
// basis and Art 9 condition, a dataset a Dataset of the system that
// references it with one DataField per categorised field (nested fields
// joined by dots), a system typed as a vendor or third party a Recipient
// that the systems sending data to it (egress) disclose to. Every fact is
// unreviewed, cites the YAML lines that state it (each file is kept as a
// document, byte for byte) and is written in one transaction.
//
// Export reads an organization's effective record (internal/record) and
// writes it back as a Fides project; Validate checks a project's shape
// against what fideslang requires.
package fides

import "gopkg.in/yaml.v3"

// Project is the content of one or more fideslang files: each top-level key
// a list of resources.
type Project struct {
	Organization []*Organization `yaml:"organization,omitempty"`
	DataCategory []*TaxonomyItem `yaml:"data_category,omitempty"`
	DataUse      []*TaxonomyItem `yaml:"data_use,omitempty"`
	DataSubject  []*TaxonomyItem `yaml:"data_subject,omitempty"`
	System       []*System       `yaml:"system,omitempty"`
	Dataset      []*Dataset      `yaml:"dataset,omitempty"`
	// Read and ignored: the catalog has nothing they map to.
	Policy   []yaml.Node `yaml:"policy,omitempty"`
	Registry []yaml.Node `yaml:"registry,omitempty"`
}

// ContactDetails is fideslang's contact block.
type ContactDetails struct {
	Name    string `yaml:"name,omitempty"`
	Address string `yaml:"address,omitempty"`
	Email   string `yaml:"email,omitempty"`
	Phone   string `yaml:"phone,omitempty"`
}

func (c *ContactDetails) empty() bool {
	return c == nil || (c.Name == "" && c.Address == "" && c.Email == "" && c.Phone == "")
}

// Organization is fideslang's organization resource.
type Organization struct {
	FidesKey              string          `yaml:"fides_key"`
	OrganizationFidesKey  string          `yaml:"organization_fides_key,omitempty"`
	OrganizationParentKey string          `yaml:"organization_parent_key,omitempty"`
	Tags                  []string        `yaml:"tags,omitempty"`
	Name                  string          `yaml:"name,omitempty"`
	Description           string          `yaml:"description,omitempty"`
	Controller            *ContactDetails `yaml:"controller,omitempty"`
	DataProtectionOfficer *ContactDetails `yaml:"data_protection_officer,omitempty"`
	Representative        *ContactDetails `yaml:"representative,omitempty"`
	SecurityPolicy        string          `yaml:"security_policy,omitempty"`
	FidesctlMeta          *yaml.Node      `yaml:"fidesctl_meta,omitempty"`

	node *yaml.Node
}

// TaxonomyItem is a data category, data use or data subject, fideslang 2
// and 3 fields together.
type TaxonomyItem struct {
	FidesKey             string     `yaml:"fides_key"`
	OrganizationFidesKey string     `yaml:"organization_fides_key,omitempty"`
	Tags                 []string   `yaml:"tags,omitempty"`
	Name                 string     `yaml:"name,omitempty"`
	Description          string     `yaml:"description,omitempty"`
	ParentKey            string     `yaml:"parent_key,omitempty"`
	VersionAdded         string     `yaml:"version_added,omitempty"`
	VersionDeprecated    string     `yaml:"version_deprecated,omitempty"`
	ReplacedBy           string     `yaml:"replaced_by,omitempty"`
	IsDefault            bool       `yaml:"is_default,omitempty"`
	Active               *bool      `yaml:"active,omitempty"`
	Rights               *yaml.Node `yaml:"rights,omitempty"`
	AutomatedDecisions   *bool      `yaml:"automated_decisions_or_profiling,omitempty"`
	// fideslang 2 data use fields (deprecated there, removed in 3).
	LegalBasis                         string   `yaml:"legal_basis,omitempty"`
	SpecialCategory                    string   `yaml:"special_category,omitempty"`
	Recipients                         []string `yaml:"recipients,omitempty"`
	LegitimateInterest                 *bool    `yaml:"legitimate_interest,omitempty"`
	LegitimateInterestImpactAssessment string   `yaml:"legitimate_interest_impact_assessment,omitempty"`

	node *yaml.Node
}

// DataFlow is an egress or ingress entry of a system.
type DataFlow struct {
	FidesKey       string   `yaml:"fides_key"`
	Type           string   `yaml:"type"`
	DataCategories []string `yaml:"data_categories,omitempty"`

	node *yaml.Node
}

// DPIA is fideslang 2's data_protection_impact_assessment block.
type DPIA struct {
	IsRequired bool   `yaml:"is_required,omitempty"`
	Progress   string `yaml:"progress,omitempty"`
	Link       string `yaml:"link,omitempty"`
}

// System is fideslang's system resource, fideslang 2 and 3 fields together.
type System struct {
	FidesKey                          string         `yaml:"fides_key"`
	OrganizationFidesKey              string         `yaml:"organization_fides_key,omitempty"`
	Tags                              []string       `yaml:"tags,omitempty"`
	Name                              string         `yaml:"name,omitempty"`
	Description                       string         `yaml:"description,omitempty"`
	Meta                              *yaml.Node     `yaml:"meta,omitempty"`
	FidesctlMeta                      *yaml.Node     `yaml:"fidesctl_meta,omitempty"`
	SystemType                        string         `yaml:"system_type"`
	Egress                            []*DataFlow    `yaml:"egress,omitempty"`
	Ingress                           []*DataFlow    `yaml:"ingress,omitempty"`
	PrivacyDeclarations               []*Declaration `yaml:"privacy_declarations"`
	AdministratingDepartment          string         `yaml:"administrating_department,omitempty"`
	VendorID                          string         `yaml:"vendor_id,omitempty"`
	PreviousVendorID                  string         `yaml:"previous_vendor_id,omitempty"`
	VendorDeletedDate                 string         `yaml:"vendor_deleted_date,omitempty"`
	DatasetReferences                 []string       `yaml:"dataset_references,omitempty"`
	ProcessesPersonalData             *bool          `yaml:"processes_personal_data,omitempty"`
	ExemptFromPrivacyRegulations      bool           `yaml:"exempt_from_privacy_regulations,omitempty"`
	ReasonForExemption                string         `yaml:"reason_for_exemption,omitempty"`
	UsesProfiling                     bool           `yaml:"uses_profiling,omitempty"`
	LegalBasisForProfiling            []string       `yaml:"legal_basis_for_profiling,omitempty"`
	DoesInternationalTransfers        bool           `yaml:"does_international_transfers,omitempty"`
	LegalBasisForTransfers            []string       `yaml:"legal_basis_for_transfers,omitempty"`
	RequiresDataProtectionAssessments bool           `yaml:"requires_data_protection_assessments,omitempty"`
	DPALocation                       string         `yaml:"dpa_location,omitempty"`
	DPAProgress                       string         `yaml:"dpa_progress,omitempty"`
	PrivacyPolicy                     string         `yaml:"privacy_policy,omitempty"`
	LegalName                         string         `yaml:"legal_name,omitempty"`
	LegalAddress                      string         `yaml:"legal_address,omitempty"`
	Responsibility                    []string       `yaml:"responsibility,omitempty"`
	DPO                               string         `yaml:"dpo,omitempty"`
	JointControllerInfo               string         `yaml:"joint_controller_info,omitempty"`
	DataSecurityPractices             string         `yaml:"data_security_practices,omitempty"`
	CookieMaxAgeSeconds               *int           `yaml:"cookie_max_age_seconds,omitempty"`
	UsesCookies                       bool           `yaml:"uses_cookies,omitempty"`
	CookieRefresh                     bool           `yaml:"cookie_refresh,omitempty"`
	UsesNonCookieAccess               bool           `yaml:"uses_non_cookie_access,omitempty"`
	LegitimateInterestDisclosureURL   string         `yaml:"legitimate_interest_disclosure_url,omitempty"`
	Cookies                           *yaml.Node     `yaml:"cookies,omitempty"`
	// fideslang 2 (deprecated there, removed in 3; fideslang 3 ignores them).
	RegistryID                     *int            `yaml:"registry_id,omitempty"`
	DataResponsibilityTitle        string          `yaml:"data_responsibility_title,omitempty"`
	JointController                *ContactDetails `yaml:"joint_controller,omitempty"`
	ThirdCountryTransfers          []string        `yaml:"third_country_transfers,omitempty"`
	DataProtectionImpactAssessment *DPIA           `yaml:"data_protection_impact_assessment,omitempty"`

	node *yaml.Node
}

// Declaration is a privacy declaration of a system.
type Declaration struct {
	Name                            string     `yaml:"name,omitempty"`
	DataCategories                  []string   `yaml:"data_categories"`
	DataUse                         string     `yaml:"data_use"`
	DataQualifier                   string     `yaml:"data_qualifier,omitempty"`
	DataSubjects                    []string   `yaml:"data_subjects"`
	DatasetReferences               []string   `yaml:"dataset_references,omitempty"`
	Egress                          []string   `yaml:"egress,omitempty"`
	Ingress                         []string   `yaml:"ingress,omitempty"`
	Features                        []string   `yaml:"features,omitempty"`
	FlexibleLegalBasisForProcessing *bool      `yaml:"flexible_legal_basis_for_processing,omitempty"`
	LegalBasisForProcessing         string     `yaml:"legal_basis_for_processing,omitempty"`
	ImpactAssessmentLocation        string     `yaml:"impact_assessment_location,omitempty"`
	RetentionPeriod                 string     `yaml:"retention_period,omitempty"`
	ProcessesSpecialCategoryData    bool       `yaml:"processes_special_category_data,omitempty"`
	SpecialCategoryLegalBasis       string     `yaml:"special_category_legal_basis,omitempty"`
	DataSharedWithThirdParties      bool       `yaml:"data_shared_with_third_parties,omitempty"`
	ThirdParties                    string     `yaml:"third_parties,omitempty"`
	SharedCategories                []string   `yaml:"shared_categories,omitempty"`
	Cookies                         *yaml.Node `yaml:"cookies,omitempty"`
	ID                              string     `yaml:"id,omitempty"`

	node *yaml.Node
}

// Dataset is fideslang's dataset resource.
type Dataset struct {
	FidesKey              string          `yaml:"fides_key"`
	OrganizationFidesKey  string          `yaml:"organization_fides_key,omitempty"`
	Tags                  []string        `yaml:"tags,omitempty"`
	Name                  string          `yaml:"name,omitempty"`
	Description           string          `yaml:"description,omitempty"`
	Meta                  *yaml.Node      `yaml:"meta,omitempty"`
	DataCategories        []string        `yaml:"data_categories,omitempty"`
	DataUses              []string        `yaml:"data_uses,omitempty"`
	DataPurposes          []string        `yaml:"data_purposes,omitempty"`
	DataSubjects          []string        `yaml:"data_subjects,omitempty"`
	DataQualifier         string          `yaml:"data_qualifier,omitempty"`
	FidesMeta             *yaml.Node      `yaml:"fides_meta,omitempty"`
	FidesopsMeta          *yaml.Node      `yaml:"fidesops_meta,omitempty"`
	JointController       *ContactDetails `yaml:"joint_controller,omitempty"`
	Retention             string          `yaml:"retention,omitempty"`
	ThirdCountryTransfers []string        `yaml:"third_country_transfers,omitempty"`
	Collections           []*Collection   `yaml:"collections"`

	node *yaml.Node
}

// Collection is a table or document collection of a dataset.
type Collection struct {
	Name           string     `yaml:"name"`
	Description    string     `yaml:"description,omitempty"`
	DataCategories []string   `yaml:"data_categories,omitempty"`
	DataUses       []string   `yaml:"data_uses,omitempty"`
	DataPurposes   []string   `yaml:"data_purposes,omitempty"`
	DataSubjects   []string   `yaml:"data_subjects,omitempty"`
	DataQualifier  string     `yaml:"data_qualifier,omitempty"`
	Retention      string     `yaml:"retention,omitempty"`
	FidesMeta      *yaml.Node `yaml:"fides_meta,omitempty"`
	FidesopsMeta   *yaml.Node `yaml:"fidesops_meta,omitempty"`
	Fields         []*Field   `yaml:"fields"`

	node *yaml.Node
}

// Field is a field of a collection; Fields holds nested ones.
type Field struct {
	Name           string     `yaml:"name"`
	Description    string     `yaml:"description,omitempty"`
	DataCategories []string   `yaml:"data_categories,omitempty"`
	DataUses       []string   `yaml:"data_uses,omitempty"`
	DataPurposes   []string   `yaml:"data_purposes,omitempty"`
	DataSubjects   []string   `yaml:"data_subjects,omitempty"`
	DataQualifier  string     `yaml:"data_qualifier,omitempty"`
	Retention      string     `yaml:"retention,omitempty"`
	FidesMeta      *yaml.Node `yaml:"fides_meta,omitempty"`
	FidesopsMeta   *yaml.Node `yaml:"fidesops_meta,omitempty"`
	Fields         []*Field   `yaml:"fields,omitempty"`

	node *yaml.Node
}
