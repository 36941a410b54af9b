package extract

import (
	"regexp"
	"strings"
)

var (
	// Recipients named by category.
	categoricalTerms = []term{
		t("background check providers|processor", `background (?:check|screening) (?:providers?|compan(?:y|ies)|vendors?|agenc(?:y|ies))`),
		t("credit reference agencies|third_party", `credit (?:reference|reporting) agenc(?:y|ies)|credit bureaus?`),
		t("fraud prevention agencies|third_party", `fraud prevention agenc(?:y|ies)`),
		t("payment processors|processor", `payment (?:processors?|providers?|service providers?)|banks and payment providers`),
		t("advertising partners|advertising", `advertising (?:partners|networks|providers)|ad(?:vertising)? networks|advertisers`),
		t("analytics providers|analytics", `analytics (?:providers|partners|services|tools|companies)`),
		t("service providers|processor", `(?:third[- ]party )?service providers|(?:our )?vendors|(?:our )?(?:data )?(?:sub-?)?processors|suppliers`),
		t("affiliates|affiliate", `affiliat(?:es|ed (?:companies|entities|organi[sz]ations))|subsidiar(?:y|ies)|group companies|(?:other )?members of (?:our|the) (?:corporate )?group|parent company`),
		t("public authorities|public_authority", `law enforcement(?: agencies| authorities)?|public authorit(?:y|ies)|government(?:al)? (?:agencies|authorities|bodies)|regulators?|regulatory (?:authorities|bodies)|courts?|tax authorit(?:y|ies)|supervisory authorit(?:y|ies)|police`),
		t("acquirers|acquirer", `acquirer|successors?|buyers?|purchasers?|(?:potential|prospective) (?:buyers|investors|acquirers)`),
		t("professional advisers|third_party", `professional advis[eo]rs|auditors|lawyers|legal counsel|accountants|insurers|consultants`),
		t("business partners|business_partner", `business partners|(?:marketing|event|channel|resale|reseller) partners|resellers|co-sponsors`),
		t("other users|other_users", `other users|(?:publicly|public) (?:visible|available)`),
		t("data brokers|third_party", `data brokers`),
		t("recruitment agencies|third_party", `recruit(?:ment|ing) agenc(?:y|ies)|recruiters`),
		t("healthcare providers|third_party", `(?:your )?(?:doctors?|physicians?|pharmac(?:y|ies)|healthcare providers|clinicians|hospitals|health insurers)`),
	}
)

// kindFromContext chooses a recipient kind from the words around a name.
func kindFromContext(ctx, def string) string {
	switch {
	case strings.Contains(ctx, "sister compan") || strings.Contains(ctx, "parent compan") || strings.Contains(ctx, "subsidiar") || strings.Contains(ctx, "group compan"):
		return "affiliate"
	case strings.Contains(ctx, "advertis") || strings.Contains(ctx, "marketing partner"):
		return "advertising"
	case strings.Contains(ctx, "analytic"):
		return "analytics"
	case strings.Contains(ctx, "processor") || strings.Contains(ctx, "service provider") || strings.Contains(ctx, "vendor"):
		return "processor"
	case strings.Contains(ctx, "affiliat") || strings.Contains(ctx, "group compan"):
		return "affiliate"
	case strings.Contains(ctx, "partner"):
		return "business_partner"
	}
	return def
}

func (recipientRule) find(x *extractor, u *unit) {
	ctx := x.is(reShareCtx, u.ctx)
	cue := u.on(reShareCue)
	if !ctx && !cue {
		return
	}
	sp, ok := x.unitSpan(u)
	if !ok {
		return
	}
	// A sentence that says the data does not go to them ("we do not send
	// your data to them", "is not shared with anyone") names no recipient.
	if u.on(reNoShare) && !u.on(reExcept) {
		return
	}
	d := &disclosure{x: x, u: u, sp: sp, ctx: ctx, cue: cue,
		// Regulators named only as the place for a complaint are not recipients.
		complaint: u.on(reComplaint),
		outbound:  onceBool(func() bool { return u.on(reOutbound) }),
		ctxKind:   map[string]string{}}
	d.linkItems()
	if !x.otherCell(u) {
		d.vendors()
		d.companies()
	}
	d.listed()
	d.bodies()
	if (ctx && cue) || (u.item && ctx) {
		d.categories()
	}
}

// disclosure is the recipient rule's work on one unit.
type disclosure struct {
	x         *extractor
	u         *unit
	sp        Span
	ctx, cue  bool // under a sharing heading; a sharing verb
	complaint bool
	outbound  func() bool
	named     [][2]int          // ranges of u.text already taken by a name
	ctxKind   map[string]string // kindFromContext(u.lower, def) by def
}

// add records a named recipient found at s, unless the unit says it is
// the controller, a source of data, a place for complaints or a menu
// path, or denies it.
func (d *disclosure) add(name, kind string, s int, conf float64) {
	x, u := d.x, d.u
	name = strings.TrimSpace(strings.TrimRight(name, ".,;:"))
	if name == "" || platformName(name) || x.isOrg(name) || negated(u.lower, s) || d.complaint || sourceOnly(u, s, s+len(name), d.outbound) || menuPath(u.text, s, s+len(name)) || usersChoice(u, s, s+len(name)) || ownService(u.lower, s) || x.ownName(name) || d.controllerOnly(s) || thingNoun(name) || placeOn(u.lower, s, d.outbound) {
		return
	}
	b := true
	if x.groupCompany(name) {
		kind = "affiliate"
	}
	f := x.add(Fact{Kind: KindDiscloses, Value: str(name), Named: &b, RecipientKind: kind}, "n:"+normName(name), d.sp, conf)
	x.disclosureDetail(f, u)
}

// kindOf is the recipient kind the unit's words suggest, def if none.
func (d *disclosure) kindOf(def string) string {
	k, ok := d.ctxKind[def]
	if !ok {
		k = kindFromContext(d.u.lower, def)
		d.ctxKind[def] = k
	}
	return k
}

// vendors adds the known services and companies (vendors.go) the unit
// names.
func (d *disclosure) vendors() {
	u := d.u
	found := findVendors(u.text)
	for _, m := range found {
		name := u.text[m[2]:m[3]]
		if d.notVendor(found, m, name) {
			continue
		}
		if isUmbrella(name) || isSocial(name) {
			// "Microsoft PlayFab" names the service; "Google Advertising ID"
			// names an identifier, not a recipient.
			phrase, ident := capPhrase(u.text, m[3])
			if ident || reAccountOf.MatchString(u.lower[m[3]:]) {
				continue
			}
			if phrase != "" {
				d.named = append(d.named, [2]int{m[2], m[3] + len(phrase)})
				d.add(name+phrase, d.kindOf(vendorKind[name]), m[2], 0.7)
				continue
			}
		}
		kind := d.kindOf(vendorKind[name])
		if vendorKind[name] == "analytics" || vendorKind[name] == "advertising" {
			kind = vendorKind[name]
		}
		if e := legalNameEnd(u.text, m[2]); e > m[3] {
			// "Stripe Payments UK Ltd", "Visa Europe Limited": the
			// recipient is the legal entity the notice names.
			m[3] = e
			name = u.text[m[2]:e]
		}
		d.named = append(d.named, [2]int{m[2], m[3]})
		conf := 0.7
		if d.ctx && d.cue {
			conf = 0.8
		}
		d.add(name, kind, m[2], conf)
	}
}

// notVendor reports whether the vendor name at m is not a recipient
// here; found is findVendors(u.text).
func (d *disclosure) notVendor(found [][]int, m []int, name string) bool {
	u := d.u
	switch {
	case isCommonWord(name) && !(u.item || u.cell >= 0 || d.ctx && strings.Contains(u.text[max(0, m[0]-2):m[0]], ",")):
		// Generic words that are also brand names count only as part of a
		// listed name ("Adjust", "Branch", "Box", "Segment", "Square", "Wise").
		return true
	case isCommonWord(name) && reVerbUse.MatchString(u.lower[m[3]:]):
		// "Close your account": the word is a verb here, not a brand.
		return true
	case reSignInWith.MatchString(u.lower[max(0, m[2]-24):m[2]]):
		return true // "sign in with Google": a source of data, not a recipient
	case isSocial(name) && !u.on(reStrongShare):
		return true // "follow us on LinkedIn" is a link, not a disclosure
	case isUmbrella(name) && longerVendor(u.text, found, name):
		return true // "Google via Google Analytics": the service is the recipient
	case insideNamed(d.named, m[2], m[3]) || productOf(u.text, d.named, m[2]):
		return true // "Microsoft PlayFab", "Firebase (Firebase Analytics and Crashlytics)"
	}
	return false
}

// companies adds a company named with its legal form in a list item, a
// cue sentence, or at the start of a paragraph or a definition term under
// a sharing heading ("<dt>Quintex Cloud GmbH</dt>", "Quintex Cloud GmbH
// hosts ...").
func (d *disclosure) companies() {
	u := d.u
	if !d.ctx || !(d.cue || u.item || legalNameEnd(u.text, 0) > 0) || !hasSuffix(u.text) {
		return
	}
	for _, m := range reCompany.FindAllStringSubmatchIndex(u.text, -1) {
		s, e := m[2], m[5]
		if insideNamed(d.named, s, e) || productOf(u.text, d.named, s) {
			continue
		}
		name := trimLeadingWords(u.text[s:e], "&", "and", "of", "de", "für")
		s = e - len(name)
		if reNameGoesOn.MatchString(u.text[e:]) {
			// "Internet Corporation for Assigned Names and Numbers
			// (ICANN)": "Corporation" is part of the name, not its
			// legal form; the name runs to its acronym, if it has one.
			c := reNameCont.FindStringSubmatch(u.text[e:])
			if c == nil {
				continue
			}
			name += strings.TrimRight(c[1], "'’") + " (" + c[2] + ")"
		}
		if len(normName(name)) < 3 || countryCode[strings.Fields(name)[0]] != "" {
			continue
		}
		if strings.HasPrefix(name, "The ") || strings.HasPrefix(name, "Our ") {
			continue
		}
		d.add(name, kindFromContext(u.lower+" "+u.ctx, "third_party"), s, 0.6)
	}
}

// reNameGoesOn: after a legal-form word, "for" or "of" and a capitalised
// word: the name goes on. reNameCont: the rest of such a name, up to the
// acronym in parentheses.
var (
	reNameGoesOn = regexp.MustCompile(`^ (?:for|of) [A-Z]`)
	reNameCont   = regexp.MustCompile(`^( (?:for|of) [A-Z][\w-]*(?: (?:[A-Z][\w-]*|and|of|for|&))*['’]?) \(([A-Z][A-Za-z]{1,9})\)`)
)

// listed adds the names in "such as X, Y and Z", "(for example X and Y)"
// after a recipient noun, and a name that starts a list item under a
// sharing heading (listed.go).
func (d *disclosure) listed() {
	for _, it := range d.x.listedNames(d.u) {
		if insideNamed(d.named, it.s, it.e) {
			continue
		}
		d.named = append(d.named, [2]int{it.s, it.e})
		d.add(it.name, d.kindOf(it.kind), it.s, 0.65)
	}
}

// bodies adds public bodies in a list after a disclosure verb, an example
// lead or at the start of a list item: "disclose data to the Revenue
// Commissioners, the National Vetting Bureau, courts or the Gardai"
// (bodies.go).
func (d *disclosure) bodies() {
	for _, it := range bodyNames(d.u, d.ctx) {
		if insideNamed(d.named, it.s, it.e) {
			continue
		}
		d.named = append(d.named, [2]int{it.s, it.e})
		d.add(it.name, "public_authority", it.s, 0.65)
	}
}

// categories adds recipients named by category ("payment processors",
// "law enforcement").
func (d *disclosure) categories() {
	x, u := d.x, d.u
	match(u, categoricalTerms, false, func(tm *term, s, e int) {
		if negated(u.lower, s) {
			return
		}
		i := strings.IndexByte(tm.key, '|')
		name, kind := tm.key[:i], tm.key[i+1:]
		b := false
		f := x.add(Fact{Kind: KindDiscloses, Value: str(name), Named: &b, RecipientKind: kind}, "c:"+name, d.sp, 0.6)
		x.disclosureDetail(f, u)
	})
}

var (
	reNoShare   = mustRx(`\b(?:do|does|will|shall) not (?:send|share|disclose|sell|pass|transfer|give|rent)\b|\bnever (?:send|share|disclose|sell|pass|rent)\b|\bnot (?:be )?shared with\b|\bnot (?:use|using) (?:\w+ ){0,3}(?:on|in) our\b`)
	reExcept    = mustRx(`\b(?:except|unless|other than|apart from|save for)\b`)
	reComplaint = mustRx(`(?:lodge|make|file|raise|submit|bring|send)s? (?:a |your )?complaint|complain (?:to|with|about)|right to complain|supervisory authorit|data protection authorit|ombudsman|(?:information|privacy|data protection) commissioner`)
	// reTellsUs: a sentence where others give data to the controller.
	reTellsUs = regexp.MustCompile(`^(?:(?: and| or|,) [A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*)*)* (?:tells?|sends?|provides?|gives?|notif(?:y|ies)|informs?|shares? with|let) us\b`)
	// reFromSource: a name after "a token / data ... from": where data comes from.
	reFromSource = mustRx(`(?:token|data|information|details|reports?|confirmation|records?|results?|signals?)\b[^.;]{0,24}\bfrom (?:your |the )?(?:\w+(?: \w+)? (?:or|and) )?$|(?:data|information|identifiers?|ids?)\b[^.;]{0,40}\b(?:provided|supplied|sourced|issued|assigned) by\b[^.;]{0,30}$`)
	// reOutbound: the sentence also says data goes out.
	reOutbound = mustRx(`\bwe (?:also )?(?:use|rely on|engage|work with)\b|\b(?:send|sends|sent|share[sd]?|sharing|disclos\w+|transfer\w*|pass\w* (?:\w+ ){0,3}to|provide[sd]? (?:\w+ ){0,3}to|give[sn]? (?:\w+ ){0,3}to|sell|sells|make[s]? (?:\w+ ){0,3}available|hosted|stored (?:\w+ ){0,3}(?:by|with|on)|processed by)\b`)
)

// sourceOnly reports whether the name at s is only where data comes from
// ("Apple and Google tell us whether ...", "a sign-in token from Apple or
// Google"), in a sentence that sends nothing out.
func sourceOnly(u *unit, s, e int, outbound func() bool) bool {
	if !reFromSource.MatchString(u.lower[max(0, s-60):s]) && !reTellsUs.MatchString(u.text[e:min(len(u.text), e+80)]) {
		return false
	}
	return !outbound()
}

// reUsersChoice: a clause in which the user (or the controller's users)
// picks a service of their own: "if you log in through another service",
// "if you choose to connect your calendar", "our users may integrate
// other tools". It runs to the end of the text before a name.
var reUsersChoice = regexp.MustCompile(`\b(?:(?:if|when|whether|once) you (?:are |have |choose to |decide to |want to |wish to )?|you (?:can |may |could )|(?:our )?users (?:may |can |might |choose to )?)(?:us(?:e|es|ing)|creat\w*|log(?:s|ged|ging)? (?:in|on)|sign(?:s|ed|ing)? (?:in|on|up)|connect\w*|link\w*|integrat\w*|install\w*|add\w*|embed\w*)\b((?:[^.;:!?]|\.\S)*)$`)

// reConnectTo: a service connects to the user's providers ("uses OAuth
// to connect with certain email providers, such as Google"): the
// providers named are the ones the user has, not recipients.
var reConnectTo = regexp.MustCompile(`\bto (?:connect|link|sign in|log in|integrate)\b((?:[^.;:!?]|\.\S)*)$`)

// reAccountAfter: after a name, the rest of a list of names and then the
// word for the user's own account ("a Google, Microsoft, or Apple
// account").
var reAccountAfter = regexp.MustCompile(`^(?:(?:,| or| and)+ [\w.\-]+(?: [A-Z0-9][\w.\-]*)*)* (?:account|accounts|calendar|calendars|login|sign-in)\b`)

// reChoiceAside: in such a clause, the words that make the name an
// example of the user's own service ("(like Google)", "such as Google
// Analytics") or the user's own account ("connect your Google Calendar").
var reChoiceAside = regexp.MustCompile(`\(|\blike\b|such as|e\.g\.|for example|for instance|including|\byour\b`)

// reMainClause: a comma that ends the conditional clause and starts the
// main one ("if you pay by card, we share ..."): the name after it may
// be a recipient.
var reMainClause = regexp.MustCompile(`, (?:then )?(?:we|our|it|they|the|this|that|these|those|you|your|data|information)\b`)

// usersChoice reports whether the name at s is an example of a service
// the user chooses to use, sign in with or connect ("if you log in
// through another service (like Google)", "our users may integrate tools
// (such as Google Analytics)"): the user's own choice, not a company the
// controller sends data to.
func usersChoice(u *unit, s, e int) bool {
	m := reUsersChoice.FindStringSubmatch(u.lower[max(0, s-200):s])
	if m == nil {
		m = reConnectTo.FindStringSubmatch(u.lower[max(0, s-200):s])
	}
	if m == nil || reMainClause.MatchString(m[1]) {
		return false
	}
	return reChoiceAside.MatchString(m[1]) || reAccountAfter.MatchString(u.text[min(e, len(u.text)):])
}

// reOwnList: the controller's own products or services, then an example
// list ("our other products, services, and features (for example,
// ...)", "the services we provide through ..."). The gap before the
// list may not turn to someone else's service ("our websites use tools
// such as ...").
var reOwnList = regexp.MustCompile(`\b(?:our (?:other |own )?(?:[\w.’'-]+ ){0,2}(?:products|services|apps|applications|websites|sites|brands|features|platforms)\b((?:[^.;:!?]|\.\S){0,120}?)(\(|for example|such as|including|e\.g\.|like)|(?:services|products|features) (?:that )?we (?:provide|offer|operate|run)\b((?:[^.;:!?]|\.\S){0,40}?)(through|via|under|including|such as))`)

// reOwnGap: words in that gap that make the list someone else's.
var reOwnGap = regexp.MustCompile(`\b(?:use[sd]?|using|share[sd]?|sharing|send|sends|disclose[sd]?|work with|rel(?:y|ies) on|partners?|providers?|vendors?|processors?|tools|third|hosted|powered|provided by)\b`)

// ownService reports whether the name at s is in an example list of the
// controller's own products or services: its own offer, not a recipient.
func ownService(lower string, s int) bool {
	for _, m := range reOwnList.FindAllStringSubmatchIndex(lower[:s], -1) {
		gap, mark := [2]int{m[2], m[3]}, [2]int{m[4], m[5]}
		if m[2] < 0 {
			gap, mark = [2]int{m[6], m[7]}, [2]int{m[8], m[9]}
		}
		if reOwnGap.MatchString(lower[gap[0]:gap[1]]) || reOwnGap.MatchString(lower[max(0, m[0]-60):m[0]]) {
			continue // "vendors that help us provide our services (like ...)"
		}
		rest := lower[mark[1]:s]
		if lower[mark[0]] == '(' && strings.Contains(rest, ")") {
			continue // the list has closed before the name
		}
		if reOwnGap.MatchString(rest) {
			continue
		}
		return true
	}
	return false
}

// reOurAfter: after a known service named right after "our", the word
// for the controller's own offering ("our Gravatar service", "our
// Quillpress or Jetpack services").
var reOurAfter = regexp.MustCompile(`^(?: (?:or|and) [\w.\-]+)? (?:service|services|platform|platforms|products?|apps?|sites?|websites?|brands?)\b`)

// reSelfHosted: after a service's name, words that say the controller runs
// it itself ("Matomo ... is operated exclusively on our own servers", "a
// self-hosted instance"): software, not a recipient.
var reSelfHosted = regexp.MustCompile(`^(?:[^.;:!?]|\.\S){0,80}?\b(?:(?:operated|hosted|run|runs|installed|stored)(?: \w+)? on our own (?:servers?|infrastructure)|(?:is|are) self-hosted|a self-hosted (?:instance|version|installation))\b`)

// ownName reports whether the notice presents the named service as the
// controller's own: named in an example list of its own products ("our
// other products (for example, ...)"), as "our X service", or as run on
// the controller's own servers. Such a name
// is no recipient anywhere in the notice.
func (x *extractor) ownName(name string) bool {
	if x.ownNames == nil {
		x.ownNames = map[string]bool{}
		for i := range x.units {
			u := &x.units[i]
			if !strings.Contains(u.lower, "our ") && !strings.Contains(u.lower, " we ") {
				continue
			}
			for _, m := range findVendors(u.text) {
				s, e := m[2], m[3]
				if ownService(u.lower, s) || strings.HasSuffix(u.lower[:s], "our ") && reOurAfter.MatchString(u.lower[e:]) || reSelfHosted.MatchString(u.lower[e:]) {
					x.ownNames[normName(u.text[s:e])] = true
				}
			}
		}
	}
	return x.ownNames[normName(name)]
}

// thingNoun reports whether a capitalised name ends in a word for data
// or a thing, not an organisation ("Visitor Information", "Third-Party
// Models"), and is no known service or legal entity.
func thingNoun(name string) bool {
	f := strings.Fields(strings.ToLower(name))
	if len(f) < 2 || vendorKind[name] != "" || legalForm(name) != "" {
		return false
	}
	switch strings.TrimRight(f[len(f)-1], "s") {
	case "information", "data", "model", "setting", "content", "feature":
		return true
	}
	return false
}

// rePlaceOn: a document, list or repository that is on a service ("a copy
// of this policy on GitHub", "subscribe to our repository on GitHub"):
// where the reader finds it, not a recipient.
var rePlaceOn = regexp.MustCompile(`\b(?:cop(?:y|ies)|documents?|repositor(?:y|ies)|repo|source code|list|polic(?:y|ies)|versions?|updates?)\b(?:[^.;:!?]|\.\S){0,80}\bon \[?$`)

// placeOn reports whether the name at s is where a document is published,
// in a sentence that sends no data out.
func placeOn(lower string, s int, outbound func() bool) bool {
	return rePlaceOn.MatchString(lower[max(0, s-120):s]) && !outbound()
}

// reCtrlSentence: a sentence that says who is (also) the controller.
var reCtrlSentence = mustRx(`\b(?:is|are) (?:also )?(?:the|a|our|joint) (?:joint |data )*controllers?\b`)

// controllerOnly reports whether the unit says who the controller is and
// sends no data out ("Acme Inc. is also the controller for services
// provided by Acme Ireland Ltd"): the names in it are controllers, not
// recipients.
func (d *disclosure) controllerOnly(s int) bool {
	return d.u.on(reCtrlSentence) && !d.outbound()
}

// menuPath reports whether the name at [s, e) is a step of a menu path
// ("Settings › Google › Ads"), not a recipient.
func menuPath(text string, s, e int) bool {
	before := strings.TrimRight(text[max(0, s-4):s], " ")
	after := strings.TrimLeft(text[min(e, len(text)):min(len(text), e+4)], " ")
	return strings.HasSuffix(before, "›") || strings.HasSuffix(before, ">") || strings.HasPrefix(after, "›") || strings.HasPrefix(after, ">")
}

// onceBool returns f, computed once.
func onceBool(f func() bool) func() bool {
	done, v := false, false
	return func() bool {
		if !done {
			done, v = true, f()
		}
		return v
	}
}

// reAccountOf: after a company name, words that make it an account or
// identifier ("your Google profile name"), not a recipient. A plain
// regexp: anchored, it reads only the start of the rest of the unit,
// where the prefilter would scan all of it for every name.
var reAccountOf = regexp.MustCompile(`^ (?:profile|account|accounts|id|ids|login|log-in|sign-in|credentials|username|(?:security |privacy |account )?settings)\b`)

// reVerbUse: after a word that is also a brand, a determiner that makes
// it a verb ("Close your account", "Adjust the settings").
var reVerbUse = regexp.MustCompile(`^ (?:your|the|a|an|this|that|these|those|it|its|our|my|all|any|how|what|when|whether)\b`)

var reSignInWith = mustRx(`(?:sign|log)(?:[- ]?(?:in|on|up)) (?:with|using|via|through) (?:your )?$|continue with $`)

var reStrongShare = mustRx(`shar|disclos|pixel|plug-?in|sdk|advertis|tracking|conversion|audience|analytics|tag`)

// disclosureDetail adds the purposes and data categories a sentence
// states alongside a recipient.
func (x *extractor) disclosureDetail(f *Fact, u *unit) {
	match(u, purposeTerms, true, func(tm *term, s, e int) {
		for _, p := range f.Purposes {
			if p == tm.key {
				return
			}
		}
		f.Purposes = append(f.Purposes, tm.key)
	})
	match(u, categoryTerms, false, func(tm *term, s, e int) {
		for _, c := range f.DataCategories {
			if c == tm.key {
				return
			}
		}
		f.DataCategories = append(f.DataCategories, tm.key)
	})
}

func insideNamed(named [][2]int, s, e int) bool {
	for _, r := range named {
		if s < r[1] && e > r[0] {
			return true
		}
	}
	return false
}

// productOf reports whether position s lies in a parenthesis right after
// a name already taken ("Google Firebase (Firebase Analytics and
// Crashlytics)", "Postmark (ActiveCampaign, LLC)"): an alias or a product
// of that recipient, not another one.
func productOf(text string, named [][2]int, s int) bool {
	for _, r := range named {
		if r[1] <= s && strings.HasPrefix(text[r[1]:], " (") && !strings.Contains(text[r[1]:s], ")") {
			return true
		}
	}
	return false
}

// capPhrase returns the capitalised words right after position e (" PlayFab"),
// and whether they name an identifier or an account rather than a service.
func capPhrase(text string, e int) (string, bool) {
	i, words := e, 0
	last := ""
	for words < 3 && i+1 < len(text) && text[i] == ' ' && text[i+1] >= 'A' && text[i+1] <= 'Z' {
		j := i + 1
		for j < len(text) && (isWordByte(text[j]) || text[j] == '-') {
			j++
		}
		last = text[i+1 : j]
		i = j
		words++
	}
	switch last {
	case "ID", "IDs", "Identifier", "Account", "Accounts", "Play", "Store", "Login", "Sign-In", "Privacy", "Policy", "Terms":
		return "", true
	}
	return text[e:i], false
}

var (
	reShareCtx = mustRx(`shar|disclos|recipient|third[- ]part|who (?:we|do we|receives|sees|can see|has access|gets|else)|processors|service providers|partners|vendors|sub-?processor|cookies|analytics|advertis|transfer|with whom|sdk|tools|outside the|abroad|international`)
	reShareCue = mustRx(`\b(?:share[sd]?|sharing|disclos\w+|transfer\w*|provide[sd]? (?:\w+ ){0,3}to|make[s]? (?:\w+ ){0,3}available|sell|sells|sold|selling|rent|pass(?:es|ed)? (?:\w+ )?to|give[sn]? (?:\w+ )?to|use[sd]? (?:the services of|third[- ]party|\w+ (?:analytics|sdk))|engage[sd]?|rel(?:y|ies) on|powered by|processed by|hosted (?:by|on|with)|provided by|partner(?:s|ed)? with|work with|uses?|using|via|through|receive)\b`)
)

// sameRecipients returns the named-recipient facts that name a recipient
// another fact names more fully, each with that fact. A company named
// alone where its full legal name is named too ("Microsoft" and
// "Microsoft Ireland Operations Limited") is the same recipient; so is a
// name that is the start of a longer one ("Sterling" and "Sterling Talent
// Solutions", "Stripe, Inc." and "Stripe Payments Europe, Ltd.") and a
// name that is the alias in parentheses of another ("Sentry" and
// "Functional Software, Inc. (Sentry)"). An umbrella company is its legal
// entity but not its products ("Google" and "Google Analytics" are two
// recipients), and two companies with their own legal forms are two
// recipients ("Vitalis Care N.V." and "Vitalis Care Services (Pty) Ltd").
func (x *extractor) sameRecipients() map[string]*Fact {
	longer := x.longerNames()
	same := map[string]*Fact{}
	for _, k := range x.order {
		f := x.facts[k]
		if f.Kind != KindDiscloses || f.Named == nil || !*f.Named {
			continue
		}
		to := longer[normName(f.Val())]
		if to != nil && legalForm(f.Val()) != "" && legalForm(to.Val()) != "" && legalForm(f.Val()) != legalForm(to.Val()) {
			continue
		}
		if to != nil && to != f && (!isUmbrella(f.Val()) || hasSuffix(" "+to.Val())) {
			same[k] = to
		}
	}
	return same
}

// longerNames maps each leading part of a named recipient's normalised
// name, and the alias in its parentheses, to the fact with the longest
// such name.
func (x *extractor) longerNames() map[string]*Fact {
	longer := map[string]*Fact{}
	for _, k := range x.order {
		f := x.facts[k]
		if f.Kind != KindDiscloses || f.Named == nil || !*f.Named {
			continue
		}
		n := normName(f.Val())
		for i := 0; i < len(n); i++ {
			if n[i] == ' ' {
				if o := longer[n[:i]]; o == nil || len(normName(o.Val())) < len(n) {
					longer[n[:i]] = f
				}
			}
		}
	}
	for _, k := range x.order {
		f := x.facts[k]
		if f.Kind != KindDiscloses || f.Named == nil || !*f.Named {
			continue
		}
		if i := strings.IndexByte(f.Val(), '('); i > 0 {
			if a := normName(strings.Trim(f.Val()[i:], "()")); a != "" && longer[a] == nil {
				longer[a] = f
			}
		}
	}
	return longer
}
