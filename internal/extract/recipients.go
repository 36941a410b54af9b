package extract

import (
	"regexp"
	"strings"
	"time"
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
	// A company name with a corporate suffix.
	reCompany = mustRx(`\b((?:[A-Z][A-Za-z0-9&'’.\-]*|&|and|of|de|für)(?: (?:[A-Z][A-Za-z0-9&'’.\-]*|&|of|de|für)){0,4}),? (Inc\.|Ltd\.|Corp\.|Co\.|L\.L\.C\.|B\.V\.|N\.V\.|S\.A\.S\.|S\.A\.|S\.à r\.l\.|S\.r\.l\.|S\.p\.A\.|S\.L\.U\.|S\.L\.|Sp\. z o\.o\.|s\.r\.o\.|K\.K\.|Pvt\.? Ltd\.|\(Pty\) Ltd\.?|(?:Inc|LLC|Ltd|Limited|GmbH|AG|BV|SAS|SARL|plc|PLC|Corp|Corporation|AB|Oyj|Oy|ApS|A/S|ASA|SpA|Pty Ltd|Pvt\.? Ltd|Private Limited|Unlimited Company|DAC|UAB|SIA|OÜ|SE|KG|UG|LLP)\b)`)
	// Recipients named by category.
	categoricalTerms = []term{
		t("background check providers|processor", `background (?:check|screening) (?:providers?|compan(?:y|ies)|vendors?|agenc(?:y|ies))`),
		t("credit reference agencies|third_party", `credit (?:reference|reporting) agenc(?:y|ies)|credit bureaus?`),
		t("fraud prevention agencies|third_party", `fraud prevention agenc(?:y|ies)`),
		t("payment processors|processor", `payment (?:processors?|providers?|service providers?)|banks and payment providers`),
		t("advertising partners|advertising", `advertising (?:partners|networks|providers)|ad(?:vertising)? networks|advertisers`),
		t("analytics providers|analytics", `analytics (?:providers|partners|services|tools|companies)`),
		t("service providers|processor", `(?:third[- ]party )?service providers|(?:our )?vendors|(?:our )?(?:data )?(?:sub-?)?processors|suppliers`),
		t("affiliates|affiliate", `affiliat(?:es|ed (?:companies|entities|organi[sz]ations))|subsidiar(?:y|ies)|group companies|(?:other )?members of (?:our|the) (?:corporate )?group|parent company`),
		t("public authorities|public_authority", `law enforcement(?: agencies| authorities)?|public authorit(?:y|ies)|government(?:al)? (?:agencies|authorities|bodies)|regulators?|regulatory (?:authorities|bodies)|courts?|tax authorit(?:y|ies)|supervisory authorit(?:y|ies)|police`),
		t("acquirers|acquirer", `acquirer|successors?|buyers?|purchasers?|(?:potential|prospective) (?:buyers|investors|acquirers)`),
		t("professional advisers|third_party", `professional advis[eo]rs|auditors|lawyers|legal counsel|accountants|insurers|consultants`),
		t("business partners|business_partner", `business partners|(?:marketing|event|channel|resale|reseller) partners|resellers|co-sponsors`),
		t("other users|other_users", `other users|(?:publicly|public) (?:visible|available)`),
		t("data brokers|third_party", `data brokers`),
		t("recruitment agencies|third_party", `recruit(?:ment|ing) agenc(?:y|ies)|recruiters`),
		t("healthcare providers|third_party", `(?:your )?(?:doctors?|physicians?|pharmac(?:y|ies)|healthcare providers|clinicians|hospitals|health insurers)`),
	}
)

func init() {
	for _, v := range vendors {
		vendorKind[v.name] = v.kind
	}
}

// kindFromContext chooses a recipient kind from the words around a name.
func kindFromContext(ctx, def string) string {
	switch {
	case strings.Contains(ctx, "sister compan") || strings.Contains(ctx, "parent compan") || strings.Contains(ctx, "subsidiar") || strings.Contains(ctx, "group compan"):
		return "affiliate"
	case strings.Contains(ctx, "advertis") || strings.Contains(ctx, "marketing partner"):
		return "advertising"
	case strings.Contains(ctx, "analytic"):
		return "analytics"
	case strings.Contains(ctx, "processor") || strings.Contains(ctx, "service provider") || strings.Contains(ctx, "vendor"):
		return "processor"
	case strings.Contains(ctx, "affiliat") || strings.Contains(ctx, "group compan"):
		return "affiliate"
	case strings.Contains(ctx, "partner"):
		return "business_partner"
	}
	return def
}

func (x *extractor) isOrg(name string) bool {
	if x.orgName == "" {
		return false
	}
	a, b := normName(name), x.orgNorm()
	if !(a == b || strings.HasPrefix(b, a+" ") || strings.HasPrefix(a, b+" ")) {
		return false
	}
	sa := legalForm(name)
	if sb := x.orgForm(); sa != "" && sb != "" && sa != sb {
		return false // "Planwerk Ltd." beside "Planwerk B.V.": a group company
	}
	if strings.HasPrefix(a, b+" ") && sa != "" {
		return false // "Corrib Talent Services Pvt Ltd" beside "Corrib Talent Limited"
	}
	return true
}

// orgNorm and orgForm are the controller's normalised name and legal
// form, computed once.
func (x *extractor) orgNorm() string {
	if x.orgCache[0] != x.orgName {
		x.orgCache = [3]string{x.orgName, normName(x.orgName), legalForm(x.orgName)}
	}
	return x.orgCache[1]
}

func (x *extractor) orgForm() string {
	x.orgNorm()
	return x.orgCache[2]
}

// groupCompany reports whether name is a company of the controller's
// group: its name starts like the controller's, with its own legal form.
func (x *extractor) groupCompany(name string) bool {
	if x.orgName == "" {
		return false
	}
	a, b := normName(name), x.orgNorm()
	if !(a == b || strings.HasPrefix(a, b+" ") || strings.HasPrefix(a, firstWord(b)+" ")) {
		return false
	}
	return legalForm(name) != "" && !x.isOrg(name)
}

// legalForm returns a company name's legal-form suffix, normalised
// ("ltd", "bv", "inc"), or "".
func legalForm(name string) string {
	m := reCompany.re.FindStringSubmatch(name)
	if m == nil {
		m = reCompany.re.FindStringSubmatch(name + ".") // "Vitalis Care N.V" with its period trimmed
	}
	if m == nil {
		return ""
	}
	f := strings.ToLower(strings.NewReplacer(".", "", " ", "", ",", "").Replace(m[2]))
	if f == "limited" {
		f = "ltd"
	}
	return f
}

func (x *extractor) discloses(u *unit) {
	ctx := x.is(reShareCtx, u.ctx)
	cue := u.on(reShareCue)
	if !ctx && !cue {
		return
	}
	sp, ok := x.unitSpan(u)
	if !ok {
		return
	}
	// A sentence that says the data does not go to them ("we do not send
	// your data to them", "is not shared with anyone") names no recipient.
	if u.on(reNoShare) && !u.on(reExcept) {
		return
	}
	// Regulators named only as the place for a complaint are not recipients.
	complaint := u.on(reComplaint)
	outbound := onceBool(func() bool { return u.on(reOutbound) })
	// Named services and companies.
	var named [][2]int
	addNamed := func(name, kind string, s int, conf float64) {
		name = strings.TrimSpace(strings.TrimRight(name, ".,;:"))
		if name == "" || x.isOrg(name) || negated(u.lower, s) || complaint || sourceOnly(u, s, s+len(name), outbound) || menuPath(u.text, s, s+len(name)) {
			return
		}
		b := true
		if x.groupCompany(name) {
			kind = "affiliate"
		}
		f := x.add(Fact{Kind: KindDiscloses, Value: str(name), Named: &b, RecipientKind: kind}, "n:"+normName(name), sp, conf)
		x.disclosureDetail(f, u)
	}
	ctxKind := map[string]string{} // kindFromContext(u.lower, def), computed once per default
	kindOf := func(def string) string {
		k, ok := ctxKind[def]
		if !ok {
			k = kindFromContext(u.lower, def)
			ctxKind[def] = k
		}
		return k
	}
	if (cue || ctx) && !x.otherCell(u) {
		found := findVendors(u.text)
		for _, m := range found {
			name := u.text[m[2]:m[3]]
			// Generic words that are also brand names count only as part of a
			// listed name ("Adjust", "Branch", "Box", "Segment", "Square", "Wise").
			if isCommonWord(name) && !(u.item || u.cell >= 0 || ctx && strings.Contains(u.text[max(0, m[0]-2):m[0]], ",")) {
				continue
			}
			if reSignInWith.MatchString(u.lower[max(0, m[2]-24):m[2]]) {
				continue // "sign in with Google": a source of data, not a recipient
			}
			if isSocial(name) && !u.on(reStrongShare) {
				continue // "follow us on LinkedIn" is a link, not a disclosure
			}
			if isUmbrella(name) && longerVendor(u.text, found, name) {
				continue // "Google via Google Analytics": the service is the recipient
			}
			if insideNamed(named, m[2], m[3]) || productOf(u.text, named, m[2]) {
				continue // "Microsoft PlayFab", "Firebase (Firebase Analytics and Crashlytics)"
			}
			if isUmbrella(name) || isSocial(name) {
				// "Microsoft PlayFab" names the service; "Google Advertising ID"
				// names an identifier, not a recipient.
				phrase, ident := capPhrase(u.text, m[3])
				if ident || reAccountOf.MatchString(u.lower[m[3]:]) {
					continue
				}
				if phrase != "" {
					named = append(named, [2]int{m[2], m[3] + len(phrase)})
					addNamed(name+phrase, kindOf(vendorKind[name]), m[2], 0.7)
					continue
				}
			}
			kind := kindOf(vendorKind[name])
			if vendorKind[name] == "analytics" || vendorKind[name] == "advertising" {
				kind = vendorKind[name]
			}
			if e := legalNameEnd(u.text, m[2]); e > m[3] {
				// "Stripe Payments UK Ltd", "Visa Europe Limited": the
				// recipient is the legal entity the notice names.
				m[3] = e
				name = u.text[m[2]:e]
			}
			named = append(named, [2]int{m[2], m[3]})
			conf := 0.7
			if ctx && cue {
				conf = 0.8
			}
			addNamed(name, kind, m[2], conf)
		}
		// A company named in a list item, a cue sentence, or at the start of
		// a paragraph or a definition term under a sharing heading
		// ("<dt>Quintex Cloud GmbH</dt>", "Quintex Cloud GmbH hosts ...").
		if ctx && (cue || u.item || legalNameEnd(u.text, 0) > 0) && hasSuffix(u.text) {
			for _, m := range reCompany.FindAllStringSubmatchIndex(u.text, -1) {
				s, e := m[2], m[5]
				inside := false
				for _, r := range named {
					if s < r[1] && e > r[0] {
						inside = true
					}
				}
				if inside {
					continue
				}
				if productOf(u.text, named, s) {
					continue
				}
				name := strings.TrimLeft(u.text[s:e], "&andofdeür ")
				if len(normName(name)) < 3 || countryCode[strings.Fields(name)[0]] != "" {
					continue
				}
				if strings.HasPrefix(name, "The ") || strings.HasPrefix(name, "Our ") {
					continue
				}
				addNamed(name, kindFromContext(u.lower+" "+u.ctx, "third_party"), s, 0.6)
			}
		}
	}
	// "such as X, Y and Z", "(for example X and Y)" after a recipient
	// noun; a list item under a sharing heading that starts with a name.
	if ctx || cue {
		for _, it := range x.listedNames(u) {
			if insideNamed(named, it.s, it.e) {
				continue
			}
			named = append(named, [2]int{it.s, it.e})
			addNamed(it.name, kindOf(it.kind), it.s, 0.65)
		}
	}
	// Public bodies in a list after a disclosure verb, an example lead or
	// at the start of a list item: "disclose data to the Revenue
	// Commissioners, the National Vetting Bureau, courts or the Gardai".
	for _, it := range x.bodyNames(u, ctx) {
		if insideNamed(named, it.s, it.e) {
			continue
		}
		named = append(named, [2]int{it.s, it.e})
		addNamed(it.name, "public_authority", it.s, 0.65)
	}
	if !(ctx && cue) && !(u.item && ctx) {
		return
	}
	match(u, categoricalTerms, false, func(tm *term, s, e int) {
		if negated(u.lower, s) {
			return
		}
		i := strings.IndexByte(tm.key, '|')
		name, kind := tm.key[:i], tm.key[i+1:]
		b := false
		f := x.add(Fact{Kind: KindDiscloses, Value: str(name), Named: &b, RecipientKind: kind}, "c:"+name, sp, 0.6)
		x.disclosureDetail(f, u)
	})
}

var (
	reNoShare   = mustRx(`\b(?:do|does|will|shall) not (?:send|share|disclose|sell|pass|transfer|give|rent)\b|\bnever (?:send|share|disclose|sell|pass|rent)\b|\bnot (?:be )?shared with\b|\bnot (?:use|using) (?:\w+ ){0,3}(?:on|in) our\b`)
	reExcept    = mustRx(`\b(?:except|unless|other than|apart from|save for)\b`)
	reComplaint = mustRx(`(?:lodge|make|file|raise|submit|bring|send)s? (?:a |your )?complaint|complain (?:to|with|about)|right to complain|supervisory authorit|data protection authorit|ombudsman|(?:information|privacy|data protection) commissioner`)
)

var (
	// reTellsUs: a sentence where others give data to the controller.
	reTellsUs = regexp.MustCompile(`^(?:(?: and| or|,) [A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*)*)* (?:tells?|sends?|provides?|gives?|notif(?:y|ies)|informs?|shares? with|let) us\b`)
	// reFromSource: a name after "a token / data ... from": where data comes from.
	reFromSource = mustRx(`(?:token|data|information|details|reports?|confirmation|records?|results?|signals?)\b[^.;]{0,24}\bfrom (?:your |the )?(?:\w+(?: \w+)? (?:or|and) )?$`)
	// reOutbound: the sentence also says data goes out.
	reOutbound = mustRx(`\bwe (?:also )?(?:use|rely on|engage|work with)\b|\b(?:send|sends|sent|share[sd]?|sharing|disclos\w+|transfer\w*|pass\w* (?:\w+ ){0,3}to|provide[sd]? (?:\w+ ){0,3}to|give[sn]? (?:\w+ ){0,3}to|sell|sells|make[s]? (?:\w+ ){0,3}available|hosted|stored (?:\w+ ){0,3}(?:by|with|on)|processed by)\b`)
)

// sourceOnly reports whether the name at s is only where data comes from
// ("Apple and Google tell us whether ...", "a sign-in token from Apple or
// Google"), in a sentence that sends nothing out.
func sourceOnly(u *unit, s, e int, outbound func() bool) bool {
	if !reFromSource.MatchString(u.lower[max(0, s-60):s]) && !reTellsUs.MatchString(u.text[e:min(len(u.text), e+80)]) {
		return false
	}
	return !outbound()
}

// menuPath reports whether the name at [s, e) is a step of a menu path
// ("Settings › Google › Ads"), not a recipient.
func menuPath(text string, s, e int) bool {
	before := strings.TrimRight(text[max(0, s-4):s], " ")
	after := strings.TrimLeft(text[min(e, len(text)):min(len(text), e+4)], " ")
	return strings.HasSuffix(before, "›") || strings.HasSuffix(before, ">") || strings.HasPrefix(after, "›") || strings.HasPrefix(after, ">")
}

// onceBool returns f, computed once.
func onceBool(f func() bool) func() bool {
	done, v := false, false
	return func() bool {
		if !done {
			done, v = true, f()
		}
		return v
	}
}

// reAccountOf: after a company name, words that make it an account or
// identifier ("your Google profile name"), not a recipient.
var reAccountOf = mustRx(`^ (?:profile|account|accounts|id|ids|login|log-in|sign-in|credentials|username)\b`)

var reSignInWith = mustRx(`(?:sign|log)(?:[- ]?(?:in|on|up)) (?:with|using|via|through) (?:your )?$|continue with $`)

var reStrongShare = mustRx(`shar|disclos|pixel|plug-?in|sdk|advertis|tracking|conversion|audience|analytics|tag`)

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
		for j < len(text) && text[j] != ' ' && text[j] != ',' && text[j] != ';' && text[j] != ')' && text[j] != '(' && text[j] != ':' && text[j] != '/' {
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

var corpSuffixes = []string{"Inc", "LLC", "L.L.C", "Ltd", "Limited", "GmbH", "AG", "B.V", "BV", "N.V", "S.A", "SAS", "SARL", "S.à", "plc", "PLC", "Corp", "AB", "Oy", "ApS", "A/S", "S.r.l", "S.p.A", "SE", "KG", "UG", "LLP", "Co.", "UAB", "DAC", "Unlimited Company", "SIA", "OÜ", "ASA", "Oyj", "SpA", "S.L"}

// legalNameEnd returns where a company name with a legal-form suffix that
// starts at s ends ("Stripe Payments UK Ltd", "Intercom R&D Unlimited
// Company"), or -1.
func legalNameEnd(text string, s int) int {
	win := text[s:min(len(text), s+120)] // a name is short: no scan of a long sentence
	if !hasSuffix(win) {
		return -1
	}
	m := reCompany.re.FindStringSubmatchIndex(win)
	if m == nil || m[0] != 0 {
		return -1
	}
	return s + m[1]
}

func hasSuffix(text string) bool {
	for _, s := range corpSuffixes {
		if strings.Contains(text, " "+s) {
			return true
		}
	}
	return false
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

// disclosureDetail adds the purposes and data categories a sentence
// states alongside a recipient.
func (x *extractor) disclosureDetail(f *Fact, u *unit) {
	match(u, purposeTerms, true, func(tm *term, s, e int) {
		for _, p := range f.Purposes {
			if p == tm.key {
				return
			}
		}
		f.Purposes = append(f.Purposes, tm.key)
	})
	match(u, categoryTerms, false, func(tm *term, s, e int) {
		for _, c := range f.DataCategories {
			if c == tm.key {
				return
			}
		}
		f.DataCategories = append(f.DataCategories, tm.key)
	})
}

// ---- tables: sub-processor lists ----

var (
	reColName      = mustRx(`name|sub-?processor|processor|provider|vendor|recipient|company|entity|partner|third part|supplier|tool|service$`)
	reColPurpose   = mustRx(`purpose|function|activity|processing|description|nature|used for|service`)
	reColLocation  = mustRx(`location|countr|where|region|hosting|data cent|seat|headquarter|stored`)
	reColSafeguard = mustRx(`safeguard|transfer|mechanism|basis|guarantee`)
)

// tableCols finds the name, purpose, location and safeguard columns of a
// table from its header (-1 when absent).
func tableCols(header []string) (nameCol, purposeCol, locCol, sgCol int) {
	nameCol, purposeCol, locCol, sgCol = -1, -1, -1, -1
	for i, h := range header {
		switch {
		case sgCol < 0 && reColSafeguard.MatchString(h):
			sgCol = i
		case locCol < 0 && reColLocation.MatchString(h):
			locCol = i
		case nameCol < 0 && reColName.MatchString(h):
			nameCol = i
		case purposeCol < 0 && reColPurpose.MatchString(h):
			purposeCol = i
		}
	}
	return
}

// umbrellaEntity reports whether name is only an umbrella company's legal
// entity ("Google LLC", "Meta Platforms, Inc."), which a product named
// beside it ("Firebase Analytics") stands for.
func umbrellaEntity(name string) bool {
	f := strings.Fields(name)
	return len(f) > 0 && isUmbrella(strings.TrimRight(f[0], ",")) && len(f) <= 3 && (len(f) == 1 || hasSuffix(" "+name))
}

// reColProduct: a table column naming the product or SDK, beside the
// company that provides it.
var reColProduct = mustRx(`^(?:sdks?|products?|tools?|technolog(?:y|ies)|plug-?ins?|librar(?:y|ies)|integrations?|apps?)\b`)

// productCell returns the text of the row's product column when it names
// a service that is not an umbrella company ("Firebase Analytics"), and
// the column, or -1.
func (x *extractor) productCell(bi int, header []string, nameCol int) int {
	b := &x.blocks[bi]
	for i, h := range header {
		if i == nameCol || i >= len(b.cells) || !reColProduct.MatchString(h) {
			continue
		}
		c := b.cells[i]
		t := string(b.text[c[0]:c[1]])
		for _, m := range findVendors(t) {
			if !isUmbrella(t[m[2]:m[3]]) {
				return i
			}
		}
	}
	return -1
}

// otherCell reports whether u is a cell of a table row with a name column
// other than the name cell: names there ("Ireland; United States (Stripe,
// Inc.)", "ads on Facebook and Instagram", "Meta SDK") describe the row's
// recipient. A product column counts when the name cell is only an
// umbrella company's entity ("Firebase Analytics" beside "Google LLC").
func (x *extractor) otherCell(u *unit) bool {
	if u.cell < 0 || len(u.header) == 0 {
		return false
	}
	nameCol, _, _, _ := tableCols(u.header)
	b := &x.blocks[u.blk]
	if nameCol < 0 || nameCol >= len(b.cells) {
		return false
	}
	c := b.cells[nameCol]
	umbrella := umbrellaEntity(string(b.text[c[0]:c[1]]))
	if nameCol == u.cell {
		// "Google LLC" beside "Firebase Analytics": the product is named.
		return umbrella && x.productCell(u.blk, u.header, nameCol) >= 0
	}
	return !(umbrella && x.productCell(u.blk, u.header, nameCol) == u.cell)
}

func (x *extractor) tables() {
	for bi := range x.blocks {
		b := &x.blocks[bi]
		if b.kind != kindRow || b.header || len(b.cells) < 2 {
			continue
		}
		// Find this row's units (cells) and header.
		var cells []*unit
		for i := range x.units {
			if x.units[i].blk == bi {
				cells = append(cells, &x.units[i])
			}
		}
		if len(cells) == 0 {
			continue
		}
		header := cells[0].header
		ctx := cells[0].ctx
		nameCol, purposeCol, locCol, sgCol := tableCols(header)
		if nameCol < 0 && header == nil && x.is(reShareCtx, ctx) {
			nameCol = 0
		}
		if nameCol < 0 || !(x.is(reShareCtx, ctx) || len(header) > 0 && (locCol >= 0 || sgCol >= 0)) {
			continue
		}
		cellText := func(col int) (string, *unit) {
			for _, c := range cells {
				if c.cell == col {
					return c.text, c
				}
			}
			return "", nil
		}
		name, nu := cellText(nameCol)
		if nu == nil {
			continue
		}
		// The name is the cell up to a comma or parenthesis that starts a
		// description ("Amazon Web Services EMEA SARL (hosting)").
		name = strings.TrimSpace(name)
		if i := strings.IndexAny(name, "(–—"); i > 2 {
			j := strings.IndexByte(name[i:], ')')
			if name[i] == '(' && i+1 < len(name) && name[i+1] >= 'A' && name[i+1] <= 'Z' && j > 0 && j < 40 && !strings.Contains(name[i:i+j], ";") {
				// "Functional Software, Inc. (Sentry)": the parenthesis is
				// the service's name, kept as an alias.
				name = strings.TrimSpace(name[:i+j+1])
			} else {
				name = strings.TrimSpace(name[:i])
			}
		}
		if len(name) < 2 || len(name) > 90 || x.isOrg(name) {
			continue
		}
		if umbrellaEntity(name) && x.productCell(bi, header, nameCol) >= 0 {
			continue // "Google LLC" beside "Firebase Analytics": the product is named
		}
		sp, ok := x.span(nu.blk, nu.s, nu.e)
		if !ok {
			continue
		}
		var dest []string
		if _, lu := cellText(locCol); lu != nil {
			for _, c := range countriesIn(lu.text) {
				dest = append(dest, c)
			}
		}
		yes := true
		kind := kindFromContext(ctx, "processor")
		if x.groupCompany(name) {
			kind = "affiliate"
		}
		f := x.add(Fact{Kind: KindDiscloses, Value: str(name), Named: &yes, RecipientKind: kind}, "n:"+normName(name), sp, 0.85)
		for _, c := range dest {
			if f.Country == "" && !eea[c] {
				f.Country = c
			}
		}
		if pt, pu := cellText(purposeCol); pu != nil && pt != "" {
			match(pu, purposeTerms, true, func(tm *term, s, e int) {
				for _, p := range f.Purposes {
					if p == tm.key {
						return
					}
				}
				f.Purposes = append(f.Purposes, tm.key)
			})
		}
		if _, su := cellText(sgCol); su != nil {
			ssp, ok := x.span(su.blk, su.s, su.e)
			if !ok {
				continue
			}
			var third []string
			for _, c := range dest {
				if !eea[c] {
					third = append(third, c)
				}
			}
			match(su, transferTerms, false, func(tm *term, s, e int) {
				if negated(su.lower, s) || extensionOf(su.lower, tm.key, s) {
					return
				}
				x.addTransfer(tm.key, third, ssp, 0.85)
			})
		}
	}
}

// finish merges transfer facts without a country into those with one for
// the same mechanism, and adds an "unspecified" transfer when the notice
// states transfers abroad but names no safeguard.
func (x *extractor) finish() {
	mechs := map[string]bool{}
	withCountry := map[string]*Fact{}
	for _, k := range x.order {
		f := x.facts[k]
		if f.Kind == KindTransfer {
			mechs[f.Val()] = true
			if f.Country != "" && withCountry[f.Val()] == nil {
				withCountry[f.Val()] = f
			}
		}
	}
	// A company named alone where its full legal name is named too
	// ("Microsoft" and "Microsoft Ireland Operations Limited") is the same
	// recipient.
	// So is a name that is the start of a longer one ("Sterling" and
	// "Sterling Talent Solutions", "Stripe, Inc." and "Stripe Payments
	// Europe, Ltd.", "Greenhouse" and "Greenhouse Software, Inc.").
	longer := map[string]*Fact{}
	for _, k := range x.order {
		f := x.facts[k]
		if f.Kind != KindDiscloses || f.Named == nil || !*f.Named {
			continue
		}
		n := normName(f.Val())
		for i := 0; i < len(n); i++ {
			if n[i] == ' ' {
				if o := longer[n[:i]]; o == nil || len(normName(o.Val())) < len(n) {
					longer[n[:i]] = f
				}
			}
		}
	}
	// And a name that is the alias in parentheses of another
	// ("Sentry" and "Functional Software, Inc. (Sentry)").
	for _, k := range x.order {
		f := x.facts[k]
		if f.Kind != KindDiscloses || f.Named == nil || !*f.Named {
			continue
		}
		if i := strings.IndexByte(f.Val(), '('); i > 0 {
			if a := normName(strings.Trim(f.Val()[i:], "()")); a != "" && longer[a] == nil {
				longer[a] = f
			}
		}
	}
	keep := x.order[:0]
	for _, k := range x.order {
		f := x.facts[k]
		if f.Kind == KindDiscloses && f.Named != nil && *f.Named {
			// An umbrella company is its legal entity, but not its products
			// ("Google" and "Google Analytics" are two recipients).
			// Two companies with their own legal forms are two recipients
			// ("Vitalis Care N.V." and "Vitalis Care Services (Pty) Ltd").
			to := longer[normName(f.Val())]
			if to != nil && legalForm(f.Val()) != "" && legalForm(to.Val()) != "" && legalForm(f.Val()) != legalForm(to.Val()) {
				to = nil
			}
			if to != nil && to != f && (!isUmbrella(f.Val()) || hasSuffix(" "+to.Val())) {
				for _, e := range f.Evidence {
					if len(to.Evidence) < 12 {
						to.Evidence = append(to.Evidence, e)
					}
				}
				delete(x.facts, k)
				continue
			}
		}
		if f.Kind == KindTransfer && f.Country == "" {
			if to := withCountry[f.Val()]; to != nil {
				for _, e := range f.Evidence {
					to.Evidence = append(to.Evidence, e)
				}
				delete(x.facts, k)
				continue
			}
		}
		keep = append(keep, k)
	}
	x.order = keep
	if len(mechs) == 0 && len(x.transferStmts) > 0 {
		for _, sp := range x.transferStmts[:min(3, len(x.transferStmts))] {
			x.add(Fact{Kind: KindTransfer, Value: str("unspecified")}, "unspecified/", sp, 0.4)
		}
	}
}

// ---- the document block ----

var (
	reUpdated = mustRx(`(?i)(?:last\s+(?:updated|modified|revised|changed|reviewed|amended)|effective(?:\s+date|\s+as\s+of|\s+from|\s+on)?|(?:^|\s)updated(?:\s+on)?|revised(?:\s+on)?|version\s+date|date\s+of\s+(?:last\s+)?(?:update|revision)|date\s+of\s+(?:this|the\s+current)\s+(?:version|notice|policy|statement)|valid\s+from|as\s+of)\s*(?:on|as of)?\s*[:\-–—]?\s*`)
	months    = `(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)`
	reDateMDY = mustRx(`(?i)^` + months + `\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})`)
	reDateDMY = mustRx(`(?i)^(\d{1,2})(?:st|nd|rd|th)? (?:of )?` + months + `\.?,? (\d{4})`)
	reDateISO = mustRx(`^(\d{4})-(\d{2})-(\d{2})`)
	reDateNum = mustRx(`^(\d{1,2})([./-])(\d{1,2})[./-](\d{4})`)
	reDateMY  = mustRx(`(?i)^` + months + `\.? (\d{4})`)
)

var monthNum = map[string]int{"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12}

func monthOf(s string) int { return monthNum[strings.ToLower(s)[:3]] }

func parseDate(s string) string {
	mk := func(y, m, d int) string {
		t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
		if t.Month() != time.Month(m) || t.Day() != d || y < 1990 || y > 2100 {
			return ""
		}
		return t.Format("2006-01-02")
	}
	atoi := func(s string) int {
		n := 0
		for _, c := range s {
			n = n*10 + int(c-'0')
		}
		return n
	}
	if m := reDateMDY.FindStringSubmatch(s); m != nil {
		return mk(atoi(m[3]), monthOf(m[1]), atoi(m[2]))
	}
	if m := reDateDMY.FindStringSubmatch(s); m != nil {
		return mk(atoi(m[3]), monthOf(m[2]), atoi(m[1]))
	}
	if m := reDateISO.FindStringSubmatch(s); m != nil {
		return mk(atoi(m[1]), atoi(m[2]), atoi(m[3]))
	}
	if m := reDateNum.FindStringSubmatch(s); m != nil {
		a, b := atoi(m[1]), atoi(m[3])
		if m[2] == "." || a > 12 {
			return mk(atoi(m[4]), b, a)
		}
		return mk(atoi(m[4]), a, b)
	}
	if m := reDateMY.FindStringSubmatch(s); m != nil {
		return mk(atoi(m[2]), monthOf(m[1]), 1)
	}
	return ""
}

var (
	reCtrlCue  = mustRx(`controller|responsible for (?:the )?(?:processing|your)|operated by|refers? to|references to|provided by|owned by|("|“)we(”|")|we, us|is a company|registered (?:office|in)`)
	reStreet   = mustRx(`\b\d{1,5}[A-Za-z]?,? (?:[A-Z][\w'’.\-]* ){0,4}(?:Street|St\.|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Lane|Drive|Way|Square|Place|Court|Parkway|Plaza|Terrace|Row|Quay|Wharf)\b[^;\n|]*?(?:\b\d{5}(?:-\d{4})?\b|\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b|\b\d{4,5}\b)(?:,? (?:USA|U\.S\.A\.|United States|UK|United Kingdom|[A-Z][a-z]+))?`)
	reStreetEU = mustRx(`\b[A-ZÄÖÜ][\wäöüßé\-]*(?:straße|strasse|str\.|weg|platz|gracht|straat|laan|kade|allee|gasse|ring|damm|plein|singel|gade|vej|gatan|katu|rue [\w\- ]+|via [\w ]+|calle [\w ]+) \d+[a-z]?(?:[-–]\d+)?,? (?:\d{4,5}(?: ?[A-Z]{2})?|[A-Z]-\d{4,5}) [A-ZÄÖÜ][\wäöüé\-]+(?:,? (?:Germany|Deutschland|The Netherlands|Netherlands|Austria|France|Belgium|Sweden|Denmark|Ireland|Spain|Italy|Finland|Switzerland|[A-Z][a-z]+))?`)
)

// reSelfName: how the notice names itself.
var reSelfName = regexp.MustCompile(`\b[Tt]his (Privacy (?:Policy|Notice|Statement))\b`)

// reCtrlAlias: a name followed by the alias the notice uses for itself:
// `Northbridge University ("the University", "we")`.
var reCtrlAlias = mustRx(`((?:[A-Z][\w&'’.\-]*)(?: (?:[A-Z][\w&'’.\-]*|of|and|for|&))*) \((?:“|"|&ldquo;)[^)]{0,60}(?:“|"|&ldquo;)we(?:”|"|&rdquo;)`)

func (x *extractor) findController() {
	limit := min(len(x.units), 40)
	for i := 0; i < limit && x.orgName == ""; i++ {
		if m := reCtrlAlias.re.FindStringSubmatchIndex(x.units[i].text); m != nil {
			t := x.units[i].text
			name := t[m[2]:m[3]]
			if c := reCompany.FindString(t[:m[1]]); c != "" {
				name = c // "Acme GmbH, Street 1, Berlin, Germany ("we")"
			} else if countryCode[name] != "" {
				continue
			}
			x.orgName = strings.TrimSpace(name)
		}
	}
	for i := 0; i < limit && x.orgName == ""; i++ {
		u := &x.units[i]
		if !u.on(reCtrlCue) {
			continue
		}
		if m := reCompany.FindStringSubmatch(u.text); m != nil {
			x.orgName = strings.TrimSpace(m[0])
		}
	}
	if x.orgName == "" {
		for i := 0; i < min(limit, 20) && x.orgName == ""; i++ {
			if x.is(reShareCtx, x.units[i].ctx) {
				continue
			}
			if m := reCompany.FindStringSubmatch(x.units[i].text); m != nil {
				x.orgName = strings.TrimSpace(m[0])
			}
		}
	}
	// Email: a privacy or data protection address first, then any.
	best, bestScore := "", -1
	for i := range x.units {
		u := &x.units[i]
		for _, e := range reEmail.FindAllString(u.text, -1) {
			e = strings.TrimRight(e, ".")
			le := strings.ToLower(e)
			score := 0
			if strings.Contains(le, "privacy") || strings.Contains(le, "dpo") || strings.Contains(le, "dataprotection") || strings.Contains(le, "data-protection") || strings.Contains(le, "gdpr") {
				score += 2
			}
			if strings.Contains(u.lower, "contact") || strings.Contains(u.lower, "privacy") {
				score++
			}
			if score > bestScore {
				best, bestScore = e, score
			}
		}
	}
	x.orgEmail = best
	// Address: in a unit naming the controller if possible.
	for pass := 0; pass < 2 && x.orgAddr == ""; pass++ {
		for i := range x.units {
			u := &x.units[i]
			if pass == 0 && (x.orgName == "" || !strings.Contains(u.text, firstWord(x.orgName))) {
				continue
			}
			if m := reStreet.FindString(u.text); m != "" {
				x.orgAddr = strings.TrimRight(m, " ,.")
				break
			}
			if m := reStreetEU.FindString(u.text); m != "" {
				x.orgAddr = strings.TrimRight(m, " ,.")
				break
			}
		}
	}
}

func firstWord(s string) string {
	if f := strings.Fields(s); len(f) > 0 {
		return f[0]
	}
	return s
}

func (x *extractor) document() Document {
	d := Document{Title: x.htmlTitle}
	if d.Title == "" {
		// The highest heading near the top; one that says what the document
		// is ("Privacy Policy") before others; never a date line ("Last
		// updated: 10-14-2020") or navigation.
		best := -1
		score := func(b *block) int {
			l := strings.ToLower(string(b.text))
			sc := 0
			if strings.Contains(l, "privacy") || strings.Contains(l, "policy") || strings.Contains(l, "notice") || strings.Contains(l, "statement") {
				sc += 10
			}
			if b.level > 0 {
				sc += 7 - b.level
			}
			return sc
		}
		for i := range x.blocks[:min(len(x.blocks), 12)] {
			b := &x.blocks[i]
			if b.kind != kindHeading || len(b.text) >= 150 || reUpdated.MatchString(string(b.text)) {
				continue
			}
			if best < 0 || score(b) > score(&x.blocks[best]) {
				best = i
			}
		}
		if best < 0 && len(x.blocks) > 0 && len(x.blocks[0].text) < 150 && !reUpdated.MatchString(string(x.blocks[0].text)) {
			best = 0
		}
		if best >= 0 {
			d.Title = string(x.blocks[best].text)
		}
		// No heading names the document, but the text does ("This Privacy
		// Policy describes ..."): the controller's short name and that name.
		if best < 0 || score(&x.blocks[best]) < 10 {
			if m := reSelfName.FindStringSubmatch(string(x.src[:min(len(x.src), 4000)])); m != nil && x.orgName != "" {
				short := strings.TrimSpace(strings.Split(x.orgName, ",")[0])
				if f := strings.Fields(short); len(f) > 1 && isCorpSuffix(f[len(f)-1]) {
					short = strings.Join(f[:len(f)-1], " ")
				}
				d.Title = short + " " + m[1]
			}
		}
	} else {
		// An HTML <title> often carries the site name: "Privacy Notice | Acme".
		for _, sep := range []string{" | ", " – ", " — ", " - "} {
			if i := strings.Index(d.Title, sep); i > 0 {
				l, r := d.Title[:i], d.Title[i+len(sep):]
				if strings.Contains(strings.ToLower(r), "privacy") && !strings.Contains(strings.ToLower(l), "privacy") {
					d.Title = r
				} else {
					d.Title = l
				}
				break
			}
		}
		for i := range x.blocks[:min(len(x.blocks), 12)] {
			if b := &x.blocks[i]; b.kind == kindHeading && b.level == 1 {
				d.Title = string(b.text)
				break
			}
		}
	}
	for i := range x.units {
		u := &x.units[i]
		for _, m := range reUpdated.FindAllStringIndex(u.text, -1) {
			if s := parseDate(u.text[m[1]:]); s != "" {
				d.LastUpdated = &s
				break
			}
		}
		if d.LastUpdated != nil {
			break
		}
	}
	if x.orgName != "" || x.orgEmail != "" {
		d.Controller = &Controller{Name: x.orgName, Email: x.orgEmail, Address: x.orgAddr}
	}
	return d
}

// ---- names ----

var reSuffix = regexp.MustCompile(`(?i)[,.]?\s+(?:inc|llc|l\.l\.c|ltd|limited|gmbh|ag|b\.v|bv|n\.v|s\.a\.s|s\.a|sas|sarl|plc|corp|corporation|co|ab|oy|aps|a/s|s\.r\.l|s\.p\.a|pty|se|kg|ug|llp|group|holdings|emea|europe|international|ireland|uk|us|usa|de|nl|eu)\.?$`)
var reNonWord = regexp.MustCompile(`[^a-z0-9&+ ]+`)

// normName normalises a recipient name for comparison: lower case, no
// corporate suffixes ("Inc.", "GmbH", "Ireland Limited"), no punctuation.
func normName(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.TrimPrefix(s, "the ")
	for {
		t := reSuffix.ReplaceAllString(s, "")
		if t == s {
			break
		}
		s = strings.TrimSpace(t)
	}
	s = reNonWord.ReplaceAllString(s, " ")
	return strings.Join(strings.Fields(s), " ")
}

// NameAliases returns the normalised forms a recipient name may be matched
// by: the name without corporate suffixes, the text in and outside any
// parentheses, and the initials of a name of three or more words
// ("Amazon Web Services" → "aws").
func NameAliases(s string) []string {
	var out []string
	add := func(v string) {
		v = normName(v)
		if v == "" {
			return
		}
		for _, o := range out {
			if o == v {
				return
			}
		}
		out = append(out, v)
	}
	add(s)
	if i := strings.IndexByte(s, '('); i >= 0 {
		add(s[:i])
		in := s[i+1:]
		if j := strings.IndexByte(in, ')'); j >= 0 {
			in = in[:j]
		}
		add(in)
		for _, p := range strings.Split(in, ",") {
			add(p)
		}
	}
	if f := strings.Fields(normName(s)); len(f) >= 3 {
		var b strings.Builder
		for _, w := range f {
			b.WriteByte(w[0])
		}
		add(b.String())
	}
	return out
}

func insideNamed(named [][2]int, s, e int) bool {
	for _, r := range named {
		if s < r[1] && e > r[0] {
			return true
		}
	}
	return false
}

// productOf reports whether position s lies in a parenthesis right after
// a name already taken ("Google Firebase (Firebase Analytics and
// Crashlytics)", "Postmark (ActiveCampaign, LLC)"): an alias or a product
// of that recipient, not another one.
func productOf(text string, named [][2]int, s int) bool {
	for _, r := range named {
		if r[1] <= s && strings.HasPrefix(text[r[1]:], " (") && !strings.Contains(text[r[1]:s], ")") {
			return true
		}
	}
	return false
}

// capPhrase returns the capitalised words right after position e (" PlayFab"),
// and whether they name an identifier or an account rather than a service.
func capPhrase(text string, e int) (string, bool) {
	i, words := e, 0
	last := ""
	for words < 3 && i+1 < len(text) && text[i] == ' ' && text[i+1] >= 'A' && text[i+1] <= 'Z' {
		j := i + 1
		for j < len(text) && (isWordByte(text[j]) || text[j] == '-') {
			j++
		}
		last = text[i+1 : j]
		i = j
		words++
	}
	switch last {
	case "ID", "IDs", "Identifier", "Account", "Accounts", "Play", "Store", "Login", "Sign-In", "Privacy", "Policy", "Terms":
		return "", true
	}
	return text[e:i], false
}

var (
	// A noun for a kind of recipient, then an example list.
	reListLead = mustRx(`(?:partners?|providers?|processors?|vendors?|networks?|companies|carriers?|couriers?|agencies|banks|bureaus?|processors|suppliers|(?:third[- ]party|external|cloud|analytics|advertising|marketing|payment|hosting) (?:services|tools|platforms)|tools|platforms|sdks|plug-?ins|integrations|firms|entities|organi[sz]ations|institutions)\W{0,3} (?:such as|including|like|e\.g\.,?|for example,?|for instance,?|namely)\W? `)
	reItemEnd  = mustRx(`[.;:)]|,? (?:which|who|that|to|for|process|receive|may|will|in order|so that|and other|or other|etc|where|when|if|as|because|so|under|in connection)\b`)
	// A public body's name ends like one.
	rePublicBody = mustRx(`(?:Agency|Office|Commission|Authority|Ministry|Department|Revenue|Customs|Police|Court|Council|Immigration|Service|Company|Board|Registry|Regulator)\b`)
)

type listed struct {
	name, kind string
	s, e       int
}

// listedNames finds recipients named in example lists ("delivery partners
// such as DPD, Royal Mail and Evri", "(for example Stripe, PayPal and
// Klarna)") and, in a list item under a sharing heading, a name that
// starts the item ("the Higher Education Statistics Agency (HESA), which
// ...", "**Game backend:** Microsoft PlayFab, which ...").
func (x *extractor) listedNames(u *unit) []listed {
	var out []listed
	for _, m := range reListLead.FindAllStringIndex(u.lower, -1) {
		// "our services, such as ...", "UBPartner online services such as
		// ...": the controller's own products, not recipients.
		before := u.lower[max(0, m[0]-30):m[0]]
		if strings.Contains(before, "our ") || strings.Contains(before, "your ") ||
			x.orgName != "" && strings.Contains(before, strings.ToLower(firstWord(x.orgName))) {
			continue
		}
		start := m[1]
		end := len(u.text)
		if em := reItemEnd.FindStringIndex(u.lower[start:]); em != nil {
			end = start + em[0]
		}
		seg := u.text[start:end]
		off := start
		for _, part := range splitList(seg) {
			name := strings.TrimSpace(seg[part[0]:part[1]])
			s := off + part[0] + strings.Index(seg[part[0]:part[1]], name)
			if i := strings.LastIndex(name, " by "); i >= 0 {
				s += i + 4 // "plagiarism detection by Turnitin, LLC"
				name = name[i+4:]
			}
			if isCorpSuffix(name) {
				continue
			}
			if n := properName(name); n != "" {
				out = append(out, listed{name: n, kind: "third_party", s: s, e: s + len(n)})
			}
		}
	}
	// "We use Postmark and Twilio to ...", "processed by Adyen", "a
	// service provided by Acme Cloud".
	for _, m := range reUseLead.FindAllStringIndex(u.lower, -1) {
		if !hasLower(u.text) {
			break // "WHAT WE USE IT FOR": a heading in capitals names no one
		}
		start := m[1]
		seg := u.text[start : start+itemEnd(u.text[start:])]
		var cands []listed
		brand := false
		for _, part := range splitList(seg) {
			p := seg[part[0]:part[1]]
			lead := len(p) - len(strings.TrimLeft(p, " "))
			p = strings.TrimSpace(p)
			if isCorpSuffix(p) {
				continue // "Mixpanel, Inc."
			}
			n := properName(p)
			if n == "" || n != p || x.isOrg(n) || notRecipient(n) {
				break // the list of names ends at the first that is not one
			}
			brand = brand || brandLike(n)
			s := start + part[0] + lead
			cands = append(cands, listed{name: n, kind: "processor", s: s, e: s + len(n)})
		}
		// One brand-like name makes the list one of names ("Zorbly and
		// Quintex Cloud").
		if brand {
			out = append(out, cands...)
		}
	}
	if u.item && u.cell < 0 && x.is(reShareCtx, u.ctx) && !strings.Contains(u.lower, "such as") {
		t := u.text
		i := 0
		label := false
		if c := strings.Index(t, ":"); c > 0 && c < 40 {
			i, label = c+1, true // "Game backend: Microsoft PlayFab"
		}
		for i < len(t) && (t[i] == ' ' || t[i] == '*') {
			i++
		}
		rest := t[i:]
		if strings.HasPrefix(rest, "the ") {
			rest, i = rest[4:], i+4
		}
		end := itemEnd(rest)
		if j := strings.Index(rest[:end], ", "); j > 0 {
			end = j
		}
		cand := strings.TrimSpace(rest[:end])
		n := properName(cand)
		after := ""
		if n != "" && strings.HasPrefix(rest, n) {
			after = rest[len(n):]
		}
		// A name that starts an item and goes on into a sentence, and looks
		// like a body, a company or a service: "the Office for Students, our
		// regulator", "Game backend: Microsoft PlayFab, which ...".
		goesOn := strings.HasPrefix(after, ", ") || strings.HasPrefix(after, " (") || strings.HasPrefix(after, " which") || strings.HasPrefix(after, " to ") || strings.HasPrefix(after, " if ") || strings.HasPrefix(after, " and ") || strings.HasPrefix(after, " where ") || strings.HasPrefix(after, " when ")
		// "EMIS Health (electronic patient record system)": a name with a
		// lower-case description in parentheses.
		described := strings.HasPrefix(after, " (") && len(after) > 2 && after[2] >= 'a' && after[2] <= 'z' && !genericNoun(n)
		if n != "" && goesOn && strings.Contains(n, " ") && (label || described || publicBody(n) || hasSuffix(" "+n) || strings.Contains(n, "(")) {
			out = append(out, listed{name: n, kind: bodyKind(n), s: i, e: i + len(n)})
			// More names in the same list: "HM Revenue & Customs, the
			// Financial Conduct Authority and the Prudential Regulation
			// Authority where the law requires us to."
			seg := rest[:itemEnd(rest)]
			for _, part := range splitList(seg)[1:] {
				if strings.Count(seg[:part[0]], "(") > strings.Count(seg[:part[0]], ")") {
					continue // inside a parenthesis: a product or alias of the name before
				}
				p := seg[part[0]:part[1]]
				lead := len(p) - len(strings.TrimLeft(p, " "))
				p = strings.TrimSpace(p)
				if strings.HasPrefix(p, "the ") {
					p, lead = p[4:], lead+4
				}
				m := properName(p)
				if m == "" || m != p || !(publicBody(m) || hasSuffix(" "+m) || vendorKind[m] != "" || strings.Contains(m, " ")) {
					continue
				}
				s := i + part[0] + lead
				out = append(out, listed{name: m, kind: bodyKind(m), s: s, e: s + len(m)})
			}
		}
	}
	return out
}

var reUseLead = mustRx(`\b(?:we|our (?:\w+ )?(?:team|teams|app|apps|site|website|service|services|platform)) (?:use|uses|rely on|relies on|work with|works with|engage|partner with|partners with)\s+|\b(?:processed|provided|hosted|operated|powered|handled|supplied|delivered|run|managed|stored|sent) (?:for us )?by\s+|\bservice (?:provided|operated|offered) by\s+`)

func hasLower(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 'a' && s[i] <= 'z' {
			return true
		}
	}
	return false
}

var (
	// reBodyHead: a word that makes a capitalised name a public body.
	reBodyHead = mustRx(`\b(?:Agency|Office|Commission|Commissioners|Authority|Ministry|Department|Revenue|Customs|Police|Court|Courts|Council|Service|Board|Registry|Regulator|Inspectorate|Bureau|Tribunal|Ombudsman|Administration|Directorate|Executive|Garda|Gardai|Gardaí|Constabulary|Prosecutor|Prosecution|Unit)\b|\b(?:Central )?Bank of\b|\bCentral Bank\b`)
	// reBodyLead: where a list of recipients starts.
	reBodyLead = mustRx(`\b(?:disclos\w*|shar\w*|provid\w*|pass\w*|report\w*|send\w*|sent|giv\w*|transfer\w*|notif\w*|make\w* (?:\w+ ){0,3}available)(?: [\w'’]+){0,4} (?:to|with) |\b(?:including|such as|e\.g\.,?|for example,?|for instance,?|namely) `)
	// reDepartment: "Department of Enterprise, Trade and Employment".
	reDepartment = mustRx(`\b(?:Department|Ministry|Minister) (?:of|for) (?:the )?[A-Z][\w'’]*(?: [A-Z][\w'’]*)*(?:, [A-Z][\w'’]*(?: [A-Z][\w'’]*)*)*,? and [A-Z][\w'’]*(?: [A-Z][\w'’]*)*`)
)

// bodyNames finds named public bodies in a list that follows a disclosure
// verb or an example lead, or that starts a list item under a sharing
// heading.
func (x *extractor) bodyNames(u *unit, ctx bool) []listed {
	if !hasLower(u.text) || !strings.ContainsAny(u.text, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") || !u.on(reBodyHeadLower) {
		return nil
	}
	// Lower-case asides in parentheses ("(for employment permit
	// applications)") are blanked so that the list reads on.
	t := []byte(u.text)
	for i := 0; i < len(t); i++ {
		if t[i] == '(' && i+1 < len(t) && t[i+1] >= 'a' && t[i+1] <= 'z' {
			j := i
			for j < len(t) && t[j] != ')' {
				j++
			}
			if j < len(t) {
				for k := i; k <= j; k++ {
					t[k] = ' '
				}
				// Keep one space before a following comma out of the name.
			}
		}
	}
	text := string(t)
	var starts []int
	for _, m := range reBodyLead.FindAllStringIndex(u.lower, -1) {
		// After "such as / including", only a list of recipients
		// ("competent authorities, including ...").
		if l := u.lower[m[0]:m[1]]; (strings.HasPrefix(l, "includ") || strings.HasPrefix(l, "such") || strings.HasPrefix(l, "e.g") ||
			strings.HasPrefix(l, "for ") || strings.HasPrefix(l, "namely")) && !reBodyNoun.MatchString(u.lower[max(0, m[0]-40):m[0]]) {
			continue
		}
		starts = append(starts, m[1])
	}
	if u.item && u.cell < 0 && ctx {
		i := 0
		if c := strings.Index(text, ":"); c > 0 && c < 40 {
			i = c + 1
		} else if b := x.blocks[u.blk].text; len(b) > 0 && u.s == 0 {
			i = 0
		}
		starts = append(starts, i)
	}
	var out []listed
	seen := map[int]bool{}
	for _, st := range starts {
		if seen[st] || st >= len(text) {
			continue
		}
		seen[st] = true
		seg := text[st:]
		end := itemEnd(seg)
		seg = seg[:end]
		// Ministries with a comma list in their name, first.
		var masked [][2]int
		for _, m := range reDepartment.FindAllStringIndex(seg, -1) {
			n := strings.TrimSpace(seg[m[0]:m[1]])
			out = append(out, listed{name: n, kind: "public_authority", s: st + m[0], e: st + m[0] + len(n)})
			masked = append(masked, [2]int{m[0], m[1]})
		}
		for _, part := range bodySplit(seg) {
			if insideNamed(masked, part[0], part[1]) {
				continue
			}
			p := seg[part[0]:part[1]]
			lead := len(p) - len(strings.TrimLeft(p, " *"))
			p = strings.TrimSpace(strings.Trim(p, " *"))
			if strings.HasPrefix(p, "the ") || strings.HasPrefix(p, "The ") {
				p, lead = p[4:], lead+4
			}
			n := properName(p)
			if n == "" || !strings.HasPrefix(p, n) || !reBodyHead.MatchString(n) || notBody(n) || weakBody(n) {
				continue
			}
			if strings.HasPrefix(p[len(n):], "'s") || strings.HasPrefix(p[len(n):], "’s") {
				continue // "the Commission's adequacy decision"
			}
			s := st + part[0] + lead
			if e := s + len(n); strings.HasPrefix(text[e:], " (") && e+2 < len(text) && text[e+2] >= 'A' && text[e+2] <= 'Z' {
				if j := strings.IndexByte(text[e:], ')'); j > 0 && j < 40 {
					n = text[s : e+j+1] // "the Dutch Tax and Customs Administration (Belastingdienst)"
				}
			}
			out = append(out, listed{name: n, kind: "public_authority", s: s, e: s + len(n)})
		}
	}
	return out
}

var reBodyHeadLower = mustRx(`agency|office|commission|authorit|ministr|department|revenue|customs|police|court|council|service|board|registry|regulator|inspectorate|bureau|tribunal|ombudsman|administration|directorate|executive|garda|constabulary|prosecut|unit\b|bank of|central bank`)

var (
	reBodyNoun = mustRx(`authorit|bod(?:y|ies)|regulator|agenc|government|public|organi[sz]ations|recipients|third part|institutions|law enforcement`)
	// reWeakHead: body words that name a public body only with a public
	// qualifier ("Financial Crime Investigation Service", not "XT Cloud
	// Service").
	reWeakHead   = mustRx(`\b(?:Service|Office|Unit|Board|Executive|Administration|Council|Registry|Department)\b`)
	reStrongHead = mustRx(`\b(?:Department|Office|Board|Council|Service|Executive|Administration|Registry|Unit) (?:of|for)\b|\b(?:Agency|Commission|Commissioners|Authority|Ministry|Revenue|Customs|Police|Court|Courts|Regulator|Inspectorate|Bureau|Tribunal|Ombudsman|Directorate|Garda|Gardai|Gardaí|Constabulary|Prosecutor|Prosecution)\b|\b(?:Central )?Bank of\b|\bCentral Bank\b|\b(?:National|State|Federal|Public|Health|Medical|Tax|Immigration|Border|Security|Intelligence|Investigation|Probation|Emergency|Fire|Ambulance|Civil|Home|Foreign|Statistics|General|Social|Financial|Care|Education|Local|City|County|District|Borough|Municipal|Treasury|Justice|Labou?r|Employment|Work|Pensions)\b`)
)

// weakBody reports whether a name's only body word is a weak one and
// nothing in it says it is public.
func weakBody(n string) bool {
	return reWeakHead.MatchString(n) && !reStrongHead.MatchString(n)
}

// notBody: names with a body word that are not recipients of disclosures:
// the EU institutions that make transfer decisions, data protection
// authorities (named for complaints), and the controller's own offices.
func notBody(n string) bool {
	l := strings.ToLower(n)
	for _, w := range []string{"european commission", "information commissioner", "data protection", "privacy", "supervisory",
		"customer service", "our ", "head office", "registered office", "board of directors", "board of trustees", "board of governors"} {
		if strings.Contains(l, w) {
			return true
		}
	}
	return l == "commission" || l == "service" || l == "office" || l == "court" || l == "board"
}

// bodySplit splits a list of bodies at commas, and at "and"/"or" only
// where the left part is a whole body or the right part starts with "the"
// or a lower-case word ("the Dutch Tax and Customs Administration" stays
// one).
func bodySplit(seg string) [][2]int {
	var out [][2]int
	for _, c := range splitList(seg) {
		out = append(out, c)
	}
	// Re-join parts split at and/or inside a name.
	var merged [][2]int
	for _, c := range out {
		if n := len(merged); n > 0 {
			prev := merged[n-1]
			gap := seg[prev[1]:c[0]]
			right := strings.TrimSpace(seg[c[0]:c[1]])
			left := strings.TrimSpace(seg[prev[0]:prev[1]])
			if !strings.Contains(gap, ",") && right != "" && right[0] >= 'A' && right[0] <= 'Z' &&
				!strings.HasPrefix(right, "The ") && !reBodyHead.MatchString(left) {
				merged[n-1][1] = c[1]
				continue
			}
		}
		merged = append(merged, c)
	}
	return merged
}

// genericNoun reports whether a capitalised name ends in a word for a
// kind of recipient ("Marketing Partners", "Cloud Providers"), not a name.
func genericNoun(n string) bool {
	f := strings.Fields(strings.ToLower(n))
	switch strings.TrimRight(f[len(f)-1], "s") {
	case "partner", "provider", "vendor", "agencie", "agency", "authoritie", "authority", "companie", "company", "affiliate",
		"adviser", "advisor", "processor", "service", "supplier", "contractor", "user", "customer", "client", "tool", "platform", "team":
		return true
	}
	return false
}

// brandLike reports whether a proper name looks like a company or service:
// a known vendor, a corporate suffix, an inner capital ("PlayFab"), a dot
// ("Pay.UK") or two or more capitalised words.
func brandLike(n string) bool {
	if vendorKind[n] != "" || hasSuffix(" "+n) {
		return true
	}
	f := strings.Fields(n)
	if len(f) >= 2 {
		return true
	}
	w := f[0]
	if strings.ContainsAny(w[1:], ".") && !strings.HasSuffix(w, ".") {
		return true
	}
	for i := 1; i < len(w); i++ {
		if w[i] >= 'A' && w[i] <= 'Z' {
			return true
		}
	}
	return false
}

// notRecipient: names that are laws, frameworks, standards or places,
// never recipients.
func notRecipient(n string) bool {
	l := strings.ToLower(n)
	switch strings.Fields(l)[0] {
	case "your", "our", "the", "this", "their", "its", "all", "any", "such", "these", "those", "other", "a", "an", "we", "you":
		return true
	}
	for _, w := range []string{"gdpr", "ccpa", "cpra", "privacy shield", "data privacy framework", "standard contractual",
		"iso", "soc ", "soc2", "pci", "hipaa", "privacy policy", "privacy notice", "cookie", "terms", "european", "commission",
		"act", "regulation", "directive", "authority", "commissioner", "clauses", "framework", "google analytics cookies",
		"article", "section", "recital", "schedule", "chapter", "paragraph", "annex", "appendix"} {
		if strings.Contains(l, w) && !strings.Contains(l, "acti") {
			return true
		}
	}
	return countryCode[n] != ""
}

// publicBody reports whether a name is a public body's: it ends like one,
// and a weak body word ("Department", "Service") comes with a public
// qualifier ("HR Department" is a team).
func publicBody(n string) bool {
	return rePublicBody.MatchString(n) && !weakBody(n)
}

func bodyKind(n string) string {
	if publicBody(n) {
		return "public_authority"
	}
	return "third_party"
}

// itemEnd is where the names that start a list item end: at the first
// clause word, but not at "for"/"to" inside a name ("Office for
// Students").
func itemEnd(rest string) int {
	off := 0
	for {
		em := reItemEnd.FindStringIndex(rest[off:])
		if em == nil {
			return len(rest)
		}
		s, e := off+em[0], off+em[1]
		w := strings.TrimSpace(strings.TrimLeft(rest[s:e], ","))
		if (w == "for" || w == "of") && e+1 < len(rest) && rest[e] == ' ' && rest[e+1] >= 'A' && rest[e+1] <= 'Z' {
			off = e
			continue
		}
		return s
	}
}

// splitList splits "A, B and C" or "A, B, or C" into ranges.
func splitList(seg string) [][2]int {
	var out [][2]int
	s := 0
	for i := 0; i <= len(seg); i++ {
		cut, skip := false, 0
		switch {
		case i == len(seg):
			cut = true
		case seg[i] == ',':
			cut, skip = true, 1
			if strings.HasPrefix(seg[i:], ", and ") {
				skip = 6
			} else if strings.HasPrefix(seg[i:], ", or ") {
				skip = 5
			}
		case strings.HasPrefix(seg[i:], " and "):
			cut, skip = true, 5
		case strings.HasPrefix(seg[i:], " or "):
			cut, skip = true, 4
		}
		if cut {
			if i > s {
				out = append(out, [2]int{s, i})
			}
			if i == len(seg) {
				break
			}
			s = i + skip
			i = s - 1
		}
	}
	return out
}

// properName returns the name if text is one: up to six words, the first
// of which has a capital letter (also inside: "ironSource"), optionally
// with a parenthesised acronym; "" otherwise.
func properName(text string) string {
	text = strings.TrimSpace(strings.Trim(text, "*_\"'“”"))
	if text == "" || len(text) > 80 {
		return ""
	}
	words := strings.Fields(text)
	if len(words) > 7 {
		return ""
	}
	first := words[0]
	hasCap := false
	for i := 0; i < len(first); i++ {
		if first[i] >= 'A' && first[i] <= 'Z' {
			hasCap = true
		}
	}
	if !hasCap {
		return ""
	}
	// Lower-case words other than joining ones end the name. A country
	// starts a name only when capitalised words follow ("UK Visas and
	// Immigration", not "US partners").
	if countryCode[words[0]] != "" && (len(words) == 1 || !(words[1][0] >= 'A' && words[1][0] <= 'Z')) {
		return ""
	}
	n := 0
	for i, w := range words {
		c := w[0]
		join := w == "of" || w == "and" || w == "for" || w == "&" || w == "de"
		acronym := c == '(' && strings.Contains(w, ")")
		if !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || acronym || join || i == 0) {
			break
		}
		n = i + 1
	}
	for n > 1 && (words[n-1] == "of" || words[n-1] == "and" || words[n-1] == "for" || words[n-1] == "&") {
		n--
	}
	name := strings.Join(words[:n], " ")
	switch strings.ToLower(name) {
	case "we", "our", "you", "your", "the", "us", "eu", "eea", "uk", "us-based", "i", "they":
		return ""
	}
	if countryCode[name] != "" {
		return ""
	}
	return strings.TrimRight(name, ".,;:")
}

func isCorpSuffix(s string) bool {
	s = strings.TrimRight(strings.TrimSpace(s), ".")
	for _, c := range corpSuffixes {
		if strings.TrimRight(c, ".") == s {
			return true
		}
	}
	return s == "Inc" || s == "Ltd" || s == "LLC"
}
