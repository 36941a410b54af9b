package extract

import "testing"

func TestRightRule(t *testing.T) {
	checkRule(t, rightRule{}, []ruleCase{
		{"right to X", "You have the right to access, rectify or erase your personal data.\n",
			[]string{"access", "rectification", "erasure"}},
		{"withdraw consent anywhere", "You can withdraw your consent at any time.\n", []string{"withdraw_consent"}},
		{"complaint", "## Your rights\n\nYou may lodge a complaint with the supervisory authority.\n", []string{"complaint"}},
		{"portability", "## Your rights\n\n* Portability: receive your data in a machine-readable format.\n", []string{"portability"}},
		{"staff access is no right", "Our staff have access to the building.\n", nil},
		{"deleting on a schedule is no right", "We will delete your data after two years.\n", nil},
	})
}
