package extract

import (
	"regexp"
	"regexp/syntax"
	"strings"
	"sync"
	"unicode/utf8"

	ahocorasick "github.com/petar-dambovaliev/aho-corasick"
)

// The prefilter makes the lexicons fast. Every lexicon entry and context
// expression is reduced to a set of literals one of which any match must
// contain, and to the longest distance (in bytes) a match can start before
// that literal. All literals are registered here and found in a unit's
// lower-case text in one pass of an Aho-Corasick automaton; an expression
// runs on a unit only when one of its literals is there, and then only at
// the few start positions within that distance before an occurrence,
// anchored, instead of at every byte of the unit. The result is exactly
// that of the unanchored expression (prefilter_test.go checks it).

var (
	litIndex = map[string]int{}
	litNames []string
	acOnce   sync.Once
	acm      ahocorasick.AhoCorasick
)

// litIDs registers literals and returns their ids.
func litIDs(lits []string) []int {
	if lits == nil {
		return nil
	}
	ids := make([]int, 0, len(lits))
	for _, l := range lits {
		id, ok := litIndex[l]
		if !ok {
			id = len(litNames)
			litIndex[l] = id
			litNames = append(litNames, l)
		}
		ids = append(ids, id)
	}
	return ids
}

func matcher() *ahocorasick.AhoCorasick {
	acOnce.Do(func() {
		b := ahocorasick.NewAhoCorasickBuilder(ahocorasick.Opts{MatchKind: ahocorasick.StandardMatch})
		acm = b.Build(litNames)
	})
	return &acm
}

// litSet is a bit set of literal ids.
type litSet []uint64

// scanLits returns the set of registered literals that occur in s.
func scanLits(s string) litSet {
	m := matcher()
	set := make(litSet, (len(litNames)+63)/64)
	it := m.IterOverlapping(s)
	for h := it.Next(); h != nil; h = it.Next() {
		id := h.Pattern()
		set[id>>6] |= 1 << (id & 63)
	}
	return set
}

// any reports whether one of ids is in the set; nil ids (no literal known)
// always may match.
func (ls litSet) any(ids []int) bool {
	if ids == nil {
		return true
	}
	for _, id := range ids {
		if ls[id>>6]&(1<<(id&63)) != 0 {
			return true
		}
	}
	return false
}

// required returns literals one of which any match of pat must contain,
// and the most bytes a match can start before the literal (-1: no bound);
// lits is nil when no such set is found.
func required(pat string) (lits []string, pre int) {
	re, err := syntax.Parse(pat, syntax.Perl)
	if err != nil {
		return nil, -1
	}
	l, p, ok := req(re.Simplify())
	if !ok {
		return nil, -1
	}
	return l, p
}

// maxLen is the most bytes n can match, -1 when unbounded.
func maxLen(n *syntax.Regexp) int {
	switch n.Op {
	case syntax.OpLiteral:
		s := 0
		for _, r := range n.Rune {
			s += utf8.RuneLen(r)
		}
		return s
	case syntax.OpCharClass, syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return utf8.UTFMax
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return 0
	case syntax.OpCapture, syntax.OpQuest:
		return maxLen(n.Sub[0])
	case syntax.OpStar, syntax.OpPlus:
		return -1
	case syntax.OpRepeat:
		if n.Max < 0 {
			return -1
		}
		m := maxLen(n.Sub[0])
		if m < 0 {
			return -1
		}
		return m * n.Max
	case syntax.OpConcat:
		s := 0
		for _, sub := range n.Sub {
			m := maxLen(sub)
			if m < 0 {
				return -1
			}
			s += m
		}
		return s
	case syntax.OpAlternate:
		s := 0
		for _, sub := range n.Sub {
			m := maxLen(sub)
			if m < 0 {
				return -1
			}
			s = max(s, m)
		}
		return s
	}
	return -1
}

func req(n *syntax.Regexp) ([]string, int, bool) {
	switch n.Op {
	case syntax.OpLiteral:
		if n.Flags&syntax.FoldCase != 0 {
			return []string{strings.ToLower(string(n.Rune))}, 0, true
		}
		return []string{string(n.Rune)}, 0, true
	case syntax.OpCapture, syntax.OpPlus:
		return req(n.Sub[0])
	case syntax.OpRepeat:
		if n.Min >= 1 {
			return req(n.Sub[0])
		}
	case syntax.OpConcat:
		// The element with the best literals: a bounded distance to the
		// match start first (the windowed search needs it), then length.
		var best []string
		bestScore, bestPre := 0, -1
		score := func(l []string, pre int) int {
			m := len(l[0])
			for _, x := range l {
				m = min(m, len(x))
			}
			if pre >= 0 && m >= 2 {
				return m + 1000
			}
			return m
		}
		consider := func(l []string, pre int) {
			if sc := score(l, pre); sc > bestScore {
				best, bestScore, bestPre = l, sc, pre
			}
		}
		// Adjacent literals join into one longer literal.
		var run []rune
		runPre, before := 0, 0 // where the run starts; bytes before the current element (-1: unbounded)
		flush := func() {
			if len(run) > 0 {
				consider([]string{string(run)}, runPre)
			}
			run = run[:0]
		}
		for _, s := range n.Sub {
			if s.Op == syntax.OpLiteral && s.Flags&syntax.FoldCase == 0 {
				if len(run) == 0 {
					runPre = before
				}
				run = append(run, s.Rune...)
			} else {
				flush()
				if l, p, ok := req(s); ok {
					pre := -1
					if before >= 0 && p >= 0 {
						pre = before + p
					}
					consider(l, pre)
				}
			}
			if m := maxLen(s); m < 0 || before < 0 {
				before = -1
			} else {
				before += m
			}
		}
		flush()
		return best, bestPre, best != nil
	case syntax.OpAlternate:
		var all []string
		pre := 0
		for _, s := range n.Sub {
			l, p, ok := req(s)
			if !ok {
				return nil, -1, false
			}
			all = append(all, l...)
			if p < 0 || pre < 0 {
				pre = -1
			} else {
				pre = max(pre, p)
			}
		}
		return all, pre, true
	}
	return nil, -1, false
}

// window runs a regular expression over lower-case text only near the
// occurrences of its literals.
type window struct {
	re        *regexp.Regexp // the expression itself
	at0       *regexp.Regexp // ^(?:pat): a match starting at byte 0
	atN       *regexp.Regexp // ^(?s:.)(?:pat): on the text from the rune before s, a match at s with its left context
	lits      []string
	ids       []int
	pre       int  // most bytes a match starts before a literal; -1: unbounded
	wordStart bool // every match starts with a word character
	wordB     bool // and pat starts with \b: only word starts can start a match
}

// startsWord reports whether every match of n starts with an ASCII word
// character (conservatively: false when unsure).
func startsWord(n *syntax.Regexp) bool {
	switch n.Op {
	case syntax.OpLiteral:
		return len(n.Rune) > 0 && n.Rune[0] < 128 && isWordChar(byte(n.Rune[0])) &&
			(n.Flags&syntax.FoldCase == 0 || n.Rune[0] >= 'a' && n.Rune[0] <= 'z' || n.Rune[0] >= 'A' && n.Rune[0] <= 'Z')
	case syntax.OpCharClass:
		for i := 0; i+1 < len(n.Rune); i += 2 {
			for r := n.Rune[i]; r <= n.Rune[i+1]; r++ {
				if r >= 128 || !isWordChar(byte(r)) {
					return false
				}
			}
		}
		return len(n.Rune) > 0
	case syntax.OpCapture, syntax.OpPlus:
		return startsWord(n.Sub[0])
	case syntax.OpRepeat:
		return n.Min >= 1 && startsWord(n.Sub[0])
	case syntax.OpConcat:
		for _, sub := range n.Sub {
			switch sub.Op {
			case syntax.OpWordBoundary, syntax.OpNoWordBoundary, syntax.OpBeginText, syntax.OpBeginLine:
				continue
			}
			return startsWord(sub)
		}
	case syntax.OpAlternate:
		for _, sub := range n.Sub {
			if !startsWord(sub) {
				return false
			}
		}
		return len(n.Sub) > 0
	}
	return false
}

// leadingB reports whether every match of n begins with \b.
func leadingB(n *syntax.Regexp) bool {
	switch n.Op {
	case syntax.OpWordBoundary:
		return true
	case syntax.OpCapture:
		return leadingB(n.Sub[0])
	case syntax.OpConcat:
		return len(n.Sub) > 0 && leadingB(n.Sub[0])
	case syntax.OpAlternate:
		for _, sub := range n.Sub {
			if !leadingB(sub) {
				return false
			}
		}
		return len(n.Sub) > 0
	}
	return false
}

func newWindow(pat string) window {
	lits, pre := required(pat)
	w := window{re: regexp.MustCompile(pat), lits: lits, pre: pre}
	if re, err := syntax.Parse(pat, syntax.Perl); err == nil {
		re = re.Simplify()
		w.wordStart = startsWord(re)
		w.wordB = w.wordStart && leadingB(re)
	}
	lower := lits != nil
	for _, l := range lits {
		if l != strings.ToLower(l) {
			lower = false
		}
	}
	if lower {
		w.ids = litIDs(lits)
	}
	if lits != nil && pre >= 0 {
		w.at0 = regexp.MustCompile(`^(?:` + pat + `)`)
		w.atN = regexp.MustCompile(`^(?s:.)(?:` + pat + `)`)
	}
	return w
}

func isWordChar(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
}

// findAll is re.FindAllStringIndex(text, -1) for the lower-case text of a
// unit whose literal set is ls; fn gets each match and returns false to
// stop.
func (w *window) findAll(text string, ls litSet, fn func(s, e int) bool) {
	if w.ids != nil && ls != nil && !ls.any(w.ids) {
		return
	}
	if w.at0 == nil {
		for _, m := range w.re.FindAllStringIndex(text, -1) {
			if !fn(m[0], m[1]) {
				return
			}
		}
		return
	}
	// Occurrences of the literals, in order.
	var occ [16]int
	pos := occ[:0]
	for _, l := range w.lits {
		for i := 0; ; {
			j := strings.Index(text[i:], l)
			if j < 0 {
				break
			}
			pos = append(pos, i+j)
			i += j + 1
		}
	}
	if len(pos) == 0 {
		return
	}
	sortInts(pos)
	next := 0 // first start not yet tried, and not inside an earlier match
	for _, p := range pos {
		for s := max(next, p-w.pre); s <= p; s++ {
			next = s + 1
			if w.wordStart && !isWordChar(text[s]) || w.wordB && s > 0 && isWordChar(text[s-1]) || !utf8.RuneStart(text[s]) {
				continue
			}
			var e int
			if s == 0 {
				m := w.at0.FindStringIndex(text)
				if m == nil {
					continue
				}
				e = m[1]
			} else {
				// The previous rune gives the match its left context (\b).
				_, n := utf8.DecodeLastRuneInString(text[:s])
				m := w.atN.FindStringIndex(text[s-n:])
				if m == nil {
					continue
				}
				e = s - n + m[1]
			}
			if !fn(s, e) {
				return
			}
			next = max(e, s+1)
			break
		}
	}
}

func sortInts(a []int) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

// rx is a regular expression with the prefilter: text that contains none
// of the literals any match needs is rejected without running it.
type rx struct {
	window
}

func mustRx(pat string) *rx {
	if strings.Contains(pat, "(?i)") {
		return &rx{window{re: regexp.MustCompile(pat), pre: -1}}
	}
	return &rx{newWindow(pat)}
}

// on reports whether r matches the unit's lower-case text.
func (u *unit) on(r *rx) bool {
	found := false
	r.findAll(u.lower, u.lits, func(s, e int) bool { found = true; return false })
	return found
}

// index is r.FindStringIndex on the unit's lower-case text.
func (u *unit) index(r *rx) []int {
	var m []int
	r.findAll(u.lower, u.lits, func(s, e int) bool { m = []int{s, e}; return false })
	return m
}

func (r *rx) may(s string) bool {
	if r.lits == nil {
		return true
	}
	for _, l := range r.lits {
		if strings.Contains(s, l) {
			return true
		}
	}
	return false
}

func (r *rx) MatchString(s string) bool {
	found := false
	r.findAll(s, nil, func(a, b int) bool { found = true; return false })
	return found
}

func (r *rx) FindStringIndex(s string) []int {
	var m []int
	r.findAll(s, nil, func(a, b int) bool { m = []int{a, b}; return false })
	return m
}

func (r *rx) FindString(s string) string {
	if !r.may(s) {
		return ""
	}
	return r.re.FindString(s)
}

func (r *rx) FindStringSubmatch(s string) []string {
	if !r.may(s) {
		return nil
	}
	return r.re.FindStringSubmatch(s)
}

func (r *rx) FindAllString(s string, n int) []string {
	if !r.may(s) {
		return nil
	}
	return r.re.FindAllString(s, n)
}

func (r *rx) FindAllStringIndex(s string, n int) [][]int {
	var out [][]int
	r.findAll(s, nil, func(a, b int) bool {
		out = append(out, []int{a, b})
		return n < 0 || len(out) < n
	})
	return out
}

func (r *rx) FindAllStringSubmatchIndex(s string, n int) [][]int {
	if !r.may(s) {
		return nil
	}
	return r.re.FindAllStringSubmatchIndex(s, n)
}
