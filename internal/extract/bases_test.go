package extract

import "testing"

func TestBasisRule(t *testing.T) {
	checkRule(t, basisRule{}, []ruleCase{
		{"contract", "## Legal basis\n\nWe process your account data because it is necessary to perform our contract with you.\n",
			[]string{"contract"}},
		{"legitimate interests", "We rely on our legitimate interests to keep the service secure.\n",
			[]string{"legitimate_interests"}},
		{"consent in a GDPR notice", "This notice explains how we meet the GDPR.\n\nWhere the law requires it, we ask for your consent before we send marketing emails.\n",
			[]string{"consent"}},
		{"Art 9 condition", "We process health data only with your explicit consent (Art 9(2)(a) GDPR).\n",
			[]string{"explicit_consent"}},
		{"Art 6 by article", "We process your order on the basis of Art. 6(1)(b) GDPR.\n", []string{"contract"}},
		{"agreement to a policy is no basis", "By using the service, you agree to this policy.\n", nil},
		{"a transfer derogation is no basis", "We transfer your data to the United States with your explicit consent to the transfer.\n", nil},
		{"negated", "We do not rely on consent for analytics cookies; they are off.\n", nil},
	})
}

// TestBasisReliance: a basis counts where the notice states that it relies
// on it, not where it recites the law, names a basis as the condition of a
// right, or uses US-style wording with no GDPR frame.
func TestBasisReliance(t *testing.T) {
	checkRule(t, basisRule{}, []ruleCase{
		// The law recited in the third person.
		{"statute recited", "## What the law says\n\n- Processing is necessary for compliance with a legal obligation to which the controller is subject.\n- Processing is necessary to protect the vital interests of the data subject.\n",
			nil},
		{"a third-person notice states its basis", "## Contact form\n\nThe legal basis for processing the data subject's enquiry is Art. 6(1)(b) GDPR.\n",
			[]string{"contract"}},
		{"a notice titled with rights states bases", "# Your privacy rights at Example Ltd\n\n## Newsletter\n\nWe send the newsletter on the basis of your consent under the GDPR.\n",
			[]string{"consent"}},
		{"reliance in the first person", "## Legal basis\n\nWe keep invoices because processing is necessary for compliance with a legal obligation to which we are subject.\n",
			[]string{"legal_obligation"}},
		// An explanation of what the GDPR allows.
		{"explanation of the law", "Processing is lawful only if one of the conditions of the GDPR applies, for instance your consent or our legitimate interests.\n",
			nil},
		{"all bases explained", "Under the GDPR, one of the following legal bases must apply:\n\n- you have consented;\n- it is needed for a contract with you;\n- there is a public task.\n",
			nil},
		// A basis named as the condition of a right.
		{"right to object", "## Your rights\n\nYou can object to processing based on our legitimate interests at any time.\n", nil},
		{"conditional basis of a right", "We follow the GDPR. Where we rely on your consent, you can withdraw it at any time.\n", nil},
		{"exception to erasure", "### Right to erasure\n\nThe right does not apply where processing is needed for a task carried out in the public interest.\n", nil},
		{"basis with a right in a basis column", "| Purpose | Legal basis |\n| --- | --- |\n| Newsletter | Consent, which you can withdraw at any time |\n",
			[]string{"consent"}},
		// US-style consent.
		{"US consent, no GDPR frame", "## California residents\n\nWe share your information with your consent or at your direction.\n", nil},
		{"US section of a GDPR notice", "We rely on legitimate interests under the GDPR to secure the site.\n\n## Notice to California residents\n\nWe sell no data, and we share it with partners only with your consent.\n",
			[]string{"legitimate_interests"}},
		{"consent in a GDPR-framed notice", "Residents of the EEA: we rely on our legitimate interests for security.\n\nWith your consent, our partners set advertising cookies.\n",
			[]string{"legitimate_interests", "consent"}},
		{"consent as a verb", "This notice is for visitors from the European Union.\n\nWhen you consent, we set measurement cookies.\n", []string{"consent"}},
		{"consent to a policy change", "We follow the GDPR. If this policy changes materially, we will seek your consent to the updated policy.\n", nil},
		// Complying with the law: a purpose unless framed as a basis.
		{"legal obligation as a purpose", "## What we collect\n\nWe use your postcode to comply with tax laws and with our legal obligations.\n", nil},
		{"legal obligation framed", "We have a legal obligation to collect your date of birth for age verification.\n", []string{"legal_obligation"}},
		{"a purpose as required by a legal obligation", "We use your IP address to prevent fraud, as required by our legal obligation.\n", []string{"legal_obligation"}},
		{"a purpose required by law, no obligation named", "We keep invoices as required by law.\n", nil},
		{"legal obligation in a list of bases", "We process your data:\n\n- to deliver your parcels, because this is necessary to perform our contract with you;\n- to meet our legal obligations, such as keeping tax records;\n- to prevent fraud, on the basis of our legitimate interests.\n",
			[]string{"contract", "legal_obligation", "legitimate_interests"}},
		{"legal obligation in a section about lawful bases", "## How we use data\n\nWe only use personal data where we have a lawful basis.\n\nWe use it for billing and for keeping to our statutory obligations.\n",
			[]string{"legal_obligation"}},
		// Bases in brackets after purposes.
		{"bases in brackets", "We follow the GDPR. We use your data to ship orders (contract) and to send offers if you agree (consent).\n",
			[]string{"contract", "consent"}},
		// Explicit consent is Art 9 only where special category data are in view.
		{"explicit consent, ordinary data", "We follow the GDPR. We ask for your explicit consent before we add your CV to our talent pool.\n",
			[]string{"consent"}},
		{"explicit consent, health data", "We ask for your explicit consent before we record any disability you tell us about.\n",
			[]string{"explicit_consent"}},
		{"explicit consent in a special category row", "| Data | Legal basis |\n| --- | --- |\n| Health questionnaire | Your explicit consent |\n",
			[]string{"explicit_consent"}},
		// A contract must be named after "necessary to fulfil".
		{"necessary to fulfil an interest", "## Legitimate interests\n\nThese tests are necessary to fulfil our interest in better tools.\n", []string{"legitimate_interests"}},
		{"necessary to fulfil commitments", "We follow the GDPR. The use is necessary in order to fulfil our commitments to you under the terms of service.\n", []string{"contract"}},
	})
}
