package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
)

// RetentionRule is a time limit for erasure (Art 30(1)(f)): an ISO 8601
// duration when the notice states one, otherwise the criterion or trigger in
// words, and what happens at the end. It applies to an organization's data,
// narrowed to an activity and/or data categories when the notice says so.
type RetentionRule struct{ ent.Schema }

func (RetentionRule) Mixin() []ent.Mixin {
	return []ent.Mixin{FactMixin{}, NoticeMixin{Ref: "retention_rules"}}
}

func (RetentionRule) Fields() []ent.Field {
	return []ent.Field{
		field.String("duration").Optional().Validate(checkDuration).
			Comment("ISO 8601 duration, e.g. P6Y; empty when the notice states only a criterion"),
		field.Text("criterion").Optional().
			Comment(`The trigger or criterion in words, e.g. "as long as we have an ongoing legitimate business need"`),
		field.Enum("end_action").Values("delete", "anonymise", "isolate", "return", "unspecified").
			Default("unspecified"),
		field.Int("organization_id"),
		field.Int("activity_id").Optional(),
	}
}

func (RetentionRule) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("organization", Organization.Type).Ref("retention_rules").
			Field("organization_id").Unique().Required(),
		edge.From("activity", ProcessingActivity.Type).Ref("retention_rules").
			Field("activity_id").Unique(),
		edge.To("data_categories", DataCategory.Type),
	}
}

// Indexes on the foreign keys that eager loading and lineage look up by.
func (RetentionRule) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("organization_id"),
		index.Fields("activity_id"),
	}
}

func (RetentionRule) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.QueryField(), entgql.RelayConnection(),
		entgql.Mutations(entgql.MutationCreate(), entgql.MutationUpdate()),
	}
}
