package dpv

import (
	"context"
	"encoding/json"
	"errors"
	"io/fs"
	"regexp"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/piprate/json-gold/ld"

	"github.com/ropacatalog/ropa/internal/fides"
	"github.com/ropacatalog/ropa/internal/record"
	"github.com/ropacatalog/ropa/internal/store"
	"github.com/ropacatalog/ropa/internal/store/storetest"
	"github.com/ropacatalog/ropa/seed"
)

// offline fails every fetch: the document's context must be inline.
type offline struct{}

func (offline) LoadDocument(u string) (*ld.RemoteDocument, error) {
	return nil, errors.New("no network: tried to load " + u)
}

// triples expands the document with a JSON-LD processor and returns its
// RDF statements as N-Quads lines.
func triples(t *testing.T, b []byte) map[string]bool {
	t.Helper()
	var doc any
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatal(err)
	}
	proc := ld.NewJsonLdProcessor()
	opts := ld.NewJsonLdOptions("")
	opts.DocumentLoader = offline{}
	expanded, err := proc.Expand(doc, opts)
	if err != nil {
		t.Fatalf("expanding: %v", err)
	}
	if len(expanded) == 0 {
		t.Fatal("the expansion is empty")
	}
	opts.Format = "application/n-quads"
	out, err := proc.ToRDF(doc, opts)
	if err != nil {
		t.Fatalf("to RDF: %v", err)
	}
	set := map[string]bool{}
	for _, l := range strings.Split(out.(string), "\n") {
		if l = strings.TrimSpace(l); l != "" {
			set[strings.TrimSuffix(l, " .")] = true
		}
	}
	return set
}

func TestDPVTriples(t *testing.T) {
	ctx := context.Background()
	c := storetest.Open(t, store.Config{})
	m := fstest.MapFS{}
	names, _ := fs.Glob(seed.Files, "taxonomy/*.yaml")
	for _, n := range names {
		b, _ := fs.ReadFile(seed.Files, n)
		m[n] = &fstest.MapFile{Data: b}
	}
	if _, err := seed.LoadFS(ctx, c, m); err != nil {
		t.Fatal(err)
	}
	// The hand-written Fides project of internal/fides: its facts are known.
	if _, err := fides.Import(ctx, c, "../fides/testdata/project", fides.Options{}); err != nil {
		t.Fatal(err)
	}
	rec, err := record.Load(ctx, c, record.Options{})
	if err != nil {
		t.Fatal(err)
	}
	o := rec.OrganizationByKey("default_organization")
	act := map[string]string{}
	for _, a := range o.Activities {
		act[a.Name] = "<" + ActivityIRI(o.Key, a.ID) + ">"
	}
	b, err := Marshal(Export(rec.Organizations))
	if err != nil {
		t.Fatal(err)
	}
	got := triples(t, b)

	// The Turtle form (N-Triples) holds exactly the same statements, one
	// per line, each a subject, a predicate, an object and a full stop.
	nt, err := Triples(Export(rec.Organizations))
	if err != nil {
		t.Fatal(err)
	}
	term := `(<[^<>"\s]+>|_:[A-Za-z0-9]+|"([^"\\]|\\.)*"(\^\^<[^<>"\s]+>|@[A-Za-z]+(-[A-Za-z0-9]+)*)?)`
	line := regexp.MustCompile(`^(<[^<>"\s]+>|_:[A-Za-z0-9]+) <[^<>"\s]+> ` + term + ` \.$`)
	lines := strings.Split(strings.TrimSuffix(string(nt), "\n"), "\n")
	if !slices.IsSorted(lines) {
		t.Error("the N-Triples lines are not sorted")
	}
	seen := map[string]bool{}
	for _, l := range lines {
		if !line.MatchString(l) {
			t.Errorf("not an N-Triples statement: %s", l)
		}
		seen[strings.TrimSuffix(l, " .")] = true
	}
	if len(seen) != len(got) {
		t.Errorf("N-Triples: %d statements, the JSON-LD form %d", len(seen), len(got))
	}
	for k := range got {
		if !seen[k] {
			t.Errorf("N-Triples lacks %s", k)
			break
		}
	}

	has := func(s, p, o string) {
		t.Helper()
		if !got[s+" "+p+" "+o] {
			var near []string
			for k := range got {
				if strings.HasPrefix(k, s+" "+p) {
					near = append(near, k)
				}
			}
			t.Errorf("missing triple %s %s %s; with that subject and predicate: %q", s, p, o, near)
		}
	}
	d := func(local string) string { return "<" + DPV + local + ">" }
	gdpr := func(local string) string { return "<" + EUGDPR + local + ">" }
	const rdfType = "<" + RDF + "type>"
	org := "<" + OrgIRI("default_organization") + ">"

	pay := act["Payroll and personnel administration"]
	has(pay, rdfType, d("Process"))
	has(pay, d("hasDataController"), org)
	// Legal obligation, Art 6(1)(c), and employment law, Art 9(2)(b).
	has(pay, d("hasLegalBasis"), gdpr("A6-1-c"))
	has(pay, d("hasLegalBasis"), gdpr("A9-2-b"))
	has(pay, d("hasPurpose"), d("HumanResourceManagement"))
	has(pay, d("hasDataSubject"), d("Employee"))
	// Health and religion (sick leave, church tax) by their DPV-PD concepts.
	has(pay, d("hasPersonalData"), "<"+PD+"Health>")
	has(pay, d("hasPersonalData"), "<"+PD+"Religion>")
	// A category DPV has no concept for is a node of its own, labelled.
	has(act["Loyalty programme"], d("hasPersonalData"), "<urn:ropa:data:user.loyalty.points_balance>")
	has("<urn:ropa:data:user.loyalty.points_balance>", rdfType, d("PersonalData"))
	has("<urn:ropa:data:user.loyalty.points_balance>", "<"+RDFS+"label>", `"Loyalty points balance"`)
	// P10Y as an xsd:duration storage duration.
	var storage string
	for k := range got {
		if strings.HasPrefix(k, pay+" "+d("hasStorageCondition")+" ") {
			storage = strings.TrimPrefix(k, pay+" "+d("hasStorageCondition")+" ")
		}
	}
	has(storage, rdfType, d("StorageDuration"))
	has(storage, "<"+RDF+"value>", `"P10Y"^^<`+XSD+`duration>`)
	// Consent, Art 6(1)(a), for the newsletter; its e-mail processor and the
	// advertising partners as a third party.
	nl := act["Newsletter"]
	has(nl, d("hasLegalBasis"), gdpr("A6-1-a"))
	var processor, third string
	for k := range got {
		if strings.HasPrefix(k, nl+" "+d("hasDataProcessor")+" ") {
			processor = strings.TrimPrefix(k, nl+" "+d("hasDataProcessor")+" ")
		}
	}
	has(processor, "<"+RDFS+"label>", `"Sendinblue GmbH"`)
	has(processor, rdfType, d("DataProcessor"))
	has(nl, d("hasRecipient"), processor)
	for k := range got {
		if strings.HasSuffix(k, `<`+RDFS+`label> "Advertising partners"`) {
			third = strings.SplitN(k, " ", 2)[0]
		}
	}
	has(third, rdfType, d("ThirdParty"))
	has(nl, d("hasRecipient"), third)
	if got[nl+" "+d("hasDataProcessor")+" "+third] {
		t.Error("a third party is listed as the newsletter's data processor")
	}
	// The legacy CRM's transfers to the US and India under SCCs (Art 46(2)(c)).
	crm := act["Business customer relationships"]
	var countries []string
	for k := range got {
		if strings.HasPrefix(k, crm+" "+d("hasProcessing")+" ") {
			tr := strings.TrimPrefix(k, crm+" "+d("hasProcessing")+" ")
			has(tr, rdfType, d("Transfer"))
			has(tr, d("hasLegalBasis"), gdpr("A46-2-c"))
			for _, cc := range []string{"US", "IN"} {
				if got[tr+" "+d("hasThirdCountry")+" <"+LOC+cc+">"] {
					countries = append(countries, cc)
				}
			}
		}
	}
	if len(countries) != 2 {
		t.Errorf("legacy CRM transfers reach %q, want US and IN", countries)
	}
	// Technical measures of the storefront.
	has(act["Checkout"], d("hasTechnicalOrganisationalMeasure"), d("EncryptionAtRest"))
	has(act["Checkout"], d("hasTechnicalOrganisationalMeasure"), d("EncryptionInTransfer"))
	// Provenance: the YAML lines that state the disclosure to Stripe.
	found := false
	for k := range got {
		if strings.HasPrefix(k, act["Checkout"]+" <"+PROV+"wasDerivedFrom> <urn:ropa:evidence:") {
			ev := strings.TrimPrefix(k, act["Checkout"]+" <"+PROV+"wasDerivedFrom> ")
			for k2 := range got {
				if strings.HasPrefix(k2, ev+" <"+PROV+"value> ") && strings.Contains(k2, "fides_key: stripe") {
					found = true
				}
			}
		}
	}
	if !found {
		t.Error("Checkout's provenance does not quote the egress to Stripe")
	}
	// Drafts say so.
	has(pay, "<"+RDFS+"comment>", `"draft: not yet reviewed"`)
}
