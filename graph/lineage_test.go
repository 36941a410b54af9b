package graph_test

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ropacatalog/ropa/ent/organization"
	"github.com/ropacatalog/ropa/internal/datamap"
	"github.com/ropacatalog/ropa/internal/store"
	"github.com/ropacatalog/ropa/internal/store/storetest"
	"github.com/ropacatalog/ropa/internal/synth"
	"github.com/ropacatalog/ropa/seed"
)

const recipientsOfQuery = `query($f: String!, $o: ID) {
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
// depend on the size of the answer.
func TestRecipientsOfStatementsFixed(t *testing.T) {
	counter := &storetest.Counter{}
	client, url := server(t, store.Config{WrapDriver: counter.Wrap})
	res, err := synth.Generate(context.Background(), client, synth.Config{Seed: 7, Activities: 300, Fields: 3000, Recipients: 100, Categories: 120})
	if err != nil {
		t.Fatal(err)
	}
	count := func(field string) (int, int) {
		counter.Reset()
		d := mustDo(t, url, recipientsOfQuery, map[string]any{"f": field})
		return counter.Count(), len(d["recipientsOf"].([]any))
	}
	leafStmts, leafRows := count(res.LeafKeys[0])
	groupStmts, groupRows := count(res.GroupKeys[0])
	rootStmts, rootRows := count("synth_data")
	t.Logf("leaf: %d rows/%d statements; group: %d/%d; root: %d/%d", leafRows, leafStmts, groupRows, groupStmts, rootRows, rootStmts)
	if !(leafRows < groupRows && groupRows < rootRows) {
		t.Fatalf("answers should grow from leaf to root: %d, %d, %d", leafRows, groupRows, rootRows)
	}
	if leafStmts != groupStmts || groupStmts != rootStmts {
		t.Errorf("statements grew with the answer: %d, %d, %d", leafStmts, groupStmts, rootStmts)
	}
	fieldStmts, fieldRows := count(res.FieldPaths[0])
	if fieldRows == 0 || fieldStmts > leafStmts+1 {
		t.Errorf("by field path %s: %d rows, %d statements", res.FieldPaths[0], fieldRows, fieldStmts)
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
	m, err := datamap.Build(context.Background(), client, &xajeet.ID, datamap.Filter{}, time.Now())
	if err != nil {
		t.Fatal(err)
	}
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
