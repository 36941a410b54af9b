package extract

import (
	"regexp"
	"strings"
)

// Rules that find the controller from what the text says of itself,
// before a title (often a product's name) is read as the company: "X
// (that's us)", "us (X)", "At X, we", "we, at X"; "X is a service
// provided by Y", "distributed by Y", "a project of Y", "our Y products";
// a name that is the subject of "processes", "collects", "receives" ...
// in two or more sentences; the organisation named in a block under a
// "responsible"/"controller" heading, next to its postal address.

const (
	whyUs      = `named as "us" ("X (that's us)", "At X, we")`
	whyMakerOf = "named as the company that provides the product"
	whyActor   = "named as the one that processes the data"
	whyBlock   = "named in the controller's address block"
)

var (
	// reUsName: "Mozilla (that's us)", "contact us (Mozilla Corporation)".
	reUsName = regexp.MustCompile(`([A-Z][\w&'’.\-]*(?: [A-Z][\w&'’.\-]*){0,4}),? \((?:that[’']s|that is|which is) us\)|\b[Uu]s,? \(([A-Z][\w&'’.\-]*(?: [A-Z][\w&'’.\-]*){0,4})\)`)
	// reAtUs: "At Automattic, we ...", "we, at Automattic,".
	reAtUs = regexp.MustCompile(`(?:^|[.!?] |#+ )At ([A-Z][\w&'’.\-]*(?: [A-Z][\w&'’.\-]*){0,3}),? (?:we|our)\b|\b[Ww]e,? at ([A-Z][\w&'’.\-]*(?: [A-Z][\w&'’.\-]*){0,3})\b`)
	// reMakerOf: "a service provided by Mozilla", "distributed by MZLA
	// Technologies Corporation", "a project of X", "is a Mozilla product",
	// "our Automattic products".
	reMakerOf = regexp.MustCompile(`\b(?:(?:service|product|project|app|application|browser|website|platform|tool)s? (?:provided|operated|offered|run|made|developed|published|maintained|owned) by|distributed by|(?:is|are) (?:a |an )?(?:product|project|service|subsidiary)s? of) (?:the )?([A-Z][\w&'’.\-]*(?: (?:[A-Z][\w&'’.\-]*|of|for|and))*)|\b(?:is|are) (?:a|an) ([A-Z][\w&'’.\-]*(?: [A-Z][\w&'’.\-]*){0,2}) (?:product|project|service)\b|\bour (?:other |various |many )?([A-Z][\w&'’.\-]*(?: [A-Z][\w&'’.\-]*){0,2}) (?:products|services|websites|apps|family)\b`)
	// reActor: "Mozilla processes", "Mozilla will share", "Mozilla
	// estimates your location".
	reActor = regexp.MustCompile(`\b([A-Z][\w&'’.\-]*(?: [A-Z][\w&'’.\-]*){0,3}) (?:also |only |may |will |then |automatically )?(?:processes|collects|receives|uses|shares|stores|estimates|forwards|retains|keeps|share|process|collect|receive|use|store|owns|does not (?:collect|share|sell|store|receive))\b`)
	// reRespHead: a heading over the controller's own address block.
	reRespHead = mustRx(`responsible|controller|data protection officer of`)
	// reOrgWord: an organisation that has no company suffix.
	reOrgWord = regexp.MustCompile(`\b(?:University|Universität|Foundation|Stiftung|Institute|Hospital|Klinikum|Medicine|Association|Verein|Council|Trust|Society|Ministry|Agency|College|School|Charity|Corporation|Company)\b`)
)

// ownName cleans a name a self-reference rule found: a proper name, not a
// law, a country, a generic noun or a known vendor (a third party).
func ownName(n string) string {
	n = strings.TrimRight(strings.TrimSpace(n), ".,;:’'")
	n = strings.TrimSuffix(strings.TrimSuffix(n, "’s"), "'s")
	n = trimLeadingWords(n, "When", "If", "As", "Since", "Because", "While", "Where", "Once", "Although", "Then", "And", "But", "So", "Also")
	p := properName(n)
	if p == "" || p != n || notRecipient(p) || genericNoun(p) || vendorKind[p] != "" {
		return ""
	}
	switch p {
	case "We", "Our", "Us", "This", "These", "Please", "If", "When", "You", "Your", "In", "For", "The":
		return ""
	}
	return p
}

// usName finds "X (that's us)", "us (X)", "At X, we", "we, at X".
func (x *extractor) usName(limit int) (string, int) {
	for i := 0; i < limit; i++ {
		t, l := x.units[i].text, x.units[i].lower
		// Cheap literal tests first: the patterns need "us (", "us)",
		// "At " or "we, at".
		if !strings.Contains(l, "us (") && !strings.Contains(l, "us)") && !strings.Contains(t, "At ") && !strings.Contains(l, "we, at ") && !strings.Contains(l, "we at ") {
			continue
		}
		for _, re := range []*regexp.Regexp{reUsName, reAtUs} {
			for _, m := range re.FindAllStringSubmatch(t, -1) {
				for _, g := range m[1:] {
					if n := ownName(g); n != "" {
						return n, i
					}
				}
			}
		}
	}
	return "", -1
}

// makerName finds the company the text says provides the product ("a
// service provided by Mozilla", "distributed by MZLA Technologies
// Corporation (a subsidiary of ...)"): where several sentences say so,
// the company named most often; a legal name in the same sentence is
// taken whole.
func (x *extractor) makerName() (string, int) {
	count, first := map[string]int{}, map[string]int{}
	var order []string
	for i := range x.units {
		u := &x.units[i]
		if u.cell >= 0 || !makerWords(u.lower) {
			continue
		}
		share := x.is(reShareCtx, u.ctx)
		for _, m := range reMakerOf.FindAllStringSubmatchIndex(u.text, -1) {
			for g := 2; g < len(m); g += 2 {
				// "our X products" says whose they are anywhere; "provided
				// by X" in a sharing section may name a third party.
				if m[g] < 0 || share && g < 6 {
					continue
				}
				n := ownName(u.text[m[g]:m[g+1]])
				if n == "" {
					continue
				}
				if e := legalNameEnd(u.text, m[g]); e > 0 {
					n = strings.TrimRight(u.text[m[g]:e], " ,")
				}
				if _, ok := count[n]; !ok {
					first[n] = i
					order = append(order, n)
				}
				count[n]++
			}
		}
	}
	best := ""
	for _, n := range order {
		if best == "" || count[n] > count[best] {
			best = n
		}
	}
	if best == "" {
		return "", -1
	}
	return best, first[best]
}

// actorName finds the name that is the subject of processing verbs in
// two or more sentences outside sharing sections and tables ("Mozilla
// processes certain data", "Mozilla will share your approximate
// location"). A product name that starts with another actor's name
// ("Mozilla Location Services") counts for that name.
func (x *extractor) actorName() (string, int) {
	count, first := map[string]int{}, map[string]int{}
	var order []string
	for i := range x.units {
		u := &x.units[i]
		if u.cell >= 0 || x.is(reShareCtx, u.ctx) || x.blocks[u.blk].kind == kindHeading {
			continue
		}
		seen := map[string]bool{}
		for _, m := range reActor.FindAllStringSubmatchIndex(u.text, -1) {
			if m[2] > 0 && u.text[m[2]-1] != ' ' && u.text[m[2]-1] != '(' {
				continue
			}
			n := ownName(u.text[m[2]:m[3]])
			if n == "" || seen[n] || len(findVendors(n)) > 0 {
				continue
			}
			seen[n] = true
			if _, ok := count[n]; !ok {
				first[n] = i
				order = append(order, n)
			}
			count[n]++
		}
	}
	for _, n := range order {
		if full := x.acronymOf(n); full != "" {
			if _, ok := count[full]; !ok {
				first[full] = first[n]
				order = append(order, full)
			}
			count[full] += count[n]
			count[n] = 0
		}
	}
	for _, n := range order {
		if f := firstWord(n); f != n && count[f] > 0 {
			count[f] += count[n]
			count[n] = 0
		}
	}
	best := ""
	for _, n := range order {
		if count[n] >= 2 && (best == "" || count[n] > count[best]) {
			best = n
		}
	}
	if best == "" {
		return "", -1
	}
	return best, first[best]
}

// blockName finds the organisation named on its own line in the block
// under a heading about the controller ("Name and contact of the person
// responsible ..."): the line before the postal address that names a
// company with a legal form or an organisation (University, Foundation,
// Institute ...).
func (x *extractor) blockName() (string, int) {
	for i := range x.units {
		u := &x.units[i]
		if u.cell >= 0 || !x.is(reRespHead, u.head) || x.is(reShareCtx, u.head) || reComplaint.MatchString(u.lower) {
			continue
		}
		if m := reCompany.FindString(u.text); m != "" {
			return strings.TrimSpace(m), i
		}
		if !reOrgWord.MatchString(u.text) || !strings.ContainsAny(u.text, "0123456789") {
			continue
		}
		sp, ok := x.span(u.blk, u.s, u.e)
		if !ok {
			continue
		}
		lines := strings.Split(sp.Quote, "\n") // the block's own lines
		for j := range lines {
			lines[j] = strings.TrimSpace(strings.Trim(strings.TrimSpace(lines[j]), "*_`"))
		}
		for j := 0; j+1 < len(lines); j++ {
			l, rest := lines[j], strings.Join(lines[j+1:], ", ")
			if !reOrgWord.MatchString(l) || !(startsWith(reStreet, rest) || startsWith(reStreetEU, rest)) {
				continue
			}
			if n := properName(l); n != "" && !notRecipient(n) && n == strings.TrimRight(l, ".,") {
				return n, i
			}
		}
	}
	return "", -1
}

// acronymOf returns the name an acronym stands for where the notice
// defines it ("Mozilla Location Services (MLS)" for "MLS"), or "".
func (x *extractor) acronymOf(a string) string {
	if len(a) < 2 || len(a) > 6 || strings.ToUpper(a) != a {
		return ""
	}
	for i := range x.units {
		t := x.units[i].text
		k := strings.Index(t, " ("+a+")")
		if k < 0 {
			continue
		}
		w := strings.Fields(t[:k])
		if len(w) < len(a) {
			continue
		}
		w = w[len(w)-len(a):]
		ok := true
		for j, v := range w {
			if v[0] != a[j] {
				ok = false
			}
		}
		if ok {
			return strings.Trim(strings.Join(w, " "), "[]()*_")
		}
	}
	return ""
}

// startsWith reports whether re matches at the start of s.
func startsWith(re *rx, s string) bool {
	m := re.FindStringIndex(s)
	return m != nil && m[0] == 0
}

// makerWords reports whether a lower-case sentence has the words
// reMakerOf needs, a cheap test before the pattern.
func makerWords(l string) bool {
	return strings.Contains(l, " by ") || strings.Contains(l, "product") || strings.Contains(l, "project") || strings.Contains(l, "subsidiar") ||
		strings.Contains(l, "our ") && (strings.Contains(l, "services") || strings.Contains(l, "websites") || strings.Contains(l, " apps") || strings.Contains(l, "family"))
}
