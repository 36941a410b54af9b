package extract

import (
	"regexp"
	"strings"
)

var (
	reBasisCtx     = mustRx(`legal basis|lawful basis|legal bases|legal ground|lawful ground|basis for (?:processing|using)|legitimate interest|why we (?:process|use)|grounds? for`)
	reArt9Ctx      = mustRx(`special categor|sensitive|health|art(?:icle)?\.? ?9|biometric|genetic|racial|ethnic|religio|sexual|trade union|political`)
	reBareConsent  = mustRx(`\bconsent\b`)
	reBareContract = mustRx(`\bcontract(?:ual)?\b`)
	reBareLegal    = mustRx(`comply (?:with )?(?:\w+ ){0,3}(?:laws?|legal|regulations?)|required by (?:applicable )?law`)
	reLegalClaims  = mustRx(`legal claims`)
)

// reToTransfer: after "consent", words that make it consent to a
// transfer ("explicit consent to the transfer").
var reToTransfer = regexp.MustCompile(`^(?:ed)? to (?:the |such |this |any |these )?(?:proposed )?(?:international )?transfers?\b`)

func (basisRule) find(x *extractor, u *unit) {
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
		if (tm.key == "explicit_consent" || tm.key == "consent") && reToTransfer.MatchString(u.lower[e:]) {
			return // consent to a transfer: an Art 49 derogation, not a basis of processing
		}
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
