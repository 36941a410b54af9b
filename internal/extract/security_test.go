package extract

import "testing"

func TestSecurityRule(t *testing.T) {
	checkRule(t, securityRule{}, []ruleCase{
		{"encryption", "## Security\n\nWe encrypt data in transit and at rest.\n",
			[]string{"encryption", "encryption.in_transit", "encryption.at_rest"}},
		{"access control", "We protect your data with role-based access controls.\n", []string{"access_control"}},
		{"a transfer framework is no measure", "We participate in the EU-U.S. Data Privacy Framework to protect your data.\n", nil},
		{"training without security", "We offer training courses to our customers.\n", nil},
		{"negated", "We do not use encryption for public posts, which anyone can read.\n", nil},
	})
}
