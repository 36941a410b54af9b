package extract

import (
	"regexp"
	"strings"
)

var (
	reTransferCtx  = mustRx(`transfer|outside (?:of )?(?:the )?(?:eea|eu\b|european|uk\b|united kingdom|switzerland|your country)|third countr|international|cross-border|countries other than|processed in|stored in|located in|hosted in|safeguard|mechanism|data privacy framework|privacy shield|location|adequa`)
	reTransferStmt = mustRx(`transfer\w* (?:to|outside|abroad)|outside (?:of )?(?:the )?(?:eea|european economic area|eu\b|european union)|third countr|countries other than|processed (?:in|outside)|international (?:data )?transfers?`)
)

func (transferRule) find(x *extractor, u *unit) {
	if !u.on(reTransferCtx) && !x.is(reTransferCtx, u.ctx) {
		return
	}
	sp, ok := x.unitSpan(u)
	if !ok {
		return
	}
	if u.on(reTransferStmt) {
		x.transferStmts = append(x.transferStmts, sp)
	}
	type hit struct {
		key string
	}
	var hits []hit
	match(u, transferTerms, false, func(tm *term, s, e int) {
		if tm.key == "adequacy" && strings.HasPrefix(u.lower[s:e], "adequate level") && !u.on(reAdequacyFound) {
			return // "we ensure an adequate level of protection" (by other means)
		}
		if !negated(u.lower, s) && !extensionOf(u.lower, tm.key, s) {
			hits = append(hits, hit{tm.key})
		}
	})
	if len(hits) == 0 {
		return
	}
	var dest []string
	for _, c := range destinations(u.text) {
		if !eea[c] {
			dest = append(dest, c)
		}
	}
	for _, h := range hits {
		x.addTransfer(h.key, dest, sp, 0.75)
	}
}

var (
	// reOriginBefore: words before a country that make it where data
	// leaves from, not where it goes ("outside the UK", "from the EEA").
	reOriginBefore = regexp.MustCompile(`(?i)(?:outside(?: of)?|leaves?|leaving|beyond|transfer\w* (?:\w+ ){0,3}from) (?:the )?$`)
	// reNotPlaceAfter: words after a country that make it part of a law or
	// a framework's name ("UK GDPR", "UK Extension", "UK International Data
	// Transfer Agreement").
	reNotPlaceAfter = regexp.MustCompile(`^(?:'s|’s)? ?(?i:gdpr|extension|international data transfer|addendum|data protection|adequacy|idta|government|law|data bridge|-u\.?s|[- ]us\b)`)
)

// destinations returns the countries text names as where data goes.
func destinations(text string) []string {
	var out []string
	seen := map[string]bool{}
	for _, m := range countryRe.FindAllStringSubmatchIndex(text, -1) {
		code := countryCode[text[m[2]:m[3]]]
		if code == "" || seen[code] {
			continue
		}
		if reOriginBefore.MatchString(text[max(0, m[2]-40):m[2]]) || reNotPlaceAfter.MatchString(text[m[3]:]) {
			continue
		}
		seen[code] = true
		out = append(out, code)
	}
	return out
}

// reAdequacyFound: the words that make "adequate level of protection" a
// finding of adequacy rather than a promise.
var reAdequacyFound = mustRx(`commission|adequacy|decision|decided|recogni[sz]|deemed|found|determined|regulations|countr(?:y|ies) (?:that|which|with) (?:provides?|offers?|ensures?|ha(?:ve|s))`)

// extensionOf reports whether a Data Privacy Framework match at s is the
// framework a UK or Swiss extension extends ("the UK Extension to the
// EU-U.S. Data Privacy Framework"): that states the extension, not the
// EU-U.S. framework.
func extensionOf(lower, key string, s int) bool {
	return key == "dpf_eu_us" && strings.Contains(lower[max(0, s-24):s], "extension to")
}

func (x *extractor) addTransfer(mech string, dest []string, sp Span, conf float64) {
	if mech == "adequacy" && len(dest) == 0 && !x.adequacyGeneral(sp) {
		return
	}
	if len(dest) == 0 {
		x.add(Fact{Kind: KindTransfer, Value: str(mech)}, mech+"/", sp, conf)
		return
	}
	for _, c := range dest {
		x.add(Fact{Kind: KindTransfer, Value: str(mech), Country: c}, mech+"/"+c, sp, conf)
	}
}

// adequacyGeneral accepts an adequacy statement without a country when it
// says the Commission decided it ("countries the European Commission has
// found adequate").
func (x *extractor) adequacyGeneral(sp Span) bool {
	l := strings.ToLower(sp.Quote)
	return strings.Contains(l, "commission") || strings.Contains(l, "adequacy decision")
}

// countryless returns the transfer facts without a country whose
// mechanism another fact states with one, each with that fact.
func (x *extractor) countryless() map[string]*Fact {
	withCountry := map[string]*Fact{}
	for _, k := range x.order {
		f := x.facts[k]
		if f.Kind == KindTransfer && f.Country != "" && withCountry[f.Val()] == nil {
			withCountry[f.Val()] = f
		}
	}
	out := map[string]*Fact{}
	for _, k := range x.order {
		f := x.facts[k]
		if f.Kind == KindTransfer && f.Country == "" && withCountry[f.Val()] != nil {
			out[k] = withCountry[f.Val()]
		}
	}
	return out
}

// unspecifiedTransfer adds an "unspecified" transfer, on the first
// sentences that state transfers abroad, when no fact names a mechanism.
func (x *extractor) unspecifiedTransfer() {
	for _, k := range x.order {
		if x.facts[k].Kind == KindTransfer {
			return
		}
	}
	for _, sp := range x.transferStmts[:min(3, len(x.transferStmts))] {
		x.add(Fact{Kind: KindTransfer, Value: str("unspecified")}, "unspecified/", sp, 0.4)
	}
}
