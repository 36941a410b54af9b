package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
)

// Right is a data subject right (access, erasure, objection, ..., and the
// CCPA-style opt out of sale and non-discrimination), with its article.
type Right struct{ ent.Schema }

func (Right) Mixin() []ent.Mixin { return []ent.Mixin{TaxonomyMixin{}} }

func (Right) Fields() []ent.Field {
	return []ent.Field{
		field.String("reference").Optional().Comment("e.g. GDPR Art 15"),
		field.String("dpv_iri").Optional(),
	}
}

func (Right) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("offers", DataSubjectRight.Type),
	}
}

func (Right) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.QueryField(), entgql.RelayConnection(),
		entgql.Mutations(entgql.MutationCreate(), entgql.MutationUpdate()),
	}
}
