package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
)

// DataSubjectRight is a right an organization offers, with the channel to
// exercise it and the response time it promises.
type DataSubjectRight struct{ ent.Schema }

func (DataSubjectRight) Mixin() []ent.Mixin {
	return []ent.Mixin{FactMixin{}, NoticeMixin{Ref: "rights"}}
}

func (DataSubjectRight) Fields() []ent.Field {
	return []ent.Field{
		field.Text("channel").Optional().Comment("How to exercise it, e.g. email privacy@example.com"),
		field.String("response_time").Optional().Validate(checkDuration).
			Comment("Promised response time as an ISO 8601 duration, e.g. P30D"),
		field.Bool("business_days").Default(false).
			Comment("The response time counts business (working) days, not calendar days"),
		field.Text("conditions").Optional().Comment("Who may use it and when, in the notice's words"),
		field.Strings("jurisdictions").Optional().
			Comment("Where the notice offers the right (EEA, UK, CH, US-CA ...); empty when it does not limit it"),
		field.Int("organization_id"),
		field.Int("right_id"),
	}
}

func (DataSubjectRight) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("organization", Organization.Type).Ref("rights").
			Field("organization_id").Unique().Required(),
		edge.From("right", Right.Type).Ref("offers").
			Field("right_id").Unique().Required(),
	}
}

// Indexes on the foreign keys that eager loading and lineage look up by.
func (DataSubjectRight) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("organization_id"),
		index.Fields("right_id"),
	}
}

func (DataSubjectRight) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.QueryField(), entgql.RelayConnection(),
		entgql.Mutations(entgql.MutationCreate(), entgql.MutationUpdate()),
	}
}
