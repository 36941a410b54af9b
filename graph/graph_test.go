package graph_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/ropacatalog/ropa/ent"
	"github.com/ropacatalog/ropa/ent/legalbasis"
	"github.com/ropacatalog/ropa/ent/processingactivity"
	"github.com/ropacatalog/ropa/ent/recipient"
	"github.com/ropacatalog/ropa/ent/transfersafeguard"
	"github.com/ropacatalog/ropa/graph"
	"github.com/ropacatalog/ropa/internal/actor"
	"github.com/ropacatalog/ropa/internal/store"
	"github.com/ropacatalog/ropa/internal/store/storetest"
)

type gqlResult struct {
	Data   map[string]any `json:"data"`
	Errors []struct {
		Message    string         `json:"message"`
		Path       []any          `json:"path"`
		Extensions map[string]any `json:"extensions"`
	} `json:"errors"`
}

// server starts the real HTTP handler over a fresh catalog.
func server(t *testing.T, cfg store.Config) (*ent.Client, string) {
	t.Helper()
	client := storetest.Open(t, cfg)
	srv := httptest.NewServer(graph.NewMux(client))
	t.Cleanup(srv.Close)
	return client, srv.URL + "/graphql"
}

func do(t *testing.T, url, query string, vars map[string]any) gqlResult {
	t.Helper()
	var r gqlResult
	if err := json.Unmarshal(post(t, url, query, vars), &r); err != nil {
		t.Fatal(err)
	}
	return r
}

func mustDo(t *testing.T, url, query string, vars map[string]any) map[string]any {
	t.Helper()
	r := do(t, url, query, vars)
	if len(r.Errors) > 0 {
		t.Fatalf("GraphQL errors: %+v", r.Errors)
	}
	return r.Data
}

// fixture builds n activities, each with two purposes on legal bases, and
// two disclosures to recipients that have transfers under safeguards.
func fixture(t *testing.T, c *ent.Client, n int) {
	t.Helper()
	ctx := context.Background()
	org := c.Organization.Create().SetKey("acme").SetName("Acme SA").SetCountry("FR").SaveX(ctx)
	basis := c.LegalBasis.Create().SetKey("consent").SetName("Consent").SetArticle(legalbasis.ArticleArt6).SetReference("GDPR Art 6(1)(a)").SaveX(ctx)
	li := c.LegalBasis.Create().SetKey("legitimate_interests").SetName("Legitimate interests").SetArticle(legalbasis.ArticleArt6).SetReference("GDPR Art 6(1)(f)").SaveX(ctx)
	p1 := c.Purpose.Create().SetKey("marketing").SetName("Marketing").SaveX(ctx)
	p2 := c.Purpose.Create().SetKey("analytics").SetName("Analytics").SaveX(ctx)
	cat := c.DataCategory.Create().SetKey("user.contact.email").SetName("Email").SaveX(ctx)
	scc := c.TransferSafeguard.Create().SetKey("scc_2021").SetName("SCCs 2021").SetMechanism(transfersafeguard.MechanismScc).SaveX(ctx)
	for i := 0; i < n; i++ {
		a := c.ProcessingActivity.Create().SetName(fmt.Sprintf("Activity %03d", i)).SetOrganization(org).AddDataCategories(cat).SaveX(ctx)
		c.ActivityPurpose.Create().SetActivity(a).SetPurpose(p1).SetLegalBasis(basis).ExecX(ctx)
		c.ActivityPurpose.Create().SetActivity(a).SetPurpose(p2).SetLegalBasis(li).ExecX(ctx)
		for j := 0; j < 2; j++ {
			r := c.Recipient.Create().SetName(fmt.Sprintf("Vendor %03d-%d", i, j)).SetKind(recipient.KindProcessor).SetOrganization(org).SaveX(ctx)
			c.Disclosure.Create().SetActivity(a).SetRecipient(r).AddDataCategories(cat).AddPurposes(p1).ExecX(ctx)
			c.Transfer.Create().SetOrganization(org).SetActivity(a).SetRecipient(r).SetCountry("US").SetSafeguard(scc).ExecX(ctx)
		}
	}
}

const nestedQuery = `query {
  activities(first: 500, orderBy: [{field: NAME}]) {
    totalCount
    edges { node {
      name
      organization { name }
      purposes { purpose { key } legalBasis { key reference } }
      disclosures {
        dataCategories { key }
        recipient { name kind transfers { country safeguard { key validUntil } } }
      }
    } }
  }
}`

// TestNestedQueryStatementsDoNotGrow: the nested query a DPO runs is
// answered with a number of SQL statements that does not depend on the
// number of activities (no N+1).
func TestNestedQueryStatementsDoNotGrow(t *testing.T) {
	counts := map[int]int{}
	for _, n := range []int{10, 120} {
		counter := &storetest.Counter{}
		client, url := server(t, store.Config{WrapDriver: counter.Wrap})
		fixture(t, client, n)
		counter.Reset()
		data := mustDo(t, url, nestedQuery, nil)
		counts[n] = counter.Count()
		edges := data["activities"].(map[string]any)["edges"].([]any)
		if len(edges) != n {
			t.Fatalf("got %d activities, want %d", len(edges), n)
		}
		last := edges[n-1].(map[string]any)["node"].(map[string]any)
		ds := last["disclosures"].([]any)
		if len(ds) != 2 {
			t.Fatalf("activity %v: %d disclosures, want 2", last["name"], len(ds))
		}
		tr := ds[0].(map[string]any)["recipient"].(map[string]any)["transfers"].([]any)
		if len(tr) != 1 || tr[0].(map[string]any)["safeguard"].(map[string]any)["key"] != "scc_2021" {
			t.Fatalf("transfers of the first disclosure: %v", tr)
		}
	}
	t.Logf("SQL statements: %v", counts)
	if counts[10] != counts[120] {
		t.Errorf("statements grew with activities: %d for 10, %d for 120", counts[10], counts[120])
	}
	if counts[120] > 15 {
		t.Errorf("%d statements for one nested query; expected one per level", counts[120])
	}
}

// TestForeignKeyRefused: the database refuses a row that points nowhere.
func TestForeignKeyRefused(t *testing.T) {
	ctx := context.Background()
	client, url := server(t, store.Config{})
	fixture(t, client, 1)
	before := client.Disclosure.Query().CountX(ctx)
	// Straight through ent as a trusted writer, bypassing GraphQL: the
	// database's constraint refuses it.
	err := client.Disclosure.Create().SetActivityID(1 << 40).SetRecipientID(1 << 40).Exec(actor.With(ctx, actor.Seed("test.yaml")))
	if err == nil || !ent.IsConstraintError(err) {
		t.Fatalf("disclosure to a missing activity: err = %v, want a constraint error", err)
	}
	// And through the API.
	r := do(t, url, `mutation($a: ID!, $r: ID!) { createDisclosure(input: {activityID: $a, recipientID: $r}) { id } }`,
		map[string]any{"a": 1 << 40, "r": 1 << 40})
	if len(r.Errors) == 0 {
		t.Fatal("createDisclosure with missing activity succeeded")
	}
	// The API's error names the field and the missing entity.
	if e := r.Errors[0]; e.Extensions["code"] != "INVALID_INPUT" || e.Extensions["field"] != "activityID" ||
		!strings.Contains(e.Message, "does not exist") {
		t.Errorf("error %q %v, want INVALID_INPUT on activityID saying it does not exist", e.Message, e.Extensions)
	}
	if got := client.Disclosure.Query().CountX(ctx); got != before {
		t.Errorf("disclosures: %d after refused writes, want %d", got, before)
	}
}

// TestInvalidInputNamesField: invalid input answers an error naming the
// field and writes nothing.
func TestInvalidInputNamesField(t *testing.T) {
	ctx := context.Background()
	client, url := server(t, store.Config{})
	fixture(t, client, 1)
	org := client.Organization.Query().OnlyX(ctx)
	doc := client.PolicyDocument.Create().SetTitle("Notice").SetText("We share your email with Acme.").SetOrganization(org).SaveX(ctx)
	art9 := client.LegalBasis.Create().SetKey("explicit_consent").SetName("Explicit consent").SetArticle(legalbasis.ArticleArt9).SetReference("GDPR Art 9(2)(a)").SaveX(ctx)
	act := client.ProcessingActivity.Query().FirstX(ctx)
	purpose := client.Purpose.Query().FirstX(ctx)
	cases := []struct {
		name, query string
		vars        map[string]any
		field       string
		count       func() int
	}{
		{"country code", `mutation($o: ID!) { createRecipient(input: {name: "X", kind: processor, country: "XX", organizationID: $o}) { id } }`,
			map[string]any{"o": org.ID}, "country", func() int { return client.Recipient.Query().CountX(ctx) }},
		{"duration", `mutation($o: ID!) { createRetentionRule(input: {duration: "6 years", organizationID: $o}) { id } }`,
			map[string]any{"o": org.ID}, "duration", func() int { return client.RetentionRule.Query().CountX(ctx) }},
		{"retention without limit", `mutation($o: ID!) { createRetentionRule(input: {organizationID: $o}) { id } }`,
			map[string]any{"o": org.ID}, "duration", func() int { return client.RetentionRule.Query().CountX(ctx) }},
		{"quote", `mutation($d: ID!) { createEvidence(input: {documentID: $d, start: 3, end: 8, quote: "shore"}) { id } }`,
			map[string]any{"d": doc.ID}, "quote", func() int { return client.Evidence.Query().CountX(ctx) }},
		{"offset", `mutation($d: ID!) { createEvidence(input: {documentID: $d, start: 3, end: 800, quote: "share"}) { id } }`,
			map[string]any{"d": doc.ID}, "end", func() int { return client.Evidence.Query().CountX(ctx) }},
		{"art 9 condition as art 6 basis", `mutation($a: ID!, $p: ID!, $b: ID!) { createActivityPurpose(input: {activityID: $a, purposeID: $p, legalBasisID: $b}) { id } }`,
			map[string]any{"a": act.ID, "p": purpose.ID, "b": art9.ID}, "legalBasisID", func() int { return client.ActivityPurpose.Query().CountX(ctx) }},
		{"taxonomy key", `mutation { createDataCategory(input: {key: "User Email", name: "Email"}) { id } }`,
			nil, "key", func() int { return client.DataCategory.Query().CountX(ctx) }},
		{"transfer without country", `mutation($o: ID!) { createTransfer(input: {organizationID: $o, scope: country}) { id } }`,
			map[string]any{"o": org.ID}, "country", func() int { return client.Transfer.Query().CountX(ctx) }},
		{"blank name", `mutation($o: ID!) { createProcessingActivity(input: {name: "   ", organizationID: $o}) { id } }`,
			map[string]any{"o": org.ID}, "name", func() int { return client.ProcessingActivity.Query().CountX(ctx) }},
		{"100 KB name", `mutation($o: ID!, $n: String!) { createProcessingActivity(input: {name: $n, organizationID: $o}) { id } }`,
			map[string]any{"o": org.ID, "n": strings.Repeat("x", 100<<10)}, "name", func() int { return client.ProcessingActivity.Query().CountX(ctx) }},
		{"200 KB description", `mutation($o: ID!, $d: String!) { createProcessingActivity(input: {name: "Long", description: $d, organizationID: $o}) { id } }`,
			map[string]any{"o": org.ID, "d": strings.Repeat("y", 200<<10)}, "description", func() int { return client.ProcessingActivity.Query().CountX(ctx) }},
		{"blank name on update", `mutation($a: ID!) { updateProcessingActivity(id: $a, input: {name: "\t"}) { id } }`,
			map[string]any{"a": act.ID}, "name", func() int {
				return client.ProcessingActivity.Query().Where(processingactivity.Name(act.Name)).CountX(ctx)
			}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			before := c.count()
			r := do(t, url, c.query, c.vars)
			if len(r.Errors) == 0 {
				t.Fatal("invalid input was accepted")
			}
			e := r.Errors[0]
			if e.Extensions["field"] != c.field || e.Extensions["code"] != "INVALID_INPUT" {
				t.Errorf("error %q extensions %v: want field %q, code INVALID_INPUT", e.Message, e.Extensions, c.field)
			}
			if !strings.Contains(e.Message, c.field) {
				t.Errorf("error message %q does not name the field %q", e.Message, c.field)
			}
			if after := c.count(); after != before {
				t.Errorf("rows %d -> %d: a rejected mutation wrote", before, after)
			}
		})
	}
	// Invalid UTF-8 never reaches GraphQL (JSON replaces it), so the
	// catalog itself refuses it, from every writer.
	if _, err := client.Recipient.Create().SetName("Bad \xff bytes").SetKind(recipient.KindProcessor).SetOrganization(org).Save(ctx); err == nil ||
		!strings.Contains(err.Error(), "UTF-8") {
		t.Errorf("invalid UTF-8 name: %v, want refused", err)
	}
	// A name is stored trimmed.
	d0 := mustDo(t, url, `mutation($o: ID!) { createProcessingActivity(input: {name: "  Padded  ", organizationID: $o}) { name } }`,
		map[string]any{"o": org.ID})
	if got := d0["createProcessingActivity"].(map[string]any)["name"]; got != "Padded" {
		t.Errorf("stored name %q, want it trimmed", got)
	}
	// The valid span is accepted.
	d := mustDo(t, url, `mutation($d: ID!) { createEvidence(input: {documentID: $d, start: 3, end: 8, quote: "share"}) { quote document { sha256 } } }`,
		map[string]any{"d": doc.ID})
	if got := d["createEvidence"].(map[string]any)["quote"]; got != "share" {
		t.Errorf("quote = %v", got)
	}
}

// TestCRUDAndNode: create, read through node(id), update, delete.
func TestCRUDAndNode(t *testing.T) {
	_, url := server(t, store.Config{})
	d := mustDo(t, url, `mutation { createOrganization(input: {key: "ujet", name: "UJET, Inc.", country: "US", roles: ["controller", "processor"], dpoEmail: "privacy@ujet.co"}) { id } }`, nil)
	id := d["createOrganization"].(map[string]any)["id"].(string)
	d = mustDo(t, url, `query($id: ID!) { node(id: $id) { __typename ... on Organization { name roles reviewStatus } } }`, map[string]any{"id": id})
	node := d["node"].(map[string]any)
	if node["__typename"] != "Organization" || node["name"] != "UJET, Inc." || node["reviewStatus"] != "REVIEWED" {
		t.Errorf("node = %v", node)
	}
	d = mustDo(t, url, `mutation($id: ID!) { updateOrganization(id: $id, input: {phone: "+1 555 0100", reviewStatus: UNREVIEWED}) { phone reviewStatus } }`, map[string]any{"id": id})
	if got := d["updateOrganization"].(map[string]any); got["phone"] != "+1 555 0100" || got["reviewStatus"] != "UNREVIEWED" {
		t.Errorf("update = %v", got)
	}
	r := do(t, url, `mutation { createOrganization(input: {key: "x", name: "X", roles: ["owner"]}) { id } }`, nil)
	if len(r.Errors) == 0 || r.Errors[0].Extensions["field"] != "roles" {
		t.Errorf("role owner: %+v", r.Errors)
	}
	mustDo(t, url, `mutation($id: ID!) { deleteOrganization(id: $id) }`, map[string]any{"id": id})
	d = mustDo(t, url, `query { organizations { totalCount } }`, nil)
	if n := d["organizations"].(map[string]any)["totalCount"].(float64); n != 0 {
		t.Errorf("%v organizations after delete", n)
	}
}

// TestBadIDsAndDependents: an ID that is no number is named as such, and
// deleting what other facts refer to says so; neither writes anything.
func TestBadIDsAndDependents(t *testing.T) {
	ctx := context.Background()
	client, url := server(t, store.Config{})
	fixture(t, client, 1)
	r := do(t, url, `mutation { updateProcessingActivity(id: "abc", input: {name: "x"}) { id } }`, nil)
	if len(r.Errors) == 0 || r.Errors[0].Extensions["code"] != "INVALID_INPUT" || !strings.Contains(r.Errors[0].Message, `"abc" is not a catalog ID`) {
		t.Errorf("bad ID: %+v", r.Errors)
	}
	org := client.Organization.Query().OnlyX(ctx)
	r = do(t, url, `mutation($o: ID!) { deleteOrganization(id: $o) }`, map[string]any{"o": org.ID})
	if len(r.Errors) == 0 || r.Errors[0].Extensions["code"] != "CONSTRAINT" || !strings.Contains(r.Errors[0].Message, "other facts still refer to it") {
		t.Errorf("delete with dependents: %+v", r.Errors)
	}
	if !client.Organization.Query().ExistX(ctx) {
		t.Error("the refused delete removed the organization")
	}
}
