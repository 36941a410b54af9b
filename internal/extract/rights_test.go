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

// TestRightRuleUserCan: rights stated as what the user can do, in
// US-style wording, with no "right to".
func TestRightRuleUserCan(t *testing.T) {
	checkRule(t, rightRule{}, []ruleCase{
		{"access and update via the profile", "You can access and update your personal information via your Account profile.\n",
			[]string{"access", "rectification"}},
		{"contact us to", "Please contact us at privacy@acme.example to access, modify, or request the deletion of your personal information.\n",
			[]string{"access", "rectification", "erasure"}},
		{"export", "You can export your data from the Settings page at any time.\n", []string{"portability"}},
		{"a complaint", "You may lodge a complaint with the supervisory authority.\n", []string{"complaint"}},
		{"deleting the app is no right", "You can delete the app from your phone at any time.\n", nil},
		{"cannot", "You cannot delete your personal information once it is published.\n", nil},
		{"access to our site", "You can access our website from any device.\n", nil},
	})
}
