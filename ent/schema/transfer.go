package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/ropacatalog/ropa/internal/iso"
)

// Transfer is a transfer of personal data to a third country or an
// international organisation (Art 30(1)(e)) and the safeguard relied on.
// It belongs to an organization and, when the notice ties it to one, to an
// activity and a recipient.
type Transfer struct{ ent.Schema }

func (Transfer) Mixin() []ent.Mixin {
	return []ent.Mixin{FactMixin{}, NoticeMixin{Ref: "transfers"}}
}

func (Transfer) Fields() []ent.Field {
	return []ent.Field{
		field.Enum("scope").Values("country", "worldwide", "unspecified").Default("country").
			Comment("country: to the named country; worldwide: anywhere the organization or its providers operate; unspecified: the notice names none"),
		field.String("country").Optional().Validate(iso.CheckCountry).
			Comment("ISO 3166-1 alpha-2 destination when scope is country").
			Annotations(entgql.OrderField("COUNTRY")),
		field.Text("description").Optional(),
		field.String("alternatives").Optional().
			Comment(`Names the transfer this row is one safeguard of, when the notice gives alternatives ("adequacy, SCCs or BCRs"): rows with the same value are one transfer, each safeguard with its own evidence`),
		field.Int("organization_id"),
		field.Int("activity_id").Optional(),
		field.Int("recipient_id").Optional(),
		field.Int("safeguard_id").Optional(),
	}
}

func (Transfer) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("organization", Organization.Type).Ref("transfers").
			Field("organization_id").Unique().Required(),
		edge.From("activity", ProcessingActivity.Type).Ref("transfers").
			Field("activity_id").Unique(),
		edge.From("recipient", Recipient.Type).Ref("transfers").
			Field("recipient_id").Unique(),
		edge.From("safeguard", TransferSafeguard.Type).Ref("transfers").
			Field("safeguard_id").Unique(),
	}
}

// Indexes on the foreign keys that eager loading and lineage look up by.
func (Transfer) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("organization_id", "activity_id"),
		index.Fields("activity_id"),
		index.Fields("recipient_id"),
		index.Fields("safeguard_id"),
	}
}

func (Transfer) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.QueryField(), entgql.RelayConnection(),
		entgql.Mutations(entgql.MutationCreate(), entgql.MutationUpdate()),
	}
}
