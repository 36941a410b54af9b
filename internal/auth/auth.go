// Package auth says who is asking and what they may do: the roles of the
// catalog, the principal a request acts as, and the secrets that prove it
// (password hashes with Argon2id, API tokens and session IDs stored as
// SHA-256 digests). It holds no storage; internal/access keeps users,
// tokens and sessions in the catalog and enforces the roles.
package auth

import (
	"context"
	"fmt"
	"io"
	"strconv"
)

// Role is what a principal may do. Each role may do what the roles before
// it may: a viewer reads; an editor also writes facts; a reviewer also
// confirms and rejects them (sets a fact's review status or note); an
// admin also manages users, tokens and settings.
type Role string

const (
	// None is the role of an anonymous request on a server that requires
	// sign-in: it may do nothing.
	None     Role = ""
	Viewer   Role = "viewer"
	Editor   Role = "editor"
	Reviewer Role = "reviewer"
	Admin    Role = "admin"
)

var rank = map[Role]int{None: 0, Viewer: 1, Editor: 2, Reviewer: 3, Admin: 4}

// Values lists the roles a user or token can hold; ent builds the column's
// enum from it.
func (Role) Values() []string {
	return []string{string(Viewer), string(Editor), string(Reviewer), string(Admin)}
}

// Valid reports whether r is a role a user or token can hold.
func (r Role) Valid() bool { return rank[r] > 0 }

// Allows reports whether r may do what role want requires.
func (r Role) Allows(want Role) bool { return rank[r] >= rank[want] }

// ParseRole reads a role name as given on the command line.
func ParseRole(s string) (Role, error) {
	r := Role(s)
	if !r.Valid() {
		return None, fmt.Errorf("role %q: want viewer, editor, reviewer or admin", s)
	}
	return r, nil
}

// gqlNames are the roles' GraphQL enum values.
var gqlNames = map[Role]string{None: "NONE", Viewer: "VIEWER", Editor: "EDITOR", Reviewer: "REVIEWER", Admin: "ADMIN"}

// MarshalGQL writes the role as a GraphQL enum value (VIEWER...).
func (r Role) MarshalGQL(w io.Writer) { io.WriteString(w, strconv.Quote(gqlNames[r])) }

// UnmarshalGQL reads a GraphQL enum value.
func (r *Role) UnmarshalGQL(v any) error {
	s, _ := v.(string)
	for role, name := range gqlNames {
		if s == name {
			*r = role
			return nil
		}
	}
	return fmt.Errorf("%q is not a role (NONE, VIEWER, EDITOR, REVIEWER, ADMIN)", v)
}

// Via says how a principal proved who it is.
type Via string

const (
	// Local is the loopback development server without any user, token
	// or proxy configured: every request acts as a local admin.
	Local Via = "local"
	// Password is a user signed in with a password (a session cookie).
	Password Via = "password"
	// Token is an API token, sent as a bearer token or exchanged for a
	// session by the web interface.
	Token Via = "token"
	// Proxy is a user named by a trusted authenticating proxy.
	Proxy Via = "proxy"
	// Anonymous is a request without credentials on a server that
	// requires them.
	Anonymous Via = "anonymous"
)

// Principal is who a request acts as.
type Principal struct {
	// Name is the user's or the token's name; empty for Local and
	// Anonymous.
	Name string
	Role Role
	Via  Via
}

// Actor is the string a fact written by p records as its origin:
// "api" for the local development server, "api:NAME" for a user and
// "api:token:NAME" for an API token.
func (p Principal) Actor() string {
	switch {
	case p.Name == "":
		return "api"
	case p.Via == Token:
		return "api:token:" + p.Name
	default:
		return "api:" + p.Name
	}
}

// String names p for logs: the actor, or "anonymous".
func (p Principal) String() string {
	if p.Via == Anonymous {
		return "anonymous"
	}
	return p.Actor()
}

type key struct{}

// With returns ctx acting as p. Requests of the server always carry a
// principal; code of the process itself (the CLI, seeding, tests) carries
// none and is not checked: it could open the database file anyway.
func With(ctx context.Context, p Principal) context.Context {
	return context.WithValue(ctx, key{}, p)
}

// From returns the principal ctx acts as, and false for the process itself.
func From(ctx context.Context) (Principal, bool) {
	p, ok := ctx.Value(key{}).(Principal)
	return p, ok
}

// Error is a refusal: the request is not signed in (Status 401) or its
// role does not allow what it asked (403).
type Error struct {
	Principal Principal
	Want      Role
	What      string // what was refused, e.g. "changing a user"
}

func (e *Error) Error() string {
	if e.Principal.Via == Anonymous || !e.Principal.Role.Valid() {
		return fmt.Sprintf("%s needs signing in (a session or an API token) with the %s role", e.What, e.Want)
	}
	return fmt.Sprintf("%s needs the %s role; %s has %s", e.What, e.Want, e.Principal, e.Principal.Role)
}

// Code is the error's machine-readable code: UNAUTHENTICATED or FORBIDDEN.
func (e *Error) Code() string {
	if e.Principal.Via == Anonymous || !e.Principal.Role.Valid() {
		return "UNAUTHENTICATED"
	}
	return "FORBIDDEN"
}

// Require returns an *Error unless ctx may do what role want allows. A
// context without a principal (the process itself) may do anything.
func Require(ctx context.Context, want Role, what string) error {
	p, ok := From(ctx)
	if !ok || p.Role.Allows(want) {
		return nil
	}
	return &Error{Principal: p, Want: want, What: what}
}

// CanEdit reports whether p may write facts.
func (p Principal) CanEdit() bool { return p.Role.Allows(Editor) }

// CanReview reports whether p may confirm or reject facts.
func (p Principal) CanReview() bool { return p.Role.Allows(Reviewer) }

// CanAdmin reports whether p may manage users, tokens and settings.
func (p Principal) CanAdmin() bool { return p.Role.Allows(Admin) }
