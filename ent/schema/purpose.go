package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
)

// Purpose is a purpose of processing (Art 30(1)(b)), in a hierarchy of
// dotted keys based on fideslang's data uses (marketing.advertising,
// essential.service.payment_processing, ...).
type Purpose struct{ ent.Schema }

func (Purpose) Mixin() []ent.Mixin { return []ent.Mixin{TaxonomyMixin{}} }

func (Purpose) Fields() []ent.Field {
	return []ent.Field{
		field.String("dpv_iri").Optional(),
		field.Bool("fideslang").Default(false),
		field.Int("parent_id").Optional(),
	}
}

func (Purpose) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("children", Purpose.Type).
			From("parent").Field("parent_id").Unique(),
		edge.To("activity_purposes", ActivityPurpose.Type),
		edge.From("disclosures", Disclosure.Type).Ref("purposes"),
		edge.From("statements", Statement.Type).Ref("purposes"),
	}
}

func (Purpose) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.QueryField(), entgql.RelayConnection(), entgql.MultiOrder(),
		entgql.Mutations(entgql.MutationCreate(), entgql.MutationUpdate()),
	}
}
