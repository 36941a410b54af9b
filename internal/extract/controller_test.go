package extract

import "testing"

func TestControllerFromText(t *testing.T) {
	for _, c := range []struct {
		name, doc, want, why string
	}{
		{"alias we", "# Privacy Policy\n\nAcme Labs, Inc. (\"Acme\", \"we\" or \"us\") makes the Acme app.\n", "Acme Labs, Inc.", whyAlias},
		{"alias Company", "# Privacy Policy\n\nZorbly Games Oy (\"Zorbly\" or the \"Company\") respects your privacy.\n", "Zorbly Games Oy", whyAlias},
		{"we (X)", "# Privacy Policy\n\nThis policy explains how we (Quintex Cloud) handle your data.\n", "Quintex Cloud", whyWeAlias},
		{"controller cue", "# Privacy Policy\n\nThe controller of your data is Harbourline Bank plc, Bristol.\n", "Harbourline Bank plc", whyCue},
		{"title, named again", "# Xajeet Privacy Policy\n\nWelcome. When you use Xajeet, we collect data. You can delete your Xajeet account at any time.\n", "Xajeet", whyTitle},
		{"title, brand-like", "# UBPartner Privacy Policy\n\nWe respect your privacy.\n", "UBPartner", whyTitle},
		{"copyright line", "# Privacy Policy\n\nWe respect your privacy.\n\n© 2024 Tallyform, Inc. All rights reserved.\n", "Tallyform, Inc.", whyCopyright},
		{"contact block", "# Privacy Policy\n\nWe respect your privacy.\n\n## Contact us\n\nPlanwerk B.V., Oudegracht 212, 3511 NR Utrecht\n", "Planwerk B.V.", whyContact},
		{"email domain", "# Privacy Policy\n\nThanks for using Stridely, the running app.\n\nQuestions? Write to privacy@stridely.app.\n", "Stridely", whyEmail},
		{"a vendor in a table is not the controller", "# Privacy Policy\n\nWe respect your privacy.\n\n| Vendor | Country |\n| --- | --- |\n| Stripe, Inc. | United States |\n", "", ""},
		{"a generic title is no name", "# Website Privacy Notice\n\nWe respect your privacy.\n", "", ""},
		{"a complaint body is not the controller", "# Privacy Policy\n\n## Contact\n\nYou can complain to the Information Commissioner's Office Ltd.\n", "", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			res, err := Extract("n.md", []byte(c.doc))
			if err != nil {
				t.Fatal(err)
			}
			got, why := "", ""
			if ct := res.Document.Controller; ct != nil {
				got, why = ct.Name, ct.Reason
			}
			if got != c.want || why != c.why {
				t.Errorf("controller %q (%s), want %q (%s)", got, why, c.want, c.why)
			}
		})
	}
}
