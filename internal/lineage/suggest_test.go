package lineage

import (
	"slices"
	"testing"
)

func TestRank(t *testing.T) {
	cands := []Candidate{
		NewCandidate("user.contact.email", "Email", CategoryCandidate),
		NewCandidate("user.contact.phone_number", "Phone number", CategoryCandidate),
		NewCandidate("user.name", "Name", CategoryCandidate),
		NewCandidate("user.health_and_medical", "Health and medical data", CategoryCandidate),
		NewCandidate("user.health_and_medical.insurance", "Health insurance", CategoryCandidate),
		NewCandidate("crm.contacts.work_email", "Work email", FieldCandidate),
	}
	cases := []struct {
		text  string
		loose bool
		want  []string // the first ones, in order
	}{
		{"user.contact.email", false, []string{"user.contact.email"}},
		// a key it begins, the shorter first
		{"user.health", false, []string{"user.health_and_medical", "user.health_and_medical.insurance"}},
		// the name itself before names it is a word of
		{"email", false, []string{"user.contact.email", "crm.contacts.work_email"}},
		// partial words, any order
		{"phone num", false, []string{"user.contact.phone_number"}},
		{"medic insur", false, []string{"user.health_and_medical.insurance"}},
		// typos: a swap, a missing letter
		{"user.emial", false, []string{"user.contact.email"}},
		{"phne", false, []string{"user.contact.phone_number"}},
		// case does not matter
		{"USER.NAME", false, []string{"user.name"}},
	}
	for _, c := range cases {
		got := values(Rank(c.text, cands, 10, c.loose))
		if len(got) < len(c.want) || !slices.Equal(got[:len(c.want)], c.want) {
			t.Errorf("Rank(%q): %v, want %v first", c.text, got, c.want)
		}
	}
	// Short words allow no typo: "nme" is not "name".
	if got := values(Rank("nme", cands, 10, false)); len(got) != 0 {
		t.Errorf(`Rank("nme"): %v, want nothing`, got)
	}
	// Loose: something is always offered, nearest first.
	if got := values(Rank("user.nmae.x", cands, 2, true)); len(got) != 2 || got[0] != "user.name" {
		t.Errorf("loose: %v, want user.name first of two", got)
	}
	if got := Rank("  ", cands, 5, true); got != nil {
		t.Errorf("blank text: %v, want nothing", got)
	}
}
