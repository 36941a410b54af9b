package extract

import "testing"

func TestTrimLeadingWords(t *testing.T) {
	joiners := []string{"&", "and", "of", "de", "für"}
	for _, c := range []struct{ in, want string }{
		{"eBay", "eBay"},     // strings.TrimLeft with a cutset made this "Bay"
		{"radius", "radius"}, // and this "ius"
		{"and Acme Ltd", "Acme Ltd"},
		{"& of de Acme GmbH", "Acme GmbH"},
		{"für Arbeit GmbH", "Arbeit GmbH"},
		{"Andersen Ltd", "Andersen Ltd"},
		{"defacto Ltd", "defacto Ltd"},
		{"and", "and"}, // a word alone, with no name after it, is kept
	} {
		if got := trimLeadingWords(c.in, joiners...); got != c.want {
			t.Errorf("trimLeadingWords(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestNormName(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Stripe, Inc.", "stripe"},
		{"Microsoft Ireland Operations Limited", "microsoft ireland operations"},
		{"The Rocket Science Group LLC", "rocket science"},
		{"Zendesk", "zendesk"},
	} {
		if got := normName(c.in); got != c.want {
			t.Errorf("normName(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
