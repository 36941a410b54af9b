package extract

import "testing"

func TestPurposeRule(t *testing.T) {
	checkRule(t, purposeRule{}, []ruleCase{
		{"under a use heading", "## How we use your information\n\nTo process your payments and to prevent fraud.\n",
			[]string{"essential.service.payment_processing", "essential.fraud_detection"}},
		{"a use verb", "We use your email address to send you our newsletter.\n",
			[]string{"marketing.communications.email"}},
		{"negated", "We do not use your data for targeted advertising.\n", nil},
		{"no use stated", "Our office is closed on public holidays.\n", nil},
	})
}
