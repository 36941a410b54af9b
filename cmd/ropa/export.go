package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"

	"github.com/spf13/cobra"

	"github.com/ropacatalog/ropa/ent"
	"github.com/ropacatalog/ropa/ent/organization"
	"github.com/ropacatalog/ropa/internal/dpv"
	"github.com/ropacatalog/ropa/internal/fides"
	"github.com/ropacatalog/ropa/internal/record"
	"github.com/ropacatalog/ropa/seed"
)

func newExportCmd() *cobra.Command {
	var dsn, org, format, out string
	var reviewed bool
	cmd := &cobra.Command{
		Use:   "export --format fides|dpv|turtle|yaml [--org KEY] [-o FILE|DIR]",
		Short: "Write the record in an interchange format (a Fides project, DPV JSON-LD or Turtle) or as code (the seed format)",
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
  turtle the same DPV graph as RDF statements, N-Triples (the line-based
         subset of Turtle that every Turtle reader accepts), sorted so that
         two exports diff line by line; ttl is a synonym.
  yaml   the record as code: the directory -o names (required) receives
         one file per notice in the seed format, notices/ORG-DOCUMENT.yaml,
         and the notice texts they cite, policies/*. Every fact of a notice
         is written with its evidence, whatever its review status (rejected
         facts are left out). Loading the directory into an empty catalog
         gives the same record; 'ropa apply -f DIR' reconciles a catalog
         with it and 'ropa validate -f DIR' checks it. The facts entered for
         an organization itself, stated by no notice (through the web
         interface or the API), go to organizations/ORG.yaml: the same
         format without the document and without evidence.

The output goes to standard output, or to the file -o names. The catalog is
only read.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if format == "ttl" {
				format = "turtle"
			}
			if format != "fides" && format != "dpv" && format != "turtle" && format != "yaml" {
				return fmt.Errorf("--format %q: want fides, dpv, turtle or yaml", format)
			}
			if format == "yaml" && (out == "" || out == "-") {
				return fmt.Errorf("--format yaml writes a directory: name it with -o DIR")
			}
			client, err := openExistingCatalog(cmd.Context(), dsn)
			if err != nil {
				return err
			}
			defer client.Close()
			if format == "yaml" {
				return exportYAML(cmd, client, org, out)
			}
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
			case "turtle":
				if body, err = dpv.Triples(dpv.Export(orgs)); err != nil {
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
	cmd.Flags().StringVar(&format, "format", "", "fides, dpv, turtle or yaml (required)")
	cmd.Flags().StringVarP(&out, "output", "o", "", "write to FILE instead of standard output (yaml: the directory DIR)")
	cmd.Flags().BoolVar(&reviewed, "reviewed-only", false, "leave out drafts (facts not yet reviewed)")
	return cmd
}

// exportYAML writes the record as code into dir.
func exportYAML(cmd *cobra.Command, client *ent.Client, org, dir string) error {
	if org != "" {
		// A key or a name, as for the other formats.
		o, err := client.Organization.Query().Where(organization.Or(
			organization.KeyEqualFold(org), organization.NameEqualFold(org))).First(cmd.Context())
		if err != nil {
			return fmt.Errorf("--org %q: no such organization in the catalog", org)
		}
		org = o.Key
	}
	b, err := seed.Export(cmd.Context(), client, org)
	if err != nil {
		return err
	}
	names := make([]string, 0, len(b.Files))
	for name := range b.Files {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return fmt.Errorf("-o %s: %w", dir, err)
		}
		if err := os.WriteFile(path, b.Files[name], 0o644); err != nil {
			return fmt.Errorf("-o %s: %w", dir, err)
		}
	}
	for _, w := range b.Warnings {
		fmt.Fprintln(cmd.ErrOrStderr(), "ropa export: written in part:", w)
	}
	fmt.Fprintf(cmd.ErrOrStderr(), "ropa export: wrote %d files to %s\n", len(names), dir)
	return nil
}
