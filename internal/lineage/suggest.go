package lineage

import (
	"sort"
	"strings"
	"unicode"

	"github.com/agnivade/levenshtein"
)

// A Candidate is something a lookup may mean: a field path or a data
// category key, with its name.
type Candidate struct {
	Value string // the path or key, what recipientsOf takes
	Name  string
	Kind  string // "field" or "category"
	org   int    // a field's organization; 0 for categories
	words []string
}

// Candidate kinds.
const (
	FieldCandidate    = "field"
	CategoryCandidate = "category"
)

// NewCandidate makes a candidate, splitting its key and name into the
// words a query is matched against.
func NewCandidate(value, name, kind string) Candidate {
	return Candidate{Value: value, Name: name, Kind: kind, words: words(value + " " + name)}
}

// Rank orders candidates by how likely each is what text means, best
// first, and returns at most n. Matches, from best to worst:
//   - the key itself, or a key beginning with the text (user.health finds
//     user.health_and_medical);
//   - the name itself;
//   - every word of the text beginning a word of the key or the name
//     (medical, "email addr");
//   - every word of the text within a typo or two of a word of the key or
//     name (user.emial finds user.contact.email);
//
// With loose set, the rest follow by edit distance to the whole key, so
// that a did-you-mean always has something to offer; without it they are
// left out, as a list completing what is typed should.
func Rank(text string, cands []Candidate, n int, loose bool) []Candidate {
	q := strings.ToLower(strings.TrimSpace(text))
	if q == "" || n <= 0 {
		return nil
	}
	qw := words(q)
	type scored struct {
		c     Candidate
		score int
	}
	var out []scored
	for _, c := range cands {
		s, ok := score(q, qw, c)
		if !ok {
			if !loose {
				continue
			}
			s = 1000 + levenshtein.ComputeDistance(q, strings.ToLower(c.Value))
		}
		out = append(out, scored{c, s})
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.score != b.score {
			return a.score < b.score
		}
		if len(a.c.Value) != len(b.c.Value) {
			return len(a.c.Value) < len(b.c.Value)
		}
		return a.c.Value < b.c.Value
	})
	if len(out) > n {
		out = out[:n]
	}
	res := make([]Candidate, len(out))
	for i, s := range out {
		res[i] = s.c
	}
	return res
}

// score says how well c matches the query q (lower is better), or false
// when it does not.
func score(q string, qw []string, c Candidate) (int, bool) {
	key := strings.ToLower(c.Value)
	switch {
	case key == q:
		return 0, true
	case strings.HasPrefix(key, q):
		return 10, true
	case strings.ToLower(c.Name) == q:
		return 20, true
	}
	if len(qw) == 0 {
		return 0, false
	}
	prefix, typos := true, 0
	for _, w := range qw {
		best := -1
		for _, cw := range c.words {
			if strings.HasPrefix(cw, w) {
				best = 0
				break
			}
			if d := levenshtein.ComputeDistance(w, cw); d <= typoAllowance(w) && (best < 0 || d < best) {
				best = d
			}
		}
		if best < 0 {
			return 0, false
		}
		if best > 0 {
			prefix = false
			typos += best
		}
	}
	if prefix {
		return 30, true
	}
	return 40 + typos, true
}

// typoAllowance is how many edits a word of the query may be from the word
// it means: none for short words (too many would match), one for four
// letters, two from five (a swap of two letters is two edits).
func typoAllowance(w string) int {
	switch n := len([]rune(w)); {
	case n < 4:
		return 0
	case n < 5:
		return 1
	default:
		return 2
	}
}

// words splits s into lower-case words at dots, underscores, hyphens,
// spaces and other punctuation.
func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}
