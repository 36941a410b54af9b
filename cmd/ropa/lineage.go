package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/biter777/countries"
	"github.com/mitchellh/go-wordwrap"
	"github.com/spf13/cobra"

	"github.com/ropacatalog/ropa/ent"
	"github.com/ropacatalog/ropa/ent/datacategory"
	"github.com/ropacatalog/ropa/ent/organization"
	purposepkg "github.com/ropacatalog/ropa/ent/purpose"
	"github.com/ropacatalog/ropa/ent/transfer"
	"github.com/ropacatalog/ropa/internal/datamap"
	"github.com/ropacatalog/ropa/internal/iso"
	"github.com/ropacatalog/ropa/internal/lineage"
	"github.com/ropacatalog/ropa/internal/record"
	"github.com/ropacatalog/ropa/internal/safeguard"
)

// findOrg resolves --org: an organization key (ujet) or name (UJET, Inc.),
// case-insensitively. An empty name means all organizations.
func findOrg(ctx context.Context, c *ent.Client, name string) (*int, error) {
	if name == "" {
		return nil, nil
	}
	o, err := c.Organization.Query().
		Where(organization.Or(organization.KeyEqualFold(name), organization.NameEqualFold(name))).
		First(ctx)
	if ent.IsNotFound(err) {
		keys, _ := c.Organization.Query().Select(organization.FieldKey).Strings(ctx)
		return nil, fmt.Errorf("--org %q: no such organization (known: %s)", name, strings.Join(keys, ", "))
	}
	if err != nil {
		return nil, err
	}
	return &o.ID, nil
}

// lineageRow is one line of `ropa who-receives --format json`.
type lineageRow struct {
	Recipient     string   `json:"recipient"`
	RecipientKind string   `json:"recipientKind"`
	Named         bool     `json:"named"`
	Organization  string   `json:"organization"`
	Activity      string   `json:"activity"`
	Purposes      []string `json:"purposes"`
	LegalBases    []string `json:"legalBases"` // of the purposes the disclosure serves
	// AllActivityBases: the disclosure names no purpose, so legalBases are
	// those of every purpose of the activity.
	AllActivityBases bool           `json:"allActivityBases"`
	Category         string         `json:"category"`
	Match            string         `json:"match"`
	Country          string         `json:"country"`
	Safeguard        string         `json:"safeguard"`
	Transfers        []transferJSON `json:"transfers"`
	Evidence         []evidenceJSON `json:"evidence"`
}

type transferJSON struct {
	Country   string `json:"country"`
	Safeguard string `json:"safeguard"`
	Stale     bool   `json:"stale"`
	// ValidUntil is the last day the safeguard is valid (YYYY-MM-DD), when
	// it has one.
	ValidUntil string `json:"validUntil,omitempty"`
}

type evidenceJSON struct {
	Document string `json:"document"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Quote    string `json:"quote"`
}

func newWhoReceivesCmd() *cobra.Command {
	var dsn, format, org, asOf string
	cmd := &cobra.Command{
		Use:   "who-receives FIELD",
		Short: "List the recipients of a field or data category, and why",
		Long: `who-receives answers "who receives this field?": FIELD is a field path
(system.dataset.field, e.g. careers.application.ssn) or a data category key
(e.g. user.contact.email). Each recipient comes with the activity, purposes,
legal bases, the declared category it matches through and how (exact; broader:
the recipient receives a category that covers the field; narrower: it receives
a part of the asked category), transfers with safeguards, and the notice's
sentences.

The table (for people) prints one entry per recipient, wrapped to 80 columns:
kind (named in the notice, or a category of recipients), organization,
activity, purposes, legal bases, the category it matches through, each
transfer as COUNTRY: SAFEGUARD, marked "INVALID since DATE" when the safeguard
is no longer valid (the JSON's stale and validUntil), and the sentences with
their offsets. --format json prints the same facts for tools.

--as-of answers from the catalog as it stood at a past date or time, rebuilt
from its history (safeguards judged valid or not at that date).

  ropa who-receives user.contact.email --org ujet
  ropa who-receives user.contact.email --org ujet --as-of 2026-06-30
  ropa who-receives careers.application.ssn --format json`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := checkFormat(format); err != nil {
				return err
			}
			ctx := cmd.Context()
			client, err := openExistingCatalog(ctx, dsn)
			if err != nil {
				return err
			}
			defer client.Close()
			if _, err := findOrg(ctx, client, org); err != nil {
				return err
			}
			at, now, release, err := atTimeWithFields(ctx, client, asOf)
			if err != nil {
				return err
			}
			defer release()
			q, results, err := lineage.RecipientsOf(ctx, at, args[0], org)
			if err != nil {
				return err
			}
			rows := lineageRows(results, now)
			if format == "json" {
				return writeJSON(cmd.OutOrStdout(), rows)
			}
			return writeLineageTable(cmd.OutOrStdout(), q, rows)
		},
	}
	dbFlag(cmd, &dsn)
	formatFlag(cmd, &format)
	cmd.Flags().StringVar(&org, "org", "", "only this organization (key or name)")
	asOfFlag(cmd, &asOf)
	return cmd
}

func lineageRows(results []lineage.Result, now time.Time) []lineageRow {
	rows := []lineageRow{}
	for _, r := range results {
		row := lineageRow{
			Recipient: r.Recipient.Name, RecipientKind: string(r.Recipient.Kind), Named: r.Recipient.Named,
			Organization: r.Organization.Name, Activity: r.Activity.Name,
			Category: r.Category.Key, Match: strings.ToLower(string(r.Match)),
			Country: r.Recipient.Country, Purposes: []string{}, LegalBases: []string{},
			Transfers: []transferJSON{}, Evidence: []evidenceJSON{}, AllActivityBases: r.AllActivityBases,
		}
		for _, p := range r.Purposes {
			row.Purposes = append(row.Purposes, p.Key)
		}
		for _, ap := range r.LegalBases {
			if b := ap.LegalBasis; b != nil && !slices.Contains(row.LegalBases, b.Key) {
				row.LegalBases = append(row.LegalBases, b.Key)
			}
			if b := ap.SpecialCondition; b != nil && !slices.Contains(row.LegalBases, b.Key) {
				row.LegalBases = append(row.LegalBases, b.Key)
			}
		}
		var countries, safeguards []string
		for _, t := range r.Transfers {
			tj := transferJSON{Country: t.Country, Safeguard: "unspecified"}
			if tj.Country == "" {
				tj.Country = string(t.Scope)
			}
			if sg := t.Edges.Safeguard; sg != nil {
				tj.Safeguard = sg.Key
				tj.Stale = safeguard.InvalidSince(sg, now) != nil
				if sg.ValidUntil != nil {
					tj.ValidUntil = sg.ValidUntil.Format(time.DateOnly)
				}
			}
			row.Transfers = append(row.Transfers, tj)
			if !slices.Contains(countries, tj.Country) {
				countries = append(countries, tj.Country)
			}
			if !slices.Contains(safeguards, tj.Safeguard) {
				safeguards = append(safeguards, tj.Safeguard)
			}
		}
		if len(countries) > 0 {
			row.Country = strings.Join(countries, ", ")
			row.Safeguard = strings.Join(safeguards, ", ")
		}
		for _, e := range r.Evidence {
			doc := ""
			if d := e.Edges.Document; d != nil {
				doc = d.Title
			}
			row.Evidence = append(row.Evidence, evidenceJSON{Document: doc, Start: e.Start, End: e.End, Quote: e.Quote})
		}
		rows = append(rows, row)
	}
	return rows
}

// tableWidth is the width the who-receives table fits: an 80-column
// terminal.
const tableWidth = 80

// labelWidth is the width of the labels of a who-receives entry, indent
// included; values wrap to the rest of the line.
const labelWidth = 14

// writeLineageTable prints one entry per recipient, every fact on a line of
// its own and wrapped to tableWidth: kind, organization, activity, purposes,
// bases, the category it matches through, each transfer with its safeguard
// (INVALID where the JSON says stale) and the notice's sentences.
func writeLineageTable(w io.Writer, q *lineage.Query, rows []lineageRow) error {
	asked := q.Category.Key
	if q.Field != nil {
		asked = q.Field.Path + " (" + q.Category.Key + ")"
	}
	b := &strings.Builder{}
	writeWrapped(b, "", fmt.Sprintf("Recipients of %s: %d", asked, len(rows)), "")
	stale := false
	for i, r := range rows {
		b.WriteString("\n")
		num := fmt.Sprintf("%2d. ", i+1)
		writeWrapped(b, num, r.Recipient, strings.Repeat(" ", len(num)))
		kind := r.RecipientKind + ", a category of recipients"
		if r.Named {
			kind = r.RecipientKind + ", named in the notice"
		}
		entryField(b, "kind", kind)
		entryField(b, "org", r.Organization)
		entryField(b, "activity", r.Activity)
		entryField(b, "purposes", dash(strings.Join(r.Purposes, ", ")))
		bases := strings.Join(r.LegalBases, ", ")
		switch {
		case bases == "":
			bases = "— (none stated)"
		case r.AllActivityBases:
			bases += " (the activity's: the disclosure names no purpose)"
		}
		entryField(b, "bases", bases)
		entryField(b, "via", r.Category+" ("+r.Match+")")
		if len(r.Transfers) == 0 {
			entryField(b, "transfers", "— (none stated)")
		}
		for j, t := range r.Transfers {
			label := ""
			if j == 0 {
				label = "transfers"
			}
			text := t.Country + ": " + t.Safeguard
			if t.Stale {
				text += " (INVALID since " + t.ValidUntil + ")"
				stale = true
			}
			entryField(b, label, text)
		}
		for j, e := range r.Evidence {
			label := ""
			if j == 0 {
				label = "evidence"
			}
			entryField(b, label, fmt.Sprintf("%s [%d,%d):", e.Document, e.Start, e.End))
			entryField(b, "", "\u201c"+strings.Join(strings.Fields(e.Quote), " ")+"\u201d")
		}
	}
	if stale {
		b.WriteString("\n")
		writeWrapped(b, "", "INVALID: the transfer relies on a safeguard no longer valid today (the JSON's stale); see `ropa findings`.", "")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// entryField writes one labelled fact of a who-receives entry.
func entryField(b *strings.Builder, label, value string) {
	indent := strings.Repeat(" ", labelWidth)
	writeWrapped(b, fmt.Sprintf("    %-*s", labelWidth-4, label), value, indent)
}

// writeWrapped writes first followed by text wrapped at spaces to
// tableWidth, its further lines starting with indent (first and indent are
// as wide). A word wider than the line is cut.
func writeWrapped(b *strings.Builder, first, text, indent string) {
	width := tableWidth - utf8.RuneCountInString(indent)
	prefix := first
	for _, line := range strings.Split(wordwrap.WrapString(text, uint(width)), "\n") {
		for r := []rune(line); ; r = r[width:] {
			if len(r) <= width {
				b.WriteString(strings.TrimRight(prefix+string(r), " ") + "\n")
				break
			}
			b.WriteString(prefix + string(r[:width]) + "\n")
			prefix = indent
		}
		prefix = indent
	}
}

func dash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}

func newMapCmd() *cobra.Command {
	var dsn, format, org, category, purpose, country, asOf string
	var rejected bool
	cmd := &cobra.Command{
		Use:   "map",
		Short: "Export the data map as JSON, Graphviz DOT or Mermaid",
		Long: `map exports the data map (organizations, systems, activities, data categories,
recipients, countries and the edges between them) as json, dot (render with
'dot -Tsvg') or mermaid. Nodes are colored by what a DPO worries about:
special-category data, transfers, and transfers under safeguards no longer valid.

--category, --purpose and --country narrow the map. A key the catalog does not
hold, or a country no transfer reaches, is an error with the closest keys or
the countries transfers reach, not an empty map. --country takes an ISO code in
either case (us, US), WORLDWIDE or UNSPECIFIED.

  ropa map --org ujet --format dot | dot -Tsvg > ujet.svg
  ropa map --category user.contact.email --country US --format mermaid

--as-of draws the map as the catalog stood at a past date or time, rebuilt
from its history.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if format != "json" && format != "dot" && format != "mermaid" {
				return fmt.Errorf("--format %q: want json, dot or mermaid", format)
			}
			ctx := cmd.Context()
			client, err := openExistingCatalog(ctx, dsn)
			if err != nil {
				return err
			}
			defer client.Close()
			orgID, err := findOrg(ctx, client, org)
			if err != nil {
				return err
			}
			if country, err = checkMapFilters(ctx, client, category, purpose, country); err != nil {
				return err
			}
			at, now, release, err := atTime(ctx, client, asOf)
			if err != nil {
				return err
			}
			defer release()
			rec, err := record.Load(ctx, at, record.Options{Org: orgID, IncludeRejected: rejected})
			if err != nil {
				return err
			}
			m := datamap.Build(rec, orgID, datamap.Filter{DataCategory: category, Purpose: purpose, Country: country}, now)
			switch format {
			case "dot":
				return m.WriteDOT(cmd.OutOrStdout())
			case "mermaid":
				return m.WriteMermaid(cmd.OutOrStdout())
			}
			return m.WriteJSON(cmd.OutOrStdout())
		},
	}
	dbFlag(cmd, &dsn)
	cmd.Flags().StringVar(&format, "format", "json", "json, dot or mermaid")
	cmd.Flags().StringVar(&org, "org", "", "only this organization (key or name)")
	cmd.Flags().StringVar(&category, "category", "", "only activities processing this data category key")
	cmd.Flags().StringVar(&purpose, "purpose", "", "only activities for this purpose key")
	cmd.Flags().StringVar(&country, "country", "", "only what reaches this country (ISO code)")
	cmd.Flags().BoolVar(&rejected, "include-rejected", false, "also draw facts a reviewer rejected")
	asOfFlag(cmd, &asOf)
	return cmd
}

// checkMapFilters refuses a --category or --purpose key the catalog does
// not hold, and a --country that is no ISO code or that no transfer in the
// catalog reaches, with the closest keys or the countries it knows; an
// empty graph would otherwise look like an answer. It returns the country
// in the case the catalog stores it (us: US, worldwide: WORLDWIDE).
func checkMapFilters(ctx context.Context, c *ent.Client, category, purpose, country string) (string, error) {
	if category != "" {
		keys, err := c.DataCategory.Query().Select(datacategory.FieldKey).Strings(ctx)
		if err != nil {
			return "", err
		}
		if !slices.Contains(keys, category) {
			return "", unknownKey("--category", "data category", category, keys)
		}
	}
	if purpose != "" {
		keys, err := c.Purpose.Query().Select(purposepkg.FieldKey).Strings(ctx)
		if err != nil {
			return "", err
		}
		if !slices.Contains(keys, purpose) {
			return "", unknownKey("--purpose", "purpose", purpose, keys)
		}
	}
	if country == "" {
		return "", nil
	}
	code := strings.ToUpper(country)
	if code != "WORLDWIDE" && code != "UNSPECIFIED" {
		if iso.CheckCountry(code) != nil {
			msg := fmt.Sprintf("--country %q: not an ISO 3166-1 alpha-2 country code (e.g. US), WORLDWIDE or UNSPECIFIED", country)
			if m := countries.ByName(country); iso.CheckCountry(m.Alpha2()) == nil {
				msg += fmt.Sprintf("; did you mean %s (%s)?", m.Alpha2(), m.String())
			}
			return "", errors.New(msg)
		}
	}
	reached, err := destinations(ctx, c)
	if err != nil {
		return "", err
	}
	if !slices.Contains(reached, code) {
		return "", fmt.Errorf("--country %s: no transfer in the catalog reaches %s (transfers reach: %s)",
			country, iso.CountryName(code), strings.Join(reached, ", "))
	}
	return code, nil
}

// unknownKey is the error for a key the catalog does not hold, with the
// closest it does.
func unknownKey(flag, what, key string, known []string) error {
	msg := fmt.Sprintf("%s %q: no such %s key", flag, key, what)
	if s := lineage.Closest(key, known); len(s) > 0 {
		msg += "; did you mean " + strings.Join(s, ", ") + "?"
	}
	return errors.New(msg)
}

// destinations lists the countries the catalog's transfers reach, as the
// map's --country takes them: ISO codes, WORLDWIDE and UNSPECIFIED.
func destinations(ctx context.Context, c *ent.Client) ([]string, error) {
	ts, err := c.Transfer.Query().Select(transfer.FieldScope, transfer.FieldCountry).All(ctx)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, t := range ts {
		d := t.Country
		if t.Scope != transfer.ScopeCountry || d == "" {
			d = strings.ToUpper(string(t.Scope))
		}
		if !slices.Contains(out, d) {
			out = append(out, d)
		}
	}
	slices.Sort(out)
	return out, nil
}
