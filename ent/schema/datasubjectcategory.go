package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
)

// DataSubjectCategory is a category of data subjects (Art 30(1)(c)), keyed
// as fideslang's subjects (customer, job_applicant, visitor, ...).
type DataSubjectCategory struct{ ent.Schema }

func (DataSubjectCategory) Mixin() []ent.Mixin { return []ent.Mixin{TaxonomyMixin{}} }

func (DataSubjectCategory) Fields() []ent.Field {
	return []ent.Field{
		field.String("dpv_iri").Optional(),
		field.Bool("fideslang").Default(false),
	}
}

func (DataSubjectCategory) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("activities", ProcessingActivity.Type).Ref("data_subjects"),
	}
}

func (DataSubjectCategory) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.QueryField(), entgql.RelayConnection(), entgql.MultiOrder(),
		entgql.Mutations(entgql.MutationCreate(), entgql.MutationUpdate()),
	}
}
