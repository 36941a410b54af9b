package inventory

import (
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/ropacatalog/ropa/ent"
	"github.com/ropacatalog/ropa/internal/auth"
	"github.com/ropacatalog/ropa/internal/invalid"
	"github.com/ropacatalog/ropa/internal/lineage"
	"github.com/ropacatalog/ropa/internal/record"
)

// LoadStructure adds the organization's systems, datasets and fields to s,
// and who receives each field path from the lineage index idx.
func (s *Source) LoadStructure(ctx context.Context, c *ent.Client, idx *lineage.Index) error {
	id := s.Org.ID
	rec, err := record.Load(ctx, c, record.Options{Org: &id, Structure: true})
	if err != nil {
		return err
	}
	if o := rec.Organization(id); o != nil {
		s.Systems = o.Systems
	}
	key := s.Org.Key
	s.RecipientsOf = func(path string) ([]lineage.Result, error) {
		_, res, err := idx.RecipientsOf(path, key)
		return res, err
	}
	return nil
}

// WriteCSV writes the table as CSV: the header row, then one row per
// table row.
func WriteCSV(w io.Writer, t Tabular) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(t.Headers()); err != nil {
		return err
	}
	if err := cw.WriteAll(t.Cells()); err != nil {
		return fmt.Errorf("writing the inventory as CSV: %w", err)
	}
	return nil
}

// WriteXLSX writes the table as a workbook of one sheet named sheet: a
// bold, frozen header row and one row per table row.
func WriteXLSX(w io.Writer, t Tabular, sheet string) error {
	f := excelize.NewFile()
	defer f.Close()
	if err := f.SetSheetName("Sheet1", sheet); err != nil {
		return err
	}
	bold, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}})
	if err != nil {
		return err
	}
	wrap, err := f.NewStyle(&excelize.Style{Alignment: &excelize.Alignment{WrapText: true, Vertical: "top"}})
	if err != nil {
		return err
	}
	sw, err := f.NewStreamWriter(sheet)
	if err != nil {
		return err
	}
	head := t.Headers()
	for i := range head {
		if err := sw.SetColWidth(i+1, i+1, 28); err != nil {
			return err
		}
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	cells := make([]any, len(head))
	for i, h := range head {
		cells[i] = excelize.Cell{Value: h, StyleID: bold}
	}
	if err := sw.SetRow("A1", cells); err != nil {
		return err
	}
	for n, row := range t.Cells() {
		cells := make([]any, len(row))
		for i, v := range row {
			cells[i] = excelize.Cell{Value: v, StyleID: wrap}
		}
		cell, _ := excelize.CoordinatesToCellName(1, n+2)
		if err := sw.SetRow(cell, cells); err != nil {
			return err
		}
	}
	if err := sw.Flush(); err != nil {
		return err
	}
	return f.Write(w)
}

// Sheet names of the inventories, as the interface titles them.
var titles = map[Kind]string{
	Activities: "Processing activities",
	Recipients: "Recipients and vendors",
	Transfers:  "Transfers",
	Categories: "Data categories",
	Fields:     "Systems and datasets",
}

// Title is the inventory's title.
func Title(k Kind) string { return titles[k] }

// ParseQuery reads the filters and order of an inventory from URL query
// parameters, the names the web interface keeps in its URL: q, country,
// safeguard, invalid=true, role, category, system, special=true, review,
// sort (a column key) and dir (asc or desc).
func ParseQuery(q map[string][]string) (Filter, Order, error) {
	get := func(k string) string {
		if v := q[k]; len(v) > 0 {
			return strings.TrimSpace(v[0])
		}
		return ""
	}
	flag := func(k string) (bool, error) {
		v := get(k)
		if v == "" {
			return false, nil
		}
		b, err := strconv.ParseBool(v)
		if err != nil {
			return false, invalid.Field(k, "%q: want true or false", v)
		}
		return b, nil
	}
	f := Filter{Search: get("q"), Country: strings.ToUpper(get("country")), Safeguard: get("safeguard"), Role: get("role"),
		Category: get("category"), System: get("system"), Review: get("review")}
	var err error
	if f.InvalidOnly, err = flag("invalid"); err != nil {
		return f, Order{}, err
	}
	if f.SpecialOnly, err = flag("special"); err != nil {
		return f, Order{}, err
	}
	o := Order{Field: get("sort")}
	switch strings.ToLower(get("dir")) {
	case "", "asc":
	case "desc":
		o.Desc = true
	default:
		return f, o, invalid.Field("dir", "%q: want asc or desc", get("dir"))
	}
	return f, o, nil
}

// Handler serves GET /reports/inventory/{kind}.{csv|xlsx}?org=KEY&<filters>
// [&asOf=YYYY-MM-DD]: every row of the inventory the same filters and
// sort show in the web interface (all pages), as an attachment named e.g.
// ujet-transfers.csv. asOf is the date transfer validity is judged on
// (default today). A bad parameter answers 400 naming it, an unknown
// organization 404; sign-in is the server's, as for the reports under
// /reports/ (a request the server's rules refuse answers 401 or 403).
func Handler(client *ent.Client, records *record.Cache, index *lineage.Cache) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		if req.Method != http.MethodGet && req.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			http.Error(w, "method "+req.Method+" not allowed: use GET", http.StatusMethodNotAllowed)
			return
		}
		name := req.URL.Path[strings.LastIndex(req.URL.Path, "/")+1:]
		base, format, ok := strings.Cut(name, ".")
		if !ok || (format != "csv" && format != "xlsx") {
			http.Error(w, fmt.Sprintf("%q: ask for KIND.csv or KIND.xlsx, e.g. /reports/inventory/transfers.csv", name), http.StatusNotFound)
			return
		}
		kind, err := ParseKind(base)
		if err != nil {
			http.Error(w, err.Error(), http.StatusNotFound)
			return
		}
		q := req.URL.Query()
		if q.Get("org") == "" {
			http.Error(w, "missing parameter org: an organization key or name, e.g. ?org=ujet", http.StatusBadRequest)
			return
		}
		f, o, err := ParseQuery(q)
		if err != nil {
			http.Error(w, "parameter "+err.Error(), http.StatusBadRequest)
			return
		}
		date := time.Now()
		if v := q.Get("asOf"); v != "" {
			d, err := time.Parse(time.DateOnly, v)
			if err != nil {
				http.Error(w, fmt.Sprintf("parameter asOf=%q: want a date, YYYY-MM-DD", v), http.StatusBadRequest)
				return
			}
			date = d.Add(24*time.Hour - time.Nanosecond)
		}
		ctx := req.Context()
		rec, err := records.Get(ctx)
		if err != nil {
			fail(w, err)
			return
		}
		src, err := Load(ctx, client, rec, q.Get("org"))
		if err != nil {
			fail(w, err)
			return
		}
		if kind == Fields {
			idx, err := index.Index(ctx)
			if err == nil {
				err = src.LoadStructure(ctx, client, idx)
			}
			if err != nil {
				fail(w, err)
				return
			}
		}
		t, err := src.Build(kind, f, o, date)
		if err != nil {
			fail(w, err)
			return
		}
		var buf strings.Builder
		ctype := "text/csv; charset=utf-8"
		if format == "csv" {
			err = WriteCSV(&buf, t)
		} else {
			ctype = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
			err = WriteXLSX(&buf, t, titles[kind])
		}
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Type", ctype)
		w.Header().Set("Content-Disposition", fmt.Sprintf("attachment; filename=%q", src.Org.Key+"-"+string(kind)+"."+format))
		w.Header().Set("Content-Length", strconv.Itoa(buf.Len()))
		w.Header().Set("Cache-Control", "no-store")
		if req.Method != http.MethodHead {
			io.WriteString(w, buf.String())
		}
	})
}

// fail answers an error with the status it calls for.
func fail(w http.ResponseWriter, err error) {
	var (
		inv  *invalid.Error
		unk  *record.UnknownOrganizationError
		deny *auth.Error
	)
	switch {
	case errors.As(err, &deny):
		status := http.StatusForbidden
		if deny.Code() == "UNAUTHENTICATED" {
			status = http.StatusUnauthorized
		}
		http.Error(w, deny.Error(), status)
	case errors.As(err, &unk):
		http.Error(w, err.Error(), http.StatusNotFound)
	case errors.As(err, &inv):
		http.Error(w, "parameter "+err.Error(), http.StatusBadRequest)
	default:
		http.Error(w, err.Error(), http.StatusInternalServerError)
	}
}
