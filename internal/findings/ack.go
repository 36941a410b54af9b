package findings

import "time"

// Acknowledgement says a DPO accepted a finding: why, until when, who and
// when.
type Acknowledgement struct {
	Note     string    `json:"note"`
	ReviewBy string    `json:"reviewBy"` // YYYY-MM-DD: the finding speaks again on this day
	By       string    `json:"by"`       // the actor who acknowledged it
	At       time.Time `json:"at"`
}
