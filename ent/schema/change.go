package schema

import (
	"time"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
)

// Change is one entry of the catalog's append-only history: one row
// created, updated or deleted, by whom, through what, with its values
// before and after. internal/history writes it, from one hook on every
// entity, in the transaction of the change itself; nothing in the API
// updates or deletes it (no GraphQL mutations; only a query).
type Change struct{ ent.Schema }

func (Change) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.QueryField("changes"), entgql.RelayConnection(),
	}
}

func (Change) Fields() []ent.Field {
	return []ent.Field{
		field.Time("at").Default(time.Now).Immutable().
			Comment("When the change was written (the transaction's clock)").
			Annotations(entgql.OrderField("AT")),
		field.String("actor").Immutable().
			Comment(`Who wrote it: "api", "api:NAME", "api:token:NAME", "cli:USER", "seed:FILE", "import:FILE", "synth"`),
		field.String("via").Immutable().
			Comment("Through what: api, cli, seed, import or synth (the actor's kind)"),
		field.String("entity_type").Immutable().
			Comment("The ent type of the changed row, e.g. ProcessingActivity"),
		field.Int("entity_id").Immutable().
			Comment("The changed row's ID (the row itself may no longer exist)"),
		field.Enum("operation").Values("create", "update", "delete").Immutable(),
		field.Text("before").Optional().Immutable().
			Comment(`The row before the change, as JSON {"fields": {...}, "edges": {...}}: every field (sensitive ones left out), and the edge ID lists the change touched (all edges for a delete). Empty for a create.`),
		field.Text("after").Optional().Immutable().
			Comment("The row after the change, in the same shape; empty for a delete."),
		field.Text("note").Optional().Immutable().
			Comment("The reason given for the change, or the review note it sets"),
		field.Int("reverts").Optional().Nillable().Immutable().
			Comment("The change this one undoes, when it is a revert"),
	}
}

func (Change) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("entity_id", "at"),
		index.Fields("at"),
	}
}
