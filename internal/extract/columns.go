package extract

import "strings"

// Tables read by what their columns hold: a column of company or service
// names beside a column of countries, or beside a column that describes
// the service each provides ("Cloud hosting", "Email newsletter
// service"), is a list of recipients whatever its header says ("| Organisation | Role | Based in |", or a header row
// written as an ordinary row). The header decides where it can
// (tables.go); content decides the tables it leaves out.

// contentCols are the columns content found in one table.
type contentCols struct {
	name, purpose int
	loc           []int
}

// minShare is the share of a column's cells that must look alike.
const minShare = 0.6

// readTables finds, for every table whose header names no recipient
// column, the columns its content shows, and records them by row block
// in x.contentCols. It runs before the rules, so that the recipient rule
// knows which cell is a row's name (otherCell).
func (x *extractor) readTables() {
	x.contentCols = map[int]contentCols{}
	for bi := 0; bi < len(x.blocks); {
		end := bi
		for end < len(x.blocks) && x.blocks[end].kind == kindRow && (end == bi || !x.blocks[end].header) {
			end++
		}
		if end == bi {
			bi++
			continue
		}
		x.readTable(bi, end)
		bi = end
	}
}

// readTable reads the table of row blocks [from, to).
func (x *extractor) readTable(from, to int) {
	if x.blocks[from].header {
		if nameCol, _, _, _ := tableCols(x.rowTexts(from)); nameCol >= 0 {
			return // the header says which column holds names
		}
		from++
	} else if h := x.rowTexts(from); looksLikeHeader(h) {
		from++ // a header written as an ordinary row
	}
	if to-from < 2 {
		return
	}
	cols := x.width(from, to)
	names, places, descs := make([]int, cols), make([]int, cols), make([]int, cols)
	for bi := from; bi < to; bi++ {
		for ci, t := range x.rowTexts(bi) {
			nl, pl := nameLike(t), placeLike(t)
			if nl {
				names[ci]++
			}
			if pl {
				places[ci]++
			}
			if !nl && !pl && serviceLike(t) {
				descs[ci]++
			}
		}
	}
	n := float64(to - from)
	c := contentCols{name: -1, purpose: -1}
	for ci := 0; ci < cols; ci++ {
		switch {
		case c.name < 0 && float64(names[ci]) >= minShare*n:
			c.name = ci
		case float64(places[ci]) >= minShare*n:
			c.loc = append(c.loc, ci)
		case c.purpose < 0 && c.name >= 0:
			c.purpose = ci
		}
	}
	if c.name >= 0 && len(c.loc) == 0 {
		// No country column: the column beside the names must describe
		// the service each provides.
		c.purpose = -1
		for ci := 0; ci < cols; ci++ {
			if ci != c.name && float64(descs[ci]) >= minShare*n {
				c.purpose = ci
				break
			}
		}
		if c.purpose < 0 {
			return
		}
	}
	if c.name < 0 {
		return
	}
	for bi := from; bi < to; bi++ {
		x.contentCols[bi] = c
	}
}

// rowTexts returns the texts of a row's cells, trimmed.
func (x *extractor) rowTexts(bi int) []string {
	b := &x.blocks[bi]
	out := make([]string, len(b.cells))
	for i, c := range b.cells {
		if c[1] > c[0] {
			out[i] = strings.TrimSpace(string(b.text[c[0]:c[1]]))
		}
	}
	return out
}

// width is the largest number of cells of the rows [from, to).
func (x *extractor) width(from, to int) int {
	w := 0
	for bi := from; bi < to; bi++ {
		w = max(w, len(x.blocks[bi].cells))
	}
	return w
}

// looksLikeHeader reports whether a row's cells read as column titles:
// the header words of a recipient table, and no name or place.
func looksLikeHeader(cells []string) bool {
	lower := make([]string, len(cells))
	for i, c := range cells {
		if nameLike(c) || placeLike(c) {
			return false
		}
		lower[i] = strings.ToLower(c)
	}
	nameCol, _, locCol, _ := tableCols(lower)
	return nameCol >= 0 && locCol >= 0
}

// nameLike reports whether a cell names a company or a service: a known
// vendor, a name with a legal form, or a short proper name that looks
// like a brand ("PlayFab", "Quintex Cloud"), not a country or a
// description.
func nameLike(cell string) bool {
	name := rowName(cell)
	if name == "" || len(name) > 80 || strings.ContainsAny(name, "_{}=") {
		return false // "comment_author{HASH}": a cookie, not a company
	}
	if f := findVendors(name); len(f) > 0 && f[0][2] == 0 {
		return true
	}
	if legalNameEnd(name, 0) > 0 {
		return true
	}
	n := properName(name)
	return n != "" && n == strings.TrimRight(name, ".") && len(strings.Fields(n)) <= 5 && brandLike(n) && !notRecipient(n) && !genericNoun(n)
}

// rePlace: words for where data is when a cell names no country.
var rePlace = mustRx(`(?i)^(?:global(?:ly)?|worldwide|world-wide|multiple|various|eu|eea|european union|europe|n/a)\b`)

// placeLike reports whether a cell names countries or a region.
func placeLike(cell string) bool {
	return len(countriesIn(cell)) > 0 || rePlace.MatchString(strings.TrimSpace(cell))
}

// reServiceDesc: the words of a description of the service a vendor
// provides.
var reServiceDesc = mustRx(`(?i)\b(?:hosting|hosted|cloud|e-?mail|newsletter|payments?|billing|invoic\w*|analytics|support|help ?desk|ticket\w*|monitoring|infrastructure|storage|backups?|crm|surveys?|forms?|signatures?|video|chat|messaging|sms|calendar|scheduling|database|cdn|content delivery|dns|error|logging|security|captcha|anti-bot|authentication|marketing|advertising|recruit\w*|transcription|translation|communications?|tax|fraud|identity verification|service|services|provider|software|platform|tool)\b`)

// serviceLike reports whether a cell that is neither a name nor a place
// describes a service (a short phrase with a word for a kind of service:
// "Cloud hosting", "Email newsletter service").
func serviceLike(cell string) bool {
	t := strings.TrimSpace(cell)
	if t == "" || len(t) > 200 || !hasLower(t) {
		return false
	}
	return reServiceDesc.MatchString(t)
}
