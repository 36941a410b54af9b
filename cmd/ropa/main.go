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
	"io/fs"
	"os"
	"os/signal"
	"strings"
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
security measures, each fact linked to the sentence of the notice that states it.`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.AddCommand(newServeCmd(), newSeedCmd(), newWhoReceivesCmd(), newMapCmd(), newGenCmd(), newReportCmd(), newFindingsCmd())
	root.AddCommand(newExtractCmd(), newImportCmd())
	root.AddCommand(newUserCmd(), newTokenCmd())
	root.AddCommand(newDriftCmd())
	root.AddCommand(newDiffCmd(), newHistoryCmd()) // History (issue 14)
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

// openExistingCatalog opens a catalog for a command that only reads it:
// a SQLite file that is not there is an error saying how to make one,
// never a new empty catalog.
func openExistingCatalog(ctx context.Context, dsn string) (*ent.Client, error) {
	if path, ok := sqlitePath(dsn); ok {
		if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("--db %s: no catalog there; make one with `ropa seed --db %s` (or `ropa serve`, which seeds an empty catalog)", dsn, dsn)
		}
	}
	return openCatalog(ctx, dsn)
}

// sqlitePath is the file of a SQLite DSN: a plain path or file:PATH?...;
// false for PostgreSQL URLs and in-memory databases.
func sqlitePath(dsn string) (string, bool) {
	if strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://") || strings.Contains(dsn, "mode=memory") {
		return "", false
	}
	path := strings.TrimPrefix(dsn, "file:")
	if i := strings.IndexByte(path, '?'); i >= 0 {
		path = path[:i]
	}
	return path, path != "" && path != ":memory:"
}
