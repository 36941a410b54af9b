package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
)

// DataCategory is a category of personal data (Art 30(1)(c)) in a hierarchy
// of dotted keys that follows fideslang (user.contact.email under
// user.contact); a category covers the ones below it. Art 9 special
// categories and Art 10 criminal-offence data are flagged.
type DataCategory struct{ ent.Schema }

func (DataCategory) Mixin() []ent.Mixin { return []ent.Mixin{TaxonomyMixin{}} }

func (DataCategory) Fields() []ent.Field {
	return []ent.Field{
		field.Bool("special_category").Default(false).Comment("Art 9(1) special category"),
		field.Bool("criminal_offence").Default(false).Comment("Art 10 criminal convictions and offences"),
		field.String("dpv_iri").Optional().Comment("W3C DPV concept, e.g. https://w3id.org/dpv/pd#EmailAddress"),
		field.Bool("fideslang").Default(false).Comment("Whether the key is one of fideslang's default keys"),
		field.Int("parent_id").Optional(),
	}
}

func (DataCategory) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("children", DataCategory.Type).
			From("parent").Field("parent_id").Unique(),
		edge.From("activities", ProcessingActivity.Type).Ref("data_categories"),
		edge.From("fields", DataField.Type).Ref("data_category"),
		edge.From("disclosures", Disclosure.Type).Ref("data_categories"),
		edge.From("retention_rules", RetentionRule.Type).Ref("data_categories"),
		edge.From("statements", Statement.Type).Ref("data_categories"),
	}
}

func (DataCategory) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.QueryField(), entgql.RelayConnection(), entgql.MultiOrder(),
		entgql.Mutations(entgql.MutationCreate(), entgql.MutationUpdate()),
	}
}
