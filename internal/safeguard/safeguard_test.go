package safeguard

import (
	"testing"
	"time"

	"github.com/ropacatalog/ropa/ent"
)

func day(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

func at(s string) *time.Time { t := day(s); return &t }

// The instruments' dates are the law's (../shared/domain.md): the
// EU-US Privacy Shield applied from 2016-08-01 until the CJEU struck it on
// 2020-07-16 (C-311/18); the EU-US Data Privacy Framework applies from
// 2023-07-10 (Decision (EU) 2023/1795).
func TestValidity(t *testing.T) {
	shield := &ent.TransferSafeguard{Key: "privacy_shield", ValidFrom: at("2016-08-01"), ValidUntil: at("2020-07-16")}
	dpf := &ent.TransferSafeguard{Key: "eu_us_dpf", ValidFrom: at("2023-07-10")}
	scc := &ent.TransferSafeguard{Key: "scc_2021"}
	for _, c := range []struct {
		sg           *ent.TransferSafeguard
		date         string
		valid, stale bool
		invalidSince string
	}{
		{shield, "2020-07-15", true, false, ""},
		{shield, "2020-07-16", false, true, "2020-07-16"}, // the judgment's day is the first day it is invalid
		{shield, "2026-01-01", false, true, "2020-07-16"},
		{shield, "2016-07-31", false, true, ""}, // cited before it existed
		{dpf, "2023-07-09", false, true, ""},
		{dpf, "2023-07-10", true, false, ""},
		{scc, "2026-01-01", true, false, ""},
		{nil, "2026-01-01", false, false, ""}, // no safeguard: neither valid nor stale
	} {
		name := "none"
		if c.sg != nil {
			name = c.sg.Key
		}
		d := day(c.date)
		since := ""
		if s := InvalidSince(c.sg, d); s != nil {
			since = s.Format(time.DateOnly)
		}
		if Valid(c.sg, d) != c.valid || Stale(c.sg, d) != c.stale || since != c.invalidSince {
			t.Errorf("%s on %s: valid %v, stale %v, invalid since %q; want %v, %v, %q",
				name, c.date, Valid(c.sg, d), Stale(c.sg, d), since, c.valid, c.stale, c.invalidSince)
		}
	}
	if !NotYetInForce(dpf, day("2023-07-09")) || NotYetInForce(dpf, day("2023-07-10")) {
		t.Error("the DPF is in force from 2023-07-10, not before")
	}
}
