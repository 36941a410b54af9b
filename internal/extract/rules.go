package extract

import (
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/biter777/countries"
	"github.com/sosodev/duration"
)

// Context: what a heading, a list's lead-in or a table column says the
// text under it is about.
var (
	reCollectCtx   = mustRx(`collect|what (?:\w+ )?we (?:hold|keep|process|have|know|store|use) about you|categor(?:y|ies) of|types? of (?:personal )?(?:data|information)|kinds of|what (?:personal )?(?:data|information)|information (?:that )?(?:we|you) (?:obtain|receive|gather|provide|give)|(?:data|information) (?:that )?we (?:obtain|receive|gather|hold|process)|information about you|personal (?:data|information) we|sources? of|cookies|tracking|data we|information we|data (?:that )?(?:you provide|is collected)|\bdata\b$|information$`)
	reCollectVerb  = mustRx(`\b(?:collect\w*|gather\w*|obtain\w*|receiv\w*|record\w*|captur\w*|ask (?:you )?for|stor(?:e|es|ed|ing)|process(?:es|ed)?|log(?:s|ged)?|provid(?:e|es|ed) (?:us|to us)|submit\w*|share with us|give us|enter(?:ed)?|upload\w*|includ\w*|such as|consist\w*|compris\w*|access to your|read your|uses? your|use of your)\b`)
	reListCue      = mustRx(`such as|including|includes?|e\.g\.|for example|\blike\b|namely|:|\bwe (?:collect|process|receive|obtain)\b|\bcomprise`)
	reRightsHead   = mustRx(`right|choice|contact (?:us|the|our|details for|information for)|contacting|^(?:[\d.]+ )?contact$|complain|question|children|minor|how to|request`)
	reUseCtx       = mustRx(`\buse\b|\buses\b|purpose|why we|how we|legal basis|lawful basis|legitimate interest|process your|we process`)
	reUseVerb      = mustRx(`\b(?:we|us)\b[^.]*\b(?:use|uses|process|need|collect|share|disclose|analy[sz]e|rely)\b|\bpurposes?\b|\bin order to\b|\bso (?:that )?we can\b|\bto help us\b|\bused (?:to|for)\b`)
	reBasisCtx     = mustRx(`legal basis|lawful basis|legal bases|legal ground|lawful ground|basis for (?:processing|using)|legitimate interest|why we (?:process|use)|grounds? for`)
	reArt9Ctx      = mustRx(`special categor|sensitive|health|art(?:icle)?\.? ?9|biometric|genetic|racial|ethnic|religio|sexual|trade union|political`)
	reTransferCtx  = mustRx(`transfer|outside (?:of )?(?:the )?(?:eea|eu\b|european|uk\b|united kingdom|switzerland|your country)|third countr|international|cross-border|countries other than|processed in|stored in|located in|hosted in|safeguard|mechanism|data privacy framework|privacy shield|location|adequa`)
	reTransferStmt = mustRx(`transfer\w* (?:to|outside|abroad)|outside (?:of )?(?:the )?(?:eea|european economic area|eu\b|european union)|third countr|countries other than|processed (?:in|outside)|international (?:data )?transfers?`)
	reRetainCue    = mustRx(`\b(?:retain\w*|retention|keep|keeps|kept|store[ds]?|storing|storage period|hold|held|delete[ds]?|deleting|erase[ds]?|destroy\w*|dispos\w*|purge[ds]?|anonymi[sz]\w*|expire[ds]?|how long)\b`)
	reRetainCtx    = mustRx(`retention|retain|how long|keep|storage|store|periods?\b`)
	reNoPeriod     = mustRx(`as long as|no longer than|for the duration|until|for the period|for (?:a|the) (?:reasonable )?(?:period|time)|only for|legitimate business need|required (?:or permitted )?by law|statute of limitation|statutory retention`)
	reDuration     = mustRx(`\b(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|eighteen|twenty(?:-four)?|thirty|thirty-six|forty-eight|sixty|ninety)(?:\s*\(\d{1,3}\))?[\s-]+(calendar |business |working )?(?:(?:further|more|additional|full|consecutive|extra) )?(day|week|month|year)s?\b`)
	reRightsCtx    = mustRx(`right|choice|control|privacy request|california|ccpa|cpra|gdpr|your data|opt[- ]out|access|how to|your information`)
	reRightsCue    = mustRx(`\bright(?:s)?\b|\byou (?:can|may|could|also have|have|are entitled)\b|\brequest\b|\bask us\b|\bentitled\b`)
	reSecCtx       = mustRx(`secur|protect|safeguard|keep your (?:data|information) safe`)
	reSecCue       = mustRx(`secur|protect|safeguard|encrypt|confidential|breach|unauthori[sz]ed`)
	reShareCtx     = mustRx(`shar|disclos|recipient|third[- ]part|who (?:we|do we|receives|sees|can see|has access|gets|else)|processors|service providers|partners|vendors|sub-?processor|cookies|analytics|advertis|transfer|with whom|sdk|tools|outside the|abroad|international`)
	reShareCue     = mustRx(`\b(?:share[sd]?|sharing|disclos\w+|transfer\w*|provide[sd]? (?:\w+ ){0,3}to|make[s]? (?:\w+ ){0,3}available|sell|sells|sold|selling|rent|pass(?:es|ed)? (?:\w+ )?to|give[sn]? (?:\w+ )?to|use[sd]? (?:the services of|third[- ]party|\w+ (?:analytics|sdk))|engage[sd]?|rel(?:y|ies) on|powered by|processed by|hosted (?:by|on|with)|provided by|partner(?:s|ed)? with|work with|uses?|using|via|through|receive)\b`)
	reNeg          = mustRx(`\b(?:do|does|did|will|shall|would|can|could|must) not\b|n['’]t\b|\bnever\b|\bno longer\b|\bnot\b`)
	reNegReset     = mustRx(`except|unless|other than|\bbut\b|however|apart from|beyond|save for|\bonly\b|;|\. `)
	reEmail        = mustRx(`[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}`)
)

// match runs a lexicon over a unit: each entry's matches that do not
// overlap an earlier entry's, that are not weak (unless weak is allowed)
// and not cancelled by the word before them. The matches of a lexicon on a
// unit are computed once: weak entries come after all strong ones in every
// lexicon (checked in init), so leaving them out does not change the
// strong entries' matches.
func match(u *unit, lex []term, allowWeak bool, fn func(tm *term, s, e int)) {
	for _, h := range u.lexHits(lex) {
		if h.tm.weak && !allowWeak {
			continue
		}
		fn(h.tm, h.s, h.e)
	}
}

// hit is one lexicon match in a unit's lower-case text.
type hit struct {
	tm   *term
	s, e int
}

type lexCache struct {
	lex  *term
	hits []hit
}

func (u *unit) lexHits(lex []term) []hit {
	if len(lex) == 0 {
		return nil
	}
	for _, c := range u.cache {
		if c.lex == &lex[0] {
			return c.hits
		}
	}
	var hits []hit
	for i := range lex {
		tm := &lex[i]
		tm.findAll(u.lower, u.lits, func(s, e int) bool {
			for _, h := range hits {
				if s < h.e && e > h.s {
					return true
				}
			}
			if tm.notAfter != nil && tm.notAfter[prevWord(u.lower, s)] {
				return true
			}
			hits = append(hits, hit{tm, s, e})
			return true
		})
	}
	u.cache = append(u.cache, lexCache{&lex[0], hits})
	return hits
}

func prevWord(s string, pos int) string {
	i := pos
	for i > 0 && s[i-1] == ' ' {
		i--
	}
	j := i
	for j > 0 && (s[j-1] >= 'a' && s[j-1] <= 'z' || s[j-1] == '-' || s[j-1] == '\'') {
		j--
	}
	return s[j:i]
}

// negated reports whether a negation governs the text at pos: "we do not
// sell", "we never collect", unless an "except"/"other than" intervenes.
func negated(lower string, pos int) bool {
	from := max(0, pos-90)
	win := lower[from:pos]
	locs := reNeg.FindAllStringIndex(win, -1)
	if len(locs) == 0 {
		return false
	}
	tail := win[locs[len(locs)-1][1]:]
	return !reNegReset.MatchString(tail)
}

// reNegAfter: a negation that follows the data it is about ("card
// details are entered on the payment processor's page and are not stored
// by us", "your fingerprint never leaves your phone"), within its clause.
var reNegAfter = mustRx(`^[^;.()]{0,100}?\b(?:(?:is|are|will be|be|gets?) (?:never|not) (?:stored|kept|collected|seen|received|retained|processed|accessed|saved|recorded)|never (?:leaves?|reach(?:es)?|stored|kept|collected|seen|received|sees)|(?:do|does) not (?:leave|reach))\b`)

// negatedAfter reports whether the clause after position end denies what
// comes before it, with no "but / only / except" in between.
func negatedAfter(lower string, end int) bool {
	rest := lower[end:min(len(lower), end+120)]
	m := reNegAfter.FindStringIndex(rest)
	if m == nil {
		return false
	}
	return !reNegReset.MatchString(rest[:m[1]])
}

// unitSpan is the source span of a whole unit.
func (x *extractor) unitSpan(u *unit) (Span, bool) { return x.span(u.blk, u.s, u.e) }

func str(s string) *string { return &s }

// ---- collects ----

func (x *extractor) collects(u *unit) {
	// The nearest heading, or for a list item or a paragraph under a
	// sub-heading ("What we collect / When you register"), the headings
	// above it.
	ctx := x.is(reCollectCtx, u.head) || ((u.item || u.cell < 0 && !x.is(reUseCtx, u.head)) && x.is(reCollectCtx, u.ctx))
	verb := u.on(reCollectVerb)
	if !ctx && !verb {
		return
	}
	if x.definition(u) {
		return // what "personal data" or "a cookie" means, not what is collected
	}
	if x.is(reRightsHead, u.head) && !statesCollection(u.lower) {
		return
	}
	// Under "How long we keep your data", "Who we share it with": data
	// named there is retained or shared, and stated as collected elsewhere.
	if x.is(reOtherHead, u.head) && !statesCollection(u.lower) {
		return
	}
	if strings.Contains(u.lower, "@") && !strings.Contains(u.lower, "collect") {
		return // contact details of the controller, not data collected
	}
	if x.notCollectedRow(u) {
		return // a CCPA category row marked "No"
	}
	weak := (u.item && ctx) || (listCue(u) && (verb || ctx)) || (x.blocks[u.blk].kind == kindHeading && ctx)
	conf := 0.6
	switch {
	case u.item && ctx:
		conf = 0.8
	case ctx && verb:
		conf = 0.75
	}
	sp, ok := x.unitSpan(u)
	if !ok {
		return
	}
	var keys, generic []string
	match(u, categoryTerms, weak, func(tm *term, s, e int) {
		if negated(u.lower, s) || negatedAfter(u.lower, e) || strings.Contains(u.text, "?") && inQuotedQuestion(u.text, s) {
			return
		}
		if tm.weak && (reUserSetting.MatchString(u.lower[max(0, s-40):s]) || reModifier.MatchString(u.lower[e:])) {
			return // "you can update your preferences", "communications providers"
		}
		if purposeExample(u.lower, s) {
			return // "we use this information for purposes such as ... (e.g. your language preference)"
		}
		keys = append(keys, tm.key)
		if reGenericCat.MatchString(u.lower[s:e]) {
			generic = append(generic, tm.key)
		}
	})
	sibling := keys
	if (u.cell >= 0 || u.item) && len(generic) > 0 {
		sibling = x.rowKeys(u.blk, weak) // "| Geolocation data | Approximate location ... |"
	}
	for _, k := range keys {
		if hasChild(k, sibling) && slices.Contains(generic, k) {
			continue // "Contact data: home address, email": the specific keys only
		}
		c := conf
		if tm := lexKey[k]; tm != nil && tm.weak {
			c -= 0.1
		}
		x.add(Fact{Kind: KindCollects, Value: str(k)}, k, sp, c)
	}
}

// A sentence that says what a term means rather than what is collected:
// the legal definition of personal data ("any information relating to an
// identified or identifiable natural person ... such as a name, an
// identification number, location data ... genetic ... identity"), or
// what a cookie or similar technology is ("A cookie is a small file
// (often including a unique identifier) ...").
var (
	reDataDefinition = regexp.MustCompile(`identified or identifiable|identifiable (?:natural )?(?:person|individual)|\bwe mean\b|^["“‘']?personal (?:data|information)["”’']? (?:means|is defined as|refers to)\b`)
	reTechDefinition = regexp.MustCompile(`^(?:an? |the )?["“‘']?(?:cookies?|web beacons?|pixel(?: tag)?s?|clear gifs?|local storage|log files?)["”’']? (?:is|are|include|means|refers? to|stores?)\b`)
	// reFirstPerson: a sentence that speaks of the controller's practice.
	reFirstPerson = regexp.MustCompile(`\b(?:we|us|our)\b`)
	reWeCollect   = regexp.MustCompile(`\bwe (?:\w+ ){0,2}(?:collect|gather|obtain|receive|process|hold)\b`)
)

// definition reports whether u defines a term. A sentence after a
// definition of personal data in the same paragraph that does not speak
// of what "we" do ("Personal Information may include some or all of the
// following: identifiers such as ...") continues the definition.
func (x *extractor) definition(u *unit) bool {
	l := u.lower
	if (strings.Contains(l, "identifi") || strings.Contains(l, "mean") || strings.Contains(l, "defined") || strings.Contains(l, "refers")) &&
		reDataDefinition.MatchString(l) && !reWeCollect.MatchString(l) {
		if x.defBlock == nil {
			x.defBlock = map[int]bool{}
		}
		x.defBlock[u.blk] = true
		return true
	}
	if reTechDefinition.MatchString(l) {
		return !reWeCollect.MatchString(l)
	}
	return x.defBlock[u.blk] && !reFirstPerson.MatchString(l)
}

// statesCollection reports whether a sentence under a heading about
// something else (rights, sharing, retention, security) still states a
// collection: "collect" used other than in a noun phrase for the data in
// general ("the security of data we collect") or for another party's
// collection ("reviews are collected and published by Trustpilot").
func statesCollection(lower string) bool {
	for i := 0; ; {
		j := strings.Index(lower[i:], "collect")
		if j < 0 {
			return false
		}
		j += i
		i = j + 7
		if reCollectNoun.MatchString(lower[max(0, j-40):j]) {
			continue
		}
		if m := reCollectedBy.FindStringSubmatch(lower[j:min(len(lower), j+60)]); m != nil && m[1] != "us" && m[1] != "our" && m[1] != "ourselves" {
			continue
		}
		return true
	}
}

var (
	reCollectNoun = regexp.MustCompile(`(?:data|information|details)(?: that| which)? (?:we|you)(?: \w+)? $`)
	reCollectedBy = regexp.MustCompile(`^collected (?:and \w+ )?(?:directly )?by (\w+)`)
)

// reUserSetting: the words before a weak term that make it something the
// user sets or that content is tailored to, not data collected.
var reUserSetting = regexp.MustCompile(`\b(?:update|change|manage|adjust|modify|edit|based on|according to)(?: (?:your|my|their|the))? $`)

// reModifier: a weak term that qualifies the noun after it names a kind
// of company or tool, not data ("communications providers").
var reModifier = regexp.MustCompile(`^ (?:providers?|vendors?|companies|company|partners?|platforms?|tools?|agenc(?:y|ies)|firms?|processors?)\b`)

// rePurposeLead: what follows is a purpose the data is used for.
var rePurposeLead = regexp.MustCompile(`\bfor (?:\w+ )?purposes (?:such as|including|like)\b`)

// reCollectWord: a collection verb or a sentence end ("e.g. " is neither).
var reCollectWord = regexp.MustCompile(`collect|gather|obtain|receiv|\w{3}\. `)

// purposeExample reports whether the match at s is named, in the clause
// after "we use this information for purposes such as", as an example of
// a purpose rather than as data collected.
func purposeExample(lower string, s int) bool {
	win := lower[max(0, s-200):s]
	if !strings.Contains(win, "purposes") {
		return false
	}
	locs := rePurposeLead.FindAllStringIndex(win, -1)
	if len(locs) == 0 {
		return false
	}
	return !reCollectWord.MatchString(win[locs[len(locs)-1][1]:])
}

// listCue reports whether u has a list cue; "such as by using ...", "such
// as when you ..." introduce a way or an occasion, not a list of data.
func listCue(u *unit) bool {
	if !u.on(reListCue) {
		return false
	}
	if !strings.Contains(u.lower, "such as") {
		return true
	}
	for _, m := range reListCue.FindAllStringIndex(u.lower, -1) {
		if !(u.lower[m[0]:m[1]] == "such as" && reAdverbialSuchAs.MatchString(u.lower[m[1]:])) {
			return true
		}
	}
	return false
}

var reAdverbialSuchAs = regexp.MustCompile(`^ (?:by|to|when|where|if|through|in order|for the purpose)\b`)

// reGenericCat: a category named by a generic phrase ("contact
// details", "location data"), which gives way to the specific ones named
// with it.
var reGenericCat = mustRx(`information|data|details`)

var reOtherHead = mustRx(`how long|retention|retain|keep your|storage (?:period|limitation|time)|periods? (?:of|for) (?:storage|retention|keeping)|we keep|keeping your|who (?:we|do we)|shar|disclos|transfer|abroad|international|secur|protect|suppliers|sub-?processors|vendors|recipients`)

// rowKeys returns the category keys the cells of table row blk name.
func (x *extractor) rowKeys(blk int, weak bool) []string {
	if k, ok := x.rowKeyCache[blk]; ok && k.weak == weak {
		return k.keys
	}
	if x.unitsOf == nil {
		x.rowKeyCache = map[int]rowKeySet{}
		x.unitsOf = map[int][2]int{}
		for i := range x.units {
			r, ok := x.unitsOf[x.units[i].blk]
			if !ok {
				r[0] = i
			}
			r[1] = i + 1
			x.unitsOf[x.units[i].blk] = r
		}
	}
	var keys []string
	r := x.unitsOf[blk]
	for i := r[0]; i < r[1]; i++ {
		match(&x.units[i], categoryTerms, weak, func(tm *term, s, e int) {
			keys = append(keys, tm.key)
		})
	}
	x.rowKeyCache[blk] = rowKeySet{weak, keys}
	return keys
}

type rowKeySet struct {
	weak bool
	keys []string
}

// lexKey: the first category term of each key (weak only if all are).
var lexKey = map[string]*term{}

func init() {
	for i := range categoryTerms {
		tm := &categoryTerms[i]
		if lexKey[tm.key] == nil || lexKey[tm.key].weak && !tm.weak {
			lexKey[tm.key] = tm
		}
	}
}

// hasChild reports whether keys holds a more specific key under k.
func hasChild(k string, keys []string) bool {
	for _, o := range keys {
		if len(o) > len(k) && strings.HasPrefix(o, k+".") {
			return true
		}
	}
	return false
}

var reCollectedCol = mustRx(`collected|do we collect|we collect`)

// notCollectedRow reports whether u is a cell of a table row whose
// "Collected" column says no (a CCPA category table that lists the
// categories not collected too).
func (x *extractor) notCollectedRow(u *unit) bool {
	if u.cell < 0 || len(u.header) == 0 {
		return false
	}
	b := &x.blocks[u.blk]
	for i, h := range u.header {
		if i >= len(b.cells) || !reCollectedCol.MatchString(h) || strings.Contains(h, "source") {
			continue
		}
		c := b.cells[i]
		if c[1] < c[0] {
			continue
		}
		v := strings.ToLower(strings.Trim(string(b.text[c[0]:c[1]]), " |.*_"))
		if v == "no" || v == "not collected" || v == "none" || v == "n/a" || v == "—" || v == "-" {
			return true
		}
	}
	return false
}

// ---- purposes ----

func (x *extractor) purposes(u *unit) {
	ctx := x.is(reUseCtx, u.head) || (u.item && x.is(reUseCtx, u.ctx))
	if !ctx && !u.on(reUseVerb) {
		return
	}
	sp, ok := x.unitSpan(u)
	if !ok {
		return
	}
	conf := 0.6
	if ctx {
		conf = 0.7
	}
	match(u, purposeTerms, true, func(tm *term, s, e int) {
		if negated(u.lower, s) {
			return
		}
		x.add(Fact{Kind: KindPurpose, Value: str(tm.key)}, tm.key, sp, conf)
	})
}

// ---- legal bases ----

var (
	reBareConsent  = mustRx(`\bconsent\b`)
	reBareContract = mustRx(`\bcontract(?:ual)?\b`)
	reBareLegal    = mustRx(`comply (?:with )?(?:\w+ ){0,3}(?:laws?|legal|regulations?)|required by (?:applicable )?law`)
	reLegalClaims  = mustRx(`legal claims`)
)

func (x *extractor) legalBases(u *unit) {
	sp, ok := x.unitSpan(u)
	if !ok {
		return
	}
	basisCtx := x.is(reBasisCtx, u.ctx)
	transferish := u.on(reTransferStmt)
	found := map[string]bool{}
	emit := func(key string, pos int, conf float64) {
		if negated(u.lower, pos) || found[key] {
			return
		}
		found[key] = true
		x.add(Fact{Kind: KindLegalBasis, Value: str(key)}, key, sp, conf)
	}
	match(u, basisTerms, false, func(tm *term, s, e int) {
		if transferish && (tm.key == "explicit_consent" || tm.key == "consent" || tm.key == "contract") && !basisCtx {
			return // a transfer derogation, not a basis of processing
		}
		conf := 0.7
		if basisCtx {
			conf = 0.85
		}
		emit(tm.key, s, conf)
	})
	if basisCtx && !transferish {
		if m := u.index(reBareConsent); m != nil && !found["explicit_consent"] && !strings.Contains(u.lower[max(0, m[0]-20):m[0]], "withdraw") {
			emit("consent", m[0], 0.6)
		}
		if m := u.index(reBareContract); m != nil {
			emit("contract", m[0], 0.55)
		}
		if m := u.index(reBareLegal); m != nil {
			emit("legal_obligation", m[0], 0.55)
		}
	}
	if m := u.index(reLegalClaims); m != nil && u.on(reArt9Ctx) && (basisCtx || strings.Contains(u.lower, "art")) {
		emit("legal_claims", m[0], 0.6)
	}
}

// ---- transfers ----

var eea = map[string]bool{"AT": true, "BE": true, "BG": true, "HR": true, "CY": true, "CZ": true, "DK": true, "EE": true,
	"FI": true, "FR": true, "DE": true, "GR": true, "HU": true, "IE": true, "IT": true, "LV": true, "LT": true, "LU": true,
	"MT": true, "NL": true, "PL": true, "PT": true, "RO": true, "SK": true, "SI": true, "ES": true, "SE": true,
	"IS": true, "LI": true, "NO": true}

var (
	countryRe   *rx
	countryCode map[string]string
)

func init() {
	countryCode = map[string]string{}
	var names []string
	addName := func(name, code string) {
		if name == "" || countryCode[name] != "" {
			return
		}
		countryCode[name] = code
		names = append(names, regexp.QuoteMeta(name))
	}
	aliases := map[string]string{"United States": "US", "United States of America": "US", "U.S.": "US", "U.S.A.": "US",
		"USA": "US", "US": "US", "UK": "GB", "U.K.": "GB", "United Kingdom": "GB", "Great Britain": "GB", "England": "GB",
		"South Korea": "KR", "Republic of Korea": "KR", "Korea": "KR", "Russia": "RU", "Vietnam": "VN", "Taiwan": "TW",
		"Czech Republic": "CZ", "Czechia": "CZ", "The Netherlands": "NL", "Netherlands": "NL", "Holland": "NL",
		"Hong Kong": "HK", "Switzerland": "CH", "Israel": "IL", "Japan": "JP", "Canada": "CA", "India": "IN",
		"Australia": "AU", "New Zealand": "NZ", "Singapore": "SG", "Brazil": "BR", "Argentina": "AR", "Uruguay": "UY",
		"Philippines": "PH", "China": "CN", "Mexico": "MX", "South Africa": "ZA", "Ireland": "IE", "Germany": "DE",
		"France": "FR", "Ukraine": "UA", "Serbia": "RS", "Turkey": "TR", "Türkiye": "TR", "Iran": "IR", "Bolivia": "BO",
		"Venezuela": "VE", "Moldova": "MD", "North Macedonia": "MK", "Tanzania": "TZ", "Syria": "SY", "Laos": "LA"}
	for n, c := range aliases {
		addName(n, c)
	}
	for _, c := range countries.All() {
		name := c.String()
		if strings.ContainsAny(name, "()") || strings.Contains(name, ",") {
			continue
		}
		addName(name, c.Alpha2())
	}
	sort.Slice(names, func(i, j int) bool { return len(names[i]) > len(names[j]) })
	countryRe = mustRx(`(?:^|[^A-Za-z])(` + strings.Join(names, "|") + `)(?:[^A-Za-z]|$)`)
}

// countriesIn returns the ISO codes of the countries a text names.
func countriesIn(text string) []string {
	var out []string
	seen := map[string]bool{}
	for _, m := range countryRe.FindAllStringSubmatchIndex(text, -1) {
		code := countryCode[text[m[2]:m[3]]]
		if code != "" && !seen[code] {
			seen[code] = true
			out = append(out, code)
		}
	}
	return out
}

func (x *extractor) transfers(u *unit) {
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

// ---- retention ----

var numberWords = map[string]int{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"eighteen": 18, "twenty": 20, "twenty-four": 24, "thirty": 30, "thirty-six": 36, "forty-eight": 48, "sixty": 60, "ninety": 90}

func isoDuration(num, qual, unit string) string {
	n, err := strconv.Atoi(num)
	if err != nil {
		n = numberWords[num]
	}
	if n <= 0 || qual == "business " || qual == "working " {
		return ""
	}
	d := "P" + strconv.Itoa(n) + strings.ToUpper(unit[:1])
	if _, err := duration.Parse(d); err != nil {
		return ""
	}
	return d
}

var reRespond = mustRx(`respon|reply|within (?:\w+ ){0,3}of (?:receiving|receipt)|notify|notice period|age|old|ago|trial|last updated|changes`)

func (x *extractor) retention(u *unit) {
	cue := u.on(reRetainCue)
	ctx := x.is(reRetainCtx, u.head)
	// A list item or table cell under a retention heading or lead-in
	// ("Server and security logs: 90 days") needs no verb of its own.
	if !cue && !((u.item || u.cell >= 0) && (ctx || x.is(reRetainCtx, u.ctx))) {
		return
	}
	sp, ok := x.unitSpan(u)
	if !ok {
		return
	}
	criterion := strings.Join(strings.Fields(u.text), " ")
	if len(criterion) > 240 {
		criterion = criterion[:240]
		for len(criterion) > 0 && criterion[len(criterion)-1]&0xC0 == 0x80 {
			criterion = criterion[:len(criterion)-1]
		}
		criterion += "…"
	}
	found := false
	for _, m := range reDuration.FindAllStringSubmatchIndex(u.lower, -1) {
		pre := u.lower[max(0, m[0]-40):m[0]]
		if reRespond.MatchString(pre) && !strings.Contains(pre, "retain") && !strings.Contains(pre, "keep") {
			continue
		}
		num, unitName := u.lower[m[2]:m[3]], u.lower[m[6]:m[7]]
		qual := ""
		if m[4] >= 0 {
			qual = u.lower[m[4]:m[5]]
		}
		d := isoDuration(num, qual, unitName)
		if d == "" {
			continue
		}
		found = true
		conf := 0.65
		if ctx {
			conf = 0.8
		}
		f := x.add(Fact{Kind: KindRetention, Value: str(d), Criterion: criterion}, d, sp, conf)
		x.retentionCats(f, u)
	}
	if !found && (ctx || strings.Contains(u.lower, "retain") || strings.Contains(u.lower, "retention")) && u.on(reNoPeriod) {
		f := x.add(Fact{Kind: KindRetention, Value: nil, Criterion: criterion}, "null", sp, 0.5)
		x.retentionCats(f, u)
	}
}

func (x *extractor) retentionCats(f *Fact, u *unit) {
	match(u, categoryTerms, false, func(tm *term, s, e int) {
		for _, c := range f.DataCategories {
			if c == tm.key {
				return
			}
		}
		f.DataCategories = append(f.DataCategories, tm.key)
	})
}

// ---- rights ----

var reAccessWeak = mustRx(`\baccess\b`)

func (x *extractor) rights(u *unit) {
	ctx := x.is(reRightsCtx, u.head)
	hasRight := strings.Contains(u.lower, "right")
	cue := u.on(reRightsCue)
	if !(hasRight && cue) && !(ctx && (cue || u.item)) {
		// "you can withdraw your consent at any time" states the right
		// wherever it is said.
		if u.on(reWithdrawCue) && !negated(u.lower, u.index(reWithdrawCue)[0]) {
			if sp, ok := x.unitSpan(u); ok {
				x.add(Fact{Kind: KindRight, Value: str("withdraw_consent")}, "withdraw_consent", sp, 0.7)
			}
		}
		return
	}
	sp, ok := x.unitSpan(u)
	if !ok {
		return
	}
	conf := 0.7
	if ctx && hasRight {
		conf = 0.85
	}
	match(u, rightTerms, false, func(tm *term, s, e int) {
		if tm.key == "access" && reAccessWeak.MatchString(u.lower[s:e]) && e-s == 6 {
			// bare "access": only as a listed right
			if !(hasRight || u.item) || strings.Contains(u.lower[e:min(len(u.lower), e+12)], " our ") {
				return
			}
		}
		if tm.key == "complaint" && !strings.Contains(u.lower, "complain") && !strings.Contains(u.lower, "lodge") && !hasRight {
			return
		}
		x.add(Fact{Kind: KindRight, Value: str(tm.key)}, tm.key, sp, conf)
	})
}

var reWithdrawCue = mustRx(`\b(?:you )?(?:can|may) withdraw (?:your |that |this |the |any )?consent|(?:can|may) withdraw (?:it|that|this) at any time`)

// ---- data subjects ----

func (x *extractor) subjects(u *unit) {
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

// inQuotedQuestion reports whether position s lies inside a quoted
// question ("for example "Do you hold a full driving licence?""): an
// example of what is asked, not data named as collected.
func inQuotedQuestion(text string, s int) bool {
	open := -1
	for i := 0; i < len(text); i++ {
		c := text[i]
		isQ := c == '"' || (c == 0xE2 && i+2 < len(text) && text[i+1] == 0x80 && (text[i+2] == 0x9C || text[i+2] == 0x9D))
		if !isQ {
			continue
		}
		if open < 0 {
			if i > s {
				return false
			}
			open = i
			continue
		}
		if open < s && s < i {
			q := strings.TrimRight(text[open:i], " ")
			return strings.HasSuffix(q, "?")
		}
		open = -1
	}
	return false
}

// ---- security ----

func (x *extractor) security(u *unit) {
	ctx := x.is(reSecCtx, u.head)
	if !ctx && !u.on(reSecCue) {
		return
	}
	if strings.Contains(u.lower, "privacy shield") || strings.Contains(u.lower, "privacy framework") {
		return
	}
	sp, ok := x.unitSpan(u)
	if !ok {
		return
	}
	conf := 0.6
	if ctx {
		conf = 0.75
	}
	match(u, securityTerms, false, func(tm *term, s, e int) {
		if negated(u.lower, s) {
			return
		}
		if (tm.key == "staff_training" || tm.key == "monitoring" || tm.key == "backup") && !ctx && !strings.Contains(u.lower, "secur") {
			return
		}
		x.add(Fact{Kind: KindSecurity, Value: str(tm.key)}, tm.key, sp, conf)
	})
}
