// Package datamap builds an organization's data map as a graph ready for
// drawing: organizations, systems, activities, data categories, recipients
// and countries, joined by typed edges (performs, uses-for, collects,
// discloses-to, transfers-to, retained-for), and writes it as JSON, Graphviz
// DOT or Mermaid.
package datamap

import (
	"io"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/ropacatalog/ropa/ent"
	"github.com/ropacatalog/ropa/internal/iso"
	"github.com/ropacatalog/ropa/internal/record"
	"github.com/ropacatalog/ropa/internal/safeguard"
)

// NodeKind is the kind of a node.
type NodeKind string

const (
	Organization NodeKind = "ORGANIZATION"
	System       NodeKind = "SYSTEM"
	Activity     NodeKind = "ACTIVITY"
	DataCategory NodeKind = "DATA_CATEGORY"
	Recipient    NodeKind = "RECIPIENT"
	Country      NodeKind = "COUNTRY"
)

// MarshalGQL writes the kind as a GraphQL enum value.
func (k NodeKind) MarshalGQL(w io.Writer) { io.WriteString(w, strconv.Quote(string(k))) }

// UnmarshalGQL reads a GraphQL enum value.
func (k *NodeKind) UnmarshalGQL(v any) error { s, _ := v.(string); *k = NodeKind(s); return nil }

// EdgeKind is the kind of an edge.
type EdgeKind string

const (
	Performs    EdgeKind = "PERFORMS"     // organization -> activity
	UsesFor     EdgeKind = "USES_FOR"     // system -> activity: the system is used for it
	Collects    EdgeKind = "COLLECTS"     // activity -> data category
	DisclosesTo EdgeKind = "DISCLOSES_TO" // activity -> recipient
	TransfersTo EdgeKind = "TRANSFERS_TO" // activity or recipient -> country
	RetainedFor EdgeKind = "RETAINED_FOR" // data category -> activity, labelled with the limit
)

// MarshalGQL writes the kind as a GraphQL enum value.
func (k EdgeKind) MarshalGQL(w io.Writer) { io.WriteString(w, strconv.Quote(string(k))) }

// UnmarshalGQL reads a GraphQL enum value.
func (k *EdgeKind) UnmarshalGQL(v any) error { s, _ := v.(string); *k = EdgeKind(s); return nil }

// Node is a vertex of the map. Ref is the catalog's global ID of the
// entity (0 for countries).
type Node struct {
	ID       string   `json:"id"`
	Kind     NodeKind `json:"kind"`
	Label    string   `json:"label"`
	Ref      *int     `json:"ref,omitempty"`
	Special  bool     `json:"specialCategory,omitempty"` // Art 9 data category
	Criminal bool     `json:"criminalOffence,omitempty"` // Art 10 data category
	Transfer bool     `json:"transfer,omitempty"`        // recipient or country reached by a transfer
	Stale    bool     `json:"staleSafeguard,omitempty"`  // reached under a safeguard no longer valid
}

// Edge is a typed, directed link.
type Edge struct {
	From  string   `json:"from"`
	To    string   `json:"to"`
	Kind  EdgeKind `json:"kind"`
	Label string   `json:"label,omitempty"`
}

// Map is the data map.
type Map struct {
	Nodes []Node `json:"nodes"`
	Edges []Edge `json:"edges"`
}

// Filter narrows the map. Empty fields do not filter.
type Filter struct {
	DataCategory string // a category key: activities that process it, above or below
	Purpose      string // a purpose key: activities for it or a narrower purpose
	Recipient    int    // a recipient ID: activities that disclose to it
	Country      string // an ISO country code: activities whose data goes there
}

// Build draws the map of org (all organizations when nil) from the
// effective record, as of now for the staleness of safeguards. Transfers
// and retention rules are the ones that apply to each activity by scope
// (internal/record); rejected facts are not in the record.
func Build(rec *record.Record, org *int, f Filter, now time.Time) *Map {
	acts := rec.Activities()
	if org != nil {
		acts = nil
		if o := rec.Organization(*org); o != nil {
			acts = o.Activities
		}
	}
	b := &builder{nodes: map[string]*Node{}, edges: map[string]*Edge{}, now: now}
	for _, a := range acts {
		if !matches(a, f) {
			continue
		}
		aid := b.node("act", a.ID, Activity, a.Name)
		o := a.Edges.Organization
		b.edge(b.node("org", o.ID, Organization, o.Name), aid, Performs, "")
		for _, s := range a.Edges.Systems {
			b.edge(b.node("sys", s.ID, System, s.Name), aid, UsesFor, "")
		}
		for _, cat := range a.Edges.DataCategories {
			if !keep(cat.Key, f.DataCategory) {
				continue
			}
			b.edge(aid, b.category(cat), Collects, "")
		}
		for _, d := range a.Edges.Disclosures {
			r := d.Edges.Recipient
			if f.Recipient != 0 && r.ID != f.Recipient {
				continue
			}
			var cats []string
			for _, cat := range d.Edges.DataCategories {
				if keep(cat.Key, f.DataCategory) {
					cats = append(cats, cat.Key)
				}
			}
			if f.DataCategory != "" && len(d.Edges.DataCategories) > 0 && len(cats) == 0 {
				continue
			}
			rid := b.node("rec", r.ID, Recipient, r.Name)
			b.edge(aid, rid, DisclosesTo, strings.Join(cats, ", "))
			for _, t := range a.Transfers {
				if t.RecipientID == r.ID {
					b.transfer(rid, t, f.Country)
				}
			}
		}
		for _, t := range a.Transfers {
			if t.RecipientID == 0 {
				b.transfer(aid, t, f.Country)
			}
		}
		rules := a.Retention
		for _, r := range rules {
			label := r.Duration
			if label == "" {
				label = r.Criterion
			}
			cats := r.Edges.DataCategories
			if len(cats) == 0 {
				cats = a.Edges.DataCategories // the rule covers the activity's data
			}
			for _, cat := range cats {
				if keep(cat.Key, f.DataCategory) && b.has("cat", cat.ID) {
					b.edge(b.category(cat), aid, RetainedFor, shorten(label, 80))
				}
			}
		}
	}
	if f.Country != "" {
		b.pruneToCountry(f.Country)
	}
	return b.result()
}

// matches reports whether an activity passes the filter's category,
// purpose and recipient (the country is applied to the drawn map).
func matches(a *record.Activity, f Filter) bool {
	if f.DataCategory != "" && !slices.ContainsFunc(a.Edges.DataCategories, func(c *ent.DataCategory) bool {
		return keep(c.Key, f.DataCategory)
	}) {
		return false
	}
	if f.Purpose != "" && !slices.ContainsFunc(a.Edges.Purposes, func(p *ent.ActivityPurpose) bool {
		k := p.Edges.Purpose.Key
		return k == f.Purpose || strings.HasPrefix(k, f.Purpose+".")
	}) {
		return false
	}
	if f.Recipient != 0 && !slices.ContainsFunc(a.Edges.Disclosures, func(d *ent.Disclosure) bool {
		return d.RecipientID == f.Recipient
	}) {
		return false
	}
	return true
}

func keep(key, filter string) bool {
	return filter == "" || key == filter || strings.HasPrefix(key, filter+".") || strings.HasPrefix(filter, key+".")
}

func shorten(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return strings.TrimSpace(s[:n]) + "…"
}

type builder struct {
	nodes map[string]*Node
	edges map[string]*Edge
	now   time.Time
}

func (b *builder) node(prefix string, id int, kind NodeKind, label string) string {
	key := prefix + ":" + strconv.Itoa(id)
	if _, ok := b.nodes[key]; !ok {
		b.nodes[key] = &Node{ID: key, Kind: kind, Label: label, Ref: &id}
	}
	return key
}

func (b *builder) has(prefix string, id int) bool {
	_, ok := b.nodes[prefix+":"+strconv.Itoa(id)]
	return ok
}

func (b *builder) category(c *ent.DataCategory) string {
	id := b.node("cat", c.ID, DataCategory, c.Key)
	n := b.nodes[id]
	n.Special, n.Criminal = c.SpecialCategory, c.CriminalOffence
	return id
}

func (b *builder) edge(from, to string, kind EdgeKind, label string) {
	key := from + "|" + to + "|" + string(kind)
	if e, ok := b.edges[key]; ok {
		if label != "" && !strings.Contains(e.Label, label) {
			if e.Label != "" {
				e.Label += "; "
			}
			e.Label += label
		}
		return
	}
	b.edges[key] = &Edge{From: from, To: to, Kind: kind, Label: label}
}

func (b *builder) transfer(from string, t *ent.Transfer, country string) {
	dest := t.Country
	if dest == "" {
		dest = strings.ToUpper(string(t.Scope)) // WORLDWIDE, UNSPECIFIED
	}
	if country != "" && dest != country {
		return
	}
	label := "no safeguard stated"
	stale := false
	if sg := t.Edges.Safeguard; sg != nil {
		label = sg.Name
		if since := safeguard.InvalidSince(sg, b.now); since != nil {
			stale = true
			label += " (invalid since " + since.Format("2006-01-02") + ")"
		}
	}
	key := "country:" + dest
	if _, ok := b.nodes[key]; !ok {
		name := dest
		if t.Country != "" {
			name = iso.CountryName(dest)
		} else {
			name = strings.ToLower(dest[:1]) + strings.ToLower(dest[1:])
		}
		b.nodes[key] = &Node{ID: key, Kind: Country, Label: name}
	}
	b.nodes[key].Transfer = true
	b.nodes[key].Stale = b.nodes[key].Stale || stale
	b.nodes[from].Transfer = true
	b.nodes[from].Stale = b.nodes[from].Stale || stale
	b.edge(from, key, TransfersTo, label)
}

// pruneToCountry keeps the activities and recipients that reach country.
func (b *builder) pruneToCountry(country string) {
	target := "country:" + country
	reach := map[string]bool{target: true}
	for _, e := range b.edges {
		if e.Kind == TransfersTo && e.To == target {
			reach[e.From] = true
		}
	}
	// Activities that disclose to a recipient reaching the country.
	for _, e := range b.edges {
		if e.Kind == DisclosesTo && reach[e.To] {
			reach[e.From] = true
		}
	}
	for key, e := range b.edges {
		keepEdge := false
		switch e.Kind {
		case TransfersTo:
			keepEdge = e.To == target
		case DisclosesTo:
			keepEdge = reach[e.From] && reach[e.To]
		default:
			keepEdge = reach[e.From] || reach[e.To]
		}
		if !keepEdge {
			delete(b.edges, key)
		}
	}
	used := map[string]bool{}
	for _, e := range b.edges {
		used[e.From], used[e.To] = true, true
	}
	for key := range b.nodes {
		if !used[key] {
			delete(b.nodes, key)
		}
	}
}

func (b *builder) result() *Map {
	m := &Map{Nodes: []Node{}, Edges: []Edge{}}
	for _, n := range b.nodes {
		m.Nodes = append(m.Nodes, *n)
	}
	for _, e := range b.edges {
		m.Edges = append(m.Edges, *e)
	}
	order := map[NodeKind]int{Organization: 0, System: 1, Activity: 2, DataCategory: 3, Recipient: 4, Country: 5}
	sort.Slice(m.Nodes, func(i, j int) bool {
		a, b := m.Nodes[i], m.Nodes[j]
		if order[a.Kind] != order[b.Kind] {
			return order[a.Kind] < order[b.Kind]
		}
		if a.Label != b.Label {
			return a.Label < b.Label
		}
		return a.ID < b.ID
	})
	sort.Slice(m.Edges, func(i, j int) bool {
		a, b := m.Edges[i], m.Edges[j]
		if a.From != b.From {
			return a.From < b.From
		}
		if a.To != b.To {
			return a.To < b.To
		}
		return a.Kind < b.Kind
	})
	return m
}
