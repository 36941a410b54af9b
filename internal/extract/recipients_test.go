package extract

import "testing"

func TestRecipientRule(t *testing.T) {
	checkRule(t, recipientRule{}, []ruleCase{
		{"a vendor used", "## Who we share data with\n\nWe use Stripe to process your payments.\n", []string{"Stripe"}},
		{"an example list", "## Who we share data with\n\nWe share your address with delivery partners such as DPD, Royal Mail and Evri.\n",
			[]string{"DPD", "Royal Mail", "Evri"}},
		{"a legal entity in a list item", "## Recipients\n\n* Quintex Cloud GmbH hosts our servers.\n", []string{"Quintex Cloud GmbH"}},
		{"by category", "## Who we share data with\n\nWe share data with our service providers and with law enforcement when required.\n",
			[]string{"service providers", "public authorities"}},
		{"a public body", "We may disclose data to the Revenue Commissioners where the law requires it.\n", []string{"Revenue Commissioners"}},
		{"sign in with", "## Third parties\n\nYou can sign in with Google.\n", nil},
		{"not shared", "## Who we share data with\n\nWe do not share your data with advertisers.\n", nil},
		{"a complaint authority", "## Third parties\n\nYou may lodge a complaint with the Information Commissioner's Office.\n", nil},
		{"a social link", "## Third parties\n\nFollow us on LinkedIn to hear our news.\n", nil},
		{"the controller itself", "Acme Ltd (\"we\", \"us\") runs this website.\n\n## Who we share data with\n\nAcme Ltd shares your data with Zendesk.\n",
			[]string{"Zendesk"}},
		{"a sign-in service in an aside", "## Third parties\n\nIf you create or log in to your Quillpress.com account through another service (like Google) we receive your username.\n", nil},
		{"a service the user connects", "## Third parties\n\nIf you choose to connect your Apple Calendar, Microsoft 365, or Google Calendar, we will receive your events.\n", nil},
		{"accounts the user has connected", "## Third parties\n\nWe receive data on whether you have connected to a Google, Microsoft, or Apple account.\n", nil},
		{"tools the controller's users integrate", "## Third parties\n\nOur users may integrate other tools on their sites (such as Google Analytics and third party plugins).\n", nil},
		{"providers a service connects to", "## Third parties\n\nThe app uses OAuth to connect with certain email providers, such as Google and Microsoft.\n", nil},
		{"a provider's settings", "## Third parties\n\nIf you revoke access via your provider's account settings (e.g., Google security settings), the app stops syncing.\n", nil},
		{"a conditional clause, then a recipient", "## Who we share data with\n\nIf you use our app, we share your usage data with Google Analytics.\n", []string{"Google Analytics"}},
		{"the controller's own products in an example list", "## Third parties\n\nOur other products and features available through our websites (for example, Gravatar, WooCommerce Tax and the Pay with PayPal block) are covered by this policy.\n", nil},
		{"the services the controller provides through its platforms", "## Third parties\n\nThis notice covers the services we provide through WordPress.com and Gravatar.\n", nil},
		{"a name the notice calls its own service, in another sentence", "## About us\n\nComments may show on websites that use our Gravatar service.\n\n## Third parties\n\nWe use Gravatar to show your picture.\n", nil},
		{"vendors that help provide our services", "## Who we share data with\n\nThis includes vendors that help us provide our services to you (like Stripe, which processes payments).\n", []string{"Stripe", "service providers"}},
		{"our websites use a tool", "## Third parties\n\nOur websites use analytics tools such as Google Analytics.\n", []string{"Google Analytics", "analytics providers"}},
		{"a sentence naming a joint controller", "## Third parties\n\nAcme Inc and Quintex Cloud GmbH are also the joint controllers for some processing related to services provided by Quintex Ireland Ltd.\n", nil},
		{"a controller that receives data", "## Who we share data with\n\nWe share your booking data with Zendesk, which is also a controller of it.\n", []string{"Zendesk"}},
		{"a brand word used as a verb", "## Third parties\n\n* Close your account: you can close your account at any time.\n", nil},
		{"a brand word in a list item", "## Who we share data with\n\n* Close\n* Intercom\n", []string{"Close", "Intercom"}},
		{"data provided by a source", "## Third parties\n\nThe data that powers our breach alerts is provided by Have I Been Pwned.\n", nil},
		{"identifiers provided by platforms", "## Third parties\n\nOn a mobile device, we collect the advertising identifiers provided by Apple on iOS and by Google on Android.\n", nil},
		{"a copy of the policy on a service", "## Third parties\n\nYou can grab a copy of this policy and other legal documents on GitHub.\n", nil},
		{"data stored on a service", "## Who we share data with\n\nA copy of your files is stored on Dropbox.\n", []string{"Dropbox"}},
		{"a heading about data, not a company", "## How we use Visitor Information\n\nWe use it to run the site.\n", nil},
		{"the user's payment, then the processor", "## Who we share data with\n\nIf you pay by card, your card details are processed by Stripe.\n", []string{"Stripe"}},
	})
}
