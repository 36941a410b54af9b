package extract

import (
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

func (x *extractor) tables() {
	for bi := range x.blocks {
		b := &x.blocks[bi]
		if b.kind != kindRow || b.header || len(b.cells) < 2 {
			continue
		}
		// Find this row's units (cells) and header.
		var cells []*unit
		for i := range x.units {
			if x.units[i].blk == bi {
				cells = append(cells, &x.units[i])
			}
		}
		if len(cells) == 0 {
			continue
		}
		header := cells[0].header
		ctx := cells[0].ctx
		nameCol, purposeCol, locCol, sgCol := tableCols(header)
		if nameCol < 0 && header == nil && x.is(reShareCtx, ctx) {
			nameCol = 0
		}
		if nameCol < 0 || !(x.is(reShareCtx, ctx) || len(header) > 0 && (locCol >= 0 || sgCol >= 0)) {
			continue
		}
		cellText := func(col int) (string, *unit) {
			for _, c := range cells {
				if c.cell == col {
					return c.text, c
				}
			}
			return "", nil
		}
		name, nu := cellText(nameCol)
		if nu == nil {
			continue
		}
		// The name is the cell up to a comma or parenthesis that starts a
		// description ("Amazon Web Services EMEA SARL (hosting)").
		name = strings.TrimSpace(name)
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
		if len(name) < 2 || len(name) > 90 || x.isOrg(name) {
			continue
		}
		if umbrellaEntity(name) && x.productCell(bi, header, nameCol) >= 0 {
			continue // "Google LLC" beside "Firebase Analytics": the product is named
		}
		sp, ok := x.span(nu.blk, nu.s, nu.e)
		if !ok {
			continue
		}
		var dest []string
		if _, lu := cellText(locCol); lu != nil {
			for _, c := range countriesIn(lu.text) {
				dest = append(dest, c)
			}
		}
		yes := true
		kind := kindFromContext(ctx, "processor")
		if x.groupCompany(name) {
			kind = "affiliate"
		}
		f := x.add(Fact{Kind: KindDiscloses, Value: str(name), Named: &yes, RecipientKind: kind}, "n:"+normName(name), sp, 0.85)
		for _, c := range dest {
			if f.Country == "" && !eea[c] {
				f.Country = c
			}
		}
		if pt, pu := cellText(purposeCol); pu != nil && pt != "" {
			match(pu, purposeTerms, true, func(tm *term, s, e int) {
				for _, p := range f.Purposes {
					if p == tm.key {
						return
					}
				}
				f.Purposes = append(f.Purposes, tm.key)
			})
		}
		if _, su := cellText(sgCol); su != nil {
			ssp, ok := x.span(su.blk, su.s, su.e)
			if !ok {
				continue
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
	}
}
