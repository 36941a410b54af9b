package subprocessors

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"github.com/biter777/countries"

	"github.com/ropacatalog/ropa/ent"
	"github.com/ropacatalog/ropa/ent/organization"
	"github.com/ropacatalog/ropa/ent/policydocument"
	"github.com/ropacatalog/ropa/ent/processingactivity"
	"github.com/ropacatalog/ropa/ent/recipient"
	"github.com/ropacatalog/ropa/ent/transfersafeguard"
	"github.com/ropacatalog/ropa/internal/actor"
	"github.com/ropacatalog/ropa/internal/catalog"
	"github.com/ropacatalog/ropa/internal/review"
)

// Column is what a column of the table holds.
type Column string

const (
	ColName      Column = "name"      // the sub-processor
	ColPurpose   Column = "purpose"   // what it does
	ColLocation  Column = "location"  // where it processes the data
	ColCorporate Column = "corporate" // where it is established
	ColSafeguard Column = "safeguard" // the transfer mechanism
)

// headerWords are the wordings each column goes by, most specific first;
// a header matches the first column with a wording it contains.
var headerWords = []struct {
	col   Column
	words []string
}{
	{ColCorporate, []string{"corporate location", "corporate address", "headquarter", "registered", "incorporat", "entity location", "entity country", "company location", "seat"}},
	{ColSafeguard, []string{"transfer mechanism", "safeguard", "transfer tool", "transfer basis", "legal basis for transfer", "mechanism"}},
	{ColLocation, []string{"location of processing", "processing location", "data location", "hosting location", "where data", "location", "country", "countries", "region"}},
	{ColName, []string{"name of subprocessor", "name of sub-processor", "subprocessor", "sub-processor", "sub processor", "vendor", "entity", "company", "provider", "third party", "name", "processor"}},
	{ColPurpose, []string{"purpose", "nature of processing", "processing activit", "service", "description", "function", "activity", "processing", "role"}},
}

// Columns maps a header to what each column holds (-1: none).
func Columns(header []string) map[Column]int {
	out := map[Column]int{ColName: -1, ColPurpose: -1, ColLocation: -1, ColCorporate: -1, ColSafeguard: -1}
	for i, h := range header {
		l := strings.ToLower(strings.Join(strings.Fields(h), " "))
		for _, hw := range headerWords {
			hit := false
			for _, w := range hw.words {
				if strings.Contains(l, w) {
					hit = true
					break
				}
			}
			if hit {
				if out[hw.col] < 0 {
					out[hw.col] = i
				}
				break
			}
		}
	}
	return out
}

// EEA are the EEA states, to which no transfer is a Chapter V transfer.
var EEA = map[string]bool{}

func init() {
	for _, c := range strings.Fields("AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE IS LI NO EU") {
		EEA[c] = true
	}
}

var splitRE = regexp.MustCompile(`\s*(?:,|;|/|\band\b|\n|&)\s*`)
var parenRE = regexp.MustCompile(`\([^)]*\)`)

// Countries reads the countries a cell names ("United States, Ireland",
// "EU/US", "Germany (Frankfurt)"), as ISO 3166-1 alpha-2 codes; EU for the
// EU or EEA. It returns the parts it could not read.
func Countries(cell string) (codes, unknown []string) {
	for _, p := range splitRE.Split(parenRE.ReplaceAllString(cell, ""), -1) {
		p = strings.TrimSpace(strings.Trim(p, ". "))
		if p == "" {
			continue
		}
		switch strings.ToUpper(p) {
		case "EU", "EEA", "EUROPEAN UNION", "EUROPEAN ECONOMIC AREA", "EUROPE":
			codes = append(codes, "EU")
			continue
		case "US", "USA", "U.S.", "U.S.A.", "UNITED STATES", "UNITED STATES OF AMERICA":
			codes = append(codes, "US")
			continue
		case "UK", "U.K.", "UNITED KINGDOM", "GREAT BRITAIN":
			codes = append(codes, "GB")
			continue
		case "GLOBAL", "WORLDWIDE":
			codes = append(codes, "*")
			continue
		}
		c := countries.ByName(p)
		if !c.IsValid() {
			unknown = append(unknown, p)
			continue
		}
		codes = append(codes, c.Alpha2())
	}
	return codes, unknown
}

// safeguardKey reads a transfer mechanism cell.
func safeguardKey(cell string) string {
	l := strings.ToLower(cell)
	switch {
	case strings.Contains(l, "data privacy framework") || strings.Contains(l, "dpf"):
		return "dpf_eu_us"
	case strings.Contains(l, "privacy shield"):
		return "privacy_shield"
	case strings.Contains(l, "binding corporate") || strings.Contains(l, "bcr"):
		return "bcr"
	case strings.Contains(l, "scc") || strings.Contains(l, "standard contractual") || strings.Contains(l, "model clause"):
		if strings.Contains(l, "2021") {
			return "scc_2021"
		}
		return "scc"
	case strings.Contains(l, "adequa"):
		return "adequacy"
	}
	return ""
}

// Report says what an import wrote.
type Report struct {
	File       string   `json:"file"`
	Origin     string   `json:"origin"`
	Unchanged  bool     `json:"unchanged"`
	Replaced   int      `json:"replaced"`
	Recipients int      `json:"recipients"`
	Transfers  int      `json:"transfers"`
	Columns    []string `json:"columns"` // how each header was read
	Skipped    []string `json:"skipped"`
}

// Import reads the vendor table in src (read from file) and writes it as
// unreviewed facts of the organization org (key or name; created if
// absent), in one transaction with the actor import:<file name>: one
// processor activity "Processing by the sub-processors listed in FILE"
// disclosing to a sub-processor recipient per row, and a transfer per
// processing location outside the EEA, with the row's safeguard.
func Import(ctx context.Context, client *ent.Client, file string, src []byte, org string) (*Report, error) {
	if strings.TrimSpace(org) == "" {
		return nil, fmt.Errorf("%s: --org is empty: name the organization whose sub-processors these are", file)
	}
	t, err := Read(filepath.Base(file), src)
	if err != nil {
		return nil, err
	}
	cols := Columns(t.Header)
	rep := &Report{File: file, Skipped: []string{}}
	for c, i := range cols {
		if i >= 0 {
			rep.Columns = append(rep.Columns, fmt.Sprintf("%q: %s", t.Header[i], c))
		}
	}
	sort.Strings(rep.Columns)
	if cols[ColName] < 0 {
		return nil, &Error{File: t.File, Line: 1, Msg: fmt.Sprintf("no column names the sub-processor (headers: %q; want e.g. \"Name\", \"Vendor\", \"Entity\", \"Sub-processor\")", t.Header)}
	}
	cell := func(r Row, c Column) string {
		if i := cols[c]; i >= 0 && i < len(r.Cells) {
			return strings.TrimSpace(r.Cells[i])
		}
		return ""
	}
	// Check every row before writing anything.
	type parsed struct {
		row                  Row
		name, service        string
		corporate            string
		locations            []string
		safeguard, mechanism string
	}
	var rows []parsed
	seen := map[string]int{}
	for _, r := range t.Rows {
		p := parsed{row: r, name: cell(r, ColName), service: cell(r, ColPurpose), mechanism: cell(r, ColSafeguard)}
		if p.name == "" {
			return nil, &Error{File: t.File, Line: r.Line, Column: t.Header[cols[ColName]], Msg: "the row names no sub-processor"}
		}
		if prev, ok := seen[strings.ToLower(p.name)]; ok {
			return nil, &Error{File: t.File, Line: r.Line, Column: t.Header[cols[ColName]], Msg: fmt.Sprintf("%q is listed twice (also at line %d)", p.name, prev)}
		}
		seen[strings.ToLower(p.name)] = r.Line
		if c := cell(r, ColCorporate); c != "" {
			codes, unknown := Countries(c)
			if len(unknown) > 0 {
				return nil, &Error{File: t.File, Line: r.Line, Column: t.Header[cols[ColCorporate]], Msg: fmt.Sprintf("%q is not a country", unknown[0])}
			}
			if len(codes) > 0 && codes[0] != "*" {
				p.corporate = codes[0]
			}
		}
		if c := cell(r, ColLocation); c != "" {
			codes, unknown := Countries(c)
			if len(unknown) > 0 {
				return nil, &Error{File: t.File, Line: r.Line, Column: t.Header[cols[ColLocation]], Msg: fmt.Sprintf("%q is not a country", unknown[0])}
			}
			p.locations = codes
		}
		p.safeguard = safeguardKey(p.mechanism)
		rows = append(rows, p)
	}
	who := actor.Import(filepath.Base(file))
	rep.Origin = string(who)
	sum := sha256.Sum256([]byte(t.Text))
	digest := hex.EncodeToString(sum[:])
	err = catalog.Write(ctx, client, who, func(ctx context.Context, tx *ent.Tx) error {
		o, err := tx.Organization.Query().Where(organization.Or(organization.Key(org), organization.Name(org))).First(ctx)
		if ent.IsNotFound(err) {
			o, err = tx.Organization.Create().SetKey(orgKey(org)).SetName(org).SetReviewStatus(review.Unreviewed).Save(ctx)
		}
		if err != nil {
			return fmt.Errorf("organization %q: %w", org, err)
		}
		doc, err := tx.PolicyDocument.Query().Where(policydocument.Sha256(digest)).Only(ctx)
		if err == nil {
			n, err := tx.ProcessingActivity.Query().Where(processingactivity.Origin(rep.Origin)).Count(ctx)
			if err != nil {
				return err
			}
			if n > 0 {
				rep.Unchanged = true
				return nil
			}
		} else if !ent.IsNotFound(err) {
			return err
		}
		if rep.Replaced, err = catalog.RemoveOrigin(ctx, tx, rep.Origin, catalog.Removal{Unreviewed: true}); err != nil {
			return err
		}
		if doc == nil {
			doc, err = tx.PolicyDocument.Create().SetTitle("Sub-processor list " + filepath.Base(file)).
				SetFileName(filepath.Base(file)).SetText(t.Text).SetAudience("sub-processor list").
				SetOrganizationID(o.ID).Save(ctx)
			if err != nil {
				return fmt.Errorf("storing the list: %w", err)
			}
		}
		w := catalog.NewNoticeWriter(ctx, tx, o, doc, review.Unreviewed)
		span := func(r Row) []catalog.Span {
			return []catalog.Span{{Start: r.Start, End: r.End, Quote: t.Text[r.Start:r.End]}}
		}
		var all []catalog.Span
		for _, p := range rows {
			all = append(all, span(p.row)...)
		}
		act, err := w.Activity(catalog.Activity{Name: "Processing by the sub-processors listed in " + filepath.Base(file),
			Role: processingactivity.RoleProcessor, OnBehalfOf: "the organization's customers", Evidence: all})
		if err != nil {
			return err
		}
		safeguards := map[string]int{}
		sgs, err := tx.TransferSafeguard.Query().Where(transfersafeguard.KeyIn("dpf_eu_us", "privacy_shield", "bcr", "scc", "scc_2021", "adequacy")).All(ctx)
		if err != nil {
			return err
		}
		for _, s := range sgs {
			safeguards[s.Key] = s.ID
		}
		for _, p := range rows {
			ev := span(p.row)
			rid := 0
			existing, err := tx.Recipient.Query().Where(recipient.OrganizationID(o.ID), recipient.Name(p.name)).Only(ctx)
			switch {
			case err == nil:
				rid = existing.ID
			case ent.IsNotFound(err):
				if rid, err = w.Recipient(catalog.Recipient{Name: p.name, Named: true, Kind: recipient.KindSubProcessor,
					Service: p.service, Country: p.corporate, Evidence: ev}); err != nil {
					return &Error{File: t.File, Line: p.row.Line, Msg: err.Error()}
				}
				rep.Recipients++
			default:
				return err
			}
			if err := w.Disclosure(catalog.Disclosure{Activity: act.ID, Recipient: rid, Description: p.service, Evidence: ev}); err != nil {
				return &Error{File: t.File, Line: p.row.Line, Msg: err.Error()}
			}
			for _, c := range p.locations {
				if EEA[c] {
					continue
				}
				tr := catalog.Transfer{Recipient: &rid, Country: c, Description: p.mechanism, Evidence: ev}
				if c == "*" {
					tr.Country, tr.Scope = "", "worldwide"
				}
				if id, ok := safeguards[p.safeguard]; ok {
					tr.Safeguard = &id
				}
				if err := w.Transfer(tr); err != nil {
					return &Error{File: t.File, Line: p.row.Line, Msg: err.Error()}
				}
				rep.Transfers++
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return rep, nil
}

// orgKey is the key of an organization the import creates.
func orgKey(name string) string { return catalog.Key(name, "org") }
