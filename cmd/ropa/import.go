package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/ropacatalog/ropa/internal/draft"
	"github.com/ropacatalog/ropa/internal/drift"
	"github.com/ropacatalog/ropa/internal/extract"
	"github.com/ropacatalog/ropa/internal/fides"
	"github.com/ropacatalog/ropa/internal/subprocessors"
)

func newImportCmd() *cobra.Command {
	var dsn, org, format string
	var minConf float64
	cmd := &cobra.Command{
		Use:   "import FILE --org NAME [--min-confidence P] [--db DSN] | import --format fides DIR|FILE [--org KEY] | import --format subprocessors FILE --org NAME",
		Short: "Load a privacy notice's extracted facts, or a Fides project, into the catalog as unreviewed drafts",
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
a terminal, a spinner on standard error shows the import is at work.

--min-confidence P (0 to 1; default 0, every fact kept) leaves out the facts
whose confidence is below P and prints how many it left out of each kind. A
fact's confidence is calibrated on real privacy notices: of the facts given
0.9, about nine in ten were right there (README, "Confidence"); for purposes,
data subjects, security measures and recipients named by category, which are
not measured, it is the raw rule score. The threshold applies when facts are
written: importing the same bytes again, with any threshold, changes nothing.

--format fides reads a Fides project instead: a fideslang 2 or 3 YAML file, or
every .yml/.yaml file under a directory (organization, system with
privacy_declarations, dataset with collections and nested fields, and
data_category, data_use and data_subject extensions). A system becomes a
system of the catalog, each privacy declaration a processing activity with its
data use as purpose, its lawful basis and Art 9 condition, retention, subjects
and categories; a dataset's categorised fields become fields of the system
that references it (so ropa who-receives answers for them); a system whose
system_type names a vendor (Processor, Third Party, Vendor...) or that has a
vendor_id is a recipient, which the systems sending data to it (egress)
disclose to. Resources go to the organization their organization_fides_key
names (default_organization when none), or to --org. Everything is written
in one transaction as UNREVIEWED facts with origin "import:<base name of DIR or
FILE>", each citing the YAML lines that state it; on any error nothing is
written and the error names the file, line and field. What fideslang states
that the catalog does not keep is listed.

--format subprocessors reads a sub-processor list (a vendor table) from a
CSV, XLSX, HTML or Markdown file, whatever its header wording: the name
("Name of Subprocessor", "Vendor", "Entity", "Company"...), the purpose
("Purpose", "Services Provided", "Nature of processing"...), where it
processes ("Location of Processing", "Country", "Data Location"...), where it
is established ("Corporate Location", "Headquarters"...) and the transfer
mechanism ("Transfer Mechanism", "Safeguards"...). Each row becomes a
sub-processor recipient of the organization --org names (created if absent)
with its service and country, disclosed to by one processor activity
"Processing by the sub-processors listed in FILE", and a transfer for each
processing location outside the EEA with the safeguard the row states (DPF,
SCCs, BCRs, adequacy). Unreviewed, one transaction, each fact citing its row;
an error names the file, line and column, and writes nothing.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if cmd.Flags().Changed("min-confidence") {
				if !(minConf >= 0 && minConf <= 1) {
					return fmt.Errorf("--min-confidence %v: must be between 0 and 1 (0 keeps every fact)", minConf)
				}
				if format == "fides" || format == "subprocessors" {
					return fmt.Errorf("--min-confidence applies to a privacy notice's extracted facts, not to --format %s", format)
				}
			}
			if format == "fides" {
				return runFidesImport(cmd, dsn, args[0], org)
			}
			if format == "subprocessors" {
				return runSubprocessorImport(cmd, dsn, args[0], org)
			}
			if err := checkFormat(format); err != nil {
				return fmt.Errorf("%w, or fides for a Fides project", err)
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
			rep, err := draft.ImportWith(cmd.Context(), client, args[0], src, org, draft.Options{MinConfidence: minConf})
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
			if rep.MinConfidence > 0 {
				fmt.Fprintf(out, "  left out, confidence below %.2f: %s\n", rep.MinConfidence, leftOutSummary(rep.LeftOut))
			}
			for _, s := range rep.Skipped {
				fmt.Fprintf(out, "  not stored: %s\n", s)
			}
			return nil
		},
	}
	dbFlag(cmd, &dsn)
	cmd.Flags().Float64Var(&minConf, "min-confidence", 0, "leave out the notice's facts whose confidence is below this (0 to 1; 0 keeps every fact)")
	cmd.Flags().StringVar(&format, "format", "table", "table or json: a notice, with its report for people or tools; fides: a Fides project (DIR or FILE); subprocessors: a vendor table (CSV, XLSX, HTML, Markdown)")
	cmd.Flags().StringVar(&org, "org", "", "name of the organization the notice speaks for (created if absent); with --format fides, optional: the organization every resource goes to")
	return cmd
}

// leftOutSummary lists the facts left out per kind, in the extraction's
// order of kinds: "3 collects, 1 discloses" (or "none").
func leftOutSummary(n map[string]int) string {
	var parts []string
	total := 0
	for _, k := range extract.Kinds {
		if n[k] > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", n[k], k))
			total += n[k]
		}
	}
	if total == 0 {
		return "none"
	}
	return fmt.Sprintf("%d facts (%s)", total, strings.Join(parts, ", "))
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

// runFidesImport imports a Fides project and prints what it wrote.
func runFidesImport(cmd *cobra.Command, dsn, path, org string) error {
	client, err := openCatalog(cmd.Context(), dsn)
	if err != nil {
		return err
	}
	defer client.Close()
	bar := newProgress(cmd, "importing "+path, -1)
	rep, err := fides.Import(cmd.Context(), client, path, fides.Options{Org: org})
	bar.finish()
	if err != nil {
		return err
	}
	out := cmd.OutOrStdout()
	if rep.Unchanged {
		fmt.Fprintf(out, "%s: unchanged since it was imported, nothing to do\n", path)
		return nil
	}
	fmt.Fprintf(out, "%s: %d files imported as unreviewed facts (origin %s) into %s; %d earlier unreviewed facts replaced\n",
		path, rep.Files, rep.Origin, strings.Join(rep.Organizations, ", "), rep.Replaced)
	fmt.Fprintf(out, "  %d systems, %d datasets, %d fields, %d activities, %d purposes, %d recipients, %d disclosures, %d transfers, %d retention rules, %d security practices, %d taxonomy entries added\n",
		rep.Systems, rep.Datasets, rep.Fields, rep.Activities, rep.Purposes, rep.Recipients, rep.Disclosures, rep.Transfers, rep.Retention, rep.Security, rep.Taxonomy)
	for _, s := range rep.Skipped {
		fmt.Fprintf(out, "  not stored: %s\n", s)
	}
	return nil
}

// runSubprocessorImport imports a sub-processor list and prints what it wrote.
func runSubprocessorImport(cmd *cobra.Command, dsn, path, org string) error {
	if org == "" {
		return fmt.Errorf("--org is required: the organization whose sub-processors these are")
	}
	src, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	client, err := openCatalog(cmd.Context(), dsn)
	if err != nil {
		return err
	}
	defer client.Close()
	rep, err := subprocessors.Import(cmd.Context(), client, path, src, org)
	if err != nil {
		return err
	}
	out := cmd.OutOrStdout()
	if rep.Unchanged {
		fmt.Fprintf(out, "%s: unchanged since it was imported, nothing to do\n", path)
		return nil
	}
	fmt.Fprintf(out, "%s: %d sub-processors and %d transfers written as unreviewed facts (origin %s); %d earlier unreviewed facts replaced\n",
		path, rep.Recipients, rep.Transfers, rep.Origin, rep.Replaced)
	fmt.Fprintf(out, "  columns read: %s\n", strings.Join(rep.Columns, ", "))
	return nil
}
