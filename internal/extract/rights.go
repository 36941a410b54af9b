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
	// What the user can do with their own data states a right too: "You
	// can access and update your personal information via your Account
	// profile", "contact us to access, modify, or request the deletion of
	// your personal information".
	can := userCan(u)
	if can {
		hasRight = true
	}
	// Some wording states a right wherever it is said: "you can opt out
	// of ... data collection", "you can unsubscribe at any time" (the
	// right to object), a "Data Subject Access Request" portal (access).
	if key := anywhereRight(u); key != "" {
		if sp, ok := x.unitSpan(u); ok {
			x.add(Fact{Kind: KindRight, Value: str(key)}, key, sp, 0.65)
		}
	}
	if !(hasRight && cue) && !(ctx && (cue || u.item)) && !can {
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
	if can && !ctx {
		conf = 0.65
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
		if tm.key == "erasure" && reWeDo.MatchString(u.lower[max(0, s-16):s]) {
			// "we will remove your personal information" before
			// publishing: what we do, not what the user may ask for.
			return
		}
		x.add(Fact{Kind: KindRight, Value: str(tm.key)}, tm.key, sp, conf)
	})
}

// reWeDo: the text just before a term makes us its subject.
var reWeDo = mustRx(`\bwe (?:will |may |would |then |also )?$`)

var (
	// reOptOutCue: the user can opt out of, or unsubscribe from, a
	// processing; reOptOutSale: the object is a sale or sharing, which
	// is the opt_out_sale right instead.
	reOptOutCue  = mustRx(`\b(?:you (?:can|may)(?: also| always| easily)?|(?:prefer|want|wish|choose) to|how to) (?:opt[- ]out (?:of|from)|unsubscribe)\b`)
	reOptOutSale = mustRx(`\b(?:sale|sell|selling|sharing|share)\b`)
	reDSARCue    = mustRx(`\bdata subject access requests?\b`)
)

// anywhereRight returns the right a sentence states by its wording alone,
// or "".
func anywhereRight(u *unit) string {
	if u.on(reOptOutCue) {
		m := u.index(reOptOutCue)
		rest := u.lower[m[1]:min(len(u.lower), m[1]+40)]
		if !negated(u.lower, m[0]) && !reOptOutSale.MatchString(rest) {
			return "objection"
		}
	}
	if u.on(reDSARCue) {
		return "access"
	}
	return ""
}

var reWithdrawCue = mustRx(`\b(?:you )?(?:can|may) withdraw (?:your |that |this |the |any )?consent|(?:can|may) withdraw (?:it|that|this) at any time`)

var (
	// reUserCan: the user can act, or asks us to act.
	reUserCan = mustRx(`\byou (?:can|may|are able to|have the ability to|can also|may also)\b|\bif you (?:want|wish|would like) to\b|\bcontact us\b|\b(?:request|ask) (?:us )?(?:to|the|that)\b`)
	// reOwnData: the object is the user's own data or account.
	// or a complaint about it.
	reOwnData = mustRx(`\byour (?:child(?:'|’)s )?(?:personal |account )?(?:information|data|details|account|profile)\b|\bpersonal (?:information|data)\b|\b(?:lodge|file|make|submit) (?:a |an )?(?:gdpr |formal )?complaint\b`)
)

// userCan reports whether a sentence says what the user can do with
// their own data, not negated ("you cannot delete ...").
func userCan(u *unit) bool {
	if !u.on(reUserCan) || !u.on(reOwnData) {
		return false
	}
	m := u.index(reUserCan)
	return !negated(u.lower, m[1]) && !strings.Contains(u.lower[m[0]:min(len(u.lower), m[1]+4)], "not")
}
