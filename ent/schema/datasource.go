package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
)

// DataSource is where an activity's personal data comes from: the data
// subject, automatic collection (cookies, logs), partners, public sources,
// the customer a processor serves, ...
type DataSource struct{ ent.Schema }

func (DataSource) Mixin() []ent.Mixin { return []ent.Mixin{TaxonomyMixin{}} }

func (DataSource) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("activities", ProcessingActivity.Type).Ref("sources"),
	}
}

func (DataSource) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.QueryField(), entgql.RelayConnection(),
		entgql.Mutations(entgql.MutationCreate(), entgql.MutationUpdate()),
	}
}
