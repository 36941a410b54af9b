package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/netip"
	"time"

	"github.com/spf13/cobra"

	"github.com/ropacatalog/ropa/graph"
	"github.com/ropacatalog/ropa/internal/access"
	"github.com/ropacatalog/ropa/internal/auth"
	"github.com/ropacatalog/ropa/internal/store"
	"github.com/ropacatalog/ropa/seed"
)

func newServeCmd() *cobra.Command {
	var (
		dsn, addr, introspect, tlsCert, tlsKey string
		proxyHeader, proxyRole                 string
		proxyTrusted                           []string
		noSeed, requireSignIn                  bool
		sessionTTL                             time.Duration
	)
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Serve the web interface, the GraphQL API and its playground",
		Long: `serve opens (creating or migrating) the catalog database, seeds it from the
embedded seed data when it holds no organization yet, and serves:

  /            the web interface: data map, record of processing, field
               lookup, evidence, editing and review
  /graphql     the GraphQL API (POST or GET)
  /playground  an interactive GraphQL playground
  /auth/       sign-in and sign-out of the web interface

Sign-in. Until a user or an API token exists (ropa user add, ropa token
create) and no proxy is configured, serve is a development server: it
listens on loopback only, answers only requests whose Host is a loopback
name, and every request acts as a local admin. Once one exists, every
request must sign in: with an API token ("Authorization: Bearer TOKEN"),
through the web interface (a user's password or a token, kept in an
HttpOnly session cookie whose writes carry a CSRF token), or through an
authenticating proxy (--proxy-header, believed only from --proxy-trusted
addresses). Roles: viewer reads; editor also writes facts (they stay
unreviewed); reviewer also confirms and rejects them; admin also manages
users and tokens.

A non-loopback --addr requires sign-in: serve refuses to start until a
user, a token or a proxy is configured. Serve TLS itself with --tls-cert
and --tls-key, or put it behind a TLS-terminating reverse proxy.

Introspection and the playground are on for the development server and
off once sign-in is on, unless --introspection says otherwise.`,
		Example: `  ropa serve
  ropa user add dpo --role admin && ropa serve --addr 0.0.0.0:8443 --tls-cert cert.pem --tls-key key.pem
  ropa serve --proxy-header X-Forwarded-User --proxy-trusted 127.0.0.1/32 --proxy-role viewer`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			opts, err := serveOptions(addr, introspect, tlsCert, tlsKey, proxyHeader, proxyRole, proxyTrusted, requireSignIn, sessionTTL)
			if err != nil {
				return err
			}
			client, err := openCatalog(ctx, dsn)
			if err != nil {
				return err
			}
			defer client.Close()
			if !noSeed {
				empty, err := seed.IsEmpty(ctx, client)
				if err != nil {
					return err
				}
				if empty {
					rep, err := seed.Load(ctx, client)
					if err != nil {
						return err
					}
					slog.Info("seeded the catalog", "notices", len(rep.Loaded))
				}
			}
			if opts.Access.Required && opts.Access.Proxy == nil {
				on, err := access.New(client).Configured(ctx)
				if err != nil {
					return err
				}
				if !on {
					return fmt.Errorf("--addr %s reaches beyond this machine, so ropa requires sign-in, and no user or token exists in %s yet; create one first:\n"+
						"  ropa user add NAME --role admin --db %s     (a password for the web interface)\n"+
						"  ropa token create NAME --role admin --db %s (a token for the API)\n"+
						"or sign in through an authenticating proxy with --proxy-header and --proxy-trusted (see ropa serve --help)",
						addr, store.Redact(dsn), dsn, dsn)
				}
			}
			if opts.Access.Required && tlsCert == "" {
				slog.Warn("serving beyond loopback without TLS: passwords, tokens and the record cross the network in clear text unless a TLS-terminating proxy is in front (--tls-cert and --tls-key serve TLS)")
			}
			ln, err := net.Listen("tcp", addr)
			if err != nil {
				return err
			}
			// Slow clients cannot hold a connection open: the headers within
			// 10 s, the body within a minute; /graphql bounds the work itself
			// (graph.DefaultLimits).
			srv := &http.Server{Handler: graph.AccessLog(graph.NewServer(client, opts), slog.Default()), ReadHeaderTimeout: 10 * time.Second,
				ReadTimeout: time.Minute, WriteTimeout: 2 * time.Minute, IdleTimeout: 2 * time.Minute}
			scheme := "http"
			if tlsCert != "" {
				scheme = "https"
			}
			base := scheme + "://" + ln.Addr().String()
			slog.Info("serving", "db", store.Redact(dsn), "ui", base+"/", "graphql", base+"/graphql", "sign-in", signInMode(opts))
			go func() {
				<-ctx.Done()
				shutdown, cancel := context.WithTimeout(context.Background(), 5*time.Second)
				defer cancel()
				srv.Shutdown(shutdown)
			}()
			if tlsCert != "" {
				err = srv.ServeTLS(ln, tlsCert, tlsKey)
			} else {
				err = srv.Serve(ln)
			}
			if err != nil && !errors.Is(err, http.ErrServerClosed) {
				return err
			}
			return nil
		},
	}
	dbFlag(cmd, &dsn)
	f := cmd.Flags()
	f.StringVar(&addr, "addr", "127.0.0.1:8080", "address to listen on; beyond loopback, sign-in is required")
	f.BoolVar(&noSeed, "no-seed", false, "do not seed an empty catalog")
	f.BoolVar(&requireSignIn, "require-sign-in", false, "require sign-in on loopback too, even before any user or token exists")
	f.StringVar(&proxyHeader, "proxy-header", "", "header in which an authenticating proxy names the signed-in user (e.g. X-Forwarded-User)")
	f.StringSliceVar(&proxyTrusted, "proxy-trusted", nil, "addresses or CIDR prefixes of the proxy; the header is believed from these only")
	f.StringVar(&proxyRole, "proxy-role", "viewer", "role of a user the proxy names who is not a ropa user (viewer, editor, reviewer, admin, or none to refuse them)")
	f.DurationVar(&sessionTTL, "session-ttl", 12*time.Hour, "how long a web sign-in lasts")
	f.StringVar(&tlsCert, "tls-cert", "", "serve HTTPS with this certificate (PEM)")
	f.StringVar(&tlsKey, "tls-key", "", "the certificate's private key (PEM)")
	f.StringVar(&introspect, "introspection", "auto", "GraphQL introspection and the playground: auto (on for the development server only), on or off")
	return cmd
}

// serveOptions checks the flags of serve and turns them into the
// server's options.
func serveOptions(addr, introspect, tlsCert, tlsKey, proxyHeader, proxyRole string, proxyTrusted []string,
	requireSignIn bool, sessionTTL time.Duration) (graph.Options, error) {
	var opts graph.Options
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return opts, fmt.Errorf("--addr %q: want HOST:PORT, e.g. 127.0.0.1:8080: %v", addr, err)
	}
	opts.Access.Required = requireSignIn || !isLoopback(host)
	opts.Access.SessionTTL = sessionTTL
	if opts.Introspection, err = graph.ParseIntrospection(introspect); err != nil {
		return opts, err
	}
	if (tlsCert == "") != (tlsKey == "") {
		return opts, errors.New("--tls-cert and --tls-key go together: give both or neither")
	}
	if proxyHeader == "" {
		if len(proxyTrusted) > 0 {
			return opts, errors.New("--proxy-trusted without --proxy-header: name the header the proxy sets")
		}
		return opts, nil
	}
	if len(proxyTrusted) == 0 {
		return opts, errors.New("--proxy-header needs --proxy-trusted: the addresses of the proxy, from which alone the header is believed")
	}
	px := &access.Proxy{Header: http.CanonicalHeaderKey(proxyHeader)}
	for _, t := range proxyTrusted {
		p, err := netip.ParsePrefix(t)
		if err != nil {
			a, aerr := netip.ParseAddr(t)
			if aerr != nil {
				return opts, fmt.Errorf("--proxy-trusted %q: want an address or a CIDR prefix (127.0.0.1, 10.0.0.0/8)", t)
			}
			p = netip.PrefixFrom(a, a.BitLen())
		}
		px.Trusted = append(px.Trusted, p.Masked())
	}
	if proxyRole != "none" {
		if px.Role, err = auth.ParseRole(proxyRole); err != nil {
			return opts, fmt.Errorf("--proxy-role: %v", err)
		}
	}
	opts.Access.Proxy = px
	return opts, nil
}

func signInMode(o graph.Options) string {
	switch {
	case o.Access.Proxy != nil:
		return "proxy " + o.Access.Proxy.Header
	case o.Access.Required:
		return "required"
	}
	return "once a user or token exists"
}

// isLoopback reports whether host is localhost or a loopback address.
func isLoopback(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}
