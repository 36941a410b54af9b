// Package safeguard says whether a transfer safeguard (an adequacy
// decision, standard contractual clauses, a framework such as the DPF)
// could be relied on at a date. It is the one place that reads a
// safeguard's dates: the findings, the inventories, the data map, the
// report and the CLI all ask it.
//
// A safeguard is in force from ValidFrom (when set) and cannot be relied
// on from ValidUntil (when set) on: the day an instrument was invalidated
// (Schrems II struck the Privacy Shield on 2020-07-16) is the first day it
// is invalid.
package safeguard

import (
	"time"

	"github.com/ropacatalog/ropa/ent"
)

// InvalidSince is the day sg stopped being valid when that is on or before
// t (its ValidUntil), else nil: sg is nil, never invalidated, or still
// valid at t.
func InvalidSince(sg *ent.TransferSafeguard, t time.Time) *time.Time {
	if sg == nil || sg.ValidUntil == nil || sg.ValidUntil.After(t) {
		return nil
	}
	return sg.ValidUntil
}

// NotYetInForce reports whether sg was cited at t before it existed: its
// ValidFrom is after t.
func NotYetInForce(sg *ent.TransferSafeguard, t time.Time) bool {
	return sg != nil && sg.ValidFrom != nil && sg.ValidFrom.After(t)
}

// Valid reports whether sg can be relied on at t: it is a safeguard, in
// force and not invalidated on that date. A transfer with no safeguard is
// not valid (and not Stale either).
func Valid(sg *ent.TransferSafeguard, t time.Time) bool {
	return sg != nil && InvalidSince(sg, t) == nil && !NotYetInForce(sg, t)
}

// Stale reports whether sg is named but cannot be relied on at t.
func Stale(sg *ent.TransferSafeguard, t time.Time) bool { return sg != nil && !Valid(sg, t) }
