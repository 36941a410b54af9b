// Package inventory builds the tables a DPO works from — activities,
// recipients and vendors, transfers, data categories, and systems with
// their fields — from an organization's effective record (internal/record:
// scope and review rules live there). Each inventory is a list of rows with
// human column names; filtering, sorting and paging are done here, in Go,
// so the API, the web interface and the CSV and XLSX exports show the same
// rows in the same order.
//
// Transfer validity is internal/safeguard's, the rule every reader of the
// record applies (the findings' transfer-invalid-instrument too): an
// instrument is invalid on a date on or after its ValidUntil.
package inventory

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/ropacatalog/ropa/internal/invalid"
)

// Kind names an inventory.
type Kind string

const (
	Activities Kind = "activities"
	Recipients Kind = "recipients"
	Transfers  Kind = "transfers"
	Categories Kind = "categories"
	Fields     Kind = "fields"
)

// Kinds are the inventories, in the order the interface lists them.
var Kinds = []Kind{Activities, Recipients, Transfers, Categories, Fields}

// ParseKind reads an inventory name.
func ParseKind(s string) (Kind, error) {
	for _, k := range Kinds {
		if string(k) == s {
			return k, nil
		}
	}
	return "", invalid.Field("kind", "%q is not an inventory (activities, recipients, transfers, categories, fields)", s)
}

// Filter narrows an inventory. Each inventory reads the filters that apply
// to it (see the Filters of its Spec); one set for another is an error
// naming it.
type Filter struct {
	Search      string // case-insensitive substring of the row's name (and, for activities, function, description, purposes)
	Country     string // ISO 3166-1 alpha-2 code: transfers to it, recipients established in or receiving data there
	Safeguard   string // safeguard key
	InvalidOnly bool   // transfers relying on an instrument invalid on the date asked
	Role        string // recipient kind (processor, third_party, ...) or activity role (controller, processor, joint_controller)
	Category    string // data category key; covers the categories below it and above it
	System      string // system key
	SpecialOnly bool   // special-category (Art 9) and criminal-offence (Art 10) data only
	Review      string // review status: REVIEWED, UNREVIEWED
}

// Order sorts an inventory by a column key.
type Order struct {
	Field string // a column key whose Sortable is true; empty: the default order
	Desc  bool
}

// Column is a column of an inventory: its key (for sorting and the URL),
// its header as a DPO reads it, and whether it sorts.
type Column struct {
	Key      string `json:"key"`
	Header   string `json:"header"`
	Sortable bool   `json:"sortable"`
}

// col is a column with how to write and compare a row's cell.
type col[R any] struct {
	Column
	text func(R) string
	less func(a, b R) int // nil: by text, case-insensitively
}

// Table is an inventory built, filtered and sorted: all its rows, before
// paging.
type Table[R any] struct {
	Kind    Kind
	Columns []Column
	Rows    []R
	cols    []col[R]
}

// Cells returns each row's cells as text, one per column: what the CSV
// and XLSX exports write.
func (t *Table[R]) Cells() [][]string {
	out := make([][]string, len(t.Rows))
	for i, r := range t.Rows {
		row := make([]string, len(t.cols))
		for j, c := range t.cols {
			row[j] = c.text(r)
		}
		out[i] = row
	}
	return out
}

// Headers returns the human column names.
func (t *Table[R]) Headers() []string {
	out := make([]string, len(t.Columns))
	for i, c := range t.Columns {
		out[i] = c.Header
	}
	return out
}

// Tabular is a Table of any row type, for the exports.
type Tabular interface {
	Headers() []string
	Cells() [][]string
}

// table makes a Table from rows: filtered by keep, sorted by o (then by
// the default order, which is the order rows come in), columns from cols.
func table[R any](kind Kind, cols []col[R], rows []R, keep func(R) bool, o Order) (*Table[R], error) {
	t := &Table[R]{Kind: kind, cols: cols}
	for _, c := range cols {
		t.Columns = append(t.Columns, c.Column)
	}
	for _, r := range rows {
		if keep(r) {
			t.Rows = append(t.Rows, r)
		}
	}
	if o.Field == "" {
		return t, nil
	}
	i := slices.IndexFunc(cols, func(c col[R]) bool { return strings.EqualFold(c.Key, o.Field) && c.Sortable })
	if i < 0 {
		var keys []string
		for _, c := range cols {
			if c.Sortable {
				keys = append(keys, c.Key)
			}
		}
		return nil, invalid.Field("orderBy.field", "the %s inventory does not sort by %q (it sorts by %s)", kind, o.Field, strings.Join(keys, ", "))
	}
	c := cols[i]
	less := c.less
	if less == nil {
		less = func(a, b R) int { return cmp.Compare(strings.ToLower(c.text(a)), strings.ToLower(c.text(b))) }
	}
	slices.SortStableFunc(t.Rows, func(a, b R) int {
		if o.Desc {
			return less(b, a)
		}
		return less(a, b)
	})
	return t, nil
}

// MaxPage is the most rows a page holds.
const MaxPage = 500

// Page is one page of rows and where it lies. Cursors are row positions
// in the filtered, sorted table, in decimal: after "9" starts at the
// eleventh row, so a client turns page n of size s into after (n-1)*s-1.
type Page[R any] struct {
	Rows            []R
	TotalCount      int
	HasNextPage     bool
	HasPreviousPage bool
	StartCursor     string
	EndCursor       string
	Offset          int // the position of Rows[0]
}

// Paginate returns first rows after the cursor after (empty: from the
// start). first must be 1 to MaxPage.
func Paginate[R any](t *Table[R], first int, after string) (*Page[R], error) {
	if first < 1 || first > MaxPage {
		return nil, invalid.Field("first", "%d is outside 1 to %d", first, MaxPage)
	}
	start := 0
	if after != "" {
		n, err := strconv.Atoi(after)
		if err != nil || n < 0 {
			return nil, invalid.Field("after", "%q is not a cursor this inventory gave (a row position)", after)
		}
		start = n + 1
	}
	start = min(start, len(t.Rows))
	end := min(start+first, len(t.Rows))
	p := &Page[R]{Rows: t.Rows[start:end], TotalCount: len(t.Rows), Offset: start,
		HasNextPage: end < len(t.Rows), HasPreviousPage: start > 0}
	if end > start {
		p.StartCursor, p.EndCursor = strconv.Itoa(start), strconv.Itoa(end-1)
	}
	return p, nil
}

// contains reports whether s contains sub, case-insensitively.
func contains(s, sub string) bool {
	return strings.Contains(strings.ToLower(s), strings.ToLower(sub))
}

// related reports whether two dotted keys are equal or one covers the
// other (the record's rule for categories).
func related(a, b string) bool {
	return a == b || strings.HasPrefix(a, b+".") || strings.HasPrefix(b, a+".")
}

// unused reports a filter that does not apply to an inventory.
func unused(kind Kind, f Filter, allowed ...string) error {
	set := map[string]bool{
		"search": f.Search != "", "country": f.Country != "", "safeguard": f.Safeguard != "",
		"invalidOnly": f.InvalidOnly, "role": f.Role != "", "category": f.Category != "",
		"system": f.System != "", "specialOnly": f.SpecialOnly, "review": f.Review != "",
	}
	for _, name := range []string{"search", "country", "safeguard", "invalidOnly", "role", "category", "system", "specialOnly", "review"} {
		if set[name] && !slices.Contains(allowed, name) {
			return invalid.Field("filter."+name, "the %s inventory is not filtered by %s (it is by %s)", kind, name, strings.Join(allowed, ", "))
		}
	}
	return nil
}

// join writes several values in one cell.
func join(xs []string) string { return strings.Join(xs, "; ") }

// names maps xs to strings.
func names[T any](xs []T, f func(T) string) []string {
	out := make([]string, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func quoteAll(qs []string) string {
	out := make([]string, len(qs))
	for i, q := range qs {
		out[i] = fmt.Sprintf("“%s”", strings.Join(strings.Fields(q), " "))
	}
	return strings.Join(out, "\n")
}
