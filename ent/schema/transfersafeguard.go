package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
)

// TransferSafeguard is a Chapter V transfer tool: an adequacy decision,
// SCCs (2010 and 2021 versions kept apart, plus "version not stated"), BCRs,
// the EU-US, Swiss-US and UK data-privacy frameworks, the invalidated
// Privacy Shield and Safe Harbor, or an Art 49 derogation, with the dates it
// became and stopped being valid.
type TransferSafeguard struct{ ent.Schema }

func (TransferSafeguard) Mixin() []ent.Mixin { return []ent.Mixin{TaxonomyMixin{}} }

func (TransferSafeguard) Fields() []ent.Field {
	return []ent.Field{
		field.Enum("mechanism").
			Values("adequacy", "scc", "bcr", "framework", "code_of_conduct", "certification", "derogation", "unspecified").
			Annotations(entgql.OrderField("MECHANISM")),
		field.String("article").Optional().Comment("GDPR article, e.g. Art 46(2)(c)"),
		field.String("legal_reference").Optional().Comment("e.g. Commission Implementing Decision (EU) 2021/914"),
		field.Time("valid_from").Optional().Nillable(),
		field.Time("valid_until").Optional().Nillable().
			Comment("Last day the instrument could be relied on; null while valid"),
		field.Text("invalidated_by").Optional().Comment("e.g. CJEU C-311/18 (Schrems II)"),
		field.String("dpv_iri").Optional(),
	}
}

func (TransferSafeguard) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("transfers", Transfer.Type),
	}
}

func (TransferSafeguard) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.QueryField(), entgql.RelayConnection(), entgql.MultiOrder(),
		entgql.Mutations(entgql.MutationCreate(), entgql.MutationUpdate()),
	}
}
