package iso

import "testing"

func TestCheckCountry(t *testing.T) {
	for _, ok := range []string{"US", "FR", "GB", "IE", "IN", "EU"} {
		if err := CheckCountry(ok); err != nil {
			t.Errorf("CheckCountry(%q) = %v, want nil", ok, err)
		}
	}
	for _, bad := range []string{"", "us", "USA", "XX", "UK", "France"} {
		if err := CheckCountry(bad); err == nil {
			t.Errorf("CheckCountry(%q) = nil, want an error", bad)
		}
	}
}

func TestCheckDuration(t *testing.T) {
	for _, ok := range []string{"P6Y", "P30D", "PT24H", "P1Y6M", "P2W"} {
		if err := CheckDuration(ok); err != nil {
			t.Errorf("CheckDuration(%q) = %v, want nil", ok, err)
		}
	}
	for _, bad := range []string{"", "P", "6 years", "30D", "PT", "P1X"} {
		if err := CheckDuration(bad); err == nil {
			t.Errorf("CheckDuration(%q) = nil, want an error", bad)
		}
	}
}
