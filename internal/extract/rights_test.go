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

// TestRightRuleUserActs: more US-style wording of what the user can do,
// from the real development notices (testdata/real/dev), and wording that
// looks alike but states no right.
func TestRightRuleUserActs(t *testing.T) {
	checkRule(t, rightRule{}, []ruleCase{
		{"opt out of analytics", "If you’d prefer to opt out of Google Analytics data collection, you can install the add-on.\n",
			[]string{"objection"}},
		{"how to opt out", "Read the telemetry documentation to learn how to opt-out of this data collection.\n", []string{"objection"}},
		{"you can unsubscribe", "You can unsubscribe at any time.\n", []string{"objection"}},
		{"opt out of a sale is the sale right", "You can opt out of the sale of your personal information.\n", []string{"opt_out_sale"}},
		{"cannot opt out", "You cannot opt out of essential service emails.\n", nil},
		{"others may opt out", "Visitors may be able to opt out of having their web browsing information used by ad networks.\n", nil},
		{"a DSAR portal", "[See here for Data Subject Access Requests](https://example.org/dsar).\n", []string{"access"}},
		{"if you want to correct", "If you want to make a correction to your information, please get in touch.\n", []string{"rectification"}},
		{"a child's information removed", "Please contact us to have your child’s information removed.\n", []string{"erasure"}},
		{"a GDPR complaint", "You can identify your specific authority to file a GDPR complaint.\n", []string{"complaint"}},
		{"we remove before publishing", "## When do we share your information?\n\n* When we release data, we will remove your personal information first.\n", nil},
		{"an act as amended", "## Your rights\n\nThe CCPA, as amended by the California Privacy Rights Act, requires us to tell you more.\n", nil},
	})
}
