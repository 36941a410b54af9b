package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
)

// SecurityPractice is a security measure an organization states it takes
// (Art 30(1)(g), Art 32): organization-wide, or for the listed activities.
type SecurityPractice struct{ ent.Schema }

func (SecurityPractice) Mixin() []ent.Mixin {
	return []ent.Mixin{FactMixin{}, NoticeMixin{Ref: "security_practices"}}
}

func (SecurityPractice) Fields() []ent.Field {
	return []ent.Field{
		field.Text("description").Optional(),
		field.Int("organization_id"),
		field.Int("measure_id"),
	}
}

func (SecurityPractice) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("organization", Organization.Type).Ref("security_practices").
			Field("organization_id").Unique().Required(),
		edge.From("measure", SecurityMeasure.Type).Ref("practices").
			Field("measure_id").Unique().Required(),
		edge.To("activities", ProcessingActivity.Type).
			Comment("Activities it applies to; none means organization-wide"),
	}
}

// Indexes on the foreign keys that eager loading and lineage look up by.
func (SecurityPractice) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("organization_id"),
		index.Fields("measure_id"),
	}
}

func (SecurityPractice) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.QueryField(), entgql.RelayConnection(),
		entgql.Mutations(entgql.MutationCreate(), entgql.MutationUpdate()),
	}
}
