package extract

import "testing"

func TestCollectsRule(t *testing.T) {
	checkRule(t, collectsRule{}, []ruleCase{
		{"bullets under a collection heading", "## Information we collect\n\n* your email address\n* your phone number\n",
			[]string{"user.contact.email", "user.contact.phone_number"}},
		{"a collection verb anywhere", "We collect your IP address when you visit our website.\n",
			[]string{"user.device.ip_address"}},
		{"weak term in a list", "## Information we collect\n\nWe collect data such as your name, address and age.\n",
			[]string{"user.name", "user.contact.address", "user.demographic.age_range"}},
		{"negated", "We do not collect your precise location.\n", nil},
		{"a definition of personal data", "When we say \"personal data\" we mean any information relating to an identified or identifiable natural person, such as a name or location data.\n", nil},
		{"under a retention heading", "## How long we keep your data\n\nWe keep your email address for two years.\n", nil},
		{"a CCPA row marked No", "## Categories of personal information we collect\n\n| Category | Collected |\n|---|---|\n| Biometric information | No |\n| Email address | Yes |\n",
			[]string{"user.contact.email"}},
		{"the controller's own contact address", "## Contact\n\nWrite to privacy@acme.example or call our phone number.\n", nil},
	})
}
