package main

import (
	"context"
	"errors"
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

It listens on 127.0.0.1 unless --addr says otherwise.`,
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
			ln, err := net.Listen("tcp", addr)
			if err != nil {
				return err
			}
			// Slow clients cannot hold a connection open: the headers within
			// 10 s, the body within a minute; /graphql bounds the work itself
			// (graph.DefaultLimits).
			srv := &http.Server{Handler: graph.NewMux(client), ReadHeaderTimeout: 10 * time.Second,
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
