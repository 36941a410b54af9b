package main

import (
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/ropacatalog/ropa/internal/dpv"
	"github.com/ropacatalog/ropa/internal/fides"
	"github.com/ropacatalog/ropa/internal/record"
)

func newExportCmd() *cobra.Command {
	var dsn, org, format, out string
	var reviewed bool
	cmd := &cobra.Command{
		Use:   "export --format fides|dpv [--org KEY] [-o FILE]",
		Short: "Write the record in an interchange format: a Fides project or DPV JSON-LD",
		Long: `export writes the effective record (rejected facts out, drafts in unless
--reviewed-only) of one organization (--org, a key or name) or of all, in an
interchange format:

  fides  a Fides project (fideslang 3 YAML): the organization with its
         controller, DPO and representative; one system per catalog system,
         with a privacy declaration per activity and purpose (data use,
         categories, subjects, lawful basis, Art 9 condition, retention,
         third parties), its datasets with collections and nested fields,
         transfers (legal_basis_for_transfers, and fideslang 2's
         third_country_transfers in ISO 3166-1 alpha-3), security practices
         and data flows (egress) to one system per named recipient; the
         extensions of fideslang's taxonomy it uses. What fideslang cannot
         hold (evidence, scope, review status...) is listed on standard error.
  dpv    JSON-LD in the W3C Data Privacy Vocabulary: each activity a
         dpv:Process with purposes, personal data, data subjects, legal bases
         (eu-gdpr:A6-1-a ... A9-2-j), recipients with their roles, transfers
         with their transfer tools, storage conditions (ISO 8601 durations),
         technical and organisational measures, and the notice sentences
         as provenance. The @context is inline: nothing is fetched.

The output goes to standard output, or to the file -o names. The catalog is
only read.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if format != "fides" && format != "dpv" {
				return fmt.Errorf("--format %q: want fides or dpv", format)
			}
			client, err := openExistingCatalog(cmd.Context(), dsn)
			if err != nil {
				return err
			}
			defer client.Close()
			rec, err := record.Load(cmd.Context(), client, record.Options{ReviewedOnly: reviewed, Structure: format == "fides"})
			if err != nil {
				return err
			}
			orgs := rec.Organizations
			if org != "" {
				o := rec.OrganizationByKey(org)
				if o == nil {
					return fmt.Errorf("--org %q: no such organization in the catalog", org)
				}
				orgs = []*record.Organization{o}
			}
			var body []byte
			switch format {
			case "fides":
				tax, err := fides.LoadTaxonomy(cmd.Context(), client)
				if err != nil {
					return err
				}
				p, warnings := fides.Export(orgs, tax)
				for _, w := range warnings {
					fmt.Fprintln(cmd.ErrOrStderr(), "ropa export: not in the Fides project:", w)
				}
				if body, err = fides.Marshal(p); err != nil {
					return err
				}
			case "dpv":
				if body, err = dpv.Marshal(dpv.Export(orgs)); err != nil {
					return err
				}
			}
			if out == "" || out == "-" {
				_, err := cmd.OutOrStdout().Write(body)
				return err
			}
			return writeReportFile(out, func(w io.Writer) error { _, err := w.Write(body); return err })
		},
	}
	dbFlag(cmd, &dsn)
	cmd.Flags().StringVar(&org, "org", "", "organization key or name (default: every organization)")
	cmd.Flags().StringVar(&format, "format", "", "fides or dpv (required)")
	cmd.Flags().StringVarP(&out, "output", "o", "", "write to FILE instead of standard output")
	cmd.Flags().BoolVar(&reviewed, "reviewed-only", false, "leave out drafts (facts not yet reviewed)")
	return cmd
}
