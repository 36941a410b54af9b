package findings

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/ropacatalog/ropa/ent"
	"github.com/ropacatalog/ropa/ent/recipient"
	"github.com/ropacatalog/ropa/ent/statement"
	"github.com/ropacatalog/ropa/ent/transfersafeguard"
	"github.com/ropacatalog/ropa/internal/record"
	"github.com/ropacatalog/ropa/internal/review"
)

// oldSCCs: between 2021-09-27 and 2022-12-27 the repealed SCCs (an SCC
// instrument with an end date) held only in contracts concluded before
// 2021-09-27; from 2022-12-27 transfer-invalid-instrument takes over.
func oldSCCs(c *check) []Finding {
	var out []Finding
	for _, t := range c.org.Transfers {
		sg := t.Edges.Safeguard
		if sg == nil || sg.Mechanism != transfersafeguard.MechanismScc || sg.ValidUntil == nil {
			continue
		}
		f := c.finding(fmt.Sprintf("The transfer to %s relies on %s: no contract concluded since 2021-09-27 may use them, and none may from %s.",
			destination(t), sg.Name, day(*sg.ValidUntil)), nil, c.noticeTitle(t.NoticeID), "", t)
		f.Since = day(*c.rule.From)
		out = append(out, f)
	}
	return out
}

// hasBasis reports whether the purpose rests on the basis or condition
// with the given key.
func hasBasis(ap *ent.ActivityPurpose, keys ...string) bool {
	lb, sc := ap.Edges.LegalBasis, ap.Edges.SpecialCondition
	return lb != nil && slices.Contains(keys, lb.Key) || sc != nil && slices.Contains(keys, sc.Key)
}

// consentWithoutWithdrawal: a purpose resting on consent (Art 6(1)(a) or
// Art 9(2)(a)) where no right offered to the activity's data subjects is
// the right to withdraw consent.
func consentWithoutWithdrawal(c *check) []Finding {
	var out []Finding
	for _, a := range c.org.Activities {
		var consented []any
		var names []string
		for _, ap := range a.Edges.Purposes {
			if hasBasis(ap, "consent", "explicit_consent") && ap.Edges.Purpose != nil {
				consented = append(consented, ap)
				names = append(names, ap.Edges.Purpose.Name)
			}
		}
		if len(consented) == 0 || slices.ContainsFunc(a.Rights, func(r *ent.DataSubjectRight) bool {
			return r.Edges.Right != nil && r.Edges.Right.Key == "withdraw_consent"
		}) {
			continue
		}
		out = append(out, c.finding(fmt.Sprintf("%s rests on consent, and the notice offers no way to withdraw it.", strings.Join(names, "; ")),
			a, "", "", consented...))
	}
	return out
}

// twoBases: one activity states two different Art 6 bases for the same
// purpose.
func twoBases(c *check) []Finding {
	var out []Finding
	for _, a := range c.org.Activities {
		byPurpose := map[int][]*ent.ActivityPurpose{}
		var order []int
		for _, ap := range a.Edges.Purposes {
			if ap.LegalBasisID == 0 {
				continue
			}
			if _, ok := byPurpose[ap.PurposeID]; !ok {
				order = append(order, ap.PurposeID)
			}
			byPurpose[ap.PurposeID] = append(byPurpose[ap.PurposeID], ap)
		}
		for _, p := range order {
			aps := byPurpose[p]
			var bases []string
			var facts []any
			for _, ap := range aps {
				if lb := ap.Edges.LegalBasis; lb != nil && !slices.Contains(bases, lb.Name) {
					bases = append(bases, lb.Name)
				}
				facts = append(facts, ap)
			}
			if len(bases) < 2 || aps[0].Edges.Purpose == nil {
				continue
			}
			out = append(out, c.finding(fmt.Sprintf("%s is given %d bases: %s. A data subject cannot tell which one applies (and which rights follow).",
				aps[0].Edges.Purpose.Name, len(bases), strings.Join(bases, " and ")), a, "", "", facts...))
		}
	}
	return out
}

// sharing matches a sentence saying personal data goes to someone else.
var sharing = regexp.MustCompile(`(?i)\b(shar(e|es|ed|ing)|disclos(e|es|ed|ing|ure)|sell|sold|rent)\b|\bprovid(e|es|ed|ing) (it|them|this( information)?|your (personal )?(data|information)) (to|with)\b`)

// sharedWithoutRecipients: an activity with no disclosure, whose own
// sentences (those stating it and its purposes) say data is shared or
// disclosed.
func sharedWithoutRecipients(c *check) []Finding {
	var out []Finding
	for _, a := range c.org.Activities {
		if len(a.Edges.Disclosures) > 0 {
			continue
		}
		facts := append([]any{a}, purposeFacts(a)...)
		f := c.finding("", a, "", "", facts...)
		f.Evidence = slices.DeleteFunc(f.Evidence, func(ct Citation) bool { return !sharing.MatchString(ct.Quote) })
		if len(f.Evidence) == 0 {
			continue
		}
		f.Message = "The notice says this data is shared or disclosed, and the activity names no recipient or category of recipients."
		out = append(out, f)
	}
	return out
}

// sale reports whether a disclosure is a sale (or "sharing") in the CCPA's
// sense: to an independent third party (not a service provider, affiliate,
// authority, the public, or an acquirer, which Cal. Civ. Code
// 1798.140(ad)(2) excludes) for third-party advertising.
func sale(d *ent.Disclosure) bool {
	r := d.Edges.Recipient
	if r == nil || r.Kind != recipient.KindThirdParty && r.Kind != recipient.KindOther {
		return false
	}
	return slices.ContainsFunc(d.Edges.Purposes, func(p *ent.Purpose) bool {
		return p.Key == "marketing.advertising.third_party" || strings.HasPrefix(p.Key, "marketing.advertising.third_party.")
	})
}

// contradictsSale: a "we do not sell" statement beside a disclosure, in
// the same notice, that is a sale.
func contradictsSale(c *check) []Finding {
	var out []Finding
	for _, s := range c.org.Statements {
		if s.Kind != statement.KindDoesNotSell {
			continue
		}
		for _, a := range c.org.Activities {
			if s.NoticeID != 0 && a.NoticeID != s.NoticeID {
				continue
			}
			for _, d := range a.Edges.Disclosures {
				if !sale(d) {
					continue
				}
				out = append(out, c.finding(fmt.Sprintf("The notice says %q, yet it discloses data to %s (a third party) for third-party advertising, a sale or sharing under the CCPA.",
					s.Text, d.Edges.Recipient.Name), a, c.noticeTitle(s.NoticeID), "", s, d))
			}
		}
	}
	return out
}

// eea are the countries where the GDPR applies (EU and EEA).
var eea = strings.Fields("AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE IS LI NO")

// underGDPR reports whether the activity's processing falls under the GDPR
// as far as the record tells: the organization is seated in the EEA, or a
// right offered to the activity's data subjects is granted by the GDPR or
// offered in the EEA.
func underGDPR(o *record.Organization, a *record.Activity) bool {
	if slices.Contains(eea, o.Country) {
		return true
	}
	for _, r := range a.Rights {
		if r.Edges.Right != nil && strings.HasPrefix(r.Edges.Right.Reference, "GDPR") {
			return true
		}
		for _, j := range r.Jurisdictions {
			if j == "EEA" || j == "EU" || slices.Contains(eea, j) {
				return true
			}
		}
	}
	return false
}

// children reports whether the activity processes children's data: a
// data subject category child (or narrower), or a data category about
// children.
func children(a *record.Activity) bool {
	for _, s := range a.Edges.DataSubjects {
		if s.Key == "child" || strings.HasPrefix(s.Key, "child.") {
			return true
		}
	}
	return slices.ContainsFunc(a.Edges.DataCategories, func(d *ent.DataCategory) bool { return strings.Contains(d.Key, "child") })
}

// parentalConsent matches a sentence stating a parental-consent mechanism.
var parentalConsent = regexp.MustCompile(`(?i)\b(parent|parental|guardian)s?\b[^.]*\b(consent|authori[sz]\w*)|\b(consent|authori[sz]\w*)\b[^.]*\b(parent|parental|guardian)s?\b`)

// childrenWithoutParentalConsent: children's data processed under the
// GDPR where the activity's notice states no parental consent.
func childrenWithoutParentalConsent(c *check) []Finding {
	var out []Finding
	for _, a := range c.org.Activities {
		if !children(a) || !underGDPR(c.org, a) {
			continue
		}
		if d := c.texts[a.NoticeID]; d != nil && len(sentencesMatching(d, parentalConsent)) > 0 {
			continue
		}
		out = append(out, c.finding("The activity processes children's data under the GDPR, and the notice states no way of obtaining the consent of the holder of parental responsibility (Art 8(1): under 16, or the Member State's age).",
			a, "", "", a))
	}
	return out
}

// staleEvidence: a reviewed fact of the record stated by a sentence of a
// superseded notice that the current version no longer contains (or whose
// quote is no longer the notice's text at its offsets).
func staleEvidence(c *check) []Finding {
	var facts []any
	for _, t := range c.org.Transfers {
		facts = append(facts, t)
	}
	for _, s := range c.org.Statements {
		facts = append(facts, s)
	}
	for _, a := range c.org.Activities {
		facts = append(facts, a)
		for _, ap := range a.Edges.Purposes {
			facts = append(facts, ap)
		}
		for _, d := range a.Edges.Disclosures {
			facts = append(facts, d)
		}
	}
	var out []Finding
	for _, x := range facts {
		if reviewStatus(x) != review.Reviewed {
			continue
		}
		var stale []Citation
		var why string
		for _, ct := range c.cites[factKey(x)] {
			if w := c.staleness(ct); w != "" {
				stale, why = append(stale, ct), w
			}
		}
		if len(stale) == 0 {
			continue
		}
		var a *record.Activity
		if act, ok := x.(*record.Activity); ok {
			a = act
		}
		f := c.finding(why, a, stale[0].Document, "", x)
		f.Evidence = stale
		out = append(out, f)
	}
	return out
}

// staleness says why a sentence no longer stands in the current notice,
// or "" when it does.
func (c *check) staleness(ct Citation) string {
	d := c.texts[ct.documentID]
	if d == nil {
		return ""
	}
	if ct.End > len(d.Text) || d.Text[ct.Start:ct.End] != ct.Quote {
		return fmt.Sprintf("The sentence quoted as evidence is no longer the text of %s at bytes %d-%d.", d.Title, ct.Start, ct.End)
	}
	if d.Current {
		return ""
	}
	next := c.successor(d)
	if next == nil {
		return fmt.Sprintf("A reviewed fact rests on %s, which is superseded, and no current version of it is in the catalog.", d.Title)
	}
	if strings.Contains(next.Text, ct.Quote) {
		return ""
	}
	return fmt.Sprintf("A reviewed fact rests on a sentence of %s (superseded) that the current version, %s, no longer contains.", d.Title, next.Title)
}

// successor is the current notice that replaced d: the organization's
// current notice for the same audience, else with the same URL, else with
// the same title.
func (c *check) successor(d *ent.PolicyDocument) *ent.PolicyDocument {
	same := []func(n *ent.PolicyDocument) bool{
		func(n *ent.PolicyDocument) bool { return d.Audience != "" && n.Audience == d.Audience },
		func(n *ent.PolicyDocument) bool { return d.URL != "" && n.URL == d.URL },
		func(n *ent.PolicyDocument) bool { return n.Title == d.Title },
	}
	for _, match := range same {
		for _, n := range c.org.Notices {
			if t := c.texts[n.ID]; t != nil && t.Current && t.ID != d.ID && match(t) {
				return t
			}
		}
	}
	return nil
}

// reviewStatus is a fact's review status.
func reviewStatus(x any) review.Status {
	switch v := x.(type) {
	case *ent.Transfer:
		return v.ReviewStatus
	case *ent.Statement:
		return v.ReviewStatus
	case *record.Activity:
		return v.ReviewStatus
	case *ent.ActivityPurpose:
		return v.ReviewStatus
	case *ent.Disclosure:
		return v.ReviewStatus
	}
	return ""
}
