package extract

import (
	"strings"
)

var (
	// A noun for a kind of recipient, then an example list.
	reListLead = mustRx(`(?:partners?|providers?|processors?|vendors?|networks?|companies|carriers?|couriers?|agencies|banks|bureaus?|processors|suppliers|(?:third[- ]party|external|cloud|analytics|advertising|marketing|payment|hosting) (?:services|tools|platforms)|tools|platforms|sdks|plug-?ins|integrations|firms|entities|organi[sz]ations|institutions)\W{0,3} (?:such as|including|like|e\.g\.,?|for example,?|for instance,?|namely)\W? `)
	reItemEnd  = mustRx(`[.;:)]|,? (?:which|who|that|to|for|process|receive|may|will|in order|so that|and other|or other|etc|where|when|if|as|because|so|under|in connection)\b`)
)

// reDeviceLead: an example list of the devices, systems or browsers a
// product runs on.
var reDeviceLead = mustRx(`devices|operating systems?|browsers|for use (?:in connection )?with|available (?:on|for)|runs? on|compatible with`)

// platformName reports whether a name is a device, operating system or
// browser, which a notice names as where its product runs, never as a
// recipient ("iPhone, iPad, Kindle Fire, Android").
func platformName(n string) bool {
	switch strings.ToLower(n) {
	case "iphone", "ipad", "ipod", "ios", "ipados", "android", "kindle", "kindle fire", "blackberry", "windows", "windows phone",
		"mac", "macos", "os x", "linux", "chromeos", "chrome os", "apple watch", "wear os", "fire tv", "apple tv", "android tv":
		return true
	}
	return false
}

type listed struct {
	name, kind string
	s, e       int
}

// listedNames finds recipients named in example lists ("delivery partners
// such as DPD, Royal Mail and Evri", "(for example Stripe, PayPal and
// Klarna)") and, in a list item under a sharing heading, a name that
// starts the item ("the Higher Education Statistics Agency (HESA), which
// ...", "**Game backend:** Microsoft PlayFab, which ...").
func (x *extractor) listedNames(u *unit) []listed {
	out := x.exampleNames(u)
	out = append(out, x.usedNames(u)...)
	if u.item && u.cell < 0 && x.is(reShareCtx, u.ctx) && !strings.Contains(u.lower, "such as") {
		out = append(out, itemNames(u.text)...)
	}
	return out
}

// exampleNames finds the names in an example list after a noun for a
// kind of recipient: "delivery partners such as DPD, Royal Mail and Evri".
func (x *extractor) exampleNames(u *unit) []listed {
	var out []listed
	for _, m := range reListLead.FindAllStringIndex(u.lower, -1) {
		// "our services, such as ...", "UBPartner online services such as
		// ...": the controller's own products, not recipients.
		before := u.lower[max(0, m[0]-30):m[0]]
		if reDeviceLead.MatchString(u.lower[max(0, m[0]-60):m[1]]) {
			continue // "for use with a variety of devices and platforms, including Windows, iPhone ...": platforms, not recipients
		}
		if strings.Contains(before, "our ") || strings.Contains(before, "your ") ||
			x.orgName != "" && strings.Contains(before, strings.ToLower(firstWord(x.orgName))) {
			continue
		}
		start := m[1]
		end := len(u.text)
		if em := reItemEnd.FindStringIndex(u.lower[start:]); em != nil {
			end = start + em[0]
		}
		seg := u.text[start:end]
		off := start
		for _, part := range splitList(seg) {
			name := strings.TrimSpace(seg[part[0]:part[1]])
			s := off + part[0] + strings.Index(seg[part[0]:part[1]], name)
			if i := strings.LastIndex(name, " by "); i >= 0 {
				s += i + 4 // "plagiarism detection by Turnitin, LLC"
				name = name[i+4:]
			}
			if isCorpSuffix(name) {
				continue
			}
			if n := properName(name); n != "" {
				out = append(out, listed{name: n, kind: "third_party", s: s, e: s + len(n)})
			}
		}
	}
	return out
}

// usedNames finds the names of services the controller says it uses:
// "We use Postmark and Twilio to ...", "processed by Adyen", "a service
// provided by Acme Cloud".
func (x *extractor) usedNames(u *unit) []listed {
	var out []listed
	for _, m := range reUseLead.FindAllStringIndex(u.lower, -1) {
		if !hasLower(u.text) {
			break // "WHAT WE USE IT FOR": a heading in capitals names no one
		}
		start := m[1]
		seg := u.text[start : start+itemEnd(u.text[start:])]
		var cands []listed
		brand := false
		for _, part := range splitList(seg) {
			p := seg[part[0]:part[1]]
			lead := len(p) - len(strings.TrimLeft(p, " "))
			p = strings.TrimSpace(p)
			if isCorpSuffix(p) {
				continue // "Mixpanel, Inc."
			}
			n := properName(p)
			if n == "" || n != p || x.isOrg(n) || notRecipient(n) {
				break // the list of names ends at the first that is not one
			}
			brand = brand || brandLike(n)
			s := start + part[0] + lead
			cands = append(cands, listed{name: n, kind: "processor", s: s, e: s + len(n)})
		}
		// One brand-like name makes the list one of names ("Zorbly and
		// Quintex Cloud").
		if brand {
			out = append(out, cands...)
		}
	}
	return out
}

// itemNames finds, in a list item under a sharing heading, a name that
// starts the item and goes on into a sentence: "the Higher Education
// Statistics Agency (HESA), which ...", "**Game backend:** Microsoft
// PlayFab, which ...".
func itemNames(t string) []listed {
	i := 0
	label := false
	if c := strings.Index(t, ":"); c > 0 && c < 40 {
		i, label = c+1, true // "Game backend: Microsoft PlayFab"
	}
	for i < len(t) && (t[i] == ' ' || t[i] == '*') {
		i++
	}
	rest := t[i:]
	if strings.HasPrefix(rest, "the ") {
		rest, i = rest[4:], i+4
	}
	end := itemEnd(rest)
	if j := strings.Index(rest[:end], ", "); j > 0 {
		end = j
	}
	n := properName(strings.TrimSpace(rest[:end]))
	after := ""
	if n != "" && strings.HasPrefix(rest, n) {
		after = rest[len(n):]
	}
	// A name that starts an item and goes on into a sentence, and looks
	// like a body, a company or a service: "the Office for Students, our
	// regulator", "Game backend: Microsoft PlayFab, which ...".
	goesOn := false
	for _, p := range []string{", ", " (", " which", " to ", " if ", " and ", " where ", " when "} {
		goesOn = goesOn || strings.HasPrefix(after, p)
	}
	// "EMIS Health (electronic patient record system)": a name with a
	// lower-case description in parentheses.
	described := strings.HasPrefix(after, " (") && len(after) > 2 && after[2] >= 'a' && after[2] <= 'z' && !genericNoun(n)
	if n == "" || !goesOn || !strings.Contains(n, " ") || !(label || described || publicBody(n) || hasSuffix(" "+n) || strings.Contains(n, "(")) {
		return nil
	}
	out := []listed{{name: n, kind: bodyKind(n), s: i, e: i + len(n)}}
	return append(out, moreItemNames(rest[:itemEnd(rest)], i)...)
}

// moreItemNames finds the names after the first in a list item's list of
// names seg, which starts at off: "HM Revenue & Customs, the Financial
// Conduct Authority and the Prudential Regulation Authority where the law
// requires us to."
func moreItemNames(seg string, off int) []listed {
	var out []listed
	for _, part := range splitList(seg)[1:] {
		if strings.Count(seg[:part[0]], "(") > strings.Count(seg[:part[0]], ")") {
			continue // inside a parenthesis: a product or alias of the name before
		}
		p := seg[part[0]:part[1]]
		lead := len(p) - len(strings.TrimLeft(p, " "))
		p = strings.TrimSpace(p)
		if strings.HasPrefix(p, "the ") {
			p, lead = p[4:], lead+4
		}
		m := properName(p)
		if m == "" || m != p || !(publicBody(m) || hasSuffix(" "+m) || vendorKind[m] != "" || strings.Contains(m, " ")) {
			continue
		}
		s := off + part[0] + lead
		out = append(out, listed{name: m, kind: bodyKind(m), s: s, e: s + len(m)})
	}
	return out
}

var reUseLead = mustRx(`\b(?:we|our (?:\w+ )?(?:team|teams|app|apps|site|website|service|services|platform)) (?:use|uses|rely on|relies on|work with|works with|engage|partner with|partners with)\s+|\b(?:processed|provided|hosted|operated|powered|handled|supplied|delivered|run|managed|stored|sent) (?:for us )?by\s+|\bservice (?:provided|operated|offered) by\s+`)

// genericNoun reports whether a capitalised name ends in a word for a
// kind of recipient ("Marketing Partners", "Cloud Providers"), not a name.
func genericNoun(n string) bool {
	f := strings.Fields(strings.ToLower(n))
	switch strings.TrimRight(f[len(f)-1], "s") {
	case "partner", "provider", "vendor", "agencie", "agency", "authoritie", "authority", "companie", "company", "affiliate",
		"adviser", "advisor", "processor", "service", "supplier", "contractor", "user", "customer", "client", "tool", "platform", "team":
		return true
	}
	return false
}

// brandLike reports whether a proper name looks like a company or service:
// a known vendor, a corporate suffix, an inner capital ("PlayFab"), a dot
// ("Pay.UK") or two or more capitalised words.
func brandLike(n string) bool {
	if vendorKind[n] != "" || hasSuffix(" "+n) {
		return true
	}
	f := strings.Fields(n)
	if len(f) >= 2 {
		return true
	}
	w := f[0]
	if strings.ContainsAny(w[1:], ".") && !strings.HasSuffix(w, ".") {
		return true
	}
	for i := 1; i < len(w); i++ {
		if w[i] >= 'A' && w[i] <= 'Z' {
			return true
		}
	}
	return false
}

// notRecipient: names that are laws, frameworks, standards or places,
// never recipients.
func notRecipient(n string) bool {
	l := strings.ToLower(n)
	switch strings.Fields(l)[0] {
	case "your", "our", "the", "this", "their", "its", "all", "any", "such", "these", "those", "other", "a", "an", "we", "you":
		return true
	}
	for _, w := range []string{"gdpr", "ccpa", "cpra", "privacy shield", "data privacy framework", "standard contractual",
		"iso", "soc ", "soc2", "pci", "hipaa", "privacy policy", "privacy notice", "cookie", "terms", "european", "commission",
		"act", "regulation", "directive", "authority", "commissioner", "clauses", "framework", "google analytics cookies",
		"article", "section", "recital", "schedule", "chapter", "paragraph", "annex", "appendix"} {
		if strings.Contains(l, w) && !strings.Contains(l, "acti") {
			return true
		}
	}
	return countryCode[n] != ""
}

// itemEnd is where the names that start a list item end: at the first
// clause word, but not at "for"/"to" inside a name ("Office for
// Students").
func itemEnd(rest string) int {
	off := 0
	for {
		em := reItemEnd.FindStringIndex(rest[off:])
		if em == nil {
			return len(rest)
		}
		s, e := off+em[0], off+em[1]
		w := strings.TrimSpace(strings.TrimLeft(rest[s:e], ","))
		if (w == "for" || w == "of") && e+1 < len(rest) && rest[e] == ' ' && rest[e+1] >= 'A' && rest[e+1] <= 'Z' {
			off = e
			continue
		}
		return s
	}
}
