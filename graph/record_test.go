package graph_test

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/ropacatalog/ropa/ent/datafield"
	"github.com/ropacatalog/ropa/ent/transfer"
	"github.com/ropacatalog/ropa/internal/actor"
	"github.com/ropacatalog/ropa/internal/store"
	"github.com/ropacatalog/ropa/seed"
)

// TestUpdateCheckedLikeCreate: the values refused on create are refused on
// update, judged on the row as it will be; the refused update changes
// nothing; renaming a system, dataset or field keeps the stored path the
// lookup searches by.
func TestUpdateCheckedLikeCreate(t *testing.T) {
	ctx := context.Background()
	client, url := server(t, store.Config{})
	fixture(t, client, 1)
	tr := client.Transfer.Query().FirstX(ctx)
	org := client.Organization.Query().OnlyX(ctx)
	rule := client.RetentionRule.Create().SetOrganization(org).SetDuration("P6Y").SaveX(ctx)

	refused := []struct {
		name, query string
		vars        map[string]any
		field       string
	}{
		{"clearing a transfer's country", `mutation($id: ID!) { updateTransfer(id: $id, input: {clearCountry: true}) { id } }`,
			map[string]any{"id": tr.ID}, "country"},
		{"worldwide scope with a country left", `mutation($id: ID!) { updateTransfer(id: $id, input: {scope: worldwide}) { id } }`,
			map[string]any{"id": tr.ID}, "country"},
		{"clearing a rule's only duration", `mutation($id: ID!) { updateRetentionRule(id: $id, input: {clearDuration: true}) { id } }`,
			map[string]any{"id": rule.ID}, "duration"},
		{"a blank criterion for the only limit", `mutation($id: ID!) { updateRetentionRule(id: $id, input: {clearDuration: true, criterion: "  "}) { id } }`,
			map[string]any{"id": rule.ID}, "duration"},
	}
	for _, c := range refused {
		t.Run(c.name, func(t *testing.T) {
			r := do(t, url, c.query, c.vars)
			if len(r.Errors) == 0 {
				t.Fatal("the update was accepted")
			}
			if e := r.Errors[0]; e.Extensions["code"] != "INVALID_INPUT" || e.Extensions["field"] != c.field {
				t.Errorf("error %q %v: want INVALID_INPUT on %s", e.Message, e.Extensions, c.field)
			}
		})
	}
	if got := client.Transfer.GetX(ctx, tr.ID); got.Country != "US" || got.Scope != transfer.ScopeCountry {
		t.Errorf("refused updates changed the transfer: %s %s", got.Scope, got.Country)
	}
	if got := client.RetentionRule.GetX(ctx, rule.ID); got.Duration != "P6Y" {
		t.Errorf("refused update changed the rule: duration %q", got.Duration)
	}
	// The consistent change is accepted.
	mustDo(t, url, `mutation($id: ID!) { updateTransfer(id: $id, input: {scope: worldwide, clearCountry: true}) { id } }`,
		map[string]any{"id": tr.ID})
	mustDo(t, url, `mutation($id: ID!) { updateRetentionRule(id: $id, input: {clearDuration: true, criterion: "while the account is open"}) { id } }`,
		map[string]any{"id": rule.ID})

	// Paths follow renames of the system, the dataset and the field.
	cat := client.DataCategory.Query().FirstX(ctx)
	sys := mustDo(t, url, `mutation($o: ID!) { createSystem(input: {key: "web", name: "Website", organizationID: $o}) { id } }`,
		map[string]any{"o": org.ID})["createSystem"].(map[string]any)["id"]
	ds := mustDo(t, url, `mutation($s: ID!) { createDataset(input: {key: "forms", name: "Forms", systemID: $s}) { id } }`,
		map[string]any{"s": sys})["createDataset"].(map[string]any)["id"]
	fld := mustDo(t, url, `mutation($d: ID!, $c: ID!) { createDataField(input: {key: "email", name: "Email", datasetID: $d, dataCategoryID: $c}) { id path } }`,
		map[string]any{"d": ds, "c": cat.ID})["createDataField"].(map[string]any)
	if fld["path"] != "web.forms.email" {
		t.Fatalf("new field path %v, want web.forms.email", fld["path"])
	}
	steps := []struct{ query, id, want string }{
		{`mutation($id: ID!) { updateSystem(id: $id, input: {key: "site"}) { id } }`, fmt.Sprint(sys), "site.forms.email"},
		{`mutation($id: ID!) { updateDataset(id: $id, input: {key: "signup"}) { id } }`, fmt.Sprint(ds), "site.signup.email"},
		{`mutation($id: ID!) { updateDataField(id: $id, input: {key: "work_email"}) { id } }`, fmt.Sprint(fld["id"]), "site.signup.work_email"},
	}
	for _, s := range steps {
		mustDo(t, url, s.query, map[string]any{"id": s.id})
		paths := client.DataField.Query().Where(datafield.Key(lastSegment(s.want))).Select(datafield.FieldPath).StringsX(ctx)
		if !slices.Contains(paths, s.want) {
			t.Errorf("after %s the stored paths are %v, want %s", s.query, paths, s.want)
		}
		rows := lineageRows(t, url, s.want)
		if len(rows) == 0 {
			t.Errorf("recipientsOf(%s) after the rename: no recipients, want the fixture's", s.want)
		}
	}
	if r := do(t, url, `query { recipientsOf(field: "web.forms.email") { recipient { name } } }`, nil); len(r.Errors) == 0 {
		t.Error("the old path web.forms.email still answers after the renames")
	}
}

func lastSegment(s string) string { return s[strings.LastIndex(s, ".")+1:] }

// TestProvenanceFromActor: a client cannot set a fact's origin or review
// status on create; the catalog sets the origin from the actor of the
// write, whatever the writing code says.
func TestProvenanceFromActor(t *testing.T) {
	ctx := context.Background()
	client, url := server(t, store.Config{})
	fixture(t, client, 1)
	org := client.Organization.Query().OnlyX(ctx)
	for _, input := range []string{
		`{name: "Forged", organizationID: $o, origin: "seed:notices/ujet-website.yaml"}`,
		`{name: "Forged", organizationID: $o, reviewStatus: REVIEWED}`,
	} {
		r := do(t, url, `mutation($o: ID!) { createProcessingActivity(input: `+input+`) { id } }`, map[string]any{"o": org.ID})
		if len(r.Errors) == 0 || r.Errors[0].Extensions["code"] != "GRAPHQL_VALIDATION_FAILED" {
			t.Errorf("create with %s: errors %+v, want a validation failure", input, r.Errors)
		}
	}
	d := mustDo(t, url, `mutation($o: ID!) { createProcessingActivity(input: {name: "Hand-entered", organizationID: $o}) { origin reviewStatus } }`,
		map[string]any{"o": org.ID})["createProcessingActivity"].(map[string]any)
	if d["origin"] != "api" || d["reviewStatus"] != "REVIEWED" {
		t.Errorf("API-created activity: origin %v, status %v; want api, REVIEWED", d["origin"], d["reviewStatus"])
	}
	// Go code writing as an actor: the actor wins over what the code sets.
	a := client.ProcessingActivity.Create().SetName("From the CLI").SetOrganization(org).
		SetOrigin("seed:forged.yaml").SaveX(actor.With(ctx, actor.CLI("alice")))
	if a.Origin != "cli:alice" {
		t.Errorf("origin %q, want cli:alice", a.Origin)
	}
}

type transferKey struct{ Dest, Safeguard string }

func (k transferKey) String() string { return k.Dest + "/" + k.Safeguard }

func keysOf(ks map[transferKey]bool) []string {
	var out []string
	for k := range ks {
		out = append(out, k.String())
	}
	sort.Strings(out)
	return out
}

// TestViewsAgreeOnTransfers: for every activity of the seed, the transfers
// (destination, safeguard) that the record view's query
// (effectiveTransfers), the Article 30 JSON report, the lineage answers
// and the data map give are one set, and each transfer is supported by
// evidence from the notice that describes the activity.
func TestViewsAgreeOnTransfers(t *testing.T) {
	url := seededServer(t)
	var acts struct {
		Activities struct {
			Edges []struct {
				Node struct {
					ID, Name     string
					Organization struct{ ID, Key string }
					Notice       *struct{ ID, Title string }
					Disclosures  []struct{ Recipient struct{ ID string } }
					Effective    []struct {
						ID, Scope string
						Country   *string
						Safeguard *struct{ Key, Name string }
						Evidence  []struct{ Document struct{ ID string } }
					} `json:"effectiveTransfers"`
				}
			}
		}
	}
	decodeData(t, post(t, url, `query { activities(first: 1000) { edges { node {
		id name organization { id key } notice { id title } disclosures { recipient { id } }
		effectiveTransfers { id scope country safeguard { key name } evidence { document { id } } }
	} } } }`, nil), &acts)
	if len(acts.Activities.Edges) < 40 {
		t.Fatalf("%d activities in the seed, want the five notices' (over 40)", len(acts.Activities.Edges))
	}
	dest := func(country *string, scope string) string {
		if country != nil && *country != "" {
			return *country
		}
		return strings.ToUpper(scope)
	}
	record := map[string]map[transferKey]bool{} // by activity ID: destination and safeguard key
	byName := map[string]map[transferKey]bool{} // the same, destination and safeguard name (the map's labels)
	orgs := map[string]string{}
	names := map[string]string{}
	withTransfers := 0
	for _, e := range acts.Activities.Edges {
		a := e.Node
		orgs[a.Organization.Key] = a.Organization.ID
		names[a.ID] = a.Name
		record[a.ID], byName[a.ID] = map[transferKey]bool{}, map[transferKey]bool{}
		seen := map[string]bool{}
		for _, tr := range a.Effective {
			if seen[tr.ID] {
				t.Errorf("%s: transfer %s listed twice", a.Name, tr.ID)
			}
			seen[tr.ID] = true
			sg, sgName := "none", "no safeguard stated"
			if tr.Safeguard != nil {
				sg, sgName = tr.Safeguard.Key, tr.Safeguard.Name
			}
			record[a.ID][transferKey{dest(tr.Country, tr.Scope), sg}] = true
			byName[a.ID][transferKey{dest(tr.Country, tr.Scope), sgName}] = true
			if a.Notice == nil {
				t.Errorf("%s: seeded activity without its notice", a.Name)
				continue
			}
			if !slices.ContainsFunc(tr.Evidence, func(ev struct{ Document struct{ ID string } }) bool {
				return ev.Document.ID == a.Notice.ID
			}) {
				t.Errorf("%s: transfer %s (%s) has no evidence from its notice %q", a.Name, tr.ID, sg, a.Notice.Title)
			}
		}
		if len(a.Effective) > 0 {
			withTransfers++
		}
	}
	if withTransfers < 10 {
		t.Errorf("only %d activities have transfers; the comparison proves little", withTransfers)
	}

	for key, orgID := range orgs {
		// The Article 30 report: own transfers and the shared sets referred to.
		var rep struct {
			Article30 struct {
				Shared []struct {
					ID        string
					Transfers []reportTransfer
				}
				ControllerRecord *struct{ Activities []reportActivity }
				ProcessorRecord  *struct {
					Controllers []struct{ Activities []reportActivity }
				}
			}
		}
		decodeData(t, post(t, url, `query($o: String!) { article30(organization: $o) }`, map[string]any{"o": key}), &rep)
		shared := map[string][]reportTransfer{}
		for _, s := range rep.Article30.Shared {
			shared[s.ID] = s.Transfers
		}
		reported := map[string]map[transferKey]bool{}
		var all []reportActivity
		if c := rep.Article30.ControllerRecord; c != nil {
			all = append(all, c.Activities...)
		}
		if p := rep.Article30.ProcessorRecord; p != nil {
			for _, g := range p.Controllers {
				all = append(all, g.Activities...)
			}
		}
		for _, a := range all {
			ks := map[transferKey]bool{}
			for _, tr := range a.Transfers {
				ks[tr.key()] = true
			}
			for _, id := range a.Shared {
				for _, tr := range shared[id] {
					ks[tr.key()] = true
				}
			}
			reported[a.Name] = ks
		}

		// Lineage: every recipient of any user or system data, by activity.
		lineage := map[string]map[transferKey]bool{}
		for _, field := range []string{"user", "system"} {
			var ans struct {
				RecipientsOf []struct {
					Activity  struct{ ID string }
					Transfers []struct {
						Scope     string
						Country   *string
						Safeguard *struct{ Key string }
					}
				}
			}
			decodeData(t, post(t, url, `query($f: String!, $o: String) { recipientsOf(field: $f, organization: $o) {
				activity { id } transfers { scope country safeguard { key } } } }`, map[string]any{"f": field, "o": orgID}), &ans)
			for _, r := range ans.RecipientsOf {
				if lineage[r.Activity.ID] == nil {
					lineage[r.Activity.ID] = map[transferKey]bool{}
				}
				for _, tr := range r.Transfers {
					sg := "none"
					if tr.Safeguard != nil {
						sg = tr.Safeguard.Key
					}
					lineage[r.Activity.ID][transferKey{dest(tr.Country, tr.Scope), sg}] = true
				}
			}
		}

		// The data map: the activity's transfer edges and its recipients'.
		var dm struct {
			DataMap struct {
				Edges []struct{ From, To, Kind, Label string }
			}
		}
		decodeData(t, post(t, url, `query($o: ID) { dataMap(organization: $o) { edges { from to kind label } } }`,
			map[string]any{"o": orgID}), &dm)
		transfersFrom := map[string]map[transferKey]bool{}
		disclosesTo := map[string][]string{}
		for _, e := range dm.DataMap.Edges {
			switch e.Kind {
			case "TRANSFERS_TO":
				if transfersFrom[e.From] == nil {
					transfersFrom[e.From] = map[transferKey]bool{}
				}
				for _, label := range strings.Split(e.Label, "; ") {
					if i := strings.Index(label, " (invalid since "); i >= 0 {
						label = label[:i]
					}
					transfersFrom[e.From][transferKey{strings.TrimPrefix(e.To, "country:"), label}] = true
				}
			case "DISCLOSES_TO":
				disclosesTo[e.From] = append(disclosesTo[e.From], e.To)
			}
		}

		for _, e := range acts.Activities.Edges {
			a := e.Node
			if a.Organization.Key != key {
				continue
			}
			want := keysOf(record[a.ID])
			if got, ok := reported[a.Name]; !ok {
				t.Errorf("%s %q: not in the Article 30 report", key, a.Name)
			} else if g := keysOf(got); !slices.Equal(g, want) {
				t.Errorf("%s %q: report transfers %v, record %v", key, a.Name, g, want)
			}
			if got, ok := lineage[a.ID]; ok {
				if g := keysOf(got); !slices.Equal(g, want) {
					t.Errorf("%s %q: lineage transfers %v, record %v", key, a.Name, g, want)
				}
			}
			drawn := map[transferKey]bool{}
			for k := range transfersFrom["act:"+a.ID] {
				drawn[k] = true
			}
			for _, rec := range disclosesTo["act:"+a.ID] {
				for k := range transfersFrom[rec] {
					drawn[k] = true
				}
			}
			if g, w := keysOf(drawn), keysOf(byName[a.ID]); !slices.Equal(g, w) {
				t.Errorf("%s %q: data map transfers %v, record %v", key, a.Name, g, w)
			}
		}
	}
}

type reportActivity struct {
	Name      string
	Transfers []reportTransfer
	Shared    []string
}

type reportTransfer struct {
	Scope, Country string
	Safeguard      *struct{ Key string }
}

func (tr reportTransfer) key() transferKey {
	d := tr.Country
	if d == "" {
		d = strings.ToUpper(tr.Scope)
	}
	sg := "none"
	if tr.Safeguard != nil {
		sg = tr.Safeguard.Key
	}
	return transferKey{d, sg}
}

// TestUJETNoticesKeptApart: UJET publishes a website notice (2023, EU-US
// Data Privacy Framework) and a job applicant notice (2021, Privacy
// Shield). No website activity or recipient reaches Privacy Shield; the
// applicant notice's recipients do, with its sentence.
func TestUJETNoticesKeptApart(t *testing.T) {
	url := seededServer(t)
	var orgs struct {
		Organizations struct {
			Edges []struct{ Node struct{ ID, Key string } }
		}
	}
	decodeData(t, post(t, url, `query { organizations(where: {key: "ujet"}) { edges { node { id key } } } }`, nil), &orgs)
	if len(orgs.Organizations.Edges) != 1 {
		t.Fatal("no ujet organization")
	}
	ujet := orgs.Organizations.Edges[0].Node.ID
	var ans struct {
		RecipientsOf []struct {
			Recipient struct{ Name string }
			Activity  struct {
				Name   string
				Notice struct{ Title string }
			}
			Transfers []struct {
				Safeguard *struct{ Key string }
				Evidence  []struct {
					Quote    string
					Document struct{ Title string }
				}
			}
		}
	}
	decodeData(t, post(t, url, `query($o: String) { recipientsOf(field: "user", organization: $o) {
		recipient { name } activity { name notice { title } }
		transfers { safeguard { key } evidence { quote document { title } } } } }`, map[string]any{"o": ujet}), &ans)
	website, careers, shieldAtCareers := 0, 0, 0
	for _, r := range ans.RecipientsOf {
		applicant := strings.Contains(r.Activity.Notice.Title, "Applicant")
		if applicant {
			careers++
		} else {
			website++
		}
		for _, tr := range r.Transfers {
			if tr.Safeguard == nil || !strings.HasPrefix(tr.Safeguard.Key, "privacy_shield") {
				continue
			}
			if !applicant {
				t.Errorf("website recipient %s (%s) reaches %s", r.Recipient.Name, r.Activity.Name, tr.Safeguard.Key)
				continue
			}
			shieldAtCareers++
			// "We also participate in the EU-U.S. Privacy Shield and Swiss –
			// U.S. Privacy Shield Frameworks." (applicant notice)
			if !slices.ContainsFunc(tr.Evidence, func(e struct {
				Quote    string
				Document struct{ Title string }
			}) bool {
				return strings.Contains(e.Quote, "Privacy Shield") && strings.Contains(e.Document.Title, "Applicant")
			}) {
				t.Errorf("careers recipient %s: Privacy Shield without the applicant notice's sentence", r.Recipient.Name)
			}
		}
	}
	if website == 0 || careers == 0 {
		t.Fatalf("recipients: %d website, %d careers; want both notices' recipients", website, careers)
	}
	if shieldAtCareers == 0 {
		t.Error("no careers recipient reaches Privacy Shield, though the applicant notice relies on it")
	}
	// The background check providers, named in the applicant notice, are
	// reached by its transfers.
	bg := false
	for _, r := range ans.RecipientsOf {
		if strings.Contains(strings.ToLower(r.Recipient.Name), "background check") {
			bg = true
			if len(r.Transfers) == 0 {
				t.Errorf("%s (%s): no transfer, though the applicant notice's transfers apply to it", r.Recipient.Name, r.Activity.Name)
			}
		}
	}
	if !bg {
		t.Error("no background check providers among UJET's recipients")
	}
}

// TestTransfersOnceEach: Jujotech's 2010 model clauses and UBPartner's
// alternative safeguards each appear once per activity and per lineage
// answer, never duplicated by the scope that brings them.
func TestTransfersOnceEach(t *testing.T) {
	url := seededServer(t)
	for _, c := range []struct {
		org  string
		want []string // safeguard keys some activity reaches
	}{
		{"jujotech", []string{"scc_2010"}},
		{"ubpartner", []string{"adequacy", "scc", "bcr", "privacy_shield"}},
	} {
		var acts struct {
			Activities struct {
				Edges []struct {
					Node struct {
						Name      string
						Effective []struct {
							Country   *string
							Scope     string
							Safeguard *struct{ Key string }
						} `json:"effectiveTransfers"`
					}
				}
			}
		}
		decodeData(t, post(t, url, `query($o: String!) { activities(first: 500, where: {hasOrganizationWith: [{key: $o}]}) {
			edges { node { name effectiveTransfers { country scope safeguard { key } } } } } }`, map[string]any{"o": c.org}), &acts)
		found := map[string]bool{}
		for _, e := range acts.Activities.Edges {
			seen := map[string]bool{}
			for _, tr := range e.Node.Effective {
				k := tr.Scope
				if tr.Country != nil {
					k += "/" + *tr.Country
				}
				if tr.Safeguard != nil {
					k += "/" + tr.Safeguard.Key
					found[tr.Safeguard.Key] = true
				}
				if seen[k] {
					t.Errorf("%s %q: transfer %s appears twice", c.org, e.Node.Name, k)
				}
				seen[k] = true
			}
		}
		for _, w := range c.want {
			if !found[w] {
				t.Errorf("%s: no activity reaches safeguard %s (found %v)", c.org, w, found)
			}
		}
	}
}

// TestRejectedFactsLeaveDefaultAnswers: a rejected disclosure or transfer
// is in no default answer (lineage, data map, effective transfers, the
// Article 30 report) and comes back when the report asks for rejected
// facts.
func TestRejectedFactsLeaveDefaultAnswers(t *testing.T) {
	ctx := context.Background()
	client, url := server(t, store.Config{})
	if _, err := seed.Load(ctx, client); err != nil {
		t.Fatal(err)
	}
	// A Xajeet disclosure to a recipient that only it reaches.
	var d struct {
		Disclosures struct {
			Edges []struct {
				Node struct {
					ID        string
					Activity  struct{ ID, Name string }
					Recipient struct {
						ID, Name    string
						Disclosures []struct{ ID string }
					}
				}
			}
		}
	}
	decodeData(t, post(t, url, `query { disclosures(first: 200, where: {hasActivityWith: [{hasOrganizationWith: [{key: "xajeet"}]}]}) {
		edges { node { id activity { id name } recipient { id name disclosures { id } } } } } }`, nil), &d)
	var id, actID, recID, recName, actName string
	for _, e := range d.Disclosures.Edges {
		if len(e.Node.Recipient.Disclosures) == 1 {
			id, actID, recID, recName, actName = e.Node.ID, e.Node.Activity.ID, e.Node.Recipient.ID, e.Node.Recipient.Name, e.Node.Activity.Name
			break
		}
	}
	if id == "" {
		t.Fatal("no Xajeet recipient with a single disclosure")
	}
	inLineage := func() bool {
		for _, field := range []string{"user", "system"} {
			for _, r := range lineageRows(t, url, field) {
				if r.recipient == recName {
					return true
				}
			}
		}
		return false
	}
	inMap := func() bool {
		var dm struct {
			DataMap struct {
				Edges []struct{ From, To, Kind string }
			}
		}
		decodeData(t, post(t, url, `{ dataMap { edges { from to kind } } }`, nil), &dm)
		return slices.ContainsFunc(dm.DataMap.Edges, func(e struct{ From, To, Kind string }) bool {
			return e.Kind == "DISCLOSES_TO" && e.From == "act:"+actID && e.To == "rec:"+recID
		})
	}
	inReport := func(rejected bool) (bool, string) {
		var rep struct {
			Article30 struct {
				ControllerRecord struct {
					Activities []struct {
						Name       string
						Recipients []struct{ Name, ReviewStatus string }
					}
				}
			}
		}
		decodeData(t, post(t, url, `query($r: Boolean) { article30(organization: "xajeet", includeRejected: $r) }`,
			map[string]any{"r": rejected}), &rep)
		for _, a := range rep.Article30.ControllerRecord.Activities {
			for _, r := range a.Recipients {
				if a.Name == actName && r.Name == recName {
					return true, r.ReviewStatus
				}
			}
		}
		return false, ""
	}
	if !inLineage() || !inMap() {
		t.Fatalf("%s is not in the lineage answer or the map before the rejection", recName)
	}
	if ok, _ := inReport(false); !ok {
		t.Fatalf("%s is not in the report before the rejection", recName)
	}
	mustDo(t, url, `mutation($id: ID!) { updateDisclosure(id: $id, input: {reviewStatus: REJECTED, reviewNote: "not in the notice"}) { id } }`,
		map[string]any{"id": id})
	if inLineage() {
		t.Errorf("rejected disclosure to %s still in recipientsOf", recName)
	}
	if inMap() {
		t.Errorf("rejected disclosure to %s still on the data map", recName)
	}
	if ok, _ := inReport(false); ok {
		t.Errorf("rejected disclosure to %s still in the default report", recName)
	}
	if ok, status := inReport(true); !ok || status != "REJECTED" {
		t.Errorf("with includeRejected: present %v, status %q; want present, REJECTED", ok, status)
	}
	// Lists leave it out too, unless the filter asks for review statuses.
	listed := func(where string) bool {
		var l struct {
			Disclosures struct {
				Edges []struct{ Node struct{ ID string } }
			}
		}
		decodeData(t, post(t, url, `{ disclosures(first: 1000`+where+`) { edges { node { id } } } }`, nil), &l)
		return slices.ContainsFunc(l.Disclosures.Edges, func(e struct{ Node struct{ ID string } }) bool { return e.Node.ID == id })
	}
	if listed("") {
		t.Error("the disclosures list shows the rejected disclosure by default")
	}
	if !listed(`, where: {reviewStatus: REJECTED}`) {
		t.Error("the disclosures list filtered on REJECTED does not show it")
	}
	// So do nested edges and lookups by ID (a list filtered on
	// reviewStatus is where rejected facts are found).
	var nested struct {
		Node struct{ Disclosures []struct{ ID string } }
	}
	decodeData(t, post(t, url, `query($a: ID!) { node(id: $a) { ... on ProcessingActivity { disclosures { id } } } }`,
		map[string]any{"a": actID}), &nested)
	for _, d := range nested.Node.Disclosures {
		if d.ID == id {
			t.Error("the activity's disclosures edge shows the rejected disclosure")
		}
	}
	r := do(t, url, `query($d: ID!) { node(id: $d) { ... on Disclosure { reviewStatus } } }`, map[string]any{"d": id})
	if r.Data["node"] != nil || len(r.Errors) == 0 || r.Errors[0].Extensions["code"] != "NOT_FOUND" {
		t.Errorf("node(id) of the rejected disclosure: %v %+v, want null and NOT_FOUND", r.Data, r.Errors)
	}

	// A rejected transfer leaves the activity's effective transfers.
	tr := client.Transfer.Query().Where(transfer.HasOrganizationWith()).FirstX(ctx)
	mustDo(t, url, `mutation($id: ID!) { updateTransfer(id: $id, input: {reviewStatus: REJECTED}) { id } }`, map[string]any{"id": tr.ID})
	var acts struct {
		Activities struct {
			Edges []struct {
				Node struct {
					Effective []struct{ ID string } `json:"effectiveTransfers"`
				}
			}
		}
	}
	decodeData(t, post(t, url, `{ activities(first: 1000) { edges { node { effectiveTransfers { id } } } } }`, nil), &acts)
	for _, e := range acts.Activities.Edges {
		for _, x := range e.Node.Effective {
			if x.ID == fmt.Sprint(tr.ID) {
				t.Fatalf("rejected transfer %d still applies to an activity", tr.ID)
			}
		}
	}
}
