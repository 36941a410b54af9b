package main

import (
	"bufio"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	"github.com/ropacatalog/ropa/internal/report"
)

func newReportCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "report",
		Short: "Produce reports from the catalog (Article 30 records)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return cmd.Help()
		},
	}
	cmd.AddCommand(newReportArticle30Cmd())
	return cmd
}

func newReportArticle30Cmd() *cobra.Command {
	var dsn, org, format, record, out, template, asOf string
	var reviewed, rejected bool
	cmd := &cobra.Command{
		Use:   "article30 --org NAME --format html|csv|xlsx|json [--template ico|cnil] [--record controller|processor] [-o FILE]",
		Short: "Write an organization's GDPR Article 30 record (controller and processor)",
		Long: `article30 generates the records of processing of Art 30 from the catalog:
the controller record (Art 30(1)(a)-(g)) and the processor record (Art 30(2)(a)-(d),
grouped by controller), or only one of them with --record.

  html  print-ready document: cover with contacts, contents, one section per
        activity, every fact footnoted with the sentence of the notice
  csv   the UK ICO controller template: contact block, then one row per activity
  xlsx  the same as an Excel workbook, with a second sheet for the processor record
  json  the documented JSON form the others are rendered from

--template cnil (with --format xlsx) writes the French CNIL register instead
of the ICO template: a sheet "Organisme" with the organization, its DPO and
representative and the list of activities, then one sheet per activity laid
out as the CNIL model: purposes with their bases, security measures as
checkboxes (access control, logging, software protection, backup,
encryption, processor control, other), data categories with their CNIL
family, sensitive data flagged (Art 9, Art 10) and the time limit for
erasure of each, data subjects, recipients split into internal (affiliates),
external organisations and processors, and transfers outside the EU with
country, recipient and safeguard.

Facts a notice states for all the processing it describes (or entered for the
whole organization) are printed once, in a section of their own, and each
activity refers to it. Drafts (facts not yet reviewed) are marked DRAFT;
--reviewed-only leaves them out. Rejected facts are left out unless
--include-rejected.

--as-of prints the record as the catalog stood at a past date or time (a date
means the end of that day), rebuilt from the catalog's history, with the
evidence stored then; safeguards and findings are judged at that date.

--org takes an organization key (ujet) or name (UJET, Inc.). The report is
written to standard output, or to the file -o names. The catalog is only read:
a file you cannot write will do, and a --db with no catalog is an error.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if org == "" {
				return fmt.Errorf("--org is required: an organization key or name, e.g. --org ujet")
			}
			f, err := report.ParseFormat(format)
			if err != nil {
				return fmt.Errorf("--%v", err)
			}
			rec, err := report.ParseRecord(record)
			if err != nil {
				return fmt.Errorf("--%v", err)
			}
			tpl, err := report.ParseTemplate(template)
			if err != nil {
				return fmt.Errorf("--%v", err)
			}
			if tpl == report.TemplateCNIL && f != report.FormatXLSX {
				return fmt.Errorf("--template cnil: the CNIL register is a workbook: use --format xlsx")
			}
			write := func(w io.Writer, r *report.Report) error { return report.Write(w, r, f) }
			if tpl == report.TemplateCNIL {
				write = report.WriteCNIL
			}
			client, err := openExistingCatalog(cmd.Context(), dsn)
			if err != nil {
				return err
			}
			defer client.Close()
			at, now, release, err := atTime(cmd.Context(), client, asOf)
			if err != nil {
				return err
			}
			defer release()
			r, err := report.Build(cmd.Context(), at, org, report.Options{Record: rec, Now: now,
				ReviewedOnly: reviewed, IncludeRejected: rejected})
			if report.IsUnknownOrganization(err) {
				return fmt.Errorf("--org: %w", err)
			}
			if err != nil {
				return err
			}
			if out == "" || out == "-" {
				return write(cmd.OutOrStdout(), r)
			}
			return writeReportFile(out, func(w io.Writer) error { return write(w, r) })
		},
	}
	dbFlag(cmd, &dsn)
	cmd.Flags().StringVar(&org, "org", "", "organization key or name (required)")
	cmd.Flags().StringVar(&format, "format", "html", "output format: html, csv, xlsx or json")
	cmd.Flags().StringVar(&template, "template", "ico", "spreadsheet layout: ico (UK ICO template) or cnil (French CNIL register, xlsx only)")
	cmd.Flags().StringVar(&record, "record", "", "only the controller or the processor record (default both)")
	cmd.Flags().StringVarP(&out, "output", "o", "", "write to FILE instead of standard output")
	cmd.Flags().BoolVar(&reviewed, "reviewed-only", false, "leave out drafts (facts not yet reviewed)")
	cmd.Flags().BoolVar(&rejected, "include-rejected", false, "keep facts a reviewer rejected, marked REJECTED")
	asOfFlag(cmd, &asOf)
	return cmd
}

// writeReportFile writes through a buffer to path, and removes a partial file
// when writing fails.
func writeReportFile(path string, write func(io.Writer) error) error {
	fh, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("-o %s: %w", path, err)
	}
	bw := bufio.NewWriter(fh)
	err = write(bw)
	if err == nil {
		err = bw.Flush()
	}
	if cerr := fh.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(path)
		return fmt.Errorf("-o %s: %w", path, err)
	}
	return nil
}
