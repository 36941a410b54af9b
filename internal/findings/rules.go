package findings

import (
	"fmt"
	"strings"
	"time"

	"github.com/ropacatalog/ropa/ent"
	"github.com/ropacatalog/ropa/ent/statement"
	"github.com/ropacatalog/ropa/ent/transfersafeguard"
	"github.com/ropacatalog/ropa/internal/iso"
	"github.com/ropacatalog/ropa/internal/record"
	"github.com/ropacatalog/ropa/internal/safeguard"
)

// Rules are the checks, in the order a report lists them. A new rule is one
// entry here and a test beside it.
var Rules = []Rule{
	{ID: "transfer-invalid-instrument", Title: "Transfer relies on an instrument no longer valid",
		Severity: High, Article: "GDPR Art 44-46", check: invalidInstrument},
	{ID: "transfer-instrument-not-yet-valid", Title: "Transfer cites an instrument before it existed",
		Severity: Medium, Article: "GDPR Art 45-46", check: notYetValid},
	{ID: "transfer-no-safeguard", Title: "Transfer to a third country with no safeguard recorded",
		Severity: High, Article: "GDPR Art 44, 46", check: noSafeguard},
	{ID: "transfer-us-adequacy-without-dpf", Title: "Transfer to the United States on adequacy without the Data Privacy Framework",
		Severity: High, Article: "GDPR Art 45; Decision (EU) 2023/1795", check: usAdequacy},
	{ID: "special-category-no-art9", Title: "Special-category data without an Art 9(2) condition",
		Severity: High, Article: "GDPR Art 9(2)", check: specialWithoutCondition},
	{ID: "criminal-no-art10", Title: "Criminal-offence data without an Art 10 authorisation",
		Severity: High, Article: "GDPR Art 10", check: criminalWithoutAuthorisation},
	{ID: "statement-contradicts-special-category", Title: "The notice says it collects no special-category data, yet an activity processes some",
		Severity: High, Article: "GDPR Art 9, 13", check: contradictsSpecial},
	{ID: "purpose-no-basis", Title: "Purpose without an Art 6 basis",
		Severity: Medium, Article: "GDPR Art 6(1), 13(1)(c)", check: purposeWithoutBasis},
	{ID: "legitimate-interest-not-stated", Title: "Legitimate interests relied on without the interest stated",
		Severity: Medium, Article: "GDPR Art 6(1)(f), 13(1)(d)", check: interestNotStated},
	{ID: "activity-no-retention", Title: "Activity without a time limit or criterion for erasure",
		Severity: Medium, Article: "GDPR Art 5(1)(e), 30(1)(f)", check: noRetention},
	{ID: "activity-no-security", Title: "Activity without security measures",
		Severity: Low, Article: "GDPR Art 30(1)(g), 32", check: noSecurity},
	{ID: "transfer-old-scc-new-contract", Title: "Transfer on the repealed SCCs, which no new contract may use",
		Severity: Medium, Article: "GDPR Art 46(2)(c); Decision (EU) 2021/914 Art 4",
		From: dateOf("2021-09-27"), Until: dateOf("2022-12-27"), check: oldSCCs},
	{ID: "consent-no-withdrawal", Title: "Consent relied on without a way to withdraw it",
		Severity: Medium, Article: "GDPR Art 7(3), 13(2)(c)", check: consentWithoutWithdrawal},
	{ID: "purpose-two-bases", Title: "The notice gives two bases for one purpose",
		Severity: Medium, Article: "GDPR Art 6(1), 13(1)(c)", check: twoBases},
	{ID: "activity-no-recipients-while-shared", Title: "The notice says the data is shared, and the activity names no recipient",
		Severity: Medium, Article: "GDPR Art 13(1)(e), 30(1)(d)", check: sharedWithoutRecipients},
	{ID: "statement-contradicts-sale", Title: `The notice says it does not sell personal data, beside a disclosure that is a sale`,
		Severity: High, Article: "CCPA Cal. Civ. Code 1798.120, 1798.140; GDPR Art 5(1)(a)",
		From: dateOf("2020-01-01"), check: contradictsSale},
	{ID: "children-no-parental-consent", Title: "Children's data processed under the GDPR without a parental-consent mechanism stated",
		Severity: High, Article: "GDPR Art 8(1)", From: dateOf("2018-05-25"), check: childrenWithoutParentalConsent},
	{ID: "notice-names-other-company", Title: "The notice names another company where it speaks of itself (template leftover)",
		Severity: Medium, Article: "GDPR Art 12(1), 13(1)(a)", check: namesOtherCompany},
	{ID: "contact-other-domain", Title: "The notice gives a contact address on another domain than the organization's",
		Severity: Medium, Article: "GDPR Art 12(1), 13(1)(a)-(b)", check: contactOtherDomain},
	{ID: "evidence-not-in-current-notice", Title: "A reviewed fact rests on a sentence the current notice no longer contains",
		Severity: Medium, Article: "GDPR Art 5(2), 30(1)", check: staleEvidence},
}

// dateOf parses a YYYY-MM-DD date of the rules table.
func dateOf(s string) *time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return &t
}

func destination(t *ent.Transfer) string {
	switch {
	case t.Country != "":
		return iso.CountryName(t.Country)
	case t.Scope == "worldwide":
		return "countries worldwide"
	}
	return "a third country not named"
}

func invalidInstrument(c *check) []Finding {
	var out []Finding
	for _, t := range c.org.Transfers {
		sg := t.Edges.Safeguard
		if safeguard.InvalidSince(sg, c.asOf) == nil {
			continue
		}
		msg := fmt.Sprintf("The transfer to %s relies on %s, which cannot be relied on since %s", destination(t), sg.Name, day(*sg.ValidUntil))
		if sg.InvalidatedBy != "" {
			msg += " (" + sg.InvalidatedBy + ")"
		}
		f := c.finding(msg+".", nil, c.noticeTitle(t.NoticeID), "", t)
		f.Since = day(*sg.ValidUntil)
		out = append(out, f)
	}
	return out
}

func notYetValid(c *check) []Finding {
	var out []Finding
	for _, t := range c.org.Transfers {
		sg := t.Edges.Safeguard
		if sg == nil || sg.ValidFrom == nil {
			continue
		}
		var stated string
		for _, n := range c.org.Notices {
			if n.ID == t.NoticeID && n.LastUpdated != nil && n.LastUpdated.Before(*sg.ValidFrom) {
				stated = day(*n.LastUpdated)
			}
		}
		switch {
		case safeguard.NotYetInForce(sg, c.asOf):
			out = append(out, c.finding(fmt.Sprintf("On %s the transfer to %s relies on %s, which exists only from %s.",
				day(c.asOf), destination(t), sg.Name, day(*sg.ValidFrom)), nil, c.noticeTitle(t.NoticeID), "", t))
		case stated != "":
			out = append(out, c.finding(fmt.Sprintf("The notice, last updated %s, cites %s, which exists only from %s.",
				stated, sg.Name, day(*sg.ValidFrom)), nil, c.noticeTitle(t.NoticeID), "", t))
		}
	}
	return out
}

func noSafeguard(c *check) []Finding {
	var out []Finding
	for _, t := range c.org.Transfers {
		if sg := t.Edges.Safeguard; sg != nil && sg.Mechanism != transfersafeguard.MechanismUnspecified {
			continue
		}
		out = append(out, c.finding(fmt.Sprintf("The transfer to %s names no safeguard (adequacy, SCCs, BCRs or an Art 49 derogation).",
			destination(t)), nil, c.noticeTitle(t.NoticeID), "", t))
	}
	return out
}

func usAdequacy(c *check) []Finding {
	var out []Finding
	for _, t := range c.org.Transfers {
		if sg := t.Edges.Safeguard; t.Country == "US" && sg != nil && sg.Mechanism == transfersafeguard.MechanismAdequacy {
			out = append(out, c.finding("The transfer to the United States relies on an adequacy decision; only organisations certified under the EU-US Data Privacy Framework are covered by one.",
				nil, c.noticeTitle(t.NoticeID), "", t))
		}
	}
	return out
}

// categories returns the names of the activity's categories that pass keep.
func categories(a *record.Activity, keep func(*ent.DataCategory) bool) []string {
	var out []string
	for _, cat := range a.Edges.DataCategories {
		if keep(cat) {
			out = append(out, cat.Name)
		}
	}
	return out
}

func purposeFacts(a *record.Activity) []any {
	var out []any
	for _, ap := range a.Edges.Purposes {
		out = append(out, ap)
	}
	return out
}

func specialWithoutCondition(c *check) []Finding {
	var out []Finding
	for _, a := range c.org.Activities {
		special := categories(a, func(d *ent.DataCategory) bool { return d.SpecialCategory })
		if len(special) == 0 {
			continue
		}
		conditioned := false
		for _, ap := range a.Edges.Purposes {
			conditioned = conditioned || ap.SpecialConditionID != 0
		}
		if !conditioned {
			out = append(out, c.finding(fmt.Sprintf("The activity processes %s, special-category data, and no purpose states an Art 9(2) condition.",
				strings.Join(special, ", ")), a, "", "", append([]any{a}, purposeFacts(a)...)...))
		}
	}
	return out
}

func criminalWithoutAuthorisation(c *check) []Finding {
	var out []Finding
	for _, a := range c.org.Activities {
		if crim := categories(a, func(d *ent.DataCategory) bool { return d.CriminalOffence }); len(crim) > 0 {
			out = append(out, c.finding(fmt.Sprintf("The activity processes %s; Art 10 allows it only under official authority or a law that authorises it, and the record states neither.",
				strings.Join(crim, ", ")), a, "", "", a))
		}
	}
	return out
}

func contradictsSpecial(c *check) []Finding {
	var out []Finding
	for _, s := range c.org.Statements {
		if s.Kind != statement.KindNoSpecialCategory {
			continue
		}
		for _, a := range c.org.Activities {
			if s.NoticeID != 0 && a.NoticeID != s.NoticeID {
				continue
			}
			if special := categories(a, func(d *ent.DataCategory) bool { return d.SpecialCategory }); len(special) > 0 {
				out = append(out, c.finding(fmt.Sprintf("The notice says %q, yet this activity processes %s.", s.Text, strings.Join(special, ", ")),
					a, c.noticeTitle(s.NoticeID), "", s, a))
			}
		}
	}
	return out
}

func purposeWithoutBasis(c *check) []Finding {
	var out []Finding
	for _, a := range c.org.Activities {
		if a.Role == "processor" {
			continue // the controller states the basis
		}
		var names []string
		var facts []any
		for _, ap := range a.Edges.Purposes {
			if ap.LegalBasisID == 0 && ap.Edges.Purpose != nil {
				names = append(names, ap.Edges.Purpose.Name)
				facts = append(facts, ap)
			}
		}
		if len(names) > 0 {
			out = append(out, c.finding(fmt.Sprintf("No Art 6 basis is stated for: %s.", strings.Join(names, "; ")), a, "", "", facts...))
		}
	}
	return out
}

func interestNotStated(c *check) []Finding {
	var out []Finding
	for _, a := range c.org.Activities {
		for _, ap := range a.Edges.Purposes {
			lb := ap.Edges.LegalBasis
			if lb == nil || lb.Key != "legitimate_interests" || strings.TrimSpace(ap.LegitimateInterest) != "" || ap.Edges.Purpose == nil {
				continue
			}
			out = append(out, c.finding(fmt.Sprintf("%s rests on legitimate interests, but the interest pursued is not stated.", ap.Edges.Purpose.Name),
				a, "", "", ap))
		}
	}
	return out
}

func noRetention(c *check) []Finding {
	var out []Finding
	for _, a := range c.org.Activities {
		if len(a.Retention) == 0 {
			out = append(out, c.finding("No retention period or criterion applies to this activity.", a, "", "", a))
		}
	}
	return out
}

func noSecurity(c *check) []Finding {
	var out []Finding
	for _, a := range c.org.Activities {
		if len(a.Security) == 0 {
			out = append(out, c.finding("No security measure applies to this activity.", a, "", "", a))
		}
	}
	return out
}
