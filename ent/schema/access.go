package schema

import (
	"regexp"
	"time"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	entsql "entgo.io/ent/dialect/entsql"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"

	"github.com/ropacatalog/ropa/internal/auth"
)

// The entities of this file say who may use the catalog; they are not
// part of the record. None is in the GraphQL API (entgql.SkipAll), and
// internal/access lets only an admin, or the process itself, touch them.
// Writes to them do not change the catalog's version (internal/store), so
// signing in never invalidates the cached record.

// namePattern is the shape of user and token names: what a log line or an
// origin ("api:NAME") can carry without quoting.
var namePattern = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._@-]{0,99}$`)

// User is a person who signs in to the web interface with a password, or
// whom an authenticating proxy names.
type User struct{ ent.Schema }

func (User) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}

func (User) Fields() []ent.Field {
	return []ent.Field{
		field.String("name").Unique().NotEmpty().Match(namePattern).
			Comment("Sign-in name; origins of the facts the user writes read api:NAME"),
		field.Enum("role").GoType(auth.Role("")),
		field.String("password_hash").Optional().Sensitive().
			Comment("Argon2id (PHC string); empty for a user only a proxy signs in"),
		field.Bool("disabled").Default(false),
		field.Time("created_at").Default(time.Now).Immutable(),
		field.String("created_by").Optional().Immutable(),
	}
}

func (User) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("sessions", Session.Type).Annotations(entsql.OnDelete(entsql.Cascade)),
	}
}

// Token is an API token: a random secret shown once, stored as its
// SHA-256 digest, with a role and an expiry.
type Token struct{ ent.Schema }

func (Token) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}

func (Token) Fields() []ent.Field {
	return []ent.Field{
		field.String("name").Unique().NotEmpty().Match(namePattern).
			Comment("What the token is for, e.g. ci-export; origins read api:token:NAME"),
		field.Enum("role").GoType(auth.Role("")),
		field.String("digest").Unique().NotEmpty().Sensitive().Immutable(),
		field.Time("expires_at").Optional().Nillable().Comment("No expiry when unset"),
		field.Time("last_used_at").Optional().Nillable(),
		field.Time("revoked_at").Optional().Nillable(),
		field.Time("created_at").Default(time.Now).Immutable(),
		field.String("created_by").Optional().Immutable(),
	}
}

func (Token) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("sessions", Session.Type).Annotations(entsql.OnDelete(entsql.Cascade)),
	}
}

// Session is a signed-in browser: the digest of its cookie, who it acts
// as (a user, or a token the web interface signed in with), and the CSRF
// token its writes must carry.
type Session struct{ ent.Schema }

func (Session) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}

func (Session) Fields() []ent.Field {
	return []ent.Field{
		field.String("digest").Unique().NotEmpty().Sensitive().Immutable(),
		field.String("csrf").NotEmpty().Sensitive().Immutable(),
		field.Time("expires_at"),
		field.Time("created_at").Default(time.Now).Immutable(),
	}
}

func (Session) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("user", User.Type).Ref("sessions").Unique(),
		edge.From("token", Token.Type).Ref("sessions").Unique(),
	}
}
