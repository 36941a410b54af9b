package extract

var (
	reNeg      = mustRx(`\b(?:do|does|did|will|shall|would|can|could|must) not\b|n['’]t\b|\bnever\b|\bno longer\b|\bnot\b`)
	reNegReset = mustRx(`except|unless|other than|\bbut\b|however|apart from|beyond|save for|\bonly\b|;|\. `)
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
