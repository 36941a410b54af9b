package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
)

// ActivityPurpose is one purpose of an activity (Art 30(1)(b)) with the
// lawful basis the notice gives for it: an Art 6(1) basis and, where
// special-category data is processed, an Art 9(2) condition. A purpose for
// which the notice states several bases has one ActivityPurpose per basis;
// one with no basis stated has none.
type ActivityPurpose struct{ ent.Schema }

func (ActivityPurpose) Mixin() []ent.Mixin { return []ent.Mixin{FactMixin{}} }

func (ActivityPurpose) Fields() []ent.Field {
	return []ent.Field{
		field.Text("legitimate_interest").Optional().
			Comment("The interest pursued, when the basis is Art 6(1)(f)"),
		field.Int("activity_id"),
		field.Int("purpose_id"),
		field.Int("legal_basis_id").Optional(),
		field.Int("special_condition_id").Optional(),
	}
}

func (ActivityPurpose) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("activity", ProcessingActivity.Type).Ref("purposes").
			Field("activity_id").Unique().Required(),
		edge.From("purpose", Purpose.Type).Ref("activity_purposes").
			Field("purpose_id").Unique().Required(),
		edge.From("legal_basis", LegalBasis.Type).Ref("grounds").
			Field("legal_basis_id").Unique().
			Comment("Art 6(1) basis"),
		edge.From("special_condition", LegalBasis.Type).Ref("conditions").
			Field("special_condition_id").Unique().
			Comment("Art 9(2) condition for special-category data"),
	}
}

// Indexes on the foreign keys that eager loading and lineage look up by.
func (ActivityPurpose) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("activity_id"),
		index.Fields("purpose_id"),
		index.Fields("legal_basis_id"),
		index.Fields("special_condition_id"),
	}
}

func (ActivityPurpose) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.QueryField(), entgql.RelayConnection(),
		entgql.Mutations(entgql.MutationCreate(), entgql.MutationUpdate()),
	}
}
