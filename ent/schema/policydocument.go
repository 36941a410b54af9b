package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
)

// PolicyDocument is a privacy notice as published, kept verbatim so that
// every fact can point at the sentence that states it.
type PolicyDocument struct{ ent.Schema }

func (PolicyDocument) Fields() []ent.Field {
	return []ent.Field{
		field.String("title").NotEmpty().Annotations(entgql.OrderField("TITLE")),
		field.String("url").Optional(),
		field.String("file_name").Optional().Comment("File the text was loaded from, e.g. 000_89024793db118181.txt"),
		field.Time("last_updated").Optional().Nillable().
			Comment("The date the notice says it was last updated; null when it states none.").
			Annotations(entgql.OrderField("LAST_UPDATED")),
		field.Text("text").NotEmpty().Immutable().Comment("Full text, byte for byte"),
		field.String("sha256").NotEmpty().Immutable().
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput)).
			Comment("Hex SHA-256 of text, set on create"),
		field.String("seed_digest").Optional().
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)).
			Comment("SHA-256 of the seed file that loaded this document's facts; lets reloading skip unchanged files."),
		field.String("audience").Optional().
			Comment(`Whom the notice speaks to, e.g. "website visitors", "job applicants"; its facts apply to the processing it describes`),
		field.Bool("current").Default(true).
			Comment("Whether this is the organization's current notice for its audience; a superseded notice keeps its facts, scoped to it"),
		field.Int("organization_id"),
	}
}

func (PolicyDocument) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("organization", Organization.Type).Ref("documents").
			Field("organization_id").Unique().Required(),
		edge.To("spans", Evidence.Type),
		// The facts this notice states, each scoped to it (NoticeMixin).
		edge.To("activities", ProcessingActivity.Type),
		edge.To("transfers", Transfer.Type),
		edge.To("retention_rules", RetentionRule.Type),
		edge.To("security_practices", SecurityPractice.Type),
		edge.To("rights", DataSubjectRight.Type),
		edge.To("statements", Statement.Type),
	}
}

func (PolicyDocument) Indexes() []ent.Index {
	return []ent.Index{index.Fields("sha256").Unique()}
}

func (PolicyDocument) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.QueryField(), entgql.RelayConnection(), entgql.MultiOrder(),
		entgql.Mutations(entgql.MutationCreate(), entgql.MutationUpdate()),
	}
}
