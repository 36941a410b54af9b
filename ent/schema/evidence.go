package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
)

// Evidence is a verbatim span of a policy document: the bytes [start, end)
// of its text, which must equal quote. Facts link to the spans that state
// them; a span can support several facts.
type Evidence struct{ ent.Schema }

func (Evidence) Fields() []ent.Field {
	return []ent.Field{
		field.Int("start").NonNegative().Immutable().Annotations(entgql.OrderField("START")),
		field.Int("end").NonNegative().Immutable(),
		field.Text("quote").NotEmpty().Immutable(),
		field.Int("document_id").Immutable(),
	}
}

func (Evidence) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("document", PolicyDocument.Type).Ref("spans").
			Field("document_id").Unique().Required().Immutable(),
		// The facts each span supports.
		edge.From("organizations", Organization.Type).Ref("evidence"),
		edge.From("activities", ProcessingActivity.Type).Ref("evidence"),
		edge.From("activity_purposes", ActivityPurpose.Type).Ref("evidence"),
		edge.From("recipients", Recipient.Type).Ref("evidence"),
		edge.From("disclosures", Disclosure.Type).Ref("evidence"),
		edge.From("transfers", Transfer.Type).Ref("evidence"),
		edge.From("retention_rules", RetentionRule.Type).Ref("evidence"),
		edge.From("security_practices", SecurityPractice.Type).Ref("evidence"),
		edge.From("rights", DataSubjectRight.Type).Ref("evidence"),
		edge.From("systems", System.Type).Ref("evidence"),
		edge.From("datasets", Dataset.Type).Ref("evidence"),
		edge.From("fields", DataField.Type).Ref("evidence"),
		edge.From("statements", Statement.Type).Ref("evidence"),
	}
}

func (Evidence) Indexes() []ent.Index {
	return []ent.Index{index.Fields("document_id", "start", "end").Unique()}
}

func (Evidence) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.QueryField("evidenceSpans"), entgql.RelayConnection(),
		entgql.Mutations(entgql.MutationCreate()),
	}
}
