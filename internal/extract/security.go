package extract

import (
	"strings"
)

var (
	reSecCtx = mustRx(`secur|protect|safeguard|keep your (?:data|information) safe`)
	reSecCue = mustRx(`secur|protect|safeguard|encrypt|confidential|breach|unauthori[sz]ed`)
)

func (securityRule) find(x *extractor, u *unit) {
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
