package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
)

// LegalBasis is a lawful basis of Art 6(1)(a)-(f) or a condition of
// Art 9(2)(a)-(j) for special-category data, with its article reference.
type LegalBasis struct{ ent.Schema }

func (LegalBasis) Mixin() []ent.Mixin { return []ent.Mixin{TaxonomyMixin{}} }

func (LegalBasis) Fields() []ent.Field {
	return []ent.Field{
		field.Enum("article").Values("art6", "art9").
			Comment("Art 6(1) basis or Art 9(2) condition").
			Annotations(entgql.OrderField("ARTICLE")),
		field.String("reference").NotEmpty().Comment("e.g. GDPR Art 6(1)(a)"),
		field.String("dpv_iri").Optional().Comment("e.g. https://w3id.org/dpv/legal/eu/gdpr#A6-1-a"),
	}
}

func (LegalBasis) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("grounds", ActivityPurpose.Type).Comment("Purposes resting on this Art 6 basis"),
		edge.To("conditions", ActivityPurpose.Type).Comment("Purposes using this Art 9 condition"),
	}
}

func (LegalBasis) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.QueryField("legalBases"), entgql.RelayConnection(), entgql.MultiOrder(),
		entgql.Mutations(entgql.MutationCreate(), entgql.MutationUpdate()),
	}
}
