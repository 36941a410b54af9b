package inventory_test

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ropacatalog/ropa/ent"
	"github.com/ropacatalog/ropa/internal/invalid"
	"github.com/ropacatalog/ropa/internal/inventory"
	"github.com/ropacatalog/ropa/internal/lineage"
	"github.com/ropacatalog/ropa/internal/record"
	"github.com/ropacatalog/ropa/internal/store"
	"github.com/ropacatalog/ropa/internal/store/storetest"
	"github.com/ropacatalog/ropa/seed"
)

// The sentences the notices state the two transfers in
// (/work/shared/seeds/001_… line 189 and 000_… line 182), white space
// folded.
const (
	shieldSentence = "We also participate in the EU-U.S. Privacy Shield and Swiss – U.S. Privacy Shield Frameworks."
	dpfSentence    = "We also participate in the EU-US Data Privacy Framework and the Swiss-U.S. Data Privacy Framework."
)

func day(s string) time.Time {
	d, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return d
}

func seeded(t *testing.T) (*ent.Client, *record.Record) {
	t.Helper()
	c := storetest.Open(t, store.Config{})
	if _, err := seed.Load(context.Background(), c); err != nil {
		t.Fatal(err)
	}
	rec, err := record.Load(context.Background(), c, record.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return c, rec
}

func source(t *testing.T, c *ent.Client, rec *record.Record, org string) *inventory.Source {
	t.Helper()
	s, err := inventory.Load(context.Background(), c, rec, org)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// norm folds runs of white space (the careers notice has a no-break
// space after "the") into one space.
func norm(s string) string { return strings.Join(strings.Fields(s), " ") }

func quoted(ev []*ent.Evidence, sentence string) *ent.Evidence {
	for _, e := range ev {
		if strings.Contains(norm(e.Quote), sentence) {
			return e
		}
	}
	return nil
}

func actNames(r *inventory.TransferRow) []string {
	var out []string
	for _, a := range r.Acts {
		out = append(out, a.Name)
	}
	return out
}

func invalidField(err error) string {
	var inv *invalid.Error
	if errors.As(err, &inv) {
		return inv.Field
	}
	return ""
}

// TestInventoryTransfersUJET: the careers notice's Privacy Shield transfer
// is invalid since the Schrems II judgment (2020-07-16), the website
// notice's EU-US Data Privacy Framework transfer valid, each with the
// sentence of its notice; the day before Schrems II the Shield was valid.
func TestInventoryTransfersUJET(t *testing.T) {
	c, rec := seeded(t)
	s := source(t, c, rec, "ujet")
	tab, err := s.TransferTable(inventory.Filter{}, inventory.Order{}, day("2026-01-01"))
	if err != nil {
		t.Fatal(err)
	}
	var shield, dpf *inventory.TransferRow
	for _, r := range tab.Rows {
		switch {
		case r.Safeguard != nil && r.Safeguard.Key == "privacy_shield":
			shield = r
		case r.Safeguard != nil && r.Safeguard.Key == "dpf_eu_us":
			dpf = r
		}
	}
	if shield == nil || dpf == nil {
		t.Fatalf("want a Privacy Shield and an EU-US DPF transfer of UJET; got shield %v, dpf %v", shield, dpf)
	}
	if shield.Valid() || shield.InvalidSince.Format(time.DateOnly) != "2020-07-16" || !strings.HasPrefix(shield.Validity(), "invalid since 2020-07-16") {
		t.Errorf("Privacy Shield: valid %v, %q; want invalid since 2020-07-16", shield.Valid(), shield.Validity())
	}
	if shield.Transfer.Country != "US" || !slices.Contains(actNames(shield), "Recruiting and job application processing") {
		t.Errorf("Privacy Shield transfer: country %q, activities %v; want US, the careers notice's recruiting", shield.Transfer.Country, actNames(shield))
	}
	if e := quoted(shield.Evidence, shieldSentence); e == nil || e.Edges.Document == nil || !strings.Contains(e.Edges.Document.Title, "Job Applicant") {
		t.Errorf("Privacy Shield evidence %v: want %q from the job applicant notice", shield.Evidence, shieldSentence)
	}
	if !dpf.Valid() || dpf.Validity() != "valid" || dpf.Transfer.Country != "US" {
		t.Errorf("EU-US DPF: %q to %q, want valid to US", dpf.Validity(), dpf.Transfer.Country)
	}
	if slices.Contains(actNames(dpf), "Recruiting and job application processing") || !slices.Contains(actNames(dpf), "Marketing communications") {
		t.Errorf("EU-US DPF applies to %v: want the website notice's activities only", actNames(dpf))
	}
	if e := quoted(dpf.Evidence, dpfSentence); e == nil || !strings.Contains(e.Edges.Document.Title, "Website") {
		t.Errorf("EU-US DPF evidence %v: want %q from the website notice", dpf.Evidence, dpfSentence)
	}

	// Invalid only: the Shields (EU-US and Swiss-US), nothing valid.
	inv, err := s.TransferTable(inventory.Filter{InvalidOnly: true}, inventory.Order{}, day("2026-01-01"))
	if err != nil {
		t.Fatal(err)
	}
	var keys []string
	for _, r := range inv.Rows {
		keys = append(keys, r.Safeguard.Key)
		if r.Valid() {
			t.Errorf("invalid only lists a valid transfer: %s", r.Safeguard.Key)
		}
	}
	slices.Sort(keys)
	if !slices.Equal(keys, []string{"privacy_shield", "privacy_shield_swiss"}) {
		t.Errorf("invalid transfers of UJET: %v, want the EU-US and Swiss-US Privacy Shields", keys)
	}
	// The day before Schrems II, the EU-US Shield could be relied on.
	before, err := s.TransferTable(inventory.Filter{Safeguard: "privacy_shield"}, inventory.Order{}, day("2020-07-15"))
	if err != nil || len(before.Rows) != 1 || !before.Rows[0].Valid() {
		t.Errorf("Privacy Shield on 2020-07-15: %v %v, want one valid transfer", before, err)
	}
	// The CSV cells: the human validity and the quoted sentence.
	cells := inv.Cells()
	var found bool
	for _, row := range cells {
		if row[3] == "EU-US Privacy Shield" {
			found = strings.HasPrefix(row[4], "invalid since 2020-07-16") && strings.Contains(row[6], "“"+shieldSentence+"”")
		}
	}
	if !found || !slices.Equal(inv.Headers(), []string{"Country", "Recipient", "Processing activities", "Safeguard", "Validity", "Review status", "Evidence"}) {
		t.Errorf("export cells %q under %q: want the Shield invalid since 2020-07-16 with its quoted sentence", cells, inv.Headers())
	}
}

// TestInventoryFiltersSortPaging: filters narrow, sort orders, paging
// visits each row once; bad input names its field.
func TestInventoryFiltersSortPaging(t *testing.T) {
	c, rec := seeded(t)
	s := source(t, c, rec, "ujet")
	now := day("2026-01-01")
	all, err := s.TransferTable(inventory.Filter{}, inventory.Order{}, now)
	if err != nil {
		t.Fatal(err)
	}
	us, _ := s.TransferTable(inventory.Filter{Country: "US"}, inventory.Order{}, now)
	if len(us.Rows) == 0 || len(us.Rows) >= len(all.Rows) {
		t.Errorf("country US: %d of %d rows; want some, not all (UJET also transfers worldwide)", len(us.Rows), len(all.Rows))
	}
	for _, r := range us.Rows {
		if r.Transfer.Country != "US" {
			t.Errorf("country US lists a transfer to %q", r.Transfer.Country)
		}
	}
	// Sort by validity: invalid first; descending puts them last.
	byValidity, _ := s.TransferTable(inventory.Filter{}, inventory.Order{Field: "validity"}, now)
	if byValidity.Rows[0].Valid() || !byValidity.Rows[len(byValidity.Rows)-1].Valid() {
		t.Errorf("sorted by validity: first %q, last %q", byValidity.Rows[0].Validity(), byValidity.Rows[len(byValidity.Rows)-1].Validity())
	}
	desc, _ := s.TransferTable(inventory.Filter{}, inventory.Order{Field: "validity", Desc: true}, now)
	if desc.Rows[len(desc.Rows)-1].Valid() {
		t.Errorf("sorted by validity descending: last %q, want an invalid one", desc.Rows[len(desc.Rows)-1].Validity())
	}

	// Recipients: by name, role and search filter; paging visits all once.
	rt, err := s.RecipientTable(inventory.Filter{}, inventory.Order{})
	if err != nil {
		t.Fatal(err)
	}
	seen := map[int]int{}
	after := ""
	for pages := 0; ; pages++ {
		p, err := inventory.Paginate(rt, 7, after)
		if err != nil {
			t.Fatal(err)
		}
		if p.TotalCount != len(rt.Rows) {
			t.Fatalf("totalCount %d, want %d", p.TotalCount, len(rt.Rows))
		}
		for _, r := range p.Rows {
			seen[r.Recipient.ID]++
		}
		if !p.HasNextPage {
			break
		}
		if pages > 100 {
			t.Fatal("paging does not end")
		}
		after = p.EndCursor
	}
	if len(seen) != len(rt.Rows) {
		t.Errorf("paging by 7 reached %d recipients of %d", len(seen), len(rt.Rows))
	}
	for id, n := range seen {
		if n != 1 {
			t.Errorf("recipient %d on %d pages", id, n)
		}
	}
	procs, _ := s.RecipientTable(inventory.Filter{Role: "processor"}, inventory.Order{Field: "name", Desc: true})
	for i, r := range procs.Rows {
		if r.Recipient.Kind != "processor" {
			t.Errorf("role processor lists %s (%s)", r.Recipient.Name, r.Recipient.Kind)
		}
		if i > 0 && strings.ToLower(procs.Rows[i-1].Recipient.Name) < strings.ToLower(r.Recipient.Name) {
			t.Errorf("name descending: %q before %q", procs.Rows[i-1].Recipient.Name, r.Recipient.Name)
		}
	}
	bg, _ := s.RecipientTable(inventory.Filter{Search: "background CHECK"}, inventory.Order{})
	if len(bg.Rows) != 1 || bg.Rows[0].Recipient.Name != "Background check providers" {
		t.Fatalf("search 'background CHECK': %v", bg.Rows)
	}
	// The notice: "background check providers" receive criminal history for applicant background checks.
	b := bg.Rows[0]
	if !slices.ContainsFunc(b.Categories, func(c *ent.DataCategory) bool { return c.Key == "user.criminal_history" }) ||
		len(b.Acts) != 1 || b.Acts[0].Name != "Applicant background checks" {
		t.Errorf("background check providers: categories %v, activities %v", b.Categories, b.Acts)
	}
	crim, _ := s.RecipientTable(inventory.Filter{Category: "user.criminal_history"}, inventory.Order{})
	if !slices.ContainsFunc(crim.Rows, func(r *inventory.RecipientRow) bool { return r.Recipient.Name == "Background check providers" }) {
		t.Errorf("category user.criminal_history leaves out the background check providers")
	}

	// Categories: special only lists criminal history, collected by the
	// background checks, received by their providers.
	ct, err := s.CategoryTable(inventory.Filter{SpecialOnly: true}, inventory.Order{Field: "name"})
	if err != nil {
		t.Fatal(err)
	}
	i := slices.IndexFunc(ct.Rows, func(r *inventory.CategoryRow) bool { return r.Category.Key == "user.criminal_history" })
	if i < 0 {
		t.Fatalf("special categories of UJET leave out criminal history: %v", ct.Cells())
	}
	for _, r := range ct.Rows {
		if !r.Category.SpecialCategory && !r.Category.CriminalOffence {
			t.Errorf("special only lists %s", r.Category.Key)
		}
	}
	if cells := ct.Cells()[i]; cells[2] != "Art 10" || !strings.Contains(cells[3], "Applicant background checks") || !strings.Contains(cells[4], "Background check providers") {
		t.Errorf("criminal history row: %q", cells)
	}

	// Bad input names its field.
	if _, err := inventory.Paginate(rt, 0, ""); invalidField(err) != "first" {
		t.Errorf("first 0: %v, want an error naming first", err)
	}
	if _, err := inventory.Paginate(rt, 5, "x"); invalidField(err) != "after" {
		t.Errorf("after x: %v, want an error naming after", err)
	}
	if _, err := s.TransferTable(inventory.Filter{}, inventory.Order{Field: "colour"}, now); invalidField(err) != "orderBy.field" || !strings.Contains(err.Error(), "validity") {
		t.Errorf("sort by colour: %v, want an error naming orderBy.field and the sortable columns", err)
	}
	if _, err := s.TransferTable(inventory.Filter{Role: "processor"}, inventory.Order{}, now); invalidField(err) != "filter.role" {
		t.Errorf("role on transfers: %v, want an error naming filter.role", err)
	}
	if _, err := inventory.Load(context.Background(), c, rec, "nosuch"); err == nil || !strings.Contains(err.Error(), "nosuch") {
		t.Errorf("unknown organization: %v", err)
	}
}

// TestInventoryFields: the careers system's fields with their categories
// and who receives them (the lineage answer), and the activities
// inventory with the record view's filters.
func TestInventoryFields(t *testing.T) {
	c, rec := seeded(t)
	s := source(t, c, rec, "ujet")
	idx, err := lineage.Build(context.Background(), c, rec)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.LoadStructure(context.Background(), c, idx); err != nil {
		t.Fatal(err)
	}
	ft, err := s.FieldTable(inventory.Filter{System: "careers", Search: "ssn"}, inventory.Order{})
	if err != nil {
		t.Fatal(err)
	}
	if len(ft.Rows) != 1 {
		t.Fatalf("careers fields matching ssn: %q", ft.Cells())
	}
	r := ft.Rows[0]
	if err := s.FillReceivers(ft.Rows); err != nil {
		t.Fatal(err)
	}
	_, want, err := idx.RecipientsOf(r.Field.Path, "ujet")
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Receivers) == 0 || len(want) == 0 || !slices.ContainsFunc(r.Receivers, func(x *ent.Recipient) bool { return x.Name == "Background check providers" }) {
		t.Errorf("%s received by %v; lineage says %d results incl. the background check providers", r.Field.Path, r.Receivers, len(want))
	}
	at, err := s.ActivityTable(inventory.Filter{Search: "recruit", Role: "controller"}, inventory.Order{Field: "NAME", Desc: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(at.Rows) == 0 {
		t.Fatal("no UJET activity matches recruit")
	}
	for i, a := range at.Rows {
		if i > 0 && at.Rows[i-1].Name < a.Name {
			t.Errorf("activities by name descending: %q before %q", at.Rows[i-1].Name, a.Name)
		}
	}
}
