package schema

import (
	"context"
	"regexp"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/dialect/sql"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
	"entgo.io/ent/schema/mixin"

	"github.com/ropacatalog/ropa/ent/hook"
	"github.com/ropacatalog/ropa/ent/intercept"
	"github.com/ropacatalog/ropa/internal/actor"
	"github.com/ropacatalog/ropa/internal/review"
)

// keyPattern is the shape of taxonomy keys: dotted, lower-case segments,
// as in fideslang (user.contact.email, marketing.advertising).
var keyPattern = regexp.MustCompile(`^[a-z0-9][a-z0-9_]*(\.[a-z0-9][a-z0-9_]*)*$`)

// TaxonomyMixin gives a vocabulary entry its stable key, display name and
// description. Keys are dotted so that a key covers the keys below it.
type TaxonomyMixin struct{ mixin.Schema }

// Hooks of every vocabulary entry: its text fields are checked.
func (TaxonomyMixin) Hooks() []ent.Hook { return []ent.Hook{checkInput} }

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
			Comment("Seeded and hand-entered facts are reviewed; extracted ones start unreviewed. Set by the catalog on create; a review decision changes it.").
			Annotations(entgql.Type("ReviewStatus"), entgql.OrderField("REVIEW_STATUS"),
				entgql.Skip(entgql.SkipMutationCreateInput)),
		field.String("origin").
			Default("api").
			Comment(`Where the fact was recorded from: "seed:FILE", "import:FILE", "api" or "cli:USER". Set by the catalog from the actor of the write, never by the client.`).
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		field.Text("review_note").Optional().
			Comment("What the reviewer said when confirming, correcting or rejecting the fact."),
	}
}

// Hooks of every fact: its text fields are checked (checkInput), and its
// origin is the actor of the write (see internal/actor), whatever the code
// or the client that creates it says.
func (FactMixin) Hooks() []ent.Hook {
	return []ent.Hook{checkInput, hook.On(func(next ent.Mutator) ent.Mutator {
		return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
			if f, ok := m.(interface{ SetOrigin(string) }); ok {
				f.SetOrigin(actor.Origin(ctx))
			}
			return next.Mutate(ctx, m)
		})
	}, ent.OpCreate)}
}

// Interceptors of every fact: queries leave rejected facts out unless the
// context asks for them (review.WithRejected), so that lists, nested edges
// and node lookups answer like the effective record does.
func (FactMixin) Interceptors() []ent.Interceptor {
	return []ent.Interceptor{
		intercept.TraverseFunc(func(ctx context.Context, q intercept.Query) error {
			if !review.RejectedShown(ctx) {
				q.WhereP(sql.FieldNEQ("review_status", string(review.Rejected)))
			}
			return nil
		}),
	}
}

func (FactMixin) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("evidence", Evidence.Type).
			Comment("The verbatim spans of policy documents that state this fact."),
	}
}

// NoticeMixin scopes a fact to the notice (PolicyDocument) that states it.
// A fact with a notice and no narrower scope applies to the activities that
// notice describes, never to another notice's; a fact with neither a notice
// nor a narrower scope was entered for the organization itself and applies
// to all its activities. internal/record holds the rule.
type NoticeMixin struct {
	mixin.Schema
	// Ref names the edge on PolicyDocument that lists these facts.
	Ref string
}

func (NoticeMixin) Fields() []ent.Field {
	return []ent.Field{
		field.Int("notice_id").Optional().
			Comment("The notice that states this fact; its scope when nothing narrower is given"),
	}
}

func (m NoticeMixin) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("notice", PolicyDocument.Type).Ref(m.Ref).Field("notice_id").Unique(),
	}
}

func (NoticeMixin) Indexes() []ent.Index {
	return []ent.Index{index.Fields("notice_id")}
}
