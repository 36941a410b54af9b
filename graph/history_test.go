package graph_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http/httptest"
	"strconv"
	"testing"
	"time"

	"github.com/ropacatalog/ropa/ent"
	"github.com/ropacatalog/ropa/ent/change"
	"github.com/ropacatalog/ropa/ent/legalbasis"
	"github.com/ropacatalog/ropa/ent/recipient"
	"github.com/ropacatalog/ropa/ent/securitymeasure"
	"github.com/ropacatalog/ropa/graph"
	"github.com/ropacatalog/ropa/internal/actor"
	"github.com/ropacatalog/ropa/internal/catalog"
	"github.com/ropacatalog/ropa/internal/history"
	"github.com/ropacatalog/ropa/internal/store"
	"github.com/ropacatalog/ropa/internal/store/storetest"
)

// historyCase is how the test drives the create, update and delete of
// one entity type through the API: the create input, the update input,
// and the field (ent's name) and value the update sets.
type historyCase struct {
	create, update string
	field, value   string
}

const fixtureText = "We keep your email address for one year."

// TestEveryMutationWritesHistory: every mutation of the schema, run
// through the API with a valid input, writes exactly one change of its
// row, with the right operation, actor and values before and after. A
// mutation the test has no case for fails it.
func TestEveryMutationWritesHistory(t *testing.T) {
	ctx := context.Background()
	client := storetest.Open(t, store.Config{})
	var org, act, purpose, basis, rec, measure, right, sys, ds, cat, doc int
	err := catalog.Write(ctx, client, actor.Seed("fixture"), func(ctx context.Context, tx *ent.Tx) error {
		org = tx.Organization.Create().SetKey("acme").SetName("Acme").SaveX(ctx).ID
		act = tx.ProcessingActivity.Create().SetName("Newsletter").SetOrganizationID(org).SaveX(ctx).ID
		purpose = tx.Purpose.Create().SetKey("marketing").SetName("Marketing").SaveX(ctx).ID
		basis = tx.LegalBasis.Create().SetKey("consent").SetName("Consent").SetArticle(legalbasis.ArticleArt6).SetReference("Art 6(1)(a)").SaveX(ctx).ID
		rec = tx.Recipient.Create().SetName("Mailchimp").SetKind(recipient.KindProcessor).SetOrganizationID(org).SaveX(ctx).ID
		measure = tx.SecurityMeasure.Create().SetKey("encryption").SetName("Encryption").SetKind(securitymeasure.KindTechnical).SaveX(ctx).ID
		right = tx.Right.Create().SetKey("access").SetName("Access").SaveX(ctx).ID
		sys = tx.System.Create().SetKey("crm").SetName("CRM").SetOrganizationID(org).SaveX(ctx).ID
		ds = tx.Dataset.Create().SetKey("contacts").SetName("Contacts").SetSystemID(sys).SaveX(ctx).ID
		cat = tx.DataCategory.Create().SetKey("user.contact.email").SetName("Email").SaveX(ctx).ID
		doc = tx.PolicyDocument.Create().SetTitle("Notice").SetText(fixtureText).SetOrganizationID(org).SaveX(ctx).ID
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	id := func(n int) string { return strconv.Quote(strconv.Itoa(n)) }
	cases := map[string]historyCase{
		"ActivityPurpose":     {fmt.Sprintf(`{activityID: %s, purposeID: %s, legalBasisID: %s}`, id(act), id(purpose), id(basis)), `{legitimateInterest: "li"}`, "legitimate_interest", "li"},
		"DataCategory":        {`{key: "t.cat", name: "Cat"}`, `{name: "Cat 2"}`, "name", "Cat 2"},
		"DataField":           {fmt.Sprintf(`{key: "email", name: "Email", datasetID: %s, dataCategoryID: %s}`, id(ds), id(cat)), `{name: "E-mail"}`, "name", "E-mail"},
		"DataSource":          {`{key: "t.src", name: "Src"}`, `{name: "Src 2"}`, "name", "Src 2"},
		"DataSubjectCategory": {`{key: "t.subj", name: "Subj"}`, `{name: "Subj 2"}`, "name", "Subj 2"},
		"DataSubjectRight":    {fmt.Sprintf(`{organizationID: %s, rightID: %s}`, id(org), id(right)), `{channel: "email"}`, "channel", "email"},
		"Dataset":             {fmt.Sprintf(`{key: "orders", name: "Orders", systemID: %s}`, id(sys)), `{name: "Orders 2"}`, "name", "Orders 2"},
		"Disclosure":          {fmt.Sprintf(`{activityID: %s, recipientID: %s}`, id(act), id(rec)), `{description: "emails"}`, "description", "emails"},
		"LegalBasis":          {`{key: "t.basis", name: "Basis", article: art6, reference: "Art 6(1)(f)"}`, `{name: "Basis 2"}`, "name", "Basis 2"},
		"Organization":        {`{key: "other", name: "Other"}`, `{name: "Other 2"}`, "name", "Other 2"},
		"PolicyDocument":      {fmt.Sprintf(`{title: "T", text: "Some text.", organizationID: %s}`, id(org)), `{title: "T 2"}`, "title", "T 2"},
		"ProcessingActivity":  {fmt.Sprintf(`{name: "Payroll", organizationID: %s}`, id(org)), `{owner: "HR"}`, "owner", "HR"},
		"Purpose":             {`{key: "t.purpose", name: "P"}`, `{name: "P 2"}`, "name", "P 2"},
		"Recipient":           {fmt.Sprintf(`{name: "Stripe", kind: processor, organizationID: %s}`, id(org)), `{name: "Stripe Inc"}`, "name", "Stripe Inc"},
		"RetentionRule":       {fmt.Sprintf(`{organizationID: %s, duration: "P1Y"}`, id(org)), `{duration: "P2Y"}`, "duration", "P2Y"},
		"Right":               {`{key: "t.right", name: "R"}`, `{name: "R 2"}`, "name", "R 2"},
		"SecurityMeasure":     {`{key: "t.m", name: "M", kind: technical}`, `{name: "M 2"}`, "name", "M 2"},
		"SecurityPractice":    {fmt.Sprintf(`{organizationID: %s, measureID: %s}`, id(org), id(measure)), `{description: "AES"}`, "description", "AES"},
		"Statement":           {fmt.Sprintf(`{kind: does_not_sell, text: "We do not sell data.", organizationID: %s}`, id(org)), `{text: "We never sell data."}`, "text", "We never sell data."},
		"System":              {fmt.Sprintf(`{key: "erp", name: "ERP", organizationID: %s}`, id(org)), `{name: "ERP 2"}`, "name", "ERP 2"},
		"Transfer":            {fmt.Sprintf(`{organizationID: %s, country: "US"}`, id(org)), `{country: "GB"}`, "country", "GB"},
		"TransferSafeguard":   {`{key: "t.sg", name: "SG", mechanism: scc}`, `{name: "SG 2"}`, "name", "SG 2"},
		"Evidence":            {fmt.Sprintf(`{start: 0, end: 7, quote: "We keep", documentID: %s}`, id(doc)), "", "", ""},
	}
	srv := httptest.NewServer(graph.NewMux(client))
	t.Cleanup(srv.Close)
	count := func() int { return client.Change.Query().CountX(ctx) }
	// run sends a mutation and returns the one change it wrote.
	run := func(name, doc string) (*ent.Change, map[string]any) {
		t.Helper()
		before := count()
		_, r := send(t, srv.URL, "", doc, nil)
		if len(r.Errors) > 0 {
			t.Errorf("%s: %+v", name, r.Errors)
			return nil, nil
		}
		if n := count() - before; n != 1 {
			t.Errorf("%s wrote %d changes, want 1", name, n)
			return nil, nil
		}
		return client.Change.Query().Order(ent.Desc(change.FieldID)).FirstX(ctx), r.Data
	}
	value := func(s string, field string) string {
		snap, err := history.Decode(s)
		if err != nil || snap == nil {
			return ""
		}
		var v string
		json.Unmarshal(snap.Fields[field], &v)
		return v
	}
	covered := map[string]bool{}
	for typ, k := range cases {
		create := "create" + typ
		covered[create] = true
		ch, data := run(create, fmt.Sprintf("mutation { %s(input: %s) { id } }", create, k.create))
		if ch == nil {
			continue
		}
		got, _ := strconv.Atoi(data[create].(map[string]any)["id"].(string))
		if ch.Operation != change.OperationCreate || ch.EntityType != typ || ch.EntityID != got || ch.Actor != "api" || ch.Via != "api" || ch.Before != "" || ch.After == "" {
			t.Errorf("%s recorded %+v", create, ch)
		}
		if k.update != "" {
			update := "update" + typ
			covered[update] = true
			old := ""
			if cur, err := history.Load(ctx, client, typ, got); err == nil {
				json.Unmarshal(cur.Fields[k.field], &old)
			}
			ch, _ := run(update, fmt.Sprintf("mutation { %s(id: %s, input: %s) { id } }", update, id(got), k.update))
			if ch != nil && (ch.Operation != change.OperationUpdate || ch.EntityID != got ||
				value(ch.Before, k.field) != old || value(ch.After, k.field) != k.value) {
				t.Errorf("%s recorded %s %s→%s (want %q→%q)", update, ch.Operation, ch.Before, ch.After, old, k.value)
			}
		}
		del := "delete" + typ
		covered[del] = true
		if ch, _ := run(del, fmt.Sprintf("mutation { %s(id: %s) }", del, id(got))); ch != nil &&
			(ch.Operation != change.OperationDelete || ch.EntityID != got || ch.After != "" || ch.Before == "") {
			t.Errorf("%s recorded %+v", del, ch)
		}
	}
	// revertChange: undoing the update of the fixture's activity.
	covered["revertChange"] = true
	upd, _ := run("updateProcessingActivity", fmt.Sprintf(`mutation { updateProcessingActivity(id: %s, input: {name: "Mailing"}) { id } }`, id(act)))
	if upd != nil {
		ch, _ := run("revertChange", fmt.Sprintf(`mutation { revertChange(id: %s, reason: "typo") { id } }`, id(upd.ID)))
		if ch == nil || ch.Reverts == nil || *ch.Reverts != upd.ID || value(ch.After, "name") != "Newsletter" || value(ch.Before, "name") != "Mailing" {
			t.Errorf("revertChange recorded %+v", ch)
		}
	}
	// acknowledgeFinding: accepting one of the fixture's findings (its
	// activity states no retention, among others).
	covered["acknowledgeFinding"] = true
	_, fr := send(t, srv.URL, "", `{ findings(organization: "acme") { rule subject } }`, nil)
	if list, _ := fr.Data["findings"].([]any); len(list) == 0 {
		t.Errorf("the fixture gives no finding to acknowledge: %+v", fr.Errors)
	} else {
		f := list[0].(map[string]any)
		reviewBy := time.Now().AddDate(0, 6, 0).Format(time.DateOnly)
		ch, _ := run("acknowledgeFinding", fmt.Sprintf(`mutation { acknowledgeFinding(input: {organization: "acme", rule: %q, subject: %q, note: "accepted until the next notice", reviewBy: %q}) { id } }`,
			f["rule"], f["subject"], reviewBy))
		if ch == nil || ch.EntityType != ent.TypeFindingAcknowledgement || ch.Operation != change.OperationCreate ||
			value(ch.After, "note") != "accepted until the next notice" || value(ch.After, "rule") != f["rule"] {
			t.Errorf("acknowledgeFinding recorded %+v", ch)
		}
	}
	// saveOrganization: one change of the organization.
	covered["saveOrganization"] = true
	if ch, _ := run("saveOrganization", `mutation { saveOrganization(input: {key: "gamma", name: "Gamma", dpoEmail: "dpo@gamma.example"}) { id } }`); ch == nil ||
		ch.EntityType != "Organization" || ch.Operation != change.OperationCreate || value(ch.After, "dpo_email") != "dpo@gamma.example" || ch.Actor != "api" {
		t.Errorf("saveOrganization recorded %+v", ch)
	}
	// saveActivity writes a change per row it writes: creating an activity
	// with a purpose is two creates; changing only that purpose's interest
	// is one update of the purpose, and nothing of the activity.
	covered["saveActivity"] = true
	mark := client.Change.Query().Aggregate(ent.Max(change.FieldID)).IntX(ctx)
	_, sr := send(t, srv.URL, "", fmt.Sprintf(`mutation { saveActivity(input: {organization: "acme", name: "Loyalty", purposes: [{purpose: %s, legalBasis: %s}]}) { id purposes { id } } }`, id(purpose), id(basis)), nil)
	if len(sr.Errors) > 0 {
		t.Errorf("saveActivity: %+v", sr.Errors)
	} else {
		made := client.Change.Query().Where(change.IDGT(mark)).Order(ent.Asc(change.FieldID)).AllX(ctx)
		if len(made) != 2 || made[0].EntityType != "ProcessingActivity" || made[1].EntityType != "ActivityPurpose" ||
			made[0].Operation != change.OperationCreate || made[1].Operation != change.OperationCreate || value(made[0].After, "name") != "Loyalty" {
			t.Errorf("saveActivity (create) recorded %+v", made)
		}
		sa := sr.Data["saveActivity"].(map[string]any)
		pid := sa["purposes"].([]any)[0].(map[string]any)["id"].(string)
		ch, _ := run("saveActivity", fmt.Sprintf(`mutation { saveActivity(input: {id: %q, organization: "acme", name: "Loyalty", purposes: [{id: %q, purpose: %s, legalBasis: %s, legitimateInterest: "rewarding customers"}]}) { id } }`,
			sa["id"], pid, id(purpose), id(basis)))
		if ch == nil || ch.EntityType != "ActivityPurpose" || ch.Operation != change.OperationUpdate || value(ch.After, "legitimate_interest") != "rewarding customers" {
			t.Errorf("saveActivity (update) recorded %+v", ch)
		}
	}
	// reviewFacts: a reviewer's decision on many facts is one change per
	// fact, each setting its review status and note.
	covered["reviewFacts"] = true
	mark = client.Change.Query().Aggregate(ent.Max(change.FieldID)).IntX(ctx)
	if _, rr := send(t, srv.URL, "", fmt.Sprintf(`mutation { reviewFacts(ids: [%s, %s], status: REJECTED, note: "not in the notice") { id } }`, id(act), id(rec)), nil); len(rr.Errors) > 0 {
		t.Errorf("reviewFacts: %+v", rr.Errors)
	} else {
		made := client.Change.Query().Where(change.IDGT(mark)).Order(ent.Asc(change.FieldID)).AllX(ctx)
		types := map[string]bool{}
		for _, ch := range made {
			types[ch.EntityType] = true
			if ch.Operation != change.OperationUpdate || value(ch.After, "review_status") != "REJECTED" || value(ch.After, "review_note") != "not in the notice" {
				t.Errorf("reviewFacts recorded %s %s → %s", ch.Operation, ch.Before, ch.After)
			}
		}
		if len(made) != 2 || !types["ProcessingActivity"] || !types["Recipient"] {
			t.Errorf("reviewFacts of an activity and a recipient recorded %d changes (%v), want one of each", len(made), types)
		}
	}
	for _, f := range graph.NewSchema(client).Schema().Mutation.Fields {
		if !covered[f.Name] {
			t.Errorf("mutation %s has no history case: add one", f.Name)
		}
	}
}

// TestFactHistoryFields: a list's history fields give who created and
// last changed each row, read in one query for the whole list.
func TestFactHistoryFields(t *testing.T) {
	ctx := context.Background()
	counter := &storetest.Counter{}
	client := storetest.Open(t, store.Config{WrapDriver: counter.Wrap})
	err := catalog.Write(ctx, client, actor.CLI("alice"), func(ctx context.Context, tx *ent.Tx) error {
		org := tx.Organization.Create().SetKey("acme").SetName("Acme").SaveX(ctx)
		for i := range 20 {
			tx.ProcessingActivity.Create().SetName(fmt.Sprintf("A%02d", i)).SetOrganization(org).ExecX(ctx)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	a := client.ProcessingActivity.Query().FirstX(ctx)
	if err := catalog.Write(ctx, client, actor.CLI("bob"), func(ctx context.Context, tx *ent.Tx) error {
		return tx.ProcessingActivity.UpdateOneID(a.ID).SetOwner("Marketing").Exec(ctx)
	}); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(graph.NewMux(client))
	t.Cleanup(srv.Close)
	q := `{ activities(first: 50) { edges { node { id name owner history { createdBy updatedBy createdAt updatedAt changes { operation actor } } } } } }`
	send(t, srv.URL, "", q, nil) // warm the caches
	counter.Reset()
	_, r := send(t, srv.URL, "", q, nil)
	if len(r.Errors) > 0 {
		t.Fatal(r.Errors)
	}
	if n := counter.Count(); n > 6 {
		t.Errorf("%d statements for 20 activities and their history, want a few (one for the history)", n)
	}
	nodes := r.Data["activities"].(map[string]any)["edges"].([]any)
	if len(nodes) != 20 {
		t.Fatalf("%d activities", len(nodes))
	}
	for _, n := range nodes {
		n := n.(map[string]any)["node"].(map[string]any)
		h := n["history"].(map[string]any)
		wantUpd := "cli:alice"
		if n["owner"] == "Marketing" {
			wantUpd = "cli:bob"
		}
		if h["createdBy"] != "cli:alice" || h["updatedBy"] != wantUpd || h["createdAt"] == nil {
			t.Errorf("%s: history %v", n["name"], h)
		}
	}
}
