// Package dpv writes an effective record (internal/record) as JSON-LD in
// the W3C Data Privacy Vocabulary (https://w3id.org/dpv), the open
// interchange form of a record of processing.
//
// Each activity is a dpv:Process with dpv:hasPurpose, dpv:hasPersonalData,
// dpv:hasDataSubject and dpv:hasLegalBasis (the eu-gdpr concepts A6-1-a ...
// A9-2-j); its controller (dpv:hasDataController, or dpv:hasDataProcessor
// and the controllers it acts for); its recipients (dpv:hasRecipient, typed
// by role: dpv:DataProcessor, dpv:DataSubProcessor, dpv:ThirdParty,
// dpv:JointDataControllers, dpv:Authority or dpv:Recipient; processors also
// dpv:hasDataProcessor); its transfers as dpv:Transfer processes
// (dpv:hasProcessing) with the destination (dpv:hasThirdCountry, a loc:
// country) and the transfer tool as legal basis (eu-gdpr:A45-3, A46-2-c,
// A47, A49-1-a ...); its retention as dpv:hasStorageCondition, a
// dpv:StorageDuration whose rdf:value is an ISO 8601 duration
// (xsd:duration) or a dpv:StorageCondition described in words; its
// security measures as dpv:hasTechnicalOrganisationalMeasure; and, as
// provenance (prov:wasDerivedFrom), the notice that states it and the
// sentences its disclosures rest on (prov:value, with byte offsets).
// Concepts the catalog maps to DPV are named by their DPV IRIs; the others
// are nodes of their own (urn:ropa:...) typed with the DPV class and
// labelled. The @context is inline, so no processor fetches anything.
package dpv

import (
	"encoding/json"
	"fmt"
	"net/url"
	"slices"
	"sort"
	"strings"

	"github.com/piprate/json-gold/ld"

	"github.com/ropacatalog/ropa/ent"
	"github.com/ropacatalog/ropa/ent/processingactivity"
	"github.com/ropacatalog/ropa/ent/recipient"
	"github.com/ropacatalog/ropa/ent/transfersafeguard"
	"github.com/ropacatalog/ropa/internal/record"
)

// Namespaces of the inline context.
const (
	DPV    = "https://w3id.org/dpv#"
	PD     = "https://w3id.org/dpv/pd#"
	EUGDPR = "https://w3id.org/dpv/legal/eu/gdpr#"
	LOC    = "https://w3id.org/dpv/loc#"
	PROV   = "http://www.w3.org/ns/prov#"
	DCT    = "http://purl.org/dc/terms/"
	RDF    = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
	RDFS   = "http://www.w3.org/2000/01/rdf-schema#"
	XSD    = "http://www.w3.org/2001/XMLSchema#"
)

// Context is the inline JSON-LD context of every document Export writes.
var Context = map[string]any{
	"dpv": DPV, "pd": PD, "eu-gdpr": EUGDPR, "loc": LOC, "prov": PROV,
	"dct": DCT, "rdf": RDF, "rdfs": RDFS, "xsd": XSD,
}

// Document is a JSON-LD document: the context and a graph of nodes.
type Document struct {
	Context map[string]any   `json:"@context"`
	Graph   []map[string]any `json:"@graph"`
}

// Marshal writes the document as indented JSON.
func Marshal(d *Document) ([]byte, error) {
	b, err := json.MarshalIndent(d, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(b, '\n'), nil
}

// noFetch refuses every remote document: the context is inline, and
// nothing is fetched at run time.
type noFetch struct{}

func (noFetch) LoadDocument(u string) (*ld.RemoteDocument, error) {
	return nil, fmt.Errorf("the DPV document refers to %s; its context must be inline", u)
}

// Triples writes the document's RDF statements as N-Triples, one per line
// and sorted, so that two exports diff line by line. N-Triples is the
// line-based subset of Turtle: every Turtle reader accepts it. The
// statements are those a JSON-LD processor (json-gold) reads from the
// JSON-LD form.
func Triples(d *Document) ([]byte, error) {
	b, err := json.Marshal(d)
	if err != nil {
		return nil, err
	}
	var doc any
	if err := json.Unmarshal(b, &doc); err != nil {
		return nil, err
	}
	opts := ld.NewJsonLdOptions("")
	opts.DocumentLoader = noFetch{}
	opts.Format = "application/n-quads"
	out, err := ld.NewJsonLdProcessor().ToRDF(doc, opts)
	if err != nil {
		return nil, fmt.Errorf("reading the DPV document as RDF: %w", err)
	}
	s, _ := out.(string)
	lines := strings.Split(strings.TrimSpace(s), "\n")
	slices.Sort(lines)
	lines = slices.Compact(lines)
	return []byte(strings.Join(lines, "\n") + "\n"), nil
}

// Export writes the organizations' activities as a DPV graph.
func Export(orgs []*record.Organization) *Document {
	x := &exporter{seen: map[string]bool{}}
	for _, o := range orgs {
		x.org(o)
	}
	return &Document{Context: Context, Graph: x.graph}
}

type exporter struct {
	graph []map[string]any
	seen  map[string]bool
}

func ref(iri string) map[string]any { return map[string]any{"@id": iri} }

// node adds a node to the graph once.
func (x *exporter) node(n map[string]any) {
	id := n["@id"].(string)
	if x.seen[id] {
		return
	}
	x.seen[id] = true
	x.graph = append(x.graph, n)
}

// OrgIRI, ActivityIRI and the others name the catalog's own nodes.
func OrgIRI(key string) string { return "urn:ropa:org:" + url.PathEscape(key) }

// ActivityIRI names an activity of an organization.
func ActivityIRI(org string, id int) string { return fmt.Sprintf("%s:activity:%d", OrgIRI(org), id) }

func recipientIRI(org string, id int) string { return fmt.Sprintf("%s:recipient:%d", OrgIRI(org), id) }

// concept returns the DPV IRI of a taxonomy entry, or the IRI of a node of
// its own typed with class and labelled with name, added to the graph.
func (x *exporter) concept(dpvIRI, kind, key, name, class string) map[string]any {
	if dpvIRI != "" {
		return ref(dpvIRI)
	}
	id := "urn:ropa:" + kind + ":" + url.PathEscape(key)
	x.node(map[string]any{"@id": id, "@type": class, "rdfs:label": name, "dct:identifier": key})
	return ref(id)
}

func (x *exporter) org(o *record.Organization) {
	org := map[string]any{"@id": OrgIRI(o.Key), "@type": "dpv:Organisation", "rdfs:label": o.Name, "dct:identifier": o.Key}
	if o.Country != "" {
		org["dpv:hasCountry"] = ref(LOC + o.Country)
	}
	if o.DpoName != "" || o.DpoEmail != "" {
		dpo := map[string]any{"@id": OrgIRI(o.Key) + ":dpo", "@type": "dpv:DataProtectionOfficer"}
		if o.DpoName != "" {
			dpo["rdfs:label"] = o.DpoName
		}
		if o.DpoEmail != "" {
			dpo["dpv:hasContact"] = "mailto:" + o.DpoEmail
		}
		x.node(dpo)
		org["dpv:hasDataProtectionOfficer"] = ref(dpo["@id"].(string))
	}
	if o.RepresentativeName != "" {
		rep := map[string]any{"@id": OrgIRI(o.Key) + ":representative", "@type": "dpv:Representative", "rdfs:label": o.RepresentativeName}
		x.node(rep)
		org["dpv:hasRepresentative"] = ref(rep["@id"].(string))
	}
	x.node(org)
	for _, a := range o.Activities {
		x.activity(o, a)
	}
}

// recipientTypes are the DPV entity classes of recipient kinds.
var recipientTypes = map[recipient.Kind]string{
	recipient.KindProcessor:       "dpv:DataProcessor",
	recipient.KindSubProcessor:    "dpv:DataSubProcessor",
	recipient.KindThirdParty:      "dpv:ThirdParty",
	recipient.KindAffiliate:       "dpv:ThirdParty",
	recipient.KindJointController: "dpv:JointDataControllers",
	recipient.KindPublicAuthority: "dpv:Authority",
}

// transferTools are the GDPR provisions of each mechanism, for a safeguard
// the taxonomy names no DPV concept for.
var transferTools = map[transfersafeguard.Mechanism]string{
	transfersafeguard.MechanismAdequacy:      EUGDPR + "A45-3",
	transfersafeguard.MechanismFramework:     EUGDPR + "A45-3",
	transfersafeguard.MechanismScc:           EUGDPR + "A46-2-c",
	transfersafeguard.MechanismBcr:           EUGDPR + "A47",
	transfersafeguard.MechanismCodeOfConduct: EUGDPR + "A46-2-e",
	transfersafeguard.MechanismCertification: EUGDPR + "A46-2-f",
}

func (x *exporter) activity(o *record.Organization, a *record.Activity) {
	id := ActivityIRI(o.Key, a.ID)
	n := map[string]any{"@id": id, "@type": "dpv:Process", "rdfs:label": a.Name}
	if c := draftNote(string(a.ReviewStatus)); c != "" {
		n["rdfs:comment"] = c
	}
	if a.Description != "" {
		n["dct:description"] = a.Description
	}
	list := func(k string, v map[string]any) {
		cur, _ := n[k].([]any)
		for _, c := range cur {
			if c.(map[string]any)["@id"] == v["@id"] {
				return
			}
		}
		n[k] = append(cur, v)
	}
	if a.Role == processingactivity.RoleProcessor {
		list("dpv:hasDataProcessor", ref(OrgIRI(o.Key)))
		for _, c := range a.Edges.Controllers {
			list("dpv:hasDataController", ref(OrgIRI(c.Key)))
		}
	} else {
		list("dpv:hasDataController", ref(OrgIRI(o.Key)))
	}
	for _, jc := range a.Edges.JointControllers {
		list("dpv:hasJointDataControllers", ref(OrgIRI(jc.Key)))
	}
	for _, ap := range a.Edges.Purposes {
		if p := ap.Edges.Purpose; p != nil {
			list("dpv:hasPurpose", x.concept(p.DpvIri, "purpose", p.Key, p.Name, "dpv:Purpose"))
		}
		for _, lb := range []*ent.LegalBasis{ap.Edges.LegalBasis, ap.Edges.SpecialCondition} {
			if lb != nil {
				list("dpv:hasLegalBasis", x.concept(lb.DpvIri, "legal-basis", lb.Key, lb.Reference, "dpv:LegalBasis"))
			}
		}
	}
	for _, c := range a.Edges.DataCategories {
		class := "dpv:PersonalData"
		if c.SpecialCategory {
			class = "dpv:SpecialCategoryPersonalData"
		}
		list("dpv:hasPersonalData", x.concept(c.DpvIri, "data", c.Key, c.Name, class))
	}
	for _, s := range a.Edges.DataSubjects {
		list("dpv:hasDataSubject", x.concept(s.DpvIri, "subject", s.Key, s.Name, "dpv:DataSubject"))
	}
	var evidence []*ent.Evidence
	for _, d := range a.Edges.Disclosures {
		r := d.Edges.Recipient
		rid := recipientIRI(o.Key, r.ID)
		types := []string{"dpv:Recipient"}
		if t, ok := recipientTypes[r.Kind]; ok {
			types = append(types, t)
		}
		rn := map[string]any{"@id": rid, "@type": types, "rdfs:label": r.Name}
		if r.Service != "" {
			rn["dct:description"] = r.Service
		}
		if r.Country != "" {
			rn["dpv:hasCountry"] = ref(LOC + r.Country)
		}
		x.node(rn)
		list("dpv:hasRecipient", ref(rid))
		if r.Kind == recipient.KindProcessor || r.Kind == recipient.KindSubProcessor {
			list("dpv:hasDataProcessor", ref(rid))
		}
		evidence = append(evidence, d.Edges.Evidence...)
	}
	for _, t := range a.Transfers {
		tid := fmt.Sprintf("%s:transfer:%d", OrgIRI(o.Key), t.ID)
		tn := map[string]any{"@id": tid, "@type": "dpv:Transfer"}
		if c := draftNote(string(t.ReviewStatus)); c != "" {
			tn["rdfs:comment"] = c
		}
		if t.Country != "" {
			tn["dpv:hasThirdCountry"] = ref(LOC + t.Country)
		}
		if t.RecipientID != 0 {
			tn["dpv:hasRecipient"] = ref(recipientIRI(o.Key, t.RecipientID))
		}
		if sg := t.Edges.Safeguard; sg != nil {
			tool := sg.DpvIri
			if tool == "" {
				tool = transferTools[sg.Mechanism]
			}
			if tool != "" {
				tn["dpv:hasLegalBasis"] = ref(tool)
			}
			desc := sg.Name
			if sg.ValidUntil != nil {
				desc += fmt.Sprintf(" (no longer valid since %s)", sg.ValidUntil.Format("2006-01-02"))
			}
			tn["dct:description"] = desc
		}
		x.node(tn)
		list("dpv:hasProcessing", ref(tid))
	}
	for _, r := range a.Retention {
		sid := fmt.Sprintf("%s:retention:%d", OrgIRI(o.Key), r.ID)
		sn := map[string]any{"@id": sid}
		if r.Duration != "" {
			sn["@type"] = "dpv:StorageDuration"
			sn["rdf:value"] = map[string]any{"@value": r.Duration, "@type": "xsd:duration"}
			if r.Criterion != "" {
				sn["dct:description"] = r.Criterion
			}
		} else {
			sn["@type"] = "dpv:StorageCondition"
			sn["dct:description"] = r.Criterion
		}
		for _, c := range r.Edges.DataCategories {
			cur, _ := sn["dpv:hasPersonalData"].([]any)
			sn["dpv:hasPersonalData"] = append(cur, x.concept(c.DpvIri, "data", c.Key, c.Name, "dpv:PersonalData"))
		}
		x.node(sn)
		list("dpv:hasStorageCondition", ref(sid))
	}
	for _, s := range a.Security {
		m := s.Edges.Measure
		if m == nil {
			continue
		}
		class := "dpv:TechnicalMeasure"
		if m.Kind == "organisational" {
			class = "dpv:OrganisationalMeasure"
		}
		list("dpv:hasTechnicalOrganisationalMeasure", x.concept(m.DpvIri, "measure", m.Key, m.Name, class))
	}
	// Provenance: the notice, and the sentences the disclosures rest on.
	if doc := a.Edges.Notice; doc != nil {
		did := fmt.Sprintf("urn:ropa:notice:%d", doc.ID)
		dn := map[string]any{"@id": did, "@type": "prov:Entity", "dct:title": doc.Title}
		if doc.URL != "" {
			dn["dct:source"] = ref(doc.URL)
		}
		x.node(dn)
		list("prov:wasDerivedFrom", ref(did))
	}
	sort.SliceStable(evidence, func(i, j int) bool { return evidence[i].ID < evidence[j].ID })
	for _, e := range evidence {
		eid := fmt.Sprintf("urn:ropa:evidence:%d", e.ID)
		x.node(map[string]any{"@id": eid, "@type": "prov:Entity", "prov:value": e.Quote,
			"prov:wasDerivedFrom": ref(fmt.Sprintf("urn:ropa:notice:%d", e.DocumentID)),
			"dct:description":     fmt.Sprintf("bytes %d-%d of the notice", e.Start, e.End)})
		list("prov:wasDerivedFrom", ref(eid))
	}
	x.node(n)
}

// draftNote says a fact is a draft or rejected; "" for a reviewed one.
func draftNote(status string) string {
	switch status {
	case "UNREVIEWED", "unreviewed":
		return "draft: not yet reviewed"
	case "REJECTED", "rejected":
		return "rejected by a reviewer"
	}
	return ""
}
