package extract

import (
	"regexp"
	"strings"
)

func (x *extractor) isOrg(name string) bool {
	if x.orgName == "" {
		return false
	}
	a, b := normName(name), x.orgNorm()
	if !(a == b || strings.HasPrefix(b, a+" ") || strings.HasPrefix(a, b+" ")) {
		return false
	}
	sa := legalForm(name)
	if sb := x.orgForm(); sa != "" && sb != "" && sa != sb {
		return false // "Planwerk Ltd." beside "Planwerk B.V.": a group company
	}
	if strings.HasPrefix(a, b+" ") && sa != "" {
		return false // "Corrib Talent Services Pvt Ltd" beside "Corrib Talent Limited"
	}
	return true
}

// orgNorm and orgForm are the controller's normalised name and legal
// form, computed once.
func (x *extractor) orgNorm() string {
	if x.orgCache[0] != x.orgName {
		x.orgCache = [3]string{x.orgName, normName(x.orgName), legalForm(x.orgName)}
	}
	return x.orgCache[1]
}

func (x *extractor) orgForm() string {
	x.orgNorm()
	return x.orgCache[2]
}

// groupCompany reports whether name is a company of the controller's
// group: its name starts like the controller's, with its own legal form.
func (x *extractor) groupCompany(name string) bool {
	if x.orgName == "" {
		return false
	}
	a, b := normName(name), x.orgNorm()
	if !(a == b || strings.HasPrefix(a, b+" ") || strings.HasPrefix(a, firstWord(b)+" ")) {
		return false
	}
	return legalForm(name) != "" && !x.isOrg(name)
}

var (
	reCtrlCue  = mustRx(`controller|responsible for (?:the )?(?:processing|your)|operated by|refers? to|references to|provided by|owned by|("|“)we(”|")|we, us|is a company|registered (?:office|in)`)
	reStreet   = mustRx(`\b\d{1,5}[A-Za-z]?,? (?:[A-Z][\w'’.\-]* ){0,4}(?:Street|St\.|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Lane|Drive|Way|Square|Place|Court|Parkway|Plaza|Terrace|Row|Quay|Wharf)\b[^;\n|]*?(?:\b\d{5}(?:-\d{4})?\b|\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b|\b\d{4,5}\b)(?:,? (?:USA|U\.S\.A\.|United States|UK|United Kingdom|[A-Z][a-z]+))?`)
	reStreetEU = mustRx(`\b[A-ZÄÖÜ][\wäöüßé\-]*(?:straße|strasse|Straße|Strasse|str\.|weg|platz|gracht|straat|laan|kade|allee|gasse|ring|damm|plein|singel|gade|vej|gatan|katu|rue [\w\- ]+|via [\w ]+|calle [\w ]+) \d+[a-z]?(?:[-–]\d+)?,? (?:\d{4,5}(?: ?[A-Z]{2})?|[A-Z]{1,2}-\d{4,5}) [A-ZÄÖÜ][\wäöüé\-]+(?:,? (?:Germany|Deutschland|The Netherlands|Netherlands|Austria|France|Belgium|Sweden|Denmark|Ireland|Spain|Italy|Finland|Switzerland|[A-Z][a-z]+))?`)
)

// reCtrlAlias: a name followed by the alias the notice uses for itself:
// `Northbridge University ("the University", "we")`.

func (x *extractor) findController() {
	x.orgName, x.orgReason, x.orgUnit = x.controllerName()
	x.orgEmail = x.controllerEmail()
	if x.orgName == "" {
		x.orgName, x.orgReason = x.nameFromEmail()
		x.orgUnit = -1
	}
	x.orgAddr = x.controllerAddress()
}

// Why a name was taken for the controller's (Controller.Reason).
const (
	whyAlias     = "named with the notice's word for itself"
	whyWeAlias   = `named after "we"`
	whyCue       = "named as the controller or as running the service"
	whyTitle     = "named in the notice's title"
	whyCopyright = "named in the copyright line"
	whyContact   = "named in the contact details"
	whyEmail     = "named in the text as in the contact address's domain"
	whyFirst     = "the first company the notice names"
)

// controllerName finds the company the notice speaks for, and why:
// tried in order, a name followed by the alias the notice uses for itself
// ("Acme Ltd ("we")", "Acme Ltd ("Acme", "the Company")"); "we (Acme)"; a
// company named in a sentence that says it is the controller or runs the
// service; the title ("Acme Privacy Policy"); the copyright line; the
// contact details; the first company named outside a sharing section and
// a table.
func (x *extractor) controllerName() (string, string, int) {
	limit := min(len(x.units), 40)
	for i := 0; i < limit; i++ {
		if n := aliasName(x.units[i].text); n != "" {
			return n, whyAlias, i
		}
	}
	for i := 0; i < limit; i++ {
		if m := reWeAlias.FindStringSubmatch(x.units[i].text); m != nil && properName(m[1]) == m[1] {
			return m[1], whyWeAlias, i
		}
	}
	if n, i := x.usName(limit); n != "" {
		return n, whyUs, i
	}
	for i := 0; i < limit; i++ {
		u := &x.units[i]
		if !u.on(reCtrlCue) {
			continue
		}
		if m := reCompany.FindString(u.text); m != "" {
			return strings.TrimSpace(m), whyCue, i
		}
	}
	if n, i := x.makerName(); n != "" {
		return n, whyMakerOf, i
	}
	if n, i := x.blockName(); n != "" {
		return n, whyBlock, i
	}
	if n, i := x.actorName(); n != "" {
		return n, whyActor, i
	}
	if n := x.titleName(); n != "" {
		// A title names a product as often as the company: a company
		// with a legal form in the copyright line or the contact
		// details wins over a title without one.
		if legalForm(n) == "" {
			if c, i := x.copyrightName(); c != "" && legalForm(c) != "" {
				return c, whyCopyright, i
			}
			if c, i := x.contactName(); c != "" {
				return c, whyContact, i
			}
		}
		return x.fullName(n), whyTitle, -1
	}
	if n, i := x.copyrightName(); n != "" {
		return n, whyCopyright, i
	}
	if n, i := x.contactName(); n != "" {
		return n, whyContact, i
	}
	for i := 0; i < min(limit, 20); i++ {
		if u := &x.units[i]; x.is(reShareCtx, u.ctx) || u.cell >= 0 || u.on(reComplaint) {
			continue
		}
		if m := reCompany.FindString(x.units[i].text); m != "" {
			return strings.TrimSpace(m), whyFirst, i
		}
	}
	return "", "", -1
}

var (
	// reAliasFor: the alias after a name is the notice's word for itself.
	reAliasFor = mustRx(`(?i)^\((?:[^)]{0,60}[“"])?(?:we|us|our|the company|company)[”"]`)
	// reWeAlias: "we (Acme)", "we ("Acme")".
	reWeAlias = regexp.MustCompile(`\b[Ww]e,? \((?:[“"])?([A-Z][\w&'’.\-]*(?: [A-Z][\w&'’.\-]*){0,3})(?:[”"])?\)`)
)

// aliasName returns the name a sentence gives with the notice's word for
// itself in parentheses after it: `Northbridge University ("the
// University", "we")`, `Acme Inc. ("Acme", "Company")`.
func aliasName(t string) string {
	for _, m := range reCtrlName.FindAllStringSubmatchIndex(t, -1) {
		if !reAliasFor.MatchString(t[m[1]-1:]) {
			continue
		}
		if c := reCompany.FindString(t[:m[1]]); c != "" {
			return strings.TrimSpace(c) // "Acme GmbH, Street 1, Berlin, Germany ("we")"
		}
		if name := t[m[2]:m[3]]; countryCode[name] == "" {
			return strings.TrimSpace(name)
		}
	}
	return ""
}

// reCtrlName: a capitalised name, then " (".
var reCtrlName = mustRx(`((?:[A-Z][\w&'’.\-]*)(?: (?:[A-Z][\w&'’.\-]*|of|and|for|&))*),? \(`)

// reTitleName: the name in a title ("Acme Privacy Policy", "Privacy
// Notice of Acme Ltd", "Privacy Policy – Acme").
var (
	reTitleBefore = regexp.MustCompile(`^(.+?)(?:'s|’s)? (?:(?:Website|App|Online|Global|Customer|Candidate|Applicant|Employee|Patient|Student) )*(?:Privacy|Data Protection|Data Privacy) (?:Policy|Notice|Statement)`)
	reTitleAfter  = regexp.MustCompile(`(?:Privacy|Data Protection) (?:Policy|Notice|Statement)(?: of| for| by| from|:| [-–—|]) (?:the )?(.+)$`)
)

// titleName returns the company a heading near the top names as the
// notice's: a brand-like name, or one the notice names again.
func (x *extractor) titleName() string {
	for i := range x.blocks[:min(len(x.blocks), 12)] {
		b := &x.blocks[i]
		if b.kind != kindHeading || len(b.text) > 120 {
			continue
		}
		t := strings.TrimSpace(string(b.text))
		var cand string
		if m := reTitleBefore.FindStringSubmatch(t); m != nil {
			cand = m[1]
		} else if m := reTitleAfter.FindStringSubmatch(t); m != nil {
			cand = m[1]
		}
		n := properName(cand)
		if n == "" || n != strings.TrimSpace(cand) || notRecipient(n) || genericNoun(n) {
			continue
		}
		if brandLike(n) || x.namedAgain(n) {
			return n
		}
	}
	return ""
}

// fullName returns the company name with its legal form that starts with
// name where the notice gives one ("Porchlight" → "Porchlight Home,
// Inc."), else name.
func (x *extractor) fullName(name string) string {
	for i := range x.units {
		t := x.units[i].text
		for j := 0; ; {
			k := strings.Index(t[j:], name)
			if k < 0 {
				break
			}
			s := j + k
			j = s + len(name)
			if s > 0 && isWordByte(t[s-1]) {
				continue
			}
			if e := legalNameEnd(t, s); e > 0 {
				return strings.TrimRight(t[s:e], " ,")
			}
		}
	}
	return name
}

// namedAgain reports whether name occurs at least twice in the notice's
// sentences other than headings, not at a sentence's start.
func (x *extractor) namedAgain(name string) bool {
	n := 0
	for i := range x.units {
		u := &x.units[i]
		if x.blocks[u.blk].kind == kindHeading {
			continue
		}
		for j := 0; ; {
			k := strings.Index(u.text[j:], name)
			if k < 0 {
				break
			}
			j += k + len(name)
			if j-len(name) > 0 && (j == len(u.text) || !isWordByte(u.text[j])) {
				n++
			}
		}
		if n >= 2 {
			return true
		}
	}
	return false
}

// reCopyright: "© 2024 Acme Inc. All rights reserved.", "Copyright (c)
// 2019-2024 Acme Ltd".
var reCopyright = regexp.MustCompile(`(?i)(?:©|\(c\)|copyright)(?:\s*(?:©|\(c\)))?\s*(?:\d{4}(?:\s*[-–]\s*(?:\d{4}|present))?,?\s*)?`)

// copyrightName returns the company a copyright line names.
func (x *extractor) copyrightName() (string, int) {
	for i := len(x.units) - 1; i >= 0; i-- {
		t, l := x.units[i].text, x.units[i].lower
		if !strings.Contains(t, "©") && !strings.Contains(l, "(c)") && !strings.Contains(l, "copyright") {
			continue
		}
		m := reCopyright.FindStringIndex(t)
		if m == nil || m[1] == m[0] || !strings.ContainsAny(t[m[0]:m[1]], "©0123456789") {
			continue
		}
		rest := t[m[1]:]
		if c := reCompany.FindStringIndex(rest); c != nil && c[0] == 0 {
			return strings.TrimSpace(rest[:c[1]]), i
		}
		if n := properName(strings.TrimSuffix(strings.Split(rest, ".")[0], ",")); n != "" && !notRecipient(n) {
			return n, i
		}
	}
	return "", -1
}

// reContactHead: a heading over the notice's own contact details.
var reContactHead = mustRx(`contact(?:ing)? us|how to (?:contact|reach) us|who we are|about us|our (?:contact )?details|(?:the |data )?controller$`)

// contactName returns a company with a legal form named under a contact
// heading ("Contact us: Acme Inc., 1 Main Street ...").
func (x *extractor) contactName() (string, int) {
	for i := range x.units {
		u := &x.units[i]
		if u.cell >= 0 || !x.is(reContactHead, u.head) || x.is(reShareCtx, u.head) {
			continue
		}
		if m := reCompany.FindString(u.text); m != "" && !reComplaint.MatchString(u.lower) {
			return strings.TrimSpace(m), i
		}
	}
	return "", -1
}

// nameFromEmail returns the name the contact address's domain spells
// (privacy@xajeet.com: "Xajeet", or "Xajeet, Inc." where the notice gives
// its legal form), when the notice writes it with a capital.
func (x *extractor) nameFromEmail() (string, string) {
	at := strings.LastIndexByte(x.orgEmail, '@')
	if at < 0 {
		return "", ""
	}
	label := strings.Split(x.orgEmail[at+1:], ".")[0]
	if len(label) < 3 {
		return "", ""
	}
	for i := range x.units {
		t := x.units[i].text
		for _, m := range reCapWord.FindAllStringIndex(t, -1) {
			if !strings.EqualFold(strings.ReplaceAll(t[m[0]:m[1]], "-", ""), strings.ReplaceAll(label, "-", "")) {
				continue
			}
			return x.fullName(t[m[0]:m[1]]), whyEmail
		}
	}
	return "", ""
}

var reCapWord = regexp.MustCompile(`\b[A-Z][A-Za-z0-9\-]{2,}\b`)

// controllerEmail finds the contact address: a privacy or data
// protection address first, then any, one in a contact sentence before
// others.
func (x *extractor) controllerEmail() string {
	best, bestScore := "", -1
	for i := range x.units {
		u := &x.units[i]
		for _, e := range reEmail.FindAllString(u.text, -1) {
			e = strings.TrimRight(e, ".")
			le := strings.ToLower(e)
			score := 0
			if strings.Contains(le, "privacy") || strings.Contains(le, "dpo") || strings.Contains(le, "dataprotection") || strings.Contains(le, "data-protection") || strings.Contains(le, "gdpr") {
				score += 2
			}
			if strings.Contains(u.lower, "contact") || strings.Contains(u.lower, "privacy") {
				score++
			}
			if x.orgName != "" && domainOf(le, x.orgName) {
				score += 3 // the controller's own domain
			}
			if score > bestScore {
				best, bestScore = e, score
			}
		}
	}
	return best
}

// domainOf reports whether an email address's domain spells the start
// of a company's name (privacy@acme.io and "Acme Labs, Inc.").
func domainOf(email, name string) bool {
	at := strings.LastIndexByte(email, '@')
	label := strings.ReplaceAll(strings.Split(email[at+1:], ".")[0], "-", "")
	n := strings.ReplaceAll(normName(name), " ", "")
	return len(label) >= 3 && strings.HasPrefix(n, label)
}

// controllerAddress finds a postal address, in a unit naming the
// controller if there is one.
func (x *extractor) controllerAddress() string {
	for pass := 0; pass < 2; pass++ {
		for i := range x.units {
			u := &x.units[i]
			if pass == 0 && (x.orgName == "" || !strings.Contains(u.text, firstWord(x.orgName))) {
				continue
			}
			if m := reStreet.FindString(u.text); m != "" {
				return strings.TrimRight(m, " ,.")
			}
			if m := reStreetEU.FindString(u.text); m != "" {
				return strings.TrimRight(m, " ,.")
			}
		}
	}
	return ""
}

var (
	reEmail = mustRx(`[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}`)
)
