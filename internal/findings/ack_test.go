package findings_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/ropacatalog/ropa/ent"
	"github.com/ropacatalog/ropa/internal/actor"
	"github.com/ropacatalog/ropa/internal/catalog"
	"github.com/ropacatalog/ropa/internal/findings"
	"github.com/ropacatalog/ropa/internal/invalid"
)

// acknowledge runs findings.Acknowledge as the CLI does: one catalog.Write
// as actor cli:dpo, on the given day.
func acknowledge(c *ent.Client, in findings.AckInput, today time.Time) error {
	return catalog.Write(context.Background(), c, actor.CLI("dpo"), func(ctx context.Context, tx *ent.Tx) error {
		_, err := findings.Acknowledge(ctx, tx.Client(), in, today)
		return err
	})
}

// TestAcknowledge: an acknowledged finding is quiet (listed with its
// acknowledgement) from the day it was made until the review date, and
// speaks again on that date or as soon as a fact under it changes. Bad
// input is refused with the field named, and nothing is written.
func TestAcknowledge(t *testing.T) {
	w := newWorld(t)
	g := w.org("acked", transferText, nil, nil)
	tr := g.transfer("BR", "", "We transfer data abroad.")
	today := date("2026-12-02")
	open := having(evaluate(t, w.c, "acked", today), "transfer-no-safeguard", nil)
	if len(open) != 1 || open[0].Acknowledged != nil {
		t.Fatalf("before: %+v, want one open finding", open)
	}
	subject := open[0].Subject

	// Bad input: each refused, naming its field, nothing written.
	good := findings.AckInput{Organization: "acked", Rule: "transfer-no-safeguard", Subject: subject,
		Note: "Brazilian office: SCCs being signed", ReviewBy: date("2027-03-01")}
	for _, tc := range []struct {
		field string
		edit  func(*findings.AckInput)
	}{
		{"rule", func(in *findings.AckInput) { in.Rule = "no-such-rule" }},
		{"note", func(in *findings.AckInput) { in.Note = "  " }},
		{"reviewBy", func(in *findings.AckInput) { in.ReviewBy = date("2026-12-01") }},
		{"reviewBy", func(in *findings.AckInput) { in.ReviewBy = today }},
		{"reviewBy", func(in *findings.AckInput) { in.ReviewBy = time.Time{} }},
		{"organization", func(in *findings.AckInput) { in.Organization = "nobody" }},
		{"subject", func(in *findings.AckInput) { in.Subject = "transfer:1" }},
	} {
		in := good
		tc.edit(&in)
		err := acknowledge(w.c, in, today)
		var ie *invalid.Error
		if !errors.As(err, &ie) || ie.Field != tc.field {
			t.Errorf("%+v: error %v, want one naming %s", in, err, tc.field)
		}
	}
	if n := w.c.FindingAcknowledgement.Query().CountX(w.ctx); n != 0 {
		t.Fatalf("bad input wrote %d acknowledgements", n)
	}

	if err := acknowledge(w.c, good, today); err != nil {
		t.Fatal(err)
	}
	ackOn := func(day string) *findings.Acknowledgement {
		t.Helper()
		got := having(evaluate(t, w.c, "acked", date(day)), "transfer-no-safeguard", nil)
		if len(got) != 1 {
			t.Fatalf("as of %s: %+v, want the finding listed", day, got)
		}
		return got[0].Acknowledged
	}
	a := ackOn("2026-12-02")
	if a == nil || a.Note != good.Note || a.ReviewBy != "2027-03-01" || a.By != "cli:dpo" {
		t.Errorf("on the day: %+v, want the note, the review date and cli:dpo", a)
	}
	if a := ackOn("2026-12-01"); a != nil {
		t.Errorf("the day before it was made: %+v, want none", a)
	}
	if a := ackOn("2027-02-28"); a == nil {
		t.Error("the day before the review date: open, want quiet")
	}
	if a := ackOn("2027-03-01"); a != nil {
		t.Errorf("on the review date: %+v, want it open again", a)
	}
	// A fact under the finding changes: it speaks again.
	w.c.Transfer.UpdateOne(tr).SetDescription("to the São Paulo office").ExecX(w.ctx)
	if a := ackOn("2026-12-02"); a != nil {
		t.Errorf("after the transfer changed: %+v, want it open again", a)
	}
	// Acknowledged again, it is quiet again; the list holds both.
	if err := acknowledge(w.c, good, today); err != nil {
		t.Fatal(err)
	}
	if a := ackOn("2026-12-02"); a == nil {
		t.Error("acknowledged again: open, want quiet")
	}
	if acks, err := findings.Acknowledgements(w.ctx, w.c, g.o.ID); err != nil || len(acks) != 2 || acks[0].Subject != subject {
		t.Errorf("acknowledgements %v %v, want two for %s", acks, err, subject)
	}
}
