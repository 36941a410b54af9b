package extract

import (
	"slices"
	"strings"
)

var (
	reColName      = mustRx(`name|sub-?processor|processor|provider|vendor|recipient|company|entity|partner|third part|supplier|tool|service$`)
	reColPurpose   = mustRx(`purpose|function|activity|processing|description|nature|used for|service`)
	reColLocation  = mustRx(`location|countr|where|region|hosting|data cent|seat|headquarter|stored`)
	reColSafeguard = mustRx(`safeguard|transfer|mechanism|basis|guarantee`)
)

// tableCols finds the name, purpose, location and safeguard columns of a
// table from its header (-1 when absent).
func tableCols(header []string) (nameCol, purposeCol, locCol, sgCol int) {
	nameCol, purposeCol, locCol, sgCol = -1, -1, -1, -1
	for i, h := range header {
		switch {
		case sgCol < 0 && reColSafeguard.MatchString(h):
			sgCol = i
		case locCol < 0 && reColLocation.MatchString(h):
			locCol = i
		case nameCol < 0 && reColName.MatchString(h):
			nameCol = i
		case purposeCol < 0 && reColPurpose.MatchString(h):
			purposeCol = i
		}
	}
	return
}

// reColProduct: a table column naming the product or SDK, beside the
// company that provides it.
var reColProduct = mustRx(`^(?:sdks?|products?|tools?|technolog(?:y|ies)|plug-?ins?|librar(?:y|ies)|integrations?|apps?)\b`)

// productCell returns the text of the row's product column when it names
// a service that is not an umbrella company ("Firebase Analytics"), and
// the column, or -1.
func (x *extractor) productCell(bi int, header []string, nameCol int) int {
	b := &x.blocks[bi]
	for i, h := range header {
		if i == nameCol || i >= len(b.cells) || !reColProduct.MatchString(h) {
			continue
		}
		c := b.cells[i]
		t := string(b.text[c[0]:c[1]])
		for _, m := range findVendors(t) {
			if !isUmbrella(t[m[2]:m[3]]) {
				return i
			}
		}
	}
	return -1
}

// otherCell reports whether u is a cell of a table row with a name column
// other than the name cell: names there ("Ireland; United States (Stripe,
// Inc.)", "ads on Facebook and Instagram", "Meta SDK") describe the row's
// recipient. A product column counts when the name cell is only an
// umbrella company's entity ("Firebase Analytics" beside "Google LLC").
func (x *extractor) otherCell(u *unit) bool {
	if c, ok := x.contentCols[u.blk]; ok && u.cell >= 0 {
		return u.cell != c.name
	}
	if u.cell < 0 || len(u.header) == 0 {
		return false
	}
	nameCol, _, _, _ := tableCols(u.header)
	b := &x.blocks[u.blk]
	if nameCol < 0 || nameCol >= len(b.cells) {
		return false
	}
	c := b.cells[nameCol]
	umbrella := umbrellaEntity(string(b.text[c[0]:c[1]]))
	if nameCol == u.cell {
		// "Google LLC" beside "Firebase Analytics": the product is named.
		return umbrella && x.productCell(u.blk, u.header, nameCol) >= 0
	}
	return !(umbrella && x.productCell(u.blk, u.header, nameCol) == u.cell)
}

// tables reads the rows of tables of recipients: a row gives a named
// recipient with its purposes, its country and the safeguard of the
// transfer there. Which column holds what is read from the header; where
// the header says nothing of it, from what the columns hold (byContent).
func (x *extractor) tables() {
	for bi := range x.blocks {
		b := &x.blocks[bi]
		if b.kind != kindRow || b.header || len(b.cells) < 2 {
			continue
		}
		r := x.tableRow(bi)
		if len(r.cells) == 0 {
			continue
		}
		nameCol, purposeCol, locCol, sgCol := tableCols(r.header)
		if nameCol < 0 && r.header == nil && x.is(reShareCtx, r.ctx) && r.cell(0) != nil && nameLike(r.cell(0).text) {
			// A row with no header counts only where its first cell
			// reads as a name: "nux_flow_name" or "ab" below a cell
			// that broke the table is a cookie, not a company.
			nameCol = 0
		}
		if nameCol >= 0 && (x.is(reShareCtx, r.ctx) || len(r.header) > 0 && (locCol >= 0 || sgCol >= 0)) {
			x.recipientRow(r, nameCol, purposeCol, []int{locCol, otherLocation(r.header, locCol)}, sgCol)
			continue
		}
		if c, ok := x.contentCols[bi]; ok {
			x.recipientRow(r, c.name, c.purpose, c.loc, -1)
		}
	}
}

// otherLocation returns a second location column of a header ("Location
// of Processing | Corporate Location"), or -1.
func otherLocation(header []string, first int) int {
	for i, h := range header {
		if i != first && first >= 0 && reColLocation.MatchString(h) {
			return i
		}
	}
	return -1
}

// tableRow is a data row of a table: its cells as units, with the
// table's header and context.
type tableRow struct {
	blk    int
	cells  []*unit
	header []string
	ctx    string
}

func (x *extractor) tableRow(bi int) tableRow {
	r := tableRow{blk: bi}
	us := x.blockUnits(bi)
	for i := range us {
		r.cells = append(r.cells, &us[i])
	}
	if len(r.cells) > 0 {
		r.header, r.ctx = r.cells[0].header, r.cells[0].ctx
	}
	return r
}

// cell returns the (first unit of the) cell in column col, or nil.
func (r *tableRow) cell(col int) *unit {
	for _, c := range r.cells {
		if c.cell == col {
			return c
		}
	}
	return nil
}

// recipientRow adds the recipient a row names, with what its other
// columns say of it.
func (x *extractor) recipientRow(r tableRow, nameCol, purposeCol int, locCols []int, sgCol int) {
	nu := r.cell(nameCol)
	if nu == nil {
		return
	}
	name := rowName(nu.text)
	if len(name) < 2 || len(name) > 90 || x.isOrg(name) {
		return
	}
	if umbrellaEntity(name) && x.productCell(r.blk, r.header, nameCol) >= 0 {
		return // "Google LLC" beside "Firebase Analytics": the product is named
	}
	sp, ok := x.span(nu.blk, nu.s, nu.e)
	if !ok {
		return
	}
	var dest []string
	for _, lc := range locCols {
		if lu := r.cell(lc); lu != nil && len(dest) == 0 {
			dest = countriesIn(lu.text) // the first location column that names a country
		}
	}
	yes := true
	kind := kindFromContext(r.ctx, "processor")
	if x.groupCompany(name) {
		kind = "affiliate"
	}
	f := x.add(Fact{Kind: KindDiscloses, Value: str(name), Named: &yes, RecipientKind: kind}, "n:"+normName(name), sp, 0.85)
	for _, c := range dest {
		if f.Country == "" && !eea[c] {
			f.Country = c
		}
	}
	if pu := r.cell(purposeCol); pu != nil && pu.text != "" {
		match(pu, purposeTerms, true, func(tm *term, s, e int) {
			if !slices.Contains(f.Purposes, tm.key) {
				f.Purposes = append(f.Purposes, tm.key)
			}
		})
	}
	if su := r.cell(sgCol); su != nil {
		x.rowTransfers(su, dest)
	}
}

// rowName is the recipient's name in a name cell: the cell up to a
// comma or parenthesis that starts a description ("Amazon Web Services
// EMEA SARL (hosting)").
func rowName(cell string) string {
	name := strings.TrimSpace(cell)
	if i := strings.IndexAny(name, "(–—"); i > 2 {
		j := strings.IndexByte(name[i:], ')')
		if name[i] == '(' && i+1 < len(name) && name[i+1] >= 'A' && name[i+1] <= 'Z' && j > 0 && j < 40 && !strings.Contains(name[i:i+j], ";") {
			// "Functional Software, Inc. (Sentry)": the parenthesis is
			// the service's name, kept as an alias.
			name = strings.TrimSpace(name[:i+j+1])
		} else {
			name = strings.TrimSpace(name[:i])
		}
	}
	return name
}

// rowTransfers adds the safeguards a row's safeguard cell su names, for
// the row's destinations outside the EEA.
func (x *extractor) rowTransfers(su *unit, dest []string) {
	ssp, ok := x.span(su.blk, su.s, su.e)
	if !ok {
		return
	}
	var third []string
	for _, c := range dest {
		if !eea[c] {
			third = append(third, c)
		}
	}
	match(su, transferTerms, false, func(tm *term, s, e int) {
		if negated(su.lower, s) || extensionOf(su.lower, tm.key, s) {
			return
		}
		x.addTransfer(tm.key, third, ssp, 0.85)
	})
}
