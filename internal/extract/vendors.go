package extract

import (
	"strings"
)

// vendors are widely used services that notices name as recipients, with
// the kind of recipient each usually is. The list is general knowledge of
// the market, not taken from any notice.
var vendors = []struct{ name, kind string }{
	{"Google Analytics", "analytics"}, {"Google Ads", "advertising"}, {"Google AdSense", "advertising"},
	{"Google Tag Manager", "analytics"}, {"DoubleClick", "advertising"}, {"Google Cloud", "processor"},
	{"Google Maps", "processor"}, {"Google reCAPTCHA", "processor"}, {"reCAPTCHA", "processor"},
	{"Google Workspace", "processor"}, {"Firebase", "analytics"}, {"Crashlytics", "analytics"}, {"YouTube", "third_party"},
	{"Google", "third_party"},
	{"Meta Pixel", "advertising"}, {"Facebook Pixel", "advertising"}, {"Meta Platforms", "advertising"}, {"Meta", "advertising"},
	{"Facebook", "advertising"}, {"Instagram", "advertising"}, {"WhatsApp", "processor"},
	{"LinkedIn Insight Tag", "advertising"}, {"LinkedIn", "advertising"}, {"Twitter", "advertising"}, {"TikTok", "advertising"},
	{"Snapchat", "advertising"}, {"Pinterest", "advertising"}, {"Reddit", "advertising"}, {"Bing Ads", "advertising"}, {"Criteo", "advertising"},
	{"Taboola", "advertising"}, {"Outbrain", "advertising"}, {"The Trade Desk", "advertising"}, {"AdRoll", "advertising"},
	{"AppsFlyer", "analytics"}, {"Adjust", "analytics"}, {"Branch", "analytics"}, {"Kochava", "analytics"}, {"Singular", "analytics"},
	{"Mixpanel", "analytics"}, {"Amplitude", "analytics"}, {"Segment", "analytics"}, {"Heap", "analytics"}, {"Hotjar", "analytics"},
	{"FullStory", "analytics"}, {"LogRocket", "analytics"}, {"Matomo", "analytics"}, {"Piwik PRO", "analytics"}, {"Plausible", "analytics"},
	{"Adobe Analytics", "analytics"}, {"Microsoft Clarity", "analytics"}, {"Optimizely", "analytics"}, {"Pendo", "analytics"},
	{"Amazon Web Services", "processor"}, {"AWS", "processor"}, {"Amazon S3", "processor"}, {"Microsoft Azure", "processor"}, {"Azure", "processor"},
	{"Microsoft 365", "processor"}, {"Office 365", "processor"}, {"Microsoft", "processor"}, {"Cloudflare", "processor"}, {"Akamai", "processor"},
	{"Fastly", "processor"}, {"DigitalOcean", "processor"}, {"Hetzner", "processor"}, {"OVHcloud", "processor"}, {"OVH", "processor"},
	{"Heroku", "processor"}, {"Vercel", "processor"}, {"Netlify", "processor"}, {"IONOS", "processor"}, {"Scaleway", "processor"},
	{"Salesforce", "processor"}, {"HubSpot", "processor"}, {"Marketo", "processor"}, {"Pardot", "processor"}, {"Mailchimp", "processor"},
	{"SendGrid", "processor"}, {"Mailgun", "processor"}, {"Postmark", "processor"}, {"Mandrill", "processor"}, {"Amazon SES", "processor"},
	{"Brevo", "processor"}, {"Sendinblue", "processor"}, {"Klaviyo", "processor"}, {"Customer.io", "processor"}, {"Iterable", "processor"},
	{"Braze", "processor"}, {"OneSignal", "processor"}, {"Twilio", "processor"}, {"Vonage", "processor"}, {"MessageBird", "processor"},
	{"Zendesk", "processor"}, {"Intercom", "processor"}, {"Freshdesk", "processor"}, {"Help Scout", "processor"}, {"Drift", "processor"},
	{"Gong", "processor"}, {"Calendly", "processor"}, {"Zoom", "processor"}, {"Slack", "processor"}, {"Atlassian", "processor"},
	{"Jira", "processor"}, {"Confluence", "processor"}, {"GitHub", "processor"}, {"GitLab", "processor"}, {"Notion", "processor"},
	{"Dropbox", "processor"}, {"Box", "processor"}, {"DocuSign", "processor"}, {"Adobe Sign", "processor"},
	{"Sentry", "processor"}, {"Datadog", "processor"}, {"New Relic", "processor"}, {"Bugsnag", "processor"}, {"Elastic", "processor"},
	{"MongoDB Atlas", "processor"}, {"MongoDB", "processor"}, {"Snowflake", "processor"}, {"Okta", "processor"}, {"Auth0", "processor"},
	{"Stripe", "processor"}, {"PayPal", "processor"}, {"Braintree", "processor"}, {"Adyen", "processor"}, {"Mollie", "processor"},
	{"Klarna", "processor"}, {"Square", "processor"}, {"Worldpay", "processor"}, {"Checkout.com", "processor"}, {"Chargebee", "processor"},
	{"Recurly", "processor"}, {"Paddle", "processor"}, {"GoCardless", "processor"}, {"Plaid", "processor"}, {"Wise", "processor"},
	{"Onfido", "processor"}, {"Jumio", "processor"}, {"Veriff", "processor"}, {"Persona", "processor"}, {"IDnow", "processor"},
	{"Sumsub", "processor"}, {"ComplyAdvantage", "processor"}, {"Experian", "third_party"}, {"Equifax", "third_party"},
	{"TransUnion", "third_party"}, {"SCHUFA", "third_party"}, {"Creditsafe", "third_party"}, {"Dun & Bradstreet", "third_party"},
	{"Workday", "processor"}, {"Greenhouse", "processor"}, {"Lever", "processor"}, {"Breezy HR", "processor"}, {"BambooHR", "processor"},
	{"Personio", "processor"}, {"SmartRecruiters", "processor"}, {"Workable", "processor"}, {"Teamtailor", "processor"}, {"iCIMS", "processor"},
	{"Taleo", "processor"}, {"Checkr", "processor"}, {"HireRight", "processor"}, {"Sterling", "processor"}, {"First Advantage", "processor"},
	{"Typeform", "processor"}, {"SurveyMonkey", "processor"}, {"Qualtrics", "processor"}, {"Google Forms", "processor"},
	{"Vimeo", "processor"}, {"Wistia", "processor"}, {"Mapbox", "processor"}, {"Apple", "third_party"},
	{"Doctolib", "processor"}, {"Epic", "processor"}, {"Cerner", "processor"}, {"Shopify", "processor"}, {"WooCommerce", "processor"},
	{"Google Analytics 4", "analytics"}, {"Google Signals", "advertising"}, {"Google Marketing Platform", "advertising"},
	{"Google Play", "third_party"}, {"Apple App Store", "third_party"}, {"Microsoft Advertising", "advertising"}, {"Microsoft Dynamics", "processor"},
	{"Microsoft Teams", "processor"}, {"Amazon Advertising", "advertising"}, {"Quantcast", "advertising"}, {"Xandr", "advertising"},
	{"AppNexus", "advertising"}, {"Index Exchange", "advertising"}, {"PubMatic", "advertising"}, {"Magnite", "advertising"}, {"OpenX", "advertising"},
	{"Rubicon Project", "advertising"}, {"MediaMath", "advertising"}, {"LiveRamp", "advertising"}, {"Oracle Advertising", "advertising"},
	{"Nielsen", "analytics"}, {"comScore", "analytics"}, {"Similarweb", "analytics"}, {"Contentsquare", "analytics"}, {"Crazy Egg", "analytics"},
	{"Mouseflow", "analytics"}, {"Smartlook", "analytics"}, {"Quantum Metric", "analytics"}, {"Adobe Experience Cloud", "analytics"},
	{"Adobe Target", "analytics"}, {"VWO", "analytics"}, {"PostHog", "analytics"}, {"Snowplow", "analytics"}, {"Statsig", "analytics"},
	{"LaunchDarkly", "processor"}, {"Google BigQuery", "processor"}, {"BigQuery", "processor"}, {"Databricks", "processor"},
	{"Oracle Cloud", "processor"}, {"Oracle", "processor"}, {"SAP", "processor"}, {"IBM Cloud", "processor"}, {"IBM", "processor"},
	{"Alibaba Cloud", "processor"}, {"Linode", "processor"}, {"Akamai Technologies", "processor"}, {"Rackspace", "processor"},
	{"Equinix", "processor"}, {"Backblaze", "processor"}, {"Wasabi", "processor"}, {"Supabase", "processor"}, {"Render", "processor"},
	{"Fly.io", "processor"}, {"Algolia", "processor"}, {"Elasticsearch", "processor"}, {"Redis", "processor"}, {"PagerDuty", "processor"},
	{"Opsgenie", "processor"}, {"Splunk", "processor"}, {"Sumo Logic", "processor"}, {"Grafana", "processor"}, {"Honeycomb", "processor"},
	{"Rollbar", "processor"}, {"Raygun", "processor"}, {"Instabug", "processor"}, {"Firebase Crashlytics", "analytics"},
	{"Zoho", "processor"}, {"Pipedrive", "processor"}, {"Close", "processor"}, {"Outreach", "processor"}, {"Salesloft", "processor"},
	{"Apollo.io", "processor"}, {"ZoomInfo", "third_party"}, {"Clearbit", "third_party"}, {"Lusha", "third_party"}, {"6sense", "third_party"},
	{"Demandbase", "third_party"}, {"Bombora", "third_party"}, {"G2", "third_party"}, {"Trustpilot", "third_party"}, {"Yotpo", "processor"},
	{"Bazaarvoice", "processor"}, {"Feefo", "processor"}, {"Reevoo", "processor"}, {"ActiveCampaign", "processor"}, {"Constant Contact", "processor"},
	{"Campaign Monitor", "processor"}, {"Moosend", "processor"}, {"MailerLite", "processor"}, {"ConvertKit", "processor"}, {"Drip", "processor"},
	{"Omnisend", "processor"}, {"Attentive", "processor"}, {"Postscript", "processor"}, {"SparkPost", "processor"}, {"Mailjet", "processor"},
	{"Amazon SNS", "processor"}, {"Plivo", "processor"}, {"Sinch", "processor"}, {"Bandwidth", "processor"}, {"Infobip", "processor"},
	{"Aircall", "processor"}, {"RingCentral", "processor"}, {"Dialpad", "processor"}, {"Talkdesk", "processor"}, {"Five9", "processor"},
	{"Genesys", "processor"}, {"NICE inContact", "processor"}, {"Gorgias", "processor"}, {"Kustomer", "processor"}, {"Front", "processor"},
	{"LiveChat", "processor"}, {"Tawk.to", "processor"}, {"Crisp", "processor"}, {"Olark", "processor"}, {"tawk.to", "processor"},
	{"ServiceNow", "processor"}, {"Freshworks", "processor"}, {"Freshsales", "processor"}, {"Asana", "processor"}, {"Trello", "processor"},
	{"Monday.com", "processor"}, {"ClickUp", "processor"}, {"Airtable", "processor"}, {"Miro", "processor"}, {"Figma", "processor"},
	{"Loom", "processor"}, {"Webex", "processor"}, {"GoToMeeting", "processor"}, {"Microsoft Entra", "processor"}, {"Azure Active Directory", "processor"},
	{"OneLogin", "processor"}, {"Ping Identity", "processor"}, {"Duo Security", "processor"}, {"1Password", "processor"}, {"LastPass", "processor"},
	{"Cloudinary", "processor"}, {"Imgix", "processor"}, {"Mux", "processor"}, {"JW Player", "processor"}, {"Brightcove", "processor"},
	{"Authorize.Net", "processor"}, {"Cybersource", "processor"}, {"Global Payments", "processor"}, {"Fiserv", "processor"}, {"First Data", "processor"},
	{"Worldline", "processor"}, {"Nexi", "processor"}, {"Ingenico", "processor"}, {"SumUp", "processor"}, {"Zettle", "processor"},
	{"Afterpay", "processor"}, {"Clearpay", "processor"}, {"Affirm", "processor"}, {"Sezzle", "processor"}, {"Apple Pay", "processor"},
	{"Google Pay", "processor"}, {"Amazon Pay", "processor"}, {"Shop Pay", "processor"}, {"Razorpay", "processor"}, {"Payoneer", "processor"},
	{"Revolut", "processor"}, {"TrueLayer", "processor"}, {"Tink", "processor"}, {"Yapily", "processor"}, {"Visa", "third_party"},
	{"Mastercard", "third_party"}, {"American Express", "third_party"}, {"Avalara", "processor"}, {"Xero", "processor"}, {"QuickBooks", "processor"},
	{"Intuit", "processor"}, {"NetSuite", "processor"}, {"Sage", "processor"}, {"Expensify", "processor"}, {"Gusto", "processor"},
	{"ADP", "processor"}, {"Rippling", "processor"}, {"Deel", "processor"}, {"Remote.com", "processor"}, {"HiBob", "processor"},
	{"Ashby", "processor"}, {"JazzHR", "processor"}, {"Recruitee", "processor"}, {"Jobvite", "processor"}, {"SuccessFactors", "processor"},
	{"Cornerstone", "processor"}, {"Indeed", "third_party"}, {"Glassdoor", "third_party"}, {"HackerRank", "processor"}, {"Codility", "processor"},
	{"Sterling Check", "processor"}, {"Certn", "processor"}, {"Accurate Background", "processor"}, {"Yoti", "processor"}, {"Trulioo", "processor"},
	{"Socure", "processor"}, {"Mitek", "processor"}, {"Incode", "processor"}, {"LexisNexis Risk Solutions", "third_party"}, {"LexisNexis", "third_party"},
	{"Dow Jones", "third_party"}, {"Refinitiv", "third_party"}, {"World-Check", "third_party"}, {"Cifas", "third_party"}, {"Sift", "processor"},
	{"Riskified", "processor"}, {"Signifyd", "processor"}, {"Forter", "processor"}, {"Kount", "processor"}, {"SEON", "processor"},
	{"ThreatMetrix", "processor"}, {"Arkose Labs", "processor"}, {"hCaptcha", "processor"}, {"Cloudflare Turnstile", "processor"},
	{"DHL", "processor"}, {"FedEx", "processor"}, {"UPS", "processor"}, {"USPS", "processor"}, {"Royal Mail", "processor"}, {"DPD", "processor"},
	{"Evri", "processor"}, {"Hermes", "processor"}, {"GLS", "processor"}, {"PostNL", "processor"}, {"Deutsche Post", "processor"},
	{"La Poste", "processor"}, {"Colissimo", "processor"}, {"Parcelforce", "processor"}, {"TNT", "processor"}, {"Yodel", "processor"},
	{"ShipStation", "processor"}, {"Shippo", "processor"}, {"Sendcloud", "processor"}, {"Aftership", "processor"}, {"Narvar", "processor"},
	{"BigCommerce", "processor"}, {"Magento", "processor"}, {"Adobe Commerce", "processor"}, {"Wix", "processor"}, {"Squarespace", "processor"},
	{"WordPress.com", "processor"}, {"WP Engine", "processor"}, {"Webflow", "processor"}, {"Contentful", "processor"}, {"Sanity", "processor"},
	{"Disqus", "processor"}, {"Gravatar", "processor"}, {"Unbounce", "processor"}, {"Hootsuite", "processor"}, {"Sprout Social", "processor"},
	{"Buffer", "processor"}, {"Eventbrite", "processor"}, {"Cvent", "processor"}, {"Hopin", "processor"}, {"ON24", "processor"},
	{"GoToWebinar", "processor"}, {"Zoom Video Communications", "processor"}, {"Jotform", "processor"}, {"Formstack", "processor"},
	{"Medallia", "processor"}, {"Delighted", "processor"}, {"UserTesting", "processor"}, {"Maze", "processor"}, {"Dovetail", "processor"},
	{"OpenAI", "processor"}, {"Anthropic", "processor"}, {"Google Gemini", "processor"}, {"Azure OpenAI", "processor"}, {"Cohere", "processor"},
	{"Hugging Face", "processor"}, {"DeepL", "processor"}, {"Smartling", "processor"}, {"Lokalise", "processor"}, {"Crowdin", "processor"},
	{"Iron Mountain", "processor"}, {"Shred-it", "processor"}, {"Concentrix", "processor"}, {"Teleperformance", "processor"}, {"TaskUs", "processor"},
	{"Accenture", "processor"}, {"Capgemini", "processor"}, {"Infosys", "processor"}, {"Wipro", "processor"}, {"Tata Consultancy Services", "processor"},
	{"Cognizant", "processor"}, {"Deloitte", "third_party"}, {"PwC", "third_party"}, {"KPMG", "third_party"}, {"EY", "third_party"},
	{"Pay.UK", "third_party"}, {"SWIFT", "third_party"}, {"Lowell", "third_party"},
	{"Usercentrics", "processor"}, {"OneTrust", "processor"}, {"Cookiebot", "processor"}, {"TrustArc", "processor"}, {"TRUSTe", "processor"},
}

var (
	vendorKind = map[string]string{}
)

func init() {
	for _, v := range vendors {
		vendorKind[v.name] = v.kind
	}
}

// longerVendor reports whether text names a service of the umbrella
// company name ("Google Analytics" for "Google"); found is
// findVendors(text).
func longerVendor(text string, found [][]int, name string) bool {
	for _, m := range found {
		if v := text[m[2]:m[3]]; strings.HasPrefix(v, name+" ") {
			return true
		}
	}
	return false
}

// vendorFirst maps a vendor name's first word to the names it starts.
var vendorFirst map[string][]string

// findVendors finds vendor names in text (whole words, as written), longest
// name first at each position; results are index pairs as from
// FindAllStringSubmatchIndex (m[2]:m[3] is the name).
func findVendors(text string) [][]int {
	if vendorFirst == nil {
		vendorFirst = map[string][]string{}
		for _, v := range vendors {
			f := strings.Fields(v.name)[0]
			vendorFirst[f] = append(vendorFirst[f], v.name)
		}
		for _, l := range vendorFirst {
			for i := 1; i < len(l); i++ {
				for j := i; j > 0 && len(l[j]) > len(l[j-1]); j-- {
					l[j], l[j-1] = l[j-1], l[j]
				}
			}
		}
	}
	var out [][]int
	for i := 0; i < len(text); {
		if !(i == 0 || !isWordByte(text[i-1])) || !(text[i] >= 'A' && text[i] <= 'Z' || text[i] >= 'a' && text[i] <= 'z') {
			i++
			continue
		}
		j := i
		for j < len(text) && text[j] != ' ' && text[j] != ',' && text[j] != ';' && text[j] != ')' && text[j] != '(' && text[j] != ':' && text[j] != '/' && !sentenceJoin(text, j) {
			j++
		}
		word := strings.TrimRight(text[i:j], ".'’\"")
		matched := false
		for _, name := range vendorFirst[word] {
			e := i + len(name)
			if strings.HasPrefix(text[i:], name) && (e == len(text) || !isWordByte(text[e])) {
				out = append(out, []int{i, e, i, e})
				i = e
				matched = true
				break
			}
		}
		if !matched {
			i = j + 1
		}
	}
	return out
}

// sentenceJoin reports whether text[j] is a full stop that ends a
// sentence joined to the next with no space ("website.Matomo is", where a
// line break was dropped): a capital and a small letter follow. "Pay.UK"
// and "Monday.com" stay one word.
func sentenceJoin(text string, j int) bool {
	return text[j] == '.' && j+2 < len(text) && text[j+1] >= 'A' && text[j+1] <= 'Z' && text[j+2] >= 'a' && text[j+2] <= 'z'
}

func isSocial(s string) bool {
	switch s {
	case "Facebook", "LinkedIn", "Twitter", "Instagram", "YouTube", "TikTok", "Snapchat", "Pinterest", "Reddit":
		return true
	}
	return false
}

func isUmbrella(s string) bool {
	switch s {
	case "Google", "Microsoft", "Amazon", "Meta", "Facebook", "Apple", "Adobe":
		return true
	}
	return false
}

func isCommonWord(s string) bool {
	switch s {
	case "Adjust", "Branch", "Box", "Segment", "Square", "Wise", "Heap", "Drift", "Lever", "Persona", "Singular",
		"Sterling", "Elastic", "Notion", "Slack", "Zoom", "Apple", "Meta", "Epic", "Paddle", "Brevo", "Gong", "Plausible",
		"Close", "Outreach", "Front", "Render", "Drip", "Attentive", "Bandwidth", "Sage", "Sanity", "Buffer", "Maze",
		"Delighted", "Cornerstone", "Indeed", "Wasabi", "Crisp", "Sift", "Visa", "Oracle", "Hermes", "Remote.com",
		"Affirm", "Forter", "Tink", "Miro", "Loom", "Mux", "Postscript", "Redis", "Honeycomb", "Cohere", "Nexi":
		return true
	}
	return false
}

// umbrellaEntity reports whether name is only an umbrella company's legal
// entity ("Google LLC", "Meta Platforms, Inc."), which a product named
// beside it ("Firebase Analytics") stands for.
func umbrellaEntity(name string) bool {
	f := strings.Fields(name)
	return len(f) > 0 && isUmbrella(strings.TrimRight(f[0], ",")) && len(f) <= 3 && (len(f) == 1 || hasSuffix(" "+name))
}
