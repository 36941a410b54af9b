package seed

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/ropacatalog/ropa/ent"
	"github.com/ropacatalog/ropa/ent/evidence"
	"github.com/ropacatalog/ropa/ent/organization"
	"github.com/ropacatalog/ropa/internal/iso"
)

// orgField is one field of an organization a notice file states.
type orgField struct {
	name string
	file func(*Organization) string
	cat  func(*ent.Organization) string
	set  func(*ent.OrganizationUpdateOne, string) *ent.OrganizationUpdateOne
}

func contact(c *Contact, f func(*Contact) string) string {
	if c == nil {
		return ""
	}
	return f(c)
}

var orgFields = []orgField{
	{"name", func(o *Organization) string { return o.Name }, func(o *ent.Organization) string { return o.Name }, (*ent.OrganizationUpdateOne).SetName},
	{"country", func(o *Organization) string { return o.Country }, func(o *ent.Organization) string { return o.Country }, (*ent.OrganizationUpdateOne).SetCountry},
	{"address", func(o *Organization) string { return o.Address }, func(o *ent.Organization) string { return o.Address }, (*ent.OrganizationUpdateOne).SetAddress},
	{"email", func(o *Organization) string { return o.Email }, func(o *ent.Organization) string { return o.Email }, (*ent.OrganizationUpdateOne).SetEmail},
	{"phone", func(o *Organization) string { return o.Phone }, func(o *ent.Organization) string { return o.Phone }, (*ent.OrganizationUpdateOne).SetPhone},
	{"website", func(o *Organization) string { return o.Website }, func(o *ent.Organization) string { return o.Website }, (*ent.OrganizationUpdateOne).SetWebsite},
	{"dpo.name", func(o *Organization) string { return contact(o.DPO, func(c *Contact) string { return c.Name }) },
		func(o *ent.Organization) string { return o.DpoName }, (*ent.OrganizationUpdateOne).SetDpoName},
	{"dpo.email", func(o *Organization) string { return contact(o.DPO, func(c *Contact) string { return c.Email }) },
		func(o *ent.Organization) string { return o.DpoEmail }, (*ent.OrganizationUpdateOne).SetDpoEmail},
	{"dpo.phone", func(o *Organization) string { return contact(o.DPO, func(c *Contact) string { return c.Phone }) },
		func(o *ent.Organization) string { return o.DpoPhone }, (*ent.OrganizationUpdateOne).SetDpoPhone},
	{"dpo.address", func(o *Organization) string { return contact(o.DPO, func(c *Contact) string { return c.Address }) },
		func(o *ent.Organization) string { return o.DpoAddress }, (*ent.OrganizationUpdateOne).SetDpoAddress},
	{"representative.name", func(o *Organization) string {
		return contact(o.Representative, func(c *Contact) string { return c.Name })
	},
		func(o *ent.Organization) string { return o.RepresentativeName }, (*ent.OrganizationUpdateOne).SetRepresentativeName},
	{"representative.email", func(o *Organization) string {
		return contact(o.Representative, func(c *Contact) string { return c.Email })
	},
		func(o *ent.Organization) string { return o.RepresentativeEmail }, (*ent.OrganizationUpdateOne).SetRepresentativeEmail},
	{"representative.address", func(o *Organization) string {
		return contact(o.Representative, func(c *Contact) string { return c.Address })
	},
		func(o *ent.Organization) string { return o.RepresentativeAddress }, (*ent.OrganizationUpdateOne).SetRepresentativeAddress},
}

// applyOrganizations sets the fields of the catalog's organizations that
// the files state and the catalog holds otherwise, and adds the roles they
// state. As when loading, the first file stating a field gives its value;
// when any file states the catalog's value it is kept (with a warning if
// another states a different one). A field the files leave empty is left as
// it is (another notice may state it); roles are only added.
func (l *loader) applyOrganizations(notices []*notice, plan *Plan) error {
	byKey := map[string][]*notice{}
	var keys []string
	for _, n := range notices {
		k := n.file.Organization.Key
		if byKey[k] == nil {
			keys = append(keys, k)
		}
		byKey[k] = append(byKey[k], n)
	}
	for _, k := range keys {
		org, err := l.tx.Organization.Query().Where(organization.Key(k)).Only(l.ctx)
		if ent.IsNotFound(err) {
			continue // loaded with its first notice
		}
		if err != nil {
			return err
		}
		ns := byKey[k]
		first := ns[0]
		u := l.tx.Organization.UpdateOne(org)
		var changed []string
		for _, f := range orgFields {
			// As when loading: the first file stating the field gives it;
			// if any file states the catalog's value, it stays.
			cur := f.cat(org)
			val, from, kept := "", (*notice)(nil), false
			var stated []string
			for _, n := range ns {
				v := f.file(&n.file.Organization)
				if v == "" {
					continue
				}
				stated = append(stated, fmt.Sprintf("%q in %s%s", v, l.prefix, n.path))
				if from == nil {
					val, from = v, n
				}
				kept = kept || v == cur
			}
			switch {
			case from == nil:
				if cur != "" {
					plan.Warnings = append(plan.Warnings, fmt.Sprintf("%s%s:%d: organization %s: %s is %q in the catalog and not stated in the files; left as it is",
						l.prefix, first.path, first.file.Organization.Line, k, f.name, cur))
				}
				continue
			case kept:
				if len(stated) > 1 && slices.ContainsFunc(ns, func(n *notice) bool {
					v := f.file(&n.file.Organization)
					return v != "" && v != cur
				}) {
					plan.Warnings = append(plan.Warnings, fmt.Sprintf("organization %s: the files state %s differently (%s); the catalog's %q is kept",
						k, f.name, strings.Join(stated, ", "), cur))
				}
				continue
			}
			if f.name == "country" {
				if err := iso.CheckCountry(val); err != nil {
					return l.errorf(from.path, from.file.Organization.Line, "organization.country: %v", err)
				}
			}
			f.set(u, val)
			changed = append(changed, fmt.Sprintf("%s: %s -> %s", f.name, orEmpty(cur), val))
		}
		roles := append([]string{}, org.Roles...)
		for _, n := range ns {
			for _, r := range n.file.Organization.Roles {
				if !slices.Contains(roles, r) {
					roles = append(roles, r)
				}
			}
		}
		sort.Strings(roles)
		if len(roles) != len(org.Roles) {
			u.SetRoles(roles)
			changed = append(changed, fmt.Sprintf("roles: %s -> %s", strings.Join(org.Roles, ","), strings.Join(roles, ",")))
		}
		if len(changed) == 0 {
			continue
		}
		if err := u.Exec(l.ctx); err != nil {
			return l.errorf(first.path, first.file.Organization.Line, "organization %s: %v", k, err)
		}
		plan.Changes = append(plan.Changes, Change{Op: "change", Kind: "organization", Organization: k,
			File: l.prefix + first.path, Line: first.file.Organization.Line, Name: "organization " + k,
			Detail: strings.Join(changed, "; ")})
	}
	return nil
}

func orEmpty(s string) string {
	if s == "" {
		return "(none)"
	}
	return s
}

// applyOrganizationEvidence replaces the organization's spans of this
// notice with the file's.
func (nl *noticeLoad) applyOrganizationEvidence(have, want []Span) (bool, error) {
	if ident(have) == ident(want) {
		return false, nil
	}
	o := &nl.n.file.Organization
	ids, err := nl.evidence(want, o.Line, "organization")
	if err != nil {
		return false, err
	}
	old, err := nl.tx.Organization.QueryEvidence(nl.org).Where(evidence.DocumentID(nl.doc.ID)).IDs(nl.ctx)
	if err != nil {
		return false, err
	}
	if err := nl.tx.Organization.UpdateOne(nl.org).RemoveEvidenceIDs(old...).AddEvidenceIDs(ids...).Exec(nl.ctx); err != nil {
		return false, nl.errorf(o.Line, "organization evidence: %v", err)
	}
	return true, nil
}
