package extract

func init() {
	for i := range categoryTerms {
		tm := &categoryTerms[i]
		if lexKey[tm.key] == nil || lexKey[tm.key].weak && !tm.weak {
			lexKey[tm.key] = tm
		}
	}
}

var eea = map[string]bool{"AT": true, "BE": true, "BG": true, "HR": true, "CY": true, "CZ": true, "DK": true, "EE": true,
	"FI": true, "FR": true, "DE": true, "GR": true, "HU": true, "IE": true, "IT": true, "LV": true, "LT": true, "LU": true,
	"MT": true, "NL": true, "PL": true, "PT": true, "RO": true, "SK": true, "SI": true, "ES": true, "SE": true,
	"IS": true, "LI": true, "NO": true}

var (
	countryRe   *rx
	countryCode map[string]string
)

// countriesIn returns the ISO codes of the countries a text names.
func countriesIn(text string) []string {
	var out []string
	seen := map[string]bool{}
	for _, m := range countryRe.FindAllStringSubmatchIndex(text, -1) {
		code := countryCode[text[m[2]:m[3]]]
		if code != "" && !seen[code] {
			seen[code] = true
			out = append(out, code)
		}
	}
	return out
}
