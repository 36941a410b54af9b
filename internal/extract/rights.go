package extract

import (
	"strings"
)

var (
	reRightsCtx = mustRx(`right|choice|control|privacy request|california|ccpa|cpra|gdpr|your data|opt[- ]out|access|how to|your information`)
	reRightsCue = mustRx(`\bright(?:s)?\b|\byou (?:can|may|could|also have|have|are entitled)\b|\brequest\b|\bask us\b|\bentitled\b`)
)

var reAccessWeak = mustRx(`\baccess\b`)

func (rightRule) find(x *extractor, u *unit) {
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
