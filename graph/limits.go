package graph

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"

	"entgo.io/contrib/entgql"
	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// Limits bound what one request to /graphql may ask, so that no request
// can take the server down. Each refusal answers at once, before any
// resolver runs, with a message and an extensions.code.
type Limits struct {
	MaxBody    int64         // request body, bytes
	MaxDepth   int           // nesting of fields
	MaxAliases int           // fields asked under another name
	MaxRoots   int           // root fields of one operation
	MaxCost    int           // the cost model's limit (see cost)
	Timeout    time.Duration // the whole request; cancelling it stops the database work
	// DefaultPage is the number of nodes a connection asked without first
	// or last is taken to return, and ListFanout the length taken for a
	// list edge, in the cost model.
	DefaultPage, ListFanout int
}

// DefaultLimits are safe for the web interface's queries and the README's
// examples (TestWebInterfaceQueriesWithinLimits checks the former).
var DefaultLimits = Limits{
	MaxBody: 1 << 20, MaxDepth: 15, MaxAliases: 100, MaxRoots: 20, MaxCost: 500_000,
	Timeout: 30 * time.Second, DefaultPage: 100, ListFanout: 10,
}

// limitError is a refusal with its code.
func limitError(code, format string, args ...any) *gqlerror.Error {
	return &gqlerror.Error{Message: fmt.Sprintf(format, args...), Extensions: map[string]any{"code": code}}
}

// operationLimits refuses operations too deep, too wide or too costly,
// after gqlgen has parsed and validated them and before it runs them.
type operationLimits struct{ Limits }

func (operationLimits) ExtensionName() string                   { return "OperationLimits" }
func (operationLimits) Validate(graphql.ExecutableSchema) error { return nil }

func (l operationLimits) MutateOperationContext(_ context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	op := oc.Operation
	if op == nil {
		return nil
	}
	m := measure{oc: oc, l: l.Limits, seen: map[string]bool{}}
	if n := len(m.fields(op.SelectionSet)); n > l.MaxRoots {
		return limitError("TOO_MANY_ROOT_FIELDS", "the operation asks %d root fields; at most %d", n, l.MaxRoots)
	}
	cost := m.cost(op.SelectionSet, 1, false)
	switch {
	case m.depth > l.MaxDepth:
		return limitError("QUERY_TOO_DEEP", "the operation nests fields %d deep; at most %d", m.depth, l.MaxDepth)
	case m.aliases > l.MaxAliases:
		return limitError("TOO_MANY_ALIASES", "the operation asks %d fields under aliases; at most %d", m.aliases, l.MaxAliases)
	case cost > l.MaxCost:
		return limitError("QUERY_TOO_COSTLY", "the operation may return about %d values (each list counted at its page size: first/last, else %d for a connection and %d for a list); at most %d — ask smaller pages or fewer nested lists",
			cost, l.DefaultPage, l.ListFanout, l.MaxCost)
	}
	return nil
}

// measure walks an operation: its depth, its aliases and its cost.
type measure struct {
	oc      *graphql.OperationContext
	l       Limits
	depth   int
	aliases int
	seen    map[string]bool // fragments being expanded, against cycles
}

// fields flattens fragments into the fields of one selection set.
func (m *measure) fields(set ast.SelectionSet) []*ast.Field {
	var out []*ast.Field
	for _, sel := range set {
		switch s := sel.(type) {
		case *ast.Field:
			out = append(out, s)
		case *ast.InlineFragment:
			out = append(out, m.fields(s.SelectionSet)...)
		case *ast.FragmentSpread:
			if m.seen[s.Name] {
				continue
			}
			if f := m.oc.Doc.Fragments.ForName(s.Name); f != nil {
				m.seen[s.Name] = true
				out = append(out, m.fields(f.SelectionSet)...)
				delete(m.seen, s.Name)
			}
		}
	}
	return out
}

// cost is 1 per field plus, for a field with a selection, its children's
// cost times how many objects it may return: a connection's page (first
// or last, else DefaultPage), a list's ListFanout; the edges of a
// connection are counted by the connection. Values are capped so that the
// sum cannot overflow.
func (m *measure) cost(set ast.SelectionSet, depth int, inConnection bool) int {
	if depth > m.depth {
		m.depth = depth
	}
	if depth > m.l.MaxDepth+1 {
		return 0 // refused for its depth; no need to go on
	}
	total := 0
	for _, f := range m.fields(set) {
		if f.Alias != "" && f.Alias != f.Name {
			m.aliases++
		}
		c := 1
		if len(f.SelectionSet) > 0 && f.Definition != nil {
			mult := 1
			connection := strings.HasSuffix(f.Definition.Type.Name(), "Connection")
			switch {
			case connection:
				mult = m.page(f)
			case f.Definition.Type.Elem != nil && !(inConnection && (f.Name == "edges" || f.Name == "nodes")):
				mult = m.l.ListFanout
			}
			c += mult * m.cost(f.SelectionSet, depth+1, connection)
		}
		total += c
		if total > 1<<40 {
			return 1 << 40
		}
	}
	return total
}

// page is the page size a connection field asks for.
func (m *measure) page(f *ast.Field) int {
	args := f.ArgumentMap(m.oc.Variables)
	for _, name := range []string{"first", "last"} {
		if v, ok := args[name]; ok && v != nil {
			switch n := v.(type) {
			case int64:
				return max(int(n), 1)
			case int:
				return max(n, 1)
			}
		}
	}
	return m.l.DefaultPage
}

// transactions runs each mutation in a transaction, as entgql's
// Transactioner does, and lets a request that never became an operation
// (malformed JSON, an empty body) through to gqlgen's error instead of
// panicking on the missing operation.
type transactions struct{ entgql.Transactioner }

func (t transactions) InterceptResponse(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
	if !graphql.HasOperationContext(ctx) {
		return next(ctx)
	}
	return t.Transactioner.InterceptResponse(ctx, next)
}

// limitRequests bounds a request before gqlgen reads it: its body size, its
// duration (the context's deadline reaches the database), and its shape: a
// POST body must be one JSON object (batched arrays are refused).
func limitRequests(l Limits, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), l.Timeout)
		defer cancel()
		r = r.WithContext(ctx)
		if r.Method == http.MethodPost {
			body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, l.MaxBody))
			var tooBig *http.MaxBytesError
			switch {
			case errors.As(err, &tooBig):
				httpError(w, http.StatusRequestEntityTooLarge, "BODY_TOO_LARGE", fmt.Sprintf("the request body is over %d bytes", l.MaxBody))
				return
			case err != nil:
				httpError(w, http.StatusBadRequest, "BAD_REQUEST", "reading the request body: "+err.Error())
				return
			}
			trimmed := bytes.TrimSpace(body)
			switch {
			case len(trimmed) == 0:
				httpError(w, http.StatusBadRequest, "BAD_REQUEST", "the request body is empty; send a JSON object with a query")
				return
			case trimmed[0] == '[':
				httpError(w, http.StatusBadRequest, "BAD_REQUEST", "batched requests (a JSON array) are not supported; send one JSON object per request")
				return
			case trimmed[0] != '{':
				httpError(w, http.StatusBadRequest, "BAD_REQUEST", "the request body is not a JSON object")
				return
			}
			if info, ok := r.Context().Value(requestInfoKey{}).(*requestInfo); ok {
				var op struct {
					OperationName string `json:"operationName"`
				}
				if json.Unmarshal(body, &op) == nil {
					info.operation = op.OperationName
				}
			}
			r.Body = io.NopCloser(bytes.NewReader(body))
			r.ContentLength = int64(len(body))
		}
		next.ServeHTTP(w, r)
	})
}

// httpError answers a GraphQL-shaped error before any operation ran.
func httpError(w http.ResponseWriter, status int, code, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(map[string]any{"data": nil,
		"errors": []any{map[string]any{"message": msg, "extensions": map[string]any{"code": code}}}})
}
