package extract

import (
	"strings"
)

func (subjectRule) find(x *extractor, u *unit) {
	sp, ok := x.unitSpan(u)
	if !ok {
		return
	}
	match(u, subjectTerms, false, func(tm *term, s, e int) {
		if tm.key == "child" && (x.blocks[u.blk].kind == kindHeading || x.tocEntry(u)) {
			return
		}
		if tm.key == "child" && (u.on(reNeg) || u.on(reChildByMistake)) {
			return // "our services are not directed to children"; "if you believe a child has created an account"
		}
		if tm.key == "child" && strings.Contains(u.lower, "under the age") && !strings.Contains(u.lower, "collect") {
			return
		}
		if negated(u.lower, s) {
			return
		}
		x.add(Fact{Kind: KindDataSubject, Value: str(tm.key)}, tm.key, sp, 0.6)
	})
}

// tocEntry reports whether a list item repeats a heading of the document
// (a table of contents entry, "Children, changes and contact").
func (x *extractor) tocEntry(u *unit) bool {
	if !u.item || u.cell >= 0 {
		return false
	}
	if x.headings == nil {
		x.headings = map[string]bool{}
		for i := range x.blocks {
			if x.blocks[i].kind == kindHeading {
				x.headings[tocKey(string(x.blocks[i].text))] = true
			}
		}
	}
	return x.headings[tocKey(u.text)]
}

func tocKey(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	return strings.TrimSpace(strings.TrimLeft(s, "0123456789.) "))
}

// reChildByMistake: the usual sentence about a child's data collected by
// mistake, which is deleted: it does not make children data subjects.
var reChildByMistake = mustRx(`\b(?:if|where|should) (?:you (?:believe|think|become aware)|we (?:learn|become aware|discover|find out|are made aware))|\bbelieve (?:that )?(?:a|your) child\b`)
