package main

import (
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	"github.com/ropacatalog/ropa/internal/draft"
	"github.com/ropacatalog/ropa/internal/drift"
)

func newImportCmd() *cobra.Command {
	var dsn, org, format string
	cmd := &cobra.Command{
		Use:   "import FILE --org NAME [--db DSN]",
		Short: "Load a privacy notice's extracted facts into the catalog as unreviewed drafts",
		Long: `import runs ropa extract on FILE and loads the facts into the catalog in one
transaction, as UNREVIEWED facts of the organization NAME (created if absent),
with origin "import:<file name>" and evidence spans into a policy document
holding the file's exact bytes. Importing the same bytes again changes
nothing; importing a changed file replaces the still-unreviewed facts of that
origin and keeps those a reviewer confirmed or rejected. Reviewers confirm,
correct or reject each fact through the GraphQL update mutations
(reviewStatus, reviewNote). The catalog needs its taxonomy (ropa seed).
After importing a new version of a notice the catalog holds (same file name),
import prints its drift from the reviewed record (see ropa drift --help). On
a terminal, a spinner on standard error shows the import is at work.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := checkFormat(format); err != nil {
				return err
			}
			if org == "" {
				return fmt.Errorf("--org is required: the organization the notice speaks for")
			}
			src, err := os.ReadFile(args[0])
			if err != nil {
				return err
			}
			client, err := openCatalog(cmd.Context(), dsn)
			if err != nil {
				return err
			}
			defer client.Close()
			// A spinner on a terminal while the notice is extracted and written.
			bar := newProgress(cmd, "importing "+args[0], -1)
			rep, err := draft.Import(cmd.Context(), client, args[0], src, org)
			bar.finish()
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			// Drift: how this version departs from the reviewed record of the
			// version it replaces (none for a first version or the same bytes).
			var dr *drift.Report
			if !rep.Unchanged {
				if dr, err = drift.Compare(cmd.Context(), client, rep.Notice); err != nil {
					return fmt.Errorf("%s: imported, but comparing it with the record: %w", args[0], err)
				}
			}
			if format == "json" {
				return writeJSON(out, importOutput{rep, dr})
			}
			defer printImportDrift(out, dr)
			if rep.Unchanged {
				fmt.Fprintf(out, "%s: unchanged since it was imported, nothing to do\n", rep.File)
				return nil
			}
			fmt.Fprintf(out, "%s: %d unreviewed facts written (origin %s), %d earlier unreviewed facts replaced, %d not stored\n",
				rep.File, rep.Created, rep.Origin, rep.Replaced, len(rep.Skipped))
			for _, s := range rep.Skipped {
				fmt.Fprintf(out, "  not stored: %s\n", s)
			}
			return nil
		},
	}
	dbFlag(cmd, &dsn)
	formatFlag(cmd, &format)
	cmd.Flags().StringVar(&org, "org", "", "name of the organization the notice speaks for (created if absent)")
	return cmd
}

// importOutput is import's JSON: the import report and, for a new version
// of a notice already in the catalog, its drift from the reviewed record.
type importOutput struct {
	*draft.Report
	Drift *drift.Report `json:"drift,omitempty"`
}

// printImportDrift prints the drift summary after an import of a new
// version; nothing when the notice has no earlier version.
func printImportDrift(w io.Writer, dr *drift.Report) {
	if dr == nil || dr.Base.ID == dr.Notice.ID {
		return
	}
	fmt.Fprintln(w)
	writeDriftTable(w, dr)
}
