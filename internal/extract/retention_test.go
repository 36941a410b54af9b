package extract

import "testing"

func TestRetentionRule(t *testing.T) {
	checkRule(t, retentionRule{}, []ruleCase{
		{"a period", "## How long we keep your data\n\nWe keep invoices for ten years.\n", []string{"P10Y"}},
		{"a criterion", "We retain your account data for as long as your account is active.\n", []string{"null"}},
		{"a list item under a retention heading", "## Retention\n\n* Server logs: 90 days\n", []string{"P90D"}},
		{"a response time is no retention", "## Your rights\n\nWe respond to requests within 30 days.\n", nil},
		{"business days are no duration", "We delete closed tickets after five business days.\n", nil},
	})
}
