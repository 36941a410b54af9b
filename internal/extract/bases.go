package extract

import (
	"regexp"
	"strings"
)

// A basis counts when the notice states that the controller relies on it.
// Four readings keep a basis term from counting:
//
//   - the law recited: a sentence that speaks of "the data subject" and
//     "the controller" in the third person, with no "we" or "you", restates
//     the GDPR ("Processing is necessary for compliance with a legal
//     obligation to which the controller is subject");
//   - a basis named as the condition or exception of a data subject's right
//     ("you can object to processing based on legitimate interests", a list
//     under "the right to erasure does not apply where ...");
//   - an explanation of what the law allows ("processing is lawful only
//     if", "the legal basis may be in particular:");
//   - US-style wording: "with your consent", "ask for your consent" is an
//     Art 6 consent basis only in a notice framed by the GDPR (it names the
//     GDPR, the EEA, a legal basis or legitimate interests) and outside a
//     section for US readers, or under a legal-basis heading or column; and
//     "to comply with legal obligations" is a purpose, not the legal
//     obligation basis, unless it is framed as a basis ("necessary for
//     compliance with", "we have a legal obligation to collect", "as
//     required by our legal obligation", a basis heading or column).
//
// "Explicit consent" is the Art 9(2)(a) condition only where special
// category data are in view; otherwise it is Art 6 consent.
var (
	reBasisCtx     = mustRx(`legal basis|lawful basis|legal bases|lawful bases|legal ground|lawful ground|basis for (?:processing|using)|legitimate interest|why we (?:process|use)|grounds? for`)
	reArt9Ctx      = mustRx(`special categor|sensitive|health|art(?:icle)?\.? ?9|biometric|genetic|racial|ethnic|religio|sexual|trade union|political|disabilit`)
	reBareConsent  = mustRx(`\bconsent\b`)
	reBareContract = mustRx(`\bcontract(?:ual)?\b`)
	reBareLegal    = mustRx(`comply (?:with )?(?:\w+ ){0,3}(?:laws?|legal|regulations?)|required by (?:applicable )?law`)
	reLegalClaims  = mustRx(`legal claims`)
	// reParenBasis: a basis named alone in brackets after a purpose ("to
	// run the game (contract)").
	reParenBasis = mustRx(`\((?:the )?(?:contract|consent|legal obligation)\)`)

	// reStatute: the third person of the GDPR's own text.
	reStatute = mustRx(`\bthe data subject|\bthe controller\b|\ba (?:data )?controller\b|\bnatural person`)
	// reStatedBasis: a notice written in the third person stating its
	// basis ("the legal basis for processing the data subject's data is
	// Art. 6(1)(a) GDPR").
	reStatedBasis = mustRx(`(?:legal|lawful) basis (?:for|of) [^.;]{0,80}\bis\b|\bis (?:based|carried out) on (?:the basis of )?art|on the basis of art(?:icle)?\.? ?[69]`)
	rePerson      = mustRx(`\b(?:we|our|us|you|your)\b`)
	// reWeRely: the controller's own reliance, in the first person.
	reWeRely = mustRx(`\bwe (?:\w+ ){0,2}(?:rely|relies|process|use|collect|keep|share)\b|\bour (?:legitimate|legal|lawful|contract)`)
	// reRightCtx: a heading or lead-in about a data subject's right or its
	// exceptions.
	reRightCtx = mustRx(`\bright (?:to|of)\b|(?:your|individual|data subject|privacy|data protection) rights|rights of the data subject|automated (?:individual )?decision|does not apply|revocation of consent|withdraw(?:al|ing)? (?:of )?(?:your )?consent`)
	// reRightStmt: a sentence that states a right.
	reRightStmt = mustRx(`\byou (?:also )?(?:have|has) (?:the|a) right|\bright to (?:object|withdraw|revoke|erasure|restrict|portab|opt)|\byou (?:can|may) (?:also )?(?:object|withdraw|revoke|opt out|ask (?:us )?(?:for|to))|\b(?:withdraw|revoke) (?:your |this |that |the )?consent|\bwithdraw it\b|\bobject to (?:the |our |any )?(?:processing|use)`)
	// reCondBasis: a basis as the condition of what follows ("where we
	// rely on consent, you can withdraw it", "object to processing based
	// on legitimate interests").
	reCondBasis = mustRx(`\b(?:where|if|when|to the extent)(?: that)? (?:we (?:rely|are relying)|we (?:are )?process(?:ing)? (?:\w+ ){0,4}(?:based on|on the basis of)|(?:the )?processing is (?:based on|carried out on the basis of)|(?:your )?(?:personal )?(?:data|information) (?:is|are) processed (?:based on|on the basis of))|\bobject(?:ion)? to (?:\w+ ){0,5}(?:based on|on the basis of|carried out for|for our)`)
	// reExplain: what the law allows, not what the controller does.
	reExplain = mustRx(`only lawful if|lawful only (?:if|where)|may be in particular|(?:gdpr|law|regulation) (?:allows|permits)|one of the following (?:legal |lawful )?(?:bases|grounds)`)
	// reGDPRDoc: a notice framed by the GDPR.
	reGDPRDoc = mustRx(`gdpr|general data protection regulation|(?:legal|lawful) bas[ie]s|legitimate (?:business )?interest|european economic area|\beea\b|european union|data protection act|art(?:icle)?\.? ?6\b`)
	// reUSCtx: a section for US readers.
	reUSCtx = mustRx(`california|ccpa|cpra|\bu\.s\.|united states|virginia|colorado|nevada|us state`)
	// reStrongConsent: consent framed as a basis.
	reStrongConsent = mustRx(`art|basis|based on|rel(?:y|ies|ying) on|legal|lawful`)
	// reFramedLegal: the legal obligation framed as a basis.
	reFramedLegal = mustRx(`necessary (?:for|to) (?:compl|meet|fulfil)|(?:basis|based on|rel(?:y|ies|ying) on|ground)[^.;]{0,30}(?:legal|statutory) (?:obligation|requirement|dut)|(?:legal|statutory) obligations? to which|(?:have|has|be under) (?:a |an )?(?:legal|statutory) (?:obligation|duty|requirement) to (?:collect|process|use|disclose|share|verify|check|report)|legally (?:required|obliged|obligated) to (?:collect|process|use|disclose|share|verify|check|report)|(?:required|mandated|imposed) by (?:our |a |an |the |applicable )?(?:legal|statutory) (?:obligation|requirement|dut)`)
)

// reToTransfer: after "consent", words that make it consent to a
// transfer ("explicit consent to the transfer") or to a change of the
// notice ("seek your consent to the updated policy").
var reToTransfer = regexp.MustCompile(`^(?:ed)? to (?:the |such |this |any |these )?(?:proposed )?(?:international )?transfers?\b|^(?:ed)? to (?:the |this |any |these |such |our )?(?:updated |revised |new |material )?(?:privacy )?(?:policy|notice|changes?|terms)\b`)

// gdprFramed reports whether the notice is framed by the GDPR (computed once).
func (x *extractor) gdprFramed() bool {
	if x.gdpr == 0 {
		x.gdpr = -1
		for i := range x.units {
			if x.units[i].on(reGDPRDoc) {
				x.gdpr = 1
				break
			}
		}
	}
	return x.gdpr > 0
}

// notReliance reports whether u names bases without stating reliance on
// them: the law recited, a right's condition, an explanation of the law.
func (x *extractor) notReliance(u *unit) bool {
	if u.on(reStatute) && !u.on(rePerson) && !u.on(reStatedBasis) {
		return true
	}
	if u.on(reExplain) || x.is(reExplain, u.ctx) && !u.on(reWeRely) {
		return true
	}
	if x.is(reBasisCtx, u.ctx) {
		return false // a basis heading or column: "Consent, which you can withdraw at any time"
	}
	// The nearest heading and the list's lead-in, not the headings
	// further up: a notice titled "Your privacy rights" states bases too.
	if x.is(reRightCtx, u.head) || x.is(reRightCtx, nearCtx(u)) || u.on(reRightStmt) && u.on(reCondBasis) {
		return true
	}
	return false
}

// nearCtx is the part of u's context after its nearest heading: the
// list's lead-in and the column header.
func nearCtx(u *unit) string {
	if u.head == "" {
		return u.ctx
	}
	if i := strings.LastIndex(u.ctx, u.head); i >= 0 {
		return u.ctx[i+len(u.head):]
	}
	return ""
}

// reBasisStmt: a sentence that speaks of the notice's legal bases.
var reBasisStmt = mustRx(`(?:legal|lawful) (?:basis|bases|grounds?)`)

// basisSection reports whether u's section (the blocks from the heading
// above it to the next heading; the whole notice when it has none) has a
// sentence about the notice's legal bases: the purposes listed there are
// read with the bases ("we process personal data for purposes such as:
// ... complying with our legal obligations").
func (x *extractor) basisSection(u *unit) bool {
	if x.sectionOf == nil {
		x.sectionOf = make([]int, len(x.blocks))
		sec := -1
		for i := range x.blocks {
			if x.blocks[i].kind == kindHeading {
				sec = i
			}
			x.sectionOf[i] = sec
		}
		x.basisSections = map[int]bool{}
		for i := range x.units {
			v := &x.units[i]
			if x.blocks[v.blk].kind != kindHeading && v.on(reBasisStmt) && !x.notReliance(v) {
				x.basisSections[x.sectionOf[v.blk]] = true
			}
		}
	}
	return x.basisSections[x.sectionOf[u.blk]]
}

// reSiblingBasis: a list item that states a basis in so many words.
var reSiblingBasis = mustRx(`on the basis of|based on|rel(?:y|ies|ying) on|necessary (?:to|for) (?:perform|enter|compl)|perform(?:ance of)? (?:our |a |the )?contract|public task|vital interests|legitimate (?:business )?interests?|art(?:icle)?\.? ?6|legal basis|lawful basis`)

// basisList reports whether u is an item of a list whose other items state
// bases: a list of bases, where an item's plain "to meet our legal
// obligations" names the basis it is read with.
func (x *extractor) basisList(u *unit) bool {
	b := &x.blocks[u.blk]
	if b.kind != kindItem {
		return false
	}
	if v, ok := x.basisLists[u.blk]; ok {
		return v
	}
	n := 0
	for _, d := range []int{-1, 1} {
		for i := u.blk + d; i >= 0 && i < len(x.blocks) && x.blocks[i].kind == kindItem && n < 2; i += d {
			if reSiblingBasis.MatchString(lowerASCII(x.blocks[i].text)) {
				n++
			}
		}
	}
	if x.basisLists == nil {
		x.basisLists = map[int]bool{}
	}
	x.basisLists[u.blk] = n >= 2
	return n >= 2
}

func (basisRule) find(x *extractor, u *unit) {
	sp, ok := x.unitSpan(u)
	if !ok {
		return
	}
	// Whether u states reliance at all is asked only once a basis is named
	// (most units name none).
	skip := 0
	noReliance := func() bool {
		if skip == 0 {
			skip = -1
			if x.notReliance(u) {
				skip = 1
			}
		}
		return skip > 0
	}
	basisCtx := x.is(reBasisCtx, u.ctx)
	unitCtx := func() bool { return basisCtx || u.on(reBasisCtx) }
	usCtx := func() bool { return x.is(reUSCtx, u.ctx) || u.on(reUSCtx) }
	art9 := func() bool {
		return u.on(reArt9Ctx) || x.is(reArt9Ctx, u.ctx) || u.cell >= 0 && reArt9Ctx.MatchString(lowerASCII(x.blocks[u.blk].text))
	}
	transferish := u.on(reTransferStmt)
	found := map[string]bool{}
	emit := func(key string, pos int, conf float64) {
		if found[key] || noReliance() || negated(u.lower, pos) {
			return
		}
		found[key] = true
		x.add(Fact{Kind: KindLegalBasis, Value: str(key)}, key, sp, conf)
	}
	match(u, basisTerms, false, func(tm *term, s, e int) {
		key := tm.key
		if (key == "explicit_consent" || key == "consent") && reToTransfer.MatchString(u.lower[e:]) {
			return // consent to a transfer: an Art 49 derogation, not a basis of processing
		}
		if transferish && (key == "explicit_consent" || key == "consent" || key == "contract") && !basisCtx {
			return // a transfer derogation, not a basis of processing
		}
		switch key {
		case "explicit_consent":
			if !strings.Contains(u.lower[s:e], "9") && !art9() {
				key = "consent" // explicit consent with no special category data in view
			}
		case "consent":
			if !reStrongConsent.MatchString(u.lower[s:e]) && !unitCtx() && (!x.gdprFramed() || usCtx()) && !x.basisList(u) {
				return // "with your consent" in a US-style notice
			}
		case "legal_obligation":
			if !strings.Contains(u.lower[s:e], "art") && !unitCtx() && !u.on(reFramedLegal) && !x.basisList(u) && !x.basisSection(u) {
				return // complying with the law as a purpose
			}
		}
		conf := 0.7
		if basisCtx {
			conf = 0.85
		}
		emit(key, s, conf)
	})
	reParenBasis.findAll(u.lower, u.lits, func(s, e int) bool {
		key := strings.TrimPrefix(strings.Trim(u.lower[s:e], "()"), "the ")
		emit(strings.ReplaceAll(key, " ", "_"), s, 0.7)
		return true
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
