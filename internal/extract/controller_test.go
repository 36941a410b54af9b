package extract

import (
	"strings"
	"testing"
)

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
		{"X (that's us)", "# Lumen Notes Privacy Notice\n\nWhen Quorvex (that’s us) receives information from you, our privacy policy applies.\n", "Quorvex", whyUs},
		{"contact us (X)", "# Lumen Notes Privacy Notice\n\nWe keep little data.\n\nTo make a request, please contact us (Quorvex Corporation) through our portal.\n", "Quorvex Corporation", whyUs},
		{"At X, we", "# Lumen Notes Privacy Notice\n\n## At Quorvex, we believe privacy is fundamental\n\nWe keep little data.\n", "Quorvex", whyUs},
		{"we, at X", "# Privacy Notice\n\nThis notice explains how we, at Quorvex, process information about visitors.\n", "Quorvex", whyUs},
		{"a service provided by X", "# Lumen Notes Privacy Notice\n\nLumen Notes is a service provided by Quorvex to help you write. When you use Lumen Notes, we keep your notes. You can delete your Lumen Notes account.\n", "Quorvex", whyMakerOf},
		{"distributed by a legal entity", "# Lumen Privacy Notice\n\nThis notice is for Lumen distributed by Brindle Technologies Corporation (a subsidiary of Brindle Foundation). Lumen is great. Lumen is free.\n", "Brindle Technologies Corporation", whyMakerOf},
		{"our X products", "# Cookie Policy\n\n## Advertising cookies\n\nWe show you advertisements about our various Quorvex products.\n", "Quorvex", whyMakerOf},
		{"the one that processes the data", "# Smart Lens Privacy Policy\n\nWhen you use Smart Lens, Quorvex processes certain data. By default, Quorvex stores your settings. Smart Lens is fun. Try Smart Lens.\n", "Quorvex", whyActor},
		{"an acronym counts for its company", "# Privacy Notice for Quorvex Location Services\n\nQuorvex Location Services (QLS) is a geolocation service. Quorvex estimates your location. QLS may receive your IP address. QLS collects Wi-Fi data.\n", "Quorvex", whyActor},
		{"address block under a responsible heading", "# Privacy Statement\n\n## Name and contact of the person responsible\n\nDr. Jane Roe  \nInstitute for Medicine, Unit of XY  \nUniversity Hospital Examplestadt  \nHauptstraße 12  \n12345 Examplestadt, Germany\n", "University Hospital Examplestadt", whyBlock},
		{"a product title loses to a legal entity", "# Lumen Notes Privacy Policy\n\nWhen you use Lumen Notes, we collect data. You can delete your Lumen Notes account at any time.\n\n## Contact us\n\nQuorvex Ltd, 1 Main Street, London\n", "Quorvex Ltd", whyContact},
		{"a vendor that processes is not the controller", "# Privacy Policy\n\nWe use analytics. Google processes your data. Google stores cookies.\n", "", ""},
		{"one sentence is not enough", "# Privacy Policy\n\nWe respect your privacy. Brontex processes payments for us.\n", "", ""},
		{"provided by X in a sharing section", "# Privacy Policy\n\nWe respect your privacy.\n\n## Who we share data with\n\nPayments are a service provided by Paylane.\n", "", ""},
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
			if ct := res.Document.Controller; ct != nil && ct.Evidence != nil && c.doc[ct.Evidence.Start:ct.Evidence.End] != ct.Evidence.Quote {
				t.Errorf("evidence %+v is not the text's bytes", *ct.Evidence)
			}
			if ct := res.Document.Controller; ct != nil && ct.Evidence != nil && !strings.Contains(ct.Evidence.Quote, firstWord(got)) {
				t.Errorf("evidence %q does not name %q", ct.Evidence.Quote, got)
			}
		})
	}
}
