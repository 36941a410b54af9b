package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/spf13/cobra"

	"github.com/ropacatalog/ropa/graph"
	"github.com/ropacatalog/ropa/internal/store"
	"github.com/ropacatalog/ropa/seed"
)

func newServeCmd() *cobra.Command {
	var dsn, addr string
	var noSeed bool
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Serve the web interface, the GraphQL API and its playground",
		Long: `serve opens (creating or migrating) the catalog database, seeds it from the
embedded seed data when it holds no organization yet, and serves:

  /            the web interface: data map, record of processing, field
               lookup, evidence, editing and review
  /graphql     the GraphQL API (POST or GET)
  /playground  an interactive GraphQL playground

It listens on loopback only (127.0.0.1:8080 unless --addr names another
loopback address) and answers only requests whose Host is a loopback name:
ropa has no sign-in yet, so anyone who could reach it could read and change
the record. To share it, keep it on loopback behind an authenticating
reverse proxy that sets the Host it forwards to localhost.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
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
			if err := loopbackOnly(addr); err != nil {
				return err
			}
			ln, err := net.Listen("tcp", addr)
			if err != nil {
				return err
			}
			// Slow clients cannot hold a connection open: the headers within
			// 10 s, the body within a minute; /graphql bounds the work itself
			// (graph.DefaultLimits).
			srv := &http.Server{Handler: graph.AccessLog(graph.NewMux(client), slog.Default()), ReadHeaderTimeout: 10 * time.Second,
				ReadTimeout: time.Minute, WriteTimeout: 2 * time.Minute, IdleTimeout: 2 * time.Minute}
			slog.Info("serving", "db", store.Redact(dsn), "ui", "http://"+ln.Addr().String()+"/", "playground", "http://"+ln.Addr().String()+"/playground",
				"graphql", "http://"+ln.Addr().String()+"/graphql")
			go func() {
				<-ctx.Done()
				shutdown, cancel := context.WithTimeout(context.Background(), 5*time.Second)
				defer cancel()
				srv.Shutdown(shutdown)
			}()
			if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
				return err
			}
			return nil
		},
	}
	dbFlag(cmd, &dsn)
	cmd.Flags().StringVar(&addr, "addr", "127.0.0.1:8080", "address to listen on")
	cmd.Flags().BoolVar(&noSeed, "no-seed", false, "do not seed an empty catalog")
	return cmd
}

// loopbackOnly refuses an --addr that is not a loopback address.
func loopbackOnly(addr string) error {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return fmt.Errorf("--addr %q: want HOST:PORT, e.g. 127.0.0.1:8080: %v", addr, err)
	}
	if host == "localhost" {
		return nil
	}
	if ip := net.ParseIP(host); ip != nil && ip.IsLoopback() {
		return nil
	}
	return fmt.Errorf("--addr %q: ropa has no sign-in yet, so it listens on loopback only (127.0.0.1 or [::1]); to share it, keep it on loopback behind an authenticating reverse proxy", addr)
}
