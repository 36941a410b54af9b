package main

import (
	"fmt"
	"os"

	"github.com/spf13/cobra"
	"gopkg.in/yaml.v3"

	"github.com/ropacatalog/ropa/internal/extract"
)

func newExtractCmd() *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:   "extract [--format json|yaml] FILE...",
		Short: "Print the facts a privacy notice states, each with its evidence spans",
		Long: `extract reads privacy notices (plain text, Markdown or HTML, by extension or
content) and prints the facts it finds: data collected, recipients, purposes,
legal bases, transfers and safeguards, retention, rights, data subjects and
security measures. Every fact carries evidence: byte offsets into the file as
given and the quote between them, and a confidence: for data categories, named
recipients, legal bases, transfers, retention and rights, how often such a
fact was right on real notices (calibrated; README, "Confidence"), for the
other kinds the rule's own score. With one file it prints one result; with
several, a JSON array (or one YAML document per file). Nothing is written to
the catalog; see ropa import.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, files []string) error {
			if format != "json" && format != "yaml" {
				return fmt.Errorf("--format %q: want json or yaml", format)
			}
			var results []*extract.Result
			for _, f := range files {
				src, err := os.ReadFile(f)
				if err != nil {
					return err
				}
				res, err := extract.Extract(f, src)
				if err != nil {
					return err
				}
				results = append(results, res)
			}
			out := cmd.OutOrStdout()
			if format == "yaml" {
				enc := yaml.NewEncoder(out)
				for _, r := range results {
					if err := enc.Encode(r); err != nil {
						return err
					}
				}
				return enc.Close()
			}
			if len(results) == 1 {
				return writeJSON(out, results[0])
			}
			return writeJSON(out, results)
		},
	}
	cmd.Flags().StringVar(&format, "format", "json", "output format: json (the contract) or yaml")
	return cmd
}
