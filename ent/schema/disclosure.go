package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
)

// Disclosure is the edge engineers ask about: through one activity, these
// data categories go to this recipient, for these purposes.
type Disclosure struct{ ent.Schema }

func (Disclosure) Mixin() []ent.Mixin { return []ent.Mixin{FactMixin{}} }

func (Disclosure) Fields() []ent.Field {
	return []ent.Field{
		field.Text("description").Optional(),
		field.Int("activity_id"),
		field.Int("recipient_id"),
	}
}

func (Disclosure) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("activity", ProcessingActivity.Type).Ref("disclosures").
			Field("activity_id").Unique().Required(),
		edge.From("recipient", Recipient.Type).Ref("disclosures").
			Field("recipient_id").Unique().Required(),
		edge.To("data_categories", DataCategory.Type),
		edge.To("purposes", Purpose.Type),
	}
}

// Indexes on the foreign keys that eager loading and lineage look up by.
func (Disclosure) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("activity_id"),
		index.Fields("recipient_id"),
	}
}

func (Disclosure) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.QueryField(), entgql.RelayConnection(),
		entgql.Mutations(entgql.MutationCreate(), entgql.MutationUpdate()),
	}
}
