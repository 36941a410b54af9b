package graph

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"

	"entgo.io/contrib/entgql"
	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/ropacatalog/ropa/ent"
	"github.com/ropacatalog/ropa/frontend"
	"github.com/ropacatalog/ropa/internal/access"
	"github.com/ropacatalog/ropa/internal/actor"
	"github.com/ropacatalog/ropa/internal/asof"
	"github.com/ropacatalog/ropa/internal/auth"
	"github.com/ropacatalog/ropa/internal/history"
	"github.com/ropacatalog/ropa/internal/invalid"
	"github.com/ropacatalog/ropa/internal/inventory"
	"github.com/ropacatalog/ropa/internal/lineage"
	"github.com/ropacatalog/ropa/internal/record"
	"github.com/ropacatalog/ropa/internal/report"
)

// NewSchema returns the executable GraphQL schema over client.
func NewSchema(client *ent.Client) graphql.ExecutableSchema {
	return NewExecutableSchema(Config{Resolvers: newResolver(client, record.NewCache(client))})
}

func newResolver(client *ent.Client, records *record.Cache) *Resolver {
	return &Resolver{client: client, records: records, lineage: lineage.NewCache(records), past: asof.NewCache(client, 4)}
}

// NewHandler returns the GraphQL endpoint: POST and GET transports,
// introspection, a query cache, the request limits (DefaultLimits: body
// size, time, depth, aliases, root fields, cost), each mutation in its own
// transaction, and errors that name the offending input field.
// Lineage questions take a fast path that writes recipientsOf's answer
// without gqlgen's per-field machinery (see lineageFastPath).
func NewHandler(client *ent.Client) http.Handler {
	srv, _ := newHandler(client, record.NewCache(client), true, IntrospectionOn)
	return limitRequests(DefaultLimits, minVersionFromHeader(srv))
}

// newHandler returns the endpoint over the record cache and, if fast, its
// lineage fast path.
func newHandler(client *ent.Client, records *record.Cache, fast bool, intro Introspection) (*handler.Server, *lineageFastPath) {
	r := newResolver(client, records)
	es := NewExecutableSchema(Config{Resolvers: r})
	srv := handler.New(es)
	srv.AddTransport(transport.Options{})
	srv.AddTransport(transport.GET{})
	srv.AddTransport(transport.POST{})
	srv.SetQueryCache(lru.New[*ast.QueryDocument](1000))
	srv.Use(introspectionGate{mode: intro})
	srv.Use(extension.AutomaticPersistedQuery{Cache: lru.New[string](100)})
	srv.Use(operationLimits{DefaultLimits})
	// Writes through the API are the signed-in principal's: the catalog
	// sets the origin of what they create from this actor. A mutation by
	// a principal who may not write is refused before any of it runs
	// (the catalog's own check, internal/access, stays behind it).
	srv.AroundOperations(func(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
		if oc := graphql.GetOperationContext(ctx); oc.Operation != nil && oc.Operation.Operation == ast.Mutation {
			if err := auth.Require(ctx, auth.Editor, "a mutation"); err != nil {
				return graphql.OneShot(&graphql.Response{Errors: gqlerror.List{presentError(ctx, err)}})
			}
		}
		if _, ok := actor.From(ctx); !ok {
			a := actor.API
			if p, ok := auth.From(ctx); ok {
				a = actor.Actor(p.Actor())
			}
			ctx = actor.With(ctx, a)
		}
		return next(ctx)
	})
	srv.AroundOperations(releaseAfterResponse)
	srv.AroundOperations(r.readYourWrites)
	srv.Use(transactions{entgql.Transactioner{TxOpener: client}})
	srv.Use(historyLoaders{client}) // History (issue 14): batched history fields
	var fp *lineageFastPath
	if fast {
		fp = &lineageFastPath{schema: es.Schema(), lineage: r.lineage}
		srv.Use(fp)
	}
	srv.SetErrorPresenter(presentError)
	return srv, fp
}

// Options configure the server NewServer returns.
type Options struct {
	// Access says how requests sign in (internal/access).
	Access access.Config
	// Introspection governs GraphQL introspection and the playground.
	Introspection Introspection
}

// NewMux is NewServer with the defaults: a loopback development server
// until a user or token is created, introspection and playground on for
// it.
func NewMux(client *ent.Client) http.Handler { return NewServer(client, Options{}) }

// NewServer serves the web interface at /, the API at /graphql, the
// playground at /playground, the Article 30 reports at /reports/article30,
// the inventories' CSV and XLSX exports at /reports/inventory/ and sign-in at /auth/, every request through the guard (no cross-site
// writes, security headers) and then signed in (internal/access), so that
// every handler, and the catalog under it, knows who asks.
func NewServer(client *ent.Client, opts Options) http.Handler {
	mux := http.NewServeMux()
	records := record.NewCache(client) // one read model for the API and the reports
	api, _ := newHandler(client, records, true, opts.Introspection)
	mux.Handle("/graphql", limitRequests(DefaultLimits, minVersionFromHeader(api)))
	mux.Handle("/playground", opts.Introspection.gate(frontend.Playground()))
	mux.Handle("/reports/article30", report.Handler(client, records))
	mux.Handle("/reports/inventory/", inventory.Handler(client, records, lineage.NewCache(records)))
	mux.Handle("/reports/diff", history.Handler(client, asof.ParseTime))
	mux.Handle("/", frontend.Handler())
	return guard(access.New(client).Middleware(opts.Access, signedIn(mux)))
}

// presentError adds a machine-readable code and, for rejected input, the
// name of the field, to the error's extensions.
func presentError(ctx context.Context, err error) *gqlerror.Error {
	gqlErr := graphql.DefaultErrorPresenter(ctx, err)
	var (
		inv  *invalid.Error
		val  *ent.ValidationError
		cons *ent.ConstraintError
		nf   *ent.NotFoundError
		unk  *lineage.UnknownError
		num  *strconv.NumError
		deny *auth.Error
	)
	ext := map[string]any{}
	switch {
	case errors.As(err, &deny):
		gqlErr.Message = deny.Error()
		ext["code"] = deny.Code()
	case errors.As(err, &num):
		// An ID that is no number: name the argument, not strconv.
		field := "id"
		if n := len(gqlErr.Path); n > 0 {
			if s, ok := gqlErr.Path[n-1].(ast.PathName); ok {
				field = string(s)
			}
		}
		gqlErr.Message = fmt.Sprintf("%s %q is not a catalog ID (IDs are numbers, as the API returns them)", field, num.Num)
		ext["code"], ext["field"] = "INVALID_INPUT", field
	case errors.As(err, &inv):
		ext["code"], ext["field"] = "INVALID_INPUT", inv.Field
	case errors.As(err, &val):
		ext["code"], ext["field"] = "INVALID_INPUT", val.Name
	case errors.As(err, &cons):
		ext["code"] = "CONSTRAINT"
		if strings.Contains(cons.Error(), "FOREIGN KEY") || strings.Contains(cons.Error(), "foreign key") {
			// What the database says of a delete that facts still depend on.
			gqlErr.Message = "other facts still refer to it: delete or change them first (" + gqlErr.Message + ")"
		}
	case errors.As(err, &unk):
		ext["code"], ext["suggestions"] = "UNKNOWN_FIELD", unk.Suggestions
	case errors.As(err, &nf):
		ext["code"] = "NOT_FOUND"
	default:
		return gqlErr
	}
	if gqlErr.Extensions == nil {
		gqlErr.Extensions = ext
	} else {
		for k, v := range ext {
			gqlErr.Extensions[k] = v
		}
	}
	return gqlErr
}
