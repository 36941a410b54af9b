package catalog

import (
	"context"
	"strings"

	"github.com/ropacatalog/ropa/ent"
	"github.com/ropacatalog/ropa/ent/organization"
	"github.com/ropacatalog/ropa/internal/invalid"
	"github.com/ropacatalog/ropa/internal/review"
)

// OrganizationInput is an organization's Art 30(1)(a) block: key, name
// and contact details of the controller, its DPO and its representative.
// ID nil creates the organization.
type OrganizationInput struct {
	ID                    *int
	Key, Name             string
	Country               string
	Address, Email, Phone string
	Website               string
	DpoName, DpoEmail     string
	DpoPhone, DpoAddress  string
	RepresentativeName    string
	RepresentativeAddress string
	RepresentativeEmail   string
}

// SaveOrganization creates or updates the organization through c, the
// client of the caller's transaction. Bad input is an *invalid.Error
// naming the input field.
func SaveOrganization(ctx context.Context, c *ent.Client, in OrganizationInput) (*ent.Organization, error) {
	key := strings.TrimSpace(in.Key)
	if key == "" {
		return nil, invalid.Field("key", "required: a short stable key in lower case, e.g. acme")
	}
	if !keyShape(key) {
		return nil, invalid.Field("key", "%q is no key: lower-case letters, digits and underscores, dotted segments (e.g. acme or acme_gmbh)", key)
	}
	if strings.TrimSpace(in.Name) == "" {
		return nil, invalid.Field("name", "must not be blank: the legal name, e.g. Acme GmbH")
	}
	q := c.Organization.Query().Where(organization.Key(key))
	if in.ID != nil {
		q.Where(organization.IDNEQ(*in.ID))
	}
	if taken, err := q.Exist(allOf(ctx)); err != nil {
		return nil, err
	} else if taken {
		return nil, invalid.Field("key", "another organization has the key %q", key)
	}
	country := strings.ToUpper(strings.TrimSpace(in.Country))
	fields := map[string]string{
		organization.FieldKey: key, organization.FieldName: strings.TrimSpace(in.Name),
		organization.FieldCountry: country, organization.FieldAddress: in.Address,
		organization.FieldEmail: in.Email, organization.FieldPhone: in.Phone, organization.FieldWebsite: in.Website,
		organization.FieldDpoName: in.DpoName, organization.FieldDpoEmail: in.DpoEmail,
		organization.FieldDpoPhone: in.DpoPhone, organization.FieldDpoAddress: in.DpoAddress,
		organization.FieldRepresentativeName: in.RepresentativeName, organization.FieldRepresentativeAddress: in.RepresentativeAddress,
		organization.FieldRepresentativeEmail: in.RepresentativeEmail,
	}
	if in.ID == nil {
		m := c.Organization.Create()
		for f, v := range fields {
			if v = strings.TrimSpace(v); v != "" {
				if err := m.Mutation().SetField(f, v); err != nil {
					return nil, err
				}
			}
		}
		o, err := m.Save(ctx)
		return o, at1("", err)
	}
	old, err := c.Organization.Get(ctx, *in.ID)
	if ent.IsNotFound(err) {
		return nil, invalid.Field("id", "no organization has ID %d", *in.ID)
	}
	if err != nil {
		return nil, err
	}
	m := c.Organization.UpdateOneID(old.ID)
	changed := false
	for f, v := range fields {
		v = strings.TrimSpace(v)
		if current(old, f) == v {
			continue
		}
		changed = true
		if v == "" {
			if err := m.Mutation().ClearField(f); err != nil {
				return nil, err
			}
		} else if err := m.Mutation().SetField(f, v); err != nil {
			return nil, err
		}
	}
	if !changed {
		return old, nil
	}
	o, err := m.Save(ctx)
	return o, at1("", err)
}

// current is the stored value of one of the organization's text fields.
func current(o *ent.Organization, f string) string {
	return map[string]string{
		organization.FieldKey: o.Key, organization.FieldName: o.Name, organization.FieldCountry: o.Country,
		organization.FieldAddress: o.Address, organization.FieldEmail: o.Email, organization.FieldPhone: o.Phone,
		organization.FieldWebsite: o.Website, organization.FieldDpoName: o.DpoName, organization.FieldDpoEmail: o.DpoEmail,
		organization.FieldDpoPhone: o.DpoPhone, organization.FieldDpoAddress: o.DpoAddress,
		organization.FieldRepresentativeName: o.RepresentativeName, organization.FieldRepresentativeAddress: o.RepresentativeAddress,
		organization.FieldRepresentativeEmail: o.RepresentativeEmail,
	}[f]
}

// keyShape: dotted, lower-case segments, as the schema's keys are.
func keyShape(k string) bool {
	for _, seg := range strings.Split(k, ".") {
		if seg == "" || seg[0] == '_' {
			return false
		}
		for _, r := range seg {
			if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '_') {
				return false
			}
		}
	}
	return true
}

// allOf is ctx seeing rejected rows too: what the database's unique
// constraints see.
func allOf(ctx context.Context) context.Context { return review.WithRejected(ctx) }
