package fides

import (
	"bytes"
	"context"
	"fmt"
	"sort"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/ropacatalog/ropa/ent"
	"github.com/ropacatalog/ropa/ent/processingactivity"
	"github.com/ropacatalog/ropa/ent/transfer"
	"github.com/ropacatalog/ropa/internal/record"
)

// Taxonomy is the catalog's vocabulary by key, which the export reads for
// the parents of the extensions it writes.
type Taxonomy struct {
	Categories map[string]*ent.DataCategory
	Purposes   map[string]*ent.Purpose
}

// LoadTaxonomy reads the catalog's data categories and purposes.
func LoadTaxonomy(ctx context.Context, c *ent.Client) (*Taxonomy, error) {
	t := &Taxonomy{Categories: map[string]*ent.DataCategory{}, Purposes: map[string]*ent.Purpose{}}
	cats, err := c.DataCategory.Query().All(ctx)
	if err != nil {
		return nil, fmt.Errorf("loading data categories: %w", err)
	}
	for _, x := range cats {
		t.Categories[x.Key] = x
	}
	ps, err := c.Purpose.Query().All(ctx)
	if err != nil {
		return nil, fmt.Errorf("loading purposes: %w", err)
	}
	for _, x := range ps {
		t.Purposes[x.Key] = x
	}
	return t, nil
}

// Export writes the organizations of an effective record (loaded with
// record.Options.Structure) as one Fides project, with the extensions of
// fideslang's taxonomy it uses (and their parents) from tax. It returns,
// besides the project, what the project could not hold.
func Export(orgs []*record.Organization, tax *Taxonomy) (*Project, []string) {
	x := &exporter{p: &Project{}, cats: map[string]*ent.DataCategory{}, uses: map[string]*ent.Purpose{},
		subjects: map[string]*ent.DataSubjectCategory{}, tax: tax}
	for _, o := range orgs {
		x.org(o)
	}
	x.taxonomy()
	return x.p, x.warnings
}

// Marshal writes a project as YAML.
func Marshal(p *Project) ([]byte, error) {
	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(p); err != nil {
		return nil, err
	}
	if err := enc.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

type exporter struct {
	p        *Project
	warnings []string
	cats     map[string]*ent.DataCategory
	uses     map[string]*ent.Purpose
	subjects map[string]*ent.DataSubjectCategory
	keys     map[string]bool // system fides_keys taken
	tax      *Taxonomy
	// Per organization: the systems standing for named recipients.
	vendors     map[int]*System
	vendorOrder []*System
}

func (x *exporter) warn(format string, args ...any) {
	x.warnings = append(x.warnings, fmt.Sprintf(format, args...))
}

func contact(name, address, email, phone string) *ContactDetails {
	c := &ContactDetails{Name: name, Address: address, Email: email, Phone: phone}
	if c.empty() {
		return nil
	}
	return c
}

func (x *exporter) catKeys(cs []*ent.DataCategory) []string {
	out := []string{}
	for _, c := range cs {
		x.cats[c.Key] = c
		out = appendUniq(out, c.Key)
	}
	return out
}

func appendUniq(xs []string, vs ...string) []string {
	for _, v := range vs {
		if !contains(xs, v) {
			xs = append(xs, v)
		}
	}
	return xs
}

// vendorKey gives a named recipient's system a fides_key no other system has.
func (x *exporter) vendorKey(name string) string {
	k := flatKey(name)
	if x.keys[k] {
		k += "_vendor"
	}
	for i := 2; x.keys[k]; i++ {
		k = fmt.Sprintf("%s_%d", flatKey(name), i)
	}
	x.keys[k] = true
	return k
}

func (x *exporter) org(o *record.Organization) {
	x.keys = map[string]bool{}
	x.p.Organization = append(x.p.Organization, &Organization{
		FidesKey: o.Key, Name: o.Name,
		Controller:            contact("", o.Address, o.Email, o.Phone),
		DataProtectionOfficer: contact(o.DpoName, o.DpoAddress, o.DpoEmail, o.DpoPhone),
		Representative:        contact(o.RepresentativeName, o.RepresentativeAddress, o.RepresentativeEmail, ""),
	})
	// The organization's systems, and one for activities tied to none.
	type sys struct {
		s      *System
		acts   []*record.Activity
		vendor bool
	}
	x.vendors, x.vendorOrder = map[int]*System{}, nil
	byVendor := map[int]*sys{}
	var systems []*sys
	byID := map[int]*sys{}
	for _, s := range o.Systems {
		x.keys[s.Key] = true
		e := &sys{s: &System{FidesKey: s.Key, OrganizationFidesKey: o.Key, Name: s.Name, Description: s.Description,
			SystemType: "Service"}}
		systems = append(systems, e)
		byID[s.ID] = e
		for _, d := range s.Edges.Datasets {
			dk := d.Key
			if x.datasetTaken(dk) {
				dk = s.Key + "_" + d.Key
			}
			e.s.DatasetReferences = append(e.s.DatasetReferences, dk)
			x.p.Dataset = append(x.p.Dataset, x.dataset(o, d, dk))
		}
	}
	var loose *sys
	for _, a := range o.Activities {
		var e *sys
		for _, s := range a.Edges.Systems {
			if e = byID[s.ID]; e != nil {
				break
			}
		}
		// An activity tied to no system whose data goes to one named
		// recipient only is declared on that recipient's system (the
		// import reads a vendor's declarations so).
		if r := soleVendor(a); e == nil && r != nil {
			if e = byVendor[r.ID]; e == nil {
				e = &sys{s: x.vendorFor(o, r), vendor: true}
				byVendor[r.ID] = e
				systems = append(systems, e)
			}
		}
		if e == nil {
			if loose == nil {
				k := o.Key + "_processing"
				for x.keys[k] {
					k += "_"
				}
				x.keys[k] = true
				loose = &sys{s: &System{FidesKey: k, OrganizationFidesKey: o.Key, SystemType: "Service",
					Name: o.Name + ": processing not tied to a system"}}
				systems = append(systems, loose)
			}
			e = loose
		}
		e.acts = append(e.acts, a)
	}
	for _, e := range systems {
		x.system(o, e.s, e.acts)
		if !e.vendor {
			x.p.System = append(x.p.System, e.s)
		}
	}
	x.p.System = append(x.p.System, x.vendorOrder...)
}

// soleVendor is the one named recipient all of an activity's disclosures
// go to, or nil.
func soleVendor(a *record.Activity) *ent.Recipient {
	var r *ent.Recipient
	for _, d := range a.Edges.Disclosures {
		dr := d.Edges.Recipient
		if dr == nil || !dr.Named || (r != nil && r.ID != dr.ID) {
			return nil
		}
		r = dr
	}
	return r
}

// vendorFor returns the system standing for a named recipient, made on
// first use.
func (x *exporter) vendorFor(o *record.Organization, r *ent.Recipient) *System {
	v := x.vendors[r.ID]
	if v == nil {
		v = &System{FidesKey: x.vendorKey(r.Name), OrganizationFidesKey: o.Key, Name: r.Name, Description: r.Service,
			SystemType: kindTypes[r.Kind], PrivacyDeclarations: []*Declaration{}}
		x.vendors[r.ID] = v
		x.vendorOrder = append(x.vendorOrder, v)
	}
	return v
}

func (x *exporter) datasetTaken(k string) bool {
	for _, d := range x.p.Dataset {
		if d.FidesKey == k {
			return true
		}
	}
	return false
}

// dataset writes a catalog dataset: each field key's first segment is the
// collection, the rest nested fields; names come from the field's name
// when it has as many dot-separated parts as its key.
func (x *exporter) dataset(o *record.Organization, d *ent.Dataset, key string) *Dataset {
	out := &Dataset{FidesKey: key, OrganizationFidesKey: o.Key, Name: d.Name, Description: d.Description, Collections: []*Collection{}}
	colls := map[string]*Collection{}
	for _, f := range d.Edges.Fields {
		keys := strings.Split(f.Key, ".")
		names := strings.Split(f.Name, ".")
		if len(names) != len(keys) {
			names = keys
		}
		if len(keys) == 1 { // a field with no collection: the dataset's own
			keys, names = append([]string{d.Key}, keys...), append([]string{d.Key}, names...)
		}
		c := colls[keys[0]]
		if c == nil {
			c = &Collection{Name: names[0], Fields: []*Field{}}
			colls[keys[0]] = c
			out.Collections = append(out.Collections, c)
		}
		list := &c.Fields
		var leaf *Field
		for i := 1; i < len(keys); i++ {
			leaf = nil
			for _, fl := range *list {
				if flatKey(fl.Name) == keys[i] {
					leaf = fl
				}
			}
			if leaf == nil {
				leaf = &Field{Name: names[i]}
				*list = append(*list, leaf)
			}
			list = &leaf.Fields
		}
		leaf.Description = f.Description
		if dc := f.Edges.DataCategory; dc != nil {
			x.cats[dc.Key] = dc
			leaf.DataCategories = []string{dc.Key}
		}
	}
	return out
}

// purposeOf is the fideslang value of an activity purpose's basis and condition.
func basisValues(ap *ent.ActivityPurpose) (string, string) {
	var b, c string
	if lb := ap.Edges.LegalBasis; lb != nil {
		b = Art6Value[lb.Key]
	}
	if sc := ap.Edges.SpecialCondition; sc != nil {
		c = Art9Value[sc.Key]
	}
	return b, c
}

// serves reports whether a disclosure serves purpose key p (one naming no
// purpose serves all of its activity's).
func serves(d *ent.Disclosure, p string) bool {
	if len(d.Edges.Purposes) == 0 {
		return true
	}
	for _, dp := range d.Edges.Purposes {
		if dp.Key == p {
			return true
		}
	}
	return false
}

func (x *exporter) system(o *record.Organization, s *System, acts []*record.Activity) {
	s.PrivacyDeclarations = []*Declaration{}
	roles := map[string]bool{}
	var countries, bases, practices []string
	egress := map[string]*DataFlow{}
	for _, a := range acts {
		if a.BusinessFunction != "" && s.AdministratingDepartment == "" {
			s.AdministratingDepartment = a.BusinessFunction
		}
		switch a.Role {
		case processingactivity.RoleProcessor:
			roles["Processor"] = true
		default:
			roles["Controller"] = true
		}
		s.UsesProfiling = s.UsesProfiling || a.AutomatedDecisionMaking
		if a.DpiaRequired != nil && *a.DpiaRequired {
			s.RequiresDataProtectionAssessments = true
		}
		for _, t := range a.Transfers {
			s.DoesInternationalTransfers = true
			if t.Scope == transfer.ScopeCountry && t.Country != "" {
				if a3 := alpha3(t.Country); a3 != "" {
					countries = appendUniq(countries, a3)
				}
			}
			if sg := t.Edges.Safeguard; sg != nil {
				switch sg.Key {
				case "adequacy":
					bases = appendUniq(bases, "Adequacy Decision")
				case "scc":
					bases = appendUniq(bases, "SCCs")
				case "bcr":
					bases = appendUniq(bases, "BCRs")
				case "unspecified":
					if t.Description != "" {
						bases = appendUniq(bases, t.Description)
					} else {
						bases = appendUniq(bases, "Other")
					}
				default:
					bases = appendUniq(bases, sg.Name)
				}
			}
		}
		for _, sp := range a.Security {
			item := sp.Description
			if item == "" && sp.Edges.Measure != nil {
				item = sp.Edges.Measure.Name
			}
			if item != "" {
				practices = appendUniq(practices, strings.ReplaceAll(item, ";", ","))
			}
		}
		if len(a.Edges.Purposes) == 0 {
			x.warn("activity %q of %s: no purpose, and a Fides declaration needs a data use: left out", a.Name, o.Key)
			continue
		}
		cats := x.catKeys(a.Edges.DataCategories)
		subjects := []string{}
		for _, ds := range a.Edges.DataSubjects {
			x.subjects[ds.Key] = ds
			subjects = appendUniq(subjects, ds.Key)
		}
		special := false
		for _, c := range a.Edges.DataCategories {
			special = special || c.SpecialCategory
		}
		retention := ""
		if len(a.Retention) > 0 {
			r := a.Retention[0]
			retention = r.Duration
			if retention == "" {
				retention = r.Criterion
			}
			if len(a.Retention) > 1 {
				x.warn("activity %q of %s: %d retention rules, and a declaration holds one: the first kept", a.Name, o.Key, len(a.Retention))
			}
		}
		for _, ap := range a.Edges.Purposes {
			p := ap.Edges.Purpose
			if p == nil {
				continue
			}
			x.uses[p.Key] = p
			b, c := basisValues(ap)
			d := &Declaration{Name: a.Name, DataCategories: cats, DataUse: p.Key, DataSubjects: subjects,
				LegalBasisForProcessing: b, SpecialCategoryLegalBasis: c,
				ProcessesSpecialCategoryData: special || c != "", RetentionPeriod: retention}
			var third []string
			for _, dis := range a.Edges.Disclosures {
				r := dis.Edges.Recipient
				if r == nil || !serves(dis, p.Key) {
					continue
				}
				dcats := x.catKeys(dis.Edges.DataCategories)
				if len(dcats) == 0 {
					dcats = cats
				}
				if !r.Named {
					third = appendUniq(third, r.Name)
					d.SharedCategories = appendUniq(d.SharedCategories, dcats...)
					continue
				}
				v := x.vendorFor(o, r)
				if v == s {
					continue // a vendor's own declaration: the data goes to it
				}
				fl := egress[v.FidesKey]
				if fl == nil {
					fl = &DataFlow{FidesKey: v.FidesKey, Type: "system"}
					egress[v.FidesKey] = fl
					s.Egress = append(s.Egress, fl)
				}
				fl.DataCategories = appendUniq(fl.DataCategories, dcats...)
				d.Egress = appendUniq(d.Egress, v.FidesKey)
			}
			if len(third) > 0 {
				d.DataSharedWithThirdParties = true
				d.ThirdParties = strings.Join(third, "; ")
				if sameSet(d.SharedCategories, cats) {
					d.SharedCategories = nil
				}
			}
			s.PrivacyDeclarations = append(s.PrivacyDeclarations, d)
		}
	}
	for _, r := range []string{"Controller", "Processor"} {
		if roles[r] {
			s.Responsibility = append(s.Responsibility, r)
		}
	}
	s.ThirdCountryTransfers = countries
	s.LegalBasisForTransfers = bases
	s.DataSecurityPractices = strings.Join(practices, "; ")
	// Declarations that name no egress would, on reading, disclose to
	// every flow of the system: give them none by giving them all theirs.
	sort.SliceStable(s.Egress, func(i, j int) bool { return s.Egress[i].FidesKey < s.Egress[j].FidesKey })
}

func sameSet(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for _, x := range a {
		if !contains(b, x) {
			return false
		}
	}
	return true
}

// taxonomy writes the categories, uses and subjects the project names that
// are not fideslang's own, with their ancestors that are not either.
func (x *exporter) taxonomy() {
	// Parents of extensions, up to fideslang's own keys.
	if x.tax != nil {
		for k := range x.cats {
			for p := parentKey(k); p != ""; p = parentKey(p) {
				if c := x.tax.Categories[p]; c != nil {
					x.cats[p] = c
				}
			}
		}
		for k := range x.uses {
			for p := parentKey(k); p != ""; p = parentKey(p) {
				if u := x.tax.Purposes[p]; u != nil {
					x.uses[p] = u
				}
			}
		}
	}
	var cats, uses []string
	for k, c := range x.cats {
		if !c.Fideslang {
			cats = append(cats, k)
		}
	}
	for k, p := range x.uses {
		if !p.Fideslang {
			uses = append(uses, k)
		}
	}
	sort.Strings(cats)
	sort.Strings(uses)
	for _, k := range cats {
		c := x.cats[k]
		x.p.DataCategory = append(x.p.DataCategory, item(c.Key, c.Name, c.Description))
	}
	for _, k := range uses {
		p := x.uses[k]
		x.p.DataUse = append(x.p.DataUse, item(p.Key, p.Name, p.Description))
	}
	var subs []string
	for k, s := range x.subjects {
		if !s.Fideslang {
			subs = append(subs, k)
		}
	}
	sort.Strings(subs)
	for _, k := range subs {
		s := x.subjects[k]
		x.p.DataSubject = append(x.p.DataSubject, &TaxonomyItem{FidesKey: s.Key, Name: s.Name, Description: s.Description})
	}
}

func item(key, name, desc string) *TaxonomyItem {
	it := &TaxonomyItem{FidesKey: key, Name: name, Description: desc}
	if i := strings.LastIndex(key, "."); i >= 0 {
		it.ParentKey = key[:i]
	}
	return it
}

func parentKey(k string) string {
	if i := strings.LastIndex(k, "."); i >= 0 {
		return k[:i]
	}
	return ""
}
