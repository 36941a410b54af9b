package main

import (
	"context"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/ropacatalog/ropa/ent"
	"github.com/ropacatalog/ropa/ent/organization"
	"github.com/ropacatalog/ropa/internal/actor"
	"github.com/ropacatalog/ropa/internal/asof"
	"github.com/ropacatalog/ropa/internal/catalog"
	"github.com/ropacatalog/ropa/internal/history"
)

// History (issue 14): ropa diff and ropa history revert.

func newDiffCmd() *cobra.Command {
	var dsn, format, org, from, to string
	cmd := &cobra.Command{
		Use:   "diff --org NAME --from DATE --to DATE [--db DSN] [--format table|json|html]",
		Short: "List what changed in an organization's record between two dates, from the history",
		Long: `diff lists, from the catalog's change history, what changed in an
organization's record between two dates: activities added and removed;
purposes and their bases, recipients, transfers and safeguards, retention and
measures added, removed or changed (field by field). Each line says who
changed it, when, and through what (api, cli, seed, import), with the
sentences of the notice that state the fact.

--from and --to are dates (2026-01-01) or times (2026-01-01T09:00:00Z); a
date given to --to includes that whole day.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if format != "table" && format != "json" && format != "html" {
				return fmt.Errorf("--format %q: want table, json or html", format)
			}
			if org == "" {
				return fmt.Errorf("--org is required: an organization key or name, e.g. --org ujet")
			}
			start, err := parseWhen("--from", from, false)
			if err != nil {
				return err
			}
			end, err := parseWhen("--to", to, true)
			if err != nil {
				return err
			}
			ctx := cmd.Context()
			client, err := openExistingCatalog(ctx, dsn)
			if err != nil {
				return err
			}
			defer client.Close()
			o, err := historyOrg(ctx, client, org)
			if err != nil {
				return err
			}
			d, err := history.Compute(ctx, client, o.ID, start, end)
			if err != nil {
				return err
			}
			switch format {
			case "json":
				return writeJSON(cmd.OutOrStdout(), d)
			case "html":
				return history.WriteHTML(cmd.OutOrStdout(), o.Name, d)
			}
			return writeDiffTable(cmd.OutOrStdout(), d)
		},
	}
	dbFlag(cmd, &dsn)
	cmd.Flags().StringVar(&format, "format", "table", "output format: table, json or html")
	cmd.Flags().StringVar(&org, "org", "", "organization key or name (required)")
	cmd.Flags().StringVar(&from, "from", "", "start date or time, included (required)")
	cmd.Flags().StringVar(&to, "to", "", "end date (included) or time (excluded); default now")
	return cmd
}

func historyOrg(ctx context.Context, client *ent.Client, org string) (*ent.Organization, error) {
	o, err := client.Organization.Query().
		Where(organization.Or(organization.KeyEqualFold(org), organization.NameEqualFold(org))).First(ctx)
	if err != nil {
		return nil, fmt.Errorf("--org %q: no such organization", org)
	}
	return o, nil
}

// parseWhen reads a date or an RFC 3339 time; a date given as an end
// means the end of that day.
func parseWhen(flag, s string, end bool) (time.Time, error) {
	if s == "" {
		if end {
			return time.Now().Add(time.Second), nil
		}
		return time.Time{}, fmt.Errorf("%s is required: a date such as 2026-01-01", flag)
	}
	t, err := asof.ParseTime(s, false)
	if err != nil {
		return time.Time{}, fmt.Errorf("%s %w", flag, err)
	}
	if end && !strings.Contains(s, "T") {
		t = t.AddDate(0, 0, 1)
	}
	return t, nil
}

func writeDiffTable(w io.Writer, d *history.Diff) error {
	if len(d.Lines) == 0 {
		_, err := fmt.Fprintf(w, "No changes between %s and %s.\n", d.From.Format(time.RFC3339), d.To.Format(time.RFC3339))
		return err
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "WHEN\tWHO\tWHAT\tCHANGE")
	for _, l := range d.Lines {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%d\n", l.At.Format("2006-01-02 15:04"), l.Actor, l.Summary, l.ChangeID)
		for _, f := range l.Fields {
			fmt.Fprintf(tw, "\t\t  %s: %s -> %s\t\n", f.Field, orNone(f.Before), orNone(f.After))
		}
		for _, e := range l.Evidence {
			fmt.Fprintf(tw, "\t\t  %q\t\n", e)
		}
	}
	return tw.Flush()
}

func orNone(s *string) string {
	if s == nil {
		return "(none)"
	}
	return *s
}

func newHistoryCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "history",
		Short: "Read and undo the catalog's change history",
	}
	cmd.AddCommand(newRevertCmd())
	return cmd
}

func newRevertCmd() *cobra.Command {
	var dsn, who, reason string
	cmd := &cobra.Command{
		Use:   "revert CHANGE [--reason TEXT] [--actor NAME] [--db DSN]",
		Short: "Undo one change of the history (recorded as a change itself)",
		Long: `revert undoes the change with ID CHANGE (see the changes query, or the CHANGE
column of ropa diff): a created row is deleted, an updated row set back, a
deleted row created again with its fields and edges (under a new ID). The
undoing is itself recorded, naming the change and the reason. A change is
reverted only while it is the last change of its row, and only once.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			var id int
			if _, err := fmt.Sscan(args[0], &id); err != nil {
				return fmt.Errorf("CHANGE %q: want a change ID (a number)", args[0])
			}
			ctx := cmd.Context()
			client, err := openExistingCatalog(ctx, dsn)
			if err != nil {
				return err
			}
			defer client.Close()
			var out []*ent.Change
			err = catalog.Write(ctx, client, actor.CLI(who), func(ctx context.Context, tx *ent.Tx) error {
				out, err = history.Revert(ctx, tx.Client(), id, reason)
				return err
			})
			if err != nil {
				return err
			}
			for _, c := range out {
				fmt.Fprintf(cmd.OutOrStdout(), "change %d: %s %s %d (%s)\n", c.ID, c.Operation, c.EntityType, c.EntityID, strings.TrimSpace(c.Note))
			}
			return nil
		},
	}
	dbFlag(cmd, &dsn)
	cmd.Flags().StringVar(&reason, "reason", "", "why the change is undone, recorded with it")
	actorFlag(cmd, &who)
	return cmd
}
