package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
)

// SecurityMeasure is a kind of technical or organisational measure
// (Art 32(1)), e.g. encryption.in_transit or access_control.
type SecurityMeasure struct{ ent.Schema }

func (SecurityMeasure) Mixin() []ent.Mixin { return []ent.Mixin{TaxonomyMixin{}} }

func (SecurityMeasure) Fields() []ent.Field {
	return []ent.Field{
		field.Enum("kind").Values("technical", "organisational"),
		field.String("dpv_iri").Optional(),
	}
}

func (SecurityMeasure) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("practices", SecurityPractice.Type),
	}
}

func (SecurityMeasure) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.QueryField(), entgql.RelayConnection(),
		entgql.Mutations(entgql.MutationCreate(), entgql.MutationUpdate()),
	}
}
