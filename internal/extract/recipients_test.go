package extract

import "testing"

func TestRecipientRule(t *testing.T) {
	checkRule(t, recipientRule{}, []ruleCase{
		{"a vendor used", "## Who we share data with\n\nWe use Stripe to process your payments.\n", []string{"Stripe"}},
		{"an example list", "## Who we share data with\n\nWe share your address with delivery partners such as DPD, Royal Mail and Evri.\n",
			[]string{"DPD", "Royal Mail", "Evri"}},
		{"a legal entity in a list item", "## Recipients\n\n* Quintex Cloud GmbH hosts our servers.\n", []string{"Quintex Cloud GmbH"}},
		{"by category", "## Who we share data with\n\nWe share data with our service providers and with law enforcement when required.\n",
			[]string{"service providers", "public authorities"}},
		{"a public body", "We may disclose data to the Revenue Commissioners where the law requires it.\n", []string{"Revenue Commissioners"}},
		{"sign in with", "## Third parties\n\nYou can sign in with Google.\n", nil},
		{"not shared", "## Who we share data with\n\nWe do not share your data with advertisers.\n", nil},
		{"a complaint authority", "## Third parties\n\nYou may lodge a complaint with the Information Commissioner's Office.\n", nil},
		{"a social link", "## Third parties\n\nFollow us on LinkedIn to hear our news.\n", nil},
		{"the controller itself", "Acme Ltd (\"we\", \"us\") runs this website.\n\n## Who we share data with\n\nAcme Ltd shares your data with Zendesk.\n",
			[]string{"Zendesk"}},
	})
}
