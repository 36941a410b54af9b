package schema

import (
	"regexp"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/mixin"

	"github.com/ropacatalog/ropa/internal/review"
)

// keyPattern is the shape of taxonomy keys: dotted, lower-case segments,
// as in fideslang (user.contact.email, marketing.advertising).
var keyPattern = regexp.MustCompile(`^[a-z0-9][a-z0-9_]*(\.[a-z0-9][a-z0-9_]*)*$`)

// TaxonomyMixin gives a vocabulary entry its stable key, display name and
// description. Keys are dotted so that a key covers the keys below it.
type TaxonomyMixin struct{ mixin.Schema }

func (TaxonomyMixin) Fields() []ent.Field {
	return []ent.Field{
		field.String("key").Unique().NotEmpty().Match(keyPattern).
			Comment("Dotted key, e.g. user.contact.email").
			Annotations(entgql.OrderField("KEY")),
		field.String("name").NotEmpty().
			Annotations(entgql.OrderField("NAME")),
		field.Text("description").Optional(),
	}
}

// FactMixin marks an entity as a fact about an organization's processing:
// it carries its provenance (where it came from, the sentences that state it)
// and a review status.
type FactMixin struct{ mixin.Schema }

func (FactMixin) Fields() []ent.Field {
	return []ent.Field{
		field.Enum("review_status").
			GoType(review.Status("")).
			Default(string(review.Reviewed)).
			Comment("Seeded and hand-entered facts are reviewed; extracted ones start unreviewed.").
			Annotations(entgql.Type("ReviewStatus"), entgql.OrderField("REVIEW_STATUS")),
		field.String("origin").
			Default("api").
			Comment(`Where the fact was recorded from: "seed:FILE", "import:FILE" or "api".`),
		field.Text("review_note").Optional().
			Comment("What the reviewer said when confirming, correcting or rejecting the fact."),
	}
}

func (FactMixin) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("evidence", Evidence.Type).
			Comment("The verbatim spans of policy documents that state this fact."),
	}
}
