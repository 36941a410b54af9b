package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"

	"github.com/ropacatalog/ropa/internal/iso"
)

// Organization is a controller, processor or joint controller: Art 30(1)(a)
// and 30(2)(a), name and contact details, with its DPO and its EU or UK
// representative (Art 27).
type Organization struct{ ent.Schema }

func (Organization) Mixin() []ent.Mixin { return []ent.Mixin{FactMixin{}} }

func (Organization) Fields() []ent.Field {
	return []ent.Field{
		field.String("key").Unique().NotEmpty().Match(keyPattern).
			Comment("Short stable key, e.g. ujet").
			Annotations(entgql.OrderField("KEY")),
		field.String("name").NotEmpty().
			Comment("Legal name, e.g. UJET, Inc.").
			Annotations(entgql.OrderField("NAME")),
		field.Strings("roles").Optional().
			Validate(validRoles).
			Comment("GDPR roles the organization takes in its notices: controller, processor, joint_controller."),
		field.String("country").Optional().Validate(iso.CheckCountry).
			Comment("ISO 3166-1 alpha-2 code of its seat"),
		field.Text("address").Optional(),
		field.String("email").Optional(),
		field.String("phone").Optional(),
		field.String("website").Optional(),
		field.String("dpo_name").Optional().Comment("Data protection officer (Art 37), if designated"),
		field.String("dpo_email").Optional(),
		field.String("dpo_phone").Optional(),
		field.Text("dpo_address").Optional(),
		field.String("representative_name").Optional().Comment("EU or UK representative (Art 27)"),
		field.Text("representative_address").Optional(),
		field.String("representative_email").Optional(),
	}
}

func (Organization) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("documents", PolicyDocument.Type),
		edge.To("activities", ProcessingActivity.Type),
		edge.To("recipients", Recipient.Type),
		edge.To("systems", System.Type),
		edge.To("transfers", Transfer.Type),
		edge.To("retention_rules", RetentionRule.Type),
		edge.To("security_practices", SecurityPractice.Type),
		edge.To("rights", DataSubjectRight.Type),
		edge.To("statements", Statement.Type),
		edge.From("processed_for", ProcessingActivity.Type).Ref("controllers").
			Comment("Activities other organizations perform as processors on its behalf."),
		edge.From("joint_activities", ProcessingActivity.Type).Ref("joint_controllers"),
	}
}

func (Organization) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.QueryField(), entgql.RelayConnection(), entgql.MultiOrder(),
		entgql.Mutations(entgql.MutationCreate(), entgql.MutationUpdate()),
	}
}
