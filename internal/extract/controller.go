package extract

import (
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
	reStreetEU = mustRx(`\b[A-ZÄÖÜ][\wäöüßé\-]*(?:straße|strasse|str\.|weg|platz|gracht|straat|laan|kade|allee|gasse|ring|damm|plein|singel|gade|vej|gatan|katu|rue [\w\- ]+|via [\w ]+|calle [\w ]+) \d+[a-z]?(?:[-–]\d+)?,? (?:\d{4,5}(?: ?[A-Z]{2})?|[A-Z]-\d{4,5}) [A-ZÄÖÜ][\wäöüé\-]+(?:,? (?:Germany|Deutschland|The Netherlands|Netherlands|Austria|France|Belgium|Sweden|Denmark|Ireland|Spain|Italy|Finland|Switzerland|[A-Z][a-z]+))?`)
)

// reCtrlAlias: a name followed by the alias the notice uses for itself:
// `Northbridge University ("the University", "we")`.
var reCtrlAlias = mustRx(`((?:[A-Z][\w&'’.\-]*)(?: (?:[A-Z][\w&'’.\-]*|of|and|for|&))*) \((?:“|"|&ldquo;)[^)]{0,60}(?:“|"|&ldquo;)we(?:”|"|&rdquo;)`)

func (x *extractor) findController() {
	x.orgName = x.controllerName()
	x.orgEmail = x.controllerEmail()
	x.orgAddr = x.controllerAddress()
}

// controllerName finds the controller's name near the top of the notice:
// a name followed by the alias the notice uses for itself ("Acme Ltd
// ("we")"), else a company named in a sentence that says it is the
// controller or runs the service, else the first company named outside
// a sharing section.
func (x *extractor) controllerName() string {
	limit := min(len(x.units), 40)
	for i := 0; i < limit; i++ {
		t := x.units[i].text
		m := reCtrlAlias.re.FindStringSubmatchIndex(t)
		if m == nil {
			continue
		}
		if c := reCompany.FindString(t[:m[1]]); c != "" {
			return strings.TrimSpace(c) // "Acme GmbH, Street 1, Berlin, Germany ("we")"
		}
		if name := t[m[2]:m[3]]; countryCode[name] == "" {
			return strings.TrimSpace(name)
		}
	}
	for i := 0; i < limit; i++ {
		u := &x.units[i]
		if !u.on(reCtrlCue) {
			continue
		}
		if m := reCompany.FindString(u.text); m != "" {
			return strings.TrimSpace(m)
		}
	}
	for i := 0; i < min(limit, 20); i++ {
		if x.is(reShareCtx, x.units[i].ctx) {
			continue
		}
		if m := reCompany.FindString(x.units[i].text); m != "" {
			return strings.TrimSpace(m)
		}
	}
	return ""
}

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
			if score > bestScore {
				best, bestScore = e, score
			}
		}
	}
	return best
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
