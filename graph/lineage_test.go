package graph_test

import (
	"context"
	"fmt"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ropacatalog/ropa/ent/datacategory"
	"github.com/ropacatalog/ropa/ent/organization"
	"github.com/ropacatalog/ropa/ent/processingactivity"
	"github.com/ropacatalog/ropa/ent/recipient"
	"github.com/ropacatalog/ropa/graph"
	"github.com/ropacatalog/ropa/internal/datamap"
	"github.com/ropacatalog/ropa/internal/record"
	"github.com/ropacatalog/ropa/internal/store"
	"github.com/ropacatalog/ropa/internal/store/storetest"
	"github.com/ropacatalog/ropa/internal/synth"
	"github.com/ropacatalog/ropa/seed"
)

const recipientsOfQuery = `query($f: String!, $o: String) {
  recipientsOf(field: $f, organization: $o) {
    recipient { name kind named country }
    activity { name }
    organization { key }
    category { key }
    match
    purposes { key }
    legalBases { purpose { key } legalBasis { key } specialCondition { key } }
    transfers { country scope safeguard { key validUntil } }
    evidence { start end quote document { title } }
  }
}`

type lineageRow struct {
	org, recipient, activity, category, match string
	quotes                                    []string
	transfers                                 []string // "scope country safeguard"
}

func lineageRows(t *testing.T, url, field string) []lineageRow {
	t.Helper()
	d := mustDo(t, url, recipientsOfQuery, map[string]any{"f": field})
	var rows []lineageRow
	for _, r := range d["recipientsOf"].([]any) {
		m := r.(map[string]any)
		row := lineageRow{
			org:       m["organization"].(map[string]any)["key"].(string),
			recipient: m["recipient"].(map[string]any)["name"].(string),
			activity:  m["activity"].(map[string]any)["name"].(string),
			category:  m["category"].(map[string]any)["key"].(string),
			match:     m["match"].(string),
		}
		for _, e := range m["evidence"].([]any) {
			row.quotes = append(row.quotes, e.(map[string]any)["quote"].(string))
		}
		for _, x := range m["transfers"].([]any) {
			tr := x.(map[string]any)
			country, _ := tr["country"].(string)
			safeguard := ""
			if sg, ok := tr["safeguard"].(map[string]any); ok {
				safeguard = sg["key"].(string)
			}
			row.transfers = append(row.transfers, strings.Join([]string{tr["scope"].(string), country, safeguard}, " "))
		}
		rows = append(rows, row)
	}
	return rows
}

// find returns the rows for recipient of the organization with key org.
func find(rows []lineageRow, org, recipient string) []lineageRow {
	var out []lineageRow
	for _, r := range rows {
		if r.org == org && r.recipient == recipient {
			out = append(out, r)
		}
	}
	return out
}

func seededServer(t *testing.T) string {
	t.Helper()
	client, url := server(t, store.Config{})
	if _, err := seed.Load(context.Background(), client); err != nil {
		t.Fatal(err)
	}
	return url
}

// TestLineageXajeet: expected recipients read from the Xajeet notice.
func TestLineageXajeet(t *testing.T) {
	url := seededServer(t)

	// "the information collected for these purposes (including your IP
	// address ...) may be disclosed to or collected directly by our
	// third-party web analytics service providers, such as Google Analytics."
	rows := find(lineageRows(t, url, "user.device.ip_address"), "xajeet", "Google Analytics")
	if len(rows) == 0 || rows[0].match != "EXACT" || rows[0].category != "user.device.ip_address" {
		t.Fatalf("Google Analytics for the IP address: %+v, want an exact match", rows)
	}
	if !strings.Contains(strings.Join(rows[0].quotes, " "), "such as Google Analytics") {
		t.Errorf("evidence %q does not quote the sentence naming Google Analytics", rows[0].quotes)
	}

	// Asked for device data as a whole, Google Analytics receives a part of it.
	rows = find(lineageRows(t, url, "user.device"), "xajeet", "Google Analytics")
	if len(rows) == 0 || rows[0].match != "NARROWER" {
		t.Errorf("Google Analytics for user.device: %+v, want a narrower match", rows)
	}

	// "We may process (including use, disclose, and store) information,
	// including your Personal Information, if we believe doing so is required
	// or appropriate to comply with law enforcement requests": declared as
	// contact information, it covers the email address.
	rows = find(lineageRows(t, url, "user.contact.email"), "xajeet", "Law enforcement, courts and other legal process")
	if len(rows) == 0 || rows[0].match != "BROADER" || rows[0].category != "user.contact" {
		t.Errorf("law enforcement for the email address: %+v, want a broader match through user.contact", rows)
	}
}

// TestRecipientsOfUnknownField: an unknown field is a clear error that
// suggests the closest known keys.
func TestRecipientsOfUnknownField(t *testing.T) {
	url := seededServer(t)
	r := do(t, url, recipientsOfQuery, map[string]any{"f": "user.contact.emial"})
	if len(r.Errors) == 0 {
		t.Fatal("unknown field answered without error")
	}
	e := r.Errors[0]
	if e.Extensions["code"] != "UNKNOWN_FIELD" || !strings.Contains(e.Message, "user.contact.email") {
		t.Errorf("error %q %v: want UNKNOWN_FIELD suggesting user.contact.email", e.Message, e.Extensions)
	}
}

// TestRecipientsOfStatementsFixed: the number of SQL statements does not
// depend on the size of the answer. The first question after a write
// builds the lineage index in a fixed number of statements, whatever the
// size of the catalog; later ones read only the catalog's version (and
// the development server's check for users and tokens, one statement).
func TestRecipientsOfStatementsFixed(t *testing.T) {
	counter := &storetest.Counter{}
	client, url := server(t, store.Config{WrapDriver: counter.Wrap})
	small := synth.Config{Seed: 7, Activities: 300, Fields: 3000, Recipients: 100, Categories: 120}
	res, err := synth.Generate(context.Background(), client, small)
	if err != nil {
		t.Fatal(err)
	}
	count := func(field string) (int, int) {
		counter.Reset()
		d := mustDo(t, url, recipientsOfQuery, map[string]any{"f": field})
		return counter.Count(), len(d["recipientsOf"].([]any))
	}
	buildStmts, _ := count(res.LeafKeys[0])
	leafStmts, leafRows := count(res.LeafKeys[0])
	groupStmts, groupRows := count(res.GroupKeys[0])
	rootStmts, rootRows := count("synth_data")
	fieldStmts, fieldRows := count(res.FieldPaths[0])
	t.Logf("build: %d statements; leaf: %d rows/%d statements; group: %d/%d; root: %d/%d; field: %d/%d",
		buildStmts, leafRows, leafStmts, groupRows, groupStmts, rootRows, rootStmts, fieldRows, fieldStmts)
	if !(leafRows < groupRows && groupRows < rootRows) || fieldRows == 0 {
		t.Fatalf("answers should grow from leaf to root: %d, %d, %d (field %d)", leafRows, groupRows, rootRows, fieldRows)
	}
	for _, n := range []int{leafStmts, groupStmts, rootStmts, fieldStmts} {
		if n != 2 {
			t.Errorf("a question on an unchanged catalog ran %d statements, want 2 (the sign-in check and the version read)", n)
		}
	}

	// A write, here a second organization twice the size, invalidates the
	// index; rebuilding it takes as many statements as before.
	big := small
	big.Key, big.Seed, big.Activities, big.Fields = "synth2", 8, 600, 6000
	if _, err := synth.Generate(context.Background(), client, big); err != nil {
		t.Fatal(err)
	}
	rebuildStmts, rebuildRows := count("synth2_data")
	if rebuildRows <= rootRows {
		t.Errorf("the organization twice the size has %d recipients of its root category, want more than %d", rebuildRows, rootRows)
	}
	if rebuildStmts != buildStmts {
		t.Errorf("rebuilding the index on a catalog three times the size ran %d statements, want %d as before", rebuildStmts, buildStmts)
	}
}

// TestRecipientsOfFollowsWrites: an answer reflects a write committed just
// before it, through the API or from another connection pool (another
// process on the same database).
func TestRecipientsOfFollowsWrites(t *testing.T) {
	dsn := storetest.DSN(t)
	client, err := store.Open(context.Background(), dsn, store.Config{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { client.Close() })
	if _, err := seed.Load(context.Background(), client); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(graph.NewMux(client))
	t.Cleanup(srv.Close)
	url := srv.URL + "/graphql"
	recipients := func() []string {
		var names []string
		for _, r := range lineageRows(t, url, "user.contact.email") {
			names = append(names, r.recipient)
		}
		return names
	}
	before := recipients()
	if slices.Contains(before, "Mailroom Ltd") {
		t.Fatal("Mailroom Ltd receives email before it was added")
	}

	// Another pool on the same database adds a recipient of contact data.
	other, err := store.Open(context.Background(), dsn, store.Config{})
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	ctx := context.Background()
	act := other.ProcessingActivity.Query().Where(processingactivity.HasOrganizationWith(organization.Key("xajeet"))).FirstX(ctx)
	email := other.DataCategory.Query().Where(datacategory.Key("user.contact.email")).OnlyX(ctx)
	rec := other.Recipient.Create().SetName("Mailroom Ltd").SetKind(recipient.KindProcessor).SetOrganizationID(act.OrganizationID).SaveX(ctx)
	d := other.Disclosure.Create().SetActivityID(act.ID).SetRecipientID(rec.ID).AddDataCategories(email).SaveX(ctx)
	if got := recipients(); !slices.Contains(got, "Mailroom Ltd") {
		t.Errorf("after another process added a disclosure, recipients of email are %v, want Mailroom Ltd among them", got)
	}

	// Deleting it through the API takes it out again.
	mustDo(t, url, `mutation($id: ID!) { deleteDisclosure(id: $id) }`, map[string]any{"id": d.ID})
	if got := recipients(); slices.Contains(got, "Mailroom Ltd") {
		t.Errorf("after deleting the disclosure, recipients of email are %v, still with Mailroom Ltd", got)
	}
}

// TestDataMapExports: the data map comes out as typed nodes and edges, and
// its DOT renders with Graphviz when installed.
func TestDataMapExports(t *testing.T) {
	url := seededServer(t)
	d := mustDo(t, url, `{ dataMap { nodes { id kind label specialCategory transfer staleSafeguard } edges { from to kind label } } }`, nil)
	dm := d["dataMap"].(map[string]any)
	kinds := map[string]int{}
	for _, n := range dm["nodes"].([]any) {
		kinds[n.(map[string]any)["kind"].(string)]++
	}
	edgeKinds := map[string]int{}
	for _, e := range dm["edges"].([]any) {
		edgeKinds[e.(map[string]any)["kind"].(string)]++
	}
	for _, k := range []string{"ORGANIZATION", "ACTIVITY", "DATA_CATEGORY", "RECIPIENT", "SYSTEM"} {
		if kinds[k] == 0 {
			t.Errorf("no %s nodes in the seeded data map (%v)", k, kinds)
		}
	}
	for _, k := range []string{"PERFORMS", "COLLECTS", "DISCLOSES_TO", "USES_FOR", "RETAINED_FOR"} {
		if edgeKinds[k] == 0 {
			t.Errorf("no %s edges in the seeded data map (%v)", k, edgeKinds)
		}
	}

	// Exports from the same map.
	client := storetest.Open(t, store.Config{})
	if _, err := seed.Load(context.Background(), client); err != nil {
		t.Fatal(err)
	}
	// One organization's map: Graphviz lays out a few hundred nodes slowly.
	xajeet := client.Organization.Query().Where(organization.Key("xajeet")).OnlyX(context.Background())
	rec, err := record.Load(context.Background(), client, record.Options{Org: &xajeet.ID})
	if err != nil {
		t.Fatal(err)
	}
	m := datamap.Build(rec, &xajeet.ID, datamap.Filter{}, time.Now())
	var dot, mermaid strings.Builder
	if err := m.WriteDOT(&dot); err != nil {
		t.Fatal(err)
	}
	if err := m.WriteMermaid(&mermaid); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(dot.String(), "digraph datamap {") || strings.Count(dot.String(), "->") != len(m.Edges) {
		t.Errorf("DOT has %d edges, the map %d", strings.Count(dot.String(), "->"), len(m.Edges))
	}
	if !strings.HasPrefix(mermaid.String(), "flowchart LR") || strings.Count(mermaid.String(), "-->") != len(m.Edges) {
		t.Errorf("Mermaid has %d edges, the map %d", strings.Count(mermaid.String(), "-->"), len(m.Edges))
	}
	dotBin, err := exec.LookPath("dot")
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("Graphviz (dot) is not installed; .ci/run installs it")
		}
		t.Skip("Graphviz not installed; skipping the render")
	}
	in := filepath.Join(t.TempDir(), "map.dot")
	os.WriteFile(in, []byte(dot.String()), 0o644)
	out, err := exec.Command(dotBin, "-Tsvg", in).Output()
	if err != nil {
		t.Fatalf("dot -Tsvg: %v", err)
	}
	if !strings.Contains(string(out), "<svg") || strings.Count(string(out), `class="node"`) != len(m.Nodes) {
		t.Errorf("rendered SVG has %d nodes, the map %d", strings.Count(string(out), `class="node"`), len(m.Nodes))
	}
}

// TestLineageUJETCareers: the applicant's social security number, asked
// by field path. The notice: "We may need to collect additional information
// from you to perform the background check (such as your social security
// number)" and "In order to facilitate the background check, we share
// personal information about the relevant job applicant with trusted
// background check providers." The check runs "with your consent".
func TestLineageUJETCareers(t *testing.T) {
	url := seededServer(t)
	d := mustDo(t, url, recipientsOfQuery, map[string]any{"f": "careers.application.ssn"})
	var found bool
	for _, r := range d["recipientsOf"].([]any) {
		m := r.(map[string]any)
		if m["recipient"].(map[string]any)["name"] != "Background check providers" {
			continue
		}
		found = true
		if m["match"] != "EXACT" || m["category"].(map[string]any)["key"] != "user.government_id.national_identification_number" {
			t.Errorf("background check providers: match %v via %v, want EXACT via the national ID number", m["match"], m["category"])
		}
		var bases []string
		for _, lb := range m["legalBases"].([]any) {
			if b, ok := lb.(map[string]any)["legalBasis"].(map[string]any); ok {
				bases = append(bases, b["key"].(string))
			}
		}
		if len(bases) != 1 || bases[0] != "consent" {
			t.Errorf("bases %v, want consent", bases)
		}
		var quotes []string
		for _, e := range m["evidence"].([]any) {
			quotes = append(quotes, e.(map[string]any)["quote"].(string))
		}
		if !strings.Contains(strings.Join(quotes, " "), "with trusted background check providers") {
			t.Errorf("evidence %q lacks the sharing sentence", quotes)
		}
	}
	if !found {
		t.Fatal("background check providers are not among the recipients of careers.application.ssn")
	}
}

// TestArticle30Field: the GraphQL field returns the report's JSON form.
func TestArticle30Field(t *testing.T) {
	url := seededServer(t)
	d := mustDo(t, url, `{ article30(organization: "ubpartner", record: "controller") }`, nil)
	rep, ok := d["article30"].(map[string]any)
	if !ok {
		t.Fatalf("article30 = %v", d["article30"])
	}
	org, _ := rep["organization"].(map[string]any)
	if org == nil || org["name"] != "UBPartner" {
		t.Errorf("organization = %v, want UBPartner", rep["organization"])
	}
	r := do(t, url, `{ article30(organization: "nobody") }`, nil)
	if len(r.Errors) == 0 {
		t.Error("an unknown organization answered without error")
	}
}

// TestLineageJujotech: meeting content. The notice: "all messages and
// content you share in a meeting, including personal data about you or
// others, will be available to all other participants in that meeting."
func TestLineageJujotech(t *testing.T) {
	url := seededServer(t)
	rows := find(lineageRows(t, url, "user.content.private"), "jujotech", "Other meeting participants and users")
	if len(rows) == 0 {
		t.Fatal("meeting participants are not among the recipients of private content at Jujotech")
	}
	if rows[0].match != "EXACT" {
		t.Errorf("match %s, want EXACT", rows[0].match)
	}
	if !strings.Contains(strings.Join(rows[0].quotes, " "), "will be available to all other participants in that meeting") {
		t.Errorf("evidence %q lacks the sentence", rows[0].quotes)
	}
	// Asked for user content as a whole, they receive a part of it.
	rows = find(lineageRows(t, url, "user.content"), "jujotech", "Other meeting participants and users")
	if len(rows) == 0 || rows[0].match != "NARROWER" {
		t.Errorf("for user.content: %+v, want NARROWER", rows)
	}
}

// TestLineageUBPartner: expected recipients of the email address and of
// device data, read from the UBPartner notice.
func TestLineageUBPartner(t *testing.T) {
	url := seededServer(t)
	email := lineageRows(t, url, "user.contact.email")

	// "We use contact data to send organisations marketing communications
	// about our Services and offerings." and, among the appointed data
	// processors, "Prospect Global Ltd (trading as SoPro)".
	rows := find(email, "ubpartner", "Prospect Global Ltd (SoPro)")
	if len(rows) == 0 || rows[0].match != "EXACT" {
		t.Fatalf("SoPro for the email address: %+v, want an exact match", rows)
	}
	if !anyQuote(rows, "Prospect Global Ltd (trading as SoPro)") {
		t.Errorf("evidence %q does not quote the line naming SoPro", rows[0].quotes)
	}
	// "Communication channel providers: to assist us with the processing
	// and delivery of email and other communications."
	if rows := find(email, "ubpartner", "Communication channel providers"); len(rows) == 0 || !anyQuote(rows, "delivery of email") {
		t.Errorf("communication channel providers for the email address: %+v", rows)
	}
	// "We also may disclose your information if required by law, requested
	// by law enforcement authorities": declared as contact data, it covers
	// the email address, marked broader.
	rows = find(email, "ubpartner", "Law enforcement authorities and courts")
	if len(rows) == 0 || rows[0].match != "BROADER" || rows[0].category != "user.contact" {
		t.Errorf("law enforcement for the email address: %+v, want a broader match through user.contact", rows)
	}
	// "information about you may be shared throughout UBPartner offices
	// worldwide", with no safeguard tied to it.
	rows = find(email, "ubpartner", "UBPartner offices worldwide")
	if len(rows) == 0 || !slices.Contains(rows[0].transfers, "worldwide  unspecified") {
		t.Errorf("UBPartner offices for the email address: %+v, want the worldwide transfer without a stated safeguard", rows)
	}

	// Asked for device data as a whole, Google Analytics receives parts of
	// it (IP address, cookies, usage): narrower.
	rows = find(lineageRows(t, url, "user.device"), "ubpartner", "Google Analytics")
	if len(rows) == 0 || rows[0].match != "NARROWER" || !strings.HasPrefix(rows[0].category, "user.device.") {
		t.Errorf("Google Analytics for device data: %+v, want a narrower match", rows)
	}
	if !anyQuote(rows, "Google via Google Analytics") {
		t.Errorf("Google Analytics evidence lacks the line naming it: %+v", rows)
	}
	// Nothing in the notice discloses UBPartner data to advertisers.
	for _, r := range lineageRows(t, url, "user.device.cookie_id") {
		if r.org == "ubpartner" && strings.Contains(strings.ToLower(r.recipient), "advertis") {
			t.Errorf("UBPartner discloses cookie IDs to %s; the notice names no advertiser", r.recipient)
		}
	}
}

// TestLineageUJETWebsite: asked by field path, the work email address of
// the website forms, and by category, read from the UJET website notice.
func TestLineageUJETWebsite(t *testing.T) {
	url := seededServer(t)
	email := lineageRows(t, url, "website.forms.work_email")
	if len(email) == 0 {
		t.Fatal("no recipients of website.forms.work_email")
	}
	for _, r := range email {
		if r.org != "ujet" {
			t.Errorf("a field of UJET's website is reported as received through %s's %q", r.org, r.activity)
		}
	}
	// Named in the notice with the data they receive: communications
	// providers, the TRUSTe dispute resolution provider, event co-sponsors.
	for _, rec := range []string{"Communications providers", "Event and offering co-sponsors", "TRUSTe (U.S.-based third-party dispute resolution provider)"} {
		if rows := find(email, "ujet", rec); len(rows) == 0 || rows[0].match != "EXACT" {
			t.Errorf("%s for the work email: %+v, want an exact match", rec, rows)
		}
	}
	// "including from law enforcement or government agencies": declared as
	// contact information, reported for the email address as broader.
	rows := find(email, "ujet", "Law enforcement, government agencies and public authorities")
	if len(rows) == 0 || rows[0].match != "BROADER" || rows[0].category != "user.contact" {
		t.Errorf("law enforcement for the work email: %+v, want a broader match through user.contact", rows)
	}
	if !anyQuote(rows, "including from law enforcement or government agencies") {
		t.Errorf("law enforcement evidence lacks the sentence: %+v", rows)
	}
	// "Specifically, the Website is hosted in the United States", under the
	// EU-U.S. Data Privacy Framework.
	rows = find(email, "ujet", "Communications providers")
	if len(rows) == 0 || !slices.Contains(rows[0].transfers, "country US dpf_eu_us") {
		t.Errorf("transfers for communications providers: %+v, want the US under the EU-U.S. DPF", rows)
	}

	// Advertising partners receive cookie identifiers: asked for device
	// data, a narrower match; asked for the cookie identifier, exact.
	rows = find(lineageRows(t, url, "user.device"), "ujet", "Advertising service providers and partners")
	if len(rows) == 0 || rows[0].match != "NARROWER" || rows[0].category != "user.device.cookie_id" {
		t.Errorf("advertisers for device data: %+v, want narrower through user.device.cookie_id", rows)
	}
	rows = find(lineageRows(t, url, "user.device.cookie_id"), "ujet", "Advertising service providers and partners")
	if len(rows) == 0 || rows[0].match != "EXACT" || !anyQuote(rows, "advertising based on your browsing activities") {
		t.Errorf("advertisers for cookie identifiers: %+v, want an exact match with the sentence", rows)
	}
}

// anyQuote reports whether any row's evidence contains s.
func anyQuote(rows []lineageRow, s string) bool {
	for _, r := range rows {
		for _, q := range r.quotes {
			if strings.Contains(q, s) {
				return true
			}
		}
	}
	return false
}

// TestRecipientsOfConcurrent: questions from several clients at once, while
// another writes, all get answers, and the answer after the last write
// includes it. Run with -race to check the shared index.
func TestRecipientsOfConcurrent(t *testing.T) {
	client, url := server(t, store.Config{})
	ctx := context.Background()
	if _, err := seed.Load(ctx, client); err != nil {
		t.Fatal(err)
	}
	act := client.ProcessingActivity.Query().Where(processingactivity.HasOrganizationWith(organization.Key("xajeet"))).FirstX(ctx)
	email := client.DataCategory.Query().Where(datacategory.Key("user.contact.email")).OnlyX(ctx)
	done := make(chan error, 9)
	for w := 0; w < 8; w++ {
		go func() {
			for i := 0; i < 10; i++ {
				r := do(t, url, recipientsOfQuery, map[string]any{"f": "user.contact.email"})
				if len(r.Errors) > 0 {
					done <- fmt.Errorf("%s", r.Errors[0].Message)
					return
				}
			}
			done <- nil
		}()
	}
	go func() {
		for i := 0; i < 5; i++ {
			rec, err := client.Recipient.Create().SetName(fmt.Sprintf("Concurrent vendor %d", i)).
				SetKind(recipient.KindProcessor).SetOrganizationID(act.OrganizationID).Save(ctx)
			if err == nil {
				_, err = client.Disclosure.Create().SetActivityID(act.ID).SetRecipientID(rec.ID).AddDataCategories(email).Save(ctx)
			}
			if err != nil {
				done <- err
				return
			}
		}
		done <- nil
	}()
	for i := 0; i < 9; i++ {
		if err := <-done; err != nil {
			t.Error(err)
		}
	}
	var names []string
	for _, r := range lineageRows(t, url, "user.contact.email") {
		names = append(names, r.recipient)
	}
	if !slices.Contains(names, "Concurrent vendor 4") {
		t.Errorf("after the last write, recipients of email are %v, without Concurrent vendor 4", names)
	}
}

// TestRecipientsOfByOrganizationKey: recipientsOf takes the organization's
// key, as the rest of the API and the CLI do, and answers exactly what the
// numeric ID answers; an unknown organization is an error naming it.
func TestRecipientsOfByOrganizationKey(t *testing.T) {
	url := seededServer(t)
	orgs := mustDo(t, url, `{ organizations { edges { node { id key } } } }`, nil)
	var ujetID string
	for _, e := range orgs["organizations"].(map[string]any)["edges"].([]any) {
		n := e.(map[string]any)["node"].(map[string]any)
		if n["key"] == "ujet" {
			ujetID = n["id"].(string)
		}
	}
	if ujetID == "" {
		t.Fatal("the seed holds no organization ujet")
	}
	byKey := mustDo(t, url, recipientsOfQuery, map[string]any{"f": "user.contact.email", "o": "ujet"})
	byID := mustDo(t, url, recipientsOfQuery, map[string]any{"f": "user.contact.email", "o": ujetID})
	all := mustDo(t, url, recipientsOfQuery, map[string]any{"f": "user.contact.email"})
	rows := byKey["recipientsOf"].([]any)
	if len(rows) == 0 || len(rows) >= len(all["recipientsOf"].([]any)) {
		t.Fatalf("by key: %d rows of %d for every organization; want UJET's only, some", len(rows), len(all["recipientsOf"].([]any)))
	}
	for _, r := range rows {
		if k := r.(map[string]any)["organization"].(map[string]any)["key"]; k != "ujet" {
			t.Errorf("by key ujet: a row of organization %v", k)
		}
	}
	if fmt.Sprint(byKey) != fmt.Sprint(byID) {
		t.Errorf("by key and by ID differ:\n%v\n%v", byKey, byID)
	}
	r := do(t, url, recipientsOfQuery, map[string]any{"f": "user.contact.email", "o": "nope"})
	if len(r.Errors) == 0 || !strings.Contains(r.Errors[0].Message, `"nope"`) || !strings.Contains(r.Errors[0].Message, "ujet") {
		t.Errorf("unknown organization: %+v, want an error naming it and the known ones", r.Errors)
	}
}

// TestLookupSuggestions: the lookup finds what was meant from a partial
// key, a typo, a word of a name or a partial word, fields only of the
// organization asked about.
func TestLookupSuggestions(t *testing.T) {
	url := seededServer(t)
	q := `query($t: String!, $o: String) { lookupSuggestions(text: $t, organization: $o, first: 5) { value name kind } }`
	suggest := func(text, org string) []string {
		vars := map[string]any{"t": text}
		if org != "" {
			vars["o"] = org
		}
		d := mustDo(t, url, q, vars)
		var out []string
		for _, s := range d["lookupSuggestions"].([]any) {
			out = append(out, s.(map[string]any)["value"].(string))
		}
		return out
	}
	cases := []struct{ text, org, want string }{
		// fideslang's key for health data: a partial key finds it first.
		{"user.health", "", "user.health_and_medical"},
		// a swap of two letters.
		{"user.emial", "", "user.contact.email"},
		// a word of the key, not its beginning.
		{"medical", "", "user.health_and_medical"},
		// the careers notice's field "Social security number (collected to
		// perform a background check)", found by its name.
		{"social security", "ujet", "careers.application.ssn"},
		// a typo in a field path.
		{"careers.aplication.ssn", "", "careers.application.ssn"},
	}
	for _, c := range cases {
		got := suggest(c.text, c.org)
		if len(got) == 0 || got[0] != c.want {
			t.Errorf("%q: suggested %v, want %s first", c.text, got, c.want)
		}
	}
	// The careers field is UJET's: asked within Xajeet, it is not offered.
	if got := suggest("careers.application.ssn", "xajeet"); slices.Contains(got, "careers.application.ssn") {
		t.Errorf("within xajeet: %v offers UJET's field", got)
	}
	// Completion, not did-you-mean: nothing like the text, nothing offered.
	if got := suggest("zzqx", ""); len(got) != 0 {
		t.Errorf("zzqx: %v, want nothing", got)
	}
	if r := do(t, url, `{ lookupSuggestions(text: "user", first: 1000) { value } }`, nil); len(r.Errors) == 0 || !strings.Contains(r.Errors[0].Message, "first") {
		t.Errorf("first: 1000: %+v, want an error naming first", r.Errors)
	}
}
