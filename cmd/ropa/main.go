// Command ropa is the record-of-processing catalog: a GraphQL server over
// the data map, and the subcommands that load and query it.
//
//	ropa serve [--db DSN] [--addr HOST:PORT]
//	ropa seed  [--db DSN] [--format table|json]
package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"github.com/spf13/cobra"

	"github.com/ropacatalog/ropa/ent"
	"github.com/ropacatalog/ropa/internal/store"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := newRootCmd().ExecuteContext(ctx); err != nil {
		fmt.Fprintln(os.Stderr, "ropa:", err)
		os.Exit(1)
	}
}

func newRootCmd() *cobra.Command {
	root := &cobra.Command{
		Use:   "ropa",
		Short: "A catalog of records of processing (GDPR Art 30) and data maps",
		Long: `ropa keeps an organization's record of processing as a graph: data categories,
purposes and their legal bases, recipients, transfers and safeguards, retention and
security measures, each fact linked to the sentence of the notice that states it.

Start with 'ropa seed' (or 'ropa serve', which seeds an empty catalog) to make
a catalog, ropa.db unless --db says otherwise. The commands that only read it
(who-receives, map, report, findings) never create one: where --db names no
catalog they say so and how to make one. They read a catalog file you cannot
write (another user's, a read-only mount) without changing it. A catalog an
older ropa wrote is migrated on first use; if you cannot write it, its owner
must run a ropa command on it first (ropa seed --db PATH).`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.AddCommand(newServeCmd(), newSeedCmd(), newWhoReceivesCmd(), newMapCmd(), newGenCmd(), newReportCmd(), newFindingsCmd())
	root.AddCommand(newExtractCmd(), newImportCmd(), newExportCmd())
	root.AddCommand(newApplyCmd(), newValidateCmd()) // the record as code (issue 16)
	root.AddCommand(newUserCmd(), newTokenCmd())
	root.AddCommand(newDriftCmd())
	root.AddCommand(newDiffCmd(), newHistoryCmd()) // History (issue 14)
	root.AddCommand(newBenchCmd())                 // issue 19
	return root
}

// dbFlag adds the --db flag every catalog subcommand takes.
func dbFlag(cmd *cobra.Command, dsn *string) {
	cmd.Flags().StringVar(dsn, "db", store.DefaultPath,
		"catalog database: a SQLite file path or file: DSN, or a postgres:// URL")
}

// formatFlag adds --format for subcommands that print data.
func formatFlag(cmd *cobra.Command, format *string) {
	cmd.Flags().StringVar(format, "format", "table", "output format: table (for people) or json (for tools)")
}

func checkFormat(format string) error {
	if format != "table" && format != "json" {
		return fmt.Errorf("--format %q: want table or json", format)
	}
	return nil
}

// writeJSON prints v as indented JSON, the --format json output of every
// subcommand.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

func openCatalog(ctx context.Context, dsn string) (*ent.Client, error) {
	return store.Open(ctx, dsn, store.Config{})
}

// openExistingCatalog opens a catalog for a command that only reads it.
// A SQLite file is opened read-only and not migrated when its schema is
// current, so a catalog the user cannot write (another user's, a copy on
// a read-only mount) can still be queried. Where there is no catalog it
// says how to make one, and never creates an empty one.
func openExistingCatalog(ctx context.Context, dsn string) (*ent.Client, error) {
	client, err := store.Open(ctx, dsn, store.Config{ReadOnly: true})
	var stale *store.NeedsMigrationError
	switch {
	case errors.Is(err, store.ErrNoCatalog):
		return nil, fmt.Errorf("--db %s: no catalog there; make one with `ropa seed --db %s` (or `ropa serve --db %s`, which seeds an empty catalog)",
			store.Redact(dsn), store.Redact(dsn), store.Redact(dsn))
	case errors.As(err, &stale):
		return nil, fmt.Errorf("%w; run `ropa seed --db %s` once as a user who can write it, or query a writable copy", err, store.Redact(dsn))
	}
	return client, err
}
