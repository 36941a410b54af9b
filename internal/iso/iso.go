// Package iso checks the ISO codes the catalog stores: ISO 3166-1 alpha-2
// country codes and ISO 8601 durations.
package iso

import (
	"fmt"
	"strings"

	"github.com/biter777/countries"
	"github.com/sosodev/duration"
)

// CheckCountry reports whether code is an assigned ISO 3166-1 alpha-2 code
// in upper case, such as "US" or "FR". The EU is accepted as "EU" because
// notices name it as a destination.
func CheckCountry(code string) error {
	if code == "EU" {
		return nil
	}
	if len(code) != 2 || strings.ToUpper(code) != code {
		return fmt.Errorf("%q is not an ISO 3166-1 alpha-2 country code (two upper-case letters, e.g. US)", code)
	}
	c := countries.ByName(code)
	if !c.IsValid() || c.Alpha2() != code {
		return fmt.Errorf("%q is not an assigned ISO 3166-1 alpha-2 country code", code)
	}
	return nil
}

// CountryName returns the English short name for an alpha-2 code, or the
// code itself when it is unknown.
func CountryName(code string) string {
	if code == "EU" {
		return "European Union"
	}
	c := countries.ByName(code)
	if !c.IsValid() {
		return code
	}
	return c.String()
}

// CheckDuration reports whether s is an ISO 8601 duration such as P6Y, P30D
// or PT24H.
func CheckDuration(s string) error {
	if !strings.HasPrefix(s, "P") || s == "P" || s == "PT" {
		return fmt.Errorf("%q is not an ISO 8601 duration (e.g. P6Y, P30D, PT24H)", s)
	}
	if _, err := duration.Parse(s); err != nil {
		return fmt.Errorf("%q is not an ISO 8601 duration (e.g. P6Y, P30D, PT24H)", s)
	}
	return nil
}
