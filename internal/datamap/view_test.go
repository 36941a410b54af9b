package datamap_test

import (
	"context"
	"errors"
	"runtime"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ropacatalog/ropa/internal/datamap"
	"github.com/ropacatalog/ropa/internal/invalid"
	"github.com/ropacatalog/ropa/internal/record"
	"github.com/ropacatalog/ropa/internal/store"
	"github.com/ropacatalog/ropa/internal/store/storetest"
	"github.com/ropacatalog/ropa/internal/synth"
	"github.com/ropacatalog/ropa/seed"
)

// ujet is UJET's effective record on the seed catalog.
func ujet(t testing.TB) *record.Organization {
	t.Helper()
	c := storetest.Open(t, store.Config{})
	ctx := context.Background()
	if _, err := seed.Load(ctx, c); err != nil {
		t.Fatal(err)
	}
	rec, err := record.Load(ctx, c, record.Options{})
	if err != nil {
		t.Fatal(err)
	}
	o := rec.OrganizationByKey("ujet")
	if o == nil {
		t.Fatal("no UJET in the seed")
	}
	return o
}

func byKind(v *datamap.View, k datamap.NodeKind) []datamap.ViewNode {
	var out []datamap.ViewNode
	for _, n := range v.Nodes {
		if n.Kind == k {
			out = append(out, n)
		}
	}
	return out
}

func find(ns []datamap.ViewNode, id string) *datamap.ViewNode {
	for i := range ns {
		if ns[i].ID == id {
			return &ns[i]
		}
	}
	return nil
}

func TestView(t *testing.T) {
	o := ujet(t)
	now := time.Now()

	t.Run("overview: names, categories grouped by top level, every link between drawn nodes", func(t *testing.T) {
		v, err := datamap.BuildView(o, datamap.Request{}, nil, now)
		if err != nil {
			t.Fatal(err)
		}
		if got := len(byKind(v, datamap.Activity)); got != len(o.Activities) || v.Totals.Activities != len(o.Activities) {
			t.Errorf("overview draws %d activities, totals %d; UJET has %d", got, v.Totals.Activities, len(o.Activities))
		}
		contact := find(v.Nodes, "cats:user.contact")
		if contact == nil || !contact.Group || contact.Members < 2 {
			t.Fatalf("no user.contact group: %+v", contact)
		}
		for _, n := range byKind(v, datamap.DataCategory) {
			if strings.HasPrefix(n.Label, "user.") {
				t.Errorf("category %s is labelled with its key %q", n.ID, n.Label)
			}
			if !n.Group && strings.Count(n.Key, ".") > 1 && len(byKind(v, datamap.DataCategory)) > 1 {
				// A deeper category is drawn alone only as its group's one member.
				g := datamap.CategoryGroup(n.Key)
				if find(v.Nodes, "cats:"+g) != nil {
					t.Errorf("%s drawn beside its group", n.ID)
				}
			}
		}
		// Equal-opportunity data (race, religion...) are Art 9: their group says so.
		if d := find(v.Nodes, "cats:user.demographic"); d == nil || !d.Special {
			t.Errorf("the demographic group is not marked special: %+v", d)
		}
		ids := map[string]bool{}
		for _, n := range v.Nodes {
			ids[n.ID] = true
		}
		for _, l := range v.Links {
			if !ids[l.From] || !ids[l.To] || l.Count < 1 {
				t.Errorf("link %+v joins nodes not drawn", l)
			}
		}
		// The careers notice's transfers to the US rest on the Privacy Shield.
		if us := find(v.Nodes, "country:US"); us == nil || !us.Stale || us.Label != "United States" {
			t.Errorf("US node %+v", us)
		}
	})

	t.Run("expanding a group shows its members by name", func(t *testing.T) {
		v, err := datamap.BuildView(o, datamap.Request{Expand: []string{"cats:user.contact"}}, nil, now)
		if err != nil {
			t.Fatal(err)
		}
		if find(v.Nodes, "cats:user.contact") != nil {
			t.Error("the expanded group is still drawn as one node")
		}
		email := find(v.Nodes, "cat:user.contact.email")
		if email == nil || email.Parent != "cats:user.contact" || email.Label == email.Key {
			t.Errorf("user.contact.email: %+v", email)
		}
		if _, err := datamap.BuildView(o, datamap.Request{Expand: []string{"cats:nothing"}}, nil, now); !isInvalid(err, "expand") {
			t.Errorf("expanding no group: %v", err)
		}
	})

	t.Run("focus on a recipient keeps its neighbourhood", func(t *testing.T) {
		// The careers notice shares with background check providers "to
		// facilitate the background check": only that activity.
		rid := recipientID(t, o, "Background check providers")
		v, err := datamap.BuildView(o, datamap.Request{Focus: rid}, nil, now)
		if err != nil {
			t.Fatal(err)
		}
		if v.Focus == nil || v.Focus.ID != rid {
			t.Fatalf("focus %+v", v.Focus)
		}
		acts := byKind(v, datamap.Activity)
		if len(acts) != 1 || acts[0].Label != "Applicant background checks" {
			t.Errorf("activities around the background check providers: %+v", acts)
		}
		if recs := byKind(v, datamap.Recipient); len(recs) != 1 || recs[0].ID != rid {
			t.Errorf("recipients: %+v", recs)
		}
		// "We may need to collect additional information from you to perform
		// the background check (such as your social security number)".
		if !slices.ContainsFunc(byKind(v, datamap.DataCategory), func(n datamap.ViewNode) bool {
			return strings.Contains(strings.ToLower(n.Label), "social security")
		}) {
			t.Errorf("categories: %+v", byKind(v, datamap.DataCategory))
		}
		if len(byKind(v, datamap.System)) != 0 {
			t.Errorf("systems in a recipient's focus: %+v", byKind(v, datamap.System))
		}
	})

	t.Run("focus on a category: who collects and receives it", func(t *testing.T) {
		v, err := datamap.BuildView(o, datamap.Request{Focus: "cat:user.government_id"}, nil, now)
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range byKind(v, datamap.Activity) {
			act := activityNamed(o, a.Label)
			if act == nil || !collects(act, "user.government_id") {
				t.Errorf("%s does not process government IDs", a.Label)
			}
		}
		if len(byKind(v, datamap.Activity)) == 0 {
			t.Error("no activity processes government IDs")
		}
		if _, err := datamap.BuildView(o, datamap.Request{Focus: "cat:user.nothing"}, nil, now); !isInvalid(err, "focus") {
			t.Errorf("focus on no category: %v", err)
		}
		// A group's focus: its members' neighbourhoods (every system's activities).
		if v, err := datamap.BuildView(o, datamap.Request{Focus: "systems"}, nil, now); err != nil || v.Focus == nil || !v.Focus.Group || len(byKind(v, datamap.System)) != v.Totals.Systems {
			t.Errorf("focus on the systems group: %v, %+v", err, v)
		}
		if _, err := datamap.BuildView(o, datamap.Request{Focus: "rec:1"}, nil, now); !isInvalid(err, "focus") {
			t.Errorf("focus on no recipient: %v", err)
		}
	})

	t.Run("search keeps the hits and their links", func(t *testing.T) {
		v, err := datamap.BuildView(o, datamap.Request{Search: "background check"}, nil, now)
		if err != nil {
			t.Fatal(err)
		}
		if v.MatchCount == 0 || len(v.Matches) != v.MatchCount {
			t.Fatalf("matches %d of %d", len(v.Matches), v.MatchCount)
		}
		for _, m := range v.Matches {
			if !strings.Contains(strings.ToLower(m.Label+" "+m.Key), "background check") {
				t.Errorf("match %+v", m)
			}
		}
		hit := 0
		for _, n := range v.Nodes {
			if n.Match {
				hit++
			}
		}
		if hit == 0 || len(v.Nodes) >= len(o.Activities) {
			t.Errorf("search draws %d nodes, %d hits", len(v.Nodes), hit)
		}
	})
}

func TestDetails(t *testing.T) {
	o := ujet(t)
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)

	t.Run("the United States: its transfers, safeguards and whether they are valid", func(t *testing.T) {
		d, err := datamap.BuildDetails(o, "country:US", nil, now, 0)
		if err != nil {
			t.Fatal(err)
		}
		got := map[string]datamap.TransferFact{}
		for _, tr := range d.Transfers {
			if tr.Country != "US" || tr.Safeguard == nil {
				continue
			}
			got[tr.Safeguard.Name] = tr
		}
		// Schrems II (C-311/18): the EU-US Privacy Shield is invalid since 2020-07-16.
		ps, ok := got["EU-US Privacy Shield"]
		if !ok || ps.Valid || ps.InvalidSince == nil || ps.InvalidSince.Format(time.DateOnly) != "2020-07-16" {
			t.Errorf("Privacy Shield transfer: %+v", ps)
		}
		if ok && (len(ps.Activities) == 0 || ps.Activities[0].Edges.Notice == nil || !strings.Contains(ps.Activities[0].Edges.Notice.Title, "Job Applicant")) {
			t.Errorf("the Privacy Shield transfer is not the careers notice's: %+v", ps.Activities)
		}
		// The EU-US Data Privacy Framework (Decision (EU) 2023/1795) is valid.
		if dpf, ok := got["EU-US Data Privacy Framework"]; !ok || !dpf.Valid || dpf.InvalidSince != nil {
			t.Errorf("DPF transfer: %+v", dpf)
		}
		// Before Schrems II, the Privacy Shield was valid.
		d, _ = datamap.BuildDetails(o, "country:US", nil, time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC), 0)
		for _, tr := range d.Transfers {
			if tr.Safeguard != nil && tr.Safeguard.Name == "EU-US Privacy Shield" && !tr.Valid {
				t.Error("the Privacy Shield is invalid on 2020-01-01")
			}
		}
	})

	t.Run("a recipient: what it receives, from which activity, on what basis", func(t *testing.T) {
		d, err := datamap.BuildDetails(o, recipientID(t, o, "Background check providers"), nil, now, 0)
		if err != nil {
			t.Fatal(err)
		}
		if len(d.Disclosures) != 1 || d.Disclosures[0].Activity.Name != "Applicant background checks" {
			t.Fatalf("disclosures: %+v", d.Disclosures)
		}
		// The careers notice's transfers name no recipient: they carry the
		// applicant's data wherever it goes, the background check providers too.
		if len(d.Transfers) == 0 {
			t.Error("no transfer reaches the background check providers")
		}
		for _, tr := range d.Transfers {
			if tr.Recipient != nil || tr.Transfer.NoticeID != d.Disclosures[0].Activity.NoticeID {
				t.Errorf("transfer %+v is not the careers notice's", tr)
			}
		}
		dis := d.Disclosures[0]
		if len(dis.Bases) == 0 || len(dis.Categories) == 0 || len(dis.Disclosure.Edges.Evidence) == 0 {
			t.Errorf("the disclosure lacks bases, categories or evidence: %+v", dis)
		}
	})

	t.Run("an activity, a group, and nothing", func(t *testing.T) {
		a := activityNamed(o, "Applicant background checks")
		d, err := datamap.BuildDetails(o, datamap.ActivityID(a.ID), nil, now, 0)
		if err != nil {
			t.Fatal(err)
		}
		if d.Activity == nil || len(d.Purposes) != len(a.Edges.Purposes) || len(d.Categories) != len(a.Edges.DataCategories) || len(d.Disclosures) != len(a.Edges.Disclosures) {
			t.Errorf("activity details %+v", d)
		}
		g, err := datamap.BuildDetails(o, "cats:user.contact", nil, now, 0)
		if err != nil {
			t.Fatal(err)
		}
		if !g.Node.Group || g.MemberCount < 2 || len(g.CollectedBy) == 0 {
			t.Errorf("contact group: %+v", g.Node)
		}
		if _, err := datamap.BuildDetails(o, "act:1", nil, now, 0); !isInvalid(err, "node") {
			t.Errorf("details of no node: %v", err)
		}
	})
}

func isInvalid(err error, field string) bool {
	var inv *invalid.Error
	return errors.As(err, &inv) && inv.Field == field
}

func recipientID(t testing.TB, o *record.Organization, name string) string {
	t.Helper()
	for _, a := range o.Activities {
		for _, d := range a.Edges.Disclosures {
			if d.Edges.Recipient.Name == name {
				return datamap.RecipientID(d.RecipientID)
			}
		}
	}
	t.Fatalf("no recipient %q", name)
	return ""
}

func activityNamed(o *record.Organization, name string) *record.Activity {
	for _, a := range o.Activities {
		if a.Name == name {
			return a
		}
	}
	return nil
}

func collects(a *record.Activity, key string) bool {
	for _, c := range a.Edges.DataCategories {
		if c.Key == key || strings.HasPrefix(c.Key, key+".") || strings.HasPrefix(key, c.Key+".") {
			return true
		}
	}
	return false
}

// BenchmarkMapOverview: the overview of the enterprise-scale synthetic
// catalog (5,000 activities, 2,000 recipients, 600 categories) from its
// loaded record, as dataMapView answers it from the record cache.
func BenchmarkMapOverview(b *testing.B) {
	c := storetest.Open(b, store.Config{})
	ctx := context.Background()
	res, err := synth.Generate(ctx, c, synth.Enterprise)
	if err != nil {
		b.Fatal(err)
	}
	rec, err := record.Load(ctx, c, record.Options{})
	if err != nil {
		b.Fatal(err)
	}
	o := rec.OrganizationByKey(res.Organization.Key)
	now := time.Now()
	runtime.GC() // the generator's garbage is not the overview's
	cpu := cpuTime()
	b.ResetTimer()
	var v *datamap.View
	for i := 0; i < b.N; i++ {
		if v, err = datamap.BuildView(o, datamap.Request{}, nil, now); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	b.ReportMetric(float64(len(v.Nodes)), "nodes")
	b.ReportMetric(float64(len(v.Links)), "links")
	b.ReportMetric(float64(cpuTime()-cpu)/float64(time.Millisecond)/float64(b.N), "cpu-ms/op")
}

// cpuTime is the CPU time the process has used (user and system): on a
// shared machine less sensitive than wall time to other load.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
