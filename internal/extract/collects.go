package extract

import (
	"regexp"
	"slices"
	"sort"
	"strings"

	"github.com/biter777/countries"
)

var (
	// Context: what a heading, a list's lead-in or a table column says the
	// text under it is about.
	reCollectCtx  = mustRx(`collect|what (?:\w+ )?we (?:hold|keep|process|have|know|store|use) about you|categor(?:y|ies) of|types? of (?:personal )?(?:data|information)|kinds of|what (?:personal )?(?:data|information)|information (?:that )?(?:we|you) (?:obtain|receive|gather|provide|give)|(?:data|information) (?:that )?we (?:obtain|receive|gather|hold|process)|information about you|personal (?:data|information) we|sources? of|cookies|tracking|data we|information we|data (?:that )?(?:you provide|is collected)|\bdata\b$|information$`)
	reCollectVerb = mustRx(`\b(?:collect\w*|gather\w*|obtain\w*|receiv\w*|record\w*|captur\w*|ask (?:you )?for|stor(?:e|es|ed|ing)|process(?:es|ed)?|log(?:s|ged)?|provid(?:e|es|ed) (?:us|to us)|submit\w*|share with us|give us|enter(?:ed)?|upload\w*|includ\w*|such as|consist\w*|compris\w*|access to your|read your|uses? your|use of your)\b`)
	reListCue     = mustRx(`such as|including|includes?|e\.g\.|for example|\blike\b|namely|:|\bwe (?:collect|process|receive|obtain)\b|\bcomprise`)
	reRightsHead  = mustRx(`right|choice|contact (?:us|the|our|details for|information for)|contacting|^(?:[\d.]+ )?contact$|complain|question|children|minor|how to|request`)
)

// notCollection reports whether a unit that names data does not state
// that it is collected.
func (x *extractor) notCollection(u *unit) bool {
	switch {
	case x.definition(u):
		return true // what "personal data" or "a cookie" means, not what is collected
	case x.is(reRightsHead, u.head) && !statesCollection(u.lower):
		return true
	case x.is(reOtherHead, u.head) && !statesCollection(u.lower):
		// Under "How long we keep your data", "Who we share it with": data
		// named there is retained or shared, and stated as collected elsewhere.
		return true
	case strings.Contains(u.lower, "@") && !strings.Contains(u.lower, "collect"):
		return true // contact details of the controller, not data collected
	case x.notCollectedRow(u):
		return true // a CCPA category row marked "No"
	}
	return false
}

func (collectsRule) find(x *extractor, u *unit) {
	// The nearest heading, or for a list item or a paragraph under a
	// sub-heading ("What we collect / When you register"), the headings
	// above it.
	ctx := x.is(reCollectCtx, u.head) || ((u.item || u.cell < 0 && !x.is(reUseCtx, u.head)) && x.is(reCollectCtx, u.ctx))
	verb := u.on(reCollectVerb)
	if !ctx && !verb {
		return
	}
	if x.notCollection(u) {
		return
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

var (
	// A sentence that says what a term means rather than what is collected:
	// the legal definition of personal data ("any information relating to an
	// identified or identifiable natural person ... such as a name, an
	// identification number, location data ... genetic ... identity"), or
	// what a cookie or similar technology is ("A cookie is a small file
	// (often including a unique identifier) ...").
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
	if x.rowKeyCache == nil {
		x.rowKeyCache = map[int]rowKeySet{}
	}
	var keys []string
	us := x.blockUnits(blk)
	for i := range us {
		match(&us[i], categoryTerms, weak, func(tm *term, s, e int) {
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
