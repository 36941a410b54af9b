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

// Recipient is someone an organization discloses personal data to
// (Art 30(1)(d)): a named company or service ("Google Analytics") or a
// category ("background check providers"). Recipients belong to the
// organization whose record names them.
type Recipient struct{ ent.Schema }

func (Recipient) Mixin() []ent.Mixin { return []ent.Mixin{FactMixin{}} }

func (Recipient) Fields() []ent.Field {
	return []ent.Field{
		field.String("name").NotEmpty().Annotations(entgql.OrderField("NAME")),
		field.Bool("named").Default(false).
			Comment("True for a specific company or service, false for a category of recipients"),
		field.Enum("kind").
			Values("processor", "sub_processor", "third_party", "affiliate", "joint_controller",
				"public_authority", "acquirer", "public", "other").
			Annotations(entgql.OrderField("KIND")),
		field.Text("service").Optional().Comment("What the recipient does with the data, e.g. web analytics"),
		field.String("country").Optional().Validate(iso.CheckCountry).
			Comment("ISO 3166-1 alpha-2 country where the recipient is established, if stated"),
		field.Int("organization_id"),
	}
}

func (Recipient) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("organization", Organization.Type).Ref("recipients").
			Field("organization_id").Unique().Required(),
		edge.To("disclosures", Disclosure.Type),
		edge.To("transfers", Transfer.Type),
	}
}

func (Recipient) Indexes() []ent.Index {
	return []ent.Index{index.Fields("organization_id", "name").Unique()}
}

func (Recipient) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.QueryField(), entgql.RelayConnection(), entgql.MultiOrder(),
		entgql.Mutations(entgql.MutationCreate(), entgql.MutationUpdate()),
	}
}
