package schema

import (
	"time"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
)

// FindingAcknowledgement records that a DPO accepted a finding (a risk
// accepted, with a note and a review date). The finding stays quiet —
// listed as acknowledged, not counted — until the review date, or until
// the facts under it change (their fingerprint differs). Rows are never
// updated: a new acknowledgement of the same finding supersedes the last.
// Written only through internal/findings.Acknowledge, so the API gives it
// no generic create or update mutation.
type FindingAcknowledgement struct{ ent.Schema }

func (FindingAcknowledgement) Fields() []ent.Field {
	return []ent.Field{
		field.Int("organization_id").Immutable(),
		field.String("rule").NotEmpty().Immutable().
			Comment("The rule's ID, e.g. transfer-invalid-instrument"),
		field.Text("subject").NotEmpty().Immutable().
			Comment("The finding's stable key within its rule: the facts it rests on (transfer:42), and what it read from a notice"),
		field.Text("note").NotEmpty().Immutable().
			Comment("Why the finding is accepted"),
		field.Time("review_by").Immutable().
			Comment("The day the finding speaks again"),
		field.String("fingerprint").NotEmpty().Immutable().
			Comment("Digest of the facts under the finding when it was acknowledged; a change to them re-opens it"),
		field.String("actor").NotEmpty().Immutable().
			Comment("Who acknowledged it (internal/actor)"),
		field.Time("created_at").Default(time.Now).Immutable().
			Annotations(entgql.OrderField("CREATED_AT")),
	}
}

func (FindingAcknowledgement) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("organization", Organization.Type).Field("organization_id").
			Unique().Required().Immutable(),
	}
}

func (FindingAcknowledgement) Indexes() []ent.Index {
	return []ent.Index{index.Fields("organization_id", "rule")}
}

// Annotations: listed and paginated in GraphQL; no entgql.Mutations, so no
// generic create or update (acknowledgeFinding is the only way in).
func (FindingAcknowledgement) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.QueryField(), entgql.RelayConnection()}
}
