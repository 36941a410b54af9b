package graph_test

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/ropacatalog/ropa/ent"
	"github.com/ropacatalog/ropa/ent/datacategory"
	"github.com/ropacatalog/ropa/ent/disclosure"
	"github.com/ropacatalog/ropa/ent/legalbasis"
	"github.com/ropacatalog/ropa/ent/organization"
	"github.com/ropacatalog/ropa/ent/processingactivity"
	"github.com/ropacatalog/ropa/ent/transfer"
	"github.com/ropacatalog/ropa/internal/store"
	"github.com/ropacatalog/ropa/seed"
)

// pastQueries are the questions asked at a time and again as of it.
var pastQueries = map[string]string{
	"article30":    `query($at: Time) { article30(organization: "ujet", asOf: $at) }`,
	"recipientsOf": `query($at: Time) { recipientsOf(field: "user.contact.email", asOf: $at) { recipient { name } activity { name } match transfers { country safeguard { key } } evidence { quote } } }`,
	"dataMap":      `query($at: Time) { dataMap(asOf: $at) { nodes { id kind label transfer staleSafeguard } edges { from to kind label } } }`,
}

// snapshotAnswers asks every report format and every past query now
// (at nil) or as of at.
func snapshotAnswers(t *testing.T, base string, at *time.Time) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	for _, f := range []string{"html", "csv", "json", "xlsx"} {
		u := base + "/reports/article30?org=ujet&format=" + f
		if at != nil {
			u += "&asOf=" + url.QueryEscape(at.Format(time.RFC3339Nano))
		}
		resp, err := http.Get(u)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			t.Fatalf("%s: %d %s", u, resp.StatusCode, b)
		}
		out[f] = b
	}
	for name, q := range pastQueries {
		vars := map[string]any{}
		if at != nil {
			vars["at"] = at.Format(time.RFC3339Nano)
		}
		r := do(t, base+"/graphql", q, vars)
		if len(r.Errors) > 0 {
			t.Fatalf("%s as of %v: %+v", name, at, r.Errors)
		}
		out[name] = post(t, base+"/graphql", q, vars)
	}
	return out
}

// moment returns a time after every change written so far and before any
// written next: it waits until the clock has moved past it (the history
// keeps microseconds on PostgreSQL).
func moment() time.Time {
	at := time.Now()
	for !time.Now().After(at.Add(time.Millisecond)) {
		time.Sleep(time.Millisecond)
	}
	return at
}

// TestAsOfAnswersWhatWasProduced: the Article 30 report in every format,
// recipientsOf and the data map asked as of T1 and T2 are, byte for byte,
// what they answered at T1 and T2, after the record was changed in between
// and after (a renamed activity, a purpose moved to another basis, a
// transfer deleted, categories added to a disclosure, a disclosure created,
// a disclosure deleted with its evidence).
func TestAsOfAnswersWhatWasProduced(t *testing.T) {
	ctx := context.Background()
	client, gql := server(t, store.Config{})
	base := strings.TrimSuffix(gql, "/graphql")
	if _, err := seed.Load(ctx, client); err != nil {
		t.Fatal(err)
	}
	acts := client.ProcessingActivity.Query().
		Where(processingactivity.HasOrganizationWith(organization.Key("ujet"))).
		WithPurposes().WithDisclosures(func(q *ent.DisclosureQuery) { q.WithDataCategories() }).
		Order(ent.Asc(processingactivity.FieldID)).AllX(ctx)
	var act *ent.ProcessingActivity
	for _, a := range acts {
		if len(a.Edges.Purposes) > 0 && len(a.Edges.Disclosures) > 1 {
			act = a
			break
		}
	}
	if act == nil {
		t.Fatal("no UJET activity with purposes and two disclosures in the seed")
	}
	tr := client.Transfer.Query().Where(transfer.HasOrganizationWith(organization.Key("ujet"))).
		Order(ent.Asc(transfer.FieldID)).FirstX(ctx)
	otherBasis := client.LegalBasis.Query().Where(legalbasis.IDNEQ(act.Edges.Purposes[0].LegalBasisID)).
		Order(ent.Asc(legalbasis.FieldID)).FirstX(ctx)

	t1 := moment()
	at1 := snapshotAnswers(t, base, nil)

	mustDo(t, gql, `mutation($id: ID!) { updateProcessingActivity(id: $id, input: {name: "Renamed after T1"}) { id } }`,
		map[string]any{"id": act.ID})
	mustDo(t, gql, `mutation($id: ID!, $b: ID!) { updateActivityPurpose(id: $id, input: {legalBasisID: $b}) { id } }`,
		map[string]any{"id": act.Edges.Purposes[0].ID, "b": otherBasis.ID})
	mustDo(t, gql, `mutation($id: ID!) { deleteTransfer(id: $id) }`, map[string]any{"id": tr.ID})
	d0 := act.Edges.Disclosures[0]
	has := map[int]bool{}
	for _, c := range d0.Edges.DataCategories {
		has[c.ID] = true
	}
	var extra int
	for _, id := range client.DataCategory.Query().Order(ent.Asc(datacategory.FieldKey)).IDsX(ctx) {
		if !has[id] {
			extra = id
			break
		}
	}
	mustDo(t, gql, `mutation($id: ID!, $c: ID!) { updateDisclosure(id: $id, input: {addDataCategoryIDs: [$c]}) { id } }`,
		map[string]any{"id": d0.ID, "c": extra})
	// A new disclosure of the email address, with its category and evidence.
	email := client.DataCategory.Query().Where(datacategory.Key("user.contact.email")).OnlyIDX(ctx)
	mustDo(t, gql, `mutation($a: ID!, $r: ID!, $c: ID!, $e: [ID!]) { createDisclosure(input: {activityID: $a, recipientID: $r, dataCategoryIDs: [$c], evidenceIDs: $e}) { id } }`,
		map[string]any{"a": act.ID, "r": d0.RecipientID, "c": email, "e": []int{}})

	t2 := moment()
	at2 := snapshotAnswers(t, base, nil)
	if bytes.Equal(at1["html"], at2["html"]) {
		t.Fatal("the changes between T1 and T2 left the HTML report as it was; the test proves nothing")
	}

	d1 := act.Edges.Disclosures[1]
	mustDo(t, gql, `mutation($id: ID!) { deleteDisclosure(id: $id) }`, map[string]any{"id": d1.ID})
	mustDo(t, gql, `mutation($id: ID!) { updateProcessingActivity(id: $id, input: {name: "Renamed after T2", description: "changed"}) { id } }`,
		map[string]any{"id": act.ID})
	if client.Disclosure.Query().Where(disclosure.ID(d1.ID)).ExistX(ctx) {
		t.Fatal("the disclosure was not deleted")
	}

	for _, c := range []struct {
		name string
		at   time.Time
		want map[string][]byte
	}{{"T1", t1, at1}, {"T2", t2, at2}} {
		got := snapshotAnswers(t, base, &c.at)
		for k, want := range c.want {
			if k == "xlsx" {
				sameWorkbook(t, c.name, want, got[k])
				continue
			}
			if !bytes.Equal(got[k], want) {
				t.Errorf("%s as of %s differs from what it answered then:\n got %s\nwant %s", k, c.name, got[k], want)
			}
		}
	}
}

// sameWorkbook compares two XLSX reports cell by cell (the files carry the
// time they were written).
func sameWorkbook(t *testing.T, at string, want, got []byte) {
	t.Helper()
	read := func(b []byte) map[string][][]string {
		f, err := excelize.OpenReader(bytes.NewReader(b))
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		out := map[string][][]string{}
		for _, s := range f.GetSheetList() {
			rows, err := f.GetRows(s)
			if err != nil {
				t.Fatal(err)
			}
			out[s] = rows
		}
		return out
	}
	w, g := read(want), read(got)
	if len(w) != len(g) {
		t.Fatalf("xlsx as of %s: sheets %d, want %d", at, len(g), len(w))
	}
	for s, rows := range w {
		if strings.Join(flatten(g[s]), "\x00") != strings.Join(flatten(rows), "\x00") {
			t.Errorf("xlsx as of %s: sheet %s differs from what it was then", at, s)
		}
	}
}

func flatten(rows [][]string) []string {
	var out []string
	for _, r := range rows {
		out = append(out, strings.Join(r, "\x01"))
	}
	return out
}

// TestDiffReport: /reports/diff hands an auditor the changes between two
// dates as JSON and HTML, each line with who and the fields before and
// after; bad parameters answer 400 naming them, an unknown organization
// 404.
func TestDiffReport(t *testing.T) {
	ctx := context.Background()
	client, gql := server(t, store.Config{})
	base := strings.TrimSuffix(gql, "/graphql")
	if _, err := seed.Load(ctx, client); err != nil {
		t.Fatal(err)
	}
	from := moment()
	act := client.ProcessingActivity.Query().
		Where(processingactivity.HasOrganizationWith(organization.Key("ujet"))).
		Order(ent.Asc(processingactivity.FieldID)).FirstX(ctx)
	mustDo(t, gql, `mutation($id: ID!) { updateProcessingActivity(id: $id, input: {owner: "HR team"}) { id } }`,
		map[string]any{"id": act.ID})
	get := func(q string) (int, string) {
		resp, err := http.Get(base + "/reports/diff?" + q)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	f := url.QueryEscape(from.Format(time.RFC3339Nano))
	code, body := get("org=ujet&from=" + f)
	if code != 200 || !strings.Contains(body, `HR team`) || strings.Count(body, `"change":`) != 1 {
		t.Errorf("json diff since the seed: %d %s; want one line, the owner set to HR team", code, body)
	}
	code, body = get("org=UJET&format=html&from=" + f)
	if code != 200 || !strings.Contains(body, "HR team") || !strings.Contains(body, "<table>") {
		t.Errorf("html diff: %d %.500s", code, body)
	}
	for q, want := range map[string]int{
		"from=" + f:                              400, // no org
		"org=ujet":                               400, // no from
		"org=ujet&from=yesterday":                400,
		"org=ujet&from=" + f + "&format=pdf":     400,
		"org=ujet&from=2026-06-30&to=2026-01-01": 400,
		"org=nosuch&from=" + f:                   404,
	} {
		if code, body := get(q); code != want {
			t.Errorf("%s: %d %s, want %d", q, code, body, want)
		}
	}
}
