package datamap

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/ropacatalog/ropa/ent"
	"github.com/ropacatalog/ropa/internal/invalid"
	"github.com/ropacatalog/ropa/internal/iso"
	"github.com/ropacatalog/ropa/internal/record"
	"github.com/ropacatalog/ropa/internal/safeguard"
)

// The view of the map a person reads: systems and data categories →
// activities → recipients → countries, with what would not read at a
// glance folded into groups (data categories by their top level, e.g.
// user.contact; activities by business function, recipients by kind,
// systems and countries in one group each when there are more than the
// limit). A request expands groups, focuses one node (only its
// neighbourhood is drawn) or searches names and keys; all of it is
// computed here from the record, so the browser draws what it receives.

// Request asks for a view of an organization's map.
type Request struct {
	// Focus is a node ID: act:ID, rec:ID, sys:ID, cat:KEY (a category
	// and those under it), country:CODE (or WORLDWIDE, UNSPECIFIED), or
	// a group ID. Empty: the overview.
	Focus string
	// Expand lists the IDs of groups to show member by member.
	Expand []string
	// Search narrows the view to the nodes whose name or key contains it
	// (case-insensitively) and their neighbours.
	Search string
	// Limit is how many nodes of a kind are shown before they are
	// grouped, and how many members of an expanded group; default 40.
	Limit int
}

// DefaultLimit is Request.Limit when none is given.
const DefaultLimit = 40

// ViewNode is a node of the view: one entity, or a group of them.
type ViewNode struct {
	ID    string
	Kind  NodeKind
	Label string // the name people read
	Key   string // taxonomy or system key, country code; group: the shared key prefix
	Ref   *int   // catalog ID of the entity (none for groups and countries)
	// A group: Members entities, shown as one node unless Expanded.
	Group   bool
	Members int
	Parent  string // the ID of the expanded group the node belongs to
	// ParentLabel is that group's name.
	ParentLabel string
	Special     bool // Art 9 data (a group: some member's)
	Criminal    bool // Art 10 data
	Transfer    bool // reached by, or the destination of, a third-country transfer
	Stale       bool // under a safeguard not valid on the view's date
	Match       bool // matches the search
}

// ViewLink joins two nodes of the view; Count is the number of links
// between entities it stands for.
type ViewLink struct {
	From, To string
	Kind     EdgeKind
	Count    int
	Stale    bool // a transfer under a safeguard not valid on the view's date
}

// View is what the map draws.
type View struct {
	Nodes   []ViewNode
	Links   []ViewLink
	Focus   *ViewNode  // the focused node, when one is
	Matches []ViewNode // the search's hits, at most Limit
	// MatchCount is the number of hits in all.
	MatchCount int
	// Totals counts the entities of each kind in the organization's map.
	Totals Totals
}

// Totals counts the entities of each kind of a map.
type Totals struct {
	Systems, Categories, Activities, Recipients, Countries int
}

func (t *Totals) add(k NodeKind) {
	switch k {
	case System:
		t.Systems++
	case DataCategory:
		t.Categories++
	case Activity:
		t.Activities++
	case Recipient:
		t.Recipients++
	case Country:
		t.Countries++
	}
}

// Names gives the name of a data category key the record may not hold
// (a group's top-level category); nil or "" falls back to the key's
// last segment.
type Names func(key string) string

// graph is the organization's map entity by entity.
type graph struct {
	ents  map[string]*entity
	edges map[edgeKey]*entityEdge
	now   time.Time
}

type edgeKey struct {
	from, to string
	kind     EdgeKind
}

type entity struct {
	id       string
	kind     NodeKind
	name     string
	key      string
	ref      *int
	group    string // the ID of the group it folds into
	gname    string
	gkey     string
	special  bool
	criminal bool
	transfer bool
	stale    bool
}

type entityEdge struct {
	from, to string
	kind     EdgeKind
	stale    bool
}

func (g *graph) add(e *entity) string {
	if old, ok := g.ents[e.id]; ok {
		return old.id
	}
	g.ents[e.id] = e
	return e.id
}

func (g *graph) link(from, to string, kind EdgeKind, stale bool) {
	k := edgeKey{from, to, kind}
	if e, ok := g.edges[k]; ok {
		e.stale = e.stale || stale
		return
	}
	g.edges[k] = &entityEdge{from: from, to: to, kind: kind, stale: stale}
}

// ActivityID, RecipientID, SystemID, CategoryID and CountryID are the
// view's node IDs of entities.
func ActivityID(id int) string     { return "act:" + strconv.Itoa(id) }
func RecipientID(id int) string    { return "rec:" + strconv.Itoa(id) }
func SystemID(id int) string       { return "sys:" + strconv.Itoa(id) }
func CategoryID(key string) string { return "cat:" + key }

// CountryID is the node of a transfer's destination: its country code, or
// WORLDWIDE / UNSPECIFIED.
func CountryID(t *ent.Transfer) string { return "country:" + destCode(t) }

func destCode(t *ent.Transfer) string {
	if t.Country != "" {
		return t.Country
	}
	return strings.ToUpper(string(t.Scope))
}

func destName(code string) string {
	switch code {
	case "WORLDWIDE":
		return "Worldwide"
	case "UNSPECIFIED":
		return "Third countries not named"
	}
	return iso.CountryName(code)
}

// CategoryGroup is the top level a category key folds into: its first two
// segments (user.contact.email → user.contact).
func CategoryGroup(key string) string {
	parts := strings.SplitN(key, ".", 3)
	if len(parts) < 2 {
		return key
	}
	return parts[0] + "." + parts[1]
}

func humanKey(key string) string {
	s := key[strings.LastIndex(key, ".")+1:]
	s = strings.ReplaceAll(s, "_", " ")
	if s == "" {
		return key
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// load builds the entity graph of an organization's record.
func load(o *record.Organization, names Names, now time.Time) *graph {
	g := &graph{ents: map[string]*entity{}, edges: map[edgeKey]*entityEdge{}, now: now}
	groupName := func(key string) string {
		if names != nil {
			if n := names(key); n != "" {
				return n
			}
		}
		return humanKey(key)
	}
	cat := func(c *ent.DataCategory) string {
		gk := CategoryGroup(c.Key)
		id := c.ID
		return g.add(&entity{id: CategoryID(c.Key), kind: DataCategory, name: c.Name, key: c.Key, ref: &id,
			group: "cats:" + gk, gname: groupName(gk), gkey: gk, special: c.SpecialCategory, criminal: c.CriminalOffence})
	}
	for _, a := range o.Activities {
		id := a.ID
		fn := a.BusinessFunction
		gname := fn
		if fn == "" && a.Edges.Notice != nil {
			gname = a.Edges.Notice.Title
		}
		if gname == "" {
			gname = "Other activities"
		}
		aid := g.add(&entity{id: ActivityID(a.ID), kind: Activity, name: a.Name, ref: &id,
			group: "acts:" + gname, gname: gname})
		for _, s := range a.Edges.Systems {
			sid := s.ID
			g.link(g.add(&entity{id: SystemID(s.ID), kind: System, name: s.Name, key: s.Key, ref: &sid,
				group: "systems", gname: "Systems"}), aid, UsesFor, false)
		}
		for _, c := range a.Edges.DataCategories {
			g.link(cat(c), aid, Collects, false)
		}
		for _, d := range a.Edges.Disclosures {
			r := d.Edges.Recipient
			rid := r.ID
			kind := string(r.Kind)
			rnode := g.add(&entity{id: RecipientID(r.ID), kind: Recipient, name: r.Name, ref: &rid,
				group: "recs:" + kind, gname: kindPlural(kind)})
			g.link(aid, rnode, DisclosesTo, false)
			for _, t := range a.TransfersTo(r.ID) {
				if t.RecipientID != r.ID {
					continue
				}
				g.transfer(rnode, t)
			}
		}
		for _, t := range a.Transfers {
			if t.RecipientID == 0 {
				g.transfer(aid, t)
			}
		}
	}
	return g
}

func (g *graph) transfer(from string, t *ent.Transfer) {
	code := destCode(t)
	st := safeguard.Stale(t.Edges.Safeguard, g.now)
	c := g.ents["country:"+code]
	if c == nil {
		c = &entity{id: "country:" + code, kind: Country, name: destName(code), key: code, group: "countries", gname: "Countries"}
		g.ents[c.id] = c
	}
	c.transfer, c.stale = true, c.stale || st
	f := g.ents[from]
	f.transfer, f.stale = true, f.stale || st
	g.link(from, c.id, TransfersTo, st)
}

// BuildView answers a view request for one organization of the record, as
// of now for the validity of safeguards. An unknown focus or expanded
// group is an error naming the input.
func BuildView(o *record.Organization, req Request, names Names, now time.Time) (*View, error) {
	if req.Limit <= 0 {
		req.Limit = DefaultLimit
	}
	g := load(o, names, now)
	v := &View{}
	for _, e := range g.ents {
		v.Totals.add(e.kind)
	}
	edges := g.allEdges()
	focused := false
	var focusNode *ViewNode
	if req.Focus != "" {
		sub, n, err := g.neighbourhood(req.Focus, edges)
		if err != nil {
			return nil, err
		}
		edges, focused, focusNode = sub, true, n
	}
	search := strings.ToLower(strings.TrimSpace(req.Search))
	hits := map[string]bool{}
	if search != "" {
		var ids []string
		for id, e := range g.ents {
			if strings.Contains(strings.ToLower(e.name), search) || (e.key != "" && strings.Contains(strings.ToLower(e.key), search)) {
				ids = append(ids, id)
			}
		}
		slices.SortFunc(ids, func(a, b string) int { return g.cmpEntity(g.ents[a], g.ents[b]) })
		v.MatchCount = len(ids)
		for i, id := range ids {
			hits[id] = true
			if i < req.Limit {
				v.Matches = append(v.Matches, g.plain(g.ents[id], true))
			}
		}
		if !focused {
			// The hits and their neighbours.
			edges = slices.DeleteFunc(edges, func(e *entityEdge) bool { return !hits[e.from] && !hits[e.to] })
		}
	}
	expand := map[string]bool{}
	for _, x := range req.Expand {
		expand[x] = true
	}
	v.Nodes, v.Links = g.fold(edges, req.Limit, focused, expand, hits, req.Focus)
	for _, x := range req.Expand {
		if !slices.ContainsFunc(v.Nodes, func(n ViewNode) bool { return n.ID == x || n.Parent == x }) && !g.isGroup(x) {
			return nil, invalid.Field("expand", "%q is no group of the map (groups: cats:user.contact, acts:FUNCTION, recs:KIND, systems, countries)", x)
		}
	}
	if focusNode != nil {
		for _, n := range v.Nodes {
			if n.ID == focusNode.ID {
				focusNode = &n
				break
			}
		}
		v.Focus = focusNode
	}
	return v, nil
}

func (g *graph) isGroup(id string) bool {
	for _, e := range g.ents {
		if e.group == id {
			return true
		}
	}
	return false
}

func (g *graph) plain(e *entity, match bool) ViewNode {
	return ViewNode{ID: e.id, Kind: e.kind, Label: e.name, Key: e.key, Ref: e.ref,
		Special: e.special, Criminal: e.criminal, Transfer: e.transfer, Stale: e.stale, Match: match}
}

var kindOrder = map[NodeKind]int{System: 0, DataCategory: 1, Activity: 2, Recipient: 3, Country: 4}

func (g *graph) cmpEntity(a, b *entity) int {
	return cmp.Or(cmp.Compare(kindOrder[a.kind], kindOrder[b.kind]), strings.Compare(a.name, b.name), strings.Compare(a.id, b.id))
}

// allEdges lists the graph's edges; their order does not matter, the
// view's nodes and links are sorted.
func (g *graph) allEdges() []*entityEdge {
	out := make([]*entityEdge, 0, len(g.edges))
	for _, e := range g.edges {
		out = append(out, e)
	}
	return out
}

// neighbourhood is the part of the map about one node: the links that
// answer what it raises (who uses a system, what an activity collects and
// to whom it goes, who a recipient receives from and where it takes it,
// who collects and receives a category, who sends data to a country).
func (g *graph) neighbourhood(focus string, edges []*entityEdge) ([]*entityEdge, *ViewNode, error) {
	keep := map[*entityEdge]bool{}
	var node *ViewNode
	switch {
	case strings.HasPrefix(focus, "cat:") || strings.HasPrefix(focus, "cats:"):
		key := strings.TrimPrefix(strings.TrimPrefix(focus, "cats:"), "cat:")
		under := func(id string) bool {
			e := g.ents[id]
			return e != nil && e.kind == DataCategory && (e.key == key || strings.HasPrefix(e.key, key+"."))
		}
		acts := map[string]bool{}
		for _, e := range edges {
			if e.kind == Collects && under(e.from) {
				keep[e], acts[e.to] = true, true
			}
		}
		if len(acts) == 0 {
			return nil, nil, invalid.Field("focus", "no activity of the organization processes data category %q or one under it", key)
		}
		g.fromActivities(edges, acts, keep, false)
		if e := g.ents[CategoryID(key)]; e != nil {
			n := g.plain(e, false)
			node = &n
		} else {
			node = &ViewNode{ID: focus, Kind: DataCategory, Label: humanKey(key), Key: key, Group: true}
		}
	case g.ents[focus] != nil:
		e := g.ents[focus]
		n := g.plain(e, false)
		node = &n
		switch e.kind {
		case Activity:
			for _, x := range edges {
				if x.from == focus || x.to == focus {
					keep[x] = true
				}
			}
			g.fromActivities(edges, map[string]bool{focus: true}, keep, true)
		case System:
			acts := map[string]bool{}
			for _, x := range edges {
				if x.from == focus {
					keep[x], acts[x.to] = true, true
				}
			}
			g.fromActivities(edges, acts, keep, true)
		case Recipient:
			acts := map[string]bool{}
			for _, x := range edges {
				if x.to == focus && x.kind == DisclosesTo {
					keep[x], acts[x.from] = true, true
				}
				if x.from == focus {
					keep[x] = true
				}
			}
			for _, x := range edges {
				// What they collect, and where their data goes when the
				// transfer names no recipient (record.Activity.TransfersTo).
				if x.kind == Collects && acts[x.to] || x.kind == TransfersTo && acts[x.from] {
					keep[x] = true
				}
			}
		case Country:
			senders := map[string]bool{}
			for _, x := range edges {
				if x.to == focus {
					keep[x], senders[x.from] = true, true
				}
			}
			// The activities whose data reaches a recipient that takes it there.
			for _, x := range edges {
				if x.kind == DisclosesTo && senders[x.to] {
					keep[x] = true
				}
			}
		}
	case g.isGroup(focus):
		// A group: its members' neighbourhoods together.
		var label string
		var kind NodeKind
		members := 0
		for _, e := range g.ents {
			if e.group != focus {
				continue
			}
			sub, _, err := g.neighbourhood(e.id, edges)
			if err != nil {
				return nil, nil, err
			}
			for _, x := range sub {
				keep[x] = true
			}
			label, kind = e.gname, e.kind
			members++
		}
		node = &ViewNode{ID: focus, Kind: kind, Label: label, Group: true, Members: members}
	default:
		return nil, nil, invalid.Field("focus", "%q is no node of the map (act:ID, rec:ID, sys:ID, cat:KEY, country:CODE, or a group)", focus)
	}
	out := slices.DeleteFunc(slices.Clone(edges), func(e *entityEdge) bool { return !keep[e] })
	return out, node, nil
}

// fromActivities keeps what happens to the data of acts: the recipients
// they disclose to and the countries it goes to; with categories, what
// they collect too.
func (g *graph) fromActivities(edges []*entityEdge, acts map[string]bool, keep map[*entityEdge]bool, categories bool) {
	recs := map[string]bool{}
	for _, x := range edges {
		if acts[x.from] && (x.kind == DisclosesTo || x.kind == TransfersTo) {
			keep[x] = true
			if x.kind == DisclosesTo {
				recs[x.to] = true
			}
		}
		if categories && x.kind == Collects && acts[x.to] {
			keep[x] = true
		}
	}
	for _, x := range edges {
		if x.kind == TransfersTo && recs[x.from] {
			keep[x] = true
		}
	}
}

// fold turns entity edges into the view's nodes and links: every kind
// with more than limit entities shown as groups, data categories by their
// top level in the overview; expanded groups member by member up to limit,
// the rest as one "more" node.
func (g *graph) fold(edges []*entityEdge, limit int, focused bool, expand, hits map[string]bool, focus string) ([]ViewNode, []ViewLink) {
	used := map[string]bool{}
	for _, e := range edges {
		used[e.from], used[e.to] = true, true
	}
	if focused && len(edges) == 0 {
		used[focus] = true
	}
	byKind := map[NodeKind][]*entity{}
	for id := range used {
		if e := g.ents[id]; e != nil {
			byKind[e.kind] = append(byKind[e.kind], e)
		}
	}
	display := map[string]string{} // entity ID -> node ID
	nodes := map[string]*ViewNode{}
	for kind, ents := range byKind {
		slices.SortFunc(ents, g.cmpEntity)
		members := map[string][]*entity{}
		for _, e := range ents {
			members[e.group] = append(members[e.group], e)
		}
		grouped := len(ents) > limit || (kind == DataCategory && !focused && len(ents) > 1)
		for _, e := range ents {
			if !grouped || len(members[e.group]) == 1 || e.id == focus || hits[e.id] && len(members[e.group]) <= limit {
				n := g.plain(e, hits[e.id])
				nodes[e.id], display[e.id] = &n, e.id
				continue
			}
			ms := members[e.group]
			if expand[e.group] {
				i := slices.Index(ms, e)
				if i < limit {
					n := g.plain(e, hits[e.id])
					n.Parent, n.ParentLabel = e.group, e.gname
					nodes[e.id], display[e.id] = &n, e.id
					continue
				}
				more := e.group + ":more"
				if nodes[more] == nil {
					nodes[more] = &ViewNode{ID: more, Kind: kind, Label: fmt.Sprintf("%d more of %s", len(ms)-limit, e.gname),
						Key: e.gkey, Group: true, Members: len(ms) - limit, Parent: e.group, ParentLabel: e.gname}
				}
				g.flag(nodes[more], e, hits)
				display[e.id] = more
				continue
			}
			gn := nodes[e.group]
			if gn == nil {
				gn = &ViewNode{ID: e.group, Kind: kind, Label: e.gname, Key: e.gkey, Group: true, Members: len(ms)}
				nodes[e.group] = gn
			}
			g.flag(gn, e, hits)
			display[e.id] = e.group
		}
	}
	links := map[edgeKey]*ViewLink{}
	for _, e := range edges {
		f, t := display[e.from], display[e.to]
		k := edgeKey{f, t, e.kind}
		l := links[k]
		if l == nil {
			l = &ViewLink{From: f, To: t, Kind: e.kind}
			links[k] = l
		}
		l.Count++
		l.Stale = l.Stale || e.stale
	}
	outN := make([]ViewNode, 0, len(nodes))
	for _, n := range nodes {
		outN = append(outN, *n)
	}
	slices.SortFunc(outN, func(a, b ViewNode) int {
		return cmp.Or(cmp.Compare(kindOrder[a.Kind], kindOrder[b.Kind]),
			cmp.Compare(moreLast(a.ID), moreLast(b.ID)), strings.Compare(a.Label, b.Label), strings.Compare(a.ID, b.ID))
	})
	outL := make([]ViewLink, 0, len(links))
	for _, l := range links {
		outL = append(outL, *l)
	}
	slices.SortFunc(outL, func(a, b ViewLink) int {
		return cmp.Or(strings.Compare(a.From, b.From), strings.Compare(a.To, b.To), strings.Compare(string(a.Kind), string(b.Kind)))
	})
	return outN, outL
}

func (g *graph) flag(n *ViewNode, e *entity, hits map[string]bool) {
	n.Special = n.Special || e.special
	n.Criminal = n.Criminal || e.criminal
	n.Transfer = n.Transfer || e.transfer
	n.Stale = n.Stale || e.stale
	n.Match = n.Match || hits[e.id]
}

// moreLast sorts a group's "more" node after its members.
func moreLast(id string) int {
	if strings.HasSuffix(id, ":more") {
		return 1
	}
	return 0
}

// kindPlural names a group of recipients by their kind (third_party →
// Third parties).
func kindPlural(kind string) string {
	s := strings.ReplaceAll(kind, "_", " ")
	if s == "" {
		return "Recipients"
	}
	s = strings.ToUpper(s[:1]) + s[1:]
	if strings.HasSuffix(s, "y") && !strings.HasSuffix(s, "ey") {
		return s[:len(s)-1] + "ies"
	}
	return s + "s"
}
