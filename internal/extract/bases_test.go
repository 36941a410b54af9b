package extract

import "testing"

func TestBasisRule(t *testing.T) {
	checkRule(t, basisRule{}, []ruleCase{
		{"contract", "## Legal basis\n\nWe process your account data because it is necessary to perform our contract with you.\n",
			[]string{"contract"}},
		{"legitimate interests", "We rely on our legitimate interests to keep the service secure.\n",
			[]string{"legitimate_interests"}},
		{"consent", "Where the law requires it, we ask for your consent before we send marketing emails.\n",
			[]string{"consent"}},
		{"Art 9 condition", "We process health data only with your explicit consent (Art 9(2)(a) GDPR).\n",
			[]string{"explicit_consent"}},
		{"Art 6 by article", "We process your order on the basis of Art. 6(1)(b) GDPR.\n", []string{"contract"}},
		{"agreement to a policy is no basis", "By using the service, you agree to this policy.\n", nil},
		{"a transfer derogation is no basis", "We transfer your data to the United States with your explicit consent to the transfer.\n", nil},
		{"negated", "We do not rely on consent for analytics cookies; they are off.\n", nil},
	})
}
