package main

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/ropacatalog/ropa/ent/organization"
	"github.com/ropacatalog/ropa/internal/findings"
	"github.com/ropacatalog/ropa/internal/record"
)

func newFindingsCmd() *cobra.Command {
	var dsn, format, org, asOf, failOn string
	cmd := &cobra.Command{
		Use:   "findings --org NAME [--as-of YYYY-MM-DD] [--fail-on high|medium|low] [--format table|json|sarif]",
		Short: "List what in an organization's record needs attention, why, since when, and the sentences",
		Long: `findings evaluates the rules of internal/findings over the organization's
effective record as of a date (default today): transfers on instruments no
longer (or not yet) valid, transfers without a safeguard, special-category or
criminal-offence data without an Art 9(2) condition or Art 10 authorisation,
purposes without a basis, legitimate interests without the interest, activities
without retention or security measures, notices contradicting themselves.

With --fail-on, the command exits with status 1 when a finding is at least
that severe, for use in CI; acknowledged findings (ropa findings ack) are
listed but not counted. --format sarif writes a SARIF 2.1.0 log for code
scanning.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if format != "sarif" {
				if err := checkFormat(format); err != nil {
					return fmt.Errorf("%w (or sarif)", err)
				}
			}
			if org == "" {
				return fmt.Errorf("--org is required: an organization key or name, e.g. --org ujet")
			}
			date := time.Now()
			if asOf != "" {
				t, err := time.Parse(time.DateOnly, asOf)
				if err != nil {
					return fmt.Errorf("--as-of %q: want YYYY-MM-DD", asOf)
				}
				date = t
			}
			var fail findings.Severity
			if failOn != "" {
				s, err := findings.ParseSeverity(failOn)
				if err != nil {
					return fmt.Errorf("--fail-on: %v", err)
				}
				fail = s
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
			rec, err := record.Load(ctx, client, record.Options{Org: &o.ID})
			if err != nil {
				return err
			}
			fs, err := findings.Evaluate(ctx, client, rec.Organization(o.ID), date)
			if err != nil {
				return err
			}
			switch format {
			case "json":
				err = writeJSON(cmd.OutOrStdout(), fs)
			case "sarif":
				err = findings.WriteSARIF(cmd.OutOrStdout(), fs)
			default:
				err = writeFindingsTable(cmd.OutOrStdout(), o.Name, date, fs)
			}
			if err != nil {
				return err
			}
			if fail != "" {
				for _, f := range fs {
					if f.Acknowledged == nil && f.Severity.AtLeast(fail) {
						cmd.SilenceUsage = true
						return fmt.Errorf("%d findings, at least one %s or worse not acknowledged", len(fs), fail)
					}
				}
			}
			return nil
		},
	}
	dbFlag(cmd, &dsn)
	formatFlag(cmd, &format)
	cmd.Flags().Lookup("format").Usage = "output format: table (for people), json (for tools) or sarif (SARIF 2.1.0, for code scanning)"
	cmd.Flags().StringVar(&org, "org", "", "organization key or name (required)")
	cmd.Flags().StringVar(&asOf, "as-of", "", "evaluate as of this date (YYYY-MM-DD; default today)")
	cmd.AddCommand(newFindingsAckCmd())
	cmd.Flags().StringVar(&failOn, "fail-on", "", "exit with status 1 on a finding this severe or worse (high, medium, low)")
	return cmd
}

func writeFindingsTable(w io.Writer, org string, date time.Time, fs []findings.Finding) error {
	fmt.Fprintf(w, "Findings for %s as of %s: %d\n\n", org, date.Format(time.DateOnly), len(fs))
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "SEVERITY\tRULE\tACTIVITY\tSINCE\tACKNOWLEDGED\tMESSAGE")
	for _, f := range fs {
		ack := "-"
		if f.Acknowledged != nil {
			ack = "until " + f.Acknowledged.ReviewBy
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", strings.ToUpper(string(f.Severity)), f.Rule, dash(f.Activity), dash(f.Since), ack, f.Message)
	}
	return tw.Flush()
}
