package fides

import (
	"fmt"
	"regexp"
	"strings"

	"gopkg.in/yaml.v3"
)

// fidesKeyRE is fideslang's FidesKey.
var fidesKeyRE = regexp.MustCompile(`^[a-zA-Z0-9_.<>-]+$`)

// Enumerations fideslang checks.
var (
	legalBasesForProcessing = []string{"Consent", "Contract", "Legal obligations", "Vital interests", "Public interest", "Legitimate interests"}
	specialCategoryBases    = []string{
		"Explicit consent", "Employment, social security and social protection", "Vital interests",
		"Not-for-profit bodies", "Made public by the data subject", "Legal claims or judicial acts",
		"Reasons of substantial public interest (with a basis in law)", "Health or social care (with a basis in law)",
		"Public health (with a basis in law)", "Archiving, research and statistics (with a basis in law)",
	}
	responsibilities      = []string{"Controller", "Processor", "Sub-Processor"}
	profilingBases        = []string{"Explicit consent", "Contract", "Authorised by law"}
	flowTypes             = []string{"dataset", "system", "user"}
	fides2LegalBases      = []string{"Consent", "Contract", "Legal Obligation", "Vital Interest", "Public Interest", "Legitimate Interests"}
	fides2SpecialCategory = []string{"Consent", "Employment", "Vital Interests", "Non-profit Bodies", "Public by Data Subject", "Legal Claims", "Substantial Public Interest", "Medical", "Public Health Interest"}
)

// Validate checks the project's resources against what fideslang 3
// requires of them (and accepts fideslang 2's deprecated fields with the
// values fideslang 2 allowed): fides_key on every resource and FidesKey
// syntax wherever a key is named, system_type and privacy_declarations on a
// system, data_categories and data_use on a declaration, the enumerated
// values, a declaration's egress and ingress naming the system's data
// flows, collections with names and fields, field names unique in a
// collection, and a taxonomy entry's parent_key matching its key. It
// returns every problem found, each naming its file, line and field.
func Validate(files []*File) []*Error {
	v := &validator{}
	for _, f := range files {
		v.file = f.Path
		for _, o := range f.Organization {
			v.resource(o.node, "organization", o.FidesKey, o.OrganizationFidesKey)
		}
		for kind, items := range map[string][]*TaxonomyItem{"data_category": f.DataCategory, "data_use": f.DataUse, "data_subject": f.DataSubject} {
			for _, x := range items {
				v.taxonomy(kind, x)
			}
		}
		for _, s := range f.System {
			v.system(s)
		}
		for _, d := range f.Dataset {
			v.dataset(d)
		}
	}
	return v.errs
}

type validator struct {
	file string
	errs []*Error
}

func (v *validator) add(n *yaml.Node, field, format string, args ...any) {
	v.errs = append(v.errs, &Error{File: v.file, Line: line(n), Field: field, Msg: fmt.Sprintf(format, args...)})
}

// resource checks the FidesModel fields.
func (v *validator) resource(n *yaml.Node, what, key, org string) string {
	name := what
	if key != "" {
		name = fmt.Sprintf("%s %s", what, key)
	}
	if child(n, "fides_key") == nil {
		v.add(n, what+": fides_key", "missing: every fideslang resource has a fides_key")
	} else if !fidesKeyRE.MatchString(key) {
		v.add(child(n, "fides_key"), name+": fides_key", "%q is not a FidesKey (letters, digits and _ . < > -)", key)
	}
	if org != "" && !fidesKeyRE.MatchString(org) {
		v.add(child(n, "organization_fides_key"), name+": organization_fides_key", "%q is not a FidesKey", org)
	}
	return name
}

// keys checks that every entry of a list of keys is a FidesKey.
func (v *validator) keys(n *yaml.Node, field string, keys []string) {
	for i, k := range keys {
		if !fidesKeyRE.MatchString(k) {
			at := n
			if n != nil && n.Kind == yaml.SequenceNode && i < len(n.Content) {
				at = n.Content[i]
			}
			v.add(at, fmt.Sprintf("%s[%d]", field, i), "%q is not a FidesKey", k)
		}
	}
}

func (v *validator) enum(n *yaml.Node, field, val string, allowed ...[]string) {
	if val == "" {
		return
	}
	var all []string
	for _, a := range allowed {
		for _, x := range a {
			if x == val {
				return
			}
		}
		all = append(all, a...)
	}
	v.add(n, field, "%q is not one of fideslang's values: %s", val, strings.Join(quoted(all), ", "))
}

func quoted(xs []string) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = fmt.Sprintf("%q", x)
	}
	return out
}

func (v *validator) taxonomy(kind string, x *TaxonomyItem) {
	name := v.resource(x.node, kind, x.FidesKey, x.OrganizationFidesKey)
	if x.ParentKey != "" {
		want := ""
		if i := strings.LastIndex(x.FidesKey, "."); i >= 0 {
			want = x.FidesKey[:i]
		}
		switch {
		case x.ParentKey == x.FidesKey:
			v.add(child(x.node, "parent_key"), name+": parent_key", "a key cannot be its own parent")
		case x.ParentKey != want:
			v.add(child(x.node, "parent_key"), name+": parent_key", "%q does not match the parent %q the fides_key names", x.ParentKey, want)
		}
	}
	if x.IsDefault && x.VersionAdded == "" {
		v.add(x.node, name+": version_added", "a default taxonomy entry needs version information")
	}
	if !x.IsDefault && (x.VersionAdded != "" || x.VersionDeprecated != "" || x.ReplacedBy != "") {
		v.add(x.node, name+": version_added", "an entry that is not part of the default taxonomy cannot have version information")
	}
	if kind == "data_use" {
		v.enum(child(x.node, "legal_basis"), name+": legal_basis", x.LegalBasis, fides2LegalBases)
		v.enum(child(x.node, "special_category"), name+": special_category", x.SpecialCategory, fides2SpecialCategory)
	}
}

func (v *validator) system(s *System) {
	name := v.resource(s.node, "system", s.FidesKey, s.OrganizationFidesKey)
	if child(s.node, "system_type") == nil {
		v.add(s.node, name+": system_type", "missing: fideslang requires system_type (e.g. Service, Application, Third Party)")
	}
	if child(s.node, "privacy_declarations") == nil {
		v.add(s.node, name+": privacy_declarations", "missing: fideslang requires the list (it may be empty: privacy_declarations: [])")
	}
	for i, r := range s.Responsibility {
		v.enum(child(s.node, "responsibility"), fmt.Sprintf("%s: responsibility[%d]", name, i), r, responsibilities)
	}
	v.enum(child(s.node, "data_responsibility_title"), name+": data_responsibility_title", s.DataResponsibilityTitle, responsibilities)
	for i, r := range s.LegalBasisForProfiling {
		v.enum(child(s.node, "legal_basis_for_profiling"), fmt.Sprintf("%s: legal_basis_for_profiling[%d]", name, i), r, profilingBases)
	}
	v.keys(child(s.node, "dataset_references"), name+": dataset_references", s.DatasetReferences)
	flows := map[string]map[string]bool{"egress": {}, "ingress": {}}
	for dir, list := range map[string][]*DataFlow{"egress": s.Egress, "ingress": s.Ingress} {
		for i, f := range list {
			field := fmt.Sprintf("%s: %s[%d]", name, dir, i)
			if child(f.node, "fides_key") == nil || !fidesKeyRE.MatchString(f.FidesKey) {
				v.add(f.node, field+".fides_key", "missing or not a FidesKey: %q", f.FidesKey)
			}
			if child(f.node, "type") == nil {
				v.add(f.node, field+".type", "missing: one of dataset, system, user")
			} else {
				v.enum(child(f.node, "type"), field+".type", f.Type, flowTypes)
			}
			if (f.FidesKey == "user") != (f.Type == "user") {
				v.add(f.node, field, "the fides_key user requires, and is required by, the type user")
			}
			v.keys(child(f.node, "data_categories"), field+".data_categories", f.DataCategories)
			flows[dir][f.FidesKey] = true
		}
	}
	for i, d := range s.PrivacyDeclarations {
		field := fmt.Sprintf("%s: privacy_declarations[%d]", name, i)
		if child(d.node, "data_categories") == nil {
			v.add(d.node, field+".data_categories", "missing: fideslang requires a declaration's data_categories")
		}
		if child(d.node, "data_use") == nil {
			v.add(d.node, field+".data_use", "missing: fideslang requires a declaration's data_use")
		} else if !fidesKeyRE.MatchString(d.DataUse) {
			v.add(child(d.node, "data_use"), field+".data_use", "%q is not a FidesKey", d.DataUse)
		}
		v.keys(child(d.node, "data_categories"), field+".data_categories", d.DataCategories)
		v.keys(child(d.node, "data_subjects"), field+".data_subjects", d.DataSubjects)
		v.keys(child(d.node, "dataset_references"), field+".dataset_references", d.DatasetReferences)
		v.enum(child(d.node, "legal_basis_for_processing"), field+".legal_basis_for_processing", d.LegalBasisForProcessing, legalBasesForProcessing)
		v.enum(child(d.node, "special_category_legal_basis"), field+".special_category_legal_basis", d.SpecialCategoryLegalBasis, specialCategoryBases)
		for dir, keys := range map[string][]string{"egress": d.Egress, "ingress": d.Ingress} {
			for _, k := range keys {
				if !flows[dir][k] {
					v.add(child(d.node, dir), field+"."+dir, "%q is not among the system's own %s data flows", k, dir)
				}
			}
		}
	}
}

func (v *validator) dataset(d *Dataset) {
	name := v.resource(d.node, "dataset", d.FidesKey, d.OrganizationFidesKey)
	if child(d.node, "collections") == nil {
		v.add(d.node, name+": collections", "missing: fideslang requires a dataset's collections")
	}
	v.keys(child(d.node, "data_categories"), name+": data_categories", d.DataCategories)
	seen := map[string]bool{}
	for i, c := range d.Collections {
		field := fmt.Sprintf("%s: collections[%d]", name, i)
		if child(c.node, "name") == nil {
			v.add(c.node, field+".name", "missing: every collection has a name")
		}
		if seen[c.Name] {
			v.add(c.node, field+".name", "duplicate collection %q", c.Name)
		}
		seen[c.Name] = true
		if child(c.node, "fields") == nil {
			v.add(c.node, field+".fields", "missing: fideslang requires a collection's fields (it may be empty: fields: [])")
		}
		v.keys(child(c.node, "data_categories"), field+".data_categories", c.DataCategories)
		v.fields(field, c.Fields)
	}
}

func (v *validator) fields(parent string, fs []*Field) {
	seen := map[string]bool{}
	for i, f := range fs {
		field := fmt.Sprintf("%s.fields[%d]", parent, i)
		if child(f.node, "name") == nil {
			v.add(f.node, field+".name", "missing: every field has a name")
		}
		if seen[f.Name] {
			v.add(f.node, field+".name", "duplicate field %q", f.Name)
		}
		seen[f.Name] = true
		v.keys(child(f.node, "data_categories"), field+".data_categories", f.DataCategories)
		v.fields(field, f.Fields)
	}
}
