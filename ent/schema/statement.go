package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
)

// Statement is something a notice says about its processing that is not a
// link of the record, kept as a fact with its evidence so that findings can
// weigh it against the links:
//
//   - a negative statement: "we do not sell personal information", "we do
//     not share personal data for direct marketing", "we do not knowingly
//     collect data from children under 13", "we do not collect special
//     category data", optionally narrowed to data categories and purposes;
//   - a legal basis the notice states without pairing it to a purpose
//     (basis_without_purpose), e.g. "we may process your data to protect
//     your vital interests".
type Statement struct{ ent.Schema }

func (Statement) Mixin() []ent.Mixin {
	return []ent.Mixin{FactMixin{}, NoticeMixin{Ref: "statements"}}
}

func (Statement) Fields() []ent.Field {
	return []ent.Field{
		field.Enum("kind").
			Values("does_not_sell", "does_not_share", "does_not_collect", "no_children",
				"no_special_category", "no_automated_decisions", "basis_without_purpose", "other_negative").
			Comment("What the notice asserts; all kinds but basis_without_purpose are negative statements").
			Annotations(entgql.OrderField("KIND")),
		field.Text("text").NotEmpty().
			Comment("The statement in a few words, e.g. \"does not sell personal information\""),
		field.Int("organization_id"),
		field.Int("legal_basis_id").Optional().
			Comment("For basis_without_purpose: the Art 6 basis or Art 9 condition stated"),
	}
}

func (Statement) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("organization", Organization.Type).Ref("statements").
			Field("organization_id").Unique().Required(),
		edge.To("legal_basis", LegalBasis.Type).Field("legal_basis_id").Unique(),
		edge.To("data_categories", DataCategory.Type).
			Comment("The data it is about, when the notice narrows it"),
		edge.To("purposes", Purpose.Type).
			Comment("The purposes it is about, when the notice narrows it (e.g. direct marketing)"),
	}
}

func (Statement) Indexes() []ent.Index {
	return []ent.Index{index.Fields("organization_id")}
}

func (Statement) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.QueryField(), entgql.RelayConnection(),
		entgql.Mutations(entgql.MutationCreate(), entgql.MutationUpdate()),
	}
}
