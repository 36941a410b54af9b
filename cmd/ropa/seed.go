package main

import (
	"fmt"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/ropacatalog/ropa/seed"
)

func newSeedCmd() *cobra.Command {
	var dsn, format string
	cmd := &cobra.Command{
		Use:   "seed",
		Short: "Load the seed data (taxonomy and the five notices) into the catalog",
		Long: `seed loads the embedded seed data in one transaction: the shared taxonomy and
one reviewed file per privacy notice. It is idempotent: taxonomy entries are
upserted by key, unchanged notice files are skipped, and a changed file has
the facts it loaded replaced. A broken seed file fails with its file, line and
reason, and leaves the database as it was.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := checkFormat(format); err != nil {
				return err
			}
			client, err := openCatalog(cmd.Context(), dsn)
			if err != nil {
				return err
			}
			defer client.Close()
			rep, err := seed.Load(cmd.Context(), client)
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			if format == "json" {
				return writeJSON(out, map[string][]string{"loaded": nonNil(rep.Loaded), "skipped": nonNil(rep.Skipped)})
			}
			tw := tabwriter.NewWriter(out, 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "NOTICE\tRESULT")
			for _, f := range rep.Loaded {
				fmt.Fprintf(tw, "%s\tloaded\n", f)
			}
			for _, f := range rep.Skipped {
				fmt.Fprintf(tw, "%s\tunchanged, skipped\n", f)
			}
			return tw.Flush()
		},
	}
	dbFlag(cmd, &dsn)
	formatFlag(cmd, &format)
	return cmd
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
