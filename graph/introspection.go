package graph

import (
	"context"
	"net/http"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/ropacatalog/ropa/internal/auth"
)

// Introspection says when the API answers introspection queries and
// serves the playground.
type Introspection string

const (
	// IntrospectionAuto allows them on the loopback development server
	// (no user, token or proxy configured) and nowhere else.
	IntrospectionAuto Introspection = ""
	IntrospectionOn   Introspection = "on"
	IntrospectionOff  Introspection = "off"
)

// ParseIntrospection reads the --introspection flag.
func ParseIntrospection(s string) (Introspection, error) {
	switch s {
	case "auto", "":
		return IntrospectionAuto, nil
	case "on", "off":
		return Introspection(s), nil
	}
	return "", &flagError{"--introspection", s, "auto, on or off"}
}

type flagError struct{ flag, value, want string }

func (e *flagError) Error() string { return e.flag + " " + e.value + ": want " + e.want }

// allows reports whether the request of ctx may introspect.
func (i Introspection) allows(ctx context.Context) bool {
	switch i {
	case IntrospectionOn:
		return true
	case IntrospectionOff:
		return false
	}
	p, ok := auth.From(ctx)
	return !ok || p.Via == auth.Local
}

// gate serves the playground only where introspection is allowed.
func (i Introspection) gate(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !i.allows(r.Context()) {
			http.Error(w, "the playground is off on this server (serve --introspection on turns it on)", http.StatusNotFound)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// introspectionGate is gqlgen's Introspection extension, per request.
type introspectionGate struct{ mode Introspection }

func (introspectionGate) ExtensionName() string                   { return "Introspection" }
func (introspectionGate) Validate(graphql.ExecutableSchema) error { return nil }
func (i introspectionGate) MutateOperationContext(ctx context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	oc.DisableIntrospection = !i.mode.allows(ctx)
	return nil
}
