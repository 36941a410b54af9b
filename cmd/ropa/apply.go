package main

import (
	"fmt"
	"os"
	"path/filepath"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/ropacatalog/ropa/internal/actor"
	"github.com/ropacatalog/ropa/seed"
)

// dirPrefix is how errors and changes name the files of dir.
func dirPrefix(dir string) string {
	return filepath.ToSlash(filepath.Clean(dir)) + "/"
}

func newApplyCmd() *cobra.Command {
	var dsn, dir, format, who string
	var planOnly bool
	cmd := &cobra.Command{
		Use:   "apply -f DIR [--plan] [--db DSN] [--format table|json]",
		Short: "Reconcile the catalog with notice files in the seed format (the record as code)",
		Long: `apply reconciles the catalog with the notice files under DIR, laid out as
'ropa export --format yaml' writes them and as the seed is: notices/*.yaml,
each citing its notice text under policies/. For each notice the files hold
(matched by organization key and document file name), facts the files state
and the catalog lacks are added, facts the catalog holds and the files do not
are removed, and changed ones are updated: activities, recipients and systems
by name (key), an activity's purposes by purpose key, the other facts
(disclosures, transfers, retention, security, rights, statements) by content,
so a changed one is removed and added. A notice the catalog lacks is loaded
whole. An organization's fields are set as loading sets them (the first file
stating one gives it; a value the catalog holds and a file states is kept;
roles are only added). Notices the files do not hold are left as they are.
An organization file, organizations/ORG.yaml, holds the facts entered for the
organization itself rather than stated by a notice: they are reconciled the
same way, and those the file leaves out are removed; without such a file the
organization's own facts are left as they are. Keys resolve against the
catalog's taxonomy.

Everything is written in one transaction through the catalog's write path, as
the actor cli:USER (--actor), so each change is in the history; on any error
nothing is written and the error names the file, line and field.

--plan prints what apply would add, change and remove, and writes nothing.
The changes are printed as a table, or with --format json as
{"changes": [{"op", "kind", "organization", "file", "line", "name",
"detail"}], "warnings": [...]}.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := checkFormat(format); err != nil {
				return err
			}
			if dir == "" {
				return fmt.Errorf("-f DIR is required: the directory holding notices/*.yaml, policies/ and organizations/*.yaml")
			}
			if st, err := os.Stat(dir); err != nil || !st.IsDir() {
				return fmt.Errorf("-f %s: not a directory", dir)
			}
			var client, err = openExistingCatalog(cmd.Context(), dsn)
			if !planOnly && err == nil {
				client.Close()
				client, err = openCatalog(cmd.Context(), dsn)
			}
			if err != nil {
				return err
			}
			defer client.Close()
			plan, err := seed.Apply(cmd.Context(), client, os.DirFS(dir), actor.CLI(who),
				seed.ApplyOptions{Prefix: dirPrefix(dir), PlanOnly: planOnly})
			if err != nil {
				return err
			}
			for _, w := range plan.Warnings {
				fmt.Fprintln(cmd.ErrOrStderr(), "ropa apply:", w)
			}
			out := cmd.OutOrStdout()
			if format == "json" {
				return writeJSON(out, plan)
			}
			if len(plan.Changes) == 0 {
				fmt.Fprintln(out, "No changes: the catalog holds what the files state.")
				return nil
			}
			tw := tabwriter.NewWriter(out, 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "OP\tKIND\tFACT\tWHERE\tDETAIL")
			for _, c := range plan.Changes {
				where := c.File
				if c.Line > 0 {
					where = fmt.Sprintf("%s:%d", c.File, c.Line)
				}
				fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", c.Op, c.Kind, c.Name, where, c.Detail)
			}
			if err := tw.Flush(); err != nil {
				return err
			}
			verb := "applied"
			if planOnly {
				verb = "planned, nothing written"
			}
			fmt.Fprintf(out, "%d to add, %d to change, %d to remove (%s).\n",
				plan.Count("add"), plan.Count("change"), plan.Count("remove"), verb)
			return nil
		},
	}
	dbFlag(cmd, &dsn)
	formatFlag(cmd, &format)
	actorFlag(cmd, &who)
	cmd.Flags().StringVarP(&dir, "file", "f", "", "directory holding notices/*.yaml, policies/ and organizations/*.yaml (required)")
	cmd.Flags().BoolVar(&planOnly, "plan", false, "print the changes and write nothing")
	return cmd
}

func newValidateCmd() *cobra.Command {
	var dsn, dir, format string
	cmd := &cobra.Command{
		Use:   "validate -f DIR [--db DSN] [--format table|json]",
		Short: "Check notice files in the seed format, without a catalog or against one; for CI",
		Long: `validate checks the notice files under DIR (notices/*.yaml citing
policies/*, as 'ropa export --format yaml' writes them) and the organization
files (organizations/*.yaml, with no evidence) and changes nothing:
the YAML against the seed format (unknown keys are errors), names unique
within a file, references to the file's recipients, systems and activities,
taxonomy keys, scopes (a transfer naming a recipient needs an activity of its
scope disclosing to it; a retention rule naming data categories an activity
of its scope processing one of them, or a broader or narrower one: else the
fact applies to nothing), and every evidence span: its offsets lie in the
notice text and its quote equals the text's bytes there.

Without --db no catalog is needed: keys are those of DIR/taxonomy/*.yaml, or of
the embedded taxonomy when DIR has none, and each file is checked on its own,
so every broken file is reported. With --db the keys are the catalog's and
the files are checked as 'ropa apply --plan' would apply them.

Each problem names the file, line and field. The exit status is 1 when there
is any, so it can run in CI. --format json prints {"valid": bool, "errors":
[...]}.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := checkFormat(format); err != nil {
				return err
			}
			if dir == "" {
				return fmt.Errorf("-f DIR is required: the directory holding notices/*.yaml, policies/ and organizations/*.yaml")
			}
			if st, err := os.Stat(dir); err != nil || !st.IsDir() {
				return fmt.Errorf("-f %s: not a directory", dir)
			}
			var errs []error
			if cmd.Flags().Changed("db") {
				client, err := openExistingCatalog(cmd.Context(), dsn)
				if err != nil {
					return err
				}
				defer client.Close()
				errs = seed.Validate(cmd.Context(), client, os.DirFS(dir), dirPrefix(dir))
			} else {
				errs = seed.Validate(cmd.Context(), nil, os.DirFS(dir), dirPrefix(dir))
			}
			msgs := []string{}
			for _, e := range errs {
				msgs = append(msgs, e.Error())
			}
			out := cmd.OutOrStdout()
			if format == "json" {
				if err := writeJSON(out, map[string]any{"valid": len(msgs) == 0, "errors": msgs}); err != nil {
					return err
				}
			} else {
				for _, m := range msgs {
					fmt.Fprintln(out, m)
				}
				if len(msgs) == 0 {
					fmt.Fprintf(out, "%s: valid\n", dir)
				}
			}
			if len(msgs) > 0 {
				return fmt.Errorf("%s: %d problem(s)", dir, len(msgs))
			}
			return nil
		},
	}
	dbFlag(cmd, &dsn)
	formatFlag(cmd, &format)
	cmd.Flags().StringVarP(&dir, "file", "f", "", "directory holding notices/*.yaml, policies/ and organizations/*.yaml (required)")
	return cmd
}
