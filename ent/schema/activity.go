package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
)

// ProcessingActivity is the unit of a record of processing (Art 30). Where
// each Art 30(1) item lives:
//
//	(a) controller, joint controllers ... organization, role, controllers, joint_controllers
//	(b) purposes (and the basis for each) ... purposes -> ActivityPurpose
//	(c) data subjects, personal data ......... data_subjects, data_categories
//	(d) recipients ........................... disclosures -> Disclosure -> Recipient
//	(e) third-country transfers .............. transfers -> Transfer -> TransferSafeguard
//	(f) time limits for erasure .............. retention_rules -> RetentionRule
//	(g) security measures .................... security_practices -> SecurityPractice
//
// Transfers, retention rules and security practices reach an activity by
// scope, not only by a direct edge: the ones stated for it, the ones its
// notice states for all the processing it describes, and the ones entered
// for the whole organization (internal/record decides, for every view).
//
// An activity performed as a processor (Art 30(2)) has role processor and
// names the controllers it acts for, or describes them in on_behalf_of.
type ProcessingActivity struct{ ent.Schema }

func (ProcessingActivity) Mixin() []ent.Mixin {
	return []ent.Mixin{FactMixin{}, NoticeMixin{Ref: "activities"}}
}

func (ProcessingActivity) Fields() []ent.Field {
	return []ent.Field{
		field.String("name").NotEmpty().Annotations(entgql.OrderField("NAME")),
		field.Text("description").Optional(),
		field.String("business_function").Optional().
			Comment("Business function in the ICO template's sense, e.g. Marketing, HR").
			Annotations(entgql.OrderField("BUSINESS_FUNCTION")),
		field.Enum("role").Values("controller", "processor", "joint_controller").Default("controller").
			Comment("The organization's role in this activity").
			Annotations(entgql.OrderField("ROLE")),
		field.Text("on_behalf_of").Optional().
			Comment(`For processor activities: the controllers in words when the notice names none ("our customers").`),
		field.Bool("automated_decision_making").Default(false).
			Comment("Automated decision-making, including profiling (Art 22)"),
		field.Text("automated_decision_details").Optional(),
		field.Bool("dpia_required").Optional().Nillable().
			Comment("Whether a DPIA is required (Art 35); null when not assessed"),
		field.Int("organization_id"),
		// History (issue 14): who answers for the activity, and when a
		// reviewer last confirmed it.
		field.String("owner").Optional().
			Comment("Who answers for the activity: a person or a team").
			Annotations(entgql.OrderField("OWNER")),
		field.Time("last_reviewed").Optional().Nillable().
			Comment("When a reviewer last confirmed the activity; set by the catalog when its review status is set to reviewed").
			Annotations(entgql.OrderField("LAST_REVIEWED"),
				entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
	}
}

func (ProcessingActivity) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("organization", Organization.Type).Ref("activities").
			Field("organization_id").Unique().Required(),
		edge.To("controllers", Organization.Type).
			Comment("Controllers on whose behalf a processor activity is carried out"),
		edge.To("joint_controllers", Organization.Type),
		edge.To("data_subjects", DataSubjectCategory.Type),
		edge.To("data_categories", DataCategory.Type),
		edge.To("sources", DataSource.Type),
		edge.To("systems", System.Type),
		edge.To("purposes", ActivityPurpose.Type),
		edge.To("disclosures", Disclosure.Type),
		edge.To("transfers", Transfer.Type),
		edge.To("retention_rules", RetentionRule.Type),
		edge.From("security_practices", SecurityPractice.Type).Ref("activities"),
	}
}

func (ProcessingActivity) Indexes() []ent.Index {
	return []ent.Index{index.Fields("organization_id", "name").Unique()}
}

func (ProcessingActivity) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.QueryField("activities"), entgql.RelayConnection(), entgql.MultiOrder(),
		entgql.Mutations(entgql.MutationCreate(), entgql.MutationUpdate()),
	}
}
