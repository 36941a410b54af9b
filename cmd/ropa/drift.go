package main

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/ropacatalog/ropa/ent/organization"
	"github.com/ropacatalog/ropa/internal/drift"
)

func newDriftCmd() *cobra.Command {
	var dsn, format, org, notice string
	cmd := &cobra.Command{
		Use:   "drift --org NAME --notice NOTICE [--db DSN] [--format table|json]",
		Short: "List how the latest imported version of a notice departs from the reviewed record",
		Long: `drift compares the latest imported version of a notice with the reviewed record
of the version it replaces (the latest earlier version with the same file name
that holds reviewed facts) and lists, each with the record's evidence sentence
and the new notice's sentence:

  added    what the new text states that the record lacks (recipients, data
           categories, purposes, transfers, retention)
  removed  what the record holds that the new text no longer states
  changed  a transfer to the same country with another safeguard, or a
           retention rule for the same data with another limit

Only what the new version changed is listed: a fact the earlier text stated
too was there when the record was reviewed. NOTICE is the notice's ID, or its
file name, URL or title (the latest version with it). ropa import prints the
same list after importing a new version.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := checkFormat(format); err != nil {
				return err
			}
			if org == "" {
				return fmt.Errorf("--org is required: an organization key or name, e.g. --org ujet")
			}
			if notice == "" {
				return fmt.Errorf("--notice is required: a notice ID, file name, URL or title")
			}
			ctx := cmd.Context()
			client, err := openExistingCatalog(ctx, dsn)
			if err != nil {
				return err
			}
			defer client.Close()
			o, err := client.Organization.Query().
				Where(organization.Or(organization.KeyEqualFold(org), organization.NameEqualFold(org))).First(ctx)
			if err != nil {
				return fmt.Errorf("--org %q: no such organization", org)
			}
			id, err := drift.Find(ctx, client, o.ID, notice)
			if err != nil {
				return fmt.Errorf("--notice: %w", err)
			}
			rep, err := drift.Compare(ctx, client, id)
			if err != nil {
				return err
			}
			if format == "json" {
				return writeJSON(cmd.OutOrStdout(), rep)
			}
			return writeDriftTable(cmd.OutOrStdout(), rep)
		},
	}
	dbFlag(cmd, &dsn)
	formatFlag(cmd, &format)
	cmd.Flags().StringVar(&org, "org", "", "organization key or name (required)")
	cmd.Flags().StringVar(&notice, "notice", "", "the notice: its ID, file name, URL or title (required)")
	return cmd
}

// writeDriftTable prints a drift report for people: one block per item,
// with the record's sentence and the new notice's.
func writeDriftTable(w io.Writer, rep *drift.Report) error {
	if rep.Base.ID == rep.Notice.ID {
		fmt.Fprintf(w, "%s (%d): no earlier version in the catalog, no drift\n", rep.Notice.Title, rep.Notice.ID)
		return nil
	}
	fmt.Fprintf(w, "Drift of %s (%d) from the record reviewed on %s (%d): %d\n",
		rep.Notice.Title, rep.Notice.ID, rep.Base.Title, rep.Base.ID, len(rep.Items))
	if len(rep.Items) == 0 {
		return nil
	}
	fmt.Fprintln(w)
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "CHANGE\tFACT\tRECORD\tNEW NOTICE")
	for _, it := range rep.Items {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", strings.ToUpper(string(it.Change)), it.Fact, sideValue(it.Old), sideValue(it.New))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	for i, it := range rep.Items {
		fmt.Fprintf(w, "\n%d. %s %s %s\n", i+1, it.Change, it.Fact, it.Key)
		if it.Old != nil {
			fmt.Fprintf(w, "   record: “%s”\n", it.Old.Sentence)
		}
		if it.New != nil {
			fmt.Fprintf(w, "   notice: “%s”\n", it.New.Sentence)
		}
	}
	return nil
}

func sideValue(s *drift.Side) string {
	if s == nil {
		return "-"
	}
	if v := []rune(s.Value); len(v) > 60 {
		return string(v[:57]) + "..."
	}
	return s.Value
}
