package iso

import "testing"

// TestSearchCountries: the code itself first, then names by prefix and by
// substring; every answer a code CheckCountry accepts.
func TestSearchCountries(t *testing.T) {
	got := SearchCountries("us", 20)
	if len(got) == 0 || got[0].Code != "US" {
		t.Fatalf("us: %v; want the United States first", got)
	}
	for _, c := range got {
		if err := CheckCountry(c.Code); err != nil {
			t.Errorf("%v: %v", c, err)
		}
	}
	if got := SearchCountries("jap", 5); len(got) != 1 || got[0].Code != "JP" {
		t.Errorf("jap: %v; want Japan", got)
	}
	if got := SearchCountries("kingdom", 20); len(got) == 0 || !contains(got, "GB") {
		t.Errorf("kingdom: %v; want the United Kingdom among them", got)
	}
	if got := SearchCountries("", 3); len(got) != 3 {
		t.Errorf("empty text: %d answers, want the first 3", len(got))
	}
	if got := SearchCountries("zzzz", 3); len(got) != 0 {
		t.Errorf("zzzz: %v", got)
	}
}

func contains(cs []Country, code string) bool {
	for _, c := range cs {
		if c.Code == code {
			return true
		}
	}
	return false
}
