package iso

import (
	"slices"
	"strings"

	"github.com/biter777/countries"
)

// Country is an ISO 3166-1 alpha-2 code and its English short name.
type Country struct {
	Code string
	Name string
}

// SearchCountries returns up to n countries whose code or name matches
// text, case-insensitively: an exact code first, then names starting with
// text, then names containing it, each group by name. The EU is among
// them, as CheckCountry accepts it.
func SearchCountries(text string, n int) []Country {
	q := strings.ToLower(strings.TrimSpace(text))
	all := []Country{{Code: "EU", Name: "European Union"}}
	for _, c := range countries.All() {
		if code := c.Alpha2(); CheckCountry(code) == nil {
			all = append(all, Country{Code: code, Name: c.String()})
		}
	}
	rank := func(c Country) int {
		name := strings.ToLower(c.Name)
		switch {
		case q == "":
			return 2
		case strings.ToLower(c.Code) == q:
			return 0
		case strings.HasPrefix(name, q):
			return 1
		case strings.Contains(name, q):
			return 2
		}
		return -1
	}
	var out []Country
	for _, c := range all {
		if rank(c) >= 0 {
			out = append(out, c)
		}
	}
	slices.SortStableFunc(out, func(a, b Country) int {
		if d := rank(a) - rank(b); d != 0 {
			return d
		}
		return strings.Compare(a.Name, b.Name)
	})
	if len(out) > n {
		out = out[:n]
	}
	return out
}
