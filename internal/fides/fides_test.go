package fides

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
	"testing/fstest"

	"gopkg.in/yaml.v3"

	"github.com/ropacatalog/ropa/ent"
	"github.com/ropacatalog/ropa/ent/datafield"
	"github.com/ropacatalog/ropa/internal/lineage"
	"github.com/ropacatalog/ropa/internal/record"
	"github.com/ropacatalog/ropa/internal/review"
	"github.com/ropacatalog/ropa/internal/store"
	"github.com/ropacatalog/ropa/internal/store/storetest"
	"github.com/ropacatalog/ropa/seed"
)

const project = "testdata/project"

// taxonomyOnly opens a fresh catalog holding the seed taxonomy and no
// organization.
func taxonomyOnly(t *testing.T) *ent.Client {
	t.Helper()
	client := storetest.Open(t, store.Config{})
	m := fstest.MapFS{}
	names, err := fs.Glob(seed.Files, "taxonomy/*.yaml")
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range names {
		b, err := fs.ReadFile(seed.Files, n)
		if err != nil {
			t.Fatal(err)
		}
		m[n] = &fstest.MapFile{Data: b}
	}
	if _, err := seed.LoadFS(context.Background(), client, m); err != nil {
		t.Fatalf("loading the taxonomy: %v", err)
	}
	return client
}

func loadOrg(t *testing.T, c *ent.Client, key string) *record.Organization {
	t.Helper()
	rec, err := record.Load(context.Background(), c, record.Options{Structure: true})
	if err != nil {
		t.Fatal(err)
	}
	o := rec.OrganizationByKey(key)
	if o == nil {
		t.Fatalf("no organization %q in the catalog", key)
	}
	return o
}

func activity(t *testing.T, o *record.Organization, name string) *record.Activity {
	t.Helper()
	for _, a := range o.Activities {
		if a.Name == name {
			return a
		}
	}
	var names []string
	for _, a := range o.Activities {
		names = append(names, a.Name)
	}
	t.Fatalf("no activity %q; have %q", name, names)
	return nil
}

func purposes(a *record.Activity) []string {
	var out []string
	for _, ap := range a.Edges.Purposes {
		s := ap.Edges.Purpose.Key
		if ap.Edges.LegalBasis != nil {
			s += "/" + ap.Edges.LegalBasis.Key
		}
		if ap.Edges.SpecialCondition != nil {
			s += "/" + ap.Edges.SpecialCondition.Key
		}
		out = append(out, s)
	}
	sort.Strings(out)
	return out
}

func TestFidesImport(t *testing.T) {
	ctx := context.Background()
	c := taxonomyOnly(t)
	rep, err := Import(ctx, c, project, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Origin != "import:project" || rep.Files != 5 {
		t.Errorf("origin %q, files %d; want import:project, 5", rep.Origin, rep.Files)
	}
	o := loadOrg(t, c, "default_organization")
	// organization.yml
	if o.Name != "Nordlicht Outdoor GmbH" || o.DpoEmail != "dpo@nordlicht-outdoor.example" || o.Phone != "+49 40 1234567" {
		t.Errorf("organization: %q, DPO %q, phone %q", o.Name, o.DpoEmail, o.Phone)
	}
	if o.ReviewStatus != review.Unreviewed || o.Origin != "import:project" {
		t.Errorf("organization is %s with origin %q; want unreviewed, import:project", o.ReviewStatus, o.Origin)
	}
	// Twelve systems of the organization's own and one for the dataset no
	// system references; the five vendors are recipients, not systems.
	var keys []string
	for _, s := range o.Systems {
		keys = append(keys, s.Key)
		if s.ReviewStatus != review.Unreviewed {
			t.Errorf("system %s is %s", s.Key, s.ReviewStatus)
		}
	}
	want := []string{"customer_accounts", "data_warehouse", "fraud_screening", "hr_system", "legacy_crm", "loyalty",
		"marketing_archive", "marketplace", "newsletter", "recruiting", "storefront", "support_desk", "web_analytics"}
	if !slices.Equal(keys, want) {
		t.Errorf("systems %q, want %q", keys, want)
	}
	// Declarations: 16, of which two of the data warehouse share a name.
	if len(o.Activities) != 15 {
		t.Errorf("%d activities, want 15", len(o.Activities))
	}
	// A declaration on a vendor's system: an activity tied to none of the
	// organization's systems, whose data goes to the vendor.
	dn := activity(t, o, "Delivery notifications by the carrier")
	if len(dn.Edges.Systems) != 0 || len(dn.Edges.Disclosures) != 1 || dn.Edges.Disclosures[0].Edges.Recipient.Name != "DHL Paket GmbH" {
		t.Errorf("carrier notifications: systems %v, disclosures %v", dn.Edges.Systems, dn.Edges.Disclosures)
	}
	if got := purposes(activity(t, o, "Business reporting")); !slices.Equal(got, []string{
		"analytics.reporting/legitimate_interests", "essential.business_operations/legal_obligation"}) {
		t.Errorf("Business reporting: %q", got)
	}
	// Two systems declare "Customer support": each is named by its system.
	activity(t, o, "Storefront: Customer support")
	activity(t, o, "Support desk: Customer support")
	// A declaration without a name is named by its system and data use.
	wa := activity(t, o, "Web analytics: Analytics reporting")
	if wa.BusinessFunction != "Marketing" || len(wa.Retention) != 1 || wa.Retention[0].Duration != "P13M" {
		t.Errorf("web analytics: function %q, retention %v", wa.BusinessFunction, wa.Retention)
	}
	// Art 9: health and religion under employment law.
	pay := activity(t, o, "Payroll and personnel administration")
	if got := purposes(pay); !slices.Equal(got, []string{"employment/legal_obligation/employment_law"}) {
		t.Errorf("payroll: %q", got)
	}
	if len(pay.Retention) != 1 || pay.Retention[0].Duration != "P10Y" {
		t.Errorf("payroll retention %v", pay.Retention)
	}
	if ca := activity(t, o, "Customer accounts"); len(ca.Retention) != 1 || ca.Retention[0].Criterion != "Until the customer closes the account" || ca.Retention[0].Duration != "" {
		t.Errorf("customer accounts retention %+v", ca.Retention)
	}
	if co := activity(t, o, "Checkout"); len(co.Retention) != 1 || co.Retention[0].Duration != "P10Y" {
		t.Errorf("checkout: \"10 years\" should read P10Y: %+v", co.Retention)
	}
	// Fideslang 2: the basis on the data use, alpha-3 transfers with SCCs, the DPIA.
	crm := activity(t, o, "Business customer relationships")
	if got := purposes(crm); !slices.Equal(got, []string{"marketing.sales/legitimate_interests"}) {
		t.Errorf("legacy CRM: %q", got)
	}
	var dests []string
	for _, tr := range crm.Transfers {
		dests = append(dests, tr.Country+"/"+tr.Edges.Safeguard.Key)
	}
	sort.Strings(dests)
	if !slices.Equal(dests, []string{"IN/scc", "US/scc"}) {
		t.Errorf("legacy CRM transfers %q, want IN/scc, US/scc", dests)
	}
	if crm.DpiaRequired == nil || !*crm.DpiaRequired || crm.Role != "controller" {
		t.Errorf("legacy CRM: DPIA %v, role %s", crm.DpiaRequired, crm.Role)
	}
	fraud := activity(t, o, "Fraud prevention")
	if !fraud.AutomatedDecisionMaking || fraud.DpiaRequired == nil || !*fraud.DpiaRequired {
		t.Errorf("fraud: profiling %v, DPIA %v", fraud.AutomatedDecisionMaking, fraud.DpiaRequired)
	}
	if m := activity(t, o, "Partner shop orders"); m.Role != "processor" {
		t.Errorf("marketplace role %s, want processor", m.Role)
	}
	// Security practices of the storefront: two catalog measures and one in words.
	var sec []string
	for _, sp := range activity(t, o, "Checkout").Security {
		sec = append(sec, sp.Edges.Measure.Key+":"+sp.Description)
	}
	sort.Strings(sec)
	if !slices.Equal(sec, []string{"encryption.at_rest:", "encryption.in_transit:", "security_program:Quarterly penetration tests"}) {
		t.Errorf("checkout security %q", sec)
	}
	// Third parties named in words, with the shared categories only.
	nl := activity(t, o, "Newsletter")
	var recips []string
	for _, d := range nl.Edges.Disclosures {
		var cats []string
		for _, c := range d.Edges.DataCategories {
			cats = append(cats, c.Key)
		}
		recips = append(recips, d.Edges.Recipient.Name+"="+strings.Join(cats, ","))
	}
	sort.Strings(recips)
	if !slices.Equal(recips, []string{"Advertising partners=user.contact.email", "Sendinblue GmbH=user.contact.email,user.name.first"}) {
		t.Errorf("newsletter disclosures %q", recips)
	}
	// Nested fields, names kept, keys the catalog's.
	f, err := c.DataField.Query().Where(datafield.Path("storefront.customer_db.orders.payment.card.last4")).WithDataCategory().Only(ctx)
	if err != nil {
		t.Fatalf("the nested card field: %v", err)
	}
	if f.Edges.DataCategory.Key != "user.financial.credit_card" || f.Name != "orders.payment.card.last4" {
		t.Errorf("card field: %s %q", f.Edges.DataCategory.Key, f.Name)
	}
	if _, err := c.DataField.Query().Where(datafield.Path("storefront.customer_db.customers.address.postalcode")).Only(ctx); err != nil {
		t.Errorf("postalCode: %v", err)
	}
	// Collection categories reach fields without their own; uncategorised fields are not data fields.
	if n, _ := c.DataField.Query().Where(datafield.PathHasPrefix("web_analytics.analytics_events.")).Count(ctx); n != 5 {
		t.Errorf("analytics events: %d fields, want 5 (_id, page and referrer with the collection's category, visitor.cookieId, visitor.ip)", n)
	}
	// recipientsOf answers for the fields: the card goes to Stripe and not DHL,
	// the postal code to DHL (which receives the whole address) and not Stripe.
	names := func(field string) []string {
		_, res, err := lineage.RecipientsOf(ctx, c, field, "")
		if err != nil {
			t.Fatalf("recipientsOf %s: %v", field, err)
		}
		var out []string
		for _, r := range res {
			out = appendUniq(out, r.Recipient.Name)
		}
		sort.Strings(out)
		return out
	}
	if got := names("storefront.customer_db.orders.payment.card.last4"); !slices.Contains(got, "Stripe Payments Europe, Ltd.") || slices.Contains(got, "DHL Paket GmbH") {
		t.Errorf("card recipients %q", got)
	}
	if got := names("storefront.customer_db.customers.address.postalcode"); !slices.Contains(got, "DHL Paket GmbH") || slices.Contains(got, "Stripe Payments Europe, Ltd.") {
		t.Errorf("postal code recipients %q", got)
	}
	// Evidence: the YAML lines that state the flow.
	var quote string
	for _, d := range activity(t, o, "Checkout").Edges.Disclosures {
		for _, e := range d.Edges.Evidence {
			quote += e.Quote + "\n"
		}
	}
	if !strings.Contains(quote, "fides_key: stripe\n        type: system") {
		t.Errorf("checkout disclosure evidence does not quote the egress: %q", quote)
	}
	// What the catalog does not keep is said.
	skipped := strings.Join(rep.Skipped, "\n")
	for _, s := range []string{"datasets.yml", "login", "user.account.username not stored", "impact_assessment_location"} {
		if !strings.Contains(skipped, s) {
			t.Errorf("skipped list lacks %q:\n%s", s, skipped)
		}
	}
	// The same files again: nothing to do.
	again, err := Import(ctx, c, project, Options{})
	if err != nil || !again.Unchanged {
		t.Errorf("second import: %+v, %v", again, err)
	}
}

// dump lists an organization's catalog as lines, without IDs or evidence.
func dump(o *record.Organization) []string {
	var out []string
	add := func(s string) { out = append(out, s) }
	add("org " + strings.Join([]string{o.Key, o.Name, o.Address, o.Email, o.Phone, o.DpoName, o.DpoEmail, o.DpoAddress, o.DpoPhone,
		o.RepresentativeName, o.RepresentativeEmail, o.RepresentativeAddress, string(o.ReviewStatus)}, "|"))
	sysKey := map[int]string{}
	for _, s := range o.Systems {
		sysKey[s.ID] = s.Key
		add("system " + s.Key + "|" + s.Name + "|" + s.Description)
		for _, d := range s.Edges.Datasets {
			add("dataset " + s.Key + "." + d.Key + "|" + d.Name + "|" + d.Description)
			for _, f := range d.Edges.Fields {
				add("field " + f.Path + "|" + f.Name + "|" + f.Edges.DataCategory.Key + "|" + f.Description)
			}
		}
	}
	keys := func(cs []*ent.DataCategory) string {
		var ks []string
		for _, c := range cs {
			ks = append(ks, c.Key)
		}
		sort.Strings(ks)
		return strings.Join(ks, ",")
	}
	for _, a := range o.Activities {
		var subs, syss []string
		for _, s := range a.Edges.DataSubjects {
			subs = append(subs, s.Key)
		}
		for _, s := range a.Edges.Systems {
			syss = append(syss, sysKey[s.ID])
		}
		sort.Strings(subs)
		dpia := "nil"
		if a.DpiaRequired != nil {
			dpia = map[bool]string{true: "yes", false: "no"}[*a.DpiaRequired]
		}
		add("activity " + strings.Join([]string{a.Name, string(a.Role), a.BusinessFunction, dpia,
			map[bool]string{true: "adm", false: ""}[a.AutomatedDecisionMaking], strings.Join(subs, ","), keys(a.Edges.DataCategories),
			strings.Join(syss, ","), string(a.ReviewStatus)}, "|"))
		for _, p := range purposes(a) {
			add("purpose " + a.Name + "|" + p)
		}
		for _, d := range a.Edges.Disclosures {
			r := d.Edges.Recipient
			var ps []string
			for _, p := range d.Edges.Purposes {
				ps = append(ps, p.Key)
			}
			sort.Strings(ps)
			add("disclosure " + strings.Join([]string{a.Name, r.Name, string(r.Kind), r.Service,
				map[bool]string{true: "named", false: "category"}[r.Named], keys(d.Edges.DataCategories), strings.Join(ps, ",")}, "|"))
		}
		for _, t := range a.Transfers {
			sg := ""
			if t.Edges.Safeguard != nil {
				sg = t.Edges.Safeguard.Key
			}
			add("transfer " + strings.Join([]string{a.Name, string(t.Scope), t.Country, sg, t.Alternatives, t.Description}, "|"))
		}
		for _, r := range a.Retention {
			add("retention " + a.Name + "|" + r.Duration + "|" + r.Criterion)
		}
		for _, s := range a.Security {
			add("security " + a.Name + "|" + s.Edges.Measure.Key + "|" + s.Description)
		}
	}
	sort.Strings(out)
	return out
}

func TestFidesRoundTrip(t *testing.T) {
	ctx := context.Background()
	a := taxonomyOnly(t)
	if _, err := Import(ctx, a, project, Options{}); err != nil {
		t.Fatal(err)
	}
	first := dump(loadOrg(t, a, "default_organization"))
	if len(first) < 100 {
		t.Fatalf("the first catalog has only %d lines", len(first))
	}
	out, warnings := exportOrg(t, a, "default_organization")
	if len(warnings) > 0 {
		t.Errorf("export warnings: %q", warnings)
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "export.yml")
	if err := os.WriteFile(path, out, 0o644); err != nil {
		t.Fatal(err)
	}
	files, err := ReadPath(path)
	if err != nil {
		t.Fatalf("reading the export back: %v\n%s", err, out)
	}
	if errs := Validate(files); len(errs) > 0 {
		t.Fatalf("the export breaks fideslang's rules: %v", errs)
	}
	b := taxonomyOnly(t)
	if _, err := Import(ctx, b, path, Options{}); err != nil {
		t.Fatalf("importing the export: %v\n%s", err, out)
	}
	second := dump(loadOrg(t, b, "default_organization"))
	if !slices.Equal(first, second) {
		for _, l := range first {
			if !slices.Contains(second, l) {
				t.Errorf("lost: %s", l)
			}
		}
		for _, l := range second {
			if !slices.Contains(first, l) {
				t.Errorf("gained: %s", l)
			}
		}
	}
}

func exportOrg(t *testing.T, c *ent.Client, key string) ([]byte, []string) {
	t.Helper()
	o := loadOrg(t, c, key)
	tax, err := LoadTaxonomy(context.Background(), c)
	if err != nil {
		t.Fatal(err)
	}
	p, warnings := Export([]*record.Organization{o}, tax)
	out, err := Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	return out, warnings
}

// TestFidesExportShape checks the exported YAML as fideslang reads it: the
// keys it requires on each resource and the values it enumerates, on the
// imported project and on the seed's notices (a record Fides never wrote).
func TestFidesExportShape(t *testing.T) {
	ctx := context.Background()
	c := taxonomyOnly(t)
	if _, err := Import(ctx, c, project, Options{}); err != nil {
		t.Fatal(err)
	}
	out, _ := exportOrg(t, c, "default_organization")
	var raw map[string][]map[string]any
	if err := yaml.Unmarshal(out, &raw); err != nil {
		t.Fatal(err)
	}
	for _, kind := range []string{"organization", "system", "dataset", "data_category", "data_use", "data_subject"} {
		if len(raw[kind]) == 0 {
			t.Errorf("no %s resources in the export", kind)
		}
		for _, r := range raw[kind] {
			if k, _ := r["fides_key"].(string); !fidesKeyRE.MatchString(k) {
				t.Errorf("%s without a valid fides_key: %v", kind, r)
			}
		}
	}
	var vendors int
	for _, s := range raw["system"] {
		for _, k := range []string{"name", "system_type", "privacy_declarations"} {
			if _, ok := s[k]; !ok {
				t.Errorf("system %v lacks %s", s["fides_key"], k)
			}
		}
		if s["system_type"] == "Processor" || s["system_type"] == "Third Party" {
			vendors++
		}
		decls, _ := s["privacy_declarations"].([]any)
		for _, d := range decls {
			d := d.(map[string]any)
			if _, ok := d["data_categories"].([]any); !ok {
				t.Errorf("system %v: declaration %v lacks the data_categories list", s["fides_key"], d["name"])
			}
			if u, _ := d["data_use"].(string); u == "" {
				t.Errorf("system %v: declaration %v lacks data_use", s["fides_key"], d["name"])
			}
			if lb, ok := d["legal_basis_for_processing"].(string); ok && !slices.Contains(legalBasesForProcessing, lb) {
				t.Errorf("legal basis %q is not fideslang's", lb)
			}
		}
		if s["fides_key"] == "legacy_crm" {
			if got, _ := s["third_country_transfers"].([]any); len(got) != 2 || got[0] != "USA" || got[1] != "IND" {
				t.Errorf("legacy CRM transfers %v, want [USA IND] (alpha-3)", got)
			}
		}
	}
	if vendors != 5 {
		t.Errorf("%d vendor systems, want the project's 5", vendors)
	}
	for _, d := range raw["dataset"] {
		colls, ok := d["collections"].([]any)
		if !ok || len(colls) == 0 {
			t.Errorf("dataset %v without collections", d["fides_key"])
		}
		for _, c := range colls {
			c := c.(map[string]any)
			if _, ok := c["name"].(string); !ok {
				t.Errorf("dataset %v: a collection without name", d["fides_key"])
			}
			if _, ok := c["fields"].([]any); !ok {
				t.Errorf("dataset %v: collection %v without fields", d["fides_key"], c["name"])
			}
		}
	}

	// The seed's notices, exported whole, make a valid project too.
	s := storetest.Open(t, store.Config{})
	if _, err := seed.Load(ctx, s); err != nil {
		t.Fatal(err)
	}
	rec, err := record.Load(ctx, s, record.Options{Structure: true})
	if err != nil {
		t.Fatal(err)
	}
	tax, err := LoadTaxonomy(ctx, s)
	if err != nil {
		t.Fatal(err)
	}
	p, _ := Export(rec.Organizations, tax)
	b, err := Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	f, err := Parse("seed.yml", b)
	if err != nil {
		t.Fatal(err)
	}
	if errs := Validate([]*File{f}); len(errs) > 0 {
		t.Errorf("the seed's export breaks fideslang's rules: %v", errs)
	}
	if len(f.System) < 5 || len(f.Organization) != len(rec.Organizations) {
		t.Errorf("seed export: %d systems, %d organizations", len(f.System), len(f.Organization))
	}
}

// TestFidesBadInput: each broken project is refused with its file, line and
// field, and nothing is written.
func TestFidesBadInput(t *testing.T) {
	ctx := context.Background()
	c := taxonomyOnly(t)
	good := `system:
  - fides_key: shop
    name: Shop
    system_type: Service
    privacy_declarations:
      - name: Orders
        data_use: essential.service
        data_categories: [user.contact.email]
        data_subjects: [customer]
`
	cases := []struct {
		name, src, want string
	}{
		{"unknown field", strings.Replace(good, "data_subjects:", "data_subject:", 1), `bad.yml:9: data_subject: fideslang defines no such field`},
		{"missing data_use", strings.Replace(good, "        data_use: essential.service\n", "", 1), `bad.yml:6: system shop: privacy_declarations[0].data_use: missing`},
		{"missing system_type", strings.Replace(good, "    system_type: Service\n", "", 1), `bad.yml:2: system shop: system_type: missing`},
		{"unknown category", strings.Replace(good, "user.contact.email", "user.contact.emial", 1), `bad.yml:8: system shop: privacy_declarations[0].data_categories[0]: unknown data category "user.contact.emial"`},
		{"unknown data use", strings.Replace(good, "essential.service\n", "essential.servise\n", 1), `bad.yml:7: system shop: privacy_declarations[0].data_use: unknown data use "essential.servise"`},
		{"legal basis", good + "        legal_basis_for_processing: Because\n", `bad.yml:10: system shop: privacy_declarations[0].legal_basis_for_processing: "Because" is not one of fideslang's values`},
		{"alpha-3", strings.Replace(good, "    system_type: Service\n", "    system_type: Service\n    third_country_transfers: [US]\n", 1), `bad.yml:5: system shop: third_country_transfers[0]: "US" is not an ISO 3166-1 alpha-3`},
		{"egress not a flow", good + "        egress: [stripe]\n", `bad.yml:10: system shop: privacy_declarations[0].egress: "stripe" is not among the system's own egress`},
		{"bad key", strings.Replace(good, "fides_key: shop", "fides_key: shop floor", 1), `bad.yml:2: system shop floor: fides_key: "shop floor" is not a FidesKey`},
		{"not yaml", "system: [\n", `bad.yml:`},
		{"empty system", "system:\n  -\n", `bad.yml:2: a list item is empty`},
		{"empty dataset", "dataset: [~]\n", `bad.yml:1: a list item is empty`},
		{"empty declaration", strings.Replace(good, "    privacy_declarations:\n", "    privacy_declarations:\n      - null\n", 1), `bad.yml:6: a list item is empty`},
		{"null by alias", "x: &n ~\ndataset: [*n]\n", `bad.yml:`},
	}
	count := func() int {
		n, err := c.Organization.Query().Count(ctx)
		if err != nil {
			t.Fatal(err)
		}
		m, _ := c.System.Query().Count(ctx)
		d, _ := c.PolicyDocument.Query().Count(ctx)
		ch, _ := c.Change.Query().Count(ctx)
		return n + m + d + ch
	}
	before := count()
	dir := t.TempDir()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(dir, "bad.yml")
			if err := os.WriteFile(path, []byte(tc.src), 0o644); err != nil {
				t.Fatal(err)
			}
			_, err := Import(ctx, c, path, Options{})
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("got %v\nwant an error containing %s", err, tc.want)
			}
			if n := count(); n != before {
				t.Errorf("the catalog changed: %d rows before, %d after", before, n)
			}
		})
	}
	// A failure late in the write (a duplicate field key after
	// normalisation) rolls back everything written before it.
	dup := good + `dataset:
  - fides_key: orders
    collections:
      - name: orders
        fields:
          - name: eMail
            data_categories: [user.contact.email]
          - name: email
            data_categories: [user.contact.email]
`
	dup = strings.Replace(dup, "    system_type: Service\n", "    system_type: Service\n    dataset_references: [orders]\n", 1)
	path := filepath.Join(dir, "bad.yml")
	os.WriteFile(path, []byte(dup), 0o644)
	if _, err := Import(ctx, c, path, Options{}); err == nil || !strings.Contains(err.Error(), `bad.yml:18: dataset orders: collections[0].fields[1].name: "email" becomes the field key "orders.email"`) {
		t.Errorf("duplicate field key: %v", err)
	}
	if n := count(); n != before {
		t.Errorf("a failed import left %d rows behind", n-before)
	}
}

// FuzzParse: any bytes either fail to parse with an error or parse into
// resources whose evidence spans lie inside the file; never a panic.
func FuzzParse(f *testing.F) {
	for _, name := range []string{"systems.yml", "datasets.yml", "legacy_crm.yml", "organization.yml", "taxonomy.yml"} {
		b, err := os.ReadFile(filepath.Join(project, name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte("system: [\n"))
	f.Add([]byte("system:\n  - fides_key: x\n    description: |\n      two\n      lines\n    system_type: S\n    privacy_declarations: []\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		file, err := Parse("f.yml", src)
		if err != nil {
			return
		}
		Validate([]*File{file})
		check := func(n *yaml.Node) {
			if s, e, ok := span(src, n); ok && (s < 0 || e > len(src) || s >= e) {
				t.Fatalf("span [%d,%d) outside %d bytes", s, e, len(src))
			}
		}
		for _, s := range file.System {
			check(s.node)
			for _, d := range s.PrivacyDeclarations {
				check(d.node)
			}
		}
		for _, d := range file.Dataset {
			check(d.node)
		}
	})
}
