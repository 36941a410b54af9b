package extract

// The lexicons: phrases, as regular expressions over lower-cased text, and
// the taxonomy key each one means. Order matters within a lexicon: a
// longer phrase is listed before a shorter one it contains ("email
// address" before "address"), and a span of text matched by one entry is
// not matched again by a later one.

// term is one lexicon entry. weak terms count only where structure says
// the text is a list of such things (a bullet under a collection heading,
// an "including ..." list), because alone they are too ambiguous.
type term struct {
	key string
	window
	weak bool
	// notAfter lists words that, directly before the match, cancel it
	// ("company name" is not a person's name).
	notAfter map[string]bool
}

func t(key, pat string) term {
	return term{key: key, window: newWindow(`\b(?:` + pat + `)`)}
}

func w(key, pat string, notAfter ...string) term {
	// A weak term is a whole word: "age" is not the start of "agencies".
	tm := term{key: key, window: newWindow(`\b(?:` + pat + `)\b`)}
	tm.weak = true
	if len(notAfter) > 0 {
		tm.notAfter = map[string]bool{}
		for _, s := range notAfter {
			tm.notAfter[s] = true
		}
	}
	return tm
}

var categoryTerms = []term{
	t("user.contact.email", `e-?mail address(?:es)?|email ids?`),
	t("user.device.ip_address", `ip[- ]address(?:es)?|internet protocol (?:\(ip\) )?address(?:es)?`),
	t("user.device.device_id", `device (?:identifiers?|ids?)|unique device|advertising (?:identifiers?|ids?)|idfa|idfv|aaid|gaid|android id|imei|mac address(?:es)?|mobile (?:advertising )?identifiers?`),
	t("user.device.cookie_id", `cookie (?:identifiers?|ids?)|unique cookies?`),
	t("user.contact.social_media", `social (?:media|network(?:ing)?) (?:profiles?|handles?|accounts?|usernames?|urls?)|linkedin (?:profile|url)s?`),
	t("user.contact.url", `(?:personal )?web ?site (?:url|address)|personal web ?sites?`),
	t("user.contact.organization", `(?:the )?name of (?:your|the) (?:business|company|organi[sz]ation|employer)|company names?|(?:name of (?:your|the) )?(?:company|employer|organi[sz]ation) (?:name|you (?:work for|represent))|business you represent|employer name|organi[sz]ation name`),
	t("user.account.username", `user ?names?|login (?:names?|ids?)|screen names?|display names?|gamer ?tags?|nicknames?`),
	t("user.authorization.credentials", `passwords?|passcodes?|pin codes?|log-?in credentials|credentials|security questions|access tokens?`),
	t("user.contact.phone_number", `(?:tele)?phone numbers?|mobile (?:phone )?numbers?|cell(?:ular)? (?:phone )?numbers?|contact numbers?|office numbers?`),
	t("user.contact.fax_number", `fax(?: numbers?)?`),
	t("user.contact.address.postal_code", `postal codes?|post ?codes?|zip codes?`),
	t("user.contact.address", `(?:postal|mailing|home|billing|shipping|delivery|street|physical|residential|business|office|work|correspondence) address(?:es)?`),
	t("user.name", `full names?|legal names?|first (?:and|&) last names?|(?:first|given) names? and (?:last |family )?(?:names?|surnames?)|your names?|names? and (?:surnames?|e-?mail|contact)`),
	t("user.name.first", `first names?|given names?|forenames?`),
	t("user.name.last", `last names?|surnames?|family names?`),
	t("user.job_title", `job titles?|professional titles?|role in (?:your|the) (?:company|organi[sz]ation)|job (?:role|position|function)s?`),
	t("user.privacy_preferences", `(?:marketing|communications?|privacy|cookie|consent) preferences|opt-?(?:in|out) (?:status|choices|preferences)`),
	t("user.account.settings", `account (?:settings|preferences)|notification (?:preferences|settings)|(?:app|user|profile|in-app) (?:settings|preferences)|settings (?:and|&) preferences|(?:weekly|daily|monthly|fitness|training|step|distance|weight) (?:\w+ )?goals?`),
	t("user.demographic.language", `preferred languages?|language preferences?|(?:interface|display|communication) languages?|languages? (?:and|&)`),
	t("user.account", `account (?:information|details|data|credentials)|profile (?:information|data|details)|registration (?:information|data|details)`),
	t("user.device.telemetry", `browser (?:types?|versions?|information|settings|language)|operating systems?|device (?:types?|models?|information|characteristics|settings|attributes|data)|(?:screen|display) resolution|user[- ]agents?|hardware (?:models?|information)|mobile (?:network|carrier)s?|time ?zone(?: settings?)?|language settings|app versions?|crash (?:reports?|data|logs?)|diagnostic (?:data|information)|technical (?:data|information)|system information`),
	t("user.behavior.browsing_history", `browsing (?:history|activity|behaviou?r|data)|(?:referring/)?exit pages|track(?:s|ing)? (?:users'?|your|visitors'?) movements?|online activity|web traffic|click ?stream(?: data)?|(?:other )?web ?sites you visit|activity (?:on|across) (?:other|third[- ]party) (?:web ?sites|apps|services)|web ?sites? (?:you )?visit(?:ed)? (?:before|after)|referr(?:ing|er|al) (?:urls?|pages?|web ?sites?)`),
	t("user.behavior.interaction", `interactions? with (?:[\w,]+ ){0,6}(?:ads|advertisements|adverts|emails|marketing emails)\b`),
	t("user.device.usage", `(?:log-in|login) (?:times|history|activity|dates)|session (?:duration|length|data|information)|how long sessions|usage (?:data|information|logs?|statistics|details)|log (?:files|data|information)|server logs|pages? (?:you )?(?:visited|viewed|visit|view)|time spent|(?:access|visit) (?:dates?|times?)|dates? and times?|features? (?:you )?use[ds]?|(?:interactions?|engagement) with (?:our|the) (?:services?|app|apps|application|web ?sites?|site|platform|content)|how you (?:use|interact with|navigate)|app activity|activity (?:data|logs?)|gameplay (?:data|information|statistics)|levels? played|session times`),
	t("user.behavior.search_history", `search (?:history|queries|terms)`),
	t("user.behavior.purchase_history", `purchase (?:history|records|information)|what you (?:paid|pay) for|what you (?:bought|purchased|ordered)|card transactions|transactions you make|merchant names?|invoices (?:issued|we issue)|(?:the )?plan (?:chosen|you choose|selected)|subscription (?:status|tier|plan)s?|transaction (?:history|data|information|details|records)|order (?:history|details|information)|products? (?:or services )?(?:you )?(?:purchased|bought|ordered)|commercial information|payment history|subscription history|products? or services (?:\w+ ){0,2}(?:purchased|considered)|products (?:or services )?(?:you )?(?:viewed|considered)`),
	t("user.behavior.interaction", `how you respond to (?:our )?(?:e-?mails|messages|ads)|e-?mail data|reactions|(?:email|ad|advertisement) (?:opens|clicks|interactions)|whether you open|click(?:s|-through)? (?:on|rates?)|open rates`),
	t("user.employment.interview", `interview (?:notes|feedback|scores?)`),
	t("user.behavior.feedback", `feedback|survey (?:responses|answers)|product reviews|(?:satisfaction|user|customer|feedback) surveys?|answers (?:to|in) (?:our |a |any )?surveys?`),
	t("user.behavior", `behaviou?ral (?:signals|data|information|patterns)`),
	t("user.location.precise", `precise (?:geo)?location|gps|(?:exact|real-time|precise|device) location|latitude`),
	t("user.contact.address.country", `country of (?:residence|domicile)|country (?:you live in|where you live)`),
	t("user.location.imprecise", `(?:approximate|general|coarse|imprecise) (?:geo)?location|approximate (?:region|area|city|position)|location (?:derived|inferred) from|city[- ]level|(?:infer|estimat|deriv)\w* (?:\w+ ){0,2}(?:city|country|region|location)|(?:city|country|region) (?:and|or) (?:city|country|region) (?:we )?(?:infer|estimat|deriv)\w*`),
	t("user.location", `location (?:data|information)|geo-?location(?: data| information)?`),
	t("user.demographic.date_of_birth", `dates? of birth|birth ?dates?|birthdays?`),
	t("user.demographic.race_ethnicity", `race (?:or|and|/) ?ethnic\w*|racial|ethnic(?:ity| origin| background)?`),
	t("user.demographic.religious_belief", `religio(?:n|us)(?: or philosophical)?(?: beliefs?)?|philosophical beliefs`),
	t("user.demographic.sexual_orientation", `sexual orientation|sex life`),
	t("user.demographic.political_opinion", `political (?:opinions?|views|affiliations?|beliefs|party)`),
	t("user.demographic.trade_union_membership", `trade union`),
	t("user.demographic.marital_status", `marital(?: status)?|civil status`),
	t("user.demographic.veteran_status", `veteran(?: status)?|military (?:status|service)`),
	t("user.demographic.national_origin", `national origin`),
	t("user.demographic.citizenship", `citizenship|nationalit(?:y|ies)`),
	t("user.demographic.gender", `gender(?: identity)?|sex(?:,| or| and)`),
	t("user.demographic", `demographic (?:data|information|details)`),
	t("user.genetic", `genetic`),
	t("user.biometric.fingerprint", `fingerprints?`),
	t("user.biometric.voice", `voice ?prints?|voice (?:recordings?|samples?|data)`),
	t("user.biometric", `biometric|face ?prints?|facial (?:recognition|geometry|scans?)`),
	t("user.health_and_medical", `health|medical|disabilit(?:y|ies)|symptoms?|diagnos[ie]s|prescriptions?|medications?|allerg(?:y|ies)|vaccinations?|pregnan|accommodation requests?`),
	t("user.criminal_history", `criminal (?:records?|history|convictions?|offen[cs]es|background|allegations|proceedings)|convictions`),
	t("user.government_id.passport_number", `passports?(?: numbers?)?`),
	t("user.government_id.drivers_license_number", `driver'?s'? licen[cs]es?|driving licen[cs]es?`),
	t("user.government_id.national_identification_number", `social security numbers?|ssns?|national (?:id(?:entification)?|insurance|identity) numbers?|nhs numbers?|pps numbers?|ppsn|personal (?:identity|identification|public service) (?:codes?|numbers?)|citizen service numbers?|tax (?:identification |id )?numbers?|taxpayer identification|tax ids?|identity card numbers?`),
	t("user.government_id.immigration", `immigration(?: status)?|visa (?:status|information)|work permits?(?: status)?|residence permits?`),
	t("user.government_id", `national (?:id(?:entification)?|identity) cards?|government[- ]issued (?:id|identification|identity)(?: documents?| cards?)?|(?:id|identity|identification) (?:documents?|cards?)|proof of identity|photo id`),
	t("user.employment.right_to_work", `(?:right|eligibility|authori[sz]ation) to work|work (?:eligibility|authori[sz]ation)|employment eligibility|legal eligibility for employment`),
	t("user.employment.compensation", `salary|salaries|compensation|remuneration|pay (?:expectations|history|slips?)|bonus(?:es)?|equity grants?|stock options`),
	t("user.employment.background_check", `background (?:checks?|screening|verification)(?: results| reports)?|screening (?:results|reports)`),
	t("user.employment.resume", `r[ée]sum[ée]s?|cvs?|curriculum vitae|cover letters?`),
	t("user.employment.history", `employment history|work (?:history|experience)|previous (?:employers|positions|jobs)|professional (?:history|experience|qualifications|licen[cs]es)|certifications?|qualifications`),
	t("user.employment.interview", `interview (?:notes|feedback|recordings?|responses|information|assessments?|evaluations?)|assessment results|(?:aptitude|psychometric|personality|skills?|assessment) tests?(?: results)?`),
	t("user.employment.references", `references? (?:check|contacts?|information)|employment references|referees?|(?:transcripts|letters) (?:and|&) references`),
	t("user.employment", `(?:professional or )?employment[- ]related information|employment (?:information|details|data|status)|occupation|professional information`),
	t("user.content.private", `chat (?:transcripts|logs)`),
	t("user.education", `education(?:al)?(?: history| background)?|academic|degrees?|transcripts?|schools?(?: attended)?|universit(?:y|ies)`),
	t("user.financial.bank_account", `bank (?:accounts?|details)(?: numbers?| information)?|iban|routing numbers?|sort codes?`),
	t("user.financial.credit_card", `(?:credit|debit|payment) cards?(?: numbers?| details| information)?|card (?:numbers?|details|brand|type|expiry(?: dates?)?)|cvv|last (?:four|4) digits`),
	t("user.payment", `payment (?:information|details|data|methods?|records)|billing (?:information|details|data)|history of (?:your )?payments|payments (?:in and out|you (?:make|send|receive))`),
	t("user.financial", `financial (?:information|data|details)|income|credit (?:scores?|history|rating|reports?|worthiness)|creditworthiness|source of (?:funds|wealth)|net worth|account balances?|tax (?:information|returns)`),
	t("user.workplace", `workplace|office location|work location`),
	t("user.content.self_image", `photo(?:graph)?s? of you|profile (?:photos?|pictures?|images?)|selfies?|avatars?|photographs?|your (?:photo|picture|image)s?`),
	t("user.customer_content.recording", `(?:call|video|audio|screen|voice) recordings?|recordings? of (?:\w+ ){0,3}(?:calls|meetings)|record(?:s|ed|ing)? (?:\w+ ){0,2}(?:phone |telephone |support )?calls|calls (?:are|may be|will be) recorded|cctv(?: footage| images)?|video footage`),
	t("user.customer_content", `(?:workspace|customer) content|content (?:that )?(?:customers|users) (?:upload|store|submit)`),
	t("user.customer_content.end_user_data", `on behalf of (?:our |the |a |each )?(?:business )?(?:customers?|clients?)|end-users?'? (?:personal )?(?:data|information)|end users?'? (?:personal )?(?:data|information)`),
	t("user.childrens", `children'?s (?:personal )?(?:data|information)|(?:data|information) (?:of|about|from) children`),
	t("user.demographic.profile", `profiles? (?:reflecting|of your|about your)|inferences? (?:drawn|about)|your (?:likely )?interests`),
	t("user.content.private", `(?:private |direct )?messages|chat (?:transcripts|logs|messages|content)|correspondence|content of (?:your )?(?:messages|communications)|files (?:you )?upload(?:ed)?|uploaded (?:files|content|documents)|user[- ]generated content`),
	t("user.content.public", `public(?:ly)? (?:posts?|comments?|profiles?)|reviews? you (?:post|write|leave|submit|publish)|review text|(?:anything|content|posts?|photos?|comments?) (?:that )?you (?:publish|post)|community (?:feed|forums?|posts?)|forum posts?`),
	t("user.social", `friends? lists?|contacts? lists?|social (?:graph|connections)|address book`),
	t("user.sensor", `camera|microphone|accelerometer|gyroscope|motion (?:sensor )?data|sensor data`),
	t("user.unique_id.pseudonymous", `pseudonymous (?:\w+ )?(?:ids?|identifiers?)|pseudonymi[sz]ed (?:ids?|identifiers?)|install(?:ation)? ids?|instance ids?|anonymous (?:user )?ids?`),
	t("user.unique_id", `unique identifiers?|customer (?:ids?|numbers?)|user ids?|member(?:ship)? (?:ids?|numbers?)|(?:membership|insurance) or policy numbers?|policy numbers?|(?:student|employee|staff|patient|candidate|applicant|player|account) (?:ids?|identifiers?|id numbers?|identification numbers?|reference numbers?)`),
	t("user.device.cookie", `cookies?|web beacons?|pixel tags?|tracking (?:pixels?|technologies)|local storage`),
	t("user.contact", `contact (?:information|details|data)`),
	// Weak terms: only in lists of data.
	w("user.contact.email", `e-?mails?`, "by", "via", "an", "at", "send", "marketing", "promotional", "through", "our", "receive", "by"),
	w("user.contact.phone_number", `(?:tele)?phone|mobile number`, "by", "via", "the", "on"),
	w("user.contact.address", `address(?:es)?`, "to", "web", "email", "e-mail", "ip", "mac", "wallet", "and"),
	w("user.name", `names?`, "company", "business", "domain", "user", "brand", "file", "product", "organization", "organisation", "employer", "account", "screen", "trade", "host", "device", "browser", "app", "network", "school", "bank", "its", "their", "registered", "cookie", "the", "a", "our", "in", "whose", "my", "his", "her", "player"),
	w("user.job_title", `titles?|positions?|roles?|department`, "the", "a", "our", "open", "for", "your"),
	w("user.demographic.age_range", `age(?: range)?`, "of", "the", "under"),
	w("user.demographic.language", `(?:preferred )?languages?(?: preferences?)?`),
	w("user.location", `locations?`, "our", "office", "work", "the"),
	w("user.employment.references", `references?`, "credit", "payee", "and", "payment", "by", "with", "for", "please", "cross"),
	w("user.employment.resume", `skills`),
	w("user.employment.compensation", `benefits`),
	w("user.financial", `expenses`),
	w("user.demographic.gender", `sex`),
	w("user.demographic.race_ethnicity", `race`, "predicted", "a", "the", "marathon", "running"),
	w("user.customer_content.recording", `recordings?`),
	w("user.content.private", `content|communications`, "that", "this", "certain", "such", "our", "marketing", "promotional", "advertising", "website", "web", "site"),
	w("user.name", `alias(?:es)?`),
	w("user.employment", `employers?`, "previous", "current"),
	w("user.demographic.profile", `interests|inferences|preferences`, "legitimate", "vital", "best", "public", "business", "commercial", "legal"),
	// Bare "interviews" is a recruiting stage or a way data is gathered
	// ("phone interviews"); it names data only in a list of data.
	w("user.employment.interview", `interviews?`),
}

var purposeTerms = []term{
	t("essential.service.operations.support", `customer (?:support|service|care)|respond(?:ing)? to (?:your |any )?(?:requests?|inquir(?:y|ies)|enquir(?:y|ies)|questions|queries|messages|comments)|answer(?:ing)? (?:your )?(?:questions|inquir|enquir|requests)|support requests|technical support|help ?desk|troubleshoot`),
	t("essential.service.authentication", `authenticat\w*|verify (?:your )?(?:identity|account)|identity verification|sign[- ]?in|log[- ]?in to`),
	t("essential.service.payment_processing", `process(?:ing)? (?:your )?(?:payments?|orders?|transactions?|purchases?)|billing|invoic\w*|payment transactions|collect(?:ing)? payments?|refunds?`),
	t("essential.service.notifications", `service(?:-related)? (?:communications|notifications|announcements|emails|messages)|administrative (?:messages|emails|communications|notices)|notify you (?:of|about) (?:changes|updates|important)|transactional (?:emails|messages)|account (?:notices|notifications)|important (?:notices|issues|updates)|security alerts`),
	t("essential.service.security", `security of (?:our|the)|(?:secure|protect) (?:our|the) (?:services?|systems?|networks?|platform|web ?sites?|sites?)|network and information security|manage the security|security purposes|keep (?:your data|the service|our services?) (?:safe|secure)`),
	t("essential.fraud_detection", `fraud\w*|abuse|misuse|money laundering|illegal activit|unauthori[sz]ed (?:access|use)|spam`),
	t("essential.legal_obligation", `comply(?:ing)? with (?:our |applicable |any |relevant )?(?:legal|statutory|regulatory|tax)? ?(?:laws?|obligations?|regulations?|requirements?)|compliance with (?:applicable )?(?:laws?|legal)|meet (?:our )?legal (?:and regulatory )?(?:obligations|requirements)|regulatory (?:reporting|requirements|obligations)`),
	t("essential.legal_claims", `legal claims|enforce (?:our )?(?:terms|agreements|rights|policies)|defend (?:our|against)|protect (?:our|the) (?:legal )?rights|litigation|disputes`),
	t("essential.business_transfer", `mergers?|acquisitions?|sale of (?:all or )?(?:part|(?:some|a portion) of|substantially all)|reorgani[sz]ation|divestiture|bankruptcy|insolvency`),
	t("essential.business_operations", `accounting|audits?|administer(?:ing)? (?:our )?business|internal (?:business )?(?:purposes|operations|administration)|business (?:operations|administration|management)|record[- ]keeping|operate our business`),
	t("analytics.reporting.ad_performance", `(?:ad|advertising|campaign)s? (?:performance|effectiveness|measurement)|effectiveness of (?:our )?(?:ads|advertising|campaigns|marketing)|measure (?:the )?(?:performance|effectiveness) of (?:our )?(?:ads|advertising|campaigns|marketing)|attribution`),
	t("analytics.research", `research|surveys?|market studies|user studies`),
	t("essential.service.operations.improve", `improv(?:e|ing|ement)|develop(?:ing)? (?:new )?(?:products|services|features|functionality)|optimi[sz](?:e|ing|ation)|product development|enhance`),
	t("analytics", `analytics|analy[sz](?:e|ing|is)|statistic(?:s|al)|measure (?:the )?(?:use|usage|traffic|audience)|understand how (?:you|users|visitors|people)`),
	t("functional.storage", `remember (?:your )?(?:preferences|settings|choices|language)`),
	t("personalize", `personali[sz](?:e|ing|ation)|tailor(?:ed|ing)?|customi[sz]e (?:your|the) (?:experience|content)|recommendations`),
	t("marketing.advertising.third_party.targeted", `targeted (?:advertising|ads)|interest-based (?:advertising|ads)|cross-context behaviou?ral advertising|personali[sz]ed (?:ads|advertising|advertisements)|behaviou?ral advertising|retargeting|remarketing|tailored advertising`),
	t("marketing.advertising", `advertis(?:ing|ements?)|\bads\b`),
	t("marketing.communications.sms", `(?:sms|text messages?)(?: marketing)?`),
	t("marketing.communications.email", `marketing e-?mails?|e-?mail marketing|promotional e-?mails?|newsletters?`),
	t("marketing.communications", `marketing communications?|promotional (?:communications|messages|materials|offers)|direct marketing|marketing (?:messages|materials|information)|market (?:our|related) products|send you (?:offers|promotions|information about)`),
	t("marketing.events", `events?|webinars?|trade shows?|conferences?`),
	t("marketing.sales", `(?:product )?demos?|sales (?:inquiries|activities|purposes)|quotes|prospect(?:ing|s)`),
	t("employment.recruitment.background_check", `background (?:checks?|screening)|reference checks?|check(?:ing)? (?:your )?references`),
	t("employment.recruitment.equal_opportunity", `equal (?:employment )?opportunit(?:y|ies)|diversity (?:monitoring|reporting)|monitor(?:ing)? diversity`),
	t("employment.recruitment.right_to_work", `(?:eligib(?:le|ility)|right|authori[sz]ed) to work|work authori[sz]ation|immigration (?:checks|requirements)`),
	t("employment.recruitment", `recruit(?:ment|ing)|hiring|evaluat(?:e|ing) (?:your )?(?:application|candidacy|qualifications|suitability)|assess(?:ing)? (?:your )?(?:application|suitability|qualifications|candidacy)|job (?:opportunities|applications?)|talent pool`),
	t("essential.service", `provide (?:and (?:maintain|operate|improve) )?(?:you with )?(?:our|the) (?:services?|products?|platform|app|application|web ?site)|deliver (?:our|the) (?:services?|products?)|operate (?:and maintain )?(?:our|the) (?:services?|platform|app|web ?site)|perform (?:our|the) (?:services?|contract)|provision of (?:our|the) services?`),
}

// Legal bases: Art 9(2) conditions first, so that "explicit consent" is
// not also read as consent.
var basisTerms = []term{
	t("explicit_consent", `explicit(?:ly)? consent|art(?:icle)?\.? ?9 ?\(2\) ?\(a\)`),
	t("employment_law", `employment(?:,| and| or)? (?:and )?social (?:security|protection)|(?:obligations|rights) (?:in the field of|under) employment|art(?:icle)?\.? ?9 ?\(2\) ?\(b\)`),
	t("vital_interests_art9", `(?:physically or legally )?incapable of giving consent|art(?:icle)?\.? ?9 ?\(2\) ?\(c\)`),
	t("made_public", `manifestly made public|art(?:icle)?\.? ?9 ?\(2\) ?\(e\)`),
	t("substantial_public_interest", `substantial public interest|art(?:icle)?\.? ?9 ?\(2\) ?\(g\)`),
	t("health_care", `(?:provision|purposes?) of (?:health|medical|social) (?:or social )?care|medical diagnosis|preventive or occupational medicine|art(?:icle)?\.? ?9 ?\(2\) ?\(h\)`),
	t("public_health", `public health|art(?:icle)?\.? ?9 ?\(2\) ?\(i\)`),
	t("archiving_research", `scientific or historical research|archiving purposes in the public interest|art(?:icle)?\.? ?9 ?\(2\) ?\(j\)`),
	t("not_for_profit", `not-for-profit (?:body|organi[sz]ation)|art(?:icle)?\.? ?9 ?\(2\) ?\(d\)`),
	t("legal_claims", `art(?:icle)?\.? ?9 ?\(2\) ?\(f\)`),
	t("consent", `art(?:icle)?\.? ?6 ?\(1\) ?\(?a\)?|(?:with|upon|on the basis of|based on|basis of|rel(?:y|ies|ying) on|obtain(?:ed)?|where you have given|where you give|ask(?:ing)? for|seek|request|have|given|by) (?:your |their |the |prior |express |affirmative |opt-in |freely given )*consent|(?:when|once|if|where) you (?:have )?(?:consent(?:ed)?|give (?:us )?(?:your )?consent)\b|consent (?:is|as) (?:the|our) (?:legal|lawful) basis|legal basis (?:is|of) (?:your )?consent`),
	t("contract", `art(?:icle)?\.? ?6 ?\(1\) ?\(?b\)?|perform(?:ance of)? (?:a |the |our |any |your )?(?:contracts?|agreements?)|necessary (?:for|to|in order to) (?:enter|perform|fulfil|fulfill|conclude)(?:ing)?,? (?:into,? )?(?:[\w,]+ ){0,4}?(?:contracts?|agreements?|terms|commitments|orders?)\b|pre-?contractual (?:obligations|measures|steps)|contractual necessity|steps (?:at your request )?(?:prior to|before) entering|fulfil(?:l)? (?:our|a) contract|contract (?:with you|performance)`),
	t("legal_obligation", `art(?:icle)?\.? ?6 ?\(1\) ?\(?c\)?|legal (?:obligations?|requirements?|duty|duties)|statutory (?:obligations?|requirements?|duty|duties)|regulatory (?:obligations?|requirements)|obligations? (?:under|imposed by) (?:applicable |the )?law`),
	t("vital_interests", `art(?:icle)?\.? ?6 ?\(1\) ?\(?d\)?|vital interests?`),
	t("public_task", `art(?:icle)?\.? ?6 ?\(1\) ?\(?e\)?|public task|exercise of official authority|task carried out in the public interest`),
	t("legitimate_interests", `art(?:icle)?\.? ?6 ?\(1\) ?\(?f\)?|legitimate (?:business |commercial )?interests?`),
}

var transferTerms = []term{
	t("scc_2021", `(?:standard contractual clauses|sccs?|model clauses)[^.;]*(?:2021/914|2021)|(?:2021/914|june 2021)[^.;]*(?:standard contractual clauses|sccs?)|new (?:standard contractual clauses|sccs)|\b2021(?:/914)? (?:eu |ec )?(?:standard contractual clauses|sccs?|model clauses)`),
	t("scc_2010", `(?:standard contractual clauses|sccs?|model clauses)[^.;]*(?:2010/87|2010)|\b2010(?:/87)? (?:eu |ec )?(?:standard contractual clauses|sccs?|model clauses)`),
	t("scc", `international data transfer (?:agreement|addendum)|\bidta\b|standard contractual clauses|standard data protection clauses|model (?:contract(?:ual)? )?clauses|\bsccs?\b|eu model contracts?`),
	t("bcr", `binding corporate rules|\bbcrs?\b`),
	t("dpf_uk_extension", `uk extension`),
	t("dpf_swiss_us", `swiss-u\.?s\.? data privacy framework|swiss[- ]us dpf`),
	t("dpf_eu_us", `(?:eu-u\.?s\.? )?data privacy framework|\bdpf\b|eu-us dpf`),
	t("privacy_shield", `privacy shield`),
	t("safe_harbor", `safe harbou?r`),
	t("adequacy", `adequacy (?:decisions?|findings?|regulations?)|adequate level of (?:data )?protection|(?:deemed|recogni[sz]ed|considered) (?:to (?:provide|have|offer) )?(?:an )?adequate|recogni[sz]es? (?:\w+ ){0,4}as (?:providing|offering|having|ensuring) (?:an )?adequate|adequacy`),
	t("code_of_conduct", `approved codes? of conduct`),
	t("certification", `approved certification mechanisms?`),
	t("derogation_consent", `explicit(?:ly)? consent(?:ed)? to the (?:proposed )?transfer|consent to (?:such |the |this )?transfers?|art(?:icle)?\.? ?49 ?\(1\) ?\(a\)`),
	t("derogation_contract", `(?:transfer|it) is necessary (?:for the performance of|to perform) (?:a |the |our )?contract|necessary (?:for|to) (?:perform|the performance of) (?:a |the |our )?contract[^.]*transfer|art(?:icle)?\.? ?49 ?\(1\) ?\(b\)`),
	t("derogation_other", `art(?:icle)?\.? ?49 ?\(1\) ?\(?[d-g]\)?|derogations?`),
}

var rightTerms = []term{
	t("opt_out_sale", `opt[- ]out of (?:the )?(?:sale|selling|sharing)|(?:do not|don't) sell(?: or share)?(?: my)? personal information|sale (?:or|and|and/or) sharing of (?:your )?personal information|right to opt[- ]out`),
	t("non_discrimination", `(?:not|won't|will not|never|n't) (?:be )?discriminat\w*|non-?discrimination|discriminat\w* against you|right not to be discriminated|discriminatory treatment`),
	t("automated_decision", `automated (?:individual )?decision|not (?:to )?be subject(?:ed)? to (?:a )?decisions? based solely|decisions? (?:\w+ ){0,2}(?:made )?(?:by|through|using) automated (?:means|processing)|profiling`),
	t("withdraw_consent", `withdraw\w* (?:your |their |any |this |that )?consent|revoke (?:your )?consent|withdrawal of (?:your )?consent|withdraw (?:it|from it|them) at any time`),
	t("complaint", `(?:lodge|file|make|submit|bring) (?:a |an )?(?:gdpr |formal )?complaint|complain to|right to complain|(?:supervisory|data protection) authority`),
	t("portability", `portab\w+|export (?:(?:a )?copy of )?your (?:personal )?(?:data|information|content)|download (?:a copy of )?(?:all )?your (?:personal )?(?:data|information)|(?:structured|machine-readable)[^.]*format|transmit (?:it|them|your data) to another`),
	t("restriction", `restrict\w*|limit (?:the )?(?:use|processing)|limitation of processing|blocking`),
	t("objection", `object(?:ion)? to|right to object|(?:opt[- ]out|unsubscribe) (?:of|from) (?:receiving )?(?:marketing|promotional|direct marketing|newsletters|emails)|unsubscribe`),
	t("erasure", `delet\w+|eras\w+|right to be forgotten|remov(?:e|al) (?:of )?(?:your |the )?(?:personal )?(?:data|information)|(?:data|information) (?:be |being )?removed`),
	t("rectification", `rectif\w+|correct(?:ion|ing)?\b|\bamend\b|amend(?:ment|ing) (?:of |to )?(?:your|inaccurate|incorrect)|modify\b|update (?:inaccurate|incorrect|your (?:personal )?(?:data|information))|inaccura`),
	t("know", `right to know|\bknow (?:what|which) (?:personal )?(?:data|information) (?:we|about)`),
	t("access", `right (?:of|to) access|access (?:to )?(?:your|the|their) (?:personal )?(?:data|information)|request access|copy of (?:your |the |their )?(?:personal )?(?:data|information|records)|(?:give you|ask for|request|receive|get) a copy|obtain (?:a copy|confirmation)|subject access requests?|confirm whether we (?:process|hold|have)|\baccess\b`),
}

var subjectTerms = []term{
	t("job_applicant", `(?:job )?applicants?|candidates?|apply(?:ing)? for (?:a |an )?(?:job|position|role|open position)|job seekers?`),
	t("visitor", `(?:visitors?|visit(?:ing)?) (?:to )?(?:our|the|this) (?:web ?sites?|sites?|pages)|web ?site (?:visitors|users)|browse our`),
	t("customer", `(?:our|existing|current|business|paying) customers|customers? (?:of|who)|if you are a customer|you (?:purchase|buy|subscribe)`),
	t("prospect", `prospective (?:customers|clients|users)|prospects|potential (?:customers|clients)`),
	t("business_contact", `business contacts?|(?:representatives?|contacts?|employees) of (?:our )?(?:customers|clients|partners|suppliers|business partners|vendors)|business partners' (?:contacts|representatives|employees)`),
	t("event_attendee", `(?:event|webinar|conference) (?:attendees|participants|registrants)|attend(?:ees)? (?:our|an|one of our) (?:events?|webinars?|conferences?)|register for (?:an? |our )?(?:events?|webinars?)`),
	t("end_user", `end[- ]users?`),
	t("app_user", `users of (?:our|the) (?:apps?|application|mobile|platform|services?)|(?:app|mobile app) users|download (?:and use )?(?:our|the) app|use our (?:mobile )?app`),
	t("child", `children|minors|under the age of 1[3-8]`),
	t("referee", `referees|references? you provide|people you list as references`),
	t("supplier_vendor", `(?:suppliers?|vendors?) (?:contacts?|representatives?)|representatives of (?:our )?(?:suppliers|vendors)`),
	t("employee", `(?:current|former) employees|employee data|if you are an? (?:employee|member of staff)|our (?:staff|personnel|workforce) data`),
	t("next_of_kin", `next of kin|emergency contacts?`),
	t("consultant", `consultants|independent contractors`),
}

var securityTerms = []term{
	t("encryption.in_transit", `in transit|\btls\b|\bssl\b|https|transport layer security|secure socket`),
	t("encryption.at_rest", `at rest`),
	t("encryption", `encrypt\w*|cryptograph\w*`),
	t("pseudonymisation", `pseudonymi[sz]\w*|de-?identif\w*|tokeni[sz]\w*`),
	t("anonymisation", `anonymi[sz]\w*`),
	t("authentication", `multi-?factor|two-?factor|2fa|mfa|strong authentication|password (?:protect|polic)`),
	t("access_control", `access controls?|role-based access|least privilege|need[- ]to[- ]know|restrict(?:ed|s)? access|limit(?:ed|s)? access|authori[sz]ed (?:personnel|employees|staff) (?:only )?(?:have|with)|only authori[sz]ed`),
	t("network_security", `firewalls?|intrusion (?:detection|prevention)|network security|ddos`),
	t("monitoring", `(?:security |activity )?monitoring|logging|audit logs|audit trails`),
	t("backup", `back-?ups?|disaster recovery|business continuity|redundan\w+`),
	t("vulnerability_management", `penetration test\w*|vulnerability (?:scans?|scanning|testing|assessments?|management)|security testing|patch\w*`),
	t("physical_security", `physical (?:security|access|safeguards|measures)|secure (?:data cent(?:er|re)s|facilities|premises)`),
	t("staff_training", `training|awareness`),
	t("confidentiality", `confidentiality (?:obligations|agreements|undertakings|commitments)|bound by (?:a duty of )?confidentiality|duty of confidentiality|non-disclosure agreements?`),
	t("vendor_management", `(?:data processing|processor) agreements?|due diligence|contractually (?:obligated|bound|required)|vendor (?:management|assessments?)`),
	t("certification", `iso/?(?:iec)? ?27001|soc ?2|soc 1|pci[- ]dss|iso 27018|hipaa compliant|certified`),
	t("incident_response", `(?:data |security )?breach(?:es)? (?:notification|response|procedures)|incident (?:response|management)|notify (?:you|the (?:relevant )?authorit\w+)[^.]*breach`),
	t("data_minimisation", `data minimi[sz]ation|minimi[sz]e the (?:data|personal data|amount)|collect only`),
	t("security_program", `(?:appropriate|reasonable|industry[- ]standard|commercially reasonable|adequate) (?:physical, )?(?:technical|administrative|organi[sz]ational|physical|security)[^.]*(?:measures|safeguards|controls|procedures)|security (?:program|programme|policies|measures)`),
}

// init checks the order match relies on: in every lexicon, weak entries
// come after all strong ones.
func init() {
	for _, lex := range [][]term{categoryTerms, purposeTerms, basisTerms, transferTerms, rightTerms, subjectTerms, securityTerms} {
		weak := false
		for _, tm := range lex {
			if tm.weak {
				weak = true
			} else if weak {
				panic("extract: strong lexicon entry " + tm.key + " after a weak one")
			}
		}
	}
}
