package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/ropacatalog/ropa/ent"
	"github.com/ropacatalog/ropa/ent/organization"
	"github.com/ropacatalog/ropa/internal/actor"
	"github.com/ropacatalog/ropa/internal/catalog"
	"github.com/ropacatalog/ropa/internal/findings"
	"github.com/ropacatalog/ropa/internal/invalid"
)

func newFindingsAckCmd() *cobra.Command {
	var dsn, format, org, rule, subject, note, until, who string
	var list bool
	cmd := &cobra.Command{
		Use:   "ack --org NAME --rule ID --subject KEY --note TEXT --until YYYY-MM-DD | ack --list --org NAME",
		Short: "Acknowledge a finding (an accepted risk): quiet until the review date or until its facts change",
		Long: `ack records that a finding is accepted, with a note and a review date.
The finding stays listed, marked acknowledged, and is not counted by
ropa findings --fail-on until the review date, or until the facts under it
change. --subject is the finding's subject as ropa findings --format json
lists it. With --list, ack lists the organization's acknowledgements.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := checkFormat(format); err != nil {
				return err
			}
			if org == "" {
				return fmt.Errorf("--org is required: an organization key or name, e.g. --org ujet")
			}
			ctx := cmd.Context()
			client, err := openExistingCatalog(ctx, dsn)
			if err != nil {
				return err
			}
			defer client.Close()
			if list {
				return listAcks(ctx, cmd.OutOrStdout(), client, org, format)
			}
			in := findings.AckInput{Organization: org, Rule: rule, Subject: subject, Note: note}
			if until == "" {
				return fmt.Errorf("--until is required: the day the finding speaks again (YYYY-MM-DD)")
			}
			if in.ReviewBy, err = findings.ParseReviewBy(until); err != nil {
				return fmt.Errorf("--until %q: want YYYY-MM-DD", until)
			}
			var ack *ent.FindingAcknowledgement
			err = catalog.Write(ctx, client, actor.CLI(who), func(ctx context.Context, tx *ent.Tx) error {
				ack, err = findings.Acknowledge(ctx, tx.Client(), in, time.Now())
				return err
			})
			if err != nil {
				return flagError(err)
			}
			if format == "json" {
				return writeJSON(cmd.OutOrStdout(), ack)
			}
			fmt.Fprintf(cmd.OutOrStdout(), "Acknowledged %s %s until %s by %s.\n", ack.Rule, ack.Subject, ack.ReviewBy.Format(time.DateOnly), ack.Actor)
			return nil
		},
	}
	dbFlag(cmd, &dsn)
	formatFlag(cmd, &format)
	cmd.Flags().StringVar(&org, "org", "", "organization key or name (required)")
	cmd.Flags().StringVar(&rule, "rule", "", "the finding's rule ID, e.g. transfer-invalid-instrument")
	cmd.Flags().StringVar(&subject, "subject", "", "the finding's subject (ropa findings --format json)")
	cmd.Flags().StringVar(&note, "note", "", "why the finding is accepted (required)")
	cmd.Flags().StringVar(&until, "until", "", "review date: the day the finding speaks again (YYYY-MM-DD, after today)")
	cmd.Flags().StringVar(&who, "actor", "", "who acknowledges (default: the operating-system user)")
	cmd.Flags().BoolVar(&list, "list", false, "list the organization's acknowledgements instead")
	return cmd
}

// flagError names the command-line flag of a field Acknowledge refused.
func flagError(err error) error {
	flags := map[string]string{"organization": "--org", "rule": "--rule", "subject": "--subject", "note": "--note", "reviewBy": "--until"}
	var ie *invalid.Error
	if errors.As(err, &ie) {
		return fmt.Errorf("%s: %s", flags[ie.Field], ie.Reason)
	}
	return err
}

func listAcks(ctx context.Context, w io.Writer, c *ent.Client, org, format string) error {
	o, err := c.Organization.Query().
		Where(organization.Or(organization.KeyEqualFold(org), organization.NameEqualFold(org))).First(ctx)
	if err != nil {
		return fmt.Errorf("--org %q: no such organization", org)
	}
	acks, err := findings.Acknowledgements(ctx, c, o.ID)
	if err != nil {
		return err
	}
	if format == "json" {
		return writeJSON(w, acks)
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "RULE\tSUBJECT\tREVIEW BY\tBY\tAT\tNOTE")
	for _, a := range acks {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", a.Rule, a.Subject, a.ReviewBy.Format(time.DateOnly), a.Actor,
			a.CreatedAt.Format(time.DateOnly), a.Note)
	}
	return tw.Flush()
}
