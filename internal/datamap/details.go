package datamap

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/ropacatalog/ropa/ent"
	"github.com/ropacatalog/ropa/internal/invalid"
	"github.com/ropacatalog/ropa/internal/record"
	"github.com/ropacatalog/ropa/internal/safeguard"
)

// Details answers the question a node of the map raises: for a country,
// the transfers that reach it; for a recipient, what it receives, from
// which activity, why and on what basis, and where it takes it; for an
// activity, its purposes, bases, categories, recipients and transfers; for
// a data category, who collects and who receives it; for a system, the
// activities that use it; for a group, its members.
type Details struct {
	Node        ViewNode
	Activity    *record.Activity // an activity node
	Purposes    []*ent.ActivityPurpose
	Categories  []*ent.DataCategory
	Systems     []*ent.System
	CollectedBy []*record.Activity // a category: the activities that process it
	Disclosures []DisclosureFact
	Transfers   []TransferFact
	Members     []ViewNode // a group: its first members
	MemberCount int
}

// DisclosureFact is one disclosure with its reasons.
type DisclosureFact struct {
	Disclosure *ent.Disclosure
	Activity   *record.Activity
	Recipient  *ent.Recipient
	// Categories disclosed: the disclosure's, or the activity's when it
	// names none.
	Categories []*ent.DataCategory
	// Bases are the activity's purposes the disclosure serves (all of
	// them when AllBases: the disclosure names no purpose).
	Bases    []*ent.ActivityPurpose
	AllBases bool
}

// TransferFact is a transfer that applies to an activity, with whether
// its safeguard can be relied on at the map's date.
type TransferFact struct {
	Transfer *ent.Transfer
	// Activities are those the transfer carries data of (by its scope).
	Activities []*record.Activity
	Recipient  *ent.Recipient // nil: the transfer names no recipient
	Country    string         // code, or WORLDWIDE / UNSPECIFIED
	Name       string         // the country's name
	Safeguard  *ent.TransferSafeguard
	Valid      bool
	// InvalidSince is the date the safeguard stopped being valid, when
	// it is not valid at the map's date for that reason.
	InvalidSince *time.Time
	Scope        record.Scope
}

// BuildDetails answers the details of a node of the organization's map
// (an ID as BuildView gives them), as of now for safeguards' validity.
func BuildDetails(o *record.Organization, node string, names Names, now time.Time, limit int) (*Details, error) {
	if limit <= 0 {
		limit = DefaultLimit
	}
	g := load(o, names, now)
	d := &Details{}
	recipients := map[int]*ent.Recipient{}
	for _, a := range o.Activities {
		for _, dis := range a.Edges.Disclosures {
			recipients[dis.RecipientID] = dis.Edges.Recipient
		}
	}
	transfer := func(a *record.Activity, t *ent.Transfer) TransferFact {
		f := TransferFact{Transfer: t, Activities: []*record.Activity{a}, Country: destCode(t), Name: destName(destCode(t)),
			Safeguard: t.Edges.Safeguard, Valid: safeguard.Valid(t.Edges.Safeguard, now), Scope: record.TransferScope(t)}
		if t.RecipientID != 0 {
			f.Recipient = recipients[t.RecipientID]
		}
		f.InvalidSince = safeguard.InvalidSince(t.Edges.Safeguard, now)
		return f
	}
	disclosure := func(a *record.Activity, dis *ent.Disclosure) DisclosureFact {
		cats := dis.Edges.DataCategories
		if len(cats) == 0 {
			cats = a.Edges.DataCategories
		}
		bases, all := a.BasesFor(dis)
		return DisclosureFact{Disclosure: dis, Activity: a, Recipient: dis.Edges.Recipient, Categories: cats, Bases: bases, AllBases: all}
	}
	// A transfer appears once, with the activities it applies to.
	seen := map[int]int{}
	transfersOf := func(a *record.Activity, keep func(t *ent.Transfer) bool) {
		for _, t := range a.Transfers {
			if !keep(t) {
				continue
			}
			if i, ok := seen[t.ID]; ok {
				d.Transfers[i].Activities = append(d.Transfers[i].Activities, a)
				continue
			}
			seen[t.ID] = len(d.Transfers)
			d.Transfers = append(d.Transfers, transfer(a, t))
		}
	}
	e := g.ents[node]
	switch {
	case e != nil && e.kind == Activity:
		a := activityOf(o, *e.ref)
		d.Activity, d.Purposes, d.Categories, d.Systems = a, a.Edges.Purposes, a.Edges.DataCategories, a.Edges.Systems
		for _, dis := range a.Edges.Disclosures {
			d.Disclosures = append(d.Disclosures, disclosure(a, dis))
		}
		transfersOf(a, func(*ent.Transfer) bool { return true })
	case e != nil && e.kind == Recipient:
		for _, a := range o.Activities {
			receives := false
			for _, dis := range a.Edges.Disclosures {
				if dis.RecipientID == *e.ref {
					d.Disclosures = append(d.Disclosures, disclosure(a, dis))
					receives = true
				}
			}
			if receives {
				// The record's rule: those naming it and those naming none.
				to := a.TransfersTo(*e.ref)
				transfersOf(a, func(t *ent.Transfer) bool { return slices.Contains(to, t) })
			}
		}
	case e != nil && e.kind == Country:
		for _, a := range o.Activities {
			transfersOf(a, func(t *ent.Transfer) bool { return "country:"+destCode(t) == node })
		}
	case e != nil && e.kind == System:
		for _, a := range o.Activities {
			if slices.ContainsFunc(a.Edges.Systems, func(s *ent.System) bool { return s.ID == *e.ref }) {
				d.CollectedBy = append(d.CollectedBy, a)
			}
		}
	case strings.HasPrefix(node, "cat:") || strings.HasPrefix(node, "cats:") && !strings.HasSuffix(node, ":more"):
		key := strings.TrimPrefix(strings.TrimPrefix(node, "cats:"), "cat:")
		related := func(k string) bool { return k == key || strings.HasPrefix(k, key+".") || strings.HasPrefix(key, k+".") }
		for _, a := range o.Activities {
			if slices.ContainsFunc(a.Edges.DataCategories, func(c *ent.DataCategory) bool { return related(c.Key) }) {
				d.CollectedBy = append(d.CollectedBy, a)
			}
			for _, dis := range a.Edges.Disclosures {
				f := disclosure(a, dis)
				if slices.ContainsFunc(f.Categories, func(c *ent.DataCategory) bool { return related(c.Key) }) {
					d.Disclosures = append(d.Disclosures, f)
				}
			}
		}
		if len(d.CollectedBy) == 0 && len(d.Disclosures) == 0 {
			return nil, invalid.Field("node", "no activity of the organization processes data category %q", key)
		}
		if e != nil {
			d.Node = g.plain(e, false)
		} else {
			d.Node = ViewNode{ID: node, Kind: DataCategory, Label: groupLabel(g, node, key), Key: key, Group: true}
			d.Members, d.MemberCount = g.members("cats:"+key, limit)
			d.Node.Members = d.MemberCount
		}
		return d, nil
	default:
		group := strings.TrimSuffix(node, ":more")
		if !g.isGroup(group) {
			return nil, invalid.Field("node", "%q is no node of the map (act:ID, rec:ID, sys:ID, cat:KEY, country:CODE, or a group)", node)
		}
		d.Members, d.MemberCount = g.members(group, limit)
		d.Node = ViewNode{ID: node, Kind: d.Members[0].Kind, Label: groupLabel(g, group, ""), Group: true, Members: d.MemberCount}
		return d, nil
	}
	d.Node = g.plain(e, false)
	return d, nil
}

func activityOf(o *record.Organization, id int) *record.Activity {
	for _, a := range o.Activities {
		if a.ID == id {
			return a
		}
	}
	return nil
}

func groupLabel(g *graph, group, key string) string {
	for _, e := range g.ents {
		if e.group == group {
			return e.gname
		}
	}
	return humanKey(key)
}

// members lists a group's members, at most limit, and how many there are.
func (g *graph) members(group string, limit int) ([]ViewNode, int) {
	var ms []*entity
	for _, e := range g.ents {
		if e.group == group {
			ms = append(ms, e)
		}
	}
	slices.SortFunc(ms, g.cmpEntity)
	out := make([]ViewNode, 0, min(limit, len(ms)))
	for i, e := range ms {
		if i == limit {
			break
		}
		out = append(out, g.plain(e, false))
	}
	return out, len(ms)
}

// ParseNodeRef is the catalog ID in an entity node ID (act:12 → 12), or 0.
func ParseNodeRef(id string) int {
	_, s, ok := strings.Cut(id, ":")
	if !ok {
		return 0
	}
	n, _ := strconv.Atoi(s)
	return n
}
