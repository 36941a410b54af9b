package extract

import (
	"regexp"
	"strings"
)

var (
	// A company name with a corporate suffix.
	reCompany = mustRx(`\b((?:[A-Z][A-Za-z0-9&'’.\-]*|&|and|of|de|für)(?: (?:[A-Z][A-Za-z0-9&'’.\-]*|&|of|de|für)){0,4}),? (Inc\.|Ltd\.|Corp\.|Co\.|L\.L\.C\.|B\.V\.|N\.V\.|S\.A\.S\.|S\.A\.|S\.à r\.l\.|S\.r\.l\.|S\.p\.A\.|S\.L\.U\.|S\.L\.|Sp\. z o\.o\.|s\.r\.o\.|K\.K\.|Pvt\.? Ltd\.|\(Pty\) Ltd\.?|(?:Inc|LLC|Ltd|Limited|GmbH|AG|BV|SAS|SARL|plc|PLC|Corp|Corporation|AB|Oyj|Oy|ApS|A/S|ASA|SpA|Pty Ltd|Pvt\.? Ltd|Private Limited|Unlimited Company|DAC|UAB|SIA|OÜ|SE|KG|UG|LLP)\b)`)
)

// legalForm returns a company name's legal-form suffix, normalised
// ("ltd", "bv", "inc"), or "".
func legalForm(name string) string {
	m := reCompany.re.FindStringSubmatch(name)
	if m == nil {
		m = reCompany.re.FindStringSubmatch(name + ".") // "Vitalis Care N.V" with its period trimmed
	}
	if m == nil {
		return ""
	}
	f := strings.ToLower(strings.NewReplacer(".", "", " ", "", ",", "").Replace(m[2]))
	if f == "limited" {
		f = "ltd"
	}
	return f
}

var corpSuffixes = []string{"Inc", "LLC", "L.L.C", "Ltd", "Limited", "GmbH", "AG", "B.V", "BV", "N.V", "S.A", "SAS", "SARL", "S.à", "plc", "PLC", "Corp", "AB", "Oy", "ApS", "A/S", "S.r.l", "S.p.A", "SE", "KG", "UG", "LLP", "Co.", "UAB", "DAC", "Unlimited Company", "SIA", "OÜ", "ASA", "Oyj", "SpA", "S.L"}

// legalNameEnd returns where a company name with a legal-form suffix that
// starts at s ends ("Stripe Payments UK Ltd", "Intercom R&D Unlimited
// Company"), or -1.
func legalNameEnd(text string, s int) int {
	win := text[s:min(len(text), s+120)] // a name is short: no scan of a long sentence
	if !hasSuffix(win) {
		return -1
	}
	m := reCompany.re.FindStringSubmatchIndex(win)
	if m == nil || m[0] != 0 {
		return -1
	}
	return s + m[1]
}

func hasSuffix(text string) bool {
	for _, s := range corpSuffixes {
		if strings.Contains(text, " "+s) {
			return true
		}
	}
	return false
}

func firstWord(s string) string {
	if f := strings.Fields(s); len(f) > 0 {
		return f[0]
	}
	return s
}

var reSuffix = regexp.MustCompile(`(?i)[,.]?\s+(?:inc|llc|l\.l\.c|ltd|limited|gmbh|ag|b\.v|bv|n\.v|s\.a\.s|s\.a|sas|sarl|plc|corp|corporation|co|ab|oy|aps|a/s|s\.r\.l|s\.p\.a|pty|se|kg|ug|llp|group|holdings|emea|europe|international|ireland|uk|us|usa|de|nl|eu)\.?$`)

var reNonWord = regexp.MustCompile(`[^a-z0-9&+ ]+`)

// normName normalises a recipient name for comparison: lower case, no
// corporate suffixes ("Inc.", "GmbH", "Ireland Limited"), no punctuation.
func normName(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.TrimPrefix(s, "the ")
	for {
		t := reSuffix.ReplaceAllString(s, "")
		if t == s {
			break
		}
		s = strings.TrimSpace(t)
	}
	s = reNonWord.ReplaceAllString(s, " ")
	return strings.Join(strings.Fields(s), " ")
}

// NameAliases returns the normalised forms a recipient name may be matched
// by: the name without corporate suffixes, the text in and outside any
// parentheses, and the initials of a name of three or more words
// ("Amazon Web Services" → "aws").
func NameAliases(s string) []string {
	var out []string
	add := func(v string) {
		v = normName(v)
		if v == "" {
			return
		}
		for _, o := range out {
			if o == v {
				return
			}
		}
		out = append(out, v)
	}
	add(s)
	if i := strings.IndexByte(s, '('); i >= 0 {
		add(s[:i])
		in := s[i+1:]
		if j := strings.IndexByte(in, ')'); j >= 0 {
			in = in[:j]
		}
		add(in)
		for _, p := range strings.Split(in, ",") {
			add(p)
		}
	}
	if f := strings.Fields(normName(s)); len(f) >= 3 {
		var b strings.Builder
		for _, w := range f {
			b.WriteByte(w[0])
		}
		add(b.String())
	}
	return out
}

func hasLower(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 'a' && s[i] <= 'z' {
			return true
		}
	}
	return false
}

// splitList splits "A, B and C" or "A, B, or C" into ranges.
func splitList(seg string) [][2]int {
	var out [][2]int
	s := 0
	for i := 0; i <= len(seg); i++ {
		cut, skip := false, 0
		switch {
		case i == len(seg):
			cut = true
		case seg[i] == ',':
			cut, skip = true, 1
			if strings.HasPrefix(seg[i:], ", and ") {
				skip = 6
			} else if strings.HasPrefix(seg[i:], ", or ") {
				skip = 5
			}
		case strings.HasPrefix(seg[i:], " and "):
			cut, skip = true, 5
		case strings.HasPrefix(seg[i:], " or "):
			cut, skip = true, 4
		}
		if cut {
			if i > s {
				out = append(out, [2]int{s, i})
			}
			if i == len(seg) {
				break
			}
			s = i + skip
			i = s - 1
		}
	}
	return out
}

// properName returns the name if text is one: up to six words, the first
// of which has a capital letter (also inside: "ironSource"), optionally
// with a parenthesised acronym; "" otherwise.
func properName(text string) string {
	text = strings.TrimSpace(strings.Trim(text, "*_\"'“”"))
	if text == "" || len(text) > 80 {
		return ""
	}
	words := strings.Fields(text)
	if len(words) > 7 {
		return ""
	}
	first := words[0]
	hasCap := false
	for i := 0; i < len(first); i++ {
		if first[i] >= 'A' && first[i] <= 'Z' {
			hasCap = true
		}
	}
	if !hasCap {
		return ""
	}
	// Lower-case words other than joining ones end the name. A country
	// starts a name only when capitalised words follow ("UK Visas and
	// Immigration", not "US partners").
	if countryCode[words[0]] != "" && (len(words) == 1 || !(words[1][0] >= 'A' && words[1][0] <= 'Z')) {
		return ""
	}
	n := 0
	for i, w := range words {
		c := w[0]
		join := w == "of" || w == "and" || w == "for" || w == "&" || w == "de"
		acronym := c == '(' && strings.Contains(w, ")")
		if !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || acronym || join || i == 0) {
			break
		}
		n = i + 1
	}
	for n > 1 && (words[n-1] == "of" || words[n-1] == "and" || words[n-1] == "for" || words[n-1] == "&") {
		n--
	}
	name := strings.Join(words[:n], " ")
	switch strings.ToLower(name) {
	case "we", "our", "you", "your", "the", "us", "eu", "eea", "uk", "us-based", "i", "they":
		return ""
	}
	if countryCode[name] != "" {
		return ""
	}
	return strings.TrimRight(name, ".,;:")
}

func isCorpSuffix(s string) bool {
	s = strings.TrimRight(strings.TrimSpace(s), ".")
	for _, c := range corpSuffixes {
		if strings.TrimRight(c, ".") == s {
			return true
		}
	}
	return s == "Inc" || s == "Ltd" || s == "LLC"
}

// trimLeadingWords removes the given words (each followed by a space)
// from the start of s, as often as they occur: "and Acme Ltd" → "Acme
// Ltd". A word counts only whole, so "eBay" and "Radius Ltd" keep their
// letters.
func trimLeadingWords(s string, words ...string) string {
	for {
		t := strings.TrimLeft(s, " ")
		for _, w := range words {
			if strings.HasPrefix(t, w+" ") {
				t = t[len(w)+1:]
				break
			}
		}
		if t == s {
			return s
		}
		s = t
	}
}
