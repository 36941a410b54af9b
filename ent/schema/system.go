package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
)

// System is an application or service that holds personal data: a website's
// forms, the careers site, a mobile app, a cloud service. Systems hold
// datasets, datasets hold fields, and a field is mapped to a data category,
// so that an engineer's field can be traced to its recipients.
type System struct{ ent.Schema }

func (System) Mixin() []ent.Mixin { return []ent.Mixin{FactMixin{}} }

func (System) Fields() []ent.Field {
	return []ent.Field{
		field.String("key").NotEmpty().Match(keyPattern).
			Comment("First segment of field paths, e.g. careers").
			Annotations(entgql.OrderField("KEY")),
		field.String("name").NotEmpty(),
		field.Text("description").Optional(),
		field.Int("organization_id"),
	}
}

func (System) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("organization", Organization.Type).Ref("systems").
			Field("organization_id").Unique().Required(),
		edge.To("datasets", Dataset.Type),
		edge.From("activities", ProcessingActivity.Type).Ref("systems"),
	}
}

func (System) Indexes() []ent.Index {
	return []ent.Index{index.Fields("organization_id", "key").Unique()}
}

func (System) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.QueryField(), entgql.RelayConnection(),
		entgql.Mutations(entgql.MutationCreate(), entgql.MutationUpdate()),
	}
}

// Dataset is a table, form, cookie set or message store within a system.
type Dataset struct{ ent.Schema }

func (Dataset) Mixin() []ent.Mixin { return []ent.Mixin{FactMixin{}} }

func (Dataset) Fields() []ent.Field {
	return []ent.Field{
		field.String("key").NotEmpty().Match(keyPattern).Annotations(entgql.OrderField("KEY")),
		field.String("name").NotEmpty(),
		field.Text("description").Optional(),
		field.Int("system_id"),
	}
}

func (Dataset) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("system", System.Type).Ref("datasets").
			Field("system_id").Unique().Required(),
		edge.To("fields", DataField.Type),
	}
}

func (Dataset) Indexes() []ent.Index {
	return []ent.Index{index.Fields("system_id", "key").Unique()}
}

func (Dataset) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.QueryField(), entgql.RelayConnection(),
		entgql.Mutations(entgql.MutationCreate(), entgql.MutationUpdate()),
	}
}

// DataField is a concrete data element, such as careers.application.ssn,
// mapped to the data category it belongs to.
type DataField struct{ ent.Schema }

func (DataField) Mixin() []ent.Mixin { return []ent.Mixin{FactMixin{}} }

func (DataField) Fields() []ent.Field {
	return []ent.Field{
		field.String("key").NotEmpty().Match(keyPattern).Annotations(entgql.OrderField("KEY")),
		field.String("name").NotEmpty(),
		field.Text("description").Optional(),
		field.String("path").Optional().
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput), entgql.OrderField("PATH")).
			Comment("system.dataset.field, maintained by the catalog"),
		field.Int("dataset_id"),
		field.Int("data_category_id"),
	}
}

func (DataField) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("dataset", Dataset.Type).Ref("fields").
			Field("dataset_id").Unique().Required(),
		edge.To("data_category", DataCategory.Type).
			Field("data_category_id").Unique().Required(),
	}
}

func (DataField) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("dataset_id", "key").Unique(),
		index.Fields("path"),
		index.Fields("data_category_id"),
	}
}

func (DataField) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.QueryField(), entgql.RelayConnection(),
		entgql.Mutations(entgql.MutationCreate(), entgql.MutationUpdate()),
	}
}
