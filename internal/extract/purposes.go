package extract

var (
	reUseCtx  = mustRx(`\buse\b|\buses\b|purpose|why we|how we|legal basis|lawful basis|legitimate interest|process your|we process`)
	reUseVerb = mustRx(`\b(?:we|us)\b[^.]*\b(?:use|uses|process|need|collect|share|disclose|analy[sz]e|rely)\b|\bpurposes?\b|\bin order to\b|\bso (?:that )?we can\b|\bto help us\b|\bused (?:to|for)\b`)
)

func (purposeRule) find(x *extractor, u *unit) {
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
