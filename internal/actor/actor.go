// Package actor carries who is writing to the catalog in a context: a user
// or token of the API ("api"), the command line ("cli:USER"), a seed file
// ("seed:notices/ujet-website.yaml") or an imported notice
// ("import:policy.html"). The catalog sets each new fact's origin from it,
// so provenance never comes from a client's input; authorization and
// history read it from the same place.
package actor

import (
	"context"
	"os/user"
	"strings"
)

// Actor names the writer. Its string form is what a fact's origin records.
type Actor string

// API is the actor of writes through the GraphQL API until sign-in names
// the user.
const API Actor = "api"

// Seed is the actor loading the seed file at path (notices/x.yaml).
func Seed(path string) Actor { return Actor("seed:" + path) }

// Import is the actor importing the notice file named name.
func Import(name string) Actor { return Actor("import:" + name) }

// CLI is the actor of a command-line write: the --actor flag when given,
// else the operating-system user.
func CLI(flag string) Actor {
	if flag = strings.TrimSpace(flag); flag != "" {
		return Actor("cli:" + flag)
	}
	if u, err := user.Current(); err == nil && u.Username != "" {
		return Actor("cli:" + u.Username)
	}
	return "cli"
}

type key struct{}

// With returns ctx carrying a.
func With(ctx context.Context, a Actor) context.Context {
	return context.WithValue(ctx, key{}, a)
}

// From returns the actor ctx carries, and false when it carries none.
func From(ctx context.Context) (Actor, bool) {
	a, ok := ctx.Value(key{}).(Actor)
	return a, ok && a != ""
}

// Origin is the origin a fact written by ctx's actor records: the actor, or
// "api" when the context names none.
func Origin(ctx context.Context) string {
	if a, ok := From(ctx); ok {
		return string(a)
	}
	return string(API)
}
